//! Buying back CPT on the pool, a slice a block at the oracle's price, and burning it.

use crate::{mock::*, *};
use polkadot_sdk::frame_support::traits::{
	fungible::{Inspect as _, Mutate as _},
	tokens::Preservation,
};

fn bought_back_events() -> usize {
	System::events()
		.iter()
		.filter(|e| matches!(e.event, RuntimeEvent::Revenue(Event::BoughtBackAndBurned { .. })))
		.count()
}

#[test]
fn the_buy_back_spreads_over_the_period_and_burns_what_it_buys() {
	test(|| {
		// 20% of 10,000 USDC: 2,000 USDC, a tenth of it in each of the period's ten blocks.
		pay(RevenueSource::MarketFee, 10_000 * USDC);
		let issuance = Balances::total_issuance();
		until_payout();
		assert_eq!(BuyBackSlice::<Test>::get(), 200 * USDC);
		assert_eq!(BoughtBack::<Test>::get().0, 200 * USDC);
		for _ in 1..10 {
			next_block();
		}
		let (usdc, cpt) = BoughtBack::<Test>::get();
		assert_eq!(usdc, 2_000 * USDC);
		assert_eq!(bought_back_events(), 10);
		// Spot 10 CPT per USDC, less the 0.3% fee and 0.2% impact.
		assert!(cpt > 19_890 * CPT && cpt < 19_960 * CPT, "{cpt}");
		assert_eq!(Balances::total_issuance(), issuance - cpt);
		assert_eq!(Balances::balance(&Revenue::account()), 0);
		assert_eq!(PendingBuyBack::<Test>::get(), 0);
		assert_eq!(Usdc::balance(&POOL), 1_002_000 * USDC);
		// Nothing is left for the rest of the period.
		next_block();
		assert_eq!(bought_back_events(), 10);
	});
}

#[test]
fn a_thin_pool_is_bought_from_slowly() {
	test(|| {
		// 20% of 1,000,000 USDC is 200,000: a slice of 20,000, but a block takes only 1% of
		// the pool's reserve.
		pay(RevenueSource::MarketFee, 1_000_000 * USDC);
		until_payout();
		assert_eq!(BoughtBack::<Test>::get().0, 10_000 * USDC);
		assert_eq!(PendingBuyBack::<Test>::get(), 190_000 * USDC);
		// That buy moved the pool's price 2% from the oracle's: the next block waits.
		next_block();
		assert_eq!(BoughtBack::<Test>::get().0, 10_000 * USDC);
		// Once the oracle has the new price, 1% of the reserve grown by the first buy.
		CptUsd::set(Some(FixedU128::from_rational(
			Usdc::balance(&POOL) * CPT,
			Balances::balance(&POOL) * USDC,
		)));
		next_block();
		assert_eq!(BoughtBack::<Test>::get().0, 10_000 * USDC + 10_100 * USDC);
	});
}

#[test]
fn without_a_pool_or_above_the_slippage_bound_it_waits() {
	test(|| {
		PoolOpen::set(false);
		pay(RevenueSource::MarketFee, 10_000 * USDC);
		until_payout();
		assert_eq!(PendingBuyBack::<Test>::get(), 2_000 * USDC);
		assert_eq!(BoughtBack::<Test>::get(), (0, 0));
		PoolOpen::set(true);
		// The pool pays 3% below its curve, beyond the 2% bound: every block's swap fails.
		PoolShortfall::set(Permill::from_percent(3));
		let issuance = Balances::total_issuance();
		until_payout();
		assert_eq!(PendingBuyBack::<Test>::get(), 2_000 * USDC);
		assert_eq!(Balances::total_issuance(), issuance);
		assert!(System::events().iter().any(|e| matches!(
			e.event,
			RuntimeEvent::Revenue(Event::BuyBackFailed { usdc, .. }) if usdc == 200 * USDC
		)));
		PoolShortfall::set(Permill::zero());
		for _ in 0..20 {
			next_block();
		}
		assert_eq!(PendingBuyBack::<Test>::get(), 0);
	});
}

#[test]
fn without_a_fresh_oracle_price_it_waits() {
	test(|| {
		CptUsd::set(None);
		pay(RevenueSource::MarketFee, 10_000 * USDC);
		until_payout();
		next_block();
		assert_eq!(PendingBuyBack::<Test>::get(), 2_000 * USDC);
		assert_eq!(BoughtBack::<Test>::get(), (0, 0));
		CptUsd::set(Some(FixedU128::from_rational(1, 10)));
		next_block();
		assert_eq!(BoughtBack::<Test>::get().0, 200 * USDC);
	});
}

/// Attack: a sandwich. Before a buy-back block, Mallory buys CPT on the pool, pushing its
/// price up 5%, to sell the buy-back's CPT dearer after it. The pool is then more than the 2%
/// bound away from the oracle: the block buys nothing until the price is back.
#[test]
fn a_pool_moved_away_from_the_oracle_buys_nothing() {
	test(|| {
		const MALLORY: AccountId = 99;
		pay(RevenueSource::MarketFee, 10_000 * USDC);
		until_payout();
		let bought = BoughtBack::<Test>::get();
		// 25,000 USDC in, about 244,000 CPT out of the constant-product pool: CPT 5% dearer.
		assert_ok(Usdc::transfer(&PAYER, &MALLORY, 25_000 * USDC, Preservation::Expendable));
		let cpt_out = 10_000_000 * CPT * 25_000 / 1_025_000;
		assert_ok(Usdc::transfer(&MALLORY, &POOL, 25_000 * USDC, Preservation::Expendable));
		assert_ok(Balances::transfer(&POOL, &MALLORY, cpt_out, Preservation::Expendable));
		next_block();
		assert_eq!(BoughtBack::<Test>::get(), bought, "nothing bought at the moved price");
		// Mallory sells back: the next block buys its slice at the oracle's price.
		assert_ok(Balances::transfer(&MALLORY, &POOL, cpt_out, Preservation::Expendable));
		assert_ok(Usdc::transfer(&POOL, &MALLORY, 25_000 * USDC, Preservation::Expendable));
		next_block();
		let (usdc, cpt) = BoughtBack::<Test>::get();
		assert_eq!(usdc - bought.0, 200 * USDC);
		assert!(cpt - bought.1 > 1_990 * CPT, "at the oracle's 10 CPT per USDC, less the fee");
	});
}

/// Within the bound the buy-back still takes the oracle's price less the slippage, not the
/// pool's: a pool within the bound that pays less than that after its fee is refused.
#[test]
fn within_the_bound_the_oracle_sets_the_least_cpt_taken() {
	test(|| {
		pay(RevenueSource::MarketFee, 10_000 * USDC);
		until_payout();
		let bought = BoughtBack::<Test>::get();
		// The oracle says 0.09818 USD: 2,037 CPT for the 200 USDC slice. The pool's spot,
		// 1,999, is within 2% of it, but after its fee the pool pays 1,993, less than the
		// 1,996 the bound takes.
		CptUsd::set(Some(FixedU128::from_rational(9_818, 100_000)));
		next_block();
		assert_eq!(BoughtBack::<Test>::get(), bought);
		assert!(System::events().iter().any(|e| matches!(
			e.event,
			RuntimeEvent::Revenue(Event::BuyBackFailed { usdc, .. }) if usdc == 200 * USDC
		)));
	});
}

#[test]
fn small_buy_backs_wait_for_more() {
	test(|| {
		// 20% of 40 USDC is 8 USDC, below the 10 USDC minimum.
		pay(RevenueSource::MarketFee, 40 * USDC);
		until_payout();
		assert_eq!(PendingBuyBack::<Test>::get(), 8 * USDC);
		pay(RevenueSource::MarketFee, 10 * USDC);
		until_payout();
		assert_eq!(PendingBuyBack::<Test>::get(), 0);
		assert_eq!(BoughtBack::<Test>::get().0, 10 * USDC);
	});
}

fn assert_ok<T>(result: Result<T, DispatchError>) {
	result.expect("the transfer goes through");
}
