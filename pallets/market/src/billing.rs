//! What an order costs: estimates at placement and the bill for every way an order can end
//! (the outcome table), so the calls only apply a [`Bill`]. Pure arithmetic; costs round down
//! (against the SP, who attests), refunds of the cost round up.

use crate::types::*;
use cyberplaza_primitives::Moment;
use polkadot_sdk::sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{AtLeast32BitUnsigned, Zero},
	ArithmeticError, DispatchError, Percent, Permill, Rounding, SaturatedConversion,
};

/// `quantity × unit_price`: the value of capacity or the cost of an order.
pub fn value<Balance: AtLeast32BitUnsigned + Copy>(
	quantity: u32,
	unit_price: Balance,
) -> Result<Balance, DispatchError> {
	unit_price.checked_mul(&quantity.into()).ok_or(ArithmeticError::Overflow.into())
}

/// The estimated cost of `quantity` units and the buffer held on top of it (rounded up).
pub fn estimate<Balance: AtLeast32BitUnsigned + Copy>(
	quantity: u32,
	unit_price: Balance,
	buffer: Percent,
) -> Result<(Balance, Balance), DispatchError> {
	let cost = value(quantity, unit_price)?;
	Ok((cost, buffer.mul_ceil(cost)))
}

/// A price as a browse-index key: big-endian, so keys sort by price.
pub fn price_key<Balance: AtLeast32BitUnsigned + Copy>(price: Balance) -> [u8; 16] {
	price.saturated_into::<u128>().to_be_bytes()
}

fn mul_div<Balance: AtLeast32BitUnsigned + Copy>(
	amount: Balance,
	numerator: u64,
	denominator: u64,
	rounding: Rounding,
) -> Balance {
	if denominator == 0 {
		return amount;
	}
	multiply_by_rational_with_rounding(
		amount.saturated_into::<u128>(),
		numerator as u128,
		denominator as u128,
		rounding,
	)
	.map_or(amount, |v| v.saturated_into())
}

/// The cost of attested `usage` and the units it consumed, both capped by what was ordered
/// and the cost also by the escrow. Metered kinds bill unit-seconds at the unit price per
/// hour; other kinds bill `unmetered_share` of the ordered quantity.
pub fn usage_cost<Balance: AtLeast32BitUnsigned + Copy>(
	kind: ResourceKind,
	quantity: u32,
	unit_price: Balance,
	escrow: Balance,
	usage: &Usage,
	unmetered_share: Permill,
) -> (Balance, u32) {
	let ordered = unit_price.saturating_mul(quantity.into());
	let (cost, units) = match kind.metered_seconds(usage) {
		Some(seconds) => {
			let cost = mul_div(unit_price, seconds, SECONDS_PER_UNIT, Rounding::Down);
			let units = seconds.div_ceil(SECONDS_PER_UNIT).min(quantity as u64) as u32;
			(cost, units)
		}
		None => (unmetered_share.mul_floor(ordered), unmetered_share.mul_ceil(quantity)),
	};
	(cost.min(escrow), units)
}

/// A started order's facts when the SP attests its end.
pub struct Run<Balance> {
	pub kind: ResourceKind,
	pub quantity: u32,
	pub unit_price: Balance,
	pub escrow: Balance,
	pub sla: Sla,
	pub preemptible: bool,
	pub expected_duration: Moment,
	pub started_at: Moment,
	pub now: Moment,
	pub failure_grace: Moment,
	pub exit: Exit,
	pub usage: Usage,
	pub downtime: u64,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Bill<Balance> {
	pub outcome: Outcome,
	pub cost: Balance,
	/// Units of the offer's capacity consumed.
	pub units: u32,
	/// The SP broke its SLA (uptime, or preempted a job it may not).
	pub breach: bool,
}

/// Ends an order that was never started with `outcome`: nothing is billed. Not started by
/// its deadline is the SP's breach; the buyer cancelling, the predecessor failing or the SP
/// starting late (recorded as a late start instead) are not.
pub fn unstarted<Balance: Zero>(outcome: Outcome) -> Bill<Balance> {
	Bill { outcome, cost: Zero::zero(), units: 0, breach: outcome == Outcome::NotStarted }
}

/// The bill for a started order never finished by its deadline: usage up to the last
/// checkpoint, nothing for unmetered kinds (they were not delivered); an SLA breach.
pub fn abandoned<Balance: AtLeast32BitUnsigned + Copy>(
	kind: ResourceKind,
	quantity: u32,
	unit_price: Balance,
	escrow: Balance,
	usage: &Usage,
) -> Bill<Balance> {
	let (cost, units) = usage_cost(kind, quantity, unit_price, escrow, usage, Permill::zero());
	Bill { outcome: Outcome::Abandoned, cost, units, breach: true }
}

/// How much more a certified SP's sales count towards SP incentives than their cost: × 3/2.
pub const CSP_VOLUME_MULTIPLIER: (u32, u32) = (3, 2);

/// What `cost` counts towards an SP's incentives: [`CSP_VOLUME_MULTIPLIER`] × cost for a CSP,
/// rounded down, else the cost.
pub fn incentive_volume<Balance: AtLeast32BitUnsigned + Copy>(
	cost: Balance,
	certified: bool,
) -> Balance {
	if !certified {
		return cost;
	}
	let (numerator, denominator) = CSP_VOLUME_MULTIPLIER;
	mul_div(cost, numerator.into(), denominator.into(), Rounding::Down)
}

/// Whether attested `usage` could have been delivered: the kind's metered unit-seconds are at
/// most `parallelism` units running for the `elapsed` seconds since the start plus `slack`
/// (the SP's scheduler starts the job before the start attestation lands). Unmetered kinds
/// bill no usage, so any is plausible.
pub fn plausible(
	kind: ResourceKind,
	parallelism: u32,
	usage: &Usage,
	elapsed: Moment,
	slack: Moment,
) -> bool {
	kind.metered_seconds(usage).is_none_or(|seconds| {
		seconds <= (parallelism as u64).saturating_mul(elapsed.saturating_add(slack))
	})
}

/// The bill for a finished run: a failure within the grace period costs nothing; otherwise
/// usage is billed (unmetered kinds: in full on success, else pro rata to the expected
/// duration) and an uptime below the SLA refunds the down share, rounded up.
pub fn finish<Balance: AtLeast32BitUnsigned + Copy>(run: &Run<Balance>) -> Bill<Balance> {
	let elapsed = run.now.saturating_sub(run.started_at);
	if run.exit != Exit::Success && elapsed <= run.failure_grace {
		return Bill { outcome: Outcome::FailedEarly, cost: Zero::zero(), units: 0, breach: false };
	}
	let share = match run.exit {
		Exit::Success => Permill::one(),
		_ => {
			Permill::from_rational(elapsed.min(run.expected_duration), run.expected_duration.max(1))
		}
	};
	let (mut cost, units) =
		usage_cost(run.kind, run.quantity, run.unit_price, run.escrow, &run.usage, share);
	let mut breach = false;
	let downtime = run.downtime.min(elapsed);
	if !downtime.is_zero() {
		let uptime = Permill::from_rational(elapsed - downtime, elapsed);
		if uptime < run.sla.min_uptime {
			cost = cost.saturating_sub(mul_div(cost, downtime, elapsed, Rounding::Up));
			breach = true;
		}
	}
	let outcome = match run.exit {
		Exit::Success => Outcome::Completed,
		Exit::Failed(_) => Outcome::Failed,
		Exit::Preempted => {
			breach |= !run.preemptible;
			Outcome::Preempted
		}
	};
	Bill { outcome, cost, units, breach }
}
