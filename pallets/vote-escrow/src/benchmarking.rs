//! Benchmarks on the most expensive paths: a curve of `MaxKnots` knots (a slope change at
//! every knot), the longest lock, and a week boundary for the call to catch up first.
//! `create_lock_among` measures a lock among `l` existing lockers: flat in `l`.

use super::*;
use crate::curve::{Knot, MULTIPLIER_ONE};
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::traits::{fungible::Mutate, EnsureOrigin},
	frame_system::RawOrigin,
};

/// A week boundary in 2027.
const EPOCH_WEEK: Moment = 2_980;

fn week<T: Config>() -> Moment {
	Pallet::<T>::week()
}

fn epoch<T: Config>() -> Moment {
	EPOCH_WEEK * week::<T>()
}

/// The longest curve allowed: `MaxKnots` knots a week or more apart up to 208 weeks.
fn longest_curve<T: Config>() -> CurveOf<T> {
	let knots = T::MaxKnots::get().max(1);
	let knots = (1..=knots)
		.map(|i| Knot { weeks: 208 * i / knots, multiplier: 5 * MULTIPLIER_ONE / 2 * i / knots })
		.collect::<alloc::vec::Vec<_>>();
	CurveOf::<T>::truncate_from(knots)
}

fn setup<T: Config>() {
	T::BenchmarkHelper::set_time(epoch::<T>());
	let origin = T::AdminOrigin::try_successful_origin().expect("admin origin");
	Pallet::<T>::set_curve(origin, longest_curve::<T>()).expect("valid curve");
}

fn locker<T: Config>(seed: u32) -> T::AccountId {
	let who: T::AccountId = account("locker", seed, 0);
	T::Currency::set_balance(&who, 1_000_000_000 * amount());
	who
}

fn amount() -> Balance {
	1_000_000_000_000_000_000_000
}

/// `who` locks for the longest time the curve allows from now.
fn lock<T: Config>(who: &T::AccountId) {
	let end = Pallet::<T>::now() + 208 * week::<T>();
	Pallet::<T>::create_lock(RawOrigin::Signed(who.clone()).into(), amount(), end).expect("lock");
}

/// Leaves a week boundary for the next call to catch up.
fn cross_boundary<T: Config>() {
	T::BenchmarkHelper::set_time(epoch::<T>() + week::<T>() + 1);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_lock() {
		setup::<T>();
		lock::<T>(&locker::<T>(1));
		cross_boundary::<T>();
		let who = locker::<T>(0);
		let end = Pallet::<T>::now() + 208 * week::<T>() - 1;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount(), end);

		assert!(Locks::<T>::contains_key(&who));
	}

	/// A lock among `l` others: the cost does not grow with the number of lockers.
	#[benchmark]
	fn create_lock_among(l: Linear<10, 10_000>) {
		setup::<T>();
		for i in 0..l {
			lock::<T>(&locker::<T>(i + 1));
		}
		cross_boundary::<T>();
		let who = locker::<T>(0);
		let end = Pallet::<T>::now() + 208 * week::<T>() - 1;

		#[extrinsic_call]
		create_lock(RawOrigin::Signed(who.clone()), amount(), end);

		assert!(Locks::<T>::contains_key(&who));
	}

	#[benchmark]
	fn increase_amount() {
		setup::<T>();
		let who = locker::<T>(0);
		lock::<T>(&who);
		cross_boundary::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount());

		assert_eq!(Locks::<T>::get(&who).map(|l| l.amount), Some(2 * amount()));
	}

	#[benchmark]
	fn extend_lock() {
		setup::<T>();
		let who = locker::<T>(0);
		lock::<T>(&who);
		cross_boundary::<T>();
		let end = Pallet::<T>::now() + 208 * week::<T>() - 1;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), end);

		assert_eq!(Locks::<T>::get(&who).map(|l| l.end), Some(epoch::<T>() + 209 * week::<T>()));
	}

	#[benchmark]
	fn withdraw() {
		setup::<T>();
		let who = locker::<T>(0);
		Pallet::<T>::create_lock(
			RawOrigin::Signed(who.clone()).into(),
			amount(),
			epoch::<T>() + week::<T>(),
		)
		.expect("lock");
		// The lock's end is the boundary the call catches up.
		T::BenchmarkHelper::set_time(epoch::<T>() + week::<T>() + 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Locks::<T>::contains_key(&who));
	}

	#[benchmark]
	fn set_curve() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let curve = longest_curve::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, curve);

		assert_eq!(CurrentCurve::<T>::get(), 1);
		Ok(())
	}

	#[benchmark]
	fn set_tiers() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let tiers = (0..T::MaxTiers::get())
			.map(|i| WeightTier {
				min_weight: Balance::from(i + 1) * amount(),
				discount: Permill::from_percent(i),
				boost: Permill::from_percent(i),
			})
			.collect::<alloc::vec::Vec<_>>();
		let tiers = TiersOf::<T>::truncate_from(tiers);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, tiers);

		assert_eq!(Tiers::<T>::get().len() as u32, T::MaxTiers::get());
		Ok(())
	}

	/// Catching up `b` week boundaries, each with a slope change.
	#[benchmark]
	fn on_initialize(b: Linear<1, { T::MaxCatchUpWeeks::get() }>) {
		setup::<T>();
		// Locks ending at each of the next `b` boundaries.
		for i in 0..b {
			let who = locker::<T>(i);
			let end = epoch::<T>() + Moment::from(i + 1) * week::<T>();
			Pallet::<T>::create_lock(RawOrigin::Signed(who).into(), amount(), end).expect("lock");
		}
		let now = epoch::<T>() + Moment::from(b) * week::<T>();

		#[block]
		{
			Pallet::<T>::catch_up(now, b);
		}

		assert_eq!(Pallet::<T>::total_at(now), 0);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
