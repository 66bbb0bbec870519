//! Benchmarks: each call on its most expensive path, and serving `n` queued withdrawals.

use super::*;
use polkadot_sdk::{frame_benchmarking::v2::*, frame_system::RawOrigin};

/// 2027-01-15: any recent time.
const EPOCH: Moment = 1_800_000_000;
const USDC: Balance = 1_000_000;

fn lp<T: Config>(index: u32, usdc: Balance) -> T::AccountId {
	let who: T::AccountId = account("lp", index, 0);
	T::BenchmarkHelper::fund(&who, usdc);
	who
}

/// A pool of 1,000,000 USDC from one LP, with all but one of `MaxOpenAdvances` advances of
/// one USDC open (every call values the pool over them).
fn filled<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	T::BenchmarkHelper::set_time(EPOCH);
	let who = lp::<T>(0, 2_000_000 * USDC);
	Pallet::<T>::deposit(RawOrigin::Signed(who.clone()).into(), 1_000_000 * USDC)?;
	let borrower = lp::<T>(99, USDC);
	// No margin: the rate stays at one, as the benchmarks below expect.
	for _ in 1..T::MaxOpenAdvances::get() {
		Pallet::<T>::advance(&borrower, USDC, 0, EPOCH + DAY)?;
	}
	Ok(who)
}

/// Advances `amount` to `to` at a 10% margin, due in a day.
fn lend<T: Config>(to: &T::AccountId, amount: Balance) -> Result<u32, DispatchError> {
	Pallet::<T>::advance(to, amount, amount / 10, EPOCH + DAY)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn deposit() -> Result<(), BenchmarkError> {
		filled::<T>()?;
		let who = lp::<T>(1, 1_000 * USDC);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), 500 * USDC);

		assert_eq!(T::Shares::balance(&who), 500 * USDC);
		Ok(())
	}

	/// The queued path: cash is out on an advance, and the LP's deposit has just left the
	/// holding period (its record is dropped).
	#[benchmark]
	fn withdraw() -> Result<(), BenchmarkError> {
		let who = filled::<T>()?;
		let borrower = lp::<T>(1, USDC);
		lend::<T>(&borrower, 790_000 * USDC)?;
		T::BenchmarkHelper::set_time(EPOCH + HoldingPeriod::<T>::get().min(DAY - 1));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), 300_000 * USDC);

		assert!(Pallet::<T>::queue_position(&who).is_some());
		Ok(())
	}

	/// `n` queued withdrawals served in full.
	#[benchmark]
	fn serve_queue(n: Linear<1, { T::MaxServedPerBlock::get() }>) -> Result<(), BenchmarkError> {
		let big = filled::<T>()?;
		let small: alloc::vec::Vec<_> = (0..n).map(|i| lp::<T>(1 + i, 100 * USDC)).collect();
		for who in &small {
			Pallet::<T>::deposit(RawOrigin::Signed(who.clone()).into(), 20 * USDC)?;
		}
		// The next day's allowance is spent at once (the rate is 1), so everyone after it
		// queues.
		T::BenchmarkHelper::set_time(EPOCH + DAY);
		Pallet::<T>::withdraw(RawOrigin::Signed(big).into(), Pallet::<T>::throttle().limit)?;
		for who in small {
			Pallet::<T>::withdraw(RawOrigin::Signed(who).into(), 10 * USDC)?;
		}
		assert_eq!(QueueTail::<T>::get() - QueueHead::<T>::get(), n);
		T::BenchmarkHelper::set_time(EPOCH + 2 * DAY);

		#[block]
		{
			assert_eq!(Pallet::<T>::serve_queue(n), n);
		}

		assert_eq!(QueueHead::<T>::get(), QueueTail::<T>::get());
		Ok(())
	}

	#[benchmark]
	fn advance() -> Result<(), BenchmarkError> {
		filled::<T>()?;
		let borrower = lp::<T>(1, USDC);

		#[block]
		{
			lend::<T>(&borrower, 500_000 * USDC)?;
		}

		assert_eq!(Advances::<T>::get().len() as u32, T::MaxOpenAdvances::get());
		Ok(())
	}

	/// The profit path, paying into the insurance fund and the profit log.
	#[benchmark]
	fn settle() -> Result<(), BenchmarkError> {
		filled::<T>()?;
		let borrower = lp::<T>(1, 100_000 * USDC);
		let id = lend::<T>(&borrower, 500_000 * USDC)?;
		T::BenchmarkHelper::set_time(EPOCH + DAY);

		#[block]
		{
			Pallet::<T>::settle(&borrower, id, 550_000 * USDC)?;
		}

		assert_eq!(InsuranceFund::<T>::get(), 5_000 * USDC);
		Ok(())
	}

	#[benchmark]
	fn pay_claim() -> Result<(), BenchmarkError> {
		filled::<T>()?;
		let borrower = lp::<T>(1, 100_000 * USDC);
		let id = lend::<T>(&borrower, 500_000 * USDC)?;
		Pallet::<T>::settle(&borrower, id, 550_000 * USDC)?;
		let buyer = lp::<T>(2, USDC);

		#[block]
		{
			assert_eq!(Pallet::<T>::pay_claim(&buyer, 1_000 * USDC), 1_000 * USDC);
		}

		Ok(())
	}

	/// A claim to an account that holds no USDC yet, so the payment creates it.
	#[benchmark]
	fn claim() -> Result<(), BenchmarkError> {
		filled::<T>()?;
		let who: T::AccountId = account("claimant", 0, 0);
		let amount = 1_000 * USDC;
		// What serving the queue leaves when it cannot pay an account.
		Cash::<T>::mutate(|c| *c -= amount);
		Unclaimed::<T>::insert(&who, amount);
		UnclaimedTotal::<T>::put(amount);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(T::Stable::balance(&who), amount);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
