//! Placeholder until `scripts/bench.sh market` measures them.

use polkadot_sdk::frame_support::weights::Weight;

pub trait WeightInfo {
	fn create_offer() -> Weight;
	fn update_offer() -> Weight;
	fn pause_offer() -> Weight;
	fn resume_offer() -> Weight;
	fn close_offer() -> Weight;
	fn place_order() -> Weight;
	fn place_orders(n: u32) -> Weight;
	fn cancel_order() -> Weight;
	fn attest_started() -> Weight;
	fn attest_checkpoint() -> Weight;
	fn attest_finished() -> Weight;
	fn settle() -> Weight;
	fn resolve_overdue() -> Weight;
	fn open_dispute() -> Weight;
	fn decide_dispute() -> Weight;
	fn rate() -> Weight;
	fn issue_voucher() -> Weight;
	fn release_voucher() -> Weight;
}
impl WeightInfo for () {
	fn create_offer() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn update_offer() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn pause_offer() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn resume_offer() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn close_offer() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn place_order() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn place_orders(n: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000).saturating_mul(n.max(1) as u64)
	}
	fn cancel_order() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn attest_started() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn attest_checkpoint() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn attest_finished() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn settle() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn resolve_overdue() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn open_dispute() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn decide_dispute() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn rate() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn issue_voucher() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn release_voucher() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
}
