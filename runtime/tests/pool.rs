//! The liquidity pool and group buys inside the real runtime: rUSDC in `pallet-assets`, a
//! certified SP from pallet-providers supplying through its market offer, the buyers' vouchers
//! from pallet-market, the pool's advance repaid with its margin, profit into revenue, and
//! the runtime APIs as wallets read them.

mod common;

use common::{dev_chain, register_sp};
use cyberplaza_primitives::Region;
use cyberplaza_runtime::{
	configs::{pool::Rusdc, providers::Usdc, UsdcAssetsInstance},
	constants::{
		assets::RUSDC_ASSET_ID,
		currency::{USDC, USDC_MIN_BALANCE},
		time::DAY_SECS,
	},
	genesis::DEV_HOLDING_SECS,
	Assets, GroupBuy, LiquidityPool, Market, Providers, Revenue, Runtime, RuntimeOrigin,
};
use pallet_group_buy::{
	runtime_api::runtime_decl_for_group_buy_api::GroupBuyApiV1 as _, CampaignStatus, CampaignTerms,
	PriceTier,
};
use pallet_liquidity_pool::runtime_api::runtime_decl_for_liquidity_pool_api::LiquidityPoolApiV1 as _;
use pallet_market::{HardwareSpec, OfferTerms, ResourceKind, Sla, VoucherValue};
use pallet_providers::Figures;
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{fungible::Inspect, Hooks},
		BoundedVec,
	},
	pallet_assets, pallet_timestamp,
	sp_core::H256,
	sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve},
	sp_runtime::{FixedU128, Permill},
};

const START: u64 = 1_800_000_000;
const T0: u64 = START + 30 * DAY_SECS;

fn set_time(seconds: u64) {
	pallet_timestamp::Now::<Runtime>::put(seconds * 1_000);
}

/// Bob registers, is benchmarked and certified after probation, and lists 10,000 GPU-hours.
fn bob_is_a_csp_with_an_offer() {
	let bob = Bob.to_account_id();
	let figures = Figures {
		hpl_gflops: 4_000,
		cpu_cores: 128,
		memory_gb: 512,
		nvme_gb: 15_000,
		uplink_mbps: 10_000,
		..Default::default()
	};
	set_time(START);
	register_sp(Bob, Charlie);
	assert_ok!(Providers::apply_for_certification(
		RuntimeOrigin::signed(bob.clone()),
		figures.clone()
	));
	assert_ok!(Providers::quote_certification_fee(
		RuntimeOrigin::root(),
		bob.clone(),
		5_000 * USDC
	));
	assert_ok!(Providers::pay_certification_fee(RuntimeOrigin::signed(bob.clone())));
	assert_ok!(Providers::record_benchmark(RuntimeOrigin::root(), bob.clone(), figures));
	set_time(T0);
	let terms = OfferTerms {
		kind: ResourceKind::GpuHour,
		spec: HardwareSpec {
			cpu_model: BoundedVec::truncate_from(b"EPYC 9654".to_vec()),
			cores: 192,
			memory_gb: 1_536,
			gpu_model: BoundedVec::truncate_from(b"A100".to_vec()),
			gpus: 8,
			region: Region::Europe,
		},
		unit_price: 3 * USDC,
		capacity: 10_000,
		window_start: T0,
		window_end: T0 + 120 * DAY_SECS,
		sla: Sla { min_uptime: Permill::from_parts(995_000), max_start_delay: 3_600 },
		preemptible: false,
		tags: BoundedVec::new(),
		reference: None,
	};
	assert_ok!(Market::create_offer(RuntimeOrigin::signed(bob), terms));
}

/// A-100 hours at 2.5 retail, 2.2 from 200 units, 2.0 from 1,000; the CSP gets 1.8; minimum
/// 200 units; the pool advances 300 USDC at 8%.
fn terms() -> CampaignTerms<polkadot_sdk::sp_runtime::AccountId32> {
	CampaignTerms {
		supplier: Bob.to_account_id(),
		offer: 0,
		product: H256::repeat_byte(7),
		retail_price: 2_500_000,
		supplier_price: 1_800_000,
		tiers: BoundedVec::truncate_from(vec![
			PriceTier { min_units: 200, price: 2_200_000 },
			PriceTier { min_units: 1_000, price: 2 * USDC },
		]),
		min_units: 200,
		max_units: 5_000,
		deadline: T0 + 7 * DAY_SECS,
		advance: 300 * USDC,
		pool_margin: Permill::from_percent(8),
		voucher_expiry: T0 + 90 * DAY_SECS,
	}
}

#[test]
fn lps_fund_a_group_buy_that_fills_and_earn_from_it() {
	dev_chain().execute_with(|| {
		bob_is_a_csp_with_an_offer();
		let (alice, dave, eve) = (Alice.to_account_id(), Dave.to_account_id(), Eve.to_account_id());
		let pool = LiquidityPool::account_id();
		assert_eq!(Usdc::balance(&pool), USDC_MIN_BALANCE);
		assert_ok!(LiquidityPool::deposit(RuntimeOrigin::signed(alice.clone()), 10_000 * USDC));
		assert_ok!(LiquidityPool::deposit(RuntimeOrigin::signed(dave.clone()), 5_000 * USDC));
		assert_eq!(Rusdc::balance(&dave), 5_000 * USDC);
		assert_eq!(Runtime::tvl(), 15_000 * USDC);
		assert_eq!(Runtime::exchange_rate(), FixedU128::from_u32(1));

		// An ordinary SP cannot supply a group buy.
		let mut not_csp = terms();
		not_csp.supplier = Charlie.to_account_id();
		assert_noop!(
			GroupBuy::create_campaign(RuntimeOrigin::root(), not_csp),
			pallet_group_buy::Error::<Runtime>::NotCertified
		);
		assert_ok!(GroupBuy::create_campaign(RuntimeOrigin::root(), terms()));
		assert_ok!(GroupBuy::commit(RuntimeOrigin::signed(dave.clone()), 0, 600));
		assert_ok!(GroupBuy::commit(RuntimeOrigin::signed(eve.clone()), 0, 500));
		assert_eq!(Runtime::price_now(0), Some((1_100, 2 * USDC)));
		assert_eq!(Runtime::commitment(0, eve.clone()), Some(500));
		let payout = Usdc::balance(&Charlie.to_account_id());
		assert_ok!(GroupBuy::record_procurement(RuntimeOrigin::root(), 0, H256::repeat_byte(9)));
		assert_eq!(Usdc::balance(&Charlie.to_account_id()) - payout, 300 * USDC);
		assert_eq!(Runtime::utilisation(), Permill::from_percent(2));

		set_time(T0 + 7 * DAY_SECS);
		let (dave_usdc, revenue) = (Usdc::balance(&dave), Usdc::balance(&Revenue::account()));
		assert_ok!(GroupBuy::finalise(RuntimeOrigin::signed(alice.clone()), 0));
		let campaign = Runtime::campaign(0).expect("kept");
		assert_eq!(campaign.status, CampaignStatus::Succeeded { price: 2 * USDC, units: 1_100 });
		// Dave held 600 × 2.5 and paid 600 × 2: 300 back, and a voucher for 600 GPU-hours.
		assert_eq!(Usdc::balance(&dave) - dave_usdc, 300 * USDC);
		let vouchers: Vec<_> = pallet_market::Vouchers::<Runtime>::iter_values()
			.filter(|v| v.holder == dave)
			.collect();
		assert_eq!(vouchers.len(), 1);
		assert_eq!(vouchers[0].value, VoucherValue::Units { offer: 0, units: 600 });
		// 2,200 in: the CSP 1,100 × 1.8 − 300 = 1,680, the pool 324, revenue 196.
		assert_eq!(Usdc::balance(&Charlie.to_account_id()) - payout, 1_980 * USDC);
		assert_eq!(Usdc::balance(&Revenue::account()) - revenue, 196 * USDC);
		// 10% of the pool's 24 USDC profit to insurance; the LPs' value grows by 21.6.
		assert_eq!(Runtime::insurance_fund(), 2_400_000);
		assert_eq!(Runtime::tvl(), 15_024 * USDC);
		assert!(Runtime::exchange_rate() > FixedU128::from_u32(1));
		assert!(Runtime::apy() > FixedU128::from_u32(0));

		// Dave takes everything out: more than he paid in, within the day's 10% allowance.
		let before = Usdc::balance(&dave);
		assert_ok!(LiquidityPool::withdraw(RuntimeOrigin::signed(dave.clone()), 1_000 * USDC));
		assert_eq!(Usdc::balance(&dave) - before, 1_001_440_000);
		// Alice's 9,999.99 rUSDC are more than today's allowance: queued, then served.
		let shares = Rusdc::balance(&alice);
		assert_ok!(LiquidityPool::withdraw(RuntimeOrigin::signed(alice.clone()), shares));
		let (position, queued, _) = Runtime::queue_position(alice.clone()).expect("queued");
		assert_eq!((position, queued), (0, shares));
		let before = Usdc::balance(&alice);
		LiquidityPool::on_initialize(2);
		assert!(Usdc::balance(&alice) > before);
		LiquidityPool::do_try_state().expect("pool books balance");
		GroupBuy::do_try_state().expect("group-buy books balance");
	});
}

#[test]
fn a_campaign_that_misses_its_minimum_refunds_and_the_pool_bears_the_advance() {
	dev_chain().execute_with(|| {
		bob_is_a_csp_with_an_offer();
		let (alice, dave) = (Alice.to_account_id(), Dave.to_account_id());
		assert_ok!(LiquidityPool::deposit(RuntimeOrigin::signed(alice.clone()), 10_000 * USDC));
		assert_ok!(GroupBuy::create_campaign(RuntimeOrigin::root(), terms()));
		let before = Usdc::balance(&dave);
		assert_ok!(GroupBuy::commit(RuntimeOrigin::signed(dave.clone()), 0, 150));
		assert_ok!(GroupBuy::record_procurement(RuntimeOrigin::root(), 0, H256::repeat_byte(9)));
		assert_noop!(
			GroupBuy::finalise(RuntimeOrigin::signed(alice.clone()), 0),
			pallet_group_buy::Error::<Runtime>::TooEarly
		);
		set_time(T0 + 7 * DAY_SECS);
		assert_noop!(
			GroupBuy::commit(RuntimeOrigin::signed(alice.clone()), 0, 100),
			pallet_group_buy::Error::<Runtime>::CampaignClosed
		);
		assert_ok!(GroupBuy::finalise(RuntimeOrigin::signed(alice), 0));
		assert_eq!(Usdc::balance(&dave), before);
		assert_eq!(Runtime::campaign(0).expect("kept").status, CampaignStatus::Failed);
		// No insurance yet: the LPs lose the 300 USDC advance.
		assert_eq!(Runtime::tvl(), 9_700 * USDC);
		assert!(pallet_market::Vouchers::<Runtime>::iter().next().is_none());
	});
}

/// Attack: once the pool has advanced the procurement and the deadline has passed, Bob (the
/// supplier) tries to take his GPU-hours back so that no voucher can be issued and the advance
/// becomes the LPs' loss: pause the offer, close it, shrink it, end its window before the
/// vouchers expire, leave the registry. The campaign's pledge refuses each; finalising issues
/// every voucher, repays the pool with its margin and releases Bob's collateral.
#[test]
fn a_supplier_cannot_take_back_capacity_a_procured_campaign_sold() {
	dev_chain().execute_with(|| {
		bob_is_a_csp_with_an_offer();
		let (alice, bob, dave) = (Alice.to_account_id(), Bob.to_account_id(), Dave.to_account_id());
		assert_ok!(LiquidityPool::deposit(RuntimeOrigin::signed(alice.clone()), 10_000 * USDC));
		assert_ok!(GroupBuy::create_campaign(RuntimeOrigin::root(), terms()));
		// The campaign's 5,000 units are pledged: an order cannot take them.
		assert_eq!(pallet_market::Offers::<Runtime>::get(0).expect("listed").available(), 5_000);
		assert_noop!(
			Market::place_order(
				RuntimeOrigin::signed(alice.clone()),
				0,
				5_001,
				3_600,
				None,
				None,
				None
			),
			pallet_market::Error::<Runtime>::InsufficientCapacity
		);
		let bob_usdc = Usdc::balance(&bob);
		assert_ok!(GroupBuy::record_procurement(RuntimeOrigin::root(), 0, H256::repeat_byte(9)));
		// What the pool is owed for its 300 USDC advance, 324, is held of Bob's USDC.
		assert_eq!(bob_usdc - Usdc::balance(&bob), 324 * USDC);
		assert_ok!(GroupBuy::commit(RuntimeOrigin::signed(dave.clone()), 0, 600));

		set_time(T0 + 7 * DAY_SECS);
		let sp = RuntimeOrigin::signed(bob.clone());
		let pledged = || pallet_market::Error::<Runtime>::OfferPledged;
		assert_noop!(Market::pause_offer(sp.clone(), 0), pledged());
		assert_noop!(Market::close_offer(sp.clone(), 0), pledged());
		assert_noop!(
			Market::update_offer(sp.clone(), 0, None, None, Some(T0 + 30 * DAY_SECS)),
			pledged()
		);
		assert_noop!(
			Market::update_offer(sp.clone(), 0, None, Some(4_999), None),
			pallet_market::Error::<Runtime>::CapacityInUse
		);
		assert_noop!(
			Providers::deregister(sp.clone()),
			pallet_providers::Error::<Runtime>::HasOpenOrders
		);

		let tvl = Runtime::tvl();
		assert_ok!(GroupBuy::finalise(RuntimeOrigin::signed(alice), 0));
		assert_eq!(
			Runtime::campaign(0).expect("kept").status,
			CampaignStatus::Succeeded { price: 2_200_000, units: 600 }
		);
		// The pool got its 300 back with the 24 USDC margin; the collateral is Bob's again.
		assert!(Runtime::tvl() > tvl);
		assert_eq!(Usdc::balance(&bob), bob_usdc);
		// Dave's 600 GPU-hours are still pledged to his voucher; the 4,400 nobody bought are
		// Bob's again.
		assert_eq!(pallet_market::Offers::<Runtime>::get(0).expect("listed").available(), 9_400);
		assert_noop!(Market::pause_offer(sp.clone(), 0), pledged());
		// Dave runs a 100-hour job and keeps 500 hours on his voucher.
		assert_ok!(Market::place_order(
			RuntimeOrigin::signed(dave.clone()),
			0,
			100,
			13 * 3_600,
			None,
			Some(0),
			None
		));
		assert_eq!(
			pallet_market::Vouchers::<Runtime>::get(0).expect("kept").value,
			VoucherValue::Units { offer: 0, units: 500 }
		);
		// Once he gives the rest back, Bob may pause.
		assert_ok!(Market::release_voucher(RuntimeOrigin::signed(dave), 0));
		assert_ok!(Market::pause_offer(sp, 0));
		LiquidityPool::do_try_state().expect("pool books balance");
		GroupBuy::do_try_state().expect("group-buy books balance");
	});
}

/// Attack: `batch_all([deposit(D), group_buy.finalise(c), withdraw(shares)])` on the call that
/// repays the pool used to take D / (V + D) of the campaign's margin without carrying its risk.
/// The margin accrues from the procurement to the deadline, before anyone can finalise, and new
/// rUSDC is held for the holding period: Eve can neither withdraw nor move her shares in the
/// batch, and when she withdraws later she gets back no more than she paid. Alice, who held the
/// pool all along, keeps the margin.
#[test]
fn a_flash_deposit_around_the_closing_finalise_earns_nothing() {
	dev_chain().execute_with(|| {
		bob_is_a_csp_with_an_offer();
		let (alice, dave, eve) = (Alice.to_account_id(), Dave.to_account_id(), Eve.to_account_id());
		assert_ok!(LiquidityPool::deposit(RuntimeOrigin::signed(alice.clone()), 10_000 * USDC));
		assert_ok!(GroupBuy::create_campaign(RuntimeOrigin::root(), terms()));
		assert_ok!(GroupBuy::record_procurement(RuntimeOrigin::root(), 0, H256::repeat_byte(9)));
		assert_ok!(GroupBuy::commit(RuntimeOrigin::signed(dave.clone()), 0, 1_000));
		set_time(T0 + 7 * DAY_SECS);
		// The LPs' 90% of the 24 USDC margin has accrued by the deadline.
		assert_eq!(LiquidityPool::pool_value(), 10_021_600_000);
		let before = Usdc::balance(&eve);
		assert_ok!(LiquidityPool::deposit(RuntimeOrigin::signed(eve.clone()), 15_000 * USDC));
		assert_ok!(GroupBuy::finalise(RuntimeOrigin::signed(eve.clone()), 0));
		let shares = Rusdc::balance(&eve);
		assert_noop!(
			LiquidityPool::withdraw(RuntimeOrigin::signed(eve.clone()), shares),
			pallet_liquidity_pool::Error::<Runtime>::SharesTooNew
		);
		assert_noop!(
			Assets::transfer(
				RuntimeOrigin::signed(eve.clone()),
				RUSDC_ASSET_ID.into(),
				dave.into(),
				1
			),
			// The assets pallet's word for frozen funds.
			pallet_assets::Error::<Runtime, UsdcAssetsInstance>::BalanceLow
		);
		set_time(T0 + 7 * DAY_SECS + DEV_HOLDING_SECS);
		assert_ok!(LiquidityPool::withdraw(RuntimeOrigin::signed(eve.clone()), shares));
		assert!(Usdc::balance(&eve) <= before, "Eve gained {}", Usdc::balance(&eve) - before);
		assert!(LiquidityPool::shares_value(Rusdc::balance(&alice)).unwrap() > 10_021 * USDC);
		LiquidityPool::do_try_state().expect("pool books balance");
		GroupBuy::do_try_state().expect("group-buy books balance");
	});
}
