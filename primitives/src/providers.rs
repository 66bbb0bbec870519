//! Service providers as the market and group buys see them: tiers, regions, the registry's
//! answers and what the market reports back.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{frame_support::dispatch::DispatchResult, sp_core::H256};
use scale_info::TypeInfo;

/// Where an SP's hardware is. Ranking can be filtered by it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Region {
	NorthAmerica,
	SouthAmerica,
	Europe,
	Africa,
	MiddleEast,
	SouthAsia,
	EastAsia,
	SoutheastAsia,
	Oceania,
}

impl Region {
	/// Every region, in index order.
	pub const ALL: [Region; 9] = [
		Region::NorthAmerica,
		Region::SouthAmerica,
		Region::Europe,
		Region::Africa,
		Region::MiddleEast,
		Region::SouthAsia,
		Region::EastAsia,
		Region::SoutheastAsia,
		Region::Oceania,
	];
}

/// An SP's standing, as buyers and the market see it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Tier {
	/// Registered, unevaluated.
	Ordinary,
	/// Benchmarked and passed; limited concurrent orders until probation ends.
	Probation,
	/// A certified SP (CSP).
	Certified,
}

impl Tier {
	/// Every tier, in index order.
	pub const ALL: [Tier; 3] = [Tier::Ordinary, Tier::Probation, Tier::Certified];
}

/// What the market reports about an SP's order.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum OrderEvent {
	/// The SP started the job, within the offer's start delay or not.
	Started {
		on_time: bool,
	},
	Completed,
	SlaBreached,
	DisputeLost,
}

/// The market's side of deregistration: an SP with open orders keeps its bond.
pub trait OpenOrders<AccountId> {
	/// Orders of `provider` that are placed and not yet settled.
	fn open_orders(provider: &AccountId) -> u32;
}

impl<AccountId> OpenOrders<AccountId> for () {
	fn open_orders(_: &AccountId) -> u32 {
		0
	}
}

/// What other pallets (the market, group buys, attestations) ask of the registry. Answers
/// reflect transitions that have fallen due even if no one has touched the SP since.
pub trait ProviderRegistry<AccountId> {
	type AttestationKey;
	/// The SP's tier, or `None` if it is not registered.
	fn tier(provider: &AccountId) -> Option<Tier>;
	/// Registered and not suspended.
	fn is_active(provider: &AccountId) -> bool;
	/// A re-benchmark fell short of the SP's claim.
	fn is_flagged(provider: &AccountId) -> bool;
	fn payout_account(provider: &AccountId) -> Option<AccountId>;
	fn attestation_key(provider: &AccountId) -> Option<Self::AttestationKey>;
	/// The SP that attests with `key`.
	fn provider_by_key(key: &Self::AttestationKey) -> Option<AccountId>;
	/// How many orders the SP may have open at once: `None` for no limit, `Some(0)` if it may
	/// take none (not registered, or suspended).
	fn concurrent_order_limit(provider: &AccountId) -> Option<u32>;
}

/// How the market feeds reputation. Both fail, changing nothing, for an unregistered SP.
pub trait ReputationRecorder<AccountId, OrderId> {
	/// Counts a start, completion, SLA breach or lost dispute.
	fn note(provider: &AccountId, event: OrderEvent) -> DispatchResult;
	/// Records the buyer's rating (1–5) of a completed order; the market rates each order at
	/// most once, and the review hash is kept only in the event (indexers keep reviews, the
	/// chain their weight in the score). `weight` is what
	/// the order's settled value makes the rating count for (at least 1): ratings weigh in the
	/// score by value, so cheap orders cannot outweigh real ones.
	fn rate(
		provider: &AccountId,
		order: OrderId,
		rating: u8,
		review: H256,
		weight: u64,
	) -> DispatchResult;
}
