//! Receiving revenue, the split, payouts.

use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::fungible::Inspect as _},
	sp_runtime::{DispatchError, TokenError},
};

#[test]
fn a_million_usdc_splits_exactly() {
	test(|| {
		pay(RevenueSource::MarketFee, 1_000_000 * USDC);
		let amounts = Amounts {
			stakers: 300_000 * USDC,
			operations: 350_000 * USDC,
			buy_back: 200_000 * USDC,
			team: 50_000 * USDC,
			foundation: 50_000 * USDC,
			reserve: 50_000 * USDC,
		};
		System::assert_last_event(
			Event::RevenueSplit {
				source: RevenueSource::MarketFee,
				amount: 1_000_000 * USDC,
				amounts,
			}
			.into(),
		);
		for (destination, amount) in amounts.by_destination() {
			assert_eq!(TotalByDestination::<Test>::get(destination), amount);
		}
		assert_eq!(TotalBySource::<Test>::get(RevenueSource::MarketFee), 1_000_000 * USDC);
		assert_eq!(WeekRewards::<Test>::get(START / WEEK), 300_000 * USDC);
		assert_eq!(RewardPot::<Test>::get(), 300_000 * USDC);
		assert_eq!(PendingBuyBack::<Test>::get(), 200_000 * USDC);
		assert_eq!(Payable::<Test>::get(Destination::Operations), 350_000 * USDC);
		assert_eq!(Usdc::balance(&Revenue::account()), USDC_MIN + 1_000_000 * USDC);
	});
}

#[test]
fn rounding_remainders_go_to_operations() {
	test(|| {
		// 7 units: 30% → 2, 20% → 1, 5% → 0 each, operations 2 + the 2 left over.
		pay(RevenueSource::Subscription, 7);
		let split = |d| TotalByDestination::<Test>::get(d);
		assert_eq!(split(Destination::Stakers), 2);
		assert_eq!(split(Destination::BuyBack), 1);
		assert_eq!(split(Destination::Team), 0);
		assert_eq!(split(Destination::Operations), 4);
		pay(RevenueSource::Certification, 0);
		assert_eq!(TotalBySource::<Test>::get(RevenueSource::Certification), 0);
	});
}

#[test]
fn totals_are_kept_by_source() {
	test(|| {
		for (i, source) in RevenueSource::ALL.into_iter().enumerate() {
			pay(source, (i as Balance + 1) * USDC);
		}
		for (i, source) in RevenueSource::ALL.into_iter().enumerate() {
			assert_eq!(TotalBySource::<Test>::get(source), (i as Balance + 1) * USDC);
		}
	});
}

#[test]
fn a_payer_without_the_usdc_pays_nothing() {
	test(|| {
		assert_noop!(
			Revenue::collect(&1, RevenueSource::ApiService, USDC),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn payouts_go_to_the_outside_accounts_each_period() {
	test(|| {
		pay(RevenueSource::MarketFee, 1_000 * USDC);
		until_payout();
		assert_eq!(Usdc::balance(&OPERATIONS), 350 * USDC);
		assert_eq!(Usdc::balance(&TEAM), 50 * USDC);
		assert_eq!(Usdc::balance(&FOUNDATION), 50 * USDC);
		assert_eq!(Usdc::balance(&RESERVE), 50 * USDC);
		assert_eq!(Payable::<Test>::iter().count(), 0);
		System::assert_has_event(
			Event::PaidOut { destination: Destination::Team, amount: 50 * USDC }.into(),
		);
	});
}

#[test]
fn payouts_below_a_new_accounts_minimum_wait() {
	test(|| {
		pay(RevenueSource::MarketFee, 100_000);
		until_payout();
		// 5% of 0.1 USDC is 0.005: below the 0.01 minimum of the team's empty account.
		assert_eq!(Payable::<Test>::get(Destination::Team), 5_000);
		assert_eq!(Usdc::balance(&TEAM), 0);
		pay(RevenueSource::MarketFee, 100_000);
		until_payout();
		assert_eq!(Payable::<Test>::get(Destination::Team), 0);
		assert_eq!(Usdc::balance(&TEAM), 10_000);
	});
}

#[test]
fn set_split_requires_the_admin_and_100_percent() {
	test(|| {
		let mut split = Split::default();
		assert_noop!(Revenue::set_split(RuntimeOrigin::signed(1), split), DispatchError::BadOrigin);
		split.reserve = Permill::from_percent(6);
		assert_noop!(
			Revenue::set_split(RuntimeOrigin::root(), split),
			Error::<Test>::IncompleteSplit
		);
		split.operations = Permill::from_percent(34);
		assert_ok!(Revenue::set_split(RuntimeOrigin::root(), split));
		System::assert_last_event(Event::SplitSet { split }.into());
		pay(RevenueSource::GroupBuy, 100 * USDC);
		assert_eq!(TotalByDestination::<Test>::get(Destination::Reserve), 6 * USDC);
		assert_eq!(TotalByDestination::<Test>::get(Destination::Operations), 34 * USDC);
	});
}
