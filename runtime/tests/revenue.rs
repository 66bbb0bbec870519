//! veCPT, revenue and subscriptions inside the real runtime: locks with signed transactions, a
//! subscription paid in the USDC asset and split, the buy-back swapping on the chain's own
//! asset-conversion pool at the oracle's price, a slice a block, and burning CPT (and waiting
//! while a sandwich has moved the pool), weekly claims, and the runtime APIs.

mod common;

use common::{apply_signed, dev_chain, feed_cpt_usd};
use cyberplaza_primitives::RevenueSource;
use cyberplaza_runtime::{
	configs::{providers::Usdc, AssetKind},
	constants::{
		assets::USDC_ASSET_ID,
		currency::{CPT, USDC},
	},
	genesis::{dev_feeders, DEV_WEEK_SECS},
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
	pallet_asset_conversion, pallet_timestamp,
	sp_keyring::Sr25519Keyring::{self, Alice, Bob, Dave, Eve},
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

/// Seven of the eight dev feeders price CPT at `value` USD.
fn price_cpt(value: &str) {
	for feeder in &dev_feeders()[..7] {
		feed_cpt_usd(*feeder, value).expect("the feed applies");
	}
}

/// Runs blocks at `seconds` up to and including the next payout block.
fn until_payout(seconds: u64) {
	block_at(seconds);
	while !System::block_number().is_multiple_of(10) {
		block_at(seconds);
	}
}

fn lock(who: Sr25519Keyring, cpt: u128, weeks: u64) {
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

		// With the oracle's CPT/USD at the pool's 0.1, the buy-back spends its 40 USDC from the
		// next payout on, 10 USDC a block (the minimum; a tenth of 40 is less), and burns the
		// CPT.
		price_cpt("0.1");
		let issuance = Balances::total_issuance();
		until_payout(START + WEEK + 2);
		let (pending, (spent, _)) = Runtime::buy_back();
		assert_eq!((pending, spent), (30 * USDC, 10 * USDC), "one slice in the payout block");
		for _ in 0..3 {
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

/// Attack: a sandwich around a buy-back block. Dave buys CPT on the chain's pool with a real
/// swap before the block, to sell the buy-back's CPT dearer after it: the pool is then far from
/// the oracle's price, and the block buys nothing. Once he has sold back, the next block buys
/// its slice at the oracle's price.
#[test]
fn a_sandwich_around_a_buy_back_block_finds_nothing_to_sell_to() {
	dev_chain().execute_with(|| {
		block_at(START);
		price_cpt("0.1");
		// 1,000 USDC of revenue: 200 USDC to buy back, a 20 USDC slice a block.
		<pallet_revenue::Pallet<Runtime> as cyberplaza_primitives::RevenueSink<_, _>>::collect(
			&Alice.to_account_id(),
			RevenueSource::MarketFee,
			1_000 * USDC,
		)
		.expect("Alice pays");
		until_payout(START + 1);
		let bought = Runtime::buy_back().1;
		assert_eq!(bought.0, 20 * USDC);

		let usdc = AssetKind::WithId(USDC_ASSET_ID);
		let swap = |path: [AssetKind; 2], amount_in: u128| {
			let call = pallet_asset_conversion::Call::<Runtime>::swap_exact_tokens_for_tokens {
				path: path.map(Box::new).to_vec(),
				amount_in,
				amount_out_min: 1,
				send_to: Dave.to_account_id(),
				keep_alive: true,
			};
			assert_ok!(
				apply_signed(Dave, RuntimeCall::AssetConversion(call), Some(usdc.clone())).unwrap()
			);
		};
		// 5,000 USDC into the 50,000 USDC pool: CPT about 20% dearer.
		let cpt_before = Balances::balance(&Dave.to_account_id());
		swap([usdc.clone(), AssetKind::Native], 5_000 * USDC);
		let cpt_bought = Balances::balance(&Dave.to_account_id()) - cpt_before;
		block_at(START + 2);
		assert_eq!(Runtime::buy_back().1, bought, "nothing bought at the moved price");

		// Dave sells back; the pool is within 2% of the oracle again, less his fees.
		swap([AssetKind::Native, usdc.clone()], cpt_bought);
		block_at(START + 3);
		let (spent, burned) = Runtime::buy_back().1;
		assert_eq!(spent - bought.0, 20 * USDC);
		// 200 CPT at the oracle's 0.1, less at most the 2% bound.
		assert!(burned - bought.1 >= 196 * CPT, "{}", burned - bought.1);
		pallet_revenue::Pallet::<Runtime>::do_try_state().unwrap();
	});
}
