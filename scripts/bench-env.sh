# Shared by the benchmark scripts: sourced, not run. `bench_prepare` installs frame-omni-bencher
# (once) and builds the runtime with `runtime-benchmarks`; then `$bencher` and `$bench_wasm` are set.
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

bench_cache="${CYBERPLAZA_CACHE:-$HOME/.cache/cyberplaza}"
bencher="$bench_cache/tools/bin/frame-omni-bencher"
# Its own target dir: the benchmark features must not invalidate the test build.
bench_target="$bench_cache/bench-runtime"
# Under `check` the wasm builder stops before wasm-opt and compression: weights measured on this
# blob are, if anything, pessimistic.
bench_wasm="$bench_target/debug/wbuild/cyberplaza-runtime/cyberplaza_runtime.wasm"

bench_prepare() {
	if [ ! -x "$bencher" ]; then
		cargo install frame-omni-bencher@0.28.0 --locked --root "$bench_cache/tools" \
			--target-dir "$bench_cache/bencher-target"
	fi
	# `check` still builds the wasm (in release) and skips compiling the native runtime.
	(cd "$repo_root" && cargo check --locked -p cyberplaza-runtime --features runtime-benchmarks \
		--target-dir "$bench_target")
}

# bench_json PALLET EXTRINSIC STEPS REPEAT FILE: runs benchmarks, writing their results as JSON.
bench_json() {
	"$bencher" v1 benchmark pallet --runtime "$bench_wasm" \
		--genesis-builder-preset development --pallet "$1" --extrinsic "$2" \
		--steps "$3" --repeat "$4" --json-file "$5" --quiet >/dev/null
}
