//! `cyberplaza-node`: the CyberPlaza collator, built on `polkadot-omni-node-lib`.
//!
//! `--dev` (or `--chain dev`), `--chain local` and `--chain live` build their chain specs from the
//! runtime embedded in this binary and its genesis presets; any other `--chain` is a chain-spec
//! file.

use cyberplaza_runtime::constants::PARACHAIN_ID;
use polkadot_sdk::{
	polkadot_omni_node_lib::{
		chain_spec::{ChainSpec, DiskChainSpecLoader, Extensions, GenericChainSpec, LoadSpec},
		run,
		runtime::DefaultRuntimeResolver,
		CliConfig, RunConfig,
	},
	sc_chain_spec::{ChainType, Properties},
	sc_cli,
	sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET},
};

/// The relay chain a local collator joins (`zombienet/` starts one).
const LOCAL_RELAY_CHAIN: &str = "westend-local";

struct NodeInfo;

impl CliConfig for NodeInfo {
	fn impl_version() -> String {
		env!("CARGO_PKG_VERSION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		format!("{}/issues", env!("CARGO_PKG_REPOSITORY"))
	}

	fn copyright_start_year() -> u16 {
		2026
	}
}

/// Resolves `--chain`: the built-in `dev`, `local` and `live` specs, or a file.
struct ChainSpecs;

impl LoadSpec for ChainSpecs {
	fn load_spec(&self, id: &str) -> Result<Box<dyn ChainSpec>, String> {
		match id {
			"" | "dev" => built_in_spec(
				"CyberPlaza Development",
				"cyberplaza_dev",
				ChainType::Development,
				DEV_RUNTIME_PRESET,
			),
			"local" => built_in_spec(
				"CyberPlaza Local Testnet",
				"cyberplaza_local",
				ChainType::Local,
				LOCAL_TESTNET_RUNTIME_PRESET,
			),
			"live" => built_in_spec(
				"CyberPlaza",
				"cyberplaza",
				ChainType::Live,
				cyberplaza_runtime::genesis::LIVE_PRESET,
			),
			path => DiskChainSpecLoader.load_spec(path),
		}
	}
}

/// A chain spec from the embedded runtime and one of its genesis presets.
fn built_in_spec(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<Box<dyn ChainSpec>, String> {
	let wasm = cyberplaza_runtime::WASM_BINARY
		.ok_or("this binary was built without the runtime's wasm (SKIP_WASM_BUILD was set)")?;
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), "CPT".into());
	properties.insert("tokenDecimals".into(), 18.into());
	properties.insert("ss58Format".into(), 42.into());
	let spec =
		GenericChainSpec::builder(wasm, Extensions::new(LOCAL_RELAY_CHAIN.into(), PARACHAIN_ID))
			.with_name(name)
			.with_id(id)
			.with_chain_type(chain_type)
			.with_genesis_config_preset_name(preset)
			.with_properties(properties)
			.build();
	Ok(Box::new(spec))
}

/// The error is boxed: `sc_cli::Error` is large to move around by value.
fn main() -> Result<(), Box<sc_cli::Error>> {
	let config = RunConfig::new(Box::new(DefaultRuntimeResolver), Box::new(ChainSpecs));
	run::<NodeInfo>(config).map_err(Box::new)
}
