#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use cyberplaza_primitives::Moment;
use polkadot_sdk::{
	frame_support::{
		traits::{
			fungible::{Inspect, InspectFreeze, MutateFreeze},
			Get, UnixTime,
		},
		weights::Weight,
	},
	frame_system::{self, pallet_prelude::BlockNumberFor},
	sp_runtime::{Permill, Saturating},
};

/// Seconds in a day: the limit renews once a day.
pub const DAY: Moment = 86_400;

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;
	use polkadot_sdk::frame_support::pallet_prelude::*;

	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// CPT: the limit is a freeze on it.
		type Currency: InspectFreeze<Self::AccountId, Id = Self::RuntimeFreezeReason>
			+ MutateFreeze<Self::AccountId>;
		type RuntimeFreezeReason: From<FreezeReason>;
		/// Unix time: days are counted from the epoch.
		type Time: UnixTime;
		/// The share of its allocation a holder may move in one day (SPEC: 5%).
		#[pallet::constant]
		type DailyShare: Get<Permill>;
		/// Holders at most: the daily hook touches each.
		#[pallet::constant]
		type MaxHolders: Get<u32>;
		/// Measured weights of the hook.
		type WeightInfo: WeightInfo;
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper;
	}

	/// Why the pallet freezes CPT.
	#[pallet::composite_enum]
	pub enum FreezeReason {
		/// What a private-sale holder may not move today.
		#[codec(index = 0)]
		DailyLimit,
	}

	/// The private-sale holders and their allocations, from genesis.
	#[pallet::storage]
	pub type Holders<T: Config> =
		StorageValue<_, BoundedVec<(T::AccountId, BalanceOf<T>), T::MaxHolders>, ValueQuery>;

	/// The day (since the Unix epoch) whose limits are in force.
	#[pallet::storage]
	pub type LimitDay<T> = StorageValue<_, u64>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Private-sale holders and their allocations.
		pub holders: alloc::vec::Vec<(T::AccountId, BalanceOf<T>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let holders = BoundedVec::try_from(self.holders.clone())
				.expect("at most MaxHolders private-sale holders");
			Holders::<T>::put(holders);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The day's limits were set for `holders` holders.
		LimitsRenewed { day: u64, holders: u32 },
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Renews the limits at the first block of each day.
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			let day = T::Time::now().as_secs() / DAY;
			// No time yet (genesis), or the day's limits are set already.
			if day == 0 || LimitDay::<T>::get().is_some_and(|d| d >= day) {
				return T::WeightInfo::on_initialize(0);
			}
			let holders = Holders::<T>::get();
			for (who, allocation) in &holders {
				Self::renew(who, *allocation);
			}
			LimitDay::<T>::put(day);
			let count = holders.len() as u32;
			Self::deposit_event(Event::LimitsRenewed { day, holders: count });
			T::WeightInfo::on_initialize(count)
		}

		fn integrity_test() {
			assert!(
				T::DailyShare::get() > Permill::zero(),
				"holders must be able to move some CPT"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(
			_: BlockNumberFor<T>,
		) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	impl<T: Config> Pallet<T> {
		/// Freezes all of `who`'s CPT but the day's share of `allocation`.
		pub(crate) fn renew(who: &T::AccountId, allocation: BalanceOf<T>) {
			let share = T::DailyShare::get().mul_floor(allocation);
			let keep = T::Currency::balance(who).saturating_sub(share);
			// The freeze never exceeds the balance, so setting it cannot fail; a holder whose
			// account is gone has nothing to limit.
			let _ = T::Currency::set_freeze(&FreezeReason::DailyLimit.into(), who, keep);
		}

		/// What `who` may still move today under its limit: `None` for an account that is not
		/// a private-sale holder.
		pub fn allowance(who: &T::AccountId) -> Option<BalanceOf<T>> {
			Holders::<T>::get().iter().any(|(h, _)| h == who).then(|| {
				T::Currency::balance(who).saturating_sub(T::Currency::balance_frozen(
					&FreezeReason::DailyLimit.into(),
					who,
				))
			})
		}

		/// Every holder's freeze is within its balance; the day in force is not ahead of now.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			use polkadot_sdk::frame_support::ensure;
			for (who, _) in Holders::<T>::get() {
				let frozen = T::Currency::balance_frozen(&FreezeReason::DailyLimit.into(), &who);
				ensure!(frozen <= T::Currency::balance(&who), "freeze above the balance");
			}
			let today = T::Time::now().as_secs() / DAY;
			ensure!(LimitDay::<T>::get().is_none_or(|d| d <= today), "limits from the future");
			Ok(())
		}
	}
}
