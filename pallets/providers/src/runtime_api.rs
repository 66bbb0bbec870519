//! `ProvidersApi`: what wallets, explorers and the market's front end read about SPs.

use crate::types::{ProbationStatus, Ranked};
use alloc::vec::Vec;
use codec::Codec;
use cyberplaza_primitives::{Region, Tier};

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// Reads about service providers, with transitions that have fallen due applied.
	pub trait ProvidersApi<AccountId, Profile> where AccountId: Codec, Profile: Codec {
		/// Everything recorded about `who`.
		fn profile(who: AccountId) -> Option<Profile>;
		fn tier(who: AccountId) -> Option<Tier>;
		/// Reputation score in basis points.
		fn score(who: AccountId) -> Option<u32>;
		/// Best first, optionally of one tier and/or region; a page of at most `MaxRankingPage`.
		fn ranking(tier: Option<Tier>, region: Option<Region>, offset: u32, limit: u32) -> Vec<Ranked<AccountId>>;
		fn probation(who: AccountId) -> Option<ProbationStatus>;
		/// `None`: no limit; `Some(0)`: may take no orders.
		fn concurrent_order_limit(who: AccountId) -> Option<u32>;
	}
}
