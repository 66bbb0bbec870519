//! Genesis presets: `development` (one collator), `local_testnet` (two collators) and `live`
//! (placeholders for every account, to be replaced at launch).
//!
//! All three encode SPEC section 2 (dev and local with the well-known dev accounts as holders):
//! the holders get their CPT out of the table, never on top of it, so total issuance is exactly
//! 100,000,000 CPT.

use crate::{
	allocation::{self, Holders},
	configs::AssetKind,
	constants::{
		assets::{RUSDC_ASSET_ID, USDC_ASSET_ID},
		currency::{CPT, USDC, USDC_MIN_BALANCE},
		time::DAY_SECS,
		PARACHAIN_ID,
	},
	AccountId, ArbiterMembershipConfig, AssetConversionConfig, AssetsConfig, AuraId, Balance,
	BalancesConfig, CollatorSelectionConfig, CouncilMembershipConfig, EmergencyMembershipConfig,
	IncentivesConfig, LiquidityPoolConfig, OracleFeedersConfig, ParachainInfoConfig,
	PolkadotXcmConfig, ProvidersConfig, RuntimeGenesisConfig, SaleLimitsConfig, SessionConfig,
	SessionKeys, SubscriptionsConfig, VestingConfig, VoteEscrowConfig,
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
		endowed: endowed_accounts(),
	}
}

/// The accounts that must exist from the first block: the collators' pot (it receives fees) and
/// the two treasuries (whose pallet would otherwise mint them the existential deposit).
pub fn endowed_accounts() -> Vec<AccountId> {
	use crate::configs::{treasury, StakingPot};
	vec![
		StakingPot::get(),
		treasury::OperationsTreasuryAccount::get(),
		treasury::ReserveTreasuryAccount::get(),
	]
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

/// The arbiters of dev and local chains: Dave, Eve and Ferdie, so that two of them decide a
/// dispute.
pub fn dev_arbiters() -> Vec<Sr25519Keyring> {
	vec![Sr25519Keyring::Dave, Sr25519Keyring::Eve, Sr25519Keyring::Ferdie]
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

/// Seconds in a chain's veCPT week, incentive month, SP probation, pool withdrawal-throttle
/// period and rUSDC holding period.
struct Periods {
	week: u64,
	month: u64,
	probation: u64,
	throttle: u64,
	holding: u64,
}

/// SPEC's lengths, for every chain but the dev chain.
const SPEC_PERIODS: Periods = Periods {
	week: 7 * DAY_SECS,
	month: 30 * DAY_SECS,
	probation: 30 * DAY_SECS,
	throttle: DAY_SECS,
	holding: pallet_liquidity_pool::HOLDING,
};

/// Who a chain starts with: its CPT holders, collators, council, emergency committee, arbiters
/// and oracle feeders.
struct Members {
	holders: Holders,
	collators: Vec<(AccountId, AuraId)>,
	council: Vec<AccountId>,
	emergency_committee: Vec<AccountId>,
	arbiters: Vec<AccountId>,
	feeders: Vec<AccountId>,
}

/// The members of dev and local chains: dev accounts, with `collators` collating.
fn dev_members(collators: &[Sr25519Keyring]) -> Members {
	Members {
		holders: dev_holders(),
		collators: collators.iter().map(|key| (key.to_account_id(), key.public().into())).collect(),
		council: accounts(&dev_council()),
		emergency_committee: accounts(&dev_emergency_committee()),
		arbiters: accounts(&dev_arbiters()),
		feeders: accounts(&dev_feeders()),
	}
}

/// A chain's genesis: the allocation table held by `members.holders`, USDC and rUSDC as assets,
/// subscription plans, the governance bodies and collators of `members` and the lengths of
/// `periods`. With `test_usdc`, dev accounts get test USDC and a CPT/USDC pool is seeded; without
/// it no USDC exists until the bridge brings some.
fn chain_genesis(members: Members, periods: Periods, test_usdc: bool) -> serde_json::Value {
	let usdc = AssetKind::WithId(USDC_ASSET_ID);
	let (usdc_accounts, pools) = if test_usdc {
		let pool_provider = Sr25519Keyring::Alice.to_account_id();
		(
			test_usdc_accounts(),
			vec![(AssetKind::Native, usdc, pool_provider, DEV_POOL_CPT, DEV_POOL_USDC)],
		)
	} else {
		(vec![], vec![])
	};
	// The governance price of CPT matches the seeded pool's where there is one.
	let spec_incentives = pallet_incentives::spec_params(CPT, USDC);
	let incentives = if test_usdc {
		pallet_incentives::Params {
			cpt_price: DEV_POOL_USDC * CPT / DEV_POOL_CPT,
			..spec_incentives
		}
	} else {
		spec_incentives
	};
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances: members.holders.balances() },
		vesting: VestingConfig { vesting: members.holders.vesting() },
		sale_limits: SaleLimitsConfig { holders: members.holders.private_sale.clone() },
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
			accounts: usdc_accounts,
		},
		asset_conversion: AssetConversionConfig { pools },
		vote_escrow: VoteEscrowConfig {
			week: periods.week,
			tiers: pallet_vote_escrow::spec_tiers(CPT).to_vec()
		},
		providers: ProvidersConfig { probation: periods.probation },
		liquidity_pool: LiquidityPoolConfig {
			throttle_period: Some(periods.throttle),
			holding_period: Some(periods.holding),
		},
		incentives: IncentivesConfig { month: periods.month, params: Some(incentives) },
		oracle_feeders: OracleFeedersConfig {
			members: members.feeders.try_into().expect("at most eight feeders"),
		},
		council_membership: CouncilMembershipConfig {
			members: members.council.try_into().expect("at most nine seats"),
		},
		emergency_membership: EmergencyMembershipConfig {
			members: members.emergency_committee.try_into().expect("at most five seats"),
		},
		arbiter_membership: ArbiterMembershipConfig {
			members: members.arbiters.try_into().expect("at most seven seats"),
		},
		subscriptions: SubscriptionsConfig {
			plans: pallet_subscriptions::spec_plans(USDC).to_vec()
		},
		parachain_info: ParachainInfoConfig { parachain_id: PARACHAIN_ID.into() },
		collator_selection: CollatorSelectionConfig {
			invulnerables: members.collators.iter().map(|(account, _)| account.clone()).collect(),
			candidacy_bond: CANDIDACY_BOND,
		},
		session: SessionConfig {
			keys: members
				.collators
				.into_iter()
				.map(|(account, aura)| (account.clone(), account, SessionKeys { aura }))
				.collect(),
		},
		polkadot_xcm: PolkadotXcmConfig { safe_xcm_version: Some(XCM_VERSION) },
	})
}

/// Test USDC: each dev account (and `One` and `Two`, feeders that pay their refunded fees in
/// USDC) holds [`DEV_USDC_PER_ACCOUNT`]. The market's escrow, the revenue account, the liquidity
/// pool and group buys hold USDC's minimum balance for good: paying out never reaps them, and
/// revenue takes fees of any size.
fn test_usdc_accounts() -> Vec<(u32, AccountId, Balance)> {
	dev_accounts()
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
			.map(|id| (USDC_ASSET_ID, allocation::pallet_account(id), USDC_MIN_BALANCE)),
		)
		.collect()
}

/// The `development` preset: Alice collates alone; periods of minutes.
fn development() -> serde_json::Value {
	chain_genesis(
		dev_members(&[Sr25519Keyring::Alice]),
		Periods {
			week: DEV_WEEK_SECS,
			month: DEV_MONTH_SECS,
			probation: DEV_PROBATION_SECS,
			throttle: DEV_THROTTLE_SECS,
			holding: DEV_HOLDING_SECS,
		},
		true,
	)
}

/// The `local_testnet` preset: Alice and Bob collate; SPEC's periods.
fn local_testnet() -> serde_json::Value {
	chain_genesis(dev_members(&[Sr25519Keyring::Alice, Sr25519Keyring::Bob]), SPEC_PERIODS, true)
}

/// The name of the live chain's preset.
pub const LIVE_PRESET: &str = "live";

/// A placeholder account of the live preset: the BLAKE2-256 hash of
/// `cyberplaza/live/<role>/<index>`, which no key controls. The chain spec's README lists them;
/// a launch replaces every one in the plain chain spec before building the raw one.
pub fn live_placeholder(role: &str, index: u32) -> AccountId {
	let label = alloc::format!("cyberplaza/live/{role}/{index}");
	AccountId::from(sp_io::hashing::blake2_256(label.as_bytes()))
}

/// The placeholders of one role, numbered from 1.
fn live_placeholders(role: &str, count: u32) -> Vec<AccountId> {
	(1..=count).map(|index| live_placeholder(role, index)).collect()
}

/// The `live` preset: no dev account, no sudo, no USDC (the bridge mints it), SPEC's periods;
/// holders, collators, a full council of nine, a committee of five and eight feeders are
/// placeholders.
fn live() -> serde_json::Value {
	let holder = |role| live_placeholder(role, 1);
	let members = Members {
		holders: Holders {
			foundation: vec![(holder("foundation"), allocation::FOUNDATION)],
			private_sale: vec![(holder("private-sale"), allocation::PRIVATE_SALE)],
			team: vec![(holder("team"), allocation::TEAM)],
			endowed: endowed_accounts(),
		},
		collators: live_placeholders("collator", 2)
			.into_iter()
			.map(|account| {
				let aura = AuraId::from(sp_core::sr25519::Public::from_raw(account.clone().into()));
				(account, aura)
			})
			.collect(),
		council: live_placeholders("council", 9),
		emergency_committee: live_placeholders("emergency-committee", 5),
		arbiters: live_placeholders("arbiter", 3),
		feeders: live_placeholders("feeder", 8),
	};
	chain_genesis(members, SPEC_PERIODS, false)
}

/// The JSON patch of a named preset, or `None` for an unknown name.
pub fn preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		LIVE_PRESET => live(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(LIVE_PRESET),
	]
}
