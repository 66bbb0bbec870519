//! Advances to group buys and the insurance fund's dispute awards, for other pallets.

use crate::*;

impl<T: Config> Pallet<T> {
	/// What the queue's shares are worth now.
	pub fn queued_value() -> Balance {
		Self::shares_value(QueuedShares::<T>::get()).unwrap_or(Balance::MAX)
	}

	/// The LPs' margin the open advances have accrued by now.
	pub fn accrued_margin() -> Balance {
		let now = T::Time::now().as_secs();
		Advances::<T>::get().iter().fold(0, |sum: Balance, a| sum.saturating_add(a.accrued(now)))
	}
}

impl<T: Config> PoolAdvances<T::AccountId, Balance> for Pallet<T> {
	fn advance(
		to: &T::AccountId,
		amount: Balance,
		margin: Balance,
		due: Moment,
	) -> Result<u32, DispatchError> {
		let now = T::Time::now().as_secs();
		// A margin due at once would be earned by whoever holds the pool this moment.
		ensure!(due > now, Error::<T>::DueTooSoon);
		// Returning cash goes to queued withdrawals first, but a queue worth no more than
		// `QueueDustShare` of the period's allowance holds no advance back: the cash it is
		// worth stays idle for it.
		let queued = Self::queued_value();
		ensure!(
			queued <= T::QueueDustShare::get().mul_floor(Self::throttle().limit),
			Error::<T>::WithdrawalsQueued
		);
		ensure!(amount.saturating_add(queued) <= Cash::<T>::get(), Error::<T>::InsufficientCash);
		let after = Advanced::<T>::get().checked_add(amount).ok_or(Error::<T>::Overflow)?;
		ensure!(
			after <= T::UtilisationCap::get().mul_floor(Self::pool_value()),
			Error::<T>::UtilisationCap
		);
		let id = NextAdvanceId::<T>::get();
		// The LPs' part of the margin: what the insurance fund will not take of it.
		let target = T::InsuranceTarget::get().mul_floor(Self::pool_value());
		let cut = T::InsuranceCut::get()
			.mul_floor(margin)
			.min(target.saturating_sub(InsuranceFund::<T>::get()));
		let entry = Advance { id, principal: amount, margin: margin - cut, start: now, due };
		Advances::<T>::try_mutate(|open| open.try_push(entry))
			.map_err(|_| Error::<T>::TooManyAdvances)?;
		NextAdvanceId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		Self::pay(to, amount)?;
		Advanced::<T>::put(after);
		Self::deposit_event(Event::AdvancePaid {
			advance: id,
			to: to.clone(),
			amount,
			margin: margin - cut,
			due,
		});
		Ok(id)
	}

	fn settle(from: &T::AccountId, id: u32, paid: Balance) -> DispatchResult {
		let mut open = Advances::<T>::get();
		let index = open.iter().position(|a| a.id == id).ok_or(Error::<T>::UnknownAdvance)?;
		let Advance { principal, margin, .. } = open.remove(index);
		let advanced = Advanced::<T>::get();
		let target = T::InsuranceTarget::get().mul_floor(Self::pool_value());
		if !paid.is_zero() {
			T::Stable::transfer(from, &Self::account_id(), paid, Preservation::Expendable)?;
		}
		Advanced::<T>::put(advanced.saturating_sub(principal));
		Advances::<T>::put(open);
		let fund = InsuranceFund::<T>::get();
		let (mut profit, mut to_insurance, mut loss, mut covered) = (0, 0, 0, 0);
		if paid >= principal {
			let gain = paid - principal;
			// Rounded down: the LPs keep the odd unit, and at least the margin that accrued to
			// them, so that the pool's value does not drop when it is paid.
			to_insurance = T::InsuranceCut::get()
				.mul_floor(gain)
				.min(target.saturating_sub(fund))
				.min(gain.saturating_sub(margin));
			profit = gain - to_insurance;
			Cash::<T>::mutate(|c| *c = c.saturating_add(paid - to_insurance));
			InsuranceFund::<T>::put(fund.saturating_add(to_insurance));
			Self::log_profit(profit.min(i128::MAX as u128) as i128);
		} else {
			loss = principal - paid;
			covered = loss.min(fund);
			Cash::<T>::mutate(|c| *c = c.saturating_add(paid.saturating_add(covered)));
			InsuranceFund::<T>::put(fund - covered);
			Self::log_profit(-((loss - covered).min(i128::MAX as u128) as i128));
		}
		Self::deposit_event(Event::AdvanceSettled {
			advance: id,
			principal,
			paid,
			profit,
			to_insurance,
			loss,
			covered,
		});
		Ok(())
	}
}

impl<T: Config> Insurance<T::AccountId, Balance> for Pallet<T> {
	fn pay_claim(to: &T::AccountId, amount: Balance) -> Balance {
		let paid = amount.min(InsuranceFund::<T>::get());
		if paid.is_zero()
			|| T::Stable::transfer(&Self::account_id(), to, paid, Preservation::Preserve).is_err()
		{
			return 0;
		}
		InsuranceFund::<T>::mutate(|f| *f -= paid);
		Self::deposit_event(Event::InsuranceClaimPaid { to: to.clone(), amount: paid });
		paid
	}
}
