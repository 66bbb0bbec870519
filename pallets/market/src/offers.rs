//! Offers: listing, changing, pausing, resuming and closing them, and the capacity they hold.

use crate::*;
use polkadot_sdk::frame_support::{ensure, pallet_prelude::*};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_offer(
		provider: T::AccountId,
		terms: OfferTermsOf<T>,
	) -> DispatchResult {
		ensure!(T::Registry::is_active(&provider), Error::<T>::NotActiveProvider);
		let now = Self::now();
		ensure!(
			!terms.capacity.is_zero()
				&& !terms.unit_price.is_zero()
				&& terms.window_start < terms.window_end
				&& terms.window_end > now
				&& terms.reference.as_ref().is_none_or(|r| r.units > 0)
				&& (!terms.kind.is_hardware() || terms.kind.parallelism(&terms.spec) > 0),
			Error::<T>::BadTerms
		);
		ensure!(
			terms.sla.max_start_delay <= T::MaxStartDelay::get(),
			Error::<T>::StartDelayTooLong
		);
		ensure!(
			terms.window_end <= now.saturating_add(T::MaxOfferWindow::get()),
			Error::<T>::WindowTooLong
		);
		Self::charge_listing(
			&provider,
			Zero::zero(),
			billing::value(terms.capacity, terms.unit_price)?,
			now,
		)?;
		let id = NextOfferId::<T>::get();
		NextOfferId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		ProviderOffers::<T>::try_mutate(&provider, |offers| offers.try_push(id))
			.map_err(|_| Error::<T>::TooManyOffers)?;
		let deposit = T::OfferDeposit::get();
		Self::hold_deposit(HoldReason::OfferDeposit, &provider, deposit)?;
		let kind = terms.kind;
		let offer = Offer {
			provider: provider.clone(),
			terms,
			reserved: 0,
			sold: 0,
			status: OfferStatus::Active,
			deposit,
		};
		Self::reindex(id, &offer, true);
		Offers::<T>::insert(id, offer);
		Self::deposit_event(Event::OfferCreated { offer: id, provider, kind });
		Ok(())
	}

	pub(crate) fn do_update_offer(
		who: T::AccountId,
		offer: OfferId,
		unit_price: Option<BalanceOf<T>>,
		capacity: Option<u32>,
		window_end: Option<Moment>,
	) -> DispatchResult {
		let mut o = Self::owned_offer(&who, offer)?;
		ensure!(o.status != OfferStatus::Closed, Error::<T>::OfferClosed);
		let now = Self::now();
		let before = billing::value(o.terms.capacity, o.terms.unit_price)?;
		Self::reindex(offer, &o, false);
		if let Some(price) = unit_price {
			ensure!(!price.is_zero(), Error::<T>::BadTerms);
			o.terms.unit_price = price;
		}
		if let Some(capacity) = capacity {
			ensure!(capacity >= o.reserved.saturating_add(o.sold), Error::<T>::CapacityInUse);
			ensure!(!capacity.is_zero(), Error::<T>::BadTerms);
			o.terms.capacity = capacity;
		}
		if let Some(end) = window_end {
			ensure!(end > now && end > o.terms.window_start, Error::<T>::BadTerms);
			ensure!(end <= now.saturating_add(T::MaxOfferWindow::get()), Error::<T>::WindowTooLong);
			Self::ensure_window_keeps_pledge(offer, end)?;
			o.terms.window_end = end;
		}
		let after = billing::value(o.terms.capacity, o.terms.unit_price)?;
		Self::charge_listing(&who, before, after, now)?;
		Self::reindex(offer, &o, true);
		Self::deposit_event(Event::OfferUpdated {
			offer,
			unit_price: o.terms.unit_price,
			capacity: o.terms.capacity,
			window_end: o.terms.window_end,
		});
		Offers::<T>::insert(offer, o);
		Ok(())
	}

	pub(crate) fn do_pause_offer(who: T::AccountId, offer: OfferId) -> DispatchResult {
		let mut o = Self::owned_offer(&who, offer)?;
		ensure!(o.status == OfferStatus::Active, Error::<T>::OfferNotActive);
		Self::ensure_unpledged(offer)?;
		Self::reindex(offer, &o, false);
		o.status = OfferStatus::Paused;
		Offers::<T>::insert(offer, o);
		Self::deposit_event(Event::OfferPaused { offer });
		Ok(())
	}

	pub(crate) fn do_resume_offer(who: T::AccountId, offer: OfferId) -> DispatchResult {
		let mut o = Self::owned_offer(&who, offer)?;
		ensure!(o.status == OfferStatus::Paused, Error::<T>::WrongState);
		o.status = OfferStatus::Active;
		Self::reindex(offer, &o, true);
		Offers::<T>::insert(offer, o);
		Self::deposit_event(Event::OfferResumed { offer });
		Ok(())
	}

	pub(crate) fn do_close_offer(who: T::AccountId, offer: OfferId) -> DispatchResult {
		let mut o = Self::owned_offer(&who, offer)?;
		ensure!(o.status != OfferStatus::Closed, Error::<T>::OfferClosed);
		Self::ensure_unpledged(offer)?;
		Self::reindex(offer, &o, false);
		o.status = OfferStatus::Closed;
		Self::store_offer(offer, o);
		Self::deposit_event(Event::OfferClosed { offer });
		Ok(())
	}

	pub(crate) fn owned_offer(
		who: &T::AccountId,
		offer: OfferId,
	) -> Result<OfferOf<T>, DispatchError> {
		let o = Offers::<T>::get(offer).ok_or(Error::<T>::UnknownOffer)?;
		ensure!(&o.provider == who, Error::<T>::NotOfferOwner);
		Ok(o)
	}

	/// Adds or removes the offer's browse-index key.
	pub(crate) fn reindex(id: OfferId, offer: &OfferOf<T>, add: bool) {
		if offer.status != OfferStatus::Active {
			return;
		}
		let key = (
			offer.terms.kind,
			offer.terms.spec.region,
			billing::price_key(offer.terms.unit_price),
			id,
		);
		if add {
			OfferIndex::<T>::insert(key, ());
		} else {
			OfferIndex::<T>::remove(key);
		}
	}

	/// Stores an offer, or removes a closed one that holds no capacity any more (and
	/// releases its deposit).
	pub(crate) fn store_offer(id: OfferId, offer: OfferOf<T>) {
		if offer.status == OfferStatus::Closed && offer.reserved == 0 {
			ProviderOffers::<T>::mutate(&offer.provider, |ids| ids.retain(|i| *i != id));
			Offers::<T>::remove(id);
			Self::release_deposit(HoldReason::OfferDeposit, &offer.provider, offer.deposit);
		} else {
			Offers::<T>::insert(id, offer);
		}
	}

	/// Counts capacity value newly listed (`after` over `before`) against the cap of SPs
	/// below CSP.
	pub(crate) fn charge_listing(
		provider: &T::AccountId,
		before: BalanceOf<T>,
		after: BalanceOf<T>,
		now: Moment,
	) -> DispatchResult {
		if T::Registry::tier(provider) == Some(Tier::Certified) || after <= before {
			return Ok(());
		}
		ListedValue::<T>::try_mutate(provider, |listed| {
			if now >= listed.period_start.saturating_add(T::ListingPeriod::get()) {
				*listed = Listed { period_start: now, value: Zero::zero() };
			}
			let value = listed.value.saturating_add(after - before);
			ensure!(value <= T::OrdinaryListingCap::get(), Error::<T>::ListingCapExceeded);
			listed.value = value;
			Ok(())
		})
	}

	pub(crate) fn release_units(offer: OfferId, reserved: u32, sold: u32) {
		if let Some(mut o) = Offers::<T>::get(offer) {
			o.reserved = o.reserved.saturating_sub(reserved);
			o.sold = o.sold.saturating_add(sold);
			Self::store_offer(offer, o);
		}
	}
}
