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
					Action::Review(b) => review(USERS[b]),
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

/// A colluding group's move: an order between two of its accounts (of any size, a 2–5% fee,
/// rated or not, the SP a CSP or not), a referral inside the group, a subscription or veCPT
/// discount raising its cashback rate, time, or a claim.
#[derive(Clone, Debug)]
enum Collusion {
	Order { buyer: usize, csp: bool, cost: Balance, fee_bps: u32, rated: bool },
	Refer(usize, usize),
	Cashback(u32),
	Discount(u32),
	Pass(Moment),
	Claim(usize),
}

fn collusion() -> impl Strategy<Value = Collusion> {
	prop_oneof![
		4 => (0..4usize, any::<bool>(), 1..100_000 * USDC, 200..=500u32, any::<bool>())
			.prop_map(|(buyer, csp, cost, fee_bps, rated)| Collusion::Order { buyer, csp, cost, fee_bps, rated }),
		2 => (0..6usize, 0..6usize).prop_map(|(a, b)| Collusion::Refer(a, b)),
		1 => (0..=20u32).prop_map(Collusion::Cashback),
		1 => prop_oneof![Just(0u32), Just(5), Just(10), Just(15)].prop_map(Collusion::Discount),
		2 => (0..100 * DAY).prop_map(Collusion::Pass),
		1 => (0..6usize).prop_map(Collusion::Claim),
	]
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]
	/// Self-dealing never pays: whatever a group of buyers and SPs does among itself, the CPT
	/// it claims, valued at the CPT price, is less than the fees its orders paid. Budgets are
	/// set so large, and the group so alone on the market, that only the fee caps can bind.
	#[test]
	fn colluders_never_earn_more_than_their_fees(moves in prop::collection::vec(collusion(), 1..60)) {
		test(|| {
			set_params(|p| {
				p.month_budget = BUCKET / 4;
				p.quarter_budget = BUCKET / 4;
				p.gmv_target = USDC;
				p.review_reward = 1_000 * USDC;
				p.referral_reward = 10_000 * USDC;
				p.phases[0] = Phase { from_month: 0, lockers: 0, dex: 0, pool: 0 };
			});
			let group: Vec<AccountId> = USERS.into_iter().chain([SP, CSP]).collect();
			let before: Vec<Balance> = group.iter().map(|a| cpt(*a)).collect();
			let mut fees: Balance = 0;
			for m in moves {
				match m {
					Collusion::Order { buyer, csp, cost, fee_bps, rated } => {
						let provider = if csp { CSP } else { SP };
						let fee = cost * fee_bps as Balance / 10_000;
						let volume = if csp { cost * 3 / 2 } else { cost };
						fees += fee;
						settle_order(USERS[buyer], provider, cost, fee, volume, rated);
					},
					Collusion::Refer(a, b) => {
						let _ = Incentives::set_referrer(RuntimeOrigin::signed(group[a]), group[b]);
					},
					Collusion::Cashback(pct) => Cashback::set(Permill::from_percent(pct)),
					Collusion::Discount(pct) => Discount::set(Permill::from_percent(pct)),
					Collusion::Pass(s) => pass(s),
					Collusion::Claim(a) => { let _ = Incentives::claim(RuntimeOrigin::signed(group[a])); },
				}
				Incentives::do_try_state().unwrap();
			}
			pass(12 * MONTH);
			for _ in 0..4 {
				for who in &group {
					let _ = Incentives::claim(RuntimeOrigin::signed(*who));
				}
			}
			let gained: Balance = group.iter().zip(before).map(|(a, b)| cpt(*a) - b).sum();
			let price = Incentives::cpt_price(&Incentives::params());
			let value = gained * price / CPT;
			assert!(fees == 0 && value == 0 || value < fees, "earned {value} on {fees} of fees");
		});
	}
}
