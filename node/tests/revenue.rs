//! veCPT and the revenue split end to end on the dev chain (one-minute weeks), over JSON-RPC:
//! Alice and Bob lock CPT, a week begins, Eve subscribes to Pro (200 USDC of revenue), the
//! node's feeders price CPT at 0.1 USD from a local price server, the buy-back swaps its 20%
//! for CPT on the chain's pool a slice a block and burns it (total issuance falls by exactly
//! the CPT bought), the week ends, and Alice and Bob claim its 30% in the ratio of
//! their weights at the week's start.

mod common;

use common::{
	account, chain_time, finalize, give_cpt, lock, runtime_api, storage_u128, usdc_balance, Client,
	Node, CPT_UNIT, USDC_UNIT,
};
use cyberplaza_offchain_http::{Reply, Server};
use std::time::Duration;
use subxt::{
	dynamic::{self, Value},
	ext::scale_value::At,
};
use subxt_signer::sr25519::{dev, Keypair};

/// The dev chain's week (`cyberplaza_runtime::genesis::DEV_WEEK_SECS`).
const WEEK: u64 = 60;

async fn weight(client: &Client, who: &Keypair) -> u128 {
	let args = vec![Value::from_bytes(account(who))];
	runtime_api(client, "VoteEscrowApi", "weight", args).await.as_u128().expect("a weight")
}

/// `(amount, from week, to week)` `who` can claim.
async fn pending(client: &Client, who: &Keypair) -> (u128, u128, u128) {
	let args = vec![Value::from_bytes(account(who))];
	let value = runtime_api(client, "RevenueApi", "pending_rewards", args).await;
	let field = |i: usize| value.at(i).and_then(|v| v.as_u128()).expect("a number");
	(field(0), field(1), field(2))
}

/// `(pending USDC, (USDC spent, CPT burned))` of the buy-back.
async fn buy_back(client: &Client) -> (u128, u128, u128) {
	let value = runtime_api(client, "RevenueApi", "buy_back", vec![]).await;
	let number = |v: Option<&Value>| v.and_then(|v| v.as_u128()).expect("a number");
	(number(value.at(0)), number(value.at(1).at(0)), number(value.at(1).at(1)))
}

async fn wait_until_time(client: &Client, time: u64) {
	common::wait_for("the chain's clock", Duration::from_secs(4 * WEEK), || async {
		(chain_time(client).await >= time).then_some(())
	})
	.await;
}

#[tokio::test(flavor = "multi_thread")]
async fn lock_pay_buy_back_burn_and_claim() {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let node = Node::start(dir.path()).await;
	let client = node.client().await;
	let (alice, bob, eve) = (dev::alice(), dev::bob(), dev::eve());
	give_cpt(&client, &alice, &eve, 10 * CPT_UNIT).await;

	// Both locks end at the same week boundary, so their weights stay 1:3.
	let end = (chain_time(&client).await / WEEK + 10) * WEEK;
	lock(&client, &alice, 1_000, end).await;
	lock(&client, &bob, 3_000, end).await;
	let (alice_weight, bob_weight) = (weight(&client, &alice).await, weight(&client, &bob).await);
	assert!(alice_weight > 0 && bob_weight > 2 * alice_weight);
	let total = runtime_api(&client, "VoteEscrowApi", "total", vec![]).await.as_u128();
	assert!(total.is_some_and(|t| t > 0));

	// A new week begins with both locks in it; Eve pays for a month of Pro.
	let week_start = (chain_time(&client).await / WEEK + 1) * WEEK;
	wait_until_time(&client, week_start).await;
	let issuance = storage_u128(&client, "Balances", "TotalIssuance").await;
	let eve_usdc = usdc_balance(&client, account(&eve)).await;
	let subscribe = dynamic::transaction(
		"Subscriptions",
		"subscribe",
		(Value::unnamed_variant("Pro", []), Value::u128(1), Value::u128(200 * USDC_UNIT)),
	);
	finalize(&client, &subscribe, &eve).await;
	assert_eq!(eve_usdc - usdc_balance(&client, account(&eve)).await, 200 * USDC_UNIT);
	let status =
		runtime_api(&client, "SubscriptionsApi", "status", vec![Value::from_bytes(account(&eve))])
			.await;
	// 3% (`Permill` parts per million).
	assert_eq!(status.at("cashback").at(0).and_then(|c| c.as_u128()), Some(30_000));

	// The buy-back buys at the oracle's CPT/USD: the node's feeders read it from a price
	// server, at the dev pool's 0.1 USD. (Alice, Bob and Eve are feeders too: they feed only
	// while none of them transacts, so that their nonces never race.)
	let server = Server::start(|_| Reply::Json(200, r#"{"cpt":{"usd":"0.1"}}"#.into()));
	let url = server.url();
	node.feed_prices(&format!(r#"[{{"key":"CPT/USD","url":"{url}/","pointer":"/cpt/usd"}}]"#))
		.await;
	// From the next payout on, the buy-back spends its 40 USDC on the pool, 10 USDC a block
	// (the minimum), and burns the CPT.
	let (_, spent, burned) = common::wait_for("the buy-back", Duration::from_secs(180), || async {
		let state = buy_back(&client).await;
		(state.0 == 0 && state.1 > 0).then_some(state)
	})
	.await;
	assert_eq!(spent, 40 * USDC_UNIT);
	node.feed_prices("[]").await;
	// The dev pool prices CPT at 0.1 USDC: about 400 CPT, less the fee and price impact.
	assert!(burned > 395 * CPT_UNIT && burned < 400 * CPT_UNIT, "{burned}");
	assert_eq!(issuance - storage_u128(&client, "Balances", "TotalIssuance").await, burned);

	// Once the week has ended, its 60 USDC is shared 1:3 (to the weights' rounding).
	let (alice_due, _, _) =
		common::wait_for("the week to close", Duration::from_secs(3 * WEEK), || async {
			let due = pending(&client, &alice).await;
			(due.0 > 0).then_some(due)
		})
		.await;
	let claim = dynamic::transaction("Revenue", "claim", ());
	let alice_usdc = usdc_balance(&client, account(&alice)).await;
	finalize(&client, &claim, &alice).await;
	let alice_paid = usdc_balance(&client, account(&alice)).await - alice_usdc;
	assert_eq!(alice_paid, alice_due);
	let bob_usdc = usdc_balance(&client, account(&bob)).await;
	finalize(&client, &claim, &bob).await;
	let bob_paid = usdc_balance(&client, account(&bob)).await - bob_usdc;
	assert!(alice_paid.abs_diff(15 * USDC_UNIT) <= 1, "{alice_paid}");
	assert!(bob_paid.abs_diff(45 * USDC_UNIT) <= 1, "{bob_paid}");
	assert!(alice_paid + bob_paid <= 60 * USDC_UNIT, "claims never exceed the week's rewards");
	assert_eq!(pending(&client, &alice).await.0, 0);
	node.stop();
}
