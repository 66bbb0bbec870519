//! A test runtime: CPT and USDC are two `pallet-balances` instances, time is `pallet-timestamp`.

use crate::{self as pallet_providers, *};
use polkadot_sdk::{
	frame_support::{
		derive_impl, parameter_types,
		traits::{fungible::Mutate as _, ConstU32, ConstU64},
		BoundedVec,
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, pallet_timestamp,
	sp_core::{sr25519, Pair},
	sp_io,
	sp_runtime::{BuildStorage, Percent, Permill},
};

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = u64;
pub type Balance = u128;

polkadot_sdk::frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Usdc: pallet_balances::<Instance2>,
		Registry: pallet_providers,
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
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config<pallet_balances::Instance2> for Test {
	type Balance = Balance;
	type AccountStore = StoredUsdc;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// USDC balances live in their own map (the system account data holds CPT).
pub type StoredUsdc = polkadot_sdk::frame_support::traits::StorageMapShim<
	pallet_balances::Account<Test, pallet_balances::Instance2>,
	AccountId,
	pallet_balances::AccountData<Balance>,
>;

pub const CPT: Balance = 1_000_000_000_000;
pub const USDC: Balance = 1_000_000;
pub const BOND: Balance = 1_000 * CPT;
pub const DAY: Moment = 86_400;
pub const PROBATION: Moment = 30 * DAY;
pub const REVENUE: AccountId = 999;
/// Genesis time: 2026-01-01.
pub const START: Moment = 1_767_225_600;

parameter_types! {
	pub const Revenue: AccountId = REVENUE;
	pub const ProviderBond: Balance = BOND;
	pub const MinFee: Balance = 5_000 * USDC;
	pub const MaxFee: Balance = 50_000 * USDC;
	pub const MinUptime: Permill = Permill::from_parts(995_000);
	pub const Tolerance: Percent = Percent::from_percent(10);
	pub const Floor: HardwareFloor = HardwareFloor {
		cpu_cores: 100, memory_gb: 500, nvme_gb: 10_000, hdd_gb: 50_000, uplink_mbps: 10_000,
	};
	/// Open orders per SP, as the market would report them.
	pub static OpenOrderCount: alloc::collections::BTreeMap<AccountId, u32> = Default::default();
}

pub struct MockOrders;
impl OpenOrders<AccountId> for MockOrders {
	fn open_orders(provider: &AccountId) -> u32 {
		OpenOrderCount::get().get(provider).copied().unwrap_or(0)
	}
}

impl Config for Test {
	type Currency = Balances;
	type Stable = Usdc;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Timestamp;
	type AttestationKey = sr25519::Public;
	type KeyProof = sr25519::Signature;
	type OrderId = u64;
	type OpenOrders = MockOrders;
	type CertifierOrigin = EnsureRoot<AccountId>;
	type UptimeOrigin = EnsureRoot<AccountId>;
	type Revenue = cyberplaza_primitives::ToAccount<Usdc, Revenue>;
	type ProviderBond = ProviderBond;
	type MinCertificationFee = MinFee;
	type MaxCertificationFee = MaxFee;
	type ProbationOrderLimit = ConstU32<10>;
	type MinUptime = MinUptime;
	type StrikeWindow = ConstU64<{ 90 * DAY }>;
	type BenchmarkTolerance = Tolerance;
	type EntryFloor = Floor;
	type MaxCertificates = ConstU32<8>;
	type MaxPromotionsPerBlock = ConstU32<4>;
	type MaxRankingPage = ConstU32<50>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockTime;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockTime;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for MockTime {
	fn set_time(seconds: Moment) {
		set_time(seconds)
	}
	fn attestation_key(who: &AccountId) -> (sr25519::Public, sr25519::Signature) {
		let seed = 1_000 + AttestationKeys::<Test>::iter().count() as u64;
		(key(seed), proof(seed, *who))
	}
}

/// Accounts 1..=20 hold 1M CPT and 1M USDC.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=20).map(|a| (a, 1_000_000 * CPT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_balances::GenesisConfig::<Test, pallet_balances::Instance2> {
		balances: (1..=20).map(|a| (a, 1_000_000 * USDC)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	crate::GenesisConfig::<Test> { probation: PROBATION, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_time(START);
		OpenOrderCount::take();
		// Revenue receives fees below USDC's existential deposit too.
		Usdc::set_balance(&REVENUE, 1);
	});
	ext
}

/// Runs a test and then checks the pallet's invariants.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		Registry::do_try_state().expect("invariants hold");
	});
}

pub fn set_time(seconds: Moment) {
	Timestamp::set_timestamp(seconds * 1_000);
}

pub fn now() -> Moment {
	Pallet::<Test>::now()
}

/// Moves time forward and runs the idle hook as the blocks in between would have: until it
/// has caught up with the present or has nothing left to promote.
pub fn advance(seconds: Moment) {
	set_time(now() + seconds);
	System::set_block_number(System::block_number() + 1);
	let current = now() / PROMOTION_BUCKET;
	loop {
		Registry::promote_due(Weight::MAX);
		if PendingPromotions::<Test>::get() == 0 || PromotionCursor::<Test>::get() >= current {
			break;
		}
	}
}

/// The attestation key pair numbered `n`.
pub fn pair(n: u64) -> sr25519::Pair {
	let mut seed = [0u8; 32];
	seed[..8].copy_from_slice(&n.to_le_bytes());
	sr25519::Pair::from_seed(&seed)
}

pub fn key(n: u64) -> sr25519::Public {
	pair(n).public()
}

/// Key `n`'s proof that `who` holds it.
pub fn proof(n: u64, who: AccountId) -> sr25519::Signature {
	pair(n).sign(&key_ownership_payload(&System::block_hash(0), &who))
}

pub fn metadata() -> MetadataOf<Test> {
	Metadata {
		company_documents: H256::repeat_byte(1),
		infrastructure: H256::repeat_byte(2),
		certificates: BoundedVec::truncate_from(vec![Certificate {
			kind: CertificateKind::Iso27001,
			document: H256::repeat_byte(3),
			expires_at: START + 365 * DAY,
		}]),
	}
}

/// Figures of a machine comfortably above the entry floor.
pub fn figures() -> Figures {
	Figures {
		hpl_gflops: 5_000,
		hpcg_gflops: 120,
		stream_mb_s: 200_000,
		mlperf_milli: 1_500,
		latency_us: 50,
		cpu_cores: 128,
		memory_gb: 1_024,
		nvme_gb: 20_000,
		hdd_gb: 0,
		uplink_mbps: 25_000,
		gpus: 8,
		fpgas: 0,
	}
}

pub fn register(who: AccountId, region: Region) {
	Registry::register(
		RuntimeOrigin::signed(who),
		who + 100,
		key(who),
		proof(who, who),
		region,
		metadata(),
	)
	.unwrap();
}

/// Registers `who` and takes it through application, fee and a passing benchmark.
pub fn put_on_probation(who: AccountId) {
	register(who, Region::Europe);
	Registry::apply_for_certification(RuntimeOrigin::signed(who), figures()).unwrap();
	Registry::quote_certification_fee(RuntimeOrigin::root(), who, 10_000 * USDC).unwrap();
	Registry::pay_certification_fee(RuntimeOrigin::signed(who)).unwrap();
	Registry::record_benchmark(RuntimeOrigin::root(), who, figures()).unwrap();
}

pub fn certify(who: AccountId) {
	put_on_probation(who);
	advance(PROBATION);
	Registry::refresh(RuntimeOrigin::signed(1), who).unwrap();
}

pub fn stored(who: AccountId) -> ProviderOf<Test> {
	crate::Providers::<Test>::get(who).expect("registered")
}

pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Registry(e) => Some(e),
			_ => None,
		})
		.collect()
}
