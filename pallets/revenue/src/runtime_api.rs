//! `RevenueApi`: revenue totals, the buy-back, and stakers' rewards for dashboards and wallets.

use crate::{Destination, Week};
use alloc::vec::Vec;
use codec::Codec;
use cyberplaza_primitives::RevenueSource;
use polkadot_sdk::sp_runtime::FixedU128;

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// Where revenue came from and went, and what stakers can claim.
	pub trait RevenueApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// Revenue received, by source.
		fn totals_by_source() -> Vec<(RevenueSource, Balance)>;
		/// Revenue assigned, by destination.
		fn totals_by_destination() -> Vec<(Destination, Balance)>;
		/// USDC waiting for the buy-back, and all-time (USDC spent, CPT burned).
		fn buy_back() -> (Balance, (Balance, Balance));
		/// What `who` can claim now over all finished weeks, and the weeks `[from, to)`.
		fn pending_rewards(who: AccountId) -> (Balance, Week, Week);
		/// Stakers' yearly return at last week's rate (1.0 = 100%).
		fn apy() -> Option<FixedU128>;
	}
}
