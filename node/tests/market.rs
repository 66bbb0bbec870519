//! The market end to end, over JSON-RPC as users drive it: an SP registers and lists, a buyer
//! quotes and orders (one order, then a batch of 100 as one job), the SP's attestations are
//! signed with its attestation key and relayed by a third account, the buyer confirms, and
//! every balance moves exactly as the quote said. A job failing within five minutes and an
//! order never started are refunded in full; a dispute is opened and decided by the arbiter
//! committee.

mod common;

use common::{
	account, chain_time, cpu_offer_terms, dev_arbiters, finalize, give_cpt, hash, market, motion,
	next_order, none, order_reference, pallet_account, place_order, register_sp, revenue_from,
	runtime_api, some, statement_value, usdc_balance, variant_name, Client, Node, CPT_UNIT,
	USDC_UNIT,
};
use pallet_market::{attestation_payload, Exit, Statement, Usage};
use subxt::{dynamic::Value, ext::scale_value::At};
use subxt_signer::sr25519::{dev, Keypair};

const PRICE: u128 = 2 * USDC_UNIT;
const HOUR: u64 = 3_600;

fn offer_terms(now: u64, max_start_delay: u64) -> Value {
	cpu_offer_terms(now, max_start_delay, PRICE)
}

fn place(offer: u32, quantity: u32) -> impl subxt::tx::Payload {
	place_order(offer, quantity, HOUR, None)
}

/// The SP's statement signed with its attestation key, relayed by `relayer`.
async fn relay(
	client: &Client,
	key: &Keypair,
	order: u64,
	statement: Statement,
	relayer: &Keypair,
) {
	let genesis = client.genesis_hash();
	let reference = order_reference(client, order).await;
	let payload = attestation_payload(&genesis.0, order, &reference.into(), &statement);
	let signature = key.sign(&payload);
	let call = market(
		"attest",
		vec![
			("order", Value::u128(order as u128)),
			("statement", statement_value(&statement)),
			("signature", some(Value::from_bytes(signature.0))),
		],
	);
	finalize(client, &call, relayer).await;
}

fn finished(exit: Exit, core_hours: u64) -> Statement {
	Statement::Finished {
		exit,
		usage: Usage { core_seconds: core_hours * HOUR, accelerator_seconds: 0 },
		downtime: 0,
		result: [7u8; 32].into(),
	}
}

fn order_call(call: &str, order: u64) -> impl subxt::tx::Payload {
	market(call, vec![("order", Value::u128(order as u128))])
}

async fn api(client: &Client, method: &str, args: Vec<Value>) -> Value {
	runtime_api(client, "MarketApi", method, args).await
}

fn field(value: &Value, name: &str) -> u128 {
	value.at(name).and_then(|v| v.as_u128()).unwrap_or_else(|| panic!("{name} in {value:?}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn orders_settle_refund_and_are_disputed_over_rpc() {
	let dir = tempfile::tempdir().expect("a temp dir");
	let node = Node::start(dir.path()).await;
	let client = node.client().await;
	let (sp, buyer, relayer, alice) = (dev::bob(), dev::dave(), dev::eve(), dev::alice());
	let payout = account(&dev::charlie());
	let key = dev::ferdie();
	let escrow = pallet_account(b"cp/escrw");
	assert_eq!(usdc_balance(&client, escrow).await, 10_000, "escrow starts at its floor");
	// Dave's and Eve's genesis CPT is vesting-locked: Alice gives them some to pay fees with.
	give_cpt(&client, &alice, &buyer, 1_000 * CPT_UNIT).await;
	give_cpt(&client, &alice, &relayer, 1_000 * CPT_UNIT).await;
	// Ferdie, an arbiter, pays the fees of the arbiters' motion.
	give_cpt(&client, &alice, &key, 100 * CPT_UNIT).await;

	finalize(&client, &register_sp(&client, &sp, payout, &key), &sp).await;
	let now = chain_time(&client).await;
	// Offer 0 starts within an hour; offer 1 within 6 seconds (for the overdue order).
	finalize(&client, &market("create_offer", vec![("terms", offer_terms(now, HOUR))]), &sp).await;
	finalize(&client, &market("create_offer", vec![("terms", offer_terms(now, 6))]), &sp).await;

	// Quote: 100 core-hours at 2 USDC from an ordinary SP (5% fee).
	let quote = api(
		&client,
		"quote",
		vec![Value::from_bytes(account(&buyer)), Value::u128(0), Value::u128(100)],
	)
	.await;
	let quote = quote.at(0).expect("Ok(quote)");
	assert_eq!(field(quote, "cost"), 200 * USDC_UNIT);
	assert_eq!(field(quote, "escrow"), 240 * USDC_UNIT);
	assert_eq!(field(quote, "fee"), 10 * USDC_UNIT);
	assert_eq!(field(quote, "provider_receives"), 190 * USDC_UNIT);
	let browse = api(
		&client,
		"browse",
		vec![
			Value::named_composite([
				("kind", none()),
				("region", none()),
				("max_price", none()),
				("tier", none()),
			]),
			Value::unnamed_variant("Price", []),
			Value::u128(0),
			Value::u128(10),
		],
	)
	.await;
	assert_eq!(browse.at(1).map(|_| ()), Some(()), "both offers listed: {browse:?}");

	// One order, run to the end and confirmed.
	let start = (
		usdc_balance(&client, account(&buyer)).await,
		usdc_balance(&client, payout).await,
		revenue_from(&client, "MarketFee").await,
	);
	let order = next_order(&client).await;
	finalize(&client, &place(0, 100), &buyer).await;
	assert_eq!(start.0 - usdc_balance(&client, account(&buyer)).await, 240 * USDC_UNIT);
	relay(&client, &key, order, Statement::Started, &relayer).await;
	// Seconds after the start, 192 cores can have run a few core-hours, not the 100 ordered.
	relay(&client, &key, order, finished(Exit::Success, 5), &relayer).await;
	// 10 USDC billed; 230 of the 240 went back at once.
	assert_eq!(start.0 - usdc_balance(&client, account(&buyer)).await, 10 * USDC_UNIT);
	finalize(&client, &order_call("confirm", order), &buyer).await;
	assert_eq!(usdc_balance(&client, payout).await - start.1, 9_500_000);
	assert_eq!(revenue_from(&client, "MarketFee").await - start.2, 500_000);
	assert_eq!(usdc_balance(&client, escrow).await, 10_000);

	// A job failing within five minutes of its start: everything back.
	let before = usdc_balance(&client, account(&buyer)).await;
	let failing = next_order(&client).await;
	finalize(&client, &place(0, 50), &buyer).await;
	relay(&client, &key, failing, Statement::Started, &relayer).await;
	relay(&client, &key, failing, finished(Exit::Failed(1), 1), &relayer).await;
	assert_eq!(usdc_balance(&client, account(&buyer)).await, before);

	// Never started within its 6-second start delay: anyone resolves it, everything back.
	let overdue = next_order(&client).await;
	finalize(&client, &place(1, 10), &buyer).await;
	let placed_at = chain_time(&client).await;
	while chain_time(&client).await <= placed_at + 6 {
		tokio::time::sleep(std::time::Duration::from_secs(1)).await;
	}
	finalize(&client, &order_call("resolve_overdue", overdue), &relayer).await;
	assert_eq!(usdc_balance(&client, account(&buyer)).await, before);

	// A dispute: 10 USDC billed, root awards 3 back; the SP gets 7 less 5%.
	let disputed = next_order(&client).await;
	finalize(&client, &place(0, 50), &buyer).await;
	relay(&client, &key, disputed, Statement::Started, &relayer).await;
	relay(&client, &key, disputed, finished(Exit::Success, 5), &relayer).await;
	let open = market(
		"open_dispute",
		vec![("order", Value::u128(disputed as u128)), ("evidence", hash(9))],
	);
	finalize(&client, &open, &buyer).await;
	let status = api(&client, "order", vec![Value::u128(disputed as u128)]).await;
	assert_eq!(
		variant_name(status.at(0).and_then(|o| o.at("status")).expect("an order")),
		"Disputed"
	);
	let (buyer_before, payout_before) =
		(usdc_balance(&client, account(&buyer)).await, usdc_balance(&client, payout).await);
	// The arbiter committee decides (Eve and Ferdie, neither a party to the order).
	let decision =
		vec![("order", Value::u128(disputed as u128)), ("refund", Value::u128(3 * USDC_UNIT))];
	motion(&client, &dev_arbiters(), "Market", "decide_dispute", decision).await;
	assert_eq!(usdc_balance(&client, account(&buyer)).await - buyer_before, 3 * USDC_UNIT);
	assert_eq!(usdc_balance(&client, payout).await - payout_before, 6_650_000);

	// A batch of 100 orders as one job.
	let before = usdc_balance(&client, account(&buyer)).await;
	let first = next_order(&client).await;
	let requests = (0..100)
		.map(|_| {
			Value::named_composite([
				("offer", Value::u128(0)),
				("quantity", Value::u128(2)),
				("expected_duration", Value::u128(HOUR as u128)),
				("after", none()),
				("voucher", none()),
				("workload", none()),
			])
		})
		.collect::<Vec<_>>();
	finalize(
		&client,
		&market("place_orders", vec![("requests", Value::unnamed_composite(requests))]),
		&buyer,
	)
	.await;
	assert_eq!(before - usdc_balance(&client, account(&buyer)).await, 100 * 2 * PRICE * 12 / 10);
	let job = api(&client, "job", vec![Value::u128(0)]).await;
	let job = job.at(0).expect("Some(job)");
	assert_eq!(field(job.at(0).expect("the job"), "first"), first as u128);
	assert_eq!(field(job.at(0).expect("the job"), "count"), 100);
	let open = api(
		&client,
		"open_orders",
		vec![Value::from_bytes(account(&buyer)), Value::u128(0), Value::u128(100)],
	)
	.await;
	assert_eq!(open.at(99).map(|_| ()), Some(()), "100 open orders");
	// Escrow holds exactly the batch's 480 USDC above its floor.
	assert_eq!(usdc_balance(&client, escrow).await, 10_000 + 480 * USDC_UNIT);
}
