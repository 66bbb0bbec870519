//! The price oracle inside the real runtime: the dev chain's eight feeders feed for free (the
//! fee, paid in USDC, is refunded but for the swap's rounding), their median becomes the price,
//! a removed feeder cannot feed, and the incentives value rewards at the oracle's CPT price.

mod common;

use common::{dev_chain, feed_cpt_usd as feed};
use cyberplaza_primitives::{MarketRewards, SettledOrder};
use cyberplaza_runtime::{
	configs::providers::Usdc,
	constants::currency::{CPT, USDC},
	genesis::dev_feeders,
	Incentives, OracleFeeders, PriceOracle, Runtime, RuntimeCall, RuntimeOrigin,
};
use pallet_incentives::Period;
use pallet_price_oracle::{combine::parse_decimal, PriceKey};
use polkadot_sdk::{
	frame_support::{
		assert_ok,
		traits::{fungible::Inspect, Hooks},
		BoundedVec,
	},
	pallet_oracle, pallet_timestamp,
	sp_keyring::Sr25519Keyring,
};

const START: u64 = 1_800_000_000;

#[test]
fn seven_of_the_eight_feeders_set_the_cpt_price_that_rewards_are_valued_at() {
	dev_chain().execute_with(|| {
		pallet_timestamp::Now::<Runtime>::put(START * 1_000);
		Incentives::on_initialize(1);
		let feeders = dev_feeders();
		assert_eq!(feeders.len(), 8);
		assert_eq!(OracleFeeders::members().into_inner(), {
			let mut sorted: Vec<_> = feeders.iter().map(|k| k.to_account_id()).collect();
			sorted.sort();
			sorted
		});
		let usdc = |k: Sr25519Keyring| Usdc::balance(&k.to_account_id());
		let before: Vec<_> = feeders.iter().map(|k| usdc(*k)).collect();
		// The eighth feeder is offline: seven agreeing feeds make the price all the same.
		let online = &feeders[..7];
		for (i, feeder) in online.iter().enumerate() {
			assert_eq!(PriceOracle::fresh_price(&PriceKey::CptUsd), None);
			let value = ["0.125", "0.124", "0.126", "0.125", "0.13", "0.12", "0.125"][i];
			assert_ok!(feed(*feeder, value));
		}
		assert_eq!(PriceOracle::fresh_price(&PriceKey::CptUsd), parse_decimal("0.125"));
		// Feeding is free: the fee charged in USDC came back, less the CPT/USDC pool's cut and
		// rounding on swapping the refund back (a few micro-USDC).
		for (k, before) in online.iter().zip(before) {
			let cost = before - usdc(*k);
			assert!(cost <= 10, "{k:?} paid {cost} micro-USDC for a feed");
		}

		// The review reward (1 USDC) of a rated 100-USDC order is valued at the oracle's 0.125
		// instead of the governance price (0.10): 8 CPT.
		let dave = Sr25519Keyring::Dave.to_account_id();
		<Incentives as MarketRewards<_, _>>::settled(&SettledOrder {
			buyer: dave.clone(),
			provider: Sr25519Keyring::Bob.to_account_id(),
			cost: 100 * USDC,
			fee: 5 * USDC,
			incentive_volume: 100 * USDC,
			rated: true,
		});
		let earned = pallet_incentives::Earnings::<Runtime>::get(Period::Month, &dave);
		assert_eq!(earned.map(|e| e.amount), Some(8 * CPT));

		// A feeder removed by root feeds no more.
		let one = Sr25519Keyring::One.to_account_id();
		assert_ok!(OracleFeeders::remove_member(RuntimeOrigin::root(), one.into()));
		assert!(feed(Sr25519Keyring::One, "0.125").unwrap_err().contains("NoPermission"));
	});
}

/// What a feeder node's off-chain worker builds: a feed signed by its `orcl` key, paying its
/// fee in USDC; it applies, and the feed is recorded.
#[test]
fn a_feeder_nodes_signed_feed_applies() {
	use cyberplaza_runtime::Executive;
	use pallet_price_oracle::offchain::{crypto::FeederId, FEEDER_KEY_TYPE};
	use polkadot_sdk::{
		frame_system::offchain::CreateSignedTransaction,
		sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt},
		sp_runtime::MultiSigner,
	};
	let mut chain = dev_chain();
	let keystore = MemoryKeystore::new();
	let alice = Sr25519Keyring::Alice;
	keystore.insert(FEEDER_KEY_TYPE, "//Alice", alice.public().as_ref()).expect("stored");
	chain.register_extension(KeystoreExt::new(keystore));
	chain.execute_with(|| {
		pallet_timestamp::Now::<Runtime>::put(START * 1_000);
		let values =
			BoundedVec::truncate_from(vec![(PriceKey::UsdcUsd, parse_decimal("1").unwrap())]);
		let call = RuntimeCall::Oracle(pallet_oracle::Call::feed_values { values });
		let xt = <Runtime as CreateSignedTransaction<RuntimeCall>>::create_signed_transaction::<
			FeederId,
		>(call, MultiSigner::from(alice.public()), alice.to_account_id(), 0)
		.expect("the feeder's key signs");
		assert_ok!(Executive::apply_extrinsic(xt).expect("valid"));
		assert!(pallet_oracle::RawValues::<Runtime>::get(alice.to_account_id(), PriceKey::UsdcUsd)
			.is_some());
	});
}

/// The feeders' off-chain worker on a node holding all eight feeder keys, against a local
/// price server: one signed feed per key, and applied, they make the price.
#[test]
fn a_feeder_nodes_worker_feeds_from_every_feeder_key() {
	use codec::Decode;
	use cyberplaza_offchain_http::{RealHttp, Reply, Server};
	use cyberplaza_runtime::{Executive, UncheckedExtrinsic};
	use pallet_price_oracle::offchain::{FEEDER_KEY_TYPE, SOURCES};
	use polkadot_sdk::{
		sp_core::offchain::{
			testing::{TestOffchainExt, TestTransactionPoolExt},
			OffchainDbExt, OffchainWorkerExt, StorageKind, TransactionPoolExt,
		},
		sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt},
	};
	let server = Server::start(|_| Reply::Json(200, r#"{"cpt":{"usd":"0.125"}}"#.into()));
	let mut chain = dev_chain();
	let keystore = MemoryKeystore::new();
	for key in dev_feeders() {
		keystore.insert(FEEDER_KEY_TYPE, &format!("//{key:?}"), key.public().as_ref()).unwrap();
	}
	chain.register_extension(KeystoreExt::new(keystore));
	let (pool, pool_state) = TestTransactionPoolExt::new();
	chain.register_extension(TransactionPoolExt::new(pool));
	chain.register_extension(OffchainDbExt::new(TestOffchainExt::new().0));
	chain.register_extension(OffchainWorkerExt::new(RealHttp::new()));
	chain.execute_with(|| {
		pallet_timestamp::Now::<Runtime>::put(START * 1_000);
		let sources =
			format!(r#"[{{"key":"CPT/USD","url":"{}/cpt","pointer":"/cpt/usd"}}]"#, server.url());
		polkadot_sdk::sp_io::offchain::local_storage_set(
			StorageKind::PERSISTENT,
			SOURCES,
			sources.as_bytes(),
		);
		// An off-chain worker's state changes (the signer's nonce bookkeeping) never persist.
		polkadot_sdk::frame_support::storage::with_transaction(|| {
			PriceOracle::feed(10);
			polkadot_sdk::sp_runtime::TransactionOutcome::Rollback(Ok::<
				(),
				polkadot_sdk::sp_runtime::DispatchError,
			>(()))
		})
		.expect("rolled back");
		let feeds = std::mem::take(&mut pool_state.write().transactions);
		assert_eq!(feeds.len(), 8);
		for feed in feeds {
			let xt = UncheckedExtrinsic::decode(&mut &feed[..]).expect("an extrinsic");
			assert_ok!(Executive::apply_extrinsic(xt).expect("valid"));
		}
		assert_eq!(PriceOracle::fresh_price(&PriceKey::CptUsd), parse_decimal("0.125"));
	});
}
