#!/usr/bin/env bash
# Measures pallet weights: builds the runtime with `runtime-benchmarks` and runs
# frame-omni-bencher on its wasm, writing each pallet's `src/weights.rs` from
# scripts/pallet-weights.hbs. Usage: scripts/bench.sh [pallet_name ...] (default: all).
# Takes about 20 minutes cold on 2 cores (the bencher once, then the wasm), a minute warm.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(pallet_providers)

cache="${CYBERPLAZA_CACHE:-$HOME/.cache/cyberplaza}"
bencher="$cache/tools/bin/frame-omni-bencher"
if [ ! -x "$bencher" ]; then
	cargo install frame-omni-bencher@0.28.0 --locked --root "$cache/tools" \
		--target-dir "$cache/bencher-target"
fi

# Its own target dir: the benchmark features must not invalidate the test build. `check`
# still builds the wasm (in release) and skips compiling the native runtime.
bench_target="$cache/bench-runtime"
cargo check --locked -p cyberplaza-runtime --features runtime-benchmarks \
	--target-dir "$bench_target"
wasm="$bench_target/debug/wbuild/cyberplaza-runtime/cyberplaza_runtime.compact.compressed.wasm"

for pallet in "${pallets[@]}"; do
	crate_dir="pallets/${pallet#pallet_}"
	"$bencher" v1 benchmark pallet \
		--runtime "$wasm" \
		--genesis-builder-preset development \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps 50 \
		--repeat 20 \
		--template scripts/pallet-weights.hbs \
		--output "$crate_dir/src/weights.rs"
	rustfmt --edition 2021 "$crate_dir/src/weights.rs"
done
