//! Withdrawals: paid at once within the period's net-outflow allowance, otherwise queued and
//! served first come, first served; what the queue cannot hand over is kept for a claim.

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_withdraw(who: T::AccountId, shares: Balance) -> DispatchResult {
		let balance = T::Shares::balance(&who);
		ensure!(!shares.is_zero() && shares <= balance, Error::<T>::InsufficientShares);
		ensure!(
			shares <= balance.saturating_sub(Self::release_fresh(&who)),
			Error::<T>::SharesTooNew
		);
		let amount = Self::shares_value(shares).ok_or(Error::<T>::Overflow)?;
		ensure!(!amount.is_zero(), Error::<T>::TooSmall);
		let mut throttle = Self::throttle();
		let (head, tail) = (QueueHead::<T>::get(), QueueTail::<T>::get());
		if head == tail && amount <= Cash::<T>::get() && amount <= throttle.remaining() {
			Self::burn(&who, shares)?;
			Self::pay(&who, amount)?;
			throttle.withdrawn = throttle.withdrawn.saturating_add(amount);
			Throttle::<T>::put(throttle);
			Self::deposit_event(Event::Withdrawn { who, shares, amount });
			return Ok(());
		}
		ensure!(!QueuedBy::<T>::contains_key(&who), Error::<T>::AlreadyQueued);
		ensure!(tail.wrapping_sub(head) < T::MaxQueueLen::get(), Error::<T>::QueueFull);
		T::Shares::transfer(&who, &Self::account_id(), shares, Preservation::Expendable)?;
		Queue::<T>::insert(tail, QueuedWithdrawal { who: who.clone(), shares });
		QueuedBy::<T>::insert(&who, tail);
		QueueTail::<T>::put(tail.wrapping_add(1));
		QueuedShares::<T>::mutate(|q| *q = q.saturating_add(shares));
		Self::deposit_event(Event::WithdrawalQueued {
			who,
			shares,
			position: tail.wrapping_sub(head),
		});
		Ok(())
	}

	pub(crate) fn do_claim(who: T::AccountId) -> DispatchResult {
		let amount = Unclaimed::<T>::get(&who).ok_or(Error::<T>::NothingToClaim)?;
		T::Stable::transfer(&Self::account_id(), &who, amount, Preservation::Preserve)?;
		Unclaimed::<T>::remove(&who);
		UnclaimedTotal::<T>::mutate(|u| *u = u.saturating_sub(amount));
		Self::deposit_event(Event::Claimed { who, amount });
		Ok(())
	}

	/// This period's allowance, started afresh in a new period at the limit's share of the
	/// pool's value, and never below the minimum deposit so that a small pool can empty.
	pub(crate) fn throttle() -> DailyThrottle {
		let period = T::Time::now().as_secs() / ThrottlePeriod::<T>::get().max(1);
		let t = Throttle::<T>::get();
		if t.period == period {
			return t;
		}
		let limit =
			T::DailyWithdrawLimit::get().mul_floor(Self::pool_value()).max(T::MinDeposit::get());
		DailyThrottle { period, limit, withdrawn: 0, deposited: 0 }
	}

	fn burn(from: &T::AccountId, shares: Balance) -> DispatchResult {
		T::Shares::burn_from(
			from,
			shares,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)
		.map(|_| ())
	}

	pub(crate) fn pay(to: &T::AccountId, amount: Balance) -> DispatchResult {
		T::Stable::transfer(&Self::account_id(), to, amount, Preservation::Preserve)?;
		Cash::<T>::mutate(|c| *c = c.saturating_sub(amount));
		Ok(())
	}

	/// Burns `shares` queued rUSDC held by the pool and pays `who` `amount` for them; when
	/// the transfer fails the amount leaves the pool's cash all the same and waits for `who`
	/// to claim it, so that one account that cannot be paid stops nobody behind it.
	fn pay_queued(who: &T::AccountId, shares: Balance, amount: Balance) -> DispatchResult {
		Self::burn(&Self::account_id(), shares)?;
		let paid =
			polkadot_sdk::frame_support::storage::with_storage_layer(|| Self::pay(who, amount));
		if let Err(reason) = paid {
			Cash::<T>::mutate(|c| *c = c.saturating_sub(amount));
			Unclaimed::<T>::mutate(who, |u| *u = Some(u.unwrap_or(0).saturating_add(amount)));
			UnclaimedTotal::<T>::mutate(|u| *u = u.saturating_add(amount));
			Self::deposit_event(Event::WithdrawalUnpaid { who: who.clone(), amount, reason });
		}
		Ok(())
	}

	/// Pays queued withdrawals in order while cash and the period's allowance last, touching
	/// at most `max` entries; returns how many it touched.
	pub(crate) fn serve_queue(max: u32) -> u32 {
		let (mut head, tail) = (QueueHead::<T>::get(), QueueTail::<T>::get());
		if head == tail {
			return 0;
		}
		let mut throttle = Self::throttle();
		let mut touched = 0;
		while head != tail && touched < max {
			let Some(mut entry) = Queue::<T>::get(head) else { break };
			let Some(value) = Self::shares_value(entry.shares) else { break };
			let pay = value.min(Cash::<T>::get()).min(throttle.remaining());
			// A part payment burns the shares it is worth, rounded up against the LP.
			let burn = if pay == value {
				entry.shares
			} else {
				let supply = T::Shares::total_issuance();
				match multiply_by_rational_with_rounding(
					pay,
					supply,
					Self::pool_value(),
					Rounding::Up,
				) {
					Some(b) => b.min(entry.shares),
					None => break,
				}
			};
			if pay.is_zero() || Self::pay_queued(&entry.who, burn, pay).is_err() {
				break;
			}
			touched += 1;
			throttle.withdrawn = throttle.withdrawn.saturating_add(pay);
			entry.shares -= burn;
			QueuedShares::<T>::mutate(|q| *q = q.saturating_sub(burn));
			Self::deposit_event(Event::WithdrawalServed {
				who: entry.who.clone(),
				shares: burn,
				amount: pay,
				remaining: entry.shares,
			});
			if !entry.shares.is_zero() {
				Queue::<T>::insert(head, entry);
				break;
			}
			Queue::<T>::remove(head);
			QueuedBy::<T>::remove(&entry.who);
			head = head.wrapping_add(1);
		}
		QueueHead::<T>::put(head);
		Throttle::<T>::put(throttle);
		touched
	}
}
