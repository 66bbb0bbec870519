//! The feeders' off-chain worker against a real local HTTP server: good sources, and sources
//! that fail (HTTP errors, malformed JSON, timeouts, no number at the pointer).

use crate::{
	mock::*,
	offchain::{self, FEEDER_KEY_TYPE, SOURCES},
	*,
};
use codec::Decode;
use cyberplaza_offchain_http::{RealHttp, Received, Reply, Server};
use polkadot_sdk::{
	frame_support::traits::Hooks,
	pallet_oracle,
	sp_core::offchain::{
		testing::{PoolState, TestOffchainExt, TestTransactionPoolExt},
		OffchainDbExt, OffchainWorkerExt, StorageKind, TransactionPoolExt,
	},
	sp_core::Pair,
	sp_io,
	sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt},
};
use std::{sync::Arc, time::Duration};

type Pool = Arc<parking_lot::RwLock<PoolState>>;

/// A price API: CPT at 0.1034 (a number), an AWS instance at "32.77" (a string), and broken
/// routes.
fn prices(r: &Received) -> Reply {
	match r.path.as_str() {
		"/cpt" => Reply::Json(200, r#"{"cpt":{"usd":0.1034}}"#.into()),
		"/aws" => Reply::Json(200, r#"{"data":[{"price":"32.77"}]}"#.into()),
		"/down" => Reply::Json(503, r#"{"error":"maintenance"}"#.into()),
		"/garbage" => Reply::Json(200, "<html>".into()),
		"/negative" => Reply::Json(200, r#"{"price":-1}"#.into()),
		"/slow" => Reply::Hang(Duration::from_secs(3)),
		_ => Reply::Json(404, "{}".into()),
	}
}

fn sources(url: &str) -> String {
	let source = |key: &str, path: &str, pointer: &str| {
		format!(r#"{{"key":"{key}","url":"{url}{path}","pointer":"{pointer}"}}"#)
	};
	format!(
		"[{}]",
		[
			source("USDC/USD", "/down", "/price"),
			source("USDC/USD", "/garbage", "/price"),
			source("USDC/USD", "/slow", "/price"),
			source("USDC/USD", "/negative", "/price"),
			source("USDC/USD", "/cpt", "/missing"),
			source("CPT/USD", "/cpt", "/cpt/usd"),
			source("aws/us-east-1/p4d.24xlarge", "/aws", "/data/0/price"),
			r#"{"key":"bogus/key","url":"x","pointer":"/"}"#.to_string(),
		]
		.join(",")
	)
}

/// Externalities with a real-HTTP worker and feeder keys `keys` in the keystore.
fn worker_ext(keys: &[u8]) -> (sp_io::TestExternalities, Pool) {
	let mut ext = new_test_ext();
	let (db, _) = TestOffchainExt::new();
	let (pool, pool_state) = TestTransactionPoolExt::new();
	let keystore = MemoryKeystore::new();
	for &i in keys {
		let seed = format!("0x{}", [i; 32].iter().map(|b| format!("{b:02x}")).collect::<String>());
		keystore.insert(FEEDER_KEY_TYPE, &seed, pair(i).public().as_ref()).unwrap();
	}
	ext.register_extension(OffchainDbExt::new(db));
	ext.register_extension(OffchainWorkerExt::new(RealHttp::new()));
	ext.register_extension(TransactionPoolExt::new(pool));
	ext.register_extension(KeystoreExt::new(keystore));
	(ext, pool_state)
}

/// The feeds submitted: who signed, and the values.
fn submitted(pool: &Pool) -> Vec<(AccountId, Vec<(PriceKey, FixedU128)>)> {
	std::mem::take(&mut pool.write().transactions)
		.into_iter()
		.map(|tx| {
			let xt = Extrinsic::decode(&mut &tx[..]).unwrap();
			let signer = match xt.preamble {
				polkadot_sdk::sp_runtime::generic::Preamble::Signed(who, ..) => who,
				other => panic!("not signed: {other:?}"),
			};
			match xt.function {
				RuntimeCall::Oracle(pallet_oracle::Call::feed_values { values }) => {
					(signer, values.into_inner())
				}
				other => panic!("not a feed: {other:?}"),
			}
		})
		.collect()
}

fn run(block: u64) {
	System::set_block_number(block);
	PriceOracle::offchain_worker(block);
}

#[test]
fn feeders_feed_what_good_sources_say_and_leave_out_the_rest() {
	let server = Server::start(prices);
	// Two feeders' keys and a key whose account is no feeder.
	let (mut ext, pool) = worker_ext(&[1, 2, 9]);
	ext.execute_with(|| {
		sp_io::offchain::local_storage_set(
			StorageKind::PERSISTENT,
			SOURCES,
			sources(&server.url()).as_bytes(),
		);
		let started = std::time::Instant::now();
		run(5);
		assert!(started.elapsed() < Duration::from_millis(4_500), "the slow source timed out");
		let mut feeds = submitted(&pool);
		feeds.sort_by(|a, b| a.0.cmp(&b.0));
		let mut expected_feeders = vec![account(1), account(2)];
		expected_feeders.sort();
		assert_eq!(feeds.iter().map(|f| f.0.clone()).collect::<Vec<_>>(), expected_feeders);
		let expected = vec![
			(PriceKey::CptUsd, combine::parse_decimal("0.1034").unwrap()),
			(
				offchain::parse_key("aws/us-east-1/p4d.24xlarge").unwrap(),
				combine::parse_decimal("32.77").unwrap(),
			),
		];
		for (_, values) in feeds {
			assert_eq!(values, expected);
		}
	});
	let asked: Vec<String> = server.received().into_iter().map(|r| r.path).collect();
	assert!(asked.contains(&"/slow".to_string()) && asked.contains(&"/down".to_string()));
}

#[test]
fn feeders_feed_only_every_feed_every_blocks() {
	let server = Server::start(prices);
	let (mut ext, pool) = worker_ext(&[1]);
	ext.execute_with(|| {
		let only_cpt =
			format!(r#"[{{"key":"CPT/USD","url":"{}/cpt","pointer":"/cpt/usd"}}]"#, server.url());
		sp_io::offchain::local_storage_set(StorageKind::PERSISTENT, SOURCES, only_cpt.as_bytes());
		for block in 6..10 {
			run(block);
		}
		assert!(submitted(&pool).is_empty());
		run(10);
		assert_eq!(submitted(&pool).len(), 1);
	});
}

#[test]
fn nodes_without_feeder_keys_or_sources_do_nothing() {
	let server = Server::start(prices);
	let (mut ext, pool) = worker_ext(&[9]);
	ext.execute_with(|| {
		sp_io::offchain::local_storage_set(
			StorageKind::PERSISTENT,
			SOURCES,
			sources(&server.url()).as_bytes(),
		);
		run(5);
	});
	assert!(server.received().is_empty());
	assert!(pool.read().transactions.is_empty());
	let (mut ext, pool) = worker_ext(&[1]);
	ext.execute_with(|| run(5));
	assert!(pool.read().transactions.is_empty());
	// Sources that all fail: nothing fed.
	let (mut ext, pool) = worker_ext(&[1]);
	ext.execute_with(|| {
		let broken =
			format!(r#"[{{"key":"CPT/USD","url":"{}/down","pointer":"/p"}}]"#, server.url());
		sp_io::offchain::local_storage_set(StorageKind::PERSISTENT, SOURCES, broken.as_bytes());
		run(5);
	});
	assert!(pool.read().transactions.is_empty());
}

#[test]
fn keys_and_sources_parse_strictly() {
	assert_eq!(offchain::parse_key("CPT/USD"), Some(PriceKey::CptUsd));
	for bad in ["aws/us-east-1", "a/b/c/d", "aws//x", "", &format!("aws/r/{}", "x".repeat(49))] {
		assert_eq!(offchain::parse_key(bad), None, "{bad}");
	}
	assert!(offchain::parse_sources(b"{}").is_empty());
	assert!(offchain::parse_sources(b"not json").is_empty());
	assert_eq!(offchain::read_price(br#"{"p":"1.5"}"#, "/p"), combine::parse_decimal("1.5"));
	assert_eq!(offchain::read_price(br#"{"p":0}"#, "/p"), None);
	assert_eq!(offchain::read_price(br#"{"p":true}"#, "/p"), None);
}
