//! `MarketApi`: what buyers' wallets, SP dashboards and the gateway read about the market.

use crate::types::*;
use alloc::vec::Vec;
use codec::Codec;
use polkadot_sdk::sp_runtime::DispatchError;

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// Quotes, browsing, and the state of offers, orders and jobs.
	pub trait MarketApi<AccountId, Balance, OfferRecord, OrderRecord>
	where
		AccountId: Codec,
		Balance: Codec,
		OfferRecord: Codec,
		OrderRecord: Codec,
	{
		/// The cost breakdown of ordering `quantity` units of `offer`.
		fn quote(buyer: AccountId, offer: OfferId, quantity: u32) -> Result<Quote<Balance>, DispatchError>;
		/// Offers that can take an order now and pass `filter`, cheapest or best-ranked SP
		/// first; a page of at most `MaxBrowsePage`.
		fn browse(filter: OfferFilter<Balance>, sort: SortBy, offset: u32, limit: u32) -> Vec<(OfferId, OfferRecord)>;
		fn offer(id: OfferId) -> Option<OfferRecord>;
		/// An order that is not closed.
		fn order(id: OrderId) -> Option<OrderRecord>;
		/// A job's orders and their states (`None`: closed).
		fn job(id: JobId) -> Option<JobStatus<AccountId, Balance>>;
		/// The buyer's orders that are not closed, a page at a time.
		fn open_orders(buyer: AccountId, offset: u32, limit: u32) -> Vec<OrderId>;
	}
}
