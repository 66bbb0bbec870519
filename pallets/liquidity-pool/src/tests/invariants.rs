//! Random deposits, withdrawals, advances with margins, repayments, losses, claims and days
//! against the pool's books, with adversarial LPs among them: round trips in one block to burn
//! the throttle, flash deposits around a repayment, dust queued by accounts that then empty
//! their USDC, claims; with the holding period off and on, time passing by the second and by
//! the day. After every step no USDC is created or lost, no LP is paid more than its
//! shares are worth, the rate falls only when an advance repays less than its principal and
//! accrued margin, and at the end the queue drains once the advances' cash is back.

use super::*;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Action {
	Deposit(usize, Balance),
	Withdraw(usize, u8),
	Advance(Balance),
	Settle(u8, u16),
	Claim(Balance),
	/// Deposits and withdraws the new shares at once.
	RoundTrip(usize, Balance),
	/// Deposits, an advance that has fallen due is repaid with its margin, withdraws.
	FlashSettle(usize, Balance),
	/// Queues a withdrawal worth less than USDC's minimum balance ...
	QueueDust(usize),
	/// ... and sends all the account's USDC away.
	Empty(usize),
	ClaimUnpaid(usize),
	Block,
	/// Up to two hours pass: fresh shares come of age at random points of their wait.
	Wait(u16),
	Day,
}

fn lp() -> impl Strategy<Value = usize> {
	0..LPS.len()
}

fn action() -> impl Strategy<Value = Action> {
	prop_oneof![
		(lp(), 10 * USDC..5_000 * USDC).prop_map(|(lp, a)| Action::Deposit(lp, a)),
		(lp(), 1..=100u8).prop_map(|(lp, p)| Action::Withdraw(lp, p)),
		(1..3_000 * USDC).prop_map(Action::Advance),
		// Repays one of the open advances with a return between -100% and +55%.
		(any::<u8>(), 0..1_550u16).prop_map(|(i, r)| Action::Settle(i, r)),
		(lp(), 10 * USDC..20_000 * USDC).prop_map(|(lp, a)| Action::FlashSettle(lp, a)),
		(1..100 * USDC).prop_map(Action::Claim),
		(lp(), 10 * USDC..20_000 * USDC).prop_map(|(lp, a)| Action::RoundTrip(lp, a)),
		lp().prop_map(Action::QueueDust),
		lp().prop_map(Action::Empty),
		lp().prop_map(Action::ClaimUnpaid),
		Just(Action::Block),
		(0..7_200u16).prop_map(Action::Wait),
		Just(Action::Day),
	]
}

/// Withdraws `amount` of `who`'s rUSDC; a withdrawal reaching into its fresh shares must be
/// refused for that reason. Whether it went through.
fn withdraw(who: AccountId, amount: Balance) -> bool {
	let free = shares(who).saturating_sub(Pool::fresh_shares(&who));
	let result = Pool::withdraw(RuntimeOrigin::signed(who), amount);
	if !amount.is_zero() && amount <= shares(who) && amount > free {
		assert_eq!(result, Err(Error::<Test>::SharesTooNew.into()), "fresh shares left");
	}
	result.is_ok()
}

/// Gives an emptied account USDC again, from account 5 (which keeps what they sent it).
fn refill(who: AccountId, amount: Balance) {
	let amount = amount.min(usdc(5));
	if amount >= USDC_MIN {
		assert_ok!(Usdc::transfer(&5, &who, amount, Preservation::Expendable));
	}
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]
	#[test]
	fn books_balance_and_no_lp_takes_more_than_its_share(
		holding in prop_oneof![Just(0), Just(3_600)],
		actions in prop::collection::vec(action(), 1..60),
	) {
		test(|| {
			hold_for(holding);
			for a in actions {
				let rate = Pool::exchange_rate();
				let mut loss_booked = false;
				match a {
					Action::Deposit(lp, amount) => {
						refill(LPS[lp], amount);
						let _ = Pool::deposit(RuntimeOrigin::signed(LPS[lp]), amount);
					},
					Action::Withdraw(lp, percent) => {
						let who = LPS[lp];
						let shares = shares(who) * percent as u128 / 100;
						let worth = Pool::shares_value(shares).unwrap();
						let before = usdc(who);
						if withdraw(who, shares) {
							assert!(usdc(who) - before <= worth, "paid more than the shares' worth");
						}
					},
					Action::Advance(amount) => {
						let _ = Pool::advance(&CAMPAIGN, amount, amount / 10, now() + DAY);
					},
					Action::Settle(index, ret) => {
						let open = Advances::<Test>::get();
						if let Some(a) = open.get(index as usize % open.len().max(1)) {
							let paid = a.principal * ret as u128 / 1_000;
							// Less than the principal and the margin accrued so far is a loss.
							loss_booked = paid < a.principal + a.accrued(now());
							assert_ok!(Pool::settle(&CAMPAIGN, a.id, paid));
						}
					},
					Action::FlashSettle(lp, amount) => {
						// An LP deposits just before an advance that has fallen due is repaid
						// with its margin, and withdraws right after: it earns nothing.
						let who = LPS[lp];
						let due = Advances::<Test>::get().into_iter().find(|a| a.due <= now());
						if let Some(a) = due {
							refill(who, amount);
							let (held, minted) = (usdc(who), shares(who));
							if Pool::deposit(RuntimeOrigin::signed(who), amount).is_ok() {
								assert_ok!(Pool::settle(&CAMPAIGN, a.id, a.principal + a.margin));
								withdraw(who, shares(who) - minted);
								assert!(usdc(who) <= held, "a deposit around a repayment paid");
							}
						}
					},
					Action::Claim(amount) => {
						let fund = InsuranceFund::<Test>::get();
						assert_eq!(Pool::pay_claim(&5, amount), amount.min(fund));
					},
					Action::RoundTrip(lp, amount) => {
						let who = LPS[lp];
						refill(who, amount);
						let (allowance, held, minted) = (Pool::throttle().remaining(), usdc(who), shares(who));
						if Pool::deposit(RuntimeOrigin::signed(who), amount).is_ok() {
							withdraw(who, shares(who) - minted);
							assert!(usdc(who) <= held, "a round trip paid");
							assert!(Pool::throttle().remaining() >= allowance, "a round trip used the allowance");
						}
					},
					Action::QueueDust(lp) => {
						let supply = Assets::total_supply(RUSDC_ID);
						let value = Pool::pool_value();
						if !value.is_zero() {
							let dust = (USDC_MIN / 2).saturating_mul(supply) / value;
							withdraw(LPS[lp], dust.max(1));
						}
					},
					Action::Empty(lp) => {
						let who = LPS[lp];
						assert_ok!(Usdc::transfer(&who, &5, usdc(who), Preservation::Expendable));
					},
					Action::ClaimUnpaid(lp) => {
						let who = LPS[lp];
						let owed = Unclaimed::<Test>::get(who);
						refill(who, USDC);
						let before = usdc(who);
						match Pool::claim(RuntimeOrigin::signed(who)) {
							Ok(()) => assert_eq!(Some(usdc(who) - before), owed),
							Err(_) => assert_eq!(Unclaimed::<Test>::get(who), owed),
						}
					},
					Action::Block => next_block(),
					Action::Wait(seconds) => set_time(now() + Moment::from(seconds)),
					Action::Day => next_day(),
				}
				Pool::do_try_state().unwrap();
				// Rounding always favours the pool: only a booked loss lowers the rate.
				if !loss_booked {
					assert!(Pool::exchange_rate() >= rate, "the rate fell without a loss");
				}
				// Each queued withdrawal is paid at most what its shares are worth when paid:
				// the worth now, plus a unit for each payment ahead of it that rounded down.
				for lp in LPS {
					if let Some((ahead, _, worth)) = Pool::queue_position(&lp) {
						let before = usdc(lp) + Unclaimed::<Test>::get(lp).unwrap_or(0);
						next_block();
						let after = usdc(lp) + Unclaimed::<Test>::get(lp).unwrap_or(0);
						assert!(after - before <= worth + ahead as u128);
					}
				}
			}
			// Once the advances' cash is back, the queue drains.
			for a in Advances::<Test>::get() {
				assert_ok!(Pool::settle(&CAMPAIGN, a.id, a.principal));
			}
			let mut days = 0;
			while QueueHead::<Test>::get() != QueueTail::<Test>::get() {
				next_day();
				next_block();
				days += 1;
				assert!(days < 1_000, "the queue never drains");
			}
			Pool::do_try_state().unwrap();
		});
	}
}
