//! The daily hook with `MaxHolders` holders, each with CPT and an existing freeze.

use super::*;
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::{
		traits::{fungible::Mutate, Hooks},
		BoundedVec,
	},
};

/// What a runtime supplies so benchmarks can move time.
pub trait BenchmarkHelper {
	/// Sets the current Unix time, in seconds.
	fn set_time(seconds: Moment);
}

#[benchmarks(where T::Currency: Mutate<T::AccountId>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn on_initialize(n: Linear<0, { T::MaxHolders::get() }>) {
		let unit: BalanceOf<T> = 1_000_000u32.into();
		let holders: alloc::vec::Vec<_> = (0..n)
			.map(|i| {
				let who: T::AccountId = account("holder", i, 0);
				T::Currency::set_balance(&who, unit * 100u32.into());
				(who, unit * 100u32.into())
			})
			.collect();
		Holders::<T>::put(BoundedVec::truncate_from(holders.clone()));
		T::BenchmarkHelper::set_time(DAY * 20_000);
		for (who, allocation) in &holders {
			Pallet::<T>::renew(who, *allocation);
		}
		T::BenchmarkHelper::set_time(DAY * 20_001);
		#[block]
		{
			Pallet::<T>::on_initialize(1u32.into());
		}
		assert_eq!(LimitDay::<T>::get(), Some(20_001));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
