//! The gateway's HTTP API over real sockets, with the local process runner.

use cyberplaza_gateway::{local::Local, serve, Backend, Gateway};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::{
	net::{SocketAddr, TcpStream},
	path::Path,
	sync::Arc,
	time::{Duration, Instant},
};

/// Starts a gateway on a free port over `state_dir`; dropping the handle stops it.
async fn start(
	state_dir: &Path,
	container_runtime: Option<&str>,
) -> (SocketAddr, tokio::task::JoinHandle<()>) {
	let backend = Backend::Local(Local { container_runtime: container_runtime.map(String::from) });
	let gateway = Arc::new(Gateway::new(state_dir.to_path_buf(), backend).unwrap());
	let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
	let addr = listener.local_addr().unwrap();
	let task = tokio::spawn(async move {
		let _ = serve(listener, gateway).await;
	});
	(addr, task)
}

/// One HTTP exchange: status and JSON body.
async fn call(addr: SocketAddr, method: &str, path: &str, body: &str) -> (u16, Value) {
	let (method, url, body) =
		(method.to_string(), format!("http://{addr}{path}"), body.to_string());
	let (status, body) = tokio::task::spawn_blocking(move || {
		cyberplaza_offchain_http::call(&method, &url, &body, Duration::from_secs(10))
	})
	.await
	.unwrap()
	.expect("the gateway answers");
	(status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

fn job(id: &str, cpus: u32, limit: u64, command: &str) -> String {
	json!({"id": id, "cpus": cpus, "time_limit_secs": limit, "command": command}).to_string()
}

/// Polls the job until its state is final (within 20 seconds).
async fn until_final(addr: SocketAddr, id: &str) -> Value {
	let deadline = Instant::now() + Duration::from_secs(20);
	loop {
		let (status, report) = call(addr, "GET", &format!("/jobs/{id}"), "").await;
		assert_eq!(status, 200, "{report}");
		if !matches!(report["state"].as_str(), Some("pending" | "running")) {
			return report;
		}
		assert!(Instant::now() < deadline, "job {id} did not end: {report}");
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
}

fn sha256_hex(bytes: &[u8]) -> String {
	Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_job_is_handed_over_once_run_and_accounted() {
	let dir = tempfile::tempdir().unwrap();
	let (addr, _server) = start(dir.path(), None).await;
	let request = job("t-1", 2, 60, "echo hello; sleep 2");
	let (status, first) = call(addr, "POST", "/jobs", &request).await;
	assert_eq!(status, 201, "{first}");
	assert!(matches!(first["state"].as_str(), Some("pending" | "running")));
	// The same request again is the same job; a different one under its id is refused.
	let (status, again) = call(addr, "POST", "/jobs", &request).await;
	assert_eq!((status, &again["scheduler_id"]), (200, &first["scheduler_id"]));
	let (status, _) = call(addr, "POST", "/jobs", &job("t-1", 2, 60, "echo other")).await;
	assert_eq!(status, 409);

	let report = until_final(addr, "t-1").await;
	assert_eq!(report["state"], "completed");
	assert_eq!(report["exit_code"], 0);
	let (start, end) =
		(report["start_time"].as_u64().unwrap(), report["end_time"].as_u64().unwrap());
	assert!(end - start >= 2, "{report}");
	assert_eq!(report["core_seconds"].as_u64().unwrap(), 2 * (end - start));
	assert_eq!(report["gpu_seconds"], 0);
	assert_eq!(report["output_hash"], sha256_hex(b"hello\n"));
	// Final reports are kept as they are.
	assert_eq!(until_final(addr, "t-1").await, report);
}

#[tokio::test(flavor = "multi_thread")]
async fn exit_statuses_and_time_limits_are_reported() {
	let dir = tempfile::tempdir().unwrap();
	let (addr, _server) = start(dir.path(), None).await;
	assert_eq!(call(addr, "POST", "/jobs", &job("fails", 1, 60, "exit 3")).await.0, 201);
	assert_eq!(call(addr, "POST", "/jobs", &job("slow", 1, 1, "sleep 30")).await.0, 201);
	let failed = until_final(addr, "fails").await;
	assert_eq!((failed["state"].as_str(), failed["exit_code"].as_i64()), (Some("failed"), Some(3)));
	let started = Instant::now();
	let slow = until_final(addr, "slow").await;
	assert_eq!(slow["state"], "timeout");
	assert!(started.elapsed() < Duration::from_secs(10));
	assert!(slow["core_seconds"].as_u64().unwrap() <= 3, "{slow}");
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_requests_get_reasons_and_change_nothing() {
	let dir = tempfile::tempdir().unwrap();
	let (addr, _server) = start(dir.path(), None).await;
	let (status, body) = call(addr, "GET", "/health", "").await;
	assert_eq!((status, body["backend"].as_str()), (200, Some("local")));
	for (body, expected) in [
		("{not json", 400),
		(&job("x", 0, 60, "true")[..], 400),
		(&job("a/b", 1, 60, "true")[..], 400),
		(&job("x", 1, 0, "true")[..], 400),
		(r#"{"id":"x","cpus":1,"time_limit_secs":5}"#, 400),
		(r#"{"id":"x","cpus":1,"time_limit_secs":5,"container":"img;rm -rf /"}"#, 400),
		(r#"{"id":"x","cpus":1,"time_limit_secs":5,"container":"alpine:3"}"#, 422),
	] {
		let (status, answer) = call(addr, "POST", "/jobs", body).await;
		assert_eq!(status, expected, "{body}: {answer}");
		assert!(answer["error"].is_string());
	}
	assert_eq!(call(addr, "GET", "/jobs/x", "").await.0, 404);
	assert_eq!(call(addr, "DELETE", "/jobs/x", "").await.0, 404);
	assert_eq!(std::fs::read_dir(dir.path().join("jobs")).unwrap().count(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn container_jobs_run_under_the_container_runtime() {
	let dir = tempfile::tempdir().unwrap();
	// `echo` stands in for `podman run --rm`: the job prints the image it would run.
	let (addr, _server) = start(dir.path(), Some("echo run")).await;
	let body = json!({"id": "c", "cpus": 1, "time_limit_secs": 10, "container": "registry.io/app@sha256:ab"});
	assert_eq!(call(addr, "POST", "/jobs", &body.to_string()).await.0, 201);
	let report = until_final(addr, "c").await;
	assert_eq!(report["output_hash"], sha256_hex(b"run registry.io/app@sha256:ab\n"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_job_outlives_a_gateway_restart() {
	let dir = tempfile::tempdir().unwrap();
	let (addr, server) = start(dir.path(), None).await;
	assert_eq!(call(addr, "POST", "/jobs", &job("long", 1, 60, "sleep 3; echo done")).await.0, 201);
	server.abort();
	let _ = server.await;
	assert!(TcpStream::connect(addr).is_err(), "the first gateway is down");
	let (addr, _server) = start(dir.path(), None).await;
	let (status, running) = call(addr, "GET", "/jobs/long", "").await;
	assert_eq!((status, running["state"].as_str()), (200, Some("running")));
	let report = until_final(addr, "long").await;
	assert_eq!(report["state"], "completed");
	assert_eq!(report["output_hash"], sha256_hex(b"done\n"));
	assert!(report["core_seconds"].as_u64().unwrap() >= 3);
}
