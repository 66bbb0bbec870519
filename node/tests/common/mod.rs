//! Drives the built `cyberplaza-node` binary as a user would: a process with its own base path
//! and ports, reached over JSON-RPC.

// Each test crate uses its own subset of the helpers.
#![allow(dead_code)]

use pallet_market::{Exit, Statement, Usage};
use std::{
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, ExitStatus, Stdio},
	time::{Duration, Instant},
};
use subxt::{
	dynamic::{self, Value},
	ext::scale_value::{At, ValueDef, Variant},
	rpcs::{client::RpcClient, rpc_params},
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;

pub type Client = OnlineClient<PolkadotConfig>;

/// `cyberplaza_runtime::constants::assets::USDC_ASSET_ID`.
pub const USDC: u32 = 1;
/// One USDC (6 decimals).
pub const USDC_UNIT: u128 = 1_000_000;

/// Finalization on the dev chain takes one block (3 s); this leaves room for a slow machine.
pub const FINALIZED_DEADLINE: Duration = Duration::from_secs(60);

/// How long a node may take to start answering RPC. A node compiles the runtime three times
/// before it answers (for its strategy, genesis and import): two nodes starting at once on 2
/// cores took 116 s here.
pub const START_DEADLINE: Duration = Duration::from_secs(300);
/// How often state is polled while waiting for it.
const POLL: Duration = Duration::from_millis(100);

/// A running `cyberplaza-node --dev`.
/// The dev chain's oracle feeders (`cyberplaza_runtime::genesis::dev_feeders`).
pub const DEV_FEEDERS: [&str; 8] =
	["//Alice", "//Bob", "//Charlie", "//Dave", "//Eve", "//Ferdie", "//One", "//Two"];

pub struct Node {
	child: Child,
	pub rpc_port: u16,
	pub log: PathBuf,
}

pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|listener| listener.local_addr())
		.map(|addr| addr.port())
		.expect("the loopback interface has a free port")
}

impl Node {
	/// Starts a dev node keeping its state under `base_path`, and waits until it answers RPC.
	pub async fn start(base_path: &Path) -> Node {
		let rpc_port = free_port();
		let log = base_path.join(format!("node-{rpc_port}.log"));
		let log_file = std::fs::File::create(&log).expect("the base path is writable");
		let child = Command::new(env!("CARGO_BIN_EXE_cyberplaza-node"))
			.arg("--dev")
			.arg("--base-path")
			.arg(base_path)
			.args(["--rpc-port", &rpc_port.to_string()])
			.args(["--port", &free_port().to_string()])
			.args(["--prometheus-port", &free_port().to_string()])
			.args(["--no-telemetry", "--no-mdns", "--no-hardware-benchmarks"])
			.stdout(Stdio::null())
			.stderr(log_file)
			.spawn()
			.expect("the node binary starts");
		let node = Node { child, rpc_port, log };
		node.wait_for_rpc().await;
		node
	}

	pub fn url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}

	async fn wait_for_rpc(&self) {
		let deadline = Instant::now() + START_DEADLINE;
		loop {
			if let Ok(rpc) = RpcClient::from_insecure_url(self.url()).await {
				let health: Result<serde_json::Value, _> =
					rpc.request("system_health", rpc_params![]).await;
				if health.is_ok() {
					return;
				}
			}
			assert!(
				Instant::now() < deadline,
				"the node did not answer RPC; see {}",
				self.log.display()
			);
			tokio::time::sleep(POLL).await;
		}
	}

	/// A raw JSON-RPC client.
	pub async fn rpc(&self) -> RpcClient {
		RpcClient::from_insecure_url(self.url()).await.expect("the node answers RPC")
	}

	/// Makes this node a feeder node, as feeder operators do over RPC: inserts the eight dev
	/// feeders' `orcl` keys (`cyberplaza_runtime::genesis::dev_feeders`) and sets the price
	/// sources its off-chain worker reads (`sources`: the JSON list of `key`, `url`, `pointer`).
	/// Feeders feed every ten blocks.
	pub async fn feed_prices(&self, sources: &str) {
		let rpc = self.rpc().await;
		let hex0x = |bytes: &[u8]| format!("0x{}", hex::encode(bytes));
		for uri in DEV_FEEDERS {
			let pair = Keypair::from_uri(&uri.parse().expect("a dev URI")).expect("a dev key");
			let _: serde_json::Value = rpc
				.request("author_insertKey", rpc_params!["orcl", uri, hex0x(&account(&pair))])
				.await
				.expect("author_insertKey");
		}
		let key = hex0x(b"cyberplaza/oracle-sources");
		let _: serde_json::Value = rpc
			.request(
				"offchain_localStorageSet",
				rpc_params!["PERSISTENT", key, hex0x(sources.as_bytes())],
			)
			.await
			.expect("offchain_localStorageSet");
	}

	/// A subxt client.
	pub async fn client(&self) -> OnlineClient<PolkadotConfig> {
		OnlineClient::<PolkadotConfig>::from_insecure_url(self.url())
			.await
			.expect("subxt connects to the node")
	}

	/// Kills the node without letting it shut down (SIGKILL).
	pub fn kill(mut self) {
		self.child.kill().expect("the node can be killed");
		self.child.wait().expect("the killed node is reaped");
	}

	/// Asks the node to stop (SIGINT) and waits for it to exit.
	pub fn stop(mut self) -> ExitStatus {
		let signal = format!("kill -INT {}", self.child.id());
		let sent = Command::new("sh").args(["-c", &signal]).status().expect("`sh` runs");
		assert!(sent.success());
		let deadline = Instant::now() + Duration::from_secs(60);
		loop {
			if let Some(status) = self.child.try_wait().expect("the node's status is readable") {
				return status;
			}
			assert!(Instant::now() < deadline, "the node did not stop within 60 s");
			std::thread::sleep(POLL);
		}
	}
}

impl Drop for Node {
	fn drop(&mut self) {
		// A failed test must not leave a node running.
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

/// Polls `check` until it returns `Some`, failing after `deadline`.
pub async fn wait_for<T, F, Fut>(what: &str, deadline: Duration, mut check: F) -> T
where
	F: FnMut() -> Fut,
	Fut: std::future::Future<Output = Option<T>>,
{
	let until = Instant::now() + deadline;
	loop {
		if let Some(value) = check().await {
			return value;
		}
		assert!(Instant::now() < until, "timed out waiting for {what}");
		tokio::time::sleep(POLL).await;
	}
}

/// The account id of a keypair.
pub fn account(keypair: &Keypair) -> [u8; 32] {
	keypair.public_key().0
}

/// Submits a signed transaction and waits until it is finalized: its events, or the error it
/// failed with.
pub async fn submit(
	client: &Client,
	payload: &impl subxt::tx::Payload,
	signer: &Keypair,
) -> Result<(), String> {
	let at = client.at_current_block().await.expect("the best block is readable");
	let progress = at
		.transactions()
		.sign_and_submit_then_watch_default(payload, signer)
		.await
		.expect("the node accepts the transaction");
	tokio::time::timeout(FINALIZED_DEADLINE, progress.wait_for_finalized_success())
		.await
		.expect("the transaction is finalized within the deadline")
		.map(|_| ())
		.map_err(|e| e.to_string())
}

/// Submits a signed transaction and waits until it is finalized and has succeeded.
pub async fn finalize(client: &Client, payload: &impl subxt::tx::Payload, signer: &Keypair) {
	if let Err(e) = submit(client, payload, signer).await {
		panic!("the transaction succeeds: {e}");
	}
}

/// Submits a signed transaction that the chain includes but refuses; returns its error (e.g.
/// `Market::CostTooLowToRate`).
pub async fn refused(
	client: &Client,
	payload: &impl subxt::tx::Payload,
	signer: &Keypair,
) -> String {
	submit(client, payload, signer).await.expect_err("the transaction fails")
}

/// `Market.place_order` of `quantity` units of `offer` expected to run `duration` seconds,
/// optionally after another order, without a voucher or workload.
pub fn place_order(
	offer: u32,
	quantity: u32,
	duration: u64,
	after: Option<u64>,
) -> impl subxt::tx::Payload {
	market(
		"place_order",
		vec![
			("offer", Value::u128(offer as u128)),
			("quantity", Value::u128(quantity as u128)),
			("expected_duration", Value::u128(duration as u128)),
			("after", after.map_or_else(none, |p| some(Value::u128(p as u128)))),
			("voucher", none()),
			("workload", none()),
		],
	)
}

/// `who`'s USDC at the best block, free and held (storage deposits).
pub async fn usdc_balance(client: &Client, who: [u8; 32]) -> u128 {
	let at = client.at_current_block().await.expect("the best block is readable");
	let address = dynamic::storage::<(u32, [u8; 32]), Value>("Assets", "Account");
	let free = match at
		.storage()
		.try_fetch(address, (USDC, who))
		.await
		.expect("Assets.Account is readable")
	{
		Some(entry) => {
			let entry = entry.decode().expect("Assets.Account decodes");
			entry.at("balance").and_then(|balance| balance.as_u128()).expect("a balance")
		}
		None => 0,
	};
	free + usdc_held(client, who).await
}

/// `who`'s USDC on hold at the best block: the market's storage deposits.
pub async fn usdc_held(client: &Client, who: [u8; 32]) -> u128 {
	let at = client.at_current_block().await.expect("the best block is readable");
	let address = dynamic::storage::<(u32, [u8; 32]), Value>("AssetsHolder", "BalancesOnHold");
	let held = at.storage().try_fetch(address, (USDC, who)).await.expect("USDC holds are readable");
	held.map_or(0, |h| h.decode().expect("decodes").as_u128().expect("a balance"))
}

/// A `u128` constant of a pallet, from the metadata (e.g. `Market.OrderDeposit`).
pub async fn constant_u128(client: &Client, pallet: &str, name: &str) -> u128 {
	let at = client.at_current_block().await.expect("the best block is readable");
	at.constants()
		.entry(dynamic::constant::<u128>(pallet, name))
		.expect("the constant is in the metadata")
}

/// A plain `u128`-like storage value at the best block (zero when absent).
pub async fn storage_u128(client: &Client, pallet: &str, entry: &str) -> u128 {
	let at = client.at_current_block().await.expect("the best block is readable");
	let address = dynamic::storage::<(), Value>(pallet, entry);
	let value = at.storage().try_fetch(address, ()).await.expect("storage is readable");
	value.map_or(0, |v| v.decode().expect("decodes").as_u128().expect("a number"))
}

/// The chain's time, in seconds.
pub async fn chain_time(client: &Client) -> u64 {
	(storage_u128(client, "Timestamp", "Now").await / 1_000) as u64
}

/// Revenue received from `source` (a `RevenueSource` variant name), by `RevenueApi`.
pub async fn revenue_from(client: &Client, source: &str) -> u128 {
	let totals = runtime_api(client, "RevenueApi", "totals_by_source", vec![]).await;
	let ValueDef::Composite(totals) = totals.value else { panic!("a list of totals") };
	let total = totals
		.values()
		.find(|entry| entry.at(0).is_some_and(|s| variant_name(s) == source))
		.and_then(|entry| entry.at(1).and_then(|total| total.as_u128()))
		.expect("every source has a total");
	total
}

/// The account of a pallet id: "modl", the id, then zeros.
pub fn pallet_account(id: &[u8; 8]) -> [u8; 32] {
	let mut account = [0u8; 32];
	account[..4].copy_from_slice(b"modl");
	account[4..12].copy_from_slice(id);
	account
}

pub fn none() -> Value {
	Value::unnamed_variant("None", [])
}

pub fn some(value: Value) -> Value {
	Value::unnamed_variant("Some", [value])
}

pub fn variant_name(value: &Value) -> &str {
	match &value.value {
		ValueDef::Variant(Variant { name, .. }) => name,
		other => panic!("expected a variant, found {other:?}"),
	}
}

/// The bytes of a decoded byte array, through any newtype wrappers (`AccountId32`).
pub fn bytes(value: &Value) -> Vec<u8> {
	match &value.value {
		ValueDef::Composite(composite) => composite.values().flat_map(bytes).collect(),
		_ => vec![value.as_u128().and_then(|b| u8::try_from(b).ok()).expect("a byte")],
	}
}

/// Calls a runtime API at the best block.
pub async fn runtime_api(client: &Client, api: &str, method: &str, args: Vec<Value>) -> Value {
	let at = client.at_current_block().await.expect("the best block is readable");
	let call = dynamic::runtime_api_call::<_, Value>(api, method, args);
	at.runtime_apis().call(call).await.expect("the runtime API answers")
}

/// What a dev motion may dispatch at most, generously above every call it carries.
const MOTION_WEIGHT_BOUND: (u128, u128) = (100_000_000_000, 1 << 20);

/// A collective of the dev chain and the two of its members who carry its motions, which is
/// what each of its origins needs of the dev chain's three seats.
pub struct Collective {
	/// Its pallet's name in the runtime.
	pub pallet: &'static str,
	/// Proposes and votes aye.
	pub proposer: Keypair,
	/// Votes aye and closes.
	pub closer: Keypair,
}

/// The council: Alice and Bob of Alice, Bob and Charlie (6/9, enough for 4/9 and 5/9).
pub fn dev_council() -> Collective {
	use subxt_signer::sr25519::dev;
	Collective { pallet: "Council", proposer: dev::alice(), closer: dev::bob() }
}

/// The emergency committee: Charlie and Dave of Charlie, Dave and Ferdie (3/5).
pub fn dev_emergency_committee() -> Collective {
	use subxt_signer::sr25519::dev;
	Collective { pallet: "EmergencyCommittee", proposer: dev::charlie(), closer: dev::dave() }
}

/// The arbiter committee: Eve and Ferdie of Dave, Eve and Ferdie (a majority).
pub fn dev_arbiters() -> Collective {
	use subxt_signer::sr25519::dev;
	Collective { pallet: "ArbiterCommittee", proposer: dev::eve(), closer: dev::ferdie() }
}

/// `pallet.call(fields)` carried by `body`'s two members as a motion with a threshold of two:
/// the proposer proposes and votes aye in one batch, the closer votes aye and closes in another,
/// so the motion executes in the closer's block. Waits until it executed and panics unless the
/// call it dispatched succeeded.
pub async fn motion(
	client: &Client,
	body: &Collective,
	pallet: &str,
	call: &str,
	fields: Vec<(&str, Value)>,
) {
	let proposal = Value::unnamed_variant(pallet, [Value::named_variant(call, fields.clone())]);
	let encoded = call_data(client, pallet, call, fields).await;
	let hash = Value::from_bytes(polkadot_sdk::sp_io::hashing::blake2_256(&encoded));
	let length = Value::u128(encoded.len() as u128);
	let index = Value::u128(storage_u128(client, body.pallet, "ProposalCount").await);
	let of_body = |name: &str, fields: Vec<(&str, Value)>| {
		Value::unnamed_variant(body.pallet, [Value::named_variant(name, fields)])
	};
	let vote = of_body(
		"vote",
		vec![("proposal", hash.clone()), ("index", index.clone()), ("approve", Value::bool(true))],
	);
	let propose = of_body(
		"propose",
		vec![
			("threshold", Value::u128(2)),
			("proposal", proposal),
			("length_bound", length.clone()),
		],
	);
	finalize(client, &batch_all(vec![propose, vote.clone()]), &body.proposer).await;
	let weight_bound = Value::named_composite([
		("ref_time", Value::u128(MOTION_WEIGHT_BOUND.0)),
		("proof_size", Value::u128(MOTION_WEIGHT_BOUND.1)),
	]);
	let close = of_body(
		"close",
		vec![
			("proposal_hash", hash),
			("index", index),
			("proposal_weight_bound", weight_bound),
			("length_bound", length),
		],
	);
	let progress = client
		.at_current_block()
		.await
		.expect("the best block is readable")
		.transactions()
		.sign_and_submit_then_watch_default(&batch_all(vec![vote, close]), &body.closer)
		.await
		.expect("the node accepts the transaction");
	let events = tokio::time::timeout(FINALIZED_DEADLINE, progress.wait_for_finalized_success())
		.await
		.expect("the motion is closed within the deadline")
		.expect("the vote and close succeed");
	let executed = events
		.iter()
		.map(|event| event.expect("the events decode"))
		.find(|event| event.pallet_name() == body.pallet && event.event_name() == "Executed")
		.expect("the motion was executed");
	// `Executed { proposal_hash: H256, result: DispatchResult }`: 0 after the hash is `Ok`.
	let result = &executed.field_bytes()[32..];
	assert_eq!(result[0], 0, "{pallet}.{call} failed: 0x{}", hex::encode(result));
}

/// `pallet.call(fields)` carried by the dev council: what Root or 5/9 of the council may do.
pub async fn council(client: &Client, pallet: &str, call: &str, fields: Vec<(&str, Value)>) {
	motion(client, &dev_council(), pallet, call, fields).await
}

/// The SCALE encoding of `pallet.call(fields)` as a runtime call.
pub async fn call_data(
	client: &Client,
	pallet: &str,
	call: &str,
	fields: Vec<(&str, Value)>,
) -> Vec<u8> {
	let at = client.at_current_block().await.expect("the best block is readable");
	at.transactions()
		.call_data(&dynamic::transaction(pallet, call, Value::named_composite(fields)))
		.expect("the call encodes")
}

/// `Utility.batch_all(calls)`: every call or none.
pub fn batch_all(calls: Vec<Value>) -> impl subxt::tx::Payload {
	dynamic::transaction("Utility", "batch_all", (Value::unnamed_composite(calls),))
}

/// `who` locks `cpt` CPT as veCPT until `end` (seconds).
pub async fn lock(client: &Client, who: &Keypair, cpt: u128, end: u64) {
	let call = dynamic::transaction(
		"VoteEscrow",
		"create_lock",
		(Value::u128(cpt * CPT_UNIT), Value::u128(end as u128)),
	);
	finalize(client, &call, who).await;
}

/// A 32-byte hash of one repeated byte.
pub fn hash(byte: u8) -> Value {
	Value::from_bytes([byte; 32])
}

/// One CPT (18 decimals).
pub const CPT_UNIT: u128 = 1_000_000_000_000_000_000;

/// `from` sends `to` free CPT (the dev accounts' genesis CPT vests, so some cannot pay fees).
pub async fn give_cpt(client: &Client, from: &Keypair, to: &Keypair, amount: u128) {
	let transfer = dynamic::transaction(
		"Balances",
		"transfer_keep_alive",
		(Value::unnamed_variant("Id", [Value::from_bytes(account(to))]), Value::u128(amount)),
	);
	finalize(client, &transfer, from).await;
}

/// `Providers.register` for `sp`: in Europe, paid out to `payout`, attesting with `key`, which
/// signs that `sp` holds it (`pallet_providers::key_ownership_payload`).
pub fn register_sp(
	client: &Client,
	sp: &Keypair,
	payout: [u8; 32],
	key: &Keypair,
) -> impl subxt::tx::Payload {
	let ownership =
		[&b"cyberplaza/attestation-key"[..], client.genesis_hash().as_bytes(), &account(sp)]
			.concat();
	dynamic::transaction(
		"Providers",
		"register",
		(
			Value::from_bytes(payout),
			Value::from_bytes(account(key)),
			Value::from_bytes(key.sign(&ownership).0),
			Value::unnamed_variant("Europe", []),
			Value::named_composite([
				("company_documents", hash(1)),
				("infrastructure", hash(2)),
				("certificates", Value::unnamed_composite([])),
			]),
		),
	)
}

/// Benchmark figures that pass the certification floor.
pub fn passing_figures() -> Value {
	let field = |name: &'static str, value: u128| (name, Value::u128(value));
	Value::named_composite([
		field("hpl_gflops", 4_000),
		field("hpcg_gflops", 90),
		field("stream_mb_s", 150_000),
		field("mlperf_milli", 0),
		field("latency_us", 40),
		field("cpu_cores", 128),
		field("memory_gb", 512),
		field("nvme_gb", 15_000),
		field("hdd_gb", 0),
		field("uplink_mbps", 10_000),
		field("gpus", 4),
		field("fpgas", 0),
	])
}

/// `sp` applies for certification, the certifier (the council) quotes `fee` USDC, `sp` pays it
/// and the certifier records passing benchmarks: `sp` is on probation.
pub async fn certify(client: &Client, sp: &Keypair, fee: u128) {
	let apply = dynamic::transaction("Providers", "apply_for_certification", (passing_figures(),));
	finalize(client, &apply, sp).await;
	let provider = || ("provider", Value::from_bytes(account(sp)));
	let quote = vec![provider(), ("fee", Value::u128(fee))];
	council(client, "Providers", "quote_certification_fee", quote).await;
	finalize(client, &dynamic::transaction("Providers", "pay_certification_fee", ()), sp).await;
	let record = vec![provider(), ("figures", passing_figures())];
	council(client, "Providers", "record_benchmark", record).await;
}

/// `who`'s tier by `ProvidersApi` ("None" if not registered).
pub async fn tier(client: &Client, who: &Keypair) -> String {
	let tier =
		runtime_api(client, "ProvidersApi", "tier", vec![Value::from_bytes(account(who))]).await;
	match tier.at(0) {
		Some(tier) => variant_name(tier).to_string(),
		None => "None".to_string(),
	}
}

/// A market `Statement` as a dynamic value.
pub fn statement_value(statement: &Statement) -> Value {
	let usage = |u: &Usage| {
		Value::named_composite([
			("core_seconds", Value::u128(u.core_seconds as u128)),
			("accelerator_seconds", Value::u128(u.accelerator_seconds as u128)),
		])
	};
	match statement {
		Statement::Started => Value::unnamed_variant("Started", []),
		Statement::Checkpoint(u) => Value::unnamed_variant("Checkpoint", [usage(u)]),
		Statement::Finished { exit, usage: u, downtime, result } => {
			let exit = match exit {
				Exit::Success => Value::unnamed_variant("Success", []),
				Exit::Failed(code) => {
					Value::unnamed_variant("Failed", [Value::i128(*code as i128)])
				}
				Exit::Preempted => Value::unnamed_variant("Preempted", []),
			};
			Value::named_variant(
				"Finished",
				[
					("exit", exit),
					("usage", usage(u)),
					("downtime", Value::u128(*downtime as u128)),
					("result", Value::from_bytes(result.0)),
				],
			)
		}
	}
}

/// A call of the market pallet with named fields.
pub fn market(call: &str, fields: Vec<(&str, Value)>) -> impl subxt::tx::Payload {
	dynamic::transaction("Market", call, Value::named_composite(fields))
}

/// An open order's reference (`pallet_market::order_reference`), which attestations sign and
/// gateway jobs are named by.
pub async fn order_reference(client: &Client, order: u64) -> [u8; 32] {
	let found = runtime_api(client, "MarketApi", "order", vec![Value::u128(order as u128)]).await;
	let reference = found.at(0).and_then(|o| o.at("reference")).expect("an open order");
	bytes(reference).try_into().expect("32 bytes")
}

/// The id the next order placed gets.
pub async fn next_order(client: &Client) -> u64 {
	storage_u128(client, "Market", "NextOrderId").await as u64
}

/// Offer terms: 2,000 EPYC core-hours in Europe at `unit_price`, open from a minute before
/// `now` for a day, starting within `max_start_delay` seconds, 99.5% uptime.
pub fn cpu_offer_terms(now: u64, max_start_delay: u64, unit_price: u128) -> Value {
	offer_terms("CpuCoreHour", now, max_start_delay, unit_price, none())
}

/// Offer terms as [`cpu_offer_terms`] with another resource kind and a cloud reference
/// (`Option<CloudReference>`).
pub fn offer_terms(
	kind: &str,
	now: u64,
	max_start_delay: u64,
	unit_price: u128,
	reference: Value,
) -> Value {
	let spec = Value::named_composite([
		("cpu_model", Value::from_bytes(b"EPYC 9654")),
		("cores", Value::u128(192)),
		("memory_gb", Value::u128(1_536)),
		("gpu_model", Value::from_bytes(b"")),
		// Metered accelerator offers must have accelerators to meter.
		("gpus", Value::u128(if kind == "CpuCoreHour" { 0 } else { 8 })),
		("region", Value::unnamed_variant("Europe", [])),
	]);
	let sla = Value::named_composite([
		("min_uptime", Value::u128(995_000)),
		("max_start_delay", Value::u128(max_start_delay as u128)),
	]);
	Value::named_composite([
		("kind", Value::unnamed_variant(kind, [])),
		("spec", spec),
		("unit_price", Value::u128(unit_price)),
		("capacity", Value::u128(2_000)),
		("window_start", Value::u128((now - 60) as u128)),
		("window_end", Value::u128((now + 86_400) as u128)),
		("sla", sla),
		("preemptible", Value::bool(false)),
		("tags", Value::unnamed_composite([])),
		("reference", reference),
	])
}
