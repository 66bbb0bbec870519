//! The supplier's collateral and the pledge of its offer's capacity: a supplier that cannot
//! deliver pays the pool, a failing campaign books the pool's loss when it is decided.

use super::*;
use polkadot_sdk::frame_support::traits::{
	fungible::{InspectHold, Mutate as _},
	tokens::Preservation,
};

fn collateral_held() -> Balance {
	Usdc::balance_on_hold(&RuntimeHoldReason::GroupBuy(HoldReason::SupplierCollateral), &CSP)
}

fn procure(c: CampaignId) {
	assert_ok!(GroupBuy::record_procurement(RuntimeOrigin::root(), c, [1; 32].into()));
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::GroupBuy(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// A campaign pledges its `max_units` of the offer when it opens; the units nobody committed
/// go back when it is decided.
#[test]
fn a_campaign_pledges_its_units_and_gives_back_what_nobody_bought() {
	test(|| {
		OfferUnits::set(999);
		assert_noop!(
			GroupBuy::create_campaign(RuntimeOrigin::root(), terms()),
			DispatchError::Other("insufficient capacity")
		);
		OfferUnits::set(1_000_000);
		let c = create(terms());
		assert_eq!((OfferUnits::get(), Pledged::get()), (999_000, 1_000));
		commit(1, c, 160);
		set_time(START + 7 * DAY);
		finalise(c);
		// 160 units in a voucher, 840 back to the supplier.
		assert_eq!((OfferUnits::get(), Pledged::get()), (999_840, 0));
	});
}

/// Procurement holds the supplier's USDC as collateral for what the pool is owed; without
/// enough free USDC there is no advance.
#[test]
fn the_advance_needs_the_suppliers_collateral() {
	test(|| {
		let c = create(terms());
		assert_ok!(Usdc::transfer(&CSP, &97, 901 * USDC, Preservation::Expendable));
		assert_noop!(
			GroupBuy::record_procurement(RuntimeOrigin::root(), c, [1; 32].into()),
			Error::<Test>::CannotPostCollateral
		);
		assert_eq!(Advanced::get(), 0);
		assert_ok!(Usdc::transfer(&97, &CSP, 901 * USDC, Preservation::Expendable));
		procure(c);
		// The pool's 10 USDC margin accrues until the deadline.
		assert_eq!(Advances::get(), vec![(100 * USDC, 10 * USDC, terms().deadline)]);
		// What the pool is owed: the advance and its margin.
		assert_eq!(collateral_held(), 110 * USDC);
		assert_eq!(usdc(CSP), 890 * USDC);
		assert!(events().contains(&Event::ProcurementRecorded {
			campaign: c,
			reference: [1; 32].into(),
			advance: 100 * USDC,
			collateral: 110 * USDC,
		}));
	});
}

/// Attack: the supplier takes the advance and delivers nothing (here: nobody finalises until
/// the vouchers' expiry, so none can be issued). Every buyer is refunded, and the collateral
/// pays the pool its principal and margin: the LPs lose nothing.
#[test]
fn a_supplier_that_delivers_nothing_repays_the_advance_from_its_collateral() {
	test(|| {
		let c = create(terms());
		procure(c);
		commit(1, c, 100);
		commit(2, c, 60);
		set_time(terms().voucher_expiry);
		finalise(c);
		assert_eq!(status(c), CampaignStatus::Succeeded { price: 1_800_000, units: 0 });
		assert_eq!((usdc(1), usdc(2)), (100_000 * USDC, 100_000 * USDC));
		assert_eq!(Settled::get(), vec![(100 * USDC, 110 * USDC)]);
		assert_eq!(collateral_held(), 0);
		assert_eq!(usdc(CSP), 890 * USDC);
		assert!(events().contains(&Event::CollateralReleased {
			campaign: c,
			slashed: 110 * USDC,
			released: 0
		}));
		// All pledged units went back.
		assert_eq!((OfferUnits::get(), Pledged::get()), (1_000_000, 0));
	});
}

/// The collateral pays for undelivered units no more than the pool is short: 60 of 160 units
/// delivered at 1.8 bring 108; the pool is owed 110, so 2 of the collateral go to it and 108
/// back to the supplier.
#[test]
fn the_collateral_makes_up_only_what_the_pool_is_short() {
	test(|| {
		let c = create(terms());
		procure(c);
		commit(1, c, 100);
		commit(2, c, 60);
		Issuable::set(60);
		set_time(START + 7 * DAY);
		finalise(c);
		assert_eq!(status(c), CampaignStatus::Succeeded { price: 1_800_000, units: 60 });
		assert_eq!(Campaigns::<Test>::get(c).unwrap().undelivered, 100);
		assert_eq!(Settled::get(), vec![(100 * USDC, 110 * USDC)]);
		assert_eq!(usdc(CSP), 998 * USDC);
		assert_eq!(collateral_held(), 0);
		// The undelivered units' pledge went back too.
		assert_eq!((OfferUnits::get(), Pledged::get()), (1_000_000 - 60, 0));
	});
}

/// Attack (informed LPs): a campaign below its minimum is known to fail once the deadline
/// passes, but its loss used to be booked only when the last commitment was refunded, calls
/// later, so LPs could leave at the old price first. The first `finalise` now books it and
/// releases the collateral, before serving anyone.
#[test]
fn a_failing_campaign_books_the_pools_loss_when_it_is_decided() {
	test(|| {
		let c = create(terms());
		procure(c);
		for b in [1, 2, 3, 4] {
			commit(b, c, 10);
		}
		set_time(START + 7 * DAY);
		finalise(c);
		// Three of four refunded (MaxFinalisePerCall), the loss already booked.
		assert_eq!(status(c), CampaignStatus::Failing);
		assert_eq!(Settled::get(), vec![(100 * USDC, 0)]);
		assert_eq!((collateral_held(), usdc(CSP)), (0, 1_000 * USDC));
		assert_eq!((OfferUnits::get(), Pledged::get()), (1_000_000, 0));
		finalise(c);
		assert_eq!(status(c), CampaignStatus::Failed);
		assert_eq!(Settled::get().len(), 1);
	});
}
