#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use holding::FreezeFresh;
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod advances;
#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod deposits;
mod holding;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;
mod withdrawals;

use cyberplaza_primitives::{Insurance, Moment, PoolAdvances};
use polkadot_sdk::{
	frame_support::{
		dispatch::DispatchResult,
		ensure,
		traits::{
			fungible::{Inspect, Mutate},
			tokens::{Fortitude, Precision, Preservation},
			Get, UnixTime,
		},
		weights::Weight,
		PalletId,
	},
	frame_system::pallet_prelude::BlockNumberFor,
	sp_runtime::{
		helpers_128bit::multiply_by_rational_with_rounding,
		traits::{AccountIdConversion, Saturating, Zero},
		DispatchError, FixedU128, Permill, Rounding,
	},
};

/// USDC and rUSDC amounts, in their smallest units (both have 6 decimals).
pub type Balance = u128;

/// Seconds in a day: the profit log's bucket, and the withdrawal throttle's default period.
pub const DAY: Moment = 86_400;
/// Seconds newly minted rUSDC is held by default before it can be withdrawn or moved: an hour.
pub const HOLDING: Moment = 3_600;
/// Days of profit the realised APY looks back over.
pub const APY_DAYS: u64 = 30;

/// Prepares benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Sets the current Unix time, in seconds.
	fn set_time(seconds: Moment);
	/// Gives `who` `amount` USDC (and whatever else an account needs to hold rUSDC).
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
		/// USDC.
		type Stable: Mutate<Self::AccountId, Balance = Balance>;
		/// rUSDC, the pool's shares: this pallet alone mints and burns it.
		type Shares: Mutate<Self::AccountId, Balance = Balance>;
		type Time: UnixTime;
		/// Derives the pool's account. It must hold USDC's minimum balance from genesis: the
		/// pool pays out with `Preserve`, so it never dies.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// The smallest deposit.
		#[pallet::constant]
		type MinDeposit: Get<Balance>;
		/// Shares the first deposit locks in the pool's own account for good, so the rate can
		/// never be pushed around by a tiny share supply. Less than half of `MinDeposit`.
		#[pallet::constant]
		type LockedShares: Get<Balance>;
		/// Advances may take at most this share of the pool's value (SPEC: 80%).
		#[pallet::constant]
		type UtilisationCap: Get<Permill>;
		/// Withdrawals pay out at most this share of the pool's value per day (SPEC: 10%).
		#[pallet::constant]
		type DailyWithdrawLimit: Get<Permill>;
		/// Share of advance profit paid into the insurance fund (SPEC: 10%) ...
		#[pallet::constant]
		type InsuranceCut: Get<Permill>;
		/// ... while the fund holds less than this share of the pool's value (SPEC: 10%).
		#[pallet::constant]
		type InsuranceTarget: Get<Permill>;
		/// Advances wait for queued withdrawals only while the queue is worth more than this
		/// share of the period's allowance (1%), so that dust left in the queue cannot stop
		/// group buys being funded.
		#[pallet::constant]
		type QueueDustShare: Get<Permill>;
		/// Advances open at once at most (each is one group buy's): the pool's value sums
		/// their accrued margins.
		#[pallet::constant]
		type MaxOpenAdvances: Get<u32>;
		/// Queued withdrawals at most.
		#[pallet::constant]
		type MaxQueueLen: Get<u32>;
		/// Queued withdrawals served per block at most.
		#[pallet::constant]
		type MaxServedPerBlock: Get<u32>;
		type WeightInfo: WeightInfo;
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The pool's idle USDC (in its account).
	#[pallet::storage]
	pub type Cash<T> = StorageValue<_, Balance, ValueQuery>;

	/// USDC out on advances to group buys: the sum of the open advances' principal.
	#[pallet::storage]
	pub type Advanced<T> = StorageValue<_, Balance, ValueQuery>;

	/// The open advances, whose margins accrue into the pool's value.
	#[pallet::storage]
	pub type Advances<T: Config> =
		StorageValue<_, BoundedVec<Advance, T::MaxOpenAdvances>, ValueQuery>;

	/// The id the next advance gets.
	#[pallet::storage]
	pub type NextAdvanceId<T> = StorageValue<_, u32, ValueQuery>;

	/// The insurance fund (in the pool's account, not part of the pool's value).
	#[pallet::storage]
	pub type InsuranceFund<T> = StorageValue<_, Balance, ValueQuery>;

	/// rUSDC waiting in the queue, held by the pool's account: it shares profits and losses
	/// until it is paid.
	#[pallet::storage]
	pub type QueuedShares<T> = StorageValue<_, Balance, ValueQuery>;

	/// The withdrawal queue, by position: `QueueHead..QueueTail` are waiting.
	#[pallet::storage]
	pub type Queue<T: Config> = StorageMap<_, Twox64Concat, u32, QueuedWithdrawal<T::AccountId>>;

	/// The position of the oldest waiting withdrawal.
	#[pallet::storage]
	pub type QueueHead<T> = StorageValue<_, u32, ValueQuery>;

	/// The position the next queued withdrawal takes.
	#[pallet::storage]
	pub type QueueTail<T> = StorageValue<_, u32, ValueQuery>;

	/// Each waiting account's position (one queued withdrawal per account).
	#[pallet::storage]
	pub type QueuedBy<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32>;

	/// USDC a queued withdrawal was worth that could not be paid to its account (gone, and
	/// the amount below USDC's minimum balance): it is the account's to `claim`, no longer the
	/// LPs'.
	#[pallet::storage]
	pub type Unclaimed<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Balance>;

	/// All `Unclaimed` USDC, held by the pool's account.
	#[pallet::storage]
	pub type UnclaimedTotal<T> = StorageValue<_, Balance, ValueQuery>;

	/// This period's withdrawal allowance.
	#[pallet::storage]
	pub type Throttle<T> = StorageValue<_, DailyThrottle, ValueQuery>;

	/// Seconds in a throttle period: a day (the dev chain's are shorter, so that a queue can
	/// be watched draining on one machine).
	#[pallet::storage]
	pub type ThrottlePeriod<T> =
		StorageValue<_, Moment, ValueQuery, polkadot_sdk::frame_support::traits::ConstU64<DAY>>;

	/// Seconds newly minted rUSDC stays where it was minted: it can be neither withdrawn nor
	/// moved to another account before then, so that no one joins the pool for a single
	/// block (with borrowed money, or in one batch around a repayment). An hour by default.
	#[pallet::storage]
	pub type HoldingPeriod<T> =
		StorageValue<_, Moment, ValueQuery, polkadot_sdk::frame_support::traits::ConstU64<HOLDING>>;

	/// Each account's rUSDC still within the holding period (`FreezeFresh` freezes it in the
	/// assets pallet). Expired entries are dropped at the account's next withdrawal or when
	/// its rUSDC account goes.
	#[pallet::storage]
	pub type FreshShares<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Fresh>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Seconds in a throttle period; `None` means a day.
		pub throttle_period: Option<Moment>,
		/// Seconds new rUSDC is held; `None` means an hour.
		pub holding_period: Option<Moment>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(period) = self.throttle_period {
				ThrottlePeriod::<T>::put(period);
			}
			if let Some(period) = self.holding_period {
				HoldingPeriod::<T>::put(period);
			}
		}
	}

	/// Profit (loss negative) credited to the LPs per day, over the last `APY_DAYS` days.
	#[pallet::storage]
	pub type ProfitLog<T> =
		StorageValue<_, BoundedVec<(u64, i128), ConstU32<{ APY_DAYS as u32 + 1 }>>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` paid `amount` USDC in for `shares` rUSDC; its new rUSDC can be withdrawn or
		/// moved from `held_until` (seconds).
		Deposited { who: T::AccountId, amount: Balance, shares: Balance, held_until: Moment },
		/// `who` returned `shares` rUSDC for `amount` USDC, paid at once.
		Withdrawn { who: T::AccountId, shares: Balance, amount: Balance },
		/// `who` queued `shares` rUSDC for withdrawal at queue `position`.
		WithdrawalQueued { who: T::AccountId, shares: Balance, position: u32 },
		/// A queued withdrawal got `amount` USDC for `shares` rUSDC; `remaining` shares wait.
		WithdrawalServed { who: T::AccountId, shares: Balance, amount: Balance, remaining: Balance },
		/// A queued withdrawal of `amount` USDC could not be paid to `who` (`reason`): the queue
		/// went on, and `who` may `claim` it.
		WithdrawalUnpaid { who: T::AccountId, amount: Balance, reason: DispatchError },
		/// `who` claimed `amount` USDC its queued withdrawals could not be paid at the time.
		Claimed { who: T::AccountId, amount: Balance },
		/// `amount` USDC advanced to `to` as `advance`, its LPs' `margin` accruing until `due`.
		AdvancePaid {
			advance: u32,
			to: T::AccountId,
			amount: Balance,
			margin: Balance,
			due: Moment,
		},
		/// `advance` of `principal` ended with `paid` back: `profit` went to the LPs and
		/// `to_insurance` to the insurance fund, or `loss` fell on the fund (`covered`) and the
		/// LPs (the rest).
		AdvanceSettled {
			advance: u32,
			principal: Balance,
			paid: Balance,
			profit: Balance,
			to_insurance: Balance,
			loss: Balance,
			covered: Balance,
		},
		/// The insurance fund paid `amount` of a dispute award to `to`.
		InsuranceClaimPaid { to: T::AccountId, amount: Balance },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Less than the minimum deposit.
		BelowMinimum,
		/// More rUSDC than the account holds, or none.
		InsufficientShares,
		/// Part of these shares were minted within the holding period: they can be withdrawn
		/// once it has passed (`FreshShares` says when).
		SharesTooNew,
		/// Too small to be worth one share or one USDC unit.
		TooSmall,
		/// The pool's value is gone: no deposits until governance sorts it out.
		PoolInsolvent,
		/// The account already waits in the queue.
		AlreadyQueued,
		/// The queue is full.
		QueueFull,
		/// The advance would take the pool past its utilisation cap.
		UtilisationCap,
		/// Not enough idle cash.
		InsufficientCash,
		/// Withdrawals worth more than the queue's dust are waiting for cash: it goes to them
		/// first.
		WithdrawalsQueued,
		/// Nothing waits to be claimed by this account.
		NothingToClaim,
		/// No open advance has this id.
		UnknownAdvance,
		/// `MaxOpenAdvances` advances are open already.
		TooManyAdvances,
		/// An advance must fall due after it is paid.
		DueTooSoon,
		/// An amount or a count would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			let served = Self::serve_queue(T::MaxServedPerBlock::get());
			T::WeightInfo::serve_queue(served)
		}

		fn integrity_test() {
			assert!(T::LockedShares::get().saturating_mul(2) < T::MinDeposit::get());
			assert!(T::MaxServedPerBlock::get() > 0);
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
		/// Pays `amount` USDC into the pool for rUSDC at the current rate (rounded down).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::deposit())]
		pub fn deposit(origin: OriginFor<T>, amount: Balance) -> DispatchResult {
			Self::do_deposit(ensure_signed(origin)?, amount)
		}

		/// Returns `shares` rUSDC for their USDC value (rounded down): paid at once if nobody
		/// is queued and idle cash and the period's allowance cover it, otherwise the shares
		/// wait in the queue (still sharing profit and loss) and are paid first come, first
		/// served, at the rate of the moment they are paid, as cash returns.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>, shares: Balance) -> DispatchResult {
			Self::do_withdraw(ensure_signed(origin)?, shares)
		}

		/// Pays the caller the USDC a queued withdrawal of theirs was worth when the queue
		/// could not pay it to them (their USDC account was gone and the amount below the
		/// minimum balance, say).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::claim())]
		pub fn claim(origin: OriginFor<T>) -> DispatchResult {
			Self::do_claim(ensure_signed(origin)?)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The pool's account: idle cash and the insurance fund.
		pub fn account_id() -> T::AccountId {
			T::PalletId::get().into_account_truncating()
		}

		/// What the LPs own: idle cash, advances and the margin they have accrued.
		pub fn pool_value() -> Balance {
			Cash::<T>::get()
				.saturating_add(Advanced::<T>::get())
				.saturating_add(Self::accrued_margin())
		}

		/// Everything the pool manages: what the LPs own and the insurance fund.
		pub fn tvl() -> Balance {
			Self::pool_value().saturating_add(InsuranceFund::<T>::get())
		}

		/// USDC per rUSDC; 1 before the first deposit.
		pub fn exchange_rate() -> FixedU128 {
			let supply = T::Shares::total_issuance();
			if supply.is_zero() {
				FixedU128::from_u32(1)
			} else {
				FixedU128::from_rational(Self::pool_value(), supply)
			}
		}

		/// The USDC `shares` rUSDC are worth now, rounded down.
		pub fn shares_value(shares: Balance) -> Option<Balance> {
			let supply = T::Shares::total_issuance();
			if supply.is_zero() {
				return Some(0);
			}
			multiply_by_rational_with_rounding(shares, Self::pool_value(), supply, Rounding::Down)
		}

		/// Share of the pool's value out on advances.
		pub fn utilisation() -> Permill {
			let value = Self::pool_value();
			if value.is_zero() {
				Permill::zero()
			} else {
				Permill::from_rational(Advanced::<T>::get().min(value), value)
			}
		}

		/// `who`'s queued withdrawal: withdrawals ahead of it, its shares and their value now.
		pub fn queue_position(who: &T::AccountId) -> Option<(u32, Balance, Balance)> {
			let position = QueuedBy::<T>::get(who)?;
			let entry = Queue::<T>::get(position)?;
			let value = Self::shares_value(entry.shares)?;
			Some((position.wrapping_sub(QueueHead::<T>::get()), entry.shares, value))
		}

		/// The LPs' yearly return over the last 30 days' realised profit, on today's value.
		pub fn apy() -> FixedU128 {
			let today = Self::today();
			let profit: i128 = ProfitLog::<T>::get()
				.iter()
				.filter(|(day, _)| day + APY_DAYS > today)
				.map(|(_, p)| *p)
				.sum();
			let value = Self::pool_value();
			if profit <= 0 || value.is_zero() {
				return FixedU128::zero();
			}
			FixedU128::from_rational(profit.unsigned_abs().saturating_mul(365), value)
				.saturating_mul(FixedU128::from_rational(1, APY_DAYS as u128))
		}

		fn today() -> u64 {
			T::Time::now().as_secs() / DAY
		}

		pub(crate) fn log_profit(amount: i128) {
			let today = Self::today();
			ProfitLog::<T>::mutate(|log| {
				log.retain(|(day, _)| day + APY_DAYS > today);
				match log.last_mut() {
					Some((day, p)) if *day == today => *p = p.saturating_add(amount),
					// At most one entry a day for `APY_DAYS` days, so it fits.
					_ => {
						let _ = log.try_push((today, amount));
					}
				}
			});
		}

		/// The books balance: see the pallet README.
		#[cfg(any(feature = "try-runtime", feature = "std"))]
		pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			let held = T::Stable::balance(&Self::account_id());
			let owned = Cash::<T>::get()
				.saturating_add(InsuranceFund::<T>::get())
				.saturating_add(UnclaimedTotal::<T>::get());
			ensure!(held >= owned, "the pool's account holds less than cash, insurance and claims");
			let mut unclaimed = 0u128;
			for (_, amount) in Unclaimed::<T>::iter() {
				ensure!(!amount.is_zero(), "an empty claim");
				unclaimed = unclaimed.saturating_add(amount);
			}
			ensure!(unclaimed == UnclaimedTotal::<T>::get(), "claims disagree");
			let (head, tail) = (QueueHead::<T>::get(), QueueTail::<T>::get());
			let (mut queued, mut count) = (0u128, 0u32);
			for (position, entry) in Queue::<T>::iter() {
				ensure!(position.wrapping_sub(head) < tail.wrapping_sub(head), "stray queue entry");
				ensure!(!entry.shares.is_zero(), "an empty queue entry");
				ensure!(QueuedBy::<T>::get(&entry.who) == Some(position), "queue index disagrees");
				queued = queued.saturating_add(entry.shares);
				count += 1;
			}
			ensure!(count == tail.wrapping_sub(head), "queue has gaps");
			ensure!(QueuedBy::<T>::iter().count() as u32 == count, "stray queue index");
			ensure!(queued == QueuedShares::<T>::get(), "queued shares disagree");
			ensure!(count <= T::MaxQueueLen::get(), "queue too long");
			let supply = T::Shares::total_issuance();
			let locked = if supply.is_zero() { 0 } else { T::LockedShares::get() };
			ensure!(
				T::Shares::balance(&Self::account_id()) == locked + queued,
				"the pool's rUSDC is not its locked and queued shares"
			);
			ensure!(!supply.is_zero() || Self::pool_value().is_zero(), "value without shares");
			for (who, fresh) in FreshShares::<T>::iter() {
				ensure!(
					fresh.held_at(T::Time::now().as_secs()) <= T::Shares::balance(&who),
					"fresh shares left their account"
				);
			}
			let t = Throttle::<T>::get();
			ensure!(
				t.withdrawn <= t.limit.saturating_add(t.deposited),
				"net outflow above the period's allowance"
			);
			let advances = Advances::<T>::get();
			let principal: Balance = advances.iter().map(|a| a.principal).sum();
			ensure!(principal == Advanced::<T>::get(), "advances disagree with their total");
			let next = NextAdvanceId::<T>::get();
			ensure!(
				advances.iter().all(|a| a.id < next && a.start < a.due)
					&& advances.windows(2).all(|w| w[0].id < w[1].id),
				"advances out of order"
			);
			Ok(())
		}
	}
}
