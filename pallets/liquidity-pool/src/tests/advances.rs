//! Advances: their margin accrues into the pool's value over their life, so that nobody earns it
//! by holding the pool only when it is repaid.

use super::*;

fn lend(amount: Balance, margin: Balance, due: Moment) -> u32 {
	Pool::advance(&CAMPAIGN, amount, margin, due).expect("the pool can advance")
}

/// 1,000 USDC advanced at 100 of margin for 10 days: the LPs' 90 (the fund's 10% cut left out)
/// accrue day by day, and the repayment moves the LPs' value not at all.
#[test]
fn the_margin_accrues_over_the_advance_and_its_repayment_moves_nothing() {
	test(|| {
		deposit(1, 10_000 * USDC);
		let due = now() + 10 * DAY;
		let a = lend(1_000 * USDC, 100 * USDC, due);
		assert_eq!(Advances::<Test>::get()[0].margin, 90 * USDC);
		assert_eq!(Pool::pool_value(), 10_000 * USDC);
		set_time(now() + 5 * DAY);
		assert_eq!(Pool::pool_value(), 10_045 * USDC);
		set_time(due + DAY);
		assert_eq!(Pool::pool_value(), 10_090 * USDC);
		assert_ok!(Pool::settle(&CAMPAIGN, a, 1_100 * USDC));
		assert_eq!(Pool::pool_value(), 10_090 * USDC);
		assert_eq!(InsuranceFund::<Test>::get(), 10 * USDC);
		assert!(Advances::<Test>::get().is_empty());
	});
}

/// Attack: `batch_all([deposit(D), <the group buy repays>, withdraw(shares)])` used to take
/// D / (V + D) of the margin. The margin has accrued by the time the advance falls due: the
/// flash LP gets back no more than it paid in.
#[test]
fn a_deposit_around_the_repayment_earns_nothing_of_the_margin() {
	test(|| {
		deposit(1, 10_000 * USDC);
		let due = now() + 10 * DAY;
		let a = lend(1_000 * USDC, 100 * USDC, due);
		set_time(due);
		let before = usdc(2);
		deposit(2, 10_000 * USDC);
		assert_ok!(Pool::settle(&CAMPAIGN, a, 1_100 * USDC));
		assert_ok!(Pool::withdraw(RuntimeOrigin::signed(2), shares(2)));
		assert!(usdc(2) <= before, "the flash LP gained {}", usdc(2) - before);
		// The LP who carried the advance keeps its margin.
		assert!(Pool::shares_value(shares(1)).unwrap() >= 10_089 * USDC);
	});
}

#[test]
fn advances_are_due_later_are_bounded_and_settled_once() {
	test(|| {
		deposit(1, 10_000 * USDC);
		assert_noop!(Pool::advance(&CAMPAIGN, 100 * USDC, USDC, now()), Error::<Test>::DueTooSoon);
		for _ in 0..4 {
			lend(100 * USDC, USDC, now() + DAY);
		}
		assert_noop!(
			Pool::advance(&CAMPAIGN, 100 * USDC, USDC, now() + DAY),
			Error::<Test>::TooManyAdvances
		);
		assert_noop!(Pool::settle(&CAMPAIGN, 4, 100 * USDC), Error::<Test>::UnknownAdvance);
		assert_ok!(Pool::settle(&CAMPAIGN, 2, 100 * USDC));
		assert_noop!(Pool::settle(&CAMPAIGN, 2, 100 * USDC), Error::<Test>::UnknownAdvance);
		// Settling one frees its slot.
		assert_eq!(lend(100 * USDC, USDC, now() + DAY), 4);
		assert_eq!(Advanced::<Test>::get(), 400 * USDC);
	});
}
