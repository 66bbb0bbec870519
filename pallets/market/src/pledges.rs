//! Pledges: capacity an SP's offer owes a group buy's vouchers, which the SP cannot take back
//! by pausing, closing, shrinking or leaving the offer, or by ending its window early.

use crate::*;
use polkadot_sdk::frame_support::{ensure, pallet_prelude::*};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_pledge_units(offer: OfferId, units: u32, until: Moment) -> DispatchResult {
		let mut o = Offers::<T>::get(offer).ok_or(Error::<T>::UnknownOffer)?;
		ensure!(units > 0, Error::<T>::ZeroQuantity);
		ensure!(o.status == OfferStatus::Active, Error::<T>::OfferNotActive);
		let now = Self::now();
		ensure!(until > now, Error::<T>::VoucherExpired);
		ensure!(
			until <= now.saturating_add(T::MaxVoucherLife::get()),
			Error::<T>::VoucherLivesTooLong
		);
		ensure!(until <= o.terms.window_end, Error::<T>::VoucherOutlivesOffer);
		ensure!(o.available() >= units, Error::<T>::InsufficientCapacity);
		let mut pledge = Pledges::<T>::get(offer).unwrap_or_default();
		pledge.unissued = pledge.unissued.checked_add(units).ok_or(Error::<T>::Overflow)?;
		pledge.until = pledge.until.max(until);
		o.reserved += units;
		Offers::<T>::insert(offer, o);
		Pledges::<T>::insert(offer, pledge);
		Self::deposit_event(Event::UnitsPledged { offer, units, until });
		Ok(())
	}

	pub(crate) fn do_unpledge_units(offer: OfferId, units: u32) {
		let mut pledge = Pledges::<T>::get(offer).unwrap_or_default();
		let units = units.min(pledge.unissued);
		if units == 0 {
			return;
		}
		pledge.unissued -= units;
		Self::store_pledge(offer, pledge);
		Self::release_units(offer, units, 0);
		Self::deposit_event(Event::PledgeReturned { offer, units });
	}

	/// Moves `units` of the offer's pledge into a voucher being issued.
	pub(crate) fn take_from_pledge(offer: OfferId, units: u32) -> DispatchResult {
		let mut pledge = Pledges::<T>::get(offer).unwrap_or_default();
		ensure!(pledge.unissued >= units, Error::<T>::InsufficientCapacity);
		pledge.unissued -= units;
		pledge.issued += units;
		Pledges::<T>::insert(offer, pledge);
		Ok(())
	}

	/// `units` of a pledged voucher were used by an order or went back to the offer.
	pub(crate) fn settle_pledge(offer: OfferId, units: u32) {
		let mut pledge = Pledges::<T>::get(offer).unwrap_or_default();
		pledge.issued = pledge.issued.saturating_sub(units);
		Self::store_pledge(offer, pledge);
	}

	fn store_pledge(offer: OfferId, pledge: Pledge) {
		if pledge.is_empty() {
			Pledges::<T>::remove(offer);
		} else {
			Pledges::<T>::insert(offer, pledge);
		}
	}

	/// Refuses what would break the offer's pledge: pausing, closing or leaving.
	pub(crate) fn ensure_unpledged(offer: OfferId) -> DispatchResult {
		ensure!(!Pledges::<T>::contains_key(offer), Error::<T>::OfferPledged);
		Ok(())
	}

	/// The offer's window may not end before its pledged vouchers expire.
	pub(crate) fn ensure_window_keeps_pledge(offer: OfferId, window_end: Moment) -> DispatchResult {
		let until = Pledges::<T>::get(offer).map_or(0, |p| p.until);
		ensure!(window_end >= until, Error::<T>::OfferPledged);
		Ok(())
	}

	/// How many of the SP's offers carry a pledge: each keeps it registered.
	pub(crate) fn pledged_offers(provider: &T::AccountId) -> u32 {
		ProviderOffers::<T>::get(provider)
			.iter()
			.filter(|id| Pledges::<T>::contains_key(id))
			.count() as u32
	}
}
