//! The traits through which CyberPlaza's pallets talk to each other, wired together in the
//! runtime's configuration, so that no pallet depends on another pallet's crate.

#![cfg_attr(not(feature = "std"), no_std)]

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_support::{
		dispatch::DispatchResult,
		traits::{fungible::Mutate, tokens::Preservation, Get},
	},
	sp_runtime::Permill,
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
