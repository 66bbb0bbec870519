//! The local process runner: runs each job as a detached process group on this machine, with
//! the job's start, end and exit status written to files in its directory, so a job outlives a
//! gateway restart and its accounting survives it.

use crate::api::{JobRequest, JobState, Observed};
use std::{io, path::Path, process::Stdio, time::Duration};

/// Exit status of `timeout` when the time limit stopped the job.
const TIMED_OUT: i32 = 124;

pub struct Local {
	pub container_runtime: Option<String>,
}

impl Local {
	/// Starts the job unless a previous attempt already did; returns its process id.
	pub async fn submit(&self, dir: &Path, request: &JobRequest) -> io::Result<String> {
		if let Some(pid) = read_trimmed(&dir.join("pid")).await {
			return Ok(pid);
		}
		let program = crate::program_line(request, self.container_runtime.as_deref())?;
		tokio::fs::write(dir.join("program"), program).await?;
		let script = format!(
			"#!/bin/sh\ncd \"$(dirname \"$0\")\"\necho $$ > pid\ndate +%s > start\n\
			 timeout --kill-after=10 {} sh ./program > out 2> err\ncode=$?\n\
			 date +%s > end\necho $code > exit.tmp && mv exit.tmp exit\n",
			request.time_limit_secs
		);
		tokio::fs::write(dir.join("run.sh"), script).await?;
		let mut child = tokio::process::Command::new("setsid")
			.arg("sh")
			.arg(dir.join("run.sh"))
			.stdin(Stdio::null())
			.stdout(Stdio::null())
			.stderr(Stdio::null())
			.spawn()?;
		// Reaps the process if it ends while this gateway runs.
		tokio::spawn(async move {
			let _ = child.wait().await;
		});
		for _ in 0..100 {
			if let Some(pid) = read_trimmed(&dir.join("pid")).await {
				return Ok(pid);
			}
			tokio::time::sleep(Duration::from_millis(20)).await;
		}
		Err(io::Error::other("the job did not start within 2 seconds"))
	}

	pub async fn observe(&self, dir: &Path) -> io::Result<Observed> {
		let number = |name: &'static str| async move {
			read_trimmed(&dir.join(name)).await.and_then(|s| s.parse::<i64>().ok())
		};
		let start_time = number("start").await.map(|s| s as u64);
		let end_time = number("end").await.map(|s| s as u64);
		let exit_code = number("exit").await.map(|c| c as i32);
		let state = match (start_time, exit_code) {
			(_, Some(0)) => JobState::Completed,
			(_, Some(TIMED_OUT)) => JobState::Timeout,
			(_, Some(_)) => JobState::Failed,
			(None, None) => JobState::Pending,
			(Some(_), None) => {
				let pid = read_trimmed(&dir.join("pid")).await.unwrap_or_default();
				if !pid.is_empty() && Path::new(&format!("/proc/{pid}")).exists() {
					JobState::Running
				} else {
					// The machine restarted under it, or it was killed from outside.
					JobState::Failed
				}
			}
		};
		Ok(Observed { state, start_time, end_time, exit_code, cpus: None })
	}
}

pub async fn read_trimmed(path: &Path) -> Option<String> {
	let text = tokio::fs::read_to_string(path).await.ok()?;
	let text = text.trim();
	(!text.is_empty()).then(|| text.to_string())
}
