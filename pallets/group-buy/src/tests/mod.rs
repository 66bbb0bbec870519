use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_runtime::{DispatchError, Permill},
};

mod collateral;
mod invariants;
mod refunds;

pub(super) fn commit(who: AccountId, campaign: CampaignId, units: u32) {
	assert_ok!(GroupBuy::commit(RuntimeOrigin::signed(who), campaign, units));
}

pub(super) fn finalise(campaign: CampaignId) {
	assert_ok!(GroupBuy::finalise(RuntimeOrigin::signed(5), campaign));
}

pub(super) fn status(campaign: CampaignId) -> CampaignStatus {
	Campaigns::<Test>::get(campaign).unwrap().status
}

#[test]
fn campaigns_need_a_csp_its_offer_and_sound_terms() {
	test(|| {
		let bad = |f: fn(&mut CampaignTerms<AccountId>)| {
			let mut t = terms();
			f(&mut t);
			t
		};
		assert_noop!(
			GroupBuy::create_campaign(RuntimeOrigin::signed(1), terms()),
			DispatchError::BadOrigin
		);
		let create = |t| GroupBuy::create_campaign(RuntimeOrigin::root(), t);
		assert_noop!(
			create(bad(|t| {
				t.supplier = ORDINARY_SP;
				t.offer = ORDINARY_OFFER;
			})),
			Error::<Test>::NotCertified
		);
		assert_noop!(create(bad(|t| t.offer = ORDINARY_OFFER)), Error::<Test>::NotSuppliersOffer);
		assert_noop!(create(bad(|t| t.tiers[0].price = 2 * USDC + 1)), Error::<Test>::BadTiers);
		// Below the supplier's price plus the pool's margin (1.54).
		assert_noop!(create(bad(|t| t.tiers[1].price = 1_539_999)), Error::<Test>::BadTiers);
		assert_noop!(create(bad(|t| t.tiers[1].min_units = 100)), Error::<Test>::BadTiers);
		assert_noop!(create(bad(|t| t.tiers[1].price = 1_800_000)), Error::<Test>::BadTiers);
		assert_noop!(create(bad(|t| t.min_units = 0)), Error::<Test>::BadTerms);
		assert_noop!(create(bad(|t| t.min_units = 1_001)), Error::<Test>::BadTerms);
		assert_noop!(create(bad(|t| t.deadline = START)), Error::<Test>::BadTerms);
		assert_noop!(create(bad(|t| t.voucher_expiry = t.deadline)), Error::<Test>::BadTerms);
		// More advance than the minimum sale pays the supplier (100 × 1.4).
		assert_noop!(create(bad(|t| t.advance = 140 * USDC + 1)), Error::<Test>::BadTerms);
		assert_eq!(create(terms()), Ok(()));
		assert!(Campaigns::<Test>::contains_key(0));
	});
}

#[test]
fn a_full_campaign_pays_the_tier_price_and_gives_vouchers() {
	test(|| {
		let c = create(terms());
		assert_eq!(GroupBuy::price_now(c), Some((0, 2 * USDC)));
		commit(1, c, 300);
		commit(2, c, 200);
		commit(2, c, 50);
		assert_eq!(GroupBuy::price_now(c), Some((550, 1_600_000)));
		assert_eq!(usdc(1), 100_000 * USDC - 600 * USDC);
		assert_ok!(GroupBuy::record_procurement(RuntimeOrigin::root(), c, [1; 32].into()));
		assert_eq!(usdc(CSP_PAYOUT), USDC_MIN + 100 * USDC);
		assert_noop!(GroupBuy::finalise(RuntimeOrigin::signed(5), c), Error::<Test>::TooEarly);
		set_time(START + 7 * DAY);
		assert_noop!(
			GroupBuy::commit(RuntimeOrigin::signed(3), c, 1),
			Error::<Test>::CampaignClosed
		);
		let revenue = usdc(REVENUE);
		// Charged for the two commitments served, not the most a call may serve.
		let info = GroupBuy::finalise(RuntimeOrigin::signed(5), c).expect("finalises");
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::finalise(2)));
		assert!(<() as WeightInfo>::finalise(2).all_lt(<() as WeightInfo>::finalise(3)));
		// 300 × 1.6 paid, 300 × 0.4 back.
		assert_eq!(usdc(1), 100_000 * USDC - 480 * USDC);
		assert_eq!(usdc(2), 100_000 * USDC - 250 * 1_600_000);
		let mut issued = Issued::get();
		issued.sort();
		let expiry = START + 97 * DAY;
		assert_eq!(issued, vec![(1, OFFER, 300, expiry), (2, OFFER, 250, expiry)]);
		// 880 in: the supplier 550 × 1.4 − 100 advanced = 670, the pool 110, revenue 100.
		assert_eq!(usdc(CSP_PAYOUT), USDC_MIN + 770 * USDC);
		assert_eq!(Settled::get(), vec![(100 * USDC, 110 * USDC)]);
		assert_eq!(usdc(REVENUE) - revenue, 100 * USDC);
		assert_eq!(status(c), CampaignStatus::Succeeded { price: 1_600_000, units: 550 });
		assert_eq!(usdc(GroupBuy::account_id()), USDC_MIN);
		assert_noop!(
			GroupBuy::finalise(RuntimeOrigin::signed(5), c),
			Error::<Test>::AlreadyFinalised
		);
	});
}

#[test]
fn a_campaign_below_its_minimum_refunds_everyone() {
	test(|| {
		let c = create(terms());
		commit(1, c, 60);
		commit(2, c, 39);
		assert_ok!(GroupBuy::record_procurement(RuntimeOrigin::root(), c, [1; 32].into()));
		set_time(START + 7 * DAY);
		finalise(c);
		assert_eq!(usdc(1), 100_000 * USDC);
		assert_eq!(usdc(2), 100_000 * USDC);
		assert!(Issued::get().is_empty());
		// The supplier keeps the advance: the pool books it as a loss.
		assert_eq!(Settled::get(), vec![(100 * USDC, 0)]);
		assert_eq!(status(c), CampaignStatus::Failed);
	});
}

#[test]
fn finalising_is_bounded_per_call() {
	test(|| {
		let c = create(terms());
		for b in [1, 2, 3, 4, 5, 6] {
			commit(b, c, 20);
		}
		assert_noop!(
			GroupBuy::commit(RuntimeOrigin::signed(CSP_PAYOUT), c, 1),
			Error::<Test>::CampaignFull
		);
		set_time(START + 7 * DAY);
		finalise(c);
		assert_eq!(status(c), CampaignStatus::Succeeding { price: 1_800_000 });
		assert_eq!(Issued::get().len(), 3);
		assert_eq!(Campaigns::<Test>::get(c).unwrap().participants, 3);
		finalise(c);
		assert_eq!(status(c), CampaignStatus::Succeeded { price: 1_800_000, units: 120 });
		// No advance was taken: the supplier gets 120 × 1.4, revenue the rest.
		assert_eq!(usdc(CSP_PAYOUT), USDC_MIN + 168 * USDC);
		assert!(Settled::get().is_empty());
	});
}

#[test]
fn a_buyer_whose_voucher_cannot_be_issued_is_refunded_in_full() {
	test(|| {
		let c = create(terms());
		// A market that issues only 100 units.
		Issuable::set(100);
		commit(1, c, 100);
		commit(2, c, 60);
		set_time(START + 7 * DAY);
		finalise(c);
		let served = Issued::get();
		assert_eq!(served.len(), 1);
		let (holder, _, units, _) = served[0];
		let other = if holder == 1 { 2 } else { 1 };
		assert_eq!(usdc(other), 100_000 * USDC);
		assert_eq!(usdc(holder), 100_000 * USDC - units as u128 * 1_800_000);
		// Only what was delivered is paid for.
		assert_eq!(usdc(CSP_PAYOUT), USDC_MIN + units as u128 * 1_400_000);
		assert_eq!(status(c), CampaignStatus::Succeeded { price: 1_800_000, units });
	});
}

#[test]
fn bad_commitments_change_nothing() {
	test(|| {
		assert_noop!(
			GroupBuy::commit(RuntimeOrigin::signed(1), 9, 1),
			Error::<Test>::UnknownCampaign
		);
		let c = create(terms());
		assert_noop!(GroupBuy::commit(RuntimeOrigin::signed(1), c, 0), Error::<Test>::BadTerms);
		assert_noop!(
			GroupBuy::commit(RuntimeOrigin::signed(1), c, 1_001),
			Error::<Test>::CampaignFull
		);
		// One buyer takes every unit: nobody else fits.
		assert!(GroupBuy::commit(RuntimeOrigin::signed(1), c, 1_000).is_ok());
		assert_noop!(GroupBuy::commit(RuntimeOrigin::signed(2), c, 1), Error::<Test>::CampaignFull);
		assert_noop!(
			GroupBuy::withdraw_commitment(RuntimeOrigin::signed(2), c),
			Error::<Test>::NoCommitment
		);
		assert_ok!(GroupBuy::withdraw_commitment(RuntimeOrigin::signed(1), c));
		assert_eq!(usdc(1), 100_000 * USDC);
		commit(1, c, 10);
		set_time(START + 7 * DAY);
		assert_noop!(
			GroupBuy::withdraw_commitment(RuntimeOrigin::signed(1), c),
			Error::<Test>::CampaignClosed
		);
	});
}

#[test]
fn procurement_is_recorded_once_and_the_advance_respects_the_pool() {
	test(|| {
		let c = create(terms());
		PoolLimit::set(50 * USDC);
		assert_noop!(
			GroupBuy::record_procurement(RuntimeOrigin::root(), c, [1; 32].into()),
			DispatchError::Other("utilisation cap")
		);
		PoolLimit::set(1_000_000 * USDC);
		assert_noop!(
			GroupBuy::record_procurement(RuntimeOrigin::signed(1), c, [1; 32].into()),
			DispatchError::BadOrigin
		);
		assert_ok!(GroupBuy::record_procurement(RuntimeOrigin::root(), c, [1; 32].into()));
		assert_noop!(
			GroupBuy::record_procurement(RuntimeOrigin::root(), c, [2; 32].into()),
			Error::<Test>::AlreadyProcured
		);
		let mut t = terms();
		t.pool_margin = Permill::from_percent(5);
		let d = create(t);
		set_time(START + 7 * DAY);
		assert_noop!(
			GroupBuy::record_procurement(RuntimeOrigin::root(), d, [1; 32].into()),
			Error::<Test>::CampaignClosed
		);
		finalise(c);
	});
}
