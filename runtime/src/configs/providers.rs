//! The service-provider registry: bonds, certification and reputation (SPEC section 3).

use super::governance::CertificationOrigin;
use super::parameters::dynamic_params;
use crate::{
	constants::{assets::USDC_ASSET_ID, time::DAY_SECS},
	AccountId, Assets, Balances, Runtime, RuntimeHoldReason, Timestamp,
};
use pallet_providers::HardwareFloor;
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{fungible::ItemOf, ConstU32, ConstU64},
	},
	sp_core::sr25519,
};

/// USDC as a single fungible.
pub type Usdc = ItemOf<Assets, ConstU32<USDC_ASSET_ID>, AccountId>;
/// USDC's holds (storage deposits), as one `fungible`.
pub type UsdcHolds = ItemOf<crate::AssetsHolder, ConstU32<USDC_ASSET_ID>, AccountId>;

parameter_types! {
	/// Entry-level CSP: 100 cores, 500 GB RAM, 10 TB NVMe or 50 TB HDD, 10 Gbps uplink.
	pub const EntryFloor: HardwareFloor = HardwareFloor {
		cpu_cores: 100,
		memory_gb: 500,
		nvme_gb: 10_000,
		hdd_gb: 50_000,
		uplink_mbps: 10_000,
	};
}

impl pallet_providers::Config for Runtime {
	type Currency = Balances;
	type Stable = Usdc;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Timestamp;
	type AttestationKey = sr25519::Public;
	type KeyProof = sr25519::Signature;
	type OrderId = u64;
	type OpenOrders = crate::Market;
	// Certification and uptime: 4/9 of the council, the threshold of its parameter changes.
	type CertifierOrigin = CertificationOrigin;
	type UptimeOrigin = CertificationOrigin;
	type Revenue = crate::Revenue;
	type ProviderBond = dynamic_params::providers::ProviderBond;
	type MinCertificationFee = dynamic_params::providers::MinCertificationFee;
	type MaxCertificationFee = dynamic_params::providers::MaxCertificationFee;
	type ProbationOrderLimit = dynamic_params::providers::ProbationOrderLimit;
	type MinUptime = dynamic_params::providers::MinUptime;
	type StrikeWindow = ConstU64<{ 90 * DAY_SECS }>;
	type BenchmarkTolerance = dynamic_params::providers::BenchmarkTolerance;
	type EntryFloor = EntryFloor;
	type MaxCertificates = ConstU32<16>;
	type MaxPromotionsPerBlock = ConstU32<8>;
	type MaxRankingPage = ConstU32<100>;
	type WeightInfo = pallet_providers::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TimestampSetter;
}

/// Benchmarks move `pallet-timestamp`'s time directly: setting it through the pallet would also
/// check Aura's slot, which benchmarks do not advance.
#[cfg(feature = "runtime-benchmarks")]
pub struct TimestampSetter;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_providers::benchmarking::BenchmarkHelper<Runtime> for TimestampSetter {
	fn set_time(seconds: u64) {
		polkadot_sdk::pallet_timestamp::Now::<Runtime>::put(seconds.saturating_mul(1_000));
	}
	fn attestation_key(who: &crate::AccountId) -> (sr25519::Public, sr25519::Signature) {
		let key = polkadot_sdk::sp_io::crypto::sr25519_generate(BENCHMARK_KEY_TYPE, None);
		(key, benchmark_key_proof(&key, who))
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_sale_limits::benchmarking::BenchmarkHelper for TimestampSetter {
	fn set_time(seconds: u64) {
		polkadot_sdk::pallet_timestamp::Now::<Runtime>::put(seconds.saturating_mul(1_000));
	}
}

/// The key type of attestation keys benchmarks generate in their keystore.
#[cfg(feature = "runtime-benchmarks")]
pub const BENCHMARK_KEY_TYPE: polkadot_sdk::sp_core::crypto::KeyTypeId =
	polkadot_sdk::sp_core::crypto::KeyTypeId(*b"cpat");

/// `key`'s proof that `who` holds it, signed in the benchmark keystore.
#[cfg(feature = "runtime-benchmarks")]
pub fn benchmark_key_proof(key: &sr25519::Public, who: &crate::AccountId) -> sr25519::Signature {
	let genesis = crate::System::block_hash(0);
	let payload = pallet_providers::key_ownership_payload(&genesis, who);
	polkadot_sdk::sp_io::crypto::sr25519_sign(BENCHMARK_KEY_TYPE, key, &payload)
		.expect("the key is in the keystore")
}
