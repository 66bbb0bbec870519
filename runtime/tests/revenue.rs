//! veCPT, revenue and subscriptions inside the real runtime: locks with signed transactions, a
//! subscription paid in the USDC asset and split, the buy-back swapping on the chain's own
//! asset-conversion pool and burning CPT, weekly claims, and the runtime APIs.

mod common;

use common::{apply_signed, dev_chain};
use cyberplaza_primitives::RevenueSource;
use cyberplaza_runtime::{
	configs::providers::Usdc,
	constants::currency::{CPT, USDC},
	genesis::DEV_WEEK_SECS,
	AllPalletsWithSystem, Balances, Runtime, RuntimeCall, RuntimeOrigin, System,
};
use pallet_revenue::{runtime_api::runtime_decl_for_revenue_api::RevenueApiV1 as _, Destination};
use pallet_subscriptions::{
	runtime_api::runtime_decl_for_subscriptions_api::SubscriptionsApiV1 as _, Tier,
};
use pallet_vote_escrow::runtime_api::runtime_decl_for_vote_escrow_api::VoteEscrowApiV1 as _;
use polkadot_sdk::{
	frame_support::{
		assert_ok,
		traits::{fungible::Inspect, OnInitialize},
	},
	pallet_timestamp,
	sp_keyring::Sr25519Keyring::{Alice, Bob, Eve},
	sp_runtime::Permill,
};

/// A dev-chain week boundary.
const START: u64 = 1_800_000_000;
const WEEK: u64 = DEV_WEEK_SECS;

/// Moves the clock to `seconds` and runs the next block's `on_initialize`.
fn block_at(seconds: u64) {
	pallet_timestamp::Now::<Runtime>::put(seconds * 1_000);
	let number = System::block_number() + 1;
	System::set_block_number(number);
	AllPalletsWithSystem::on_initialize(number);
}

fn lock(who: polkadot_sdk::sp_keyring::Sr25519Keyring, cpt: u128, weeks: u64) {
	let call = pallet_vote_escrow::Call::<Runtime>::create_lock {
		amount: cpt * CPT,
		end: START + weeks * WEEK,
	};
	assert_ok!(apply_signed(who, RuntimeCall::VoteEscrow(call), None).unwrap());
}

#[test]
fn lock_pay_buy_back_burn_and_claim() {
	dev_chain().execute_with(|| {
		block_at(START);
		lock(Alice, 1_000, 10);
		lock(Bob, 3_000, 10);
		let alice_weight = Runtime::weight(Alice.to_account_id());
		assert!(alice_weight > 0);
		assert_eq!(Runtime::lock(Alice.to_account_id()).unwrap().amount, 1_000 * CPT);
		assert_eq!(Runtime::total(), alice_weight + Runtime::weight(Bob.to_account_id()));

		// In the next week Eve subscribes to Pro for a month: 200 USDC of revenue. (Her
		// genesis CPT vests: Alice gives her some for the fee.)
		block_at(START + WEEK + 1);
		assert_ok!(Balances::transfer_keep_alive(
			RuntimeOrigin::signed(Alice.to_account_id()),
			Eve.to_account_id().into(),
			10 * CPT,
		));
		let subscribe = pallet_subscriptions::Call::<Runtime>::subscribe {
			tier: Tier::Pro,
			months: 1,
			monthly_price: 200 * USDC,
		};
		let eve_usdc = Usdc::balance(&Eve.to_account_id());
		assert_ok!(apply_signed(Eve, RuntimeCall::Subscriptions(subscribe), None).unwrap());
		assert_eq!(eve_usdc - Usdc::balance(&Eve.to_account_id()), 200 * USDC);
		let status = Runtime::status(Eve.to_account_id());
		assert_eq!((status.tier, status.cashback), (Tier::Pro, Permill::from_percent(3)));
		assert!(status.entitlements.api_access);
		assert_eq!(Runtime::plans().len(), 4);
		let by_source = Runtime::totals_by_source();
		assert!(by_source.contains(&(RevenueSource::Subscription, 200 * USDC)));
		assert!(Runtime::totals_by_destination().contains(&(Destination::Stakers, 60 * USDC)));
		assert_eq!(Runtime::buy_back(), (40 * USDC, (0, 0)));

		// The next payout block buys CPT with the 40 USDC on the pool and burns it.
		let issuance = Balances::total_issuance();
		while !System::block_number().is_multiple_of(10) {
			block_at(START + WEEK + 2);
		}
		let (pending, (usdc, burned)) = Runtime::buy_back();
		assert_eq!((pending, usdc), (0, 40 * USDC));
		// The dev pool prices CPT at 0.1 USDC: about 400 CPT, less fee and impact.
		assert!(burned > 395 * CPT && burned < 400 * CPT, "{burned}");
		assert_eq!(Balances::total_issuance(), issuance - burned);
		let operations = pallet_account(cyberplaza_runtime::allocation::OPERATIONS_PALLET_ID);
		assert_eq!(Usdc::balance(&operations), 70 * USDC);

		// Once the week is over, Alice and Bob share its 60 USDC 1:3.
		block_at(START + 2 * WEEK);
		let (alice_pending, from, to) = Runtime::pending_rewards(Alice.to_account_id());
		assert_eq!(to - from, 2);
		let alice_usdc = Usdc::balance(&Alice.to_account_id());
		let claim = RuntimeCall::Revenue(pallet_revenue::Call::claim {});
		assert_ok!(apply_signed(Alice, claim.clone(), None).unwrap());
		assert_ok!(apply_signed(Bob, claim, None).unwrap());
		let alice_paid = Usdc::balance(&Alice.to_account_id()) - alice_usdc;
		assert_eq!(alice_paid, alice_pending);
		assert!(alice_paid.abs_diff(15 * USDC) <= 1, "{alice_paid}");
		assert_eq!(Runtime::pending_rewards(Alice.to_account_id()).0, 0);
		// APY at the pool price: 60 USDC × 52 a year on 4,000 CPT worth about 400 USDC.
		let apy = Runtime::apy().unwrap();
		assert!(apy > polkadot_sdk::sp_runtime::FixedU128::from_u32(7), "{apy:?}");
		pallet_revenue::Pallet::<Runtime>::do_try_state().unwrap();
		pallet_vote_escrow::Pallet::<Runtime>::do_try_state().unwrap();
	});
}

fn pallet_account(id: polkadot_sdk::frame_support::PalletId) -> cyberplaza_runtime::AccountId {
	cyberplaza_runtime::allocation::pallet_account(id)
}
