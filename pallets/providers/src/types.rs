//! Records kept for each service provider, and the figures certification compares.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use cyberplaza_primitives::{Moment, Region, Tier};
use polkadot_sdk::{
	frame_support::{
		pallet_prelude::ConstU32, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound,
		PartialEqNoBound,
	},
	sp_core::{Get, H256},
	sp_runtime::Percent,
};
use scale_info::TypeInfo;

/// Kinds of compliance certificate an SP can show.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum CertificateKind {
	Soc2Type1,
	Soc2Type2,
	Iso27001,
	Iso27017,
	Iso27018,
	PciDss,
	Hipaa,
	Other,
}

/// A compliance certificate: its kind, the hash of the document, and when it expires.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Certificate {
	pub kind: CertificateKind,
	pub document: H256,
	pub expires_at: Moment,
}

/// Hashes of the documents behind a registration (the documents live off-chain).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxCertificates))]
pub struct Metadata<MaxCertificates: Get<u32>> {
	/// Company verification documents.
	pub company_documents: H256,
	/// Infrastructure specification.
	pub infrastructure: H256,
	pub certificates: BoundedVec<Certificate, MaxCertificates>,
}

/// Hardware and benchmark figures: what an SP claims and what a certifier measures.
///
/// Integer units so that figures compare exactly. Network latency is the only figure where
/// less is better.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	PartialEq,
	Eq,
	Default,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Figures {
	/// HPL (LINPACK), GFLOPS.
	pub hpl_gflops: u64,
	/// HPCG, GFLOPS.
	pub hpcg_gflops: u64,
	/// STREAM triad bandwidth, MB/s.
	pub stream_mb_s: u64,
	/// MLPerf score, thousandths.
	pub mlperf_milli: u64,
	/// Network latency, microseconds.
	pub latency_us: u32,
	pub cpu_cores: u32,
	pub memory_gb: u32,
	pub nvme_gb: u64,
	pub hdd_gb: u64,
	pub uplink_mbps: u32,
	pub gpus: u32,
	pub fpgas: u32,
}

/// One bit per figure in a [`Shortfalls`] mask, in [`Figures`] field order.
pub mod figure {
	pub const HPL: u16 = 1 << 0;
	pub const HPCG: u16 = 1 << 1;
	pub const STREAM: u16 = 1 << 2;
	pub const MLPERF: u16 = 1 << 3;
	pub const LATENCY: u16 = 1 << 4;
	pub const CPU_CORES: u16 = 1 << 5;
	pub const MEMORY: u16 = 1 << 6;
	pub const NVME: u16 = 1 << 7;
	pub const HDD: u16 = 1 << 8;
	pub const UPLINK: u16 = 1 << 9;
	pub const GPUS: u16 = 1 << 10;
	pub const FPGAS: u16 = 1 << 11;
	/// Below the entry-level hardware floor.
	pub const FLOOR: u16 = 1 << 15;
}

/// Bit mask of the figures that fell short of a claim (see [`figure`]).
pub type Shortfalls = u16;

impl Figures {
	/// The figures that are worse than `claim` by more than `tolerance` of the claimed value.
	pub fn shortfalls(&self, claim: &Figures, tolerance: Percent) -> Shortfalls {
		// Short when measured < claim − tolerance × claim. The allowance rounds down, against
		// the SP: 7 GPUs of 8 claimed is 12.5% short.
		let short = |measured: u64, claimed: u64| -> bool {
			measured < claimed.saturating_sub(tolerance.mul_floor(claimed))
		};
		let mut mask = 0;
		let mut check = |bit: u16, is_short: bool| {
			if is_short {
				mask |= bit
			}
		};
		check(figure::HPL, short(self.hpl_gflops, claim.hpl_gflops));
		check(figure::HPCG, short(self.hpcg_gflops, claim.hpcg_gflops));
		check(figure::STREAM, short(self.stream_mb_s, claim.stream_mb_s));
		check(figure::MLPERF, short(self.mlperf_milli, claim.mlperf_milli));
		// Latency is short when it exceeds the claim by more than the tolerance (rounded down).
		let latency_limit = u64::from(claim.latency_us)
			.saturating_add(tolerance.mul_floor(u64::from(claim.latency_us)));
		check(figure::LATENCY, u64::from(self.latency_us) > latency_limit);
		check(figure::CPU_CORES, short(self.cpu_cores.into(), claim.cpu_cores.into()));
		check(figure::MEMORY, short(self.memory_gb.into(), claim.memory_gb.into()));
		check(figure::NVME, short(self.nvme_gb, claim.nvme_gb));
		check(figure::HDD, short(self.hdd_gb, claim.hdd_gb));
		check(figure::UPLINK, short(self.uplink_mbps.into(), claim.uplink_mbps.into()));
		check(figure::GPUS, short(self.gpus.into(), claim.gpus.into()));
		check(figure::FPGAS, short(self.fpgas.into(), claim.fpgas.into()));
		mask
	}

	/// Whether these figures meet the entry-level hardware floor of a certified SP.
	pub fn meets(&self, floor: &HardwareFloor) -> bool {
		self.cpu_cores >= floor.cpu_cores
			&& self.memory_gb >= floor.memory_gb
			&& (self.nvme_gb >= floor.nvme_gb || self.hdd_gb >= floor.hdd_gb)
			&& self.uplink_mbps >= floor.uplink_mbps
	}
}

/// The entry-level hardware a certified SP must have: cores, memory, NVMe *or* HDD, uplink.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct HardwareFloor {
	pub cpu_cores: u32,
	pub memory_gb: u32,
	pub nvme_gb: u64,
	pub hdd_gb: u64,
	pub uplink_mbps: u32,
}

/// Where an SP is on the path to certification.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub enum Certification<StableBalance> {
	/// Not applying: an ordinary SP.
	None,
	/// Applied with a claim; waits for the certifier to set the fee.
	Applied { at: Moment },
	/// The certifier set the fee; waits for the SP to pay it.
	Quoted { fee: StableBalance },
	/// Fee paid; waits for benchmark results.
	Paid { fee: StableBalance },
	/// Passed; at most `ProbationOrderLimit` concurrent orders until `until`.
	Probation { since: Moment, until: Moment },
	/// A certified SP since `since`.
	Certified { since: Moment },
}

impl<B> Certification<B> {
	/// The tier this state ranks in.
	pub fn tier(&self) -> Tier {
		match self {
			Certification::Probation { .. } => Tier::Probation,
			Certification::Certified { .. } => Tier::Certified,
			_ => Tier::Ordinary,
		}
	}
}

/// A benchmark result with the time it was recorded.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct BenchmarkRecord {
	pub at: Moment,
	pub figures: Figures,
	pub shortfalls: Shortfalls,
}

/// Set when a re-benchmark fell short of the claim; cleared by one that does not.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Flag {
	pub at: Moment,
	pub shortfalls: Shortfalls,
}

/// A suspension by the certifier, with the hash of its reasons.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Suspension {
	pub since: Moment,
	pub reason: H256,
}

/// Counters the reputation score is computed from.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Default, Debug, TypeInfo, MaxEncodedLen)]
pub struct Reputation {
	pub ratings: u32,
	/// Sum of the ratings' weights (the orders' values, in units of the least rated cost).
	pub rating_weight: u64,
	/// Sum of each rating (1–5) times its weight.
	pub rating_sum: u64,
	pub starts: u32,
	pub on_time_starts: u32,
	pub completions: u32,
	pub sla_breaches: u32,
	pub disputes_lost: u32,
}

/// Uptime strikes within the strike window; two demote a certified SP.
pub type Strikes = BoundedVec<Moment, ConstU32<2>>;

/// Everything recorded about one SP.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Provider<AccountId, Balance, StableBalance, Key, Metadata> {
	/// CPT held as the registration bond.
	pub bond: Balance,
	/// Where settlements are paid.
	pub payout: AccountId,
	/// The key job attestations are signed with.
	pub attestation_key: Key,
	pub region: Region,
	pub metadata: Metadata,
	pub registered_at: Moment,
	pub certification: Certification<StableBalance>,
	/// Figures the SP claimed when it applied; re-benchmarks are compared with them.
	pub claim: Option<Figures>,
	pub last_benchmark: Option<BenchmarkRecord>,
	pub flag: Option<Flag>,
	pub strikes: Strikes,
	/// The last monthly uptime period reported (reports must move forward).
	pub last_uptime_period: Option<u32>,
	pub suspension: Option<Suspension>,
	pub reputation: Reputation,
	/// Reputation score in basis points (see `score`).
	pub score: u32,
}

/// One line of the ranking.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct Ranked<AccountId> {
	pub provider: AccountId,
	pub score: u32,
	pub tier: Tier,
	pub region: Region,
}

/// A probation in progress, as the runtime API reports it.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct ProbationStatus {
	pub since: Moment,
	pub until: Moment,
	/// Seconds left.
	pub remaining: Moment,
	pub concurrent_order_limit: u32,
}
