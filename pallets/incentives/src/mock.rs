//! A test runtime: CPT native, rUSDC and CPT/USDC liquidity tokens as `pallet-assets` assets,
//! veCPT weights and subscription cashback set by each test.

use crate::{self as pallet_incentives, *};
use core::cell::RefCell;
use polkadot_sdk::{
	frame_support::{
		derive_impl, parameter_types,
		traits::{fungible::ItemOf, AsEnsureOriginWithArg, ConstU128, ConstU32, Hooks},
	},
	frame_system::{self, EnsureRoot, EnsureSigned},
	pallet_assets, pallet_balances, pallet_timestamp, sp_io,
	sp_runtime::BuildStorage,
};
use std::collections::BTreeMap;

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = u64;

polkadot_sdk::frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Incentives: pallet_incentives,
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
	type Freezer = ();
	type Holder = ();
}

pub const CPT: Balance = 1_000_000_000_000_000_000;
pub const USDC: Balance = 1_000_000;
pub const RUSDC_ID: u32 = 2;
pub const LP_TOKEN_ID: u32 = 3;
pub const DAY: Moment = 86_400;
pub const WEEK: Moment = 7 * DAY;
pub const MONTH: Moment = 30 * DAY;
/// A Thursday, 00:00 UTC: a week boundary.
pub const START: Moment = 1_767_225_600 + 6 * DAY;
pub const BUCKET: Balance = 1_000_000 * CPT;
pub const USERS: [AccountId; 4] = [1, 2, 3, 4];
pub const SP: AccountId = 10;
pub const CSP: AccountId = 11;

parameter_types! {
	/// The oracle's fresh CPT/USD, if a test set one.
	pub static CptUsd: Option<polkadot_sdk::sp_runtime::FixedU128> = None;
	pub const UserBucket: PalletId = PalletId(*b"cp/usrrw");
	pub const SpBucket: PalletId = PalletId(*b"cp/sprwd");
	pub const LpBucket: PalletId = PalletId(*b"cp/lprwd");
	pub const RusdcId: u32 = RUSDC_ID;
	pub const LpTokenId: u32 = LP_TOKEN_ID;
	pub static Cashback: Permill = Permill::zero();
	pub static Discount: Permill = Permill::zero();
}

thread_local! {
	/// Each locker's constant weight and the week it starts counting.
	static LOCKERS: RefCell<BTreeMap<AccountId, (Balance, u64)>> = const { RefCell::new(BTreeMap::new()) };
	/// The first week whose total is not known yet.
	static TOTALS_UNTIL: RefCell<u64> = const { RefCell::new(u64::MAX) };
}

/// Gives `who` a constant `weight` from the next week on, unless it already has one.
pub fn lock(who: AccountId, weight: Balance) {
	let week = now() / WEEK + 1;
	LOCKERS.with(|l| {
		l.borrow_mut().entry(who).or_insert((weight, week));
	});
}

/// Holds veCPT's total back from week `week` on, as if it had not caught up.
pub fn totals_until(week: u64) {
	TOTALS_UNTIL.with(|t| *t.borrow_mut() = week);
}

pub struct Weights;
impl VoteWeight<AccountId, Balance> for Weights {
	fn week() -> Moment {
		WEEK
	}
	fn weight_at(who: &AccountId, time: Moment) -> Balance {
		LOCKERS.with(|l| match l.borrow().get(who) {
			Some((weight, from)) if time >= from * WEEK => *weight,
			_ => 0,
		})
	}
	fn total_at(time: Moment) -> Balance {
		LOCKERS.with(|l| {
			l.borrow().values().filter(|(_, from)| time >= from * WEEK).map(|(w, _)| w).sum()
		})
	}
	fn total_at_week(week: u64) -> Option<Balance> {
		if week >= TOTALS_UNTIL.with(|t| *t.borrow()) {
			return None;
		}
		Some(
			LOCKERS.with(|l| {
				l.borrow().values().filter(|(_, from)| *from <= week).map(|(w, _)| w).sum()
			}),
		)
	}
	fn total_locked() -> Balance {
		0
	}
	fn first_week(who: &AccountId) -> Option<u64> {
		LOCKERS.with(|l| l.borrow().get(who).map(|(_, from)| *from))
	}
	fn discount(_: &AccountId) -> Permill {
		Discount::get()
	}
	fn visibility_boost(_: &AccountId) -> Permill {
		Permill::zero()
	}
}

pub struct Plans;
impl SubscriptionInfo<AccountId> for Plans {
	fn cashback_rate(_: &AccountId) -> Permill {
		Cashback::get()
	}
}

pub type Rusdc = ItemOf<Assets, RusdcId, AccountId>;
pub type LpToken = ItemOf<Assets, LpTokenId, AccountId>;

impl Config for Test {
	type Native = Balances;
	type PoolShares = Rusdc;
	type DexShares = LpToken;
	type Time = Timestamp;
	type VoteWeight = Weights;
	type Subscriptions = Plans;
	type AdminOrigin = EnsureRoot<AccountId>;
	type UserBucket = UserBucket;
	type SpBucket = SpBucket;
	type LpBucket = LpBucket;
	type CptUnit = ConstU128<CPT>;
	type UsdcUnit = ConstU128<USDC>;
	type Prices = MockPrices;
	type MaxClaimWeeks = ConstU32<8>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for () {
	fn set_time(seconds: Moment) {
		set_time(seconds);
	}

	fn fund_farm_tokens(who: &AccountId, amount: Balance) {
		use polkadot_sdk::frame_support::traits::{fungible::Mutate as _, fungibles::Mutate as _};
		Balances::set_balance(who, CPT);
		Assets::set_balance(RUSDC_ID, who, amount);
		Assets::set_balance(LP_TOKEN_ID, who, amount);
	}

	fn lock(who: &AccountId, week: u64) {
		LOCKERS.with(|l| l.borrow_mut().insert(*who, (1_000 * CPT, week)));
	}
}

pub fn bucket(b: Bucket) -> AccountId {
	Incentives::bucket_account(b)
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let buckets = Bucket::ALL.map(bucket);
	pallet_balances::GenesisConfig::<Test> {
		balances: USERS
			.into_iter()
			.chain([SP, CSP])
			.map(|a| (a, CPT))
			.chain(buckets.map(|b| (b, BUCKET)))
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(RUSDC_ID, 0, true, 1), (LP_TOKEN_ID, 0, false, 1)],
		accounts: USERS
			.into_iter()
			.flat_map(|a| [(RUSDC_ID, a, 100_000 * USDC), (LP_TOKEN_ID, a, 100_000 * USDC)])
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	Cashback::set(Permill::zero());
	Discount::set(Permill::zero());
	LOCKERS.with(|l| l.borrow_mut().clear());
	totals_until(u64::MAX);
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_time(START);
		next_block();
	});
	ext
}

/// Runs `f`, then checks the books and that no CPT was created or destroyed.
pub fn test(f: impl FnOnce()) {
	CptUsd::set(None);
	new_test_ext().execute_with(|| {
		let issuance = Balances::total_issuance();
		f();
		Incentives::do_try_state().unwrap();
		assert_eq!(Balances::total_issuance(), issuance, "CPT minted or burned");
	});
}

pub fn now() -> Moment {
	pallet_timestamp::Now::<Test>::get() / 1_000
}

pub fn set_time(seconds: Moment) {
	pallet_timestamp::Now::<Test>::put(seconds * 1_000);
}

/// Moves to the next block, closing periods as `on_initialize` does.
pub fn next_block() {
	let n = System::block_number() + 1;
	System::set_block_number(n);
	Incentives::on_initialize(n);
}

/// Moves time on by `seconds` and runs blocks until everything due has closed.
pub fn pass(seconds: Moment) {
	set_time(now() + seconds);
	for _ in 0..20 {
		next_block();
	}
}

pub fn cpt(who: AccountId) -> Balance {
	use polkadot_sdk::frame_support::traits::fungible::Inspect as _;
	Balances::balance(&who)
}

pub struct MockPrices;
impl cyberplaza_primitives::PriceFeed for MockPrices {
	fn price(key: &cyberplaza_primitives::PriceKey) -> Option<polkadot_sdk::sp_runtime::FixedU128> {
		(*key == cyberplaza_primitives::PriceKey::CptUsd).then(CptUsd::get).flatten()
	}
}
