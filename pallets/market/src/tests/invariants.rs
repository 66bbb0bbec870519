//! Random call sequences: after every call the books balance (`do_try_state`) and no USDC is
//! created or lost across buyers, SPs, payout accounts, revenue, insurance, the platform and
//! the escrow account.

use crate::{mock::*, *};
use cyberplaza_primitives::Tier;
use polkadot_sdk::frame_support::BoundedVec;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
	Offer { sp: u8, price: u32, capacity: u32 },
	Place { buyer: u8, offer: u8, quantity: u16, after: Option<u8>, voucher: Option<u8> },
	Batch { buyer: u8, offer: u8, count: u8, chained: bool },
	Cancel { order: u8 },
	Reject { order: u8 },
	Rate { order: u8, rating: u8 },
	Start { order: u8 },
	Checkpoint { order: u8, seconds: u32 },
	Finish { order: u8, exit: u8, seconds: u32, downtime: u16 },
	Advance { seconds: u32 },
	Confirm { order: u8 },
	Settle { order: u8 },
	Resolve { order: u8 },
	Dispute { order: u8 },
	Decide { order: u8, refund: u32, governance: bool },
	Credit { sp: u8, holder: u8, amount: u32 },
	Units { offer: u8, holder: u8, units: u16 },
	Release { voucher: u8, by_holder: bool },
	Pause { offer: u8 },
	Close { offer: u8 },
}

fn op() -> impl Strategy<Value = Op> {
	prop_oneof![
		1 => (0..4u8, 1..5_000_000u32, 1..2_000u32)
			.prop_map(|(sp, price, capacity)| Op::Offer { sp, price, capacity }),
		4 => (0..4u8, 0..8u8, 1..300u16, proptest::option::weighted(0.2, 0..16u8), proptest::option::weighted(0.2, 0..8u8))
			.prop_map(|(buyer, offer, quantity, after, voucher)| Op::Place { buyer, offer, quantity, after, voucher }),
		1 => (0..4u8, 0..8u8, 1..12u8, any::<bool>())
			.prop_map(|(buyer, offer, count, chained)| Op::Batch { buyer, offer, count, chained }),
		1 => (0..16u8).prop_map(|order| Op::Cancel { order }),
		1 => (0..16u8).prop_map(|order| Op::Reject { order }),
		1 => (0..16u8, 0..7u8).prop_map(|(order, rating)| Op::Rate { order, rating }),
		4 => (0..16u8).prop_map(|order| Op::Start { order }),
		1 => (0..16u8, 0..2_000_000u32).prop_map(|(order, seconds)| Op::Checkpoint { order, seconds }),
		4 => (0..16u8, 0..4u8, 0..2_000_000u32, 0..4_000u16)
			.prop_map(|(order, exit, seconds, downtime)| Op::Finish { order, exit, seconds, downtime }),
		3 => prop_oneof![Just(200u32), Just(3_600), Just(40_000), Just(300_000)]
			.prop_map(|seconds| Op::Advance { seconds }),
		1 => (0..16u8).prop_map(|order| Op::Confirm { order }),
		1 => (0..16u8).prop_map(|order| Op::Settle { order }),
		1 => (0..16u8).prop_map(|order| Op::Resolve { order }),
		1 => (0..16u8).prop_map(|order| Op::Dispute { order }),
		1 => (0..16u8, any::<u32>(), any::<bool>())
			.prop_map(|(order, refund, governance)| Op::Decide { order, refund, governance }),
		1 => (0..4u8, 0..4u8, 1..500_000_000u32).prop_map(|(sp, holder, amount)| Op::Credit { sp, holder, amount }),
		1 => (0..8u8, 0..4u8, 1..300u16).prop_map(|(offer, holder, units)| Op::Units { offer, holder, units }),
		1 => (0..8u8, any::<bool>()).prop_map(|(voucher, by_holder)| Op::Release { voucher, by_holder }),
		1 => (0..8u8).prop_map(|offer| Op::Pause { offer }),
		1 => (0..8u8).prop_map(|offer| Op::Close { offer }),
	]
}

/// The `n`th of the ids a map holds (wrapping), or an id that is not there.
fn pick<K: Clone>(keys: Vec<K>, n: u8, missing: K) -> K {
	if keys.is_empty() {
		missing
	} else {
		keys[n as usize % keys.len()].clone()
	}
}

fn order_id(n: u8) -> OrderId {
	let mut ids: Vec<_> = Orders::<Test>::iter_keys().collect();
	ids.sort();
	pick(ids, n, OrderId::MAX)
}

fn offer_id(n: u8) -> OfferId {
	let mut ids: Vec<_> = Offers::<Test>::iter_keys().collect();
	ids.sort();
	pick(ids, n, OfferId::MAX)
}

fn provider_of(order: OrderId) -> AccountId {
	Orders::<Test>::get(order).map_or(20, |o| o.provider)
}

fn buyer_of(order: OrderId) -> AccountId {
	Orders::<Test>::get(order).map_or(1, |o| o.buyer)
}

fn usage(seconds: u32) -> Usage {
	Usage { core_seconds: seconds as u64, accelerator_seconds: seconds as u64 / 2 }
}

fn apply(op: &Op) {
	let signed = RuntimeOrigin::signed;
	let _ = match *op {
		Op::Offer { sp, price, capacity } => {
			let mut t = terms(ResourceKind::ALL[(price % 3) as usize], price as Balance, capacity);
			t.preemptible = price % 2 == 0;
			Market::create_offer(signed(20 + sp as u64), t)
		}
		Op::Place { buyer, offer, quantity, after, voucher } => Market::place_order(
			signed(1 + buyer as u64),
			offer_id(offer),
			quantity as u32,
			2 * HOUR,
			after.map(order_id),
			voucher.map(|v| v as VoucherId),
			None,
		),
		Op::Batch { buyer, offer, count, chained } => {
			let offer = offer_id(offer);
			let requests = (0..count as u32)
				.map(|i| OrderRequest {
					offer,
					quantity: 1 + i,
					expected_duration: HOUR,
					after: (chained && i > 0).then(|| Predecessor::InBatch(i - 1)),
					voucher: None,
					workload: None,
				})
				.collect();
			Market::place_orders(signed(1 + buyer as u64), BoundedVec::truncate_from(requests))
		}
		Op::Cancel { order } => {
			let order = order_id(order);
			Market::cancel_order(signed(buyer_of(order)), order)
		}
		Op::Reject { order } => {
			let order = order_id(order);
			Market::reject_order(signed(provider_of(order)), order)
		}
		Op::Rate { order, rating } => {
			let order = order_id(order);
			Market::rate(signed(buyer_of(order)), order, rating, H256::zero())
		}
		Op::Start { order } => {
			let order = order_id(order);
			Market::attest(
				signed(9),
				order,
				Statement::Started,
				Some(sign(provider_of(order), order, &Statement::Started)),
			)
		}
		Op::Checkpoint { order, seconds } => {
			let order = order_id(order);
			attest(provider_of(order), order, Statement::Checkpoint(usage(seconds)))
		}
		Op::Finish { order, exit, seconds, downtime } => {
			let order = order_id(order);
			let exit =
				[Exit::Success, Exit::Failed(1), Exit::Preempted, Exit::Success][exit as usize];
			let statement = Statement::Finished {
				exit,
				usage: usage(seconds),
				downtime: downtime as u64,
				result: H256::zero(),
			};
			attest(provider_of(order), order, statement)
		}
		Op::Advance { seconds } => {
			advance(seconds as u64);
			Ok(())
		}
		Op::Confirm { order } => {
			let order = order_id(order);
			Market::confirm(signed(buyer_of(order)), order)
		}
		Op::Settle { order } => Market::settle(signed(9), order_id(order)),
		Op::Resolve { order } => Market::resolve_overdue(signed(9), order_id(order)),
		Op::Dispute { order } => {
			let order = order_id(order);
			Market::open_dispute(signed(buyer_of(order)), order, H256::zero())
		}
		Op::Decide { order, refund, governance } => {
			let origin = if governance { RuntimeOrigin::root() } else { signed(ARBITER) };
			Market::decide_dispute(origin, order_id(order), refund as Balance * 1_000)
		}
		Op::Credit { sp, holder, amount } => Market::issue_voucher(
			signed(20 + sp as u64),
			1 + holder as u64,
			VoucherValue::Credit(amount as Balance),
			now() + DAY,
		),
		Op::Units { offer, holder, units } => {
			let offer = offer_id(offer);
			let sp = Offers::<Test>::get(offer).map_or(20, |o| o.provider);
			Market::issue_voucher(
				signed(sp),
				1 + holder as u64,
				VoucherValue::Units { offer, units: units as u32 },
				now() + DAY,
			)
		}
		Op::Release { voucher, by_holder } => {
			let holder = Vouchers::<Test>::get(voucher as VoucherId).map_or(1, |v| v.holder);
			Market::release_voucher(
				signed(if by_holder { holder } else { 9 }),
				voucher as VoucherId,
			)
		}
		Op::Pause { offer } => {
			let offer = offer_id(offer);
			let sp = Offers::<Test>::get(offer).map_or(20, |o| o.provider);
			Market::pause_offer(signed(sp), offer)
		}
		Op::Close { offer } => {
			let offer = offer_id(offer);
			let sp = Offers::<Test>::get(offer).map_or(20, |o| o.provider);
			Market::close_offer(signed(sp), offer)
		}
	};
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

	#[test]
	fn no_usdc_is_created_or_lost(ops in proptest::collection::vec(op(), 1..80)) {
		new_test_ext().execute_with(|| {
			register(20, Tier::Certified);
			register(21, Tier::Ordinary);
			register(22, Tier::Probation);
			register(23, Tier::Certified);
			for sp in 20..24 {
				Market::create_offer(RuntimeOrigin::signed(sp), terms(ResourceKind::CpuCoreHour, USDC, 1_000)).unwrap();
			}
			let total = books();
			for op in &ops {
				apply(op);
				Market::do_try_state().map_err(|e| format!("{op:?}: {e:?}")).unwrap();
				prop_assert_eq!(books(), total, "{:?}", op);
			}
			// Drive everything to its end: every order settles or is refunded, every voucher
			// is released, and the escrow account is back to its floor.
			advance(10 * DAY);
			// A chain of dependent orders resolves one link per pass.
			loop {
				let mut progress = false;
				for id in Orders::<Test>::iter_keys().collect::<Vec<_>>() {
					progress |= Market::resolve_overdue(RuntimeOrigin::signed(9), id).is_ok();
					progress |= Market::decide_dispute(RuntimeOrigin::root(), id, 0).is_ok();
				}
				if !progress {
					break;
				}
			}
			advance(10 * DAY);
			for id in Orders::<Test>::iter_keys().collect::<Vec<_>>() {
				let _ = Market::settle(RuntimeOrigin::signed(9), id);
			}
			for id in Vouchers::<Test>::iter_keys().collect::<Vec<_>>() {
				Market::release_voucher(RuntimeOrigin::signed(9), id).unwrap();
			}
			Market::do_try_state().unwrap();
			prop_assert_eq!(books(), total);
			prop_assert_eq!(OrderEscrow::<Test>::get(), 0);
			prop_assert_eq!(VoucherBacking::<Test>::get(), 0);
			prop_assert_eq!(usdc(Market::escrow_account()), 1);
			prop_assert!(Orders::<Test>::iter().next().is_none(), "an order was left behind");
			Ok(())
		})?;
	}
}
