//! The CyberPlaza parachain runtime.
//!
//! CPT (18 decimals) is the native token held in `pallet-balances`; USDC (6 decimals) and the
//! pool's receipt token rUSDC live in `pallet-assets`. Fees are paid in CPT, or in USDC through
//! the chain's own CPT/USDC asset-conversion pool. SPEC's defaults that governance changes are
//! parameters ([`configs::parameters`]); units, ids and the genesis allocation are constants in
//! [`constants`] and [`allocation`]. There is no sudo: Root is a passed Root-track referendum.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime!` recurses deeply.
#![recursion_limit = "512"]

extern crate alloc;

use alloc::vec::Vec;

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

pub mod allocation;
mod apis;
pub mod configs;
pub mod constants;
pub mod genesis;
pub mod origins;
pub mod transfer_checks;
pub mod upgrade_timelock;

use polkadot_sdk::{
	frame_support::{construct_runtime, weights::Weight},
	sp_runtime::{
		generic, impl_opaque_keys,
		traits::{BlakeTwo256, IdentifyAccount, Verify},
		MultiSignature,
	},
	*,
};

pub use constants::{currency::*, time::*};
pub use sp_consensus_aura::sr25519::AuthorityId as AuraId;
pub use sp_runtime::{MultiAddress, Perbill, Permill};

/// A signature of a transaction.
pub type Signature = MultiSignature;
/// An account on the chain: the public key of the signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// An amount of CPT (or of a `pallet-assets` asset: both use the same type).
pub type Balance = u128;
/// An account's transaction counter.
pub type Nonce = u32;
/// A hash of data on the chain.
pub type Hash = sp_core::H256;
/// A block number (u32, as `polkadot-omni-node` expects).
pub type BlockNumber = u32;
/// The address format for naming accounts in calls.
pub type Address = MultiAddress<AccountId, ()>;
/// The identifier of a `pallet-assets` asset.
pub type AssetId = u32;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The transaction extensions, checked in this order on every signed transaction.
pub type TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim<
	Runtime,
	(
		frame_system::AuthorizeCall<Runtime>,
		frame_system::CheckNonZeroSender<Runtime>,
		frame_system::CheckSpecVersion<Runtime>,
		frame_system::CheckTxVersion<Runtime>,
		frame_system::CheckGenesis<Runtime>,
		frame_system::CheckEra<Runtime>,
		frame_system::CheckNonce<Runtime>,
		frame_system::CheckWeight<Runtime>,
		// Before fees, so that a transfer that cannot succeed costs nothing.
		transfer_checks::CheckTransfer,
		// Fees in CPT, or in any asset with a pool against CPT (USDC).
		pallet_asset_conversion_tx_payment::ChargeAssetTxPayment<Runtime>,
		frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	),
>;

/// A transaction as it arrives from outside.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// Storage migrations to run on the next runtime upgrade.
pub type Migrations = ();

/// Dispatches calls to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// Types the node needs without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;
	/// Opaque block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
}

impl_opaque_keys! {
	/// The session keys of a collator.
	pub struct SessionKeys {
		/// Block authoring.
		pub aura: Aura,
	}
}

/// The runtime's version; bump `spec_version` with every change of behaviour.
#[sp_version::runtime_version]
pub const VERSION: sp_version::RuntimeVersion = sp_version::RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("cyberplaza"),
	impl_name: alloc::borrow::Cow::Borrowed("cyberplaza"),
	authoring_version: 1,
	spec_version: 1,
	impl_version: 0,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

construct_runtime!(
	pub enum Runtime {
		System: frame_system = 0,
		ParachainSystem: cumulus_pallet_parachain_system = 1,
		Timestamp: pallet_timestamp = 2,
		ParachainInfo: staging_parachain_info = 3,
		WeightReclaim: cumulus_pallet_weight_reclaim = 4,

		Balances: pallet_balances = 10,
		TransactionPayment: pallet_transaction_payment = 11,
		// Vesting's genesis locks the allocation before any genesis pool takes liquidity.
		Vesting: pallet_vesting = 12,
		Assets: pallet_assets::<Instance1> = 13,
		PoolAssets: pallet_assets::<Instance2> = 14,
		AssetConversion: pallet_asset_conversion = 15,
		AssetTxPayment: pallet_asset_conversion_tx_payment = 16,
		// Holds on USDC: the market's storage deposits.
		AssetsHolder: pallet_assets_holder::<Instance1> = 17,

		Utility: pallet_utility = 20,
		Multisig: pallet_multisig = 21,
		Proxy: pallet_proxy = 22,

		// Collator support: the order of these five matters for their hooks.
		Authorship: pallet_authorship = 30,
		CollatorSelection: pallet_collator_selection = 31,
		Session: pallet_session = 32,
		Aura: pallet_aura = 33,
		AuraExt: cumulus_pallet_aura_ext = 34,

		XcmpQueue: cumulus_pallet_xcmp_queue = 40,
		PolkadotXcm: pallet_xcm = 41,
		CumulusXcm: cumulus_pallet_xcm = 42,
		MessageQueue: pallet_message_queue = 43,

		// The marketplace.
		Providers: pallet_providers = 50,
		Market: pallet_market = 51,
		VoteEscrow: pallet_vote_escrow = 52,
		Revenue: pallet_revenue = 53,
		Subscriptions: pallet_subscriptions = 54,
		LiquidityPool: pallet_liquidity_pool = 55,
		GroupBuy: pallet_group_buy = 56,
		Incentives: pallet_incentives = 57,

		// Prices: the oracle, its feeders, and its combine rule and feeders' worker.
		Oracle: pallet_oracle = 58,
		OracleFeeders: pallet_membership::<Instance1> = 59,
		PriceOracle: pallet_price_oracle = 60,

		// SPEC section 2's daily limit on private-sale holders.
		SaleLimits: pallet_sale_limits = 61,

		// Governance: referenda voted in veCPT, the council, and what they dispatch through.
		Preimage: pallet_preimage = 70,
		Scheduler: pallet_scheduler = 71,
		Referenda: pallet_referenda = 72,
		VeVoting: pallet_ve_voting = 73,
		Origins: origins = 74,
		Council: pallet_collective::<Instance1> = 75,
		CouncilMembership: pallet_membership::<Instance2> = 76,
		// The emergency committee and its pauses.
		EmergencyCommittee: pallet_collective::<Instance2> = 77,
		EmergencyMembership: pallet_membership::<Instance3> = 78,
		TxPause: pallet_tx_pause = 79,
		SafeMode: pallet_safe_mode = 80,
		// Runtime upgrades: 7/9 of the council, applicable only after a 48-hour timelock.
		UpgradeTimelock: upgrade_timelock = 81,
		// The operations and emergency-reserve treasuries, spending USDC.
		OperationsTreasury: pallet_treasury::<Instance1> = 82,
		ReserveTreasury: pallet_treasury::<Instance2> = 83,
		// SPEC's defaults, changeable by the parameters track or 4/9 of the council.
		Parameters: pallet_parameters = 84,
		// The arbiters of disputes up to the arbiter limit, chosen by the council.
		ArbiterCommittee: pallet_collective::<Instance3> = 85,
		ArbiterMembership: pallet_membership::<Instance4> = 86,
	}
);

cumulus_pallet_parachain_system::register_validate_block! {
	Runtime = Runtime,
	BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
}

/// The largest weight a block may use: 2 s of compute and the relay chain's PoV limit.
const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
	frame_support::weights::constants::WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
	cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
);
