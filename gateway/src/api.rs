//! The gateway's HTTP contract (documented in `README.md`): what a job request and a job
//! report look like.

use serde::{Deserialize, Serialize};

/// Longest job id, command or container reference accepted.
pub const MAX_ID_LEN: usize = 64;
pub const MAX_PROGRAM_LEN: usize = 4_096;

/// `POST /jobs`: run a program for an order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobRequest {
	/// The caller's name for the job, unique per gateway: `[A-Za-z0-9_-]`, at most 64.
	pub id: String,
	pub cpus: u32,
	#[serde(default)]
	pub gpus: u32,
	/// Wall-clock limit; the job is stopped (state `timeout`) when it is reached.
	pub time_limit_secs: u64,
	/// A shell command line, or …
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub command: Option<String>,
	/// … a container image reference, run with the gateway's container runtime.
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub container: Option<String>,
}

impl JobRequest {
	/// Why the request cannot be run, if it cannot.
	pub fn problem(&self) -> Option<&'static str> {
		let id_ok = !self.id.is_empty()
			&& self.id.len() <= MAX_ID_LEN
			&& self.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
		if !id_ok {
			return Some("id must be 1-64 of [A-Za-z0-9_-]");
		}
		if self.cpus == 0 {
			return Some("cpus must be at least 1");
		}
		if self.time_limit_secs == 0 {
			return Some("time_limit_secs must be at least 1");
		}
		match (&self.command, &self.container) {
			(Some(p), None) | (None, Some(p))
				if !p.trim().is_empty() && p.len() <= MAX_PROGRAM_LEN =>
			{
				None
			}
			_ => Some("exactly one of command and container, non-empty, at most 4096 bytes"),
		}
	}
}

/// Where a job is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum JobState {
	Pending,
	Running,
	Completed,
	Failed,
	Cancelled,
	Timeout,
	Preempted,
}

impl JobState {
	pub fn is_terminal(self) -> bool {
		!matches!(self, JobState::Pending | JobState::Running)
	}
}

/// `GET /jobs/{id}`: the job's state and accounting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobReport {
	pub id: String,
	pub state: JobState,
	/// Unix seconds.
	pub start_time: Option<u64>,
	pub end_time: Option<u64>,
	pub exit_code: Option<i32>,
	/// Cores allocated × seconds run (so far, while running).
	pub core_seconds: u64,
	/// GPUs allocated × seconds run.
	pub gpu_seconds: u64,
	/// SHA-256 of the job's standard output, hex, once it has ended.
	pub output_hash: Option<String>,
	/// The scheduler's own id for the job.
	pub scheduler_id: String,
}

/// What a backend observed about a job; the gateway turns it into a [`JobReport`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observed {
	pub state: JobState,
	pub start_time: Option<u64>,
	pub end_time: Option<u64>,
	pub exit_code: Option<i32>,
	/// Cores the scheduler allocated (the request's if it does not say).
	pub cpus: Option<u32>,
}

impl Observed {
	/// Allocated cores and GPUs × seconds from start to end (or to `now` while running).
	pub fn report(&self, request: &JobRequest, scheduler_id: &str, now: u64) -> JobReport {
		let ran = match (self.start_time, self.end_time) {
			(Some(start), Some(end)) => end.saturating_sub(start),
			(Some(start), None) if !self.state.is_terminal() => now.saturating_sub(start),
			_ => 0,
		};
		let cpus = self.cpus.unwrap_or(request.cpus) as u64;
		JobReport {
			id: request.id.clone(),
			state: self.state,
			start_time: self.start_time,
			end_time: self.end_time,
			exit_code: self.exit_code,
			core_seconds: cpus * ran,
			gpu_seconds: request.gpus as u64 * ran,
			output_hash: None,
			scheduler_id: scheduler_id.into(),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn request() -> JobRequest {
		JobRequest {
			id: "abcd-1".into(),
			cpus: 2,
			gpus: 1,
			time_limit_secs: 60,
			command: Some("true".into()),
			container: None,
		}
	}

	#[test]
	fn requests_are_checked() {
		assert_eq!(request().problem(), None);
		for bad in [
			JobRequest { id: "a/b".into(), ..request() },
			JobRequest { id: "x".repeat(65), ..request() },
			JobRequest { cpus: 0, ..request() },
			JobRequest { time_limit_secs: 0, ..request() },
			JobRequest { command: None, ..request() },
			JobRequest { command: Some(" ".into()), ..request() },
			JobRequest { container: Some("img".into()), ..request() },
		] {
			assert!(bad.problem().is_some(), "{bad:?}");
		}
		assert!(serde_json::from_str::<JobRequest>(
			r#"{"id":"a","cpus":1,"time_limit_secs":1,"command":"x","extra":1}"#
		)
		.is_err());
	}

	#[test]
	fn usage_is_allocation_times_time() {
		let running = Observed {
			state: JobState::Running,
			start_time: Some(100),
			end_time: None,
			exit_code: None,
			cpus: None,
		};
		let r = running.report(&request(), "7", 130);
		assert_eq!((r.core_seconds, r.gpu_seconds), (60, 30));
		let done =
			Observed { state: JobState::Completed, end_time: Some(110), cpus: Some(4), ..running };
		let r = done.report(&request(), "7", 500);
		assert_eq!((r.core_seconds, r.gpu_seconds), (40, 10));
		let never =
			Observed { state: JobState::Cancelled, start_time: None, end_time: None, ..done };
		assert_eq!(never.report(&request(), "7", 500).core_seconds, 0);
	}
}
