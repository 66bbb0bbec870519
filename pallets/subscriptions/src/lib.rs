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
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use cyberplaza_primitives::{Moment, RevenueSink, RevenueSource, SubscriptionInfo};
use polkadot_sdk::{
	frame_support::{dispatch::DispatchResult, traits::UnixTime},
	sp_runtime::{
		helpers_128bit::multiply_by_rational_with_rounding, traits::Zero, Permill, Rounding,
	},
};

/// USDC, in its smallest unit.
pub type Balance = u128;

/// Sets the clock in benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Sets the current Unix time, in seconds.
	fn set_time(seconds: Moment);
	/// Gives `who` `amount` USDC.
	fn fund(who: &AccountId, amount: Balance);
}

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;
	use polkadot_sdk::{frame_support::pallet_prelude::*, frame_system::pallet_prelude::*};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		type Time: UnixTime;
		/// Takes the USDC paid: subscriptions are platform revenue.
		type Revenue: RevenueSink<Self::AccountId, Balance>;
		/// Sets plans.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Seconds in a billing month (SPEC: 30 days).
		#[pallet::constant]
		type Month: Get<Moment>;
		/// Months paid for at once at most.
		#[pallet::constant]
		type MaxMonths: Get<u32>;
		type WeightInfo: WeightInfo;
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Each tier's terms.
	#[pallet::storage]
	pub type Plans<T> = StorageMap<_, Twox64Concat, Tier, Plan<Balance>>;

	/// Paid subscriptions (kept after expiry until replaced; expired ones read as Free).
	#[pallet::storage]
	pub type Subscribers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Subscription<Balance>>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub plans: alloc::vec::Vec<(Tier, Plan<Balance>)>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (tier, plan) in &self.plans {
				assert!(valid_plan(*tier, plan), "genesis plan for {tier:?} is invalid");
				Plans::<T>::insert(tier, plan);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` paid `paid` USDC (after `credit` from its previous subscription) for `tier` at
		/// `monthly_price` until `expires`.
		Subscribed {
			who: T::AccountId,
			tier: Tier,
			monthly_price: Balance,
			paid: Balance,
			credit: Balance,
			expires: Moment,
		},
		/// `tier`'s terms changed (for new subscriptions and renewals).
		PlanSet { tier: Tier, plan: Plan<Balance> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Free needs no subscription.
		FreeTier,
		/// The tier is not offered.
		NoPlan,
		/// Between 1 and `MaxMonths` months.
		BadMonths,
		/// The price is outside the tier's range.
		PriceOutOfRange,
		/// A cheaper plan starts when the current one expires.
		Downgrade,
		/// A plan's prices are reversed, or Free is not free.
		BadPlan,
		/// An amount or a count would overflow.
		Overflow,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Subscribes to `tier` at `monthly_price` USDC for `months` months, prepaid to revenue.
		/// The same plan while active is a renewal from its expiry; a dearer one is an upgrade
		/// from now, crediting the unused part of the current plan (rounded down), any credit
		/// beyond the price buying extra time at the new price (rounded down).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::subscribe())]
		pub fn subscribe(
			origin: OriginFor<T>,
			tier: Tier,
			months: u32,
			monthly_price: Balance,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(tier != Tier::Free, Error::<T>::FreeTier);
			ensure!((1..=T::MaxMonths::get()).contains(&months), Error::<T>::BadMonths);
			let plan = Plans::<T>::get(tier).ok_or(Error::<T>::NoPlan)?;
			ensure!(
				(plan.min_price..=plan.max_price).contains(&monthly_price),
				Error::<T>::PriceOutOfRange
			);
			let now = Self::now();
			let month = T::Month::get();
			let cost =
				monthly_price.checked_mul(Balance::from(months)).ok_or(Error::<T>::Overflow)?;
			let period = Moment::from(months).saturating_mul(month);
			let current = Subscribers::<T>::get(&who).filter(|s| s.expires > now);
			let (credit, start, extra) = match current {
				None => (0, now, 0),
				Some(s) if s.tier == tier && s.monthly_price == monthly_price => (0, s.expires, 0),
				Some(s) => {
					ensure!(monthly_price > s.monthly_price, Error::<T>::Downgrade);
					let credit = multiply_by_rational_with_rounding(
						s.monthly_price,
						Balance::from(s.expires - now),
						Balance::from(month),
						Rounding::Down,
					)
					.ok_or(Error::<T>::Overflow)?;
					let leftover = credit.saturating_sub(cost);
					let extra = multiply_by_rational_with_rounding(
						leftover,
						Balance::from(month),
						monthly_price,
						Rounding::Down,
					)
					.and_then(|e| Moment::try_from(e).ok())
					.ok_or(Error::<T>::Overflow)?;
					(credit, now, extra)
				}
			};
			let paid = cost.saturating_sub(credit);
			let expires = start.saturating_add(period).saturating_add(extra);
			T::Revenue::collect(&who, RevenueSource::Subscription, paid)?;
			Subscribers::<T>::insert(&who, Subscription { tier, monthly_price, expires });
			Self::deposit_event(Event::Subscribed {
				who,
				tier,
				monthly_price,
				paid,
				credit: credit.min(cost),
				expires,
			});
			Ok(())
		}

		/// Sets `tier`'s terms.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_plan())]
		pub fn set_plan(origin: OriginFor<T>, tier: Tier, plan: Plan<Balance>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(valid_plan(tier, &plan), Error::<T>::BadPlan);
			Plans::<T>::insert(tier, plan);
			Self::deposit_event(Event::PlanSet { tier, plan });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		pub fn now() -> Moment {
			T::Time::now().as_secs()
		}

		/// `who`'s subscription if it is active.
		pub fn active(who: &T::AccountId) -> Option<Subscription<Balance>> {
			Subscribers::<T>::get(who).filter(|s| s.expires > Self::now())
		}

		/// `who`'s tier, entitlements and cashback now.
		pub fn status(who: &T::AccountId) -> Status<Balance> {
			let subscription = Self::active(who);
			let tier = subscription.map_or(Tier::Free, |s| s.tier);
			let plan = Plans::<T>::get(tier);
			Status {
				tier,
				subscription,
				entitlements: plan.map(|p| p.entitlements).unwrap_or_default(),
				cashback: plan.map_or(Permill::zero(), |p| p.cashback),
			}
		}

		/// The books balance: see the pallet README.
		#[cfg(any(feature = "try-runtime", feature = "std"))]
		pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			for (_, s) in Subscribers::<T>::iter() {
				ensure!(s.tier != Tier::Free, "a paid subscription to Free");
				ensure!(!s.monthly_price.is_zero(), "a subscription without a price");
			}
			for tier in Tier::ALL {
				if let Some(plan) = Plans::<T>::get(tier) {
					ensure!(valid_plan(tier, &plan), "an invalid plan");
				}
			}
			Ok(())
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(
			_: BlockNumberFor<T>,
		) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}

/// Free costs nothing; a paid tier costs something, within an ordered range.
fn valid_plan(tier: Tier, plan: &Plan<Balance>) -> bool {
	match tier {
		Tier::Free => plan.max_price.is_zero(),
		_ => !plan.min_price.is_zero() && plan.min_price <= plan.max_price,
	}
}

impl<T: Config> SubscriptionInfo<T::AccountId> for Pallet<T> {
	fn cashback_rate(who: &T::AccountId) -> Permill {
		Self::status(who).cashback
	}
}
