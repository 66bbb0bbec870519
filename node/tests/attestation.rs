//! A buyer's order run by the SP's real scheduler and settled on chain with no hand in between:
//! the dev node has the SP's attestation key in its keystore and the gateway's URL in its
//! off-chain storage (both set over RPC, as an operator does); the node's off-chain worker
//! hands the order to `cyberplaza-gateway`, which runs it (with Slurm: a real `sbatch` job on
//! the one-node cluster of `scripts/slurm.sh`; or with the local runner), and attests start
//! and finish from the gateway's accounting; the buyer confirms and the SP is paid for the
//! attested core-seconds. With the local runner the gateway is also down for a minute while a
//! job runs, and the order still settles once, correctly.

mod common;

use common::{
	account, chain_time, cpu_offer_terms, finalize, free_port, give_cpt, market, next_order,
	order_reference, register_sp, runtime_api, some, usdc_balance, variant_name, wait_for, Client,
	Node, CPT_UNIT,
};
use sha2::{Digest, Sha256};
use std::{
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, SystemTime, UNIX_EPOCH},
};
use subxt::{dynamic::Value, ext::scale_value::At, rpcs::rpc_params};
use subxt_signer::sr25519::dev;

/// 3.6 USDC per core-hour: a milli-USDC per core-second.
const PRICE: u128 = 3_600_000;
/// The job prints this; its output hash is attested.
const OUTPUT: &[u8] = b"cyberplaza-42\n";

/// A `cyberplaza-gateway` process (the release binary built next to the node's).
struct Gateway {
	child: Child,
	port: u16,
	backend: &'static str,
	state_dir: PathBuf,
}

impl Gateway {
	fn start(backend: &'static str, state_dir: &Path, port: u16) -> Gateway {
		let binary =
			Path::new(env!("CARGO_BIN_EXE_cyberplaza-node")).with_file_name("cyberplaza-gateway");
		assert!(binary.exists(), "build the gateway first: {}", binary.display());
		let log = std::fs::File::create(state_dir.join(format!("gateway-{port}.log")))
			.expect("a writable state dir");
		let mut command = Command::new(binary);
		command
			.args(["--backend", backend, "--listen", &format!("127.0.0.1:{port}")])
			.arg("--state-dir")
			.arg(state_dir);
		if backend == "slurm" {
			command.args(["--jobcomp-log", "/var/log/slurm/jobcomp.log"]);
		}
		let child = command.stdout(Stdio::null()).stderr(log).spawn().expect("the gateway starts");
		Gateway { child, port, backend, state_dir: state_dir.to_path_buf() }
	}

	fn url(&self) -> String {
		format!("http://127.0.0.1:{}", self.port)
	}

	/// GET `path`: status and JSON.
	async fn get(&self, path: &str) -> Option<(u16, serde_json::Value)> {
		let url = format!("{}{path}", self.url());
		let answer = tokio::task::spawn_blocking(move || {
			cyberplaza_offchain_http::call("GET", &url, "", Duration::from_secs(5))
		})
		.await
		.expect("joined")
		.ok()?;
		Some((answer.0, serde_json::from_str(&answer.1).ok()?))
	}

	async fn wait_healthy(&self) {
		wait_for("the gateway's health", Duration::from_secs(30), || async {
			matches!(self.get("/health").await, Some((200, _))).then_some(())
		})
		.await;
	}

	/// The gateway's report on an order's job.
	async fn job(&self, name: &str) -> Option<serde_json::Value> {
		match self.get(&format!("/jobs/{name}")).await {
			Some((200, report)) => Some(report),
			_ => None,
		}
	}

	fn kill(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

impl Drop for Gateway {
	fn drop(&mut self) {
		self.kill();
	}
}

fn hex0x(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

/// Wall-clock Unix time in seconds (the dev chain's own clock is not the wall clock).
fn unix_now() -> f64 {
	SystemTime::now().duration_since(UNIX_EPOCH).expect("after 1970").as_secs_f64()
}

/// The order's status variant and fields, by `MarketApi.order` (`None` once closed).
async fn order_status(client: &Client, order: u64) -> Option<Value> {
	let found = runtime_api(client, "MarketApi", "order", vec![Value::u128(order as u128)]).await;
	found.at(0).and_then(|o| o.at("status")).cloned()
}

/// Waits until the best block shows the order's status as `variant`; returns the status and
/// the wall-clock time it was seen.
async fn wait_status(client: &Client, order: u64, variant: &str, within: Duration) -> (Value, f64) {
	let status = wait_for(&format!("order {order} {variant}"), within, || async {
		let status = order_status(client, order).await?;
		(variant_name(&status) == variant).then_some(status)
	})
	.await;
	(status, unix_now())
}

/// Places an order of 1 core-hour on offer 0 that runs `command` on `cpus` cores.
async fn place(
	client: &Client,
	buyer: &subxt_signer::sr25519::Keypair,
	cpus: u32,
	command: &str,
) -> u64 {
	let order = next_order(client).await;
	let workload = Value::named_composite([
		("cpus", Value::u128(cpus as u128)),
		("gpus", Value::u128(0)),
		("program", Value::unnamed_variant("Command", [Value::from_bytes(command.as_bytes())])),
	]);
	let call = market(
		"place_order",
		vec![
			("offer", Value::u128(0)),
			("quantity", Value::u128(1)),
			("expected_duration", Value::u128(600)),
			("after", Value::unnamed_variant("None", [])),
			("voucher", Value::unnamed_variant("None", [])),
			("workload", some(workload)),
		],
	);
	finalize(client, &call, buyer).await;
	order
}

/// The scenario with either backend; with `outage`, also a job that ends while the gateway is
/// down for a minute.
async fn an_order_runs_on_the_scheduler_and_settles(backend: &'static str, outage: bool) {
	let dir = tempfile::tempdir().expect("a temp dir");
	let node = Node::start(dir.path()).await;
	let client = node.client().await;
	let rpc = node.rpc().await;
	let (sp, buyer, key) = (dev::bob(), dev::dave(), dev::ferdie());
	let payout = account(&dev::charlie());
	give_cpt(&client, &dev::alice(), &buyer, 1_000 * CPT_UNIT).await;

	let gateway_dir = dir.path().join("gateway");
	std::fs::create_dir_all(&gateway_dir).expect("a gateway dir");
	let mut gateway = Gateway::start(backend, &gateway_dir, free_port());
	gateway.wait_healthy().await;

	// The operator's two settings, over RPC: the attestation key and the gateway's URL.
	let inserted: serde_json::Value = rpc
		.request("author_insertKey", rpc_params!["attn", "//Ferdie", hex0x(&account(&key))])
		.await
		.expect("author_insertKey");
	assert!(inserted.is_null());
	let set: serde_json::Value = rpc
		.request(
			"offchain_localStorageSet",
			rpc_params![
				"PERSISTENT",
				hex0x(b"cyberplaza/gateway-url"),
				hex0x(gateway.url().as_bytes())
			],
		)
		.await
		.expect("offchain_localStorageSet");
	assert!(set.is_null());

	finalize(&client, &register_sp(&client, &sp, payout, &key), &sp).await;
	let now = chain_time(&client).await;
	finalize(
		&client,
		&market("create_offer", vec![("terms", cpu_offer_terms(now, 3_600, PRICE))]),
		&sp,
	)
	.await;

	// Dave orders a core-hour running a two-core job of about six seconds.
	let dave_before = usdc_balance(&client, account(&buyer)).await;
	let payout_before = usdc_balance(&client, payout).await;
	let order = place(&client, &buyer, 2, "echo cyberplaza-$((6 * 7)); sleep 6").await;
	let genesis = client.genesis_hash();
	let reference = order_reference(&client, order).await;
	let name = pallet_market::offchain::job_name(genesis.as_ref(), order, &reference.into());

	let (_, started_seen) = wait_status(&client, order, "Started", Duration::from_secs(120)).await;
	let (status, finished_seen) =
		wait_status(&client, order, "Finished", Duration::from_secs(120)).await;
	let report = gateway.job(&name).await.expect("the gateway knows the job");
	assert_eq!(report["state"], "completed", "{report}");
	let (start, end) =
		(report["start_time"].as_u64().unwrap(), report["end_time"].as_u64().unwrap());
	let core_seconds = report["core_seconds"].as_u64().unwrap();
	assert!(end - start >= 6, "{report}");
	assert_eq!(core_seconds, 2 * (end - start));
	let output: String = Sha256::digest(OUTPUT).iter().map(|b| format!("{b:02x}")).collect();
	assert_eq!(report["output_hash"], output, "the job ran the order's command");
	if backend == "slurm" {
		let scheduler_id = report["scheduler_id"].as_str().unwrap().to_string();
		assert!(scheduler_id.parse::<u64>().is_ok(), "a Slurm job id: {scheduler_id}");
		let shown = Command::new("scontrol")
			.args(["show", "job", "-o", &scheduler_id])
			.output()
			.expect("scontrol runs");
		let shown = String::from_utf8_lossy(&shown.stdout);
		assert!(shown.contains(&format!("JobName=cp-{name}")), "{shown}");
		assert!(shown.contains("NumCPUs=2"), "{shown}");
	}
	// Billed exactly the attested core-seconds: a milli-USDC each.
	let cost = status.at("cost").and_then(|c| c.as_u128()).expect("a cost");
	assert_eq!(cost, core_seconds as u128 * 1_000);
	let latency = finished_seen - end as f64;
	eprintln!(
		"[{backend}] job ran {start}..{end} ({core_seconds} core-s); its start was on chain \
		 {:.1} s after it started, its finish {latency:.1} s after it ended",
		started_seen - start as f64
	);
	// The job's end is known to a second: the finish is on chain within 30 s of it.
	assert!(latency > -1.0 && latency <= 30.0, "finished on chain {latency:.1} s after the job");

	// Dave confirms: Bob's payout gets the cost less the 5% fee; the rest of the escrow is back.
	finalize(&client, &market("confirm", vec![("order", Value::u128(order as u128))]), &buyer)
		.await;
	assert_eq!(usdc_balance(&client, payout).await - payout_before, cost - cost / 20);
	assert_eq!(dave_before - usdc_balance(&client, account(&buyer)).await, cost);
	assert!(order_status(&client, order).await.is_none(), "settled and closed");

	if outage {
		// A 20-second job; the gateway dies once the start is attested and stays down a
		// minute, during which the job ends.
		let order = place(&client, &buyer, 1, "sleep 20; echo late").await;
		let reference = order_reference(&client, order).await;
		let name = pallet_market::offchain::job_name(genesis.as_ref(), order, &reference.into());
		wait_status(&client, order, "Started", Duration::from_secs(120)).await;
		gateway.kill();
		let down_at = unix_now();
		tokio::time::sleep(Duration::from_secs(60)).await;
		assert!(
			matches!(order_status(&client, order).await, Some(s) if variant_name(&s) == "Started"),
			"nothing attested while the gateway is down"
		);
		let port = gateway.port;
		drop(gateway);
		let back = Gateway::start(backend, &gateway_dir, port);
		let back_at = unix_now();
		back.wait_healthy().await;
		let (status, finished_seen) =
			wait_status(&client, order, "Finished", Duration::from_secs(120)).await;
		let report = back.job(&name).await.expect("the job survived the outage");
		let (start, end) =
			(report["start_time"].as_u64().unwrap(), report["end_time"].as_u64().unwrap());
		assert!((end as f64) < back_at, "the job ended during the outage: {report}");
		let core_seconds = report["core_seconds"].as_u64().unwrap();
		assert_eq!(core_seconds, end - start, "billed the job's run, not the outage");
		let cost = status.at("cost").and_then(|c| c.as_u128()).expect("a cost");
		assert_eq!(cost, core_seconds as u128 * 1_000);
		// Handed over once: one job directory per order.
		let jobs = std::fs::read_dir(back.state_dir.join("jobs")).expect("jobs").count();
		assert_eq!(jobs, 2);
		eprintln!(
			"[{backend}] gateway down for {:.1} s, the job ending {:.1} s into it; the finish \
			 was on chain {:.1} s after the gateway came back ({:.1} s after the job ended)",
			back_at - down_at,
			end as f64 - down_at,
			finished_seen - back_at,
			finished_seen - end as f64
		);
		assert!(finished_seen - back_at <= 30.0, "attested within 30 s of the gateway's return");
		assert_eq!(back.backend, backend);
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slurm_job_settles_on_chain() {
	an_order_runs_on_the_scheduler_and_settles("slurm", false).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_local_job_settles_on_chain_and_survives_a_gateway_outage() {
	an_order_runs_on_the_scheduler_and_settles("local", true).await;
}
