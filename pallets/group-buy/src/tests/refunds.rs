//! A buyer whose refund cannot be paid does not stop `finalise` for everyone else.

use super::*;
use polkadot_sdk::{
	frame_support::traits::{fungible::Mutate as _, tokens::Preservation},
	sp_runtime::TokenError,
};

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::GroupBuy(e) = r.event { Some(e) } else { None })
		.collect()
}

/// A software licence campaign at half a cent a unit: a buyer of one unit is owed less than
/// USDC's minimum balance if it fails.
pub(super) fn cheap_licences() -> CampaignTerms<AccountId> {
	CampaignTerms {
		retail_price: USDC_MIN / 2,
		supplier_price: USDC_MIN / 4,
		tiers: Default::default(),
		min_units: 150,
		advance: 0,
		..terms()
	}
}

#[test]
fn a_refund_that_cannot_be_paid_is_kept_for_a_claim_and_finalise_goes_on() {
	test(|| {
		let c = create(cheap_licences());
		commit(1, c, 1);
		commit(2, c, 100);
		// Buyer 1 empties its account: it is gone, and half a cent cannot recreate it.
		assert_ok!(Usdc::transfer(&1, &5, usdc(1), Preservation::Expendable));
		assert_eq!(usdc(1), 0);
		set_time(START + 7 * DAY);
		let before = usdc(2);
		finalise(c);
		assert_eq!(status(c), CampaignStatus::Failed);
		assert_eq!(usdc(2) - before, 100 * USDC_MIN / 2);
		assert_eq!(Unclaimed::<Test>::get(1), Some(USDC_MIN / 2));
		assert!(events().iter().any(|e| matches!(
			e,
			Event::PaymentKept { who: 1, amount, .. } if *amount == USDC_MIN / 2
		)));
		// The claim waits until the buyer can receive it; a claim that fails changes nothing.
		assert_noop!(GroupBuy::claim_refund(RuntimeOrigin::signed(1)), TokenError::BelowMinimum);
		assert_ok!(Usdc::transfer(&5, &1, USDC, Preservation::Expendable));
		assert_ok!(GroupBuy::claim_refund(RuntimeOrigin::signed(1)));
		assert_eq!(usdc(1), USDC + USDC_MIN / 2);
		assert_eq!(events().last(), Some(&Event::RefundClaimed { who: 1, amount: USDC_MIN / 2 }));
		assert_eq!(UnclaimedTotal::<Test>::get(), 0);
		assert_noop!(
			GroupBuy::claim_refund(RuntimeOrigin::signed(1)),
			Error::<Test>::NothingToClaim
		);
	});
}
