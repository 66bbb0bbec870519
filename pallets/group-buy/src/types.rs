//! Campaigns and their terms.

use crate::Balance;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use cyberplaza_primitives::Moment;
use polkadot_sdk::{
	frame_support::{traits::ConstU32, BoundedVec},
	sp_core::H256,
	sp_runtime::Permill,
};
use scale_info::TypeInfo;

pub type CampaignId = u32;

/// Price tiers a campaign has at most.
pub type MaxTiers = ConstU32<8>;

/// From `min_units` committed in total, everyone pays `price` per unit.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct PriceTier {
	pub min_units: u32,
	pub price: Balance,
}

/// What the operator sets when it creates a campaign.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct CampaignTerms<AccountId> {
	/// The CSP that supplies the product.
	pub supplier: AccountId,
	/// The supplier's market offer the vouchers are for.
	pub offer: u32,
	/// Hash of the product's description (e.g. 10,000 A100 GPU-hours from a cloud).
	pub product: H256,
	/// USDC per unit without the group discount: what a commitment holds.
	pub retail_price: Balance,
	/// USDC per unit the supplier is paid.
	pub supplier_price: Balance,
	/// Ascending in units, descending in price.
	pub tiers: BoundedVec<PriceTier, MaxTiers>,
	/// Below this many units at the deadline everyone is refunded.
	pub min_units: u32,
	/// Units on offer at most.
	pub max_units: u32,
	pub deadline: Moment,
	/// USDC the liquidity pool advances to the supplier when procurement is recorded.
	pub advance: Balance,
	/// What the pool earns on its advance (SPEC: 5–10%).
	pub pool_margin: Permill,
	/// When the buyers' vouchers expire.
	pub voucher_expiry: Moment,
}

#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub enum CampaignStatus {
	/// Taking commitments until the deadline.
	Open,
	/// Past the deadline and at or above the minimum: paying out at `price`.
	Succeeding { price: Balance },
	/// Past the deadline below the minimum: refunding.
	Failing,
	/// Everyone was served at `price`: `units` delivered as vouchers.
	Succeeded { price: Balance, units: u32 },
	/// Everyone was refunded.
	Failed,
}

#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Campaign<AccountId> {
	pub terms: CampaignTerms<AccountId>,
	pub status: CampaignStatus,
	/// Units committed and still held.
	pub committed: u32,
	/// Accounts with a commitment.
	pub participants: u32,
	/// Units paid for and delivered as vouchers so far.
	pub delivered: u32,
	/// The off-chain procurement's reference, once recorded (the advance was paid then).
	pub procurement: Option<H256>,
	/// The pool's id of the advance, while it is open.
	pub advance_id: Option<u32>,
	/// USDC held from the supplier against the advance until the campaign closes.
	pub collateral: Balance,
	/// Units a succeeding campaign refunded because their voucher could not be issued: the
	/// supplier's collateral pays the pool for them.
	pub undelivered: u32,
}

impl<AccountId> CampaignTerms<AccountId> {
	/// The price per unit with `units` committed: the best tier reached, else retail.
	pub fn price_at(&self, units: u32) -> Balance {
		self.tiers
			.iter()
			.rev()
			.find(|t| units >= t.min_units)
			.map_or(self.retail_price, |t| t.price)
	}

	/// What the pool is owed for its advance: principal and margin (rounded up for the pool).
	pub fn pool_due(&self) -> Balance {
		self.advance.saturating_add(self.pool_margin.mul_ceil(self.advance))
	}
}
