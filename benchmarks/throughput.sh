#!/usr/bin/env bash
# Order lifecycles per second against CPT transfers per second on one dev node in one run
# (benchmarks/throughput.rs). Builds the release node if needed; prints a JSON summary.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
cargo bench --locked --profile release -p cyberplaza-node --bench throughput
