//! A test runtime as the chain has it: native CPT gives accounts existence, USDC and rUSDC are
//! `pallet-assets` assets (USDC sufficient, rUSDC not).

use crate::{self as pallet_liquidity_pool, *};
use polkadot_sdk::{
	frame_support::{
		derive_impl, parameter_types,
		traits::{
			fungible::ItemOf, fungibles::Inspect as _, AsEnsureOriginWithArg, ConstU128, ConstU32,
		},
	},
	frame_system::{self, EnsureRoot, EnsureSigned},
	pallet_assets, pallet_balances, pallet_timestamp, sp_io,
	sp_runtime::BuildStorage,
};

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = u64;

polkadot_sdk::frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Pool: pallet_liquidity_pool,
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

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type AssetId = u32;
	type AssetIdParameter = u32;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Freezer = FreezeFresh<Test, RusdcId>;
	type Holder = ();
}

pub const USDC: Balance = 1_000_000;
/// USDC's minimum balance, as on the chain: a USDC account holds at least a cent or is gone.
pub const USDC_MIN: Balance = USDC / 100;
pub const USDC_ID: u32 = 1;
pub const RUSDC_ID: u32 = 2;
pub const START: Moment = 1_767_225_600;
/// Stands in for a group buy taking and repaying advances.
pub const CAMPAIGN: AccountId = 90;
pub const LPS: [AccountId; 4] = [1, 2, 3, 4];

parameter_types! {
	pub const PoolPalletId: PalletId = PalletId(*b"cp/lqpol");
	pub const UsdcId: u32 = USDC_ID;
	pub const RusdcId: u32 = RUSDC_ID;
}

pub type Usdc = ItemOf<Assets, UsdcId, AccountId>;
pub type Rusdc = ItemOf<Assets, RusdcId, AccountId>;

impl Config for Test {
	type Stable = Usdc;
	type Shares = Rusdc;
	type Time = Timestamp;
	type PalletId = PoolPalletId;
	type MinDeposit = ConstU128<{ 10 * USDC }>;
	type LockedShares = ConstU128<1_000>;
	type UtilisationCap = UtilisationCap;
	type DailyWithdrawLimit = DailyWithdrawLimit;
	type InsuranceCut = InsuranceCut;
	type InsuranceTarget = InsuranceTarget;
	type QueueDustShare = QueueDustShare;
	type MaxOpenAdvances = ConstU32<4>;
	type MaxQueueLen = ConstU32<8>;
	type MaxServedPerBlock = ConstU32<3>;
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
		use polkadot_sdk::frame_support::traits::{fungible::Mutate as _, fungibles::Mutate as _};
		Balances::set_balance(who, 1_000);
		Assets::set_balance(USDC_ID, who, amount);
	}
}

parameter_types! {
	pub static UtilisationCap: Permill = Permill::from_percent(80);
	pub const DailyWithdrawLimit: Permill = Permill::from_percent(10);
	pub const InsuranceCut: Permill = Permill::from_percent(10);
	pub const InsuranceTarget: Permill = Permill::from_percent(10);
	pub const QueueDustShare: Permill = Permill::from_percent(1);
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let pool = Pool::account_id();
	let accounts: Vec<AccountId> = LPS.into_iter().chain([CAMPAIGN, 5, pool]).collect();
	pallet_balances::GenesisConfig::<Test> {
		balances: accounts.iter().map(|a| (*a, 1_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(USDC_ID, 0, true, USDC_MIN), (RUSDC_ID, pool, false, 1)],
		accounts: LPS
			.into_iter()
			.chain([CAMPAIGN])
			.map(|a| (USDC_ID, a, 1_000_000 * USDC))
			.chain([(USDC_ID, pool, USDC_MIN)])
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	UtilisationCap::set(Permill::from_percent(80));
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_time(START);
		// Off unless a test turns it on (`hold_for`): most tests are about other rules.
		HoldingPeriod::<Test>::put(0);
	});
	ext
}

/// Runs `f`, then checks the pool's books and that no USDC was created or lost.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		let supply = Assets::total_issuance(USDC_ID);
		f();
		Pool::do_try_state().unwrap();
		assert_eq!(Assets::total_issuance(USDC_ID), supply, "USDC created or lost");
	});
}

pub fn set_time(seconds: Moment) {
	pallet_timestamp::Now::<Test>::put(seconds * 1_000);
}

/// The time now, in seconds.
pub fn now() -> Moment {
	pallet_timestamp::Now::<Test>::get() / 1_000
}

pub fn usdc(who: AccountId) -> Balance {
	Assets::balance(USDC_ID, who)
}

pub fn shares(who: AccountId) -> Balance {
	Assets::balance(RUSDC_ID, who)
}

/// Moves to the next block, serving the queue as `on_initialize` does.
pub fn next_block() {
	use polkadot_sdk::frame_support::traits::Hooks;
	let n = System::block_number() + 1;
	System::set_block_number(n);
	Pool::on_initialize(n);
}

/// Turns the holding period on: new rUSDC stays put for `seconds`.
pub fn hold_for(seconds: Moment) {
	HoldingPeriod::<Test>::put(seconds);
}

pub fn next_day() {
	set_time(now() + DAY);
}
