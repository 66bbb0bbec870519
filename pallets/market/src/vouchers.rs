//! Vouchers: credit and resource vouchers, issued by SPs or the platform, redeemed by orders.

use crate::*;
use polkadot_sdk::frame_support::{ensure, pallet_prelude::*};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_issue_voucher(
		provider: T::AccountId,
		holder: T::AccountId,
		value: VoucherValue<BalanceOf<T>>,
		expires_at: Moment,
	) -> DispatchResult {
		ensure!(T::Registry::is_active(&provider), Error::<T>::NotActiveProvider);
		if let VoucherValue::Units { offer, .. } = value {
			Self::owned_offer(&provider, offer)?;
		}
		Self::issue(provider.clone(), Some(provider), holder, value, expires_at, false).map(|_| ())
	}

	pub(crate) fn do_issue_platform_voucher(
		holder: T::AccountId,
		value: VoucherValue<BalanceOf<T>>,
		expires_at: Moment,
	) -> DispatchResult {
		Self::issue(T::PlatformAccount::get(), None, holder, value, expires_at, false).map(|_| ())
	}

	pub(crate) fn do_release_voucher(who: T::AccountId, voucher: VoucherId) -> DispatchResult {
		let v = Vouchers::<T>::get(voucher).ok_or(Error::<T>::UnknownVoucher)?;
		ensure!(who == v.holder || Self::now() >= v.expires_at, Error::<T>::VoucherNotExpired);
		match v.value {
			VoucherValue::Credit(amount) => {
				Self::pay_from_escrow(&v.issuer, amount)?;
				VoucherBacking::<T>::mutate(|b| *b = b.saturating_sub(amount));
			}
			VoucherValue::Units { offer, units } => {
				Self::release_units(offer, units, 0);
				if v.pledged {
					Self::settle_pledge(offer, units);
				}
			}
		}
		Self::remove_voucher(voucher, &v);
		Self::deposit_event(Event::VoucherReleased { voucher });
		Ok(())
	}

	pub(crate) fn issue(
		issuer: T::AccountId,
		provider: Option<T::AccountId>,
		holder: T::AccountId,
		value: VoucherValue<BalanceOf<T>>,
		expires_at: Moment,
		pledged: bool,
	) -> Result<VoucherId, DispatchError> {
		let now = Self::now();
		ensure!(expires_at > now, Error::<T>::VoucherExpired);
		// Unredeemed vouchers hold capacity or USDC: they may not do so for ever.
		ensure!(
			expires_at <= now.saturating_add(T::MaxVoucherLife::get()),
			Error::<T>::VoucherLivesTooLong
		);
		match value {
			VoucherValue::Credit(amount) => {
				ensure!(!amount.is_zero(), Error::<T>::VoucherMismatch);
				T::Stable::transfer(
					&issuer,
					&Self::escrow_account(),
					amount,
					Preservation::Preserve,
				)?;
				VoucherBacking::<T>::mutate(|b| *b = b.saturating_add(amount));
			}
			VoucherValue::Units { offer, units } => {
				ensure!(units > 0, Error::<T>::VoucherMismatch);
				let mut o = Offers::<T>::get(offer).ok_or(Error::<T>::UnknownOffer)?;
				// Units that outlive the window could never be ordered.
				ensure!(expires_at <= o.terms.window_end, Error::<T>::VoucherOutlivesOffer);
				if pledged {
					// Set aside already; the pledge keeps the offer active.
					Self::take_from_pledge(offer, units)?;
				} else {
					ensure!(o.status == OfferStatus::Active, Error::<T>::OfferNotActive);
					ensure!(o.available() >= units, Error::<T>::InsufficientCapacity);
					o.reserved += units;
					Offers::<T>::insert(offer, o);
				}
			}
		}
		// The platform's vouchers are governance's or a group buy's, never a user's own.
		let deposit = if provider.is_some() { T::VoucherDeposit::get() } else { Zero::zero() };
		Self::hold_deposit(HoldReason::VoucherDeposit, &issuer, deposit)?;
		let id = NextVoucherId::<T>::get();
		NextVoucherId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let voucher = Voucher {
			issuer: issuer.clone(),
			provider,
			holder: holder.clone(),
			value,
			expires_at,
			deposit,
			pledged,
		};
		Vouchers::<T>::insert(id, voucher);
		Self::deposit_event(Event::VoucherIssued { voucher: id, issuer, holder });
		Ok(id)
	}
}

/// Platform vouchers for group buys: units of a supplier's offer, pledged when the campaign
/// opens and issued out of the pledge.
impl<T: Config> VoucherIssuer<T::AccountId> for Pallet<T> {
	fn offer_provider(offer: OfferId) -> Option<T::AccountId> {
		Offers::<T>::get(offer).map(|o| o.provider)
	}

	fn pledge_units(offer: OfferId, units: u32, until: Moment) -> DispatchResult {
		Self::do_pledge_units(offer, units, until)
	}

	fn unpledge_units(offer: OfferId, units: u32) {
		Self::do_unpledge_units(offer, units)
	}

	fn issue_units(
		holder: &T::AccountId,
		offer: OfferId,
		units: u32,
		expires_at: Moment,
	) -> Result<VoucherId, DispatchError> {
		Self::issue(
			T::PlatformAccount::get(),
			None,
			holder.clone(),
			VoucherValue::Units { offer, units },
			expires_at,
			true,
		)
	}
}
