//! The reputation score: pure integer arithmetic on the counters, in basis points.
//!
//! ```text
//! score = 40% · rating + 20% · on_time + 20% · delivery + 20% · disputes
//! rating   = (mean − 1) / 4, mean = (Σ rating · weight + 3 · 5) / (Σ weight + 5)
//! on_time  = (on-time starts + 1) / (starts + 2)
//! delivery = (completions + 1) / (completions + SLA breaches + 2)
//! disputes = (completions + 1) / (completions + 1 + 4 · disputes lost)
//! ```
//!
//! Every part is smoothed towards a neutral prior (five 3-star ratings of weight one; one
//! success and one failure), so a new SP scores 6,000 and a handful of orders cannot push it to
//! either end. A rating weighs as much as its order's value (one per least rated cost).
//! Every division rounds down, against the SP.

use crate::types::Reputation;

/// The highest score.
pub const MAX: u32 = 10_000;

const PRIOR_RATINGS: u64 = 5;
const PRIOR_STARS: u64 = 3;
const LOST_DISPUTE_PENALTY: u64 = 4;

/// `MAX · numerator / denominator`, rounded down; `denominator` is never zero here.
fn ratio(numerator: u64, denominator: u64) -> u64 {
	(u128::from(MAX) * u128::from(numerator) / u128::from(denominator.max(1))) as u64
}

/// The score of these counters, in `0..=MAX`.
pub fn score(r: &Reputation) -> u32 {
	// Mean stars × 100 in 100..=500, then mapped onto 0..=MAX.
	let mean_centi = (u128::from(r.rating_sum.saturating_add(PRIOR_STARS * PRIOR_RATINGS)) * 100
		/ u128::from(r.rating_weight.saturating_add(PRIOR_RATINGS))) as u64;
	let rating = ratio(mean_centi.saturating_sub(100), 400);
	let on_time = ratio(u64::from(r.on_time_starts) + 1, u64::from(r.starts) + 2);
	let completions = u64::from(r.completions);
	let delivery = ratio(completions + 1, completions + u64::from(r.sla_breaches) + 2);
	let disputes =
		ratio(completions + 1, completions + 1 + LOST_DISPUTE_PENALTY * u64::from(r.disputes_lost));
	let weighted = (40 * rating + 20 * on_time + 20 * delivery + 20 * disputes) / 100;
	weighted.min(u64::from(MAX)) as u32
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn new_provider_scores_neutral() {
		assert_eq!(score(&Reputation::default()), 6_000);
	}

	#[test]
	fn perfect_history_approaches_max_and_never_exceeds_it() {
		let r = Reputation {
			ratings: 1_000,
			rating_weight: 1_000,
			rating_sum: 5_000,
			starts: 1_000,
			on_time_starts: 1_000,
			completions: 1_000,
			..Default::default()
		};
		let s = score(&r);
		assert!(s > 9_900 && s <= MAX, "{s}");
		let extreme = Reputation {
			ratings: u32::MAX,
			rating_weight: u64::MAX,
			rating_sum: u64::MAX,
			starts: u32::MAX,
			on_time_starts: u32::MAX,
			completions: u32::MAX,
			..Default::default()
		};
		assert!(score(&extreme) <= MAX);
	}

	#[test]
	fn one_star_ratings_and_lost_disputes_pull_down() {
		let base =
			Reputation { completions: 10, starts: 10, on_time_starts: 10, ..Default::default() };
		let rated_low =
			Reputation { ratings: 10, rating_weight: 10, rating_sum: 10, ..base.clone() };
		let lost = Reputation { disputes_lost: 3, ..base.clone() };
		let breached = Reputation { sla_breaches: 3, ..base.clone() };
		let late = Reputation { on_time_starts: 5, ..base.clone() };
		for worse in [&rated_low, &lost, &breached, &late] {
			assert!(score(worse) < score(&base), "{worse:?}");
		}
	}

	#[test]
	fn known_values() {
		// Ten 5-star ratings: mean = (50 + 15) / 15 = 4.33 → rating 8,325; on-time 11/12 → 9,166;
		// delivery 11/12 → 9,166; disputes 1 → 10,000.
		let r = Reputation {
			ratings: 10,
			rating_weight: 10,
			rating_sum: 50,
			starts: 10,
			on_time_starts: 10,
			completions: 10,
			..Default::default()
		};
		assert_eq!(score(&r), (40 * 8_325 + 20 * 9_166 + 20 * 9_166 + 20 * 10_000) / 100);
	}

	/// Attack: many cheap 5-star ratings from sock puppets outweigh a real customer's 1-star
	/// rating of a large order. Weighted by value, the large order's rating dominates.
	#[test]
	fn ratings_weigh_by_value() {
		// Ten 5-star ratings of weight 1 (ten 10-USDC orders) and one 1-star rating of weight
		// 1,000 (a 10,000-USDC order): mean (50 + 1,000 + 15) / (1,010 + 5) ≈ 1.05.
		let farmed = Reputation {
			ratings: 11,
			rating_weight: 1_010,
			rating_sum: 1_050,
			..Default::default()
		};
		let fresh = Reputation::default();
		assert!(score(&farmed) < score(&fresh), "{}", score(&farmed));
		// Counted one rating each, the farmed ratings would have won.
		let by_count =
			Reputation { ratings: 11, rating_weight: 11, rating_sum: 51, ..Default::default() };
		assert!(score(&by_count) > score(&fresh));
	}
}
