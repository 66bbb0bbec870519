//! Weights of `pallet_market`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0,
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
	fn create_offer() -> Weight;
	fn update_offer() -> Weight;
	fn pause_offer() -> Weight;
	fn resume_offer() -> Weight;
	fn close_offer() -> Weight;
	fn place_order() -> Weight;
	fn place_orders(n: u32) -> Weight;
	fn cancel_order() -> Weight;
	fn reject_order() -> Weight;
	fn attest_started() -> Weight;
	fn attest_checkpoint() -> Weight;
	fn authorize_attest() -> Weight;
	fn attest_finished() -> Weight;
	fn settle() -> Weight;
	fn resolve_overdue() -> Weight;
	fn open_dispute() -> Weight;
	fn decide_dispute() -> Weight;
	fn decide_dispute_insured() -> Weight;
	fn rate() -> Weight;
	fn issue_voucher() -> Weight;
	fn release_voucher() -> Weight;
}

/// Weights with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Providers::Providers` (r:1 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListedValue` (r:1 w:1)
	/// Proof: `Market::ListedValue` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextOfferId` (r:1 w:1)
	/// Proof: `Market::NextOfferId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Market::ProviderOffers` (r:1 w:1)
	/// Proof: `Market::ProviderOffers` (`max_values`: None, `max_size`: Some(306), added: 2781, mode: `MaxEncodedLen`)
	/// Storage: `Market::OfferIndex` (r:0 w:1)
	/// Proof: `Market::OfferIndex` (`max_values`: None, `max_size`: Some(22), added: 2497, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:0 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(551), added: 3026, mode: `MaxEncodedLen`)
	fn create_offer() -> Weight {
		Weight::from_parts(73_207_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(551), added: 3026, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Market::OfferIndex` (r:0 w:2)
	/// Proof: `Market::OfferIndex` (`max_values`: None, `max_size`: Some(22), added: 2497, mode: `MaxEncodedLen`)
	fn update_offer() -> Weight {
		Weight::from_parts(68_729_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(551), added: 3026, mode: `MaxEncodedLen`)
	/// Storage: `Market::OfferIndex` (r:0 w:1)
	/// Proof: `Market::OfferIndex` (`max_values`: None, `max_size`: Some(22), added: 2497, mode: `MaxEncodedLen`)
	fn pause_offer() -> Weight {
		Weight::from_parts(46_938_000, 4_016)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(551), added: 3026, mode: `MaxEncodedLen`)
	/// Storage: `Market::OfferIndex` (r:0 w:1)
	/// Proof: `Market::OfferIndex` (`max_values`: None, `max_size`: Some(22), added: 2497, mode: `MaxEncodedLen`)
	fn resume_offer() -> Weight {
		Weight::from_parts(47_700_000, 4_016)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(551), added: 3026, mode: `MaxEncodedLen`)
	/// Storage: `Market::ProviderOffers` (r:1 w:1)
	/// Proof: `Market::ProviderOffers` (`max_values`: None, `max_size`: Some(306), added: 2781, mode: `MaxEncodedLen`)
	/// Storage: `Market::OfferIndex` (r:0 w:1)
	/// Proof: `Market::OfferIndex` (`max_values`: None, `max_size`: Some(22), added: 2497, mode: `MaxEncodedLen`)
	fn close_offer() -> Weight {
		Weight::from_parts(60_142_000, 4_016)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Market::NextOrderId` (r:1 w:1)
	/// Proof: `Market::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(551), added: 3026, mode: `MaxEncodedLen`)
	/// Storage: `Market::Load` (r:1 w:1)
	/// Proof: `Market::Load` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:1 w:2)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Market::Vouchers` (r:1 w:1)
	/// Proof: `Market::Vouchers` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Market::VoucherBacking` (r:1 w:1)
	/// Proof: `Market::VoucherBacking` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderEscrow` (r:1 w:1)
	/// Proof: `Market::OrderEscrow` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Market::Workloads` (r:0 w:1)
	/// Proof: `Market::Workloads` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Market::BuyerOrders` (r:0 w:1)
	/// Proof: `Market::BuyerOrders` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn place_order() -> Weight {
		Weight::from_parts(178_333_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextJobId` (r:1 w:1)
	/// Proof: `Market::NextJobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextOrderId` (r:1 w:1)
	/// Proof: `Market::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:128 w:128)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(551), added: 3026, mode: `MaxEncodedLen`)
	/// Storage: `Market::Load` (r:128 w:128)
	/// Proof: `Market::Load` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:128 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderEscrow` (r:1 w:1)
	/// Proof: `Market::OrderEscrow` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:0 w:128)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Market::Jobs` (r:0 w:1)
	/// Proof: `Market::Jobs` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::Workloads` (r:0 w:128)
	/// Proof: `Market::Workloads` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Market::BuyerOrders` (r:0 w:128)
	/// Proof: `Market::BuyerOrders` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn place_orders(n: u32) -> Weight {
		Weight::from_parts(263_202_000, 6_208)
			.saturating_add(Weight::from_parts(168_515_710, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3616).saturating_mul(n.into()))
	}
	/// Storage: `Market::Orders` (r:2 w:2)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderEscrow` (r:1 w:1)
	/// Proof: `Market::OrderEscrow` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(551), added: 3026, mode: `MaxEncodedLen`)
	/// Storage: `Market::Load` (r:1 w:1)
	/// Proof: `Market::Load` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Market::Workloads` (r:0 w:1)
	/// Proof: `Market::Workloads` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Market::BuyerOrders` (r:0 w:1)
	/// Proof: `Market::BuyerOrders` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn cancel_order() -> Weight {
		Weight::from_parts(161_452_000, 6_522)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn reject_order() -> Weight {
		Weight::from_parts(161_452_000, 6_522)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Market::Orders` (r:2 w:2)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderEscrow` (r:1 w:1)
	/// Proof: `Market::OrderEscrow` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(551), added: 3026, mode: `MaxEncodedLen`)
	/// Storage: `Market::Load` (r:1 w:1)
	/// Proof: `Market::Load` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:2)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	/// Storage: `Market::Workloads` (r:0 w:1)
	/// Proof: `Market::Workloads` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Market::BuyerOrders` (r:0 w:1)
	/// Proof: `Market::BuyerOrders` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn attest_started() -> Weight {
		Weight::from_parts(317_603_000, 6_522)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(13_u64))
	}
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn attest_checkpoint() -> Weight {
		Weight::from_parts(145_572_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Market::Orders` (r:1 w:0)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn authorize_attest() -> Weight {
		Weight::from_parts(117_950_000, 4_606).saturating_add(T::DbWeight::get().reads(3_u64))
	}
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderEscrow` (r:1 w:1)
	/// Proof: `Market::OrderEscrow` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(551), added: 3026, mode: `MaxEncodedLen`)
	/// Storage: `Market::Load` (r:1 w:1)
	/// Proof: `Market::Load` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:2)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	/// Storage: `Market::Workloads` (r:0 w:1)
	/// Proof: `Market::Workloads` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	fn attest_finished() -> Weight {
		Weight::from_parts(336_788_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:3)
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
	/// Storage: `Market::OrderEscrow` (r:1 w:1)
	/// Proof: `Market::OrderEscrow` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Subscriptions::Subscribers` (r:1 w:0)
	/// Proof: `Subscriptions::Subscribers` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Subscriptions::Plans` (r:1 w:0)
	/// Proof: `Subscriptions::Plans` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Locks` (r:1 w:0)
	/// Proof: `VoteEscrow::Locks` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::Tiers` (r:1 w:0)
	/// Proof: `VoteEscrow::Tiers` (`max_values`: Some(1), `max_size`: Some(193), added: 688, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Launch` (r:1 w:1)
	/// Proof: `Incentives::Launch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::CurrentParams` (r:1 w:0)
	/// Proof: `Incentives::CurrentParams` (`max_values`: Some(1), `max_size`: Some(541), added: 1036, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Open` (r:2 w:2)
	/// Proof: `Incentives::Open` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Values` (r:1 w:0)
	/// Proof: `Oracle::Values` (`max_values`: None, `max_size`: Some(132), added: 2607, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Earnings` (r:1 w:1)
	/// Proof: `Incentives::Earnings` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Referrals` (r:2 w:0)
	/// Proof: `Incentives::Referrals` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `Market::Load` (r:1 w:1)
	/// Proof: `Market::Load` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Market::Jobs` (r:1 w:1)
	/// Proof: `Market::Jobs` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::BuyerOrders` (r:0 w:1)
	/// Proof: `Market::BuyerOrders` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::LockerStart` (r:0 w:1)
	/// Proof: `Incentives::LockerStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::LockerWeek` (r:0 w:1)
	/// Proof: `Incentives::LockerWeek` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn settle() -> Weight {
		Weight::from_parts(517_466_000, 15_990)
			.saturating_add(T::DbWeight::get().reads(38_u64))
			.saturating_add(T::DbWeight::get().writes(29_u64))
	}
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:3)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderEscrow` (r:1 w:1)
	/// Proof: `Market::OrderEscrow` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(551), added: 3026, mode: `MaxEncodedLen`)
	/// Storage: `Market::Load` (r:1 w:1)
	/// Proof: `Market::Load` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Market::Jobs` (r:1 w:1)
	/// Proof: `Market::Jobs` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:2)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	/// Storage: `Market::Workloads` (r:0 w:1)
	/// Proof: `Market::Workloads` (`max_values`: None, `max_size`: Some(1051), added: 3526, mode: `MaxEncodedLen`)
	/// Storage: `Market::BuyerOrders` (r:0 w:1)
	/// Proof: `Market::BuyerOrders` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn resolve_overdue() -> Weight {
		Weight::from_parts(353_309_000, 8_817)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(14_u64))
	}
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn open_dispute() -> Weight {
		Weight::from_parts(55_894_000, 3_756)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderEscrow` (r:1 w:1)
	/// Proof: `Market::OrderEscrow` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `LiquidityPool::InsuranceFund` (r:1 w:0)
	/// Proof: `LiquidityPool::InsuranceFund` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Market::Load` (r:1 w:1)
	/// Proof: `Market::Load` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Market::Jobs` (r:1 w:1)
	/// Proof: `Market::Jobs` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:2)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	/// Storage: `Market::BuyerOrders` (r:0 w:1)
	/// Proof: `Market::BuyerOrders` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn decide_dispute() -> Weight {
		Weight::from_parts(245_108_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	fn decide_dispute_insured() -> Weight {
		Weight::from_parts(245_108_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Market::Orders` (r:1 w:0)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(291), added: 2766, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Reviews` (r:1 w:1)
	/// Proof: `Providers::Reviews` (`max_values`: None, `max_size`: Some(89), added: 2564, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::CurrentParams` (r:1 w:0)
	/// Proof: `Incentives::CurrentParams` (`max_values`: Some(1), `max_size`: Some(541), added: 1036, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Values` (r:1 w:0)
	/// Proof: `Oracle::Values` (`max_values`: None, `max_size`: Some(132), added: 2607, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Launch` (r:1 w:1)
	/// Proof: `Incentives::Launch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `VoteEscrow::WeekLength` (r:1 w:0)
	/// Proof: `VoteEscrow::WeekLength` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Earnings` (r:1 w:1)
	/// Proof: `Incentives::Earnings` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::Open` (r:1 w:1)
	/// Proof: `Incentives::Open` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Ranking` (r:0 w:2)
	/// Proof: `Providers::Ranking` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::LockerStart` (r:0 w:1)
	/// Proof: `Incentives::LockerStart` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Incentives::LockerWeek` (r:0 w:1)
	/// Proof: `Incentives::LockerWeek` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn rate() -> Weight {
		Weight::from_parts(179_946_000, 4_606)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Providers::Providers` (r:1 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(1141), added: 3616, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Market::VoucherBacking` (r:1 w:1)
	/// Proof: `Market::VoucherBacking` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextVoucherId` (r:1 w:1)
	/// Proof: `Market::NextVoucherId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Market::Vouchers` (r:0 w:1)
	/// Proof: `Market::Vouchers` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn issue_voucher() -> Weight {
		Weight::from_parts(156_442_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Market::Vouchers` (r:1 w:1)
	/// Proof: `Market::Vouchers` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Market::VoucherBacking` (r:1 w:1)
	/// Proof: `Market::VoucherBacking` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn release_voucher() -> Weight {
		Weight::from_parts(146_944_000, 6_208)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
}

/// The same measurements with RocksDB costs, for tests and mocks.
impl WeightInfo for () {
	fn create_offer() -> Weight {
		Weight::from_parts(73_207_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn update_offer() -> Weight {
		Weight::from_parts(68_729_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn pause_offer() -> Weight {
		Weight::from_parts(46_938_000, 4_016)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn resume_offer() -> Weight {
		Weight::from_parts(47_700_000, 4_016)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn close_offer() -> Weight {
		Weight::from_parts(60_142_000, 4_016)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn place_order() -> Weight {
		Weight::from_parts(178_333_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
	}
	fn place_orders(n: u32) -> Weight {
		Weight::from_parts(263_202_000, 6_208)
			.saturating_add(Weight::from_parts(168_515_710, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
			.saturating_add(RocksDbWeight::get().writes((5_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3616).saturating_mul(n.into()))
	}
	fn cancel_order() -> Weight {
		Weight::from_parts(161_452_000, 6_522)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn reject_order() -> Weight {
		Weight::from_parts(161_452_000, 6_522)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn attest_started() -> Weight {
		Weight::from_parts(317_603_000, 6_522)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
	}
	fn attest_checkpoint() -> Weight {
		Weight::from_parts(145_572_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn authorize_attest() -> Weight {
		Weight::from_parts(117_950_000, 4_606).saturating_add(RocksDbWeight::get().reads(3_u64))
	}
	fn attest_finished() -> Weight {
		Weight::from_parts(336_788_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn settle() -> Weight {
		Weight::from_parts(517_466_000, 15_990)
			.saturating_add(RocksDbWeight::get().reads(38_u64))
			.saturating_add(RocksDbWeight::get().writes(29_u64))
	}
	fn resolve_overdue() -> Weight {
		Weight::from_parts(353_309_000, 8_817)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(14_u64))
	}
	fn open_dispute() -> Weight {
		Weight::from_parts(55_894_000, 3_756)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn decide_dispute() -> Weight {
		Weight::from_parts(245_108_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn decide_dispute_insured() -> Weight {
		Weight::from_parts(245_108_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn rate() -> Weight {
		Weight::from_parts(179_946_000, 4_606)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn issue_voucher() -> Weight {
		Weight::from_parts(156_442_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn release_voucher() -> Weight {
		Weight::from_parts(146_944_000, 6_208)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
}
