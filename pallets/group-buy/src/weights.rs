//! Weights of `pallet_group_buy`. Placeholder until `scripts/bench.sh` measures them.

#![allow(unused_parens, unused_imports)]

use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight of each call.
pub trait WeightInfo {
	fn create_campaign() -> Weight;
	fn commit() -> Weight;
	fn withdraw_commitment() -> Weight;
	fn record_procurement() -> Weight;
	fn finalise(n: u32) -> Weight;
}

impl WeightInfo for () {
	fn create_campaign() -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads_writes(5, 2))
	}
	fn commit() -> Weight {
		Weight::from_parts(80_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads_writes(7, 6))
	}
	fn withdraw_commitment() -> Weight {
		Weight::from_parts(80_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads_writes(7, 6))
	}
	fn record_procurement() -> Weight {
		Weight::from_parts(80_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads_writes(10, 7))
	}
	fn finalise(n: u32) -> Weight {
		Weight::from_parts(150_000_000, 8_000)
			.saturating_add(Weight::from_parts(120_000_000, 6_000).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(20, 20))
			.saturating_add(RocksDbWeight::get().reads_writes(8, 8).saturating_mul(n.into()))
	}
}
