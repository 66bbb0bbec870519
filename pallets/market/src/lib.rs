#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
pub mod billing;
mod deposits;
mod disputes;
#[cfg(test)]
mod mock;
pub mod offchain;
mod offers;
mod orders;
mod pledges;
mod queries;
pub mod runtime_api;
mod settlement;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
mod vouchers;
pub mod weights;

use alloc::vec::Vec;
pub use cyberplaza_primitives::{
	CloudSku, Insurance, MarketRewards, PriceFeed, PriceKey, RevenueSink, RevenueSource,
	SettledOrder, ToAccount, VoucherIssuer,
};
use cyberplaza_primitives::{
	Moment, OpenOrders, OrderEvent, ProviderRegistry, Region, ReputationRecorder, Tier,
};
pub(crate) use orders::StartBase;
use polkadot_sdk::{
	frame_support::{
		dispatch::DispatchResult,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			tokens::{DepositConsequence, Precision, Preservation, Provenance},
			Get, UnixTime,
		},
		PalletId,
	},
	frame_system::{self, pallet_prelude::BlockNumberFor},
	sp_core::H256,
	sp_runtime::{
		traits::{AccountIdConversion, IdentifyAccount, Saturating, Verify},
		FixedPointNumber, FixedU128, Permill,
	},
};

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;
	use polkadot_sdk::{
		frame_support::pallet_prelude::*,
		frame_system::{ensure_signed, pallet_prelude::*},
		sp_runtime::Percent,
	};

	pub type BalanceOf<T> =
		<<T as Config>::Stable as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	pub type TagsOf<T> = BoundedVec<Tag, <T as Config>::MaxTags>;
	pub type OfferTermsOf<T> = OfferTerms<BalanceOf<T>, TagsOf<T>>;
	pub type OfferOf<T> = Offer<<T as frame_system::Config>::AccountId, BalanceOf<T>, TagsOf<T>>;
	pub type OrderOf<T> = Order<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
	pub type VoucherOf<T> = Voucher<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		polkadot_sdk::frame_system::Config
		+ polkadot_sdk::frame_system::offchain::CreateAuthorizedTransaction<Call<Self>>
	{
		/// USDC: prices, escrow and fees.
		type Stable: Mutate<Self::AccountId>;
		/// USDC again, for the storage deposits it holds on users' accounts.
		type Deposits: MutateHold<
			Self::AccountId,
			Balance = BalanceOf<Self>,
			Reason = Self::RuntimeHoldReason,
		>;
		/// Why the runtime holds funds; this pallet's reasons are among them.
		type RuntimeHoldReason: From<HoldReason>;
		/// Unix time.
		type Time: UnixTime;
		/// The SP registry: tiers, activity, attestation keys, concurrency limits.
		type Registry: ProviderRegistry<Self::AccountId, AttestationKey = Self::AttestationKey>;
		/// Where starts, completions, breaches, lost disputes and ratings are recorded.
		type Reputation: ReputationRecorder<Self::AccountId, OrderId>;
		/// The key SPs sign attestations with: an sr25519 key, so that the off-chain worker can
		/// sign with the node's keystore.
		type AttestationKey: Parameter
			+ IdentifyAccount<AccountId = Self::AttestationKey>
			+ From<polkadot_sdk::sp_core::sr25519::Public>;
		/// A signature by an `AttestationKey`.
		type AttestationSignature: Parameter
			+ Verify<Signer = Self::AttestationKey>
			+ From<polkadot_sdk::sp_core::sr25519::Signature>;
		/// Receives platform fees.
		type Revenue: RevenueSink<Self::AccountId, BalanceOf<Self>>;
		/// Pays awards beyond the SP's held payout.
		type Insurance: Insurance<Self::AccountId, BalanceOf<Self>>;
		/// Cashback, review and referral rewards and SP incentives on settled orders, and the
		/// least cost a rating counts from.
		type Rewards: MarketRewards<Self::AccountId, BalanceOf<Self>>;
		/// Cloud instance prices (and USDC/USD) for quotes' reference prices.
		type Prices: PriceFeed;
		/// One USDC in `Stable`'s units.
		#[pallet::constant]
		type StableUnit: Get<BalanceOf<Self>>;
		/// Decides disputes over orders costing up to `ArbiterLimit`.
		type ArbiterOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Decides any dispute.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Issues platform vouchers, funded from `PlatformAccount`.
		type VoucherOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Funds platform credit vouchers and gets back what orders leave of them.
		type PlatformAccount: Get<Self::AccountId>;
		/// Derives the escrow account. It must hold USDC's minimum balance from genesis: payouts
		/// never take it below, so it never dies.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// Platform fee on orders from certified SPs.
		#[pallet::constant]
		type CertifiedFee: Get<Permill>;
		/// Platform fee on orders from other SPs.
		#[pallet::constant]
		type OrdinaryFee: Get<Permill>;
		/// Held on top of the estimated cost.
		#[pallet::constant]
		type EscrowBuffer: Get<Percent>;
		/// A job failing within this many seconds of its start is refunded in full.
		#[pallet::constant]
		type FailureGrace: Get<Moment>;
		/// Seconds after finishing in which the buyer may dispute.
		#[pallet::constant]
		type DisputeWindow: Get<Moment>;
		/// Seconds past its expected duration before a started order is overdue.
		#[pallet::constant]
		type FinishGrace: Get<Moment>;
		/// Awards above this need the governance origin.
		#[pallet::constant]
		type ArbiterLimit: Get<BalanceOf<Self>>;
		/// Most the insurance fund pays on one dispute.
		#[pallet::constant]
		type MaxInsuredClaim: Get<BalanceOf<Self>>;
		/// USDC value of capacity an SP below CSP may list per `ListingPeriod`.
		#[pallet::constant]
		type OrdinaryListingCap: Get<BalanceOf<Self>>;
		/// Seconds over which `OrdinaryListingCap` applies.
		#[pallet::constant]
		type ListingPeriod: Get<Moment>;
		/// Longest start delay an offer's SLA may promise, in seconds.
		#[pallet::constant]
		type MaxStartDelay: Get<Moment>;
		/// Longest an order may be expected to run, in seconds.
		#[pallet::constant]
		type MaxOrderDuration: Get<Moment>;
		/// Latest an offer's window may end, in seconds from now.
		#[pallet::constant]
		type MaxOfferWindow: Get<Moment>;
		/// Latest a voucher may expire, in seconds from its issue.
		#[pallet::constant]
		type MaxVoucherLife: Get<Moment>;
		/// Seconds of wall time allowed on top of an order's elapsed time when checking that
		/// attested usage fits the offer's cores or accelerators: the SP's scheduler starts a
		/// job before its start attestation lands.
		#[pallet::constant]
		type UsageSlack: Get<Moment>;
		/// Least chain time between two checkpoints of one order (and between the start and
		/// the first), in seconds.
		#[pallet::constant]
		type CheckpointInterval: Get<Moment>;
		/// Orders in one batch.
		#[pallet::constant]
		type MaxBatch: Get<u32>;
		/// Offers one SP may list at once.
		#[pallet::constant]
		type MaxOffersPerProvider: Get<u32>;
		/// Compatibility tags on one offer.
		#[pallet::constant]
		type MaxTags: Get<u32>;
		/// Longest page the browse API returns.
		#[pallet::constant]
		type MaxBrowsePage: Get<u32>;
		/// USDC held from an SP for each offer it lists.
		#[pallet::constant]
		type OfferDeposit: Get<BalanceOf<Self>>;
		/// USDC held from a buyer for each order it places, besides its workload's bytes.
		#[pallet::constant]
		type OrderDeposit: Get<BalanceOf<Self>>;
		/// USDC held from a buyer per byte of an order's workload.
		#[pallet::constant]
		type WorkloadByteDeposit: Get<BalanceOf<Self>>;
		/// USDC held from an SP for each voucher it issues.
		#[pallet::constant]
		type VoucherDeposit: Get<BalanceOf<Self>>;
		/// Measured weights of the calls.
		type WeightInfo: WeightInfo;
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// Every offer by id: its SP, terms, capacity held and sold, and status. A closed offer
	/// stays while orders or vouchers hold its capacity.
	#[pallet::storage]
	pub type Offers<T: Config> = StorageMap<_, Blake2_128Concat, OfferId, OfferOf<T>>;

	/// The id the next offer gets.
	#[pallet::storage]
	pub type NextOfferId<T: Config> = StorageValue<_, OfferId, ValueQuery>;

	/// Each SP's offers.
	#[pallet::storage]
	pub type ProviderOffers<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<OfferId, T::MaxOffersPerProvider>,
		ValueQuery,
	>;

	/// Active offers by `(kind, region, big-endian unit price, offer)`: each (kind, region)
	/// iterates cheapest first.
	#[pallet::storage]
	pub type OfferIndex<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Identity, ResourceKind>,
			NMapKey<Identity, Region>,
			NMapKey<Identity, [u8; 16]>,
			NMapKey<Identity, OfferId>,
		),
		(),
	>;

	/// Every order that is open, in its dispute window, or still waited on by a dependent.
	#[pallet::storage]
	pub type Orders<T: Config> = StorageMap<_, Blake2_128Concat, OrderId, OrderOf<T>>;

	/// The id the next order gets; ids are never reused.
	#[pallet::storage]
	pub type NextOrderId<T: Config> = StorageValue<_, OrderId, ValueQuery>;

	/// A buyer's orders that are not closed.
	#[pallet::storage]
	pub type BuyerOrders<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, OrderId, ()>;

	/// What open orders run, for SPs whose nodes hand orders to their scheduler; removed when
	/// the order finishes.
	#[pallet::storage]
	pub type Workloads<T: Config> = StorageMap<_, Twox64Concat, OrderId, Workload>;

	/// Batches of orders placed together, until their last order closes.
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, Job<T::AccountId>>;

	/// The id the next job gets.
	#[pallet::storage]
	pub type NextJobId<T: Config> = StorageValue<_, JobId, ValueQuery>;

	/// Each SP's open orders: those the concurrency limit counts, and those not yet settled
	/// (an SP with unsettled orders cannot deregister).
	#[pallet::storage]
	pub type Load<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ProviderLoad, ValueQuery>;

	/// Capacity value listed by SPs below CSP in their current period.
	#[pallet::storage]
	pub type ListedValue<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Listed<BalanceOf<T>>, ValueQuery>;

	/// Unredeemed vouchers: USDC credit or reserved units of an offer, until used, released or
	/// expired.
	#[pallet::storage]
	pub type Vouchers<T: Config> = StorageMap<_, Twox64Concat, VoucherId, VoucherOf<T>>;

	/// The id the next voucher gets.
	#[pallet::storage]
	pub type NextVoucherId<T: Config> = StorageValue<_, VoucherId, ValueQuery>;

	/// USDC in escrow for orders: the sum of their `escrow`.
	#[pallet::storage]
	pub type OrderEscrow<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// USDC backing unredeemed credit vouchers.
	#[pallet::storage]
	pub type VoucherBacking<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Capacity pledged to group buys' vouchers, by offer: while an offer has a pledge its SP
	/// cannot pause, close or leave it, nor end its window before the vouchers expire.
	#[pallet::storage]
	pub type Pledges<T: Config> = StorageMap<_, Twox64Concat, OfferId, Pledge>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An SP listed an offer.
		OfferCreated { offer: OfferId, provider: T::AccountId, kind: ResourceKind },
		/// An SP changed an offer's price, capacity or window.
		OfferUpdated { offer: OfferId, unit_price: BalanceOf<T>, capacity: u32, window_end: Moment },
		/// An offer stopped taking orders for now.
		OfferPaused { offer: OfferId },
		/// A paused offer takes orders again.
		OfferResumed { offer: OfferId },
		/// An offer will take no more orders.
		OfferClosed { offer: OfferId },
		/// A buyer placed an order and its escrow is held.
		OrderPlaced {
			order: OrderId,
			buyer: T::AccountId,
			offer: OfferId,
			quantity: u32,
			escrow: BalanceOf<T>,
		},
		/// A batch of orders was placed as one job.
		JobPlaced { job: JobId, buyer: T::AccountId, first: OrderId, count: u32 },
		/// The SP attested the start.
		OrderStarted { order: OrderId },
		/// The SP attested usage so far.
		UsageCheckpointed { order: OrderId, usage: Usage },
		/// An order ended: `cost` stays in escrow for the dispute window, `refunded` went back.
		OrderFinished {
			order: OrderId,
			outcome: Outcome,
			cost: BalanceOf<T>,
			refunded: BalanceOf<T>,
		},
		/// The SP was paid and the fee went to revenue.
		OrderSettled { order: OrderId, provider_paid: BalanceOf<T>, fee: BalanceOf<T> },
		/// The buyer disputed the cost.
		DisputeOpened { order: OrderId, evidence: H256 },
		/// A dispute was decided: `refund` to the buyer, from escrow and from insurance.
		DisputeDecided {
			order: OrderId,
			refund: BalanceOf<T>,
			from_escrow: BalanceOf<T>,
			from_insurance: BalanceOf<T>,
		},
		/// A voucher was issued to `holder`, funded or reserved by `issuer`.
		VoucherIssued { voucher: VoucherId, issuer: T::AccountId, holder: T::AccountId },
		/// A voucher paid towards an order.
		VoucherRedeemed { voucher: VoucherId, order: OrderId },
		/// An unused voucher expired or was given up; its credit or units went back.
		VoucherReleased { voucher: VoucherId },
		/// `units` of `offer` were pledged to a group buy's vouchers, which expire by `until`.
		UnitsPledged { offer: OfferId, units: u32, until: Moment },
		/// `units` of `offer`'s pledge that no voucher took went back to the SP.
		PledgeReturned { offer: OfferId, units: u32 },
		/// A payout too small for `to`'s account to exist went to revenue.
		SweptToRevenue { to: T::AccountId, amount: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not a registered, active SP.
		NotActiveProvider,
		/// A workload needs at least one core and a non-empty UTF-8 program.
		BadWorkload,
		/// No offer has this id.
		UnknownOffer,
		/// The caller does not own the offer.
		NotOfferOwner,
		/// Zero capacity, zero price, a window that has ended or is empty, or a metered kind
		/// (CPU, GPU, FPGA) without cores or accelerators to meter.
		BadTerms,
		/// The SLA's start delay is longer than `MaxStartDelay`.
		StartDelayTooLong,
		/// The window ends later than `MaxOfferWindow` from now.
		WindowTooLong,
		/// The expected duration is longer than `MaxOrderDuration`.
		DurationTooLong,
		/// The SP already lists the most offers it may.
		TooManyOffers,
		/// An SP below CSP would list more capacity value this period than it may.
		ListingCapExceeded,
		/// Capacity below what orders and vouchers hold.
		CapacityInUse,
		/// The offer is paused or closed.
		OfferNotActive,
		/// The offer is closed: it can no longer be changed.
		OfferClosed,
		/// The offer's window has not opened or has ended.
		OutsideWindow,
		/// The offer has fewer units available than asked for.
		InsufficientCapacity,
		/// The SP may not take more orders now (probation limit or suspended).
		ProviderAtLimit,
		/// Units of the offer are pledged to a group buy's vouchers: it cannot be paused or
		/// closed, nor its window end before they expire, until they are used or released.
		OfferPledged,
		/// A unit voucher would expire after its offer's window ends.
		VoucherOutlivesOffer,
		/// An order of no units.
		ZeroQuantity,
		/// An order expected to run for no time.
		ZeroDuration,
		/// A software order in a job needs a tag none of the job's hardware provides.
		Incompatible,
		/// No open order has this id.
		UnknownOrder,
		/// Only the buyer may do this.
		NotBuyer,
		/// The predecessor is unknown, another buyer's, or has failed.
		BadPredecessor,
		/// The predecessor has not completed yet.
		PredecessorPending,
		/// The order is not in the state this needs.
		WrongState,
		/// Neither the SP nor a valid signature with its attestation key.
		BadAttestation,
		/// A checkpoint or the finish reports less usage than before.
		UsageRegressed,
		/// More usage than the offer's cores or accelerators could deliver since the start.
		ImplausibleUsage,
		/// The last checkpoint (or the start) was less than `CheckpointInterval` ago.
		CheckpointTooSoon,
		/// Only the order's SP may do this.
		NotProvider,
		/// The order's start deadline has passed: it is resolved as not started, not rejected.
		StartDeadlinePassed,
		/// The buyer is the SP, its payout account, or paid with the SP's own voucher credit.
		SelfRating,
		/// The order cost less than `MarketRewards::min_rated_cost`: too little to weigh in
		/// reputation or earn a review reward.
		CostTooLowToRate,
		/// The order is not past its deadline yet.
		NotOverdue,
		/// The dispute window has passed.
		DisputeWindowClosed,
		/// The dispute window is still open.
		DisputeWindowOpen,
		/// Only the governance origin may decide disputes over this much.
		NeedsGovernance,
		/// More than the cost plus the insured maximum.
		AwardTooLarge,
		/// No voucher has this id.
		UnknownVoucher,
		/// The voucher would expire later than `MaxVoucherLife` from now.
		VoucherLivesTooLong,
		/// The voucher is someone else's, for another offer or SP, or too small.
		VoucherMismatch,
		/// The voucher has expired, or would expire before it is issued.
		VoucherExpired,
		/// Only the holder may release a voucher before it expires.
		VoucherNotExpired,
		/// A batch of no orders.
		EmptyBatch,
		/// An id or an amount would overflow.
		Overflow,
		/// The caller has too little free USDC for the storage deposit of what it creates.
		CannotPayDeposit,
		/// The buyer has rated this order already.
		AlreadyRated,
	}

	/// Why this pallet holds USDC: storage deposits, one reason per kind of record, each
	/// released to whoever paid it when its record goes.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An SP's offer.
		OfferDeposit,
		/// A buyer's order and its workload.
		OrderDeposit,
		/// An SP's unredeemed voucher.
		VoucherDeposit,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// On an SP's node: hands its new orders to its scheduler gateway and attests their
		/// jobs ([`offchain`]).
		fn offchain_worker(block: BlockNumberFor<T>) {
			Self::attest_jobs(block);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(
			_: BlockNumberFor<T>,
		) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Lists an offer, holding `OfferDeposit` from the SP until it is removed. SPs below
		/// CSP may list up to `OrdinaryListingCap` of capacity value (capacity × unit price)
		/// per `ListingPeriod`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_offer())]
		pub fn create_offer(origin: OriginFor<T>, terms: OfferTermsOf<T>) -> DispatchResult {
			Self::do_create_offer(ensure_signed(origin)?, terms)
		}

		/// Changes an offer's price (for new orders), capacity (not below what is held and
		/// sold) or end of window (not into the past).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_offer())]
		pub fn update_offer(
			origin: OriginFor<T>,
			offer: OfferId,
			unit_price: Option<BalanceOf<T>>,
			capacity: Option<u32>,
			window_end: Option<Moment>,
		) -> DispatchResult {
			Self::do_update_offer(ensure_signed(origin)?, offer, unit_price, capacity, window_end)
		}

		/// Stops taking orders until resumed; open orders run on.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::pause_offer())]
		pub fn pause_offer(origin: OriginFor<T>, offer: OfferId) -> DispatchResult {
			Self::do_pause_offer(ensure_signed(origin)?, offer)
		}

		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::resume_offer())]
		pub fn resume_offer(origin: OriginFor<T>, offer: OfferId) -> DispatchResult {
			Self::do_resume_offer(ensure_signed(origin)?, offer)
		}

		/// Takes no more orders; open orders and unredeemed vouchers keep their capacity. The
		/// offer is removed once nothing holds any.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::close_offer())]
		pub fn close_offer(origin: OriginFor<T>, offer: OfferId) -> DispatchResult {
			Self::do_close_offer(ensure_signed(origin)?, offer)
		}

		/// Orders `quantity` units of an offer, expected to run `expected_duration` seconds,
		/// optionally after another of the buyer's orders completes and paying with a voucher.
		/// Holds quantity × unit price plus the escrow buffer (less voucher credit) in escrow,
		/// and the order's storage deposit (`OrderDeposit`, plus `WorkloadByteDeposit` per
		/// workload byte) until it settles. A `workload` is what the SP's node hands its
		/// scheduler gateway to run.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::place_order())]
		pub fn place_order(
			origin: OriginFor<T>,
			offer: OfferId,
			quantity: u32,
			expected_duration: Moment,
			after: Option<OrderId>,
			voucher: Option<VoucherId>,
			workload: Option<Workload>,
		) -> DispatchResult {
			Self::do_place_order(
				ensure_signed(origin)?,
				offer,
				quantity,
				expected_duration,
				after,
				voucher,
				workload,
			)
		}

		/// Places several orders as one job, all or none: parameter sweeps, and jobs spanning
		/// SPs whose later orders wait on earlier ones (`Predecessor::InBatch`). Software
		/// orders must each be compatible with one of the job's hardware orders.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::place_orders(requests.len() as u32))]
		pub fn place_orders(
			origin: OriginFor<T>,
			requests: BoundedVec<OrderRequest, T::MaxBatch>,
		) -> DispatchResult {
			Self::do_place_orders(ensure_signed(origin)?, requests)
		}

		/// Cancels an order that has not started: full refund, capacity released.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cancel_order())]
		pub fn cancel_order(origin: OriginFor<T>, order: OrderId) -> DispatchResult {
			Self::do_cancel_order(ensure_signed(origin)?, order)
		}

		/// An SP's statement about an order: started, usage so far, or finished. Sent by the SP
		/// itself, or by anyone with the SP's attestation-key signature over
		/// [`attestation_payload`]: signed, or as a feeless general transaction that the
		/// signature authorizes (how the SP node's off-chain worker sends it).
		#[pallet::call_index(8)]
		#[pallet::weight(match statement {
			Statement::Started => T::WeightInfo::attest_started(),
			Statement::Checkpoint(_) => T::WeightInfo::attest_checkpoint(),
			Statement::Finished { .. } => T::WeightInfo::attest_finished(),
		})]
		#[pallet::authorize(Self::authorize_attest)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_attest())]
		pub fn attest(
			origin: OriginFor<T>,
			order: OrderId,
			statement: Statement,
			signature: Option<T::AttestationSignature>,
		) -> DispatchResult {
			Self::do_attest(origin, order, statement, signature)
		}

		/// The buyer accepts a finished order: the SP is paid now instead of after the
		/// dispute window.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::settle())]
		pub fn confirm(origin: OriginFor<T>, order: OrderId) -> DispatchResult {
			Self::do_confirm(ensure_signed(origin)?, order)
		}

		/// Pays out a finished order whose dispute window has passed. Anyone may call it.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::settle())]
		pub fn settle(origin: OriginFor<T>, order: OrderId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle(order)
		}

		/// Ends an order past its deadline, so no escrow and no capacity is ever stuck. Anyone
		/// may call it. Not started by the SLA start delay: refunded in full, an SLA breach. Its
		/// predecessor failed, or has not completed by its `wait_until`: refunded in full, no
		/// breach. Started but not finished by expected duration + `FinishGrace`: billed up to
		/// the last checkpoint, an SLA breach.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::resolve_overdue())]
		pub fn resolve_overdue(origin: OriginFor<T>, order: OrderId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_resolve_overdue(order)
		}

		/// The buyer disputes a finished order's cost within the dispute window.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::open_dispute())]
		pub fn open_dispute(
			origin: OriginFor<T>,
			order: OrderId,
			evidence: H256,
		) -> DispatchResult {
			Self::do_open_dispute(ensure_signed(origin)?, order, evidence)
		}

		/// Decides a dispute: `refund` goes to the buyer (zero rejects it), from the order's
		/// held cost first, beyond it from the insurance fund up to `MaxInsuredClaim`; the SP
		/// is paid what is left. The arbiter decides awards up to `ArbiterLimit`, governance
		/// any.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::decide_dispute().max(T::WeightInfo::decide_dispute_insured()))]
		pub fn decide_dispute(
			origin: OriginFor<T>,
			order: OrderId,
			refund: BalanceOf<T>,
		) -> DispatchResult {
			Self::do_decide_dispute(origin, order, refund)
		}

		/// The buyer rates a finished order 1–5 with a review hash, once, before it settles; its
		/// review reward comes with the settlement. Not for the SP's own accounts, nor for orders
		/// costing less than `MarketRewards::min_rated_cost`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::rate())]
		pub fn rate(
			origin: OriginFor<T>,
			order: OrderId,
			rating: u8,
			review: H256,
		) -> DispatchResult {
			Self::do_rate(ensure_signed(origin)?, order, rating, review)
		}

		/// An SP issues a voucher to `holder`: USDC credit (paid now by the SP, good only for
		/// its offers) or units of one of its offers (reserved now). Holds `VoucherDeposit`
		/// from the SP until the voucher goes.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::issue_voucher())]
		pub fn issue_voucher(
			origin: OriginFor<T>,
			holder: T::AccountId,
			value: VoucherValue<BalanceOf<T>>,
			expires_at: Moment,
		) -> DispatchResult {
			Self::do_issue_voucher(ensure_signed(origin)?, holder, value, expires_at)
		}

		/// The platform issues a voucher, funded from `PlatformAccount`: credit for any offer,
		/// or units of any offer (the platform settles with the SP off-chain, e.g. a group buy).
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::issue_voucher())]
		pub fn issue_platform_voucher(
			origin: OriginFor<T>,
			holder: T::AccountId,
			value: VoucherValue<BalanceOf<T>>,
			expires_at: Moment,
		) -> DispatchResult {
			T::VoucherOrigin::ensure_origin(origin)?;
			Self::do_issue_platform_voucher(holder, value, expires_at)
		}

		/// Returns an unused voucher's credit to its issuer or its units to the offer: by the
		/// holder at any time, by anyone once it has expired.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::release_voucher())]
		pub fn release_voucher(origin: OriginFor<T>, voucher: VoucherId) -> DispatchResult {
			Self::do_release_voucher(ensure_signed(origin)?, voucher)
		}

		/// The SP refuses an order that has not started, before its start deadline: the buyer
		/// is refunded in full and it is no SLA breach. How an SP frees capacity pinned by an
		/// order that waits on a predecessor that never comes.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::reject_order())]
		pub fn reject_order(origin: OriginFor<T>, order: OrderId) -> DispatchResult {
			Self::do_reject_order(ensure_signed(origin)?, order)
		}
	}

	impl<T: Config> Pallet<T> {
		/// Chain time in Unix seconds.
		pub fn now() -> Moment {
			T::Time::now().as_secs()
		}

		/// Holds all escrow and voucher credit.
		pub fn escrow_account() -> T::AccountId {
			T::PalletId::get().into_account_truncating()
		}
	}
}
