//! The Slurm backend: `sbatch` to submit, then `scontrol show job` while Slurm remembers the
//! job, `sacct` where accounting storage is enabled, and the job-completion log
//! (`JobCompType=jobcomp/filetxt`) for jobs both have forgotten. Times are read in UTC.

use crate::api::{JobRequest, JobState, Observed};
use std::{
	io,
	path::{Path, PathBuf},
	process::Stdio,
};

pub struct Slurm {
	pub partition: Option<String>,
	/// Slurm's `JobCompLoc`, if the cluster writes a job-completion log.
	pub jobcomp_log: Option<PathBuf>,
	pub container_runtime: Option<String>,
}

async fn run(program: &str, args: &[String]) -> io::Result<String> {
	let output = tokio::process::Command::new(program)
		.args(args)
		.env("TZ", "UTC")
		.stdin(Stdio::null())
		.output()
		.await?;
	if !output.status.success() {
		return Err(io::Error::other(format!(
			"{program} failed: {}",
			String::from_utf8_lossy(&output.stderr).trim()
		)));
	}
	Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

impl Slurm {
	fn job_name(request: &JobRequest) -> String {
		format!("cp-{}", request.id)
	}

	/// Submits the job unless Slurm already has one of its name; returns Slurm's job id.
	pub async fn submit(&self, dir: &Path, request: &JobRequest) -> io::Result<String> {
		let name = Self::job_name(request);
		let known =
			run("squeue", &["-h".into(), "-n".into(), name.clone(), "-o".into(), "%i".into()])
				.await?;
		if let Some(id) = known.split_whitespace().next() {
			return Ok(id.to_string());
		}
		let program = crate::program_line(request, self.container_runtime.as_deref())?;
		let script = dir.join("job.sh");
		tokio::fs::write(&script, format!("#!/bin/sh\n{program}\n")).await?;
		let dir_arg = dir.display().to_string();
		let mut args = vec![
			"--parsable".to_string(),
			format!("--job-name={name}"),
			format!("--chdir={dir_arg}"),
			format!("--output={dir_arg}/out"),
			format!("--error={dir_arg}/err"),
			"--ntasks=1".into(),
			format!("--cpus-per-task={}", request.cpus),
			format!("--time={}", request.time_limit_secs.div_ceil(60)),
		];
		if request.gpus > 0 {
			args.push(format!("--gres=gpu:{}", request.gpus));
		}
		if let Some(p) = &self.partition {
			args.push(format!("--partition={p}"));
		}
		args.push(script.display().to_string());
		let out = run("sbatch", &args).await?;
		out.trim()
			.split(';')
			.next()
			.filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
			.map(str::to_string)
			.ok_or_else(|| io::Error::other(format!("sbatch said {out:?}")))
	}

	pub async fn observe(&self, id: &str) -> io::Result<Observed> {
		if let Ok(out) =
			run("scontrol", &["show".into(), "job".into(), "-o".into(), id.into()]).await
		{
			if let Some(o) = parse_key_values(&out, id) {
				return Ok(o);
			}
		}
		let sacct = ["-j", id, "-X", "-n", "-P", "-o", "State,Start,End,ExitCode,AllocCPUS"]
			.map(String::from);
		if let Ok(out) = run("sacct", &sacct).await {
			if let Some(o) = out.lines().find_map(parse_sacct) {
				return Ok(o);
			}
		}
		if let Some(log) = &self.jobcomp_log {
			let text = tokio::fs::read_to_string(log).await.unwrap_or_default();
			if let Some(o) = text.lines().rev().find_map(|l| parse_key_values(l, id)) {
				return Ok(o);
			}
		}
		Err(io::Error::new(io::ErrorKind::NotFound, format!("Slurm knows no job {id}")))
	}
}

/// A Slurm job state name (`COMPLETED`, `CANCELLED by 0`, …).
pub fn state(name: &str) -> Option<JobState> {
	Some(match name.split_whitespace().next()? {
		"PENDING" | "CONFIGURING" | "REQUEUED" | "RESV_DEL_HOLD" => JobState::Pending,
		"RUNNING" | "COMPLETING" | "SUSPENDED" | "STAGE_OUT" | "SIGNALING" => JobState::Running,
		"COMPLETED" => JobState::Completed,
		"FAILED" | "NODE_FAIL" | "OUT_OF_MEMORY" | "BOOT_FAIL" | "DEADLINE" => JobState::Failed,
		"CANCELLED" => JobState::Cancelled,
		"TIMEOUT" => JobState::Timeout,
		"PREEMPTED" => JobState::Preempted,
		_ => return None,
	})
}

/// `YYYY-MM-DDTHH:MM:SS` in UTC to Unix seconds; `Unknown`, `None` and the like to `None`.
pub fn utc_seconds(text: &str) -> Option<u64> {
	let (date, time) = text.split_once('T')?;
	let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
	let (y, m, day) = (d.next()??, d.next()??, d.next()??);
	let mut t = time.split(':').map(|p| p.parse::<i64>().ok());
	let (h, min, s) = (t.next()??, t.next()??, t.next()??);
	if !(1..=12).contains(&m) || !(1..=31).contains(&day) || h > 23 || min > 59 || s > 60 {
		return None;
	}
	// Days from the civil date (proleptic Gregorian), after H. Hinnant's algorithm.
	let y = if m <= 2 { y - 1 } else { y };
	let era = y.div_euclid(400);
	let yoe = y - era * 400;
	let mp = (m + 9) % 12;
	let doy = (153 * mp + 2) / 5 + day - 1;
	let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	let days = era * 146_097 + doe - 719_468;
	u64::try_from(days * 86_400 + h * 3_600 + min * 60 + s).ok()
}

/// The exit status from Slurm's `status:signal`; a signal with status 0 counts as failure.
fn exit_code(text: &str) -> Option<i32> {
	let (status, signal) = text.split_once(':').unwrap_or((text, "0"));
	let (status, signal) = (status.parse::<i32>().ok()?, signal.parse::<i32>().ok()?);
	Some(if status == 0 && signal != 0 { 128 + signal } else { status })
}

/// `scontrol show job -o` output or a job-completion log line, if it is job `id`.
pub fn parse_key_values(line: &str, id: &str) -> Option<Observed> {
	let field =
		|key: &str| line.split_whitespace().find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='));
	if field("JobId")? != id {
		return None;
	}
	let cpus = field("NumCPUs").or_else(|| field("ProcCnt")).and_then(|n| n.parse().ok());
	let state = state(field("JobState")?)?;
	Some(Observed {
		state,
		start_time: field("StartTime").and_then(utc_seconds),
		end_time: if state.is_terminal() { field("EndTime").and_then(utc_seconds) } else { None },
		exit_code: if state.is_terminal() { field("ExitCode").and_then(exit_code) } else { None },
		cpus,
	})
}

/// One `sacct -P -o State,Start,End,ExitCode,AllocCPUS` line.
pub fn parse_sacct(line: &str) -> Option<Observed> {
	let mut f = line.split('|');
	let state = state(f.next()?)?;
	let (start, end, exit, cpus) = (f.next()?, f.next()?, f.next()?, f.next()?);
	Some(Observed {
		state,
		start_time: utc_seconds(start),
		end_time: if state.is_terminal() { utc_seconds(end) } else { None },
		exit_code: if state.is_terminal() { exit_code(exit) } else { None },
		cpus: cpus.trim().parse().ok(),
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn times_are_utc_seconds() {
		assert_eq!(utc_seconds("1970-01-01T00:00:00"), Some(0));
		assert_eq!(utc_seconds("2026-11-24T20:43:26"), Some(1_795_553_006));
		assert_eq!(utc_seconds("2024-02-29T12:00:00"), Some(1_709_208_000));
		for bad in ["Unknown", "None", "2026-13-01T00:00:00", "2026-11-24 20:43:26", ""] {
			assert_eq!(utc_seconds(bad), None, "{bad}");
		}
	}

	#[test]
	fn scontrol_running_and_completed() {
		let running = "JobId=7 JobName=cp-a UserId=root(0) JobState=RUNNING Reason=None \
			RunTime=00:00:03 StartTime=2026-11-24T20:43:26 EndTime=2026-11-24T21:43:26 \
			NumNodes=1 NumCPUs=2 ExitCode=0:0";
		let o = parse_key_values(running, "7").unwrap();
		assert_eq!(o.state, JobState::Running);
		assert_eq!(
			(o.start_time, o.end_time, o.exit_code, o.cpus),
			(Some(1_795_553_006), None, None, Some(2))
		);
		assert_eq!(parse_key_values(running, "70"), None);
		let done = running
			.replace("RUNNING", "COMPLETED")
			.replace("21:43:26", "20:43:36")
			.replace("ExitCode=0:0", "ExitCode=3:0");
		let o = parse_key_values(&done, "7").unwrap();
		assert_eq!(
			(o.state, o.end_time, o.exit_code),
			(JobState::Completed, Some(1_795_553_016), Some(3))
		);
		let pending = "JobId=8 JobState=PENDING StartTime=Unknown EndTime=Unknown NumCPUs=1";
		let o = parse_key_values(pending, "8").unwrap();
		assert_eq!((o.state, o.start_time), (JobState::Pending, None));
	}

	#[test]
	fn jobcomp_and_sacct_lines() {
		let line =
			"JobId=3 UserId=root(0) GroupId=root(0) Name=cp-x JobState=CANCELLED Partition=debug \
			TimeLimit=1 StartTime=2026-11-24T20:43:26 EndTime=2026-11-24T20:43:28 NodeList=h NodeCnt=1 \
			ProcCnt=4 WorkDir=/tmp Tres=cpu=4,node=1 DerivedExitCode=0:0 ExitCode=0:15";
		let o = parse_key_values(line, "3").unwrap();
		assert_eq!((o.state, o.exit_code, o.cpus), (JobState::Cancelled, Some(143), Some(4)));
		let o = parse_sacct("TIMEOUT|2026-11-24T20:43:26|2026-11-24T20:44:26|0:15|2").unwrap();
		assert_eq!(
			(o.state, o.end_time, o.cpus),
			(JobState::Timeout, Some(1_795_553_066), Some(2))
		);
		assert_eq!(parse_sacct("BOGUS|x|y|0:0|1"), None);
		assert_eq!(state("CANCELLED by 0"), Some(JobState::Cancelled));
	}
}
