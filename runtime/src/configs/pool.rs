//! The USDC liquidity pool (rUSDC) with its insurance fund, and group buys (SPEC sections 7
//! and 8).

use super::providers::Usdc;
use crate::{
	allocation::{GROUP_BUY_PALLET_ID, LIQUIDITY_POOL_PALLET_ID},
	constants::{
		assets::RUSDC_ASSET_ID,
		currency::{USDC, USDC_MIN_BALANCE},
	},
	AccountId, Assets, LiquidityPool, Market, Providers, Revenue, Runtime, Timestamp,
};
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{fungible::ItemOf, ConstU128, ConstU32},
		PalletId,
	},
	frame_system::EnsureRoot,
	sp_runtime::Permill,
};

/// rUSDC, minted and burned only by the pool.
pub type Rusdc = ItemOf<Assets, ConstU32<RUSDC_ASSET_ID>, AccountId>;

parameter_types! {
	pub const LiquidityPoolPalletId: PalletId = LIQUIDITY_POOL_PALLET_ID;
	pub const GroupBuyPalletId: PalletId = GROUP_BUY_PALLET_ID;
	pub const UtilisationCap: Permill = Permill::from_percent(80);
	pub const DailyWithdrawLimit: Permill = Permill::from_percent(10);
	pub const InsuranceCut: Permill = Permill::from_percent(10);
	pub const InsuranceTarget: Permill = Permill::from_percent(10);
}

impl pallet_liquidity_pool::Config for Runtime {
	type Stable = Usdc;
	type Shares = Rusdc;
	type Time = Timestamp;
	type PalletId = LiquidityPoolPalletId;
	type MinDeposit = ConstU128<{ 10 * USDC }>;
	/// rUSDC's minimum balance stays in the pool for good.
	type LockedShares = ConstU128<USDC_MIN_BALANCE>;
	type UtilisationCap = UtilisationCap;
	type DailyWithdrawLimit = DailyWithdrawLimit;
	type InsuranceCut = InsuranceCut;
	type InsuranceTarget = InsuranceTarget;
	type MaxQueueLen = ConstU32<1_000>;
	type MaxServedPerBlock = ConstU32<16>;
	type WeightInfo = ();
}

impl pallet_group_buy::Config for Runtime {
	type Stable = Usdc;
	type Time = Timestamp;
	type Registry = Providers;
	type Vouchers = Market;
	type Pool = LiquidityPool;
	type Revenue = Revenue;
	// The platform's group-buy desk; governance (a later issue) may hand it to a committee.
	type OperatorOrigin = EnsureRoot<AccountId>;
	type PalletId = GroupBuyPalletId;
	type MaxParticipants = ConstU32<10_000>;
	type MaxFinalisePerCall = ConstU32<64>;
	type WeightInfo = ();
}
