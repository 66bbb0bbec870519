use crate::{mock::*, *};
use cyberplaza_primitives::{Region, Tier};
use polkadot_sdk::frame_support::{assert_noop, assert_ok};

#[test]
fn offers_are_listed_indexed_and_capped_for_sps_below_csp() {
	test(|| {
		register(20, Tier::Ordinary);
		register(21, Tier::Certified);
		// 10,000 USDC of capacity value per 30 days for an ordinary SP: 2,000 × 5 USDC fits.
		let a = offer(20, ResourceKind::CpuCoreHour, 5 * USDC, 2_000);
		assert_noop!(
			Market::create_offer(
				RuntimeOrigin::signed(20),
				terms(ResourceKind::CpuCoreHour, USDC, 1)
			),
			Error::<Test>::ListingCapExceeded
		);
		// A CSP is not capped.
		offer(21, ResourceKind::CpuCoreHour, 5 * USDC, 1_000_000);
		assert!(OfferIndex::<Test>::contains_key((
			ResourceKind::CpuCoreHour,
			Region::Europe,
			billing::price_key(5 * USDC),
			a
		)));
		// The period rolls over.
		advance(30 * DAY);
		offer(20, ResourceKind::CpuCoreHour, USDC, 1_000);
		assert_eq!(ListedValue::<Test>::get(20).value, 1_000 * USDC);
	});
}

#[test]
fn bad_offers_are_refused() {
	test(|| {
		register(20, Tier::Certified);
		let origin = || RuntimeOrigin::signed(20);
		assert_noop!(
			Market::create_offer(RuntimeOrigin::signed(22), terms(ResourceKind::GpuHour, USDC, 1)),
			Error::<Test>::NotActiveProvider
		);
		let mut t = terms(ResourceKind::GpuHour, USDC, 0);
		assert_noop!(Market::create_offer(origin(), t.clone()), Error::<Test>::BadTerms);
		t.capacity = 1;
		t.unit_price = 0;
		assert_noop!(Market::create_offer(origin(), t.clone()), Error::<Test>::BadTerms);
		t.unit_price = USDC;
		t.window_end = t.window_start;
		assert_noop!(Market::create_offer(origin(), t.clone()), Error::<Test>::BadTerms);
		// A metered kind needs something to meter.
		let mut gpu_less = terms(ResourceKind::GpuHour, USDC, 1);
		gpu_less.spec.gpus = 0;
		assert_noop!(Market::create_offer(origin(), gpu_less), Error::<Test>::BadTerms);
		let mut core_less = terms(ResourceKind::CpuCoreHour, USDC, 1);
		core_less.spec.cores = 0;
		assert_noop!(Market::create_offer(origin(), core_less), Error::<Test>::BadTerms);
		for _ in 0..8 {
			offer(20, ResourceKind::GpuHour, USDC, 1);
		}
		assert_noop!(
			Market::create_offer(origin(), terms(ResourceKind::GpuHour, USDC, 1)),
			Error::<Test>::TooManyOffers
		);
		Registered::mutate(|r| r.get_mut(&20).unwrap().active = false);
		assert_noop!(
			Market::create_offer(origin(), terms(ResourceKind::GpuHour, USDC, 1)),
			Error::<Test>::NotActiveProvider
		);
	});
}

#[test]
fn update_pause_resume_close() {
	test(|| {
		register(20, Tier::Certified);
		register(21, Tier::Certified);
		let id = offer(20, ResourceKind::CpuCoreHour, 2 * USDC, 100);
		let o = order(1, id, 40);
		assert_noop!(
			Market::update_offer(RuntimeOrigin::signed(21), id, Some(USDC), None, None),
			Error::<Test>::NotOfferOwner
		);
		assert_noop!(
			Market::update_offer(RuntimeOrigin::signed(20), id, None, Some(39), None),
			Error::<Test>::CapacityInUse
		);
		assert_noop!(
			Market::update_offer(RuntimeOrigin::signed(20), id, Some(0), None, None),
			Error::<Test>::BadTerms
		);
		assert_noop!(
			Market::update_offer(RuntimeOrigin::signed(20), id, None, None, Some(now())),
			Error::<Test>::BadTerms
		);
		assert_ok!(Market::update_offer(RuntimeOrigin::signed(20), id, Some(USDC), Some(40), None));
		// The open order keeps its price; the offer is full.
		assert_eq!(Orders::<Test>::get(o).unwrap().unit_price, 2 * USDC);
		assert_noop!(
			Market::place_order(RuntimeOrigin::signed(1), id, 1, HOUR, None, None, None),
			Error::<Test>::InsufficientCapacity
		);
		assert_ok!(Market::update_offer(RuntimeOrigin::signed(20), id, None, Some(50), None));
		assert_ok!(Market::pause_offer(RuntimeOrigin::signed(20), id));
		assert_noop!(
			Market::pause_offer(RuntimeOrigin::signed(20), id),
			Error::<Test>::OfferNotActive
		);
		assert_noop!(
			Market::place_order(RuntimeOrigin::signed(1), id, 1, HOUR, None, None, None),
			Error::<Test>::OfferNotActive
		);
		assert!(Market::browse_by_price(OfferFilter::default(), 0, 10).is_empty());
		assert_ok!(Market::resume_offer(RuntimeOrigin::signed(20), id));
		assert_noop!(
			Market::resume_offer(RuntimeOrigin::signed(20), id),
			Error::<Test>::WrongState
		);
		assert_eq!(Market::browse_by_price(OfferFilter::default(), 0, 10).len(), 1);
		// Closing keeps the offer while the order holds capacity, then it goes.
		assert_ok!(Market::close_offer(RuntimeOrigin::signed(20), id));
		assert_noop!(
			Market::close_offer(RuntimeOrigin::signed(20), id),
			Error::<Test>::OfferClosed
		);
		assert_noop!(
			Market::update_offer(RuntimeOrigin::signed(20), id, Some(USDC), None, None),
			Error::<Test>::OfferClosed
		);
		assert!(Offers::<Test>::contains_key(id));
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(1), o));
		assert!(!Offers::<Test>::contains_key(id));
		assert!(ProviderOffers::<Test>::get(20).is_empty());
	});
}

/// Attack: terms that never end pin whatever depends on them: an SLA start delay of
/// `u64::MAX` keeps an order unstarted and unresolvable for ever, a window of `u64::MAX` an
/// offer's capacity. Start delays are at most 7 days, windows end within a year.
#[test]
fn terms_without_an_end_are_refused() {
	test(|| {
		register(20, Tier::Certified);
		let origin = || RuntimeOrigin::signed(20);
		let mut t = terms(ResourceKind::CpuCoreHour, USDC, 10);
		t.sla.max_start_delay = u64::MAX;
		assert_noop!(Market::create_offer(origin(), t.clone()), Error::<Test>::StartDelayTooLong);
		t.sla.max_start_delay = 7 * DAY + 1;
		assert_noop!(Market::create_offer(origin(), t.clone()), Error::<Test>::StartDelayTooLong);
		t.sla.max_start_delay = 7 * DAY;
		t.window_end = u64::MAX;
		assert_noop!(Market::create_offer(origin(), t.clone()), Error::<Test>::WindowTooLong);
		t.window_end = now() + 365 * DAY + 1;
		assert_noop!(Market::create_offer(origin(), t.clone()), Error::<Test>::WindowTooLong);
		t.window_end = now() + 365 * DAY;
		let id = NextOfferId::<Test>::get();
		assert_ok!(Market::create_offer(origin(), t));
		assert_noop!(
			Market::update_offer(origin(), id, None, None, Some(u64::MAX)),
			Error::<Test>::WindowTooLong
		);
		let place = |duration| {
			Market::place_order(RuntimeOrigin::signed(1), id, 1, duration, None, None, None)
		};
		assert_noop!(place(u64::MAX), Error::<Test>::DurationTooLong);
		assert_noop!(place(365 * DAY + 1), Error::<Test>::DurationTooLong);
		assert_ok!(place(365 * DAY));
	});
}
