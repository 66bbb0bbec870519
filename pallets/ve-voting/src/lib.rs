#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use tally::Tally;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
mod origin;
pub mod tally;
#[cfg(test)]
mod tests;
pub mod types;
mod voting;
pub mod weights;

pub use origin::EnsureProposer;

use cyberplaza_primitives::{Moment, VoteWeight};
use polkadot_sdk::{
	frame_support::traits::{
		fungible::{Inspect, MutateHold},
		Get, Polling, UnixTime,
	},
	frame_system::pallet_prelude::BlockNumberFor,
};

/// veCPT and CPT amounts.
pub type Balance = u128;

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;
	use polkadot_sdk::{frame_support::pallet_prelude::*, frame_system::pallet_prelude::*};

	/// A referendum's index, as the polls (`pallet-referenda`) number them.
	pub type PollIndexOf<T> = <<T as Config>::Polls as Polling<Tally<T>>>::Index;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// veCPT: a vote weighs the voter's weight at the referendum's snapshot.
		type VoteWeight: VoteWeight<Self::AccountId, Balance>;
		/// Unix time, for snapshots and the discussion period.
		type Time: UnixTime;
		/// The referenda voted on (`pallet-referenda`), which keep each one's tally.
		type Polls: Polling<Tally<Self>, Votes = Balance>;
		/// CPT: a vote record holds a deposit until it is removed.
		type Currency: Inspect<Self::AccountId, Balance = Balance>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		type RuntimeHoldReason: From<HoldReason>;
		/// CPT held for each vote record, returned when the record is removed.
		#[pallet::constant]
		type VoteDeposit: Get<Balance>;
		/// Seconds after a referendum's submission before votes are taken: its discussion
		/// (SPEC: 7 days, the tracks' preparation period).
		#[pallet::constant]
		type DiscussionPeriod: Get<Moment>;
		/// Vote records one account may keep at a time.
		#[pallet::constant]
		type MaxVotes: Get<u32>;
		/// veCPT a proposer needs now to submit a referendum through [`EnsureProposer`]
		/// (SPEC: 100,000).
		#[pallet::constant]
		type ProposalThreshold: Get<Balance>;
		/// Measured weights of the calls.
		type WeightInfo: WeightInfo;
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self::AccountId>;
	}

	/// Why this pallet holds CPT.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a vote record.
		#[codec(index = 0)]
		VoteRecord,
	}

	/// Each account's vote on each referendum it voted on, until the record is removed.
	#[pallet::storage]
	pub type Votes<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		PollIndexOf<T>,
		VoteRecord,
	>;

	/// How many vote records each account keeps (at most `MaxVotes`).
	#[pallet::storage]
	pub type VoteCount<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` voted aye (or nay) on `poll` with `weight` veCPT: a first vote or a change.
		Voted { who: T::AccountId, poll: PollIndexOf<T>, aye: bool, weight: Balance },
		/// `who`'s vote on `poll` was removed, from the tally too if the poll was ongoing, and
		/// its deposit returned.
		VoteRemoved { who: T::AccountId, poll: PollIndexOf<T>, counted: bool },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The referendum is not ongoing: it was never submitted or it has ended.
		NotOngoing,
		/// The referendum is still in its discussion period: votes are taken after it.
		VotingNotOpen,
		/// The account had no veCPT at the referendum's snapshot.
		NoVotingPower,
		/// The account already cast this vote on this referendum.
		AlreadyVoted,
		/// The account keeps `MaxVotes` vote records: remove some of ended referenda first.
		TooManyVotes,
		/// The account has no vote on this referendum.
		NoVote,
		/// Only the voter removes its vote while the referendum is ongoing.
		PollOngoing,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxVotes::get() > 0, "accounts must be able to vote");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(
			_: BlockNumberFor<T>,
		) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Votes aye or nay on an ongoing referendum after its discussion period, with the
		/// caller's veCPT at the referendum's snapshot; a second call with the other answer
		/// changes the vote. A first vote holds `VoteDeposit` CPT.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::vote())]
		pub fn vote(origin: OriginFor<T>, poll: PollIndexOf<T>, aye: bool) -> DispatchResult {
			Self::do_vote(ensure_signed(origin)?, poll, aye)
		}

		/// Removes the caller's vote on `poll` (from its tally, if it is ongoing) and returns
		/// the deposit.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_vote())]
		pub fn remove_vote(origin: OriginFor<T>, poll: PollIndexOf<T>) -> DispatchResult {
			Self::do_remove_vote(ensure_signed(origin)?, poll)
		}

		/// Removes `voter`'s vote on a referendum that is no longer ongoing, returning the
		/// deposit to the voter: anyone may clean up.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::remove_other_vote())]
		pub fn remove_other_vote(
			origin: OriginFor<T>,
			voter: T::AccountId,
			poll: PollIndexOf<T>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_other_vote(voter, poll)
		}
	}
}
