//! `cyberplaza-bencher`: measures the pallets' weights on the runtime's wasm built with
//! `runtime-benchmarks` (`scripts/bench.sh`, `benchmarks/calls.sh`). Its arguments are those of
//! `frame-benchmarking-cli`'s `benchmark pallet`, `--runtime` among them.
//!
//! It lives in the workspace so that the release build that makes the node makes it too, out
//! of the node's own compiled dependencies: a separately installed frame-omni-bencher costs
//! about 40 minutes of building on every new 2-core machine.

use polkadot_sdk::{
	cumulus_primitives_proof_size_hostfunction::storage_proof_size,
	frame_benchmarking_cli::PalletCmd,
	sc_cli::{clap::Parser, Error},
	sp_runtime::traits::BlakeTwo256,
};

fn main() -> Result<(), Box<Error>> {
	// Beyond Substrate's host functions, a parachain runtime asks for the proof size (weight
	// reclaim); the wasm executes against the same set the node gives it.
	PalletCmd::parse()
		.run_with_spec::<BlakeTwo256, storage_proof_size::HostFunctions>(None)
		.map_err(Box::new)
}
