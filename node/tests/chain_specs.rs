//! The checked-in chain specs are what the node builds from the runtime's presets.
//!
//! The runtime's wasm (`code`) is left out of the comparison: it is rebuilt on every machine and
//! is only byte-identical with the same toolchain and paths. Everything else — names, ids, para
//! id, properties and, in the raw form, every genesis storage entry — must match exactly.
//! `scripts/gen-chain-specs.sh` regenerates the files.

use serde_json::Value;
use std::{path::Path, process::Command};

/// The storage key of the runtime code, `:code`, in a raw spec.
const CODE_KEY: &str = "0x3a636f6465";

fn built_spec(chain: &str, raw: bool) -> Value {
	let mut command = Command::new(env!("CARGO_BIN_EXE_cyberplaza-node"));
	command.args(["build-spec", "--chain", chain, "--disable-default-bootnode"]);
	if raw {
		command.arg("--raw");
	}
	let output = command.output().expect("the node binary runs");
	assert!(
		output.status.success(),
		"build-spec failed: {}",
		String::from_utf8_lossy(&output.stderr)
	);
	serde_json::from_slice(&output.stdout).expect("build-spec prints JSON")
}

fn checked_in_spec(file: &str) -> Value {
	let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../chain-specs").join(file);
	let text = std::fs::read_to_string(&path).expect("the chain spec is checked in");
	serde_json::from_str(&text).expect("the checked-in chain spec is JSON")
}

/// The spec without the runtime's wasm, which must still be present.
fn without_code(mut spec: Value) -> Value {
	let genesis = &mut spec["genesis"];
	let removed = match genesis.get_mut("raw") {
		Some(raw) => raw["top"].as_object_mut().and_then(|top| top.remove(CODE_KEY)),
		None => genesis["runtimeGenesis"].as_object_mut().and_then(|g| g.remove("code")),
	};
	let code = removed.expect("the spec carries the runtime code");
	assert!(code.as_str().is_some_and(|hex| hex.starts_with("0x") && hex.len() > 1_000));
	spec
}

#[test]
fn checked_in_chain_specs_match_the_runtime_presets() {
	for chain in ["dev", "local", "live"] {
		for (raw, file) in [(false, format!("{chain}.json")), (true, format!("{chain}-raw.json"))] {
			assert_eq!(
				without_code(checked_in_spec(&file)),
				without_code(built_spec(chain, raw)),
				"chain-specs/{file} drifted from the runtime: run scripts/gen-chain-specs.sh"
			);
		}
	}
}
