use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::fungible::Inspect as _},
	sp_runtime::{BoundedVec, DispatchError, FixedU128},
};

mod invariants;

/// Settles an order of `buyer` with `provider` whose whole cost was the fee, so that the fee
/// caps bind only where a test says otherwise.
fn settle(buyer: AccountId, provider: AccountId, cost: Balance, volume: Balance) {
	settle_order(buyer, provider, cost, cost, volume, false);
}

fn settle_order(
	buyer: AccountId,
	provider: AccountId,
	cost: Balance,
	fee: Balance,
	incentive_volume: Balance,
	rated: bool,
) {
	<Incentives as MarketRewards<_, _>>::settled(&SettledOrder {
		buyer,
		provider,
		cost,
		fee,
		incentive_volume,
		rated,
	});
}

/// A rated order of the least cost that earns a review reward, from a fresh SP account.
fn review(buyer: AccountId) {
	settle_order(buyer, 900 + buyer, 10 * USDC, 10 * USDC, 0, true);
}

fn claim(who: AccountId) -> BucketAmounts {
	let expected = Incentives::claimable(&who);
	let cpt_before = cpt(who);
	assert_ok!(Incentives::claim(RuntimeOrigin::signed(who)));
	assert_eq!(cpt(who) - cpt_before, expected.user + expected.sp + expected.lp);
	expected
}

fn set_params(f: impl FnOnce(&mut Params)) {
	let mut params = Incentives::params();
	f(&mut params);
	assert_ok!(Incentives::set_params(RuntimeOrigin::root(), params));
}

fn phases(lockers: Balance, dex: Balance, pool: Balance) {
	set_params(|p| {
		p.phases = BoundedVec::truncate_from(vec![Phase {
			from_month: 0,
			lockers: lockers * CPT,
			dex: dex * CPT,
			pool: pool * CPT,
		}])
	});
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Incentives(e) = r.event { Some(e) } else { None })
		.collect()
}

#[test]
fn launches_at_the_first_timestamp() {
	test(|| {
		assert_eq!(Launch::<Test>::get(), Some(START));
		assert_eq!(LockerWeek::<Test>::get(), Some(START / WEEK));
		assert!(events().contains(&Event::Launched { at: START }));
		assert_eq!(Open::<Test>::get(Period::Month).index, 0);
	});
}

#[test]
fn buyers_are_paid_their_cashback_after_the_month() {
	test(|| {
		Cashback::set(Permill::from_percent(3));
		Discount::set(Permill::from_percent(5));
		let cashback = <Incentives as MarketRewards<_, _>>::cashback;
		assert_eq!(cashback(&1, 1_000 * USDC, 1_000 * USDC), 80 * USDC);
		// 1,000 USDC at 8% is 80 USDC of CPT at 1 USDC per CPT.
		settle(1, SP, 1_000 * USDC, 0);
		assert_eq!(Open::<Test>::get(Period::Month).gmv, 1_000 * USDC);
		assert_noop!(Incentives::claim(RuntimeOrigin::signed(1)), Error::<Test>::NothingToClaim);
		pass(MONTH);
		let user_bucket = cpt(bucket(Bucket::User));
		assert_eq!(claim(1).user, 80 * CPT);
		assert_eq!(user_bucket - cpt(bucket(Bucket::User)), 80 * CPT);
		assert_eq!(Owed::<Test>::get().user, 0);
		assert_noop!(Incentives::claim(RuntimeOrigin::signed(1)), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn the_price_sets_how_much_cpt_a_usdc_reward_is() {
	test(|| {
		set_params(|p| p.cpt_price = USDC / 10);
		Cashback::set(Permill::from_percent(1));
		settle(1, SP, 100 * USDC, 0);
		pass(MONTH);
		assert_eq!(claim(1).user, 10 * CPT);
	});
}

#[test]
fn a_fresh_oracle_cpt_price_overrides_the_governance_price() {
	test(|| {
		set_params(|p| p.cpt_price = USDC / 10);
		// 0.125 USD per CPT: 1 USDC of cashback is 8 CPT, not 10.
		CptUsd::set(Some(polkadot_sdk::sp_runtime::FixedU128::from_rational(1, 8)));
		assert_eq!(Incentives::cpt_price(&Incentives::params()), USDC / 8);
		Cashback::set(Permill::from_percent(1));
		settle(1, SP, 100 * USDC, 0);
		pass(MONTH);
		assert_eq!(claim(1).user, 8 * CPT);
		// A price too small to express in USDC units falls back to the governance price.
		CptUsd::set(Some(polkadot_sdk::sp_runtime::FixedU128::from_inner(1)));
		assert_eq!(Incentives::cpt_price(&Incentives::params()), USDC / 10);
	});
}

#[test]
fn a_month_over_budget_pays_pro_rata_and_unused_budget_rolls_over() {
	test(|| {
		// A budget of 100 CPT at 1,000 USDC of GMV, at most 150.
		set_params(|p| {
			p.month_budget = 100 * CPT;
			p.gmv_target = 1_000 * USDC;
		});
		Cashback::set(Permill::from_percent(10));
		settle(1, SP, 750 * USDC, 0); // 75 CPT earned
		settle(2, SP, 250 * USDC, 0); // 25
		settle(3, SP, 1_000 * USDC, 0); // 100: 200 earned, budget 150 (capped)
		pass(MONTH);
		assert!(events().contains(&Event::PeriodClosed {
			period: Period::Month,
			index: 0,
			earned: 200 * CPT,
			paid: 150 * CPT,
			carried: 0,
		}));
		assert_eq!(claim(1).user, 75 * CPT * 3 / 4);
		assert_eq!(claim(3).user, 75 * CPT);
		// A month with GMV but no rewards earned carries its budget ...
		Cashback::set(Permill::zero());
		settle(1, SP, 500 * USDC, 0);
		pass(MONTH);
		assert_eq!(Open::<Test>::get(Period::Month).carried, 50 * CPT);
		// ... to a month of a single review: 10 USDC of GMV adds 1 CPT of budget, the review
		// takes 1.
		review(4);
		pass(MONTH);
		assert_eq!(claim(4).user, CPT);
		assert_eq!(Open::<Test>::get(Period::Month).carried, 50 * CPT);
		// Earnings from an older month are kept when the account earns again.
		assert_eq!(claim(2).user, 25 * CPT * 3 / 4);
	});
}

#[test]
fn an_earning_from_a_closed_month_is_credited_when_the_account_earns_again() {
	test(|| {
		Cashback::set(Permill::from_percent(10));
		settle(1, SP, 100 * USDC, 0);
		pass(MONTH);
		settle(1, SP, 100 * USDC, 0);
		assert_eq!(Unclaimed::<Test>::get(1).user, 10 * CPT);
		assert_eq!(
			Earnings::<Test>::get(Period::Month, 1),
			Some(Earning { index: 1, amount: 10 * CPT, cap: Balance::MAX })
		);
	});
}

#[test]
fn sps_share_each_quarters_budget_by_volume() {
	test(|| {
		// 3,000 USDC of GMV in a quarter releases the whole 1,000 CPT.
		set_params(|p| {
			p.quarter_budget = 1_000 * CPT;
			p.quarters = 2;
			p.gmv_target = 1_000 * USDC;
		});
		// The market has already weighted the CSP's volume by 1.5.
		settle(1, SP, 1_000 * USDC, 1_000 * USDC);
		settle(2, CSP, 1_000 * USDC, 1_500 * USDC);
		settle(2, CSP, 1_000 * USDC, 1_500 * USDC);
		pass(2 * MONTH);
		assert_noop!(Incentives::claim(RuntimeOrigin::signed(SP)), Error::<Test>::NothingToClaim);
		pass(MONTH);
		assert_eq!(claim(SP).sp, 250 * CPT);
		assert_eq!(claim(CSP).sp, 750 * CPT);
		// A quarter without GMV releases nothing; after the last quarter nothing new.
		pass(3 * MONTH);
		assert_eq!(Open::<Test>::get(Period::Quarter).carried, 0);
		settle(1, SP, 3_000 * USDC, 3_000 * USDC);
		pass(3 * MONTH);
		assert_noop!(Incentives::claim(RuntimeOrigin::signed(SP)), Error::<Test>::NothingToClaim);
		assert_eq!(Owed::<Test>::get().sp, 0);
	});
}

/// Attack: in a quiet quarter one tiny settlement took the whole quarter's SP budget. The
/// budget is released by GMV, and an SP is paid at most its share of the fees its orders paid.
#[test]
fn a_tiny_settlement_in_a_quiet_quarter_earns_next_to_nothing() {
	test(|| {
		let sp_bucket = cpt(bucket(Bucket::Sp));
		// 1 USDC of cost with a 5% fee: the quarter releases 1M × 1 / 6M CPT, and the SP's
		// 50% of its 0.05 USDC fee caps it at 0.025 CPT.
		settle_order(1, SP, USDC, USDC / 20, USDC, false);
		pass(3 * MONTH);
		assert_eq!(claim(SP).sp, CPT / 40);
		assert_eq!(sp_bucket - cpt(bucket(Bucket::Sp)), CPT / 40);
		assert_eq!(Owed::<Test>::get().sp, 0);
	});
}

#[test]
fn referrals_reward_both_sides_once() {
	test(|| {
		assert_noop!(
			Incentives::set_referrer(RuntimeOrigin::signed(1), 1),
			Error::<Test>::SelfReferral
		);
		assert_ok!(Incentives::set_referrer(RuntimeOrigin::signed(1), 2));
		assert_noop!(
			Incentives::set_referrer(RuntimeOrigin::signed(1), 3),
			Error::<Test>::AlreadyReferred
		);
		assert_ok!(Incentives::set_referrer(RuntimeOrigin::signed(SP), 3));
		settle(1, SP, 1_000 * USDC, 0);
		settle(1, SP, 1_000 * USDC, 0);
		// Enough GMV for the full budget.
		settle(4, CSP, 2_000_000 * USDC, 0);
		assert!(events().contains(&Event::ReferralRewarded {
			referrer: 2,
			referred: 1,
			reward: 50 * CPT
		}));
		assert!(events().contains(&Event::ReferralRewarded {
			referrer: 3,
			referred: SP,
			reward: 50 * CPT
		}));
		pass(MONTH);
		for who in [1, 2, 3, SP] {
			assert_eq!(claim(who).user, 50 * CPT, "account {who}");
		}
	});
}

/// Attack: an SP and its sock puppets refer each other, or refer accounts that already trade,
/// or one referrer farms an army of fresh accounts with tiny orders. A referral is only for an
/// account that never settled, never goes both ways, pays only on a first order of at least
/// `min_rated_cost` and within its fee, and at most `max_referrals_per_month` per referrer.
#[test]
fn referral_farming_does_not_pay() {
	test(|| {
		set_params(|p| p.max_referrals_per_month = 2);
		assert_ok!(Incentives::set_referrer(RuntimeOrigin::signed(1), 2));
		assert_noop!(
			Incentives::set_referrer(RuntimeOrigin::signed(2), 1),
			Error::<Test>::MutualReferral
		);
		settle(3, SP, 1_000 * USDC, 0);
		assert_noop!(
			Incentives::set_referrer(RuntimeOrigin::signed(3), 2),
			Error::<Test>::AlreadySettled
		);
		assert_noop!(
			Incentives::set_referrer(RuntimeOrigin::signed(SP), 2),
			Error::<Test>::AlreadySettled
		);
		// A first order below 10 USDC completes the referral for nothing.
		settle(1, CSP, 10 * USDC - 1, 0);
		assert_eq!(Referrals::<Test>::get(1).map(|r| r.rewarded), Some(true));
		settle(1, CSP, 1_000 * USDC, 0);
		// A 5% fee on 100 USDC leaves 40% × 5 = 2 USDC: 1 USDC to each side.
		for who in 30..34 {
			assert_ok!(Incentives::set_referrer(RuntimeOrigin::signed(who), 4));
		}
		for who in 30..34 {
			settle_order(who, 900 + who, 100 * USDC, 5 * USDC, 0, false);
		}
		let rewarded: Vec<_> = events()
			.into_iter()
			.filter_map(|e| match e {
				Event::ReferralRewarded { referrer, referred, reward } => {
					Some((referrer, referred, reward))
				}
				_ => None,
			})
			.collect();
		// Two a month for referrer 4; none for 2.
		assert_eq!(rewarded, vec![(4, 30, CPT), (4, 31, CPT)]);
	});
}

/// Attack: a buyer rates its own orders for review rewards and stacks cashback on top. What
/// one order earns its buyer's side (cashback, rebate, review and referral rewards) is at most
/// 40% of its fee.
#[test]
fn cashback_and_rewards_stay_below_the_fee() {
	test(|| {
		Cashback::set(Permill::from_percent(15));
		Discount::set(Permill::from_percent(5));
		// 20% of 100 USDC is 20 USDC, but a 5 USDC fee allows 2 USDC in all.
		let cashback = <Incentives as MarketRewards<_, _>>::cashback;
		assert_eq!(cashback(&1, 100 * USDC, 5 * USDC), 2 * USDC);
		settle_order(1, SP, 100 * USDC, 5 * USDC, 0, true);
		// A cheap rated order: cashback within its fee, no review reward.
		settle_order(1, SP, 9 * USDC, 9 * USDC / 20, 0, true);
		// Enough GMV for the budget.
		settle_order(2, SP, 2_000_000 * USDC, 0, 0, false);
		pass(MONTH);
		assert_eq!(claim(1).user, 2 * CPT + 180_000 * CPT / USDC);
	});
}

#[test]
fn reviews_earn_the_review_reward() {
	test(|| {
		review(1);
		review(1);
		// Budget comes from GMV: a little is enough here.
		settle(2, SP, 10_000 * USDC, 0);
		pass(MONTH);
		assert_eq!(claim(1).user, 2 * CPT);
	});
}

#[test]
fn lockers_share_each_weeks_emission_by_weight() {
	test(|| {
		phases(700, 0, 0); // 4,900 CPT a week
		lock(1, 1_000 * CPT);
		lock(2, 3_000 * CPT);
		pass(WEEK); // the week of launch closes without weight
		pass(WEEK);
		assert_eq!(LockerRewards::<Test>::get(START / WEEK), None);
		assert_eq!(LockerRewards::<Test>::get(START / WEEK + 1), Some((4_900 * CPT, 4_000 * CPT)));
		assert_eq!(claim(1).user, 1_225 * CPT);
		assert_eq!(claim(2).user, 3_675 * CPT);
		// A week whose total veCPT is not known yet waits.
		totals_until(START / WEEK + 2);
		pass(WEEK);
		assert_eq!(LockerWeek::<Test>::get(), Some(START / WEEK + 2));
		totals_until(u64::MAX);
		pass(0);
		assert_eq!(LockerWeek::<Test>::get(), Some(START / WEEK + 3));
		assert_eq!(claim(2).user, 3_675 * CPT);
		assert_eq!(Owed::<Test>::get().user, 1_225 * CPT);
	});
}

#[test]
fn locker_claims_are_bounded_and_resume() {
	test(|| {
		phases(700, 0, 0);
		lock(1, 1_000 * CPT);
		pass(WEEK);
		pass(10 * WEEK);
		// Eight weeks per claim (the mock's `MaxClaimWeeks`), two left.
		assert_ok!(Incentives::claim(RuntimeOrigin::signed(1)));
		assert!(events().contains(&Event::Claimed {
			who: 1,
			paid: BucketAmounts { user: 8 * 4_900 * CPT, sp: 0, lp: 0 },
			weeks: 8,
		}));
		assert_eq!(claim(1).user, 2 * 4_900 * CPT);
		assert_noop!(Incentives::claim(RuntimeOrigin::signed(1)), Error::<Test>::NothingToClaim);
		// Someone who never locked has nothing.
		assert_noop!(Incentives::claim(RuntimeOrigin::signed(3)), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn farms_pay_by_stake_over_time_and_half_the_pool_farm_vests() {
	test(|| {
		phases(0, 2_000, 1_000);
		assert_ok!(Incentives::stake(RuntimeOrigin::signed(1), Farm::Pool, 100 * USDC));
		pass(DAY);
		assert_ok!(Incentives::stake(RuntimeOrigin::signed(2), Farm::Pool, 300 * USDC));
		assert_ok!(Incentives::stake(RuntimeOrigin::signed(3), Farm::Dex, 50 * USDC));
		pass(DAY);
		// Day 1: 1,000 to account 1; day 2: 250 to 1 and 750 to 2. Half of each vests.
		let paid = claim(1);
		assert_eq!(paid.lp, 625 * CPT);
		assert_eq!(Incentives::vesting(&1), 625 * CPT);
		assert_eq!(claim(2).lp, 375 * CPT);
		assert_eq!(claim(3).lp, 2_000 * CPT);
		// Unstaking keeps what was earned; the stake earns no more.
		assert_ok!(Incentives::unstake(RuntimeOrigin::signed(3), Farm::Dex, 50 * USDC));
		assert_eq!(Assets::balance(LP_TOKEN_ID, 3), 100_000 * USDC);
		pass(DAY);
		assert_noop!(Incentives::claim(RuntimeOrigin::signed(3)), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn farm_rewards_vest_linearly_after_their_month() {
	test(|| {
		phases(0, 0, 1_000);
		assert_ok!(Incentives::stake(RuntimeOrigin::signed(1), Farm::Pool, 100 * USDC));
		pass(MONTH);
		assert_ok!(Incentives::unstake(RuntimeOrigin::signed(1), Farm::Pool, 100 * USDC));
		// 30,000 CPT, harvested as month 1 starts: 15,000 now, 15,000 vesting linearly from
		// the end of month 1 over 6 months.
		assert_eq!(
			Vesting::<Test>::get(1).to_vec(),
			vec![Tranche { month: 1, amount: 15_000 * CPT, released: 0 }]
		);
		assert_eq!(claim(1).lp, 15_000 * CPT);
		assert_eq!(Incentives::vesting(&1), 15_000 * CPT);
		pass(MONTH);
		assert_noop!(Incentives::claim(RuntimeOrigin::signed(1)), Error::<Test>::NothingToClaim);
		pass(2 * MONTH);
		assert_eq!(claim(1).lp, 5_000 * CPT);
		pass(5 * MONTH);
		assert_eq!(claim(1).lp, 10_000 * CPT);
		assert_eq!(Incentives::vesting(&1), 0);
		assert!(!Vesting::<Test>::contains_key(1));
	});
}

#[test]
fn bad_stakes_change_nothing() {
	test(|| {
		assert_noop!(
			Incentives::stake(RuntimeOrigin::signed(1), Farm::Pool, 0),
			Error::<Test>::ZeroAmount
		);
		assert!(Incentives::stake(RuntimeOrigin::signed(SP), Farm::Pool, USDC).is_err());
		assert_ok!(Incentives::stake(RuntimeOrigin::signed(1), Farm::Dex, USDC));
		assert_noop!(
			Incentives::unstake(RuntimeOrigin::signed(1), Farm::Dex, USDC + 1),
			Error::<Test>::InsufficientStake
		);
		assert_noop!(
			Incentives::unstake(RuntimeOrigin::signed(1), Farm::Pool, 1),
			Error::<Test>::InsufficientStake
		);
		assert_noop!(
			Incentives::unstake(RuntimeOrigin::signed(1), Farm::Dex, 0),
			Error::<Test>::ZeroAmount
		);
	});
}

#[test]
fn buckets_are_never_overdrawn() {
	test(|| {
		// Emission far beyond the LP bucket: it pays what it has, keeping its account alive.
		phases(0, 0, 10_000_000);
		assert_ok!(Incentives::stake(RuntimeOrigin::signed(1), Farm::Dex, USDC));
		set_params(|p| {
			p.phases[0].dex = 10_000_000 * CPT;
			p.phases[0].pool = 0;
		});
		pass(10 * DAY);
		assert_eq!(claim(1).lp, BUCKET - Balances::minimum_balance());
		assert_eq!(cpt(bucket(Bucket::Lp)), Balances::minimum_balance());
		// User rewards beyond the bucket are scaled to what it holds.
		set_params(|p| p.month_budget = 10 * BUCKET);
		Cashback::set(Permill::from_percent(100));
		// 100% cashback of 3 buckets' worth, 40% of it within the fee: more than the bucket.
		settle(1, SP, 3 * BUCKET / CPT * USDC, 0);
		pass(MONTH);
		assert_eq!(claim(1).user, BUCKET - Balances::minimum_balance());
	});
}

#[test]
fn set_params_checks_origin_and_values() {
	test(|| {
		let params = Incentives::params();
		assert_noop!(
			Incentives::set_params(RuntimeOrigin::signed(1), params.clone()),
			DispatchError::BadOrigin
		);
		let bad = [
			Params { cpt_price: 0, ..params.clone() },
			Params {
				phases: BoundedVec::truncate_from(params.phases[1..].to_vec()),
				..params.clone()
			},
			Params { vesting_months: MAX_TRANCHES - 1, ..params.clone() },
			// Buyer and SP together would earn the whole fee.
			Params {
				buyer_fee_share: Permill::from_percent(50),
				sp_fee_share: Permill::from_percent(50),
				..params.clone()
			},
		];
		for p in bad {
			assert_noop!(
				Incentives::set_params(RuntimeOrigin::root(), p),
				Error::<Test>::InvalidParams
			);
		}
		assert_eq!(params, spec_params(CPT, USDC));
		assert_eq!(params.gmv_cap, FixedU128::from_rational(3, 2));
	});
}

#[test]
fn farms_are_paid_at_the_old_rate_up_to_a_change() {
	test(|| {
		phases(0, 1_000, 0);
		assert_ok!(Incentives::stake(RuntimeOrigin::signed(1), Farm::Dex, USDC));
		pass(DAY);
		phases(0, 3_000, 0);
		pass(DAY);
		assert_eq!(claim(1).lp, 4_000 * CPT);
	});
}

#[test]
fn catching_up_is_bounded_per_block() {
	test(|| {
		Cashback::set(Permill::from_percent(10));
		settle(1, SP, 100 * USDC, 0);
		set_time(START + 20 * MONTH);
		next_block();
		assert_eq!(Open::<Test>::get(Period::Month).index, MAX_CATCH_UP);
		for _ in 0..100 {
			next_block();
		}
		assert_eq!(Open::<Test>::get(Period::Month).index, 20);
		assert_eq!(Open::<Test>::get(Period::Quarter).index, 6);
		assert_eq!(LockerWeek::<Test>::get(), Some((START + 20 * MONTH) / WEEK));
		assert_eq!(claim(1).user, 10 * CPT);
	});
}

#[test]
fn nothing_accrues_before_there_is_time_and_a_settlement_can_launch() {
	new_test_ext().execute_with(|| {
		Launch::<Test>::kill();
		set_time(0);
		Cashback::set(Permill::from_percent(10));
		settle_order(1, SP, 100 * USDC, 100 * USDC, 100 * USDC, true);
		assert_eq!(Open::<Test>::get(Period::Month), OpenPeriod::default());
		assert_eq!(Open::<Test>::get(Period::Quarter), OpenPeriod::default());
		assert_eq!(Incentives::catch_up(MAX_CATCH_UP), 0);
		assert_eq!(Launch::<Test>::get(), None);
		// A market hook in a block with a timestamp launches them, as a block would.
		set_time(START + 5);
		settle(1, SP, 100 * USDC, 100 * USDC);
		assert_eq!(Launch::<Test>::get(), Some(START + 5));
		assert_eq!(Open::<Test>::get(Period::Quarter).earned, 100 * USDC);
		Incentives::do_try_state().unwrap();
	});
}
