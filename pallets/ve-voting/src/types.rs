//! What the pallet stores.

use crate::Balance;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// One account's vote on one referendum.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct VoteRecord {
	/// Aye (true) or nay.
	pub aye: bool,
	/// The voter's veCPT at the referendum's snapshot: what the vote adds to the tally.
	pub weight: Balance,
	/// CPT held for the record.
	pub deposit: Balance,
}
