//! Governance end to end over JSON-RPC, with no sudo on the chain: veCPT holders pass a
//! referendum raising the escrow buffer from 20% to 25% and the next order holds 25%; the council
//! vetoes a second referendum; the emergency committee pauses `place_order` and unpauses it.

mod common;

use common::{
	account, call_data, chain_time, council, cpu_offer_terms, dev_emergency_committee, finalize,
	give_cpt, lock, market, motion, next_order, place_order, refused, register_sp, runtime_api,
	submit, variant_name, wait_for, Client, Node, CPT_UNIT, USDC_UNIT,
};
use std::time::Duration;
use subxt::{
	dynamic::{self, Value},
	ext::scale_value::At,
};
use subxt_signer::sr25519::{dev, Keypair};

/// The dev chain's veCPT week (`cyberplaza_runtime::genesis::DEV_WEEK_SECS`): the discussion
/// period in which votes are refused.
const WEEK: u64 = 60;

/// `Parameters.set_parameter` of the market's escrow buffer, as the call a referendum enacts.
async fn escrow_buffer_call(client: &Client, percent: u128) -> Vec<u8> {
	let parameter = Value::unnamed_variant(
		"Market",
		[Value::unnamed_variant(
			"EscrowBuffer",
			[Value::unnamed_composite([]), Value::unnamed_variant("Some", [Value::u128(percent)])],
		)],
	);
	call_data(client, "Parameters", "set_parameter", vec![("key_value", parameter)]).await
}

/// `proposer` submits `call` on the parameters track, enacted as early as allowed, and places
/// its decision deposit; returns the referendum's index.
async fn submit_on_parameters_track(client: &Client, proposer: &Keypair, call: Vec<u8>) -> u32 {
	let index = common::storage_u128(client, "Referenda", "ReferendumCount").await as u32;
	let origin = Value::unnamed_variant("Origins", [Value::unnamed_variant("ParameterSetter", [])]);
	let submit = dynamic::transaction(
		"Referenda",
		"submit",
		(
			origin,
			Value::unnamed_variant("Inline", [Value::from_bytes(call)]),
			Value::unnamed_variant("After", [Value::u128(0)]),
		),
	);
	finalize(client, &submit, proposer).await;
	let deposit =
		dynamic::transaction("Referenda", "place_decision_deposit", (Value::u128(index as u128),));
	finalize(client, &deposit, proposer).await;
	index
}

/// The state of referendum `index`: `Ongoing`, `Approved`, `Killed` …
async fn referendum_state(client: &Client, index: u32) -> String {
	let at = client.at_current_block().await.expect("the best block is readable");
	let address = dynamic::storage::<(u32,), Value>("Referenda", "ReferendumInfoFor");
	let info = at.storage().try_fetch(address, (index,)).await.expect("referenda are readable");
	let info = info.expect("the referendum exists").decode().expect("decodes");
	variant_name(&info).to_string()
}

/// `VeVoting.vote`, retried while the discussion period refuses it.
async fn vote_once_open(client: &Client, voter: &Keypair, poll: u32, aye: bool) {
	let vote =
		dynamic::transaction("VeVoting", "vote", (Value::u128(poll as u128), Value::bool(aye)));
	wait_for("voting to open", Duration::from_secs(3 * WEEK), || async {
		match submit(client, &vote, voter).await {
			Ok(()) => Some(()),
			Err(e) if e.contains("VotingNotOpen") => None,
			Err(e) => panic!("the vote fails: {e}"),
		}
	})
	.await
}

/// The escrow `MarketApi.quote` asks for 100 units of `offer`.
async fn quoted_escrow(client: &Client, buyer: &Keypair, offer: u32) -> u128 {
	let args =
		vec![Value::from_bytes(account(buyer)), Value::u128(offer as u128), Value::u128(100)];
	let quote = runtime_api(client, "MarketApi", "quote", args).await;
	quote.at(0).and_then(|q| q.at("escrow")).and_then(|e| e.as_u128()).expect("Ok(quote)")
}

/// The escrow an open order holds, by `MarketApi.order`.
async fn order_escrow(client: &Client, order: u64) -> u128 {
	let found = runtime_api(client, "MarketApi", "order", vec![Value::u128(order as u128)]).await;
	found.at(0).and_then(|o| o.at("escrow")).and_then(|e| e.as_u128()).expect("an open order")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_referendum_raises_the_escrow_buffer_the_council_vetoes_another_and_orders_pause() {
	let dir = tempfile::tempdir().expect("a temp dir");
	let node = Node::start(dir.path()).await;
	let client = node.client().await;
	let (alice, bob, dave, eve, ferdie) =
		(dev::alice(), dev::bob(), dev::dave(), dev::eve(), dev::ferdie());

	// Dave sells 2,000 core-hours at 2 USDC; Alice buys.
	give_cpt(&client, &alice, &dave, 6_000 * CPT_UNIT).await;
	finalize(&client, &register_sp(&client, &dave, account(&dave), &dave), &dave).await;
	let offer_terms = cpu_offer_terms(chain_time(&client).await, 3_600, 2 * USDC_UNIT);
	finalize(&client, &market("create_offer", vec![("terms", offer_terms)]), &dave).await;
	assert_eq!(quoted_escrow(&client, &alice, 0).await, 240 * USDC_UNIT, "SPEC's 20%");

	// veCPT: Bob (the proposer) 200,000; Eve and Ferdie 50,000 and 150,000, locked to the same
	// week, so their votes weigh 1:3.
	give_cpt(&client, &alice, &eve, 50_010 * CPT_UNIT).await;
	give_cpt(&client, &alice, &ferdie, 150_010 * CPT_UNIT).await;
	let end = (chain_time(&client).await / WEEK + 100) * WEEK;
	for (who, cpt) in [(&bob, 200_000), (&eve, 50_000), (&ferdie, 150_000)] {
		lock(&client, who, cpt, end).await;
	}

	let raise = escrow_buffer_call(&client, 25).await;
	let first = submit_on_parameters_track(&client, &bob, raise).await;
	let second =
		submit_on_parameters_track(&client, &bob, escrow_buffer_call(&client, 90).await).await;
	// The council (5/9) vetoes the second: killed, its deposits burned.
	council(&client, "Referenda", "kill", vec![("index", Value::u128(second as u128))]).await;
	assert_eq!(referendum_state(&client, second).await, "Killed");

	vote_once_open(&client, &eve, first, false).await;
	vote_once_open(&client, &ferdie, first, true).await;
	let approved = wait_for("the referendum's approval", Duration::from_secs(300), || async {
		(referendum_state(&client, first).await == "Approved").then_some(())
	});
	approved.await;
	// Enacted after the (dev) enactment delay: the next order holds 25%.
	wait_for("the enactment", Duration::from_secs(120), || async {
		(quoted_escrow(&client, &alice, 0).await == 250 * USDC_UNIT).then_some(())
	})
	.await;
	let order = next_order(&client).await;
	finalize(&client, &place_order(0, 100, 7_200, None), &alice).await;
	assert_eq!(order_escrow(&client, order).await, 250 * USDC_UNIT);

	// The emergency committee pauses `place_order` by name, then lifts the pause.
	let name = || {
		Value::unnamed_composite([Value::from_bytes(b"Market"), Value::from_bytes(b"place_order")])
	};
	let committee = dev_emergency_committee();
	give_cpt(&client, &alice, &committee.proposer, 100 * CPT_UNIT).await;
	give_cpt(&client, &alice, &committee.closer, 100 * CPT_UNIT).await;
	motion(&client, &committee, "TxPause", "pause", vec![("full_name", name())]).await;
	let error = refused(&client, &place_order(0, 100, 7_200, None), &alice).await;
	assert!(error.contains("CallFiltered"), "{error}");
	motion(&client, &committee, "TxPause", "unpause", vec![("ident", name())]).await;
	finalize(&client, &place_order(0, 100, 7_200, None), &alice).await;
}
