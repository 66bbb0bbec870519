//! Offers, orders, jobs, vouchers and the statements SPs attest.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use cyberplaza_primitives::{Moment, Region};
use polkadot_sdk::{
	frame_support::{pallet_prelude::ConstU32, BoundedVec},
	sp_core::H256,
	sp_runtime::Permill,
};
use scale_info::TypeInfo;

pub type OfferId = u32;
pub type OrderId = u64;
pub type JobId = u64;
pub type VoucherId = u32;

/// Seconds in the hour time-metered units are priced by.
pub const SECONDS_PER_UNIT: u64 = 3_600;

/// What an offer sells; its unit is in the name.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ResourceKind {
	CpuCoreHour,
	GpuHour,
	FpgaHour,
	StorageTbMonth,
	BandwidthTb,
	SoftwareLicence,
	DataSet,
	Service,
}

impl ResourceKind {
	pub const ALL: [ResourceKind; 8] = [
		ResourceKind::CpuCoreHour,
		ResourceKind::GpuHour,
		ResourceKind::FpgaHour,
		ResourceKind::StorageTbMonth,
		ResourceKind::BandwidthTb,
		ResourceKind::SoftwareLicence,
		ResourceKind::DataSet,
		ResourceKind::Service,
	];

	/// Hardware that software listings run on.
	pub fn is_hardware(self) -> bool {
		matches!(self, Self::CpuCoreHour | Self::GpuHour | Self::FpgaHour)
	}

	/// Units of `spec` that run at once: the most unit-seconds an order of this kind can use
	/// per second. Cores for CPU, accelerators for GPU and FPGA, zero for unmetered kinds.
	pub fn parallelism(self, spec: &HardwareSpec) -> u32 {
		match self {
			Self::CpuCoreHour => spec.cores,
			Self::GpuHour | Self::FpgaHour => spec.gpus,
			_ => 0,
		}
	}

	/// The attested usage this kind is billed by, in unit-seconds, or `None` for kinds billed
	/// by the ordered quantity (storage, bandwidth, licences, data sets, services).
	pub fn metered_seconds(self, usage: &Usage) -> Option<u64> {
		match self {
			Self::CpuCoreHour => Some(usage.core_seconds),
			Self::GpuHour | Self::FpgaHour => Some(usage.accelerator_seconds),
			_ => None,
		}
	}
}

/// A short model name, e.g. `EPYC 9654` or `H100 SXM`.
pub type ModelName = BoundedVec<u8, ConstU32<32>>;

/// A software compatibility tag, e.g. `cuda12` or `x86_64`, zero-padded. A hardware offer's
/// tags are what it provides; a software offer's are what it needs.
pub type Tag = [u8; 16];

/// The machine behind an offer. `gpus` counts the accelerators of GPU and FPGA offers.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct HardwareSpec {
	pub cpu_model: ModelName,
	pub cores: u32,
	pub memory_gb: u32,
	pub gpu_model: ModelName,
	pub gpus: u32,
	pub region: Region,
}

/// What the SP promises for each order.
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
pub struct Sla {
	/// Uptime over a job's run below this refunds the share lost.
	pub min_uptime: Permill,
	/// Seconds from placement (or from the predecessor's completion) to the start attestation.
	pub max_start_delay: Moment,
}

/// An offer as the SP writes it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct OfferTerms<Balance, Tags> {
	pub kind: ResourceKind,
	pub spec: HardwareSpec,
	/// USDC per unit.
	pub unit_price: Balance,
	/// Units for sale in the window.
	pub capacity: u32,
	/// Orders are taken from `window_start` until `window_end` (Unix seconds).
	pub window_start: Moment,
	pub window_end: Moment,
	pub sla: Sla,
	/// Sold cheaper, may be interrupted.
	pub preemptible: bool,
	pub tags: Tags,
	/// A comparable cloud instance, for quotes to show the cloud price beside this one.
	pub reference: Option<CloudReference>,
}

/// A cloud instance an offer compares with: one instance-hour of `sku` is worth `units` of the
/// offer (e.g. an 8-GPU instance, 8 GPU-hours).
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct CloudReference {
	pub sku: cyberplaza_primitives::CloudSku,
	pub units: u32,
}

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
pub enum OfferStatus {
	/// Takes orders.
	Active,
	/// Takes none until resumed; open orders run on.
	Paused,
	/// Takes none ever again; removed once no order or voucher holds its capacity.
	Closed,
}

#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Offer<AccountId, Balance, Tags> {
	pub provider: AccountId,
	pub terms: OfferTerms<Balance, Tags>,
	/// Units held by open orders, unredeemed resource vouchers and pledges to group buys.
	pub reserved: u32,
	/// Units consumed by finished orders.
	pub sold: u32,
	pub status: OfferStatus,
	/// USDC held from the SP for this record, released when it goes.
	pub deposit: Balance,
}

impl<AccountId, Balance, Tags> Offer<AccountId, Balance, Tags> {
	pub fn available(&self) -> u32 {
		self.terms.capacity.saturating_sub(self.reserved).saturating_sub(self.sold)
	}
}

/// Attested usage so far (a checkpoint) or in total (on finishing).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Usage {
	pub core_seconds: u64,
	/// GPU- or FPGA-seconds.
	pub accelerator_seconds: u64,
}

impl Usage {
	/// Neither figure falls and at least one rises.
	pub fn advances(&self, before: &Usage) -> bool {
		self.core_seconds >= before.core_seconds
			&& self.accelerator_seconds >= before.accelerator_seconds
			&& self != before
	}
}

/// How a job ended, as the SP's scheduler reports it.
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
pub enum Exit {
	Success,
	/// A non-zero exit status.
	Failed(i32),
	/// Interrupted by the SP (preemptible offers may be).
	Preempted,
}

/// What an SP attests about an order.
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
pub enum Statement {
	Started,
	Checkpoint(Usage),
	Finished {
		exit: Exit,
		usage: Usage,
		/// Seconds the job was down during its run (uptime SLA).
		downtime: u64,
		/// Hash of the job's results.
		result: H256,
	},
}

/// What names an order across forks: a hash of its id, buyer, offer, placement time and
/// quantity. On a reorg two orders can swap ids; attestations and gateway jobs name the
/// reference too, so neither can be taken for the other order.
pub fn order_reference<AccountId: Encode>(
	order: OrderId,
	buyer: &AccountId,
	offer: OfferId,
	placed_at: Moment,
	quantity: u32,
) -> H256 {
	H256(polkadot_sdk::sp_io::hashing::blake2_256(
		&(b"cyberplaza/order", order, buyer, offer, placed_at, quantity).encode(),
	))
}

/// The bytes an attestation key signs: a domain tag, the chain's genesis hash, the order and its
/// [`order_reference`], and the statement. An order is never reused and every statement moves
/// the order on, so a signature cannot be replayed, nor be taken for another order after a
/// reorg.
pub fn attestation_payload<Hash: Encode>(
	genesis: &Hash,
	order: OrderId,
	reference: &H256,
	statement: &Statement,
) -> alloc::vec::Vec<u8> {
	(b"cyberplaza/attest", genesis, order, reference, statement).encode()
}

/// `InvalidTransaction::Custom` code of a feeless attestation whose usage the offer's cores or
/// accelerators could not have delivered.
pub const IMPLAUSIBLE_USAGE: u8 = 1;

/// Why an order ended the way it did.
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
pub enum Outcome {
	/// Ran to a successful end.
	Completed,
	/// Failed after the grace period: billed pro rata to attested usage.
	Failed,
	/// Interrupted by the SP: billed pro rata.
	Preempted,
	/// Failed within the grace period of its start: refunded in full.
	FailedEarly,
	/// Started after the SLA start delay: refunded in full, an SLA breach.
	LateStart,
	/// Never started before its start deadline: refunded in full, an SLA breach.
	NotStarted,
	/// Started but never finished by its deadline: billed up to the last checkpoint, an SLA
	/// breach.
	Abandoned,
	/// Cancelled by the buyer before it started.
	Cancelled,
	/// Its predecessor did not complete, or had not by the time an SLA-keeping predecessor
	/// would have: refunded in full, no breach.
	DependencyFailed,
	/// Refused by the SP before it started: refunded in full.
	Rejected,
}

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
pub enum OrderStatus<Balance> {
	/// Escrow held, capacity reserved, waiting for the start attestation.
	Placed,
	Started {
		at: Moment,
		usage: Usage,
		/// When the last checkpoint (or the start) was attested: checkpoints are at least
		/// `CheckpointInterval` apart.
		checkpointed_at: Moment,
	},
	/// Finished; `cost` stays in escrow until the dispute window closes or the buyer confirms.
	Finished {
		at: Moment,
		outcome: Outcome,
		cost: Balance,
		dispute_until: Moment,
	},
	Disputed {
		finished_at: Moment,
		outcome: Outcome,
		cost: Balance,
		evidence: H256,
	},
	/// Paid out or refunded; kept only while later orders wait on it.
	Closed {
		completed_at: Option<Moment>,
	},
}

#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Order<AccountId, Balance> {
	pub buyer: AccountId,
	pub provider: AccountId,
	pub offer: OfferId,
	pub job: Option<JobId>,
	pub kind: ResourceKind,
	pub quantity: u32,
	/// USDC per unit, fixed at placement (zero for units a resource voucher covers).
	pub unit_price: Balance,
	/// Platform fee, fixed at placement by the SP's tier.
	pub fee: Permill,
	pub sla: Sla,
	pub preemptible: bool,
	/// Cores (CPU offers) or accelerators (GPU and FPGA offers) the offer has: the most
	/// unit-seconds it can deliver per second of wall time; zero for unmetered kinds.
	pub parallelism: u32,
	pub placed_at: Moment,
	/// Seconds the buyer expects the job to run.
	pub expected_duration: Moment,
	/// This order starts only after that one completes.
	pub after: Option<OrderId>,
	/// Later orders waiting on this one.
	pub dependents: u32,
	/// The latest it may start: past this, an order still waiting on its predecessor can be
	/// ended by anyone (refunded, no breach). Its start deadline for an order without a
	/// predecessor; for a dependent, the predecessor's latest start plus its expected
	/// duration, the finish grace and this order's start delay.
	pub wait_until: Moment,
	/// Counts towards the SP's concurrency limit: from placement, or for an order placed
	/// while waiting on its predecessor, from its start.
	pub holds_slot: bool,
	/// USDC in escrow for this order now.
	pub escrow: Balance,
	/// The part of the escrow a value voucher paid, and who gets back what is left of it.
	pub voucher_credit: Balance,
	pub voucher_issuer: Option<AccountId>,
	/// The buyer rated it: its review reward is paid when it settles.
	pub rated: bool,
	/// Its [`order_reference`], which attestations sign.
	pub reference: H256,
	/// USDC held from the buyer for this record and its workload, released when it goes.
	pub deposit: Balance,
	pub status: OrderStatus<Balance>,
}

/// Orders placed together; their ids are `first .. first + count`.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Job<AccountId> {
	pub buyer: AccountId,
	pub first: OrderId,
	pub count: u32,
	/// Orders not yet closed.
	pub open: u32,
}

/// A job and each of its orders with its state (`None`: the order is closed).
pub type JobStatus<AccountId, Balance> =
	(Job<AccountId>, Vec<(OrderId, Option<OrderStatus<Balance>>)>);

/// Where an order in a batch waits: on an existing order or on an earlier one in the batch.
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
pub enum Predecessor {
	Order(OrderId),
	InBatch(u32),
}

#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct OrderRequest {
	pub offer: OfferId,
	pub quantity: u32,
	pub expected_duration: Moment,
	pub after: Option<Predecessor>,
	pub voucher: Option<VoucherId>,
	/// What to run, for an SP whose node hands orders to its scheduler.
	pub workload: Option<Workload>,
}

/// Longest command line or container reference an order carries.
pub const MAX_WORKLOAD_LEN: u32 = 1_024;
pub type WorkloadText = BoundedVec<u8, ConstU32<MAX_WORKLOAD_LEN>>;

/// What an order runs on the SP's scheduler: its resource request and its program.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Workload {
	/// CPU cores the job needs (at least one).
	pub cpus: u32,
	pub gpus: u32,
	pub program: Program,
}

#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum Program {
	/// A shell command line (UTF-8).
	Command(WorkloadText),
	/// A container image reference, e.g. `registry/app@sha256:…` (UTF-8).
	Container(WorkloadText),
}

impl Workload {
	/// At least one core and a non-empty UTF-8 program.
	pub fn is_valid(&self) -> bool {
		let text = self.program.text();
		self.cpus > 0 && !text.is_empty() && core::str::from_utf8(text).is_ok()
	}
}

impl Program {
	pub fn text(&self) -> &[u8] {
		match self {
			Program::Command(t) | Program::Container(t) => t,
		}
	}
}

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
pub enum VoucherValue<Balance> {
	/// USDC credit towards an order's escrow.
	Credit(Balance),
	/// Units of one offer, reserved when issued.
	Units { offer: OfferId, units: u32 },
}

#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Voucher<AccountId, Balance> {
	/// Funds a credit and gets back what an order leaves of it.
	pub issuer: AccountId,
	/// Credits from an SP are good only for that SP's offers.
	pub provider: Option<AccountId>,
	pub holder: AccountId,
	pub value: VoucherValue<Balance>,
	pub expires_at: Moment,
	/// USDC held from an SP issuer for this record (none from the platform), released when
	/// it goes.
	pub deposit: Balance,
	/// Units issued out of their offer's pledge (a group buy's): using or releasing them
	/// gives the pledge back.
	pub pledged: bool,
}

/// Capacity of an offer pledged to the platform's unit vouchers (group buys), which the SP
/// cannot take back: `unissued` units are set aside for vouchers still to be issued, `issued`
/// are in vouchers not yet used, and every voucher expires by `until`.
#[derive(Encode, Decode, Clone, Copy, Default, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Pledge {
	pub unissued: u32,
	pub issued: u32,
	pub until: Moment,
}

impl Pledge {
	pub fn is_empty(&self) -> bool {
		self.unissued == 0 && self.issued == 0
	}
}

/// An SP's orders: `active` are placed or started and hold a slot (the concurrency limit
/// counts them; orders waiting on a predecessor hold none), `unsettled` counts every order not
/// yet settled, finished ones in their dispute window included.
#[derive(Encode, Decode, Clone, Copy, Default, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct ProviderLoad {
	pub active: u32,
	pub unsettled: u32,
}

/// USDC value of capacity an SP below CSP listed in the current period.
#[derive(Encode, Decode, Clone, Copy, Default, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Listed<Balance> {
	pub period_start: Moment,
	pub value: Balance,
}

/// Price sort and filters for browsing offers.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, Copy, Default, PartialEq, Eq, Debug, TypeInfo,
)]
pub struct OfferFilter<Balance> {
	pub kind: Option<ResourceKind>,
	pub region: Option<Region>,
	pub max_price: Option<Balance>,
	pub tier: Option<cyberplaza_primitives::Tier>,
}

#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo)]
pub enum SortBy {
	/// Cheapest first.
	Price,
	/// Best-ranked SP first.
	Score,
}

/// What an order would cost, before it is placed.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct Quote<Balance> {
	/// Quantity × unit price.
	pub cost: Balance,
	/// Held on top of the cost and returned unless used.
	pub buffer: Balance,
	/// What placing the order holds: cost + buffer, less any voucher credit.
	pub escrow: Balance,
	/// The platform fee on the full cost.
	pub fee: Balance,
	/// What the SP receives for the full cost.
	pub provider_receives: Balance,
	/// CPT cashback the buyer would earn, valued in USDC.
	pub cashback: Balance,
	/// Volume counted towards the SP's incentives.
	pub incentive_volume: Balance,
	/// What the same would cost at the reference cloud instance's price (the oracle's, while
	/// fresh), in USDC.
	pub reference_cost: Option<Balance>,
	/// How much cheaper than the reference the cost is ("x% below"), if it is cheaper.
	pub below_reference: Option<Permill>,
}
