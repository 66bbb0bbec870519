#!/usr/bin/env bash
# Measures pallet weights: runs the workspace's bencher (frame-benchmarking-cli's pallet command)
# on the runtime built with `runtime-benchmarks` and writes each pallet's `src/weights.rs` from
# scripts/pallet-weights.hbs. Usage: scripts/bench.sh [pallet_name ...] (default: all of ours).
# The first run on a machine builds the benchmark runtime (its own target directory) and, unless
# the tests were built, the release workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-env.sh

pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(pallet_providers pallet_market pallet_vote_escrow pallet_revenue \
	pallet_subscriptions pallet_liquidity_pool pallet_group_buy pallet_incentives pallet_sale_limits \
	pallet_ve_voting)
bench_prepare
for pallet in "${pallets[@]}"; do
	crate_dir="pallets/$(tr _ - <<<"${pallet#pallet_}")"
	# Benchmarks over up to 10,000 lockers set all of them up for every step and repeat.
	case "$pallet" in
	pallet_vote_escrow | pallet_revenue | pallet_ve_voting) steps=10 repeat=10 ;;
	*) steps=50 repeat=20 ;;
	esac
	"$bencher" --runtime "$bench_wasm" \
		--genesis-builder-preset development \
		--pallet "$pallet" --extrinsic '*' --steps "$steps" --repeat "$repeat" \
		--template scripts/pallet-weights.hbs --output "$crate_dir/src/weights.rs"
	rustfmt --edition 2021 "$crate_dir/src/weights.rs"
done
