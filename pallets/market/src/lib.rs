#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
pub mod billing;
#[cfg(test)]
mod mock;
pub mod offchain;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
pub use cyberplaza_primitives::{
	CloudSku, Insurance, MarketRewards, PriceFeed, PriceKey, RevenueSink, RevenueSource, ToAccount,
	Vouchers as VoucherIssuer,
};
use pallet_providers::{Moment, OrderEvent, ProviderRegistry, Region, ReputationRecorder, Tier};
use polkadot_sdk::{
	frame_support::{
		dispatch::DispatchResult,
		traits::{
			fungible::{Inspect, Mutate},
			tokens::{DepositConsequence, Preservation, Provenance},
			Get, UnixTime,
		},
		PalletId,
	},
	frame_system::{self, pallet_prelude::BlockNumberFor},
	sp_core::H256,
	sp_runtime::{
		traits::{AccountIdConversion, IdentifyAccount, One, Saturating, Verify, Zero},
		DispatchError, FixedPointNumber, FixedU128, Permill,
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
		type AttestationSignature: Parameter
			+ Verify<Signer = Self::AttestationKey>
			+ From<polkadot_sdk::sp_core::sr25519::Signature>;
		/// Receives platform fees.
		type Revenue: RevenueSink<Self::AccountId, BalanceOf<Self>>;
		/// Pays awards beyond the SP's held payout.
		type Insurance: Insurance<Self::AccountId, BalanceOf<Self>>;
		/// Cashback and SP incentives on settled orders.
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
		/// Disputes over orders costing more need the governance origin.
		#[pallet::constant]
		type ArbiterLimit: Get<BalanceOf<Self>>;
		/// Most the insurance fund pays on one dispute.
		#[pallet::constant]
		type MaxInsuredClaim: Get<BalanceOf<Self>>;
		/// USDC value of capacity an SP below CSP may list per `ListingPeriod`.
		#[pallet::constant]
		type OrdinaryListingCap: Get<BalanceOf<Self>>;
		#[pallet::constant]
		type ListingPeriod: Get<Moment>;
		/// Orders in one batch.
		#[pallet::constant]
		type MaxBatch: Get<u32>;
		#[pallet::constant]
		type MaxOffersPerProvider: Get<u32>;
		#[pallet::constant]
		type MaxTags: Get<u32>;
		/// Longest page the browse API returns.
		#[pallet::constant]
		type MaxBrowsePage: Get<u32>;
		type WeightInfo: WeightInfo;
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	#[pallet::storage]
	pub type Offers<T: Config> = StorageMap<_, Blake2_128Concat, OfferId, OfferOf<T>>;

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

	#[pallet::storage]
	pub type Orders<T: Config> = StorageMap<_, Blake2_128Concat, OrderId, OrderOf<T>>;

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

	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, Job<T::AccountId>>;

	#[pallet::storage]
	pub type NextJobId<T: Config> = StorageValue<_, JobId, ValueQuery>;

	#[pallet::storage]
	pub type Load<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ProviderLoad, ValueQuery>;

	/// Capacity value listed by SPs below CSP in their current period.
	#[pallet::storage]
	pub type ListedValue<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Listed<BalanceOf<T>>, ValueQuery>;

	#[pallet::storage]
	pub type Vouchers<T: Config> = StorageMap<_, Twox64Concat, VoucherId, VoucherOf<T>>;

	#[pallet::storage]
	pub type NextVoucherId<T: Config> = StorageValue<_, VoucherId, ValueQuery>;

	/// USDC in escrow for orders: the sum of their `escrow`.
	#[pallet::storage]
	pub type OrderEscrow<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// USDC backing unredeemed credit vouchers.
	#[pallet::storage]
	pub type VoucherBacking<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An SP listed an offer.
		OfferCreated {
			offer: OfferId,
			provider: T::AccountId,
			kind: ResourceKind,
		},
		/// An SP changed an offer's price, capacity or window.
		OfferUpdated {
			offer: OfferId,
			unit_price: BalanceOf<T>,
			capacity: u32,
			window_end: Moment,
		},
		/// An offer stopped taking orders for now.
		OfferPaused {
			offer: OfferId,
		},
		OfferResumed {
			offer: OfferId,
		},
		/// An offer will take no more orders.
		OfferClosed {
			offer: OfferId,
		},
		/// A buyer placed an order and its escrow is held.
		OrderPlaced {
			order: OrderId,
			buyer: T::AccountId,
			offer: OfferId,
			quantity: u32,
			escrow: BalanceOf<T>,
		},
		/// A batch of orders was placed as one job.
		JobPlaced {
			job: JobId,
			buyer: T::AccountId,
			first: OrderId,
			count: u32,
		},
		/// The SP attested the start.
		OrderStarted {
			order: OrderId,
		},
		/// The SP attested usage so far.
		UsageCheckpointed {
			order: OrderId,
			usage: Usage,
		},
		/// An order ended: `cost` stays in escrow for the dispute window, `refunded` went back.
		OrderFinished {
			order: OrderId,
			outcome: Outcome,
			cost: BalanceOf<T>,
			refunded: BalanceOf<T>,
		},
		/// The SP was paid and the fee went to revenue.
		OrderSettled {
			order: OrderId,
			provider_paid: BalanceOf<T>,
			fee: BalanceOf<T>,
		},
		/// The buyer disputed the cost.
		DisputeOpened {
			order: OrderId,
			evidence: H256,
		},
		/// A dispute was decided: `refund` to the buyer, from escrow and from insurance.
		DisputeDecided {
			order: OrderId,
			refund: BalanceOf<T>,
			from_escrow: BalanceOf<T>,
			from_insurance: BalanceOf<T>,
		},
		VoucherIssued {
			voucher: VoucherId,
			issuer: T::AccountId,
			holder: T::AccountId,
		},
		/// A voucher paid towards an order.
		VoucherRedeemed {
			voucher: VoucherId,
			order: OrderId,
		},
		/// An unused voucher expired or was given up; its credit or units went back.
		VoucherReleased {
			voucher: VoucherId,
		},
		/// A payout too small for `to`'s account to exist went to revenue.
		SweptToRevenue {
			to: T::AccountId,
			amount: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not a registered, active SP.
		NotActiveProvider,
		/// A workload needs at least one core and a non-empty UTF-8 program.
		BadWorkload,
		UnknownOffer,
		/// The caller does not own the offer.
		NotOfferOwner,
		/// Zero capacity, zero price, or a window that has ended or is empty.
		BadTerms,
		TooManyOffers,
		/// An SP below CSP would list more capacity value this period than it may.
		ListingCapExceeded,
		/// Capacity below what orders and vouchers hold.
		CapacityInUse,
		OfferNotActive,
		OfferClosed,
		/// The offer's window has not opened or has ended.
		OutsideWindow,
		InsufficientCapacity,
		/// The SP may not take more orders now (probation limit or suspended).
		ProviderAtLimit,
		ZeroQuantity,
		ZeroDuration,
		/// A software order in a job needs a tag none of the job's hardware provides.
		Incompatible,
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
		NotOverdue,
		/// The dispute window has passed.
		DisputeWindowClosed,
		/// The dispute window is still open.
		DisputeWindowOpen,
		/// Only the governance origin may decide disputes over this much.
		NeedsGovernance,
		/// More than the cost plus the insured maximum.
		AwardTooLarge,
		UnknownVoucher,
		/// The voucher is someone else's, for another offer or SP, or too small.
		VoucherMismatch,
		VoucherExpired,
		VoucherNotExpired,
		/// A batch of no orders.
		EmptyBatch,
		Overflow,
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
		/// Lists an offer. SPs below CSP may list up to `OrdinaryListingCap` of capacity value
		/// (capacity × unit price) per `ListingPeriod`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_offer())]
		pub fn create_offer(origin: OriginFor<T>, terms: OfferTermsOf<T>) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			ensure!(T::Registry::is_active(&provider), Error::<T>::NotActiveProvider);
			let now = Self::now();
			ensure!(
				!terms.capacity.is_zero()
					&& !terms.unit_price.is_zero()
					&& terms.window_start < terms.window_end
					&& terms.window_end > now
					&& terms.reference.as_ref().is_none_or(|r| r.units > 0),
				Error::<T>::BadTerms
			);
			Self::charge_listing(
				&provider,
				Zero::zero(),
				billing::value(terms.capacity, terms.unit_price)?,
				now,
			)?;
			let id = NextOfferId::<T>::get();
			NextOfferId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
			ProviderOffers::<T>::try_mutate(&provider, |offers| offers.try_push(id))
				.map_err(|_| Error::<T>::TooManyOffers)?;
			let kind = terms.kind;
			let offer = Offer {
				provider: provider.clone(),
				terms,
				reserved: 0,
				sold: 0,
				status: OfferStatus::Active,
			};
			Self::reindex(id, &offer, true);
			Offers::<T>::insert(id, offer);
			Self::deposit_event(Event::OfferCreated { offer: id, provider, kind });
			Ok(())
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
			let who = ensure_signed(origin)?;
			let mut o = Self::owned_offer(&who, offer)?;
			ensure!(o.status != OfferStatus::Closed, Error::<T>::OfferClosed);
			let now = Self::now();
			let before = billing::value(o.terms.capacity, o.terms.unit_price)?;
			Self::reindex(offer, &o, false);
			if let Some(price) = unit_price {
				ensure!(!price.is_zero(), Error::<T>::BadTerms);
				o.terms.unit_price = price;
			}
			if let Some(capacity) = capacity {
				ensure!(capacity >= o.reserved.saturating_add(o.sold), Error::<T>::CapacityInUse);
				ensure!(!capacity.is_zero(), Error::<T>::BadTerms);
				o.terms.capacity = capacity;
			}
			if let Some(end) = window_end {
				ensure!(end > now && end > o.terms.window_start, Error::<T>::BadTerms);
				o.terms.window_end = end;
			}
			let after = billing::value(o.terms.capacity, o.terms.unit_price)?;
			Self::charge_listing(&who, before, after, now)?;
			Self::reindex(offer, &o, true);
			Self::deposit_event(Event::OfferUpdated {
				offer,
				unit_price: o.terms.unit_price,
				capacity: o.terms.capacity,
				window_end: o.terms.window_end,
			});
			Offers::<T>::insert(offer, o);
			Ok(())
		}

		/// Stops taking orders until resumed; open orders run on.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::pause_offer())]
		pub fn pause_offer(origin: OriginFor<T>, offer: OfferId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut o = Self::owned_offer(&who, offer)?;
			ensure!(o.status == OfferStatus::Active, Error::<T>::OfferNotActive);
			Self::reindex(offer, &o, false);
			o.status = OfferStatus::Paused;
			Offers::<T>::insert(offer, o);
			Self::deposit_event(Event::OfferPaused { offer });
			Ok(())
		}

		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::resume_offer())]
		pub fn resume_offer(origin: OriginFor<T>, offer: OfferId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut o = Self::owned_offer(&who, offer)?;
			ensure!(o.status == OfferStatus::Paused, Error::<T>::WrongState);
			o.status = OfferStatus::Active;
			Self::reindex(offer, &o, true);
			Offers::<T>::insert(offer, o);
			Self::deposit_event(Event::OfferResumed { offer });
			Ok(())
		}

		/// Takes no more orders; open orders and unredeemed vouchers keep their capacity. The
		/// offer is removed once nothing holds any.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::close_offer())]
		pub fn close_offer(origin: OriginFor<T>, offer: OfferId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut o = Self::owned_offer(&who, offer)?;
			ensure!(o.status != OfferStatus::Closed, Error::<T>::OfferClosed);
			Self::reindex(offer, &o, false);
			o.status = OfferStatus::Closed;
			Self::store_offer(offer, o);
			Self::deposit_event(Event::OfferClosed { offer });
			Ok(())
		}

		/// Orders `quantity` units of an offer, expected to run `expected_duration` seconds,
		/// optionally after another of the buyer's orders completes and paying with a voucher.
		/// Holds quantity × unit price plus the escrow buffer (less voucher credit). A
		/// `workload` is what the SP's node hands its scheduler gateway to run.
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
			let buyer = ensure_signed(origin)?;
			let request = OrderRequest {
				offer,
				quantity,
				expected_duration,
				after: after.map(Predecessor::Order),
				voucher,
				workload,
			};
			Self::place(&buyer, &request, None, NextOrderId::<T>::get(), Self::now()).map(|_| ())
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
			let buyer = ensure_signed(origin)?;
			ensure!(!requests.is_empty(), Error::<T>::EmptyBatch);
			let now = Self::now();
			let job = NextJobId::<T>::get();
			NextJobId::<T>::put(job.checked_add(1).ok_or(Error::<T>::Overflow)?);
			let first = NextOrderId::<T>::get();
			let mut provided: Vec<TagsOf<T>> = Vec::new();
			let mut needed: Vec<TagsOf<T>> = Vec::new();
			for (index, request) in requests.iter().enumerate() {
				let terms = Self::place(&buyer, request, Some(job), first, now)?;
				if terms.kind.is_hardware() {
					provided.push(terms.tags);
				} else if terms.kind == ResourceKind::SoftwareLicence {
					needed.push(terms.tags);
				}
				debug_assert_eq!(NextOrderId::<T>::get(), first + index as u64 + 1);
			}
			if !provided.is_empty() {
				ensure!(
					needed.iter().all(|need| provided
						.iter()
						.any(|have| need.iter().all(|t| have.contains(t)))),
					Error::<T>::Incompatible
				);
			}
			let count = requests.len() as u32;
			Jobs::<T>::insert(job, Job { buyer: buyer.clone(), first, count, open: count });
			Self::deposit_event(Event::JobPlaced { job, buyer, first, count });
			Ok(())
		}

		/// Cancels an order that has not started: full refund, capacity released.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cancel_order())]
		pub fn cancel_order(origin: OriginFor<T>, order: OrderId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
			ensure!(o.buyer == who, Error::<T>::NotBuyer);
			ensure!(o.status == OrderStatus::Placed, Error::<T>::WrongState);
			Self::conclude(order, o, Outcome::Cancelled, Zero::zero(), 0, Self::now())
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
			let sender = match frame_system::ensure_authorized(origin.clone()) {
				Ok(()) => None,
				Err(_) => Some(ensure_signed(origin)?),
			};
			let mut o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
			if sender.as_ref() != Some(&o.provider) {
				ensure!(
					Self::signed_by_provider(order, &o, &statement, signature.as_ref()),
					Error::<T>::BadAttestation
				);
			}
			let now = Self::now();
			match (statement, o.status) {
				(Statement::Started, OrderStatus::Placed) => {
					let start_by = match Self::start_base(&o)? {
						StartBase::From(base) => base.saturating_add(o.sla.max_start_delay),
						StartBase::Pending => return Err(Error::<T>::PredecessorPending.into()),
						StartBase::Failed => return Err(Error::<T>::BadPredecessor.into()),
					};
					if now > start_by {
						let _ = T::Reputation::note(
							&o.provider,
							OrderEvent::Started { on_time: false },
						);
						return Self::conclude(order, o, Outcome::LateStart, Zero::zero(), 0, now);
					}
					Self::release_predecessor(&o);
					let _ = T::Reputation::note(&o.provider, OrderEvent::Started { on_time: true });
					o.status = OrderStatus::Started { at: now, usage: Usage::default() };
					Orders::<T>::insert(order, o);
					Self::deposit_event(Event::OrderStarted { order });
				}
				(Statement::Checkpoint(usage), OrderStatus::Started { at, usage: last }) => {
					ensure!(usage.advances(&last), Error::<T>::UsageRegressed);
					o.status = OrderStatus::Started { at, usage };
					Orders::<T>::insert(order, o);
					Self::deposit_event(Event::UsageCheckpointed { order, usage });
				}
				(
					Statement::Finished { exit, usage, downtime, result: _ },
					OrderStatus::Started { at, usage: last },
				) => {
					ensure!(usage == last || usage.advances(&last), Error::<T>::UsageRegressed);
					let bill = billing::finish(&billing::Run {
						kind: o.kind,
						quantity: o.quantity,
						unit_price: o.unit_price,
						escrow: o.escrow,
						sla: o.sla,
						preemptible: o.preemptible,
						expected_duration: o.expected_duration,
						started_at: at,
						now,
						failure_grace: T::FailureGrace::get(),
						exit,
						usage,
						downtime,
					});
					if bill.breach {
						let _ = T::Reputation::note(&o.provider, OrderEvent::SlaBreached);
					}
					if bill.outcome == Outcome::Completed {
						let _ = T::Reputation::note(&o.provider, OrderEvent::Completed);
					}
					Self::conclude(order, o, bill.outcome, bill.cost, bill.units, now)?;
				}
				_ => return Err(Error::<T>::WrongState.into()),
			}
			Ok(())
		}

		/// The buyer accepts a finished order: the SP is paid now instead of after the
		/// dispute window.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::settle())]
		pub fn confirm(origin: OriginFor<T>, order: OrderId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
			ensure!(o.buyer == who, Error::<T>::NotBuyer);
			let OrderStatus::Finished { at, outcome, cost, .. } = o.status else {
				return Err(Error::<T>::WrongState.into());
			};
			Self::pay_out(order, o, cost, at, outcome)
		}

		/// Pays out a finished order whose dispute window has passed. Anyone may call it.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::settle())]
		pub fn settle(origin: OriginFor<T>, order: OrderId) -> DispatchResult {
			ensure_signed(origin)?;
			let o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
			let OrderStatus::Finished { at, outcome, cost, dispute_until } = o.status else {
				return Err(Error::<T>::WrongState.into());
			};
			ensure!(Self::now() > dispute_until, Error::<T>::DisputeWindowOpen);
			Self::pay_out(order, o, cost, at, outcome)
		}

		/// Ends an order past its deadline, so no escrow is ever stuck. Anyone may call it. Not
		/// started by the SLA start delay: refunded in full, an SLA breach (no breach if its
		/// predecessor failed). Started but not finished by expected duration + `FinishGrace`:
		/// billed up to the last checkpoint, an SLA breach.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::resolve_overdue())]
		pub fn resolve_overdue(origin: OriginFor<T>, order: OrderId) -> DispatchResult {
			ensure_signed(origin)?;
			let o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
			let now = Self::now();
			match o.status {
				OrderStatus::Placed => match Self::start_base(&o)? {
					StartBase::Failed => {
						Self::conclude(order, o, Outcome::DependencyFailed, Zero::zero(), 0, now)
					}
					StartBase::Pending => Err(Error::<T>::NotOverdue.into()),
					StartBase::From(base) => {
						ensure!(
							now > base.saturating_add(o.sla.max_start_delay),
							Error::<T>::NotOverdue
						);
						let _ = T::Reputation::note(&o.provider, OrderEvent::SlaBreached);
						Self::conclude(order, o, Outcome::NotStarted, Zero::zero(), 0, now)
					}
				},
				OrderStatus::Started { at, usage } => {
					let deadline = at
						.saturating_add(o.expected_duration)
						.saturating_add(T::FinishGrace::get());
					ensure!(now > deadline, Error::<T>::NotOverdue);
					// Unmetered kinds were not delivered: nothing to bill.
					let (cost, units) = billing::usage_cost(
						o.kind,
						o.quantity,
						o.unit_price,
						o.escrow,
						&usage,
						Permill::zero(),
					);
					let _ = T::Reputation::note(&o.provider, OrderEvent::SlaBreached);
					Self::conclude(order, o, Outcome::Abandoned, cost, units, now)
				}
				_ => Err(Error::<T>::WrongState.into()),
			}
		}

		/// The buyer disputes a finished order's cost within the dispute window.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::open_dispute())]
		pub fn open_dispute(
			origin: OriginFor<T>,
			order: OrderId,
			evidence: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
			ensure!(o.buyer == who, Error::<T>::NotBuyer);
			let OrderStatus::Finished { at, outcome, cost, dispute_until } = o.status else {
				return Err(Error::<T>::WrongState.into());
			};
			ensure!(Self::now() <= dispute_until, Error::<T>::DisputeWindowClosed);
			o.status = OrderStatus::Disputed { finished_at: at, outcome, cost, evidence };
			Orders::<T>::insert(order, o);
			Self::deposit_event(Event::DisputeOpened { order, evidence });
			Ok(())
		}

		/// Decides a dispute: `refund` goes to the buyer (zero rejects it), from the order's
		/// held cost first, beyond it from the insurance fund up to `MaxInsuredClaim`; the SP
		/// is paid what is left. The arbiter decides orders costing up to `ArbiterLimit`,
		/// governance any.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::decide_dispute())]
		pub fn decide_dispute(
			origin: OriginFor<T>,
			order: OrderId,
			refund: BalanceOf<T>,
		) -> DispatchResult {
			let o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
			let OrderStatus::Disputed { finished_at, outcome, cost, .. } = o.status else {
				return Err(Error::<T>::WrongState.into());
			};
			if T::GovernanceOrigin::ensure_origin(origin.clone()).is_err() {
				T::ArbiterOrigin::ensure_origin(origin)?;
				ensure!(cost <= T::ArbiterLimit::get(), Error::<T>::NeedsGovernance);
			}
			ensure!(
				refund <= cost.saturating_add(T::MaxInsuredClaim::get()),
				Error::<T>::AwardTooLarge
			);
			let from_escrow = refund.min(cost);
			Self::pay_from_escrow(&o.buyer, from_escrow)?;
			OrderEscrow::<T>::mutate(|e| *e = e.saturating_sub(from_escrow));
			let from_insurance =
				T::Insurance::pay_claim(&o.buyer, refund.saturating_sub(from_escrow));
			if !refund.is_zero() {
				let _ = T::Reputation::note(&o.provider, OrderEvent::DisputeLost);
			}
			Self::deposit_event(Event::DisputeDecided {
				order,
				refund,
				from_escrow,
				from_insurance,
			});
			let mut o = o;
			o.escrow = o.escrow.saturating_sub(from_escrow);
			Self::pay_out(order, o, cost.saturating_sub(from_escrow), finished_at, outcome)
		}

		/// The buyer rates a finished order 1–5 with a review hash, once, before it settles.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::rate())]
		pub fn rate(
			origin: OriginFor<T>,
			order: OrderId,
			rating: u8,
			review: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
			ensure!(o.buyer == who, Error::<T>::NotBuyer);
			ensure!(
				matches!(o.status, OrderStatus::Finished { .. } | OrderStatus::Disputed { .. }),
				Error::<T>::WrongState
			);
			T::Reputation::rate(&o.provider, order, rating, review)?;
			T::Rewards::reviewed(&who);
			Ok(())
		}

		/// An SP issues a voucher to `holder`: USDC credit (paid now by the SP, good only for
		/// its offers) or units of one of its offers (reserved now).
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::issue_voucher())]
		pub fn issue_voucher(
			origin: OriginFor<T>,
			holder: T::AccountId,
			value: VoucherValue<BalanceOf<T>>,
			expires_at: Moment,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			ensure!(T::Registry::is_active(&provider), Error::<T>::NotActiveProvider);
			if let VoucherValue::Units { offer, .. } = value {
				Self::owned_offer(&provider, offer)?;
			}
			Self::issue(provider.clone(), Some(provider), holder, value, expires_at).map(|_| ())
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
			Self::issue(T::PlatformAccount::get(), None, holder, value, expires_at).map(|_| ())
		}

		/// Returns an unused voucher's credit to its issuer or its units to the offer: by the
		/// holder at any time, by anyone once it has expired.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::release_voucher())]
		pub fn release_voucher(origin: OriginFor<T>, voucher: VoucherId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let v = Vouchers::<T>::get(voucher).ok_or(Error::<T>::UnknownVoucher)?;
			ensure!(who == v.holder || Self::now() >= v.expires_at, Error::<T>::VoucherNotExpired);
			match v.value {
				VoucherValue::Credit(amount) => {
					Self::pay_from_escrow(&v.issuer, amount)?;
					VoucherBacking::<T>::mutate(|b| *b = b.saturating_sub(amount));
				}
				VoucherValue::Units { offer, units } => Self::release_units(offer, units, 0),
			}
			Vouchers::<T>::remove(voucher);
			Self::deposit_event(Event::VoucherReleased { voucher });
			Ok(())
		}
	}

	/// When an order may start from.
	pub(crate) enum StartBase {
		From(Moment),
		Pending,
		Failed,
	}

	impl<T: Config> Pallet<T> {
		/// Whether `signature` is the order's SP's attestation key's over `statement`.
		fn signed_by_provider(
			order: OrderId,
			o: &OrderOf<T>,
			statement: &Statement,
			signature: Option<&T::AttestationSignature>,
		) -> bool {
			let Some(key) = T::Registry::attestation_key(&o.provider) else { return false };
			let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
			let payload = attestation_payload(&genesis, order, statement);
			signature.is_some_and(|s| s.verify(&payload[..], &key))
		}

		/// Admits a feeless attestation only if the SP's key signed it and it moves the order
		/// on from its current state, so each is useful once and cannot be replayed.
		fn authorize_attest(
			_source: TransactionSource,
			order: &OrderId,
			statement: &Statement,
			signature: &Option<T::AttestationSignature>,
		) -> TransactionValidityWithRefund {
			let o = Orders::<T>::get(order).ok_or(InvalidTransaction::Stale)?;
			let applies = match (statement, &o.status) {
				(Statement::Started, OrderStatus::Placed) => true,
				(Statement::Checkpoint(usage), OrderStatus::Started { usage: last, .. }) => {
					usage.advances(last)
				}
				(Statement::Finished { usage, .. }, OrderStatus::Started { usage: last, .. }) => {
					usage == last || usage.advances(last)
				}
				_ => false,
			};
			if !applies {
				return Err(InvalidTransaction::Stale.into());
			}
			if !Self::signed_by_provider(*order, &o, statement, signature.as_ref()) {
				return Err(InvalidTransaction::BadProof.into());
			}
			let validity = ValidTransaction::with_tag_prefix("cyberplaza/attest")
				.and_provides((order, statement))
				.longevity(64)
				.build()?;
			Ok((validity, Weight::zero()))
		}

		pub fn now() -> Moment {
			T::Time::now().as_secs()
		}

		/// Holds all escrow and voucher credit.
		pub fn escrow_account() -> T::AccountId {
			T::PalletId::get().into_account_truncating()
		}

		fn owned_offer(who: &T::AccountId, offer: OfferId) -> Result<OfferOf<T>, DispatchError> {
			let o = Offers::<T>::get(offer).ok_or(Error::<T>::UnknownOffer)?;
			ensure!(&o.provider == who, Error::<T>::NotOfferOwner);
			Ok(o)
		}

		/// Adds or removes the offer's browse-index key.
		fn reindex(id: OfferId, offer: &OfferOf<T>, add: bool) {
			if offer.status != OfferStatus::Active {
				return;
			}
			let key = (
				offer.terms.kind,
				offer.terms.spec.region,
				billing::price_key(offer.terms.unit_price),
				id,
			);
			if add {
				OfferIndex::<T>::insert(key, ());
			} else {
				OfferIndex::<T>::remove(key);
			}
		}

		/// Stores an offer, or removes a closed one that holds no capacity any more.
		fn store_offer(id: OfferId, offer: OfferOf<T>) {
			if offer.status == OfferStatus::Closed && offer.reserved == 0 {
				ProviderOffers::<T>::mutate(&offer.provider, |ids| ids.retain(|i| *i != id));
				Offers::<T>::remove(id);
			} else {
				Offers::<T>::insert(id, offer);
			}
		}

		/// Counts capacity value newly listed (`after` over `before`) against the cap of SPs
		/// below CSP.
		fn charge_listing(
			provider: &T::AccountId,
			before: BalanceOf<T>,
			after: BalanceOf<T>,
			now: Moment,
		) -> DispatchResult {
			if T::Registry::tier(provider) == Some(Tier::Certified) || after <= before {
				return Ok(());
			}
			ListedValue::<T>::try_mutate(provider, |listed| {
				if now >= listed.period_start.saturating_add(T::ListingPeriod::get()) {
					*listed = Listed { period_start: now, value: Zero::zero() };
				}
				let value = listed.value.saturating_add(after - before);
				ensure!(value <= T::OrdinaryListingCap::get(), Error::<T>::ListingCapExceeded);
				listed.value = value;
				Ok(())
			})
		}

		/// What `cost` counts towards the SP's incentives: 1.5× for a CSP.
		fn incentive_volume(provider: &T::AccountId, cost: BalanceOf<T>) -> BalanceOf<T> {
			if T::Registry::tier(provider) == Some(Tier::Certified) {
				cost.saturating_add(cost / 2u32.into())
			} else {
				cost
			}
		}

		fn fee_rate(provider: &T::AccountId) -> Permill {
			if T::Registry::tier(provider) == Some(Tier::Certified) {
				T::CertifiedFee::get()
			} else {
				T::OrdinaryFee::get()
			}
		}

		/// Places one order with id `NextOrderId`; `first` is the id of the batch's first
		/// order. Returns the offer's terms.
		fn place(
			buyer: &T::AccountId,
			request: &OrderRequest,
			job: Option<JobId>,
			first: OrderId,
			now: Moment,
		) -> Result<OfferTermsOf<T>, DispatchError> {
			let id = NextOrderId::<T>::get();
			ensure!(!request.quantity.is_zero(), Error::<T>::ZeroQuantity);
			ensure!(!request.expected_duration.is_zero(), Error::<T>::ZeroDuration);
			if let Some(workload) = &request.workload {
				ensure!(workload.is_valid(), Error::<T>::BadWorkload);
				Workloads::<T>::insert(id, workload);
			}
			let mut offer = Offers::<T>::get(request.offer).ok_or(Error::<T>::UnknownOffer)?;
			ensure!(offer.status == OfferStatus::Active, Error::<T>::OfferNotActive);
			ensure!(
				offer.terms.window_start <= now && now < offer.terms.window_end,
				Error::<T>::OutsideWindow
			);
			let provider = offer.provider.clone();
			let mut load = Load::<T>::get(&provider);
			let limit = if T::Registry::is_active(&provider) {
				T::Registry::concurrent_order_limit(&provider)
			} else {
				Some(0)
			};
			ensure!(limit.is_none_or(|l| load.active < l), Error::<T>::ProviderAtLimit);

			let after = match request.after {
				None => None,
				Some(Predecessor::Order(p)) => Some(p),
				Some(Predecessor::InBatch(i)) => {
					let p = first.saturating_add(i as u64);
					ensure!(job.is_some() && p < id, Error::<T>::BadPredecessor);
					Some(p)
				}
			};
			if let Some(p) = after {
				let mut pred = Orders::<T>::get(p).ok_or(Error::<T>::BadPredecessor)?;
				ensure!(&pred.buyer == buyer, Error::<T>::BadPredecessor);
				ensure!(
					!matches!(Self::completion(&pred), StartBase::Failed),
					Error::<T>::BadPredecessor
				);
				pred.dependents = pred.dependents.saturating_add(1);
				Orders::<T>::insert(p, pred);
			}

			let mut unit_price = offer.terms.unit_price;
			let mut voucher_credit = Zero::zero();
			let mut voucher_issuer = None;
			let mut redeemed = None;
			match request.voucher.map(|v| (v, Vouchers::<T>::get(v))) {
				None => {
					ensure!(
						offer.available() >= request.quantity,
						Error::<T>::InsufficientCapacity
					);
					offer.reserved = offer.reserved.saturating_add(request.quantity);
				}
				Some((_, None)) => return Err(Error::<T>::UnknownVoucher.into()),
				Some((v, Some(voucher))) => {
					ensure!(&voucher.holder == buyer, Error::<T>::VoucherMismatch);
					ensure!(now < voucher.expires_at, Error::<T>::VoucherExpired);
					match voucher.value {
						VoucherValue::Units { offer: o, units } => {
							ensure!(
								o == request.offer && request.quantity <= units,
								Error::<T>::VoucherMismatch
							);
							// The voucher's units are reserved already; the rest are released.
							offer.reserved =
								offer.reserved.saturating_sub(units - request.quantity);
							unit_price = Zero::zero();
							Vouchers::<T>::remove(v);
						}
						VoucherValue::Credit(credit) => {
							ensure!(
								voucher.provider.as_ref().is_none_or(|p| *p == provider),
								Error::<T>::VoucherMismatch
							);
							ensure!(
								offer.available() >= request.quantity,
								Error::<T>::InsufficientCapacity
							);
							offer.reserved = offer.reserved.saturating_add(request.quantity);
							let (cost, buffer) = billing::estimate(
								request.quantity,
								unit_price,
								T::EscrowBuffer::get(),
							)?;
							let used = credit.min(cost.saturating_add(buffer));
							voucher_credit = used;
							voucher_issuer = Some(voucher.issuer.clone());
							VoucherBacking::<T>::mutate(|b| *b = b.saturating_sub(used));
							if used == credit {
								Vouchers::<T>::remove(v);
							} else {
								Vouchers::<T>::insert(
									v,
									Voucher {
										value: VoucherValue::Credit(credit - used),
										..voucher
									},
								);
							}
						}
					}
					redeemed = Some(v);
				}
			}
			let (cost, buffer) =
				billing::estimate(request.quantity, unit_price, T::EscrowBuffer::get())?;
			let escrow = cost.checked_add(&buffer).ok_or(Error::<T>::Overflow)?;
			let from_buyer = escrow.saturating_sub(voucher_credit);
			if !from_buyer.is_zero() {
				T::Stable::transfer(
					buyer,
					&Self::escrow_account(),
					from_buyer,
					Preservation::Preserve,
				)?;
			}
			OrderEscrow::<T>::mutate(|e| *e = e.saturating_add(escrow));

			let order = Order {
				buyer: buyer.clone(),
				provider: provider.clone(),
				offer: request.offer,
				job,
				kind: offer.terms.kind,
				quantity: request.quantity,
				unit_price,
				fee: Self::fee_rate(&provider),
				sla: offer.terms.sla,
				preemptible: offer.terms.preemptible,
				placed_at: now,
				expected_duration: request.expected_duration,
				after,
				dependents: 0,
				escrow,
				voucher_credit,
				voucher_issuer,
				status: OrderStatus::Placed,
			};
			load.active = load.active.saturating_add(1);
			load.unsettled = load.unsettled.saturating_add(1);
			Load::<T>::insert(&provider, load);
			NextOrderId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
			Orders::<T>::insert(id, order);
			BuyerOrders::<T>::insert(buyer, id, ());
			let terms = offer.terms.clone();
			Offers::<T>::insert(request.offer, offer);
			Self::deposit_event(Event::OrderPlaced {
				order: id,
				buyer: buyer.clone(),
				offer: request.offer,
				quantity: request.quantity,
				escrow,
			});
			if let Some(voucher) = redeemed {
				Self::deposit_event(Event::VoucherRedeemed { voucher, order: id });
			}
			Ok(terms)
		}

		/// Whether an order counts as completed for the orders waiting on it.
		pub(crate) fn completion(o: &OrderOf<T>) -> StartBase {
			match o.status {
				OrderStatus::Placed | OrderStatus::Started { .. } => StartBase::Pending,
				OrderStatus::Finished { at, outcome: Outcome::Completed, .. }
				| OrderStatus::Disputed { finished_at: at, outcome: Outcome::Completed, .. }
				| OrderStatus::Closed { completed_at: Some(at) } => StartBase::From(at),
				_ => StartBase::Failed,
			}
		}

		/// When `o`'s start clock runs from: its placement, or its predecessor's completion.
		pub(crate) fn start_base(o: &OrderOf<T>) -> Result<StartBase, DispatchError> {
			let Some(p) = o.after else { return Ok(StartBase::From(o.placed_at)) };
			let pred = Orders::<T>::get(p).ok_or(Error::<T>::BadPredecessor)?;
			Ok(match Self::completion(&pred) {
				StartBase::From(at) => StartBase::From(at.max(o.placed_at)),
				other => other,
			})
		}

		/// `o` no longer waits on its predecessor; a closed predecessor nobody waits on goes.
		fn release_predecessor(o: &OrderOf<T>) {
			let Some(p) = o.after else { return };
			let Some(mut pred) = Orders::<T>::get(p) else { return };
			pred.dependents = pred.dependents.saturating_sub(1);
			if pred.dependents == 0 && matches!(pred.status, OrderStatus::Closed { .. }) {
				Orders::<T>::remove(p);
			} else {
				Orders::<T>::insert(p, pred);
			}
		}

		fn release_units(offer: OfferId, reserved: u32, sold: u32) {
			if let Some(mut o) = Offers::<T>::get(offer) {
				o.reserved = o.reserved.saturating_sub(reserved);
				o.sold = o.sold.saturating_add(sold);
				Self::store_offer(offer, o);
			}
		}

		/// Pays `to` out of escrow. An amount `to` cannot receive (below USDC's minimum for an
		/// account that does not exist) goes to revenue instead, so no payout can block an
		/// order from closing.
		fn pay_from_escrow(to: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
			if amount.is_zero() {
				return Ok(());
			}
			let escrow = Self::escrow_account();
			if T::Stable::can_deposit(to, amount, Provenance::Extant) == DepositConsequence::Success
			{
				T::Stable::transfer(&escrow, to, amount, Preservation::Preserve)?;
			} else {
				T::Revenue::collect(&escrow, RevenueSource::MarketFee, amount)?;
				Self::deposit_event(Event::SweptToRevenue { to: to.clone(), amount });
			}
			Ok(())
		}

		/// Ends a placed or started order with `outcome`: `cost` (at most its escrow) stays in
		/// escrow for the dispute window, the rest is refunded now (unused voucher credit to its
		/// issuer), the offer's capacity is released except `units` sold.
		fn conclude(
			id: OrderId,
			mut o: OrderOf<T>,
			outcome: Outcome,
			cost: BalanceOf<T>,
			units: u32,
			now: Moment,
		) -> DispatchResult {
			Workloads::<T>::remove(id);
			let cost = cost.min(o.escrow);
			let refund = o.escrow - cost;
			let voucher_left = o.voucher_credit.saturating_sub(cost).min(refund);
			if let Some(issuer) = &o.voucher_issuer {
				Self::pay_from_escrow(issuer, voucher_left)?;
			}
			Self::pay_from_escrow(&o.buyer, refund - voucher_left)?;
			OrderEscrow::<T>::mutate(|e| *e = e.saturating_sub(refund));
			if o.status == OrderStatus::Placed {
				Self::release_predecessor(&o);
			}
			Self::release_units(o.offer, o.quantity, units.min(o.quantity));
			Load::<T>::mutate(&o.provider, |l| l.active = l.active.saturating_sub(1));
			o.escrow = cost;
			o.voucher_credit = o.voucher_credit.min(cost);
			Self::deposit_event(Event::OrderFinished {
				order: id,
				outcome,
				cost,
				refunded: refund,
			});
			if cost.is_zero() {
				let completed_at = (outcome == Outcome::Completed).then_some(now);
				Self::close(id, o, completed_at);
			} else {
				o.status = OrderStatus::Finished {
					at: now,
					outcome,
					cost,
					dispute_until: now.saturating_add(T::DisputeWindow::get()),
				};
				Orders::<T>::insert(id, o);
			}
			Ok(())
		}

		/// Pays a finished order's remaining `cost`: the fee to revenue, the rest to the SP.
		fn pay_out(
			id: OrderId,
			o: OrderOf<T>,
			cost: BalanceOf<T>,
			finished_at: Moment,
			outcome: Outcome,
		) -> DispatchResult {
			let fee = o.fee.mul_ceil(cost);
			let provider_paid = cost - fee;
			let payee =
				T::Registry::payout_account(&o.provider).unwrap_or_else(|| o.provider.clone());
			Self::pay_from_escrow(&payee, provider_paid)?;
			if !fee.is_zero() {
				T::Revenue::collect(&Self::escrow_account(), RevenueSource::MarketFee, fee)?;
			}
			OrderEscrow::<T>::mutate(|e| *e = e.saturating_sub(cost));
			if !cost.is_zero() {
				let cashback = T::Rewards::cashback_rate(&o.buyer).mul_floor(cost);
				T::Rewards::settled(
					&o.buyer,
					&o.provider,
					cost,
					cashback,
					Self::incentive_volume(&o.provider, cost),
				);
			}
			Self::deposit_event(Event::OrderSettled { order: id, provider_paid, fee });
			let completed_at = (outcome == Outcome::Completed).then_some(finished_at);
			Self::close(id, o, completed_at);
			Ok(())
		}

		/// The order's books are closed: it leaves its buyer's, SP's and job's counts, and
		/// storage unless later orders still wait on it.
		fn close(id: OrderId, mut o: OrderOf<T>, completed_at: Option<Moment>) {
			Load::<T>::mutate(&o.provider, |l| l.unsettled = l.unsettled.saturating_sub(1));
			BuyerOrders::<T>::remove(&o.buyer, id);
			if let Some(job) = o.job {
				Jobs::<T>::mutate_exists(job, |j| {
					if let Some(inner) = j {
						inner.open = inner.open.saturating_sub(1);
						if inner.open == 0 {
							*j = None;
						}
					}
				});
			}
			if o.dependents == 0 {
				Orders::<T>::remove(id);
			} else {
				o.escrow = Zero::zero();
				o.voucher_credit = Zero::zero();
				o.status = OrderStatus::Closed { completed_at };
				Orders::<T>::insert(id, o);
			}
		}

		pub(crate) fn issue(
			issuer: T::AccountId,
			provider: Option<T::AccountId>,
			holder: T::AccountId,
			value: VoucherValue<BalanceOf<T>>,
			expires_at: Moment,
		) -> Result<VoucherId, DispatchError> {
			ensure!(expires_at > Self::now(), Error::<T>::VoucherExpired);
			match value {
				VoucherValue::Credit(amount) => {
					ensure!(!amount.is_zero(), Error::<T>::VoucherMismatch);
					T::Stable::transfer(
						&issuer,
						&Self::escrow_account(),
						amount,
						Preservation::Preserve,
					)?;
					VoucherBacking::<T>::mutate(|b| *b = b.saturating_add(amount));
				}
				VoucherValue::Units { offer, units } => {
					ensure!(units > 0, Error::<T>::VoucherMismatch);
					let mut o = Offers::<T>::get(offer).ok_or(Error::<T>::UnknownOffer)?;
					ensure!(o.status == OfferStatus::Active, Error::<T>::OfferNotActive);
					ensure!(o.available() >= units, Error::<T>::InsufficientCapacity);
					o.reserved += units;
					Offers::<T>::insert(offer, o);
				}
			}
			let id = NextVoucherId::<T>::get();
			NextVoucherId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
			Vouchers::<T>::insert(
				id,
				Voucher {
					issuer: issuer.clone(),
					provider,
					holder: holder.clone(),
					value,
					expires_at,
				},
			);
			Self::deposit_event(Event::VoucherIssued { voucher: id, issuer, holder });
			Ok(id)
		}

		/// What ordering `quantity` units of `offer` would cost `buyer`.
		pub fn quote(
			buyer: &T::AccountId,
			offer: OfferId,
			quantity: u32,
		) -> Result<Quote<BalanceOf<T>>, DispatchError> {
			let o = Offers::<T>::get(offer).ok_or(Error::<T>::UnknownOffer)?;
			ensure!(o.status == OfferStatus::Active, Error::<T>::OfferNotActive);
			ensure!(o.available() >= quantity, Error::<T>::InsufficientCapacity);
			let (cost, buffer) =
				billing::estimate(quantity, o.terms.unit_price, T::EscrowBuffer::get())?;
			let fee = Self::fee_rate(&o.provider).mul_ceil(cost);
			let incentive_volume = Self::incentive_volume(&o.provider, cost);
			let reference_cost =
				o.terms.reference.as_ref().and_then(|r| Self::reference_cost(r, quantity));
			let below_reference =
				reference_cost.filter(|r| cost < *r).map(|r| Permill::from_rational(r - cost, r));
			Ok(Quote {
				cost,
				buffer,
				escrow: cost.saturating_add(buffer),
				fee,
				provider_receives: cost - fee,
				cashback: T::Rewards::cashback_rate(buyer).mul_floor(cost),
				incentive_volume,
				reference_cost,
				below_reference,
			})
		}

		/// `quantity` units at the reference instance's fresh oracle price, in USDC (at the
		/// oracle's USDC/USD if fresh, else one for one), rounded down.
		fn reference_cost(reference: &CloudReference, quantity: u32) -> Option<BalanceOf<T>> {
			let usd_per_hour = T::Prices::price(&PriceKey::Cloud(reference.sku.clone()))?;
			let usd_per_usdc = T::Prices::price(&PriceKey::UsdcUsd).unwrap_or(FixedU128::one());
			let usd = usd_per_hour
				.checked_mul(&FixedU128::checked_from_rational(quantity, reference.units)?)?;
			let usdc = usd.checked_div(&usd_per_usdc)?;
			let unit: u128 = T::StableUnit::get().try_into().ok()?;
			usdc.checked_mul_int(unit)?.try_into().ok()
		}

		/// Whether an offer passes `filter` and can take an order now.
		pub fn matches(
			offer: &OfferOf<T>,
			filter: &OfferFilter<BalanceOf<T>>,
			now: Moment,
		) -> bool {
			offer.status == OfferStatus::Active
				&& offer.available() > 0
				&& offer.terms.window_start <= now
				&& now < offer.terms.window_end
				&& filter.kind.is_none_or(|k| k == offer.terms.kind)
				&& filter.region.is_none_or(|r| r == offer.terms.spec.region)
				&& filter.max_price.is_none_or(|p| offer.terms.unit_price <= p)
				&& filter.tier.is_none_or(|t| T::Registry::tier(&offer.provider) == Some(t))
		}

		/// Offers passing `filter`, cheapest first: `limit` (at most `MaxBrowsePage`) from
		/// `offset`. Walks the price index of each (kind, region) asked for, reading at most
		/// four times `offset + limit` keys of each and stopping above the price cap.
		pub fn browse_by_price(
			filter: OfferFilter<BalanceOf<T>>,
			offset: u32,
			limit: u32,
		) -> Vec<(OfferId, OfferOf<T>)> {
			let limit = limit.min(T::MaxBrowsePage::get()) as usize;
			let wanted = (offset as usize).saturating_add(limit);
			let now = Self::now();
			let kinds = filter.kind.map_or(ResourceKind::ALL.to_vec(), |k| alloc::vec![k]);
			let regions = filter.region.map_or(Region::ALL.to_vec(), |r| alloc::vec![r]);
			let cap = filter.max_price.map(billing::price_key);
			let mut found = Vec::new();
			for kind in &kinds {
				for region in &regions {
					found.extend(
						OfferIndex::<T>::iter_key_prefix((*kind, *region))
							.take(wanted.saturating_mul(4))
							.take_while(|(price, _)| cap.is_none_or(|c| *price <= c))
							.filter_map(|(price, id)| {
								Offers::<T>::get(id)
									.filter(|o| Self::matches(o, &filter, now))
									.map(|o| (price, id, o))
							})
							.take(wanted),
					);
				}
			}
			found.sort_by_key(|(price, id, _)| (*price, *id));
			found.into_iter().skip(offset as usize).take(limit).map(|(_, id, o)| (id, o)).collect()
		}

		/// An SP's offers that pass `filter` now.
		pub fn offers_of(
			provider: &T::AccountId,
			filter: &OfferFilter<BalanceOf<T>>,
		) -> Vec<(OfferId, OfferOf<T>)> {
			let now = Self::now();
			ProviderOffers::<T>::get(provider)
				.into_iter()
				.filter_map(|id| {
					Offers::<T>::get(id).filter(|o| Self::matches(o, filter, now)).map(|o| (id, o))
				})
				.collect()
		}

		/// A job's orders and their states (closed orders are gone).
		pub fn job_status(
			job: JobId,
		) -> Option<(Job<T::AccountId>, Vec<(OrderId, Option<OrderStatus<BalanceOf<T>>>)>)> {
			let j = Jobs::<T>::get(job)?;
			let orders = (j.first..j.first.saturating_add(j.count as u64))
				.map(|id| (id, Orders::<T>::get(id).map(|o| o.status)))
				.collect();
			Some((j, orders))
		}

		/// A buyer's open orders, a page at a time.
		pub fn open_orders_of(buyer: &T::AccountId, offset: u32, limit: u32) -> Vec<OrderId> {
			BuyerOrders::<T>::iter_key_prefix(buyer)
				.skip(offset as usize)
				.take(limit.min(T::MaxBrowsePage::get()) as usize)
				.collect()
		}

		/// The books balance: see the pallet README.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			use alloc::collections::BTreeMap;
			let mut escrow = BalanceOf::<T>::zero();
			let mut reserved: BTreeMap<OfferId, u32> = BTreeMap::new();
			let mut load: BTreeMap<T::AccountId, ProviderLoad> = BTreeMap::new();
			let mut dependents: BTreeMap<OrderId, u32> = BTreeMap::new();
			let mut job_open: BTreeMap<JobId, u32> = BTreeMap::new();
			let mut open_orders = 0usize;
			for (id, o) in Orders::<T>::iter() {
				escrow = escrow.saturating_add(o.escrow);
				ensure!(o.voucher_credit <= o.escrow, "voucher credit above escrow");
				let open = !matches!(o.status, OrderStatus::Closed { .. });
				ensure!(
					open == BuyerOrders::<T>::contains_key(&o.buyer, id),
					"buyer index disagrees"
				);
				match o.status {
					OrderStatus::Placed | OrderStatus::Started { .. } => {
						*reserved.entry(o.offer).or_default() += o.quantity;
						let l = load.entry(o.provider.clone()).or_default();
						l.active += 1;
						l.unsettled += 1;
					}
					OrderStatus::Finished { cost, .. } | OrderStatus::Disputed { cost, .. } => {
						ensure!(o.escrow == cost, "finished order's escrow is not its cost");
						ensure!(!cost.is_zero(), "finished order with nothing held");
						load.entry(o.provider.clone()).or_default().unsettled += 1;
					}
					OrderStatus::Closed { .. } => {
						ensure!(o.escrow.is_zero(), "closed order holds escrow");
						ensure!(o.dependents > 0, "closed order kept with nobody waiting");
					}
				}
				if o.status == OrderStatus::Placed {
					if let Some(p) = o.after {
						*dependents.entry(p).or_default() += 1;
					}
				}
				if let (Some(job), true) = (o.job, open) {
					*job_open.entry(job).or_default() += 1;
				}
				open_orders += open as usize;
			}
			ensure!(escrow == OrderEscrow::<T>::get(), "order escrow total disagrees");
			ensure!(BuyerOrders::<T>::iter().count() == open_orders, "stray buyer index entries");
			for (id, o) in Orders::<T>::iter() {
				ensure!(
					dependents.get(&id).copied().unwrap_or(0) == o.dependents,
					"dependents miscounted"
				);
			}
			let mut backing = BalanceOf::<T>::zero();
			for (_, v) in Vouchers::<T>::iter() {
				match v.value {
					VoucherValue::Credit(c) => backing = backing.saturating_add(c),
					VoucherValue::Units { offer, units } => {
						*reserved.entry(offer).or_default() += units
					}
				}
			}
			ensure!(backing == VoucherBacking::<T>::get(), "voucher backing disagrees");
			ensure!(
				T::Stable::balance(&Self::escrow_account()) >= escrow.saturating_add(backing),
				"escrow account holds less than it owes"
			);
			let mut indexed = 0usize;
			for (id, o) in Offers::<T>::iter() {
				ensure!(
					reserved.remove(&id).unwrap_or(0) == o.reserved,
					"reserved capacity disagrees"
				);
				ensure!(o.reserved.saturating_add(o.sold) <= o.terms.capacity, "oversold");
				ensure!(
					ProviderOffers::<T>::get(&o.provider).contains(&id),
					"offer missing from its SP's list"
				);
				ensure!(
					o.status != OfferStatus::Closed || o.reserved > 0,
					"idle closed offer kept"
				);
				let key =
					(o.terms.kind, o.terms.spec.region, billing::price_key(o.terms.unit_price), id);
				ensure!(
					OfferIndex::<T>::contains_key(key) == (o.status == OfferStatus::Active),
					"browse index disagrees"
				);
				indexed += (o.status == OfferStatus::Active) as usize;
			}
			ensure!(reserved.is_empty(), "capacity reserved on a missing offer");
			ensure!(OfferIndex::<T>::iter_keys().count() == indexed, "stray browse index keys");
			for (who, l) in Load::<T>::iter() {
				ensure!(load.remove(&who).unwrap_or_default() == l, "provider load disagrees");
			}
			ensure!(load.values().all(|l| *l == ProviderLoad::default()), "provider load missing");
			for (id, j) in Jobs::<T>::iter() {
				ensure!(
					job_open.remove(&id).unwrap_or(0) == j.open && j.open > 0,
					"job open count disagrees"
				);
			}
			ensure!(job_open.is_empty(), "open orders of a missing job");
			Ok(())
		}
	}
}

/// The market's count for pallet-providers: an SP with unsettled orders cannot deregister.
impl<T: Config> pallet_providers::OpenOrders<T::AccountId> for Pallet<T> {
	fn open_orders(provider: &T::AccountId) -> u32 {
		Load::<T>::get(provider).unsettled
	}
}

/// Platform vouchers for group buys: units of a supplier's offer, reserved when issued.
impl<T: Config> VoucherIssuer<T::AccountId> for Pallet<T> {
	fn offer_provider(offer: OfferId) -> Option<T::AccountId> {
		Offers::<T>::get(offer).map(|o| o.provider)
	}

	fn issue_units(
		holder: &T::AccountId,
		offer: OfferId,
		units: u32,
		expires_at: Moment,
	) -> Result<VoucherId, DispatchError> {
		Self::issue(
			T::PlatformAccount::get(),
			None,
			holder.clone(),
			VoucherValue::Units { offer, units },
			expires_at,
		)
	}
}
