//! Benchmarks on the most expensive paths: claims over `MaxClaimWeeks` weeks with rewards in
//! each, payouts creating every outside account plus a buy-back on the real pool.
//! `claim_among` measures a claim among `l` lockers: flat in `l`.

use super::*;
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin,
	},
	frame_system::RawOrigin,
};

/// A week boundary in 2027.
const EPOCH_WEEK: Moment = 2_980;
const CPT: Balance = 1_000_000_000_000_000_000;
const USDC: Balance = 1_000_000;

fn week<T: Config>() -> Moment {
	T::VoteWeight::week()
}

/// Time at a week boundary, the revenue account at its floor, weeks closed up to now.
fn setup<T: Config>() -> T::AccountId {
	T::BenchmarkHelper::advance_to(EPOCH_WEEK * week::<T>());
	T::Stable::set_balance(&Pallet::<T>::account(), T::Stable::minimum_balance());
	ClosedUntil::<T>::put(Pallet::<T>::now() / week::<T>());
	let payer: T::AccountId = account("payer", 0, 0);
	T::Stable::set_balance(&payer, 1_000_000_000 * USDC);
	payer
}

/// `weeks` weeks with revenue in each, then closed.
fn weeks_of_revenue<T: Config>(payer: &T::AccountId, weeks: u32) {
	let start = Pallet::<T>::now();
	for i in 0..weeks {
		Pallet::<T>::receive(payer, RevenueSource::MarketFee, 1_000 * USDC).expect("payer funded");
		T::BenchmarkHelper::advance_to(start + Moment::from(i + 1) * week::<T>());
		Pallet::<T>::close_weeks(Pallet::<T>::now());
	}
}

fn claimant<T: Config>(seed: u32) -> T::AccountId {
	let who: T::AccountId = account("locker", seed, 0);
	T::BenchmarkHelper::lock(&who, 1_000 * CPT, 208);
	who
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn claim(w: Linear<1, { T::MaxClaimWeeks::get() }>) {
		let payer = setup::<T>();
		let who = claimant::<T>(0);
		claimant::<T>(1);
		weeks_of_revenue::<T>(&payer, w);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(T::Stable::balance(&who) > 0);
	}

	/// A claim of `MaxClaimWeeks` weeks among `l` lockers: the cost does not grow with them.
	#[benchmark]
	fn claim_among(l: Linear<10, 10_000>) {
		let payer = setup::<T>();
		let who = claimant::<T>(0);
		for i in 0..l {
			claimant::<T>(i + 1);
		}
		weeks_of_revenue::<T>(&payer, T::MaxClaimWeeks::get());

		#[extrinsic_call]
		claim(RawOrigin::Signed(who.clone()));

		assert!(T::Stable::balance(&who) > 0);
	}

	#[benchmark]
	fn set_split() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let split = Split::default();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, split);

		Ok(())
	}

	/// Closing `w` weeks nobody weighed in, each rolling its rewards forward.
	#[benchmark]
	fn close_weeks(w: Linear<1, { T::MaxWeeksClosedPerBlock::get() }>) {
		setup::<T>();
		let first = ClosedUntil::<T>::get();
		for week in first..first + Week::from(w) {
			WeekRewards::<T>::insert(week, 1_000 * USDC);
		}
		T::BenchmarkHelper::advance_to((first + Week::from(w)) * week::<T>());
		let now = Pallet::<T>::now();

		#[block]
		{
			Pallet::<T>::close_weeks(now);
		}

		assert_eq!(ClosedUntil::<T>::get(), first + Week::from(w));
	}

	/// Paying all four outside accounts (each new) and buying the first slice back on the
	/// pool at the oracle's price.
	#[benchmark]
	fn pay_out() {
		let payer = setup::<T>();
		T::BenchmarkHelper::create_pool();
		Pallet::<T>::receive(&payer, RevenueSource::MarketFee, 10_000 * USDC).expect("funded");
		let pending = PendingBuyBack::<T>::get();

		#[block]
		{
			Pallet::<T>::pay_out();
		}

		assert_eq!(Payable::<T>::iter().count(), 0);
		assert!(BoughtBack::<T>::get().0 > 0 && PendingBuyBack::<T>::get() < pending);
	}

	/// A block between payouts that buys a slice back and burns it: the swap on the real pool
	/// at the oracle's price.
	#[benchmark]
	fn buy_back() {
		let payer = setup::<T>();
		T::BenchmarkHelper::create_pool();
		Pallet::<T>::receive(&payer, RevenueSource::MarketFee, 10_000 * USDC).expect("funded");
		Pallet::<T>::pay_out();
		let (spent, _) = BoughtBack::<T>::get();
		let pending = PendingBuyBack::<T>::get();

		#[block]
		{
			Pallet::<T>::buy_back();
		}

		assert!(BoughtBack::<T>::get().0 > spent && PendingBuyBack::<T>::get() < pending);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
