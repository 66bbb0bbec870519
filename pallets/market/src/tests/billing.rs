use crate::{billing::*, types::*};
use polkadot_sdk::sp_runtime::{Percent, Permill};

fn run(exit: Exit, seconds: u64, elapsed: u64, downtime: u64) -> Run<u128> {
	Run {
		kind: ResourceKind::CpuCoreHour,
		quantity: 10,
		unit_price: 1_000_000,
		escrow: 12_000_000,
		sla: Sla { min_uptime: Permill::from_percent(99), max_start_delay: 60 },
		preemptible: true,
		expected_duration: 3_600,
		started_at: 1_000,
		now: 1_000 + elapsed,
		failure_grace: 300,
		exit,
		usage: Usage { core_seconds: seconds, accelerator_seconds: 0 },
		downtime,
	}
}

#[test]
fn costs_round_down_and_units_round_up() {
	let bill = finish(&run(Exit::Success, 3_601, 3_600, 0));
	assert_eq!(
		bill,
		Bill { outcome: Outcome::Completed, cost: 1_000_277, units: 2, breach: false }
	);
	assert_eq!(
		estimate::<u128>(3, 1_000_001, Percent::from_percent(20)).unwrap(),
		(3_000_003, 600_001)
	);
	assert!(value::<u128>(2, u128::MAX).is_err());
	assert!(price_key(1u128) < price_key(256u128));
}

#[test]
fn failures_refund_by_time() {
	assert_eq!(finish(&run(Exit::Failed(2), 36_000, 300, 0)).outcome, Outcome::FailedEarly);
	assert_eq!(finish(&run(Exit::Failed(2), 36_000, 300, 0)).cost, 0);
	// Past the grace, usage is billed, capped at the escrow.
	let bill = finish(&run(Exit::Failed(2), 360_000, 301, 0));
	assert_eq!((bill.outcome, bill.cost, bill.units), (Outcome::Failed, 12_000_000, 10));
	let bill = finish(&run(Exit::Preempted, 7_200, 1_800, 0));
	assert_eq!((bill.outcome, bill.cost, bill.breach), (Outcome::Preempted, 2_000_000, false));
}

#[test]
fn unmetered_kinds_bill_the_quantity_or_the_share_of_time() {
	let mut r = run(Exit::Success, 0, 600, 0);
	r.kind = ResourceKind::StorageTbMonth;
	assert_eq!(finish(&r).cost, 10_000_000);
	r.exit = Exit::Failed(1);
	r.now = r.started_at + 900;
	assert_eq!((finish(&r).cost, finish(&r).units), (2_500_000, 3));
}

#[test]
fn uptime_below_the_sla_refunds_the_down_share_rounded_up() {
	let bill = finish(&run(Exit::Success, 3_600, 3_000, 31));
	assert!(bill.breach);
	// 1,000,000 × 31 / 3,000 = 10,333.3 → 10,334 off.
	assert_eq!(bill.cost, 989_666);
	// At 99% uptime exactly there is no cut.
	let bill = finish(&run(Exit::Success, 3_600, 3_000, 30));
	assert_eq!((bill.cost, bill.breach), (1_000_000, false));
}
