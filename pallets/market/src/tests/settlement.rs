use crate::{mock::*, *};
use cyberplaza_primitives::{OrderEvent, Tier};
use polkadot_sdk::frame_support::{assert_noop, assert_ok, traits::fungible::Mutate};

const CORE_HOUR: u64 = 3_600;

/// A CSP offer at 2 USDC per core-hour and an order of 100 core-hours (escrow 240 USDC).
fn placed() -> OrderId {
	register(20, Tier::Certified);
	let id = offer(20, ResourceKind::CpuCoreHour, 2 * USDC, 1_000);
	order(1, id, 100)
}

#[test]
fn attested_usage_is_billed_and_paid_after_confirmation() {
	test(|| {
		let o = placed();
		let (buyer, revenue, total) = (usdc(1) + 240 * USDC, usdc(REVENUE), books());
		// A relayer submits the SP's signed statements.
		let started = Statement::Started;
		assert_ok!(Market::attest(
			RuntimeOrigin::signed(7),
			o,
			started,
			Some(sign(20, o, &started))
		));
		advance(HOUR / 2);
		let checkpoint =
			Statement::Checkpoint(Usage { core_seconds: 40 * CORE_HOUR, accelerator_seconds: 0 });
		assert_ok!(Market::attest(
			RuntimeOrigin::signed(7),
			o,
			checkpoint,
			Some(sign(20, o, &checkpoint))
		));
		advance(HOUR);
		let end = finished(Exit::Success, 90 * CORE_HOUR);
		assert_ok!(Market::attest(RuntimeOrigin::signed(7), o, end, Some(sign(20, o, &end))));
		// Cost 180 USDC stays in escrow; 60 USDC went back at once.
		assert_eq!(usdc(1), buyer - 180 * USDC);
		assert_eq!(OrderEscrow::<Test>::get(), 180 * USDC);
		assert!(events().contains(&Event::OrderFinished {
			order: o,
			outcome: Outcome::Completed,
			cost: 180 * USDC,
			refunded: 60 * USDC
		}));
		assert_noop!(Market::confirm(RuntimeOrigin::signed(2), o), Error::<Test>::NotBuyer);
		assert_noop!(Market::settle(RuntimeOrigin::signed(5), o), Error::<Test>::DisputeWindowOpen);
		assert_ok!(Market::rate(RuntimeOrigin::signed(1), o, 5, H256::repeat_byte(9)));
		assert_ok!(Market::confirm(RuntimeOrigin::signed(1), o));
		// 2% fee: 3.6 USDC to revenue, 176.4 USDC to the SP's payout account.
		assert_eq!(usdc(120), 176_400_000);
		assert_eq!(usdc(REVENUE) - revenue, 3_600_000);
		assert_eq!(books(), total);
		assert_eq!(OrderEscrow::<Test>::get(), 0);
		assert_eq!(usdc(Market::escrow_account()), 1);
		assert!(Orders::<Test>::get(o).is_none());
		assert_eq!(Offers::<Test>::get(0).unwrap().sold, 90);
		assert_eq!(Offers::<Test>::get(0).unwrap().reserved, 0);
		// The SP's incentive volume is 1.5× the cost for a CSP; the rating's reward comes now.
		assert_eq!(
			Rewarded::get(),
			vec![SettledOrder {
				buyer: 1,
				provider: 20,
				cost: 180 * USDC,
				fee: 3_600_000,
				incentive_volume: 270 * USDC,
				rated: true
			}]
		);
		assert_eq!(Rated::get(), vec![(20, o, 5)]);
		assert_eq!(
			Noted::get(),
			vec![(20, OrderEvent::Started { on_time: true }), (20, OrderEvent::Completed)]
		);
		assert_noop!(Market::confirm(RuntimeOrigin::signed(1), o), Error::<Test>::UnknownOrder);
	});
}

#[test]
fn attestations_need_the_sp_or_its_key() {
	test(|| {
		let o = placed();
		let other = order(2, 0, 1);
		let s = Statement::Started;
		assert_noop!(
			Market::attest(RuntimeOrigin::signed(7), o, s, None),
			Error::<Test>::BadAttestation
		);
		// Signed by another key, or for another order (a replay).
		let wrong_key = polkadot_sdk::sp_core::Pair::sign(
			&pair(21),
			&attestation_payload(
				&System::block_hash(0),
				o,
				&Orders::<Test>::get(o).unwrap().reference,
				&s,
			),
		);
		assert_noop!(
			Market::attest(RuntimeOrigin::signed(7), o, s, Some(wrong_key)),
			Error::<Test>::BadAttestation
		);
		assert_noop!(
			Market::attest(RuntimeOrigin::signed(7), other, s, Some(sign(20, o, &s))),
			Error::<Test>::BadAttestation
		);
		assert_noop!(attest(20, 99, s), Error::<Test>::UnknownOrder);
		// Statements out of order.
		assert_noop!(attest(20, o, finished(Exit::Success, 1)), Error::<Test>::WrongState);
		assert_ok!(Market::attest(RuntimeOrigin::signed(7), o, s, Some(sign(20, o, &s))));
		assert_noop!(
			Market::attest(RuntimeOrigin::signed(7), o, s, Some(sign(20, o, &s))),
			Error::<Test>::WrongState
		);
		let c =
			|core_seconds| Statement::Checkpoint(Usage { core_seconds, accelerator_seconds: 0 });
		advance(60);
		assert_ok!(attest(20, o, c(100)));
		assert_noop!(attest(20, o, c(100)), Error::<Test>::UsageRegressed);
		assert_noop!(attest(20, o, c(50)), Error::<Test>::UsageRegressed);
		assert_noop!(attest(20, o, finished(Exit::Success, 99)), Error::<Test>::UsageRegressed);
		assert_ok!(attest(20, o, finished(Exit::Success, 100)));
		assert_noop!(attest(20, o, c(200)), Error::<Test>::WrongState);
	});
}

#[test]
fn a_failure_within_five_minutes_is_refunded_in_full() {
	test(|| {
		let o = placed();
		let (buyer, total) = (usdc(1) + 240 * USDC, books());
		attest(20, o, Statement::Started).unwrap();
		advance(300);
		assert_ok!(attest(20, o, finished(Exit::Failed(1), 10 * CORE_HOUR)));
		assert_eq!(usdc(1), buyer);
		assert_eq!(books(), total);
		assert!(Orders::<Test>::get(o).is_none());
		assert_eq!(Offers::<Test>::get(0).unwrap().reserved, 0);
		assert_eq!(Load::<Test>::get(20), ProviderLoad::default());
	});
}

#[test]
fn later_failures_and_preemption_are_billed_pro_rata() {
	test(|| {
		let o = placed();
		attest(20, o, Statement::Started).unwrap();
		advance(HOUR);
		assert_ok!(attest(20, o, finished(Exit::Failed(137), 25 * CORE_HOUR)));
		assert!(events().contains(&Event::OrderFinished {
			order: o,
			outcome: Outcome::Failed,
			cost: 50 * USDC,
			refunded: 190 * USDC
		}));
		// Preempting a job on an offer that is not preemptible is an SLA breach.
		let p = order(1, 0, 10);
		attest(20, p, Statement::Started).unwrap();
		advance(HOUR);
		assert_ok!(attest(20, p, finished(Exit::Preempted, 5 * CORE_HOUR)));
		assert!(events().contains(&Event::OrderFinished {
			order: p,
			outcome: Outcome::Preempted,
			cost: 10 * USDC,
			refunded: 14 * USDC
		}));
		assert_eq!(Noted::get().last(), Some(&(20, OrderEvent::SlaBreached)));
	});
}

#[test]
fn an_uptime_miss_refunds_the_down_share() {
	test(|| {
		let o = placed();
		attest(20, o, Statement::Started).unwrap();
		advance(10 * HOUR);
		// One hour down in ten: 90% uptime, below the 99.5% SLA; 10% of 200 USDC refunded.
		assert_ok!(attest(
			20,
			o,
			Statement::Finished {
				exit: Exit::Success,
				usage: Usage { core_seconds: 100 * CORE_HOUR, accelerator_seconds: 0 },
				downtime: HOUR,
				result: H256::zero(),
			}
		));
		assert!(events().contains(&Event::OrderFinished {
			order: o,
			outcome: Outcome::Completed,
			cost: 180 * USDC,
			refunded: 60 * USDC
		}));
		assert!(Noted::get().contains(&(20, OrderEvent::SlaBreached)));
	});
}

#[test]
fn usage_beyond_the_escrow_is_not_billed() {
	test(|| {
		let o = placed();
		attest(20, o, Statement::Started).unwrap();
		advance(8 * HOUR);
		assert_ok!(attest(20, o, finished(Exit::Success, 1_000 * CORE_HOUR)));
		assert_eq!(OrderEscrow::<Test>::get(), 240 * USDC);
		// Units consumed are capped by the order.
		assert_eq!(Offers::<Test>::get(0).unwrap().sold, 100);
	});
}

#[test]
fn a_late_start_is_refunded_in_full_and_is_a_breach() {
	test(|| {
		let o = placed();
		let buyer = usdc(1) + 240 * USDC;
		advance(HOUR + 1);
		assert_ok!(attest(20, o, Statement::Started));
		assert_eq!(usdc(1), buyer);
		assert!(events().contains(&Event::OrderFinished {
			order: o,
			outcome: Outcome::LateStart,
			cost: 0,
			refunded: 240 * USDC
		}));
		assert_eq!(Noted::get(), vec![(20, OrderEvent::Started { on_time: false })]);
	});
}

#[test]
fn overdue_orders_are_resolved_by_anyone() {
	test(|| {
		let never = placed();
		let abandoned = order(1, 0, 100);
		let buyer = usdc(1) + 480 * USDC;
		attest(20, abandoned, Statement::Started).unwrap();
		advance(HOUR / 2);
		attest(
			20,
			abandoned,
			Statement::Checkpoint(Usage { core_seconds: 30 * CORE_HOUR, accelerator_seconds: 0 }),
		)
		.unwrap();
		assert_noop!(
			Market::resolve_overdue(RuntimeOrigin::signed(5), never),
			Error::<Test>::NotOverdue
		);
		advance(HOUR + 1);
		assert_ok!(Market::resolve_overdue(RuntimeOrigin::signed(5), never));
		assert_eq!(usdc(1), buyer - 240 * USDC);
		// The started one is overdue after its expected 4 hours plus 6 hours of grace.
		assert_noop!(
			Market::resolve_overdue(RuntimeOrigin::signed(5), abandoned),
			Error::<Test>::NotOverdue
		);
		advance(9 * HOUR);
		assert_ok!(Market::resolve_overdue(RuntimeOrigin::signed(5), abandoned));
		assert!(events().contains(&Event::OrderFinished {
			order: abandoned,
			outcome: Outcome::Abandoned,
			cost: 60 * USDC,
			refunded: 180 * USDC
		}));
		assert_eq!(Noted::get().iter().filter(|(_, e)| *e == OrderEvent::SlaBreached).count(), 2);
		assert_noop!(
			Market::resolve_overdue(RuntimeOrigin::signed(5), abandoned),
			Error::<Test>::WrongState
		);
		// After the dispute window anyone settles it.
		advance(3 * DAY + 1);
		assert_ok!(Market::settle(RuntimeOrigin::signed(5), abandoned));
		assert_eq!(usdc(120), 60 * USDC - 1_200_000);
	});
}

#[test]
fn ordinary_sps_pay_five_percent_and_a_gone_sp_is_paid_directly() {
	test(|| {
		register(21, Tier::Ordinary);
		let id = offer(21, ResourceKind::CpuCoreHour, USDC, 1_000);
		let o = order(1, id, 100);
		attest(21, o, Statement::Started).unwrap();
		advance(HOUR);
		attest(21, o, finished(Exit::Success, 100 * CORE_HOUR)).unwrap();
		Registered::take();
		let sp = usdc(21);
		assert_ok!(Market::confirm(RuntimeOrigin::signed(1), o));
		assert_eq!(usdc(21) - sp, 95 * USDC);
		assert_eq!(
			Rewarded::get(),
			vec![SettledOrder {
				buyer: 1,
				provider: 21,
				cost: 100 * USDC,
				fee: 5 * USDC,
				incentive_volume: 100 * USDC,
				rated: false
			}]
		);
	});
}

#[test]
fn a_payout_too_small_for_a_new_account_goes_to_revenue() {
	test(|| {
		register(20, Tier::Certified);
		// 100 core-hours at 1 micro-USDC: cost 100, fee 2, payout 98.
		let id = offer(20, ResourceKind::CpuCoreHour, 1, 1_000);
		let o = order(1, id, 100);
		attest(20, o, Statement::Started).unwrap();
		advance(HOUR);
		attest(20, o, finished(Exit::Success, 100 * CORE_HOUR)).unwrap();
		// A minimum balance of 1,000: the SP's fresh payout account cannot receive 98.
		Usdc::mint_into(&Market::escrow_account(), 10_000).unwrap();
		Usdc::mint_into(&REVENUE, 10_000).unwrap();
		let revenue = usdc(REVENUE);
		ExistentialDeposit::set(1_000);
		assert_ok!(Market::confirm(RuntimeOrigin::signed(1), o));
		ExistentialDeposit::set(1);
		assert_eq!(usdc(REVENUE) - revenue, 100);
		assert_eq!(usdc(120), 0);
		assert!(events().contains(&Event::SweptToRevenue { to: 120, amount: 98 }));
	});
}

/// Attack: an SP bills 120 core-hours a few seconds after the start. Attested usage may not
/// exceed the offer's cores over the time since the start (plus the start-lag slack), whether
/// sent signed or feeless.
#[test]
fn usage_the_offer_could_not_have_delivered_is_refused() {
	use polkadot_sdk::{
		frame_support::{
			pallet_prelude::{InvalidTransaction, TransactionSource},
			traits::Authorize,
		},
		sp_runtime::transaction_validity::TransactionValidityError,
	};
	test(|| {
		let o = placed();
		attest(20, o, Statement::Started).unwrap();
		advance(60);
		// 128 cores for 60 s plus 120 s of slack: at most 23,040 core-seconds.
		let (cap, total) = (128 * (60 + 120), books());
		let usage = |core_seconds| Usage { core_seconds, accelerator_seconds: 0 };
		let greedy = 120 * CORE_HOUR;
		assert_noop!(
			attest(20, o, Statement::Checkpoint(usage(greedy))),
			Error::<Test>::ImplausibleUsage
		);
		assert_noop!(
			attest(20, o, finished(Exit::Success, greedy)),
			Error::<Test>::ImplausibleUsage
		);
		assert_noop!(
			attest(20, o, finished(Exit::Success, cap + 1)),
			Error::<Test>::ImplausibleUsage
		);
		let feeless = finished(Exit::Success, greedy);
		let call = RuntimeCall::Market(Call::attest {
			order: o,
			statement: feeless,
			signature: Some(sign(20, o, &feeless)),
		});
		assert_eq!(
			call.authorize(TransactionSource::External).unwrap().unwrap_err(),
			TransactionValidityError::Invalid(InvalidTransaction::Custom(IMPLAUSIBLE_USAGE))
		);
		assert_eq!(books(), total);
		// What the cores could have run is billed as attested.
		assert_ok!(attest(20, o, finished(Exit::Success, cap)));
		assert!(events().contains(&Event::OrderFinished {
			order: o,
			outcome: Outcome::Completed,
			cost: 2 * USDC * cap as u128 / CORE_HOUR as u128,
			refunded: 240 * USDC - 2 * USDC * cap as u128 / CORE_HOUR as u128,
		}));
	});
}

/// Attack: feeless checkpoints cost the SP nothing, so it floods the pool and blocks with
/// ever-growing ones. The pool holds one checkpoint per order (a larger one replaces it), and a
/// checkpoint sooner than a minute after the last is not admitted, signed or feeless.
#[test]
fn feeless_checkpoints_cannot_be_spammed() {
	use polkadot_sdk::frame_support::{
		pallet_prelude::{InvalidTransaction, TransactionSource},
		traits::Authorize,
	};
	test(|| {
		let o = placed();
		let call = |statement: Statement| {
			RuntimeCall::Market(Call::attest {
				order: o,
				statement,
				signature: Some(sign(20, o, &statement)),
			})
		};
		let validity = |statement| call(statement).authorize(TransactionSource::External).unwrap();
		let checkpoint =
			|core_seconds| Statement::Checkpoint(Usage { core_seconds, accelerator_seconds: 0 });
		assert_ok!(attest(20, o, Statement::Started));
		advance(59);
		assert_eq!(validity(checkpoint(100)).unwrap_err(), InvalidTransaction::Future.into());
		assert_noop!(attest(20, o, checkpoint(100)), Error::<Test>::CheckpointTooSoon);
		advance(1);
		let (small, _) = validity(checkpoint(100)).unwrap();
		let (large, _) = validity(checkpoint(200)).unwrap();
		// One tag per order and kind: the larger replaces the smaller in the pool.
		assert_eq!(small.provides, large.provides);
		assert!(large.priority > small.priority);
		let (finish, _) = validity(finished(Exit::Success, 200)).unwrap();
		assert_ne!(finish.provides, large.provides);
		assert_ok!(attest(20, o, checkpoint(200)));
		advance(30);
		assert_eq!(validity(checkpoint(300)).unwrap_err(), InvalidTransaction::Future.into());
		assert_noop!(attest(20, o, checkpoint(300)), Error::<Test>::CheckpointTooSoon);
		// The finish is never held back.
		assert_ok!(attest(20, o, finished(Exit::Success, 300)));
	});
}

/// Attack: after a reorg, order ids can name different orders (two buyers' orders placed in
/// the same block on competing forks swap ids). A statement the SP signed for one order is not
/// good for the other: the signature covers the order's reference (buyer, offer, placement
/// time, quantity), not only its id.
#[test]
fn a_statement_signed_for_an_order_on_another_fork_is_refused() {
	test(|| {
		let o = placed();
		let s = Statement::Started;
		// The SP signed `Started` for order `o` as it was on the other fork: buyer 2's order.
		let elsewhere = order_reference(o, &2u64, 0, now(), 100);
		assert_ne!(elsewhere, Orders::<Test>::get(o).unwrap().reference);
		let signed_elsewhere = polkadot_sdk::sp_core::Pair::sign(
			&pair(20),
			&attestation_payload(&System::block_hash(0), o, &elsewhere, &s),
		);
		assert_noop!(
			Market::attest(RuntimeOrigin::signed(7), o, s, Some(signed_elsewhere)),
			Error::<Test>::BadAttestation
		);
		assert_ok!(Market::attest(RuntimeOrigin::signed(7), o, s, Some(sign(20, o, &s))));
	});
}
