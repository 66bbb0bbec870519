//! Random commitments, withdrawals, procurement, deadlines and finalising against the books,
//! with buyers who empty their accounts (on a campaign cheap enough that their refunds cannot
//! recreate them) and claim later, and a market that stops delivering or a finalise after the
//! vouchers' expiry: no USDC created or lost, every buyer ends with a voucher at the tier price
//! or a refund, paid or kept for it, the campaign always closes, and a campaign that succeeds
//! repays the pool its principal and margin.

use super::refunds::cheap_licences;
use super::*;
use polkadot_sdk::frame_support::traits::{
	fungible::{InspectHold as _, Mutate as _},
	tokens::Preservation,
};
use proptest::prelude::*;

/// Where emptied accounts send their USDC.
const SINK: AccountId = 97;

#[derive(Clone, Debug)]
enum Action {
	Commit(usize, u32),
	Withdraw(usize),
	Procure,
	Deadline,
	Finalise,
	/// The buyer sends all its USDC away.
	Empty(usize),
	/// Time passes the vouchers' expiry: none can be issued any more.
	Expire,
	/// The market issues only this many more units, as one that cannot deliver.
	Refuse(u32),
	ClaimRefund(usize),
}

fn action() -> impl Strategy<Value = Action> {
	prop_oneof![
		// Single units often: on the cheap campaign their refunds are below the minimum balance.
		4 => (0..6usize, prop_oneof![Just(1u32), 1..200u32]).prop_map(|(b, u)| Action::Commit(b, u)),
		1 => (0..6usize).prop_map(Action::Withdraw),
		1 => Just(Action::Procure),
		1 => Just(Action::Deadline),
		2 => Just(Action::Finalise),
		1 => (0..6usize).prop_map(Action::Empty),
		1 => Just(Action::Expire),
		1 => (0..300u32).prop_map(Action::Refuse),
		1 => (0..6usize).prop_map(Action::ClaimRefund),
	]
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]
	#[test]
	fn no_usdc_is_created_or_lost(cheap in any::<bool>(), actions in prop::collection::vec(action(), 1..40)) {
		test(|| {
			let buyers = [1, 2, 3, 4, 5, 6];
			let mut sent = [0u128; 6];
			let c = create(if cheap { cheap_licences() } else { terms() });
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
					Action::Expire => set_time(terms().voucher_expiry),
					Action::Refuse(units) => Issuable::set(units),
					Action::Finalise => {
						let _ = GroupBuy::finalise(RuntimeOrigin::signed(5), c);
					},
					Action::Empty(b) => {
						let amount = usdc(buyers[b]);
						assert_ok!(Usdc::transfer(&buyers[b], &SINK, amount, Preservation::Expendable));
						sent[b] += amount;
					},
					Action::ClaimRefund(b) => {
						let owed = Unclaimed::<Test>::get(buyers[b]);
						let before = usdc(buyers[b]);
						match GroupBuy::claim_refund(RuntimeOrigin::signed(buyers[b])) {
							Ok(()) => assert_eq!(Some(usdc(buyers[b]) - before), owed),
							Err(_) => assert_eq!(Unclaimed::<Test>::get(buyers[b]), owed),
						}
					},
				}
				GroupBuy::do_try_state().unwrap();
			}
			set_time(START + 7 * DAY);
			while !matches!(status(c), CampaignStatus::Succeeded { .. } | CampaignStatus::Failed) {
				finalise(c);
			}
			// Each buyer paid exactly the final price for its vouchers, or nothing: what it holds,
			// sent away and may still claim add up.
			let price = match status(c) {
				CampaignStatus::Succeeded { price, .. } => price,
				_ => 0,
			};
			for (i, b) in buyers.into_iter().enumerate() {
				let units: u32 = Issued::get().iter().filter(|i| i.0 == b).map(|i| i.2).sum();
				let kept = Unclaimed::<Test>::get(b).unwrap_or(0);
				assert_eq!(100_000 * USDC - usdc(b) - sent[i] - kept, price * units as u128);
			}
			assert_eq!(usdc(GroupBuy::account_id()), USDC_MIN + UnclaimedTotal::<Test>::get());
			assert_eq!(Advanced::get(), 0);
			// A campaign that succeeded repaid the pool its principal and margin, however
			// little was delivered: the supplier's collateral made up the rest.
			if matches!(status(c), CampaignStatus::Succeeded { .. }) {
				for ((principal, paid), (_, margin, _)) in Settled::get().iter().zip(Advances::get()) {
					assert!(*paid >= principal + margin, "the pool got {paid} of {principal} + {margin}");
				}
			}
			// Nothing stays pledged or held once the campaign is over.
			assert_eq!(Pledged::get(), 0);
			assert_eq!(
				Usdc::balance_on_hold(&RuntimeHoldReason::GroupBuy(HoldReason::SupplierCollateral), &CSP),
				0
			);
		});
	}
}
