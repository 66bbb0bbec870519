//! Weights of `pallet_revenue`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0,
//! 10 steps, 10 repeats, Compiled execution) on 2026-12-03,
//! CPU: AMD EPYC. Generated: do not edit; run the script again.

#![allow(unused_parens, unused_imports)]

use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight of each call and of the work other pallets and hooks ask of this one.
pub trait WeightInfo {
	fn claim(w: u32) -> Weight;
	fn claim_among(l: u32) -> Weight;
	fn set_split() -> Weight;
	fn close_weeks(w: u32) -> Weight;
	fn pay_out() -> Weight;
	fn buy_back() -> Weight;
}

/// Weights with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Revenue::ClaimCursor` (r:1 w:1)
	/// Proof: `Revenue::ClaimCursor` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::History` (r:1 w:0)
	/// Proof: `VoteEscrow::History` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekLength` (r:1 w:0)
	/// Proof: `VoteEscrow::WeekLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::ClosedUntil` (r:1 w:0)
	/// Proof: `Revenue::ClosedUntil` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::WeekRewards` (r:52 w:0)
	/// Proof: `Revenue::WeekRewards` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::PointCount` (r:1 w:0)
	/// Proof: `VoteEscrow::PointCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Points` (r:1 w:0)
	/// Proof: `VoteEscrow::Points` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekTotals` (r:52 w:0)
	/// Proof: `VoteEscrow::WeekTotals` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::HistoryLen` (r:1 w:0)
	/// Proof: `VoteEscrow::HistoryLen` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Curves` (r:1 w:0)
	/// Proof: `VoteEscrow::Curves` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::WeekClaimed` (r:52 w:52)
	/// Proof: `Revenue::WeekClaimed` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:1 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::RewardPot` (r:1 w:1)
	/// Proof: `Revenue::RewardPot` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn claim(w: u32) -> Weight {
		Weight::from_parts(175_941_000, 6_208)
			.saturating_add(Weight::from_parts(46_344_565, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2507).saturating_mul(w.into()))
	}
	/// Storage: `Revenue::ClaimCursor` (r:1 w:1)
	/// Proof: `Revenue::ClaimCursor` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::History` (r:1 w:0)
	/// Proof: `VoteEscrow::History` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekLength` (r:1 w:0)
	/// Proof: `VoteEscrow::WeekLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::ClosedUntil` (r:1 w:0)
	/// Proof: `Revenue::ClosedUntil` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::WeekRewards` (r:52 w:0)
	/// Proof: `Revenue::WeekRewards` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::PointCount` (r:1 w:0)
	/// Proof: `VoteEscrow::PointCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Points` (r:1 w:0)
	/// Proof: `VoteEscrow::Points` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekTotals` (r:52 w:0)
	/// Proof: `VoteEscrow::WeekTotals` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::HistoryLen` (r:1 w:0)
	/// Proof: `VoteEscrow::HistoryLen` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Curves` (r:1 w:0)
	/// Proof: `VoteEscrow::Curves` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::WeekClaimed` (r:52 w:52)
	/// Proof: `Revenue::WeekClaimed` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:1 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::RewardPot` (r:1 w:1)
	/// Proof: `Revenue::RewardPot` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn claim_among(l: u32) -> Weight {
		Weight::from_parts(1_565_399_055, 131_354)
			.saturating_add(Weight::from_parts(216_619, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(170_u64))
			.saturating_add(T::DbWeight::get().writes(58_u64))
	}
	/// Storage: `Revenue::CurrentSplit` (r:0 w:1)
	/// Proof: `Revenue::CurrentSplit` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	fn set_split() -> Weight {
		Weight::from_parts(8_994_000, 0).saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `VoteEscrow::WeekLength` (r:1 w:0)
	/// Proof: `VoteEscrow::WeekLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::ClosedUntil` (r:1 w:1)
	/// Proof: `Revenue::ClosedUntil` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::PointCount` (r:1 w:0)
	/// Proof: `VoteEscrow::PointCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::WeekRewards` (r:9 w:9)
	/// Proof: `Revenue::WeekRewards` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn close_weeks(w: u32) -> Weight {
		Weight::from_parts(14_453_551, 3_497)
			.saturating_add(Weight::from_parts(11_298_525, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2507).saturating_mul(w.into()))
	}
	/// Storage: `Revenue::Payable` (r:4 w:4)
	/// Proof: `Revenue::Payable` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:6 w:6)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:2 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::PendingBuyBack` (r:1 w:1)
	/// Proof: `Revenue::PendingBuyBack` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Values` (r:1 w:0)
	/// Proof: `Oracle::Values` (`max_values`: None, `max_size`: Some(132), added: 2607, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `AssetConversion::PoolFees` (r:1 w:0)
	/// Proof: `AssetConversion::PoolFees` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::BoughtBack` (r:1 w:1)
	/// Proof: `Revenue::BoughtBack` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::BuyBackSlice` (r:0 w:1)
	/// Proof: `Revenue::BuyBackSlice` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn pay_out() -> Weight {
		Weight::from_parts(630_757_000, 16_644)
			.saturating_add(T::DbWeight::get().reads(24_u64))
			.saturating_add(T::DbWeight::get().writes(20_u64))
	}
	/// Storage: `Revenue::PendingBuyBack` (r:1 w:1)
	/// Proof: `Revenue::PendingBuyBack` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `AssetsHolder::BalancesOnHold` (r:2 w:0)
	/// Proof: `AssetsHolder::BalancesOnHold` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::BuyBackSlice` (r:1 w:0)
	/// Proof: `Revenue::BuyBackSlice` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Values` (r:1 w:0)
	/// Proof: `Oracle::Values` (`max_values`: None, `max_size`: Some(132), added: 2607, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `AssetConversion::PoolFees` (r:1 w:0)
	/// Proof: `AssetConversion::PoolFees` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Revenue::BoughtBack` (r:1 w:1)
	/// Proof: `Revenue::BoughtBack` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn buy_back() -> Weight {
		Weight::from_parts(309_410_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
}

/// The same measurements with RocksDB costs, for tests and mocks.
impl WeightInfo for () {
	fn claim(w: u32) -> Weight {
		Weight::from_parts(175_941_000, 6_208)
			.saturating_add(Weight::from_parts(46_344_565, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(w.into())))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2507).saturating_mul(w.into()))
	}
	fn claim_among(l: u32) -> Weight {
		Weight::from_parts(1_565_399_055, 131_354)
			.saturating_add(Weight::from_parts(216_619, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(170_u64))
			.saturating_add(RocksDbWeight::get().writes(58_u64))
	}
	fn set_split() -> Weight {
		Weight::from_parts(8_994_000, 0).saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn close_weeks(w: u32) -> Weight {
		Weight::from_parts(14_453_551, 3_497)
			.saturating_add(Weight::from_parts(11_298_525, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2507).saturating_mul(w.into()))
	}
	fn pay_out() -> Weight {
		Weight::from_parts(630_757_000, 16_644)
			.saturating_add(RocksDbWeight::get().reads(24_u64))
			.saturating_add(RocksDbWeight::get().writes(20_u64))
	}
	fn buy_back() -> Weight {
		Weight::from_parts(309_410_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
}
