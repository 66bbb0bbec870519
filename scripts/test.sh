#!/usr/bin/env bash
# The whole test suite: runtime tests, then the node built once in release, then the end-to-end
# tests that drive that binary over JSON-RPC. One cargo invocation, so the node is compiled once.
set -euo pipefail
source "$(dirname "$0")/env.sh"
bash "$repo_root/scripts/setup.sh"
cd "$repo_root"
cargo fmt --all -- --check
cargo test --release --locked --workspace
