//! Random deposits, withdrawals, advances, repayments, losses, claims and days against the
//! pool's books: no USDC created or lost, and no LP is paid more than its shares were worth.

use super::*;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Action {
	Deposit(usize, Balance),
	Withdraw(usize, u8),
	Advance(Balance),
	Settle(u8, u16),
	Claim(Balance),
	Block,
	Day,
}

fn action() -> impl Strategy<Value = Action> {
	prop_oneof![
		(0..4usize, 10 * USDC..5_000 * USDC).prop_map(|(lp, a)| Action::Deposit(lp, a)),
		(0..4usize, 1..=100u8).prop_map(|(lp, p)| Action::Withdraw(lp, p)),
		(1..3_000 * USDC).prop_map(Action::Advance),
		// Repays a share of what is out with a return between -100% and +55%.
		(1..=100u8, 0..1_550u16).prop_map(|(p, r)| Action::Settle(p, r)),
		(1..100 * USDC).prop_map(Action::Claim),
		Just(Action::Block),
		Just(Action::Day),
	]
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]
	#[test]
	fn books_balance_and_no_lp_takes_more_than_its_share(actions in prop::collection::vec(action(), 1..60)) {
		test(|| {
			for a in actions {
				match a {
					Action::Deposit(lp, amount) => {
						let _ = Pool::deposit(RuntimeOrigin::signed(LPS[lp]), amount);
					},
					Action::Withdraw(lp, percent) => {
						let who = LPS[lp];
						let shares = shares(who) * percent as u128 / 100;
						let worth = Pool::shares_value(shares).unwrap();
						let before = usdc(who);
						if Pool::withdraw(RuntimeOrigin::signed(who), shares).is_ok() {
							assert!(usdc(who) - before <= worth, "paid more than the shares' worth");
						}
					},
					Action::Advance(amount) => {
						let _ = Pool::advance(&CAMPAIGN, amount);
					},
					Action::Settle(percent, ret) => {
						let principal = Advanced::<Test>::get() * percent as u128 / 100;
						let paid = principal * ret as u128 / 1_000;
						assert_ok!(Pool::settle(&CAMPAIGN, principal, paid));
					},
					Action::Claim(amount) => {
						let fund = InsuranceFund::<Test>::get();
						assert_eq!(Pool::pay_claim(&5, amount), amount.min(fund));
					},
					Action::Block => next_block(),
					Action::Day => next_day(),
				}
				Pool::do_try_state().unwrap();
				// Each queued withdrawal is paid at most what its shares are worth when paid.
				for lp in LPS {
					if let Some((_, _, worth)) = Pool::queue_position(&lp) {
						let before = usdc(lp);
						next_block();
						assert!(usdc(lp) - before <= worth);
					}
				}
			}
		});
	}
}
