use crate::{mock::*, *};
use polkadot_sdk::frame_support::{assert_noop, assert_ok, traits::fungible::Mutate as _};

mod advances;
mod holding;
mod invariants;
mod withdrawals;

pub(super) fn deposit(who: AccountId, amount: Balance) {
	assert_ok!(Pool::deposit(RuntimeOrigin::signed(who), amount));
}

/// Gives `who` USDC from the campaign's stock, keeping the supply as it was.
pub(super) fn fund(who: AccountId, amount: Balance) {
	assert_ok!(Usdc::transfer(&CAMPAIGN, &who, amount, Preservation::Preserve));
}

/// Advances `amount` to the campaign at no margin, due in a day; returns the advance's id.
pub(super) fn advance(amount: Balance) -> Result<u32, DispatchError> {
	Pool::advance(&CAMPAIGN, amount, 0, now() + DAY)
}

pub(super) fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Pool(e) = r.event { Some(e) } else { None })
		.collect()
}

#[test]
fn first_deposit_locks_shares_and_sets_the_rate_at_one() {
	test(|| {
		deposit(1, 1_000 * USDC);
		assert_eq!(shares(1), 1_000 * USDC - 1_000);
		assert_eq!(shares(Pool::account_id()), 1_000);
		assert_eq!(Pool::exchange_rate(), FixedU128::from_u32(1));
		deposit(2, 500 * USDC);
		assert_eq!(shares(2), 500 * USDC);
		assert_eq!(Pool::tvl(), 1_500 * USDC);
		assert_eq!(usdc(1), 999_000 * USDC);
	});
}

#[test]
fn bad_deposits_change_nothing() {
	test(|| {
		assert_noop!(
			Pool::deposit(RuntimeOrigin::signed(1), 10 * USDC - 1),
			Error::<Test>::BelowMinimum
		);
		// More than the account holds.
		assert!(Pool::deposit(RuntimeOrigin::signed(5), 10 * USDC).is_err());
		assert_eq!(Assets::total_supply(RUSDC_ID), 0);
	});
}

#[test]
fn donations_do_not_move_the_rate() {
	test(|| {
		deposit(1, 10 * USDC);
		// The attacker sends USDC straight to the pool's account to inflate the rate.
		assert_ok!(Usdc::transfer(&2, &Pool::account_id(), 100_000 * USDC, Preservation::Preserve));
		assert_eq!(Pool::exchange_rate(), FixedU128::from_u32(1));
		deposit(3, 10 * USDC);
		assert_eq!(shares(3), 10 * USDC);
	});
}

#[test]
fn profit_raises_the_rate_and_an_lp_withdraws_more_than_it_paid() {
	test(|| {
		deposit(1, 1_000 * USDC);
		deposit(2, 1_000 * USDC);
		assert_ok!(advance(1_000 * USDC));
		assert_eq!(Pool::utilisation(), Permill::from_percent(50));
		assert_ok!(Pool::settle(&CAMPAIGN, 0, 1_100 * USDC));
		// 10% of the 100 USDC profit to insurance (below its 10% target), 90 to the LPs.
		assert_eq!(InsuranceFund::<Test>::get(), 10 * USDC);
		assert_eq!(Pool::pool_value(), 2_090 * USDC);
		assert_eq!(
			events().last(),
			Some(&Event::AdvanceSettled {
				advance: 0,
				principal: 1_000 * USDC,
				paid: 1_100 * USDC,
				profit: 90 * USDC,
				to_insurance: 10 * USDC,
				loss: 0,
				covered: 0,
			})
		);
		let before = usdc(2);
		assert_ok!(Pool::withdraw(RuntimeOrigin::signed(2), 100 * USDC));
		// 100 shares of 2,000 are worth 104.5 USDC, rounded down.
		assert_eq!(usdc(2) - before, 104_500_000);
		assert!(Pool::apy() > FixedU128::zero());
	});
}

#[test]
fn the_insurance_fund_stops_at_its_target() {
	test(|| {
		deposit(1, 1_000 * USDC);
		InsuranceFund::<Test>::put(99 * USDC);
		assert_ok!(Usdc::transfer(&2, &Pool::account_id(), 99 * USDC, Preservation::Preserve));
		assert_ok!(advance(500 * USDC));
		assert_ok!(Pool::settle(&CAMPAIGN, 0, 600 * USDC));
		// The target is 10% of 1,000: only 1 USDC more goes to the fund.
		assert_eq!(InsuranceFund::<Test>::get(), 100 * USDC);
		assert_eq!(Pool::pool_value(), 1_099 * USDC);
	});
}

#[test]
fn losses_fall_on_the_insurance_fund_first() {
	test(|| {
		deposit(1, 1_000 * USDC);
		assert_ok!(advance(500 * USDC));
		assert_ok!(Pool::settle(&CAMPAIGN, 0, 700 * USDC));
		assert_eq!(InsuranceFund::<Test>::get(), 20 * USDC);
		assert_eq!(Pool::pool_value(), 1_180 * USDC);
		assert_ok!(advance(100 * USDC));
		assert_ok!(Pool::settle(&CAMPAIGN, 1, 50 * USDC));
		assert_eq!(InsuranceFund::<Test>::get(), 0);
		// 50 lost: 20 covered, 30 off the LPs' value.
		assert_eq!(Pool::pool_value(), 1_150 * USDC);
		assert_noop!(Pool::settle(&CAMPAIGN, 1, 1), Error::<Test>::UnknownAdvance);
	});
}

#[test]
fn advances_stay_within_the_cap_and_idle_cash() {
	test(|| {
		deposit(1, 1_000 * USDC);
		next_day();
		assert_noop!(advance(800 * USDC + 1), Error::<Test>::UtilisationCap);
		assert_ok!(advance(600 * USDC));
		assert_ok!(advance(200 * USDC));
		assert_noop!(advance(1), Error::<Test>::UtilisationCap);
		assert_eq!(Pool::utilisation(), Permill::from_percent(80));
		assert_ok!(Pool::settle(&CAMPAIGN, 0, 600 * USDC));
		assert_noop!(advance(800 * USDC + 1), Error::<Test>::InsufficientCash);
		// Returning cash goes to queued withdrawals first.
		assert_ok!(Pool::withdraw(RuntimeOrigin::signed(1), 500 * USDC));
		assert_eq!(QueuedShares::<Test>::get(), 500 * USDC);
		assert_noop!(advance(1), Error::<Test>::WithdrawalsQueued);
	});
}

#[test]
fn insurance_pays_dispute_awards_while_it_lasts() {
	test(|| {
		deposit(1, 1_000 * USDC);
		assert_ok!(advance(500 * USDC));
		assert_ok!(Pool::settle(&CAMPAIGN, 0, 600 * USDC));
		let before = usdc(5);
		assert_eq!(Pool::pay_claim(&5, 4 * USDC), 4 * USDC);
		assert_eq!(Pool::pay_claim(&5, 100 * USDC), 6 * USDC);
		assert_eq!(Pool::pay_claim(&5, 1), 0);
		assert_eq!(usdc(5) - before, 10 * USDC);
		assert_eq!(InsuranceFund::<Test>::get(), 0);
	});
}

#[test]
fn bad_withdrawals_change_nothing() {
	test(|| {
		deposit(1, 1_000 * USDC);
		assert_noop!(
			Pool::withdraw(RuntimeOrigin::signed(1), 0),
			Error::<Test>::InsufficientShares
		);
		assert_noop!(
			Pool::withdraw(RuntimeOrigin::signed(1), shares(1) + 1),
			Error::<Test>::InsufficientShares
		);
		assert_noop!(
			Pool::withdraw(RuntimeOrigin::signed(2), 1),
			Error::<Test>::InsufficientShares
		);
	});
}

#[test]
fn withdrawals_beyond_the_daily_limit_queue_and_are_served_in_order() {
	test(|| {
		for lp in LPS {
			deposit(lp, 1_000 * USDC);
		}
		next_day();
		// The day's limit is 10% of 4,000: 400 USDC.
		assert_ok!(Pool::withdraw(RuntimeOrigin::signed(1), 300 * USDC));
		assert_eq!(Throttle::<Test>::get().withdrawn, 300 * USDC);
		// 200 more would pass the limit: queued, with its amount fixed.
		assert_ok!(Pool::withdraw(RuntimeOrigin::signed(2), 200 * USDC));
		assert_eq!(Pool::queue_position(&2), Some((0, 200 * USDC, 200 * USDC)));
		assert_noop!(Pool::withdraw(RuntimeOrigin::signed(2), 1), Error::<Test>::AlreadyQueued);
		// With a queue, a small withdrawal waits its turn too.
		assert_ok!(Pool::withdraw(RuntimeOrigin::signed(3), 10 * USDC));
		assert_eq!(Pool::queue_position(&3), Some((1, 10 * USDC, 10 * USDC)));
		let before = usdc(2);
		next_block();
		// What is left of today's limit goes to the head, part of it.
		assert_eq!(usdc(2) - before, 100 * USDC);
		assert_eq!(Pool::queue_position(&2), Some((0, 100 * USDC, 100 * USDC)));
		next_block();
		assert_eq!(usdc(2) - before, 100 * USDC);
		next_day();
		next_block();
		assert_eq!(usdc(2) - before, 200 * USDC);
		assert_eq!(Pool::queue_position(&2), None);
		assert_eq!(Pool::queue_position(&3), None);
		assert_eq!(QueuedShares::<Test>::get(), 0);
	});
}

#[test]
fn a_run_on_the_pool_is_paid_in_order_as_cash_returns() {
	test(|| {
		for lp in LPS {
			deposit(lp, 1_000 * USDC);
		}
		assert_ok!(advance(3_000 * USDC));
		next_day();
		let owed: Vec<Balance> =
			LPS.iter().map(|lp| Pool::shares_value(shares(*lp)).unwrap()).collect();
		let before: Vec<Balance> = LPS.iter().map(|lp| usdc(*lp)).collect();
		for lp in LPS {
			assert_ok!(Pool::withdraw(RuntimeOrigin::signed(lp), shares(lp)));
		}
		assert_eq!(QueueTail::<Test>::get() - QueueHead::<Test>::get(), 4);
		assert_noop!(advance(1), Error::<Test>::WithdrawalsQueued);
		assert_ok!(Pool::settle(&CAMPAIGN, 0, 3_000 * USDC));
		next_block();
		// The first day pays 10% of the pool's value, to the head of the queue.
		assert_eq!(usdc(1) - before[0], 400 * USDC);
		let mut days = 0;
		while QueueHead::<Test>::get() != QueueTail::<Test>::get() {
			next_day();
			next_block();
			days += 1;
			assert!(days < 100, "the queue never empties");
		}
		for (i, lp) in LPS.iter().enumerate() {
			assert_eq!(usdc(*lp) - before[i], owed[i]);
		}
		// The locked shares keep what the first deposit left them; the rate is still 1.
		assert_eq!(Pool::pool_value(), 1_000);
		fund(5, 10 * USDC);
		deposit(5, 10 * USDC);
		assert_eq!(shares(5), 10 * USDC);
	});
}

#[test]
fn a_pool_that_lost_everything_takes_no_deposits() {
	test(|| {
		UtilisationCap::set(Permill::one());
		deposit(1, 1_000 * USDC);
		assert_ok!(advance(1_000 * USDC));
		assert_ok!(Pool::settle(&CAMPAIGN, 0, 0));
		assert_noop!(
			Pool::deposit(RuntimeOrigin::signed(2), 10 * USDC),
			Error::<Test>::PoolInsolvent
		);
		assert_noop!(Pool::withdraw(RuntimeOrigin::signed(1), 1), Error::<Test>::TooSmall);
	});
}

#[test]
fn the_queue_has_a_bound() {
	test(|| {
		deposit(1, 100_000 * USDC);
		assert_ok!(advance(80_000 * USDC));
		for lp in 100..108 {
			Balances::set_balance(&lp, 1_000);
			fund(lp, 100 * USDC);
			deposit(lp, 100 * USDC);
		}
		assert_ok!(Pool::withdraw(RuntimeOrigin::signed(1), 30_000 * USDC));
		for lp in 100..107 {
			assert_ok!(Pool::withdraw(RuntimeOrigin::signed(lp), 10 * USDC));
		}
		assert_noop!(
			Pool::withdraw(RuntimeOrigin::signed(107), 10 * USDC),
			Error::<Test>::QueueFull
		);
	});
}
