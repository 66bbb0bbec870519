//! The calls at their most expensive: a first vote (a new record and its deposit), the removal
//! of a counted vote, and the clean-up of a vote on an ended referendum. `vote_among` measures
//! a first vote among `l` lockers: flat in `l`.

use super::*;
use polkadot_sdk::{frame_benchmarking::v2::*, frame_system::RawOrigin};

/// What a runtime supplies so benchmarks can move time and give accounts veCPT.
pub trait BenchmarkHelper<AccountId> {
	/// Sets the current Unix time, in seconds.
	fn set_time(seconds: Moment);
	/// Gives `who` at least `weight` veCPT from now on, locking CPT it is given.
	fn give_weight(who: &AccountId, weight: Balance);
}

/// An ongoing referendum that `voter` may vote on now, with veCPT at its snapshot.
fn open_poll<T: Config>(voter: &T::AccountId) -> PollIndexOf<T> {
	let start = T::Time::now().as_secs();
	T::BenchmarkHelper::set_time(start);
	T::BenchmarkHelper::give_weight(voter, T::ProposalThreshold::get());
	T::BenchmarkHelper::set_time(start + 6);
	let class = T::Polls::classes().into_iter().next().expect("a class of referenda");
	let poll = T::Polls::create_ongoing(class).expect("a referendum can be created");
	T::BenchmarkHelper::set_time(start + 12 + T::DiscussionPeriod::get());
	poll
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn vote() {
		let voter: T::AccountId = whitelisted_caller();
		let poll = open_poll::<T>(&voter);
		#[extrinsic_call]
		_(RawOrigin::Signed(voter.clone()), poll, true);
		assert!(Votes::<T>::get(&voter, poll).is_some_and(|v| v.aye && v.weight > 0));
	}

	/// A first vote among `l` other lockers: the cost does not grow with the number of lockers.
	#[benchmark]
	fn vote_among(l: Linear<10, 10_000>) {
		let voter: T::AccountId = whitelisted_caller();
		for i in 0..l {
			T::BenchmarkHelper::give_weight(&account("locker", i, 0), 1);
		}
		let poll = open_poll::<T>(&voter);
		#[extrinsic_call]
		vote(RawOrigin::Signed(voter.clone()), poll, true);
		assert!(Votes::<T>::get(&voter, poll).is_some());
	}

	#[benchmark]
	fn remove_vote() {
		let voter: T::AccountId = whitelisted_caller();
		let poll = open_poll::<T>(&voter);
		Pallet::<T>::vote(RawOrigin::Signed(voter.clone()).into(), poll, true)
			.expect("the voter has veCPT");
		#[extrinsic_call]
		_(RawOrigin::Signed(voter.clone()), poll);
		assert!(Votes::<T>::get(&voter, poll).is_none());
	}

	#[benchmark]
	fn remove_other_vote() {
		let voter: T::AccountId = account("voter", 0, 0);
		let poll = open_poll::<T>(&voter);
		Pallet::<T>::vote(RawOrigin::Signed(voter.clone()).into(), poll, true)
			.expect("the voter has veCPT");
		T::Polls::end_ongoing(poll, true).expect("the referendum is ongoing");
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), voter.clone(), poll);
		assert!(Votes::<T>::get(&voter, poll).is_none());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
