#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use split::{Amounts, Destination, Split};
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
pub mod runtime_api;
pub mod split;
#[cfg(test)]
mod tests;
pub mod weights;

use cyberplaza_primitives::{Moment, PriceFeed, PriceKey, RevenueSink, RevenueSource, VoteWeight};
use polkadot_sdk::{
	frame_support::{
		dispatch::DispatchResult,
		storage::with_storage_layer,
		traits::{
			fungible::Mutate,
			tokens::{Fortitude, Precision, Preservation},
			Get, UnixTime,
		},
		PalletId,
	},
	frame_system::pallet_prelude::BlockNumberFor,
	sp_runtime::{
		helpers_128bit::multiply_by_rational_with_rounding,
		traits::{AccountIdConversion, Saturating, UniqueSaturatedInto, Zero},
		DispatchError, FixedPointNumber, FixedU128, Permill, Rounding,
	},
	sp_weights::Weight,
};

/// USDC and CPT amounts, in their smallest units.
pub type Balance = u128;
/// A week's index: it starts at `week × VoteWeight::week()` seconds.
pub type Week = u64;

/// The chain's CPT/USDC pool, where the buy-back buys CPT.
pub trait BuyBackMarket<AccountId> {
	/// The pool's reserves `(usdc, cpt)`, if it exists.
	fn reserves() -> Option<(Balance, Balance)>;
	/// Swaps exactly `usdc` of `from`'s USDC for at least `min_cpt` CPT, paid to `from`, keeping
	/// `from`'s USDC account alive; returns the CPT bought.
	fn swap(from: &AccountId, usdc: Balance, min_cpt: Balance) -> Result<Balance, DispatchError>;
}

/// Prepares benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Sets the current Unix time, in seconds, and brings veCPT's total up to it.
	fn advance_to(seconds: Moment);
	/// Gives `who` `cpt` CPT and locks it for `weeks` weeks as veCPT.
	fn lock(who: &AccountId, cpt: Balance, weeks: u32);
	/// Creates the CPT/USDC pool with deep liquidity, if there is none, and has the oracle
	/// price CPT at the pool's price.
	fn create_pool();
}

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;
	use polkadot_sdk::{frame_support::pallet_prelude::*, frame_system::pallet_prelude::*};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// USDC.
		type Stable: Mutate<Self::AccountId, Balance = Balance>;
		/// CPT, burned after the buy-back.
		type Native: Mutate<Self::AccountId, Balance = Balance>;
		type Time: UnixTime;
		/// veCPT weights: the stakers' share is paid by them.
		type VoteWeight: VoteWeight<Self::AccountId, Balance>;
		type BuyBackMarket: BuyBackMarket<Self::AccountId>;
		/// The oracle: a buy-back pays for CPT no more than its fresh CPT/USD says (a USDC
		/// taken as a dollar), and waits while there is none.
		type Prices: PriceFeed;
		/// Smallest units in one CPT.
		#[pallet::constant]
		type CptUnit: Get<Balance>;
		/// Smallest units in one USDC.
		#[pallet::constant]
		type UsdcUnit: Get<Balance>;
		/// Sets the split.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Derives the account holding revenue until it is paid out. It must hold USDC's minimum
		/// balance from genesis: payouts keep it alive.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		type OperationsAccount: Get<Self::AccountId>;
		type TeamAccount: Get<Self::AccountId>;
		type FoundationAccount: Get<Self::AccountId>;
		type ReserveAccount: Get<Self::AccountId>;
		/// Blocks between payouts to the outside accounts; the buy-back USDC pending at a
		/// payout is spent in slices over the blocks until the next.
		#[pallet::constant]
		type PayoutPeriod: Get<BlockNumberFor<Self>>;
		/// A block's buy-back moves the pool's price at most this much: it spends at most this
		/// share of the pool's USDC reserve, leaving the rest for later.
		#[pallet::constant]
		type MaxPriceImpact: Get<Permill>;
		/// A block buys back only while the pool's spot price is within this share of the
		/// oracle's, and gets at least the oracle's price less this share (pool fee and impact).
		#[pallet::constant]
		type MaxSlippage: Get<Permill>;
		/// Smaller buy-backs wait for more revenue or liquidity.
		#[pallet::constant]
		type MinBuyBack: Get<Balance>;
		/// Weeks one claim pays at most (claims resume where they stopped).
		#[pallet::constant]
		type MaxClaimWeeks: Get<u32>;
		/// Finished weeks closed per block at most.
		#[pallet::constant]
		type MaxWeeksClosedPerBlock: Get<u32>;
		type WeightInfo: WeightInfo;
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// How revenue is divided.
	#[pallet::storage]
	pub type CurrentSplit<T> = StorageValue<_, Split, ValueQuery>;

	/// Revenue received, by source.
	#[pallet::storage]
	pub type TotalBySource<T> = StorageMap<_, Twox64Concat, RevenueSource, Balance, ValueQuery>;

	/// Revenue assigned, by destination.
	#[pallet::storage]
	pub type TotalByDestination<T> = StorageMap<_, Twox64Concat, Destination, Balance, ValueQuery>;

	/// Owed to operations, team, foundation and reserve, paid every `PayoutPeriod`.
	#[pallet::storage]
	pub type Payable<T> = StorageMap<_, Twox64Concat, Destination, Balance, ValueQuery>;

	/// USDC waiting to buy back CPT.
	#[pallet::storage]
	pub type PendingBuyBack<T> = StorageValue<_, Balance, ValueQuery>;

	/// USDC one block's buy-back spends at most: what was pending at the last payout, spread
	/// over the payout period (rounded up, at least `MinBuyBack`), so that no one block's
	/// price, which the transactions before it can move, decides a period's buy-back.
	#[pallet::storage]
	pub type BuyBackSlice<T> = StorageValue<_, Balance, ValueQuery>;

	/// USDC spent on buy-backs and CPT burned, all time.
	#[pallet::storage]
	pub type BoughtBack<T> = StorageValue<_, (Balance, Balance), ValueQuery>;

	/// The stakers' share received in each week.
	#[pallet::storage]
	pub type WeekRewards<T> = StorageMap<_, Twox64Concat, Week, Balance, ValueQuery>;

	/// What has been claimed of each week's rewards.
	#[pallet::storage]
	pub type WeekClaimed<T> = StorageMap<_, Twox64Concat, Week, Balance, ValueQuery>;

	/// Weeks before this one have finished and are claimable (zero: not started yet).
	#[pallet::storage]
	pub type ClosedUntil<T> = StorageValue<_, Week, ValueQuery>;

	/// Rewards received and not claimed.
	#[pallet::storage]
	pub type RewardPot<T> = StorageValue<_, Balance, ValueQuery>;

	/// The next week each account claims.
	#[pallet::storage]
	pub type ClaimCursor<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Week>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub split: Split,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(self.split.is_complete(), "genesis split sums to 100%");
			CurrentSplit::<T>::put(self.split);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `amount` of revenue from `source` was divided into `amounts`.
		RevenueSplit { source: RevenueSource, amount: Balance, amounts: Amounts<Balance> },
		/// `amount` was paid to `destination`'s account.
		PaidOut { destination: Destination, amount: Balance },
		/// `usdc` bought `cpt` CPT on the pool, which was burned.
		BoughtBackAndBurned { usdc: Balance, cpt: Balance },
		/// A buy-back of `usdc` failed (the pool paid less than the bound); the next block retries.
		BuyBackFailed { usdc: Balance, error: DispatchError },
		/// Week `week` had no veCPT at its start: its `amount` moved to the next week.
		RewardsRolledOver { week: Week, amount: Balance },
		/// `who` claimed `amount` for weeks `from` to `to` (exclusive).
		RewardsClaimed { who: T::AccountId, amount: Balance, from: Week, to: Week },
		/// The split changed.
		SplitSet { split: Split },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Shares must add up to 100%.
		IncompleteSplit,
		/// No finished week to claim: wait for the week to end.
		NothingToClaim,
		/// The account never locked CPT.
		NeverLocked,
		/// An amount or a count would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(block: BlockNumberFor<T>) -> Weight {
			let closed = Self::close_weeks(Self::now());
			let mut weight = T::WeightInfo::close_weeks(closed);
			if (block % T::PayoutPeriod::get().max(1u32.into())).is_zero() {
				Self::pay_out();
				weight.saturating_accrue(T::WeightInfo::pay_out());
			} else if !PendingBuyBack::<T>::get().is_zero() {
				Self::buy_back();
				weight.saturating_accrue(T::WeightInfo::buy_back());
			}
			weight.saturating_add(T::DbWeight::get().reads(1))
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
		/// Pays the caller its share of the stakers' rewards of each finished week since its
		/// last claim: week rewards × its veCPT at the week's start / the total at the week's
		/// start, rounded down. At most `MaxClaimWeeks` weeks; call again for more.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::claim(T::MaxClaimWeeks::get()))]
		pub fn claim(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (from, to, amount) = Self::claimable(&who, T::MaxClaimWeeks::get(), true)?;
			ensure!(to > from, Error::<T>::NothingToClaim);
			if amount > 0 {
				T::Stable::transfer(&Self::account(), &who, amount, Preservation::Preserve)?;
				RewardPot::<T>::mutate(|p| p.saturating_reduce(amount));
			}
			ClaimCursor::<T>::insert(&who, to);
			Self::deposit_event(Event::RewardsClaimed { who, amount, from, to });
			let weeks = u32::try_from(to - from).unwrap_or(u32::MAX);
			Ok(Some(T::WeightInfo::claim(weeks)).into())
		}

		/// Sets the split; the shares must add up to 100%.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_split())]
		pub fn set_split(origin: OriginFor<T>, split: Split) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(split.is_complete(), Error::<T>::IncompleteSplit);
			CurrentSplit::<T>::put(split);
			Self::deposit_event(Event::SplitSet { split });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		pub fn now() -> Moment {
			T::Time::now().as_secs()
		}

		/// Holds revenue until it is paid out or claimed.
		pub fn account() -> T::AccountId {
			T::PalletId::get().into_account_truncating()
		}

		fn week_of(time: Moment) -> Week {
			time / T::VoteWeight::week().max(1)
		}

		/// Takes `amount` of USDC from `from` and divides it.
		pub fn receive(
			from: &T::AccountId,
			source: RevenueSource,
			amount: Balance,
		) -> DispatchResult {
			if amount.is_zero() {
				return Ok(());
			}
			T::Stable::transfer(from, &Self::account(), amount, Preservation::Preserve)?;
			let amounts = CurrentSplit::<T>::get().divide(amount);
			TotalBySource::<T>::mutate(source, |t| t.saturating_accrue(amount));
			for (destination, part) in amounts.by_destination() {
				TotalByDestination::<T>::mutate(destination, |t| t.saturating_accrue(part));
				match destination {
					Destination::Stakers => {
						WeekRewards::<T>::mutate(Self::week_of(Self::now()), |r| {
							r.saturating_accrue(part)
						});
						RewardPot::<T>::mutate(|p| p.saturating_accrue(part));
					}
					Destination::BuyBack => {
						PendingBuyBack::<T>::mutate(|p| p.saturating_accrue(part))
					}
					_ => Payable::<T>::mutate(destination, |p| p.saturating_accrue(part)),
				}
			}
			Self::deposit_event(Event::RevenueSplit { source, amount, amounts });
			Ok(())
		}

		/// Closes the weeks that finished by `now` (at most `MaxWeeksClosedPerBlock`, and only
		/// once veCPT's total is known at their start): a week nobody weighed in rolls its rewards
		/// into the next. Returns how many it closed.
		pub(crate) fn close_weeks(now: Moment) -> u32 {
			let current = Self::week_of(now);
			let mut week = ClosedUntil::<T>::get();
			if week.is_zero() {
				// The first block: nothing has been paid into earlier weeks.
				ClosedUntil::<T>::put(current);
				return 0;
			}
			let mut closed = 0;
			while week < current && closed < T::MaxWeeksClosedPerBlock::get() {
				let Some(total) = T::VoteWeight::total_at_week(week) else { break };
				if total.is_zero() {
					let amount = WeekRewards::<T>::take(week);
					if !amount.is_zero() {
						WeekRewards::<T>::mutate(week + 1, |r| r.saturating_accrue(amount));
						Self::deposit_event(Event::RewardsRolledOver { week, amount });
					}
				}
				week += 1;
				closed += 1;
			}
			ClosedUntil::<T>::put(week);
			closed
		}

		/// `who`'s rewards over closed weeks from its cursor, at most `max_weeks` of them:
		/// `(first week, week after the last, amount)`. With `record`, books each week's claim.
		pub fn claimable(
			who: &T::AccountId,
			max_weeks: u32,
			record: bool,
		) -> Result<(Week, Week, Balance), DispatchError> {
			let from = match ClaimCursor::<T>::get(who) {
				Some(week) => week,
				None => T::VoteWeight::first_week(who).ok_or(Error::<T>::NeverLocked)?,
			};
			let until = ClosedUntil::<T>::get();
			let to = until.min(from.saturating_add(Week::from(max_weeks))).max(from);
			let week_length = T::VoteWeight::week();
			let mut amount: Balance = 0;
			for week in from..to {
				let rewards = WeekRewards::<T>::get(week);
				let total = T::VoteWeight::total_at_week(week).unwrap_or(0);
				if rewards.is_zero() || total.is_zero() {
					continue;
				}
				let weight = T::VoteWeight::weight_at(who, week.saturating_mul(week_length));
				// Rounded down: the week's claims never add up to more than its rewards.
				let share =
					multiply_by_rational_with_rounding(rewards, weight, total, Rounding::Down)
						.ok_or(Error::<T>::Overflow)?;
				if record && !share.is_zero() {
					WeekClaimed::<T>::mutate(week, |c| c.saturating_accrue(share));
				}
				amount = amount.checked_add(share).ok_or(Error::<T>::Overflow)?;
			}
			Ok((from, to, amount))
		}

		/// Pays what is owed to the outside accounts, sets the period's buy-back slice, and
		/// buys the first.
		pub(crate) fn pay_out() {
			let pot = Self::account();
			for (destination, to) in [
				(Destination::Operations, T::OperationsAccount::get()),
				(Destination::Team, T::TeamAccount::get()),
				(Destination::Foundation, T::FoundationAccount::get()),
				(Destination::Reserve, T::ReserveAccount::get()),
			] {
				let amount = Payable::<T>::get(destination);
				// A payment the account cannot take yet (below USDC's minimum) waits.
				if !amount.is_zero()
					&& T::Stable::transfer(&pot, &to, amount, Preservation::Preserve).is_ok()
				{
					Payable::<T>::remove(destination);
					Self::deposit_event(Event::PaidOut { destination, amount });
				}
			}
			let blocks: Balance = T::PayoutPeriod::get().max(1u32.into()).unique_saturated_into();
			let slice = PendingBuyBack::<T>::get().div_ceil(blocks);
			BuyBackSlice::<T>::put(slice.max(T::MinBuyBack::get()));
			Self::buy_back();
		}

		/// Spends a slice of the pending buy-back USDC on CPT, as much as the pool takes within
		/// `MaxPriceImpact`, and burns the CPT. It waits while the oracle has no fresh CPT/USD
		/// or the pool's spot price is more than `MaxSlippage` away from it (a pool moved by the
		/// transactions before this block), and takes no less than the oracle's price less
		/// `MaxSlippage`.
		pub(crate) fn buy_back() {
			let pending = PendingBuyBack::<T>::get();
			let Some((usdc_reserve, cpt_reserve)) = T::BuyBackMarket::reserves() else { return };
			if usdc_reserve.is_zero() || cpt_reserve.is_zero() {
				return;
			}
			let usdc = pending
				.min(BuyBackSlice::<T>::get())
				.min(T::MaxPriceImpact::get().mul_floor(usdc_reserve));
			if usdc < T::MinBuyBack::get() {
				return;
			}
			let Some(spot) =
				multiply_by_rational_with_rounding(usdc, cpt_reserve, usdc_reserve, Rounding::Down)
			else {
				return;
			};
			let Some(fair) = Self::cpt_at_oracle(usdc) else { return };
			if spot.abs_diff(fair) > T::MaxSlippage::get().mul_floor(fair) {
				return;
			}
			let min_cpt = fair.saturating_sub(T::MaxSlippage::get().mul_ceil(fair));
			let pot = Self::account();
			let result = with_storage_layer(|| {
				let cpt = T::BuyBackMarket::swap(&pot, usdc, min_cpt)?;
				T::Native::burn_from(
					&pot,
					cpt,
					Preservation::Expendable,
					Precision::Exact,
					Fortitude::Polite,
				)?;
				Ok::<_, DispatchError>(cpt)
			});
			match result {
				Ok(cpt) => {
					PendingBuyBack::<T>::put(pending - usdc);
					BoughtBack::<T>::mutate(|(u, c)| {
						u.saturating_accrue(usdc);
						c.saturating_accrue(cpt);
					});
					Self::deposit_event(Event::BoughtBackAndBurned { usdc, cpt });
				}
				Err(error) => Self::deposit_event(Event::BuyBackFailed { usdc, error }),
			}
		}

		/// The CPT `usdc` buys at the oracle's fresh CPT/USD, a USDC taken as a dollar (rounded
		/// down); `None` without a fresh price.
		pub fn cpt_at_oracle(usdc: Balance) -> Option<Balance> {
			let usd = T::Prices::price(&PriceKey::CptUsd)?.into_inner();
			let usdc_per_cpt = usd.checked_mul(T::UsdcUnit::get()).filter(|p| !p.is_zero())?;
			let cpt_scaled = T::CptUnit::get().checked_mul(FixedU128::DIV)?;
			multiply_by_rational_with_rounding(usdc, cpt_scaled, usdc_per_cpt, Rounding::Down)
		}

		/// The stakers' yearly return at last week's rate: last finished week's rewards × 52 /
		/// the USDC value of all locked CPT at the pool's price. `None` without a price or locks.
		pub fn apy() -> Option<FixedU128> {
			let last = ClosedUntil::<T>::get().checked_sub(1)?;
			let rewards = WeekRewards::<T>::get(last).saturating_mul(52);
			let (usdc_reserve, cpt_reserve) = T::BuyBackMarket::reserves()?;
			let locked = T::VoteWeight::total_locked();
			let locked_value = multiply_by_rational_with_rounding(
				locked,
				usdc_reserve,
				cpt_reserve,
				Rounding::Down,
			)?;
			(!locked_value.is_zero()).then(|| FixedU128::from_rational(rewards, locked_value))
		}

		/// The books balance: see the pallet README.
		#[cfg(any(feature = "try-runtime", feature = "std"))]
		pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			use polkadot_sdk::frame_support::traits::fungible::Inspect;
			ensure!(CurrentSplit::<T>::get().is_complete(), "split does not sum to 100%");
			let (mut rewarded, mut claimed) = (0u128, 0u128);
			for (week, rewards) in WeekRewards::<T>::iter() {
				let c = WeekClaimed::<T>::get(week);
				ensure!(c <= rewards, "a week paid out more than its rewards");
				rewarded += rewards;
				claimed += c;
			}
			ensure!(
				WeekClaimed::<T>::iter_keys().all(WeekRewards::<T>::contains_key),
				"claims on a week without rewards"
			);
			ensure!(
				rewarded - claimed == RewardPot::<T>::get(),
				"reward pot differs from the weeks"
			);
			let owed = RewardPot::<T>::get()
				+ PendingBuyBack::<T>::get()
				+ Payable::<T>::iter_values().sum::<Balance>();
			ensure!(
				T::Stable::balance(&Self::account()) >= owed + T::Stable::minimum_balance(),
				"revenue account holds less than it owes"
			);
			ensure!(
				PendingBuyBack::<T>::get() + BoughtBack::<T>::get().0
					== TotalByDestination::<T>::get(Destination::BuyBack),
				"buy-back USDC pending and spent differs from what it was assigned"
			);
			let sources: Balance = TotalBySource::<T>::iter_values().sum();
			let destinations: Balance = TotalByDestination::<T>::iter_values().sum();
			ensure!(sources == destinations, "revenue in differs from revenue assigned");
			Ok(())
		}
	}
}

impl<T: Config> RevenueSink<T::AccountId, Balance> for Pallet<T> {
	fn collect(from: &T::AccountId, source: RevenueSource, amount: Balance) -> DispatchResult {
		Self::receive(from, source, amount)
	}
}
