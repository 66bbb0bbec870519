//! Casting, changing and removing votes.

use crate::*;
use polkadot_sdk::{
	frame_support::{
		ensure,
		traits::{tokens::Precision, PollStatus},
	},
	sp_runtime::DispatchResult,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_vote(who: T::AccountId, poll: PollIndexOf<T>, aye: bool) -> DispatchResult {
		T::Polls::try_access_poll(poll, |status| {
			let PollStatus::Ongoing(tally, _) = status else {
				return Err(Error::<T>::NotOngoing.into());
			};
			let opens = tally.snapshot.saturating_add(T::DiscussionPeriod::get());
			ensure!(T::Time::now().as_secs() > opens, Error::<T>::VotingNotOpen);
			let weight = match Votes::<T>::get(&who, poll) {
				Some(record) => {
					ensure!(record.aye != aye, Error::<T>::AlreadyVoted);
					tally.remove(record.aye, record.weight);
					Votes::<T>::insert(&who, poll, VoteRecord { aye, ..record });
					record.weight
				}
				None => {
					let weight = T::VoteWeight::weight_at(&who, tally.snapshot);
					ensure!(weight > 0, Error::<T>::NoVotingPower);
					let count = VoteCount::<T>::get(&who);
					ensure!(count < T::MaxVotes::get(), Error::<T>::TooManyVotes);
					let deposit = T::VoteDeposit::get();
					T::Currency::hold(&HoldReason::VoteRecord.into(), &who, deposit)?;
					VoteCount::<T>::insert(&who, count.saturating_add(1));
					Votes::<T>::insert(&who, poll, VoteRecord { aye, weight, deposit });
					weight
				}
			};
			tally.add(aye, weight);
			Self::deposit_event(Event::Voted { who: who.clone(), poll, aye, weight });
			Ok(())
		})
	}

	pub(crate) fn do_remove_vote(who: T::AccountId, poll: PollIndexOf<T>) -> DispatchResult {
		let record = Votes::<T>::get(&who, poll).ok_or(Error::<T>::NoVote)?;
		let counted = T::Polls::access_poll(poll, |status| match status {
			PollStatus::Ongoing(tally, _) => {
				tally.remove(record.aye, record.weight);
				true
			}
			_ => false,
		});
		Self::forget(&who, poll, record, counted)
	}

	pub(crate) fn do_remove_other_vote(
		voter: T::AccountId,
		poll: PollIndexOf<T>,
	) -> DispatchResult {
		let record = Votes::<T>::get(&voter, poll).ok_or(Error::<T>::NoVote)?;
		ensure!(T::Polls::as_ongoing(poll).is_none(), Error::<T>::PollOngoing);
		Self::forget(&voter, poll, record, false)
	}

	/// Deletes a vote record and returns its deposit.
	fn forget(
		who: &T::AccountId,
		poll: PollIndexOf<T>,
		record: VoteRecord,
		counted: bool,
	) -> DispatchResult {
		Votes::<T>::remove(who, poll);
		VoteCount::<T>::mutate_exists(who, |count| {
			*count = count.and_then(|c| c.checked_sub(1)).filter(|c| *c > 0)
		});
		T::Currency::release(
			&HoldReason::VoteRecord.into(),
			who,
			record.deposit,
			Precision::BestEffort,
		)?;
		Self::deposit_event(Event::VoteRemoved { who: who.clone(), poll, counted });
		Ok(())
	}

	/// Each account's count is its number of records, and its held CPT their deposits.
	#[cfg(any(feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		use polkadot_sdk::frame_support::traits::fungible::InspectHold;
		use polkadot_sdk::sp_runtime::DispatchError;
		let mut records: BTreeMap<T::AccountId, (u32, Balance)> = BTreeMap::new();
		for (who, _, record) in Votes::<T>::iter() {
			let entry = records.entry(who).or_default();
			entry.0 += 1;
			entry.1 = entry.1.saturating_add(record.deposit);
		}
		let counts: BTreeMap<_, _> = VoteCount::<T>::iter().collect();
		ensure!(
			counts.len() == records.len()
				&& records.iter().all(|(w, (n, _))| counts.get(w) == Some(n)),
			DispatchError::Other("vote counts differ from the records")
		);
		for (who, (count, deposits)) in records {
			ensure!(count <= T::MaxVotes::get(), DispatchError::Other("too many vote records"));
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::VoteRecord.into(), &who) == deposits,
				DispatchError::Other("held CPT differs from the records' deposits")
			);
		}
		Ok(())
	}
}
