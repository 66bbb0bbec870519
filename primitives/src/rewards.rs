//! CPT rewards on market activity and subscription entitlements.

use polkadot_sdk::sp_runtime::Permill;

/// Subscription entitlements, for the market's cashback and the off-chain API gateway.
pub trait SubscriptionInfo<AccountId> {
	/// The CPT cashback rate `who`'s current subscription earns on settled orders.
	fn cashback_rate(who: &AccountId) -> Permill;
}

/// What the market tells the incentives pallet about an order it settled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettledOrder<AccountId, Balance> {
	pub buyer: AccountId,
	pub provider: AccountId,
	/// USDC the buyer paid for the order.
	pub cost: Balance,
	/// The part of `cost` that went to platform revenue.
	pub fee: Balance,
	/// What `cost` counts towards the SP's incentives (more for a CSP).
	pub incentive_volume: Balance,
	/// The buyer rated the order.
	pub rated: bool,
}

/// Rewards on settled orders, paid in CPT by the incentives pallet. What a buyer and an SP earn
/// together on an order is worth less than the order's fee, so trading with oneself never
/// pays.
pub trait MarketRewards<AccountId, Balance> {
	/// The USDC value of the CPT cashback (subscription cashback plus veCPT discount rebate)
	/// `buyer` earns on an order costing `cost` that pays `fee`.
	fn cashback(buyer: &AccountId, cost: Balance, fee: Balance) -> Balance;
	/// The least an order must cost for its rating to count and to earn review and referral
	/// rewards.
	fn min_rated_cost() -> Balance;
	/// An order settled: rewards its buyer, its SP and their referrers.
	fn settled(order: &SettledOrder<AccountId, Balance>);
}

impl<AccountId, Balance: Default> MarketRewards<AccountId, Balance> for () {
	fn cashback(_: &AccountId, _: Balance, _: Balance) -> Balance {
		Balance::default()
	}
	fn min_rated_cost() -> Balance {
		Balance::default()
	}
	fn settled(_: &SettledOrder<AccountId, Balance>) {}
}
