use crate::{mock::*, *};
use cyberplaza_primitives::Tier;
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_runtime::DispatchError,
};

#[test]
fn credit_vouchers_pay_first_and_return_what_is_unused() {
	test(|| {
		register(20, Tier::Certified);
		register(21, Tier::Certified);
		let id = offer(20, ResourceKind::CpuCoreHour, 2 * USDC, 1_000);
		let other = offer(21, ResourceKind::CpuCoreHour, 2 * USDC, 1_000);
		let sp = usdc(20);
		assert_ok!(Market::issue_voucher(
			RuntimeOrigin::signed(20),
			1,
			VoucherValue::Credit(100 * USDC),
			now() + DAY
		));
		assert_eq!(sp - usdc(20), 100 * USDC);
		assert_eq!(VoucherBacking::<Test>::get(), 100 * USDC);
		let place = |who, offer, voucher| {
			Market::place_order(
				RuntimeOrigin::signed(who),
				offer,
				100,
				4 * HOUR,
				None,
				Some(voucher),
				None,
			)
		};
		assert_noop!(place(2, id, 0), Error::<Test>::VoucherMismatch);
		// An SP's credit is good only for its own offers.
		assert_noop!(place(1, other, 0), Error::<Test>::VoucherMismatch);
		assert_noop!(place(1, id, 9), Error::<Test>::UnknownVoucher);
		let buyer = usdc(1);
		assert_ok!(place(1, id, 0));
		let o = NextOrderId::<Test>::get() - 1;
		// Escrow 240 USDC: 100 from the voucher, 140 from the buyer.
		assert_eq!(buyer - usdc(1), 140 * USDC);
		assert!(Vouchers::<Test>::get(0).is_none());
		attest(20, o, Statement::Started).unwrap();
		advance(HOUR);
		// Cost 60 USDC uses 60 of the credit: 40 returns to the SP that issued it, 140 to the
		// buyer.
		attest(20, o, finished(Exit::Success, 30 * 3_600)).unwrap();
		assert_eq!(buyer - usdc(1), 0);
		assert_eq!(sp - usdc(20), 60 * USDC);
	});
}

#[test]
fn credit_left_over_stays_on_the_voucher_and_can_be_released() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, ResourceKind::CpuCoreHour, USDC, 1_000);
		let platform = usdc(PLATFORM);
		assert_noop!(
			Market::issue_platform_voucher(
				RuntimeOrigin::signed(1),
				1,
				VoucherValue::Credit(USDC),
				now() + DAY
			),
			DispatchError::BadOrigin
		);
		assert_ok!(Market::issue_platform_voucher(
			RuntimeOrigin::root(),
			1,
			VoucherValue::Credit(500 * USDC),
			now() + DAY
		));
		Market::place_order(RuntimeOrigin::signed(1), id, 100, HOUR, None, Some(0), None).unwrap();
		assert_eq!(Vouchers::<Test>::get(0).unwrap().value, VoucherValue::Credit(380 * USDC));
		assert_noop!(
			Market::release_voucher(RuntimeOrigin::signed(5), 0),
			Error::<Test>::VoucherNotExpired
		);
		advance(DAY);
		assert_noop!(
			Market::place_order(RuntimeOrigin::signed(1), id, 1, HOUR, None, Some(0), None),
			Error::<Test>::VoucherExpired
		);
		assert_ok!(Market::release_voucher(RuntimeOrigin::signed(5), 0));
		assert_eq!(platform - usdc(PLATFORM), 120 * USDC);
		assert_eq!(VoucherBacking::<Test>::get(), 0);
		assert_noop!(
			Market::release_voucher(RuntimeOrigin::signed(5), 0),
			Error::<Test>::UnknownVoucher
		);
	});
}

#[test]
fn resource_vouchers_reserve_units_and_cost_the_holder_nothing() {
	test(|| {
		register(20, Tier::Certified);
		register(21, Tier::Certified);
		let id = offer(20, ResourceKind::GpuHour, 10 * USDC, 1_000);
		let units = |units| VoucherValue::Units { offer: id, units };
		assert_noop!(
			Market::issue_voucher(RuntimeOrigin::signed(21), 1, units(10), now() + DAY),
			Error::<Test>::NotOfferOwner
		);
		assert_noop!(
			Market::issue_voucher(RuntimeOrigin::signed(20), 1, units(1_001), now() + DAY),
			Error::<Test>::InsufficientCapacity
		);
		assert_noop!(
			Market::issue_voucher(RuntimeOrigin::signed(20), 1, units(10), now()),
			Error::<Test>::VoucherExpired
		);
		assert_noop!(
			Market::issue_voucher(RuntimeOrigin::signed(20), 1, units(0), now() + DAY),
			Error::<Test>::VoucherMismatch
		);
		assert_ok!(Market::issue_voucher(
			RuntimeOrigin::signed(20),
			1,
			units(600),
			now() + 4 * DAY
		));
		assert_ok!(Market::issue_platform_voucher(
			RuntimeOrigin::root(),
			2,
			units(400),
			now() + DAY
		));
		assert_eq!(Offers::<Test>::get(id).unwrap().available(), 0);
		assert_noop!(
			Market::place_order(RuntimeOrigin::signed(3), id, 1, HOUR, None, None, None),
			Error::<Test>::InsufficientCapacity
		);
		assert_noop!(
			Market::place_order(RuntimeOrigin::signed(1), id, 601, HOUR, None, Some(0), None),
			Error::<Test>::VoucherMismatch
		);
		let buyer = usdc(1);
		assert_ok!(Market::place_order(
			RuntimeOrigin::signed(1),
			id,
			500,
			64 * HOUR,
			None,
			Some(0),
			None
		));
		assert_eq!(usdc(1), buyer);
		// The voucher keeps the 100 units not ordered, still reserved, for later orders.
		assert_eq!(Offers::<Test>::get(id).unwrap().available(), 0);
		assert_eq!(Vouchers::<Test>::get(0).unwrap().value, units(100));
		let o = NextOrderId::<Test>::get() - 1;
		attest(20, o, Statement::Started).unwrap();
		// 500 GPU-hours on the offer's 8 GPUs take 62.5 hours.
		advance(63 * HOUR);
		attest(
			20,
			o,
			Statement::Finished {
				exit: Exit::Success,
				usage: Usage { core_seconds: 0, accelerator_seconds: 500 * 3_600 },
				downtime: 0,
				result: H256::zero(),
			},
		)
		.unwrap();
		// Nothing to pay or dispute: the order closed at once.
		assert!(Orders::<Test>::get(o).is_none());
		assert_eq!(Offers::<Test>::get(id).unwrap().sold, 500);
		// A second order uses up the voucher's last 100 units: it goes.
		assert_noop!(
			Market::place_order(RuntimeOrigin::signed(1), id, 101, HOUR, None, Some(0), None),
			Error::<Test>::VoucherMismatch
		);
		assert_ok!(Market::place_order(
			RuntimeOrigin::signed(1),
			id,
			100,
			HOUR,
			None,
			Some(0),
			None
		));
		assert_eq!(usdc(1), buyer);
		assert!(Vouchers::<Test>::get(0).is_none());
		// The holder may give a voucher back at any time.
		assert_ok!(Market::release_voucher(RuntimeOrigin::signed(2), 1));
		assert_eq!(Offers::<Test>::get(id).unwrap().available(), 400);
	});
}

#[test]
fn group_buys_issue_platform_unit_vouchers_through_the_trait() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, ResourceKind::GpuHour, 10 * USDC, 1_000);
		assert_eq!(<Market as VoucherIssuer<AccountId>>::offer_provider(id), Some(20));
		assert_eq!(<Market as VoucherIssuer<AccountId>>::offer_provider(id + 1), None);
		// Issued only out of a pledge.
		assert_eq!(
			<Market as VoucherIssuer<AccountId>>::issue_units(&1, id, 300, now() + DAY),
			Err(Error::<Test>::InsufficientCapacity.into())
		);
		assert_ok!(<Market as VoucherIssuer<AccountId>>::pledge_units(id, 300, now() + DAY));
		let v = <Market as VoucherIssuer<AccountId>>::issue_units(&1, id, 300, now() + DAY);
		assert_eq!(v, Ok(0));
		assert_eq!(Vouchers::<Test>::get(0).unwrap().issuer, PLATFORM);
		assert_eq!(Offers::<Test>::get(id).unwrap().available(), 700);
		let buyer = usdc(1);
		assert_ok!(Market::place_order(
			RuntimeOrigin::signed(1),
			id,
			300,
			HOUR,
			None,
			Some(0),
			None
		));
		assert_eq!(usdc(1), buyer);
	});
}

/// Attack: vouchers that never expire hold an offer's capacity (unit vouchers) or keep USDC
/// out of reach for ever. A voucher expires within a year of its issue; once it has, anyone
/// releases it.
#[test]
fn vouchers_cannot_hold_capacity_for_ever() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, ResourceKind::CpuCoreHour, USDC, 1_000);
		let units = VoucherValue::Units { offer: id, units: 1_000 };
		assert_ok!(Market::update_offer(
			RuntimeOrigin::signed(20),
			id,
			None,
			None,
			Some(now() + 365 * DAY)
		));
		assert_noop!(
			Market::issue_voucher(RuntimeOrigin::signed(20), 1, units, u64::MAX),
			Error::<Test>::VoucherLivesTooLong
		);
		assert_noop!(
			Market::issue_platform_voucher(
				RuntimeOrigin::root(),
				1,
				VoucherValue::Credit(USDC),
				now() + 365 * DAY + 1
			),
			Error::<Test>::VoucherLivesTooLong
		);
		assert_ok!(Market::issue_voucher(RuntimeOrigin::signed(20), 1, units, now() + 365 * DAY));
		assert_eq!(Offers::<Test>::get(id).unwrap().available(), 0);
		advance(365 * DAY);
		assert_ok!(Market::release_voucher(RuntimeOrigin::signed(5), 0));
		assert_eq!(Offers::<Test>::get(id).unwrap().available(), 1_000);
	});
}

/// Attack: an SP issues unit vouchers that expire after its offer's window, when no order can
/// use them any more. Refused.
#[test]
fn unit_vouchers_may_not_outlive_their_offer() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, ResourceKind::CpuCoreHour, USDC, 1_000);
		let end = Offers::<Test>::get(id).unwrap().terms.window_end;
		let units = VoucherValue::Units { offer: id, units: 10 };
		assert_noop!(
			Market::issue_voucher(RuntimeOrigin::signed(20), 1, units, end + 1),
			Error::<Test>::VoucherOutlivesOffer
		);
		assert_noop!(
			Market::issue_platform_voucher(RuntimeOrigin::root(), 1, units, end + 1),
			Error::<Test>::VoucherOutlivesOffer
		);
		assert_ok!(Market::issue_voucher(RuntimeOrigin::signed(20), 1, units, end));
	});
}
