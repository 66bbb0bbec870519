//! `cyberplaza-gateway`: serves the scheduler gateway's HTTP API (see `README.md`).

use clap::{Parser, ValueEnum};
use cyberplaza_gateway::{local::Local, serve, slurm::Slurm, Backend, Gateway};
use std::{net::SocketAddr, path::PathBuf, sync::Arc};

#[derive(Clone, Copy, ValueEnum)]
enum Scheduler {
	/// Runs jobs as processes on this machine.
	Local,
	/// Submits jobs to Slurm with sbatch.
	Slurm,
}

#[derive(Parser)]
#[command(about = "The scheduler gateway an SP's node hands orders to.")]
struct Args {
	/// Address to serve on.
	#[arg(long, default_value = "127.0.0.1:8790")]
	listen: SocketAddr,
	/// Where jobs' requests, outputs and final reports are kept.
	#[arg(long, default_value = "gateway-state")]
	state_dir: PathBuf,
	#[arg(long, value_enum, default_value = "local")]
	backend: Scheduler,
	/// Slurm partition to submit to (the cluster's default if not given).
	#[arg(long)]
	partition: Option<String>,
	/// Slurm's job-completion log (JobCompLoc), read for jobs Slurm has forgotten.
	#[arg(long)]
	jobcomp_log: Option<PathBuf>,
	/// Command that runs a container image, e.g. "podman run --rm"; without it container jobs
	/// are refused.
	#[arg(long)]
	container_runtime: Option<String>,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
	let args = Args::parse();
	let backend = match args.backend {
		Scheduler::Local => Backend::Local(Local { container_runtime: args.container_runtime }),
		Scheduler::Slurm => Backend::Slurm(Slurm {
			partition: args.partition,
			jobcomp_log: args.jobcomp_log,
			container_runtime: args.container_runtime,
		}),
	};
	let name = backend.name();
	let gateway = Arc::new(Gateway::new(args.state_dir, backend)?);
	let listener = tokio::net::TcpListener::bind(args.listen).await?;
	println!("gateway ({name}) listening on {}", listener.local_addr()?);
	tokio::select! {
		served = serve(listener, gateway) => served,
		_ = tokio::signal::ctrl_c() => Ok(()),
	}
}
