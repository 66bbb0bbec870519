//! A test runtime: CPT is `pallet-balances`, time is `pallet-timestamp`; accounts 1 and 2 are
//! private-sale holders of 1,000 and 100 CPT.

use crate::{self as pallet_sale_limits, *};
use polkadot_sdk::{
	frame_support::{derive_impl, parameter_types, traits::ConstU32},
	frame_system, pallet_balances, pallet_timestamp, sp_io,
	sp_runtime::{BuildStorage, Permill},
};

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = u64;
pub type Balance = u128;

polkadot_sdk::frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		SaleLimits: pallet_sale_limits,
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
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = ConstU32<4>;
}

parameter_types! {
	pub const DailyShare: Permill = Permill::from_percent(5);
}

impl Config for Test {
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type Time = Timestamp;
	type DailyShare = DailyShare;
	type MaxHolders = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockTime;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockTime;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper for MockTime {
	fn set_time(seconds: Moment) {
		set_time(seconds)
	}
}

pub const CPT: Balance = 1_000_000_000_000;
/// 2026-01-01, a day boundary.
pub const START: Moment = 1_767_225_600;

/// Holders 1 (1,000 CPT) and 2 (100 CPT) hold their allocations; 3 is no holder.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(1, 1_000 * CPT), (2, 100 * CPT), (3, 1_000 * CPT)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_sale_limits::GenesisConfig::<Test> { holders: vec![(1, 1_000 * CPT), (2, 100 * CPT)] }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test and then checks the pallet's invariants.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		SaleLimits::do_try_state().expect("invariants hold");
	});
}

pub fn set_time(seconds: Moment) {
	Timestamp::set_timestamp(seconds * 1_000);
}

/// A new block at `seconds`: the hook runs.
pub fn block_at(seconds: Moment) {
	use polkadot_sdk::frame_support::traits::Hooks;
	set_time(seconds);
	System::set_block_number(System::block_number() + 1);
	SaleLimits::on_initialize(System::block_number());
}
