//! The vote escrow's records.

use crate::Moment;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::frame_support::{Deserialize, Serialize};
use polkadot_sdk::sp_runtime::Permill;
use scale_info::TypeInfo;

/// Index of a curve version: each lock keeps the curve it was made under.
pub type CurveVersion = u32;
/// A week's index: its start is `week × week length` seconds of Unix time.
pub type Week = u64;

/// An account's lock.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Lock<Balance> {
	/// CPT frozen.
	pub amount: Balance,
	/// When it unlocks: a week boundary, in seconds.
	pub end: Moment,
	/// The curve its weight follows.
	pub curve: CurveVersion,
}

/// An account's lock from `since` on, in its history (amount zero: no lock).
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct LockChange<Balance> {
	pub since: Moment,
	pub lock: Lock<Balance>,
}

/// The total weight at `time`, falling by `slope` planck per second until the next change.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Point<Balance> {
	pub bias: Balance,
	pub slope: Balance,
	pub time: Moment,
}

/// What a weight earns: from `min_weight` up, a buyer discount and an SP visibility boost.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
#[serde(crate = "polkadot_sdk::frame_support::__private::serde")]
pub struct WeightTier<Balance> {
	pub min_weight: Balance,
	pub discount: Permill,
	pub boost: Permill,
}

/// An account's lock as a runtime API shows it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct LockInfo<Balance> {
	pub amount: Balance,
	pub end: Moment,
	/// Its weight now.
	pub weight: Balance,
	pub discount: Permill,
	pub boost: Permill,
}

/// The tiers of SPEC section 5 for weights in units of `unit` (1 veCPT): 1,000 / 10,000 /
/// 100,000 veCPT give a 5 / 10 / 15% buyer discount; the SP visibility boost (not in SPEC) is
/// 5 / 10 / 20%.
pub fn spec_tiers<Balance: From<u32> + core::ops::Mul<Output = Balance> + Copy>(
	unit: Balance,
) -> [WeightTier<Balance>; 3] {
	let tier = |weight: u32, discount, boost| WeightTier {
		min_weight: Balance::from(weight) * unit,
		discount: Permill::from_percent(discount),
		boost: Permill::from_percent(boost),
	};
	[tier(1_000, 5, 5), tier(10_000, 10, 10), tier(100_000, 15, 20)]
}
