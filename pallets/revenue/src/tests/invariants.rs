//! Random lock / increase / extend / withdraw / revenue / claim / time sequences, checked after
//! every step against the pallets' invariants and at the end against a reference model that
//! recomputes every week's shares by iterating over all accounts.

use crate::{mock::*, *};
use alloc::collections::BTreeMap;
use polkadot_sdk::frame_support::traits::fungible::{Inspect as _, Mutate as _};
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
	]
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
