use crate::{mock::*, *};
use cyberplaza_primitives::{Region, Tier};
use polkadot_sdk::frame_support::{assert_noop, assert_ok, BoundedVec};

#[test]
fn browse_sorts_by_price_and_filters() {
	test(|| {
		register(20, Tier::Certified);
		register(21, Tier::Ordinary);
		let c3 = offer(20, ResourceKind::CpuCoreHour, 3 * USDC, 100);
		let c1 = offer(21, ResourceKind::CpuCoreHour, USDC, 100);
		let c2 = offer(20, ResourceKind::CpuCoreHour, 2 * USDC, 100);
		let g = offer(20, ResourceKind::GpuHour, 2 * USDC, 100);
		let mut asia = terms(ResourceKind::CpuCoreHour, USDC / 2, 10);
		asia.spec.region = Region::EastAsia;
		Market::create_offer(RuntimeOrigin::signed(20), asia).unwrap();
		let asia = NextOfferId::<Test>::get() - 1;
		let ids = |f: OfferFilter<Balance>, offset, limit| {
			Market::browse_by_price(f, offset, limit)
				.into_iter()
				.map(|(id, _)| id)
				.collect::<Vec<_>>()
		};
		let cpu = OfferFilter { kind: Some(ResourceKind::CpuCoreHour), ..Default::default() };
		assert_eq!(ids(cpu, 0, 10), vec![asia, c1, c2, c3]);
		assert_eq!(ids(cpu, 1, 2), vec![c1, c2]);
		assert_eq!(
			ids(OfferFilter { region: Some(Region::Europe), ..cpu }, 0, 10),
			vec![c1, c2, c3]
		);
		assert_eq!(
			ids(OfferFilter { max_price: Some(2 * USDC), ..cpu }, 0, 10),
			vec![asia, c1, c2]
		);
		assert_eq!(
			ids(OfferFilter { tier: Some(Tier::Certified), ..cpu }, 0, 10),
			vec![asia, c2, c3]
		);
		assert_eq!(ids(OfferFilter::default(), 0, 10), vec![asia, c1, c2, g, c3]);
		// A full offer is not shown; one past its window neither.
		order(1, c1, 100);
		assert_eq!(ids(cpu, 0, 10), vec![asia, c2, c3]);
		advance(31 * DAY);
		assert!(ids(cpu, 0, 10).is_empty());
		assert_eq!(Market::offers_of(&20, &OfferFilter::default()).len(), 0);
	});
}

#[test]
fn quote_breaks_the_cost_down() {
	test(|| {
		register(20, Tier::Certified);
		register(21, Tier::Ordinary);
		let csp = offer(20, ResourceKind::CpuCoreHour, 3 * USDC, 1_000);
		let sp = offer(21, ResourceKind::CpuCoreHour, 3 * USDC, 1_000);
		Cashback::set(Permill::from_percent(3));
		let q = Market::quote(&1, csp, 100).unwrap();
		assert_eq!(
			q,
			Quote {
				cost: 300 * USDC,
				buffer: 60 * USDC,
				escrow: 360 * USDC,
				fee: 6 * USDC,
				provider_receives: 294 * USDC,
				cashback: 9 * USDC,
				incentive_volume: 450 * USDC,
				reference_cost: None,
				below_reference: None,
			}
		);
		let q = Market::quote(&1, sp, 100).unwrap();
		assert_eq!((q.fee, q.incentive_volume), (15 * USDC, 300 * USDC));
		assert_eq!(Market::quote(&1, 99, 1), Err(Error::<Test>::UnknownOffer.into()));
		assert_eq!(Market::quote(&1, sp, 1_001), Err(Error::<Test>::InsufficientCapacity.into()));
	});
}

fn p4d() -> CloudSku {
	CloudSku {
		provider: BoundedVec::truncate_from(b"aws".to_vec()),
		region: BoundedVec::truncate_from(b"us-east-1".to_vec()),
		instance: BoundedVec::truncate_from(b"p4d.24xlarge".to_vec()),
	}
}

#[test]
fn quotes_compare_with_the_cloud_reference_while_its_price_is_fresh() {
	use polkadot_sdk::sp_runtime::FixedU128;
	test(|| {
		register(20, Tier::Ordinary);
		let mut t = terms(ResourceKind::GpuHour, 2 * USDC, 1_000);
		t.reference = Some(CloudReference { sku: p4d(), units: 8 });
		let id = NextOfferId::<Test>::get();
		assert_ok!(Market::create_offer(RuntimeOrigin::signed(20), t.clone()));
		// No fresh price: no comparison.
		let q = Market::quote(&1, id, 80).unwrap();
		assert_eq!((q.reference_cost, q.below_reference), (None, None));
		// 80 GPU-hours = 10 instance-hours at 32.77 USD = 327.70 USDC; 160 is 51.17% below.
		let usd = |n: u128, d: u128| FixedU128::from_rational(n, d);
		Prices::mutate(|p| p.insert(PriceKey::Cloud(p4d()), usd(3_277, 100)));
		let q = Market::quote(&1, id, 80).unwrap();
		assert_eq!(q.reference_cost, Some(327_700_000));
		assert_eq!(q.below_reference, Some(Permill::from_parts(511_748)));
		// USDC at 0.99 USD: the reference costs more USDC.
		Prices::mutate(|p| p.insert(PriceKey::UsdcUsd, usd(99, 100)));
		assert_eq!(Market::quote(&1, id, 80).unwrap().reference_cost, Some(331_010_101));
		// Dearer than the reference: no "below".
		Prices::mutate(|p| p.insert(PriceKey::Cloud(p4d()), usd(8, 1)));
		let q = Market::quote(&1, id, 80).unwrap();
		assert_eq!((q.reference_cost, q.below_reference), (Some(80_808_080), None));
		// A reference worth zero units is refused.
		t.reference = Some(CloudReference { sku: p4d(), units: 0 });
		assert_noop!(Market::create_offer(RuntimeOrigin::signed(20), t), Error::<Test>::BadTerms);
	});
}
