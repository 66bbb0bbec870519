//! A test runtime: USDC is `pallet-balances`, time is `pallet-timestamp`, and the registry,
//! reputation, insurance and rewards are recording stand-ins.

use crate::{self as pallet_market, *};
use alloc::collections::BTreeMap;
use cyberplaza_primitives::OrderEvent;
use polkadot_sdk::{
	frame_support::{
		derive_impl, parameter_types,
		traits::{fungible::Mutate as _, ConstU32, ConstU64},
		BoundedVec, PalletId,
	},
	frame_system::{self, EnsureRoot, EnsureSignedBy},
	pallet_balances, pallet_timestamp,
	sp_core::{sr25519, Pair},
	sp_io,
	sp_runtime::{BuildStorage, DispatchError, Percent, Permill},
};

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = u64;
pub type Balance = u128;

polkadot_sdk::frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Usdc: pallet_balances,
		Market: pallet_market,
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
	type ExistentialDeposit = ExistentialDeposit;
}

pub const USDC: Balance = 1_000_000;
pub const HOUR: Moment = 3_600;
pub const DAY: Moment = 86_400;
/// Genesis time: 2026-01-01.
pub const START: Moment = 1_767_225_600;
pub const REVENUE: AccountId = 999;
pub const INSURANCE: AccountId = 998;
pub const PLATFORM: AccountId = 900;
pub const ARBITER: AccountId = 901;
pub const BUYERS: core::ops::RangeInclusive<AccountId> = 1..=10;
pub const PROVIDERS: core::ops::RangeInclusive<AccountId> = 20..=29;
pub const INSURANCE_FUND: Balance = 500_000 * USDC;

/// What the registry knows of a mock SP.
#[derive(Clone, Debug)]
pub struct MockProvider {
	pub tier: cyberplaza_primitives::Tier,
	pub active: bool,
	pub key: sr25519::Public,
	pub limit: Option<u32>,
}

polkadot_sdk::frame_support::ord_parameter_types! {
	pub const Arbiter: AccountId = ARBITER;
}

parameter_types! {
	pub static Registered: BTreeMap<AccountId, MockProvider> = Default::default();
	pub static Noted: Vec<(AccountId, OrderEvent)> = Default::default();
	pub static Rated: Vec<(AccountId, OrderId, u8)> = Default::default();
	pub static Rewarded: Vec<SettledOrder<AccountId, Balance>> = Default::default();
	pub static Cashback: Permill = Permill::zero();
	pub static Prices: BTreeMap<PriceKey, polkadot_sdk::sp_runtime::FixedU128> = Default::default();
	pub static ExistentialDeposit: Balance = 1;
	pub static OfferDeposit: Balance = 2 * USDC;
	pub static OrderDeposit: Balance = USDC / 2;
	pub static WorkloadByteDeposit: Balance = 1_000;
	pub static VoucherDeposit: Balance = USDC;
	pub const Revenue: AccountId = REVENUE;
	pub const Platform: AccountId = PLATFORM;
	pub const MarketId: PalletId = PalletId(*b"cp/markt");
	pub const CertifiedFee: Permill = Permill::from_percent(2);
	pub const OrdinaryFee: Permill = Permill::from_percent(5);
	pub const Buffer: Percent = Percent::from_percent(20);
	pub const ArbiterLimit: Balance = 10_000 * USDC;
	pub const MaxInsuredClaim: Balance = 100_000 * USDC;
	pub const ListingCap: Balance = 10_000 * USDC;
}

pub struct MockRegistry;
impl cyberplaza_primitives::ProviderRegistry<AccountId> for MockRegistry {
	type AttestationKey = sr25519::Public;
	fn tier(p: &AccountId) -> Option<cyberplaza_primitives::Tier> {
		Registered::get().get(p).map(|r| r.tier)
	}
	fn is_active(p: &AccountId) -> bool {
		Registered::get().get(p).is_some_and(|r| r.active)
	}
	fn is_flagged(_: &AccountId) -> bool {
		false
	}
	fn payout_account(p: &AccountId) -> Option<AccountId> {
		Registered::get().contains_key(p).then_some(p + 100)
	}
	fn attestation_key(p: &AccountId) -> Option<sr25519::Public> {
		Registered::get().get(p).map(|r| r.key)
	}
	fn provider_by_key(key: &sr25519::Public) -> Option<AccountId> {
		Registered::get().into_iter().find(|(_, r)| r.key == *key).map(|(p, _)| p)
	}
	fn concurrent_order_limit(p: &AccountId) -> Option<u32> {
		match Registered::get().get(p) {
			Some(r) if r.active => r.limit,
			_ => Some(0),
		}
	}
}

pub struct MockReputation;
impl cyberplaza_primitives::ReputationRecorder<AccountId, OrderId> for MockReputation {
	fn note(p: &AccountId, event: OrderEvent) -> DispatchResult {
		Noted::mutate(|n| n.push((*p, event)));
		Ok(())
	}
	fn rate(p: &AccountId, order: OrderId, rating: u8, _: H256, _weight: u64) -> DispatchResult {
		if !(1..=5).contains(&rating) {
			return Err(DispatchError::Other("bad rating"));
		}
		Rated::mutate(|r| r.push((*p, order, rating)));
		Ok(())
	}
}

/// Pays claims out of the `INSURANCE` account while it lasts.
pub struct MockInsurance;
impl Insurance<AccountId, Balance> for MockInsurance {
	fn pay_claim(to: &AccountId, amount: Balance) -> Balance {
		let paid = amount.min(Usdc::balance(&INSURANCE).saturating_sub(1));
		Usdc::transfer(&INSURANCE, to, paid, Preservation::Preserve).map_or(0, |_| paid)
	}
}

/// The oracle's fresh prices: what a test set.
pub struct MockPrices;
impl PriceFeed for MockPrices {
	fn price(key: &PriceKey) -> Option<polkadot_sdk::sp_runtime::FixedU128> {
		Prices::get().get(key).copied()
	}
}

/// Cashback at the `Cashback` rate of the cost; ratings count from 10 USDC.
pub struct MockRewards;
impl MarketRewards<AccountId, Balance> for MockRewards {
	fn cashback(_: &AccountId, cost: Balance, _: Balance) -> Balance {
		Cashback::get().mul_floor(cost)
	}
	fn min_rated_cost() -> Balance {
		10 * USDC
	}
	fn settled(order: &SettledOrder<AccountId, Balance>) {
		Rewarded::mutate(|r| r.push(order.clone()));
	}
}

/// Transactions the off-chain worker submits: general (unsigned, extension-carrying)
/// extrinsics, as the runtime's authorized calls are.
pub type Extrinsic = frame_system::mocking::MockUncheckedExtrinsic<Test>;

impl<C> frame_system::offchain::CreateTransactionBase<C> for Test
where
	RuntimeCall: From<C>,
{
	type RuntimeCall = RuntimeCall;
	type Extrinsic = Extrinsic;
}

impl<C> frame_system::offchain::CreateTransaction<C> for Test
where
	RuntimeCall: From<C>,
{
	type Extension = ();
	fn create_transaction(call: RuntimeCall, extension: ()) -> Extrinsic {
		Extrinsic::new_transaction(call, extension)
	}
}

impl<C> frame_system::offchain::CreateAuthorizedTransaction<C> for Test
where
	RuntimeCall: From<C>,
{
	fn create_extension() {}
}

impl Config for Test {
	type Stable = Usdc;
	type Deposits = Usdc;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Timestamp;
	type Registry = MockRegistry;
	type Reputation = MockReputation;
	type AttestationKey = sr25519::Public;
	type AttestationSignature = sr25519::Signature;
	type Revenue = ToAccount<Usdc, Revenue>;
	type Insurance = MockInsurance;
	type Rewards = MockRewards;
	type Prices = MockPrices;
	type StableUnit = polkadot_sdk::frame_support::traits::ConstU128<USDC>;
	type ArbiterOrigin = EnsureSignedBy<Arbiter, AccountId>;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type VoucherOrigin = EnsureRoot<AccountId>;
	type PlatformAccount = Platform;
	type PalletId = MarketId;
	type CertifiedFee = CertifiedFee;
	type OrdinaryFee = OrdinaryFee;
	type EscrowBuffer = Buffer;
	type FailureGrace = ConstU64<300>;
	type DisputeWindow = ConstU64<{ 3 * DAY }>;
	type FinishGrace = ConstU64<{ 6 * HOUR }>;
	type ArbiterLimit = ArbiterLimit;
	type MaxInsuredClaim = MaxInsuredClaim;
	type OrdinaryListingCap = ListingCap;
	type ListingPeriod = ConstU64<{ 30 * DAY }>;
	type MaxStartDelay = ConstU64<{ 7 * DAY }>;
	type MaxOrderDuration = ConstU64<{ 365 * DAY }>;
	type MaxOfferWindow = ConstU64<{ 365 * DAY }>;
	type MaxVoucherLife = ConstU64<{ 365 * DAY }>;
	type UsageSlack = ConstU64<120>;
	type CheckpointInterval = ConstU64<60>;
	type MaxBatch = ConstU32<128>;
	type MaxOffersPerProvider = ConstU32<8>;
	type MaxTags = ConstU32<4>;
	type MaxBrowsePage = ConstU32<50>;
	type OfferDeposit = OfferDeposit;
	type OrderDeposit = OrderDeposit;
	type WorkloadByteDeposit = WorkloadByteDeposit;
	type VoucherDeposit = VoucherDeposit;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockHelper;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for MockHelper {
	fn register_provider(who: &AccountId) -> sr25519::Public {
		register(*who, cyberplaza_primitives::Tier::Ordinary);
		pair(*who).public()
	}
	fn sign(key: &sr25519::Public, payload: &[u8]) -> sr25519::Signature {
		let provider =
			<MockRegistry as cyberplaza_primitives::ProviderRegistry<_>>::provider_by_key(key);
		pair(provider.expect("registered")).sign(payload)
	}
	fn set_time(seconds: Moment) {
		set_time(seconds)
	}
	/// The mock's rewards keep no referrals.
	fn refer(_: &AccountId, _: &AccountId) {}
}

/// Buyers hold 1M USDC, SPs 100k, the platform 1M, the insurance fund 500k; the escrow and
/// revenue accounts hold the existential deposit.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let balances = BUYERS
		.map(|a| (a, 1_000_000 * USDC))
		.chain(PROVIDERS.map(|a| (a, 100_000 * USDC)))
		.chain([
			(PLATFORM, 1_000_000 * USDC),
			(INSURANCE, INSURANCE_FUND),
			(REVENUE, 1),
			(Market::escrow_account(), 1),
		])
		.collect();
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_time(START);
		Registered::take();
		Noted::take();
		Rated::take();
		Rewarded::take();
		Cashback::set(Permill::zero());
		Prices::take();
	});
	ext
}

/// Runs a test and then checks the pallet's invariants.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		Market::do_try_state().expect("invariants hold");
	});
}

pub fn set_time(seconds: Moment) {
	Timestamp::set_timestamp(seconds * 1_000);
}

pub fn now() -> Moment {
	Market::now()
}

pub fn advance(seconds: Moment) {
	set_time(now() + seconds);
	System::set_block_number(System::block_number() + 1);
}

pub fn pair(provider: AccountId) -> sr25519::Pair {
	sr25519::Pair::from_seed(&[provider as u8; 32])
}

pub fn register(provider: AccountId, tier: cyberplaza_primitives::Tier) {
	let limit = (tier == cyberplaza_primitives::Tier::Probation).then_some(10);
	Registered::mutate(|r| {
		r.insert(provider, MockProvider { tier, active: true, key: pair(provider).public(), limit })
	});
}

/// `who`'s USDC, free and held as storage deposits.
pub fn usdc(who: AccountId) -> Balance {
	Usdc::total_balance(&who)
}

/// USDC of everyone the market pays or charges: conservation is checked on this sum.
pub fn books() -> Balance {
	BUYERS
		.chain(PROVIDERS)
		.chain(PROVIDERS.map(|p| p + 100))
		.chain([PLATFORM, INSURANCE, REVENUE, Market::escrow_account()])
		.map(usdc)
		.sum()
}

pub fn tag(name: &str) -> Tag {
	let mut t = [0u8; 16];
	t[..name.len()].copy_from_slice(name.as_bytes());
	t
}

/// An offer of `kind` on a 128-core machine (with 8 accelerators for GPU and FPGA kinds):
/// `capacity` units at `price` for 30 days, starting within an hour, 99.5% uptime.
pub fn terms(kind: ResourceKind, price: Balance, capacity: u32) -> OfferTermsOf<Test> {
	OfferTerms {
		kind,
		spec: HardwareSpec {
			cpu_model: BoundedVec::truncate_from(b"EPYC 9754".to_vec()),
			cores: 128,
			memory_gb: 768,
			gpu_model: BoundedVec::default(),
			gpus: if matches!(kind, ResourceKind::GpuHour | ResourceKind::FpgaHour) {
				8
			} else {
				0
			},
			region: cyberplaza_primitives::Region::Europe,
		},
		unit_price: price,
		capacity,
		window_start: now(),
		window_end: now() + 30 * DAY,
		sla: Sla { min_uptime: Permill::from_parts(995_000), max_start_delay: HOUR },
		preemptible: false,
		tags: BoundedVec::truncate_from(vec![tag("x86_64")]),
		reference: None,
	}
}

/// Creates an offer and returns its id.
pub fn offer(provider: AccountId, kind: ResourceKind, price: Balance, capacity: u32) -> OfferId {
	let id = NextOfferId::<Test>::get();
	Market::create_offer(RuntimeOrigin::signed(provider), terms(kind, price, capacity)).unwrap();
	id
}

/// Places a plain order and returns its id.
pub fn order(buyer: AccountId, offer: OfferId, quantity: u32) -> OrderId {
	let id = NextOrderId::<Test>::get();
	Market::place_order(RuntimeOrigin::signed(buyer), offer, quantity, 4 * HOUR, None, None, None)
		.unwrap();
	id
}

pub fn attest(provider: AccountId, order: OrderId, statement: Statement) -> DispatchResult {
	Market::attest(RuntimeOrigin::signed(provider), order, statement, None)
}

pub fn finished(exit: Exit, core_seconds: u64) -> Statement {
	Statement::Finished {
		exit,
		usage: Usage { core_seconds, accelerator_seconds: 0 },
		downtime: 0,
		result: H256::repeat_byte(7),
	}
}

/// Signs a statement with the provider's attestation key, as its off-chain worker would.
pub fn sign(provider: AccountId, order: OrderId, statement: &Statement) -> sr25519::Signature {
	let genesis = System::block_hash(0);
	let reference = Orders::<Test>::get(order).map(|o| o.reference).unwrap_or_default();
	pair(provider).sign(&attestation_payload(&genesis, order, &reference, statement))
}

pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Market(e) => Some(e),
			_ => None,
		})
		.collect()
}
