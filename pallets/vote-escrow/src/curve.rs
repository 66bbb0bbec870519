//! The veCPT multiplier curve and the weight of one lock under it (pure integer arithmetic).
//!
//! M(remaining) is piecewise linear through `(0, 0)` and the curve's knots, knots at whole
//! weeks. A lock's weight decreases at a constant integer rate (planck per second, rounded down
//! against the locker) within each segment, so that the total of all locks is exactly the sum of
//! their weights: the pallet adds the same integer slopes up and changes them at the same week
//! boundaries. Rounding each segment's slope down loses less than one planck per second of the
//! segment, never more than the lock's multiplier-exact weight.

use crate::Moment;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::frame_support::{Deserialize, Serialize};
use polkadot_sdk::{
	frame_support::BoundedVec, sp_arithmetic::Rounding,
	sp_runtime::helpers_128bit::multiply_by_rational_with_rounding,
};
use scale_info::TypeInfo;

/// A multiplier of 1.0: knots' multipliers are in millionths.
pub const MULTIPLIER_ONE: u32 = 1_000_000;

/// A point of the curve: `multiplier` millionths of the amount at `weeks` remaining.
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
pub struct Knot {
	/// Remaining lock time, in whole weeks.
	pub weeks: u32,
	/// M at that remaining time, in millionths.
	pub multiplier: u32,
}

/// A curve: knots in strictly increasing weeks with non-decreasing multipliers; the last knot
/// is the longest lock.
pub type Curve<S> = BoundedVec<Knot, S>;

/// Why a curve is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CurveError {
	/// No knots.
	Empty,
	/// Weeks not strictly increasing from at least 1.
	WeeksNotIncreasing,
	/// A multiplier below the one before it: weight would grow as a lock nears its end.
	MultiplierDecreasing,
}

/// Checks a curve's shape.
pub fn validate(knots: &[Knot]) -> Result<(), CurveError> {
	if knots.is_empty() {
		return Err(CurveError::Empty);
	}
	let mut previous = Knot { weeks: 0, multiplier: 0 };
	for knot in knots {
		if knot.weeks <= previous.weeks {
			return Err(CurveError::WeeksNotIncreasing);
		}
		if knot.multiplier < previous.multiplier {
			return Err(CurveError::MultiplierDecreasing);
		}
		previous = *knot;
	}
	Ok(())
}

/// The longest lock the curve allows, in weeks.
pub fn max_weeks(knots: &[Knot]) -> u32 {
	knots.last().map_or(0, |k| k.weeks)
}

/// One segment of a lock's weight: while the remaining time is in `(from, to]` seconds, the
/// weight falls by `slope` planck per second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
	pub from: Moment,
	pub to: Moment,
	pub slope: u128,
}

/// The segments of a lock of `amount`, from the end of the lock outwards.
pub fn segments(amount: u128, knots: &[Knot], week: Moment) -> impl Iterator<Item = Segment> + '_ {
	let starts = core::iter::once(Knot { weeks: 0, multiplier: 0 }).chain(knots.iter().copied());
	starts.zip(knots.iter().copied()).map(move |(low, high)| {
		let from = Moment::from(low.weeks).saturating_mul(week);
		let to = Moment::from(high.weeks).saturating_mul(week);
		let rise = u128::from(high.multiplier - low.multiplier);
		let run = u128::from(to - from).saturating_mul(u128::from(MULTIPLIER_ONE));
		// amount × rise / run, rounded down: against the locker. `run` is never zero for a
		// validated curve; the helper returns `None` only on zero or overflowing divisors.
		let slope =
			multiply_by_rational_with_rounding(amount, rise, run, Rounding::Down).unwrap_or(0);
		Segment { from, to, slope }
	})
}

/// The weight of a lock of `amount` with `remaining` seconds to run.
pub fn weight(amount: u128, remaining: Moment, knots: &[Knot], week: Moment) -> u128 {
	segments(amount, knots, week)
		.take_while(|s| s.from < remaining)
		.map(|s| s.slope.saturating_mul(u128::from(remaining.min(s.to) - s.from)))
		.fold(0, u128::saturating_add)
}

/// The rate at which the weight falls with `remaining` seconds to run: the slope of the segment
/// holding `remaining` (remaining time in `(from, to]`), zero once the lock has ended.
pub fn slope(amount: u128, remaining: Moment, knots: &[Knot], week: Moment) -> u128 {
	segments(amount, knots, week)
		.find(|s| s.from < remaining && remaining <= s.to)
		.map_or(0, |s| s.slope)
}

/// The curve of SPEC section 5 (whitepaper table 5.5).
pub const SPEC_KNOTS: [Knot; 7] = [
	Knot { weeks: 1, multiplier: 10_000 },
	Knot { weeks: 4, multiplier: 40_000 },
	Knot { weeks: 13, multiplier: 250_000 },
	Knot { weeks: 26, multiplier: 500_000 },
	Knot { weeks: 52, multiplier: 1_000_000 },
	Knot { weeks: 104, multiplier: 1_500_000 },
	Knot { weeks: 208, multiplier: 2_500_000 },
];
