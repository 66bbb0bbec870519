//! `VoteEscrowApi`: veCPT weights and locks for wallets, governance UIs and dashboards.

use crate::{types::*, Moment};
use codec::Codec;

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// Weights now and at past times, and locks.
	pub trait VoteEscrowApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// `who`'s weight now.
		fn weight(who: AccountId) -> Balance;
		/// `who`'s weight at `time` (Unix seconds, not after now).
		fn weight_at(who: AccountId, time: Moment) -> Balance;
		/// The total weight now.
		fn total() -> Balance;
		/// The total weight at `time` (Unix seconds; a future time extrapolates the locks).
		fn total_at(time: Moment) -> Balance;
		/// `who`'s lock, its weight and what the weight earns.
		fn lock(who: AccountId) -> Option<LockInfo<Balance>>;
	}
}
