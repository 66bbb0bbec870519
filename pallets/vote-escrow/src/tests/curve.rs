//! The curve and table 5.5 of the whitepaper.

use crate::{
	curve::{self, Knot, SPEC_KNOTS},
	mock::*,
	*,
};
use polkadot_sdk::frame_support::assert_ok;

/// Rounding each segment's rate down costs the locker less than a planck per second.
const ROUNDING: Balance = 208 * WEEK as Balance;

fn assert_close(weight: Balance, expected: Balance) {
	assert!(weight <= expected, "{weight} above {expected}: rounding must be against the locker");
	assert!(expected - weight < ROUNDING, "{weight} too far below {expected}");
}

#[test]
fn table_5_5_starting_weights() {
	let table = [(1, 10), (4, 40), (13, 250), (26, 500), (52, 1_000), (104, 1_500), (208, 2_500)];
	for (who, (weeks, expected)) in (1..).zip(table) {
		test(|| {
			assert_ok!(VoteEscrow::create_lock(
				RuntimeOrigin::signed(who),
				1_000 * CPT,
				START + weeks * WEEK
			));
			assert_close(VoteEscrow::weight(&who), expected * CPT);
			assert_eq!(VoteEscrow::total_at(now()), VoteEscrow::weight(&who));
		});
	}
}

#[test]
fn weights_with_exact_rates_are_exact() {
	// An amount whose rates on the first two segments are whole planck per second.
	let amount = 604_800 * 1_000_000 * 1_000;
	assert_eq!(curve::weight(amount, WEEK, &SPEC_KNOTS, WEEK), amount / 100);
	assert_eq!(curve::weight(amount, 4 * WEEK, &SPEC_KNOTS, WEEK), amount / 25);
}

#[test]
fn halfway_through_208_weeks_weighs_m_104() {
	test(|| {
		assert_ok!(VoteEscrow::create_lock(
			RuntimeOrigin::signed(1),
			1_000 * CPT,
			START + 208 * WEEK
		));
		assert_ok!(VoteEscrow::create_lock(
			RuntimeOrigin::signed(2),
			1_000 * CPT,
			START + 104 * WEEK
		));
		let fresh_104 = VoteEscrow::weight(&2);
		for week in 1..=104 {
			advance_to(START + week * WEEK);
		}
		assert_eq!(VoteEscrow::weight(&1), fresh_104);
		assert_close(VoteEscrow::weight(&1), 1_500 * CPT);
		assert_eq!(VoteEscrow::total_at(now()), VoteEscrow::weight(&1) + VoteEscrow::weight(&2));
	});
}

#[test]
fn the_one_segment_curve_is_linear() {
	// Formula 6.1: 2.5 × t / 4 years.
	let linear = [Knot { weeks: 208, multiplier: 2_500_000 }];
	let amount = 208 * 604_800 * 1_000_000;
	for weeks in [1, 13, 52, 104, 208] {
		let expected = amount * 25 / 10 * weeks / 208;
		assert_eq!(curve::weight(amount, weeks as Moment * WEEK, &linear, WEEK), expected);
	}
	test(|| {
		assert_ok!(VoteEscrow::set_curve(
			RuntimeOrigin::root(),
			linear.to_vec().try_into().unwrap()
		));
		assert_ok!(VoteEscrow::create_lock(
			RuntimeOrigin::signed(1),
			1_000 * CPT,
			START + 104 * WEEK
		));
		assert_close(VoteEscrow::weight(&1), 1_250 * CPT);
		advance_to(START + 52 * WEEK);
		assert_close(VoteEscrow::weight(&1), 625 * CPT);
	});
}

#[test]
fn curves_are_validated() {
	use curve::CurveError::*;
	let k = |weeks, multiplier| Knot { weeks, multiplier };
	assert_eq!(curve::validate(&[]), Err(Empty));
	assert_eq!(curve::validate(&[k(0, 0)]), Err(WeeksNotIncreasing));
	assert_eq!(curve::validate(&[k(2, 5), k(2, 6)]), Err(WeeksNotIncreasing));
	assert_eq!(curve::validate(&[k(2, 5), k(3, 4)]), Err(MultiplierDecreasing));
	assert_eq!(curve::validate(&SPEC_KNOTS), Ok(()));
	assert_eq!(curve::max_weeks(&SPEC_KNOTS), 208);
}

#[test]
fn slope_is_that_of_the_segment_ahead() {
	let amount = 1_000 * CPT;
	let week = WEEK;
	// At exactly 13 weeks left the weight next falls at the 4–13 week rate.
	let s = |r| curve::slope(amount, r, &SPEC_KNOTS, week);
	assert_eq!(s(13 * week), s(13 * week - 1));
	assert_ne!(s(13 * week), s(13 * week + 1));
	assert_eq!(s(0), 0);
	// The weight is continuous and falls by the slope each second.
	let w = |r| curve::weight(amount, r, &SPEC_KNOTS, week);
	assert_eq!(w(13 * week) - w(13 * week - 1), s(13 * week));
	assert_eq!(w(13 * week + 1) - w(13 * week), s(13 * week + 1));
}
