use crate::{mock::*, Error, Event, ProviderRegistry, *};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::fungible::{Inspect, Mutate},
	},
	sp_runtime::{DispatchError, Permill, TokenError},
};

const FEE: Balance = 10_000 * USDC;

fn apply(who: AccountId) {
	assert_ok!(Registry::apply_for_certification(RuntimeOrigin::signed(who), figures()));
}

fn quote(who: AccountId) {
	assert_ok!(Registry::quote_certification_fee(RuntimeOrigin::root(), who, FEE));
}

fn pay(who: AccountId) {
	assert_ok!(Registry::pay_certification_fee(RuntimeOrigin::signed(who)));
}

fn benchmark(who: AccountId, f: Figures) {
	assert_ok!(Registry::record_benchmark(RuntimeOrigin::root(), who, f));
}

fn uptime(who: AccountId, period: u32, parts: u32) {
	assert_ok!(Registry::report_uptime(
		RuntimeOrigin::root(),
		who,
		period,
		Permill::from_parts(parts)
	));
}

#[test]
fn full_path_to_certification() {
	test(|| {
		register(1, Region::Europe);
		apply(1);
		assert!(matches!(stored(1).certification, Certification::Applied { at: START }));
		assert_eq!(stored(1).claim, Some(figures()));
		quote(1);
		assert_eq!(stored(1).certification, Certification::Quoted { fee: FEE });
		let usdc = Usdc::balance(&1);
		pay(1);
		assert_eq!(Usdc::balance(&1), usdc - FEE);
		assert_eq!(Usdc::balance(&REVENUE), 1 + FEE);
		assert_eq!(stored(1).certification, Certification::Paid { fee: FEE });
		benchmark(1, figures());
		let until = START + PROBATION;
		assert_eq!(stored(1).certification, Certification::Probation { since: START, until });
		assert_eq!(Registry::tier(&1), Some(Tier::Probation));
		assert_eq!(Registry::concurrent_order_limit(&1), Some(10));
		let status = Registry::probation(&1).unwrap();
		assert_eq!(
			(status.until, status.remaining, status.concurrent_order_limit),
			(until, PROBATION, 10)
		);
		assert_eq!(PendingPromotions::<Test>::get(), 1);
		// One second before the end nothing changes.
		advance(PROBATION - 1);
		assert_eq!(Registry::tier(&1), Some(Tier::Probation));
		assert_eq!(Registry::probation(&1).unwrap().remaining, 1);
		// At the end reads see the SP certified at once, before any write.
		advance(1);
		assert_eq!(Registry::tier(&1), Some(Tier::Certified));
		assert_eq!(Registry::concurrent_order_limit(&1), None);
		assert_eq!(Registry::probation(&1), None);
		assert_eq!(stored(1).certification.tier(), Tier::Probation);
		// Once the end's bucket has passed the hook writes it.
		advance(PROMOTION_BUCKET);
		assert_eq!(stored(1).certification, Certification::Certified { since: until });
		assert_eq!(PendingPromotions::<Test>::get(), 0);
		assert_eq!(Registry::ranking(Some(Tier::Certified), None, 0, 10)[0].provider, 1);
		let names: Vec<_> = events().into_iter().skip(1).collect();
		assert_eq!(
			names,
			vec![
				Event::CertificationApplied { provider: 1 },
				Event::CertificationFeeQuoted { provider: 1, fee: FEE },
				Event::CertificationFeePaid { provider: 1, fee: FEE },
				Event::BenchmarkRecorded { provider: 1, shortfalls: 0 },
				Event::ProbationStarted { provider: 1, until },
				Event::Certified { provider: 1 },
			]
		);
	});
}

#[test]
fn touching_an_sp_applies_a_due_promotion() {
	test(|| {
		put_on_probation(1);
		set_time(START + PROBATION);
		assert_ok!(Registry::rotate_attestation_key(
			RuntimeOrigin::signed(1),
			key(21),
			proof(21, 1)
		));
		assert!(matches!(stored(1).certification, Certification::Certified { .. }));
		assert_eq!(PendingPromotions::<Test>::get(), 0);
		assert!(events().contains(&Event::Certified { provider: 1 }));
	});
}

#[test]
fn hook_promotes_within_its_limits() {
	test(|| {
		for who in 1..=6 {
			put_on_probation(who);
		}
		set_time(START + PROBATION + PROMOTION_BUCKET);
		// Blocks step over the empty buckets until the one the six ends are filed in; that
		// block promotes MaxPromotionsPerBlock (4) of them, the next the other two.
		while PendingPromotions::<Test>::get() == 6 {
			Registry::promote_due(Weight::MAX);
		}
		assert_eq!(PendingPromotions::<Test>::get(), 2);
		Registry::promote_due(Weight::MAX);
		assert_eq!(PendingPromotions::<Test>::get(), 0);
		assert_eq!(Registry::ranking(Some(Tier::Certified), None, 0, 10).len(), 6);
		// No weight, no work.
		put_on_probation(7);
		set_time(now() + PROBATION + PROMOTION_BUCKET);
		assert_eq!(Registry::promote_due(Weight::zero()), Weight::zero());
		assert_eq!(PendingPromotions::<Test>::get(), 1);
	});
}

#[test]
fn hook_steps_over_empty_buckets_a_few_at_a_time() {
	test(|| {
		put_on_probation(1);
		let cursor = PromotionCursor::<Test>::get();
		// The end is 30 days of buckets ahead; each call steps over at most 8 empty ones.
		set_time(START + PROBATION + PROMOTION_BUCKET);
		Registry::promote_due(Weight::MAX);
		assert_eq!(PromotionCursor::<Test>::get(), cursor + 8);
		let buckets = PROBATION / PROMOTION_BUCKET;
		for _ in 0..buckets / 8 + 1 {
			Registry::promote_due(Weight::MAX);
		}
		assert!(matches!(stored(1).certification, Certification::Certified { .. }));
		// With nothing pending the cursor jumps to now.
		Registry::promote_due(Weight::MAX);
		assert_eq!(PromotionCursor::<Test>::get(), now() / PROMOTION_BUCKET);
	});
}

#[test]
fn application_errors() {
	test(|| {
		assert_noop!(
			Registry::apply_for_certification(RuntimeOrigin::signed(1), figures()),
			Error::<Test>::NotProvider
		);
		register(1, Region::Europe);
		for below in [
			Figures { cpu_cores: 99, ..figures() },
			Figures { memory_gb: 499, ..figures() },
			Figures { nvme_gb: 9_999, hdd_gb: 49_999, ..figures() },
			Figures { uplink_mbps: 9_999, ..figures() },
		] {
			assert_noop!(
				Registry::apply_for_certification(RuntimeOrigin::signed(1), below),
				Error::<Test>::ClaimBelowFloor
			);
		}
		// HDD instead of NVMe meets the floor.
		assert_ok!(Registry::apply_for_certification(
			RuntimeOrigin::signed(1),
			Figures { nvme_gb: 0, hdd_gb: 50_000, ..figures() }
		));
		assert_noop!(
			Registry::apply_for_certification(RuntimeOrigin::signed(1), figures()),
			Error::<Test>::AlreadyCertifying
		);
		assert_noop!(
			Registry::pay_certification_fee(RuntimeOrigin::signed(1)),
			Error::<Test>::NotQuoted
		);
		assert_noop!(
			Registry::record_benchmark(RuntimeOrigin::root(), 1, figures()),
			Error::<Test>::NotBenchmarkable
		);
		for fee in [5_000 * USDC - 1, 50_000 * USDC + 1] {
			assert_noop!(
				Registry::quote_certification_fee(RuntimeOrigin::root(), 1, fee),
				Error::<Test>::FeeOutOfRange
			);
		}
		assert_noop!(
			Registry::quote_certification_fee(RuntimeOrigin::signed(1), 1, FEE),
			DispatchError::BadOrigin
		);
		assert_ok!(Registry::quote_certification_fee(RuntimeOrigin::root(), 1, 5_000 * USDC));
		assert_noop!(
			Registry::quote_certification_fee(RuntimeOrigin::root(), 1, FEE),
			Error::<Test>::NotAwaitingQuote
		);
		assert_noop!(
			Registry::quote_certification_fee(RuntimeOrigin::root(), 2, FEE),
			Error::<Test>::NotProvider
		);
		// Withdrawing a quoted application; nothing to withdraw after.
		assert_ok!(Registry::withdraw_application(RuntimeOrigin::signed(1)));
		assert_eq!((stored(1).certification, stored(1).claim), (Certification::None, None));
		assert_noop!(
			Registry::withdraw_application(RuntimeOrigin::signed(1)),
			Error::<Test>::NothingToWithdraw
		);
		// A paid application cannot be withdrawn.
		apply(1);
		quote(1);
		pay(1);
		assert_noop!(
			Registry::withdraw_application(RuntimeOrigin::signed(1)),
			Error::<Test>::NothingToWithdraw
		);
	});
}

#[test]
fn paying_needs_the_usdc() {
	test(|| {
		Balances::set_balance(&21, 2 * BOND);
		register(21, Region::Europe);
		apply(21);
		quote(21);
		assert_noop!(
			Registry::pay_certification_fee(RuntimeOrigin::signed(21)),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn failing_first_benchmark_rejects_the_application() {
	test(|| {
		register(1, Region::Europe);
		apply(1);
		quote(1);
		pay(1);
		// HPL 11% below the claim.
		benchmark(1, Figures { hpl_gflops: 4_449, ..figures() });
		assert_eq!(stored(1).certification, Certification::None);
		assert_eq!(stored(1).claim, None);
		assert_eq!(stored(1).last_benchmark.unwrap().shortfalls, figure::HPL);
		assert!(events()
			.contains(&Event::CertificationRejected { provider: 1, shortfalls: figure::HPL }));
		// 64 cores: short of the claim and below the floor.
		apply(1);
		quote(1);
		pay(1);
		benchmark(1, Figures { cpu_cores: 64, ..figures() });
		assert_eq!(stored(1).last_benchmark.unwrap().shortfalls, figure::CPU_CORES | figure::FLOOR);
		assert_eq!(Registry::tier(&1), Some(Tier::Ordinary));
	});
}

#[test]
fn shortfalls_respect_the_tolerance_per_figure() {
	let claim = figures();
	let tol = polkadot_sdk::sp_runtime::Percent::from_percent(10);
	assert_eq!(claim.shortfalls(&claim, tol), 0);
	// Exactly 10% below passes, one less fails.
	assert_eq!(Figures { hpl_gflops: 4_500, ..claim.clone() }.shortfalls(&claim, tol), 0);
	assert_eq!(Figures { hpl_gflops: 4_499, ..claim.clone() }.shortfalls(&claim, tol), figure::HPL);
	// Latency: higher is worse; 55 µs is exactly 10% above 50.
	assert_eq!(Figures { latency_us: 55, ..claim.clone() }.shortfalls(&claim, tol), 0);
	assert_eq!(
		Figures { latency_us: 56, ..claim.clone() }.shortfalls(&claim, tol),
		figure::LATENCY
	);
	let worse = Figures {
		hpcg_gflops: 0,
		stream_mb_s: 0,
		mlperf_milli: 0,
		memory_gb: 0,
		nvme_gb: 0,
		uplink_mbps: 0,
		gpus: 7,
		..claim.clone()
	};
	assert_eq!(
		worse.shortfalls(&claim, tol),
		figure::HPCG
			| figure::STREAM
			| figure::MLPERF
			| figure::MEMORY
			| figure::NVME
			| figure::UPLINK
			| figure::GPUS
	);
	// Better than claimed is never short.
	let better = Figures { hpl_gflops: 9_999, latency_us: 1, fpgas: 2, hdd_gb: 1, ..claim.clone() };
	assert_eq!(better.shortfalls(&claim, tol), 0);
}

#[test]
fn re_benchmarks_flag_and_clear() {
	test(|| {
		certify(1);
		benchmark(1, Figures { stream_mb_s: 100_000, ..figures() });
		assert_eq!(stored(1).flag, Some(Flag { at: now(), shortfalls: figure::STREAM }));
		assert!(Registry::is_flagged(&1));
		// Flagging does not change the tier.
		assert_eq!(Registry::tier(&1), Some(Tier::Certified));
		benchmark(1, figures());
		assert_eq!(stored(1).flag, None);
		let tail: Vec<_> = events().into_iter().rev().take(4).collect();
		assert_eq!(
			tail,
			vec![
				Event::FlagCleared { provider: 1 },
				Event::BenchmarkRecorded { provider: 1, shortfalls: 0 },
				Event::Flagged { provider: 1, shortfalls: figure::STREAM },
				Event::BenchmarkRecorded { provider: 1, shortfalls: figure::STREAM },
			]
		);
		// A clean re-benchmark of an unflagged SP emits no FlagCleared.
		benchmark(1, figures());
		assert_eq!(events().last(), Some(&Event::BenchmarkRecorded { provider: 1, shortfalls: 0 }));
	});
}

#[test]
fn two_strikes_in_ninety_days_demote() {
	test(|| {
		certify(1);
		uptime(1, 1, 999_000);
		assert!(stored(1).strikes.is_empty());
		uptime(1, 2, 994_999);
		assert_eq!(stored(1).strikes.len(), 1);
		assert!(events().contains(&Event::UptimeReported {
			provider: 1,
			period: 2,
			uptime: Permill::from_parts(994_999),
			strike: true
		}));
		advance(60 * DAY);
		uptime(1, 3, 900_000);
		let p = stored(1);
		assert_eq!(
			p.certification,
			Certification::Probation { since: now(), until: now() + PROBATION }
		);
		assert!(p.strikes.is_empty());
		assert_eq!(Registry::concurrent_order_limit(&1), Some(10));
		assert!(events().contains(&Event::Demoted { provider: 1 }));
		// Probation runs again to its end.
		advance(PROBATION + PROMOTION_BUCKET);
		assert!(matches!(stored(1).certification, Certification::Certified { .. }));
	});
}

#[test]
fn strikes_expire_after_the_window() {
	test(|| {
		certify(1);
		uptime(1, 1, 990_000);
		advance(90 * DAY);
		uptime(1, 4, 990_000);
		assert_eq!(Registry::tier(&1), Some(Tier::Certified));
		assert_eq!(stored(1).strikes.to_vec(), vec![now()]);
	});
}

#[test]
fn strikes_on_probation_restart_it_and_ordinary_sps_are_not_demoted() {
	test(|| {
		put_on_probation(1);
		advance(10 * DAY);
		uptime(1, 1, 0);
		uptime(1, 2, 0);
		assert_eq!(
			stored(1).certification,
			Certification::Probation { since: now(), until: now() + PROBATION }
		);
		register(2, Region::Europe);
		uptime(2, 1, 0);
		uptime(2, 2, 0);
		assert_eq!(Registry::tier(&2), Some(Tier::Ordinary));
		assert!(stored(2).strikes.is_empty());
		assert!(!events().contains(&Event::Demoted { provider: 2 }));
	});
}

#[test]
fn uptime_errors() {
	test(|| {
		register(1, Region::Europe);
		uptime(1, 5, 999_999);
		for period in [4, 5] {
			assert_noop!(
				Registry::report_uptime(RuntimeOrigin::root(), 1, period, Permill::one()),
				Error::<Test>::StaleUptimePeriod
			);
		}
		assert_noop!(
			Registry::report_uptime(RuntimeOrigin::signed(1), 1, 6, Permill::one()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Registry::report_uptime(RuntimeOrigin::root(), 2, 6, Permill::one()),
			Error::<Test>::NotProvider
		);
	});
}

#[test]
fn suspension_freezes_probation_and_reinstatement_restarts_it() {
	test(|| {
		put_on_probation(1);
		advance(DAY);
		let reason = H256::repeat_byte(7);
		assert_ok!(Registry::suspend(RuntimeOrigin::root(), 1, reason));
		assert!(!Registry::is_active(&1));
		assert_eq!(Registry::concurrent_order_limit(&1), Some(0));
		assert_eq!(Registry::ranking(None, None, 0, 10), vec![]);
		assert_eq!(PendingPromotions::<Test>::get(), 0);
		assert_noop!(Registry::suspend(RuntimeOrigin::root(), 1, reason), Error::<Test>::Suspended);
		assert_noop!(
			Registry::apply_for_certification(RuntimeOrigin::signed(1), figures()),
			Error::<Test>::Suspended
		);
		// A suspended SP is not promoted when its probation would have ended.
		advance(PROBATION + PROMOTION_BUCKET);
		assert_eq!(Registry::tier(&1), Some(Tier::Probation));
		assert_ok!(Registry::reinstate(RuntimeOrigin::root(), 1));
		assert_eq!(
			stored(1).certification,
			Certification::Probation { since: now(), until: now() + PROBATION }
		);
		assert_eq!(Registry::ranking(Some(Tier::Probation), None, 0, 10)[0].provider, 1);
		assert!(events().contains(&Event::Suspended { provider: 1, reason }));
		assert!(events().contains(&Event::Reinstated { provider: 1 }));
		assert_noop!(Registry::reinstate(RuntimeOrigin::root(), 1), Error::<Test>::NotSuspended);
		assert_noop!(
			Registry::suspend(RuntimeOrigin::signed(1), 1, reason),
			DispatchError::BadOrigin
		);
		assert_noop!(Registry::reinstate(RuntimeOrigin::signed(1), 1), DispatchError::BadOrigin);
	});
}

#[test]
fn suspending_a_certified_sp_and_reinstating_puts_it_on_probation() {
	test(|| {
		certify(1);
		assert_ok!(Registry::suspend(RuntimeOrigin::root(), 1, H256::zero()));
		assert_ok!(Registry::reinstate(RuntimeOrigin::root(), 1));
		assert_eq!(Registry::tier(&1), Some(Tier::Probation));
		// An ordinary SP is simply active again.
		register(2, Region::Europe);
		assert_ok!(Registry::suspend(RuntimeOrigin::root(), 2, H256::zero()));
		assert_ok!(Registry::reinstate(RuntimeOrigin::root(), 2));
		assert_eq!(Registry::tier(&2), Some(Tier::Ordinary));
		assert!(Registry::is_active(&2));
	});
}

#[test]
fn refresh_is_open_to_anyone_for_registered_sps() {
	test(|| {
		assert_noop!(Registry::refresh(RuntimeOrigin::signed(5), 1), Error::<Test>::NotProvider);
		put_on_probation(1);
		set_time(START + PROBATION);
		assert_ok!(Registry::refresh(RuntimeOrigin::signed(5), 1));
		assert!(matches!(stored(1).certification, Certification::Certified { .. }));
		assert_noop!(Registry::refresh(RuntimeOrigin::none(), 1), DispatchError::BadOrigin);
	});
}
