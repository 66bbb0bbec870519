use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{LockableCurrency, WithdrawReasons},
	},
	sp_runtime::TokenError,
};

fn send(from: AccountId, amount: Balance) -> polkadot_sdk::sp_runtime::DispatchResult {
	Balances::transfer_keep_alive(RuntimeOrigin::signed(from), 9, amount)
}

/// Attack on SPEC section 2: a private-sale holder sells its whole allocation the day it
/// unlocks. It moves at most 5% of its allocation a day, by any call.
#[test]
fn a_holder_moves_at_most_five_percent_of_its_allocation_a_day() {
	test(|| {
		block_at(START);
		assert_eq!(SaleLimits::allowance(&1), Some(50 * CPT));
		assert_noop!(send(1, 50 * CPT + 1), TokenError::Frozen);
		assert_ok!(send(1, 30 * CPT));
		assert_ok!(send(1, 20 * CPT));
		assert_noop!(send(1, 1), TokenError::Frozen);
		assert_eq!(SaleLimits::allowance(&1), Some(0));
		// Later the same day: nothing more. The next day: another 5%.
		block_at(START + DAY - 1);
		assert_noop!(send(1, 1), TokenError::Frozen);
		block_at(START + DAY);
		assert_eq!(SaleLimits::allowance(&1), Some(50 * CPT));
		assert_ok!(send(1, 50 * CPT));
		// CPT it receives during the day is its own to move.
		assert_ok!(Balances::transfer_keep_alive(RuntimeOrigin::signed(3), 1, 10 * CPT));
		assert_ok!(send(1, 10 * CPT));
		// Accounts that are no holders are not limited.
		assert_eq!(SaleLimits::allowance(&3), None);
		assert_ok!(send(3, 900 * CPT));
	});
}

/// The limit and a vesting lock overlap: the holder moves what both allow.
#[test]
fn the_limit_and_vesting_both_apply() {
	test(|| {
		// 960 of holder 1's 1,000 CPT are still vesting: only 40 are free, below the 50 a day.
		Balances::set_lock(*b"vesting ", &1, 960 * CPT, WithdrawReasons::all());
		block_at(START);
		assert_noop!(send(1, 40 * CPT + 1), TokenError::Frozen);
		assert_ok!(send(1, 40 * CPT));
		// A holder below its daily share keeps no freeze.
		block_at(START + DAY);
		assert_eq!(SaleLimits::allowance(&2), Some(5 * CPT));
	});
}

#[test]
fn limits_renew_once_a_day_for_every_holder() {
	test(|| {
		block_at(START);
		assert!(System::events()
			.iter()
			.any(|e| e.event == Event::LimitsRenewed { day: START / DAY, holders: 2 }.into()));
		assert_eq!(LimitDay::<Test>::get(), Some(START / DAY));
		System::reset_events();
		block_at(START + 600);
		assert!(System::events().is_empty(), "nothing renews within the day");
		// A holder's allowance does not carry over: an unused day is lost.
		block_at(START + 2 * DAY);
		assert_eq!(SaleLimits::allowance(&1), Some(50 * CPT));
	});
}
