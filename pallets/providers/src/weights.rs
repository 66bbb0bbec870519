//! Provisional: replaced by `scripts/bench.sh` output.

use core::marker::PhantomData;
use polkadot_sdk::frame_support::weights::{constants::RocksDbWeight, Weight};

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

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T> WeightInfo for SubstrateWeight<T> {
	fn register() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn update_profile() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn rotate_attestation_key() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn deregister() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn apply_for_certification() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn withdraw_application() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn quote_certification_fee() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn pay_certification_fee() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn record_benchmark() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn report_uptime() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn suspend() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn reinstate() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn refresh() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn promote() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn note_order_event() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn rate_order() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
}
impl WeightInfo for () {
	fn register() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn update_profile() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn rotate_attestation_key() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn deregister() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn apply_for_certification() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn withdraw_application() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn quote_certification_fee() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn pay_certification_fee() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn record_benchmark() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn report_uptime() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn suspend() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn reinstate() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn refresh() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn promote() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn note_order_event() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn rate_order() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
}
