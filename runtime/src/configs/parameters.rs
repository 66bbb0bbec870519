//! SPEC's defaults as governance parameters ("every number is a default that governance can
//! change"): `pallet-parameters` keeps what governance set, and each pallet reads its number
//! through `Get` from here, SPEC's default until a change. `parameters.setParameter` changes
//! one: a referendum on the parameters track, Root or 4/9 of the council.
//!
//! Here are the numbers a pallet reads when it acts. A number a pallet copies into a record (an
//! order's fee rate and escrow, an SP's bond, a dispute's deadline) applies to records made after
//! the change, so a change never reprices what users already agreed to. Storage bounds, deposits
//! (which follow storage sizes) and numbers other constants must stay consistent with (the pool's
//! minimum deposit against its locked shares) stay constants. Numbers with their own validated
//! setters (the revenue split, veCPT's curve and tiers, the incentive rates) are the pallets'
//! storage, set through the same origin.

use super::governance::ParametersOrigin;
use crate::{
	constants::{
		currency::{CPT, USDC},
		time::DAY_SECS,
	},
	Balance, Runtime, RuntimeEvent,
};
use polkadot_sdk::{
	frame_support::{
		dynamic_params::{dynamic_pallet_params, dynamic_params},
		traits::AsEnsureOriginWithArg,
	},
	pallet_parameters,
	sp_runtime::{Percent, Permill},
};

#[dynamic_params(RuntimeParameters, pallet_parameters::Parameters::<Runtime>)]
pub mod dynamic_params {
	use super::*;

	/// The market's fees, escrow and dispute limits (SPEC section 4).
	#[dynamic_pallet_params]
	#[codec(index = 0)]
	pub mod market {
		/// Platform fee on a certified SP's orders.
		#[codec(index = 0)]
		pub static CertifiedFee: Permill = Permill::from_percent(2);
		/// Platform fee on other SPs' orders.
		#[codec(index = 1)]
		pub static OrdinaryFee: Permill = Permill::from_percent(5);
		/// Escrow held above an order's estimated cost.
		#[codec(index = 2)]
		pub static EscrowBuffer: Percent = Percent::from_percent(20);
		/// The largest refund the arbiters decide; above it takes governance.
		#[codec(index = 3)]
		pub static ArbiterLimit: Balance = 10_000 * USDC;
		/// The most insurance pays on one claim beyond the order's cost.
		#[codec(index = 4)]
		pub static MaxInsuredClaim: Balance = 100_000 * USDC;
		/// Capacity an SP below CSP lists per 30 days.
		#[codec(index = 5)]
		pub static OrdinaryListingCap: Balance = 10_000 * USDC;
		/// Seconds after settlement in which the buyer may dispute.
		#[codec(index = 6)]
		pub static DisputeWindow: u64 = 3 * DAY_SECS;
	}

	/// The SP registry (SPEC section 3).
	#[dynamic_pallet_params]
	#[codec(index = 1)]
	pub mod providers {
		/// CPT held from each newly registered SP.
		#[codec(index = 0)]
		pub static ProviderBond: Balance = 5_000 * CPT;
		/// The lowest certification fee the certifier may quote.
		#[codec(index = 1)]
		pub static MinCertificationFee: Balance = 5_000 * USDC;
		/// The highest certification fee the certifier may quote.
		#[codec(index = 2)]
		pub static MaxCertificationFee: Balance = 50_000 * USDC;
		/// Monthly uptime below this is a strike.
		#[codec(index = 3)]
		pub static MinUptime: Permill = Permill::from_parts(995_000);
		/// Re-benchmarks further below the claim than this flag the SP.
		#[codec(index = 4)]
		pub static BenchmarkTolerance: Percent = Percent::from_percent(10);
		/// Orders an SP on probation runs at once.
		#[codec(index = 5)]
		pub static ProbationOrderLimit: u32 = 10;
	}

	/// The liquidity pool and its insurance fund (SPEC section 7).
	#[dynamic_pallet_params]
	#[codec(index = 2)]
	pub mod pool {
		/// The share of the pool's USDC that may be out as advances.
		#[codec(index = 0)]
		pub static UtilisationCap: Permill = Permill::from_percent(80);
		/// The share of the pool that may be withdrawn per day.
		#[codec(index = 1)]
		pub static DailyWithdrawLimit: Permill = Permill::from_percent(10);
		/// The share of advance income that goes to the insurance fund.
		#[codec(index = 2)]
		pub static InsuranceCut: Permill = Permill::from_percent(10);
		/// The insurance fund's target, as a share of the pool.
		#[codec(index = 3)]
		pub static InsuranceTarget: Permill = Permill::from_percent(10);
	}

	/// The buy-back-and-burn (SPEC section 6).
	#[dynamic_pallet_params]
	#[codec(index = 3)]
	pub mod revenue {
		/// A block's buy-back spends at most this share of the pool's USDC reserve.
		#[codec(index = 0)]
		pub static MaxPriceImpact: Permill = Permill::from_percent(1);
		/// Buy-backs run only while the pool's spot is this close to the oracle's CPT/USD, at no
		/// worse than the oracle's price less this (the pool's 0.3% fee, the slice's impact and
		/// a margin).
		#[codec(index = 1)]
		pub static MaxSlippage: Permill = Permill::from_percent(2);
		/// USDC below this waits for the next buy-back.
		#[codec(index = 2)]
		pub static MinBuyBack: Balance = 10 * USDC;
	}

	/// The price oracle (SPEC section 10).
	#[dynamic_pallet_params]
	#[codec(index = 4)]
	pub mod oracle {
		/// A feed counts if within this of the median of fresh feeds.
		#[codec(index = 0)]
		pub static MaxSpread: Permill = Permill::from_percent(10);
		/// USDC/USD further than this from 1.00 raises an alert.
		#[codec(index = 1)]
		pub static PegTolerance: Permill = Permill::from_parts(5_000);
		/// How long feeds and prices stay fresh, in milliseconds.
		#[codec(index = 2)]
		pub static PriceMaxAge: u64 = 60 * 60 * 1_000;
	}
}

impl pallet_parameters::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	type AdminOrigin = AsEnsureOriginWithArg<ParametersOrigin>;
	// The pallet exports only these weights of its own (measured upstream, with RocksDB's
	// costs); its `weights` module is private.
	type WeightInfo = ();
}
