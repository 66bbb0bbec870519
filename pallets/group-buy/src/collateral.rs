//! The supplier's collateral for the pool's advance, and what a decided campaign gives back:
//! the capacity nobody bought, and on failure the advance, booked as the pool's loss at once.

use crate::*;
use polkadot_sdk::{
	frame_support::traits::tokens::{Fortitude, Precision, Restriction},
	sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, Rounding},
};

impl<T: Config> Pallet<T> {
	/// Holds `amount` of the supplier's USDC for the campaign.
	pub(crate) fn post_collateral(c: &mut CampaignOf<T>, amount: Balance) -> DispatchResult {
		T::Holds::hold(&HoldReason::SupplierCollateral.into(), &c.terms.supplier, amount)
			.map_err(|_| Error::<T>::CannotPostCollateral)?;
		c.collateral = amount;
		Ok(())
	}

	/// Right after the deadline decides the campaign: the pledged units no commitment needs go
	/// back to the supplier. A failing campaign gives back all of them and ends the advance
	/// now, nothing repaid, so that the pool's value drops before anyone can leave it at the
	/// old price; the supplier's collateral is released.
	pub(crate) fn decided(campaign: CampaignId, c: &mut CampaignOf<T>) -> DispatchResult {
		match c.status {
			CampaignStatus::Failing => {
				T::Vouchers::unpledge_units(c.terms.offer, c.terms.max_units);
				if let Some(id) = c.advance_id.take() {
					T::Pool::settle(&Self::account_id(), id, 0)?;
				}
				Self::release_collateral(campaign, c, 0)?;
			}
			_ => T::Vouchers::unpledge_units(c.terms.offer, c.terms.max_units - c.committed),
		}
		Ok(())
	}

	/// Ends the collateral: the share of it the undelivered units are of all units sold
	/// (rounded up, against the supplier), no more than the pool's `shortfall`, moves into
	/// this pallet's account for the pool; the rest goes back to the supplier. Returns what
	/// moved.
	pub(crate) fn release_collateral(
		campaign: CampaignId,
		c: &mut CampaignOf<T>,
		shortfall: Balance,
	) -> Result<Balance, DispatchError> {
		let collateral = core::mem::take(&mut c.collateral);
		if collateral.is_zero() {
			return Ok(0);
		}
		let sold = c.delivered.saturating_add(c.undelivered);
		let share = if sold == 0 {
			0
		} else {
			multiply_by_rational_with_rounding(
				collateral,
				c.undelivered.into(),
				sold.into(),
				Rounding::Up,
			)
			.unwrap_or(collateral)
		};
		let reason = HoldReason::SupplierCollateral.into();
		let supplier = &c.terms.supplier;
		let slash = share.min(shortfall).min(collateral);
		let slashed = if slash.is_zero() {
			0
		} else {
			T::Holds::transfer_on_hold(
				&reason,
				supplier,
				&Self::account_id(),
				slash,
				Precision::BestEffort,
				Restriction::Free,
				Fortitude::Force,
			)?
		};
		let rest = collateral - slashed;
		let released = if rest.is_zero() {
			0
		} else {
			T::Holds::release(&reason, supplier, rest, Precision::BestEffort)?
		};
		Self::deposit_event(Event::CollateralReleased { campaign, slashed, released });
		Ok(slashed)
	}
}

#[cfg(any(feature = "try-runtime", feature = "std"))]
impl<T: Config> Pallet<T> {
	/// Each supplier has exactly its campaigns' collateral on hold, and only campaigns still
	/// serving after a recorded procurement hold any.
	pub(crate) fn check_collateral() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		use polkadot_sdk::frame_support::{ensure, traits::fungible::InspectHold};
		let mut held = BTreeMap::<T::AccountId, Balance>::new();
		for (_, c) in Campaigns::<T>::iter() {
			if !c.collateral.is_zero() {
				ensure!(
					c.procurement.is_some()
						&& matches!(
							c.status,
							CampaignStatus::Open | CampaignStatus::Succeeding { .. }
						),
					"collateral held for a campaign that no longer needs it"
				);
			}
			*held.entry(c.terms.supplier).or_default() += c.collateral;
		}
		let reason = HoldReason::SupplierCollateral.into();
		for (supplier, amount) in held {
			ensure!(
				T::Holds::balance_on_hold(&reason, &supplier) == amount,
				"collateral on hold disagrees with the campaigns"
			);
		}
		Ok(())
	}
}
