//! Test chains built from the runtime's own genesis presets, and signed transactions applied
//! through `Executive` exactly as a block builder applies them.

// Each test crate uses its own subset of the helpers.
#![allow(dead_code)]

use codec::Encode;
use cyberplaza_runtime::{
	configs::{tx_extension, AssetKind},
	Address, Executive, RuntimeCall, RuntimeGenesisConfig, System, UncheckedExtrinsic,
};
use polkadot_sdk::{
	frame_support::genesis_builder_helper::build_state,
	sp_genesis_builder::PresetId,
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring,
	sp_runtime::{generic::SignedPayload, ApplyExtrinsicResult},
};

/// Applies a genesis-preset patch to a full config, as the node's chain-spec builder does.
fn merge(config: &mut serde_json::Value, patch: serde_json::Value) {
	match (config, patch) {
		(serde_json::Value::Object(config), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(config.entry(key).or_insert(serde_json::Value::Null), value);
			}
		}
		(config, patch) => *config = patch,
	}
}

/// A chain in the state the named genesis preset gives it, at block 1.
pub fn chain(preset: &str) -> TestExternalities {
	let patch = cyberplaza_runtime::genesis::preset(&PresetId::from(preset))
		.expect("the runtime offers this preset");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default())
		.expect("the default genesis config serializes");
	merge(&mut config, serde_json::from_slice(&patch).expect("the preset is JSON"));
	let config = serde_json::to_vec(&config).expect("the merged config serializes");
	let mut ext = TestExternalities::new_empty();
	ext.execute_with(|| {
		build_state::<RuntimeGenesisConfig>(config).expect("the preset builds a genesis state");
		System::initialize(&1, &Default::default(), &Default::default());
	});
	ext
}

/// The `development` chain.
pub fn dev_chain() -> TestExternalities {
	chain(polkadot_sdk::sp_genesis_builder::DEV_RUNTIME_PRESET)
}

/// Signs `call` as `signer` with its next nonce and applies it to the current block.
pub fn apply_signed(
	signer: Sr25519Keyring,
	call: RuntimeCall,
	fee_asset: Option<AssetKind>,
) -> ApplyExtrinsicResult {
	let who = signer.to_account_id();
	let extension = tx_extension(System::account_nonce(&who), fee_asset);
	let payload = SignedPayload::new(call.clone(), extension.clone())
		.expect("the extensions' implicit data is available");
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	let extrinsic: UncheckedExtrinsic =
		UncheckedExtrinsic::new_signed(call, Address::Id(who), signature.into(), extension);
	Executive::apply_extrinsic(extrinsic)
}

/// `key`'s proof that `who` holds it, for `Providers.register`.
pub fn key_proof(
	key: Sr25519Keyring,
	who: Sr25519Keyring,
) -> polkadot_sdk::sp_core::sr25519::Signature {
	let genesis = cyberplaza_runtime::System::block_hash(0);
	key.sign(&pallet_providers::key_ownership_payload(&genesis, &who.to_account_id()))
}

/// `sp` registers in Europe, paid out to `payout`, attesting with its own sr25519 key.
pub fn register_sp(sp: Sr25519Keyring, payout: Sr25519Keyring) {
	use polkadot_sdk::{frame_support::BoundedVec, sp_core::H256};
	let registered = cyberplaza_runtime::Providers::register(
		cyberplaza_runtime::RuntimeOrigin::signed(sp.to_account_id()),
		payout.to_account_id(),
		sp.public(),
		key_proof(sp, sp),
		cyberplaza_primitives::Region::Europe,
		pallet_providers::Metadata {
			company_documents: H256::repeat_byte(1),
			infrastructure: H256::repeat_byte(2),
			certificates: BoundedVec::new(),
		},
	);
	assert_eq!(registered, Ok(()));
}

/// `feeder` feeds CPT/USD at `value` (a decimal), paying its fee in USDC as feeder nodes do.
pub fn feed_cpt_usd(feeder: Sr25519Keyring, value: &str) -> Result<(), String> {
	use cyberplaza_runtime::constants::assets::USDC_ASSET_ID;
	use pallet_price_oracle::{combine::parse_decimal, PriceKey};
	let price = parse_decimal(value).expect("a decimal");
	let values =
		polkadot_sdk::frame_support::BoundedVec::truncate_from(vec![(PriceKey::CptUsd, price)]);
	let call = RuntimeCall::Oracle(polkadot_sdk::pallet_oracle::Call::feed_values { values });
	match apply_signed(feeder, call, Some(AssetKind::WithId(USDC_ASSET_ID))) {
		Ok(Ok(())) => Ok(()),
		other => Err(format!("{other:?}")),
	}
}
