//! Platform revenue: where it comes from and how pallets pay it in.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::frame_support::{
	dispatch::DispatchResult,
	traits::{fungible::Mutate, tokens::Preservation, Get},
};
use scale_info::TypeInfo;

/// What a payment of platform revenue was for (SPEC section 6).
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum RevenueSource {
	/// Marketplace fees on settled orders.
	MarketFee,
	/// SaaS subscriptions.
	Subscription,
	/// SP certification fees.
	Certification,
	/// API and data services.
	ApiService,
	/// The platform's profit on group buys.
	GroupBuy,
}

impl RevenueSource {
	/// Every source, in declaration order.
	pub const ALL: [RevenueSource; 5] = [
		RevenueSource::MarketFee,
		RevenueSource::Subscription,
		RevenueSource::Certification,
		RevenueSource::ApiService,
		RevenueSource::GroupBuy,
	];
}

/// Takes USDC revenue from any pallet.
pub trait RevenueSink<AccountId, Balance> {
	/// Moves `amount` of USDC from `from` into revenue, booked under `source`.
	fn collect(from: &AccountId, source: RevenueSource, amount: Balance) -> DispatchResult;
}

/// Pays revenue into the account `Dest` names, whatever its source: for test runtimes.
pub struct ToAccount<Stable, Dest>(core::marker::PhantomData<(Stable, Dest)>);
impl<AccountId: Eq, Stable: Mutate<AccountId>, Dest: Get<AccountId>>
	RevenueSink<AccountId, Stable::Balance> for ToAccount<Stable, Dest>
{
	fn collect(from: &AccountId, _: RevenueSource, amount: Stable::Balance) -> DispatchResult {
		Stable::transfer(from, &Dest::get(), amount, Preservation::Preserve).map(|_| ())
	}
}
