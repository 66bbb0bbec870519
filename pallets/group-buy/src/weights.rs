//! Weights of `pallet_group_buy`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0,
//! 50 steps, 20 repeats, Compiled execution) on 2026-12-02,
//! CPU: AMD EPYC. Generated: do not edit; run the script again.

#![allow(unused_parens, unused_imports)]

use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight of each call and of the work other pallets and hooks ask of this one.
pub trait WeightInfo {
	fn create_campaign() -> Weight;
	fn commit() -> Weight;
	fn withdraw_commitment() -> Weight;
	fn record_procurement() -> Weight;
	fn finalise(n: u32) -> Weight;
	fn claim_refund() -> Weight;
}

/// Weights with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Providers::Providers` (r:1 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1149), added: 3624, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(567), added: 3042, mode: `MaxEncodedLen`)
	/// Storage: `Market::Pledges` (r:1 w:1)
	/// Proof: `Market::Pledges` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `GroupBuy::NextCampaignId` (r:1 w:1)
	/// Proof: `GroupBuy::NextCampaignId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `GroupBuy::Campaigns` (r:0 w:1)
	/// Proof: `GroupBuy::Campaigns` (`max_values`: None, `max_size`: Some(408), added: 2883, mode: `MaxEncodedLen`)
	fn create_campaign() -> Weight {
		Weight::from_parts(140_403_000, 4_614)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `GroupBuy::Campaigns` (r:1 w:1)
	/// Proof: `GroupBuy::Campaigns` (`max_values`: None, `max_size`: Some(408), added: 2883, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `GroupBuy::Commitments` (r:1 w:1)
	/// Proof: `GroupBuy::Commitments` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:1 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `GroupBuy::Held` (r:1 w:1)
	/// Proof: `GroupBuy::Held` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn commit() -> Weight {
		Weight::from_parts(247_495_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `GroupBuy::Campaigns` (r:1 w:1)
	/// Proof: `GroupBuy::Campaigns` (`max_values`: None, `max_size`: Some(408), added: 2883, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `GroupBuy::Commitments` (r:1 w:1)
	/// Proof: `GroupBuy::Commitments` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:1 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `GroupBuy::Held` (r:1 w:1)
	/// Proof: `GroupBuy::Held` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn withdraw_commitment() -> Weight {
		Weight::from_parts(247_835_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `GroupBuy::Campaigns` (r:1 w:1)
	/// Proof: `GroupBuy::Campaigns` (`max_values`: None, `max_size`: Some(408), added: 2883, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:2 w:1)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::Holds` (r:1 w:1)
	/// Proof: `AssetsHolder::Holds` (`max_values`: None, `max_size`: Some(195), added: 2670, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1149), added: 3624, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::QueuedShares` (r:1 w:0)
	/// Proof: `LiquidityPool::QueuedShares` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Cash` (r:1 w:1)
	/// Proof: `LiquidityPool::Cash` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Advanced` (r:1 w:1)
	/// Proof: `LiquidityPool::Advanced` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Advances` (r:1 w:1)
	/// Proof: `LiquidityPool::Advances` (`max_values`: Some(1), `max_size`: Some(3330), added: 3825, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::ThrottlePeriod` (r:1 w:0)
	/// Proof: `LiquidityPool::ThrottlePeriod` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Throttle` (r:1 w:0)
	/// Proof: `LiquidityPool::Throttle` (`max_values`: Some(1), `max_size`: Some(56), added: 551, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::NextAdvanceId` (r:1 w:1)
	/// Proof: `LiquidityPool::NextAdvanceId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::InsuranceFund` (r:1 w:0)
	/// Proof: `LiquidityPool::InsuranceFund` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn record_procurement() -> Weight {
		Weight::from_parts(406_121_000, 6_360)
			.saturating_add(T::DbWeight::get().reads(18_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `GroupBuy::Campaigns` (r:1 w:1)
	/// Proof: `GroupBuy::Campaigns` (`max_values`: None, `max_size`: Some(408), added: 2883, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Pledges` (r:1 w:1)
	/// Proof: `Market::Pledges` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(567), added: 3042, mode: `MaxEncodedLen`)
	/// Storage: `GroupBuy::Commitments` (r:65 w:64)
	/// Proof: `GroupBuy::Commitments` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextVoucherId` (r:1 w:1)
	/// Proof: `Market::NextVoucherId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `GroupBuy::Held` (r:1 w:1)
	/// Proof: `GroupBuy::Held` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:68 w:68)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:2 w:1)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1149), added: 3624, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::Holds` (r:1 w:1)
	/// Proof: `AssetsHolder::Holds` (`max_values`: None, `max_size`: Some(195), added: 2670, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Advances` (r:1 w:1)
	/// Proof: `LiquidityPool::Advances` (`max_values`: Some(1), `max_size`: Some(3330), added: 3825, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Advanced` (r:1 w:1)
	/// Proof: `LiquidityPool::Advanced` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Cash` (r:1 w:1)
	/// Proof: `LiquidityPool::Cash` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::InsuranceFund` (r:1 w:1)
	/// Proof: `LiquidityPool::InsuranceFund` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::ProfitLog` (r:1 w:1)
	/// Proof: `LiquidityPool::ProfitLog` (`max_values`: Some(1), `max_size`: Some(745), added: 1240, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::CurrentSplit` (r:1 w:0)
	/// Proof: `Revenue::CurrentSplit` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::TotalBySource` (r:1 w:1)
	/// Proof: `Revenue::TotalBySource` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::TotalByDestination` (r:6 w:6)
	/// Proof: `Revenue::TotalByDestination` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekLength` (r:1 w:0)
	/// Proof: `VoteEscrow::WeekLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::WeekRewards` (r:1 w:1)
	/// Proof: `Revenue::WeekRewards` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::RewardPot` (r:1 w:1)
	/// Proof: `Revenue::RewardPot` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::Payable` (r:4 w:4)
	/// Proof: `Revenue::Payable` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::PendingBuyBack` (r:1 w:1)
	/// Proof: `Revenue::PendingBuyBack` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Market::Vouchers` (r:0 w:64)
	/// Proof: `Market::Vouchers` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	fn finalise(n: u32) -> Weight {
		Weight::from_parts(454_749_673, 15_990)
			.saturating_add(Weight::from_parts(181_162_646, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(37_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(31_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2609).saturating_mul(n.into()))
	}
	/// Storage: `GroupBuy::Unclaimed` (r:1 w:1)
	/// Proof: `GroupBuy::Unclaimed` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:1 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `GroupBuy::UnclaimedTotal` (r:1 w:1)
	/// Proof: `GroupBuy::UnclaimedTotal` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn claim_refund() -> Weight {
		Weight::from_parts(186_330_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
}

/// The same measurements with RocksDB costs, for tests and mocks.
impl WeightInfo for () {
	fn create_campaign() -> Weight {
		Weight::from_parts(140_403_000, 4_614)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn commit() -> Weight {
		Weight::from_parts(247_495_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn withdraw_commitment() -> Weight {
		Weight::from_parts(247_835_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn record_procurement() -> Weight {
		Weight::from_parts(406_121_000, 6_360)
			.saturating_add(RocksDbWeight::get().reads(18_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn finalise(n: u32) -> Weight {
		Weight::from_parts(454_749_673, 15_990)
			.saturating_add(Weight::from_parts(181_162_646, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(37_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(31_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2609).saturating_mul(n.into()))
	}
	fn claim_refund() -> Weight {
		Weight::from_parts(186_330_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
}
