//! A referendum's tally in veCPT, fixed to the weights at its submission.
//!
//! [`Tally::new`] runs when the referendum is submitted and records the snapshot: the last
//! instant before the submission's block. Every vote weighs the voter's veCPT at that instant
//! and support is measured against everyone's veCPT then, so a lock made or grown later, even
//! in the same block, adds nothing, and CPT unlocked and locked again elsewhere counts once.

use crate::{Balance, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::marker::PhantomData;
use cyberplaza_primitives::{Moment, VoteWeight};
use polkadot_sdk::{
	frame_support::{
		traits::{UnixTime, VoteTally},
		CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
	},
	sp_arithmetic::{PerThing, Perbill, Rounding},
};
use scale_info::TypeInfo;

/// Ayes and nays in veCPT, against the total veCPT at the snapshot.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Tally<T> {
	/// veCPT voting aye.
	pub ayes: Balance,
	/// veCPT voting nay.
	pub nays: Balance,
	/// Everyone's veCPT at the snapshot: support is measured against it.
	pub total: Balance,
	/// The time (Unix seconds) whose weights count.
	pub snapshot: Moment,
	config: PhantomData<T>,
}

impl<T> Tally<T> {
	/// A tally of no votes against `total` veCPT at `snapshot`.
	pub fn empty(snapshot: Moment, total: Balance) -> Self {
		Self { ayes: 0, nays: 0, total, snapshot, config: PhantomData }
	}

	/// A tally with the given counts.
	pub fn from_counts(ayes: Balance, nays: Balance, total: Balance, snapshot: Moment) -> Self {
		Self { ayes, nays, total, snapshot, config: PhantomData }
	}

	/// Counts `weight` for aye or nay.
	pub fn add(&mut self, aye: bool, weight: Balance) {
		let side = if aye { &mut self.ayes } else { &mut self.nays };
		*side = side.saturating_add(weight);
	}

	/// Takes back a vote counted by [`Self::add`].
	pub fn remove(&mut self, aye: bool, weight: Balance) {
		let side = if aye { &mut self.ayes } else { &mut self.nays };
		*side = side.saturating_sub(weight);
	}

	/// Ayes over the total veCPT at the snapshot, rounded down; zero when there was none.
	pub fn support(&self) -> Perbill {
		ratio(self.ayes, self.total)
	}

	/// Ayes over the votes cast, rounded down; zero before any vote.
	pub fn approval(&self) -> Perbill {
		ratio(self.ayes, self.ayes.saturating_add(self.nays))
	}
}

/// `part / whole`, rounded down (against the proposal); zero for a zero whole.
fn ratio(part: Balance, whole: Balance) -> Perbill {
	if whole == 0 {
		return Perbill::zero();
	}
	Perbill::from_rational_with_rounding(part.min(whole), whole, Rounding::Down).unwrap_or_default()
}

impl<T: Config, Class> VoteTally<Balance, Class> for Tally<T> {
	fn new(_: Class) -> Self {
		let snapshot = T::Time::now().as_secs().saturating_sub(1);
		Self::empty(snapshot, T::VoteWeight::total_at(snapshot))
	}

	fn ayes(&self, _: Class) -> Balance {
		self.ayes
	}

	fn support(&self, _: Class) -> Perbill {
		Tally::support(self)
	}

	fn approval(&self, _: Class) -> Perbill {
		Tally::approval(self)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn unanimity(_: Class) -> Self {
		let total = T::VoteWeight::total_at(T::Time::now().as_secs()).max(1);
		Self::from_counts(total, 0, total, 0)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn rejection(_: Class) -> Self {
		let total = T::VoteWeight::total_at(T::Time::now().as_secs()).max(1);
		Self::from_counts(0, total, total, 0)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn from_requirements(support: Perbill, approval: Perbill, _: Class) -> Self {
		let total: Balance = 1_000_000_000;
		let ayes = support.mul_ceil(total);
		// ayes / (ayes + nays) >= approval.
		let nays = match approval.deconstruct() {
			0 => total.saturating_sub(ayes),
			parts => {
				let votes = ayes.saturating_mul(Perbill::ACCURACY.into()) / Balance::from(parts);
				votes.saturating_sub(ayes)
			}
		};
		Self::from_counts(ayes, nays, total, 0)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn setup(_: Class, _: Perbill) {}
}
