//! `SubscriptionsApi`: plans and what an account is entitled to, for wallets and the off-chain
//! API gateway that enforces entitlements.

use crate::types::*;
use alloc::vec::Vec;
use codec::Codec;

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// Plans and entitlements.
	pub trait SubscriptionsApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// Every tier's terms.
		fn plans() -> Vec<(Tier, Plan<Balance>)>;
		/// `who`'s tier, subscription, entitlements and cashback rate now.
		fn status(who: AccountId) -> Status<Balance>;
	}
}
