#!/usr/bin/env bash
# Measures the dev node: mean block time over N blocks and resident memory while idle.
# Uses the node that scripts/test.sh or scripts/dev.sh built. Usage: benchmarks/dev-node.sh [N]
set -euo pipefail
source "$(dirname "$0")/../scripts/env.sh"
blocks="${1:-10}"
[ -x "$node_bin" ] || { echo "build the node first (scripts/dev.sh or scripts/test.sh)" >&2; exit 1; }

base_path="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
"$node_bin" --dev --base-path "$base_path" --rpc-port "$port" --port $((port + 1)) \
	--prometheus-port $((port + 2)) --no-telemetry --no-mdns --no-hardware-benchmarks \
	2>"$base_path/node.log" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$base_path"' EXIT

rpc() {
	curl -s -H 'Content-Type: application/json' \
		-d "{\"id\":1,\"jsonrpc\":\"2.0\",\"method\":\"$1\",\"params\":[${2:-}]}" "http://127.0.0.1:$port"
}
best() { rpc chain_getHeader | jq -r '.result.number // empty' | xargs -r printf '%d\n'; }

deadline=$((SECONDS + 120))
until [ -n "$(best 2>/dev/null)" ]; do
	[ "$SECONDS" -lt "$deadline" ] || { echo "node did not start" >&2; exit 1; }
	sleep 0.2
done

start_block="$(best)"
start_ns="$(date +%s%N)"
target=$((start_block + blocks))
deadline=$((SECONDS + 60 + blocks * 10))
until [ "$(best)" -ge "$target" ]; do
	[ "$SECONDS" -lt "$deadline" ] || { echo "blocks stopped" >&2; exit 1; }
	sleep 0.1
done
elapsed_ms=$((($(date +%s%N) - start_ns) / 1000000))
best_number="$(best)"
finalized="$(rpc chain_getFinalizedHead | jq -r .result)"
finalized_number="$(rpc chain_getHeader "\"$finalized\"" | jq -r .result.number | xargs printf '%d')"
rss_kib="$(ps -o rss= -p "$pid" | tr -d ' ')"

echo "blocks: $blocks in ${elapsed_ms} ms, mean block time $((elapsed_ms / blocks)) ms"
echo "best block $best_number, finalized block $finalized_number"
echo "idle RSS: $((rss_kib / 1024)) MiB"
