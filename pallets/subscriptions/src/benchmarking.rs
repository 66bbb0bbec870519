//! Benchmarks: `subscribe` on its most expensive path, an upgrade crediting the current plan.

use super::*;
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::traits::{EnsureOrigin, Get},
	frame_system::RawOrigin,
};

/// 2027-01-15: any recent time.
const EPOCH: Moment = 1_800_000_000;

fn plan(price: Balance) -> Plan<Balance> {
	Plan {
		min_price: price,
		max_price: 4 * price,
		entitlements: Entitlements { cloud_accounts: Some(5), ..Default::default() },
		cashback: Permill::from_percent(1),
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn subscribe() -> Result<(), BenchmarkError> {
		T::BenchmarkHelper::set_time(EPOCH);
		let admin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let price: Balance = 100_000_000;
		Pallet::<T>::set_plan(admin.clone(), Tier::Starter, plan(price))?;
		Pallet::<T>::set_plan(admin, Tier::Pro, plan(2 * price))?;
		let who: T::AccountId = account("subscriber", 0, 0);
		T::BenchmarkHelper::fund(&who, 1_000 * price);
		Pallet::<T>::subscribe(RawOrigin::Signed(who.clone()).into(), Tier::Starter, 3, price)?;
		T::BenchmarkHelper::set_time(EPOCH + T::Month::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Tier::Pro, 12, 2 * price);

		assert_eq!(Pallet::<T>::status(&who).tier, Tier::Pro);
		Ok(())
	}

	#[benchmark]
	fn set_plan() -> Result<(), BenchmarkError> {
		let admin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(admin as T::RuntimeOrigin, Tier::Enterprise, plan(500_000_000));

		assert!(Plans::<T>::contains_key(Tier::Enterprise));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
