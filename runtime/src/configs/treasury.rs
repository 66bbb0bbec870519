//! The treasuries (SPEC sections 6 and 9): `pallet-treasury` over the operations account (35% of
//! revenue) and the emergency reserve (5%), spending their USDC. A referendum on the treasury
//! track, Root or 5/9 of the council spends.
//!
//! SPEC asks 5/9 of the council for moves over 100,000 USDC; a smaller limit for fewer seats
//! would limit nothing, since a spend limit bounds one spend and not how many a motion series
//! makes (4 seats could move 1,000,000 USDC as ten spends). So every council spend needs 5/9.
//!
//! A spend is approved by its origin, then paid by anyone's `payout` once valid, within a 30-day
//! payout period; the council (5/9) voids an approved spend before it is paid.

use super::governance::{governance_days, CouncilFiveNinths};
use crate::{
	allocation::{OPERATIONS_PALLET_ID, RESERVE_PALLET_ID},
	constants::assets::USDC_ASSET_ID,
	origins, AccountId, AssetId, Assets, Balance, Balances, BlockNumber, Runtime, RuntimeEvent,
	System,
};
use core::marker::PhantomData;
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{
			fungibles,
			tokens::{ConversionFromAssetBalance, Pay, PaymentStatus, Preservation},
			ConstU32, EitherOf, TypedGet,
		},
		PalletId,
	},
	frame_system::{EnsureRoot, EnsureWithSuccess},
	pallet_treasury,
	sp_runtime::{traits::IdentityLookup, DispatchError},
};

/// The operations treasury.
pub type OperationsInstance = pallet_treasury::Instance1;
/// The emergency reserve.
pub type ReserveInstance = pallet_treasury::Instance2;

parameter_types! {
	pub const OperationsPalletId: PalletId = OPERATIONS_PALLET_ID;
	pub const ReservePalletId: PalletId = RESERVE_PALLET_ID;
	pub OperationsTreasuryAccount: AccountId =
		pallet_treasury::Pallet::<Runtime, OperationsInstance>::account_id();
	pub ReserveTreasuryAccount: AccountId =
		pallet_treasury::Pallet::<Runtime, ReserveInstance>::account_id();
	/// No limit per spend for the origins that spend at all.
	pub const UnlimitedSpend: Balance = Balance::MAX;
	/// Approved CPT spends (`spend_local`) are paid weekly.
	pub SpendPeriod: BlockNumber = governance_days(7);
	/// An approved USDC spend can be paid out for 30 days from when it becomes valid.
	pub PayoutPeriod: BlockNumber = governance_days(30);
}

/// Who spends: a treasury-track referendum, Root or 5/9 of the council.
pub type SpendOrigin = EnsureWithSuccess<
	EitherOf<EnsureRoot<AccountId>, EitherOf<origins::Treasurer, CouncilFiveNinths>>,
	AccountId,
	UnlimitedSpend,
>;

/// Pays a spend out of a treasury's account `A`, always leaving the account USDC's minimum
/// balance: revenue credited to it later, however small, still lands.
pub struct PayFromTreasury<A>(PhantomData<A>);

impl<A: TypedGet<Type = AccountId>> Pay for PayFromTreasury<A> {
	type Balance = Balance;
	type Beneficiary = AccountId;
	type AssetKind = AssetId;
	type Id = ();
	type Error = DispatchError;

	fn pay(who: &AccountId, asset: AssetId, amount: Balance) -> Result<(), DispatchError> {
		<Assets as fungibles::Mutate<AccountId>>::transfer(
			asset,
			&A::get(),
			who,
			amount,
			Preservation::Preserve,
		)?;
		Ok(())
	}

	// A transfer either happened in `pay` or failed there.
	fn check_payment(_: ()) -> PaymentStatus {
		PaymentStatus::Success
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_successful(_: &AccountId, asset: AssetId, amount: Balance) {
		use fungibles::{Create, Inspect, Mutate};
		if !<Assets as Inspect<AccountId>>::asset_exists(asset) {
			let _ = <Assets as Create<AccountId>>::create(asset, A::get(), true, 1);
		}
		let minimum = <Assets as Inspect<AccountId>>::minimum_balance(asset);
		let _ = <Assets as Mutate<AccountId>>::mint_into(
			asset,
			&A::get(),
			amount.saturating_add(minimum),
		);
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_concluded(_: ()) {}
}

/// The treasuries spend USDC only: a spend of any other asset fails to convert.
pub struct UsdcOnly;

impl ConversionFromAssetBalance<Balance, AssetId, Balance> for UsdcOnly {
	type Error = ();

	fn from_asset_balance(balance: Balance, asset: AssetId) -> Result<Balance, ()> {
		(asset == USDC_ASSET_ID).then_some(balance).ok_or(())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn ensure_successful(_: AssetId) {}
}

/// The configuration both treasuries share; `$pallet_id` and `$account` name their accounts.
macro_rules! treasury_config {
	($instance:ty, $pallet_id:ty, $account:ty) => {
		impl pallet_treasury::Config<$instance> for Runtime {
			type Currency = Balances;
			type RejectOrigin = EitherOf<EnsureRoot<AccountId>, CouncilFiveNinths>;
			type RuntimeEvent = RuntimeEvent;
			type SpendPeriod = SpendPeriod;
			// CPT's supply is fixed: the treasury never burns its unspent funds.
			type Burn = ();
			type PalletId = $pallet_id;
			type BurnDestination = ();
			type WeightInfo = pallet_treasury::weights::SubstrateWeight<Runtime>;
			type SpendFunds = ();
			type MaxApprovals = ConstU32<100>;
			type SpendOrigin = SpendOrigin;
			type AssetKind = AssetId;
			type Beneficiary = AccountId;
			type BeneficiaryLookup = IdentityLookup<AccountId>;
			type Paymaster = PayFromTreasury<$account>;
			type BalanceConverter = UsdcOnly;
			type PayoutPeriod = PayoutPeriod;
			type BlockNumberProvider = System;
			#[cfg(feature = "runtime-benchmarks")]
			type BenchmarkHelper = ();
		}
	};
}

treasury_config!(OperationsInstance, OperationsPalletId, OperationsTreasuryAccount);
treasury_config!(ReserveInstance, ReservePalletId, ReserveTreasuryAccount);
