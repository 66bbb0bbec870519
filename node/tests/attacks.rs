//! The market's own users attacking it, end to end over JSON-RPC on the dev node, and failing:
//! an SP farming reviews and referrals with a sock-puppet buyer through 1-micro-USDC orders,
//! and another SP's buyer pinning a victim SP with an order that waits on a predecessor that
//! never completes.

mod common;

use common::{
	account, chain_time, constant_u128, cpu_offer_terms, finalize, give_cpt, market, next_order,
	none, offer_terms, place_order, refused, register_sp, runtime_api, statement_value, usdc_held,
	Client, Node, CPT_UNIT,
};
use pallet_market::{Exit, Statement, Usage};
use subxt::{
	dynamic::{self, Value},
	ext::scale_value::At,
};
use subxt_signer::sr25519::{dev, Keypair};

const HOUR: u64 = 3_600;
const YEAR: u64 = 365 * 24 * HOUR;

fn on_order(call: &str, order: u64) -> impl subxt::tx::Payload {
	market(call, vec![("order", Value::u128(order as u128))])
}

/// The SP attests `statement` itself, without a key signature.
fn attest(order: u64, statement: Statement) -> impl subxt::tx::Payload {
	market(
		"attest",
		vec![
			("order", Value::u128(order as u128)),
			("statement", statement_value(&statement)),
			("signature", none()),
		],
	)
}

fn done() -> Statement {
	Statement::Finished {
		exit: Exit::Success,
		usage: Usage::default(),
		downtime: 0,
		result: [1u8; 32].into(),
	}
}

fn rate(order: u64) -> impl subxt::tx::Payload {
	market(
		"rate",
		vec![
			("order", Value::u128(order as u128)),
			("rating", Value::u128(5)),
			("review", Value::from_bytes([9u8; 32])),
		],
	)
}

fn set_referrer(referrer: &Keypair) -> impl subxt::tx::Payload {
	dynamic::transaction("Incentives", "set_referrer", (Value::from_bytes(account(referrer)),))
}

/// `who`'s count of ratings in its reputation.
async fn ratings(client: &Client, who: &Keypair) -> u128 {
	let profile =
		runtime_api(client, "ProvidersApi", "profile", vec![Value::from_bytes(account(who))]).await;
	profile
		.at(0)
		.and_then(|p| p.at("reputation"))
		.and_then(|r| r.at("ratings"))
		.and_then(|n| n.as_u128())
		.expect("a registered SP's reputation")
}

/// Whether the incentives have seen a settlement of `who`'s (as buyer or SP): their reward
/// hook ran on it.
async fn has_settled(client: &Client, who: &Keypair) -> bool {
	let at = client.at_current_block().await.expect("the best block is readable");
	let address = dynamic::storage::<([u8; 32],), Value>("Incentives", "HasSettled");
	let key = (account(who),);
	at.storage().try_fetch(address, key).await.expect("Incentives.HasSettled is readable").is_some()
}

/// Whether `who` has earned anything in the incentives' open month.
async fn earns_this_month(client: &Client, who: &Keypair) -> bool {
	let at = client.at_current_block().await.expect("the best block is readable");
	let address = dynamic::storage::<(Value, [u8; 32]), Value>("Incentives", "Earnings");
	let key = (Value::unnamed_variant("Month", []), account(who));
	at.storage().try_fetch(address, key).await.expect("Incentives.Earnings is readable").is_some()
}

#[tokio::test(flavor = "multi_thread")]
async fn review_farming_and_pinned_dependents_fail_over_rpc() {
	let dir = tempfile::tempdir().expect("a temp dir");
	let node = Node::start(dir.path()).await;
	let client = node.client().await;
	let (alice, bob, dave) = (dev::alice(), dev::bob(), dev::dave());
	// Dave's genesis CPT vests: Alice gives him some to pay fees with.
	give_cpt(&client, &alice, &dave, 1_000 * CPT_UNIT).await;
	finalize(&client, &register_sp(&client, &bob, account(&dev::charlie()), &bob), &bob).await;
	let now = chain_time(&client).await;

	// Review and referral farming: Bob's sock puppet Dave buys 1-micro-USDC services from him.
	let cheap = 0;
	finalize(
		&client,
		&market("create_offer", vec![("terms", offer_terms("Service", now, HOUR, 1, none()))]),
		&bob,
	)
	.await;
	let offer_deposit = constant_u128(&client, "Market", "OfferDeposit").await;
	let order_deposit = constant_u128(&client, "Market", "OrderDeposit").await;
	assert_eq!(usdc_held(&client, account(&bob)).await, offer_deposit, "Bob's offer's deposit");
	finalize(&client, &set_referrer(&bob), &dave).await;
	let mutual = refused(&client, &set_referrer(&dave), &bob).await;
	assert!(mutual.contains("Incentives::MutualReferral"), "{mutual}");
	for buyer in [&dave, &bob] {
		let order = next_order(&client).await;
		finalize(&client, &place_order(cheap, 1, HOUR, None), buyer).await;
		finalize(&client, &attest(order, Statement::Started), &bob).await;
		finalize(&client, &attest(order, done()), &bob).await;
		let error = refused(&client, &rate(order), buyer).await;
		// Bob rating himself is self-dealing; Dave's order is too cheap to rate.
		let expected = if account(buyer) == account(&bob) {
			"Market::SelfRating"
		} else {
			"Market::CostTooLowToRate"
		};
		assert!(error.contains(expected), "{error}");
		finalize(&client, &on_order("confirm", order), buyer).await;
	}
	assert_eq!(ratings(&client, &bob).await, 0, "no rating reached Bob's reputation");
	assert_eq!(usdc_held(&client, account(&dave)).await, 0, "settled orders' deposits returned");
	// The reward hook ran on these settlements and credited neither side.
	assert!(has_settled(&client, &dave).await && has_settled(&client, &bob).await);
	assert!(!earns_this_month(&client, &dave).await, "Dave earned no review or referral reward");
	assert!(!earns_this_month(&client, &bob).await, "Bob earned no referral reward");

	// Pinning: Alice, as another SP, starts her buyer's order expected to run a year and never
	// finishes it; the buyer's next order, at Bob, waits on it.
	finalize(&client, &register_sp(&client, &alice, account(&alice), &alice), &alice).await;
	let bait_offer = 1;
	finalize(
		&client,
		&market("create_offer", vec![("terms", cpu_offer_terms(now, HOUR, 1))]),
		&alice,
	)
	.await;
	let bait = next_order(&client).await;
	finalize(&client, &place_order(bait_offer, 1, YEAR, None), &dave).await;
	finalize(&client, &attest(bait, Statement::Started), &alice).await;
	let pinned = next_order(&client).await;
	finalize(&client, &place_order(cheap, 1, HOUR, Some(bait)), &dave).await;
	assert_eq!(usdc_held(&client, account(&dave)).await, 2 * order_deposit);
	let error = refused(&client, &attest(pinned, Statement::Started), &bob).await;
	assert!(error.contains("Market::PredecessorPending"), "{error}");
	let error = refused(&client, &on_order("resolve_overdue", pinned), &alice).await;
	assert!(error.contains("Market::NotOverdue"), "{error}");
	let deregister = dynamic::transaction("Providers", "deregister", ());
	let error = refused(&client, &deregister, &bob).await;
	assert!(error.contains("Providers::HasOpenOrders"), "{error}");
	// Bob's way out: he rejects it, and the bond he could not get back is his again.
	finalize(&client, &on_order("reject_order", pinned), &bob).await;
	let order = runtime_api(&client, "MarketApi", "order", vec![Value::u128(pinned as u128)]).await;
	assert!(order.at(0).is_none(), "the rejected order is gone: {order:?}");
	assert_eq!(usdc_held(&client, account(&dave)).await, order_deposit, "and its deposit");
	finalize(&client, &deregister, &bob).await;
	let tier =
		runtime_api(&client, "ProvidersApi", "tier", vec![Value::from_bytes(account(&bob))]).await;
	assert!(tier.at(0).is_none(), "Bob left the registry: {tier:?}");
}
