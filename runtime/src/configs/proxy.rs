//! What a proxy may do on behalf of the account that named it.

use crate::RuntimeCall;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::frame_support::traits::InstanceFilter;
use scale_info::TypeInfo;

/// The kinds of proxy an account can add.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Anything the account can do.
	#[default]
	Any,
	/// Anything but moving CPT or assets.
	NonTransfer,
	/// Only rejecting announced proxy calls.
	CancelProxy,
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			ProxyType::NonTransfer => !matches!(
				call,
				RuntimeCall::Balances(..)
					| RuntimeCall::Assets(..)
					| RuntimeCall::AssetConversion(..)
					| RuntimeCall::Vesting(
						polkadot_sdk::pallet_vesting::Call::vested_transfer { .. }
					)
			),
			ProxyType::CancelProxy => matches!(
				call,
				RuntimeCall::Proxy(polkadot_sdk::pallet_proxy::Call::reject_announcement { .. })
					| RuntimeCall::Utility(..)
					| RuntimeCall::Multisig(..)
			),
		}
	}

	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			(ProxyType::NonTransfer, ProxyType::CancelProxy) => true,
			_ => self == other,
		}
	}
}
