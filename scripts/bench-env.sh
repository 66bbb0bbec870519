# Shared by the benchmark scripts: sourced, not run. `bench_prepare` builds the bencher (the
# workspace's `cyberplaza-bencher`, made by the same release build as the node and the tests)
# and the runtime with `runtime-benchmarks`; then `$bencher` and `$bench_wasm` are set.
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

bencher="$CARGO_TARGET_DIR/release/cyberplaza-bencher"
# Its own target dir: the benchmark features must not invalidate the test build.
bench_target="${CYBERPLAZA_CACHE:-$HOME/.cache/cyberplaza}/bench-runtime"
# Under `check` the wasm builder stops before wasm-opt and compression: weights measured on this
# blob are, if anything, pessimistic.
bench_wasm="$bench_target/debug/wbuild/cyberplaza-runtime/cyberplaza_runtime.wasm"

bench_prepare() {
	# The invocation of scripts/test.sh: one set of features, so the node's dependencies are
	# compiled once for the node, the tests and the bencher.
	(cd "$repo_root" && cargo test --release --locked --workspace --no-run)
	# `check` still builds the wasm (in release) and skips compiling the native runtime.
	(cd "$repo_root" && cargo check --locked -p cyberplaza-runtime --features runtime-benchmarks \
		--target-dir "$bench_target")
}

# bench_json PALLET EXTRINSIC STEPS REPEAT FILE: runs benchmarks, writing their results as JSON.
bench_json() {
	"$bencher" --runtime "$bench_wasm" \
		--genesis-builder-preset development --pallet "$1" --extrinsic "$2" \
		--steps "$3" --repeat "$4" --json-file "$5" --quiet >/dev/null
}
