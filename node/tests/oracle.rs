//! The price oracle end to end: a dev node holding the eight dev feeders' keys (inserted over
//! RPC, as feeder operators do) and a list of HTTP JSON sources (a local price server, one
//! source broken) feeds CPT/USD, USDC/USD and a cloud instance price through its off-chain
//! worker; the combined prices appear on chain, USDC below its peg raises the alert, and a
//! buyer's quote shows the cloud reference price and how far below it the offer is.

mod common;

use common::{
	account, chain_time, finalize, market, offer_terms, register_sp, runtime_api, some, wait_for,
	Node, USDC_UNIT,
};
use cyberplaza_offchain_http::{Received, Reply, Server};
use std::time::Duration;
use subxt::{
	dynamic::{self, Value},
	ext::scale_value::At,
};
use subxt_signer::sr25519::dev;

fn prices(r: &Received) -> Reply {
	match r.path.as_str() {
		"/tokens" => Reply::Json(200, r#"{"cpt":{"usd":"0.125"},"usdc":{"usd":0.99}}"#.into()),
		"/cloud" => Reply::Json(200, r#"{"aws":{"us-east-1":{"p4d.24xlarge":32.77}}}"#.into()),
		_ => Reply::Json(500, r#"{"error":"down"}"#.into()),
	}
}

fn aws_key() -> Value {
	Value::unnamed_variant(
		"Cloud",
		[Value::named_composite([
			("provider", Value::from_bytes(b"aws")),
			("region", Value::from_bytes(b"us-east-1")),
			("instance", Value::from_bytes(b"p4d.24xlarge")),
		])],
	)
}

/// `Oracle.Values` of `key`: the combined value's inner `FixedU128`.
async fn oracle_value(client: &common::Client, key: Value) -> Option<u128> {
	let at = client.at_current_block().await.ok()?;
	let address = dynamic::storage::<(Value,), Value>("Oracle", "Values");
	let entry = at.storage().try_fetch(address, (key,)).await.ok()??;
	entry.decode().ok()?.at("value").and_then(number)
}

/// A number, through newtype wrappers (`FixedU128`, `Permill`).
fn number(value: &Value) -> Option<u128> {
	value.as_u128().or_else(|| value.at(0).and_then(number))
}

const FIXED: u128 = 1_000_000_000_000_000_000;

#[tokio::test(flavor = "multi_thread")]
async fn feeders_feed_prices_and_quotes_show_the_cloud_reference() {
	let server = Server::start(prices);
	let dir = tempfile::tempdir().expect("a temp dir");
	let node = Node::start(dir.path()).await;
	let client = node.client().await;
	let url = server.url();
	node.feed_prices(&format!(
		r#"[{{"key":"CPT/USD","url":"{url}/broken","pointer":"/cpt/usd"}},
		    {{"key":"CPT/USD","url":"{url}/tokens","pointer":"/cpt/usd"}},
		    {{"key":"USDC/USD","url":"{url}/tokens","pointer":"/usdc/usd"}},
		    {{"key":"aws/us-east-1/p4d.24xlarge","url":"{url}/cloud","pointer":"/aws/us-east-1/p4d.24xlarge"}}]"#
	))
	.await;

	// Feeders feed every ten blocks (30 s on the dev chain); all eight agree.
	let cpt = wait_for("CPT/USD on chain", Duration::from_secs(150), || async {
		oracle_value(&client, Value::unnamed_variant("CptUsd", [])).await
	})
	.await;
	assert_eq!(cpt, FIXED / 8, "0.125 USD");
	let aws = oracle_value(&client, aws_key()).await.expect("the instance's price");
	assert_eq!(aws, 32_770_000_000_000_000_000);
	let usdc = oracle_value(&client, Value::unnamed_variant("UsdcUsd", [])).await;
	assert_eq!(usdc, Some(99 * FIXED / 100));
	let at = client.at_current_block().await.expect("best block");
	let off_peg = at
		.storage()
		.try_fetch(dynamic::storage::<(), Value>("PriceOracle", "UsdcOffPeg"), ())
		.await
		.expect("readable")
		.map(|v| v.decode().expect("decodes"));
	assert_eq!(off_peg.and_then(|v| v.as_bool()), Some(true), "USDC at 0.99 raised the alert");
	assert!(server.received().iter().any(|r| r.path == "/broken"), "the broken source was tried");

	// Bob lists GPU-hours referencing the instance (8 GPUs: 8 GPU-hours an instance-hour).
	let sp = dev::bob();
	finalize(&client, &register_sp(&client, &sp, account(&dev::charlie()), &dev::ferdie()), &sp)
		.await;
	let now = chain_time(&client).await;
	let reference = Value::named_composite([
		(
			"sku",
			Value::named_composite([
				("provider", Value::from_bytes(b"aws")),
				("region", Value::from_bytes(b"us-east-1")),
				("instance", Value::from_bytes(b"p4d.24xlarge")),
			]),
		),
		("units", Value::u128(8)),
	]);
	let terms = offer_terms("GpuHour", now, 3_600, 2 * USDC_UNIT, some(reference));
	finalize(&client, &market("create_offer", vec![("terms", terms)]), &sp).await;
	let quote = runtime_api(
		&client,
		"MarketApi",
		"quote",
		vec![Value::from_bytes(account(&dev::dave())), Value::u128(0), Value::u128(80)],
	)
	.await;
	let quote = quote.at(0).expect("Ok(quote)");
	// `Some(…)` of a number.
	let field = |name: &str| quote.at(name).and_then(|v| v.at(0)).and_then(number);
	// 80 GPU-hours at 2 USDC = 160; the reference: 10 instance-hours at 32.77 USD = 327.70 USD,
	// 331.01 USDC at 0.99 USD per USDC; 51.66% below it.
	assert_eq!(quote.at("cost").and_then(|c| c.as_u128()), Some(160 * USDC_UNIT));
	assert_eq!(field("reference_cost"), Some(331_010_101));
	assert_eq!(field("below_reference"), Some(516_631));
}
