//! The incentives pallet's records.

use crate::Balance;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use cyberplaza_primitives::Moment;
use polkadot_sdk::{
	frame_support::{traits::ConstU32, BoundedVec, Deserialize, Serialize},
	sp_runtime::{FixedU128, Permill},
};
use scale_info::TypeInfo;

/// The emission phases a schedule holds at most.
pub type MaxPhases = ConstU32<8>;

/// One of the three CPT buckets created at genesis (SPEC section 2).
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum Bucket {
	/// User rewards (25M): cashback, rebates, referral and review rewards, veCPT lockers.
	User,
	/// SP incentives (20M).
	Sp,
	/// LP rewards (10M): the USDC pool's LPs and CPT/USDC liquidity.
	Lp,
}

impl Bucket {
	pub const ALL: [Bucket; 3] = [Bucket::User, Bucket::Sp, Bucket::Lp];
}

/// CPT per bucket.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct BucketAmounts {
	pub user: Balance,
	pub sp: Balance,
	pub lp: Balance,
}

impl BucketAmounts {
	pub fn get(&self, bucket: Bucket) -> Balance {
		match bucket {
			Bucket::User => self.user,
			Bucket::Sp => self.sp,
			Bucket::Lp => self.lp,
		}
	}

	pub fn get_mut(&mut self, bucket: Bucket) -> &mut Balance {
		match bucket {
			Bucket::User => &mut self.user,
			Bucket::Sp => &mut self.sp,
			Bucket::Lp => &mut self.lp,
		}
	}

	pub fn is_zero(&self) -> bool {
		self.user == 0 && self.sp == 0 && self.lp == 0
	}
}

/// A budget paid out per period, pro rata to what each account earned in it.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum Period {
	/// User rewards: monthly budget by GMV; accounts earn CPT claims (cashback, rebates,
	/// referral and review rewards), paid in full or scaled down to the budget.
	Month,
	/// SP incentives: a quarterly budget shared by settled volume.
	Quarter,
}

impl Period {
	pub const ALL: [Period; 2] = [Period::Month, Period::Quarter];

	pub fn bucket(self) -> Bucket {
		match self {
			Period::Month => Bucket::User,
			Period::Quarter => Bucket::Sp,
		}
	}

	/// Months in one period.
	pub fn months(self) -> u32 {
		match self {
			Period::Month => 1,
			Period::Quarter => 3,
		}
	}
}

/// The period now running.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct OpenPeriod {
	/// Periods since launch.
	pub index: u32,
	/// What accounts earned so far: CPT claimed (months) or incentive volume in USDC
	/// (quarters).
	pub earned: u128,
	/// USDC settled on the market so far (sets the period's budget).
	pub gmv: Balance,
	/// Budget left unpaid by earlier periods.
	pub carried: Balance,
}

/// A closed period: `paid` CPT shared pro rata among `earned`.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct ClosedPeriod {
	pub earned: u128,
	pub paid: Balance,
}

impl ClosedPeriod {
	/// The CPT `share` of what was earned receives, rounded down.
	pub fn payout(&self, share: u128) -> Balance {
		if self.earned == 0 {
			return 0;
		}
		polkadot_sdk::sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
			self.paid,
			share.min(self.earned),
			self.earned,
			polkadot_sdk::sp_runtime::Rounding::Down,
		)
		.unwrap_or(0)
	}
}

/// What an account earned in one period, paid once the period closes.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Earning {
	/// The period it was earned in, counted from launch.
	pub index: u32,
	/// Its claim on the period's payout: for a month, the CPT its rewards are worth; for a
	/// quarter, its incentive volume.
	pub amount: u128,
	/// The most it pays, in CPT: for a quarter, the SP's share of the fees it earned on;
	/// `Balance::MAX` for a month's rewards, whose budget alone bounds them.
	pub cap: Balance,
}

/// A liquidity farm: stakers earn CPT pro rata to their stake over time.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum Farm {
	/// rUSDC, the USDC pool's shares; part of what it earns vests.
	Pool,
	/// Liquidity tokens of the chain's CPT/USDC pool.
	Dex,
}

impl Farm {
	pub const ALL: [Farm; 2] = [Farm::Pool, Farm::Dex];
}

/// A farm's books.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct FarmState {
	/// Tokens staked.
	pub staked: Balance,
	/// CPT earned per staked token since launch, scaled by `PER_SHARE_SCALE`.
	pub per_share: u128,
	/// When `per_share` was last brought up to date.
	pub updated: Moment,
}

/// An account's stake in a farm.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Stake {
	/// Tokens staked.
	pub amount: Balance,
	/// `amount × per_share` when last paid: what the stake had already earned.
	pub paid_per_share: u128,
}

/// CPT vesting linearly over the months after the month it was earned in.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Tranche {
	/// The month (since launch) it was earned in: it vests from the end of that month.
	pub month: u32,
	pub amount: Balance,
	pub released: Balance,
}

/// CPT per day each emission stream pays from month `from_month` (since launch) on.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
#[serde(crate = "polkadot_sdk::frame_support::__private::serde")]
pub struct Phase {
	pub from_month: u32,
	/// To veCPT lockers, from the user-rewards bucket.
	pub lockers: Balance,
	/// To CPT/USDC liquidity, from the LP-rewards bucket.
	pub dex: Balance,
	/// To the USDC pool's LPs, from the LP-rewards bucket.
	pub pool: Balance,
}

/// A referral: `referrer` brought the account; both are rewarded on its first settlement,
/// which `rewarded` records (whatever that settlement paid).
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Referral<AccountId> {
	pub referrer: AccountId,
	pub rewarded: bool,
}

/// Governance's knobs (SPEC section 8 defaults from `spec_params`).
#[derive(
	Clone,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
#[serde(crate = "polkadot_sdk::frame_support::__private::serde")]
pub struct Params {
	/// USDC (smallest units) per whole CPT, until the price oracle replaces it.
	pub cpt_price: Balance,
	/// The monthly GMV (USDC) at which the user budget is `month_budget`.
	pub gmv_target: Balance,
	/// The most the GMV ratio can raise the budget to (SPEC: 1.5).
	pub gmv_cap: FixedU128,
	/// User-rewards budget per month at target GMV, in CPT (SPEC: 25M / 60).
	pub month_budget: Balance,
	/// SP incentives per quarter, in CPT (SPEC: 1M) ...
	pub quarter_budget: Balance,
	/// ... for this many quarters (SPEC: 20).
	pub quarters: u32,
	/// USDC value of CPT a rating earns its buyer.
	pub review_reward: Balance,
	/// USDC value of CPT the referrer and the referred each earn on the referred account's
	/// first settlement, at most.
	pub referral_reward: Balance,
	/// Orders costing less (USDC) earn no review or referral reward, and their ratings do not
	/// count.
	pub min_rated_cost: Balance,
	/// Referral rewards one referrer earns in a month at most.
	pub max_referrals_per_month: u32,
	/// The most an order's cashback, veCPT rebate, review and referral rewards are worth
	/// together, as a share of the fee it paid.
	pub buyer_fee_share: Permill,
	/// The most an SP's quarter of incentives is worth, as a share of the fees its orders paid
	/// in that quarter. With `buyer_fee_share` below the whole fee.
	pub sp_fee_share: Permill,
	/// Share of the USDC pool farm's CPT that vests (SPEC: half) ...
	pub pool_vested: Permill,
	/// ... linearly over this many months (SPEC: 6).
	pub vesting_months: u32,
	/// Liquidity-mining emissions, by month since launch, ordered and starting at month 0.
	pub phases: BoundedVec<Phase, MaxPhases>,
}
