//! The SP registry end to end: an SP registers and applies for certification with signed
//! transactions, the certifier (the council) quotes the fee and records benchmarks,
//! and `ProvidersApi` answers over JSON-RPC as a wallet or explorer would read it; after the
//! dev chain's two-minute probation the SP is certified.

mod common;

use common::{
	account, bytes, council, finalize, none, passing_figures, register_sp, revenue_from,
	runtime_api, some, variant_name, wait_for, Client, Node, USDC_UNIT,
};
use std::time::Duration;
use subxt::{
	dynamic::{self, Value},
	ext::scale_value::At,
};
use subxt_signer::sr25519::dev;

const FEE: u128 = 20_000 * USDC_UNIT;
/// `cyberplaza_runtime::genesis::DEV_PROBATION_SECS`.
const PROBATION: u128 = 120;

async fn api(client: &Client, method: &str, args: Vec<Value>) -> Value {
	runtime_api(client, "ProvidersApi", method, args).await
}

/// The first ten of a tier's ranking, all regions.
async fn first_page_of(client: &Client, tier: &str) -> Value {
	let tier = some(Value::unnamed_variant(tier, []));
	api(client, "ranking", vec![tier, none(), Value::u128(0), Value::u128(10)]).await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_sp_goes_from_registration_to_certification_over_rpc() {
	let dir = tempfile::tempdir().expect("a temp dir");
	let node = Node::start(dir.path()).await;
	let client = node.client().await;
	let sp = dev::bob();
	let sp_account = account(&sp);

	// Not registered yet.
	let tier = api(&client, "tier", vec![Value::from_bytes(sp_account)]).await;
	assert_eq!(variant_name(&tier), "None");

	finalize(&client, &register_sp(&client, &sp, account(&dev::charlie()), &sp), &sp).await;
	let profile = api(&client, "profile", vec![Value::from_bytes(sp_account)]).await;
	let profile = profile.at(0).expect("Some(profile)");
	assert_eq!(
		profile.at("bond").and_then(|b| b.as_u128()),
		Some(5_000 * 1_000_000_000_000_000_000)
	);
	assert_eq!(variant_name(profile.at("certification").expect("a state")), "None");
	let tier = api(&client, "tier", vec![Value::from_bytes(sp_account)]).await;
	assert_eq!(variant_name(tier.at(0).expect("Some(tier)")), "Ordinary");

	let apply = dynamic::transaction("Providers", "apply_for_certification", (passing_figures(),));
	finalize(&client, &apply, &sp).await;
	let quote = vec![("provider", Value::from_bytes(sp_account)), ("fee", Value::u128(FEE))];
	council(&client, "Providers", "quote_certification_fee", quote).await;
	let revenue_before = revenue_from(&client, "Certification").await;
	let pay = dynamic::transaction("Providers", "pay_certification_fee", ());
	finalize(&client, &pay, &sp).await;
	assert_eq!(revenue_from(&client, "Certification").await, revenue_before + FEE);

	let record = vec![("provider", Value::from_bytes(sp_account)), ("figures", passing_figures())];
	council(&client, "Providers", "record_benchmark", record).await;

	let tier = api(&client, "tier", vec![Value::from_bytes(sp_account)]).await;
	assert_eq!(variant_name(tier.at(0).expect("Some(tier)")), "Probation");
	let limit = api(&client, "concurrent_order_limit", vec![Value::from_bytes(sp_account)]).await;
	assert_eq!(limit.at(0).and_then(|l| l.as_u128()), Some(10));
	let probation = api(&client, "probation", vec![Value::from_bytes(sp_account)]).await;
	let remaining = probation.at(0).and_then(|p| p.at("remaining")).and_then(|r| r.as_u128());
	// The dev chain's probation: two minutes (`DEV_PROBATION_SECS`).
	assert!(matches!(remaining, Some(r) if r > 60 && r <= PROBATION), "{remaining:?}");

	let probation_page = first_page_of(&client, "Probation").await;
	let first = probation_page.at(0).expect("one ranked SP");
	assert_eq!(bytes(first.at("provider").expect("a provider")), sp_account);
	assert_eq!(first.at("score").and_then(|s| s.as_u128()), Some(6_000));
	let certified_page = first_page_of(&client, "Certified").await;
	assert_eq!(certified_page.at(0), None);

	// Once the probation is over, the SP is certified (a CSP).
	wait_for("certification", Duration::from_secs(3 * PROBATION as u64), || async {
		(common::tier(&client, &sp).await == "Certified").then_some(())
	})
	.await;
}
