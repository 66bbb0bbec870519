//! The feeders' off-chain worker: on a node with feeder keys in its keystore (key type `orcl`)
//! and a list of HTTP JSON sources in its persistent off-chain storage at [`SOURCES`] (set with
//! the `offchain_localStorageSet` RPC), every `FeedEvery` blocks it fetches each source, reads
//! the number at the source's JSON pointer, and submits `Oracle.feed_values` signed by each of
//! its keys that belongs to a feeder. A node without keys or sources does nothing; a source
//! that fails (HTTP error, timeout, malformed JSON, no number at the pointer) is left out.
//!
//! Sources are a JSON list:
//! `[{"key": "CPT/USD", "url": "http://…", "pointer": "/cpt/usd"},
//!   {"key": "aws/us-east-1/p4d.24xlarge", "url": "http://…", "pointer": "/price"}]`
//! with keys `CPT/USD`, `USDC/USD`, or `provider/region/instance` (USD per instance-hour).

use crate::{combine::parse_decimal, pallet::*, CloudSku, PriceKey};
use alloc::{string::ToString, vec::Vec};
use polkadot_sdk::frame_support::traits::SortedMembers;
use polkadot_sdk::{
	frame_support::{traits::Get, BoundedVec},
	frame_system::{
		offchain::{AppCrypto, SendSignedTransaction, Signer},
		pallet_prelude::BlockNumberFor,
	},
	pallet_oracle, sp_io,
	sp_runtime::{
		offchain::{
			http,
			storage_lock::{StorageLock, Time},
			Duration, StorageKind,
		},
		traits::{IdentifyAccount, Zero},
		FixedU128, RuntimeAppPublic,
	},
};
use serde_json::Value;

/// Key type of feeder keys in a node's keystore.
pub const FEEDER_KEY_TYPE: polkadot_sdk::sp_core::crypto::KeyTypeId =
	polkadot_sdk::sp_core::crypto::KeyTypeId(*b"orcl");
/// Persistent off-chain storage key of the sources list (raw JSON).
pub const SOURCES: &[u8] = b"cyberplaza/oracle-sources";
const LOCK: &[u8] = b"cyberplaza/oracle/lock";
const LOCK_EXPIRY: Duration = Duration::from_millis(60_000);
const REQUEST_TIMEOUT: Duration = Duration::from_millis(2_000);
const MAX_RESPONSE_BYTES: usize = 64 * 1_024;
/// Sources read per run.
pub const MAX_SOURCES: usize = 32;

/// The application crypto of feeder keys.
pub mod crypto {
	use super::FEEDER_KEY_TYPE;
	use polkadot_sdk::sp_runtime::{
		app_crypto::{app_crypto, sr25519},
		MultiSignature, MultiSigner,
	};
	app_crypto!(sr25519, FEEDER_KEY_TYPE);

	/// Feeder keys sign the runtime's transactions (sr25519 accounts).
	pub struct FeederId;
	impl polkadot_sdk::frame_system::offchain::AppCrypto<MultiSigner, MultiSignature> for FeederId {
		type RuntimeAppPublic = Public;
		type GenericSignature = polkadot_sdk::sp_core::sr25519::Signature;
		type GenericPublic = polkadot_sdk::sp_core::sr25519::Public;
	}
}

/// One configured source.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Source {
	pub key: PriceKey,
	pub url: alloc::string::String,
	pub pointer: alloc::string::String,
}

/// `CPT/USD`, `USDC/USD` or `provider/region/instance`.
pub fn parse_key(text: &str) -> Option<PriceKey> {
	match text {
		"CPT/USD" => Some(PriceKey::CptUsd),
		"USDC/USD" => Some(PriceKey::UsdcUsd),
		_ => {
			let mut parts = text.split('/');
			let (provider, region, instance) = (parts.next()?, parts.next()?, parts.next()?);
			if parts.next().is_some() || [provider, region, instance].iter().any(|p| p.is_empty()) {
				return None;
			}
			Some(PriceKey::Cloud(CloudSku {
				provider: bounded(provider)?,
				region: bounded(region)?,
				instance: bounded(instance)?,
			}))
		}
	}
}

fn bounded<S: Get<u32>>(text: &str) -> Option<BoundedVec<u8, S>> {
	BoundedVec::try_from(text.as_bytes().to_vec()).ok()
}

/// The sources list; entries that do not parse are left out.
pub fn parse_sources(json: &[u8]) -> Vec<Source> {
	let Ok(Value::Array(entries)) = serde_json::from_slice::<Value>(json) else {
		return Vec::new();
	};
	entries
		.iter()
		.filter_map(|e| {
			Some(Source {
				key: parse_key(e.get("key")?.as_str()?)?,
				url: e.get("url")?.as_str()?.to_string(),
				pointer: e.get("pointer")?.as_str()?.to_string(),
			})
		})
		.take(MAX_SOURCES)
		.collect()
}

/// The price at `pointer` in a source's JSON: a non-negative decimal number or string.
pub fn read_price(body: &[u8], pointer: &str) -> Option<FixedU128> {
	let document: Value = serde_json::from_slice(body).ok()?;
	match document.pointer(pointer)? {
		Value::Number(n) => parse_decimal(&n.to_string()),
		Value::String(s) => parse_decimal(s.trim()),
		_ => None,
	}
	.filter(|p| !p.is_zero())
}

fn fetch(url: &str) -> Option<Vec<u8>> {
	let deadline = sp_io::offchain::timestamp().add(REQUEST_TIMEOUT);
	let pending = http::Request::get(url).deadline(deadline).send().ok()?;
	let response = pending.try_wait(deadline).ok()?.ok()?;
	if response.code != 200 {
		log::warn!(target: "price-oracle", "{url}: HTTP {}", response.code);
		return None;
	}
	let mut body = response.body();
	body.deadline(deadline);
	let mut read = Vec::new();
	for byte in body.by_ref() {
		if read.len() >= MAX_RESPONSE_BYTES {
			return None;
		}
		read.push(byte);
	}
	body.error().is_none().then_some(read)
}

impl<T: Config> Pallet<T> {
	/// One run of the feeders' worker after importing `block`.
	pub fn feed(block: BlockNumberFor<T>) {
		let every = T::FeedEvery::get();
		if !every.is_zero() && !(block % every).is_zero() {
			return;
		}
		// This node's feeder keys whose accounts are feeders.
		let feeders: Vec<T::Public> = <T::AuthorityId as AppCrypto<_, _>>::RuntimeAppPublic::all()
			.into_iter()
			.map(|key| {
				let generic: <T::AuthorityId as AppCrypto<_, _>>::GenericPublic = key.into();
				let public: T::Public = generic.into();
				public
			})
			.filter(|public| {
				<T as pallet_oracle::Config>::Members::contains(&public.clone().into_account())
			})
			.collect();
		if feeders.is_empty() {
			return;
		}
		let Some(sources) = sp_io::offchain::local_storage_get(StorageKind::PERSISTENT, SOURCES)
		else {
			log::warn!(target: "price-oracle", "no sources at `cyberplaza/oracle-sources`");
			return;
		};
		let mut lock = StorageLock::<Time>::with_deadline(LOCK, LOCK_EXPIRY);
		let Ok(_guard) = lock.try_lock() else { return };
		let mut values: Vec<(PriceKey, FixedU128)> = Vec::new();
		for source in parse_sources(&sources) {
			if values.iter().any(|(k, _)| *k == source.key) {
				continue;
			}
			match fetch(&source.url).and_then(|body| read_price(&body, &source.pointer)) {
				Some(price) => values.push((source.key, price)),
				None => log::warn!(target: "price-oracle", "{}: no price", source.url),
			}
		}
		let Ok(values) = BoundedVec::<_, T::MaxFeedValues>::try_from(values) else { return };
		if values.is_empty() {
			return;
		}
		let results = Signer::<T, T::AuthorityId>::all_accounts()
			.with_filter(feeders)
			.send_signed_transaction(|_| pallet_oracle::Call::feed_values {
				values: values.clone(),
			});
		if results.is_empty() {
			log::warn!(target: "price-oracle", "no feed could be signed with this node's keys");
		}
		for (account, result) in results {
			if result.is_err() {
				log::warn!(target: "price-oracle", "feeder {:?}: pool refused the feed", account.id);
			}
		}
	}
}
