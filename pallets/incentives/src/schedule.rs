//! The incentives' arithmetic: SPEC section 8's schedule, emissions integrated over time,
//! budgets, vesting and CPT values. Pure functions of their arguments; every result is
//! rounded down, against the recipient, so that buckets are never overdrawn.

use crate::{Balance, Params, Phase, Tranche};
use cyberplaza_primitives::Moment;
use polkadot_sdk::sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, BoundedVec, FixedPointNumber, FixedU128,
	Permill, Rounding,
};

/// Seconds in a day: emission rates are CPT per day.
pub const DAY: Moment = 86_400;

fn mul_div(a: u128, b: u128, c: u128) -> u128 {
	if c == 0 {
		return 0;
	}
	multiply_by_rational_with_rounding(a, b, c, Rounding::Down).unwrap_or(u128::MAX)
}

/// SPEC section 8's defaults for a token whose whole unit is `cpt` and USDC's is `usdc`.
///
/// The LP bucket (10M) releases 40% in year 1, 30% in year 2 and 30% over years 3–5; what
/// the CPT/USDC liquidity emission (2,000 / 1,500 / 500 CPT a day) leaves of each year's
/// release goes to the USDC pool's LPs. Months are 30 days, years 12 months.
pub fn spec_params(cpt: Balance, usdc: Balance) -> Params {
	let lp = 10_000_000 * cpt;
	let per_day = |total: Balance, days: Balance| total / days;
	let year1_dex = (2_000 * 180 + 1_500 * 180) * cpt;
	let year2_dex = 1_500 * 360 * cpt;
	let later_dex = 500 * 1_080 * cpt;
	let phase = |from_month, lockers: Balance, dex: Balance, pool| Phase {
		from_month,
		lockers: lockers * cpt,
		dex: dex * cpt,
		pool,
	};
	let year1_pool = per_day(lp * 4 / 10 - year1_dex, 360);
	let phases = [
		phase(0, 1_500, 2_000, year1_pool),
		phase(6, 1_000, 1_500, year1_pool),
		phase(12, 1_000, 1_500, per_day(lp * 3 / 10 - year2_dex, 360)),
		phase(24, 500, 500, per_day(lp * 3 / 10 - later_dex, 1_080)),
		phase(60, 500, 500, 0),
	];
	Params {
		cpt_price: usdc,
		// Whitepaper table 5.1: $0.8M of fees at 2–5% of GMV in year 1, about $2M a month.
		gmv_target: 2_000_000 * usdc,
		gmv_cap: FixedU128::from_rational(3, 2),
		month_budget: 25_000_000 * cpt / 60,
		quarter_budget: 1_000_000 * cpt,
		quarters: 20,
		review_reward: usdc,
		// Whitepaper: "referrer and referred each get $50 of credits".
		referral_reward: 50 * usdc,
		min_rated_cost: 10 * usdc,
		max_referrals_per_month: 10,
		// Together below the whole fee (SPEC section 13): self-dealing never pays.
		buyer_fee_share: Permill::from_percent(40),
		sp_fee_share: Permill::from_percent(50),
		pool_vested: Permill::from_percent(50),
		vesting_months: 6,
		phases: BoundedVec::truncate_from(phases.to_vec()),
	}
}

/// Whether the phases start at month 0 and go forward.
pub fn phases_valid(phases: &[Phase]) -> bool {
	phases.first().is_some_and(|p| p.from_month == 0)
		&& phases.windows(2).all(|w| w[0].from_month < w[1].from_month)
}

/// What the stream `rate` picks out of each phase emits between `from` and `to` (seconds
/// since launch) with months of `month` seconds.
pub fn emitted(
	phases: &[Phase],
	rate: impl Fn(&Phase) -> Balance,
	month: Moment,
	from: Moment,
	to: Moment,
) -> Balance {
	let start = |p: &Phase| Moment::from(p.from_month).saturating_mul(month);
	phases
		.iter()
		.enumerate()
		.map(|(i, p)| {
			let end = phases.get(i + 1).map(start).unwrap_or(Moment::MAX);
			let (a, b) = (from.max(start(p)), to.min(end));
			if b > a {
				mul_div(rate(p), (b - a).into(), DAY.into())
			} else {
				0
			}
		})
		.fold(0, Balance::saturating_add)
}

/// The user budget of a month with `gmv` settled: `month_budget × min(gmv / target, cap)`.
pub fn month_budget(params: &Params, gmv: Balance) -> Balance {
	released(params.month_budget, params, gmv, 1)
}

/// The SP-incentives budget a quarter releases: its budget × min(GMV / (3 × the monthly
/// target), the cap), so that a quiet quarter releases little however its few settlements
/// are shared.
pub fn quarter_budget(params: &Params, gmv: Balance) -> Balance {
	released(params.quarter_budget, params, gmv, 3)
}

fn released(budget: Balance, params: &Params, gmv: Balance, months: u32) -> Balance {
	let target = params.gmv_target.saturating_mul(months.into());
	if target == 0 {
		return 0;
	}
	let ratio =
		FixedU128::checked_from_rational(gmv, target).unwrap_or(params.gmv_cap).min(params.gmv_cap);
	ratio.saturating_mul_int(budget)
}

/// What one settled order may earn its buyer's side in USDC value, and how: cashback first
/// (at `cashback` USDC), then the review reward if it was rated, then the referral rewards of
/// the referrals it completes (`referrals`, each paying the referrer and the referred alike),
/// all within `buyer_fee_share` of the order's `fee`, rounded down. Orders costing less than
/// `min_rated_cost` earn no review or referral reward.
pub fn order_rewards(
	params: &Params,
	cost: Balance,
	fee: Balance,
	cashback: Balance,
	rated: bool,
	referrals: u32,
) -> OrderRewards {
	let mut left = params.buyer_fee_share.mul_floor(fee);
	let cashback = cashback.min(left);
	left -= cashback;
	let qualifies = cost >= params.min_rated_cost;
	let review = if rated && qualifies { params.review_reward.min(left) } else { 0 };
	left -= review;
	// Both sides of each referral are paid alike out of what is left.
	let sides = 2 * Balance::from(referrals);
	let referral =
		if qualifies && sides > 0 { params.referral_reward.min(left / sides) } else { 0 };
	OrderRewards { cashback, review, referral }
}

/// The USDC value of what a settled order earns: the buyer's cashback and review reward, and
/// each side of each referral it completes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OrderRewards {
	pub cashback: Balance,
	pub review: Balance,
	pub referral: Balance,
}

/// CPT worth `usdc` at `price` USDC per whole CPT (`cpt` smallest units).
pub fn cpt_for(usdc: Balance, price: Balance, cpt: Balance) -> Balance {
	mul_div(usdc, cpt, price)
}

/// CPT of `tranche` vested at `now` (seconds since launch): linear over `months` months of
/// `month` seconds from the end of the month it was earned in.
pub fn vested(tranche: &Tranche, months: u32, month: Moment, now: Moment) -> Balance {
	let start = Moment::from(tranche.month.saturating_add(1)).saturating_mul(month);
	let length = Moment::from(months).saturating_mul(month);
	if now >= start.saturating_add(length) {
		return tranche.amount;
	}
	mul_div(tranche.amount, now.saturating_sub(start).into(), length.into())
}

#[cfg(test)]
mod tests {
	use super::*;

	const CPT: Balance = 1_000_000_000_000_000_000;
	const USDC: Balance = 1_000_000;
	const MONTH: Moment = 30 * DAY;

	fn params() -> Params {
		spec_params(CPT, USDC)
	}

	fn total(rate: impl Fn(&Phase) -> Balance + Copy, months: u64) -> Balance {
		emitted(&params().phases, rate, MONTH, 0, months * MONTH)
	}

	#[test]
	fn the_lp_bucket_releases_40_30_30_over_five_years() {
		let lp = |months| total(|p| p.dex, months) + total(|p| p.pool, months);
		let slack = 10 * CPT;
		assert!(4_000_000 * CPT - lp(12) < slack);
		assert!(7_000_000 * CPT - lp(24) < slack);
		assert!(10_000_000 * CPT - lp(60) < slack);
		assert!(lp(60) <= 10_000_000 * CPT);
		// The DEX schedule: 2,000 a day for six months, then 1,500, then 500.
		assert_eq!(total(|p| p.dex, 6), 2_000 * 180 * CPT);
		assert_eq!(total(|p| p.dex, 24) - total(|p| p.dex, 6), 1_500 * 540 * CPT);
		assert_eq!(total(|p| p.dex, 25) - total(|p| p.dex, 24), 500 * 30 * CPT);
	}

	#[test]
	fn locker_emission_follows_the_phases() {
		assert_eq!(total(|p| p.lockers, 6), 1_500 * 180 * CPT);
		assert_eq!(total(|p| p.lockers, 24), (1_500 * 180 + 1_000 * 540) * CPT);
		let p = params();
		// Across a phase boundary: a day either side.
		let around = emitted(&p.phases, |p| p.lockers, MONTH, 6 * MONTH - DAY, 6 * MONTH + DAY);
		assert_eq!(around, 2_500 * CPT);
		// Part of a day, rounded down.
		assert_eq!(emitted(&p.phases, |p| p.lockers, MONTH, 0, 1), 1_500 * CPT / DAY as u128);
		assert_eq!(emitted(&p.phases, |p| p.lockers, MONTH, 10, 10), 0);
	}

	#[test]
	fn the_user_budget_scales_with_gmv_up_to_the_cap() {
		let p = params();
		let base = 25_000_000 * CPT / 60;
		assert_eq!(month_budget(&p, 0), 0);
		assert_eq!(month_budget(&p, 1_000_000 * USDC), base / 2);
		assert_eq!(month_budget(&p, 2_000_000 * USDC), base);
		assert_eq!(month_budget(&p, 3_000_000 * USDC), base * 3 / 2);
		assert_eq!(month_budget(&p, 30_000_000 * USDC), base * 3 / 2);
	}

	#[test]
	fn values_convert_at_the_price() {
		assert_eq!(cpt_for(5 * USDC, USDC / 10, CPT), 50 * CPT);
		assert_eq!(cpt_for(1, 3 * USDC, CPT), CPT / 3_000_000);
		assert_eq!(cpt_for(USDC, 0, CPT), 0);
	}

	#[test]
	fn tranches_vest_linearly_after_their_month() {
		let t = Tranche { month: 2, amount: 600 * CPT, released: 0 };
		assert_eq!(vested(&t, 6, MONTH, 3 * MONTH), 0);
		assert_eq!(vested(&t, 6, MONTH, 4 * MONTH), 100 * CPT);
		assert_eq!(vested(&t, 6, MONTH, 6 * MONTH), 300 * CPT);
		assert_eq!(vested(&t, 6, MONTH, 9 * MONTH), 600 * CPT);
		assert_eq!(vested(&t, 6, MONTH, 90 * MONTH), 600 * CPT);
		assert_eq!(vested(&t, 0, MONTH, 3 * MONTH), 600 * CPT);
	}

	#[test]
	fn phases_must_start_at_zero_and_go_forward() {
		let p = params();
		assert!(phases_valid(&p.phases));
		assert!(!phases_valid(&p.phases[1..]));
		let mut swapped = p.phases.to_vec();
		swapped.swap(1, 2);
		assert!(!phases_valid(&swapped));
		assert!(!phases_valid(&[]));
	}
}
