#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use schedule::spec_params;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
pub mod runtime_api;
pub mod schedule;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use cyberplaza_primitives::{
	MarketRewards, Moment, PriceFeed, PriceKey, SettledOrder, SubscriptionInfo, VoteWeight,
};
use polkadot_sdk::{
	frame_support::{
		dispatch::DispatchResult,
		ensure,
		storage::{with_transaction, TransactionOutcome},
		traits::{
			fungible::{Inspect, Mutate},
			tokens::{Fortitude, Preservation},
			Get, UnixTime,
		},
		weights::Weight,
		PalletId,
	},
	frame_system::pallet_prelude::BlockNumberFor,
	sp_runtime::{
		helpers_128bit::multiply_by_rational_with_rounding,
		traits::{AccountIdConversion, Saturating, Zero},
		FixedPointNumber, Permill, Rounding,
	},
};

/// CPT, USDC and liquidity-token amounts, in their smallest units.
pub type Balance = u128;

/// Farms' CPT per staked token is kept multiplied by this, so that small rewards on large
/// stakes still count.
pub const PER_SHARE_SCALE: u128 = 1_000_000_000_000;

/// Vesting tranches an account holds at most: one per month, so vesting may last at most
/// `MAX_TRANCHES - 2` months.
pub const MAX_TRANCHES: u32 = 26;

/// Months, quarters and locker weeks `on_initialize` closes per block at most, together.
pub const MAX_CATCH_UP: u32 = 12;

/// Prepares benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Sets the current Unix time, in seconds.
	fn set_time(seconds: Moment);
	/// Gives `who` `amount` of both farms' tokens (and what it needs to hold them).
	fn fund_farm_tokens(who: &AccountId, amount: Balance);
	/// Gives `who` veCPT weight from week `week` on.
	fn lock(who: &AccountId, week: u64);
}

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;
	use polkadot_sdk::{frame_support::pallet_prelude::*, frame_system::pallet_prelude::*};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// CPT.
		type Native: Mutate<Self::AccountId, Balance = Balance>;
		/// rUSDC, staked in the USDC pool's farm.
		type PoolShares: Mutate<Self::AccountId, Balance = Balance>;
		/// CPT/USDC liquidity tokens, staked in the DEX farm.
		type DexShares: Mutate<Self::AccountId, Balance = Balance>;
		type Time: UnixTime;
		/// veCPT: lockers' weights and buyers' discounts.
		type VoteWeight: VoteWeight<Self::AccountId, Balance>;
		/// Subscription cashback rates.
		type Subscriptions: SubscriptionInfo<Self::AccountId>;
		/// Sets the parameters.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The user-rewards bucket's account.
		#[pallet::constant]
		type UserBucket: Get<PalletId>;
		/// The SP-incentives bucket's account.
		#[pallet::constant]
		type SpBucket: Get<PalletId>;
		/// The LP-rewards bucket's account, which also keeps the farms' staked tokens.
		#[pallet::constant]
		type LpBucket: Get<PalletId>;
		/// One whole CPT.
		#[pallet::constant]
		type CptUnit: Get<Balance>;
		/// One whole USDC.
		#[pallet::constant]
		type UsdcUnit: Get<Balance>;
		/// The oracle: its fresh CPT/USD values rewards; without one, `Params::cpt_price` does.
		type Prices: PriceFeed;
		/// Locker weeks one claim pays at most; a claim resumes where the last stopped.
		#[pallet::constant]
		type MaxClaimWeeks: Get<u32>;
		type WeightInfo: WeightInfo;
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::type_value]
	pub fn DefaultMonth() -> Moment {
		30 * schedule::DAY
	}

	#[pallet::type_value]
	pub fn DefaultParams<T: Config>() -> Params {
		spec_params(T::CptUnit::get(), T::UsdcUnit::get())
	}

	/// Seconds in a month (SPEC: 30 days; shorter on the dev chain).
	#[pallet::storage]
	pub type MonthLength<T> = StorageValue<_, Moment, ValueQuery, DefaultMonth>;

	/// When incentives started: the first block or market hook that saw a timestamp.
	#[pallet::storage]
	pub type Launch<T> = StorageValue<_, Moment>;

	/// The governance parameters: CPT price, budgets, rewards, vesting and emission phases.
	#[pallet::storage]
	pub type CurrentParams<T: Config> = StorageValue<_, Params, ValueQuery, DefaultParams<T>>;

	/// CPT each bucket owes: earned by accounts but not yet paid. Never more than it holds.
	#[pallet::storage]
	pub type Owed<T> = StorageValue<_, BucketAmounts, ValueQuery>;

	/// The month and quarter now running.
	#[pallet::storage]
	pub type Open<T> = StorageMap<_, Twox64Concat, Period, OpenPeriod, ValueQuery>;

	/// Closed months and quarters: what was earned and what the budget paid for it.
	#[pallet::storage]
	pub type Closed<T> =
		StorageDoubleMap<_, Twox64Concat, Period, Twox64Concat, u32, ClosedPeriod, ValueQuery>;

	/// What each account earned in its latest month or quarter.
	#[pallet::storage]
	pub type Earnings<T: Config> =
		StorageDoubleMap<_, Twox64Concat, Period, Blake2_128Concat, T::AccountId, Earning>;

	/// CPT each account can claim now, by bucket.
	#[pallet::storage]
	pub type Unclaimed<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BucketAmounts, ValueQuery>;

	/// The first week whose lockers are rewarded: the week of launch.
	#[pallet::storage]
	pub type LockerStart<T> = StorageValue<_, u64>;

	/// The next week to close for lockers.
	#[pallet::storage]
	pub type LockerWeek<T> = StorageValue<_, u64>;

	/// Closed locker weeks with weight: their emission and the total weight at their start.
	#[pallet::storage]
	pub type LockerRewards<T> = StorageMap<_, Twox64Concat, u64, (Balance, Balance)>;

	/// The next locker week each account claims.
	#[pallet::storage]
	pub type LockerCursor<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u64>;

	/// Each liquidity farm: its total stake and the CPT earned per staked unit so far.
	#[pallet::storage]
	pub type Farms<T> = StorageMap<_, Twox64Concat, Farm, FarmState, ValueQuery>;

	/// Each account's stake in each farm, and what it has been credited up to.
	#[pallet::storage]
	pub type Stakes<T: Config> =
		StorageDoubleMap<_, Twox64Concat, Farm, Blake2_128Concat, T::AccountId, Stake, ValueQuery>;

	/// CPT from the USDC pool's farm still vesting, by the month it was earned in.
	#[pallet::storage]
	pub type Vesting<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<Tranche, ConstU32<MAX_TRANCHES>>,
		ValueQuery,
	>;

	/// Who brought each account.
	#[pallet::storage]
	pub type Referrals<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Referral<T::AccountId>>;

	/// Accounts that have settled an order, as buyer or SP: too late for them to name a
	/// referrer.
	#[pallet::storage]
	pub type HasSettled<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	/// Referral rewards each referrer earned in the month it last earned one: the month's
	/// index and the count, at most `Params::max_referrals_per_month`.
	#[pallet::storage]
	pub type ReferrerMonth<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, (u32, u32), ValueQuery>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Seconds in a month; zero means 30 days.
		pub month: Moment,
		/// The parameters; `None` means SPEC section 8's.
		pub params: Option<Params>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if self.month != 0 {
				MonthLength::<T>::put(self.month);
			}
			if let Some(params) = &self.params {
				assert!(Pallet::<T>::params_valid(params), "invalid incentive parameters");
				CurrentParams::<T>::put(params);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Incentives started at `at` (Unix seconds).
		Launched { at: Moment },
		/// A month or quarter closed: `paid` CPT of its budget went to what was `earned`,
		/// `carried` rolls over.
		PeriodClosed { period: Period, index: u32, earned: u128, paid: Balance, carried: Balance },
		/// A locker week closed: `emission` CPT for `total_weight` veCPT at its start.
		LockerWeekClosed { week: u64, emission: Balance, total_weight: Balance },
		/// `who` was paid CPT from each bucket; `weeks` locker weeks were settled.
		Claimed { who: T::AccountId, paid: BucketAmounts, weeks: u32 },
		/// `who` staked `amount` in `farm`.
		Staked { who: T::AccountId, farm: Farm, amount: Balance },
		/// `who` took `amount` out of `farm`.
		Unstaked { who: T::AccountId, farm: Farm, amount: Balance },
		/// `who` named `referrer` as the one who brought it.
		ReferrerSet { who: T::AccountId, referrer: T::AccountId },
		/// `referrer` and `referred` each earned `reward` CPT for the referral.
		ReferralRewarded { referrer: T::AccountId, referred: T::AccountId, reward: Balance },
		/// Governance set the parameters.
		ParamsSet { params: Params },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Nothing to claim yet.
		NothingToClaim,
		/// Zero tokens.
		ZeroAmount,
		/// More than the account has staked.
		InsufficientStake,
		/// The account already named its referrer.
		AlreadyReferred,
		/// An account cannot refer itself.
		SelfReferral,
		/// The account has settled an order already: it was not brought by anyone now.
		AlreadySettled,
		/// The referrer was referred by the caller: referrals never go both ways.
		MutualReferral,
		/// A zero price, phases that do not start at month 0 and go forward, vesting longer
		/// than the tranches allow, or fee shares that add up to the whole fee.
		InvalidParams,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			T::WeightInfo::on_initialize(Self::catch_up(MAX_CATCH_UP))
		}

		fn integrity_test() {
			assert!(T::MaxClaimWeeks::get() > 0);
			assert!(!T::CptUnit::get().is_zero() && !T::UsdcUnit::get().is_zero());
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
		/// Pays the caller everything it can claim: its closed months' and quarters' shares,
		/// up to `MaxClaimWeeks` locker weeks (resumable), both farms' rewards (part of the
		/// USDC pool farm's vests) and what has vested.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::claim(T::MaxClaimWeeks::get()))]
		pub fn claim(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let weeks = Self::collect(&who);
			let paid = Unclaimed::<T>::take(&who);
			ensure!(weeks > 0 || !paid.is_zero(), Error::<T>::NothingToClaim);
			for bucket in Bucket::ALL {
				let amount = paid.get(bucket);
				if !amount.is_zero() {
					T::Native::transfer(
						&Self::bucket_account(bucket),
						&who,
						amount,
						Preservation::Preserve,
					)?;
					Owed::<T>::mutate(|o| o.get_mut(bucket).saturating_reduce(amount));
				}
			}
			Self::deposit_event(Event::Claimed { who, paid, weeks });
			Ok(Some(T::WeightInfo::claim(weeks)).into())
		}

		/// Stakes `amount` of `farm`'s token; what the stake earned so far is kept for the
		/// next claim.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::stake())]
		pub fn stake(origin: OriginFor<T>, farm: Farm, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			let state = Self::harvest(farm, &who);
			Self::move_farm_tokens(farm, &who, &Self::bucket_account(Bucket::Lp), amount)?;
			Stakes::<T>::mutate(farm, &who, |s| {
				s.amount.saturating_accrue(amount);
				s.paid_per_share = state.per_share;
			});
			Farms::<T>::mutate(farm, |f| f.staked.saturating_accrue(amount));
			Self::deposit_event(Event::Staked { who, farm, amount });
			Ok(())
		}

		/// Takes `amount` of `farm`'s token out; what the stake earned so far is kept for the
		/// next claim.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::unstake())]
		pub fn unstake(origin: OriginFor<T>, farm: Farm, amount: Balance) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			ensure!(Stakes::<T>::get(farm, &who).amount >= amount, Error::<T>::InsufficientStake);
			Self::harvest(farm, &who);
			Self::move_farm_tokens(farm, &Self::bucket_account(Bucket::Lp), &who, amount)?;
			Stakes::<T>::mutate_exists(farm, &who, |s| {
				if let Some(stake) = s {
					stake.amount.saturating_reduce(amount);
					if stake.amount.is_zero() {
						*s = None;
					}
				}
			});
			Farms::<T>::mutate(farm, |f| f.staked.saturating_reduce(amount));
			Self::deposit_event(Event::Unstaked { who, farm, amount });
			Ok(())
		}

		/// Names the account that brought the caller to the platform, once, before the caller
		/// has settled any order, and never the caller's own referral: both earn the referral
		/// reward when the caller's first order settles (as buyer or as SP), if it costs at
		/// least `min_rated_cost`, within what its fee allows, and while the referrer has earned
		/// fewer than `max_referrals_per_month` this month.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_referrer())]
		pub fn set_referrer(origin: OriginFor<T>, referrer: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(who != referrer, Error::<T>::SelfReferral);
			ensure!(!Referrals::<T>::contains_key(&who), Error::<T>::AlreadyReferred);
			ensure!(!HasSettled::<T>::contains_key(&who), Error::<T>::AlreadySettled);
			ensure!(
				Referrals::<T>::get(&referrer).is_none_or(|r| r.referrer != who),
				Error::<T>::MutualReferral
			);
			Referrals::<T>::insert(&who, Referral { referrer: referrer.clone(), rewarded: false });
			Self::deposit_event(Event::ReferrerSet { who, referrer });
			Ok(())
		}

		/// Sets the CPT price, budgets, rewards, vesting and emission phases. Farms are paid
		/// at the old rates up to now.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_params())]
		pub fn set_params(origin: OriginFor<T>, params: Params) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Self::params_valid(&params), Error::<T>::InvalidParams);
			for farm in Farm::ALL {
				Self::update_farm(farm);
			}
			CurrentParams::<T>::put(&params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		pub fn bucket_account(bucket: Bucket) -> T::AccountId {
			match bucket {
				Bucket::User => T::UserBucket::get(),
				Bucket::Sp => T::SpBucket::get(),
				Bucket::Lp => T::LpBucket::get(),
			}
			.into_account_truncating()
		}

		pub fn params() -> Params {
			CurrentParams::<T>::get()
		}

		/// `buyer`'s cashback on what it spends: its subscription's rate plus its veCPT
		/// discount.
		pub(crate) fn cashback_rate(buyer: &T::AccountId) -> Permill {
			T::Subscriptions::cashback_rate(buyer).saturating_add(T::VoteWeight::discount(buyer))
		}

		pub(crate) fn params_valid(params: &Params) -> bool {
			!params.cpt_price.is_zero()
				&& schedule::phases_valid(&params.phases)
				&& params.vesting_months <= MAX_TRANCHES - 2
				&& params
					.buyer_fee_share
					.deconstruct()
					.saturating_add(params.sp_fee_share.deconstruct())
					< Permill::one().deconstruct()
		}

		pub(crate) fn now() -> Moment {
			T::Time::now().as_secs()
		}

		/// Seconds since launch, if launched.
		fn elapsed() -> Option<Moment> {
			Launch::<T>::get().map(|launch| Self::now().saturating_sub(launch))
		}

		fn month_index(elapsed: Moment) -> u32 {
			u32::try_from(elapsed / MonthLength::<T>::get().max(1)).unwrap_or(u32::MAX)
		}

		/// CPT a bucket holds beyond what it owes and what keeps its account alive.
		pub fn free(bucket: Bucket) -> Balance {
			T::Native::reducible_balance(
				&Self::bucket_account(bucket),
				Preservation::Preserve,
				Fortitude::Polite,
			)
			.saturating_sub(Owed::<T>::get().get(bucket))
		}

		fn owe(bucket: Bucket, amount: Balance) {
			Owed::<T>::mutate(|o| o.get_mut(bucket).saturating_accrue(amount));
		}

		fn credit(who: &T::AccountId, bucket: Bucket, amount: Balance) {
			if !amount.is_zero() {
				Unclaimed::<T>::mutate(who, |u| u.get_mut(bucket).saturating_accrue(amount));
			}
		}

		/// Launches on the first block with a timestamp, then closes finished months,
		/// quarters and locker weeks, at most `max` in all; returns how many it closed.
		pub(crate) fn catch_up(max: u32) -> u32 {
			let now = Self::now();
			let Some(launch) = Self::launched(now) else { return 0 };
			let months = Self::month_index(now.saturating_sub(launch));
			let mut closed = 0;
			for period in Period::ALL {
				while closed < max && Open::<T>::get(period).index < months / period.months() {
					Self::close_period(period);
					closed += 1;
				}
			}
			while closed < max && Self::close_locker_week(launch, now) {
				closed += 1;
			}
			closed
		}

		/// When incentives started: at the first sign of a timestamp, from a block or from a
		/// market hook, whichever comes first.
		pub(crate) fn launched(now: Moment) -> Option<Moment> {
			if let Some(launch) = Launch::<T>::get() {
				return Some(launch);
			}
			if now.is_zero() {
				return None;
			}
			Launch::<T>::put(now);
			let week = now / T::VoteWeight::week().max(1);
			LockerStart::<T>::put(week);
			LockerWeek::<T>::put(week);
			Self::deposit_event(Event::Launched { at: now });
			Some(now)
		}

		fn close_period(period: Period) {
			let open = Open::<T>::get(period);
			let params = Self::params();
			let bucket = period.bucket();
			let fresh = match period {
				Period::Month => schedule::month_budget(&params, open.gmv),
				Period::Quarter if open.index < params.quarters => {
					schedule::quarter_budget(&params, open.gmv)
				}
				Period::Quarter => 0,
			};
			let budget = open.carried.saturating_add(fresh).min(Self::free(bucket));
			// Months pay what was earned, up to the budget; quarters share the whole budget.
			let paid = match period {
				_ if open.earned.is_zero() => 0,
				Period::Month => budget.min(open.earned),
				Period::Quarter => budget,
			};
			let carried = budget - paid;
			Self::owe(bucket, paid);
			Closed::<T>::insert(period, open.index, ClosedPeriod { earned: open.earned, paid });
			let index = open.index.saturating_add(1);
			Open::<T>::insert(period, OpenPeriod { index, earned: 0, gmv: 0, carried });
			Self::deposit_event(Event::PeriodClosed {
				period,
				index: open.index,
				earned: open.earned,
				paid,
				carried,
			});
		}

		/// Closes the next locker week if it is over and veCPT's total at its start is known.
		fn close_locker_week(launch: Moment, now: Moment) -> bool {
			let length = T::VoteWeight::week().max(1);
			let Some(week) = LockerWeek::<T>::get() else { return false };
			let end = week.saturating_add(1).saturating_mul(length);
			if end > now {
				return false;
			}
			let Some(total_weight) = T::VoteWeight::total_at_week(week) else { return false };
			if !total_weight.is_zero() {
				let from = week.saturating_mul(length).max(launch) - launch;
				let params = Self::params();
				let emission = schedule::emitted(
					&params.phases,
					|p| p.lockers,
					MonthLength::<T>::get(),
					from,
					end - launch,
				)
				.min(Self::free(Bucket::User));
				if !emission.is_zero() {
					Self::owe(Bucket::User, emission);
					LockerRewards::<T>::insert(week, (emission, total_weight));
					Self::deposit_event(Event::LockerWeekClosed { week, emission, total_weight });
				}
			}
			LockerWeek::<T>::put(week.saturating_add(1));
			true
		}

		/// `who` earned `amount` in the open `period`, which may pay it at most `cap` more CPT
		/// (`Balance::MAX` for shares not capped); first credits what it earned in a closed one.
		pub(crate) fn earn(period: Period, who: &T::AccountId, amount: u128, cap: Balance) {
			if amount.is_zero() || Self::launched(Self::now()).is_none() {
				return;
			}
			Self::settle_earning(period, who);
			let mut open = Open::<T>::get(period);
			open.earned.saturating_accrue(amount);
			let index = open.index;
			Open::<T>::insert(period, open);
			Earnings::<T>::mutate(period, who, |e| match e {
				Some(e) => {
					e.amount.saturating_accrue(amount);
					e.cap.saturating_accrue(cap);
				}
				None => *e = Some(Earning { index, amount, cap }),
			});
		}

		/// Credits what `who` earned in `period` once that period has closed.
		fn settle_earning(period: Period, who: &T::AccountId) {
			let Some(earning) = Earnings::<T>::get(period, who) else { return };
			if earning.index >= Open::<T>::get(period).index {
				return;
			}
			let share = Closed::<T>::get(period, earning.index).payout(earning.amount);
			let paid = share.min(earning.cap);
			// What the cap withholds was owed for this share: the bucket keeps it.
			Owed::<T>::mutate(|o| o.get_mut(period.bucket()).saturating_reduce(share - paid));
			Self::credit(who, period.bucket(), paid);
			Earnings::<T>::remove(period, who);
		}

		/// Credits `who`'s share of up to `MaxClaimWeeks` closed locker weeks; returns how
		/// many weeks it went through.
		fn settle_locker_weeks(who: &T::AccountId) -> u32 {
			let (Some(first), Some(start), Some(next)) =
				(T::VoteWeight::first_week(who), LockerStart::<T>::get(), LockerWeek::<T>::get())
			else {
				return 0;
			};
			let from = LockerCursor::<T>::get(who).unwrap_or(start).max(first);
			let to = next.min(from.saturating_add(T::MaxClaimWeeks::get().into()));
			if to <= from {
				return 0;
			}
			let length = T::VoteWeight::week();
			let mut amount: Balance = 0;
			for week in from..to {
				if let Some((emission, total)) = LockerRewards::<T>::get(week) {
					let weight = T::VoteWeight::weight_at(who, week.saturating_mul(length));
					let share = multiply_by_rational_with_rounding(
						emission,
						weight.min(total),
						total,
						Rounding::Down,
					)
					.unwrap_or(0);
					amount.saturating_accrue(share);
				}
			}
			Self::credit(who, Bucket::User, amount);
			LockerCursor::<T>::insert(who, to);
			u32::try_from(to - from).unwrap_or(u32::MAX)
		}

		/// Brings `farm`'s CPT per staked token up to now; the emission is owed from then on.
		fn update_farm(farm: Farm) -> FarmState {
			let mut state = Farms::<T>::get(farm);
			let (Some(launch), now) = (Launch::<T>::get(), Self::now()) else {
				return state;
			};
			let from = state.updated.max(launch);
			if now > from && !state.staked.is_zero() {
				let params = Self::params();
				let rate = |p: &Phase| match farm {
					Farm::Pool => p.pool,
					Farm::Dex => p.dex,
				};
				let emission = schedule::emitted(
					&params.phases,
					rate,
					MonthLength::<T>::get(),
					from - launch,
					now - launch,
				)
				.min(Self::free(Bucket::Lp));
				let per_share = multiply_by_rational_with_rounding(
					emission,
					PER_SHARE_SCALE,
					state.staked,
					Rounding::Down,
				)
				.unwrap_or(0);
				state.per_share.saturating_accrue(per_share);
				Self::owe(Bucket::Lp, emission);
			}
			state.updated = now;
			Farms::<T>::insert(farm, state);
			state
		}

		/// What `stake` earned since it was last paid, in a farm at `per_share`.
		fn farm_earned(stake: &Stake, per_share: u128) -> Balance {
			multiply_by_rational_with_rounding(
				stake.amount,
				per_share.saturating_sub(stake.paid_per_share),
				PER_SHARE_SCALE,
				Rounding::Down,
			)
			.unwrap_or(0)
		}

		/// Credits what `who`'s stake in `farm` earned; the USDC pool farm's vesting part
		/// (rounded up, against the LP) starts vesting instead. Returns the farm's books.
		fn harvest(farm: Farm, who: &T::AccountId) -> FarmState {
			let state = Self::update_farm(farm);
			let mut earned: Balance = 0;
			Stakes::<T>::mutate_exists(farm, who, |maybe| {
				if let Some(stake) = maybe {
					earned = Self::farm_earned(stake, state.per_share);
					stake.paid_per_share = state.per_share;
				}
			});
			let vesting = match farm {
				Farm::Pool => Self::params().pool_vested.mul_ceil(earned),
				Farm::Dex => 0,
			};
			Self::credit(who, Bucket::Lp, earned - vesting);
			if !vesting.is_zero() {
				Self::start_vesting(who, vesting);
			}
			state
		}

		fn start_vesting(who: &T::AccountId, amount: Balance) {
			let month = Self::elapsed().map(Self::month_index).unwrap_or(0);
			Self::release_vested(who);
			Vesting::<T>::mutate(who, |tranches| match tranches.last_mut() {
				Some(last) if last.month == month => last.amount.saturating_accrue(amount),
				_ => {
					let tranche = Tranche { month, amount, released: 0 };
					if let Err(tranche) = tranches.try_push(tranche) {
						// Unreachable while vesting lasts at most `MAX_TRANCHES - 2` months
						// (`release_vested` drops finished tranches); it would vest later.
						if let Some(last) = tranches.last_mut() {
							last.amount.saturating_accrue(tranche.amount);
						}
					}
				}
			});
		}

		/// Credits what has vested and drops finished tranches.
		fn release_vested(who: &T::AccountId) {
			let Some(elapsed) = Self::elapsed() else { return };
			let (months, month) = (Self::params().vesting_months, MonthLength::<T>::get());
			let mut released: Balance = 0;
			Vesting::<T>::mutate_exists(who, |maybe| {
				let Some(tranches) = maybe else { return };
				for t in tranches.iter_mut() {
					let vested = schedule::vested(t, months, month, elapsed);
					released.saturating_accrue(vested.saturating_sub(t.released));
					t.released = vested.max(t.released);
				}
				tranches.retain(|t| t.released < t.amount);
				if tranches.is_empty() {
					*maybe = None;
				}
			});
			Self::credit(who, Bucket::Lp, released);
		}

		/// Credits everything `who` has earned so far; returns the locker weeks gone through.
		fn collect(who: &T::AccountId) -> u32 {
			for period in Period::ALL {
				Self::settle_earning(period, who);
			}
			let weeks = Self::settle_locker_weeks(who);
			for farm in Farm::ALL {
				Self::harvest(farm, who);
			}
			Self::release_vested(who);
			weeks
		}

		/// What a claim by `who` would pay now; changes nothing.
		pub fn claimable(who: &T::AccountId) -> BucketAmounts {
			with_transaction(|| {
				Self::collect(who);
				TransactionOutcome::Rollback(Ok::<_, DispatchError>(Unclaimed::<T>::get(who)))
			})
			.unwrap_or_default()
		}

		/// CPT still vesting for `who`.
		pub fn vesting(who: &T::AccountId) -> Balance {
			Vesting::<T>::get(who)
				.iter()
				.fold(0, |sum: Balance, t| sum.saturating_add(t.amount - t.released))
		}

		fn move_farm_tokens(
			farm: Farm,
			from: &T::AccountId,
			to: &T::AccountId,
			amount: Balance,
		) -> DispatchResult {
			match farm {
				Farm::Pool => T::PoolShares::transfer(from, to, amount, Preservation::Expendable),
				Farm::Dex => T::DexShares::transfer(from, to, amount, Preservation::Expendable),
			}
			.map(|_| ())
		}

		/// The referrals `who`'s first settlement completes: none if it has settled before or
		/// named no referrer. Marks `who` as settled.
		pub(crate) fn first_settlement(
			who: &T::AccountId,
		) -> Option<(T::AccountId, Referral<T::AccountId>)> {
			if HasSettled::<T>::contains_key(who) {
				return None;
			}
			HasSettled::<T>::insert(who, ());
			Referrals::<T>::get(who).filter(|r| !r.rewarded).map(|r| (who.clone(), r))
		}

		/// Completes `who`'s referral: `reward` CPT to both sides if the referrer has earned
		/// fewer than the month's most; nothing otherwise. A referral pays once either way.
		pub(crate) fn complete_referral(
			who: &T::AccountId,
			referral: Referral<T::AccountId>,
			reward: Balance,
			params: &Params,
		) {
			Referrals::<T>::insert(who, Referral { rewarded: true, ..referral.clone() });
			let month = Open::<T>::get(Period::Month).index;
			let (last, count) = ReferrerMonth::<T>::get(&referral.referrer);
			let count = if last == month { count } else { 0 };
			if reward.is_zero() || count >= params.max_referrals_per_month {
				return;
			}
			ReferrerMonth::<T>::insert(&referral.referrer, (month, count + 1));
			Self::earn(Period::Month, &referral.referrer, reward, Balance::MAX);
			Self::earn(Period::Month, who, reward, Balance::MAX);
			Self::deposit_event(Event::ReferralRewarded {
				referrer: referral.referrer,
				referred: who.clone(),
				reward,
			});
		}

		pub(crate) fn cpt_for(usdc: Balance, params: &Params) -> Balance {
			schedule::cpt_for(usdc, Self::cpt_price(params), T::CptUnit::get())
		}

		/// USDC per CPT: the oracle's fresh CPT/USD (a USDC taken as a dollar), else the
		/// governance price in `params`.
		pub fn cpt_price(params: &Params) -> Balance {
			T::Prices::price(&PriceKey::CptUsd)
				.map(|usd| usd.saturating_mul_int(T::UsdcUnit::get()))
				.filter(|price| !price.is_zero())
				.unwrap_or(params.cpt_price)
		}

		/// The books: buckets hold what they owe, and owe at least everything credited,
		/// vesting, earned in closed periods and earned by stakes; farms hold their stakes;
		/// open periods' totals are their accounts' earnings.
		pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			let owed = Owed::<T>::get();
			let mut due = BucketAmounts::default();
			for (_, u) in Unclaimed::<T>::iter() {
				for b in Bucket::ALL {
					due.get_mut(b).saturating_accrue(u.get(b));
				}
			}
			for (who, tranches) in Vesting::<T>::iter() {
				ensure!(tranches.iter().all(|t| t.released < t.amount), "finished tranche kept");
				due.lp.saturating_accrue(Self::vesting(&who));
			}
			let mut open_earned = [0u128; 2];
			for (period, _, e) in Earnings::<T>::iter() {
				let open = Open::<T>::get(period);
				if e.index < open.index {
					let paid = Closed::<T>::get(period, e.index).payout(e.amount);
					due.get_mut(period.bucket()).saturating_accrue(paid);
				} else {
					ensure!(e.index == open.index, "earning in a future period");
					open_earned[period as usize].saturating_accrue(e.amount);
				}
			}
			for period in Period::ALL {
				ensure!(
					Open::<T>::get(period).earned == open_earned[period as usize],
					"open period's total is not its earnings"
				);
			}
			for farm in Farm::ALL {
				let state = Farms::<T>::get(farm);
				let (mut staked, mut earned) = (0u128, 0u128);
				for (_, stake) in Stakes::<T>::iter_prefix(farm) {
					staked.saturating_accrue(stake.amount);
					earned.saturating_accrue(Self::farm_earned(&stake, state.per_share));
				}
				ensure!(staked == state.staked, "farm total is not its stakes");
				let held = match farm {
					Farm::Pool => T::PoolShares::balance(&Self::bucket_account(Bucket::Lp)),
					Farm::Dex => T::DexShares::balance(&Self::bucket_account(Bucket::Lp)),
				};
				ensure!(held >= staked, "farm tokens missing");
				due.lp.saturating_accrue(earned);
			}
			for b in Bucket::ALL {
				ensure!(due.get(b) <= owed.get(b), "owes less than it credited");
				ensure!(
					owed.get(b) <= T::Native::balance(&Self::bucket_account(b)),
					"bucket overdrawn"
				);
			}
			Ok(())
		}
	}
}

/// What a buyer and an SP earn on an order is worth less than its fee (the rule in the README):
/// the buyer's side within `buyer_fee_share` of it, the SP's quarter within `sp_fee_share` of
/// its fees.
impl<T: Config> MarketRewards<T::AccountId, Balance> for Pallet<T> {
	fn cashback(buyer: &T::AccountId, cost: Balance, fee: Balance) -> Balance {
		Self::cashback_rate(buyer)
			.mul_floor(cost)
			.min(Self::params().buyer_fee_share.mul_floor(fee))
	}

	fn min_rated_cost() -> Balance {
		Self::params().min_rated_cost
	}

	fn settled(order: &SettledOrder<T::AccountId, Balance>) {
		if Self::launched(Self::now()).is_none() {
			return;
		}
		let params = Self::params();
		for period in Period::ALL {
			Open::<T>::mutate(period, |open| open.gmv.saturating_accrue(order.cost));
		}
		let referrals: Vec<_> = [&order.buyer, &order.provider]
			.into_iter()
			.filter_map(Self::first_settlement)
			.collect();
		let rewards = schedule::order_rewards(
			&params,
			order.cost,
			order.fee,
			// `order_rewards` caps it at the buyer's share of the fee.
			Self::cashback_rate(&order.buyer).mul_floor(order.cost),
			order.rated,
			referrals.len() as u32,
		);
		let buyer_cpt = Self::cpt_for(rewards.cashback.saturating_add(rewards.review), &params);
		Self::earn(Period::Month, &order.buyer, buyer_cpt, Balance::MAX);
		let sp_cap = Self::cpt_for(params.sp_fee_share.mul_floor(order.fee), &params);
		Self::earn(Period::Quarter, &order.provider, order.incentive_volume, sp_cap);
		let referral_cpt = Self::cpt_for(rewards.referral, &params);
		for (who, referral) in referrals {
			Self::complete_referral(&who, referral, referral_cpt, &params);
		}
	}
}
