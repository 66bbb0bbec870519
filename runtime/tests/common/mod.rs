//! Test chains built from the runtime's own genesis presets, and signed transactions applied
//! through `Executive` exactly as a block builder applies them.

// Each test crate uses its own subset of the helpers.
#![allow(dead_code)]

use codec::Encode;
use cyberplaza_runtime::{
	configs::AssetKind, transfer_checks::CheckTransfer, Address, Executive, RuntimeCall,
	RuntimeGenesisConfig, System, TxExtension, UncheckedExtrinsic,
};
use polkadot_sdk::{
	frame_metadata_hash_extension::CheckMetadataHash,
	frame_support::genesis_builder_helper::build_state,
	frame_system,
	pallet_asset_conversion_tx_payment::ChargeAssetTxPayment,
	sp_genesis_builder::PresetId,
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring,
	sp_runtime::{generic::Era, generic::SignedPayload, ApplyExtrinsicResult},
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

/// The transaction extensions of a signed transaction, paying fees in `fee_asset` (CPT if
/// `None`).
fn tx_extension(nonce: u32, fee_asset: Option<AssetKind>) -> TxExtension {
	(
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		CheckTransfer,
		ChargeAssetTxPayment::from(0, fee_asset),
		CheckMetadataHash::new(false),
	)
		.into()
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

/// `sp` registers in Europe, paid out to `payout`, attesting with its own sr25519 key.
pub fn register_sp(sp: Sr25519Keyring, payout: Sr25519Keyring) {
	use polkadot_sdk::{frame_support::BoundedVec, sp_core::H256};
	let registered = cyberplaza_runtime::Providers::register(
		cyberplaza_runtime::RuntimeOrigin::signed(sp.to_account_id()),
		payout.to_account_id(),
		sp.public(),
		pallet_providers::Region::Europe,
		pallet_providers::Metadata {
			company_documents: H256::repeat_byte(1),
			infrastructure: H256::repeat_byte(2),
			certificates: BoundedVec::new(),
		},
	);
	assert_eq!(registered, Ok(()));
}
