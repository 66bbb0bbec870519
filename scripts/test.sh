#!/usr/bin/env bash
# The whole test suite: formatting and clippy (every warning an error), pallet and runtime
# tests, then the node (and the scheduler gateway) built once in release, then the end-to-end
# tests that drive those binaries over JSON-RPC and HTTP, one of them against a real Slurm
# cluster (scripts/slurm.sh). One cargo invocation, so the node is compiled once. Then the
# pallets' benchmarks run once each as tests (a debug build of the pallets alone, without the
# wasm), so they cannot rot between runs of scripts/bench.sh.
set -euo pipefail
source "$(dirname "$0")/env.sh"
bash "$repo_root/scripts/setup.sh"
# The scheduler end-to-end test submits real jobs to a one-node Slurm cluster.
bash "$repo_root/scripts/slurm.sh"
cd "$repo_root"
cargo fmt --all -- --check
# A `check` build without the wasm: a few minutes once the shared target directory has it.
SKIP_WASM_BUILD=1 cargo clippy --locked --workspace --all-targets -- -D warnings
cargo test --release --locked --workspace
SKIP_WASM_BUILD=1 cargo test --locked -p pallet-providers -p pallet-market -p pallet-vote-escrow \
	-p pallet-revenue -p pallet-subscriptions -p pallet-liquidity-pool -p pallet-group-buy \
	-p pallet-incentives -p pallet-sale-limits -p pallet-ve-voting \
	--features runtime-benchmarks --lib benchmarking
