use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::fungible::Inspect},
	sp_runtime::{DispatchError, TokenError},
};

fn subscribe(who: AccountId, tier: Tier, months: u32, price: Balance) -> DispatchResult {
	Subscriptions::subscribe(RuntimeOrigin::signed(who), tier, months, price)
}

fn paid_by(who: AccountId, f: impl FnOnce()) -> Balance {
	let before = Usdc::balance(&who);
	f();
	before - Usdc::balance(&who)
}

#[test]
fn subscribing_prepays_months_to_revenue() {
	test(|| {
		assert_eq!(Subscriptions::status(&1).tier, Tier::Free);
		let paid = paid_by(1, || {
			assert_ok!(subscribe(1, Tier::Starter, 3, 50 * USDC));
		});
		assert_eq!(paid, 150 * USDC);
		assert_eq!(Usdc::balance(&REVENUE), 1 + 150 * USDC);
		let status = Subscriptions::status(&1);
		assert_eq!(status.tier, Tier::Starter);
		assert_eq!(status.cashback, Permill::from_percent(1));
		assert_eq!(status.entitlements.cloud_accounts, Some(5));
		assert!(status.entitlements.cost_tracking && !status.entitlements.api_access);
		System::assert_last_event(
			Event::Subscribed {
				who: 1,
				tier: Tier::Starter,
				monthly_price: 50 * USDC,
				paid: 150 * USDC,
				credit: 0,
				expires: START + 3 * MONTH,
			}
			.into(),
		);
		use cyberplaza_primitives::SubscriptionInfo;
		assert_eq!(Subscriptions::cashback_rate(&1), Permill::from_percent(1));
		assert_eq!(Subscriptions::cashback_rate(&2), Permill::zero());
	});
}

#[test]
fn renewal_extends_from_the_expiry_and_expiry_returns_to_free() {
	test(|| {
		assert_ok!(subscribe(1, Tier::Pro, 1, 200 * USDC));
		set_time(START + MONTH / 2);
		assert_ok!(subscribe(1, Tier::Pro, 2, 200 * USDC));
		assert_eq!(Subscriptions::active(&1).unwrap().expires, START + 3 * MONTH);
		set_time(START + 3 * MONTH);
		let status = Subscriptions::status(&1);
		assert_eq!((status.tier, status.subscription), (Tier::Free, None));
		assert_eq!(status.entitlements.cloud_accounts, Some(2));
		assert_eq!(status.cashback, Permill::zero());
		// After expiry any plan starts afresh, a cheaper one too.
		assert_ok!(subscribe(1, Tier::Starter, 1, 50 * USDC));
		assert_eq!(Subscriptions::active(&1).unwrap().expires, START + 4 * MONTH);
	});
}

#[test]
fn an_upgrade_credits_the_unused_time() {
	test(|| {
		assert_ok!(subscribe(1, Tier::Starter, 2, 50 * USDC));
		// Half-way through: 1.5 months unused, 75 USDC of credit against 200 for a Pro month.
		set_time(START + MONTH / 2);
		let paid = paid_by(1, || {
			assert_ok!(subscribe(1, Tier::Pro, 1, 200 * USDC));
		});
		assert_eq!(paid, 125 * USDC);
		assert_eq!(
			Subscriptions::active(&1).unwrap(),
			Subscription {
				tier: Tier::Pro,
				monthly_price: 200 * USDC,
				expires: START + MONTH / 2 + MONTH,
			}
		);
		assert_eq!(Subscriptions::status(&1).cashback, Permill::from_percent(3));
	});
}

#[test]
fn credit_beyond_the_price_buys_time() {
	test(|| {
		assert_ok!(subscribe(1, Tier::Pro, 12, 200 * USDC));
		// 12 months of Pro (2,400 USDC) unused, against one Enterprise month at 600: 1,800 of
		// credit left buys 3 more months.
		let paid = paid_by(1, || {
			assert_ok!(subscribe(1, Tier::Enterprise, 1, 600 * USDC));
		});
		assert_eq!(paid, 0);
		assert_eq!(Subscriptions::active(&1).unwrap().expires, START + 4 * MONTH);
		System::assert_last_event(
			Event::Subscribed {
				who: 1,
				tier: Tier::Enterprise,
				monthly_price: 600 * USDC,
				paid: 0,
				credit: 600 * USDC,
				expires: START + 4 * MONTH,
			}
			.into(),
		);
		// Enterprise renegotiated upwards within its range is an upgrade too.
		assert_ok!(subscribe(1, Tier::Enterprise, 1, 2_000 * USDC));
		assert!(Subscriptions::status(&1).entitlements.custom);
	});
}

#[test]
fn subscribe_errors() {
	test(|| {
		assert_noop!(subscribe(1, Tier::Free, 1, 0), Error::<Test>::FreeTier);
		assert_noop!(subscribe(1, Tier::Pro, 0, 200 * USDC), Error::<Test>::BadMonths);
		assert_noop!(subscribe(1, Tier::Pro, 37, 200 * USDC), Error::<Test>::BadMonths);
		assert_noop!(subscribe(1, Tier::Pro, 1, 100 * USDC), Error::<Test>::PriceOutOfRange);
		assert_noop!(
			subscribe(1, Tier::Enterprise, 1, 2_001 * USDC),
			Error::<Test>::PriceOutOfRange
		);
		assert_noop!(subscribe(3, Tier::Starter, 1, 50 * USDC), TokenError::FundsUnavailable);
		assert_ok!(subscribe(1, Tier::Pro, 1, 200 * USDC));
		assert_noop!(subscribe(1, Tier::Starter, 1, 50 * USDC), Error::<Test>::Downgrade);
		Plans::<Test>::remove(Tier::Starter);
		assert_noop!(subscribe(2, Tier::Starter, 1, 50 * USDC), Error::<Test>::NoPlan);
		assert_noop!(subscribe(1, Tier::Pro, u32::MAX, Balance::MAX), Error::<Test>::BadMonths);
	});
}

#[test]
fn set_plan_is_for_the_admin_and_validated() {
	test(|| {
		let mut plan = Plans::<Test>::get(Tier::Pro).unwrap();
		plan.min_price = 250 * USDC;
		plan.max_price = 250 * USDC;
		assert_noop!(
			Subscriptions::set_plan(RuntimeOrigin::signed(1), Tier::Pro, plan),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Subscriptions::set_plan(RuntimeOrigin::root(), Tier::Free, plan),
			Error::<Test>::BadPlan
		);
		let mut reversed = plan;
		reversed.min_price = 300 * USDC;
		assert_noop!(
			Subscriptions::set_plan(RuntimeOrigin::root(), Tier::Pro, reversed),
			Error::<Test>::BadPlan
		);
		let mut free_pro = plan;
		free_pro.min_price = 0;
		assert_noop!(
			Subscriptions::set_plan(RuntimeOrigin::root(), Tier::Pro, free_pro),
			Error::<Test>::BadPlan
		);
		assert_ok!(Subscriptions::set_plan(RuntimeOrigin::root(), Tier::Pro, plan));
		System::assert_last_event(Event::PlanSet { tier: Tier::Pro, plan }.into());
		assert_noop!(subscribe(1, Tier::Pro, 1, 200 * USDC), Error::<Test>::PriceOutOfRange);
		assert_ok!(subscribe(1, Tier::Pro, 1, 250 * USDC));
	});
}
