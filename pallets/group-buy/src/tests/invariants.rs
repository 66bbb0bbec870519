//! Random commitments, withdrawals, procurement, deadlines and finalising against the books:
//! no USDC created or lost, every buyer ends with a voucher at the tier price or a refund.

use super::*;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Action {
	Commit(usize, u32),
	Withdraw(usize),
	Procure,
	Deadline,
	Finalise,
}

fn action() -> impl Strategy<Value = Action> {
	prop_oneof![
		4 => (0..6usize, 1..200u32).prop_map(|(b, u)| Action::Commit(b, u)),
		1 => (0..6usize).prop_map(Action::Withdraw),
		1 => Just(Action::Procure),
		1 => Just(Action::Deadline),
		2 => Just(Action::Finalise),
	]
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]
	#[test]
	fn no_usdc_is_created_or_lost(actions in prop::collection::vec(action(), 1..40)) {
		test(|| {
			let buyers = [1, 2, 3, 4, 5, 6];
			let c = create(terms());
			for a in actions {
				match a {
					Action::Commit(b, units) => {
						let _ = GroupBuy::commit(RuntimeOrigin::signed(buyers[b]), c, units);
					},
					Action::Withdraw(b) => {
						let _ = GroupBuy::withdraw_commitment(RuntimeOrigin::signed(buyers[b]), c);
					},
					Action::Procure => {
						let _ = GroupBuy::record_procurement(RuntimeOrigin::root(), c, [1; 32].into());
					},
					Action::Deadline => set_time(START + 7 * DAY),
					Action::Finalise => {
						let _ = GroupBuy::finalise(RuntimeOrigin::signed(5), c);
					},
				}
				GroupBuy::do_try_state().unwrap();
			}
			set_time(START + 7 * DAY);
			while !matches!(status(c), CampaignStatus::Succeeded { .. } | CampaignStatus::Failed) {
				finalise(c);
			}
			// Each buyer paid exactly the final price for its vouchers, or nothing.
			let price = match status(c) {
				CampaignStatus::Succeeded { price, .. } => price,
				_ => 0,
			};
			for b in buyers {
				let units: u32 = Issued::get().iter().filter(|i| i.0 == b).map(|i| i.2).sum();
				assert_eq!(100_000 * USDC - usdc(b), price * units as u128);
			}
			assert_eq!(usdc(GroupBuy::account_id()), 1);
			assert_eq!(Advanced::get(), 0);
		});
	}
}
