#!/usr/bin/env bash
# Our pallets' calls against a plain CPT transfer (`transfer_keep_alive`), all measured in the
# same `cyberplaza-bencher` run on the runtime built with `runtime-benchmarks`. Prints, per call,
# its execution time and its weight with database costs (RocksDB: 25 µs a read, 100 µs a
# write) as multiples of the transfer's. Linear benchmarks show their largest component.
# Usage: benchmarks/calls.sh [pallet_name ...] (default: all of ours).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-env.sh
bench_prepare

pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(pallet_providers pallet_market pallet_vote_escrow pallet_revenue \
	pallet_subscriptions pallet_liquidity_pool pallet_group_buy pallet_incentives)
json="$(mktemp)"
trap 'rm -f "$json" "$json".*' EXIT
for pallet in pallet_balances "${pallets[@]}"; do
	extrinsics='*'
	[ "$pallet" = pallet_balances ] && extrinsics=transfer_keep_alive
	bench_json "$pallet" "$extrinsics" 2 "${REPEAT:-20}" "$json.$pallet"
done
jq -s 'add' "$json".pallet_* >"$json"

jq -r '
	def median: sort | .[(length / 2 | floor)];
	def top: .time_results | (map(.components | map(.[1]) | add // 0) | max) as $m
		| map(select((.components | map(.[1]) | add // 0) == $m));
	def exec: [top[].extrinsic_time] | median;
	def weight: exec + (.db_results[-1].reads * 25000) + (.db_results[-1].writes * 100000);
	def pad($n): tostring | " " * ($n - length) + .;
	(map(select(.benchmark == "transfer_keep_alive"))[0]) as $base
	| "baseline transfer_keep_alive: \($base | exec) ns execution, \($base | weight) ns with DB",
	  "pallet            call                      exec ns   x transfer   weight ns   x transfer",
	  (map(select(.pallet != "pallet_balances"))[]
	   | "\(.pallet | . + " " * (17 - length)) \(.benchmark | . + " " * (24 - length)) \(exec | pad(9))   \((exec / ($base | exec) * 100 | round) / 100 | pad(10))   \(weight | pad(9))   \((weight / ($base | weight) * 100 | round) / 100)")
' "$json"
