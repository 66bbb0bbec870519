//! The dev chain end to end: signed CPT and USDC transfers over JSON-RPC, bad input rejected
//! with specific errors, state surviving SIGKILL, and a clean shutdown.

mod common;

use common::{account, finalize, usdc_balance, wait_for, Client, Node, FINALIZED_DEADLINE, USDC};
use subxt::{
	dynamic::{self, Value},
	ext::scale_value::At,
	rpcs::{rpc_params, Error as RpcError},
	tx::DefaultParams,
};
use subxt_signer::sr25519::{dev, Keypair};

const CPT_UNIT: u128 = 1_000_000_000_000_000_000;
const USDC_UNIT: u128 = 1_000_000;
async fn cpt_balance(client: &Client, who: [u8; 32]) -> u128 {
	let at = client.at_current_block().await.expect("the best block is readable");
	let address = dynamic::storage::<([u8; 32],), Value>("System", "Account");
	let info = at.storage().fetch(address, (who,)).await.expect("System.Account is readable");
	let info = info.decode().expect("System.Account decodes");
	info.at("data")
		.at("free")
		.and_then(|free| free.as_u128())
		.expect("an account has a free balance")
}

async fn nonce(client: &Client, who: [u8; 32]) -> u64 {
	let at = client.at_current_block().await.expect("the best block is readable");
	let call = dynamic::runtime_api_call::<_, u32>("AccountNonceApi", "account_nonce", (who,));
	at.runtime_apis().call(call).await.expect("the nonce is readable").into()
}

fn cpt_transfer(to: &Keypair, amount: u128) -> impl subxt::tx::Payload {
	dynamic::transaction(
		"Balances",
		"transfer_keep_alive",
		(to.public_key().to_address::<()>(), amount),
	)
}

fn usdc_transfer(to: &Keypair, amount: u128) -> impl subxt::tx::Payload {
	dynamic::transaction("Assets", "transfer", (USDC, to.public_key().to_address::<()>(), amount))
}

/// Signs `payload` and submits it; returns the JSON-RPC error object if the node refuses it.
async fn submit(
	node: &Node,
	client: &Client,
	payload: &impl subxt::tx::Payload,
	signer: &Keypair,
) -> Result<String, (i32, String)> {
	let at = client.at_current_block().await.expect("the best block is readable");
	let signed = at
		.transactions()
		.create_signed(payload, signer, DefaultParams::default_params())
		.await
		.expect("the transaction can be signed");
	submit_raw(node, signed.encoded()).await
}

async fn submit_raw(node: &Node, bytes: &[u8]) -> Result<String, (i32, String)> {
	let hex = format!("0x{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>());
	match node.rpc().await.request::<String>("author_submitExtrinsic", rpc_params![hex]).await {
		Ok(hash) => Ok(hash),
		Err(RpcError::User(error)) => Err((
			error.code,
			format!(
				"{}: {}",
				error.message,
				error.data.map(|data| data.get().to_owned()).unwrap_or_default()
			),
		)),
		Err(other) => panic!("unexpected RPC failure: {other}"),
	}
}

async fn best_block(client: &Client) -> (u64, subxt::utils::H256) {
	let at = client.at_current_block().await.expect("the best block is readable");
	(at.block_number(), at.block_hash())
}

#[tokio::test(flavor = "multi_thread")]
async fn dev_chain_transfers_survive_a_crash_and_shut_down_cleanly() {
	let base_path = tempfile::tempdir().expect("a temporary directory");
	let node = Node::start(base_path.path()).await;
	let client = node.client().await;
	let (alice, dave) = (dev::alice(), dev::dave());

	// What an integrator sees first: CPT's properties, metadata v16 with docs.
	let properties: serde_json::Value =
		node.rpc().await.request("system_properties", rpc_params![]).await.expect("properties");
	assert_eq!(properties["tokenSymbol"], "CPT");
	assert_eq!(properties["tokenDecimals"], 18);
	let at = client.at_current_block().await.expect("the best block is readable");
	let versions = dynamic::runtime_api_call::<_, Vec<u32>>("Metadata", "metadata_versions", ());
	let versions = at.runtime_apis().call(versions).await.expect("metadata versions");
	assert!(versions.contains(&16), "metadata versions {versions:?}");
	let metadata = at.metadata();
	let transfer = metadata
		.pallet_by_name("Balances")
		.and_then(|pallet| pallet.call_variant_by_name("transfer_keep_alive"))
		.expect("Balances.transfer_keep_alive is in the metadata");
	assert!(!transfer.docs.is_empty(), "calls carry their docs");

	// A CPT and a USDC transfer, each waited on until finalized.
	let cpt_before = cpt_balance(&client, account(&dave)).await;
	let usdc_before = usdc_balance(&client, account(&dave)).await;
	finalize(&client, &cpt_transfer(&dave, 25 * CPT_UNIT), &alice).await;
	finalize(&client, &usdc_transfer(&dave, 40 * USDC_UNIT), &alice).await;
	let cpt_after = cpt_balance(&client, account(&dave)).await;
	let usdc_after = usdc_balance(&client, account(&dave)).await;
	assert_eq!(cpt_after, cpt_before + 25 * CPT_UNIT);
	assert_eq!(usdc_after, usdc_before + 40 * USDC_UNIT);

	// Bad input: refused with its own error, and nothing changes. Bob sends: Alice collates, so
	// her balance moves with every block she authors.
	let bob = dev::bob();
	let bob_state = |client: Client| async move {
		let who = account(&dev::bob());
		(
			nonce(&client, who).await,
			cpt_balance(&client, who).await,
			usdc_balance(&client, who).await,
		)
	};
	let before = bob_state(client.clone()).await;
	let garbage = submit_raw(&node, &[0xde, 0xad, 0xbe, 0xef]).await;
	assert!(
		matches!(&garbage, Err((1040, message)) if message.contains("Could not decode")),
		"{garbage:?}"
	);
	let to_self = submit(&node, &client, &cpt_transfer(&bob, CPT_UNIT), &bob).await;
	assert_eq!(to_self, Err((1010, "Invalid Transaction: \"Custom error: 1\"".into())));
	let too_much = submit(&node, &client, &usdc_transfer(&dave, before.2 + 1), &bob).await;
	assert_eq!(too_much, Err((1010, "Invalid Transaction: \"Custom error: 2\"".into())));
	// Blocks keep coming; the refused transactions never enter one.
	let (number, _) = best_block(&client).await;
	wait_for("two more blocks", FINALIZED_DEADLINE, || {
		let client = client.clone();
		async move { (best_block(&client).await.0 >= number + 2).then_some(()) }
	})
	.await;
	assert_eq!(bob_state(client.clone()).await, before);

	// SIGKILL, then restart on the same base path: blocks and balances are still there.
	let (number, hash) = best_block(&client).await;
	drop(client);
	node.kill();
	let node = Node::start(base_path.path()).await;
	let client = node.client().await;
	let rpc = node.rpc().await;
	let kept: Option<subxt::utils::H256> = rpc
		.request("chain_getBlockHash", rpc_params![number])
		.await
		.expect("chain_getBlockHash answers");
	assert_eq!(kept, Some(hash), "block {number} survived the crash");
	assert!(best_block(&client).await.0 >= number);
	assert_eq!(cpt_balance(&client, account(&dave)).await, cpt_after);
	assert_eq!(usdc_balance(&client, account(&dave)).await, usdc_after);

	// A clean shutdown on SIGINT.
	drop(client);
	let status = node.stop();
	assert!(status.success(), "the node exited with {status}");
}
