//! Attacks on the withdrawal throttle and the queue, each through the pool's calls.

use super::*;
use polkadot_sdk::sp_runtime::TokenError;

fn withdraw(who: AccountId, shares: Balance) {
	assert_ok!(Pool::withdraw(RuntimeOrigin::signed(who), shares));
}

fn queue_is_empty() -> bool {
	QueueHead::<Test>::get() == QueueTail::<Test>::get()
}

#[test]
fn round_trips_through_the_pool_use_none_of_the_days_allowance() {
	test(|| {
		deposit(1, 900_000 * USDC);
		deposit(2, 100_000 * USDC);
		next_day();
		let allowance = Pool::throttle().remaining();
		assert_eq!(allowance, 100_000 * USDC);
		// `batch_all([deposit(10k), withdraw(all)] × 10)`: gross, that is the day's allowance.
		for _ in 0..10 {
			let before = shares(3);
			deposit(3, 10_000 * USDC);
			withdraw(3, shares(3) - before);
		}
		assert!(queue_is_empty());
		assert_eq!(Pool::throttle().remaining(), allowance);
		// An honest LP is still paid at once.
		let before = usdc(2);
		withdraw(2, 1_000 * USDC);
		assert_eq!(usdc(2) - before, 1_000 * USDC);
		assert!(queue_is_empty());
	});
}

#[test]
fn the_allowance_limits_net_outflow() {
	test(|| {
		deposit(1, 4_000 * USDC);
		next_day();
		// 10% of 4,000, plus today's deposits.
		deposit(2, 500 * USDC);
		assert_eq!(Pool::throttle().remaining(), 900 * USDC);
		withdraw(1, 900 * USDC);
		assert_eq!(Throttle::<Test>::get().withdrawn, 900 * USDC);
		assert_eq!(Pool::throttle().remaining(), 0);
		withdraw(2, 1);
		assert_eq!(Pool::queue_position(&2), Some((0, 1, 1)));
	});
}

#[test]
fn dust_in_the_queue_does_not_stop_advances() {
	test(|| {
		deposit(1, 1_000_000 * USDC);
		deposit(2, 100 * USDC);
		deposit(3, 100_000 * USDC);
		next_day();
		// LP 1 takes the day's allowance, 10% of 1,100,100 USDC; LP 2 queues 1 USDC behind it.
		withdraw(1, 110_010 * USDC);
		withdraw(2, USDC);
		assert_eq!(Pool::queue_position(&2), Some((0, USDC, USDC)));
		// Within 1% of the allowance: the advance goes ahead, leaving the queue's cash idle.
		UtilisationCap::set(Permill::one());
		let cash = Cash::<Test>::get();
		assert_noop!(advance(cash - USDC + 1), Error::<Test>::InsufficientCash);
		assert_ok!(advance(500_000 * USDC));
		// A queue worth more than that holds the next advance back.
		withdraw(3, 1_101 * USDC);
		assert_noop!(advance(USDC), Error::<Test>::WithdrawalsQueued);
		next_day();
		next_block();
		assert!(queue_is_empty());
		assert_ok!(advance(USDC));
	});
}

#[test]
fn an_account_the_queue_cannot_pay_stops_nobody_behind_it() {
	test(|| {
		for lp in [1, 2, 3] {
			deposit(lp, 1_000 * USDC);
		}
		next_day();
		withdraw(1, 300 * USDC);
		// LP 2 queues less than USDC's minimum balance and empties its USDC account.
		withdraw(2, USDC_MIN / 2);
		assert_ok!(Usdc::transfer(&2, &5, usdc(2), Preservation::Expendable));
		assert_eq!(usdc(2), 0);
		withdraw(3, 100 * USDC);
		assert_eq!(Pool::queue_position(&3).map(|(ahead, ..)| ahead), Some(1));
		let before = usdc(3);
		next_day();
		next_block();
		assert_eq!(usdc(3) - before, 100 * USDC);
		assert!(queue_is_empty());
		assert_eq!(Unclaimed::<Test>::get(2), Some(USDC_MIN / 2));
		assert!(events().iter().any(|e| matches!(
			e,
			Event::WithdrawalUnpaid { who: 2, amount, .. } if *amount == USDC_MIN / 2
		)));
		// The claim waits until LP 2 can receive it; a claim that fails changes nothing.
		assert_noop!(Pool::claim(RuntimeOrigin::signed(2)), TokenError::BelowMinimum);
		fund(2, USDC);
		assert_ok!(Pool::claim(RuntimeOrigin::signed(2)));
		assert_eq!(usdc(2), USDC + USDC_MIN / 2);
		assert_eq!(events().last(), Some(&Event::Claimed { who: 2, amount: USDC_MIN / 2 }));
		assert_eq!(UnclaimedTotal::<Test>::get(), 0);
		assert_noop!(Pool::claim(RuntimeOrigin::signed(2)), Error::<Test>::NothingToClaim);
	});
}
