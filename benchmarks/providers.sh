#!/usr/bin/env bash
# The SP registry's calls against a plain CPT transfer (`transfer_keep_alive`), both measured in
# the same frame-omni-bencher run on the runtime built with `runtime-benchmarks`. Prints, per
# call, its execution time and its weight with database costs (RocksDB: 25 µs a read, 100 µs a
# write) as multiples of the transfer's.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-env.sh
bench_prepare

json="$(mktemp)"
trap 'rm -f "$json"' EXIT
for pallet in pallet_balances pallet_providers; do
	extrinsics='*'
	[ "$pallet" = pallet_balances ] && extrinsics=transfer_keep_alive
	"$bencher" v1 benchmark pallet --runtime "$bench_wasm" \
		--genesis-builder-preset development --pallet "$pallet" --extrinsic "$extrinsics" \
		--steps 2 --repeat "${REPEAT:-20}" --json-file "$json.$pallet" --quiet >/dev/null
done
jq -s 'add' "$json.pallet_balances" "$json.pallet_providers" >"$json"
rm -f "$json".pallet_*

jq -r '
	def median: sort | .[(length / 2 | floor)];
	def exec: [.time_results[].extrinsic_time] | median;
	def weight: exec + (.db_results[0].reads * 25000) + (.db_results[0].writes * 100000);
	(map(select(.benchmark == "transfer_keep_alive"))[0]) as $base
	| "baseline transfer_keep_alive: \($base | exec) ns execution, \($base | weight) ns with DB",
	  "call                           exec ns   x transfer   weight ns   x transfer",
	  (map(select(.pallet == "pallet_providers"))[]
	   | "\(.benchmark | . + " " * (30 - length)) \(exec | tostring | " " * (9 - length) + .)   \((exec / ($base | exec) * 100 | round) / 100 | tostring | " " * (10 - length) + .)   \(weight | tostring | " " * (9 - length) + .)   \((weight / ($base | weight) * 100 | round) / 100)")
' "$json"
