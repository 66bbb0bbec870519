//! The combine rule, pure: which feeds count and what they agree on.

use alloc::vec::Vec;
use polkadot_sdk::sp_runtime::{traits::Saturating, FixedPointNumber, FixedU128, Permill};

/// The median of `values` (the lower of the middle two for an even count).
pub fn median(values: &[FixedU128]) -> Option<FixedU128> {
	let mut sorted: Vec<FixedU128> = values.to_vec();
	sorted.sort();
	let mid = sorted.len().checked_sub(1)? / 2;
	sorted.get(mid).copied()
}

fn fraction(p: Permill) -> FixedU128 {
	FixedU128::saturating_from_rational(p.deconstruct(), 1_000_000u32)
}

/// Whether `value` is within `spread` of `reference` (inclusive).
pub fn within(value: FixedU128, reference: FixedU128, spread: Permill) -> bool {
	let gap = if value > reference { value - reference } else { reference - value };
	gap <= reference.saturating_mul(fraction(spread))
}

/// The feeds within `spread` of the median of all of them, if at least `min` such: their
/// median and their indices; else how many agreed.
pub fn agreed(
	values: &[FixedU128],
	spread: Permill,
	min: u32,
) -> Result<(FixedU128, Vec<usize>), u32> {
	let Some(center) = median(values) else { return Err(0) };
	let agreeing: Vec<usize> =
		(0..values.len()).filter(|&i| within(values[i], center, spread)).collect();
	if (agreeing.len() as u32) < min.max(1) {
		return Err(agreeing.len() as u32);
	}
	let kept: Vec<FixedU128> = agreeing.iter().map(|&i| values[i]).collect();
	median(&kept).map(|m| (m, agreeing)).ok_or(0)
}

/// A decimal number (`32.77`, `0.1034`, `5`) as a fixed-point value: at most 18 fractional
/// digits, no sign, no exponent.
pub fn parse_decimal(text: &str) -> Option<FixedU128> {
	let (int, frac) = text.split_once('.').unwrap_or((text, ""));
	let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
	if int.is_empty() || !digits(int) || !digits(frac) || frac.len() > 18 {
		return None;
	}
	let int: u128 = int.parse().ok()?;
	let mut frac_inner: u128 = if frac.is_empty() { 0 } else { frac.parse().ok()? };
	for _ in frac.len()..18 {
		frac_inner = frac_inner.checked_mul(10)?;
	}
	let inner = int.checked_mul(FixedU128::DIV)?.checked_add(frac_inner)?;
	Some(FixedU128::from_inner(inner))
}

#[cfg(test)]
mod tests {
	use super::*;

	fn p(v: &str) -> FixedU128 {
		parse_decimal(v).unwrap()
	}

	#[test]
	fn decimals_parse_exactly() {
		assert_eq!(p("32.77"), FixedU128::from_rational(3_277, 100));
		assert_eq!(p("5"), FixedU128::from_u32(5));
		assert_eq!(p("0.000000000000000001"), FixedU128::from_inner(1));
		for bad in ["", ".5", "-1", "1e3", "1.2.3", "0.0000000000000000001", "1,5", " 1"] {
			assert_eq!(parse_decimal(bad), None, "{bad}");
		}
	}

	#[test]
	fn seven_agree_and_the_outlier_is_ignored() {
		let mut feeds: Vec<FixedU128> =
			["1.00", "1.01", "0.99", "1.02", "0.98", "1.00", "1.03"].map(p).to_vec();
		feeds.push(p("1.50"));
		let (value, agreeing) = agreed(&feeds, Permill::from_percent(10), 7).unwrap();
		assert_eq!(value, p("1.00"));
		assert_eq!(agreeing.len(), 7);
		assert!(!agreeing.contains(&7));
	}

	#[test]
	fn too_few_agree() {
		let feeds = ["1.00", "1.01", "0.99", "1.02", "0.98", "1.00"].map(p);
		assert_eq!(agreed(&feeds, Permill::from_percent(10), 7), Err(6));
		let split = ["1", "1", "1", "1", "2", "2", "2", "2"].map(p);
		assert_eq!(agreed(&split, Permill::from_percent(10), 7), Err(4));
		assert_eq!(agreed(&[], Permill::from_percent(10), 7), Err(0));
	}

	#[test]
	fn the_band_is_inclusive() {
		assert!(within(p("1.10"), p("1"), Permill::from_percent(10)));
		assert!(!within(p("1.1000001"), p("1"), Permill::from_percent(10)));
		assert!(within(p("0.995"), p("1"), Permill::from_parts(5_000)));
		assert!(!within(p("0.9949"), p("1"), Permill::from_parts(5_000)));
	}
}
