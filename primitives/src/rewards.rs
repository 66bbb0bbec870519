//! CPT rewards on market activity and subscription entitlements.

use polkadot_sdk::sp_runtime::Permill;

/// Subscription entitlements, for the market's cashback and the off-chain API gateway.
pub trait SubscriptionInfo<AccountId> {
	/// The CPT cashback rate `who`'s current subscription earns on settled orders.
	fn cashback_rate(who: &AccountId) -> Permill;
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
