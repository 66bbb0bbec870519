#!/usr/bin/env bash
# veCPT's calls stay flat as lockers grow: `create_lock`, a 52-week `claim` and a referendum
# `vote` measured among 10 to 10,000 other lockers (`cyberplaza-bencher`, runtime built with
# `runtime-benchmarks`). Prints, per number of lockers, the median execution time, storage
# reads and writes, and the time as a multiple of the 10-locker time.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-env.sh
bench_prepare

json="$(mktemp)"
trap 'rm -f "$json" "$json".*' EXIT
for bench in pallet_vote_escrow:create_lock_among pallet_revenue:claim_among \
	pallet_ve_voting:vote_among; do
	bench_json "${bench%%:*}" "${bench##*:}" 4 "${REPEAT:-10}" "$json.${bench%%:*}"
done
jq -s 'add' "$json".pallet_* >"$json"

jq -r '
	def median: sort | .[(length / 2 | floor)];
	def pad($n): tostring | " " * ($n - length) + .;
	"call                 lockers   exec ns   reads  writes   x 10 lockers",
	(.[] | .benchmark as $b
	 | (.db_results | map({key: (.components[0][1] | tostring), value: .}) | from_entries) as $db
	 | (.time_results | group_by(.components[0][1])
	    | map({l: .[0].components[0][1], t: (map(.extrinsic_time) | median),
	           r: $db[.[0].components[0][1] | tostring].reads,
	           w: $db[.[0].components[0][1] | tostring].writes})) as $rows
	 | $rows[] as $row
	 | "\($b | . + " " * (20 - length)) \($row.l | pad(7)) \($row.t | pad(9)) \($row.r | pad(7)) \($row.w | pad(7))   \(($row.t / $rows[0].t * 100 | round) / 100 | pad(12))")
' "$json"
