//! Weekly staking rewards.

use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{fungible::Inspect as _, Hooks},
	},
	sp_runtime::TokenError,
};

/// A CPT amount whose weight falls by whole planck per second on every segment of a 52-week
/// lock, so weights of its multiples are in exact proportion.
const UNIT: Balance = 234 * WEEK as Balance * 1_000_000;
const W0: Week = START / WEEK;

fn claim(who: AccountId) -> Balance {
	let before = Usdc::balance(&who);
	assert_ok!(Revenue::claim(RuntimeOrigin::signed(who)));
	Usdc::balance(&who) - before
}

/// Pays `amount` of revenue, all of it to stakers (so the amounts read plainly).
fn pay_stakers(amount: Balance) {
	let p = Permill::from_percent;
	CurrentSplit::<Test>::put(Split {
		stakers: p(100),
		operations: p(0),
		buy_back: p(0),
		team: p(0),
		foundation: p(0),
		reserve: p(0),
	});
	pay(RevenueSource::MarketFee, amount);
}

#[test]
fn lockers_share_a_week_by_their_weight_at_its_start() {
	test(|| {
		lock(1, 1_000 * UNIT, 52);
		lock(2, 3_000 * UNIT, 52);
		pay_stakers(4_000 * USDC);
		advance_to(START + WEEK + 1);
		// Account 3 joins in the middle of week 1: nothing for week 1.
		lock(3, 1_000_000 * CPT, 52);
		pay_stakers(8_000 * USDC);
		assert_noop!(Revenue::claim(RuntimeOrigin::signed(3)), Error::<Test>::NothingToClaim);
		advance_to(START + 2 * WEEK + 1);
		assert_eq!(ClosedUntil::<Test>::get(), W0 + 2);
		assert_eq!(claim(1), 1_000 * USDC + 2_000 * USDC);
		assert_eq!(claim(2), 3_000 * USDC + 6_000 * USDC);
		System::assert_last_event(
			Event::RewardsClaimed { who: 2, amount: 9_000 * USDC, from: W0, to: W0 + 2 }.into(),
		);
		assert_noop!(Revenue::claim(RuntimeOrigin::signed(3)), Error::<Test>::NothingToClaim);
		assert_noop!(Revenue::claim(RuntimeOrigin::signed(1)), Error::<Test>::NothingToClaim);
		assert_eq!(RewardPot::<Test>::get(), 0);
		// Week 2 carries all three lockers.
		pay_stakers(3_000 * USDC);
		advance_to(START + 3 * WEEK);
		let claims = claim(1) + claim(2) + claim(3);
		assert!(claims <= 3_000 * USDC && 3_000 * USDC - claims <= 3);
	});
}

#[test]
fn a_week_without_weight_rolls_its_rewards_forward() {
	test(|| {
		pay_stakers(900 * USDC);
		// Locking after the week began: no weight at its start.
		set_time(START + 10);
		lock(1, 1_000 * CPT, 10);
		advance_to(START + WEEK);
		System::assert_has_event(Event::RewardsRolledOver { week: W0, amount: 900 * USDC }.into());
		assert_eq!(WeekRewards::<Test>::get(W0), 0);
		assert_eq!(WeekRewards::<Test>::get(W0 + 1), 900 * USDC);
		advance_to(START + 2 * WEEK);
		// The only locker takes the whole week, less rounding.
		let paid = claim(1);
		assert!(paid <= 900 * USDC && 900 * USDC - paid <= 1);
	});
}

#[test]
fn claims_are_bounded_and_resume() {
	test(|| {
		lock(1, 1_000 * CPT, 20);
		for week in 0..6 {
			pay_stakers(100 * USDC);
			advance_to(START + (week + 1) * WEEK);
		}
		let first = claim(1);
		System::assert_last_event(
			Event::RewardsClaimed { who: 1, amount: first, from: W0, to: W0 + 4 }.into(),
		);
		let second = claim(1);
		System::assert_last_event(
			Event::RewardsClaimed { who: 1, amount: second, from: W0 + 4, to: W0 + 6 }.into(),
		);
		assert!(first + second <= 600 * USDC && 600 * USDC - first - second <= 6);
		assert!(first > 390 * USDC && second > 190 * USDC);
		assert_noop!(Revenue::claim(RuntimeOrigin::signed(1)), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn claim_errors() {
	test(|| {
		assert_noop!(Revenue::claim(RuntimeOrigin::signed(1)), Error::<Test>::NeverLocked);
		lock(1, 1_000 * CPT, 10);
		pay_stakers(100 * USDC);
		// The week has not finished.
		assert_noop!(Revenue::claim(RuntimeOrigin::signed(1)), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn a_claim_too_small_for_a_new_usdc_account_waits() {
	test(|| {
		lock(1, 1_000 * CPT, 10);
		advance_to(START + WEEK);
		pay_stakers(3_000);
		advance_to(START + 2 * WEEK);
		assert_noop!(Revenue::claim(RuntimeOrigin::signed(1)), TokenError::BelowMinimum);
		pay_stakers(30_000);
		advance_to(START + 3 * WEEK);
		assert!(claim(1) >= USDC_MIN);
	});
}

#[test]
fn weeks_close_only_once_vecpt_knows_their_start() {
	test(|| {
		lock(1, 1_000 * CPT, 10);
		advance_to(START + WEEK + 5);
		assert_eq!(ClosedUntil::<Test>::get(), W0 + 1);
		pay_stakers(100 * USDC);
		set_time(START + 3 * WEEK + 5);
		// The vote escrow has not reached week 2's start: week 1 closes, week 2 stays open.
		Revenue::on_initialize(System::block_number());
		assert_eq!(ClosedUntil::<Test>::get(), W0 + 2);
		next_block();
		assert_eq!(ClosedUntil::<Test>::get(), W0 + 3);
		assert_eq!(WeekRewards::<Test>::get(W0 + 1), 100 * USDC);
	});
}

#[test]
fn pending_rewards_and_apy() {
	test(|| {
		assert_eq!(Revenue::apy(), None);
		lock(1, 1_000 * CPT, 10);
		pay_stakers(10 * USDC);
		advance_to(START + WEEK);
		let (from, to, amount) = Revenue::claimable(&1, u32::MAX, false).unwrap();
		assert_eq!((from, to), (W0, W0 + 1));
		assert_eq!(claim(1), amount);
		// The pool prices CPT at 0.1 USDC: 1,000 CPT is worth 100 USDC; 10 USDC a week is
		// 520 USDC a year: 520%.
		let apy = Revenue::apy().unwrap();
		assert_eq!(apy, polkadot_sdk::sp_runtime::FixedU128::from_rational(520, 100));
	});
}
