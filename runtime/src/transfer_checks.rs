//! Rejects transfers that cannot do anything before they cost the sender a fee.
//!
//! A signed CPT or asset transfer to oneself, or of more than the sender can spend, is an
//! invalid transaction: the pool refuses it with a specific code and no state changes (no fee,
//! no nonce). Only top-level calls are checked; a transfer nested in a batch still fails at
//! dispatch with the pallet's own error.

use crate::{AccountId, Assets, Balance, Balances, Runtime, RuntimeCall};
use codec::{Decode, DecodeWithMemTracking, Encode};
use polkadot_sdk::{
	frame_support::{
		traits::{
			fungible, fungibles,
			tokens::{Fortitude, Preservation},
		},
		weights::Weight,
	},
	pallet_assets, pallet_balances,
	sp_runtime::{
		impl_tx_ext_default,
		traits::{
			AsSystemOriginSigner, DispatchInfoOf, DispatchOriginOf, StaticLookup,
			TransactionExtension, ValidateResult,
		},
		transaction_validity::{
			InvalidTransaction, TransactionSource, TransactionValidityError, ValidTransaction,
		},
	},
	*,
};
use scale_info::TypeInfo;

/// `InvalidTransaction::Custom` code: the transfer's destination is its sender.
pub const SELF_TRANSFER: u8 = 1;
/// `InvalidTransaction::Custom` code: the sender cannot spend the amount.
pub const INSUFFICIENT_BALANCE: u8 = 2;

/// The transaction extension; it carries no data in the transaction.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, Default, TypeInfo, Debug)]
pub struct CheckTransfer;

/// What a transfer call moves, and how much the sender may spend of it.
struct Transfer<'a> {
	dest: &'a <<Runtime as frame_system::Config>::Lookup as StaticLookup>::Source,
	/// `None` for "everything" (`transfer_all`).
	amount: Option<Balance>,
	asset: Option<crate::AssetId>,
	preservation: Preservation,
}

impl<'a> Transfer<'a> {
	fn of(call: &'a RuntimeCall) -> Option<Self> {
		use pallet_assets::Call as AssetsCall;
		use pallet_balances::Call as BalancesCall;
		let transfer = |dest, amount, asset, preservation| {
			Some(Transfer { dest, amount, asset, preservation })
		};
		match call {
			RuntimeCall::Balances(BalancesCall::transfer_allow_death { dest, value }) => {
				transfer(dest, Some(*value), None, Preservation::Expendable)
			}
			RuntimeCall::Balances(BalancesCall::transfer_keep_alive { dest, value }) => {
				transfer(dest, Some(*value), None, Preservation::Preserve)
			}
			RuntimeCall::Balances(BalancesCall::transfer_all { dest, .. }) => {
				transfer(dest, None, None, Preservation::Expendable)
			}
			RuntimeCall::Assets(AssetsCall::transfer { id, target, amount }) => {
				transfer(target, Some(*amount), Some(id.0), Preservation::Expendable)
			}
			RuntimeCall::Assets(AssetsCall::transfer_keep_alive { id, target, amount }) => {
				transfer(target, Some(*amount), Some(id.0), Preservation::Preserve)
			}
			_ => None,
		}
	}

	fn check(&self, sender: &AccountId) -> Result<(), TransactionValidityError> {
		let reject = |code| Err(InvalidTransaction::Custom(code).into());
		// An unknown address is left to dispatch, which reports it.
		if <Runtime as frame_system::Config>::Lookup::lookup(self.dest.clone())
			.is_ok_and(|dest| &dest == sender)
		{
			return reject(SELF_TRANSFER);
		}
		let Some(amount) = self.amount else { return Ok(()) };
		let spendable = match self.asset {
			None => <Balances as fungible::Inspect<AccountId>>::reducible_balance(
				sender,
				self.preservation,
				Fortitude::Polite,
			),
			Some(asset) => <Assets as fungibles::Inspect<AccountId>>::reducible_balance(
				asset,
				sender,
				self.preservation,
				Fortitude::Polite,
			),
		};
		if amount > spendable {
			return reject(INSUFFICIENT_BALANCE);
		}
		Ok(())
	}
}

impl TransactionExtension<RuntimeCall> for CheckTransfer {
	const IDENTIFIER: &'static str = "CheckTransfer";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	fn weight(&self, call: &RuntimeCall) -> Weight {
		match Transfer::of(call) {
			// The sender's account or asset balance.
			Some(_) => <Runtime as frame_system::Config>::DbWeight::get().reads(1),
			None => Weight::zero(),
		}
	}

	fn validate(
		&self,
		origin: DispatchOriginOf<RuntimeCall>,
		call: &RuntimeCall,
		_info: &DispatchInfoOf<RuntimeCall>,
		_len: usize,
		_self_implicit: (),
		_inherited_implication: &impl Encode,
		_source: TransactionSource,
	) -> ValidateResult<(), RuntimeCall> {
		if let (Some(sender), Some(transfer)) =
			(origin.as_system_origin_signer(), Transfer::of(call))
		{
			transfer.check(sender)?;
		}
		Ok((ValidTransaction::default(), (), origin))
	}

	impl_tx_ext_default!(RuntimeCall; prepare);
}
