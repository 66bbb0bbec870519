use crate::{mock::*, *};
use cyberplaza_primitives::{OrderEvent, Tier};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, BoundedVec},
	sp_runtime::TokenError,
};

fn request(offer: OfferId, quantity: u32, after: Option<Predecessor>) -> OrderRequest {
	OrderRequest {
		offer,
		quantity,
		expected_duration: 2 * HOUR,
		after,
		voucher: None,
		workload: None,
	}
}

fn batch(
	requests: Vec<OrderRequest>,
) -> BoundedVec<OrderRequest, polkadot_sdk::frame_support::traits::ConstU32<128>> {
	BoundedVec::truncate_from(requests)
}

#[test]
fn placing_holds_cost_plus_buffer_and_reserves_capacity() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, ResourceKind::CpuCoreHour, 2 * USDC, 1_000);
		let before = usdc(1);
		let o = order(1, id, 100);
		assert_eq!(before - usdc(1), 240 * USDC);
		assert_eq!(usdc(Market::escrow_account()), 240 * USDC + 1);
		assert_eq!(OrderEscrow::<Test>::get(), 240 * USDC);
		assert_eq!(Offers::<Test>::get(id).unwrap().reserved, 100);
		assert_eq!(Load::<Test>::get(20), ProviderLoad { active: 1, unsettled: 1 });
		assert_eq!(<Market as cyberplaza_primitives::OpenOrders<_>>::open_orders(&20), 1);
		assert_eq!(Market::open_orders_of(&1, 0, 10), vec![o]);
		let stored = Orders::<Test>::get(o).unwrap();
		assert_eq!((stored.fee, stored.status), (Permill::from_percent(2), OrderStatus::Placed));
		assert!(events().contains(&Event::OrderPlaced {
			order: o,
			buyer: 1,
			offer: id,
			quantity: 100,
			escrow: 240 * USDC
		}));
	});
}

#[test]
fn bad_orders_are_refused() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, ResourceKind::CpuCoreHour, 2 * USDC, 1_000);
		let place = |who, offer, quantity, duration, after| {
			Market::place_order(
				RuntimeOrigin::signed(who),
				offer,
				quantity,
				duration,
				after,
				None,
				None,
			)
		};
		assert_noop!(place(1, 9, 1, HOUR, None), Error::<Test>::UnknownOffer);
		assert_noop!(place(1, id, 0, HOUR, None), Error::<Test>::ZeroQuantity);
		assert_noop!(place(1, id, 1, 0, None), Error::<Test>::ZeroDuration);
		assert_noop!(place(1, id, 1_001, HOUR, None), Error::<Test>::InsufficientCapacity);
		assert_noop!(place(1, id, 1, HOUR, Some(77)), Error::<Test>::BadPredecessor);
		// Another buyer's order cannot be a predecessor.
		let other = order(2, id, 1);
		assert_noop!(place(1, id, 1, HOUR, Some(other)), Error::<Test>::BadPredecessor);
		// More than the buyer has (1M USDC): 500,000 units × 2 USDC × 1.2.
		Market::update_offer(RuntimeOrigin::signed(20), id, None, Some(1_000_000), None).unwrap();
		assert_noop!(place(1, id, 500_000, HOUR, None), TokenError::FundsUnavailable);
		// Outside the window.
		let mut later = terms(ResourceKind::CpuCoreHour, USDC, 10);
		later.window_start = now() + DAY;
		Market::create_offer(RuntimeOrigin::signed(20), later).unwrap();
		assert_noop!(place(1, id + 1, 1, HOUR, None), Error::<Test>::OutsideWindow);
		// A suspended SP takes nothing.
		Registered::mutate(|r| r.get_mut(&20).unwrap().active = false);
		assert_noop!(place(1, id, 1, HOUR, None), Error::<Test>::ProviderAtLimit);
	});
}

#[test]
fn probation_sps_are_held_to_their_concurrent_order_limit() {
	test(|| {
		register(20, Tier::Probation);
		let id = offer(20, ResourceKind::CpuCoreHour, USDC, 100);
		let orders: Vec<_> = (0..10).map(|_| order(1, id, 1)).collect();
		assert_noop!(
			Market::place_order(RuntimeOrigin::signed(1), id, 1, HOUR, None, None, None),
			Error::<Test>::ProviderAtLimit
		);
		// A finished order in its dispute window no longer counts against the limit.
		attest(20, orders[0], Statement::Started).unwrap();
		advance(HOUR);
		attest(20, orders[0], finished(Exit::Success, HOUR)).unwrap();
		assert_eq!(Load::<Test>::get(20), ProviderLoad { active: 9, unsettled: 10 });
		order(1, id, 1);
	});
}

#[test]
fn a_batch_of_a_hundred_is_one_job() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, ResourceKind::CpuCoreHour, USDC, 1_000);
		let before = usdc(1);
		let first = NextOrderId::<Test>::get();
		assert_ok!(Market::place_orders(
			RuntimeOrigin::signed(1),
			batch((0..128).map(|_| request(id, 5, None)).collect())
		));
		assert_eq!(before - usdc(1), 128 * 6 * USDC);
		assert_eq!(Offers::<Test>::get(id).unwrap().reserved, 640);
		let (job, statuses) = Market::job_status(0).unwrap();
		assert_eq!((job.first, job.count, job.open), (first, 128, 128));
		assert!(statuses.iter().all(|(_, s)| *s == Some(OrderStatus::Placed)));
		assert!(events().contains(&Event::JobPlaced { job: 0, buyer: 1, first, count: 128 }));
		// All or nothing: one bad request places none.
		let mut requests: Vec<_> = (0..100).map(|_| request(id, 1, None)).collect();
		requests.push(request(id, 1_000, None));
		assert_noop!(
			Market::place_orders(RuntimeOrigin::signed(1), batch(requests)),
			Error::<Test>::InsufficientCapacity
		);
		assert_noop!(
			Market::place_orders(RuntimeOrigin::signed(1), batch(vec![])),
			Error::<Test>::EmptyBatch
		);
		// Cancelling the job's orders one by one removes it.
		for o in first..first + 128 {
			Market::cancel_order(RuntimeOrigin::signed(1), o).unwrap();
		}
		assert!(Jobs::<Test>::get(0).is_none());
		assert_eq!(usdc(1), before);
	});
}

#[test]
fn a_job_across_sps_waits_on_its_predecessor() {
	test(|| {
		register(20, Tier::Certified);
		register(21, Tier::Ordinary);
		let main = offer(20, ResourceKind::GpuHour, 10 * USDC, 100);
		let post = offer(21, ResourceKind::CpuCoreHour, USDC, 100);
		let first = NextOrderId::<Test>::get();
		assert_ok!(Market::place_orders(
			RuntimeOrigin::signed(1),
			batch(vec![request(main, 8, None), request(post, 16, Some(Predecessor::InBatch(0)))])
		));
		let (a, b) = (first, first + 1);
		assert_eq!(Orders::<Test>::get(a).unwrap().dependents, 1);
		// B cannot start before A completes, nor is it overdue.
		assert_noop!(attest(21, b, Statement::Started), Error::<Test>::PredecessorPending);
		advance(2 * HOUR);
		assert_noop!(
			Market::resolve_overdue(RuntimeOrigin::signed(5), b),
			Error::<Test>::NotOverdue
		);
		// A is overdue itself; set it aside and start over with a fresh pair.
		assert_ok!(Market::resolve_overdue(RuntimeOrigin::signed(5), a));
		// A failed to start, so B is refunded in full, without an SLA breach for its SP.
		assert_ok!(Market::resolve_overdue(RuntimeOrigin::signed(5), b));
		assert!(events().contains(&Event::OrderFinished {
			order: b,
			outcome: Outcome::DependencyFailed,
			cost: 0,
			refunded: 16 * USDC * 12 / 10
		}));
		assert!(!Noted::get().iter().any(|(p, _)| *p == 21));
		assert!(Orders::<Test>::get(a).is_none());

		let a = order(1, main, 8);
		let b = NextOrderId::<Test>::get();
		Market::place_order(RuntimeOrigin::signed(1), post, 16, HOUR, Some(a), None, None).unwrap();
		attest(20, a, Statement::Started).unwrap();
		advance(2 * HOUR);
		attest(
			20,
			a,
			Statement::Finished {
				exit: Exit::Success,
				usage: Usage { core_seconds: 0, accelerator_seconds: 8 * HOUR },
				downtime: 0,
				result: H256::zero(),
			},
		)
		.unwrap();
		Market::confirm(RuntimeOrigin::signed(1), a).unwrap();
		// A is settled but kept, closed, while B waits on it.
		assert_eq!(
			Orders::<Test>::get(a).unwrap().status,
			OrderStatus::Closed { completed_at: Some(now()) }
		);
		// B's start delay runs from A's completion.
		advance(HOUR - 1);
		assert_ok!(attest(21, b, Statement::Started));
		assert!(Orders::<Test>::get(a).is_none());
	});
}

/// The tags a licence needs must all be on one machine of the job, in whatever order or
/// repetition either side lists them.
#[test]
fn a_licence_needs_all_its_tags_on_one_machine() {
	test(|| {
		register(20, Tier::Certified);
		let tagged = |kind, tags: &[&str]| {
			let mut t = terms(kind, 10 * USDC, 100);
			t.tags = BoundedVec::truncate_from(tags.iter().map(|name| tag(name)).collect());
			let id = NextOfferId::<Test>::get();
			Market::create_offer(RuntimeOrigin::signed(20), t).unwrap();
			id
		};
		let cuda = tagged(ResourceKind::GpuHour, &["cuda12", "x86_64", "cuda12", "avx512"]);
		let arm = tagged(ResourceKind::CpuCoreHour, &["arm64"]);
		let needs_cuda = tagged(ResourceKind::SoftwareLicence, &["x86_64", "cuda12", "x86_64"]);
		let needs_both = tagged(ResourceKind::SoftwareLicence, &["arm64", "cuda12"]);
		let job = |offers: &[OfferId]| {
			Market::place_orders(
				RuntimeOrigin::signed(1),
				batch(offers.iter().map(|o| request(*o, 1, None)).collect()),
			)
		};
		assert_noop!(job(&[arm, needs_cuda]), Error::<Test>::Incompatible);
		assert_noop!(job(&[cuda, arm, needs_both]), Error::<Test>::Incompatible);
		assert_ok!(job(&[arm, needs_cuda, cuda]));
	});
}

#[test]
fn software_in_a_job_needs_compatible_hardware() {
	test(|| {
		register(20, Tier::Certified);
		let hw = offer(20, ResourceKind::GpuHour, 10 * USDC, 100);
		let mut licence = terms(ResourceKind::SoftwareLicence, 50 * USDC, 10);
		licence.tags = BoundedVec::truncate_from(vec![tag("x86_64"), tag("cuda12")]);
		Market::create_offer(RuntimeOrigin::signed(20), licence.clone()).unwrap();
		let sw_cuda = hw + 1;
		licence.tags = BoundedVec::truncate_from(vec![tag("x86_64")]);
		Market::create_offer(RuntimeOrigin::signed(20), licence).unwrap();
		let sw_x86 = hw + 2;
		assert_noop!(
			Market::place_orders(
				RuntimeOrigin::signed(1),
				batch(vec![request(hw, 1, None), request(sw_cuda, 1, None)])
			),
			Error::<Test>::Incompatible
		);
		assert_ok!(Market::place_orders(
			RuntimeOrigin::signed(1),
			batch(vec![request(hw, 1, None), request(sw_x86, 1, None)])
		));
		// Without hardware in the job there is nothing to check against.
		assert_ok!(Market::place_orders(
			RuntimeOrigin::signed(1),
			batch(vec![request(sw_cuda, 1, None)])
		));
		// A forward or out-of-batch reference is refused.
		assert_noop!(
			Market::place_orders(
				RuntimeOrigin::signed(1),
				batch(vec![request(hw, 1, Some(Predecessor::InBatch(0)))])
			),
			Error::<Test>::BadPredecessor
		);
		assert_noop!(
			Market::place_orders(
				RuntimeOrigin::signed(1),
				batch(vec![request(hw, 1, Some(Predecessor::InBatch(3)))])
			),
			Error::<Test>::BadPredecessor
		);
	});
}

#[test]
fn cancel_before_start_refunds_in_full() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, ResourceKind::CpuCoreHour, 2 * USDC, 1_000);
		let before = usdc(1);
		let o = order(1, id, 100);
		assert_noop!(Market::cancel_order(RuntimeOrigin::signed(2), o), Error::<Test>::NotBuyer);
		assert_noop!(
			Market::cancel_order(RuntimeOrigin::signed(1), 99),
			Error::<Test>::UnknownOrder
		);
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(1), o));
		assert_eq!(usdc(1), before);
		assert_eq!(Offers::<Test>::get(id).unwrap().reserved, 0);
		assert!(Orders::<Test>::get(o).is_none());
		assert_eq!(Load::<Test>::get(20), ProviderLoad::default());
		let o = order(1, id, 1);
		attest(20, o, Statement::Started).unwrap();
		assert_noop!(Market::cancel_order(RuntimeOrigin::signed(1), o), Error::<Test>::WrongState);
	});
}

/// Attack: another SP's buyer pins a victim SP with orders that wait on a predecessor that
/// never completes (started at the attacker's own SP, expected to run a year), filling the
/// victim's probation slots and keeping its bond from being released. Waiting orders take no
/// slot, the victim may reject them, and anyone ends them once an SLA-keeping predecessor
/// would have completed.
#[test]
fn orders_pinned_on_a_predecessor_that_never_completes_can_always_close() {
	test(|| {
		register(20, Tier::Probation);
		register(21, Tier::Certified);
		let victim = offer(20, ResourceKind::CpuCoreHour, USDC, 1_000);
		let bait = offer(21, ResourceKind::CpuCoreHour, USDC, 1_000);
		let year = 365 * DAY;
		let pred = NextOrderId::<Test>::get();
		assert_ok!(Market::place_order(RuntimeOrigin::signed(1), bait, 1, year, None, None, None));
		assert_ok!(attest(21, pred, Statement::Started));
		let pinned: Vec<OrderId> = (0..10)
			.map(|_| {
				let id = NextOrderId::<Test>::get();
				assert_ok!(Market::place_order(
					RuntimeOrigin::signed(1),
					victim,
					10,
					HOUR,
					Some(pred),
					None,
					None
				));
				id
			})
			.collect();
		// The victim's ten probation slots are still free: an honest buyer gets one.
		assert_eq!(Load::<Test>::get(20), ProviderLoad { active: 0, unsettled: 10 });
		let honest = order(2, victim, 5);
		assert_eq!(Load::<Test>::get(20).active, 1);
		// The victim turns one away: refunded in full, no breach.
		let buyer = usdc(1);
		assert_ok!(Market::reject_order(RuntimeOrigin::signed(20), pinned[0]));
		assert_eq!(usdc(1) - buyer, 12 * USDC);
		assert!(events().contains(&Event::OrderFinished {
			order: pinned[0],
			outcome: Outcome::Rejected,
			cost: 0,
			refunded: 12 * USDC
		}));
		// Anyone ends the rest once the predecessor, keeping its SLA, would have completed:
		// its latest start (an hour), its year, the finish grace (6 hours), then the victim's
		// start delay (an hour).
		let wait_until = Orders::<Test>::get(pinned[1]).unwrap().wait_until;
		assert_eq!(wait_until, now() + HOUR + year + 6 * HOUR + HOUR);
		set_time(wait_until);
		assert_noop!(
			Market::resolve_overdue(RuntimeOrigin::signed(5), pinned[1]),
			Error::<Test>::NotOverdue
		);
		set_time(wait_until + 1);
		for &o in &pinned[1..] {
			assert_ok!(Market::resolve_overdue(RuntimeOrigin::signed(5), o));
			assert!(events().contains(&Event::OrderFinished {
				order: o,
				outcome: Outcome::DependencyFailed,
				cost: 0,
				refunded: 12 * USDC
			}));
		}
		assert!(!Noted::get().iter().any(|(p, e)| *p == 20 && *e == OrderEvent::SlaBreached));
		assert_eq!(Offers::<Test>::get(victim).unwrap().reserved, 5);
		// Only the honest order is left between the victim and its bond.
		assert_eq!(<Market as cyberplaza_primitives::OpenOrders<_>>::open_orders(&20), 1);
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(2), honest));
		assert_eq!(<Market as cyberplaza_primitives::OpenOrders<_>>::open_orders(&20), 0);
	});
}

/// A waiting order takes its slot when it starts, and only if one is free.
#[test]
fn a_waiting_order_takes_a_slot_when_it_starts() {
	test(|| {
		register(20, Tier::Probation);
		register(21, Tier::Certified);
		let victim = offer(20, ResourceKind::CpuCoreHour, USDC, 1_000);
		let first = offer(21, ResourceKind::CpuCoreHour, USDC, 1_000);
		let pred = order(1, first, 1);
		let waiting = NextOrderId::<Test>::get();
		assert_ok!(Market::place_order(
			RuntimeOrigin::signed(1),
			victim,
			1,
			HOUR,
			Some(pred),
			None,
			None
		));
		let fillers: Vec<_> = (0..10).map(|_| order(2, victim, 1)).collect();
		assert_noop!(
			Market::place_order(RuntimeOrigin::signed(3), victim, 1, HOUR, None, None, None),
			Error::<Test>::ProviderAtLimit
		);
		assert_ok!(attest(21, pred, Statement::Started));
		advance(HOUR);
		assert_ok!(attest(21, pred, finished(Exit::Success, HOUR)));
		assert_noop!(attest(20, waiting, Statement::Started), Error::<Test>::ProviderAtLimit);
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(2), fillers[0]));
		assert_ok!(attest(20, waiting, Statement::Started));
		assert!(Orders::<Test>::get(waiting).unwrap().holds_slot);
		assert_eq!(Load::<Test>::get(20).active, 10);
	});
}

/// An SP may reject only its own orders, only before they start, and only before their start
/// deadline (after it, not starting is its breach).
#[test]
fn rejecting_is_for_the_sp_before_the_start_deadline() {
	test(|| {
		register(20, Tier::Certified);
		let id = offer(20, ResourceKind::CpuCoreHour, USDC, 1_000);
		let (a, b, c) = (order(1, id, 1), order(1, id, 1), order(1, id, 1));
		assert_noop!(Market::reject_order(RuntimeOrigin::signed(1), a), Error::<Test>::NotProvider);
		assert_noop!(
			Market::reject_order(RuntimeOrigin::signed(20), 99),
			Error::<Test>::UnknownOrder
		);
		assert_ok!(attest(20, b, Statement::Started));
		assert_noop!(Market::reject_order(RuntimeOrigin::signed(20), b), Error::<Test>::WrongState);
		advance(HOUR + 1);
		assert_noop!(
			Market::reject_order(RuntimeOrigin::signed(20), c),
			Error::<Test>::StartDeadlinePassed
		);
		assert_ok!(Market::resolve_overdue(RuntimeOrigin::signed(5), c));
		assert_eq!(Noted::get().last(), Some(&(20, OrderEvent::SlaBreached)));
	});
}
