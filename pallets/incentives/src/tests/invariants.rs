//! Random settlements, reviews, referrals, locks, stakes, claims and time against the
//! incentives' books: no CPT minted or burned, every bucket keeps at least what it owes and
//! never pays out more than it held, and everyone is eventually paid what was owed.

use super::*;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Action {
	Settle(usize, bool, Balance),
	Review(usize),
	Refer(usize, usize),
	Lock(usize, Balance),
	Stake(usize, bool, Balance),
	Unstake(usize, bool, u8),
	Claim(usize),
	Pass(Moment),
}

fn action() -> impl Strategy<Value = Action> {
	prop_oneof![
		(0..4usize, any::<bool>(), 1..1_000_000 * USDC)
			.prop_map(|(b, c, a)| Action::Settle(b, c, a)),
		(0..4usize).prop_map(Action::Review),
		(0..4usize, 0..4usize).prop_map(|(a, b)| Action::Refer(a, b)),
		(0..4usize, 1..100_000 * CPT).prop_map(|(a, w)| Action::Lock(a, w)),
		(0..4usize, any::<bool>(), 1..50_000 * USDC).prop_map(|(a, p, x)| Action::Stake(a, p, x)),
		(0..4usize, any::<bool>(), 1..=100u8).prop_map(|(a, p, x)| Action::Unstake(a, p, x)),
		(0..4usize).prop_map(Action::Claim),
		(0..40 * DAY).prop_map(Action::Pass),
	]
}

fn farm(pool: bool) -> Farm {
	if pool {
		Farm::Pool
	} else {
		Farm::Dex
	}
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]
	#[test]
	fn buckets_pay_what_they_owe_and_never_more(actions in prop::collection::vec(action(), 1..60)) {
		test(|| {
			// Large rates so that buckets run dry within the run.
			set_params(|p| {
				p.month_budget = BUCKET / 4;
				p.gmv_target = 1_000_000 * USDC;
				p.quarter_budget = BUCKET / 3;
				p.phases[0] = Phase { from_month: 0, lockers: BUCKET / 100, dex: BUCKET / 200, pool: BUCKET / 200 };
			});
			Cashback::set(Permill::from_percent(5));
			let accounts = USERS.into_iter().chain([SP, CSP]);
			let before: Vec<Balance> = accounts.clone().map(cpt).collect();
			for a in actions {
				match a {
					Action::Settle(b, csp, cost) => settle(USERS[b], if csp { CSP } else { SP }, cost, cost),
					Action::Review(b) => <Incentives as MarketRewards<_, _>>::reviewed(&USERS[b]),
					Action::Refer(a, b) => { let _ = Incentives::set_referrer(RuntimeOrigin::signed(USERS[a]), USERS[b]); },
					Action::Lock(a, w) => lock(USERS[a], w),
					Action::Stake(a, pool, x) => { let _ = Incentives::stake(RuntimeOrigin::signed(USERS[a]), farm(pool), x); },
					Action::Unstake(a, pool, pct) => {
						let staked = Stakes::<Test>::get(farm(pool), USERS[a]).amount;
						let _ = Incentives::unstake(RuntimeOrigin::signed(USERS[a]), farm(pool), staked * pct as u128 / 100);
					},
					Action::Claim(a) => { let _ = Incentives::claim(RuntimeOrigin::signed(USERS[a])); },
					Action::Pass(s) => pass(s),
				}
				Incentives::do_try_state().unwrap();
				for b in Bucket::ALL {
					assert!(cpt(bucket(b)) >= Balances::minimum_balance());
				}
			}
			// Long after, with everyone's stakes out and all claimed, nothing is owed but
			// rounding dust, and what the accounts gained is what the buckets lost.
			for who in USERS {
				for f in Farm::ALL {
					let staked = Stakes::<Test>::get(f, who).amount;
					if staked > 0 {
						assert_ok!(Incentives::unstake(RuntimeOrigin::signed(who), f, staked));
					}
				}
			}
			pass(12 * MONTH);
			for _ in 0..40 {
				for who in USERS.into_iter().chain([SP, CSP]) {
					let _ = Incentives::claim(RuntimeOrigin::signed(who));
				}
			}
			let owed = Owed::<Test>::get();
			assert!(owed.user + owed.sp + owed.lp < CPT / 1_000_000, "owed {:?}", owed);
			let gained: Balance = accounts.map(cpt).zip(before).map(|(a, b)| a - b).sum();
			let spent: Balance = Bucket::ALL.map(|b| BUCKET - cpt(bucket(b))).iter().sum();
			assert_eq!(gained, spent);
		});
	}
}
