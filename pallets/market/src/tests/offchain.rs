//! The SP node's off-chain worker against a real local HTTP gateway: hand-over, attestations,
//! idempotence, and gateway failures (HTTP errors, malformed JSON, timeouts, dropped and
//! refused connections).

use crate::{
	mock::*,
	offchain::{self, JobReport, JobState, ATTESTATION_KEY_TYPE, GATEWAY_URL, MAX_TRACKED},
	*,
};
use cyberplaza_offchain_http::{RealHttp, Received, Reply, Server};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		pallet_prelude::{InvalidTransaction, TransactionSource},
		traits::{Authorize, Hooks},
		BoundedVec,
	},
	frame_system::RawOrigin,
	sp_core::{
		offchain::{
			testing::{PoolState, TestOffchainExt, TestTransactionPoolExt},
			OffchainDbExt, OffchainWorkerExt, StorageKind, TransactionPoolExt,
		},
		Pair,
	},
	sp_io,
	sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt},
	sp_runtime::traits::Dispatchable,
};
use std::{
	sync::{Arc, Mutex},
	time::Duration,
};

use codec::Decode;
type Pool = Arc<parking_lot::RwLock<PoolState>>;

const SP: AccountId = 20;
const OTHER_SP: AccountId = 21;

/// A scripted gateway: knows at most one job, whose JSON the test sets.
struct Gateway {
	server: Server,
	job: Arc<Mutex<Option<String>>>,
}

impl Gateway {
	fn start() -> Gateway {
		let job: Arc<Mutex<Option<String>>> = Default::default();
		let server = Server::start(Self::honest(job.clone()));
		Gateway { server, job }
	}

	fn honest(job: Arc<Mutex<Option<String>>>) -> impl Fn(&Received) -> Reply {
		move |r: &Received| {
			let mut job = job.lock().unwrap();
			match (r.method.as_str(), job.as_ref()) {
				("GET", Some(j)) => Reply::Json(200, j.clone()),
				("GET", None) => Reply::Json(404, r#"{"error":"unknown job"}"#.into()),
				("POST", _) => {
					let j = report("pending", None, None, 0);
					*job = Some(j.clone());
					Reply::Json(201, j)
				}
				_ => Reply::Json(405, "{}".into()),
			}
		}
	}

	fn set(&self, json: String) {
		*self.job.lock().unwrap() = Some(json);
	}

	fn posts(&self) -> Vec<Received> {
		self.server.received().into_iter().filter(|r| r.method == "POST").collect()
	}
}

fn report(state: &str, start: Option<u64>, exit: Option<i32>, core_seconds: u64) -> String {
	let opt = |v: Option<String>| v.unwrap_or_else(|| "null".into());
	format!(
		r#"{{"id":"x","state":"{state}","start_time":{},"end_time":null,"exit_code":{},"core_seconds":{core_seconds},"gpu_seconds":0,"output_hash":"{}"}}"#,
		opt(start.map(|s| s.to_string())),
		opt(exit.map(|e| e.to_string())),
		"ab".repeat(32),
	)
}

fn workload(cpus: u32, command: &[u8]) -> Workload {
	Workload {
		cpus,
		gpus: 0,
		program: Program::Command(BoundedVec::truncate_from(command.to_vec())),
	}
}

/// Places an order for `buyer` on `offer` carrying a two-core `sleep` workload.
fn order_with_workload(buyer: AccountId, offer: OfferId) -> OrderId {
	let id = NextOrderId::<Test>::get();
	assert_ok!(Market::place_order(
		RuntimeOrigin::signed(buyer),
		offer,
		2,
		HOUR,
		None,
		None,
		Some(workload(2, b"sleep 120")),
	));
	id
}

/// The test externalities with a real-HTTP worker, a pool, and (optionally) `key_of`'s
/// attestation key in the keystore.
fn worker_ext(key_of: Option<AccountId>) -> (sp_io::TestExternalities, Pool) {
	let mut ext = new_test_ext();
	let (db, _) = TestOffchainExt::new();
	let (pool, pool_state) = TestTransactionPoolExt::new();
	let keystore = MemoryKeystore::new();
	if let Some(sp) = key_of {
		let seed = format!("0x{}", hex_of(&[sp as u8; 32]));
		keystore
			.insert(ATTESTATION_KEY_TYPE, &seed, pair(sp).public().as_ref())
			.expect("key stored");
	}
	ext.register_extension(OffchainDbExt::new(db));
	ext.register_extension(OffchainWorkerExt::new(RealHttp::new()));
	ext.register_extension(TransactionPoolExt::new(pool));
	ext.register_extension(KeystoreExt::new(keystore));
	(ext, pool_state)
}

fn hex_of(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn set_gateway(url: &str) {
	sp_io::offchain::local_storage_set(StorageKind::PERSISTENT, GATEWAY_URL, url.as_bytes());
}

fn run_worker() {
	Market::offchain_worker(System::block_number());
}

/// Takes the transactions the worker submitted: their calls.
fn submitted(pool: &Pool) -> Vec<RuntimeCall> {
	std::mem::take(&mut pool.write().transactions)
		.into_iter()
		.map(|tx| Extrinsic::decode(&mut &tx[..]).expect("an extrinsic").function)
		.collect()
}

/// Checks the call is authorized as a general transaction would be, then dispatches it so.
fn apply_authorized(call: RuntimeCall) {
	let authorized = call.authorize(TransactionSource::Local).expect("an authorized call");
	assert_ok!(authorized);
	assert_ok!(call.dispatch(RawOrigin::Authorized.into()));
}

fn attestation_of(call: &RuntimeCall) -> (OrderId, Statement) {
	match call {
		RuntimeCall::Market(Call::attest { order, statement, signature: Some(_) }) => {
			(*order, *statement)
		}
		other => panic!("not a signed attestation: {other:?}"),
	}
}

fn setup_offer() -> OfferId {
	register(SP, cyberplaza_primitives::Tier::Certified);
	register(OTHER_SP, cyberplaza_primitives::Tier::Certified);
	offer(SP, ResourceKind::CpuCoreHour, 2 * USDC, 1_000)
}

#[test]
fn hands_an_order_over_once_and_attests_start_checkpoint_and_finish() {
	let gateway = Gateway::start();
	let (mut ext, pool) = worker_ext(Some(SP));
	ext.execute_with(|| {
		let offer = setup_offer();
		let order = order_with_workload(1, offer);
		set_gateway(&gateway.server.url());

		// Handed over once: a POST with the job's request; pending, so nothing to attest.
		run_worker();
		let posts = gateway.posts();
		assert_eq!(posts.len(), 1);
		let body: serde_json::Value = serde_json::from_str(&posts[0].body).unwrap();
		assert_eq!(body["command"], "sleep 120");
		assert_eq!(body["cpus"], 2);
		assert_eq!(body["time_limit_secs"], HOUR + 6 * HOUR);
		let reference = Orders::<Test>::get(order).unwrap().reference;
		assert_eq!(
			body["id"],
			offchain::job_name(System::block_hash(0).as_ref(), order, &reference)
		);
		assert!(submitted(&pool).is_empty());

		// Running: the start is attested; the next run does not post the job again.
		gateway.set(report("running", Some(START), None, 10));
		advance(1);
		run_worker();
		assert_eq!(gateway.posts().len(), 1);
		let calls = submitted(&pool);
		assert_eq!(calls.len(), 1);
		assert_eq!(attestation_of(&calls[0]), (order, Statement::Started));
		apply_authorized(calls[0].clone());
		assert!(matches!(Orders::<Test>::get(order).unwrap().status, OrderStatus::Started { .. }));

		// Under a minute of usage per core since the start: no checkpoint yet; then one.
		gateway.set(report("running", Some(START), None, 100));
		advance(1);
		run_worker();
		assert!(submitted(&pool).is_empty());
		gateway.set(report("running", Some(START), None, 240));
		advance(offchain::CHECKPOINT_SECS);
		run_worker();
		let calls = submitted(&pool);
		let usage = Usage { core_seconds: 240, accelerator_seconds: 0 };
		assert_eq!(attestation_of(&calls[0]), (order, Statement::Checkpoint(usage)));
		apply_authorized(calls[0].clone());

		// Finished: exit status, usage and the output hash are attested; the order is billed
		// by the attested core-seconds.
		gateway.set(report("completed", Some(START), Some(0), 3_600));
		advance(HOUR);
		run_worker();
		let calls = submitted(&pool);
		let usage = Usage { core_seconds: 3_600, accelerator_seconds: 0 };
		let finished = Statement::Finished {
			exit: Exit::Success,
			usage,
			downtime: 0,
			result: H256::repeat_byte(0xab),
		};
		assert_eq!(attestation_of(&calls[0]), (order, finished));
		apply_authorized(calls[0].clone());
		let OrderStatus::Finished { cost, outcome, .. } =
			Orders::<Test>::get(order).unwrap().status
		else {
			panic!("finished")
		};
		assert_eq!((outcome, cost), (Outcome::Completed, 2 * USDC));
		assert!(Workloads::<Test>::get(order).is_none());

		// Nothing more to say: the order is no longer tracked and the gateway not asked.
		let asked = gateway.server.received().len();
		advance(1);
		run_worker();
		assert!(submitted(&pool).is_empty());
		assert!(Market::tracked_orders().is_empty());
		assert_eq!(gateway.server.received().len(), asked);
	});
}

#[test]
fn a_statement_is_sent_again_only_if_the_chain_has_not_moved_on() {
	let gateway = Gateway::start();
	let (mut ext, pool) = worker_ext(Some(SP));
	ext.execute_with(|| {
		let order = order_with_workload(1, setup_offer());
		set_gateway(&gateway.server.url());
		gateway.set(report("running", Some(START), None, 10));
		run_worker();
		assert_eq!(submitted(&pool).len(), 1);
		// Not included yet (lost in a fork, say): not repeated at once, repeated later.
		for _ in 1..offchain::RESEND_AFTER_BLOCKS {
			advance(1);
			run_worker();
			assert!(submitted(&pool).is_empty());
		}
		advance(1);
		run_worker();
		let calls = submitted(&pool);
		assert_eq!(attestation_of(&calls[0]), (order, Statement::Started));
		// The gateway was never asked to run the job twice.
		assert_eq!(gateway.posts().len(), 0);
	});
}

#[test]
fn gateway_failures_send_nothing_and_the_worker_recovers() {
	let gateway = Gateway::start();
	let (mut ext, pool) = worker_ext(Some(SP));
	ext.execute_with(|| {
		let order = order_with_workload(1, setup_offer());
		set_gateway(&gateway.server.url());
		let failures = [
			Reply::Json(500, r#"{"error":"scheduler down"}"#.into()),
			Reply::Json(200, "{not json".into()),
			Reply::Json(200, r#"{"state":"exploded"}"#.into()),
			Reply::Json(200, r#"{"state":"running","start_time":1,"core_seconds":-5}"#.into()),
			Reply::Hang(Duration::from_secs(3)),
			Reply::Drop,
		];
		for failure in failures {
			let reply = failure.clone();
			gateway.server.reply_with(move |_| reply.clone());
			let started = std::time::Instant::now();
			run_worker();
			// Every request is bounded by the worker's timeout.
			assert!(started.elapsed() < Duration::from_millis(2_900), "{failure:?}");
			assert!(submitted(&pool).is_empty(), "{failure:?}");
			advance(1);
		}
		// Recovered: the job is handed over and, once running, its start attested.
		gateway.server.reply_with(Gateway::honest(gateway.job.clone()));
		run_worker();
		assert_eq!(gateway.posts().len(), 1);
		gateway.set(report("running", Some(START), None, 10));
		advance(1);
		run_worker();
		assert_eq!(attestation_of(&submitted(&pool)[0]), (order, Statement::Started));
	});
	// A gateway that is not there at all.
	let url = gateway.server.url();
	drop(gateway);
	let (mut ext, pool) = worker_ext(Some(SP));
	ext.execute_with(|| {
		order_with_workload(1, setup_offer());
		set_gateway(&url);
		run_worker();
		assert!(submitted(&pool).is_empty());
		assert_eq!(Market::tracked_orders().len(), 1);
	});
}

#[test]
fn a_node_without_a_key_or_a_gateway_does_nothing() {
	let gateway = Gateway::start();
	let (mut ext, pool) = worker_ext(None);
	ext.execute_with(|| {
		order_with_workload(1, setup_offer());
		set_gateway(&gateway.server.url());
		run_worker();
	});
	assert!(gateway.server.received().is_empty());
	assert!(pool.read().transactions.is_empty());
	let (mut ext, pool) = worker_ext(Some(SP));
	ext.execute_with(|| {
		order_with_workload(1, setup_offer());
		run_worker();
		assert!(Market::tracked_orders().is_empty());
	});
	assert!(pool.read().transactions.is_empty());
}

#[test]
fn only_this_sps_orders_with_workloads_are_handed_over_and_waiting_orders_wait() {
	let gateway = Gateway::start();
	let (mut ext, pool) = worker_ext(Some(SP));
	ext.execute_with(|| {
		let offer = setup_offer();
		let other = crate::mock::offer(OTHER_SP, ResourceKind::CpuCoreHour, 2 * USDC, 100);
		let plain = order(1, offer, 1);
		order_with_workload(2, other);
		let first = order_with_workload(3, offer);
		let second = NextOrderId::<Test>::get();
		assert_ok!(Market::place_order(
			RuntimeOrigin::signed(3),
			offer,
			1,
			HOUR,
			Some(first),
			None,
			Some(workload(1, b"echo after")),
		));
		set_gateway(&gateway.server.url());
		run_worker();
		assert_eq!(Market::tracked_orders(), vec![first]);
		assert_eq!(Market::waiting_orders(), vec![second]);
		let posts = gateway.posts();
		assert_eq!(posts.len(), 1, "only the first: the second waits on it");
		assert!(posts[0].body.contains("sleep 120"));
		assert!(!posts.iter().any(|p| p.body.contains(&format!("-{plain}\""))));
		assert!(pool.read().transactions.is_empty());
		// Once the first has completed, the second is tracked and handed over.
		attest(SP, first, Statement::Started).unwrap();
		advance(HOUR);
		attest(SP, first, finished(Exit::Success, 2 * 3_600)).unwrap();
		*gateway.job.lock().unwrap() = None;
		run_worker();
		assert_eq!(Market::waiting_orders(), Vec::<OrderId>::new());
		assert_eq!(Market::tracked_orders(), vec![second]);
		assert!(gateway.posts().last().is_some_and(|p| p.body.contains("echo after")));
	});
}

/// Attack: a buyer fills an SP node's tracked list with orders that wait on a predecessor that
/// never comes. They wait apart, and the SP's next order is handed over all the same.
#[test]
fn orders_that_may_never_start_do_not_fill_the_tracked_list() {
	let gateway = Gateway::start();
	let (mut ext, _pool) = worker_ext(Some(SP));
	ext.execute_with(|| {
		let offer = setup_offer();
		let roomy = crate::mock::offer(SP, ResourceKind::CpuCoreHour, 2 * USDC, 2_000);
		let other = crate::mock::offer(OTHER_SP, ResourceKind::CpuCoreHour, 2 * USDC, 100);
		let bait = order(3, other, 1);
		let pinned = MAX_TRACKED as u64 + 1;
		for _ in 0..pinned {
			assert_ok!(Market::place_order(
				RuntimeOrigin::signed(3),
				roomy,
				1,
				HOUR,
				Some(bait),
				None,
				Some(workload(1, b"echo pinned")),
			));
		}
		let honest = order_with_workload(1, offer);
		set_gateway(&gateway.server.url());
		// The scan reads 1,000 new orders a run.
		run_worker();
		run_worker();
		assert_eq!(Market::waiting_orders().len() as u64, pinned);
		assert_eq!(Market::tracked_orders(), vec![honest]);
		let posts = gateway.posts();
		assert_eq!(posts.len(), 1);
		assert!(posts[0].body.contains("sleep 120"));
	});
}

#[test]
fn authorized_attestations_need_the_key_and_must_move_the_order_on() {
	test(|| {
		let order = order_with_workload(1, setup_offer());
		let call = |statement: Statement, signer: AccountId| {
			let signature = sign(signer, order, &statement);
			RuntimeCall::Market(Call::attest { order, statement, signature: Some(signature) })
		};
		let validity = |c: &RuntimeCall| c.authorize(TransactionSource::External).unwrap();
		assert_eq!(
			validity(&call(Statement::Started, OTHER_SP)).unwrap_err(),
			InvalidTransaction::BadProof.into()
		);
		let unsigned = RuntimeCall::Market(Call::attest {
			order,
			statement: Statement::Started,
			signature: None,
		});
		assert_eq!(validity(&unsigned).unwrap_err(), InvalidTransaction::BadProof.into());
		let ahead = Statement::Checkpoint(Usage { core_seconds: 60, accelerator_seconds: 0 });
		assert_eq!(validity(&call(ahead, SP)).unwrap_err(), InvalidTransaction::Stale.into());
		let unknown = RuntimeCall::Market(Call::attest {
			order: 99,
			statement: Statement::Started,
			signature: Some(sign(SP, 99, &Statement::Started)),
		});
		assert_eq!(validity(&unknown).unwrap_err(), InvalidTransaction::Stale.into());

		let start = call(Statement::Started, SP);
		assert_ok!(validity(&start));
		assert_ok!(start.clone().dispatch(RawOrigin::Authorized.into()));
		// Replayed: stale now, and refused if dispatched anyway.
		assert_eq!(validity(&start).unwrap_err(), InvalidTransaction::Stale.into());
		assert!(start.dispatch(RawOrigin::Authorized.into()).is_err());
		// No origin at all is not an attestation.
		let checkpoint = call(ahead, SP);
		assert!(checkpoint.dispatch(RawOrigin::None.into()).is_err());
	});
}

#[test]
fn bad_workloads_are_refused_and_a_workload_lives_as_long_as_its_order() {
	test(|| {
		let offer = setup_offer();
		let place = |w: Workload| {
			Market::place_order(RuntimeOrigin::signed(1), offer, 1, HOUR, None, None, Some(w))
		};
		assert_noop!(place(workload(0, b"true")), Error::<Test>::BadWorkload);
		assert_noop!(place(workload(1, b"")), Error::<Test>::BadWorkload);
		assert_noop!(place(workload(1, &[0xff, 0xfe])), Error::<Test>::BadWorkload);
		let id = NextOrderId::<Test>::get();
		assert_ok!(place(workload(4, b"true")));
		assert_eq!(Workloads::<Test>::get(id).unwrap().cpus, 4);
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(1), id));
		assert!(Workloads::<Test>::get(id).is_none());
	});
}

#[test]
fn job_reports_parse_strictly() {
	let parsed = JobReport::parse(report("failed", Some(5), Some(3), 42).as_bytes()).unwrap();
	assert_eq!(parsed.state, JobState::Failed);
	assert!(parsed.started);
	assert_eq!(parsed.exit_code, Some(3));
	assert_eq!(parsed.usage.core_seconds, 42);
	assert_eq!(parsed.output_hash, H256::repeat_byte(0xab));
	let pending = JobReport::parse(br#"{"state":"pending"}"#).unwrap();
	assert!(!pending.started);
	for bad in [
		&br#"{"state":"done"}"#[..],
		br#"{"state":"running","core_seconds":"ten"}"#,
		br#"{"state":"running","exit_code":4294967296}"#,
		br#"{"state":"running","output_hash":"12"}"#,
		br#"[1,2]"#,
		b"",
	] {
		assert_eq!(JobReport::parse(bad), None, "{}", String::from_utf8_lossy(bad));
	}
}

#[test]
fn finished_jobs_map_to_exits() {
	let started: OrderStatus<Balance> = OrderStatus::Started {
		at: START,
		usage: Usage { core_seconds: 500, accelerator_seconds: 0 },
		checkpointed_at: START,
	};
	let w = workload(2, b"x");
	let finish = |state: &str, exit: Option<i32>, core: u64| {
		let r = JobReport::parse(report(state, Some(1), exit, core).as_bytes()).unwrap();
		match offchain::next_statement(&started, &w, &r) {
			Some(Statement::Finished { exit, usage, .. }) => (exit, usage.core_seconds),
			other => panic!("{other:?}"),
		}
	};
	assert_eq!(finish("completed", Some(0), 900), (Exit::Success, 900));
	assert_eq!(finish("completed", Some(2), 900), (Exit::Failed(2), 900));
	assert_eq!(finish("failed", Some(0), 900), (Exit::Failed(-1), 900));
	assert_eq!(finish("timeout", None, 900), (Exit::Failed(-1), 900));
	assert_eq!(finish("cancelled", Some(15), 900), (Exit::Failed(15), 900));
	assert_eq!(finish("preempted", None, 900), (Exit::Preempted, 900));
	// A report below what was attested never lowers the usage.
	assert_eq!(finish("completed", Some(0), 100), (Exit::Success, 500));
	// Nothing to say about a job not yet started, or of a closed order.
	let pending = JobReport::parse(br#"{"state":"pending"}"#).unwrap();
	assert_eq!(offchain::next_statement(&OrderStatus::<Balance>::Placed, &w, &pending), None);
	let closed = OrderStatus::<Balance>::Closed { completed_at: None };
	assert_eq!(offchain::next_statement(&closed, &w, &pending), None);
}
