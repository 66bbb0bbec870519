//! The holding period: new rUSDC can be neither withdrawn nor moved until it has passed.

use super::*;
use polkadot_sdk::pallet_assets;

const HOUR: Moment = 3_600;

fn move_shares(from: AccountId, to: AccountId, shares: Balance) -> DispatchResult {
	Assets::transfer(RuntimeOrigin::signed(from), RUSDC_ID, to, shares)
}

/// Attack: `batch_all([deposit(D), group_buy.finalise(c), withdraw(shares)])` around the call
/// that repays an advance, or the same with USDC borrowed for the block. The withdrawal is
/// refused, and so is moving the shares to an account that would withdraw them (the assets
/// pallet's transfer answers `BalanceLow` for frozen funds).
#[test]
fn new_shares_can_be_neither_withdrawn_nor_moved_until_the_holding_period_passes() {
	test(|| {
		hold_for(HOUR);
		deposit(1, 10_000 * USDC);
		let id = Pool::advance(&CAMPAIGN, 1_000 * USDC, 100 * USDC, now() + 10).unwrap();
		set_time(now() + 10);
		deposit(2, 5_000 * USDC);
		assert_eq!(
			events().last(),
			Some(&Event::Deposited {
				who: 2,
				amount: 5_000 * USDC,
				shares: shares(2),
				held_until: now() + HOUR,
			})
		);
		assert_ok!(Pool::settle(&CAMPAIGN, id, 1_100 * USDC));
		assert_noop!(
			Pool::withdraw(RuntimeOrigin::signed(2), shares(2)),
			Error::<Test>::SharesTooNew
		);
		assert_noop!(move_shares(2, 3, shares(2)), pallet_assets::Error::<Test>::BalanceLow);
		assert_noop!(move_shares(2, 3, 1), pallet_assets::Error::<Test>::BalanceLow);
		// A second before the end, still held; at the end, free.
		set_time(now() + HOUR - 1);
		assert_noop!(Pool::withdraw(RuntimeOrigin::signed(2), 1), Error::<Test>::SharesTooNew);
		set_time(now() + 1);
		let (before, held) = (usdc(2), shares(2));
		assert_ok!(Pool::withdraw(RuntimeOrigin::signed(2), held));
		// The repayment an hour ago was not hers: she gets back what she paid, to the rounding.
		assert!(usdc(2) - before <= 5_000 * USDC);
		assert!(FreshShares::<Test>::get(2).is_none(), "the expired record is dropped");
	});
}

#[test]
fn a_deposit_restarts_the_wait_only_for_shares_still_held() {
	test(|| {
		hold_for(HOUR);
		deposit(1, 1_000 * USDC);
		let first = shares(1);
		set_time(now() + HOUR);
		deposit(1, 500 * USDC);
		let second = shares(1) - first;
		assert_eq!(Pool::fresh_shares(&1), second, "the first deposit's shares are free");
		// The free shares move and withdraw; one more than them does not.
		assert_ok!(move_shares(1, 3, first / 2));
		assert_ok!(Pool::withdraw(RuntimeOrigin::signed(1), first - first / 2));
		assert_noop!(Pool::withdraw(RuntimeOrigin::signed(1), 1), Error::<Test>::SharesTooNew);
		assert_noop!(move_shares(1, 3, 1), pallet_assets::Error::<Test>::BalanceLow);
		// Half-way through, a third deposit: all fresh shares wait a full hour from now.
		set_time(now() + HOUR / 2);
		deposit(1, 500 * USDC);
		assert_eq!(shares(1), Pool::fresh_shares(&1));
		assert_eq!(FreshShares::<Test>::get(1).map(|f| f.until), Some(now() + HOUR));
		set_time(now() + HOUR - 1);
		assert_noop!(Pool::withdraw(RuntimeOrigin::signed(1), 1), Error::<Test>::SharesTooNew);
		set_time(now() + 1);
		assert_eq!(Pool::fresh_shares(&1), 0);
		assert_ok!(Pool::withdraw(RuntimeOrigin::signed(1), shares(1)));
	});
}

#[test]
fn an_expired_record_goes_with_its_account() {
	test(|| {
		hold_for(HOUR);
		deposit(1, 1_000 * USDC);
		// While it is held, the account cannot be emptied.
		assert_noop!(move_shares(1, 3, shares(1)), pallet_assets::Error::<Test>::BalanceLow);
		set_time(now() + HOUR);
		assert!(FreshShares::<Test>::get(1).is_some());
		assert_ok!(move_shares(1, 3, shares(1)));
		assert_eq!(shares(1), 0);
		assert!(FreshShares::<Test>::get(1).is_none(), "dropped when the rUSDC account went");
		// The receiver's shares were never fresh: they withdraw at once.
		assert_ok!(Pool::withdraw(RuntimeOrigin::signed(3), shares(3)));
	});
}

#[test]
fn with_no_holding_period_nothing_is_recorded() {
	test(|| {
		deposit(1, 1_000 * USDC);
		assert!(FreshShares::<Test>::get(1).is_none());
		assert_ok!(Pool::withdraw(RuntimeOrigin::signed(1), shares(1)));
	});
}
