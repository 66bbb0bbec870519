//! A test runtime: USDC is `pallet-balances`, revenue goes to one account.

use crate::{self as pallet_subscriptions, *};
use cyberplaza_primitives::ToAccount;
use polkadot_sdk::{
	frame_support::{derive_impl, parameter_types, traits::ConstU32},
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
		Usdc: pallet_balances,
		Subscriptions: pallet_subscriptions,
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
}

pub const USDC: Balance = 1_000_000;
pub const MONTH: Moment = 30 * 86_400;
pub const START: Moment = 1_767_225_600;
pub const REVENUE: AccountId = 99;

parameter_types! {
	pub const Revenue: AccountId = REVENUE;
}

impl Config for Test {
	type Time = Timestamp;
	type Revenue = ToAccount<Usdc, Revenue>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type Month = polkadot_sdk::frame_support::traits::ConstU64<MONTH>;
	type MaxMonths = ConstU32<36>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for () {
	fn set_time(seconds: Moment) {
		set_time(seconds);
	}

	fn fund(who: &AccountId, amount: Balance) {
		use polkadot_sdk::frame_support::traits::fungible::Mutate;
		Usdc::set_balance(who, amount);
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(1, 100_000 * USDC), (2, 100_000 * USDC), (3, 10 * USDC), (REVENUE, 1)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_subscriptions::GenesisConfig::<Test> {
		plans: spec_plans(USDC).to_vec(),
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

pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		Subscriptions::do_try_state().unwrap();
	});
}

pub fn set_time(seconds: Moment) {
	pallet_timestamp::Now::<Test>::put(seconds * 1_000);
}
