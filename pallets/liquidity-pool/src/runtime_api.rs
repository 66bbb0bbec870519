//! `LiquidityPoolApi`: the pool's rate, size and yield for LPs' wallets and dashboards.

use codec::Codec;
use polkadot_sdk::sp_runtime::{FixedU128, Permill};

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// The USDC pool as an LP sees it.
	pub trait LiquidityPoolApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// USDC per rUSDC.
		fn exchange_rate() -> FixedU128;
		/// Idle cash, advances and the insurance fund.
		fn tvl() -> Balance;
		/// Share of the pool's value out on advances.
		fn utilisation() -> Permill;
		/// USDC the pool holds idle.
		fn idle_cash() -> Balance;
		/// The insurance fund.
		fn insurance_fund() -> Balance;
		/// `who`'s queued withdrawal: withdrawals ahead of it, its rUSDC and their USDC value.
		fn queue_position(who: AccountId) -> Option<(u32, Balance, Balance)>;
		/// The LPs' yearly return over the last 30 days' realised profit (1.0 = 100%).
		fn apy() -> FixedU128;
	}
}
