//! Disputes and ratings: what a buyer may say about a finished order.

use crate::*;
use polkadot_sdk::{
	frame_support::{ensure, pallet_prelude::*},
	frame_system::pallet_prelude::OriginFor,
	sp_runtime::SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_open_dispute(
		who: T::AccountId,
		order: OrderId,
		evidence: H256,
	) -> DispatchResult {
		let mut o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
		ensure!(o.buyer == who, Error::<T>::NotBuyer);
		let OrderStatus::Finished { at, outcome, cost, dispute_until } = o.status else {
			return Err(Error::<T>::WrongState.into());
		};
		ensure!(Self::now() <= dispute_until, Error::<T>::DisputeWindowClosed);
		o.status = OrderStatus::Disputed { finished_at: at, outcome, cost, evidence };
		Orders::<T>::insert(order, o);
		Self::deposit_event(Event::DisputeOpened { order, evidence });
		Ok(())
	}

	pub(crate) fn do_decide_dispute(
		origin: OriginFor<T>,
		order: OrderId,
		refund: BalanceOf<T>,
	) -> DispatchResult {
		let o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
		let OrderStatus::Disputed { finished_at, outcome, cost, .. } = o.status else {
			return Err(Error::<T>::WrongState.into());
		};
		// The limit bounds what the arbiter can move, so it applies to the award, which can
		// reach past the held cost into the insurance fund.
		if T::GovernanceOrigin::ensure_origin(origin.clone()).is_err() {
			T::ArbiterOrigin::ensure_origin(origin)?;
			ensure!(refund <= T::ArbiterLimit::get(), Error::<T>::NeedsGovernance);
		}
		ensure!(
			refund <= cost.saturating_add(T::MaxInsuredClaim::get()),
			Error::<T>::AwardTooLarge
		);
		let from_escrow = refund.min(cost);
		Self::pay_from_escrow(&o.buyer, from_escrow)?;
		OrderEscrow::<T>::mutate(|e| *e = e.saturating_sub(from_escrow));
		let from_insurance = T::Insurance::pay_claim(&o.buyer, refund.saturating_sub(from_escrow));
		if !refund.is_zero() {
			let _ = T::Reputation::note(&o.provider, OrderEvent::DisputeLost);
		}
		Self::deposit_event(Event::DisputeDecided { order, refund, from_escrow, from_insurance });
		let mut o = o;
		o.escrow = o.escrow.saturating_sub(from_escrow);
		Self::pay_out(order, o, cost.saturating_sub(from_escrow), finished_at, outcome)
	}

	pub(crate) fn do_rate(
		who: T::AccountId,
		order: OrderId,
		rating: u8,
		review: H256,
	) -> DispatchResult {
		let mut o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
		ensure!(o.buyer == who, Error::<T>::NotBuyer);
		ensure!(!o.rated, Error::<T>::AlreadyRated);
		let (OrderStatus::Finished { cost, .. } | OrderStatus::Disputed { cost, .. }) = o.status
		else {
			return Err(Error::<T>::WrongState.into());
		};
		// An SP rating itself, through its payout account or a buyer it paid for, is the
		// cheapest way to farm reputation and review rewards.
		let own = who == o.provider
			|| T::Registry::payout_account(&o.provider).as_ref() == Some(&who)
			|| o.voucher_issuer.as_ref() == Some(&o.provider);
		ensure!(!own, Error::<T>::SelfRating);
		ensure!(cost >= T::Rewards::min_rated_cost(), Error::<T>::CostTooLowToRate);
		// One weight per least rated cost: a rating counts as much as the order's value.
		let weight = cost
			.checked_div(&T::Rewards::min_rated_cost())
			.map_or(1, |w| w.saturated_into::<u64>())
			.max(1);
		T::Reputation::rate(&o.provider, order, rating, review, weight)?;
		o.rated = true;
		Orders::<T>::insert(order, o);
		Ok(())
	}
}
