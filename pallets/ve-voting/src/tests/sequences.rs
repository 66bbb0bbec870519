//! Random sequences of locks, referenda and votes, against a brute-force recount: every
//! referendum's total, ayes and nays are recomputed from the locks as they stood when its block
//! began, and every call's outcome is predicted from them. No CPT is created or lost.

use crate::{mock::*, *};
use pallet_vote_escrow::{curve, Lock, Locks};
use polkadot_sdk::sp_runtime::{DispatchError, DispatchResult};
use proptest::prelude::*;
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
enum Action {
	Lock { who: AccountId, amount: u32, weeks: u64 },
	Increase { who: AccountId, amount: u32 },
	Extend { who: AccountId, weeks: u64 },
	Withdraw { who: AccountId },
	Advance { seconds: u64 },
	Submit,
	Vote { who: AccountId, poll: u32, aye: bool },
	Remove { who: AccountId, poll: u32 },
	RemoveOther { who: AccountId, poll: u32 },
	End { poll: u32 },
}

fn action() -> impl Strategy<Value = Action> {
	let who = 1..=9u64;
	prop_oneof![
		(who.clone(), 1..1_000u32, 1..=208u64).prop_map(|(who, amount, weeks)| Action::Lock {
			who,
			amount,
			weeks
		}),
		(who.clone(), 1..1_000u32).prop_map(|(who, amount)| Action::Increase { who, amount }),
		(who.clone(), 1..=208u64).prop_map(|(who, weeks)| Action::Extend { who, weeks }),
		who.clone().prop_map(|who| Action::Withdraw { who }),
		prop_oneof![1..60u64, 1..3 * DAY, DAY..3 * WEEK]
			.prop_map(|seconds| Action::Advance { seconds }),
		Just(Action::Submit),
		(who.clone(), 0..6u32, any::<bool>()).prop_map(|(who, poll, aye)| Action::Vote {
			who,
			poll,
			aye
		}),
		(who.clone(), 0..6u32).prop_map(|(who, poll)| Action::Remove { who, poll }),
		(who, 0..6u32).prop_map(|(who, poll)| Action::RemoveOther { who, poll }),
		(0..6u32).prop_map(|poll| Action::End { poll }),
	]
}

/// What the recount knows of a referendum.
struct Referendum {
	snapshot: Moment,
	weights: BTreeMap<AccountId, Balance>,
	votes: BTreeMap<AccountId, bool>,
	ongoing: bool,
}

impl Referendum {
	fn total(&self) -> Balance {
		self.weights.values().sum()
	}

	fn counted(&self, aye: bool) -> Balance {
		self.votes.iter().filter(|(_, a)| **a == aye).map(|(w, _)| self.weights[w]).sum()
	}
}

/// A lock's weight at `time`, from the curve it was made under.
fn weight_of(lock: &Lock<Balance>, time: Moment) -> Balance {
	curve::weight(lock.amount, lock.end.saturating_sub(time), &VoteEscrow::curve(lock.curve), WEEK)
}

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn run(actions: Vec<Action>) -> Result<(), TestCaseError> {
	let issuance = Balances::total_issuance();
	// The locks as the current block found them: what a snapshot taken in it sees.
	let mut block_start: BTreeMap<AccountId, Lock<Balance>> = BTreeMap::new();
	let mut referenda: Vec<Referendum> = Vec::new();
	let mut records: BTreeMap<AccountId, u32> = BTreeMap::new();
	for action in actions {
		let now = now();
		match action {
			Action::Lock { who, amount, weeks } => {
				let _ = VoteEscrow::create_lock(
					signed(who),
					Balance::from(amount) * CPT,
					now + weeks * WEEK,
				);
			}
			Action::Increase { who, amount } => {
				let _ = VoteEscrow::increase_amount(signed(who), Balance::from(amount) * CPT);
			}
			Action::Extend { who, weeks } => {
				let _ = VoteEscrow::extend_lock(signed(who), now + weeks * WEEK);
			}
			Action::Withdraw { who } => {
				let _ = VoteEscrow::withdraw(signed(who));
			}
			Action::Advance { seconds } => {
				block_start = Locks::<Test>::iter().collect();
				advance_to(now + seconds);
			}
			Action::Submit => {
				let index = submit();
				prop_assert_eq!(index as usize, referenda.len());
				let snapshot = now - 1;
				let weights = block_start
					.iter()
					.map(|(who, lock)| (*who, weight_of(lock, snapshot)))
					.filter(|(_, w)| *w > 0)
					.collect();
				referenda.push(Referendum {
					snapshot,
					weights,
					votes: BTreeMap::new(),
					ongoing: true,
				});
			}
			Action::Vote { who, poll, aye } => {
				let count = records.get(&who).copied().unwrap_or(0);
				let expected: DispatchResult = match referenda.get(poll as usize) {
					Some(r) if r.ongoing => {
						let weight = r.weights.get(&who).copied().unwrap_or(0);
						if now <= r.snapshot + DISCUSSION {
							Err(Error::<Test>::VotingNotOpen.into())
						} else if r.votes.get(&who) == Some(&aye) {
							Err(Error::<Test>::AlreadyVoted.into())
						} else if r.votes.contains_key(&who) {
							Ok(())
						} else if weight == 0 {
							Err(Error::<Test>::NoVotingPower.into())
						} else if count >= MAX_VOTES {
							Err(Error::<Test>::TooManyVotes.into())
						} else {
							Ok(())
						}
					}
					_ => Err(Error::<Test>::NotOngoing.into()),
				};
				prop_assert_eq!(vote(who, poll, aye), expected);
				if expected.is_ok() {
					let r = &mut referenda[poll as usize];
					if r.votes.insert(who, aye).is_none() {
						records.insert(who, count + 1);
					}
				}
			}
			Action::Remove { who, poll } => {
				let had = Votes::<Test>::contains_key(who, poll);
				let result = VeVoting::remove_vote(signed(who), poll);
				let expected: DispatchResult =
					if had { Ok(()) } else { Err(Error::<Test>::NoVote.into()) };
				prop_assert_eq!(result, expected);
				if had {
					forget(&mut referenda, &mut records, who, poll);
				}
			}
			Action::RemoveOther { who, poll } => {
				let had = Votes::<Test>::contains_key(who, poll);
				let ongoing = referenda.get(poll as usize).is_some_and(|r| r.ongoing);
				let result = VeVoting::remove_other_vote(signed(9), who, poll);
				let expected: Result<(), DispatchError> = match (had, ongoing) {
					(false, _) => Err(Error::<Test>::NoVote.into()),
					(true, true) => Err(Error::<Test>::PollOngoing.into()),
					(true, false) => Ok(()),
				};
				prop_assert_eq!(result, expected);
				if expected.is_ok() {
					forget(&mut referenda, &mut records, who, poll);
				}
			}
			Action::End { poll } => {
				if let Some(r) = referenda.get_mut(poll as usize).filter(|r| r.ongoing) {
					end(poll, true);
					r.ongoing = false;
				}
			}
		}
		check_invariants();
		for (index, r) in referenda.iter().enumerate().filter(|(_, r)| r.ongoing) {
			let t = tally(index as u32);
			prop_assert_eq!(t.snapshot, r.snapshot);
			prop_assert_eq!(t.total, r.total(), "referendum {}'s total", index);
			prop_assert_eq!((t.ayes, t.nays), (r.counted(true), r.counted(false)));
		}
		for who in ACCOUNTS {
			prop_assert_eq!(VoteCount::<Test>::get(who), records.get(&who).copied().unwrap_or(0));
		}
		prop_assert_eq!(Balances::total_issuance(), issuance);
	}
	Ok(())
}

/// The recount's side of a removal: the vote leaves its referendum's votes (and, if the
/// referendum is ongoing, its counts) and the voter's records.
fn forget(
	referenda: &mut [Referendum],
	records: &mut BTreeMap<AccountId, u32>,
	who: AccountId,
	poll: u32,
) {
	if let Some(r) = referenda.get_mut(poll as usize) {
		r.votes.remove(&who);
	}
	if let Some(count) = records.get_mut(&who) {
		*count -= 1;
	}
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(128))]
	#[test]
	fn tallies_match_a_recount_at_each_snapshot(actions in proptest::collection::vec(action(), 1..80)) {
		new_test_ext().execute_with(|| run(actions))?;
	}
}
