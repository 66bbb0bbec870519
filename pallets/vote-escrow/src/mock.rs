//! A test runtime: CPT is `pallet-balances`, time is `pallet-timestamp`.

use crate::{self as pallet_vote_escrow, *};
use polkadot_sdk::{
	frame_support::{
		derive_impl,
		traits::{ConstU32, Hooks, VariantCountOf},
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, pallet_timestamp, sp_io,
	sp_runtime::BuildStorage,
};

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = u64;

polkadot_sdk::frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		VoteEscrow: pallet_vote_escrow,
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
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
}

pub const CPT: Balance = 1_000_000_000_000_000_000;
pub const WEEK: Moment = 604_800;
/// A week boundary: Thursday 2026-01-01.
pub const START: Moment = 2_922 * WEEK;
pub const LOCKERS: core::ops::RangeInclusive<AccountId> = 1..=20;

impl Config for Test {
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type Time = Timestamp;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxKnots = ConstU32<16>;
	type MaxTiers = ConstU32<8>;
	type MaxCatchUpWeeks = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for () {
	fn set_time(seconds: Moment) {
		pallet_timestamp::Now::<Test>::put(seconds * 1_000);
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: LOCKERS.map(|a| (a, 10_000_000 * CPT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_vote_escrow::GenesisConfig::<Test> {
		tiers: spec_tiers(CPT).to_vec(),
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

/// Runs a test, then checks the pallet's invariants.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		VoteEscrow::do_try_state().unwrap();
	});
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
