//! Storage deposits: USDC held from whoever creates an offer, an order or an SP's voucher, for
//! as long as its record is stored, and released to them when it goes.

use crate::*;
use codec::Encode;
use polkadot_sdk::sp_runtime::{traits::Zero, DispatchError};

impl<T: Config> Pallet<T> {
	/// Holds `amount` from `who` for a record of kind `reason`.
	pub(crate) fn hold_deposit(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<(), DispatchError> {
		if amount.is_zero() {
			return Ok(());
		}
		T::Deposits::hold(&reason.into(), who, amount).map_err(|_| Error::<T>::CannotPayDeposit)?;
		Ok(())
	}

	/// Gives `who` back the deposit of a record that is going. The hold is this record's, so
	/// it is there to release; if it were not, the record still goes (`try_state` reports it).
	pub(crate) fn release_deposit(reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) {
		if !amount.is_zero() {
			let _ = T::Deposits::release(&reason.into(), who, amount, Precision::BestEffort);
		}
	}

	/// An order's deposit: the record's, plus its workload's bytes.
	pub(crate) fn order_deposit(workload: Option<&Workload>) -> BalanceOf<T> {
		let bytes = workload.map_or(0, |w| w.encoded_size() as u32);
		T::OrderDeposit::get()
			.saturating_add(T::WorkloadByteDeposit::get().saturating_mul(bytes.into()))
	}

	/// Removes an order that nothing needs any more, and releases its deposit.
	pub(crate) fn remove_order(id: OrderId, order: &OrderOf<T>) {
		Orders::<T>::remove(id);
		Self::release_deposit(HoldReason::OrderDeposit, &order.buyer, order.deposit);
	}

	/// Removes a used, released or expired voucher, and releases its deposit.
	pub(crate) fn remove_voucher(id: VoucherId, voucher: &VoucherOf<T>) {
		Vouchers::<T>::remove(id);
		Self::release_deposit(HoldReason::VoucherDeposit, &voucher.issuer, voucher.deposit);
	}
}
