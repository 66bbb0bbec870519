//! `IncentivesApi`: what an account can claim, the parameters and the periods now running,
//! for wallets and dashboards.

use crate::{Balance, BucketAmounts, Farm, FarmState, OpenPeriod, Params, Period, Stake};
use codec::Codec;

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// CPT incentives as a user sees them.
	pub trait IncentivesApi<AccountId>
	where
		AccountId: Codec,
	{
		/// CPT `who` would be paid by a claim now, by bucket.
		fn claimable(who: AccountId) -> BucketAmounts;
		/// CPT still vesting for `who`.
		fn vesting(who: AccountId) -> Balance;
		/// The month or quarter now running: earnings, GMV and the budget carried over.
		fn open_period(period: Period) -> OpenPeriod;
		/// A farm's books, and `who`'s stake in it.
		fn farm(farm: Farm, who: AccountId) -> (FarmState, Stake);
		/// CPT price, budgets, rewards and emission phases.
		fn params() -> Params;
	}
}
