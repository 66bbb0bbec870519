//! Random call sequences: after every step the invariants hold, a failed call changes nothing,
//! and tiers only move along legal transitions.

use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::traits::fungible::Mutate,
	sp_io::storage,
	sp_runtime::{DispatchResult, Permill, StateVersion},
};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
	Register(AccountId, usize),
	Deregister(AccountId),
	UpdateProfile(AccountId, usize),
	Rotate(AccountId, u8),
	Apply(AccountId, bool),
	Withdraw(AccountId),
	Quote(AccountId, Balance),
	Pay(AccountId),
	Benchmark(AccountId, u8),
	Uptime(AccountId, u32, u32),
	Suspend(AccountId),
	Reinstate(AccountId),
	Note(AccountId, u8),
	Rate(AccountId, u64, u8),
	OpenOrders(AccountId, u32),
	/// Register if need be, apply, get a quote, pay and pass: deep states come often.
	ToProbation(AccountId),
	Advance(Moment),
	Hook(u64),
}

fn op() -> impl Strategy<Value = Op> {
	let who = 1..=3u64;
	prop_oneof![
		3 => (who.clone(), 0..9usize).prop_map(|(w, r)| Op::Register(w, r)),
		1 => (who.clone()).prop_map(Op::Deregister),
		1 => (who.clone(), 0..9usize).prop_map(|(w, r)| Op::UpdateProfile(w, r)),
		1 => (who.clone(), 1..8u8).prop_map(|(w, k)| Op::Rotate(w, k)),
		3 => (who.clone(), any::<bool>()).prop_map(|(w, ok)| Op::Apply(w, ok)),
		1 => (who.clone()).prop_map(Op::Withdraw),
		3 => (who.clone(), 4_000..60_000u128).prop_map(|(w, f)| Op::Quote(w, f * USDC)),
		3 => (who.clone()).prop_map(Op::Pay),
		3 => (who.clone(), 0..3u8).prop_map(|(w, v)| Op::Benchmark(w, v)),
		2 => (who.clone(), 0..12u32, 980_000..1_000_000u32).prop_map(|(w, p, u)| Op::Uptime(w, p, u)),
		1 => (who.clone()).prop_map(Op::Suspend),
		1 => (who.clone()).prop_map(Op::Reinstate),
		2 => (who.clone(), 0..5u8).prop_map(|(w, e)| Op::Note(w, e)),
		2 => (who.clone(), 0..20u64, 0..7u8).prop_map(|(w, o, r)| Op::Rate(w, o, r)),
		1 => (who.clone(), 0..3u32).prop_map(|(w, n)| Op::OpenOrders(w, n)),
		3 => (who.clone()).prop_map(Op::ToProbation),
		3 => prop_oneof![Just(60), Just(PROMOTION_BUCKET), Just(DAY), Just(PROBATION / 2)]
			.prop_map(Op::Advance),
		2 => prop_oneof![Just(0u64), Just(200_000_000), Just(u64::MAX)].prop_map(Op::Hook),
	]
}

fn run(op: &Op) -> DispatchResult {
	let signed = RuntimeOrigin::signed;
	let root = RuntimeOrigin::root;
	match op.clone() {
		Op::Register(w, r) => {
			Registry::register(signed(w), w + 100, key(w), proof(w, w), Region::ALL[r], metadata())
		}
		Op::Deregister(w) => Registry::deregister(signed(w)),
		Op::UpdateProfile(w, r) => {
			Registry::update_profile(signed(w), w + 200, Region::ALL[r], metadata())
		}
		Op::Rotate(w, k) => {
			Registry::rotate_attestation_key(signed(w), key(u64::from(k)), proof(u64::from(k), w))
		}
		Op::Apply(w, ok) => {
			let claim = if ok { figures() } else { Figures { cpu_cores: 10, ..figures() } };
			Registry::apply_for_certification(signed(w), claim)
		}
		Op::Withdraw(w) => Registry::withdraw_application(signed(w)),
		Op::Quote(w, fee) => Registry::quote_certification_fee(root(), w, fee),
		Op::Pay(w) => Registry::pay_certification_fee(signed(w)),
		Op::Benchmark(w, v) => {
			let f = match v {
				0 => figures(),
				1 => Figures { hpl_gflops: 1_000, ..figures() },
				_ => Figures { memory_gb: 100, ..figures() },
			};
			Registry::record_benchmark(root(), w, f)
		}
		Op::Uptime(w, p, u) => Registry::report_uptime(root(), w, p, Permill::from_parts(u)),
		Op::Suspend(w) => Registry::suspend(root(), w, H256::repeat_byte(1)),
		Op::Reinstate(w) => Registry::reinstate(root(), w),
		Op::Note(w, e) => Registry::note(
			&w,
			match e {
				0 => OrderEvent::Started { on_time: true },
				1 => OrderEvent::Started { on_time: false },
				2 => OrderEvent::Completed,
				3 => OrderEvent::SlaBreached,
				_ => OrderEvent::DisputeLost,
			},
		),
		Op::Rate(w, o, r) => Registry::rate(&w, o, r, H256::repeat_byte(2), 1),
		Op::OpenOrders(w, n) => {
			OpenOrderCount::mutate(|m| {
				m.insert(w, n);
			});
			Ok(())
		}
		Op::ToProbation(_) => unreachable!("expanded into its steps"),
		Op::Advance(s) => {
			set_time(now() + s);
			Ok(())
		}
		Op::Hook(ref_time) => {
			Registry::promote_due(Weight::from_parts(ref_time, u64::MAX));
			Ok(())
		}
	}
}

/// The calls an op stands for.
fn steps(op: &Op) -> Vec<Op> {
	match *op {
		Op::ToProbation(w) => vec![
			Op::Register(w, 2),
			Op::Apply(w, true),
			Op::Quote(w, 10_000 * USDC),
			Op::Pay(w),
			Op::Benchmark(w, 0),
		],
		ref other => vec![other.clone()],
	}
}

fn tiers() -> Vec<Option<Tier>> {
	(1..=3).map(|w| crate::Providers::<Test>::get(w).map(|p| p.certification.tier())).collect()
}

fn legal(before: Option<Tier>, after: Option<Tier>) -> bool {
	use Tier::*;
	matches!(
		(before, after),
		(None, None)
			| (None, Some(Ordinary))
			| (Some(_), None)
			| (Some(Ordinary), Some(Ordinary | Probation))
			| (Some(Probation), Some(Probation | Certified))
			| (Some(Certified), Some(Certified | Probation))
	)
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(96))]

	#[test]
	fn random_calls_keep_invariants(ops in proptest::collection::vec(op(), 1..80)) {
		new_test_ext().execute_with(|| {
			// Account 3 can pay the bond but no fee.
			Usdc::set_balance(&3, 0);
			for op in ops.iter().flat_map(steps) {
				let op = &op;
				let before = tiers();
				let root = storage::root(StateVersion::V1);
				let result = run(op);
				if result.is_err() {
					assert_eq!(storage::root(StateVersion::V1), root, "{op:?} failed yet wrote");
				}
				for (b, a) in before.iter().zip(tiers()) {
					assert!(legal(*b, a), "{op:?}: {b:?} -> {a:?}");
				}
				Registry::do_try_state().unwrap_or_else(|e| panic!("after {op:?}: {e:?}"));
			}
		});
	}
}
