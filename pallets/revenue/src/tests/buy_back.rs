//! Buying back CPT on the pool and burning it.

use crate::{mock::*, *};
use polkadot_sdk::frame_support::traits::fungible::Inspect as _;

#[test]
fn the_buy_back_burns_what_it_buys() {
	test(|| {
		// 20% of 10,000 USDC: 2,000 USDC, within 1% of the pool's 1,000,000 USDC.
		pay(RevenueSource::MarketFee, 10_000 * USDC);
		let issuance = Balances::total_issuance();
		until_payout();
		let (usdc, cpt) = BoughtBack::<Test>::get();
		assert_eq!(usdc, 2_000 * USDC);
		// Spot 10 CPT per USDC, less the 0.3% fee and 0.2% impact.
		assert!(cpt > 19_900 * CPT && cpt < 19_960 * CPT, "{cpt}");
		assert_eq!(Balances::total_issuance(), issuance - cpt);
		assert_eq!(Balances::balance(&Revenue::account()), 0);
		assert_eq!(PendingBuyBack::<Test>::get(), 0);
		assert_eq!(Usdc::balance(&POOL), 1_002_000 * USDC);
		System::assert_has_event(Event::BoughtBackAndBurned { usdc, cpt }.into());
	});
}

#[test]
fn a_thin_pool_is_bought_from_slowly() {
	test(|| {
		// 20% of 1,000,000 USDC is 200,000: the pool takes 1% of its reserve per period.
		pay(RevenueSource::MarketFee, 1_000_000 * USDC);
		until_payout();
		assert_eq!(BoughtBack::<Test>::get().0, 10_000 * USDC);
		assert_eq!(PendingBuyBack::<Test>::get(), 190_000 * USDC);
		until_payout();
		// 1% of the reserve grown by the first buy.
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
		// Someone moved the price: the pool pays 3% below its curve, beyond the 2% bound.
		PoolShortfall::set(Permill::from_percent(3));
		let issuance = Balances::total_issuance();
		until_payout();
		assert_eq!(PendingBuyBack::<Test>::get(), 2_000 * USDC);
		assert_eq!(Balances::total_issuance(), issuance);
		assert!(System::events().iter().any(|e| matches!(
			e.event,
			RuntimeEvent::Revenue(Event::BuyBackFailed { usdc, .. }) if usdc == 2_000 * USDC
		)));
		PoolShortfall::set(Permill::zero());
		until_payout();
		assert_eq!(PendingBuyBack::<Test>::get(), 0);
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
