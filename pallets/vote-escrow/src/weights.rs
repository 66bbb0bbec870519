//! Weights of `pallet_vote_escrow`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0,
//! 10 steps, 10 repeats, Compiled execution) on 2026-11-24,
//! CPU: AMD EPYC. Generated: do not edit; run the script again.

#![allow(unused_parens, unused_imports)]

use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight of each call and of the work other pallets and hooks ask of this one.
pub trait WeightInfo {
	fn create_lock() -> Weight;
	fn create_lock_among(l: u32) -> Weight;
	fn increase_amount() -> Weight;
	fn extend_lock() -> Weight;
	fn withdraw() -> Weight;
	fn set_curve() -> Weight;
	fn set_tiers() -> Weight;
	fn on_initialize(b: u32) -> Weight;
}

/// Weights with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `VoteEscrow::Locks` (r:1 w:1)
	/// Proof: `VoteEscrow::Locks` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekLength` (r:1 w:0)
	/// Proof: `VoteEscrow::WeekLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::CurrentCurve` (r:1 w:0)
	/// Proof: `VoteEscrow::CurrentCurve` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Curves` (r:1 w:0)
	/// Proof: `VoteEscrow::Curves` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::PointCount` (r:1 w:1)
	/// Proof: `VoteEscrow::PointCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Points` (r:1 w:2)
	/// Proof: `VoteEscrow::Points` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::SlopeChanges` (r:2 w:1)
	/// Proof: `VoteEscrow::SlopeChanges` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::TotalLocked` (r:1 w:1)
	/// Proof: `VoteEscrow::TotalLocked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::HistoryLen` (r:1 w:1)
	/// Proof: `VoteEscrow::HistoryLen` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekTotals` (r:0 w:1)
	/// Proof: `VoteEscrow::WeekTotals` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::History` (r:0 w:1)
	/// Proof: `VoteEscrow::History` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn create_lock() -> Weight {
		Weight::from_parts(133_199_000, 6_004)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `VoteEscrow::Locks` (r:1 w:1)
	/// Proof: `VoteEscrow::Locks` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekLength` (r:1 w:0)
	/// Proof: `VoteEscrow::WeekLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::CurrentCurve` (r:1 w:0)
	/// Proof: `VoteEscrow::CurrentCurve` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Curves` (r:1 w:0)
	/// Proof: `VoteEscrow::Curves` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::PointCount` (r:1 w:1)
	/// Proof: `VoteEscrow::PointCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Points` (r:1 w:2)
	/// Proof: `VoteEscrow::Points` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::SlopeChanges` (r:2 w:1)
	/// Proof: `VoteEscrow::SlopeChanges` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::TotalLocked` (r:1 w:1)
	/// Proof: `VoteEscrow::TotalLocked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::HistoryLen` (r:1 w:1)
	/// Proof: `VoteEscrow::HistoryLen` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekTotals` (r:0 w:1)
	/// Proof: `VoteEscrow::WeekTotals` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::History` (r:0 w:1)
	/// Proof: `VoteEscrow::History` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	fn create_lock_among(l: u32) -> Weight {
		Weight::from_parts(193_519_830, 6_004)
			.saturating_add(Weight::from_parts(21_512, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `VoteEscrow::Locks` (r:1 w:1)
	/// Proof: `VoteEscrow::Locks` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::PointCount` (r:1 w:1)
	/// Proof: `VoteEscrow::PointCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Points` (r:1 w:2)
	/// Proof: `VoteEscrow::Points` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekLength` (r:1 w:0)
	/// Proof: `VoteEscrow::WeekLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::SlopeChanges` (r:2 w:1)
	/// Proof: `VoteEscrow::SlopeChanges` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Curves` (r:1 w:0)
	/// Proof: `VoteEscrow::Curves` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::TotalLocked` (r:1 w:1)
	/// Proof: `VoteEscrow::TotalLocked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::HistoryLen` (r:1 w:1)
	/// Proof: `VoteEscrow::HistoryLen` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::History` (r:1 w:1)
	/// Proof: `VoteEscrow::History` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekTotals` (r:0 w:1)
	/// Proof: `VoteEscrow::WeekTotals` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn increase_amount() -> Weight {
		Weight::from_parts(149_529_000, 6_004)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `VoteEscrow::Locks` (r:1 w:1)
	/// Proof: `VoteEscrow::Locks` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekLength` (r:1 w:0)
	/// Proof: `VoteEscrow::WeekLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::CurrentCurve` (r:1 w:0)
	/// Proof: `VoteEscrow::CurrentCurve` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Curves` (r:1 w:0)
	/// Proof: `VoteEscrow::Curves` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::PointCount` (r:1 w:1)
	/// Proof: `VoteEscrow::PointCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Points` (r:1 w:2)
	/// Proof: `VoteEscrow::Points` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::SlopeChanges` (r:3 w:2)
	/// Proof: `VoteEscrow::SlopeChanges` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::TotalLocked` (r:1 w:1)
	/// Proof: `VoteEscrow::TotalLocked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::HistoryLen` (r:1 w:1)
	/// Proof: `VoteEscrow::HistoryLen` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::History` (r:1 w:1)
	/// Proof: `VoteEscrow::History` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekTotals` (r:0 w:1)
	/// Proof: `VoteEscrow::WeekTotals` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn extend_lock() -> Weight {
		Weight::from_parts(224_208_000, 8_511)
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	/// Storage: `VoteEscrow::Locks` (r:1 w:1)
	/// Proof: `VoteEscrow::Locks` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::PointCount` (r:1 w:1)
	/// Proof: `VoteEscrow::PointCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Points` (r:1 w:1)
	/// Proof: `VoteEscrow::Points` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekLength` (r:1 w:0)
	/// Proof: `VoteEscrow::WeekLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::SlopeChanges` (r:1 w:1)
	/// Proof: `VoteEscrow::SlopeChanges` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:1)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:0)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::TotalLocked` (r:1 w:1)
	/// Proof: `VoteEscrow::TotalLocked` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekTotals` (r:0 w:1)
	/// Proof: `VoteEscrow::WeekTotals` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		Weight::from_parts(84_268_000, 4_764)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `VoteEscrow::CurrentCurve` (r:1 w:1)
	/// Proof: `VoteEscrow::CurrentCurve` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Curves` (r:0 w:1)
	/// Proof: `VoteEscrow::Curves` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn set_curve() -> Weight {
		Weight::from_parts(18_214_000, 1_489)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `VoteEscrow::Tiers` (r:0 w:1)
	/// Proof: `VoteEscrow::Tiers` (`max_values`: Some(1), `max_size`: Some(193), added: 688, mode: `MaxEncodedLen`)
	fn set_tiers() -> Weight {
		Weight::from_parts(10_650_000, 0).saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `VoteEscrow::PointCount` (r:1 w:1)
	/// Proof: `VoteEscrow::PointCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Points` (r:1 w:8)
	/// Proof: `VoteEscrow::Points` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekLength` (r:1 w:0)
	/// Proof: `VoteEscrow::WeekLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::SlopeChanges` (r:8 w:8)
	/// Proof: `VoteEscrow::SlopeChanges` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekTotals` (r:0 w:8)
	/// Proof: `VoteEscrow::WeekTotals` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn on_initialize(b: u32) -> Weight {
		Weight::from_parts(18_078_169, 3_517)
			.saturating_add(Weight::from_parts(11_661_638, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2507).saturating_mul(b.into()))
	}
}

/// The same measurements with RocksDB costs, for tests and mocks.
impl WeightInfo for () {
	fn create_lock() -> Weight {
		Weight::from_parts(133_199_000, 6_004)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn create_lock_among(l: u32) -> Weight {
		Weight::from_parts(193_519_830, 6_004)
			.saturating_add(Weight::from_parts(21_512, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn increase_amount() -> Weight {
		Weight::from_parts(149_529_000, 6_004)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn extend_lock() -> Weight {
		Weight::from_parts(224_208_000, 8_511)
			.saturating_add(RocksDbWeight::get().reads(16_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(84_268_000, 4_764)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn set_curve() -> Weight {
		Weight::from_parts(18_214_000, 1_489)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn set_tiers() -> Weight {
		Weight::from_parts(10_650_000, 0).saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn on_initialize(b: u32) -> Weight {
		Weight::from_parts(18_078_169, 3_517)
			.saturating_add(Weight::from_parts(11_661_638, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2507).saturating_mul(b.into()))
	}
}
