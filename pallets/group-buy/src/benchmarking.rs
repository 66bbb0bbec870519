//! Benchmarks: each call on its most expensive path; `finalise` serving `n` commitments and
//! closing the campaign (supplier, pool and revenue paid) in the same call.

use super::*;
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::traits::{EnsureOrigin, Get},
	frame_system::RawOrigin,
	sp_runtime::Permill,
};

/// 2027-01-15: any recent time.
const EPOCH: Moment = 1_800_000_000;
const DAY: Moment = 86_400;
const USDC: Balance = 1_000_000;

/// Now, once the supplier exists (certifying it may move the clock).
fn now<T: Config>() -> Moment {
	T::Time::now().as_secs()
}

/// Terms selling up to `max_units` of the supplier's `offer`.
fn terms<T: Config>(supplier: T::AccountId, offer: u32, max_units: u32) -> TermsOf<T> {
	let start = now::<T>();
	let tiers = (1..=8u32)
		.map(|i| PriceTier { min_units: i * 10, price: 3 * USDC - Balance::from(i) * 100_000 })
		.collect::<alloc::vec::Vec<_>>();
	CampaignTerms {
		supplier,
		offer,
		product: Default::default(),
		retail_price: 3 * USDC,
		supplier_price: 2 * USDC,
		tiers: tiers.try_into().expect("8 tiers fit"),
		min_units: 10,
		max_units,
		deadline: start + 7 * DAY,
		advance: 20 * USDC,
		pool_margin: Permill::from_percent(10),
		voucher_expiry: start + 90 * DAY,
	}
}

/// A campaign with procurement recorded (the advance paid) and `n` buyers of 10 units each.
fn campaign<T: Config>(n: u32, procured: bool) -> Result<CampaignId, BenchmarkError> {
	T::BenchmarkHelper::set_time(EPOCH);
	let operator =
		T::OperatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
	let units = 10 * n + 10;
	let (supplier, offer) = T::BenchmarkHelper::supplier(units);
	T::BenchmarkHelper::fill_pool(1_000_000 * USDC);
	Pallet::<T>::create_campaign(operator.clone(), terms::<T>(supplier, offer, units))?;
	let id = NextCampaignId::<T>::get() - 1;
	if procured {
		Pallet::<T>::record_procurement(operator, id, Default::default())?;
	}
	for i in 0..n {
		let buyer = buyer::<T>(i);
		Pallet::<T>::commit(RawOrigin::Signed(buyer).into(), id, 10)?;
	}
	Ok(id)
}

fn buyer<T: Config>(index: u32) -> T::AccountId {
	let who: T::AccountId = account("buyer", index, 0);
	T::BenchmarkHelper::fund(&who, 1_000 * USDC);
	who
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_campaign() -> Result<(), BenchmarkError> {
		T::BenchmarkHelper::set_time(EPOCH);
		let operator =
			T::OperatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (supplier, offer) = T::BenchmarkHelper::supplier(100);

		#[extrinsic_call]
		_(operator as T::RuntimeOrigin, terms::<T>(supplier, offer, 100));

		assert!(Campaigns::<T>::contains_key(0));
		Ok(())
	}

	#[benchmark]
	fn commit() -> Result<(), BenchmarkError> {
		let id = campaign::<T>(1, false)?;
		let who = buyer::<T>(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id, 10);

		assert_eq!(Commitments::<T>::get(id, &who), Some(10));
		Ok(())
	}

	#[benchmark]
	fn withdraw_commitment() -> Result<(), BenchmarkError> {
		let id = campaign::<T>(2, false)?;
		let who = buyer::<T>(0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id);

		assert_eq!(Commitments::<T>::get(id, &who), None);
		Ok(())
	}

	#[benchmark]
	fn record_procurement() -> Result<(), BenchmarkError> {
		let id = campaign::<T>(1, false)?;
		let operator =
			T::OperatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(operator as T::RuntimeOrigin, id, Default::default());

		assert!(Campaigns::<T>::get(id).is_some_and(|c| c.procurement.is_some()));
		Ok(())
	}

	#[benchmark]
	fn finalise(n: Linear<1, { T::MaxFinalisePerCall::get() }>) -> Result<(), BenchmarkError> {
		let id = campaign::<T>(n, true)?;
		T::BenchmarkHelper::set_time(now::<T>() + 7 * DAY);
		let caller = buyer::<T>(n);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(matches!(
			Campaigns::<T>::get(id).map(|c| c.status),
			Some(CampaignStatus::Succeeded { .. })
		));
		Ok(())
	}

	/// A claim to an account that holds no USDC yet, so the payment creates it.
	#[benchmark]
	fn claim_refund() -> Result<(), BenchmarkError> {
		let who: T::AccountId = account("claimant", 0, 0);
		let amount = 1_000 * USDC;
		// What `finalise` keeps when it cannot pay an account.
		T::BenchmarkHelper::fund(&Pallet::<T>::account_id(), amount + USDC);
		Unclaimed::<T>::insert(&who, amount);
		UnclaimedTotal::<T>::put(amount);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(Unclaimed::<T>::get(&who), None);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
