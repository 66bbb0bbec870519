//! Random lock, increase, extend, withdraw and time sequences against a reference model that
//! recomputes every total by iterating over all accounts.

use crate::{
	curve::{self, SPEC_KNOTS},
	mock::*,
	*,
};
use alloc::collections::BTreeMap;
use polkadot_sdk::frame_support::traits::Hooks;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
	Lock { who: AccountId, amount: u32, weeks: u16 },
	Increase { who: AccountId, amount: u32 },
	Extend { who: AccountId, weeks: u16 },
	Withdraw { who: AccountId },
	Wait { seconds: u32 },
}

fn op() -> impl Strategy<Value = Op> {
	let who = 1..=6u64;
	prop_oneof![
		(who.clone(), 1..1_000_000u32, 0..215u16).prop_map(|(who, amount, weeks)| Op::Lock {
			who,
			amount,
			weeks
		}),
		(who.clone(), 1..1_000_000u32).prop_map(|(who, amount)| Op::Increase { who, amount }),
		(who.clone(), 0..215u16).prop_map(|(who, weeks)| Op::Extend { who, weeks }),
		who.prop_map(|who| Op::Withdraw { who }),
		(0..3 * WEEK as u32).prop_map(|seconds| Op::Wait { seconds }),
	]
}

/// Every account's lock history: (since, amount, end).
#[derive(Default)]
struct Model(BTreeMap<AccountId, Vec<(Moment, Balance, Moment)>>);

impl Model {
	fn weight_at(&self, who: AccountId, time: Moment) -> Balance {
		self.0
			.get(&who)
			.and_then(|h| h.iter().rev().find(|(since, ..)| *since <= time))
			.map_or(0, |(_, amount, end)| {
				curve::weight(*amount, end.saturating_sub(time), &SPEC_KNOTS, WEEK)
			})
	}

	fn total_at(&self, time: Moment) -> Balance {
		self.0.keys().map(|who| self.weight_at(*who, time)).sum()
	}

	fn record(&mut self, who: AccountId) {
		let history = self.0.entry(who).or_default();
		if let Some(lock) = Locks::<Test>::get(who) {
			history.retain(|(since, ..)| *since < now());
			history.push((now(), lock.amount, lock.end));
		}
	}
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]
	#[test]
	fn totals_match_the_sum_over_accounts(ops in proptest::collection::vec(op(), 1..60)) {
		new_test_ext().execute_with(|| {
			let mut model = Model::default();
			let o = RuntimeOrigin::signed;
			for op in ops {
				let result = match op {
					Op::Lock { who, amount, weeks } => VoteEscrow::create_lock(
						o(who), Balance::from(amount) * CPT / 100, now() + Moment::from(weeks) * WEEK),
					Op::Increase { who, amount } =>
						VoteEscrow::increase_amount(o(who), Balance::from(amount) * CPT / 100),
					Op::Extend { who, weeks } =>
						VoteEscrow::extend_lock(o(who), now() + Moment::from(weeks) * WEEK),
					Op::Withdraw { who } => VoteEscrow::withdraw(o(who)),
					Op::Wait { seconds } => {
						let block = System::block_number() + 1;
						System::set_block_number(block);
						VoteEscrow::on_initialize(block);
						set_time(now() + Moment::from(seconds));
						Ok(())
					},
				};
				if result.is_ok() {
					if let Op::Lock { who, .. } | Op::Increase { who, .. } | Op::Extend { who, .. } = op {
						model.record(who);
					}
				}
				VoteEscrow::do_try_state().unwrap();
				prop_assert_eq!(VoteEscrow::total_at(now()), model.total_at(now()));
			}
			// A block catches the total up to now; then every past week start and a time
			// within each week.
			let block = System::block_number() + 1;
			System::set_block_number(block);
			VoteEscrow::on_initialize(block);
			let first_week = START / WEEK;
			for week in first_week..=now() / WEEK {
				let start = week * WEEK;
				let total = model.total_at(start);
				prop_assert_eq!(WeekTotals::<Test>::get(week), total);
				prop_assert_eq!(VoteEscrow::total_at(start), total);
				let between = start + WEEK / 3;
				if between <= now() {
					prop_assert_eq!(VoteEscrow::total_at(between), model.total_at(between));
					for who in 1..=6 {
						prop_assert_eq!(VoteEscrow::weight_at(&who, between), model.weight_at(who, between));
					}
				}
			}
			Ok(())
		})?;
	}
}
