//! The traits through which CyberPlaza's pallets talk to each other, wired together in the
//! runtime's configuration, so that no pallet depends on another pallet's crate.

#![cfg_attr(not(feature = "std"), no_std)]

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_support::{
		dispatch::DispatchResult,
		traits::{fungible::Mutate, tokens::Preservation, ConstU32, Get},
		BoundedVec,
	},
	sp_runtime::{FixedU128, Permill},
};
use scale_info::TypeInfo;

/// Timestamps and durations in seconds (`pallet-timestamp` time).
pub type Moment = u64;

/// What a payment of platform revenue was for (SPEC section 6).
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum RevenueSource {
	/// Marketplace fees on settled orders.
	MarketFee,
	/// SaaS subscriptions.
	Subscription,
	/// SP certification fees.
	Certification,
	/// API and data services.
	ApiService,
	/// The platform's profit on group buys.
	GroupBuy,
}

impl RevenueSource {
	/// Every source, in declaration order.
	pub const ALL: [RevenueSource; 5] = [
		RevenueSource::MarketFee,
		RevenueSource::Subscription,
		RevenueSource::Certification,
		RevenueSource::ApiService,
		RevenueSource::GroupBuy,
	];
}

/// Takes USDC revenue from any pallet.
pub trait RevenueSink<AccountId, Balance> {
	/// Moves `amount` of USDC from `from` into revenue, booked under `source`.
	fn collect(from: &AccountId, source: RevenueSource, amount: Balance) -> DispatchResult;
}

/// Pays revenue into the account `Dest` names, whatever its source: for test runtimes.
pub struct ToAccount<Stable, Dest>(core::marker::PhantomData<(Stable, Dest)>);
impl<AccountId: Eq, Stable: Mutate<AccountId>, Dest: Get<AccountId>>
	RevenueSink<AccountId, Stable::Balance> for ToAccount<Stable, Dest>
{
	fn collect(from: &AccountId, _: RevenueSource, amount: Stable::Balance) -> DispatchResult {
		Stable::transfer(from, &Dest::get(), amount, Preservation::Preserve).map(|_| ())
	}
}

/// veCPT weights, for revenue sharing, governance, discounts and SP visibility.
pub trait VoteWeight<AccountId, Balance> {
	/// Seconds in a week: rewards are paid per week, locks end on week boundaries.
	fn week() -> Moment;
	/// `who`'s weight at `time`, which must not be later than now.
	fn weight_at(who: &AccountId, time: Moment) -> Balance;
	/// The total weight at the start of week `week` (`week × week()` seconds); `None` until
	/// the total has been brought up to that time.
	fn total_at_week(week: u64) -> Option<Balance>;
	/// CPT locked by everyone.
	fn total_locked() -> Balance;
	/// The first week whose start can carry weight of `who`'s: the week after its first lock,
	/// or `None` if it never locked.
	fn first_week(who: &AccountId) -> Option<u64>;
	/// The buyer discount `who`'s weight now earns (SPEC section 5).
	fn discount(who: &AccountId) -> Permill;
	/// How much an SP's listings are boosted in search by its weight now.
	fn visibility_boost(who: &AccountId) -> Permill;
}

/// Subscription entitlements, for the market's cashback and the off-chain API gateway.
pub trait SubscriptionInfo<AccountId> {
	/// The CPT cashback rate `who`'s current subscription earns on settled orders.
	fn cashback_rate(who: &AccountId) -> Permill;
}

/// The insurance fund: pays what a dispute awards beyond the SP's held payout.
pub trait Insurance<AccountId, Balance> {
	/// Pays up to `amount` to `to`; returns what it paid.
	fn pay_claim(to: &AccountId, amount: Balance) -> Balance;
}

impl<AccountId, Balance: Default> Insurance<AccountId, Balance> for () {
	fn pay_claim(_: &AccountId, _: Balance) -> Balance {
		Balance::default()
	}
}

/// Rewards on settled orders and reviews, paid in CPT by the incentives pallet.
pub trait MarketRewards<AccountId, Balance> {
	/// The CPT cashback rate `buyer` earns on what it pays (subscription cashback plus the
	/// veCPT discount rebate).
	fn cashback_rate(buyer: &AccountId) -> Permill;
	/// An order settled: the buyer paid `cost` to `provider`, `cashback` (USDC value) is due
	/// to the buyer, `incentive_volume` counts towards the SP's incentives.
	fn settled(
		buyer: &AccountId,
		provider: &AccountId,
		cost: Balance,
		cashback: Balance,
		incentive_volume: Balance,
	);
	/// `buyer` rated a settled order.
	fn reviewed(buyer: &AccountId);
}

impl<AccountId, Balance> MarketRewards<AccountId, Balance> for () {
	fn cashback_rate(_: &AccountId) -> Permill {
		Permill::zero()
	}
	fn settled(_: &AccountId, _: &AccountId, _: Balance, _: Balance, _: Balance) {}
	fn reviewed(_: &AccountId) {}
}

/// The USDC liquidity pool as group buys see it.
pub trait PoolAdvances<AccountId, Balance> {
	/// Pays `amount` of the pool's idle USDC to `to` as an advance, within the utilisation cap.
	fn advance(to: &AccountId, amount: Balance) -> DispatchResult;
	/// Ends an advance of `principal`: `from` pays `paid` into the pool. Anything above the
	/// principal is profit; anything short of it is a loss, covered by the insurance fund first.
	fn settle(from: &AccountId, principal: Balance, paid: Balance) -> DispatchResult;
}

/// Resource vouchers of the market, issued by the platform (group buys).
pub trait Vouchers<AccountId> {
	/// The SP selling `offer`, if it exists.
	fn offer_provider(offer: u32) -> Option<AccountId>;
	/// Issues `holder` a voucher for `units` of `offer`, reserving them now; returns its id.
	fn issue_units(
		holder: &AccountId,
		offer: u32,
		units: u32,
		expires_at: Moment,
	) -> Result<u32, polkadot_sdk::sp_runtime::DispatchError>;
}

/// A cloud provider's instance type in a region, as the price oracle keys it
/// (e.g. `aws` / `us-east-1` / `p4d.24xlarge`), lowercase ASCII.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct CloudSku {
	pub provider: BoundedVec<u8, ConstU32<16>>,
	pub region: BoundedVec<u8, ConstU32<32>>,
	pub instance: BoundedVec<u8, ConstU32<48>>,
}

/// What the price oracle prices (SPEC section 10), each in USD per unit: per CPT, per USDC,
/// per instance-hour.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum PriceKey {
	CptUsd,
	UsdcUsd,
	Cloud(CloudSku),
}

/// Prices from the oracle that have not expired.
pub trait PriceFeed {
	fn price(key: &PriceKey) -> Option<FixedU128>;
}

/// No oracle: no prices.
impl PriceFeed for () {
	fn price(_: &PriceKey) -> Option<FixedU128> {
		None
	}
}
