//! The marketplace: offers, escrowed orders, attested settlement, disputes, vouchers (SPEC
//! section 4).

use super::governance::{ArbiterMajority, RootOrCouncil};
use super::parameters::dynamic_params;
use super::{
	providers::{Usdc, UsdcHolds},
	revenue::OperationsAccount,
};
use crate::{
	allocation::MARKET_PALLET_ID,
	constants::{
		currency::{usdc_deposit, USDC},
		time::DAY_SECS,
	},
	Balance, LiquidityPool, Market, Providers, Revenue, Runtime, RuntimeHoldReason, Timestamp,
};
use alloc::vec::Vec;
use codec::MaxEncodedLen;
use pallet_market::{OfferFilter, OfferId, OfferOf, OrderOf, VoucherOf};
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{ConstU128, ConstU32, ConstU64},
		PalletId,
	},
	sp_core::sr25519,
};

parameter_types! {
	pub const MarketPalletId: PalletId = MARKET_PALLET_ID;
	/// An offer's record at its largest, and its keys in the offer map, the SP's list and the
	/// browse index.
	pub OfferDeposit: Balance = usdc_deposit(3, OfferOf::<Runtime>::max_encoded_len() as u32 + 48);
	/// An order's record at its largest, and its keys in the order map and the buyer's index.
	pub OrderDeposit: Balance = usdc_deposit(2, OrderOf::<Runtime>::max_encoded_len() as u32 + 84);
	pub const WorkloadByteDeposit: Balance = usdc_deposit(0, 1);
	/// A voucher's record at its largest, and its key.
	pub VoucherDeposit: Balance = usdc_deposit(1, VoucherOf::<Runtime>::max_encoded_len() as u32 + 16);
}

/// Best-ranked SPs' pages the score sort reads at most (of 100 SPs each).
const SCORE_PAGES: u32 = 10;

impl pallet_market::Config for Runtime {
	type Stable = Usdc;
	type Deposits = UsdcHolds;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Timestamp;
	type Registry = Providers;
	type Reputation = Providers;
	type AttestationKey = sr25519::Public;
	type AttestationSignature = sr25519::Signature;
	type Revenue = Revenue;
	type Insurance = LiquidityPool;
	type Rewards = crate::Incentives;
	type Prices = crate::PriceOracle;
	type StableUnit = ConstU128<USDC>;
	// Disputes: a majority of the arbiter committee up to the arbiter limit, the council (5/9)
	// or Root at any size.
	type ArbiterOrigin = ArbiterMajority;
	type GovernanceOrigin = RootOrCouncil;
	type VoucherOrigin = RootOrCouncil;
	// Platform vouchers are an operating expense.
	type PlatformAccount = OperationsAccount;
	type PalletId = MarketPalletId;
	type CertifiedFee = dynamic_params::market::CertifiedFee;
	type OrdinaryFee = dynamic_params::market::OrdinaryFee;
	type EscrowBuffer = dynamic_params::market::EscrowBuffer;
	type FailureGrace = ConstU64<300>;
	type DisputeWindow = dynamic_params::market::DisputeWindow;
	type FinishGrace = ConstU64<{ 6 * 3_600 }>;
	type ArbiterLimit = dynamic_params::market::ArbiterLimit;
	type MaxInsuredClaim = dynamic_params::market::MaxInsuredClaim;
	type OrdinaryListingCap = dynamic_params::market::OrdinaryListingCap;
	type ListingPeriod = ConstU64<{ 30 * DAY_SECS }>;
	type MaxStartDelay = ConstU64<{ 7 * DAY_SECS }>;
	type MaxOrderDuration = ConstU64<{ 365 * DAY_SECS }>;
	type MaxOfferWindow = ConstU64<{ 365 * DAY_SECS }>;
	type MaxVoucherLife = ConstU64<{ 365 * DAY_SECS }>;
	// Two minutes of wall time: start attestations land a few blocks after the job starts.
	type UsageSlack = ConstU64<120>;
	type CheckpointInterval = ConstU64<60>;
	type MaxBatch = ConstU32<128>;
	type MaxOffersPerProvider = ConstU32<64>;
	type MaxTags = ConstU32<16>;
	type MaxBrowsePage = ConstU32<100>;
	type OfferDeposit = OfferDeposit;
	type OrderDeposit = OrderDeposit;
	type WorkloadByteDeposit = WorkloadByteDeposit;
	type VoucherDeposit = VoucherDeposit;
	type WeightInfo = pallet_market::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmarks::Helper;
}

/// Offers passing `filter`, best-ranked SP first (each SP's offers in listing order): walks
/// the providers' ranking a page at a time, at most `SCORE_PAGES` pages.
pub fn browse_by_score(
	filter: OfferFilter<Balance>,
	offset: u32,
	limit: u32,
) -> Vec<(OfferId, OfferOf<Runtime>)> {
	let limit = limit.min(100) as usize;
	let wanted = (offset as usize).saturating_add(limit);
	let mut found = Vec::new();
	for page in 0..SCORE_PAGES {
		let ranked = Providers::ranking(filter.tier, None, page * 100, 100);
		let last = ranked.len() < 100;
		for sp in ranked {
			found.extend(Market::offers_of(&sp.provider, &filter));
		}
		if last || found.len() >= wanted {
			break;
		}
	}
	found.into_iter().skip(offset as usize).take(limit).collect()
}

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarks {
	use super::*;
	use crate::configs::providers::{benchmark_key_proof, BENCHMARK_KEY_TYPE};
	use crate::{Balances, RuntimeOrigin};
	use cyberplaza_primitives::Region;
	use pallet_providers::Metadata;
	use polkadot_sdk::{frame_support::traits::fungible::Mutate, sp_io};

	/// Registers SPs through pallet-providers with keys from the benchmark keystore.
	pub struct Helper;
	impl pallet_market::benchmarking::BenchmarkHelper<Runtime> for Helper {
		fn register_provider(who: &AccountId) -> sr25519::Public {
			let bond = <Runtime as pallet_providers::Config>::ProviderBond::get();
			Balances::set_balance(who, bond * 2);
			let key = sp_io::crypto::sr25519_generate(BENCHMARK_KEY_TYPE, None);
			Providers::register(
				RuntimeOrigin::signed(who.clone()),
				who.clone(),
				key,
				benchmark_key_proof(&key, who),
				Region::Europe,
				Metadata {
					company_documents: Default::default(),
					infrastructure: Default::default(),
					certificates: Default::default(),
				},
			)
			.expect("registers");
			key
		}
		fn sign(key: &sr25519::Public, payload: &[u8]) -> sr25519::Signature {
			sp_io::crypto::sr25519_sign(BENCHMARK_KEY_TYPE, key, payload)
				.expect("key in the keystore")
		}
		fn set_time(seconds: u64) {
			use pallet_providers::benchmarking::BenchmarkHelper;
			super::super::providers::TimestampSetter::set_time(seconds)
		}
		fn refer(who: &AccountId, referrer: &AccountId) {
			crate::Incentives::set_referrer(RuntimeOrigin::signed(who.clone()), referrer.clone())
				.expect("never settled, not mutual");
		}
	}
}
