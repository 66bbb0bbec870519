//! Weights of `pallet_liquidity_pool`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0,
//! 50 steps, 20 repeats, Compiled execution) on 2026-12-03,
//! CPU: AMD EPYC. Generated: do not edit; run the script again.

#![allow(unused_parens, unused_imports)]

use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight of each call and of the work other pallets and hooks ask of this one.
pub trait WeightInfo {
	fn deposit() -> Weight;
	fn withdraw() -> Weight;
	fn serve_queue(n: u32) -> Weight;
	fn advance() -> Weight;
	fn settle() -> Weight;
	fn pay_claim() -> Weight;
	fn claim() -> Weight;
}

/// Weights with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Cash` (r:1 w:1)
	/// Proof: `LiquidityPool::Cash` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Advanced` (r:1 w:0)
	/// Proof: `LiquidityPool::Advanced` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Advances` (r:1 w:0)
	/// Proof: `LiquidityPool::Advances` (`max_values`: Some(1), `max_size`: Some(3330), added: 3825, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::ThrottlePeriod` (r:1 w:0)
	/// Proof: `LiquidityPool::ThrottlePeriod` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Throttle` (r:1 w:1)
	/// Proof: `LiquidityPool::Throttle` (`max_values`: Some(1), `max_size`: Some(56), added: 551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:3)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:1 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::HoldingPeriod` (r:1 w:0)
	/// Proof: `LiquidityPool::HoldingPeriod` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::FreshShares` (r:1 w:1)
	/// Proof: `LiquidityPool::FreshShares` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	fn deposit() -> Weight {
		Weight::from_parts(208_140_000, 8_817)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::FreshShares` (r:1 w:1)
	/// Proof: `LiquidityPool::FreshShares` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Cash` (r:1 w:0)
	/// Proof: `LiquidityPool::Cash` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Advanced` (r:1 w:0)
	/// Proof: `LiquidityPool::Advanced` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Advances` (r:1 w:0)
	/// Proof: `LiquidityPool::Advances` (`max_values`: Some(1), `max_size`: Some(3330), added: 3825, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::ThrottlePeriod` (r:1 w:0)
	/// Proof: `LiquidityPool::ThrottlePeriod` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Throttle` (r:1 w:0)
	/// Proof: `LiquidityPool::Throttle` (`max_values`: Some(1), `max_size`: Some(56), added: 551, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::QueueHead` (r:1 w:0)
	/// Proof: `LiquidityPool::QueueHead` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::QueueTail` (r:1 w:1)
	/// Proof: `LiquidityPool::QueueTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::QueuedBy` (r:1 w:1)
	/// Proof: `LiquidityPool::QueuedBy` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:1 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::QueuedShares` (r:1 w:1)
	/// Proof: `LiquidityPool::QueuedShares` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Queue` (r:0 w:1)
	/// Proof: `LiquidityPool::Queue` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		Weight::from_parts(195_421_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidityPool::QueueHead` (r:1 w:1)
	/// Proof: `LiquidityPool::QueueHead` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::QueueTail` (r:1 w:0)
	/// Proof: `LiquidityPool::QueueTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::ThrottlePeriod` (r:1 w:0)
	/// Proof: `LiquidityPool::ThrottlePeriod` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Throttle` (r:1 w:1)
	/// Proof: `LiquidityPool::Throttle` (`max_values`: Some(1), `max_size`: Some(56), added: 551, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Cash` (r:1 w:1)
	/// Proof: `LiquidityPool::Cash` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Advanced` (r:1 w:0)
	/// Proof: `LiquidityPool::Advanced` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Advances` (r:1 w:0)
	/// Proof: `LiquidityPool::Advances` (`max_values`: Some(1), `max_size`: Some(3330), added: 3825, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Queue` (r:16 w:16)
	/// Proof: `LiquidityPool::Queue` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:18 w:18)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:2 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::FreshShares` (r:1 w:0)
	/// Proof: `LiquidityPool::FreshShares` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::QueuedShares` (r:1 w:1)
	/// Proof: `LiquidityPool::QueuedShares` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::QueuedBy` (r:0 w:16)
	/// Proof: `LiquidityPool::QueuedBy` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn serve_queue(n: u32) -> Weight {
		Weight::from_parts(228_209_000, 6_360)
			.saturating_add(Weight::from_parts(188_787_861, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(8_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2609).saturating_mul(n.into()))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::QueuedShares` (r:1 w:0)
	/// Proof: `LiquidityPool::QueuedShares` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
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
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:1 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn advance() -> Weight {
		Weight::from_parts(180_488_000, 6_360)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `LiquidityPool::Advances` (r:1 w:1)
	/// Proof: `LiquidityPool::Advances` (`max_values`: Some(1), `max_size`: Some(3330), added: 3825, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Advanced` (r:1 w:1)
	/// Proof: `LiquidityPool::Advanced` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::Cash` (r:1 w:1)
	/// Proof: `LiquidityPool::Cash` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:1 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::InsuranceFund` (r:1 w:1)
	/// Proof: `LiquidityPool::InsuranceFund` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::ProfitLog` (r:1 w:1)
	/// Proof: `LiquidityPool::ProfitLog` (`max_values`: Some(1), `max_size`: Some(745), added: 1240, mode: `MaxEncodedLen`)
	fn settle() -> Weight {
		Weight::from_parts(137_254_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `LiquidityPool::InsuranceFund` (r:1 w:1)
	/// Proof: `LiquidityPool::InsuranceFund` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:1 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn pay_claim() -> Weight {
		Weight::from_parts(107_720_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `LiquidityPool::Unclaimed` (r:1 w:1)
	/// Proof: `LiquidityPool::Unclaimed` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:1 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::UnclaimedTotal` (r:1 w:1)
	/// Proof: `LiquidityPool::UnclaimedTotal` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn claim() -> Weight {
		Weight::from_parts(150_584_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
}

/// The same measurements with RocksDB costs, for tests and mocks.
impl WeightInfo for () {
	fn deposit() -> Weight {
		Weight::from_parts(208_140_000, 8_817)
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(195_421_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn serve_queue(n: u32) -> Weight {
		Weight::from_parts(228_209_000, 6_360)
			.saturating_add(Weight::from_parts(188_787_861, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(16_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2609).saturating_mul(n.into()))
	}
	fn advance() -> Weight {
		Weight::from_parts(180_488_000, 6_360)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn settle() -> Weight {
		Weight::from_parts(137_254_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn pay_claim() -> Weight {
		Weight::from_parts(107_720_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn claim() -> Weight {
		Weight::from_parts(150_584_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
}
