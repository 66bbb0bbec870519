//! CPT incentives from the genesis buckets (SPEC section 8): the market's reward hooks, veCPT
//! locker emissions and the rUSDC and CPT/USDC liquidity farms.

use super::governance::ParametersOrigin;
use super::{pool::Rusdc, AssetKind, Native};
use crate::{
	allocation::{LP_REWARDS_PALLET_ID, SP_INCENTIVES_PALLET_ID, USER_REWARDS_PALLET_ID},
	constants::{
		assets::USDC_ASSET_ID,
		currency::{CPT, USDC},
	},
	AccountId, Balances, PoolAssets, Runtime, Subscriptions, Timestamp, VoteEscrow,
};
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{fungible::ItemOf, ConstU128, ConstU32, Get},
		PalletId,
	},
	pallet_asset_conversion::{self, PoolLocator},
};

parameter_types! {
	pub const UserRewardsPalletId: PalletId = USER_REWARDS_PALLET_ID;
	pub const SpIncentivesPalletId: PalletId = SP_INCENTIVES_PALLET_ID;
	pub const LpRewardsPalletId: PalletId = LP_REWARDS_PALLET_ID;
}

/// The liquidity token of the chain's CPT/USDC pool (seeded at genesis); an id no asset has
/// while the pool does not exist, so staking then fails.
pub struct CptUsdcLpToken;

impl Get<u32> for CptUsdcLpToken {
	fn get() -> u32 {
		let usdc = AssetKind::WithId(USDC_ASSET_ID);
		<Runtime as pallet_asset_conversion::Config>::PoolLocator::pool_id(&Native::get(), &usdc)
			.ok()
			.and_then(pallet_asset_conversion::Pools::<Runtime>::get)
			.map_or(u32::MAX, |pool| pool.lp_token)
	}
}

impl pallet_incentives::Config for Runtime {
	type Native = Balances;
	type PoolShares = Rusdc;
	type DexShares = ItemOf<PoolAssets, CptUsdcLpToken, AccountId>;
	type Time = Timestamp;
	type VoteWeight = VoteEscrow;
	type Subscriptions = Subscriptions;
	// Prices and budgets: the parameters track or 4/9 of the council.
	type AdminOrigin = ParametersOrigin;
	type UserBucket = UserRewardsPalletId;
	type SpBucket = SpIncentivesPalletId;
	type LpBucket = LpRewardsPalletId;
	type CptUnit = ConstU128<CPT>;
	type UsdcUnit = ConstU128<USDC>;
	type Prices = crate::PriceOracle;
	type MaxClaimWeeks = ConstU32<52>;
	type WeightInfo = pallet_incentives::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmarks::Helper;
}

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarks {
	use super::*;
	use crate::{configs::providers::TimestampSetter, Balance};
	use pallet_providers::benchmarking::BenchmarkHelper as _;
	use pallet_revenue::BenchmarkHelper as _;
	use polkadot_sdk::frame_support::traits::{fungible::Mutate as _, fungibles::Mutate as _};

	/// Moves time, funds farm tokens and locks veCPT.
	pub struct Helper;

	impl pallet_incentives::BenchmarkHelper<AccountId> for Helper {
		fn set_time(seconds: u64) {
			TimestampSetter::set_time(seconds);
			super::super::revenue::benchmarks::Helper::advance_to(seconds);
		}

		fn fund_farm_tokens(who: &AccountId, amount: Balance) {
			Balances::set_balance(who, 1_000 * CPT);
			crate::Assets::mint_into(crate::constants::assets::RUSDC_ASSET_ID, who, amount)
				.expect("rUSDC exists from genesis");
			PoolAssets::mint_into(CptUsdcLpToken::get(), who, amount)
				.expect("the CPT/USDC pool exists from genesis");
		}

		fn lock(who: &AccountId, _week: u64) {
			super::super::revenue::benchmarks::Helper::lock(who, 1_000 * CPT, 208);
		}
	}
}
