//! Random lock / increase / extend / withdraw / revenue / claim / time sequences, with
//! sandwiches around buy-back blocks among them, checked after every step against the pallets'
//! invariants and at the end against a reference model that recomputes every week's shares by
//! iterating over all accounts.

use crate::{mock::*, *};
use alloc::collections::BTreeMap;
use polkadot_sdk::frame_support::traits::{
	fungible::{Inspect as _, Mutate as _},
	tokens::Preservation::Expendable,
};
use proptest::prelude::*;

type VoteEscrowCalls = pallet_vote_escrow::Pallet<Test>;

#[derive(Clone, Debug)]
enum Op {
	Lock { who: AccountId, cpt: u32, weeks: u16 },
	Increase { who: AccountId, cpt: u32 },
	Extend { who: AccountId, weeks: u16 },
	Withdraw { who: AccountId },
	Revenue { usdc: u32 },
	Claim { who: AccountId },
	Wait { seconds: u32 },
	Sandwich { usdc: u32 },
}

const ACCOUNTS: core::ops::RangeInclusive<AccountId> = 1..=5;

fn op() -> impl Strategy<Value = Op> {
	prop_oneof![
		(ACCOUNTS, 1..100_000u32, 1..60u16).prop_map(|(who, cpt, weeks)| Op::Lock {
			who,
			cpt,
			weeks
		}),
		(ACCOUNTS, 1..100_000u32).prop_map(|(who, cpt)| Op::Increase { who, cpt }),
		(ACCOUNTS, 1..60u16).prop_map(|(who, weeks)| Op::Extend { who, weeks }),
		ACCOUNTS.prop_map(|who| Op::Withdraw { who }),
		(1..10_000_000u32).prop_map(|usdc| Op::Revenue { usdc }),
		ACCOUNTS.prop_map(|who| Op::Claim { who }),
		(0..(10 * 86_400u32)).prop_map(|seconds| Op::Wait { seconds }),
		(1..200_000u32).prop_map(|usdc| Op::Sandwich { usdc }),
	]
}

/// Moves the pool's price with `usdc` (constant product), runs a block, and moves it back:
/// a block whose spot is more than the bound from the oracle's 10 CPT per USDC buys nothing,
/// and whatever a block buys gets at least the oracle's price less the bound.
fn sandwich(usdc: Balance) -> DispatchResult {
	let (usdc_reserve, cpt_reserve) = (Usdc::balance(&POOL), Balances::balance(&POOL));
	let cpt = cpt_reserve * usdc / (usdc_reserve + usdc);
	Usdc::transfer(&PAYER, &POOL, usdc, Expendable)?;
	Balances::transfer(&POOL, &PAYER, cpt, Expendable)?;
	let (usdc_reserve, cpt_reserve) = (Usdc::balance(&POOL), Balances::balance(&POOL));
	let fair = 10 * CPT / USDC;
	let spot = cpt_reserve / usdc_reserve;
	// A little beyond the 2% bound, clear of the rounding.
	let moved = spot.abs_diff(fair) * 1_000 > fair * 21;
	let before = BoughtBack::<Test>::get();
	next_block();
	let after = BoughtBack::<Test>::get();
	if moved {
		assert_eq!(after, before, "a block bought from a pool the sandwich moved");
	}
	if after.0 > before.0 {
		let least = Revenue::cpt_at_oracle(after.0 - before.0).unwrap();
		assert!(after.1 - before.1 >= least - MaxSlippage::get().mul_ceil(least));
	}
	Balances::transfer(&PAYER, &POOL, cpt, Expendable)?;
	Usdc::transfer(&POOL, &PAYER, usdc, Expendable)?;
	Ok(())
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(48))]
	#[test]
	fn claims_match_the_reference_shares(ops in proptest::collection::vec(op(), 1..60)) {
		new_test_ext().execute_with(|| {
			for who in ACCOUNTS {
				Usdc::set_balance(&who, USDC);
			}
			let mut stakers_by_week: BTreeMap<Week, Balance> = BTreeMap::new();
			let mut claimed: BTreeMap<AccountId, Balance> = BTreeMap::new();
			let o = RuntimeOrigin::signed;
			let claim = |who: AccountId, claimed: &mut BTreeMap<AccountId, Balance>| {
				let before = Usdc::balance(&who);
				let result = Revenue::claim(o(who));
				*claimed.entry(who).or_default() += Usdc::balance(&who) - before;
				result
			};
			for op in ops {
				let _ = match op {
					Op::Lock { who, cpt, weeks } => VoteEscrowCalls::create_lock(
						o(who), Balance::from(cpt) * CPT, now() + Moment::from(weeks) * WEEK),
					Op::Increase { who, cpt } =>
						VoteEscrowCalls::increase_amount(o(who), Balance::from(cpt) * CPT),
					Op::Extend { who, weeks } =>
						VoteEscrowCalls::extend_lock(o(who), now() + Moment::from(weeks) * WEEK),
					Op::Withdraw { who } => VoteEscrowCalls::withdraw(o(who)),
					Op::Revenue { usdc } => {
						let amount = Balance::from(usdc) * 1_000;
						pay(RevenueSource::MarketFee, amount);
						*stakers_by_week.entry(now() / WEEK).or_default() +=
							Permill::from_percent(30).mul_floor(amount);
						Ok(())
					},
					Op::Claim { who } => claim(who, &mut claimed).map(|_| ()).map_err(|e| e.error),
					Op::Wait { seconds } => {
						advance_to(now() + Moment::from(seconds));
						Ok(())
					},
					Op::Sandwich { usdc } => {
						sandwich(Balance::from(usdc) * USDC).expect("the swaps go through");
						Ok(())
					},
				};
				check();
			}
			// Finish the current week, then everyone claims everything.
			advance_to((now() / WEEK + 1) * WEEK);
			let until = ClosedUntil::<Test>::get();
			for who in ACCOUNTS {
				while claim(who, &mut claimed).is_ok() {}
			}
			check();

			// The reference: every closed week's rewards (rolled forward past weeks nobody
			// weighed in), shared by weight at the week's start, over all accounts.
			let mut expected: BTreeMap<AccountId, Balance> = BTreeMap::new();
			let mut carried = 0;
			let mut paid_in = 0;
			for week in START / WEEK..until {
				let rewards = carried + stakers_by_week.get(&week).copied().unwrap_or(0);
				paid_in += stakers_by_week.get(&week).copied().unwrap_or(0);
				let weights: Vec<_> = ACCOUNTS
					.map(|who| (who, VoteEscrowCalls::weight_at(&who, week * WEEK)))
					.collect();
				let total: Balance = weights.iter().map(|(_, w)| w).sum();
				if total == 0 {
					carried = rewards;
					continue;
				}
				carried = 0;
				for (who, weight) in weights {
					*expected.entry(who).or_default() += rewards * weight / total;
				}
			}
			for who in ACCOUNTS {
				prop_assert_eq!(claimed.get(&who).copied().unwrap_or(0), expected.get(&who).copied().unwrap_or(0));
			}
			let total_claimed: Balance = claimed.values().sum();
			prop_assert!(total_claimed <= paid_in);
			prop_assert_eq!(RewardPot::<Test>::get(), stakers_by_week.values().sum::<Balance>() - total_claimed);
			Ok(())
		})?;
	}
}
