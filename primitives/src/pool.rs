//! The USDC liquidity pool as the market and group buys see it: insurance and advances.

use crate::Moment;
use polkadot_sdk::{frame_support::dispatch::DispatchResult, sp_runtime::DispatchError};

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
	/// Pays `amount` of the pool's idle USDC to `to` as an advance, within the utilisation cap,
	/// to be repaid with `margin` from `due` on: the margin accrues into the pool's value
	/// linearly until then, so that it is earned by whoever held the pool meanwhile. Returns
	/// the advance's id.
	fn advance(
		to: &AccountId,
		amount: Balance,
		margin: Balance,
		due: Moment,
	) -> Result<u32, DispatchError>;
	/// Ends advance `id`: `from` pays `paid` into the pool. Anything above the principal is
	/// profit; anything short of it is a loss, covered by the insurance fund first.
	fn settle(from: &AccountId, id: u32, paid: Balance) -> DispatchResult;
}
