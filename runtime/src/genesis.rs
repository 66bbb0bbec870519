//! Genesis presets: `development` (one collator) and `local_testnet` (two collators).
//!
//! Both encode SPEC section 2 with the well-known dev accounts as holders: the accounts get their
//! CPT out of the table, never on top of it, so total issuance is exactly 100,000,000 CPT.

use crate::{
	allocation::{self, Holders},
	configs::AssetKind,
	constants::{
		assets::{RUSDC_ASSET_ID, USDC_ASSET_ID},
		currency::{CPT, USDC, USDC_MIN_BALANCE},
		time::DAY_SECS,
		PARACHAIN_ID,
	},
	AccountId, AssetConversionConfig, AssetsConfig, AuraId, Balance, BalancesConfig,
	CollatorSelectionConfig, CouncilMembershipConfig, EmergencyMembershipConfig, IncentivesConfig,
	LiquidityPoolConfig, OracleFeedersConfig, ParachainInfoConfig, PolkadotXcmConfig,
	ProvidersConfig, RuntimeGenesisConfig, SaleLimitsConfig, SessionConfig, SessionKeys,
	SubscriptionsConfig, SudoConfig, VestingConfig, VoteEscrowConfig,
};
use alloc::{vec, vec::Vec};
use polkadot_sdk::{
	frame_support::build_struct_json_patch, sp_genesis_builder::PresetId,
	sp_keyring::Sr25519Keyring, staging_xcm::prelude::XCM_VERSION, *,
};

/// USDC minted to each dev account on dev and local chains.
pub const DEV_USDC_PER_ACCOUNT: Balance = 1_000_000 * USDC;
/// CPT in the dev CPT/USDC pool: with [`DEV_POOL_USDC`], 1 CPT = 0.10 USDC.
pub const DEV_POOL_CPT: Balance = 500_000 * CPT;
/// USDC in the dev CPT/USDC pool.
pub const DEV_POOL_USDC: Balance = 50_000 * USDC;
/// The bond a collator candidate must hold.
pub const CANDIDACY_BOND: Balance = 1_000 * CPT;

/// The dev accounts as holders of the vesting buckets: Alice and Bob share the foundation's,
/// Charlie and Dave the private sale's, Eve and Ferdie the team's. Alice endows the collators'
/// pot.
pub fn dev_holders() -> Holders {
	let split = |amount: Balance, a: Sr25519Keyring, b: Sr25519Keyring| {
		vec![(a.to_account_id(), amount / 2), (b.to_account_id(), amount - amount / 2)]
	};
	Holders {
		foundation: split(allocation::FOUNDATION, Sr25519Keyring::Alice, Sr25519Keyring::Bob),
		private_sale: split(
			allocation::PRIVATE_SALE,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
		),
		team: split(allocation::TEAM, Sr25519Keyring::Eve, Sr25519Keyring::Ferdie),
		endowed: vec![crate::configs::StakingPot::get()],
	}
}

/// The six well-known dev accounts.
pub fn dev_accounts() -> Vec<AccountId> {
	[
		Sr25519Keyring::Alice,
		Sr25519Keyring::Bob,
		Sr25519Keyring::Charlie,
		Sr25519Keyring::Dave,
		Sr25519Keyring::Eve,
		Sr25519Keyring::Ferdie,
	]
	.into_iter()
	.map(|key| key.to_account_id())
	.collect()
}

/// The oracle's feeders on dev and local chains: the six dev accounts, `One` and `Two`, eight,
/// one more than the seven agreeing feeds a price needs, so one feeder offline freezes nothing.
pub fn dev_feeders() -> Vec<Sr25519Keyring> {
	vec![
		Sr25519Keyring::Alice,
		Sr25519Keyring::Bob,
		Sr25519Keyring::Charlie,
		Sr25519Keyring::Dave,
		Sr25519Keyring::Eve,
		Sr25519Keyring::Ferdie,
		Sr25519Keyring::One,
		Sr25519Keyring::Two,
	]
}

/// The council of dev and local chains: Alice, Bob and Charlie, so that two of them carry its
/// 4/9 and 5/9 motions and all three its 7/9 ones.
pub fn dev_council() -> Vec<Sr25519Keyring> {
	vec![Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
}

/// The emergency committee of dev and local chains: Charlie, Dave and Ferdie, so that two of
/// them carry its 3/5 pauses.
pub fn dev_emergency_committee() -> Vec<Sr25519Keyring> {
	vec![Sr25519Keyring::Charlie, Sr25519Keyring::Dave, Sr25519Keyring::Ferdie]
}

/// The accounts of `keys`.
fn accounts(keys: &[Sr25519Keyring]) -> Vec<AccountId> {
	keys.iter().map(|key| key.to_account_id()).collect()
}

/// The dev chain's week: a minute, so that weekly rewards and locks can be watched (and tested
/// end to end) on one machine. Other chains use real weeks.
pub const DEV_WEEK_SECS: u64 = 60;
/// The dev chain's SP probation: two minutes, so that certification can be watched (and tested
/// end to end) on one machine.
pub const DEV_PROBATION_SECS: u64 = 120;
/// The dev chain's withdrawal-throttle period of the liquidity pool: half a minute.
pub const DEV_THROTTLE_SECS: u64 = 30;
/// The dev chain's holding period of new rUSDC: five blocks.
pub const DEV_HOLDING_SECS: u64 = 15;
/// The dev chain's incentive month: five minutes, so that monthly budgets close on one machine.
pub const DEV_MONTH_SECS: u64 = 300;

/// Seconds in a test chain's incentive month, SP probation, pool withdrawal-throttle period and
/// rUSDC holding period.
struct Periods {
	month: u64,
	probation: u64,
	throttle: u64,
	holding: u64,
}

/// A test chain's genesis: the allocation table, test USDC, a seeded CPT/USDC pool, veCPT
/// weeks of `week` seconds and the other periods of `times`, subscription plans and sudo.
fn test_chain_genesis(
	collators: Vec<Sr25519Keyring>,
	sudo: AccountId,
	week: u64,
	times: Periods,
) -> serde_json::Value {
	let holders = dev_holders();
	let pool_provider = Sr25519Keyring::Alice.to_account_id();
	let usdc = AssetKind::WithId(USDC_ASSET_ID);
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances: holders.balances() },
		vesting: VestingConfig { vesting: holders.vesting() },
		sale_limits: SaleLimitsConfig { holders: holders.private_sale.clone() },
		assets: AssetsConfig {
			assets: vec![
				(
					USDC_ASSET_ID,
					allocation::pallet_account(allocation::BRIDGE_PALLET_ID),
					true,
					USDC_MIN_BALANCE
				),
				// Sufficient, so that an LP holding only USDC can hold rUSDC.
				(
					RUSDC_ASSET_ID,
					allocation::pallet_account(allocation::LIQUIDITY_POOL_PALLET_ID),
					true,
					USDC_MIN_BALANCE
				),
			],
			metadata: vec![
				(USDC_ASSET_ID, b"USD Coin".to_vec(), b"USDC".to_vec(), 6),
				(RUSDC_ASSET_ID, b"CyberPlaza pool USDC".to_vec(), b"rUSDC".to_vec(), 6),
			],
			// The market's escrow, the revenue account, the liquidity pool and group buys hold
			// USDC's minimum balance for good: paying out never reaps them, and revenue takes
			// fees of any size.
			// Feeders pay their (refunded) fees in USDC; `One` and `Two` hold some for that.
			accounts: dev_accounts()
				.into_iter()
				.chain([Sr25519Keyring::One, Sr25519Keyring::Two].map(|k| k.to_account_id()))
				.map(|who| (USDC_ASSET_ID, who, DEV_USDC_PER_ACCOUNT))
				.chain(
					[
						allocation::MARKET_PALLET_ID,
						allocation::REVENUE_PALLET_ID,
						allocation::LIQUIDITY_POOL_PALLET_ID,
						allocation::GROUP_BUY_PALLET_ID,
					]
					.map(|id| (
						USDC_ASSET_ID,
						allocation::pallet_account(id),
						USDC_MIN_BALANCE
					))
				)
				.collect(),
		},
		asset_conversion: AssetConversionConfig {
			pools: vec![(AssetKind::Native, usdc, pool_provider, DEV_POOL_CPT, DEV_POOL_USDC)],
		},
		vote_escrow: VoteEscrowConfig { week, tiers: pallet_vote_escrow::spec_tiers(CPT).to_vec() },
		providers: ProvidersConfig { probation: times.probation },
		liquidity_pool: LiquidityPoolConfig {
			throttle_period: Some(times.throttle),
			holding_period: Some(times.holding),
		},
		incentives: IncentivesConfig {
			month: times.month,
			// The governance price of CPT matches the seeded pool's.
			params: Some(pallet_incentives::Params {
				cpt_price: DEV_POOL_USDC * CPT / DEV_POOL_CPT,
				..pallet_incentives::spec_params(CPT, USDC)
			}),
		},
		oracle_feeders: OracleFeedersConfig {
			members: accounts(&dev_feeders()).try_into().expect("eight feeders fit"),
		},
		council_membership: CouncilMembershipConfig {
			members: accounts(&dev_council()).try_into().expect("three members fit nine seats"),
		},
		emergency_membership: EmergencyMembershipConfig {
			members: accounts(&dev_emergency_committee())
				.try_into()
				.expect("three members fit five seats"),
		},
		subscriptions: SubscriptionsConfig {
			plans: pallet_subscriptions::spec_plans(USDC).to_vec()
		},
		parachain_info: ParachainInfoConfig { parachain_id: PARACHAIN_ID.into() },
		collator_selection: CollatorSelectionConfig {
			invulnerables: collators.iter().map(|key| key.to_account_id()).collect(),
			candidacy_bond: CANDIDACY_BOND,
		},
		session: SessionConfig {
			keys: collators
				.iter()
				.map(|key| {
					let account = key.to_account_id();
					let aura: AuraId = key.public().into();
					(account.clone(), account, SessionKeys { aura })
				})
				.collect(),
		},
		polkadot_xcm: PolkadotXcmConfig { safe_xcm_version: Some(XCM_VERSION) },
		sudo: SudoConfig { key: Some(sudo) },
	})
}

/// The `development` preset: Alice collates alone and holds sudo.
fn development() -> serde_json::Value {
	test_chain_genesis(
		vec![Sr25519Keyring::Alice],
		Sr25519Keyring::Alice.to_account_id(),
		DEV_WEEK_SECS,
		Periods {
			month: DEV_MONTH_SECS,
			probation: DEV_PROBATION_SECS,
			throttle: DEV_THROTTLE_SECS,
			holding: DEV_HOLDING_SECS,
		},
	)
}

/// The `local_testnet` preset: Alice and Bob collate; Alice holds sudo.
fn local_testnet() -> serde_json::Value {
	test_chain_genesis(
		vec![Sr25519Keyring::Alice, Sr25519Keyring::Bob],
		Sr25519Keyring::Alice.to_account_id(),
		7 * DAY_SECS,
		Periods {
			month: 30 * DAY_SECS,
			probation: 30 * DAY_SECS,
			throttle: DAY_SECS,
			holding: pallet_liquidity_pool::HOLDING,
		},
	)
}

/// The JSON patch of a named preset, or `None` for an unknown name.
pub fn preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
