#![doc = include_str!("../README.md")]

pub mod api;
pub mod local;
pub mod slurm;

use api::{JobReport, JobRequest};
use http_body_util::{BodyExt, Full, Limited};
use hyper::{
	body::Bytes, server::conn::http1, service::service_fn, Method, Request, Response, StatusCode,
};
use hyper_util::rt::TokioIo;
use sha2::{Digest, Sha256};
use std::{
	io,
	path::{Path, PathBuf},
	sync::Arc,
	time::{SystemTime, UNIX_EPOCH},
};
use tokio::net::TcpListener;

/// Largest request body read.
const MAX_BODY: usize = 16 * 1_024;

pub enum Backend {
	Local(local::Local),
	Slurm(slurm::Slurm),
}

impl Backend {
	pub fn name(&self) -> &'static str {
		match self {
			Backend::Local(_) => "local",
			Backend::Slurm(_) => "slurm",
		}
	}
}

/// The program line a job runs: its command, or its container under the container runtime.
pub fn program_line(request: &JobRequest, container_runtime: Option<&str>) -> io::Result<String> {
	match (&request.command, &request.container, container_runtime) {
		(Some(command), None, _) => Ok(command.clone()),
		(None, Some(image), Some(runtime)) => Ok(format!("{runtime} {image}")),
		(None, Some(_), None) => Err(io::Error::new(
			io::ErrorKind::Unsupported,
			"container jobs need a gateway started with --container-runtime",
		)),
		_ => Err(io::Error::new(io::ErrorKind::InvalidInput, "one of command and container")),
	}
}

/// An error answered to the caller: status and reason.
#[derive(Debug)]
pub struct ApiError(pub StatusCode, pub String);

impl ApiError {
	fn new(status: StatusCode, reason: impl ToString) -> Self {
		ApiError(status, reason.to_string())
	}
}

/// The gateway: jobs kept under `state_dir/jobs/<id>/` (the request, the scheduler's id, and
/// the final report once the job has ended), run by `backend`.
pub struct Gateway {
	pub state_dir: PathBuf,
	pub backend: Backend,
	/// Serialises hand-overs, so one id is never submitted twice (not reentrant: held only
	/// around `scheduler_id`).
	submitting: tokio::sync::Mutex<()>,
}

fn now() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

fn internal(e: impl ToString) -> ApiError {
	ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e)
}

impl Gateway {
	pub fn new(state_dir: PathBuf, backend: Backend) -> io::Result<Gateway> {
		std::fs::create_dir_all(state_dir.join("jobs"))?;
		Ok(Gateway { state_dir, backend, submitting: Default::default() })
	}

	fn dir(&self, id: &str) -> PathBuf {
		self.state_dir.join("jobs").join(id)
	}

	/// Hands a job to the scheduler once: the same request again answers with the job it
	/// already is (`false`); a different request under the same id is refused.
	pub async fn create(&self, request: JobRequest) -> Result<(bool, JobReport), ApiError> {
		if let Some(problem) = request.problem() {
			return Err(ApiError::new(StatusCode::BAD_REQUEST, problem));
		}
		if let Some(image) = &request.container {
			let safe = image.bytes().all(|b| b.is_ascii_alphanumeric() || b"._/:@-".contains(&b));
			if !safe {
				return Err(ApiError::new(
					StatusCode::BAD_REQUEST,
					"container reference has unsafe characters",
				));
			}
		}
		let runtime = match &self.backend {
			Backend::Local(l) => l.container_runtime.as_deref(),
			Backend::Slurm(s) => s.container_runtime.as_deref(),
		};
		if let Err(e) = program_line(&request, runtime) {
			return Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, e));
		}
		let dir = self.dir(&request.id);
		let guard = self.submitting.lock().await;
		if let Some(existing) = self.request(&request.id).await {
			drop(guard);
			if existing != request {
				return Err(ApiError::new(StatusCode::CONFLICT, "a different job has this id"));
			}
			return Ok((false, self.report_of(&dir, &existing).await?));
		}
		tokio::fs::create_dir_all(&dir).await.map_err(internal)?;
		let json = serde_json::to_vec_pretty(&request).map_err(internal)?;
		write_atomically(&dir.join("request.json"), &json).await.map_err(internal)?;
		if let Err(e) = self.scheduler_id(&dir, &request).await {
			let _ = tokio::fs::remove_dir_all(&dir).await;
			return Err(e);
		}
		drop(guard);
		Ok((true, self.report_of(&dir, &request).await?))
	}

	async fn request(&self, id: &str) -> Option<JobRequest> {
		let bytes = tokio::fs::read(self.dir(id).join("request.json")).await.ok()?;
		serde_json::from_slice(&bytes).ok()
	}

	/// The scheduler's id for the job, submitting it if no earlier attempt did.
	async fn scheduler_id(&self, dir: &Path, request: &JobRequest) -> Result<String, ApiError> {
		if let Some(id) = local::read_trimmed(&dir.join("scheduler_id")).await {
			return Ok(id);
		}
		let submitted = match &self.backend {
			Backend::Local(l) => l.submit(dir, request).await,
			Backend::Slurm(s) => s.submit(dir, request).await,
		};
		let id = submitted.map_err(|e| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e))?;
		write_atomically(&dir.join("scheduler_id"), id.as_bytes()).await.map_err(internal)?;
		Ok(id)
	}

	/// The job's report, or 404.
	pub async fn report(&self, id: &str) -> Result<JobReport, ApiError> {
		let request = self
			.request(id)
			.await
			.ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "unknown job"))?;
		self.report_of(&self.dir(id), &request).await
	}

	async fn report_of(&self, dir: &Path, request: &JobRequest) -> Result<JobReport, ApiError> {
		let final_path = dir.join("final.json");
		if let Ok(bytes) = tokio::fs::read(&final_path).await {
			if let Ok(report) = serde_json::from_slice(&bytes) {
				return Ok(report);
			}
		}
		let scheduler_id = {
			let _guard = self.submitting.lock().await;
			self.scheduler_id(dir, request).await?
		};
		let observed = match &self.backend {
			Backend::Local(l) => l.observe(dir).await,
			Backend::Slurm(s) => s.observe(&scheduler_id).await,
		}
		.map_err(|e| ApiError::new(StatusCode::BAD_GATEWAY, e))?;
		let mut report = observed.report(request, &scheduler_id, now());
		if report.state.is_terminal() {
			let output = tokio::fs::read(dir.join("out")).await.unwrap_or_default();
			report.output_hash = Some(hex(&Sha256::digest(&output)));
			let json = serde_json::to_vec_pretty(&report).map_err(internal)?;
			write_atomically(&final_path, &json).await.map_err(internal)?;
		}
		Ok(report)
	}

	/// Whether the scheduler answers.
	pub async fn healthy(&self) -> bool {
		match &self.backend {
			Backend::Local(_) => true,
			Backend::Slurm(_) => tokio::process::Command::new("scontrol")
				.arg("ping")
				.output()
				.await
				.is_ok_and(|o| o.status.success()),
		}
	}

	async fn handle(&self, request: Request<hyper::body::Incoming>) -> Response<Full<Bytes>> {
		let path = request.uri().path().to_string();
		let answer = match (request.method(), path.as_str()) {
			(&Method::GET, "/health") => {
				let ok = self.healthy().await;
				let body = serde_json::json!({
					"status": if ok { "ok" } else { "scheduler unreachable" },
					"backend": self.backend.name(),
				});
				let status = if ok { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
				Ok((status, body.to_string()))
			}
			(&Method::POST, "/jobs") => match read_json::<JobRequest>(request).await {
				Ok(job) => self.create(job).await.map(|(created, report)| {
					let status = if created { StatusCode::CREATED } else { StatusCode::OK };
					(status, serde_json::to_string(&report).unwrap_or_default())
				}),
				Err(e) => Err(e),
			},
			(&Method::GET, p) if p.starts_with("/jobs/") => self
				.report(&p["/jobs/".len()..])
				.await
				.map(|r| (StatusCode::OK, serde_json::to_string(&r).unwrap_or_default())),
			_ => Err(ApiError::new(StatusCode::NOT_FOUND, "no such route")),
		};
		let (status, body) = answer.unwrap_or_else(|ApiError(status, reason)| {
			(status, serde_json::json!({ "error": reason }).to_string())
		});
		Response::builder()
			.status(status)
			.header("Content-Type", "application/json")
			.body(Full::new(Bytes::from(body)))
			.unwrap_or_default()
	}
}

async fn read_json<T: serde::de::DeserializeOwned>(
	request: Request<hyper::body::Incoming>,
) -> Result<T, ApiError> {
	let body = Limited::new(request.into_body(), MAX_BODY)
		.collect()
		.await
		.map_err(|e| ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, e))?
		.to_bytes();
	serde_json::from_slice(&body).map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, e))
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes a file so that readers see the old or the new contents, never a part.
async fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
	let tmp = path.with_extension("tmp");
	tokio::fs::write(&tmp, bytes).await?;
	tokio::fs::rename(&tmp, path).await
}

/// Serves the HTTP API on `listener` until the task is dropped.
pub async fn serve(listener: TcpListener, gateway: Arc<Gateway>) -> io::Result<()> {
	loop {
		let (stream, _) = listener.accept().await?;
		let gateway = gateway.clone();
		tokio::spawn(async move {
			let service = service_fn(move |request| {
				let gateway = gateway.clone();
				async move { Ok::<_, hyper::Error>(gateway.handle(request).await) }
			});
			let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
		});
	}
}
