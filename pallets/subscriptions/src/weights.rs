//! Weights of `pallet_subscriptions`: placeholders until `scripts/bench.sh` measures them.

#![allow(unused_parens, unused_imports)]

use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight of each call.
pub trait WeightInfo {
	fn subscribe() -> Weight;
	fn set_plan() -> Weight;
}

/// Weights with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn subscribe() -> Weight {
		Weight::from_parts(150_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(15_u64))
	}
	fn set_plan() -> Weight {
		Weight::from_parts(20_000_000, 1_000).saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

impl WeightInfo for () {
	fn subscribe() -> Weight {
		RocksDbWeight::get().reads_writes(15, 15)
	}
	fn set_plan() -> Weight {
		RocksDbWeight::get().writes(1)
	}
}
