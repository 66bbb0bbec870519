use crate::{mock::*, *};
use cyberplaza_primitives::{OrderEvent, Tier};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_runtime::DispatchError,
};

/// A CSP order at `price` per core-hour, run for 100 core-hours: cost 100 × price held.
fn finished_order(price: Balance) -> OrderId {
	register(20, Tier::Certified);
	let id = offer(20, ResourceKind::CpuCoreHour, price, 1_000);
	let o = order(1, id, 100);
	attest(20, o, Statement::Started).unwrap();
	advance(HOUR);
	attest(20, o, finished(Exit::Success, 100 * 3_600)).unwrap();
	o
}

#[test]
fn a_partial_award_comes_from_the_held_cost() {
	test(|| {
		let o = finished_order(10 * USDC);
		let evidence = H256::repeat_byte(4);
		assert_noop!(
			Market::open_dispute(RuntimeOrigin::signed(2), o, evidence),
			Error::<Test>::NotBuyer
		);
		assert_ok!(Market::open_dispute(RuntimeOrigin::signed(1), o, evidence));
		assert_noop!(
			Market::open_dispute(RuntimeOrigin::signed(1), o, evidence),
			Error::<Test>::WrongState
		);
		// A disputed order is neither confirmed nor settled.
		advance(4 * DAY);
		assert_noop!(Market::settle(RuntimeOrigin::signed(5), o), Error::<Test>::WrongState);
		assert_noop!(Market::confirm(RuntimeOrigin::signed(1), o), Error::<Test>::WrongState);
		assert_noop!(
			Market::decide_dispute(RuntimeOrigin::signed(5), o, 0),
			DispatchError::BadOrigin
		);
		let (buyer, total) = (usdc(1), books());
		assert_ok!(Market::decide_dispute(RuntimeOrigin::signed(ARBITER), o, 400 * USDC));
		assert_eq!(usdc(1) - buyer, 400 * USDC);
		// The SP is paid the remaining 600 USDC less 2%.
		assert_eq!(usdc(120), 588 * USDC);
		assert_eq!(books(), total);
		assert!(events().contains(&Event::DisputeDecided {
			order: o,
			refund: 400 * USDC,
			from_escrow: 400 * USDC,
			from_insurance: 0
		}));
		assert_eq!(Noted::get().last(), Some(&(20, OrderEvent::DisputeLost)));
	});
}

#[test]
fn a_rejected_dispute_pays_the_sp_in_full() {
	test(|| {
		let o = finished_order(USDC);
		assert_ok!(Market::open_dispute(RuntimeOrigin::signed(1), o, H256::zero()));
		assert_ok!(Market::decide_dispute(RuntimeOrigin::signed(ARBITER), o, 0));
		assert_eq!(usdc(120), 98 * USDC);
		assert!(!Noted::get().contains(&(20, OrderEvent::DisputeLost)));
	});
}

#[test]
fn the_window_closes_after_72_hours() {
	test(|| {
		let o = finished_order(USDC);
		advance(3 * DAY + 1);
		assert_noop!(
			Market::open_dispute(RuntimeOrigin::signed(1), o, H256::zero()),
			Error::<Test>::DisputeWindowClosed
		);
		assert_ok!(Market::settle(RuntimeOrigin::signed(5), o));
	});
}

#[test]
fn large_awards_need_governance_and_insurance_covers_beyond_the_cost() {
	test(|| {
		// 100 core-hours at 150 USDC: 15,000 USDC held.
		let o = finished_order(150 * USDC);
		assert_ok!(Market::open_dispute(RuntimeOrigin::signed(1), o, H256::zero()));
		assert_noop!(
			Market::decide_dispute(RuntimeOrigin::signed(ARBITER), o, 10_000 * USDC + 1),
			Error::<Test>::NeedsGovernance
		);
		assert_noop!(
			Market::decide_dispute(RuntimeOrigin::signed(3), o, 0),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Market::decide_dispute(RuntimeOrigin::root(), o, 115_000 * USDC + 1),
			Error::<Test>::AwardTooLarge
		);
		let (buyer, fund, total) = (usdc(1), usdc(INSURANCE), books());
		assert_ok!(Market::decide_dispute(RuntimeOrigin::root(), o, 40_000 * USDC));
		assert_eq!(usdc(1) - buyer, 40_000 * USDC);
		assert_eq!(fund - usdc(INSURANCE), 25_000 * USDC);
		assert_eq!(usdc(120), 0);
		assert_eq!(books(), total);
		assert_eq!(OrderEscrow::<Test>::get(), 0);
		assert!(events().contains(&Event::DisputeDecided {
			order: o,
			refund: 40_000 * USDC,
			from_escrow: 15_000 * USDC,
			from_insurance: 25_000 * USDC
		}));
	});
}

/// Attack: a buyer and a friendly arbiter turn a cheap order into a large insurance payout.
/// The arbiter's limit applies to the award, not to the order's cost.
#[test]
fn an_arbiter_cannot_pay_out_insurance_beyond_its_limit_on_a_cheap_order() {
	test(|| {
		// 100 core-hours at 1 USDC: 100 USDC held, well inside the arbiter's 10,000.
		let o = finished_order(USDC);
		assert_ok!(Market::open_dispute(RuntimeOrigin::signed(1), o, H256::zero()));
		let (fund, total) = (usdc(INSURANCE), books());
		assert_noop!(
			Market::decide_dispute(RuntimeOrigin::signed(ARBITER), o, 100 * USDC + 50_000 * USDC),
			Error::<Test>::NeedsGovernance
		);
		assert_eq!((usdc(INSURANCE), books()), (fund, total));
		// Up to its limit the arbiter decides, and insurance pays only the award beyond the
		// held cost.
		assert_ok!(Market::decide_dispute(RuntimeOrigin::signed(ARBITER), o, 10_000 * USDC));
		assert_eq!(fund - usdc(INSURANCE), 9_900 * USDC);
		assert!(events().contains(&Event::DisputeDecided {
			order: o,
			refund: 10_000 * USDC,
			from_escrow: 100 * USDC,
			from_insurance: 9_900 * USDC
		}));
	});
}

#[test]
fn ratings_go_to_the_registry_before_settlement() {
	test(|| {
		let o = finished_order(USDC);
		assert_noop!(
			Market::rate(RuntimeOrigin::signed(2), o, 4, H256::zero()),
			Error::<Test>::NotBuyer
		);
		assert_noop!(
			Market::rate(RuntimeOrigin::signed(1), o, 6, H256::zero()),
			DispatchError::Other("bad rating")
		);
		assert_ok!(Market::rate(RuntimeOrigin::signed(1), o, 4, H256::zero()));
		// Once per order: the registry keeps no reviews to tell.
		assert_noop!(
			Market::rate(RuntimeOrigin::signed(1), o, 5, H256::zero()),
			Error::<Test>::AlreadyRated
		);
		assert_eq!(Rated::get(), vec![(20, o, 4)]);
		let p = order(1, 0, 1);
		assert_noop!(
			Market::rate(RuntimeOrigin::signed(1), p, 4, H256::zero()),
			Error::<Test>::WrongState
		);
	});
}

/// Attack: an SP farms its own reputation and review rewards by rating itself: buying from
/// itself, through its payout account, with a buyer it funds through its own credit voucher,
/// or with orders too cheap to cost anything. All are refused, changing nothing.
#[test]
fn an_sp_cannot_rate_itself_or_rate_on_the_cheap() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, ResourceKind::CpuCoreHour, USDC, 1_000);
		let run = |buyer, voucher| {
			let o = NextOrderId::<Test>::get();
			assert_ok!(Market::place_order(
				RuntimeOrigin::signed(buyer),
				id,
				100,
				4 * HOUR,
				None,
				voucher,
				None
			));
			attest(20, o, Statement::Started).unwrap();
			advance(HOUR);
			attest(20, o, finished(Exit::Success, 100 * 3_600)).unwrap();
			o
		};
		// The SP itself and its payout account (120) as buyers.
		Usdc::set_balance(&120, 1_000 * USDC);
		for buyer in [20, 120] {
			let o = run(buyer, None);
			assert_noop!(
				Market::rate(RuntimeOrigin::signed(buyer), o, 5, H256::zero()),
				Error::<Test>::SelfRating
			);
		}
		// A sock puppet whose order the SP paid for with its own credit.
		assert_ok!(Market::issue_voucher(
			RuntimeOrigin::signed(20),
			3,
			VoucherValue::Credit(120 * USDC),
			now() + DAY
		));
		let o = run(3, Some(0));
		assert_noop!(
			Market::rate(RuntimeOrigin::signed(3), o, 5, H256::zero()),
			Error::<Test>::SelfRating
		);
		// A 9.99 USDC order is too cheap to rate; 10 USDC is not.
		let cheap = NextOrderId::<Test>::get();
		assert_ok!(Market::place_order(RuntimeOrigin::signed(4), id, 10, HOUR, None, None, None));
		attest(20, cheap, Statement::Started).unwrap();
		advance(HOUR);
		attest(20, cheap, finished(Exit::Success, 9 * 3_600 + 3_564)).unwrap();
		assert_noop!(
			Market::rate(RuntimeOrigin::signed(4), cheap, 5, H256::zero()),
			Error::<Test>::CostTooLowToRate
		);
		let enough = order(4, id, 10);
		attest(20, enough, Statement::Started).unwrap();
		advance(HOUR);
		attest(20, enough, finished(Exit::Success, 10 * 3_600)).unwrap();
		assert_ok!(Market::rate(RuntimeOrigin::signed(4), enough, 5, H256::zero()));
		assert_eq!(Rated::get(), vec![(20, enough, 5)]);
	});
}
