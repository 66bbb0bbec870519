//! Deposits: USDC in, rUSDC out at the current rate.

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_deposit(who: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(amount >= T::MinDeposit::get(), Error::<T>::BelowMinimum);
		let supply = T::Shares::total_issuance();
		let shares = if supply.is_zero() {
			// The first deposit sets the rate at 1 and leaves `LockedShares` in the pool.
			T::Shares::mint_into(&Self::account_id(), T::LockedShares::get())?;
			amount - T::LockedShares::get()
		} else {
			let value = Self::pool_value();
			ensure!(!value.is_zero(), Error::<T>::PoolInsolvent);
			multiply_by_rational_with_rounding(amount, supply, value, Rounding::Down)
				.ok_or(Error::<T>::Overflow)?
		};
		ensure!(!shares.is_zero(), Error::<T>::TooSmall);
		// The throttle limits net outflow: what comes in may go out again the same period. A
		// new period's limit is set on the value before this deposit.
		let mut throttle = Self::throttle();
		T::Stable::transfer(&who, &Self::account_id(), amount, Preservation::Expendable)?;
		T::Shares::mint_into(&who, shares)?;
		Cash::<T>::mutate(|c| *c = c.saturating_add(amount));
		throttle.deposited = throttle.deposited.saturating_add(amount);
		Throttle::<T>::put(throttle);
		let held_until = Self::hold_fresh(&who, shares);
		Self::deposit_event(Event::Deposited { who, amount, shares, held_until });
		Ok(())
	}
}
