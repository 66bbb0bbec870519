//! A test runtime: USDC is `pallet-balances`; the registry, the market's vouchers and the
//! liquidity pool are stand-ins that record what they are asked.

use crate::{self as pallet_group_buy, *};
use cyberplaza_primitives::ToAccount;
use polkadot_sdk::{
	frame_support::{
		assert_ok, derive_impl, parameter_types,
		traits::{fungible::Inspect as _, ConstU128, ConstU32},
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, pallet_timestamp, sp_io,
	sp_runtime::{BuildStorage, Permill},
};

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = u64;

polkadot_sdk::frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Usdc: pallet_balances,
		GroupBuy: pallet_group_buy,
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
	type ExistentialDeposit = ConstU128<USDC_MIN>;
}

pub const USDC: Balance = 1_000_000;
/// USDC's minimum balance, as on the chain: an account holds at least a cent or is gone.
pub const USDC_MIN: Balance = USDC / 100;
pub const START: Moment = 1_767_225_600;
pub const DAY: Moment = 86_400;
pub const CSP: AccountId = 10;
pub const CSP_PAYOUT: AccountId = 11;
pub const ORDINARY_SP: AccountId = 12;
pub const OFFER: u32 = 7;
pub const ORDINARY_OFFER: u32 = 8;
pub const POOL: AccountId = 98;
pub const REVENUE: AccountId = 99;
pub const BUYERS: [AccountId; 4] = [1, 2, 3, 4];

parameter_types! {
	pub const Revenue: AccountId = REVENUE;
	pub const GroupBuyPalletId: PalletId = PalletId(*b"cp/grpby");
	/// Vouchers issued: (holder, offer, units, expiry).
	pub static Issued: Vec<(AccountId, u32, u32, Moment)> = Default::default();
	/// Units of the offer free to pledge.
	pub static OfferUnits: u32 = 1_000_000;
	/// Units pledged to campaigns and not yet issued as vouchers.
	pub static Pledged: u32 = 0;
	/// Units the market issues vouchers for before it refuses, as a market that cannot
	/// deliver would.
	pub static Issuable: u32 = u32::MAX;
	/// Advances ended: (principal, paid).
	pub static Settled: Vec<(Balance, Balance)> = Default::default();
	pub static Advanced: Balance = 0;
	/// Each advance's principal, margin and due time, by id.
	pub static Advances: Vec<(Balance, Balance, Moment)> = Default::default();
	/// The pool advances at most this much.
	pub static PoolLimit: Balance = 1_000_000 * USDC;
}

pub struct MockRegistry;
impl ProviderRegistry<AccountId> for MockRegistry {
	type AttestationKey = u64;
	fn tier(p: &AccountId) -> Option<Tier> {
		match *p {
			CSP => Some(Tier::Certified),
			ORDINARY_SP => Some(Tier::Ordinary),
			_ => None,
		}
	}
	fn is_active(p: &AccountId) -> bool {
		Self::tier(p).is_some()
	}
	fn is_flagged(_: &AccountId) -> bool {
		false
	}
	fn payout_account(p: &AccountId) -> Option<AccountId> {
		(*p == CSP).then_some(CSP_PAYOUT)
	}
	fn attestation_key(_: &AccountId) -> Option<u64> {
		None
	}
	fn provider_by_key(_: &u64) -> Option<AccountId> {
		None
	}
	fn concurrent_order_limit(_: &AccountId) -> Option<u32> {
		None
	}
}

pub struct MockVouchers;
impl VoucherIssuer<AccountId> for MockVouchers {
	fn offer_provider(offer: u32) -> Option<AccountId> {
		match offer {
			OFFER => Some(CSP),
			ORDINARY_OFFER => Some(ORDINARY_SP),
			_ => None,
		}
	}
	fn pledge_units(_: u32, units: u32, _: Moment) -> DispatchResult {
		let free = OfferUnits::get();
		if units > free {
			return Err(DispatchError::Other("insufficient capacity"));
		}
		OfferUnits::set(free - units);
		Pledged::mutate(|p| *p += units);
		Ok(())
	}
	fn unpledge_units(_: u32, units: u32) {
		let units = units.min(Pledged::get());
		Pledged::mutate(|p| *p -= units);
		OfferUnits::mutate(|u| *u += units);
	}
	fn issue_units(
		holder: &AccountId,
		offer: u32,
		units: u32,
		expires_at: Moment,
	) -> Result<u32, DispatchError> {
		if <Timestamp as UnixTime>::now().as_secs() >= expires_at {
			return Err(DispatchError::Other("voucher expired"));
		}
		let left = Pledged::get();
		if units > left || units > Issuable::get() {
			return Err(DispatchError::Other("insufficient capacity"));
		}
		Pledged::set(left - units);
		Issuable::mutate(|i| *i -= units);
		Issued::mutate(|i| i.push((*holder, offer, units, expires_at)));
		Ok(Issued::get().len() as u32 - 1)
	}
}

pub struct MockPool;
impl PoolAdvances<AccountId, Balance> for MockPool {
	fn advance(
		to: &AccountId,
		amount: Balance,
		margin: Balance,
		due: Moment,
	) -> Result<u32, DispatchError> {
		if Advanced::get() + amount > PoolLimit::get() {
			return Err(DispatchError::Other("utilisation cap"));
		}
		Usdc::transfer(&POOL, to, amount, Preservation::Preserve)?;
		Advanced::mutate(|a| *a += amount);
		Advances::mutate(|a| a.push((amount, margin, due)));
		Ok(Advances::get().len() as u32 - 1)
	}
	fn settle(from: &AccountId, id: u32, paid: Balance) -> DispatchResult {
		let (principal, _, _) = Advances::get()[id as usize];
		Usdc::transfer(from, &POOL, paid, Preservation::Expendable)?;
		Advanced::mutate(|a| *a -= principal);
		Settled::mutate(|s| s.push((principal, paid)));
		Ok(())
	}
}

impl Config for Test {
	type Stable = Usdc;
	type Holds = Usdc;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Timestamp;
	type Registry = MockRegistry;
	type Vouchers = MockVouchers;
	type Pool = MockPool;
	type Revenue = ToAccount<Usdc, Revenue>;
	type OperatorOrigin = EnsureRoot<AccountId>;
	type PalletId = GroupBuyPalletId;
	type MaxParticipants = ConstU32<6>;
	type MaxFinalisePerCall = ConstU32<3>;
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
		use polkadot_sdk::frame_support::traits::fungible::Mutate as _;
		Usdc::set_balance(who, amount);
	}
	fn supplier(units: u32) -> (AccountId, u32) {
		OfferUnits::set(units);
		Pledged::set(0);
		(CSP, OFFER)
	}
	fn fill_pool(amount: Balance) {
		use polkadot_sdk::frame_support::traits::fungible::Mutate as _;
		Usdc::set_balance(&POOL, amount);
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: BUYERS
			.into_iter()
			.chain([5, 6])
			.map(|b| (b, 100_000 * USDC))
			.chain([
				(POOL, 1_000_000 * USDC),
				(REVENUE, USDC_MIN),
				(CSP, 1_000 * USDC),
				(CSP_PAYOUT, USDC_MIN),
				(GroupBuy::account_id(), USDC_MIN),
			])
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	Issued::take();
	Settled::take();
	Advanced::set(0);
	Advances::take();
	OfferUnits::set(1_000_000);
	Pledged::set(0);
	Issuable::set(u32::MAX);
	PoolLimit::set(1_000_000 * USDC);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_time(START);
	});
	ext
}

/// Runs `f`, then checks the books and that no USDC was created or lost.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		let supply = Usdc::total_issuance();
		f();
		GroupBuy::do_try_state().unwrap();
		assert_eq!(Usdc::total_issuance(), supply, "USDC created or lost");
	});
}

pub fn set_time(seconds: Moment) {
	pallet_timestamp::Now::<Test>::put(seconds * 1_000);
}

pub fn usdc(who: AccountId) -> Balance {
	Usdc::balance(&who)
}

/// 1,000 GPU-hours at 2 USDC retail; 1.8 from 100 units, 1.6 from 500; minimum 100 units,
/// the supplier gets 1.4, the pool advances 100 USDC at 10%.
pub fn terms() -> CampaignTerms<AccountId> {
	CampaignTerms {
		supplier: CSP,
		offer: OFFER,
		product: Default::default(),
		retail_price: 2 * USDC,
		supplier_price: 1_400_000,
		tiers: vec![
			PriceTier { min_units: 100, price: 1_800_000 },
			PriceTier { min_units: 500, price: 1_600_000 },
		]
		.try_into()
		.unwrap(),
		min_units: 100,
		max_units: 1_000,
		deadline: START + 7 * DAY,
		advance: 100 * USDC,
		pool_margin: Permill::from_percent(10),
		voucher_expiry: START + 97 * DAY,
	}
}

pub fn create(terms: CampaignTerms<AccountId>) -> CampaignId {
	let id = NextCampaignId::<Test>::get();
	assert_ok!(GroupBuy::create_campaign(RuntimeOrigin::root(), terms));
	id
}
