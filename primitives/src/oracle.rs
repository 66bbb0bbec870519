//! What the price oracle prices and how pallets read it.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_support::{traits::ConstU32, BoundedVec},
	sp_runtime::FixedU128,
};
use scale_info::TypeInfo;

/// A cloud provider's instance type in a region, as the price oracle keys it
/// (e.g. `aws` / `us-east-1` / `p4d.24xlarge`), lowercase ASCII.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct CloudSku {
	pub provider: BoundedVec<u8, ConstU32<16>>,
	pub region: BoundedVec<u8, ConstU32<32>>,
	pub instance: BoundedVec<u8, ConstU32<48>>,
}

/// What the price oracle prices (SPEC section 10), each in USD per unit: per CPT, per USDC,
/// per instance-hour.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum PriceKey {
	CptUsd,
	UsdcUsd,
	Cloud(CloudSku),
}

/// Prices from the oracle that have not expired.
pub trait PriceFeed {
	fn price(key: &PriceKey) -> Option<FixedU128>;
}

/// No oracle: no prices.
impl PriceFeed for () {
	fn price(_: &PriceKey) -> Option<FixedU128> {
		None
	}
}
