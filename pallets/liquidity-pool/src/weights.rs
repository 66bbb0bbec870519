//! Weights of `pallet_liquidity_pool`. Placeholder until `scripts/bench.sh` measures them.

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
}

impl WeightInfo for () {
	fn deposit() -> Weight {
		Weight::from_parts(100_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads_writes(8, 6))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(100_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads_writes(12, 9))
	}
	fn serve_queue(n: u32) -> Weight {
		Weight::from_parts(10_000_000, 2_000)
			.saturating_add(Weight::from_parts(60_000_000, 6_000).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(4, 2))
			.saturating_add(RocksDbWeight::get().reads_writes(4, 5).saturating_mul(n.into()))
	}
	fn advance() -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads_writes(7, 4))
	}
	fn settle() -> Weight {
		Weight::from_parts(70_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads_writes(9, 6))
	}
	fn pay_claim() -> Weight {
		Weight::from_parts(50_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads_writes(4, 3))
	}
}
