//! Weights of `pallet_subscriptions`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0,
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
	fn subscribe() -> Weight;
	fn set_plan() -> Weight;
}

/// Weights with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Subscriptions::Plans` (r:1 w:0)
	/// Proof: `Subscriptions::Plans` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Subscriptions::Subscribers` (r:1 w:1)
	/// Proof: `Subscriptions::Subscribers` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
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
	fn subscribe() -> Weight {
		Weight::from_parts(160_459_000, 15_990)
			.saturating_add(T::DbWeight::get().reads(22_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `Subscriptions::Plans` (r:0 w:1)
	/// Proof: `Subscriptions::Plans` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	fn set_plan() -> Weight {
		Weight::from_parts(15_890_000, 0).saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same measurements with RocksDB costs, for tests and mocks.
impl WeightInfo for () {
	fn subscribe() -> Weight {
		Weight::from_parts(160_459_000, 15_990)
			.saturating_add(RocksDbWeight::get().reads(22_u64))
			.saturating_add(RocksDbWeight::get().writes(18_u64))
	}
	fn set_plan() -> Weight {
		Weight::from_parts(15_890_000, 0).saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
