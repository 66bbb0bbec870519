use crate::{mock::*, *};
use codec::Encode;
use cyberplaza_primitives::Tier;
use polkadot_sdk::frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, InspectHold, Mutate},
		tokens::Preservation,
	},
	BoundedVec,
};
use ResourceKind::CpuCoreHour;

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Usdc::balance_on_hold(&reason.into(), &who)
}

/// Leaves `who` with `keep` free USDC, the rest given to account 10.
fn keep_only(who: AccountId, keep: Balance) {
	let spare = Usdc::balance(&who) - keep;
	assert_ok!(<Usdc as Mutate<_>>::transfer(&who, &10, spare, Preservation::Expendable));
}

fn command(len: usize) -> Workload {
	Workload {
		cpus: 4,
		gpus: 0,
		program: Program::Command(BoundedVec::truncate_from(vec![b'x'; len])),
	}
}

#[test]
fn an_offer_holds_its_deposit_until_its_record_goes() {
	test(|| {
		register(20, Tier::Certified);
		let free = Usdc::balance(&20);
		let id = offer(20, CpuCoreHour, USDC, 100);
		assert_eq!(held(HoldReason::OfferDeposit, 20), OfferDeposit::get());
		assert_eq!(Offers::<Test>::get(id).unwrap().deposit, OfferDeposit::get());
		assert_eq!(free - Usdc::balance(&20), OfferDeposit::get());
		let o = order(1, id, 10);
		// Closed while an order holds its capacity, the record stays, and so does its deposit.
		assert_ok!(Market::close_offer(RuntimeOrigin::signed(20), id));
		assert_eq!(held(HoldReason::OfferDeposit, 20), OfferDeposit::get());
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(1), o));
		assert!(Offers::<Test>::get(id).is_none());
		assert_eq!(held(HoldReason::OfferDeposit, 20), 0);
		assert_eq!(Usdc::balance(&20), Usdc::total_balance(&20));
	});
}

#[test]
fn an_sp_that_cannot_pay_the_deposit_lists_and_issues_nothing() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, CpuCoreHour, USDC, 100);
		keep_only(20, OfferDeposit::get() - 1);
		assert_noop!(
			Market::create_offer(RuntimeOrigin::signed(20), terms(CpuCoreHour, USDC, 100)),
			Error::<Test>::CannotPayDeposit
		);
		keep_only(20, VoucherDeposit::get() - 1);
		let units = VoucherValue::Units { offer: id, units: 5 };
		assert_noop!(
			Market::issue_voucher(RuntimeOrigin::signed(20), 1, units, now() + DAY),
			Error::<Test>::CannotPayDeposit
		);
	});
}

#[test]
fn an_order_holds_its_deposit_and_its_workloads_bytes_until_it_settles() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, CpuCoreHour, USDC, 1_000);
		let workload = command(1_000);
		let deposit =
			OrderDeposit::get() + WorkloadByteDeposit::get() * workload.encoded_size() as Balance;
		let with_workload = NextOrderId::<Test>::get();
		assert_ok!(Market::place_order(
			RuntimeOrigin::signed(1),
			id,
			10,
			4 * HOUR,
			None,
			None,
			Some(workload)
		));
		assert_eq!(Orders::<Test>::get(with_workload).unwrap().deposit, deposit);
		assert_eq!(held(HoldReason::OrderDeposit, 1), deposit);
		let plain = order(1, id, 10);
		assert_eq!(held(HoldReason::OrderDeposit, 1), deposit + OrderDeposit::get());
		// A finished order stays through its dispute window, and its deposit with it.
		attest(20, with_workload, Statement::Started).unwrap();
		advance(HOUR);
		attest(20, with_workload, finished(Exit::Success, 10 * 3_600)).unwrap();
		assert_eq!(held(HoldReason::OrderDeposit, 1), deposit + OrderDeposit::get());
		assert_ok!(Market::confirm(RuntimeOrigin::signed(1), with_workload));
		assert!(Orders::<Test>::get(with_workload).is_none());
		assert_eq!(held(HoldReason::OrderDeposit, 1), OrderDeposit::get());
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(1), plain));
		assert_eq!(held(HoldReason::OrderDeposit, 1), 0);
	});
}

#[test]
fn spamming_orders_ties_up_the_spammers_usdc_not_anyone_elses() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, CpuCoreHour, 1, 1_000);
		// A buyer with room for the escrow of 1-micro-USDC orders but not for their deposits
		// places as many as its deposits pay for, then none.
		let can_pay = 3;
		keep_only(2, can_pay * OrderDeposit::get() + 100);
		for _ in 0..can_pay {
			order(2, id, 1);
		}
		assert_noop!(
			Market::place_order(RuntimeOrigin::signed(2), id, 1, HOUR, None, None, None),
			Error::<Test>::CannotPayDeposit
		);
		assert_eq!(held(HoldReason::OrderDeposit, 2), can_pay * OrderDeposit::get());
		// The SP's holds are its offer's deposit alone, and other buyers still get its capacity.
		assert_eq!(Usdc::total_balance_on_hold(&20), Offers::<Test>::get(id).unwrap().deposit);
		let other = order(1, id, 1);
		assert_eq!(Orders::<Test>::get(other).unwrap().deposit, OrderDeposit::get());
	});
}

#[test]
fn a_closed_order_others_wait_on_keeps_its_deposit_until_they_go() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, CpuCoreHour, USDC, 1_000);
		let first = order(1, id, 1);
		let dependent = NextOrderId::<Test>::get();
		assert_ok!(Market::place_order(
			RuntimeOrigin::signed(1),
			id,
			1,
			HOUR,
			Some(first),
			None,
			None
		));
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(1), first));
		assert!(matches!(Orders::<Test>::get(first).unwrap().status, OrderStatus::Closed { .. }));
		assert_eq!(held(HoldReason::OrderDeposit, 1), 2 * OrderDeposit::get());
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(1), dependent));
		assert!(Orders::<Test>::get(first).is_none());
		assert_eq!(held(HoldReason::OrderDeposit, 1), 0);
	});
}

#[test]
fn an_sps_voucher_holds_a_deposit_and_a_platform_voucher_none() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, CpuCoreHour, USDC, 1_000);
		let credit = VoucherValue::Credit(10 * USDC);
		assert_ok!(Market::issue_voucher(RuntimeOrigin::signed(20), 1, credit, now() + DAY));
		assert_eq!(Vouchers::<Test>::get(0).unwrap().deposit, VoucherDeposit::get());
		assert_eq!(held(HoldReason::VoucherDeposit, 20), VoucherDeposit::get());
		let units = VoucherValue::Units { offer: id, units: 10 };
		assert_ok!(Market::issue_platform_voucher(RuntimeOrigin::root(), 2, units, now() + DAY));
		assert_eq!(Vouchers::<Test>::get(1).unwrap().deposit, 0);
		assert_eq!(held(HoldReason::VoucherDeposit, PLATFORM), 0);
		// Released by its holder, the SP's voucher gives back its credit and its deposit.
		assert_ok!(Market::release_voucher(RuntimeOrigin::signed(1), 0));
		assert_eq!(held(HoldReason::VoucherDeposit, 20), 0);
		// A voucher an order uses up goes too.
		let used_up = VoucherValue::Credit(USDC);
		assert_ok!(Market::issue_voucher(RuntimeOrigin::signed(20), 1, used_up, now() + DAY));
		assert_ok!(Market::place_order(RuntimeOrigin::signed(1), id, 1, HOUR, None, Some(2), None));
		assert!(Vouchers::<Test>::get(2).is_none());
		assert_eq!(held(HoldReason::VoucherDeposit, 20), 0);
	});
}
