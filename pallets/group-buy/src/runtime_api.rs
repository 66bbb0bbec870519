//! `GroupBuyApi`: campaigns and commitments for buyers' wallets.

use crate::{Campaign, CampaignId};
use codec::Codec;

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// Group-buy campaigns as buyers see them.
	pub trait GroupBuyApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// A campaign's terms and progress.
		fn campaign(id: CampaignId) -> Option<Campaign<AccountId>>;
		/// Units committed so far and the price per unit they reach.
		fn price_now(id: CampaignId) -> Option<(u32, Balance)>;
		/// Units `who` committed to a campaign.
		fn commitment(id: CampaignId, who: AccountId) -> Option<u32>;
	}
}
