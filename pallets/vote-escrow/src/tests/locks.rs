//! Locking, its errors, the freeze, past weights and totals, catching up.

use crate::{
	curve::{weight, SPEC_KNOTS},
	mock::*,
	*,
};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::fungible::InspectFreeze},
	sp_runtime::{DispatchError, Permill, TokenError},
};

fn frozen(who: AccountId) -> Balance {
	Balances::balance_frozen(&FreezeReason::VoteLock.into(), &who)
}

fn lock(who: AccountId, amount: Balance, weeks: Moment) {
	assert_ok!(VoteEscrow::create_lock(RuntimeOrigin::signed(who), amount, now() + weeks * WEEK));
}

#[test]
fn create_lock_freezes_and_rounds_the_end_down() {
	test(|| {
		set_time(START + 3 * 86_400);
		assert_ok!(VoteEscrow::create_lock(
			RuntimeOrigin::signed(1),
			500 * CPT,
			START + 10 * WEEK + 5
		));
		assert_eq!(
			Locks::<Test>::get(1),
			Some(Lock { amount: 500 * CPT, end: START + 10 * WEEK, curve: 0 })
		);
		assert_eq!(frozen(1), 500 * CPT);
		assert_eq!(TotalLocked::<Test>::get(), 500 * CPT);
		System::assert_last_event(
			Event::Locked { who: 1, amount: 500 * CPT, end: START + 10 * WEEK }.into(),
		);
		// Frozen CPT cannot leave.
		assert_noop!(
			Balances::transfer_allow_death(RuntimeOrigin::signed(1), 2, 9_999_600 * CPT),
			TokenError::Frozen
		);
	});
}

#[test]
fn create_lock_errors() {
	test(|| {
		let o = RuntimeOrigin::signed;
		assert_noop!(VoteEscrow::create_lock(o(1), 0, START + WEEK), Error::<Test>::ZeroAmount);
		// Rounded down, less than a week away.
		set_time(START + 1);
		assert_noop!(
			VoteEscrow::create_lock(o(1), CPT, START + 2 * WEEK - 1),
			Error::<Test>::EndTooSoon
		);
		assert_noop!(
			VoteEscrow::create_lock(o(1), CPT, START + 210 * WEEK),
			Error::<Test>::EndTooLate
		);
		assert_noop!(
			VoteEscrow::create_lock(o(1), 10_000_001 * CPT, START + 3 * WEEK),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			VoteEscrow::create_lock(o(50), CPT, START + 3 * WEEK),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(VoteEscrow::create_lock(o(1), CPT, START + 208 * WEEK));
		assert_noop!(
			VoteEscrow::create_lock(o(1), CPT, START + 3 * WEEK),
			Error::<Test>::AlreadyLocked
		);
	});
}

#[test]
fn increase_amount_keeps_the_end() {
	test(|| {
		lock(1, 100 * CPT, 52);
		let before = VoteEscrow::weight(&1);
		assert_ok!(VoteEscrow::increase_amount(RuntimeOrigin::signed(1), 300 * CPT));
		assert_eq!(Locks::<Test>::get(1).unwrap().amount, 400 * CPT);
		assert_eq!(frozen(1), 400 * CPT);
		// Four times the amount, four times the weight (to the planck per second of rounding).
		assert!(VoteEscrow::weight(&1).abs_diff(4 * before) < 4 * 52 * WEEK as Balance);
		System::assert_last_event(
			Event::AmountIncreased { who: 1, added: 300 * CPT, amount: 400 * CPT }.into(),
		);
		let o = RuntimeOrigin::signed;
		assert_noop!(VoteEscrow::increase_amount(o(1), 0), Error::<Test>::ZeroAmount);
		assert_noop!(VoteEscrow::increase_amount(o(2), CPT), Error::<Test>::NoLock);
		assert_noop!(
			VoteEscrow::increase_amount(o(1), 10_000_000 * CPT),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(VoteEscrow::increase_amount(o(1), Balance::MAX), Error::<Test>::Overflow);
		advance_to(START + 52 * WEEK);
		assert_noop!(VoteEscrow::increase_amount(o(1), CPT), Error::<Test>::LockExpired);
	});
}

#[test]
fn extend_lock_moves_the_end_and_the_curve() {
	test(|| {
		lock(1, 100 * CPT, 4);
		let o = RuntimeOrigin::signed;
		assert_noop!(
			VoteEscrow::extend_lock(o(1), START + 4 * WEEK + 100),
			Error::<Test>::EndNotLater
		);
		assert_noop!(VoteEscrow::extend_lock(o(1), START + 209 * WEEK), Error::<Test>::EndTooLate);
		assert_noop!(VoteEscrow::extend_lock(o(2), START + 9 * WEEK), Error::<Test>::NoLock);
		let linear = vec![crate::curve::Knot { weeks: 104, multiplier: 2_000_000 }];
		assert_ok!(VoteEscrow::set_curve(RuntimeOrigin::root(), linear.try_into().unwrap()));
		System::assert_last_event(Event::CurveSet { version: 1 }.into());
		assert_eq!(Locks::<Test>::get(1).unwrap().curve, 0);
		assert_ok!(VoteEscrow::extend_lock(o(1), START + 52 * WEEK));
		assert_eq!(
			Locks::<Test>::get(1),
			Some(Lock { amount: 100 * CPT, end: START + 52 * WEEK, curve: 1 })
		);
		System::assert_last_event(Event::LockExtended { who: 1, end: START + 52 * WEEK }.into());
		// 2 × 52/104 = 1.0 per CPT under the new curve.
		assert!(
			VoteEscrow::weight(&1) <= 100 * CPT && 100 * CPT - VoteEscrow::weight(&1) < 1 << 40
		);
		// The new curve's longest lock is 104 weeks.
		assert_noop!(VoteEscrow::extend_lock(o(1), START + 105 * WEEK), Error::<Test>::EndTooLate);
		advance_to(START + 52 * WEEK);
		assert_noop!(VoteEscrow::extend_lock(o(1), START + 60 * WEEK), Error::<Test>::LockExpired);
	});
}

#[test]
fn withdraw_after_expiry_only() {
	test(|| {
		lock(1, 100 * CPT, 2);
		let o = RuntimeOrigin::signed;
		assert_noop!(VoteEscrow::withdraw(o(1)), Error::<Test>::NotExpired);
		assert_noop!(VoteEscrow::withdraw(o(2)), Error::<Test>::NoLock);
		advance_to(START + WEEK);
		advance_to(START + 2 * WEEK);
		assert_eq!(VoteEscrow::weight(&1), 0);
		assert_eq!(VoteEscrow::total_at(now()), 0);
		assert_ok!(VoteEscrow::withdraw(o(1)));
		assert_eq!(frozen(1), 0);
		assert_eq!(Locks::<Test>::get(1), None);
		assert_eq!(TotalLocked::<Test>::get(), 0);
		System::assert_last_event(Event::Withdrawn { who: 1, amount: 100 * CPT }.into());
		// A new lock after a withdrawal.
		lock(1, 10 * CPT, 1);
		assert_eq!(frozen(1), 10 * CPT);
	});
}

#[test]
fn admin_calls_need_the_admin_origin_and_valid_input() {
	test(|| {
		let knots = vec![crate::curve::Knot { weeks: 10, multiplier: 5 }];
		assert_noop!(
			VoteEscrow::set_curve(RuntimeOrigin::signed(1), knots.clone().try_into().unwrap()),
			DispatchError::BadOrigin
		);
		let bad = vec![crate::curve::Knot { weeks: 0, multiplier: 5 }];
		assert_noop!(
			VoteEscrow::set_curve(RuntimeOrigin::root(), bad.try_into().unwrap()),
			Error::<Test>::BadCurve
		);
		assert_noop!(
			VoteEscrow::set_curve(RuntimeOrigin::root(), Default::default()),
			Error::<Test>::BadCurve
		);
		let mut tiers = spec_tiers(CPT).to_vec();
		tiers.swap(0, 1);
		assert_noop!(
			VoteEscrow::set_tiers(RuntimeOrigin::root(), tiers.clone().try_into().unwrap()),
			Error::<Test>::BadTiers
		);
		assert_noop!(
			VoteEscrow::set_tiers(RuntimeOrigin::signed(1), Default::default()),
			DispatchError::BadOrigin
		);
		tiers.swap(0, 1);
		tiers.pop();
		assert_ok!(VoteEscrow::set_tiers(RuntimeOrigin::root(), tiers.clone().try_into().unwrap()));
		assert_eq!(Tiers::<Test>::get().into_inner(), tiers);
		System::assert_last_event(Event::TiersSet.into());
	});
}

#[test]
fn discount_and_boost_follow_the_weight_tiers() {
	use cyberplaza_primitives::VoteWeight;
	test(|| {
		// 1,000 CPT for 52 weeks: just under 1,000 veCPT, so no tier; 1,001 CPT: the first.
		lock(1, 1_000 * CPT, 52);
		lock(2, 1_001 * CPT, 52);
		lock(3, 200_000 * CPT, 208);
		assert_eq!(<VoteEscrow as VoteWeight<_, _>>::discount(&1), Permill::zero());
		assert_eq!(<VoteEscrow as VoteWeight<_, _>>::discount(&2), Permill::from_percent(5));
		assert_eq!(<VoteEscrow as VoteWeight<_, _>>::discount(&3), Permill::from_percent(15));
		assert_eq!(
			<VoteEscrow as VoteWeight<_, _>>::visibility_boost(&3),
			Permill::from_percent(20)
		);
		assert_eq!(<VoteEscrow as VoteWeight<_, _>>::discount(&4), Permill::zero());
		let info = VoteEscrow::lock_info(&2).unwrap();
		assert_eq!((info.amount, info.discount), (1_001 * CPT, Permill::from_percent(5)));
	});
}

#[test]
fn past_weights_and_totals_come_from_the_history() {
	use cyberplaza_primitives::VoteWeight;
	test(|| {
		lock(1, 1_000 * CPT, 10);
		let t1 = now();
		let w1 = VoteEscrow::weight(&1);
		advance_to(START + WEEK + 100);
		lock(2, 2_000 * CPT, 20);
		assert_ok!(VoteEscrow::increase_amount(RuntimeOrigin::signed(1), 1_000 * CPT));
		let t2 = now();
		let (a2, b2) = (VoteEscrow::weight(&1), VoteEscrow::weight(&2));
		advance_to(START + 5 * WEEK);
		advance_to(START + 5 * WEEK + 77);
		assert_eq!(VoteEscrow::weight_at(&1, t1), w1);
		assert_eq!(VoteEscrow::weight_at(&2, t1), 0);
		assert_eq!(VoteEscrow::weight_at(&1, t2), a2);
		let first_lock = |t: Moment| weight(1_000 * CPT, START + 10 * WEEK - t, &SPEC_KNOTS, WEEK);
		assert_eq!(VoteEscrow::weight_at(&1, t2 - 1), first_lock(t2 - 1));
		assert_eq!(VoteEscrow::total_at(t1), w1);
		assert_eq!(VoteEscrow::total_at(t2), a2 + b2);
		assert_eq!(VoteEscrow::total_at(t1 - 1), 0);
		for week in 0..6u64 {
			let time = START + week * WEEK;
			let sum = VoteEscrow::weight_at(&1, time) + VoteEscrow::weight_at(&2, time);
			assert_eq!(VoteEscrow::total_at(time), sum);
			assert_eq!(<VoteEscrow as VoteWeight<_, _>>::total_at_week(time / WEEK), Some(sum));
		}
		assert_eq!(<VoteEscrow as VoteWeight<_, _>>::first_week(&1), Some(START / WEEK));
		assert_eq!(<VoteEscrow as VoteWeight<_, _>>::first_week(&2), Some(START / WEEK + 2));
		assert_eq!(<VoteEscrow as VoteWeight<_, _>>::first_week(&3), None);
		// Week 6 has not been reached.
		assert_eq!(<VoteEscrow as VoteWeight<_, _>>::total_at_week(START / WEEK + 6), None);
		// The future is extrapolated through the scheduled changes, to zero at the last end.
		assert_eq!(VoteEscrow::total_at(START + 30 * WEEK), 0);
		// Account 2's lock ends at START + 21 weeks; account 1's has ended.
		let later = START + 15 * WEEK;
		assert_eq!(VoteEscrow::total_at(later), weight(2_000 * CPT, 6 * WEEK, &SPEC_KNOTS, WEEK));
	});
}

#[test]
fn several_changes_in_one_block_share_a_point() {
	test(|| {
		lock(1, 100 * CPT, 10);
		lock(2, 100 * CPT, 10);
		assert_ok!(VoteEscrow::increase_amount(RuntimeOrigin::signed(1), CPT));
		assert_eq!(PointCount::<Test>::get(), 1);
		assert_eq!(HistoryLen::<Test>::get(1), 1);
		assert_eq!(VoteEscrow::total_at(now()), VoteEscrow::weight(&1) + VoteEscrow::weight(&2));
	});
}

#[test]
fn a_stall_is_caught_up_a_few_weeks_per_block() {
	test(|| {
		lock(1, 1_000 * CPT, 100);
		// Ten weeks without blocks: `on_initialize` catches up four boundaries per block.
		set_time(START + 10 * WEEK + 5);
		let expected = VoteEscrow::total_at(now());
		assert_noop!(
			VoteEscrow::create_lock(RuntimeOrigin::signed(2), CPT, START + 20 * WEEK),
			Error::<Test>::CatchingUp
		);
		for _ in 0..2 {
			advance_to(START + 10 * WEEK + 5);
		}
		assert_noop!(
			VoteEscrow::create_lock(RuntimeOrigin::signed(2), CPT, START + 20 * WEEK),
			Error::<Test>::CatchingUp
		);
		advance_to(START + 10 * WEEK + 5);
		assert_ok!(VoteEscrow::create_lock(RuntimeOrigin::signed(2), CPT, START + 20 * WEEK));
		assert_eq!(VoteEscrow::total_at(now()), expected + VoteEscrow::weight(&2));
		// One point per boundary, then the lock's.
		assert_eq!(PointCount::<Test>::get(), 12);
	});
}

/// Attack: CPT that a vesting schedule still locks is locked again as veCPT (freezes and
/// locks overlap), so team and private-sale allocations vote before they vest. Only
/// transferable CPT can be locked; as the schedule releases CPT, it can.
#[test]
fn cpt_still_vesting_cannot_be_vote_locked() {
	use polkadot_sdk::frame_support::traits::{LockableCurrency, WithdrawReasons};
	test(|| {
		// Account 1 holds 10M CPT, 9M of them still vesting.
		Balances::set_lock(*b"vesting ", &1, 9_000_000 * CPT, WithdrawReasons::all());
		let o = RuntimeOrigin::signed;
		let end = START + 52 * WEEK;
		assert_noop!(
			VoteEscrow::create_lock(o(1), 1_000_000 * CPT + 1, end),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(VoteEscrow::create_lock(o(1), 1_000_000 * CPT, end));
		assert_noop!(VoteEscrow::increase_amount(o(1), 1), Error::<Test>::InsufficientBalance);
		// Half a million vests: that much more can be locked, and not a planck beyond.
		Balances::set_lock(*b"vesting ", &1, 8_500_000 * CPT, WithdrawReasons::all());
		assert_noop!(
			VoteEscrow::increase_amount(o(1), 500_000 * CPT + 1),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(VoteEscrow::increase_amount(o(1), 500_000 * CPT));
		assert_eq!(frozen(1), 1_500_000 * CPT);
	});
}
