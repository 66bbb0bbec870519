//! The USDC liquidity pool (rUSDC) with its insurance fund, and group buys (SPEC sections 7
//! and 8).

use super::governance::RootOrCouncil;
use super::parameters::dynamic_params;
use super::providers::{Usdc, UsdcHolds};
use crate::{
	allocation::{GROUP_BUY_PALLET_ID, LIQUIDITY_POOL_PALLET_ID},
	constants::{
		assets::RUSDC_ASSET_ID,
		currency::{USDC, USDC_MIN_BALANCE},
	},
	AccountId, Assets, LiquidityPool, Market, Providers, Revenue, Runtime, RuntimeHoldReason,
	Timestamp,
};
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{fungible::ItemOf, ConstU128, ConstU32},
		PalletId,
	},
	sp_runtime::Permill,
};

/// rUSDC, minted and burned only by the pool.
pub type Rusdc = ItemOf<Assets, ConstU32<RUSDC_ASSET_ID>, AccountId>;

parameter_types! {
	pub const LiquidityPoolPalletId: PalletId = LIQUIDITY_POOL_PALLET_ID;
	pub const GroupBuyPalletId: PalletId = GROUP_BUY_PALLET_ID;
	/// A queue worth up to 1% of the day's allowance does not hold advances back.
	pub const QueueDustShare: Permill = Permill::from_percent(1);
}

impl pallet_liquidity_pool::Config for Runtime {
	type Stable = Usdc;
	type Shares = Rusdc;
	type Time = Timestamp;
	type PalletId = LiquidityPoolPalletId;
	type MinDeposit = ConstU128<{ 10 * USDC }>;
	/// rUSDC's minimum balance stays in the pool for good.
	type LockedShares = ConstU128<USDC_MIN_BALANCE>;
	type UtilisationCap = dynamic_params::pool::UtilisationCap;
	type DailyWithdrawLimit = dynamic_params::pool::DailyWithdrawLimit;
	type InsuranceCut = dynamic_params::pool::InsuranceCut;
	type InsuranceTarget = dynamic_params::pool::InsuranceTarget;
	type QueueDustShare = QueueDustShare;
	type MaxOpenAdvances = ConstU32<64>;
	type MaxQueueLen = ConstU32<1_000>;
	type MaxServedPerBlock = ConstU32<16>;
	type WeightInfo = pallet_liquidity_pool::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmarks::Helper;
}

impl pallet_group_buy::Config for Runtime {
	type Stable = Usdc;
	type Holds = UsdcHolds;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Timestamp;
	type Registry = Providers;
	type Vouchers = Market;
	type Pool = LiquidityPool;
	type Revenue = Revenue;
	// The platform's group-buy desk: the council (5/9).
	type OperatorOrigin = RootOrCouncil;
	type PalletId = GroupBuyPalletId;
	type MaxParticipants = ConstU32<10_000>;
	type MaxFinalisePerCall = ConstU32<64>;
	type WeightInfo = pallet_group_buy::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmarks::Helper;
}

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarks {
	use super::*;
	use crate::{
		configs::{market::benchmarks::Helper as MarketHelper, providers::TimestampSetter},
		constants::{assets::USDC_ASSET_ID, time::DAY_SECS},
		Balance, RuntimeOrigin,
	};
	use cyberplaza_primitives::Region;
	use pallet_market::{
		benchmarking::BenchmarkHelper as _, HardwareSpec, OfferTerms, ResourceKind, Sla,
	};
	use pallet_providers::{benchmarking::BenchmarkHelper as _, Figures};
	use polkadot_sdk::{
		frame_benchmarking::account,
		frame_support::{
			traits::{fungibles::Mutate as _, UnixTime},
			BoundedVec,
		},
	};

	/// Funds accounts, certifies a supplier with an offer and fills the pool.
	pub struct Helper;

	fn mint(who: &AccountId, amount: Balance) {
		crate::Assets::mint_into(USDC_ASSET_ID, who, amount).expect("USDC exists from genesis");
	}

	fn now() -> u64 {
		Timestamp::now().as_secs()
	}

	impl pallet_liquidity_pool::BenchmarkHelper<AccountId> for Helper {
		fn set_time(seconds: u64) {
			TimestampSetter::set_time(seconds);
		}

		fn fund(who: &AccountId, amount: Balance) {
			mint(who, amount);
		}
	}

	impl pallet_group_buy::BenchmarkHelper<AccountId> for Helper {
		fn set_time(seconds: u64) {
			TimestampSetter::set_time(seconds);
		}

		fn fund(who: &AccountId, amount: Balance) {
			mint(who, amount);
		}

		fn supplier(units: u32) -> (AccountId, u32) {
			let sp: AccountId = account("supplier", 0, 0);
			MarketHelper::register_provider(&sp);
			mint(&sp, 100_000 * USDC);
			let figures = Figures {
				hpl_gflops: 4_000,
				cpu_cores: 128,
				memory_gb: 512,
				nvme_gb: 15_000,
				uplink_mbps: 10_000,
				..Default::default()
			};
			Providers::apply_for_certification(RuntimeOrigin::signed(sp.clone()), figures.clone())
				.expect("meets the floor");
			let fee = <Runtime as pallet_providers::Config>::MinCertificationFee::get();
			Providers::quote_certification_fee(RuntimeOrigin::root(), sp.clone(), fee)
				.expect("a valid fee");
			Providers::pay_certification_fee(RuntimeOrigin::signed(sp.clone())).expect("funded");
			Providers::record_benchmark(RuntimeOrigin::root(), sp.clone(), figures)
				.expect("passes");
			let probation = pallet_providers::ProbationPeriod::<Runtime>::get();
			TimestampSetter::set_time(now() + probation);
			let terms = OfferTerms {
				kind: ResourceKind::GpuHour,
				spec: HardwareSpec {
					cpu_model: BoundedVec::truncate_from(b"EPYC".to_vec()),
					cores: 128,
					memory_gb: 512,
					gpu_model: BoundedVec::truncate_from(b"A100".to_vec()),
					gpus: 8,
					region: Region::Europe,
				},
				unit_price: 3 * USDC,
				capacity: units,
				window_start: now(),
				window_end: now() + 120 * DAY_SECS,
				sla: Sla { min_uptime: Permill::from_percent(99), max_start_delay: 3_600 },
				preemptible: false,
				tags: BoundedVec::new(),
				reference: None,
			};
			Market::create_offer(RuntimeOrigin::signed(sp.clone()), terms).expect("lists");
			(sp, pallet_market::NextOfferId::<Runtime>::get() - 1)
		}

		fn fill_pool(amount: Balance) {
			let lp: AccountId = account("pool-lp", 0, 0);
			mint(&lp, amount + USDC);
			LiquidityPool::deposit(RuntimeOrigin::signed(lp), amount).expect("a valid deposit");
		}
	}
}
