//! A test runtime: CPT and USDC are two `pallet-balances` instances, veCPT is the real
//! `pallet-vote-escrow`, and the CPT/USDC pool is a constant-product stand-in.

use crate::{self as pallet_revenue, *};
use polkadot_sdk::{
	frame_support::{
		derive_impl, parameter_types,
		traits::{fungible::Mutate as _, ConstU32, ConstU64, Hooks, VariantCountOf},
		PalletId,
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
		Usdc: pallet_balances::<Instance2>,
		VoteEscrow: pallet_vote_escrow,
		Revenue: pallet_revenue,
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
	type ExistentialDeposit = ConstU128<CPT>;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
}

/// USDC keeps its balances in its own storage (`AccountStore`), as `pallet-assets` does.
#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config<pallet_balances::Instance2> for Test {
	type Balance = Balance;
	type AccountStore = polkadot_sdk::frame_support::traits::StorageMapShim<
		pallet_balances::Account<Test, pallet_balances::Instance2>,
		AccountId,
		pallet_balances::AccountData<Balance>,
	>;
	type ExistentialDeposit = ConstU128<USDC_MIN>;
	type RuntimeHoldReason = ();
	type RuntimeFreezeReason = ();
}

use polkadot_sdk::frame_support::traits::ConstU128;

pub const CPT: Balance = 1_000_000_000_000_000_000;
pub const USDC: Balance = 1_000_000;
pub const USDC_MIN: Balance = 10_000;
pub const WEEK: Moment = 604_800;
/// A week boundary: Thursday 2026-01-01.
pub const START: Moment = 2_922 * WEEK;
pub const LOCKERS: core::ops::RangeInclusive<AccountId> = 1..=10;
pub const PAYER: AccountId = 50;
pub const POOL: AccountId = 60;
pub const OPERATIONS: AccountId = 70;
pub const TEAM: AccountId = 71;
pub const FOUNDATION: AccountId = 72;
pub const RESERVE: AccountId = 73;

impl pallet_vote_escrow::Config for Test {
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type Time = Timestamp;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxKnots = ConstU32<16>;
	type MaxTiers = ConstU32<8>;
	type MaxCatchUpWeeks = ConstU32<8>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

parameter_types! {
	pub const RevenuePalletId: PalletId = PalletId(*b"cp/revnu");
	pub const Operations: AccountId = OPERATIONS;
	pub const Team: AccountId = TEAM;
	pub const Foundation: AccountId = FOUNDATION;
	pub const Reserve: AccountId = RESERVE;
	pub const MaxPriceImpact: Permill = Permill::from_percent(1);
	pub const MaxSlippage: Permill = Permill::from_percent(2);
	/// Whether the pool exists.
	pub static PoolOpen: bool = true;
	/// How much less than the constant-product price the pool pays (a price moved by others).
	pub static PoolShortfall: Permill = Permill::zero();
	/// The oracle's fresh CPT/USD: 0.1, the pool's price.
	pub static CptUsd: Option<FixedU128> = Some(FixedU128::from_rational(1, 10));
}

/// The oracle, knowing only CPT/USD.
pub struct MockPrices;
impl PriceFeed for MockPrices {
	fn price(key: &PriceKey) -> Option<FixedU128> {
		(*key == PriceKey::CptUsd).then(CptUsd::get).flatten()
	}
}

/// A constant-product pool with a 0.3% fee, holding `POOL`'s balances.
pub struct MockPool;
impl BuyBackMarket<AccountId> for MockPool {
	fn reserves() -> Option<(Balance, Balance)> {
		PoolOpen::get().then(|| (Usdc::free_balance(POOL), Balances::free_balance(POOL)))
	}

	fn swap(from: &AccountId, usdc: Balance, min_cpt: Balance) -> Result<Balance, DispatchError> {
		let (usdc_reserve, cpt_reserve) =
			Self::reserves().ok_or(DispatchError::Other("no pool"))?;
		let input = usdc * 997;
		let cpt = cpt_reserve * input / (usdc_reserve * 1_000 + input);
		let cpt = cpt - PoolShortfall::get().mul_ceil(cpt);
		if cpt < min_cpt {
			return Err(DispatchError::Other("slippage"));
		}
		Usdc::transfer(from, &POOL, usdc, Preservation::Preserve)?;
		Balances::transfer(&POOL, from, cpt, Preservation::Preserve)?;
		Ok(cpt)
	}
}

impl Config for Test {
	type Stable = Usdc;
	type Native = Balances;
	type Time = Timestamp;
	type VoteWeight = VoteEscrow;
	type BuyBackMarket = MockPool;
	type Prices = MockPrices;
	type CptUnit = ConstU128<CPT>;
	type UsdcUnit = ConstU128<USDC>;
	type AdminOrigin = EnsureRoot<AccountId>;
	type PalletId = RevenuePalletId;
	type OperationsAccount = Operations;
	type TeamAccount = Team;
	type FoundationAccount = Foundation;
	type ReserveAccount = Reserve;
	type PayoutPeriod = ConstU64<10>;
	type MaxPriceImpact = MaxPriceImpact;
	type MaxSlippage = MaxSlippage;
	type MinBuyBack = ConstU128<{ 10 * USDC }>;
	type MaxClaimWeeks = ConstU32<4>;
	type MaxWeeksClosedPerBlock = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_vote_escrow::BenchmarkHelper for BenchmarkHelper {
	fn set_time(seconds: Moment) {
		set_time(seconds);
	}
}
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for BenchmarkHelper {
	fn advance_to(seconds: Moment) {
		set_time(seconds);
		VoteEscrow::on_initialize(System::block_number());
	}

	fn lock(who: &AccountId, cpt: Balance, weeks: u32) {
		Balances::set_balance(who, cpt + CPT);
		let end = Revenue::now() + Moment::from(weeks) * WEEK;
		pallet_vote_escrow::Pallet::<Test>::create_lock(RuntimeOrigin::signed(*who), cpt, end)
			.expect("the lock is valid");
	}

	fn create_pool() {}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut cpt: Vec<_> = LOCKERS.map(|a| (a, 10_000_000 * CPT)).collect();
	cpt.push((POOL, 10_000_000 * CPT));
	pallet_balances::GenesisConfig::<Test> { balances: cpt, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let usdc =
		vec![(PAYER, 100_000_000 * USDC), (POOL, 1_000_000 * USDC), (Revenue::account(), USDC_MIN)];
	pallet_balances::GenesisConfig::<Test, pallet_balances::Instance2> {
		balances: usdc,
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_vote_escrow::GenesisConfig::<Test>::default().assimilate_storage(&mut storage).unwrap();
	pallet_revenue::GenesisConfig::<Test>::default().assimilate_storage(&mut storage).unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		set_time(START);
		next_block();
	});
	ext
}

/// Runs a test, then checks both pallets' invariants.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		check();
	});
}

pub fn check() {
	VoteEscrow::do_try_state().unwrap();
	Revenue::do_try_state().unwrap();
}

pub fn set_time(seconds: Moment) {
	pallet_timestamp::Now::<Test>::put(seconds * 1_000);
}

pub fn now() -> Moment {
	Revenue::now()
}

/// A new block at the current time, running both pallets' `on_initialize`.
pub fn next_block() {
	let block = System::block_number() + 1;
	System::set_block_number(block);
	VoteEscrow::on_initialize(block);
	Revenue::on_initialize(block);
}

/// Moves the clock to `seconds` and makes a block there.
pub fn advance_to(seconds: Moment) {
	set_time(seconds);
	next_block();
}

/// Makes blocks until the next payout (every 10th block).
pub fn until_payout() {
	next_block();
	while !System::block_number().is_multiple_of(10) {
		next_block();
	}
}

pub fn lock(who: AccountId, cpt: Balance, weeks: Moment) {
	pallet_vote_escrow::Pallet::<Test>::create_lock(
		RuntimeOrigin::signed(who),
		cpt,
		now() + weeks * WEEK,
	)
	.unwrap();
}

pub fn pay(source: RevenueSource, amount: Balance) {
	Revenue::collect(&PAYER, source, amount).unwrap();
}
