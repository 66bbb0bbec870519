//! Support and approval: the thresholds a referendum's track compares with.

use crate::{mock::Test, Balance, Tally};
use polkadot_sdk::sp_arithmetic::{PerThing, Perbill};
use proptest::prelude::*;

fn tally(ayes: Balance, nays: Balance, total: Balance) -> Tally<Test> {
	Tally::from_counts(ayes, nays, total, 0)
}

#[test]
fn support_is_ayes_over_the_snapshot_total_and_approval_ayes_over_votes_cast() {
	let t = tally(300, 100, 1_000);
	assert_eq!(t.support(), Perbill::from_percent(30));
	assert_eq!(t.approval(), Perbill::from_percent(75));
	// Nays lower approval, never support.
	let t = tally(300, 900, 1_000);
	assert_eq!(t.support(), Perbill::from_percent(30));
	assert_eq!(t.approval(), Perbill::from_percent(25));
}

#[test]
fn no_votes_and_no_vecpt_mean_zero_support_and_approval() {
	assert_eq!(tally(0, 0, 1_000).approval(), Perbill::zero());
	assert_eq!(tally(0, 0, 1_000).support(), Perbill::zero());
	assert_eq!(tally(0, 0, 0).support(), Perbill::zero());
	assert_eq!(tally(0, 5, 10).approval(), Perbill::zero());
}

#[test]
fn ratios_round_down_against_the_proposal() {
	// 1/3 is 333,333,333.3 parts per billion: the proposal gets 333,333,333.
	let t = tally(1, 2, 3);
	assert_eq!(t.support(), Perbill::from_parts(333_333_333));
	assert_eq!(t.approval(), Perbill::from_parts(333_333_333));
	// Two thirds round down too, where nearest rounding would give 666,666,667.
	let t = tally(2, 1, 3);
	assert_eq!(t.support(), Perbill::from_parts(666_666_666));
}

#[test]
fn removing_a_vote_takes_back_exactly_what_adding_it_counted() {
	let mut t = tally(0, 0, 100);
	t.add(true, 40);
	t.add(false, 10);
	t.add(true, 5);
	t.remove(true, 40);
	assert_eq!((t.ayes, t.nays), (5, 10));
	// A removal never goes below zero.
	t.remove(false, 11);
	assert_eq!(t.nays, 0);
}

proptest! {
	#[test]
	fn the_ratios_never_exceed_the_exact_fractions(
		ayes in 0u128..1u128 << 90,
		nays in 0u128..1u128 << 90,
		extra in 0u128..1u128 << 90,
	) {
		let total = ayes + extra;
		let t = tally(ayes, nays, total);
		let billion = Perbill::ACCURACY as u128;
		let support = t.support().deconstruct() as u128;
		let approval = t.approval().deconstruct() as u128;
		if total > 0 {
			// support ≤ ayes / total < support + 1 part, in exact arithmetic.
			let scaled = ayes * billion;
			prop_assert!(support * total <= scaled && scaled < (support + 1) * total);
		} else {
			prop_assert_eq!(support, 0);
		}
		let cast = ayes + nays;
		if cast > 0 {
			let scaled = ayes * billion;
			prop_assert!(approval * cast <= scaled && scaled < (approval + 1) * cast);
		} else {
			prop_assert_eq!(approval, 0);
		}
	}
}
