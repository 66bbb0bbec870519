//! The combine rule through `Oracle.feed_values`, as feeders call it.

use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, BoundedVec},
	pallet_oracle,
};

fn price(text: &str) -> FixedU128 {
	combine::parse_decimal(text).unwrap()
}

fn feed(
	feeder: u8,
	key: PriceKey,
	value: &str,
) -> polkadot_sdk::frame_support::dispatch::DispatchResultWithPostInfo {
	let values = BoundedVec::truncate_from(vec![(key, price(value))]);
	Oracle::feed_values(RuntimeOrigin::signed(account(feeder)), values)
}

fn aws() -> PriceKey {
	offchain::parse_key("aws/us-east-1/p4d.24xlarge").unwrap()
}

#[test]
fn seven_honest_feeders_outvote_an_outlier() {
	new_test_ext().execute_with(|| {
		let honest = ["32.77", "32.80", "32.70", "32.90", "32.60", "32.77", "33.00"];
		// The outlier feeds first; it never counts.
		assert_ok!(feed(8, aws(), "99.00"));
		for (i, v) in honest.iter().enumerate() {
			assert_eq!(PriceOracle::fresh_price(&aws()), None, "not yet seven");
			assert_ok!(feed(i as u8 + 1, aws(), v));
		}
		assert_eq!(PriceOracle::fresh_price(&aws()), Some(price("32.77")));
		// Six reports of too few agreeing came before the seventh honest feed.
		let insufficient =
			events().into_iter().filter(|e| matches!(e, Event::FeedsInsufficient { .. })).count();
		assert_eq!(insufficient, 7);
	});
}

#[test]
fn with_six_fresh_feeds_the_previous_value_stands_and_an_event_says_so() {
	new_test_ext().execute_with(|| {
		for i in 1..=7 {
			assert_ok!(feed(i, PriceKey::CptUsd, "0.10"));
		}
		assert_eq!(PriceOracle::fresh_price(&PriceKey::CptUsd), Some(price("0.10")));
		// 50 minutes later six feeders report 0.12; the seventh's 0.10 is still fresh but 16.7%
		// off the new median, so only six agree.
		next_block(50 * 60_000);
		System::reset_events();
		for i in 1..=6 {
			assert_ok!(feed(i, PriceKey::CptUsd, "0.12"));
		}
		assert_eq!(PriceOracle::fresh_price(&PriceKey::CptUsd), Some(price("0.10")));
		assert_eq!(
			events().last(),
			Some(&Event::FeedsInsufficient { key: PriceKey::CptUsd, fresh: 7, agreeing: 6 })
		);
		// The seventh agrees: the new value.
		assert_ok!(feed(7, PriceKey::CptUsd, "0.121"));
		assert_eq!(PriceOracle::fresh_price(&PriceKey::CptUsd), Some(price("0.12")));
	});
}

#[test]
fn values_expire() {
	new_test_ext().execute_with(|| {
		for i in 1..=7 {
			assert_ok!(feed(i, PriceKey::CptUsd, "0.10"));
		}
		next_block(MaxAge::get() - 1);
		assert_eq!(PriceOracle::fresh_price(&PriceKey::CptUsd), Some(price("0.10")));
		next_block(1);
		assert_eq!(PriceOracle::fresh_price(&PriceKey::CptUsd), None, "expired");
		// Expired feeds do not count towards a new value: six new ones are not enough.
		for i in 1..=6 {
			assert_ok!(feed(i, PriceKey::CptUsd, "0.10"));
		}
		assert_eq!(PriceOracle::fresh_price(&PriceKey::CptUsd), None);
		assert_ok!(feed(7, PriceKey::CptUsd, "0.10"));
		assert_eq!(PriceOracle::fresh_price(&PriceKey::CptUsd), Some(price("0.10")));
	});
}

#[test]
fn only_feeders_feed_once_a_block() {
	new_test_ext().execute_with(|| {
		assert_noop!(feed(9, PriceKey::CptUsd, "0.10"), pallet_oracle::Error::<Test>::NoPermission);
		assert_ok!(feed(1, PriceKey::CptUsd, "0.10"));
		assert_noop!(
			feed(1, PriceKey::CptUsd, "0.11"),
			pallet_oracle::Error::<Test>::AlreadyFeeded
		);
		next_block(6_000);
		assert_ok!(feed(1, PriceKey::CptUsd, "0.11"));
		// A removed feeder's feeds are dropped with it.
		assert_ok!(Feeders::remove_member(RuntimeOrigin::root(), account(1)));
		assert_eq!(pallet_oracle::RawValues::<Test>::get(account(1), PriceKey::CptUsd), None);
		assert_noop!(feed(1, PriceKey::CptUsd, "0.10"), pallet_oracle::Error::<Test>::NoPermission);
	});
}

#[test]
fn usdc_off_its_peg_raises_an_alert_once_and_clears_it() {
	new_test_ext().execute_with(|| {
		let round = |value: &str| {
			for i in 1..=7 {
				assert_ok!(feed(i, PriceKey::UsdcUsd, value));
			}
			next_block(6_000);
		};
		round("0.999");
		assert!(!events().iter().any(|e| matches!(e, Event::UsdcOffPeg { .. })));
		round("0.994");
		round("0.990");
		let alerts: Vec<_> = events()
			.into_iter()
			.filter(|e| matches!(e, Event::UsdcOffPeg { .. } | Event::UsdcBackOnPeg { .. }))
			.collect();
		assert_eq!(alerts, vec![Event::UsdcOffPeg { price: price("0.994") }]);
		assert!(UsdcOffPeg::<Test>::get());
		round("1.004");
		assert_eq!(events().last(), Some(&Event::UsdcBackOnPeg { price: price("1.004") }));
		assert!(!UsdcOffPeg::<Test>::get());
	});
}
