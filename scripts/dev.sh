#!/usr/bin/env bash
# Sets up the machine, builds the node (release) and runs a one-machine dev chain.
# RPC on ws://127.0.0.1:9944, Prometheus on 9615; state kept under $BASE_PATH.
# Extra arguments go to the node, e.g. `scripts/dev.sh --dev-block-time 6000`.
set -euo pipefail
source "$(dirname "$0")/env.sh"
bash "$repo_root/scripts/setup.sh"
cd "$repo_root"
# The same cargo invocation as scripts/test.sh (without running the tests): one set of features,
# so the tests and this script share one build of the node.
cargo test --release --locked --workspace --no-run
BASE_PATH="${BASE_PATH:-$HOME/.local/share/cyberplaza/dev}"
exec "$node_bin" --dev --base-path "$BASE_PATH" --rpc-port 9944 --prometheus-port 9615 "$@"
