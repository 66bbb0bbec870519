#!/usr/bin/env bash
# Writes chain-specs/{dev,local,live}.json and their raw forms from the node's built-in specs (the
# runtime's genesis presets). `node/tests/chain_specs.rs` fails when the checked-in files drift.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$repo_root"
# The same cargo invocation as scripts/test.sh (without running the tests): one set of features,
# so the tests and this script share one build of the node.
cargo test --release --locked --workspace --no-run
for chain in dev local live; do
	"$node_bin" build-spec --chain "$chain" --disable-default-bootnode 2>/dev/null >"chain-specs/$chain.json"
	"$node_bin" build-spec --chain "$chain" --disable-default-bootnode --raw 2>/dev/null >"chain-specs/$chain-raw.json"
done
ls -l chain-specs
