//! Weights of `pallet_vote_escrow`: placeholders until `scripts/bench.sh` measures them.

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
	fn create_lock() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().writes(20_u64))
	}
	fn create_lock_among(_l: u32) -> Weight {
		Self::create_lock()
	}
	fn increase_amount() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(30_u64))
			.saturating_add(T::DbWeight::get().writes(30_u64))
	}
	fn extend_lock() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(30_u64))
			.saturating_add(T::DbWeight::get().writes(30_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(50_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn set_curve() -> Weight {
		Weight::from_parts(20_000_000, 1_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn set_tiers() -> Weight {
		Weight::from_parts(20_000_000, 1_000).saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn on_initialize(b: u32) -> Weight {
		Weight::from_parts(10_000_000, 1_000)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(b.into())))
	}
}

impl WeightInfo for () {
	fn create_lock() -> Weight {
		RocksDbWeight::get().reads_writes(20, 20)
	}
	fn create_lock_among(_l: u32) -> Weight {
		RocksDbWeight::get().reads_writes(20, 20)
	}
	fn increase_amount() -> Weight {
		RocksDbWeight::get().reads_writes(30, 30)
	}
	fn extend_lock() -> Weight {
		RocksDbWeight::get().reads_writes(30, 30)
	}
	fn withdraw() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn set_curve() -> Weight {
		RocksDbWeight::get().reads_writes(1, 2)
	}
	fn set_tiers() -> Weight {
		RocksDbWeight::get().writes(1)
	}
	fn on_initialize(b: u32) -> Weight {
		RocksDbWeight::get().reads_writes(3 + 2 * b as u64, 4 * b as u64)
	}
}
