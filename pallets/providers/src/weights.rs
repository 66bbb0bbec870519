//! Weights of `pallet_providers`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0,
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
	fn register() -> Weight;
	fn update_profile() -> Weight;
	fn rotate_attestation_key() -> Weight;
	fn deregister() -> Weight;
	fn apply_for_certification() -> Weight;
	fn withdraw_application() -> Weight;
	fn quote_certification_fee() -> Weight;
	fn pay_certification_fee() -> Weight;
	fn record_benchmark() -> Weight;
	fn report_uptime() -> Weight;
	fn suspend() -> Weight;
	fn reinstate() -> Weight;
	fn refresh() -> Weight;
	fn promote() -> Weight;
	fn note_order_event() -> Weight;
	fn rate_order() -> Weight;
}

/// Weights with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Providers::AttestationKeys` (r:1 w:1)
	/// Proof: `Providers::AttestationKeys` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ProviderCount` (r:1 w:1)
	/// Proof: `Providers::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:1)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn register() -> Weight {
		Weight::from_parts(162_653_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:2)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn update_profile() -> Weight {
		Weight::from_parts(60_413_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::AttestationKeys` (r:1 w:2)
	/// Proof: `Providers::AttestationKeys` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	fn rotate_attestation_key() -> Weight {
		Weight::from_parts(55_504_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Market::Load` (r:1 w:0)
	/// Proof: `Market::Load` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ProbationEnds` (r:1 w:1)
	/// Proof: `Providers::ProbationEnds` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Providers::PendingPromotions` (r:1 w:1)
	/// Proof: `Providers::PendingPromotions` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ProviderCount` (r:1 w:1)
	/// Proof: `Providers::ProviderCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::AttestationKeys` (r:0 w:1)
	/// Proof: `Providers::AttestationKeys` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:1)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn deregister() -> Weight {
		Weight::from_parts(110_125_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	fn apply_for_certification() -> Weight {
		Weight::from_parts(46_426_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	fn withdraw_application() -> Weight {
		Weight::from_parts(42_269_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	fn quote_certification_fee() -> Weight {
		Weight::from_parts(48_761_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
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
	fn pay_certification_fee() -> Weight {
		Weight::from_parts(176_059_000, 15_990)
			.saturating_add(T::DbWeight::get().reads(21_u64))
			.saturating_add(T::DbWeight::get().writes(18_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Providers::PendingPromotions` (r:1 w:1)
	/// Proof: `Providers::PendingPromotions` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ProbationEnds` (r:0 w:1)
	/// Proof: `Providers::ProbationEnds` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:2)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	/// Storage: `Providers::PromotionCursor` (r:0 w:1)
	/// Proof: `Providers::PromotionCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn record_benchmark() -> Weight {
		Weight::from_parts(70_651_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Providers::PendingPromotions` (r:1 w:1)
	/// Proof: `Providers::PendingPromotions` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ProbationEnds` (r:0 w:1)
	/// Proof: `Providers::ProbationEnds` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:2)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	/// Storage: `Providers::PromotionCursor` (r:0 w:1)
	/// Proof: `Providers::PromotionCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn report_uptime() -> Weight {
		Weight::from_parts(58_740_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ProbationEnds` (r:1 w:1)
	/// Proof: `Providers::ProbationEnds` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Providers::PendingPromotions` (r:1 w:1)
	/// Proof: `Providers::PendingPromotions` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:1)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn suspend() -> Weight {
		Weight::from_parts(61_736_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Providers::PendingPromotions` (r:1 w:1)
	/// Proof: `Providers::PendingPromotions` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ProbationEnds` (r:0 w:1)
	/// Proof: `Providers::ProbationEnds` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:1)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	/// Storage: `Providers::PromotionCursor` (r:0 w:1)
	/// Proof: `Providers::PromotionCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn reinstate() -> Weight {
		Weight::from_parts(53_590_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ProbationEnds` (r:1 w:1)
	/// Proof: `Providers::ProbationEnds` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Providers::PendingPromotions` (r:1 w:1)
	/// Proof: `Providers::PendingPromotions` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:2)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn refresh() -> Weight {
		Weight::from_parts(60_002_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::PromotionCursor` (r:1 w:1)
	/// Proof: `Providers::PromotionCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::PendingPromotions` (r:1 w:1)
	/// Proof: `Providers::PendingPromotions` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ProbationEnds` (r:2 w:1)
	/// Proof: `Providers::ProbationEnds` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:1 w:2)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn promote() -> Weight {
		Weight::from_parts(74_870_000, 6_084)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:2)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn note_order_event() -> Weight {
		Weight::from_parts(53_920_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Reviews` (r:1 w:1)
	/// Proof: `Providers::Reviews` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:2)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn rate_order() -> Weight {
		Weight::from_parts(59_191_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

/// The same measurements with RocksDB costs, for tests and mocks.
impl WeightInfo for () {
	fn register() -> Weight {
		Weight::from_parts(162_653_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn update_profile() -> Weight {
		Weight::from_parts(60_413_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn rotate_attestation_key() -> Weight {
		Weight::from_parts(55_504_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn deregister() -> Weight {
		Weight::from_parts(110_125_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn apply_for_certification() -> Weight {
		Weight::from_parts(46_426_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn withdraw_application() -> Weight {
		Weight::from_parts(42_269_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn quote_certification_fee() -> Weight {
		Weight::from_parts(48_761_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn pay_certification_fee() -> Weight {
		Weight::from_parts(176_059_000, 15_990)
			.saturating_add(RocksDbWeight::get().reads(21_u64))
			.saturating_add(RocksDbWeight::get().writes(18_u64))
	}
	fn record_benchmark() -> Weight {
		Weight::from_parts(70_651_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn report_uptime() -> Weight {
		Weight::from_parts(58_740_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn suspend() -> Weight {
		Weight::from_parts(61_736_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn reinstate() -> Weight {
		Weight::from_parts(53_590_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn refresh() -> Weight {
		Weight::from_parts(60_002_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn promote() -> Weight {
		Weight::from_parts(74_870_000, 6_084)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn note_order_event() -> Weight {
		Weight::from_parts(53_920_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn rate_order() -> Weight {
		Weight::from_parts(59_191_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
}
