//! A test runtime: CPT is `pallet-balances`, veCPT the real `pallet-vote-escrow`, and the
//! referenda a minimal `Polling` kept in storage.

use crate::{self as pallet_ve_voting, *};
use codec::{Decode, Encode};
use polkadot_sdk::{
	frame_support::{
		derive_impl, parameter_types,
		storage::unhashed,
		traits::{ConstU32, Hooks, PollStatus, VariantCountOf, VoteTally},
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, pallet_timestamp, sp_io,
	sp_runtime::{BuildStorage, DispatchError},
};

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = u64;

polkadot_sdk::frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		VoteEscrow: pallet_vote_escrow,
		VeVoting: pallet_ve_voting,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
}

pub const CPT: Balance = 1_000_000_000_000_000_000;
pub const WEEK: Moment = 604_800;
pub const DAY: Moment = 86_400;
/// A week boundary: Thursday 2026-01-01.
pub const START: Moment = 2_922 * WEEK;
/// Accounts with CPT; 1 to 8 vote, 9 does not.
pub const ACCOUNTS: core::ops::RangeInclusive<AccountId> = 1..=9;
pub const DISCUSSION: Moment = 7 * DAY;
pub const MAX_VOTES: u32 = 4;

impl pallet_vote_escrow::Config for Test {
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type Time = Timestamp;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxKnots = ConstU32<16>;
	type MaxTiers = ConstU32<8>;
	type MaxCatchUpWeeks = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// Moves time and gives accounts veCPT for both pallets' benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_vote_escrow::BenchmarkHelper for BenchmarkHelper {
	fn set_time(seconds: Moment) {
		set_time(seconds);
	}
}

parameter_types! {
	pub const VoteDeposit: Balance = CPT;
	pub const DiscussionPeriod: Moment = DISCUSSION;
	pub const ProposalThreshold: Balance = 100_000 * CPT;
}

impl Config for Test {
	type VoteWeight = VoteEscrow;
	type Time = Timestamp;
	type Polls = TestPolls;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type VoteDeposit = VoteDeposit;
	type DiscussionPeriod = DiscussionPeriod;
	type MaxVotes = ConstU32<MAX_VOTES>;
	type ProposalThreshold = ProposalThreshold;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<AccountId> for BenchmarkHelper {
	fn set_time(seconds: Moment) {
		set_time(seconds);
	}
	fn give_weight(who: &AccountId, weight: Balance) {
		use polkadot_sdk::frame_support::traits::fungible::Mutate;
		// Four years' lock weighs its amount: lock the weight and a margin for the decay.
		let amount = weight.saturating_mul(2).max(CPT);
		Balances::set_balance(who, amount.saturating_mul(2));
		let end = now() + 208 * WEEK;
		VoteEscrow::create_lock(RuntimeOrigin::signed(*who), amount, end).unwrap();
	}
}

/// A referendum of the test polls: ongoing with its tally, or decided.
#[derive(Encode, Decode, Clone)]
pub enum TestPoll {
	Ongoing(Tally<Test>),
	Completed(u64, bool),
}

const POLLS: &[u8] = b"test-polls";

fn poll_key(index: u32) -> alloc::vec::Vec<u8> {
	(POLLS, index).encode()
}

pub fn poll(index: u32) -> Option<TestPoll> {
	unhashed::get(&poll_key(index))
}

/// The referenda: submitted with [`submit`], ended with [`end`].
pub struct TestPolls;

impl Polling<Tally<Test>> for TestPolls {
	type Index = u32;
	type Votes = Balance;
	type Class = u8;
	type Moment = u64;

	fn classes() -> alloc::vec::Vec<u8> {
		alloc::vec![0]
	}

	fn as_ongoing(index: u32) -> Option<(Tally<Test>, u8)> {
		match poll(index) {
			Some(TestPoll::Ongoing(tally)) => Some((tally, 0)),
			_ => None,
		}
	}

	fn access_poll<R>(index: u32, f: impl FnOnce(PollStatus<&mut Tally<Test>, u64, u8>) -> R) -> R {
		match poll(index) {
			Some(TestPoll::Ongoing(mut tally)) => {
				let result = f(PollStatus::Ongoing(&mut tally, 0));
				unhashed::put(&poll_key(index), &TestPoll::Ongoing(tally));
				result
			}
			Some(TestPoll::Completed(at, approved)) => f(PollStatus::Completed(at, approved)),
			None => f(PollStatus::None),
		}
	}

	fn try_access_poll<R>(
		index: u32,
		f: impl FnOnce(PollStatus<&mut Tally<Test>, u64, u8>) -> Result<R, DispatchError>,
	) -> Result<R, DispatchError> {
		match poll(index) {
			Some(TestPoll::Ongoing(mut tally)) => {
				let result = f(PollStatus::Ongoing(&mut tally, 0))?;
				unhashed::put(&poll_key(index), &TestPoll::Ongoing(tally));
				Ok(result)
			}
			Some(TestPoll::Completed(at, approved)) => f(PollStatus::Completed(at, approved)),
			None => f(PollStatus::None),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn create_ongoing(_: u8) -> Result<u32, ()> {
		Ok(submit())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn end_ongoing(index: u32, approved: bool) -> Result<(), ()> {
		match poll(index) {
			Some(TestPoll::Ongoing(_)) => {
				end(index, approved);
				Ok(())
			}
			_ => Err(()),
		}
	}
}

/// Submits a referendum now: its tally takes the snapshot. Returns its index.
pub fn submit() -> u32 {
	let count: u32 = unhashed::get(POLLS).unwrap_or_default();
	unhashed::put(&poll_key(count), &TestPoll::Ongoing(<Tally<Test> as VoteTally<_, u8>>::new(0)));
	unhashed::put(POLLS, &(count + 1));
	count
}

/// How many referenda were submitted.
pub fn poll_count() -> u32 {
	unhashed::get(POLLS).unwrap_or_default()
}

/// Ends a referendum: it is no longer ongoing.
pub fn end(index: u32, approved: bool) {
	unhashed::put(&poll_key(index), &TestPoll::Completed(System::block_number(), approved));
}

/// The tally of an ongoing referendum.
pub fn tally(index: u32) -> Tally<Test> {
	TestPolls::as_ongoing(index).expect("an ongoing referendum").0
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: ACCOUNTS.map(|a| (a, 1_000_000 * CPT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_vote_escrow::GenesisConfig::<Test> {
		tiers: pallet_vote_escrow::spec_tiers(CPT).to_vec(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_time(START);
	});
	ext
}

/// Runs a test, then checks both pallets' invariants and that every ongoing tally is the sum
/// of its votes.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		check_invariants();
	});
}

pub fn check_invariants() {
	VeVoting::do_try_state().unwrap();
	VoteEscrow::do_try_state().unwrap();
	for index in 0..poll_count() {
		let Some((tally, _)) = TestPolls::as_ongoing(index) else { continue };
		let (mut ayes, mut nays) = (0, 0);
		for (_, record) in
			Votes::<Test>::iter().filter(|(_, p, _)| *p == index).map(|(a, _, r)| (a, r))
		{
			if record.aye {
				ayes += record.weight;
			} else {
				nays += record.weight;
			}
		}
		assert_eq!((tally.ayes, tally.nays), (ayes, nays), "referendum {index}'s tally");
	}
}

pub fn set_time(seconds: Moment) {
	pallet_timestamp::Now::<Test>::put(seconds * 1_000);
}

pub fn now() -> Moment {
	VoteEscrow::now()
}

/// Moves to a later time in a new block, running `on_initialize` as a block would.
pub fn advance_to(seconds: Moment) {
	let block = System::block_number() + 1;
	System::set_block_number(block);
	VoteEscrow::on_initialize(block);
	set_time(seconds);
}

/// `who` locks `amount` CPT until `weeks` weeks from now.
pub fn lock(who: AccountId, amount: Balance, weeks: u64) {
	VoteEscrow::create_lock(RuntimeOrigin::signed(who), amount, now() + weeks * WEEK).unwrap();
}

pub fn vote(who: AccountId, poll: u32, aye: bool) -> polkadot_sdk::sp_runtime::DispatchResult {
	VeVoting::vote(RuntimeOrigin::signed(who), poll, aye)
}
