//! Weights of `pallet_incentives`. Placeholder until `scripts/bench.sh pallet_incentives`
//! measures them.

#![allow(unused_parens, unused_imports)]

use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight of each call and of the work other pallets and hooks ask of this one.
pub trait WeightInfo {
	fn on_initialize(n: u32) -> Weight;
	fn claim(w: u32) -> Weight;
	fn stake() -> Weight;
	fn unstake() -> Weight;
	fn set_referrer() -> Weight;
	fn set_params() -> Weight;
}

impl WeightInfo for () {
	fn on_initialize(n: u32) -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(Weight::from_parts(20_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(4 + 4 * n as u64, 4 * n as u64))
	}
	fn claim(w: u32) -> Weight {
		Weight::from_parts(200_000_000, 0)
			.saturating_add(Weight::from_parts(10_000_000, 0).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(20 + 2 * w as u64, 16))
	}
	fn stake() -> Weight {
		Weight::from_parts(100_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(12, 8))
	}
	fn unstake() -> Weight {
		Weight::from_parts(100_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(12, 8))
	}
	fn set_referrer() -> Weight {
		Weight::from_parts(20_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(1, 1))
	}
	fn set_params() -> Weight {
		Weight::from_parts(50_000_000, 0).saturating_add(RocksDbWeight::get().reads_writes(8, 4))
	}
}
