//! Weights of `pallet_incentives`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0,
//! 50 steps, 20 repeats, Compiled execution) on 2026-11-24,
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
	fn stake() -> Weight;
	fn unstake() -> Weight;
	fn set_referrer() -> Weight;
	fn set_params() -> Weight;
	fn on_initialize(n: u32) -> Weight;
}

/// Weights with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Incentives::Earnings` (r:2 w:2)
	/// Proof: `Incentives::Earnings` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Open` (r:2 w:0)
	/// Proof: `Incentives::Open` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Closed` (r:2 w:0)
	/// Proof: `Incentives::Closed` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Unclaimed` (r:1 w:1)
	/// Proof: `Incentives::Unclaimed` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::History` (r:1 w:0)
	/// Proof: `VoteEscrow::History` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekLength` (r:1 w:0)
	/// Proof: `VoteEscrow::WeekLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::LockerStart` (r:1 w:0)
	/// Proof: `Incentives::LockerStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::LockerWeek` (r:1 w:0)
	/// Proof: `Incentives::LockerWeek` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::LockerCursor` (r:1 w:1)
	/// Proof: `Incentives::LockerCursor` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::LockerRewards` (r:52 w:0)
	/// Proof: `Incentives::LockerRewards` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::HistoryLen` (r:1 w:0)
	/// Proof: `VoteEscrow::HistoryLen` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Curves` (r:1 w:0)
	/// Proof: `VoteEscrow::Curves` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Farms` (r:2 w:2)
	/// Proof: `Incentives::Farms` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Launch` (r:1 w:0)
	/// Proof: `Incentives::Launch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::CurrentParams` (r:1 w:0)
	/// Proof: `Incentives::CurrentParams` (`max_values`: Some(1), `max_size`: Some(541), added: 1036, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::MonthLength` (r:1 w:0)
	/// Proof: `Incentives::MonthLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Owed` (r:1 w:1)
	/// Proof: `Incentives::Owed` (`max_values`: Some(1), `max_size`: Some(48), added: 543, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Stakes` (r:2 w:2)
	/// Proof: `Incentives::Stakes` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Vesting` (r:1 w:1)
	/// Proof: `Incentives::Vesting` (`max_values`: None, `max_size`: Some(985), added: 3460, mode: `MaxEncodedLen`)
	fn claim(w: u32) -> Weight {
		Weight::from_parts(521_869_859, 11_402)
			.saturating_add(Weight::from_parts(15_435_223, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(28_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(14_u64))
			.saturating_add(Weight::from_parts(0, 2523).saturating_mul(w.into()))
	}
	/// Storage: `Incentives::Farms` (r:1 w:1)
	/// Proof: `Incentives::Farms` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Launch` (r:1 w:0)
	/// Proof: `Incentives::Launch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::CurrentParams` (r:1 w:0)
	/// Proof: `Incentives::CurrentParams` (`max_values`: Some(1), `max_size`: Some(541), added: 1036, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::MonthLength` (r:1 w:0)
	/// Proof: `Incentives::MonthLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Owed` (r:1 w:1)
	/// Proof: `Incentives::Owed` (`max_values`: Some(1), `max_size`: Some(48), added: 543, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Stakes` (r:1 w:1)
	/// Proof: `Incentives::Stakes` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Unclaimed` (r:1 w:1)
	/// Proof: `Incentives::Unclaimed` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Vesting` (r:1 w:1)
	/// Proof: `Incentives::Vesting` (`max_values`: None, `max_size`: Some(985), added: 3460, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn stake() -> Weight {
		Weight::from_parts(183_412_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Incentives::Stakes` (r:1 w:1)
	/// Proof: `Incentives::Stakes` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Farms` (r:1 w:1)
	/// Proof: `Incentives::Farms` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Launch` (r:1 w:0)
	/// Proof: `Incentives::Launch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::CurrentParams` (r:1 w:0)
	/// Proof: `Incentives::CurrentParams` (`max_values`: Some(1), `max_size`: Some(541), added: 1036, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::MonthLength` (r:1 w:0)
	/// Proof: `Incentives::MonthLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Owed` (r:1 w:1)
	/// Proof: `Incentives::Owed` (`max_values`: Some(1), `max_size`: Some(48), added: 543, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Unclaimed` (r:1 w:1)
	/// Proof: `Incentives::Unclaimed` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Vesting` (r:1 w:1)
	/// Proof: `Incentives::Vesting` (`max_values`: None, `max_size`: Some(985), added: 3460, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn unstake() -> Weight {
		Weight::from_parts(221_213_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Incentives::Referrals` (r:1 w:1)
	/// Proof: `Incentives::Referrals` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	fn set_referrer() -> Weight {
		Weight::from_parts(33_583_000, 3_546)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Incentives::Farms` (r:2 w:2)
	/// Proof: `Incentives::Farms` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Launch` (r:1 w:0)
	/// Proof: `Incentives::Launch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::CurrentParams` (r:1 w:1)
	/// Proof: `Incentives::CurrentParams` (`max_values`: Some(1), `max_size`: Some(541), added: 1036, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::MonthLength` (r:1 w:0)
	/// Proof: `Incentives::MonthLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Owed` (r:1 w:1)
	/// Proof: `Incentives::Owed` (`max_values`: Some(1), `max_size`: Some(48), added: 543, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		Weight::from_parts(63_108_000, 6_038)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Launch` (r:1 w:0)
	/// Proof: `Incentives::Launch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::MonthLength` (r:1 w:0)
	/// Proof: `Incentives::MonthLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Open` (r:1 w:1)
	/// Proof: `Incentives::Open` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::CurrentParams` (r:1 w:0)
	/// Proof: `Incentives::CurrentParams` (`max_values`: Some(1), `max_size`: Some(541), added: 1036, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Owed` (r:1 w:1)
	/// Proof: `Incentives::Owed` (`max_values`: Some(1), `max_size`: Some(48), added: 543, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Closed` (r:0 w:12)
	/// Proof: `Incentives::Closed` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	fn on_initialize(n: u32) -> Weight {
		Weight::from_parts(22_151_189, 3_593)
			.saturating_add(Weight::from_parts(15_279_218, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
}

/// The same measurements with RocksDB costs, for tests and mocks.
impl WeightInfo for () {
	fn claim(w: u32) -> Weight {
		Weight::from_parts(521_869_859, 11_402)
			.saturating_add(Weight::from_parts(15_435_223, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads(28_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(RocksDbWeight::get().writes(14_u64))
			.saturating_add(Weight::from_parts(0, 2523).saturating_mul(w.into()))
	}
	fn stake() -> Weight {
		Weight::from_parts(183_412_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn unstake() -> Weight {
		Weight::from_parts(221_213_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn set_referrer() -> Weight {
		Weight::from_parts(33_583_000, 3_546)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_params() -> Weight {
		Weight::from_parts(63_108_000, 6_038)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn on_initialize(n: u32) -> Weight {
		Weight::from_parts(22_151_189, 3_593)
			.saturating_add(Weight::from_parts(15_279_218, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
}
