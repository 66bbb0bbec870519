//! The USDC pool and group buys end to end on the dev chain (two-minute probation, 30-second
//! withdrawal-throttle periods), over JSON-RPC: Bob becomes a CSP with a GPU offer, Charlie and
//! Dave deposit USDC for rUSDC, one campaign fills (the pool advances its procurement) and one
//! fails; Eve and Ferdie get vouchers at the tier price, Ferdie's commitment to the failed one
//! comes back in full; the pool earns its margin, Dave withdraws more than he deposited, and
//! Charlie's queued withdrawal is served as the throttle allows. New rUSDC cannot be withdrawn
//! within the holding period (15 seconds on the dev chain). A withdrawal the queue cannot
//! pay (its account emptied, the amount below USDC's minimum) stops nobody behind it. And a
//! supplier that tries to pause its offer after its campaigns' deadline cannot, and the one
//! campaign whose vouchers could not be delivered repays the pool from its collateral.

mod common;

use common::{
	account, certify, chain_time, council, finalize, give_cpt, hash, none, refused, register_sp,
	runtime_api, tier, usdc_balance, usdc_held, wait_for, Client, Node, CPT_UNIT, USDC, USDC_UNIT,
};
use std::time::Duration;
use subxt::{
	dynamic::{self, Value},
	ext::scale_value::At,
};
use subxt_signer::sr25519::{dev, Keypair};

/// `cyberplaza_runtime::constants::assets::RUSDC_ASSET_ID`.
const RUSDC: u32 = 2;
const UNIT_PRICE: u128 = 3 * USDC_UNIT;
/// `cyberplaza_runtime::genesis::DEV_THROTTLE_SECS`.
const THROTTLE_SECS: u64 = 30;
/// `cyberplaza_runtime::genesis::DEV_HOLDING_SECS`.
const HOLDING_SECS: u64 = 15;

fn gpu_offer(now: u64) -> Value {
	let spec = Value::named_composite([
		("cpu_model", Value::from_bytes(b"EPYC 9654")),
		("cores", Value::u128(192)),
		("memory_gb", Value::u128(1_536)),
		("gpu_model", Value::from_bytes(b"A100")),
		("gpus", Value::u128(8)),
		("region", Value::unnamed_variant("Europe", [])),
	]);
	let sla = Value::named_composite([
		("min_uptime", Value::u128(990_000)),
		("max_start_delay", Value::u128(3_600)),
	]);
	Value::named_composite([
		("kind", Value::unnamed_variant("GpuHour", [])),
		("spec", spec),
		("unit_price", Value::u128(UNIT_PRICE)),
		("capacity", Value::u128(10_000)),
		("window_start", Value::u128((now - 60) as u128)),
		("window_end", Value::u128((now + 30 * 86_400) as u128)),
		("sla", sla),
		("preemptible", Value::bool(false)),
		("tags", Value::unnamed_composite([])),
		("reference", none()),
	])
}

/// Campaign terms: up to 5,000 GPU-hours, 2.80 USDC each from 100 units, 2.50 from 500, the
/// supplier paid 2; `advance` USDC from the pool at a 10% margin; vouchers that expire at
/// `voucher_expiry`.
fn campaign(
	supplier: [u8; 32],
	min_units: u32,
	deadline: u64,
	advance: u128,
	voucher_expiry: u64,
) -> Value {
	let tier = |min_units: u128, price: u128| {
		Value::named_composite([
			("min_units", Value::u128(min_units)),
			("price", Value::u128(price)),
		])
	};
	Value::named_composite([
		("supplier", Value::from_bytes(supplier)),
		("offer", Value::u128(0)),
		("product", hash(7)),
		("retail_price", Value::u128(UNIT_PRICE)),
		("supplier_price", Value::u128(2 * USDC_UNIT)),
		("tiers", Value::unnamed_composite([tier(100, 2_800_000), tier(500, 2_500_000)])),
		("min_units", Value::u128(min_units as u128)),
		("max_units", Value::u128(5_000)),
		("deadline", Value::u128(deadline as u128)),
		("advance", Value::u128(advance)),
		("pool_margin", Value::u128(100_000)),
		("voucher_expiry", Value::u128(voucher_expiry as u128)),
	])
}

/// Waits for Bob's certification, then lists his GPU offer (offer 0): as a CSP, he may list
/// beyond an ordinary SP's cap.
async fn bob_lists_gpu_hours_once_certified(client: &Client, bob: &Keypair) {
	wait_for("Bob's certification", Duration::from_secs(300), || async {
		(tier(client, bob).await == "Certified").then_some(())
	})
	.await;
	let now = chain_time(client).await;
	let offer = dynamic::transaction(
		"Market",
		"create_offer",
		Value::named_composite([("terms", gpu_offer(now))]),
	);
	finalize(client, &offer, bob).await;
}

fn group_buy(call: &str, campaign: u32, extra: Vec<(&str, Value)>) -> impl subxt::tx::Payload {
	let mut fields = vec![("campaign", Value::u128(campaign as u128))];
	fields.extend(extra);
	dynamic::transaction("GroupBuy", call, Value::named_composite(fields))
}

fn pool(call: &str, field: &str, amount: u128) -> impl subxt::tx::Payload {
	dynamic::transaction(
		"LiquidityPool",
		call,
		Value::named_composite([(field, Value::u128(amount))]),
	)
}

async fn rusdc(client: &Client, who: &Keypair) -> u128 {
	let at = client.at_current_block().await.expect("the best block is readable");
	let address = dynamic::storage::<(u32, [u8; 32]), Value>("Assets", "Account");
	match at.storage().try_fetch(address, (RUSDC, account(who))).await.expect("readable") {
		Some(entry) => entry
			.decode()
			.expect("decodes")
			.at("balance")
			.and_then(|b| b.as_u128())
			.expect("a balance"),
		None => 0,
	}
}

/// USDC per rUSDC, as `LiquidityPoolApi` gives it (`FixedU128`, 18 decimals).
async fn rate(client: &Client) -> u128 {
	let rate = runtime_api(client, "LiquidityPoolApi", "exchange_rate", vec![]).await;
	rate.at(0).or(Some(&rate)).and_then(|r| r.as_u128()).expect("a rate")
}

/// Whether `who` waits in the withdrawal queue, by `LiquidityPoolApi`.
async fn queued(client: &Client, who: &Keypair) -> bool {
	let args = vec![Value::from_bytes(account(who))];
	runtime_api(client, "LiquidityPoolApi", "queue_position", args).await.at(0).is_some()
}

async fn campaign_status(client: &Client, id: u32) -> String {
	let campaign =
		runtime_api(client, "GroupBuyApi", "campaign", vec![Value::u128(id as u128)]).await;
	let status = campaign.at(0).and_then(|c| c.at("status")).expect("the campaign exists");
	common::variant_name(status).to_string()
}

/// The market voucher `id`: its holder and units.
async fn voucher(client: &Client, id: u64) -> ([u8; 32], u128) {
	let at = client.at_current_block().await.expect("the best block is readable");
	let address = dynamic::storage::<(u64,), Value>("Market", "Vouchers");
	let voucher = at.storage().try_fetch(address, (id,)).await.expect("readable").expect("issued");
	let voucher = voucher.decode().expect("decodes");
	let holder = common::bytes(voucher.at("holder").expect("a holder"));
	let units = voucher.at("value").and_then(|v| v.at("units")).and_then(|u| u.as_u128());
	(holder.try_into().expect("32 bytes"), units.expect("a unit voucher"))
}

#[tokio::test(flavor = "multi_thread")]
async fn lps_fund_group_buys_and_withdraw_with_profit() {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let node = Node::start(dir.path()).await;
	let client = node.client().await;
	let (alice, bob, charlie, dave, eve, ferdie) =
		(dev::alice(), dev::bob(), dev::charlie(), dev::dave(), dev::eve(), dev::ferdie());
	// Genesis CPT of most dev accounts vests: Alice gives them some to pay fees with.
	for who in [&charlie, &dave, &eve, &ferdie] {
		give_cpt(&client, &alice, who, 100 * CPT_UNIT).await;
	}

	// Bob registers and is benchmarked; his probation runs meanwhile.
	finalize(&client, &register_sp(&client, &bob, account(&bob), &bob), &bob).await;
	certify(&client, &bob, 5_000 * USDC_UNIT).await;

	// The LPs deposit: the first deposit locks rUSDC's minimum in the pool.
	let (charlie_usdc, dave_usdc) = (
		usdc_balance(&client, account(&charlie)).await,
		usdc_balance(&client, account(&dave)).await,
	);
	finalize(&client, &pool("deposit", "amount", 10_000 * USDC_UNIT), &charlie).await;
	finalize(&client, &pool("deposit", "amount", 1_000 * USDC_UNIT), &dave).await;
	assert_eq!(rusdc(&client, &dave).await, 1_000 * USDC_UNIT);
	let tvl = runtime_api(&client, "LiquidityPoolApi", "tvl", vec![]).await.as_u128();
	assert_eq!(tvl, Some(11_000 * USDC_UNIT));

	bob_lists_gpu_hours_once_certified(&client, &bob).await;

	// Campaign 0 needs 400 units and gets 500; campaign 1 needs 1,000 and gets 10.
	let deadline = chain_time(&client).await + 120;
	let create = |c: Value| council(&client, "GroupBuy", "create_campaign", vec![("terms", c)]);
	// The vouchers expire within the offer's 30-day window.
	let expiry = deadline + 20 * 86_400;
	create(campaign(account(&bob), 400, deadline, 800 * USDC_UNIT, expiry)).await;
	create(campaign(account(&bob), 1_000, deadline, 0, expiry)).await;
	let procured = vec![("campaign", Value::u128(0)), ("reference", hash(8))];
	let (bob_usdc, bob_held) =
		(usdc_balance(&client, account(&bob)).await, usdc_held(&client, account(&bob)).await);
	council(&client, "GroupBuy", "record_procurement", procured).await;
	assert_eq!(usdc_balance(&client, account(&bob)).await - bob_usdc, 800 * USDC_UNIT);
	// What the pool is owed, 880, is held of Bob's USDC as collateral until the campaign closes.
	assert_eq!(usdc_held(&client, account(&bob)).await - bob_held, 880 * USDC_UNIT);
	let utilisation = runtime_api(&client, "LiquidityPoolApi", "utilisation", vec![]).await;
	assert!(utilisation
		.at(0)
		.or(Some(&utilisation))
		.and_then(|u| u.as_u128())
		.is_some_and(|u| u > 0));

	let (eve_usdc, ferdie_usdc) =
		(usdc_balance(&client, account(&eve)).await, usdc_balance(&client, account(&ferdie)).await);
	let units = |n: u128| vec![("units", Value::u128(n))];
	finalize(&client, &group_buy("commit", 0, units(300)), &eve).await;
	finalize(&client, &group_buy("commit", 0, units(200)), &ferdie).await;
	finalize(&client, &group_buy("commit", 1, units(10)), &ferdie).await;
	// Commitments are held at the retail price.
	assert_eq!(eve_usdc - usdc_balance(&client, account(&eve)).await, 300 * UNIT_PRICE);

	// After the deadline anyone finalises.
	wait_for("the deadline", Duration::from_secs(180), || async {
		(chain_time(&client).await >= deadline).then_some(())
	})
	.await;
	finalize(&client, &group_buy("finalise", 0, vec![]), &eve).await;
	finalize(&client, &group_buy("finalise", 1, vec![]), &eve).await;
	assert_eq!(campaign_status(&client, 0).await, "Succeeded");
	assert_eq!(campaign_status(&client, 1).await, "Failed");
	// 500 units reached the 2.50 tier: Eve pays 750, Ferdie 500; Ferdie's 30 back in full.
	assert_eq!(eve_usdc - usdc_balance(&client, account(&eve)).await, 750 * USDC_UNIT);
	assert_eq!(ferdie_usdc - usdc_balance(&client, account(&ferdie)).await, 500 * USDC_UNIT);
	// One unit voucher each, in whatever order finalising served them.
	let mut issued = vec![voucher(&client, 0).await, voucher(&client, 1).await];
	issued.sort();
	let mut expected = vec![(account(&eve), 300), (account(&ferdie), 200)];
	expected.sort();
	assert_eq!(issued, expected);

	// The pool got its 800 back with 80 of margin: 8 to insurance, 72 to the LPs.
	let insurance = runtime_api(&client, "LiquidityPoolApi", "insurance_fund", vec![]).await;
	assert_eq!(insurance.as_u128(), Some(8 * USDC_UNIT));
	assert!(rate(&client).await > 1_000_000_000_000_000_000);

	// Dave takes everything out at once: more than he put in.
	finalize(&client, &pool("withdraw", "shares", 1_000 * USDC_UNIT), &dave).await;
	let dave_gain = usdc_balance(&client, account(&dave)).await as i128 - dave_usdc as i128;
	assert!(dave_gain > 0, "Dave gained {dave_gain}");
	assert_eq!(rusdc(&client, &dave).await, 0);

	// Charlie's 3,000 exceed the period's allowance (10% of the pool): they queue and are
	// paid over the next periods.
	let charlie_before = usdc_balance(&client, account(&charlie)).await;
	finalize(&client, &pool("withdraw", "shares", 3_000 * USDC_UNIT), &charlie).await;
	assert!(queued(&client, &charlie).await);
	wait_for("the queue to be served", Duration::from_secs(240), || async {
		(!queued(&client, &charlie).await).then_some(())
	})
	.await;
	let paid = usdc_balance(&client, account(&charlie)).await - charlie_before;
	assert!(paid > 3_000 * USDC_UNIT && paid < 3_030 * USDC_UNIT, "{paid}");
	assert!(usdc_balance(&client, account(&charlie)).await < charlie_usdc);
	node.stop();
}

fn usdc_transfer(to: [u8; 32], amount: u128) -> impl subxt::tx::Payload {
	let to = Value::unnamed_variant("Id", [Value::from_bytes(to)]);
	dynamic::transaction("Assets", "transfer", (Value::u128(USDC as u128), to, Value::u128(amount)))
}

/// `LiquidityPool.Unclaimed` of `who`: USDC the queue could not pay it.
async fn unclaimed(client: &Client, who: &Keypair) -> Option<u128> {
	let at = client.at_current_block().await.expect("the best block is readable");
	let address = dynamic::storage::<([u8; 32],), Value>("LiquidityPool", "Unclaimed");
	let entry = at.storage().try_fetch(address, (account(who),)).await.expect("readable")?;
	entry.decode().expect("decodes").as_u128()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_account_the_queue_cannot_pay_stops_no_one_behind_it() {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let node = Node::start(dir.path()).await;
	let client = node.client().await;
	let (alice, charlie, dave) = (dev::alice(), dev::charlie(), dev::dave());
	let mallory = Keypair::from_uri(&"//Mallory".parse().expect("a URI")).expect("a key");
	for who in [&charlie, &dave, &mallory] {
		give_cpt(&client, &alice, who, 100 * CPT_UNIT).await;
	}
	finalize(&client, &usdc_transfer(account(&mallory), 10 * USDC_UNIT), &alice).await;
	finalize(&client, &pool("deposit", "amount", 10_000 * USDC_UNIT), &charlie).await;
	finalize(&client, &pool("deposit", "amount", 1_000 * USDC_UNIT), &dave).await;
	finalize(&client, &pool("deposit", "amount", 10 * USDC_UNIT), &mallory).await;
	// New rUSDC stays put for the holding period: no one is an LP for a block.
	let error = refused(&client, &pool("withdraw", "shares", USDC_UNIT), &mallory).await;
	assert!(error.contains("LiquidityPool::SharesTooNew"), "{error}");
	// A new throttle period (30 s on the dev chain), so that the deposits above offset none of
	// the withdrawals below, once the holding period is over.
	let deposited = chain_time(&client).await;
	wait_for("the next throttle period", Duration::from_secs(60), || async {
		let now = chain_time(&client).await;
		(now / THROTTLE_SECS > deposited / THROTTLE_SECS && now >= deposited + HOLDING_SECS)
			.then_some(())
	})
	.await;

	// Charlie's 5,000 are more than a period's allowance (10% of the pool): they queue, and
	// whoever withdraws next waits behind them.
	finalize(&client, &pool("withdraw", "shares", 5_000 * USDC_UNIT), &charlie).await;
	assert!(queued(&client, &charlie).await);
	// Mallory queues half a cent and sends all her USDC away: her USDC account is gone, and
	// half a cent cannot recreate it.
	let dust = USDC_UNIT / 200;
	finalize(&client, &pool("withdraw", "shares", dust), &mallory).await;
	assert!(queued(&client, &mallory).await);
	let left = usdc_balance(&client, account(&mallory)).await;
	finalize(&client, &usdc_transfer(account(&alice), left), &mallory).await;
	assert_eq!(usdc_balance(&client, account(&mallory)).await, 0);
	let dave_before = usdc_balance(&client, account(&dave)).await;
	finalize(&client, &pool("withdraw", "shares", 100 * USDC_UNIT), &dave).await;
	assert!(queued(&client, &dave).await);
	assert!(queued(&client, &charlie).await, "Charlie still ahead of Mallory and Dave");

	// The queue reaches Mallory, keeps her half cent for her and pays Dave.
	wait_for("Dave's withdrawal to be served", Duration::from_secs(300), || async {
		(!queued(&client, &dave).await).then_some(())
	})
	.await;
	assert_eq!(usdc_balance(&client, account(&dave)).await - dave_before, 100 * USDC_UNIT);
	assert!(!queued(&client, &mallory).await);
	assert_eq!(unclaimed(&client, &mallory).await, Some(dust));

	// Her claim fails until she can receive it, then pays it.
	let claim = dynamic::transaction("LiquidityPool", "claim", ());
	// `TokenError::BelowMinimum`, as subxt words it.
	let error = refused(&client, &claim, &mallory).await;
	assert!(error.contains("Account cannot exist with the funds"), "{error}");
	finalize(&client, &usdc_transfer(account(&mallory), USDC_UNIT), &alice).await;
	finalize(&client, &claim, &mallory).await;
	assert_eq!(usdc_balance(&client, account(&mallory)).await, USDC_UNIT + dust);
	assert_eq!(unclaimed(&client, &mallory).await, None);
	node.stop();
}

/// The pool's value, by `LiquidityPoolApi`.
async fn tvl(client: &Client) -> u128 {
	runtime_api(client, "LiquidityPoolApi", "tvl", vec![]).await.as_u128().expect("a value")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_supplier_that_pauses_after_the_deadline_costs_the_lps_nothing() {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let node = Node::start(dir.path()).await;
	let client = node.client().await;
	let (alice, bob, charlie, eve, ferdie) =
		(dev::alice(), dev::bob(), dev::charlie(), dev::eve(), dev::ferdie());
	for who in [&charlie, &eve, &ferdie] {
		give_cpt(&client, &alice, who, 100 * CPT_UNIT).await;
	}
	finalize(&client, &register_sp(&client, &bob, account(&bob), &bob), &bob).await;
	certify(&client, &bob, 5_000 * USDC_UNIT).await;
	finalize(&client, &pool("deposit", "amount", 10_000 * USDC_UNIT), &charlie).await;
	bob_lists_gpu_hours_once_certified(&client, &bob).await;

	// Two campaigns, 200 USDC advanced to each: campaign 0's vouchers last 20 days, campaign
	// 1's only 40 seconds past its deadline, and nobody finalises it in time. The deadline
	// leaves time for four council motions (two blocks each) and two commitments.
	let deadline = chain_time(&client).await + 150;
	let create = |c: Value| council(&client, "GroupBuy", "create_campaign", vec![("terms", c)]);
	let advance = 200 * USDC_UNIT;
	create(campaign(account(&bob), 100, deadline, advance, deadline + 20 * 86_400)).await;
	create(campaign(account(&bob), 100, deadline, advance, deadline + 40)).await;
	let bob_held = usdc_held(&client, account(&bob)).await;
	for id in [0, 1] {
		let procured = vec![("campaign", Value::u128(id)), ("reference", hash(8))];
		council(&client, "GroupBuy", "record_procurement", procured).await;
	}
	// Each campaign holds what the pool is owed for it, 220, of Bob's USDC.
	assert_eq!(usdc_held(&client, account(&bob)).await - bob_held, 2 * 220 * USDC_UNIT);
	let units = |n: u128| vec![("units", Value::u128(n))];
	finalize(&client, &group_buy("commit", 0, units(200)), &eve).await;
	let ferdie_usdc = usdc_balance(&client, account(&ferdie)).await;
	finalize(&client, &group_buy("commit", 1, units(150)), &ferdie).await;

	wait_for("the deadline", Duration::from_secs(180), || async {
		(chain_time(&client).await >= deadline).then_some(())
	})
	.await;
	// Bob tries to take his GPU-hours back before anyone finalises.
	let on_offer = |call: &str| {
		dynamic::transaction("Market", call, Value::named_composite([("offer", Value::u128(0))]))
	};
	for call in ["pause_offer", "close_offer"] {
		let error = refused(&client, &on_offer(call), &bob).await;
		assert!(error.contains("Market::OfferPledged"), "{call}: {error}");
	}
	let deregister = dynamic::transaction("Providers", "deregister", ());
	let error = refused(&client, &deregister, &bob).await;
	assert!(error.contains("Providers::HasOpenOrders"), "{error}");

	// Campaign 0 delivers its 200 units: the pool gets 220, 20 of it margin. Campaign 1's
	// margin has accrued to the LPs by its deadline too: 18 USDC (its 10% insurance cut left
	// out).
	finalize(&client, &group_buy("finalise", 0, vec![]), &eve).await;
	assert_eq!(campaign_status(&client, 0).await, "Succeeded");
	assert_eq!(voucher(&client, 0).await, (account(&eve), 200));
	assert_eq!(tvl(&client).await, 10_038 * USDC_UNIT);

	// Campaign 1 is finalised after its vouchers' expiry: none can be issued, Ferdie gets his
	// commitment back in full, and Bob's collateral pays the pool its 220.
	wait_for("campaign 1's voucher expiry", Duration::from_secs(120), || async {
		(chain_time(&client).await >= deadline + 40).then_some(())
	})
	.await;
	finalize(&client, &group_buy("finalise", 1, vec![]), &ferdie).await;
	assert_eq!(campaign_status(&client, 1).await, "Succeeded");
	assert_eq!(usdc_balance(&client, account(&ferdie)).await, ferdie_usdc);
	assert_eq!(usdc_held(&client, account(&bob)).await, bob_held);
	// The LPs lost nothing: the pool is worth its deposits and both campaigns' margins.
	assert_eq!(tvl(&client).await, 10_040 * USDC_UNIT);
	node.stop();
}
