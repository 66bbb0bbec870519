//! CPT incentives inside the real runtime: the genesis buckets pay, never mint; the market's
//! settlements and ratings earn buyers and SPs their rewards; LPs farm rUSDC and CPT/USDC
//! liquidity tokens; `IncentivesApi` shows what a claim would pay.

mod common;

use common::dev_chain;
use cyberplaza_primitives::{MarketRewards, SettledOrder};
use cyberplaza_runtime::{
	allocation::{LP_REWARDS, SP_INCENTIVES, USER_REWARDS},
	configs::{incentives::CptUsdcLpToken, pool::Rusdc},
	constants::currency::{CPT, USDC},
	genesis::{DEV_HOLDING_SECS, DEV_MONTH_SECS},
	Balances, Incentives, LiquidityPool, PoolAssets, Runtime, RuntimeOrigin, Subscriptions,
};
use pallet_incentives::{
	runtime_api::runtime_decl_for_incentives_api::IncentivesApiV1 as _, Bucket, Farm, Period,
};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{fungible::Inspect as _, Get, Hooks},
	},
	pallet_timestamp,
	sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave},
	sp_runtime::TokenError,
};

const START: u64 = 1_800_000_000;

fn set_time(seconds: u64) {
	pallet_timestamp::Now::<Runtime>::put(seconds * 1_000);
	for _ in 0..10 {
		Incentives::on_initialize(0);
	}
}

fn cpt(who: &polkadot_sdk::sp_runtime::AccountId32) -> u128 {
	Balances::balance(who)
}

#[test]
fn the_buckets_start_full_and_incentives_launch_on_the_first_timestamp() {
	dev_chain().execute_with(|| {
		for (bucket, amount) in
			[(Bucket::User, USER_REWARDS), (Bucket::Sp, SP_INCENTIVES), (Bucket::Lp, LP_REWARDS)]
		{
			assert_eq!(cpt(&Incentives::bucket_account(bucket)), amount);
		}
		set_time(START);
		assert_eq!(pallet_incentives::Launch::<Runtime>::get(), Some(START));
		assert_eq!(Incentives::params().cpt_price, USDC / 10);
	});
}

#[test]
fn settlements_earn_cashback_and_sp_incentives_paid_from_the_buckets() {
	dev_chain().execute_with(|| {
		set_time(START);
		let (dave, bob) = (Dave.to_account_id(), Bob.to_account_id());
		// Dave's Pro plan pays 3% cashback.
		assert_ok!(Subscriptions::subscribe(
			RuntimeOrigin::signed(dave.clone()),
			pallet_subscriptions::Tier::Pro,
			1,
			200 * USDC
		));
		// 3% of 1,000 USDC is 30 USDC, but an order's rewards stay within 40% of its fee:
		// of a 5% fee, 20 USDC.
		let cashback = <Incentives as MarketRewards<_, _>>::cashback;
		assert_eq!(cashback(&dave, 1_000 * USDC, 50 * USDC), 20 * USDC);
		assert_eq!(cashback(&dave, 100 * USDC, 50 * USDC), 3 * USDC);
		assert_ok!(Incentives::set_referrer(
			RuntimeOrigin::signed(dave.clone()),
			Alice.to_account_id()
		));
		// As the market reports a settled and rated order of 1,000 USDC from an ordinary SP.
		<Incentives as MarketRewards<_, _>>::settled(&SettledOrder {
			buyer: dave.clone(),
			provider: bob.clone(),
			cost: 1_000 * USDC,
			fee: 50 * USDC,
			incentive_volume: 1_000 * USDC,
			rated: true,
		});
		assert_eq!(Runtime::open_period(Period::Month).gmv, 1_000 * USDC);
		// The 20 USDC of cashback take the order's whole reward budget: no review or referral
		// reward on top. 200 CPT at 0.10 USDC per CPT, within the month's budget of
		// 25M / 60 × 1,000 / 2,000,000 = 208.3 CPT.
		set_time(START + DEV_MONTH_SECS);
		let dave_due = Runtime::claimable(dave.clone()).user;
		assert_eq!(dave_due, 200 * CPT);
		assert_eq!(Runtime::claimable(Alice.to_account_id()).user, 0);
		let before = cpt(&dave);
		assert_ok!(Incentives::claim(RuntimeOrigin::signed(dave.clone())));
		assert_eq!(cpt(&dave) - before, dave_due);
		assert_eq!(cpt(&Incentives::bucket_account(Bucket::User)), USER_REWARDS - dave_due);
		// Bob's volume is the only volume of the quarter: he gets all it releases for its
		// 1,000 USDC of GMV (1M CPT × 1,000 / 6,000,000, about 166.7 CPT), within half his fee.
		set_time(START + 3 * DEV_MONTH_SECS);
		let released =
			pallet_incentives::schedule::quarter_budget(&Incentives::params(), 1_000 * USDC);
		assert!(released > 166 * CPT && released < 167 * CPT);
		assert_eq!(Runtime::claimable(bob.clone()).sp, released);
		let before = cpt(&bob);
		assert_ok!(Incentives::claim(RuntimeOrigin::signed(bob.clone())));
		assert_eq!(cpt(&bob) - before, released);
		assert_noop!(
			Incentives::claim(RuntimeOrigin::signed(bob)),
			pallet_incentives::Error::<Runtime>::NothingToClaim
		);
	});
}

#[test]
fn lps_farm_rusdc_and_cpt_usdc_liquidity() {
	dev_chain().execute_with(|| {
		set_time(START - DEV_HOLDING_SECS);
		let (charlie, alice) = (Charlie.to_account_id(), Alice.to_account_id());
		assert_ok!(LiquidityPool::deposit(RuntimeOrigin::signed(charlie.clone()), 10_000 * USDC));
		let rusdc = Rusdc::balance(&charlie);
		// New rUSDC moves nowhere within the holding period, into the farm neither (else the
		// farm would hand it back free of it).
		assert_noop!(
			Incentives::stake(RuntimeOrigin::signed(charlie.clone()), Farm::Pool, rusdc),
			TokenError::Frozen
		);
		set_time(START);
		assert_ok!(Incentives::stake(RuntimeOrigin::signed(charlie.clone()), Farm::Pool, rusdc));
		// Alice seeded the genesis CPT/USDC pool: she holds its liquidity tokens.
		let lp_token = CptUsdcLpToken::get();
		let tokens = PoolAssets::balance(lp_token, &alice);
		assert!(tokens > 0);
		assert_ok!(Incentives::stake(RuntimeOrigin::signed(alice.clone()), Farm::Dex, tokens / 2));
		assert_eq!(Runtime::farm(Farm::Dex, alice.clone()).1.amount, tokens / 2);
		// A minute: 9,361.1 CPT a day to the pool's LPs, 2,000 to CPT/USDC liquidity, in month 0.
		set_time(START + 60);
		let params = Incentives::params();
		let day = 86_400u128;
		let pool_share = params.phases[0].pool * 60 / day;
		let claimable = Runtime::claimable(charlie.clone()).lp;
		// Half now (rounded against the LP), half vesting; the lone staker's share of the
		// emission, less the accumulator's rounding.
		assert!(pool_share / 2 - claimable < 1_000_000, "{pool_share} {claimable}");
		assert_ok!(Incentives::claim(RuntimeOrigin::signed(charlie.clone())));
		assert!(Incentives::vesting(&charlie) >= pool_share / 2 - 1_000_000);
		let dex_share = params.phases[0].dex * 60 / day;
		let before = cpt(&alice);
		assert_ok!(Incentives::claim(RuntimeOrigin::signed(alice.clone())));
		assert!(dex_share - (cpt(&alice) - before) < 1_000_000);
		// Out again: the tokens come back.
		assert_ok!(Incentives::unstake(
			RuntimeOrigin::signed(alice.clone()),
			Farm::Dex,
			tokens / 2
		));
		assert_eq!(PoolAssets::balance(lp_token, &alice), tokens);
		assert_eq!(Runtime::farm(Farm::Pool, charlie).0.staked, rusdc);
		Incentives::do_try_state().expect("books balance");
	});
}
