#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
pub mod curve;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use curve::{Curve, Knot};
pub use cyberplaza_primitives::Moment;
use cyberplaza_primitives::VoteWeight;
use polkadot_sdk::{
	frame_support::{
		dispatch::DispatchResult,
		traits::{
			fungible::{Inspect, InspectFreeze, Mutate, MutateFreeze},
			tokens::{Fortitude, Preservation},
			Get, UnixTime,
		},
		BoundedVec,
	},
	frame_system::pallet_prelude::BlockNumberFor,
	sp_runtime::{DispatchError, Permill, Saturating},
	sp_weights::Weight,
};

/// CPT, in planck.
pub type Balance = u128;

/// Sets the clock in benchmarks.
pub trait BenchmarkHelper {
	/// Sets the current Unix time, in seconds.
	fn set_time(seconds: Moment);
}

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;
	use polkadot_sdk::{frame_support::pallet_prelude::*, frame_system::pallet_prelude::*};

	pub type CurveOf<T> = Curve<<T as Config>::MaxKnots>;
	pub type TiersOf<T> = BoundedVec<WeightTier<Balance>, <T as Config>::MaxTiers>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// CPT: locks are freezes on it.
		type Currency: InspectFreeze<Self::AccountId, Id = Self::RuntimeFreezeReason, Balance = Balance>
			+ MutateFreeze<Self::AccountId>
			+ Mutate<Self::AccountId>;
		type RuntimeFreezeReason: From<FreezeReason>;
		type Time: UnixTime;
		/// Sets the curve and the weight tiers.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Knots in a curve.
		#[pallet::constant]
		type MaxKnots: Get<u32>;
		/// Weight tiers.
		#[pallet::constant]
		type MaxTiers: Get<u32>;
		/// Week boundaries the chain's total catches up per block: more only after a stall
		/// this long, and then over several blocks.
		#[pallet::constant]
		type MaxCatchUpWeeks: Get<u32>;
		type WeightInfo: WeightInfo;
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
	}

	/// Why the pallet freezes CPT.
	#[pallet::composite_enum]
	pub enum FreezeReason {
		/// Locked as veCPT.
		VoteLock,
	}

	/// Seconds in a week (604,800; a dev chain may run shorter weeks), fixed at genesis.
	#[pallet::storage]
	pub type WeekLength<T> =
		StorageValue<_, Moment, ValueQuery, polkadot_sdk::frame_support::traits::ConstU64<604_800>>;

	/// Every curve locks have been made under; new locks use the latest.
	#[pallet::storage]
	pub type Curves<T: Config> = StorageMap<_, Twox64Concat, CurveVersion, CurveOf<T>>;

	/// The curve new locks use.
	#[pallet::storage]
	pub type CurrentCurve<T> = StorageValue<_, CurveVersion, ValueQuery>;

	/// Discount and boost by weight, by increasing minimum weight.
	#[pallet::storage]
	pub type Tiers<T: Config> = StorageValue<_, TiersOf<T>, ValueQuery>;

	/// Each account's lock.
	#[pallet::storage]
	pub type Locks<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Lock<Balance>>;

	/// Each account's lock changes, oldest first: its weight at any past time.
	#[pallet::storage]
	pub type History<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, u32, LockChange<Balance>>;

	/// How many changes each account's history holds.
	#[pallet::storage]
	pub type HistoryLen<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// The total weight's history: a point at every lock change and every week boundary.
	#[pallet::storage]
	pub type Points<T> = StorageMap<_, Twox64Concat, u32, Point<Balance>>;

	/// How many points there are.
	#[pallet::storage]
	pub type PointCount<T> = StorageValue<_, u32, ValueQuery>;

	/// Change of the total's slope at the start of a week (signed: curves may be concave).
	#[pallet::storage]
	pub type SlopeChanges<T> = StorageMap<_, Twox64Concat, Week, i128, ValueQuery>;

	/// The total weight at the start of each week since the first lock.
	#[pallet::storage]
	pub type WeekTotals<T> = StorageMap<_, Twox64Concat, Week, Balance, ValueQuery>;

	/// CPT locked by everyone.
	#[pallet::storage]
	pub type TotalLocked<T> = StorageValue<_, Balance, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Seconds in a week; zero means 604,800.
		pub week: Moment,
		/// The first curve; empty means SPEC section 5's.
		pub curve: alloc::vec::Vec<Knot>,
		/// The weight tiers.
		pub tiers: alloc::vec::Vec<WeightTier<Balance>>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if self.week != 0 {
				WeekLength::<T>::put(self.week);
			}
			let knots =
				if self.curve.is_empty() { curve::SPEC_KNOTS.to_vec() } else { self.curve.clone() };
			let curve = CurveOf::<T>::try_from(knots).expect("genesis curve within MaxKnots");
			curve::validate(&curve).expect("genesis curve is valid");
			Curves::<T>::insert(0, curve);
			let tiers = TiersOf::<T>::try_from(self.tiers.clone()).expect("tiers within MaxTiers");
			assert!(tiers_ordered(&tiers), "genesis tiers by increasing weight");
			Tiers::<T>::put(tiers);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` locked `amount` CPT until `end`.
		Locked { who: T::AccountId, amount: Balance, end: Moment },
		/// `who` added `added` CPT to its lock, now `amount`.
		AmountIncreased { who: T::AccountId, added: Balance, amount: Balance },
		/// `who`'s lock now ends at `end`.
		LockExtended { who: T::AccountId, end: Moment },
		/// `who`'s expired lock of `amount` CPT was released.
		Withdrawn { who: T::AccountId, amount: Balance },
		/// New locks follow curve `version`.
		CurveSet { version: CurveVersion },
		/// The weight tiers changed.
		TiersSet,
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account already has a lock: increase or extend it.
		AlreadyLocked,
		/// The account has no lock.
		NoLock,
		/// Locking or adding nothing.
		ZeroAmount,
		/// Not enough transferable CPT: CPT still vesting, or frozen or held for anything else,
		/// cannot be locked (it would vote twice over).
		InsufficientBalance,
		/// The end, rounded down to a week, is less than a week away.
		EndTooSoon,
		/// The end is further away than the curve's longest lock.
		EndTooLate,
		/// An extension must end later than the lock does.
		EndNotLater,
		/// The lock has expired: withdraw it.
		LockExpired,
		/// The lock has not expired yet.
		NotExpired,
		/// The chain's total is still catching up after a stall; try again next block.
		CatchingUp,
		/// Knots not in increasing weeks from 1, or a multiplier falling.
		BadCurve,
		/// Tiers not by increasing minimum weight.
		BadTiers,
		/// An amount or a count would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			let boundaries = Self::catch_up(Self::now(), T::MaxCatchUpWeeks::get());
			T::WeightInfo::on_initialize(boundaries)
		}

		fn integrity_test() {
			assert!(T::MaxCatchUpWeeks::get() >= 1, "the total must be able to catch up");
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
		/// Locks `amount` CPT until `end` (Unix seconds, rounded down to a week boundary), at
		/// least a week and at most the curve's longest lock from now. One lock per account.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_lock())]
		pub fn create_lock(origin: OriginFor<T>, amount: Balance, end: Moment) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!Locks::<T>::contains_key(&who), Error::<T>::AlreadyLocked);
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			let now = Self::now();
			let end = Self::round_down_to_week(end);
			let version = CurrentCurve::<T>::get();
			Self::check_end(now, end, version)?;
			let lock = Lock { amount, end, curve: version };
			Self::change_lock(&who, None, lock)?;
			Self::deposit_event(Event::Locked { who, amount, end });
			Ok(())
		}

		/// Adds `added` CPT to an unexpired lock, keeping its end.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::increase_amount())]
		pub fn increase_amount(origin: OriginFor<T>, added: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(added > 0, Error::<T>::ZeroAmount);
			let old = Locks::<T>::get(&who).ok_or(Error::<T>::NoLock)?;
			ensure!(old.end > Self::now(), Error::<T>::LockExpired);
			let amount = old.amount.checked_add(added).ok_or(Error::<T>::Overflow)?;
			// The lock keeps its curve: only an extension moves it to the current one.
			Self::change_lock(&who, Some(old), Lock { amount, ..old })?;
			Self::deposit_event(Event::AmountIncreased { who, added, amount });
			Ok(())
		}

		/// Moves an unexpired lock's end later, to `end` rounded down to a week boundary.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::extend_lock())]
		pub fn extend_lock(origin: OriginFor<T>, end: Moment) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let old = Locks::<T>::get(&who).ok_or(Error::<T>::NoLock)?;
			let now = Self::now();
			ensure!(old.end > now, Error::<T>::LockExpired);
			let end = Self::round_down_to_week(end);
			ensure!(end > old.end, Error::<T>::EndNotLater);
			let version = CurrentCurve::<T>::get();
			Self::check_end(now, end, version)?;
			Self::change_lock(&who, Some(old), Lock { amount: old.amount, end, curve: version })?;
			Self::deposit_event(Event::LockExtended { who, end });
			Ok(())
		}

		/// Releases an expired lock's CPT.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let lock = Locks::<T>::get(&who).ok_or(Error::<T>::NoLock)?;
			let now = Self::now();
			ensure!(lock.end <= now, Error::<T>::NotExpired);
			// The lock's last slope change must be applied before it goes.
			Self::ensure_caught_up(now)?;
			T::Currency::thaw(&FreezeReason::VoteLock.into(), &who)?;
			Locks::<T>::remove(&who);
			TotalLocked::<T>::mutate(|t| t.saturating_reduce(lock.amount));
			Self::deposit_event(Event::Withdrawn { who, amount: lock.amount });
			Ok(())
		}

		/// Sets the curve of new locks and of locks when next increased or extended.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_curve())]
		pub fn set_curve(origin: OriginFor<T>, knots: CurveOf<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			curve::validate(&knots).map_err(|_| Error::<T>::BadCurve)?;
			let version = CurrentCurve::<T>::get().checked_add(1).ok_or(Error::<T>::Overflow)?;
			Curves::<T>::insert(version, knots);
			CurrentCurve::<T>::put(version);
			Self::deposit_event(Event::CurveSet { version });
			Ok(())
		}

		/// Sets the discount and boost tiers.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_tiers())]
		pub fn set_tiers(origin: OriginFor<T>, tiers: TiersOf<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(tiers_ordered(&tiers), Error::<T>::BadTiers);
			Tiers::<T>::put(tiers);
			Self::deposit_event(Event::TiersSet);
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		pub fn now() -> Moment {
			T::Time::now().as_secs()
		}

		pub fn week() -> Moment {
			WeekLength::<T>::get().max(1)
		}

		fn round_down_to_week(time: Moment) -> Moment {
			time / Self::week() * Self::week()
		}

		/// The curve a lock follows (an empty one, weighing nothing, if it were ever missing).
		pub fn curve(version: CurveVersion) -> CurveOf<T> {
			Curves::<T>::get(version).unwrap_or_default()
		}

		fn check_end(now: Moment, end: Moment, version: CurveVersion) -> DispatchResult {
			let week = Self::week();
			ensure!(end >= now.saturating_add(week), Error::<T>::EndTooSoon);
			let longest =
				Moment::from(curve::max_weeks(&Self::curve(version))).saturating_mul(week);
			ensure!(end - now <= longest, Error::<T>::EndTooLate);
			Ok(())
		}

		/// Replaces `who`'s lock `old` with `new`: freezes the new amount, then moves the total
		/// and its scheduled slope changes from the old lock's contribution to the new one's.
		fn change_lock(
			who: &T::AccountId,
			old: Option<Lock<Balance>>,
			new: Lock<Balance>,
		) -> DispatchResult {
			let now = Self::now();
			Self::ensure_caught_up(now)?;
			let mut point = Self::point_now(now);
			// Freezes overlap: measure what is transferable without this lock's own freeze, so
			// that CPT a vesting schedule (or any other lock) keeps cannot be locked again.
			T::Currency::thaw(&FreezeReason::VoteLock.into(), who)?;
			let transferable =
				T::Currency::reducible_balance(who, Preservation::Expendable, Fortitude::Polite);
			ensure!(transferable >= new.amount, Error::<T>::InsufficientBalance);
			T::Currency::set_freeze(&FreezeReason::VoteLock.into(), who, new.amount)?;

			let week = Self::week();
			if let Some(old) = old {
				let (bias, slope) = Self::contribution(&old, now);
				point.bias = point.bias.saturating_sub(bias);
				point.slope = point.slope.saturating_sub(slope);
				Self::schedule(&old, now, false)?;
			}
			let (bias, slope) = Self::contribution(&new, now);
			point.bias = point.bias.checked_add(bias).ok_or(Error::<T>::Overflow)?;
			point.slope = point.slope.checked_add(slope).ok_or(Error::<T>::Overflow)?;
			Self::schedule(&new, now, true)?;
			point.time = now;
			Self::record_point(point, week);

			let added = new.amount.saturating_sub(old.map_or(0, |l| l.amount));
			TotalLocked::<T>::try_mutate(|t| {
				*t = t.checked_add(added).ok_or(Error::<T>::Overflow)?;
				Ok::<_, DispatchError>(())
			})?;
			Locks::<T>::insert(who, new);
			Self::push_history(who, LockChange { since: now, lock: new });
			Ok(())
		}

		/// A lock's weight and slope at `now`, under its own curve.
		fn contribution(lock: &Lock<Balance>, now: Moment) -> (Balance, Balance) {
			let remaining = lock.end.saturating_sub(now);
			let knots = Self::curve(lock.curve);
			let week = Self::week();
			(
				curve::weight(lock.amount, remaining, &knots, week),
				curve::slope(lock.amount, remaining, &knots, week),
			)
		}

		/// Adds (or with `add` false, removes) a lock's slope changes at the week boundaries
		/// after `now` where its remaining time crosses a knot or reaches zero.
		fn schedule(lock: &Lock<Balance>, now: Moment, add: bool) -> DispatchResult {
			let week = Self::week();
			let remaining = lock.end.saturating_sub(now);
			let knots = Self::curve(lock.curve);
			let mut below = 0i128;
			for segment in curve::segments(lock.amount, &knots, week) {
				let slope = i128::try_from(segment.slope).map_err(|_| Error::<T>::Overflow)?;
				if segment.from < remaining {
					// At remaining = from, the slope falls from this segment's to the one below.
					let change = below - slope;
					let at = (lock.end - segment.from) / week;
					if change != 0 {
						SlopeChanges::<T>::try_mutate_exists(at, |c| {
							let value = c.unwrap_or(0);
							let value = if add {
								value.checked_add(change)
							} else {
								value.checked_sub(change)
							}
							.ok_or(Error::<T>::Overflow)?;
							*c = (value != 0).then_some(value);
							Ok::<_, DispatchError>(())
						})?;
					}
				}
				below = slope;
			}
			Ok(())
		}

		fn push_history(who: &T::AccountId, change: LockChange<Balance>) {
			let len = HistoryLen::<T>::get(who);
			let last = len.checked_sub(1).and_then(|i| History::<T>::get(who, i).map(|c| (i, c)));
			match last {
				// Two changes at one time: the later one is the state from then on.
				Some((i, c)) if c.since == change.since => History::<T>::insert(who, i, change),
				_ => {
					History::<T>::insert(who, len, change);
					HistoryLen::<T>::insert(who, len.saturating_add(1));
				}
			}
		}

		pub(crate) fn last_point() -> Option<(u32, Point<Balance>)> {
			let index = PointCount::<T>::get().checked_sub(1)?;
			Points::<T>::get(index).map(|p| (index, p))
		}

		/// Writes a point (replacing the last if it has the same time); at a week boundary also
		/// the week's total.
		fn record_point(point: Point<Balance>, week: Moment) {
			match Self::last_point() {
				Some((index, last)) if last.time == point.time => Points::<T>::insert(index, point),
				_ => {
					let count = PointCount::<T>::get();
					Points::<T>::insert(count, point);
					PointCount::<T>::put(count.saturating_add(1));
				}
			}
			if point.time.is_multiple_of(week) {
				WeekTotals::<T>::insert(point.time / week, point.bias);
			}
		}

		/// Writes a point at each week boundary up to `now`, at most `max` of them; returns
		/// how many it wrote.
		pub(crate) fn catch_up(now: Moment, max: u32) -> u32 {
			let Some((_, mut point)) = Self::last_point() else { return 0 };
			let week = Self::week();
			let mut written = 0;
			while written < max {
				let boundary = (point.time / week).saturating_add(1).saturating_mul(week);
				if boundary > now {
					break;
				}
				point = Self::advance(point, boundary);
				point.slope = apply_change(point.slope, SlopeChanges::<T>::take(boundary / week));
				Self::record_point(point, week);
				written += 1;
			}
			written
		}

		/// Catches up one week boundary (the most a call does: `on_initialize` does the rest),
		/// then requires every boundary up to `now` to have its point.
		fn ensure_caught_up(now: Moment) -> DispatchResult {
			Self::catch_up(now, 1);
			let week = Self::week();
			let caught_up = Self::last_point().is_none_or(|(_, p)| p.time / week == now / week);
			ensure!(caught_up, Error::<T>::CatchingUp);
			Ok(())
		}

		/// The total at `now` from the last point, assuming no week boundary in between.
		fn point_now(now: Moment) -> Point<Balance> {
			match Self::last_point() {
				Some((_, point)) if point.time <= now => Self::advance(point, now),
				Some((_, point)) => point,
				None => Point { bias: 0, slope: 0, time: now },
			}
		}

		fn advance(point: Point<Balance>, to: Moment) -> Point<Balance> {
			let elapsed = Balance::from(to.saturating_sub(point.time));
			Point {
				bias: point.bias.saturating_sub(point.slope.saturating_mul(elapsed)),
				slope: point.slope,
				time: to,
			}
		}

		/// The total weight at `time`: from the history for past times, extrapolated through the
		/// scheduled slope changes after the last point (at most the longest lock's weeks).
		pub fn total_at(time: Moment) -> Balance {
			let count = PointCount::<T>::get();
			let Some((_, last)) = Self::last_point() else { return 0 };
			if time >= last.time {
				let week = Self::week();
				let mut point = last;
				loop {
					let boundary = (point.time / week).saturating_add(1).saturating_mul(week);
					if boundary > time || point.bias == 0 && point.slope == 0 {
						break;
					}
					point = Self::advance(point, boundary);
					point.slope =
						apply_change(point.slope, SlopeChanges::<T>::get(boundary / week));
				}
				return Self::advance(point, time).bias;
			}
			// The last point at or before `time`; a point exists at every week boundary since
			// the first, so no slope changes lie between it and `time`.
			let (mut low, mut high) = (0u32, count);
			while low < high {
				let mid = low + (high - low) / 2;
				match Points::<T>::get(mid) {
					Some(p) if p.time <= time => low = mid + 1,
					_ => high = mid,
				}
			}
			match low.checked_sub(1).and_then(Points::<T>::get) {
				Some(point) => Self::advance(point, time).bias,
				None => 0,
			}
		}

		/// `who`'s lock at `time` from its history.
		pub fn lock_at(who: &T::AccountId, time: Moment) -> Option<Lock<Balance>> {
			let (mut low, mut high) = (0u32, HistoryLen::<T>::get(who));
			while low < high {
				let mid = low + (high - low) / 2;
				match History::<T>::get(who, mid) {
					Some(c) if c.since <= time => low = mid + 1,
					_ => high = mid,
				}
			}
			low.checked_sub(1).and_then(|i| History::<T>::get(who, i)).map(|c| c.lock)
		}

		/// `who`'s weight at `time` (a past time, or now).
		pub fn weight_at(who: &T::AccountId, time: Moment) -> Balance {
			Self::lock_at(who, time).map_or(0, |lock| Self::contribution(&lock, time).0)
		}

		/// `who`'s weight now.
		pub fn weight(who: &T::AccountId) -> Balance {
			Locks::<T>::get(who).map_or(0, |lock| Self::contribution(&lock, Self::now()).0)
		}

		/// The tier `weight` reaches, if any.
		pub fn tier(weight: Balance) -> Option<WeightTier<Balance>> {
			Tiers::<T>::get().into_iter().rev().find(|t| weight >= t.min_weight)
		}

		/// `who`'s lock, weight and what it earns, for the runtime API.
		pub fn lock_info(who: &T::AccountId) -> Option<LockInfo<Balance>> {
			let lock = Locks::<T>::get(who)?;
			let weight = Self::contribution(&lock, Self::now()).0;
			let tier = Self::tier(weight);
			Some(LockInfo {
				amount: lock.amount,
				end: lock.end,
				weight,
				discount: tier.map_or(Permill::zero(), |t| t.discount),
				boost: tier.map_or(Permill::zero(), |t| t.boost),
			})
		}

		/// The books balance: see the pallet README.
		#[cfg(any(feature = "try-runtime", feature = "std"))]
		pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			use alloc::collections::BTreeMap;
			let now = Self::now();
			let week = Self::week();
			let (mut weights, mut locked) = (0u128, 0u128);
			let mut changes: BTreeMap<Week, i128> = BTreeMap::new();
			for (who, lock) in Locks::<T>::iter() {
				ensure!(lock.end % week == 0, "a lock ends off a week boundary");
				ensure!(
					T::Currency::balance_frozen(&FreezeReason::VoteLock.into(), &who)
						== lock.amount,
					"frozen CPT differs from the lock"
				);
				ensure!(Self::lock_at(&who, now) == Some(lock), "history disagrees with the lock");
				weights += Self::contribution(&lock, now).0;
				locked += lock.amount;
				// The slope changes this lock still has ahead of the last point.
				let since = Self::last_point().map_or(now, |(_, p)| p.time);
				let remaining = lock.end.saturating_sub(since);
				let mut below = 0i128;
				for s in curve::segments(lock.amount, &Self::curve(lock.curve), week) {
					let slope = s.slope as i128;
					if s.from < remaining && below != slope {
						*changes.entry((lock.end - s.from) / week).or_default() += below - slope;
					}
					below = slope;
				}
			}
			changes.retain(|_, c| *c != 0);
			ensure!(locked == TotalLocked::<T>::get(), "total locked differs from the locks");
			ensure!(weights == Self::total_at(now), "total weight differs from the sum of locks");
			ensure!(
				SlopeChanges::<T>::iter().collect::<BTreeMap<_, _>>() == changes,
				"scheduled slope changes differ from the locks'"
			);
			let mut previous: Option<Moment> = None;
			for i in 0..PointCount::<T>::get() {
				let point = Points::<T>::get(i).ok_or("a point is missing")?;
				ensure!(previous.is_none_or(|p| p < point.time), "points out of order");
				previous = Some(point.time);
			}
			Ok(())
		}
	}
}

/// Applies a signed slope change (never below zero: the sum of the locks' slopes).
fn apply_change(slope: Balance, change: i128) -> Balance {
	if change >= 0 {
		slope.saturating_add(change.unsigned_abs())
	} else {
		slope.saturating_sub(change.unsigned_abs())
	}
}

fn tiers_ordered(tiers: &[WeightTier<Balance>]) -> bool {
	tiers.windows(2).all(|w| w[0].min_weight < w[1].min_weight)
}

impl<T: Config> VoteWeight<T::AccountId, Balance> for Pallet<T> {
	fn week() -> Moment {
		Self::week()
	}

	fn weight_at(who: &T::AccountId, time: Moment) -> Balance {
		Self::weight_at(who, time)
	}

	fn total_at(time: Moment) -> Balance {
		Self::total_at(time)
	}

	fn total_at_week(week: u64) -> Option<Balance> {
		match Self::last_point() {
			// Before the first lock nothing weighs anything.
			None => Some(0),
			Some((_, point)) if point.time >= week.saturating_mul(Self::week()) => {
				Some(WeekTotals::<T>::get(week))
			}
			Some(_) => None,
		}
	}

	fn total_locked() -> Balance {
		TotalLocked::<T>::get()
	}

	fn first_week(who: &T::AccountId) -> Option<u64> {
		let first = History::<T>::get(who, 0)?;
		Some(first.since.div_ceil(Self::week()))
	}

	fn discount(who: &T::AccountId) -> Permill {
		Self::tier(Self::weight(who)).map_or(Permill::zero(), |t| t.discount)
	}

	fn visibility_boost(who: &T::AccountId) -> Permill {
		Self::tier(Self::weight(who)).map_or(Permill::zero(), |t| t.boost)
	}
}
