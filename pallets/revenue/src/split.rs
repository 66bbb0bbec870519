//! How revenue is divided between its destinations (pure arithmetic).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_support::{Deserialize, Serialize},
	sp_runtime::Permill,
};
use scale_info::TypeInfo;

/// Where a share of revenue goes.
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
pub enum Destination {
	/// veCPT lockers, by week.
	Stakers,
	Operations,
	/// Bought back as CPT and burned.
	BuyBack,
	Team,
	Foundation,
	/// The emergency reserve.
	Reserve,
}

impl Destination {
	pub const ALL: [Destination; 6] = [
		Destination::Stakers,
		Destination::Operations,
		Destination::BuyBack,
		Destination::Team,
		Destination::Foundation,
		Destination::Reserve,
	];
}

/// Each destination's share; they sum to 100%.
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
pub struct Split {
	pub stakers: Permill,
	pub operations: Permill,
	pub buy_back: Permill,
	pub team: Permill,
	pub foundation: Permill,
	pub reserve: Permill,
}

impl Default for Split {
	/// SPEC section 6: 30 / 35 / 20 / 5 + 5 / 5.
	fn default() -> Self {
		let p = Permill::from_percent;
		Split {
			stakers: p(30),
			operations: p(35),
			buy_back: p(20),
			team: p(5),
			foundation: p(5),
			reserve: p(5),
		}
	}
}

/// Amounts of one payment by destination.
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
pub struct Amounts<Balance> {
	pub stakers: Balance,
	pub operations: Balance,
	pub buy_back: Balance,
	pub team: Balance,
	pub foundation: Balance,
	pub reserve: Balance,
}

impl<Balance: Copy> Amounts<Balance> {
	/// Each destination with its amount.
	pub fn by_destination(&self) -> [(Destination, Balance); 6] {
		[
			(Destination::Stakers, self.stakers),
			(Destination::Operations, self.operations),
			(Destination::BuyBack, self.buy_back),
			(Destination::Team, self.team),
			(Destination::Foundation, self.foundation),
			(Destination::Reserve, self.reserve),
		]
	}
}

impl Split {
	fn shares(&self) -> [Permill; 6] {
		[self.stakers, self.operations, self.buy_back, self.team, self.foundation, self.reserve]
	}

	/// Whether the shares add up to exactly 100%.
	pub fn is_complete(&self) -> bool {
		self.shares().iter().map(|s| s.deconstruct()).sum::<u32>() == Permill::one().deconstruct()
	}

	/// Divides `amount`: every share rounded down, the rounding remainder to operations, so the
	/// parts always add up to `amount`.
	pub fn divide<Balance>(&self, amount: Balance) -> Amounts<Balance>
	where
		Balance: polkadot_sdk::sp_runtime::traits::AtLeast32BitUnsigned + Copy,
	{
		let part = |share: Permill| share.mul_floor(amount);
		let mut amounts = Amounts {
			stakers: part(self.stakers),
			operations: part(self.operations),
			buy_back: part(self.buy_back),
			team: part(self.team),
			foundation: part(self.foundation),
			reserve: part(self.reserve),
		};
		let assigned = amounts
			.by_destination()
			.iter()
			.fold(Balance::zero(), |sum, (_, a)| sum.saturating_add(*a));
		amounts.operations = amounts.operations.saturating_add(amount.saturating_sub(assigned));
		amounts
	}
}
