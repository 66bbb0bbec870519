//! Weights of `pallet_ve_voting`: not measured yet. The pallet is not in the runtime, which
//! `scripts/bench.sh` measures, so these are estimates from counting the calls' storage access
//! (a referendum, the vote record, the voter's count, its veCPT history searched at the
//! snapshot, a hold) and the compute of comparable measured calls. The script replaces them
//! once the runtime holds the pallet.

#![allow(unused_parens, unused_imports)]

use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight of each call and of the work other pallets and hooks ask of this one.
pub trait WeightInfo {
	fn vote() -> Weight;
	fn vote_among(l: u32) -> Weight;
	fn remove_vote() -> Weight;
	fn remove_other_vote() -> Weight;
}

/// Weights with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn vote() -> Weight {
		Weight::from_parts(80_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn vote_among(_l: u32) -> Weight {
		Weight::from_parts(80_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn remove_vote() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn remove_other_vote() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

/// The same estimates with RocksDB costs, for tests and mocks.
impl WeightInfo for () {
	fn vote() -> Weight {
		Weight::from_parts(80_000_000, 12_000)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn vote_among(_l: u32) -> Weight {
		Weight::from_parts(80_000_000, 12_000)
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn remove_vote() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn remove_other_vote() -> Weight {
		Weight::from_parts(60_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
}
