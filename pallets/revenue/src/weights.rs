//! Weights of `pallet_revenue`: placeholders until `scripts/bench.sh` measures them.

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
}

/// Weights with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn claim(w: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(20_000_000, 3_000).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
	}
	fn claim_among(_l: u32) -> Weight {
		Self::claim(52)
	}
	fn set_split() -> Weight {
		Weight::from_parts(20_000_000, 1_000).saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn close_weeks(w: u32) -> Weight {
		Weight::from_parts(10_000_000, 1_000)
			.saturating_add(Weight::from_parts(20_000_000, 3_000).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(w.into())))
	}
	fn pay_out() -> Weight {
		Weight::from_parts(300_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(30_u64))
			.saturating_add(T::DbWeight::get().writes(30_u64))
	}
}

impl WeightInfo for () {
	fn claim(w: u32) -> Weight {
		RocksDbWeight::get().reads_writes(6 + 8 * w as u64, 4 + w as u64)
	}
	fn claim_among(_l: u32) -> Weight {
		Self::claim(52)
	}
	fn set_split() -> Weight {
		RocksDbWeight::get().writes(1)
	}
	fn close_weeks(w: u32) -> Weight {
		RocksDbWeight::get().reads_writes(3 + 3 * w as u64, 1 + 2 * w as u64)
	}
	fn pay_out() -> Weight {
		RocksDbWeight::get().reads_writes(30, 30)
	}
}
