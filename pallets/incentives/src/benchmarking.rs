//! Benchmarks: each call on its most expensive path; `claim` over `w` locker weeks, and
//! `on_initialize` closing `n` periods and weeks.

use super::*;
use polkadot_sdk::{
	frame_benchmarking::v2::*, frame_support::traits::EnsureOrigin, frame_system::RawOrigin,
};

/// A Thursday, 00:00 UTC (a week boundary), in 2027.
const EPOCH: Moment = 1_800_230_400;

fn launched<T: Config>() {
	T::BenchmarkHelper::set_time(EPOCH);
	Pallet::<T>::catch_up(0);
}

fn user<T: Config>(index: u32) -> T::AccountId {
	let who: T::AccountId = account("user", index, 0);
	T::BenchmarkHelper::fund_farm_tokens(&who, 1_000_000 * T::UsdcUnit::get());
	who
}

/// Runs blocks until everything due at `time` has closed (veCPT catching up as it goes).
fn advance_to<T: Config>(time: Moment) {
	loop {
		T::BenchmarkHelper::set_time(time);
		if Pallet::<T>::catch_up(MAX_CATCH_UP) == 0 {
			break;
		}
	}
}

/// An account that has had 1,000 rUSDC in the pool farm for a day.
fn staked_a_day<T: Config>() -> Result<(T::AccountId, Balance), BenchmarkError> {
	launched::<T>();
	let who = user::<T>(0);
	let amount = 1_000 * T::UsdcUnit::get();
	Pallet::<T>::stake(RawOrigin::Signed(who.clone()).into(), Farm::Pool, amount)?;
	advance_to::<T>(EPOCH + schedule::DAY);
	Ok((who, amount))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Everything at once: earnings in a closed month and quarter, `w` locker weeks, stakes
	/// in both farms, and tranches vesting.
	#[benchmark]
	fn claim(w: Linear<1, { T::MaxClaimWeeks::get() }>) -> Result<(), BenchmarkError> {
		launched::<T>();
		let who = user::<T>(0);
		let other = user::<T>(1);
		let week = T::VoteWeight::week();
		T::BenchmarkHelper::lock(&who, EPOCH / week);
		T::BenchmarkHelper::lock(&other, EPOCH / week);
		let usdc = T::UsdcUnit::get();
		for farm in Farm::ALL {
			Pallet::<T>::stake(RawOrigin::Signed(who.clone()).into(), farm, 1_000 * usdc)?;
		}
		let month = MonthLength::<T>::get();
		// Tranches from several months, still vesting.
		for m in 1..5 {
			advance_to::<T>(EPOCH + m * month);
			Pallet::<T>::stake(RawOrigin::Signed(who.clone()).into(), Farm::Pool, usdc)?;
		}
		<Pallet<T> as MarketRewards<_, _>>::settled(&SettledOrder {
			buyer: who.clone(),
			provider: other.clone(),
			cost: 1_000_000 * usdc,
			fee: 50_000 * usdc,
			incentive_volume: 1_000_000 * usdc,
			rated: true,
		});
		let weeks = Moment::from(T::MaxClaimWeeks::get()) + 2;
		advance_to::<T>(EPOCH + (8 * month).max(weeks * week));
		// The locker weeks not yet claimed: `w` of them.
		let next = LockerWeek::<T>::get().unwrap_or_default();
		LockerCursor::<T>::insert(&who, next - u64::from(w));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(LockerCursor::<T>::get(&who), Some(next));
		assert!(Earnings::<T>::get(Period::Month, &who).is_none());
		Ok(())
	}

	/// A second stake in the USDC pool farm: earnings harvested, part of them vesting.
	#[benchmark]
	fn stake() -> Result<(), BenchmarkError> {
		let (who, amount) = staked_a_day::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Farm::Pool, amount);

		assert_eq!(Stakes::<T>::get(Farm::Pool, &who).amount, 2 * amount);
		assert!(!Vesting::<T>::get(&who).is_empty());
		Ok(())
	}

	#[benchmark]
	fn unstake() -> Result<(), BenchmarkError> {
		let (who, amount) = staked_a_day::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Farm::Pool, amount);

		assert!(!Stakes::<T>::contains_key(Farm::Pool, &who));
		assert!(!Vesting::<T>::get(&who).is_empty());
		Ok(())
	}

	#[benchmark]
	fn set_referrer() {
		let who = user::<T>(0);
		let referrer = user::<T>(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), referrer);

		assert!(Referrals::<T>::contains_key(&who));
	}

	/// With both farms staked, brought up to date first.
	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		launched::<T>();
		let who = user::<T>(0);
		let usdc = T::UsdcUnit::get();
		for farm in Farm::ALL {
			Pallet::<T>::stake(RawOrigin::Signed(who.clone()).into(), farm, 1_000 * usdc)?;
		}
		T::BenchmarkHelper::set_time(EPOCH + schedule::DAY);
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let params = Params { cpt_price: 2 * usdc, ..Pallet::<T>::params() };

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, params);

		assert_eq!(Pallet::<T>::params().cpt_price, 2 * usdc);
		Ok(())
	}

	/// `n` months, quarters and locker weeks closed.
	#[benchmark]
	fn on_initialize(n: Linear<0, MAX_CATCH_UP>) {
		launched::<T>();
		let who = user::<T>(0);
		T::BenchmarkHelper::lock(&who, EPOCH / T::VoteWeight::week());
		let month = MonthLength::<T>::get();
		// Far enough ahead that months alone have `MAX_CATCH_UP` to close.
		T::BenchmarkHelper::set_time(EPOCH + month * Moment::from(MAX_CATCH_UP) + 1);

		#[block]
		{
			assert_eq!(Pallet::<T>::catch_up(n), n);
		}
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
