//! The price oracle (SPEC section 10): `pallet-oracle` with CyberPlaza's combine rule, its
//! feeders a `pallet-membership` set that root manages until governance does, and the
//! feeders' off-chain worker signing with keys of type `orcl`.

use super::governance::RootOrCouncil;
use super::parameters::dynamic_params;
use crate::{
	configs::{tx_extension, AssetKind},
	constants::{assets::USDC_ASSET_ID, time::MINUTES},
	AccountId, BlockNumber, Nonce, Oracle, OracleFeeders, Runtime, RuntimeCall, RuntimeEvent,
	Signature, Timestamp, UncheckedExtrinsic,
};
use codec::Encode;
use pallet_price_oracle::{MedianOfAgreeing, PriceKey};
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{ConstU32, NeverEnsureOrigin},
		PalletId,
	},
	frame_system::{
		self,
		offchain::{AppCrypto, CreateSignedTransaction, SigningTypes},
	},
	pallet_membership, pallet_oracle,
	sp_runtime::{
		generic::SignedPayload,
		traits::{StaticLookup, Verify},
		FixedU128,
	},
};

parameter_types! {
	pub const OraclePalletId: PalletId = PalletId(*b"cp/oracl");
	/// Feeder nodes feed about once a minute.
	pub const FeedEvery: BlockNumber = MINUTES;
}

/// The oracle's feeders.
pub type FeedersInstance = pallet_membership::Instance1;

impl pallet_membership::Config<FeedersInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = RootOrCouncil;
	type RemoveOrigin = RootOrCouncil;
	type SwapOrigin = RootOrCouncil;
	type ResetOrigin = RootOrCouncil;
	// The feeders have no prime.
	type PrimeOrigin = NeverEnsureOrigin<()>;
	type MembershipInitialized = ();
	// A removed feeder's feeds go with it.
	type MembershipChanged = Oracle;
	type MaxMembers = ConstU32<32>;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

impl pallet_oracle::Config for Runtime {
	type OnNewData = ();
	type CombineData = MedianOfAgreeing<Runtime>;
	type Time = Timestamp;
	type OracleKey = PriceKey;
	type OracleValue = FixedU128;
	type PalletId = OraclePalletId;
	type Members = OracleFeeders;
	type WeightInfo = pallet_oracle::weights::SubstrateWeight<Runtime>;
	type MaxHasDispatchedSize = ConstU32<32>;
	type MaxFeedValues = ConstU32<32>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmarks::Feeds;
}

impl pallet_price_oracle::Config for Runtime {
	type AuthorityId = pallet_price_oracle::offchain::crypto::FeederId;
	type MinFeeds = ConstU32<7>;
	type MaxSpread = dynamic_params::oracle::MaxSpread;
	type MaxAge = dynamic_params::oracle::PriceMaxAge;
	type PegTolerance = dynamic_params::oracle::PegTolerance;
	type FeedEvery = FeedEvery;
}

impl SigningTypes for Runtime {
	type Public = <Signature as Verify>::Signer;
	type Signature = Signature;
}

/// Feeds from off-chain workers: signed by the feeder's key with its next nonce, immortal, the
/// (refunded) fee paid in USDC, which feeders hold.
impl<C> CreateSignedTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_signed_transaction<A: AppCrypto<Self::Public, Self::Signature>>(
		call: RuntimeCall,
		public: Self::Public,
		account: AccountId,
		nonce: Nonce,
	) -> Option<UncheckedExtrinsic> {
		let extension = tx_extension(nonce, Some(AssetKind::WithId(USDC_ASSET_ID)));
		let payload = SignedPayload::new(call, extension)
			.inspect_err(|e| log::warn!(target: "price-oracle", "no signed payload: {e:?}"))
			.ok()?;
		let Some(signature) = payload.using_encoded(|bytes| A::sign(bytes, public)) else {
			log::warn!(target: "price-oracle", "the keystore did not sign for {account:?}");
			return None;
		};
		let (call, extension, _) = payload.deconstruct();
		let address = <Runtime as frame_system::Config>::Lookup::unlookup(account);
		Some(UncheckedExtrinsic::new_signed(call, address, signature, extension))
	}
}

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarks {
	use super::*;
	use polkadot_sdk::frame_support::BoundedVec;

	/// The largest feed `feed_values` is benchmarked with: every key a different cloud SKU.
	pub struct Feeds;
	impl pallet_oracle::BenchmarkHelper<PriceKey, FixedU128, ConstU32<32>> for Feeds {
		fn get_currency_id_value_pairs() -> BoundedVec<(PriceKey, FixedU128), ConstU32<32>> {
			let sku = |i: u32| {
				let instance = alloc::format!("instance-{i}").into_bytes();
				PriceKey::Cloud(pallet_price_oracle::CloudSku {
					provider: BoundedVec::truncate_from(b"cloud".to_vec()),
					region: BoundedVec::truncate_from(b"region".to_vec()),
					instance: BoundedVec::truncate_from(instance),
				})
			};
			BoundedVec::truncate_from(
				(0..32).map(|i| (sku(i), FixedU128::from_u32(i + 1))).collect(),
			)
		}
	}
}
