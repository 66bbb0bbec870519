//! The SP node's off-chain worker: hands this SP's new orders to its scheduler gateway once and
//! attests what the gateway reports (started, usage checkpoints, finished).
//!
//! A node acts for every SP whose attestation key is in its keystore (key type `attn`). The
//! gateway's base URL is read from persistent off-chain storage at [`GATEWAY_URL`] (set with
//! the `offchain_localStorageSet` RPC); a node without a key or a URL does nothing.
//!
//! Nothing is lost or repeated across restarts, forks and gateway outages: what to attest is
//! derived each time from the order's on-chain state and the gateway's report; the gateway keys
//! jobs by a name derived from the chain and the order, so handing an order over again returns
//! the job it already has; a statement sent is remembered (persistent storage) and only sent
//! again if the chain has not moved on after [`RESEND_AFTER_BLOCKS`]; and one lock keeps
//! overlapping runs from working at once. Attestations go out as feeless general transactions
//! that the attestation key's signature authorizes.

use crate::{pallet::*, types::*, StartBase};
use alloc::{format, string::String, vec::Vec};
use codec::Encode;
use cyberplaza_primitives::ProviderRegistry;
use polkadot_sdk::{
	frame_support::traits::Get,
	frame_system::{
		self,
		offchain::{CreateAuthorizedTransaction, SubmitTransaction},
		pallet_prelude::BlockNumberFor,
	},
	sp_core::{crypto::KeyTypeId, sr25519, H256},
	sp_io,
	sp_runtime::{
		offchain::{
			http,
			storage::StorageValueRef,
			storage_lock::{StorageLock, Time},
			Duration, StorageKind, Timestamp,
		},
		traits::{SaturatedConversion, Zero},
	},
};
use serde_json::Value;

/// Key type of SP attestation keys in a node's keystore.
pub const ATTESTATION_KEY_TYPE: KeyTypeId = KeyTypeId(*b"attn");
/// Persistent off-chain storage key of the gateway's base URL (e.g. `http://127.0.0.1:8790`).
pub const GATEWAY_URL: &[u8] = b"cyberplaza/gateway-url";
const LOCK: &[u8] = b"cyberplaza/attest/lock";
/// The next order id to look at.
const CURSOR: &[u8] = b"cyberplaza/attest/cursor";
/// This node's SPs' open orders that carry a workload and can start (or have).
const TRACKED: &[u8] = b"cyberplaza/attest/tracked";
/// This node's SPs' orders with a workload that wait on a predecessor: checked on chain only,
/// each run, and tracked once they can start, so that orders which may never start cannot
/// fill the tracked list.
const WAITING: &[u8] = b"cyberplaza/attest/waiting";
/// Prefix of an order's last statement sent: (statement hash, block).
const SENT: &[u8] = b"cyberplaza/attest/sent/";

/// Orders looked at per run when catching up.
const SCAN_PER_RUN: u64 = 1_000;
pub(crate) const MAX_TRACKED: usize = 1_024;
/// Beyond this many waiting orders, newer ones are left to the SP (who may reject them).
const MAX_WAITING: usize = 4_096;
/// Tracked orders asked about per run (each one or two gateway requests).
const ORDERS_PER_RUN: usize = 16;
const REQUEST_TIMEOUT: Duration = Duration::from_millis(2_000);
/// A run stops asking the gateway after this long, well inside the lock's expiry.
const RUN_BUDGET: Duration = Duration::from_millis(20_000);
const LOCK_EXPIRY: Duration = Duration::from_millis(30_000);
const MAX_RESPONSE_BYTES: usize = 16 * 1_024;
/// A statement not yet reflected on chain is sent again after this many blocks.
pub const RESEND_AFTER_BLOCKS: u32 = 10;
/// Seconds of running between usage checkpoints.
pub const CHECKPOINT_SECS: u64 = 60;

/// A job's state as the gateway reports it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum JobState {
	Pending,
	Running,
	Completed,
	Failed,
	Cancelled,
	TimedOut,
	Preempted,
}

/// What the gateway says about a job (`GET /jobs/{id}`; see `gateway/README.md`).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct JobReport {
	pub state: JobState,
	pub started: bool,
	pub exit_code: Option<i32>,
	pub usage: Usage,
	pub output_hash: H256,
}

/// Why a gateway exchange gave nothing usable; the run moves on and retries later.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GatewayError {
	/// No answer before the deadline (or the connection failed).
	Unreachable,
	/// An HTTP status other than the ones the API defines.
	Status(u16),
	/// Not the JSON the API defines, or larger than we read.
	Malformed,
}

impl JobReport {
	/// Parses the gateway's job JSON.
	pub fn parse(body: &[u8]) -> Option<JobReport> {
		let v: Value = serde_json::from_slice(body).ok()?;
		let state = match v.get("state")?.as_str()? {
			"pending" => JobState::Pending,
			"running" => JobState::Running,
			"completed" => JobState::Completed,
			"failed" => JobState::Failed,
			"cancelled" => JobState::Cancelled,
			"timeout" => JobState::TimedOut,
			"preempted" => JobState::Preempted,
			_ => return None,
		};
		let seconds = |field: &str| match v.get(field) {
			None | Some(Value::Null) => Some(0),
			Some(n) => n.as_u64(),
		};
		let exit_code = match v.get("exit_code") {
			None | Some(Value::Null) => None,
			Some(n) => Some(i32::try_from(n.as_i64()?).ok()?),
		};
		let output_hash = match v.get("output_hash") {
			None | Some(Value::Null) => H256::zero(),
			Some(h) => parse_h256(h.as_str()?)?,
		};
		Some(JobReport {
			state,
			started: v.get("start_time").is_some_and(|t| t.as_u64().is_some()),
			exit_code,
			usage: Usage {
				core_seconds: seconds("core_seconds")?,
				accelerator_seconds: seconds("gpu_seconds")?,
			},
			output_hash,
		})
	}

	fn is_terminal(&self) -> bool {
		!matches!(self.state, JobState::Pending | JobState::Running)
	}
}

fn parse_h256(hex: &str) -> Option<H256> {
	let hex = hex.strip_prefix("0x").unwrap_or(hex);
	if hex.len() != 64 {
		return None;
	}
	let mut out = [0u8; 32];
	for (i, byte) in out.iter_mut().enumerate() {
		*byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
	}
	Some(H256(out))
}

/// The statement that moves an order on, given its state on chain and the gateway's report,
/// or `None` if there is nothing new to say.
pub fn next_statement<Balance>(
	status: &OrderStatus<Balance>,
	workload: &Workload,
	report: &JobReport,
) -> Option<Statement> {
	match status {
		OrderStatus::Placed => report.started.then_some(Statement::Started),
		OrderStatus::Started { usage: last, .. } if report.is_terminal() => {
			let usage = if report.usage.advances(last) { report.usage } else { *last };
			let failed = report.exit_code.filter(|c| *c != 0).unwrap_or(-1);
			let exit = match report.state {
				JobState::Completed if report.exit_code.unwrap_or(0) == 0 => Exit::Success,
				JobState::Preempted => Exit::Preempted,
				_ => Exit::Failed(failed),
			};
			Some(Statement::Finished { exit, usage, downtime: 0, result: report.output_hash })
		}
		OrderStatus::Started { usage: last, .. } => {
			let ran =
				|now: u64, before: u64, per: u32| now.saturating_sub(before) / per.max(1) as u64;
			let cores = ran(report.usage.core_seconds, last.core_seconds, workload.cpus);
			let gpus =
				ran(report.usage.accelerator_seconds, last.accelerator_seconds, workload.gpus);
			(report.usage.advances(last) && cores.max(gpus) >= CHECKPOINT_SECS)
				.then_some(Statement::Checkpoint(report.usage))
		}
		_ => None,
	}
}

/// The gateway's name for an order's job: the chain (first 4 bytes of its genesis hash), the
/// order and its reference (first 8 bytes), so that an order id reused on another fork names
/// another job.
pub fn job_name(genesis: &[u8], order: OrderId, reference: &H256) -> String {
	let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
	let chain = hex(genesis.get(..4).unwrap_or(genesis));
	format!("{chain}-{order}-{}", hex(&reference.0[..8]))
}

/// The `POST /jobs` body handing an order's workload to the gateway.
pub fn job_request(name: &str, workload: &Workload, time_limit_secs: u64) -> Vec<u8> {
	let text = String::from_utf8_lossy(workload.program.text());
	let mut job = serde_json::Map::new();
	job.insert("id".into(), name.into());
	job.insert("cpus".into(), workload.cpus.into());
	job.insert("gpus".into(), workload.gpus.into());
	job.insert("time_limit_secs".into(), time_limit_secs.into());
	let field = match workload.program {
		Program::Command(_) => "command",
		Program::Container(_) => "container",
	};
	job.insert(field.into(), Value::String(text.into()));
	serde_json::to_vec(&Value::Object(job)).unwrap_or_default()
}

impl<T: Config> Pallet<T>
where
	T: CreateAuthorizedTransaction<Call<T>>,
{
	/// One run of the worker, after importing `block`.
	pub fn attest_jobs(block: BlockNumberFor<T>) {
		let keys = sp_io::crypto::sr25519_public_keys(ATTESTATION_KEY_TYPE);
		let ours: Vec<(T::AccountId, sr25519::Public)> = keys
			.into_iter()
			.filter_map(|key| {
				let provider = T::Registry::provider_by_key(&key.into())?;
				(T::Registry::attestation_key(&provider) == Some(T::AttestationKey::from(key)))
					.then_some((provider, key))
			})
			.collect();
		if ours.is_empty() {
			return;
		}
		// Raw bytes, as the `offchain_localStorageSet` RPC writes them.
		let Some(url) = sp_io::offchain::local_storage_get(StorageKind::PERSISTENT, GATEWAY_URL)
			.and_then(|u| String::from_utf8(u).ok())
		else {
			log::warn!(target: "market::attest", "no gateway URL at `{}`", "cyberplaza/gateway-url");
			return;
		};
		let mut lock = StorageLock::<Time>::with_deadline(LOCK, LOCK_EXPIRY);
		let Ok(_guard) = lock.try_lock() else { return };

		let mut tracked = Self::gather_orders(&ours);
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		let run_deadline = sp_io::offchain::timestamp().add(RUN_BUDGET);
		let block: u32 = block.saturated_into();
		let mut asked = 0;
		tracked.retain(|&order| {
			let Some(o) = Orders::<T>::get(order) else { return false };
			let Some((_, key)) = ours.iter().find(|(p, _)| *p == o.provider) else {
				return false;
			};
			let Some(workload) = Workloads::<T>::get(order) else { return false };
			if !matches!(o.status, OrderStatus::Placed | OrderStatus::Started { .. }) {
				return false;
			}
			match Self::start_base(&o) {
				Ok(StartBase::From(_)) => {}
				Ok(StartBase::Pending) => return true,
				_ => return false,
			}
			if asked >= ORDERS_PER_RUN || sp_io::offchain::timestamp() >= run_deadline {
				return true;
			}
			asked += 1;
			let name = job_name(genesis.as_ref(), order, &o.reference);
			let time_limit = o.expected_duration.saturating_add(T::FinishGrace::get());
			match Self::job_report(&url, &name, &workload, time_limit, run_deadline) {
				Ok(report) => {
					if let Some(statement) = next_statement(&o.status, &workload, &report) {
						let signed = (order, &o.reference, statement);
						Self::send_attestation(signed, key, genesis.as_ref(), block);
					}
				}
				Err(e) => log::warn!(
					target: "market::attest",
					"gateway gave nothing for order {order}: {e:?}; retrying later"
				),
			}
			true
		});
		StorageValueRef::persistent(TRACKED).set(&tracked);
	}

	/// The tracked list, with the waiting orders that can start now and this node's SPs'
	/// orders placed since the last run added: those that can start to it, those waiting on a
	/// predecessor to the waiting list.
	fn gather_orders(ours: &[(T::AccountId, sr25519::Public)]) -> Vec<OrderId> {
		let mut tracked = stored_list(TRACKED);
		let mut waiting = Vec::new();
		for order in stored_list(WAITING) {
			let Some(o) = Orders::<T>::get(order) else { continue };
			if o.status != OrderStatus::Placed || !Workloads::<T>::contains_key(order) {
				continue;
			}
			match Self::start_base(&o) {
				Ok(StartBase::From(_)) if tracked.len() < MAX_TRACKED => tracked.push(order),
				Ok(StartBase::From(_)) | Ok(StartBase::Pending) => waiting.push(order),
				_ => {}
			}
		}
		let cursor_ref = StorageValueRef::persistent(CURSOR);
		let mut cursor = cursor_ref.get::<OrderId>().ok().flatten().unwrap_or_default();
		let end = NextOrderId::<T>::get().min(cursor.saturating_add(SCAN_PER_RUN));
		while cursor < end && tracked.len() < MAX_TRACKED {
			let ours_with_workload = Workloads::<T>::contains_key(cursor)
				.then(|| Orders::<T>::get(cursor))
				.flatten()
				.filter(|o| ours.iter().any(|(p, _)| *p == o.provider));
			if let Some(o) = ours_with_workload {
				match Self::start_base(&o) {
					Ok(StartBase::Pending) if waiting.len() < MAX_WAITING => waiting.push(cursor),
					Ok(StartBase::Pending) => log::warn!(
						target: "market::attest",
						"order {cursor} waits behind {MAX_WAITING} others: not handed over"
					),
					_ => tracked.push(cursor),
				}
			}
			cursor += 1;
		}
		cursor_ref.set(&cursor);
		StorageValueRef::persistent(WAITING).set(&waiting);
		tracked
	}

	/// The gateway's report on an order's job, handing the order over first if the gateway
	/// does not know it.
	fn job_report(
		url: &str,
		name: &str,
		workload: &Workload,
		time_limit: u64,
		run_deadline: Timestamp,
	) -> Result<JobReport, GatewayError> {
		let base = url.trim_end_matches('/');
		let (status, body) =
			http_exchange(http::Method::Get, &format!("{base}/jobs/{name}"), None, run_deadline)?;
		let (status, body) = match status {
			200 => (status, body),
			404 => http_exchange(
				http::Method::Post,
				&format!("{base}/jobs"),
				Some(job_request(name, workload, time_limit)),
				run_deadline,
			)?,
			other => return Err(GatewayError::Status(other)),
		};
		match status {
			200 | 201 => JobReport::parse(&body).ok_or(GatewayError::Malformed),
			other => Err(GatewayError::Status(other)),
		}
	}

	/// Signs `statement` with the SP's attestation key and submits it, unless the same
	/// statement went out within the last `RESEND_AFTER_BLOCKS` blocks.
	fn send_attestation(
		(order, reference, statement): (OrderId, &H256, Statement),
		signer: &sr25519::Public,
		genesis: &[u8],
		block: u32,
	) {
		let key_bytes = sent_key(order);
		let sent_ref = StorageValueRef::persistent(&key_bytes);
		let digest = sp_io::hashing::blake2_256(&statement.encode());
		if let Ok(Some((last, at))) = sent_ref.get::<([u8; 32], u32)>() {
			if last == digest && block < at.saturating_add(RESEND_AFTER_BLOCKS) {
				return;
			}
		}
		let payload = attestation_payload(&H256::from_slice(genesis), order, reference, &statement);
		let Some(signature) = sp_io::crypto::sr25519_sign(ATTESTATION_KEY_TYPE, signer, &payload)
		else {
			log::error!(target: "market::attest", "keystore could not sign for order {order}");
			return;
		};
		let call = Call::<T>::attest { order, statement, signature: Some(signature.into()) };
		let xt = T::create_authorized_transaction(call.into());
		match SubmitTransaction::<T, Call<T>>::submit_transaction(xt) {
			Ok(()) => {
				sent_ref.set(&(digest, block));
				log::info!(target: "market::attest", "order {order}: sent {statement:?}");
			}
			Err(()) => {
				log::warn!(target: "market::attest", "order {order}: pool refused {statement:?}")
			}
		}
	}
}

fn sent_key(order: OrderId) -> Vec<u8> {
	let mut key = SENT.to_vec();
	key.extend_from_slice(&order.to_be_bytes());
	key
}

/// One HTTP request with a JSON body, answered before `REQUEST_TIMEOUT` or `run_deadline`;
/// reads at most `MAX_RESPONSE_BYTES` of the answer.
fn http_exchange(
	method: http::Method,
	url: &str,
	body: Option<Vec<u8>>,
	run_deadline: Timestamp,
) -> Result<(u16, Vec<u8>), GatewayError> {
	let deadline = sp_io::offchain::timestamp().add(REQUEST_TIMEOUT);
	let deadline =
		Timestamp::from_unix_millis(deadline.unix_millis().min(run_deadline.unix_millis()));
	let body: Vec<Vec<u8>> = body.into_iter().collect();
	let pending = http::Request::default()
		.method(method)
		.url(url)
		.body(body)
		.add_header("Content-Type", "application/json")
		.deadline(deadline)
		.send()
		.map_err(|_| GatewayError::Unreachable)?;
	let response = pending
		.try_wait(deadline)
		.map_err(|_| GatewayError::Unreachable)?
		.map_err(|_| GatewayError::Unreachable)?;
	let mut body = response.body();
	body.deadline(deadline);
	let mut read = Vec::new();
	for byte in body.by_ref() {
		if read.len() >= MAX_RESPONSE_BYTES {
			return Err(GatewayError::Malformed);
		}
		read.push(byte);
	}
	if body.error().is_some() {
		return Err(GatewayError::Unreachable);
	}
	Ok((response.code, read))
}

/// A list of order ids in persistent off-chain storage (empty if absent or unreadable).
fn stored_list(key: &[u8]) -> Vec<OrderId> {
	StorageValueRef::persistent(key).get::<Vec<OrderId>>().ok().flatten().unwrap_or_default()
}

#[cfg(test)]
impl<T: Config> Pallet<T> {
	pub(crate) fn tracked_orders() -> Vec<OrderId> {
		stored_list(TRACKED)
	}

	pub(crate) fn waiting_orders() -> Vec<OrderId> {
		stored_list(WAITING)
	}
}
