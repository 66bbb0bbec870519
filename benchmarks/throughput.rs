//! Complete order lifecycles per second against plain transfers per second, on one dev node in
//! one run. Run by `benchmarks/throughput.sh`; prints a JSON summary.
//!
//! Transfers: Alice signs `TRANSFERS` CPT `transfer_keep_alive`s ahead, then submits them as fast
//! as the node takes them; the rate is their count over the time from the first submission until the last is in a
//! block.
//! Lifecycles: `LIFECYCLES` orders go through place (buyer) → start and finish (the SP's own
//! account) → confirm (buyer); each phase is submitted at once after the previous one is in a
//! block, so the rate includes the four block inclusions a lifecycle needs. At these sizes each
//! phase fits in a block or two, so both rates are bound by the 3-second block time more than by
//! block capacity (larger runs stalled in the client; see the market issue's closing note).

#[path = "../node/tests/common/mod.rs"]
mod common;

use common::{
	account, finalize, give_cpt, hash, none, register_sp, Client, Node, CPT_UNIT, USDC_UNIT,
};
use std::time::{Duration, Instant};
use subxt::{
	config::PolkadotExtrinsicParamsBuilder,
	dynamic::{self, Value},
	ext::scale_value::At,
	rpcs::{client::RpcClient, rpc_params},
	tx::DynamicPayload,
};
use subxt_signer::sr25519::{dev, Keypair};

const TRANSFERS: u64 = 2_000;
const LIFECYCLES: u64 = 500;
const DEADLINE: Duration = Duration::from_secs(300);

async fn nonce(client: &Client, who: [u8; 32]) -> u64 {
	let at = client.at_current_block().await.expect("the best block is readable");
	let address = dynamic::storage::<([u8; 32],), Value>("System", "Account");
	let entry = at.storage().try_fetch(address, (who,)).await.expect("System.Account is readable");
	entry
		.map(|e| e.decode().expect("decodes"))
		.and_then(|v| v.at("nonce").and_then(|n| n.as_u128()))
		.unwrap_or(0) as u64
}

/// Signs `payloads` with nonces from `first` on, immortal (none goes stale while others wait).
async fn sign_from<P: subxt::tx::Payload>(
	client: &Client,
	signer: &Keypair,
	payloads: &[P],
	first: u64,
) -> Vec<String> {
	let at = client.at_current_block().await.expect("the best block is readable");
	let mut txs = at.transactions();
	let mut encoded = Vec::with_capacity(payloads.len());
	for (i, payload) in payloads.iter().enumerate() {
		let params =
			PolkadotExtrinsicParamsBuilder::new().immortal().nonce(first + i as u64).build();
		let tx = txs.create_signed(payload, signer, params).await.expect("signs");
		let hex: String = tx.encoded().iter().map(|b| format!("{b:02x}")).collect();
		encoded.push(format!("0x{hex}"));
	}
	encoded
}

/// Transactions in flight at once: enough to keep the pool busy, few enough that those arriving
/// ahead of their nonce stay within the pool's future queue.
const IN_FLIGHT: usize = 32;

/// Submits signed transactions in nonce order, `IN_FLIGHT` at a time, without waiting for their
/// inclusion. Rejections are counted, not fatal: a resubmission meets "already imported".
async fn submit_all(rpc: &RpcClient, encoded: &[String]) -> usize {
	let mut pending = tokio::task::JoinSet::new();
	let mut rejected = 0;
	for tx in encoded.iter().cloned() {
		if pending.len() >= IN_FLIGHT {
			rejected += pending.join_next().await.expect("a task").expect("the task ran") as usize;
		}
		let rpc = rpc.clone();
		pending.spawn(async move {
			let hash: Result<serde_json::Value, _> =
				rpc.request("author_submitExtrinsic", rpc_params![tx]).await;
			hash.is_err()
		});
	}
	while let Some(done) = pending.join_next().await {
		rejected += done.expect("the task ran") as usize;
	}
	rejected
}

/// Submits `signed` (nonces from `first`) and waits until all are in a block. Whatever the pool
/// dropped (the nonce stops moving for 10 s) is submitted again from the gap on, as a wallet
/// would.
async fn include_all(
	client: &Client,
	rpc: &RpcClient,
	node: &Node,
	who: [u8; 32],
	signed: &[String],
	first: u64,
) {
	let target = first + signed.len() as u64;
	let until = Instant::now() + DEADLINE;
	submit_all(rpc, signed).await;
	let (mut last, mut moved) = (first, Instant::now());
	loop {
		let reached = nonce(client, who).await;
		if reached >= target {
			return;
		}
		if reached > last {
			(last, moved) = (reached, Instant::now());
		} else if moved.elapsed() > Duration::from_secs(10) {
			let rejected = submit_all(rpc, &signed[(reached - first) as usize..]).await;
			eprintln!("stalled at nonce {reached} of {target}: resubmitted the rest ({rejected} rejected)");
			moved = Instant::now();
		}
		assert!(
			Instant::now() < until,
			"transactions were not included in time; see {}",
			node.log.display()
		);
		tokio::time::sleep(Duration::from_millis(50)).await;
	}
}

fn market(call: &str, fields: Vec<(&str, Value)>) -> DynamicPayload<Value> {
	dynamic::transaction("Market", call, Value::named_composite(fields))
}

fn attest(order: u64, statement: Value) -> DynamicPayload<Value> {
	market(
		"attest",
		vec![
			("order", Value::u128(order as u128)),
			("statement", statement),
			("signature", none()),
		],
	)
}

#[tokio::main]
async fn main() {
	let dir = tempfile::tempdir().expect("a temp dir");
	// Kept if the run fails, for the node log.
	let dir = dir.keep();
	let node = Node::start(&dir).await;
	let client = node.client().await;
	let rpc = node.rpc().await;
	let (alice, sp, buyer) = (dev::alice(), dev::bob(), dev::dave());

	// Warm up: the buyer gets free CPT for fees (its genesis CPT vests); the SP registers and
	// lists.
	give_cpt(&client, &alice, &buyer, 10_000 * CPT_UNIT).await;
	let register = register_sp(&client, &sp, account(&sp), &dev::ferdie());
	finalize(&client, &register, &sp).await;
	let now = {
		let at = client.at_current_block().await.expect("readable");
		let address = dynamic::storage::<(), Value>("Timestamp", "Now");
		let v = at.storage().try_fetch(address, ()).await.expect("readable").expect("set");
		(v.decode().expect("decodes").as_u128().expect("a number") / 1_000) as u64
	};
	let terms = Value::named_composite([
		("kind", Value::unnamed_variant("CpuCoreHour", [])),
		(
			"spec",
			Value::named_composite([
				("cpu_model", Value::from_bytes(b"EPYC")),
				("cores", Value::u128(128)),
				("memory_gb", Value::u128(512)),
				("gpu_model", Value::from_bytes(b"")),
				("gpus", Value::u128(0)),
				("region", Value::unnamed_variant("Europe", [])),
			]),
		),
		("unit_price", Value::u128(USDC_UNIT)),
		("capacity", Value::u128(LIFECYCLES as u128)),
		("window_start", Value::u128((now - 60) as u128)),
		("window_end", Value::u128((now + 86_400) as u128)),
		(
			"sla",
			Value::named_composite([
				("min_uptime", Value::u128(0)),
				("max_start_delay", Value::u128(86_400)),
			]),
		),
		("preemptible", Value::bool(false)),
		("tags", Value::unnamed_composite([])),
		("reference", none()),
	]);
	finalize(&client, &market("create_offer", vec![("terms", terms)]), &sp).await;

	// Transfers.
	let transfers: Vec<_> = (0..TRANSFERS)
		.map(|_| {
			dynamic::transaction(
				"Balances",
				"transfer_keep_alive",
				(
					Value::unnamed_variant("Id", [Value::from_bytes(account(&dev::charlie()))]),
					Value::u128(1_000_000_000_000_000_000),
				),
			)
		})
		.collect();
	let first = nonce(&client, account(&alice)).await;
	let signed = sign_from(&client, &alice, &transfers, first).await;
	let started = Instant::now();
	include_all(&client, &rpc, &node, account(&alice), &signed, first).await;
	let transfer_secs = started.elapsed().as_secs_f64();

	// Lifecycles: order ids 0 .. LIFECYCLES.
	let orders = 0..LIFECYCLES;
	let place: Vec<_> = orders
		.clone()
		.map(|_| {
			market(
				"place_order",
				vec![
					("offer", Value::u128(0)),
					("quantity", Value::u128(1)),
					("expected_duration", Value::u128(3_600)),
					("after", none()),
					("voucher", none()),
					("workload", none()),
				],
			)
		})
		.collect();
	let start: Vec<_> =
		orders.clone().map(|o| attest(o, Value::unnamed_variant("Started", []))).collect();
	let finish: Vec<_> = orders
		.clone()
		.map(|o| {
			let statement = Value::named_variant(
				"Finished",
				[
					("exit", Value::unnamed_variant("Success", [])),
					(
						"usage",
						Value::named_composite([
							("core_seconds", Value::u128(3_000)),
							("accelerator_seconds", Value::u128(0)),
						]),
					),
					("downtime", Value::u128(0)),
					("result", hash(3)),
				],
			);
			attest(o, statement)
		})
		.collect();
	let confirm: Vec<_> =
		orders.map(|o| market("confirm", vec![("order", Value::u128(o as u128))])).collect();
	// Each phase is signed ahead (the nonces are known), so the clock runs only while the
	// chain works.
	let mut phases = Vec::new();
	let (buyer_nonce, sp_nonce) =
		(nonce(&client, account(&buyer)).await, nonce(&client, account(&sp)).await);
	for (signer, phase, first) in [
		(&buyer, &place, buyer_nonce),
		(&sp, &start, sp_nonce),
		(&sp, &finish, sp_nonce + LIFECYCLES),
		(&buyer, &confirm, buyer_nonce + LIFECYCLES),
	] {
		phases.push((signer, sign_from(&client, signer, phase, first).await, first));
	}
	let started = Instant::now();
	for (signer, signed, first) in phases {
		include_all(&client, &rpc, &node, account(signer), &signed, first).await;
	}
	let lifecycle_secs = started.elapsed().as_secs_f64();
	let open = {
		let at = client.at_current_block().await.expect("readable");
		let address = dynamic::storage::<(), Value>("Market", "OrderEscrow");
		let v = at.storage().try_fetch(address, ()).await.expect("readable");
		v.map_or(0, |v| v.decode().expect("decodes").as_u128().expect("a number"))
	};
	assert_eq!(open, 0, "every lifecycle settled");

	let transfers_per_sec = TRANSFERS as f64 / transfer_secs;
	let lifecycles_per_sec = LIFECYCLES as f64 / lifecycle_secs;
	let market_tx_per_sec = (4 * LIFECYCLES) as f64 / lifecycle_secs;
	println!(
		"{}",
		serde_json::json!({
			"transfers": TRANSFERS,
			"transfer_seconds": transfer_secs,
			"transfers_per_second": transfers_per_sec,
			"lifecycles": LIFECYCLES,
			"lifecycle_seconds": lifecycle_secs,
			"lifecycles_per_second": lifecycles_per_sec,
			"market_transactions_per_second": market_tx_per_sec,
			"lifecycles_per_transfer": lifecycles_per_sec / transfers_per_sec,
			"market_transactions_per_transfer": market_tx_per_sec / transfers_per_sec,
		})
	);
	drop(node);
	let _ = std::fs::remove_dir_all(&dir);
}
