//! veCPT, the revenue split with buy-back-and-burn and weekly staking rewards, and SaaS
//! subscriptions (SPEC sections 5 and 6).

use super::governance::ParametersOrigin;
use super::parameters::dynamic_params;
use super::{providers::Usdc, AssetKind, Native};
use crate::{
	allocation::{
		pallet_account, FOUNDATION_REVENUE_PALLET_ID, OPERATIONS_PALLET_ID, RESERVE_PALLET_ID,
		REVENUE_PALLET_ID, TEAM_REVENUE_PALLET_ID,
	},
	constants::{
		assets::USDC_ASSET_ID,
		currency::{CPT, USDC},
		time::DAY_SECS,
	},
	AccountId, AssetConversion, Balance, Balances, Revenue, Runtime, RuntimeFreezeReason,
	Timestamp, VoteEscrow,
};
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{ConstU128, ConstU32, ConstU64},
		PalletId,
	},
	pallet_asset_conversion::{self, Swap},
	sp_runtime::DispatchError,
};

impl pallet_vote_escrow::Config for Runtime {
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type Time = Timestamp;
	// The curve, tiers and splits: the parameters track or 4/9 of the council.
	type AdminOrigin = ParametersOrigin;
	type MaxKnots = ConstU32<16>;
	type MaxTiers = ConstU32<8>;
	type MaxCatchUpWeeks = ConstU32<8>;
	type WeightInfo = pallet_vote_escrow::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmarks::Helper;
}

parameter_types! {
	pub const RevenuePalletId: PalletId = REVENUE_PALLET_ID;
	pub OperationsAccount: AccountId = pallet_account(OPERATIONS_PALLET_ID);
	pub TeamRevenueAccount: AccountId = pallet_account(TEAM_REVENUE_PALLET_ID);
	pub FoundationRevenueAccount: AccountId = pallet_account(FOUNDATION_REVENUE_PALLET_ID);
	pub ReserveAccount: AccountId = pallet_account(RESERVE_PALLET_ID);
}

impl pallet_revenue::Config for Runtime {
	type Stable = Usdc;
	type Native = Balances;
	type Time = Timestamp;
	type VoteWeight = VoteEscrow;
	type BuyBackMarket = CptUsdcPool;
	type Prices = crate::PriceOracle;
	type CptUnit = ConstU128<CPT>;
	type UsdcUnit = ConstU128<USDC>;
	type AdminOrigin = ParametersOrigin;
	type PalletId = RevenuePalletId;
	type OperationsAccount = OperationsAccount;
	type TeamAccount = TeamRevenueAccount;
	type FoundationAccount = FoundationRevenueAccount;
	type ReserveAccount = ReserveAccount;
	/// Every minute.
	type PayoutPeriod = ConstU32<10>;
	type MaxPriceImpact = dynamic_params::revenue::MaxPriceImpact;
	type MaxSlippage = dynamic_params::revenue::MaxSlippage;
	type MinBuyBack = dynamic_params::revenue::MinBuyBack;
	type MaxClaimWeeks = ConstU32<52>;
	type MaxWeeksClosedPerBlock = ConstU32<8>;
	type WeightInfo = pallet_revenue::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmarks::Helper;
}

impl pallet_subscriptions::Config for Runtime {
	type Time = Timestamp;
	type Revenue = Revenue;
	type AdminOrigin = ParametersOrigin;
	type Month = ConstU64<{ 30 * DAY_SECS }>;
	type MaxMonths = ConstU32<36>;
	type WeightInfo = pallet_subscriptions::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmarks::Helper;
}

/// The chain's own CPT/USDC pool in asset conversion.
pub struct CptUsdcPool;

impl CptUsdcPool {
	fn usdc() -> AssetKind {
		AssetKind::WithId(USDC_ASSET_ID)
	}
}

impl pallet_revenue::BuyBackMarket<AccountId> for CptUsdcPool {
	fn reserves() -> Option<(Balance, Balance)> {
		pallet_asset_conversion::Pallet::<Runtime>::get_reserves(Self::usdc(), Native::get()).ok()
	}

	fn swap(from: &AccountId, usdc: Balance, min_cpt: Balance) -> Result<Balance, DispatchError> {
		<AssetConversion as Swap<AccountId>>::swap_exact_tokens_for_tokens(
			from.clone(),
			alloc::vec![Self::usdc(), Native::get()],
			usdc,
			Some(min_cpt),
			from.clone(),
			true,
		)
	}
}

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarks {
	use super::*;
	use crate::configs::providers::TimestampSetter;
	use pallet_providers::benchmarking::BenchmarkHelper as _;
	use polkadot_sdk::{
		frame_support::traits::{fungible::Mutate as _, fungibles::Mutate as _, Hooks},
		sp_runtime::{FixedPointNumber, FixedU128},
	};

	/// Moves time, locks veCPT, funds accounts and the pool for the benchmarks.
	pub struct Helper;

	impl pallet_vote_escrow::BenchmarkHelper for Helper {
		fn set_time(seconds: u64) {
			TimestampSetter::set_time(seconds);
		}
	}

	impl pallet_ve_voting::benchmarking::BenchmarkHelper<AccountId> for Helper {
		fn set_time(seconds: u64) {
			TimestampSetter::set_time(seconds);
		}

		fn give_weight(who: &AccountId, weight: Balance) {
			// Twice the weight over the longest lock: at least the weight for its first years.
			<Self as pallet_revenue::BenchmarkHelper<AccountId>>::lock(
				who,
				weight.saturating_mul(2).max(CPT),
				208,
			);
		}
	}

	impl pallet_revenue::BenchmarkHelper<AccountId> for Helper {
		fn advance_to(seconds: u64) {
			TimestampSetter::set_time(seconds);
			VoteEscrow::on_initialize(0);
		}

		fn lock(who: &AccountId, cpt: Balance, weeks: u32) {
			// A spare CPT beyond the lock keeps the account alive.
			Balances::set_balance(who, cpt + CPT);
			let end = pallet_vote_escrow::Pallet::<Runtime>::now()
				+ u64::from(weeks) * pallet_vote_escrow::Pallet::<Runtime>::week();
			VoteEscrow::create_lock(crate::RuntimeOrigin::signed(who.clone()), cpt, end)
				.expect("the lock is valid");
		}

		fn create_pool() {
			// Every genesis preset seeds the CPT/USDC pool; the benchmark deepens it.
			let provider: AccountId = polkadot_sdk::frame_benchmarking::account("lp", 0, 0);
			Balances::set_balance(&provider, 10_000_001 * CPT);
			// More than it adds: the provider's accounts stay alive.
			crate::Assets::mint_into(USDC_ASSET_ID, &provider, 1_000_001 * USDC)
				.expect("USDC exists from genesis");
			AssetConversion::add_liquidity(
				crate::RuntimeOrigin::signed(provider.clone()),
				alloc::boxed::Box::new(Native::get()),
				alloc::boxed::Box::new(CptUsdcPool::usdc()),
				10_000_000 * CPT,
				1_000_000 * USDC,
				0,
				0,
				provider,
			)
			.expect("the pool exists");
			// The oracle prices CPT as the pool does, so that the buy-back buys.
			let (usdc, cpt) = <CptUsdcPool as pallet_revenue::BuyBackMarket<AccountId>>::reserves()
				.expect("the pool exists");
			let value = FixedU128::saturating_from_rational(usdc * CPT, cpt * USDC);
			let timestamp = <Timestamp as polkadot_sdk::frame_support::traits::Time>::now();
			polkadot_sdk::pallet_oracle::Values::<Runtime>::insert(
				cyberplaza_primitives::PriceKey::CptUsd,
				polkadot_sdk::pallet_oracle::TimestampedValue { value, timestamp },
			);
		}
	}

	impl pallet_subscriptions::BenchmarkHelper<AccountId> for Helper {
		fn set_time(seconds: u64) {
			TimestampSetter::set_time(seconds);
		}

		fn fund(who: &AccountId, amount: Balance) {
			crate::Assets::mint_into(USDC_ASSET_ID, who, amount).expect("USDC exists");
		}
	}
}
