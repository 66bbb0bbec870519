use crate::{mock::*, *};
use cyberplaza_primitives::{OpenOrders, Tier};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_runtime::DispatchError,
};

fn pledge(offer: OfferId, units: u32, until: Moment) -> DispatchResult {
	<Market as VoucherIssuer<AccountId>>::pledge_units(offer, units, until)
}

fn issue(
	holder: AccountId,
	offer: OfferId,
	units: u32,
	expires_at: Moment,
) -> Result<u32, DispatchError> {
	<Market as VoucherIssuer<AccountId>>::issue_units(&holder, offer, units, expires_at)
}

/// Attack: an SP whose offer supplies a group buy takes the capacity back once the pool has
/// advanced the procurement (pause, close, shrink, cut the window short, leave the registry),
/// so that no voucher can be issued or used. While units are pledged every one is refused.
#[test]
fn a_pledged_offer_cannot_be_paused_closed_shrunk_cut_short_or_left() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, ResourceKind::GpuHour, 10 * USDC, 1_000);
		let end = Offers::<Test>::get(id).unwrap().terms.window_end;
		let until = now() + 20 * DAY;
		assert_noop!(pledge(id, 0, until), Error::<Test>::ZeroQuantity);
		assert_noop!(pledge(id, 1_001, until), Error::<Test>::InsufficientCapacity);
		assert_noop!(pledge(id, 300, end + 1), Error::<Test>::VoucherOutlivesOffer);
		assert_noop!(pledge(id, 300, now()), Error::<Test>::VoucherExpired);
		assert_noop!(pledge(id + 1, 300, until), Error::<Test>::UnknownOffer);
		assert_ok!(pledge(id, 300, until));
		assert_eq!(Pledges::<Test>::get(id), Some(Pledge { unissued: 300, issued: 0, until }));
		assert!(events().contains(&Event::UnitsPledged { offer: id, units: 300, until }));
		assert_eq!(Offers::<Test>::get(id).unwrap().available(), 700);

		let sp = RuntimeOrigin::signed(20);
		assert_noop!(Market::pause_offer(sp.clone(), id), Error::<Test>::OfferPledged);
		assert_noop!(Market::close_offer(sp.clone(), id), Error::<Test>::OfferPledged);
		assert_noop!(
			Market::update_offer(sp.clone(), id, None, Some(299), None),
			Error::<Test>::CapacityInUse
		);
		assert_noop!(
			Market::update_offer(sp.clone(), id, None, None, Some(until - 1)),
			Error::<Test>::OfferPledged
		);
		// Nobody can order the pledged units away.
		assert_noop!(
			Market::place_order(RuntimeOrigin::signed(1), id, 701, HOUR, None, None, None),
			Error::<Test>::InsufficientCapacity
		);
		// pallet-providers refuses to deregister an SP with open orders: a pledge counts.
		assert_eq!(<Market as OpenOrders<AccountId>>::open_orders(&20), 1);
		// The window may still move, as long as it covers the vouchers.
		assert_ok!(Market::update_offer(sp.clone(), id, None, Some(300), Some(until)));
		// A paused offer cannot be pledged.
		let other = offer(20, ResourceKind::GpuHour, 10 * USDC, 1_000);
		assert_ok!(Market::pause_offer(sp, other));
		assert_noop!(pledge(other, 10, until), Error::<Test>::OfferNotActive);
	});
}

/// Vouchers come out of the pledge, and the pledge ends when the last voucher is used or
/// released and the units no voucher took are given back: then the SP is free again.
#[test]
fn vouchers_come_out_of_the_pledge_and_end_it_when_used() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, ResourceKind::GpuHour, 10 * USDC, 1_000);
		let until = now() + 20 * DAY;
		assert_ok!(pledge(id, 300, until));
		assert_eq!(issue(1, id, 200, until), Ok(0));
		assert_noop!(issue(2, id, 101, until), Error::<Test>::InsufficientCapacity);
		assert_eq!(issue(2, id, 50, until), Ok(1));
		assert_eq!(Pledges::<Test>::get(id), Some(Pledge { unissued: 50, issued: 250, until }));
		assert_eq!(Offers::<Test>::get(id).unwrap().available(), 700);

		// The campaign gives back what it did not sell.
		<Market as VoucherIssuer<AccountId>>::unpledge_units(id, 60);
		assert!(events().contains(&Event::PledgeReturned { offer: id, units: 50 }));
		assert_eq!(Offers::<Test>::get(id).unwrap().available(), 750);
		assert_noop!(
			Market::pause_offer(RuntimeOrigin::signed(20), id),
			Error::<Test>::OfferPledged
		);

		// Buyer 1 uses 150 of its 200 in one order and keeps 50 for another.
		assert_ok!(Market::place_order(
			RuntimeOrigin::signed(1),
			id,
			150,
			HOUR,
			None,
			Some(0),
			None
		));
		assert_eq!(Pledges::<Test>::get(id).unwrap().issued, 100);
		assert_ok!(Market::place_order(
			RuntimeOrigin::signed(1),
			id,
			50,
			HOUR,
			None,
			Some(0),
			None
		));
		assert!(Vouchers::<Test>::get(0).is_none());
		// Buyer 2 gives its voucher back: the pledge is over.
		assert_ok!(Market::release_voucher(RuntimeOrigin::signed(2), 1));
		assert_eq!(Pledges::<Test>::get(id), None);
		assert_eq!(Offers::<Test>::get(id).unwrap().available(), 800);
		assert_eq!(<Market as OpenOrders<AccountId>>::open_orders(&20), 2);
		assert_ok!(Market::pause_offer(RuntimeOrigin::signed(20), id));
	});
}
