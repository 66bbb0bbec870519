#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
pub mod runtime_api;
pub mod score;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use cyberplaza_primitives::{
	Moment, OpenOrders, OrderEvent, ProviderRegistry, Region, ReputationRecorder, RevenueSink,
	RevenueSource, Tier,
};
use polkadot_sdk::{
	frame_support::{
		dispatch::DispatchResult,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			tokens::Precision,
			Get, UnixTime,
		},
		weights::Weight,
		Hashable,
	},
	frame_system::{self, pallet_prelude::BlockNumberFor},
	sp_core::H256,
	sp_runtime::{
		traits::{IdentifyAccount, Verify, Zero},
		DispatchError, Saturating,
	},
};

/// What an attestation key signs to show that `who` holds it: a domain tag, the chain's genesis
/// hash and the account, so that nobody can name another's key as theirs (and take the
/// attestations it signs) and no proof is good on another chain or for another account.
pub fn key_ownership_payload<Hash: codec::Encode, AccountId: codec::Encode>(
	genesis: &Hash,
	who: &AccountId,
) -> Vec<u8> {
	codec::Encode::encode(&(b"cyberplaza/attestation-key", genesis, who))
}

/// Width of the buckets probation ends are filed under, in seconds. The hook promotes an SP
/// once its bucket has passed, so at most this long after its probation ended (any earlier
/// touch promotes it at once).
pub const PROMOTION_BUCKET: Moment = 600;

/// Empty buckets the hook may step over in one block.
const MAX_BUCKETS_SCANNED: u32 = 8;

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;
	use polkadot_sdk::{
		frame_support::pallet_prelude::*,
		frame_system::{ensure_signed, pallet_prelude::*},
		sp_runtime::{Percent, Permill},
	};

	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	pub type StableBalanceOf<T> =
		<<T as Config>::Stable as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	pub type ProviderOf<T> = Provider<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		StableBalanceOf<T>,
		<T as Config>::AttestationKey,
		MetadataOf<T>,
	>;
	pub type MetadataOf<T> = Metadata<<T as Config>::MaxCertificates>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// CPT: the registration bond is held in it.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// USDC: certification fees are paid in it.
		type Stable: Mutate<Self::AccountId>;
		type RuntimeHoldReason: From<HoldReason>;
		/// Unix time.
		type Time: UnixTime;
		/// The public key SPs sign job attestations with.
		type AttestationKey: Parameter
			+ Member
			+ MaxEncodedLen
			+ IdentifyAccount<AccountId = Self::AttestationKey>;
		/// A signature by an attestation key over [`key_ownership_payload`]: proof that the SP
		/// naming the key holds it.
		type KeyProof: Parameter + Verify<Signer = Self::AttestationKey>;
		/// Identifies a marketplace order (ratings are once per order).
		type OrderId: Parameter + Member + MaxEncodedLen;
		/// The market's count of an SP's open orders.
		type OpenOrders: OpenOrders<Self::AccountId>;
		/// Quotes fees, records benchmarks, suspends and reinstates.
		type CertifierOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Reports monthly uptime (later: from attested heartbeats).
		type UptimeOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Takes certification fees: the platform's revenue.
		type Revenue: RevenueSink<Self::AccountId, StableBalanceOf<Self>>;
		/// CPT held from each registered SP.
		#[pallet::constant]
		type ProviderBond: Get<BalanceOf<Self>>;
		#[pallet::constant]
		type MinCertificationFee: Get<StableBalanceOf<Self>>;
		#[pallet::constant]
		type MaxCertificationFee: Get<StableBalanceOf<Self>>;
		/// Concurrent orders allowed on probation.
		#[pallet::constant]
		type ProbationOrderLimit: Get<u32>;
		/// Monthly uptime below this is a strike.
		#[pallet::constant]
		type MinUptime: Get<Permill>;
		/// Two strikes within this many seconds demote a certified SP to probation.
		#[pallet::constant]
		type StrikeWindow: Get<Moment>;
		/// How far below its claim a measured figure may fall before the SP is flagged.
		#[pallet::constant]
		type BenchmarkTolerance: Get<Percent>;
		/// The entry-level hardware of a certified SP.
		#[pallet::constant]
		type EntryFloor: Get<HardwareFloor>;
		#[pallet::constant]
		type MaxCertificates: Get<u32>;
		/// Promotions the idle hook may make in one block.
		#[pallet::constant]
		type MaxPromotionsPerBlock: Get<u32>;
		/// Longest page the ranking API returns.
		#[pallet::constant]
		type MaxRankingPage: Get<u32>;
		type WeightInfo: WeightInfo;
		/// Moves time in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An SP's registration bond.
		#[codec(index = 0)]
		ProviderBond,
	}

	#[pallet::type_value]
	pub fn DefaultProbation() -> Moment {
		30 * 86_400
	}

	/// Seconds between passing the benchmark and becoming certified (SPEC: 30 days; the dev
	/// chain's are minutes, so that certification can be watched on one machine).
	#[pallet::storage]
	pub type ProbationPeriod<T> = StorageValue<_, Moment, ValueQuery, DefaultProbation>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Seconds of probation; zero means 30 days.
		pub probation: Moment,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if self.probation != 0 {
				ProbationPeriod::<T>::put(self.probation);
			}
		}
	}

	/// Registered SPs.
	#[pallet::storage]
	pub type Providers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ProviderOf<T>>;

	/// Number of registered SPs.
	#[pallet::storage]
	pub type ProviderCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The SP each attestation key belongs to (keys are unique).
	#[pallet::storage]
	pub type AttestationKeys<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AttestationKey, T::AccountId>;

	/// The ranking: one key per active SP, `(tier, region, rank key, SP)`. Keys of one tier and
	/// region iterate in descending score, so the top N is N reads. A rank key is
	/// [`rank_key`] of the score.
	#[pallet::storage]
	pub type Ranking<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Identity, Tier>,
			NMapKey<Identity, Region>,
			NMapKey<Identity, [u8; 4]>,
			NMapKey<Twox64Concat, T::AccountId>,
		),
		(),
	>;

	/// SPs on probation (not suspended) by the bucket their probation ends in, with the end.
	#[pallet::storage]
	pub type ProbationEnds<T: Config> =
		StorageDoubleMap<_, Twox64Concat, u64, Blake2_128Concat, T::AccountId, Moment>;

	/// Number of entries in [`ProbationEnds`].
	#[pallet::storage]
	pub type PendingPromotions<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The first bucket of [`ProbationEnds`] that may hold entries.
	#[pallet::storage]
	pub type PromotionCursor<T: Config> = StorageValue<_, u64, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An SP registered and its bond was held.
		Registered {
			provider: T::AccountId,
			payout: T::AccountId,
			region: Region,
			bond: BalanceOf<T>,
		},
		/// An SP replaced its payout account, region or documents.
		ProfileUpdated { provider: T::AccountId },
		/// An SP replaced its attestation key.
		AttestationKeyRotated { provider: T::AccountId, key: T::AttestationKey },
		/// An SP left and its bond was released.
		Deregistered { provider: T::AccountId, bond: BalanceOf<T> },
		/// An SP applied for certification with claimed figures.
		CertificationApplied { provider: T::AccountId },
		/// An SP withdrew its application before paying.
		CertificationWithdrawn { provider: T::AccountId },
		/// The certifier set the fee of an application.
		CertificationFeeQuoted { provider: T::AccountId, fee: StableBalanceOf<T> },
		/// An SP paid its certification fee into revenue.
		CertificationFeePaid { provider: T::AccountId, fee: StableBalanceOf<T> },
		/// Benchmark results were recorded; `shortfalls` marks figures below the claim.
		BenchmarkRecorded { provider: T::AccountId, shortfalls: Shortfalls },
		/// The first benchmark fell short; the SP is ordinary again and may reapply.
		CertificationRejected { provider: T::AccountId, shortfalls: Shortfalls },
		/// An SP went on probation until `until`.
		ProbationStarted { provider: T::AccountId, until: Moment },
		/// An SP's probation ended: it is certified.
		Certified { provider: T::AccountId },
		/// A re-benchmark fell short of the claim.
		Flagged { provider: T::AccountId, shortfalls: Shortfalls },
		/// A re-benchmark met the claim again.
		FlagCleared { provider: T::AccountId },
		/// Monthly uptime was reported; below the minimum it is a strike.
		UptimeReported { provider: T::AccountId, period: u32, uptime: Permill, strike: bool },
		/// Two strikes within the window demoted a certified SP to probation.
		Demoted { provider: T::AccountId },
		/// The certifier suspended an SP.
		Suspended { provider: T::AccountId, reason: H256 },
		/// The certifier lifted a suspension.
		Reinstated { provider: T::AccountId },
		/// The market reported an order event; the score is now `score`.
		OrderNoted { provider: T::AccountId, event: OrderEvent, score: u32 },
		/// A buyer rated an order; the score is now `score`.
		Rated { provider: T::AccountId, order: T::OrderId, rating: u8, review: H256, score: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a registered SP.
		AlreadyRegistered,
		/// The account is not a registered SP.
		NotProvider,
		/// Another SP (or this one) already uses that attestation key.
		AttestationKeyInUse,
		/// The key proof is not the attestation key's signature over the caller's
		/// [`key_ownership_payload`]: an SP may only name a key it holds.
		BadKeyProof,
		/// A compliance certificate has already expired.
		CertificateExpired,
		/// The SP still has open orders.
		HasOpenOrders,
		/// The SP is suspended.
		Suspended,
		/// The SP is not suspended.
		NotSuspended,
		/// The SP is already applying for, or holds, certification.
		AlreadyCertifying,
		/// The claimed figures are below the entry-level floor.
		ClaimBelowFloor,
		/// No application awaits a fee quote.
		NotAwaitingQuote,
		/// No unpaid application to withdraw.
		NothingToWithdraw,
		/// No fee has been quoted to pay.
		NotQuoted,
		/// The fee is outside the allowed range.
		FeeOutOfRange,
		/// The SP has neither paid for certification nor holds it.
		NotBenchmarkable,
		/// Uptime for this period (or a later one) was already reported.
		StaleUptimePeriod,
		/// Ratings are 1 to 5.
		InvalidRating,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_idle(_: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::promote_due(remaining)
		}

		fn integrity_test() {
			assert!(T::MinCertificationFee::get() <= T::MaxCertificationFee::get());
			assert!(T::MaxRankingPage::get() > 0);
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
		/// Register the caller as an ordinary SP, holding `ProviderBond` CPT. `key_proof` is
		/// the attestation key's signature over [`key_ownership_payload`] of the caller.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(
			origin: OriginFor<T>,
			payout: T::AccountId,
			attestation_key: T::AttestationKey,
			key_proof: T::KeyProof,
			region: Region,
			metadata: MetadataOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!Providers::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
			Self::ensure_key_usable(&who, &attestation_key, &key_proof)?;
			let now = Self::now();
			Self::ensure_certificates_valid(&metadata, now)?;
			let bond = T::ProviderBond::get();
			T::Currency::hold(&HoldReason::ProviderBond.into(), &who, bond)?;
			let provider = Provider {
				bond,
				payout: payout.clone(),
				attestation_key: attestation_key.clone(),
				region,
				metadata,
				registered_at: now,
				certification: Certification::None,
				claim: None,
				last_benchmark: None,
				flag: None,
				strikes: Default::default(),
				last_uptime_period: None,
				suspension: None,
				reputation: Default::default(),
				score: score::score(&Default::default()),
			};
			Self::reindex(&who, None, Self::rank_entry(&provider));
			AttestationKeys::<T>::insert(&attestation_key, &who);
			Providers::<T>::insert(&who, provider);
			ProviderCount::<T>::mutate(|n| n.saturating_inc());
			Self::deposit_event(Event::Registered { provider: who, payout, region, bond });
			Ok(())
		}

		/// Replace the caller's payout account, region and document hashes.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_profile())]
		pub fn update_profile(
			origin: OriginFor<T>,
			payout: T::AccountId,
			region: Region,
			metadata: MetadataOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::mutate_provider(&who, |p, now| {
				Self::ensure_certificates_valid(&metadata, now)?;
				p.payout = payout;
				p.region = region;
				p.metadata = metadata;
				Ok(())
			})?;
			Self::deposit_event(Event::ProfileUpdated { provider: who });
			Ok(())
		}

		/// Replace the caller's attestation key with an unused one it holds (`key_proof` as for
		/// `register`).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::rotate_attestation_key())]
		pub fn rotate_attestation_key(
			origin: OriginFor<T>,
			key: T::AttestationKey,
			key_proof: T::KeyProof,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_key_usable(&who, &key, &key_proof)?;
			Self::mutate_provider(&who, |p, _| {
				AttestationKeys::<T>::remove(&p.attestation_key);
				AttestationKeys::<T>::insert(&key, &who);
				p.attestation_key = key.clone();
				Ok(())
			})?;
			Self::deposit_event(Event::AttestationKeyRotated { provider: who, key });
			Ok(())
		}

		/// Leave the registry and get the bond back; only with no open orders.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::deregister())]
		pub fn deregister(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let provider = Providers::<T>::get(&who).ok_or(Error::<T>::NotProvider)?;
			ensure!(T::OpenOrders::open_orders(&who).is_zero(), Error::<T>::HasOpenOrders);
			T::Currency::release(
				&HoldReason::ProviderBond.into(),
				&who,
				provider.bond,
				Precision::Exact,
			)?;
			Self::reindex(&who, Self::rank_entry(&provider), None);
			if let Some(until) = Self::probation_end(&provider) {
				Self::unschedule(&who, until);
			}
			AttestationKeys::<T>::remove(&provider.attestation_key);
			Providers::<T>::remove(&who);
			ProviderCount::<T>::mutate(|n| n.saturating_dec());
			Self::deposit_event(Event::Deregistered { provider: who, bond: provider.bond });
			Ok(())
		}

		/// Apply for certification with the figures the caller claims; they must meet the
		/// entry-level floor. The certifier then quotes the fee.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::apply_for_certification())]
		pub fn apply_for_certification(origin: OriginFor<T>, claim: Figures) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(claim.meets(&T::EntryFloor::get()), Error::<T>::ClaimBelowFloor);
			Self::mutate_provider(&who, |p, now| {
				ensure!(p.suspension.is_none(), Error::<T>::Suspended);
				ensure!(p.certification == Certification::None, Error::<T>::AlreadyCertifying);
				p.certification = Certification::Applied { at: now };
				p.claim = Some(claim);
				Ok(())
			})?;
			Self::deposit_event(Event::CertificationApplied { provider: who });
			Ok(())
		}

		/// Withdraw an application whose fee is not yet paid.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::withdraw_application())]
		pub fn withdraw_application(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::mutate_provider(&who, |p, _| {
				ensure!(
					matches!(
						p.certification,
						Certification::Applied { .. } | Certification::Quoted { .. }
					),
					Error::<T>::NothingToWithdraw
				);
				p.certification = Certification::None;
				p.claim = None;
				Ok(())
			})?;
			Self::deposit_event(Event::CertificationWithdrawn { provider: who });
			Ok(())
		}

		/// Set the fee of a pending application (certifier).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::quote_certification_fee())]
		pub fn quote_certification_fee(
			origin: OriginFor<T>,
			provider: T::AccountId,
			fee: StableBalanceOf<T>,
		) -> DispatchResult {
			T::CertifierOrigin::ensure_origin(origin)?;
			ensure!(
				fee >= T::MinCertificationFee::get() && fee <= T::MaxCertificationFee::get(),
				Error::<T>::FeeOutOfRange
			);
			Self::mutate_provider(&provider, |p, _| {
				ensure!(
					matches!(p.certification, Certification::Applied { .. }),
					Error::<T>::NotAwaitingQuote
				);
				p.certification = Certification::Quoted { fee };
				Ok(())
			})?;
			Self::deposit_event(Event::CertificationFeeQuoted { provider, fee });
			Ok(())
		}

		/// Pay the quoted certification fee (USDC) into revenue.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::pay_certification_fee())]
		pub fn pay_certification_fee(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let fee = Self::mutate_provider(&who, |p, _| {
				let Certification::Quoted { fee } = p.certification else {
					return Err(Error::<T>::NotQuoted.into());
				};
				T::Revenue::collect(&who, RevenueSource::Certification, fee)?;
				p.certification = Certification::Paid { fee };
				Ok(fee)
			})?;
			Self::deposit_event(Event::CertificationFeePaid { provider: who, fee });
			Ok(())
		}

		/// Record benchmark results (certifier). After a paid application they decide it:
		/// results that meet the floor and the claim (within the tolerance) start probation,
		/// others reject it. For an SP on probation or certified they are a re-benchmark that
		/// flags the SP, or clears its flag.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::record_benchmark())]
		pub fn record_benchmark(
			origin: OriginFor<T>,
			provider: T::AccountId,
			figures: Figures,
		) -> DispatchResult {
			T::CertifierOrigin::ensure_origin(origin)?;
			let mut events = Vec::new();
			Self::mutate_provider(&provider, |p, now| {
				let claim = match (&p.certification, &p.claim) {
					(
						Certification::Paid { .. }
						| Certification::Probation { .. }
						| Certification::Certified { .. },
						Some(claim),
					) => claim,
					_ => return Err(Error::<T>::NotBenchmarkable.into()),
				};
				let mut shortfalls = figures.shortfalls(claim, T::BenchmarkTolerance::get());
				if !figures.meets(&T::EntryFloor::get()) {
					shortfalls |= figure::FLOOR;
				}
				events.push(Event::BenchmarkRecorded { provider: provider.clone(), shortfalls });
				let was_flagged = p.flag.is_some();
				let deciding = matches!(p.certification, Certification::Paid { .. });
				match (deciding, shortfalls) {
					(true, 0) => {
						let until = Self::start_probation(p, now);
						events.push(Event::ProbationStarted { provider: provider.clone(), until });
					}
					(true, _) => {
						p.certification = Certification::None;
						p.claim = None;
						events.push(Event::CertificationRejected {
							provider: provider.clone(),
							shortfalls,
						});
					}
					(false, 0) => {
						p.flag = None;
						if was_flagged {
							events.push(Event::FlagCleared { provider: provider.clone() });
						}
					}
					(false, _) => {
						p.flag = Some(Flag { at: now, shortfalls });
						events.push(Event::Flagged { provider: provider.clone(), shortfalls });
					}
				}
				p.last_benchmark = Some(BenchmarkRecord { at: now, figures, shortfalls });
				Ok(())
			})?;
			events.into_iter().for_each(Self::deposit_event);
			Ok(())
		}

		/// Report an SP's uptime for a monthly `period` (periods must increase). Below
		/// `MinUptime` it is a strike; the second strike within `StrikeWindow` demotes a
		/// certified SP (or restarts the probation of one on probation).
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::report_uptime())]
		pub fn report_uptime(
			origin: OriginFor<T>,
			provider: T::AccountId,
			period: u32,
			uptime: Permill,
		) -> DispatchResult {
			T::UptimeOrigin::ensure_origin(origin)?;
			let strike = uptime < T::MinUptime::get();
			let demoted = Self::mutate_provider(&provider, |p, now| {
				ensure!(p.last_uptime_period < Some(period), Error::<T>::StaleUptimePeriod);
				p.last_uptime_period = Some(period);
				if !strike {
					return Ok(false);
				}
				let window = T::StrikeWindow::get();
				p.strikes.retain(|at| at.saturating_add(window) > now);
				if p.strikes.try_push(now).is_ok() && p.strikes.len() < 2 {
					return Ok(false);
				}
				// Second strike in the window (the vector holds two).
				p.strikes.clear();
				let is_csp = p.certification.tier() != Tier::Ordinary;
				if is_csp {
					Self::start_probation(p, now);
				}
				Ok(is_csp)
			})?;
			Self::deposit_event(Event::UptimeReported {
				provider: provider.clone(),
				period,
				uptime,
				strike,
			});
			if demoted {
				Self::deposit_event(Event::Demoted { provider });
			}
			Ok(())
		}

		/// Suspend an SP (certifier): it leaves the ranking and may take no orders.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::suspend())]
		pub fn suspend(
			origin: OriginFor<T>,
			provider: T::AccountId,
			reason: H256,
		) -> DispatchResult {
			T::CertifierOrigin::ensure_origin(origin)?;
			Self::mutate_provider(&provider, |p, now| {
				ensure!(p.suspension.is_none(), Error::<T>::Suspended);
				p.suspension = Some(Suspension { since: now, reason });
				Ok(())
			})?;
			Self::deposit_event(Event::Suspended { provider, reason });
			Ok(())
		}

		/// Lift a suspension (certifier). A certified SP or one on probation starts a fresh
		/// probation: trust is earned back.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::reinstate())]
		pub fn reinstate(origin: OriginFor<T>, provider: T::AccountId) -> DispatchResult {
			T::CertifierOrigin::ensure_origin(origin)?;
			let probation = Self::mutate_provider(&provider, |p, now| {
				ensure!(p.suspension.take().is_some(), Error::<T>::NotSuspended);
				Ok((p.certification.tier() != Tier::Ordinary)
					.then(|| Self::start_probation(p, now)))
			})?;
			Self::deposit_event(Event::Reinstated { provider: provider.clone() });
			if let Some(until) = probation {
				Self::deposit_event(Event::ProbationStarted { provider, until });
			}
			Ok(())
		}

		/// Apply any transition that has fallen due for `provider` (anyone may call).
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::refresh())]
		pub fn refresh(origin: OriginFor<T>, provider: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::mutate_provider(&provider, |_, _| Ok(()))
		}
	}

	impl<T: Config> Pallet<T> {
		pub(crate) fn now() -> Moment {
			T::Time::now().as_secs()
		}

		/// `key` is free and `proof` shows `who` holds it.
		fn ensure_key_usable(
			who: &T::AccountId,
			key: &T::AttestationKey,
			proof: &T::KeyProof,
		) -> DispatchResult {
			ensure!(!AttestationKeys::<T>::contains_key(key), Error::<T>::AttestationKeyInUse);
			let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
			let payload = key_ownership_payload(&genesis, who);
			ensure!(proof.verify(&payload[..], key), Error::<T>::BadKeyProof);
			Ok(())
		}

		fn ensure_certificates_valid(metadata: &MetadataOf<T>, now: Moment) -> DispatchResult {
			ensure!(
				metadata.certificates.iter().all(|c| c.expires_at > now),
				Error::<T>::CertificateExpired
			);
			Ok(())
		}

		/// Puts `p` on a probation that ends `ProbationPeriod` from now; returns the end.
		fn start_probation(p: &mut ProviderOf<T>, now: Moment) -> Moment {
			let until = now.saturating_add(ProbationPeriod::<T>::get());
			p.certification = Certification::Probation { since: now, until };
			until
		}

		/// The transition that has fallen due by `now`, if any: a probation that has ended
		/// (and is not frozen by a suspension) becomes certification.
		pub(crate) fn apply_due(p: &mut ProviderOf<T>, now: Moment) -> bool {
			match p.certification {
				Certification::Probation { until, .. }
					if until <= now && p.suspension.is_none() =>
				{
					p.certification = Certification::Certified { since: until };
					true
				}
				_ => false,
			}
		}

		/// Loads `who`, applies what has fallen due, runs `f`, and keeps the ranking and the
		/// promotion queue in step with the result. Nothing is written if `f` fails.
		pub(crate) fn mutate_provider<R>(
			who: &T::AccountId,
			f: impl FnOnce(&mut ProviderOf<T>, Moment) -> Result<R, DispatchError>,
		) -> Result<R, DispatchError> {
			let now = Self::now();
			let mut p = Providers::<T>::get(who).ok_or(Error::<T>::NotProvider)?;
			let (rank_before, end_before) = (Self::rank_entry(&p), Self::probation_end(&p));
			let promoted = Self::apply_due(&mut p, now);
			let result = f(&mut p, now)?;
			Self::reindex(who, rank_before, Self::rank_entry(&p));
			let end_after = Self::probation_end(&p);
			if end_before != end_after {
				if let Some(until) = end_before {
					Self::unschedule(who, until);
				}
				if let Some(until) = end_after {
					Self::schedule(who, until);
				}
			}
			Providers::<T>::insert(who, p);
			if promoted {
				Self::deposit_event(Event::Certified { provider: who.clone() });
			}
			Ok(result)
		}

		/// Recomputes `p`'s score after its counters changed; returns it.
		pub(crate) fn rescore(p: &mut ProviderOf<T>) -> u32 {
			p.score = score::score(&p.reputation);
			p.score
		}

		/// Where `p` sits in the ranking: nowhere while suspended.
		pub(crate) fn rank_entry(p: &ProviderOf<T>) -> Option<(Tier, Region, u32)> {
			p.suspension.is_none().then(|| (p.certification.tier(), p.region, p.score))
		}

		fn reindex(
			who: &T::AccountId,
			before: Option<(Tier, Region, u32)>,
			after: Option<(Tier, Region, u32)>,
		) {
			if before == after {
				return;
			}
			if let Some((tier, region, score)) = before {
				Ranking::<T>::remove((tier, region, rank_key(score), who));
			}
			if let Some((tier, region, score)) = after {
				Ranking::<T>::insert((tier, region, rank_key(score), who), ());
			}
		}

		/// When `p`'s probation ends, if it is on one that is running.
		pub(crate) fn probation_end(p: &ProviderOf<T>) -> Option<Moment> {
			match p.certification {
				Certification::Probation { until, .. } if p.suspension.is_none() => Some(until),
				_ => None,
			}
		}

		fn schedule(who: &T::AccountId, until: Moment) {
			// An empty queue's cursor may lag; entries are never filed before the present.
			if PendingPromotions::<T>::get().is_zero() {
				PromotionCursor::<T>::put(Self::now() / PROMOTION_BUCKET);
			}
			ProbationEnds::<T>::insert(until / PROMOTION_BUCKET, who, until);
			PendingPromotions::<T>::mutate(|n| n.saturating_inc());
		}

		fn unschedule(who: &T::AccountId, until: Moment) {
			if ProbationEnds::<T>::take(until / PROMOTION_BUCKET, who).is_some() {
				PendingPromotions::<T>::mutate(|n| n.saturating_dec());
			}
		}

		/// Promotes SPs whose probation bucket has passed, within `limit` weight and at most
		/// `MaxPromotionsPerBlock`, stepping over at most `MAX_BUCKETS_SCANNED` empty buckets.
		pub(crate) fn promote_due(limit: Weight) -> Weight {
			let db = T::DbWeight::get();
			let mut used = db.reads(3);
			if used.any_gt(limit) {
				return Weight::zero();
			}
			let current = Self::now() / PROMOTION_BUCKET;
			let mut cursor = PromotionCursor::<T>::get();
			if PendingPromotions::<T>::get().is_zero() {
				if cursor != current {
					PromotionCursor::<T>::put(current);
					used.saturating_accrue(db.writes(1));
				}
				return used;
			}
			let (mut promoted, mut scanned) = (0, 0);
			let step = T::WeightInfo::promote().saturating_add(db.reads_writes(1, 1));
			while cursor < current
				&& promoted < T::MaxPromotionsPerBlock::get()
				&& scanned < MAX_BUCKETS_SCANNED
				&& !used.saturating_add(step).any_gt(limit)
			{
				used.saturating_accrue(db.reads(1));
				match ProbationEnds::<T>::iter_prefix(cursor).next() {
					Some((who, until)) => {
						// The provider is there by the queue's invariant; should it not be,
						// the entry still goes so the queue cannot stall.
						let _ = Self::mutate_provider(&who, |_, _| Ok(()));
						Self::unschedule(&who, until);
						used.saturating_accrue(T::WeightInfo::promote());
						promoted += 1;
					}
					None => {
						cursor += 1;
						scanned += 1;
					}
				}
			}
			PromotionCursor::<T>::put(cursor);
			used.saturating_add(db.writes(1))
		}

		/// `who` as of now, with due transitions applied (nothing is written).
		pub fn provider(who: &T::AccountId) -> Option<ProviderOf<T>> {
			let mut p = Providers::<T>::get(who)?;
			Self::apply_due(&mut p, Self::now());
			Some(p)
		}

		/// The ranking, best first, optionally of one tier and/or region: `limit` (at most
		/// `MaxRankingPage`) entries from `offset`. Reads at most `offset + limit` keys of each
		/// (tier, region) pair asked for.
		pub fn ranking(
			tier: Option<Tier>,
			region: Option<Region>,
			offset: u32,
			limit: u32,
		) -> Vec<Ranked<T::AccountId>> {
			let limit = limit.min(T::MaxRankingPage::get()) as usize;
			let wanted = (offset as usize).saturating_add(limit);
			let tiers = tier.map_or(Tier::ALL.to_vec(), |t| alloc::vec![t]);
			let regions = region.map_or(Region::ALL.to_vec(), |r| alloc::vec![r]);
			let mut merged = Vec::new();
			for tier in &tiers {
				for region in &regions {
					merged.extend(
						Ranking::<T>::iter_key_prefix((*tier, *region))
							.take(wanted)
							.map(|(key, who)| (key, who.twox_64_concat(), who, *tier, *region)),
					);
				}
			}
			// The same order as the storage keys: score descending, then hashed account.
			merged.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
			merged
				.into_iter()
				.skip(offset as usize)
				.take(limit)
				.map(|(key, _, provider, tier, region)| Ranked {
					score: score_of_rank_key(key),
					tier: Self::provider(&provider).map_or(tier, |p| p.certification.tier()),
					provider,
					region,
				})
				.collect()
		}

		/// The probation `who` is on, as of now.
		pub fn probation(who: &T::AccountId) -> Option<ProbationStatus> {
			let p = Self::provider(who)?;
			match p.certification {
				Certification::Probation { since, until } => Some(ProbationStatus {
					since,
					until,
					remaining: until.saturating_sub(Self::now()),
					concurrent_order_limit: T::ProbationOrderLimit::get(),
				}),
				_ => None,
			}
		}

		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			use polkadot_sdk::frame_support::{ensure, traits::fungible::InspectHold};
			let mut providers = 0u32;
			let mut ranked = 0usize;
			let mut scheduled = 0usize;
			let cursor = PromotionCursor::<T>::get();
			for (who, p) in Providers::<T>::iter() {
				providers += 1;
				ensure!(
					T::Currency::balance_on_hold(&HoldReason::ProviderBond.into(), &who) == p.bond,
					"bond held differs from bond recorded"
				);
				ensure!(
					AttestationKeys::<T>::get(&p.attestation_key).as_ref() == Some(&who),
					"attestation key not indexed"
				);
				ensure!(p.score == score::score(&p.reputation), "score is stale");
				if let Some((tier, region, score)) = Self::rank_entry(&p) {
					ensure!(
						Ranking::<T>::contains_key((tier, region, rank_key(score), &who)),
						"ranking misses an active SP"
					);
					ranked += 1;
				}
				if let Some(until) = Self::probation_end(&p) {
					ensure!(
						ProbationEnds::<T>::get(until / PROMOTION_BUCKET, &who) == Some(until),
						"probation end not queued"
					);
					ensure!(until / PROMOTION_BUCKET >= cursor, "probation end behind the cursor");
					scheduled += 1;
				}
				let fee_in_range = |fee: &StableBalanceOf<T>| {
					*fee >= T::MinCertificationFee::get() && *fee <= T::MaxCertificationFee::get()
				};
				let legal = match &p.certification {
					Certification::None => p.claim.is_none(),
					Certification::Applied { .. } => p.claim.is_some(),
					Certification::Quoted { fee } | Certification::Paid { fee } => {
						p.claim.is_some() && fee_in_range(fee)
					}
					Certification::Probation { since, until } => {
						p.claim.is_some()
							&& *until == since.saturating_add(ProbationPeriod::<T>::get())
					}
					Certification::Certified { .. } => p.claim.is_some(),
				};
				ensure!(legal, "certification state inconsistent");
				ensure!(
					p.flag.is_none() || p.certification.tier() != Tier::Ordinary,
					"ordinary SP flagged"
				);
				ensure!(p.strikes.len() < 2, "two strikes not acted on");
			}
			ensure!(ProviderCount::<T>::get() == providers, "provider count differs");
			ensure!(
				AttestationKeys::<T>::iter().count() == providers as usize,
				"stale attestation keys"
			);
			ensure!(Ranking::<T>::iter_keys().count() == ranked, "stale ranking entries");
			ensure!(ProbationEnds::<T>::iter().count() == scheduled, "stale probation entries");
			ensure!(
				PendingPromotions::<T>::get() as usize == scheduled,
				"pending promotions miscounted"
			);
			Ok(())
		}
	}
}

/// Storage key for a score: big-endian of its complement, so higher scores sort first.
pub fn rank_key(score: u32) -> [u8; 4] {
	(u32::MAX - score).to_be_bytes()
}

/// Inverse of [`rank_key`].
pub fn score_of_rank_key(key: [u8; 4]) -> u32 {
	u32::MAX - u32::from_be_bytes(key)
}

impl<T: Config> ProviderRegistry<T::AccountId> for Pallet<T> {
	type AttestationKey = T::AttestationKey;

	fn tier(provider: &T::AccountId) -> Option<Tier> {
		Self::provider(provider).map(|p| p.certification.tier())
	}

	fn is_active(provider: &T::AccountId) -> bool {
		Providers::<T>::get(provider).is_some_and(|p| p.suspension.is_none())
	}

	fn is_flagged(provider: &T::AccountId) -> bool {
		Providers::<T>::get(provider).is_some_and(|p| p.flag.is_some())
	}

	fn payout_account(provider: &T::AccountId) -> Option<T::AccountId> {
		Providers::<T>::get(provider).map(|p| p.payout)
	}

	fn attestation_key(provider: &T::AccountId) -> Option<T::AttestationKey> {
		Providers::<T>::get(provider).map(|p| p.attestation_key)
	}

	fn provider_by_key(key: &T::AttestationKey) -> Option<T::AccountId> {
		AttestationKeys::<T>::get(key)
	}

	fn concurrent_order_limit(provider: &T::AccountId) -> Option<u32> {
		match Self::provider(provider) {
			None => Some(0),
			Some(p) if p.suspension.is_some() => Some(0),
			Some(p) if p.certification.tier() == Tier::Probation => {
				Some(T::ProbationOrderLimit::get())
			}
			Some(_) => None,
		}
	}
}

impl<T: Config> ReputationRecorder<T::AccountId, T::OrderId> for Pallet<T> {
	fn note(provider: &T::AccountId, event: OrderEvent) -> DispatchResult {
		let score = Self::mutate_provider(provider, |p, _| {
			let r = &mut p.reputation;
			match event {
				OrderEvent::Started { on_time } => {
					r.starts.saturating_inc();
					if on_time {
						r.on_time_starts.saturating_inc();
					}
				}
				OrderEvent::Completed => r.completions.saturating_inc(),
				OrderEvent::SlaBreached => r.sla_breaches.saturating_inc(),
				OrderEvent::DisputeLost => r.disputes_lost.saturating_inc(),
			}
			Ok(Self::rescore(p))
		})?;
		Self::deposit_event(Event::OrderNoted { provider: provider.clone(), event, score });
		Ok(())
	}

	fn rate(
		provider: &T::AccountId,
		order: T::OrderId,
		rating: u8,
		review: H256,
		weight: u64,
	) -> DispatchResult {
		use polkadot_sdk::frame_support::ensure;
		ensure!((1..=5).contains(&rating), Error::<T>::InvalidRating);
		let weight = weight.max(1);
		let score = Self::mutate_provider(provider, |p, _| {
			p.reputation.ratings.saturating_inc();
			p.reputation.rating_weight.saturating_accrue(weight);
			p.reputation.rating_sum.saturating_accrue(u64::from(rating).saturating_mul(weight));
			Ok(Self::rescore(p))
		})?;
		Self::deposit_event(Event::Rated {
			provider: provider.clone(),
			order,
			rating,
			review,
			score,
		});
		Ok(())
	}
}
