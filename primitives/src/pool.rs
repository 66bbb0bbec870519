//! The USDC liquidity pool as the market and group buys see it: insurance and advances.

use polkadot_sdk::frame_support::dispatch::DispatchResult;

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

/// The USDC liquidity pool as group buys see it.
pub trait PoolAdvances<AccountId, Balance> {
	/// Pays `amount` of the pool's idle USDC to `to` as an advance, within the utilisation cap.
	fn advance(to: &AccountId, amount: Balance) -> DispatchResult;
	/// Ends an advance of `principal`: `from` pays `paid` into the pool. Anything above the
	/// principal is profit; anything short of it is a loss, covered by the insurance fund first.
	fn settle(from: &AccountId, principal: Balance, paid: Balance) -> DispatchResult;
}
