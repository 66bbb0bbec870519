//! Weights of `pallet-sale-limits`. Not yet measured with `frame-omni-bencher` (run
//! `scripts/bench.sh pallet_sale_limits`): per holder, the hook's storage accesses (the
//! balance, its freezes, the account) at the database's costs, with a conservative execution
//! time.

#![allow(unused_parens, unused_imports)]

use core::marker::PhantomData;
use polkadot_sdk::{
	frame_support::{
		traits::Get,
		weights::{constants::RocksDbWeight, Weight},
	},
	frame_system,
};

pub trait WeightInfo {
	/// The daily hook renewing `n` holders' limits (or, with `n` = 0, finding nothing to do).
	fn on_initialize(n: u32) -> Weight;
}

/// For the runtime: the chain's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn on_initialize(n: u32) -> Weight {
		Weight::from_parts(10_000_000, 1_500)
			.saturating_add(Weight::from_parts(60_000_000, 3_600).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads(3_u64.saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64.saturating_mul(n.into())))
	}
}

/// For tests.
impl WeightInfo for () {
	fn on_initialize(n: u32) -> Weight {
		Weight::from_parts(10_000_000, 1_500)
			.saturating_add(Weight::from_parts(60_000_000, 3_600).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().reads(3_u64.saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64.saturating_mul(n.into())))
	}
}
