//! Settlement: the SP's attestations, overdue orders, and paying out or refunding escrow.

use crate::*;
use polkadot_sdk::{
	frame_support::{ensure, pallet_prelude::*},
	frame_system::{ensure_signed, pallet_prelude::OriginFor},
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_attest(
		origin: OriginFor<T>,
		order: OrderId,
		statement: Statement,
		signature: Option<T::AttestationSignature>,
	) -> DispatchResult {
		let sender = match frame_system::ensure_authorized(origin.clone()) {
			Ok(()) => None,
			Err(_) => Some(ensure_signed(origin)?),
		};
		let mut o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
		if sender.as_ref() != Some(&o.provider) {
			ensure!(
				Self::signed_by_provider(order, &o, &statement, signature.as_ref()),
				Error::<T>::BadAttestation
			);
		}
		let now = Self::now();
		Self::admit(&o, &statement, now)?;
		match (statement, o.status) {
			(Statement::Started, OrderStatus::Placed) => {
				let StartBase::From(base) = Self::start_base(&o)? else {
					return Err(Error::<T>::PredecessorPending.into());
				};
				if now > base.saturating_add(o.sla.max_start_delay) {
					let _ =
						T::Reputation::note(&o.provider, OrderEvent::Started { on_time: false });
					return Self::conclude(order, o, billing::unstarted(Outcome::LateStart), now);
				}
				if !o.holds_slot {
					Load::<T>::mutate(&o.provider, |l| l.active = l.active.saturating_add(1));
					o.holds_slot = true;
				}
				Self::release_predecessor(&o);
				let _ = T::Reputation::note(&o.provider, OrderEvent::Started { on_time: true });
				o.status =
					OrderStatus::Started { at: now, usage: Usage::default(), checkpointed_at: now };
				Orders::<T>::insert(order, o);
				Self::deposit_event(Event::OrderStarted { order });
			}
			(Statement::Checkpoint(usage), OrderStatus::Started { at, .. }) => {
				o.status = OrderStatus::Started { at, usage, checkpointed_at: now };
				Orders::<T>::insert(order, o);
				Self::deposit_event(Event::UsageCheckpointed { order, usage });
			}
			(
				Statement::Finished { exit, usage, downtime, result: _ },
				OrderStatus::Started { at, .. },
			) => {
				let bill = billing::finish(&billing::Run {
					kind: o.kind,
					quantity: o.quantity,
					unit_price: o.unit_price,
					escrow: o.escrow,
					sla: o.sla,
					preemptible: o.preemptible,
					expected_duration: o.expected_duration,
					started_at: at,
					now,
					failure_grace: T::FailureGrace::get(),
					exit,
					usage,
					downtime,
				});
				Self::conclude(order, o, bill, now)?;
			}
			_ => return Err(Error::<T>::WrongState.into()),
		}
		Ok(())
	}

	/// Whether `statement` would move order `o` on at `now`, checked alike when a statement is
	/// dispatched and before a feeless one enters the pool: the order is in the state the
	/// statement follows; a start does not wait on a predecessor and, for an order that held
	/// no slot while it waited, finds one free; usage never falls and fits what the offer's
	/// cores or accelerators could have delivered since the start; checkpoints keep their
	/// interval.
	pub(crate) fn admit(o: &OrderOf<T>, statement: &Statement, now: Moment) -> DispatchResult {
		match (statement, &o.status) {
			(Statement::Started, OrderStatus::Placed) => {
				match Self::start_base(o)? {
					StartBase::Pending => return Err(Error::<T>::PredecessorPending.into()),
					StartBase::Failed => return Err(Error::<T>::BadPredecessor.into()),
					StartBase::From(_) => {}
				}
				if !o.holds_slot {
					let active = Load::<T>::get(&o.provider).active;
					ensure!(
						T::Registry::concurrent_order_limit(&o.provider).is_none_or(|l| active < l),
						Error::<T>::ProviderAtLimit
					);
				}
			}
			(
				Statement::Checkpoint(usage),
				OrderStatus::Started { at, usage: last, checkpointed_at },
			) => {
				ensure!(usage.advances(last), Error::<T>::UsageRegressed);
				ensure!(
					now >= checkpointed_at.saturating_add(T::CheckpointInterval::get()),
					Error::<T>::CheckpointTooSoon
				);
				Self::ensure_plausible(o, usage, *at, now)?;
			}
			(Statement::Finished { usage, .. }, OrderStatus::Started { at, usage: last, .. }) => {
				ensure!(usage == last || usage.advances(last), Error::<T>::UsageRegressed);
				Self::ensure_plausible(o, usage, *at, now)?;
			}
			_ => return Err(Error::<T>::WrongState.into()),
		}
		Ok(())
	}

	fn ensure_plausible(
		o: &OrderOf<T>,
		usage: &Usage,
		started_at: Moment,
		now: Moment,
	) -> DispatchResult {
		let elapsed = now.saturating_sub(started_at);
		ensure!(
			billing::plausible(o.kind, o.parallelism, usage, elapsed, T::UsageSlack::get()),
			Error::<T>::ImplausibleUsage
		);
		Ok(())
	}

	/// Whether `signature` is the order's SP's attestation key's over `statement`.
	pub(crate) fn signed_by_provider(
		order: OrderId,
		o: &OrderOf<T>,
		statement: &Statement,
		signature: Option<&T::AttestationSignature>,
	) -> bool {
		let Some(key) = T::Registry::attestation_key(&o.provider) else { return false };
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		let payload = attestation_payload(&genesis, order, &o.reference, statement);
		signature.is_some_and(|s| s.verify(&payload[..], &key))
	}

	/// Admits a feeless attestation only if the SP's key signed it and it moves the order on
	/// now ([`Self::admit`]), so none is free to send without doing its work, none can be
	/// replayed, and none fails once in a block. The pool holds one statement of each kind per
	/// order: a checkpoint replaces a pending one with less usage (its priority is its usage),
	/// and a checkpoint sooner than the interval waits outside the pool (`Future`).
	pub(crate) fn authorize_attest(
		_source: TransactionSource,
		order: &OrderId,
		statement: &Statement,
		signature: &Option<T::AttestationSignature>,
	) -> TransactionValidityWithRefund {
		let o = Orders::<T>::get(order).ok_or(InvalidTransaction::Stale)?;
		if let Err(e) = Self::admit(&o, statement, Self::now()) {
			let pending = [
				Error::<T>::CheckpointTooSoon.into(),
				Error::<T>::PredecessorPending.into(),
				Error::<T>::ProviderAtLimit.into(),
			];
			return Err(if pending.contains(&e) {
				InvalidTransaction::Future
			} else if e == Error::<T>::ImplausibleUsage.into() {
				InvalidTransaction::Custom(IMPLAUSIBLE_USAGE)
			} else {
				InvalidTransaction::Stale
			}
			.into());
		}
		if !Self::signed_by_provider(*order, &o, statement, signature.as_ref()) {
			return Err(InvalidTransaction::BadProof.into());
		}
		let (kind, priority) = match statement {
			Statement::Started => (0u8, 0),
			Statement::Checkpoint(usage) => {
				(1, usage.core_seconds.saturating_add(usage.accelerator_seconds))
			}
			Statement::Finished { .. } => (2, 0),
		};
		let validity = ValidTransaction::with_tag_prefix("cyberplaza/attest")
			.and_provides((order, kind))
			.priority(priority)
			.longevity(64)
			.build()?;
		Ok((validity, Weight::zero()))
	}

	pub(crate) fn do_confirm(who: T::AccountId, order: OrderId) -> DispatchResult {
		let o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
		ensure!(o.buyer == who, Error::<T>::NotBuyer);
		let OrderStatus::Finished { at, outcome, cost, .. } = o.status else {
			return Err(Error::<T>::WrongState.into());
		};
		Self::pay_out(order, o, cost, at, outcome)
	}

	pub(crate) fn do_settle(order: OrderId) -> DispatchResult {
		let o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
		let OrderStatus::Finished { at, outcome, cost, dispute_until } = o.status else {
			return Err(Error::<T>::WrongState.into());
		};
		ensure!(Self::now() > dispute_until, Error::<T>::DisputeWindowOpen);
		Self::pay_out(order, o, cost, at, outcome)
	}

	pub(crate) fn do_resolve_overdue(order: OrderId) -> DispatchResult {
		let o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
		let now = Self::now();
		match o.status {
			OrderStatus::Placed => {
				let outcome = match Self::start_base(&o)? {
					StartBase::Failed => Outcome::DependencyFailed,
					// Its predecessor, had it kept its SLA, would have completed by now.
					StartBase::Pending => {
						ensure!(now > o.wait_until, Error::<T>::NotOverdue);
						Outcome::DependencyFailed
					}
					StartBase::From(base) => {
						ensure!(
							now > base.saturating_add(o.sla.max_start_delay),
							Error::<T>::NotOverdue
						);
						Outcome::NotStarted
					}
				};
				Self::conclude(order, o, billing::unstarted(outcome), now)
			}
			OrderStatus::Started { at, usage, .. } => {
				let deadline =
					at.saturating_add(o.expected_duration).saturating_add(T::FinishGrace::get());
				ensure!(now > deadline, Error::<T>::NotOverdue);
				let bill = billing::abandoned(o.kind, o.quantity, o.unit_price, o.escrow, &usage);
				Self::conclude(order, o, bill, now)
			}
			_ => Err(Error::<T>::WrongState.into()),
		}
	}

	/// Ends a placed or started order by its `bill`: an SLA breach and a completion reach the
	/// SP's reputation, the cost (at most the escrow) stays in escrow for the dispute window,
	/// the rest is refunded now (unused voucher credit to its issuer), the offer's capacity is
	/// released except the units sold.
	pub(crate) fn conclude(
		id: OrderId,
		mut o: OrderOf<T>,
		bill: billing::Bill<BalanceOf<T>>,
		now: Moment,
	) -> DispatchResult {
		let billing::Bill { outcome, cost, units, breach } = bill;
		if breach {
			let _ = T::Reputation::note(&o.provider, OrderEvent::SlaBreached);
		}
		if outcome == Outcome::Completed {
			let _ = T::Reputation::note(&o.provider, OrderEvent::Completed);
		}
		Workloads::<T>::remove(id);
		let cost = cost.min(o.escrow);
		let refund = o.escrow - cost;
		let voucher_left = o.voucher_credit.saturating_sub(cost).min(refund);
		if let Some(issuer) = &o.voucher_issuer {
			Self::pay_from_escrow(issuer, voucher_left)?;
		}
		Self::pay_from_escrow(&o.buyer, refund - voucher_left)?;
		OrderEscrow::<T>::mutate(|e| *e = e.saturating_sub(refund));
		if o.status == OrderStatus::Placed {
			Self::release_predecessor(&o);
		}
		Self::release_units(o.offer, o.quantity, units.min(o.quantity));
		if o.holds_slot {
			Load::<T>::mutate(&o.provider, |l| l.active = l.active.saturating_sub(1));
			o.holds_slot = false;
		}
		o.escrow = cost;
		o.voucher_credit = o.voucher_credit.min(cost);
		Self::deposit_event(Event::OrderFinished { order: id, outcome, cost, refunded: refund });
		if cost.is_zero() {
			let completed_at = (outcome == Outcome::Completed).then_some(now);
			Self::close(id, o, completed_at);
		} else {
			o.status = OrderStatus::Finished {
				at: now,
				outcome,
				cost,
				dispute_until: now.saturating_add(T::DisputeWindow::get()),
			};
			Orders::<T>::insert(id, o);
		}
		Ok(())
	}

	/// Pays a finished order's remaining `cost`: the fee to revenue, the rest to the SP.
	pub(crate) fn pay_out(
		id: OrderId,
		o: OrderOf<T>,
		cost: BalanceOf<T>,
		finished_at: Moment,
		outcome: Outcome,
	) -> DispatchResult {
		let fee = o.fee.mul_ceil(cost);
		let provider_paid = cost - fee;
		let payee = T::Registry::payout_account(&o.provider).unwrap_or_else(|| o.provider.clone());
		Self::pay_from_escrow(&payee, provider_paid)?;
		if !fee.is_zero() {
			T::Revenue::collect(&Self::escrow_account(), RevenueSource::MarketFee, fee)?;
		}
		OrderEscrow::<T>::mutate(|e| *e = e.saturating_sub(cost));
		if !cost.is_zero() {
			T::Rewards::settled(&SettledOrder {
				buyer: o.buyer.clone(),
				provider: o.provider.clone(),
				cost,
				fee,
				incentive_volume: Self::incentive_volume(&o.provider, cost),
				rated: o.rated,
			});
		}
		Self::deposit_event(Event::OrderSettled { order: id, provider_paid, fee });
		let completed_at = (outcome == Outcome::Completed).then_some(finished_at);
		Self::close(id, o, completed_at);
		Ok(())
	}

	/// The order's books are closed: it leaves its buyer's, SP's and job's counts, and
	/// storage unless later orders still wait on it.
	pub(crate) fn close(id: OrderId, mut o: OrderOf<T>, completed_at: Option<Moment>) {
		Load::<T>::mutate(&o.provider, |l| l.unsettled = l.unsettled.saturating_sub(1));
		BuyerOrders::<T>::remove(&o.buyer, id);
		if let Some(job) = o.job {
			Jobs::<T>::mutate_exists(job, |j| {
				if let Some(inner) = j {
					inner.open = inner.open.saturating_sub(1);
					if inner.open == 0 {
						*j = None;
					}
				}
			});
		}
		if o.dependents == 0 {
			Self::remove_order(id, &o);
		} else {
			o.escrow = Zero::zero();
			o.voucher_credit = Zero::zero();
			o.status = OrderStatus::Closed { completed_at };
			Orders::<T>::insert(id, o);
		}
	}

	/// Pays `to` out of escrow. An amount `to` cannot receive (below USDC's minimum for an
	/// account that does not exist) goes to revenue instead, so no payout can block an
	/// order from closing.
	pub(crate) fn pay_from_escrow(to: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		let escrow = Self::escrow_account();
		if T::Stable::can_deposit(to, amount, Provenance::Extant) == DepositConsequence::Success {
			T::Stable::transfer(&escrow, to, amount, Preservation::Preserve)?;
		} else {
			T::Revenue::collect(&escrow, RevenueSource::MarketFee, amount)?;
			Self::deposit_event(Event::SweptToRevenue { to: to.clone(), amount });
		}
		Ok(())
	}

	/// What `cost` counts towards the SP's incentives (more for a CSP).
	pub(crate) fn incentive_volume(provider: &T::AccountId, cost: BalanceOf<T>) -> BalanceOf<T> {
		billing::incentive_volume(cost, T::Registry::tier(provider) == Some(Tier::Certified))
	}
}
