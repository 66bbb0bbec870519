//! The holding period: rUSDC minted by a deposit stays in the depositor's account, neither
//! withdrawn nor moved, until `HoldingPeriod` has passed. The pool refuses such withdrawals
//! itself; `FreezeFresh`, the assets pallet's freezer, refuses the transfers.

use crate::*;
use core::marker::PhantomData;
use polkadot_sdk::pallet_assets::FrozenBalance;

impl<T: Config> Pallet<T> {
	/// Adds `shares` just minted to `who` to its fresh shares and restarts their wait; returns
	/// when they may leave.
	pub(crate) fn hold_fresh(who: &T::AccountId, shares: Balance) -> Moment {
		let now = T::Time::now().as_secs();
		let until = now.saturating_add(HoldingPeriod::<T>::get());
		if until > now {
			FreshShares::<T>::mutate(who, |fresh| {
				let earlier = fresh.map_or(0, |f| f.held_at(now));
				*fresh = Some(Fresh { shares: earlier.saturating_add(shares), until });
			});
		}
		until
	}

	/// `who`'s shares still within the holding period.
	pub fn fresh_shares(who: &T::AccountId) -> Balance {
		FreshShares::<T>::get(who).map_or(0, |f| f.held_at(T::Time::now().as_secs()))
	}

	/// `who`'s shares still within the holding period, dropping a record that has expired.
	pub(crate) fn release_fresh(who: &T::AccountId) -> Balance {
		let Some(fresh) = FreshShares::<T>::get(who) else { return 0 };
		let held = fresh.held_at(T::Time::now().as_secs());
		if held.is_zero() {
			FreshShares::<T>::remove(who);
		}
		held
	}
}

/// The freezer of the assets pallet holding rUSDC (asset `ShareId`): an account's fresh
/// shares are frozen, so that they cannot be moved to an account that could withdraw them.
pub struct FreezeFresh<T, ShareId>(PhantomData<(T, ShareId)>);

impl<T: Config, AssetId: PartialEq, ShareId: Get<AssetId>>
	FrozenBalance<AssetId, T::AccountId, Balance> for FreezeFresh<T, ShareId>
{
	fn frozen_balance(asset: AssetId, who: &T::AccountId) -> Option<Balance> {
		if asset != ShareId::get() {
			return None;
		}
		let held = Pallet::<T>::fresh_shares(who);
		(!held.is_zero()).then_some(held)
	}

	fn died(asset: AssetId, who: &T::AccountId) {
		if asset == ShareId::get() {
			FreshShares::<T>::remove(who);
		}
	}

	fn contains_freezes(asset: AssetId) -> bool {
		asset == ShareId::get() && FreshShares::<T>::iter_keys().next().is_some()
	}
}
