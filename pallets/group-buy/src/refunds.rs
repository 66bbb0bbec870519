//! Payments out of a campaign that cannot fail it: what cannot be paid is kept for a claim.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Pays `amount` of what is held to `to`, or keeps it for `to` to claim.
	pub(crate) fn pay_or_keep(to: &T::AccountId, amount: Balance) {
		Held::<T>::mutate(|h| *h = h.saturating_sub(amount));
		Self::keep_if_unpaid(to, amount);
	}

	/// Pays `amount` (no longer held for a commitment) to `to`, or keeps it for `to` to claim
	/// when the transfer fails, so that one account that cannot be paid stops nobody else.
	pub(crate) fn keep_if_unpaid(to: &T::AccountId, amount: Balance) {
		let paid = polkadot_sdk::frame_support::storage::with_storage_layer(|| {
			Self::transfer_out(to, amount)
		});
		if let Err(reason) = paid {
			Unclaimed::<T>::mutate(to, |u| *u = Some(u.unwrap_or(0).saturating_add(amount)));
			UnclaimedTotal::<T>::mutate(|u| *u = u.saturating_add(amount));
			Self::deposit_event(Event::PaymentKept { who: to.clone(), amount, reason });
		}
	}

	pub(crate) fn do_claim_refund(who: T::AccountId) -> DispatchResult {
		let amount = Unclaimed::<T>::get(&who).ok_or(Error::<T>::NothingToClaim)?;
		Self::transfer_out(&who, amount)?;
		Unclaimed::<T>::remove(&who);
		UnclaimedTotal::<T>::mutate(|u| *u = u.saturating_sub(amount));
		Self::deposit_event(Event::RefundClaimed { who, amount });
		Ok(())
	}
}
