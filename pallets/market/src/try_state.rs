//! The invariants the market's books keep, checked after every test and by try-runtime: one
//! check per family, each fed by a single pass over the orders.

use crate::*;
use alloc::collections::BTreeMap;
use polkadot_sdk::{
	frame_support::{ensure, traits::fungible::InspectHold},
	sp_runtime::{traits::Zero, TryRuntimeError},
};

/// What the orders add up to, per thing they count towards.
struct Tally<T: Config> {
	/// USDC the orders hold in escrow.
	escrow: BalanceOf<T>,
	/// Units held per offer by open orders (and then by vouchers and pledges).
	reserved: BTreeMap<OfferId, u32>,
	/// Units per offer in vouchers issued out of its pledge.
	pledged: BTreeMap<OfferId, u32>,
	load: BTreeMap<T::AccountId, ProviderLoad>,
	/// Placed orders waiting on each order.
	dependents: BTreeMap<OrderId, u32>,
	/// Open orders per job.
	job_open: BTreeMap<JobId, u32>,
	open_orders: usize,
	/// Deposits each account should have on hold, per [`HoldReason`] (its index).
	held: [BTreeMap<T::AccountId, BalanceOf<T>>; 3],
}

impl<T: Config> Tally<T> {
	fn held(&mut self, reason: HoldReason, who: &T::AccountId, deposit: BalanceOf<T>) {
		let total = self.held[reason as usize].entry(who.clone()).or_default();
		*total = total.saturating_add(deposit);
	}
}

impl<T: Config> Pallet<T> {
	/// Every family below, in order.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut tally = Self::check_orders()?;
		Self::check_dependents(&tally)?;
		let backing = Self::check_vouchers(&mut tally)?;
		Self::check_pledges(&mut tally)?;
		Self::check_escrow(&tally, backing)?;
		Self::check_offers(&mut tally)?;
		Self::check_load(&mut tally)?;
		Self::check_jobs(&mut tally)?;
		Self::check_deposits(&tally)
	}

	/// Orders: each holds what its state says (a finished order exactly its cost and no slot, a
	/// started one a slot, a closed one nothing and only while someone waits on it), voucher
	/// credit within its escrow, and the buyer index lists exactly the open ones.
	fn check_orders() -> Result<Tally<T>, TryRuntimeError> {
		let mut tally = Tally::<T> {
			escrow: Zero::zero(),
			reserved: BTreeMap::new(),
			pledged: BTreeMap::new(),
			load: BTreeMap::new(),
			dependents: BTreeMap::new(),
			job_open: BTreeMap::new(),
			open_orders: 0,
			held: Default::default(),
		};
		for (id, o) in Orders::<T>::iter() {
			tally.held(HoldReason::OrderDeposit, &o.buyer, o.deposit);
			tally.escrow = tally.escrow.saturating_add(o.escrow);
			ensure!(o.voucher_credit <= o.escrow, "voucher credit above escrow");
			let open = !matches!(o.status, OrderStatus::Closed { .. });
			ensure!(open == BuyerOrders::<T>::contains_key(&o.buyer, id), "buyer index disagrees");
			match o.status {
				OrderStatus::Placed | OrderStatus::Started { .. } => {
					*tally.reserved.entry(o.offer).or_default() += o.quantity;
					let l = tally.load.entry(o.provider.clone()).or_default();
					l.active += o.holds_slot as u32;
					l.unsettled += 1;
					ensure!(
						o.holds_slot || o.status == OrderStatus::Placed,
						"started order without a slot"
					);
				}
				OrderStatus::Finished { cost, .. } | OrderStatus::Disputed { cost, .. } => {
					ensure!(o.escrow == cost, "finished order's escrow is not its cost");
					ensure!(!cost.is_zero(), "finished order with nothing held");
					ensure!(!o.holds_slot, "finished order holds a slot");
					tally.load.entry(o.provider.clone()).or_default().unsettled += 1;
				}
				OrderStatus::Closed { .. } => {
					ensure!(o.escrow.is_zero(), "closed order holds escrow");
					ensure!(o.dependents > 0, "closed order kept with nobody waiting");
				}
			}
			if o.status == OrderStatus::Placed {
				if let Some(p) = o.after {
					*tally.dependents.entry(p).or_default() += 1;
				}
			}
			if let (Some(job), true) = (o.job, open) {
				*tally.job_open.entry(job).or_default() += 1;
			}
			tally.open_orders += open as usize;
		}
		ensure!(BuyerOrders::<T>::iter().count() == tally.open_orders, "stray buyer index entries");
		Ok(tally)
	}

	/// Dependents: each order's count of waiting orders is the number of placed orders that
	/// name it as their predecessor.
	fn check_dependents(tally: &Tally<T>) -> Result<(), TryRuntimeError> {
		for (id, o) in Orders::<T>::iter() {
			ensure!(
				tally.dependents.get(&id).copied().unwrap_or(0) == o.dependents,
				"dependents miscounted"
			);
		}
		Ok(())
	}

	/// Vouchers: credit backing is the sum of the credit vouchers; unit vouchers hold their
	/// offer's capacity. Returns the backing.
	fn check_vouchers(tally: &mut Tally<T>) -> Result<BalanceOf<T>, TryRuntimeError> {
		let mut backing = BalanceOf::<T>::zero();
		for (_, v) in Vouchers::<T>::iter() {
			ensure!(v.provider.is_some() || v.deposit.is_zero(), "deposit on a platform voucher");
			ensure!(v.provider.is_none() || !v.pledged, "an SP's voucher out of a pledge");
			tally.held(HoldReason::VoucherDeposit, &v.issuer, v.deposit);
			match v.value {
				VoucherValue::Credit(c) => backing = backing.saturating_add(c),
				VoucherValue::Units { offer, units } => {
					*tally.reserved.entry(offer).or_default() += units;
					if v.pledged {
						*tally.pledged.entry(offer).or_default() += units;
					}
				}
			}
		}
		ensure!(backing == VoucherBacking::<T>::get(), "voucher backing disagrees");
		Ok(backing)
	}

	/// Pledges: each is on an active offer, not empty, holds its unissued units of the offer's
	/// capacity and counts exactly the units of the vouchers issued out of it.
	fn check_pledges(tally: &mut Tally<T>) -> Result<(), TryRuntimeError> {
		for (offer, p) in Pledges::<T>::iter() {
			ensure!(!p.is_empty(), "empty pledge kept");
			ensure!(
				Offers::<T>::get(offer).is_some_and(|o| o.status == OfferStatus::Active),
				"pledge on an offer that is not active"
			);
			ensure!(tally.pledged.remove(&offer).unwrap_or(0) == p.issued, "pledge disagrees");
			*tally.reserved.entry(offer).or_default() += p.unissued;
		}
		ensure!(tally.pledged.is_empty(), "pledged vouchers without a pledge");
		Ok(())
	}

	/// Escrow: the recorded total is the orders' sum, and the escrow account holds at least
	/// that plus the voucher backing (it may hold more: its minimum balance).
	fn check_escrow(tally: &Tally<T>, backing: BalanceOf<T>) -> Result<(), TryRuntimeError> {
		ensure!(tally.escrow == OrderEscrow::<T>::get(), "order escrow total disagrees");
		ensure!(
			T::Stable::balance(&Self::escrow_account()) >= tally.escrow.saturating_add(backing),
			"escrow account holds less than it owes"
		);
		Ok(())
	}

	/// Offers: reserved units are what orders and vouchers hold, nothing is oversold, each is
	/// in its SP's list, closed ones are kept only while held, and the browse index lists
	/// exactly the active ones at their price.
	fn check_offers(tally: &mut Tally<T>) -> Result<(), TryRuntimeError> {
		let mut indexed = 0usize;
		for (id, o) in Offers::<T>::iter() {
			tally.held(HoldReason::OfferDeposit, &o.provider, o.deposit);
			ensure!(
				tally.reserved.remove(&id).unwrap_or(0) == o.reserved,
				"reserved capacity disagrees"
			);
			ensure!(o.reserved.saturating_add(o.sold) <= o.terms.capacity, "oversold");
			ensure!(
				ProviderOffers::<T>::get(&o.provider).contains(&id),
				"offer missing from its SP's list"
			);
			ensure!(o.status != OfferStatus::Closed || o.reserved > 0, "idle closed offer kept");
			let key =
				(o.terms.kind, o.terms.spec.region, billing::price_key(o.terms.unit_price), id);
			ensure!(
				OfferIndex::<T>::contains_key(key) == (o.status == OfferStatus::Active),
				"browse index disagrees"
			);
			indexed += (o.status == OfferStatus::Active) as usize;
		}
		ensure!(tally.reserved.is_empty(), "capacity reserved on a missing offer");
		ensure!(OfferIndex::<T>::iter_keys().count() == indexed, "stray browse index keys");
		Ok(())
	}

	/// Load: each SP's counts are its orders'.
	fn check_load(tally: &mut Tally<T>) -> Result<(), TryRuntimeError> {
		for (who, l) in Load::<T>::iter() {
			ensure!(tally.load.remove(&who).unwrap_or_default() == l, "provider load disagrees");
		}
		ensure!(
			tally.load.values().all(|l| *l == ProviderLoad::default()),
			"provider load missing"
		);
		Ok(())
	}

	/// Jobs: each counts its open orders and goes with the last of them.
	fn check_jobs(tally: &mut Tally<T>) -> Result<(), TryRuntimeError> {
		for (id, j) in Jobs::<T>::iter() {
			ensure!(
				tally.job_open.remove(&id).unwrap_or(0) == j.open && j.open > 0,
				"job open count disagrees"
			);
		}
		ensure!(tally.job_open.is_empty(), "open orders of a missing job");
		Ok(())
	}

	/// Deposits: every account has exactly its records' deposits on hold, per kind.
	fn check_deposits(tally: &Tally<T>) -> Result<(), TryRuntimeError> {
		for reason in
			[HoldReason::OfferDeposit, HoldReason::OrderDeposit, HoldReason::VoucherDeposit]
		{
			for (who, deposit) in &tally.held[reason as usize] {
				ensure!(
					T::Deposits::balance_on_hold(&reason.into(), who) == *deposit,
					"held deposits disagree with the records"
				);
			}
		}
		Ok(())
	}
}
