//! Orders: placing them (alone or as a job), cancelling them, and when they may start.

use crate::*;
use polkadot_sdk::frame_support::{ensure, pallet_prelude::*};

/// When an order may start from.
pub(crate) enum StartBase {
	From(Moment),
	Pending,
	Failed,
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_place_order(
		buyer: T::AccountId,
		offer: OfferId,
		quantity: u32,
		expected_duration: Moment,
		after: Option<OrderId>,
		voucher: Option<VoucherId>,
		workload: Option<Workload>,
	) -> DispatchResult {
		let request = OrderRequest {
			offer,
			quantity,
			expected_duration,
			after: after.map(Predecessor::Order),
			voucher,
			workload,
		};
		Self::place(&buyer, &request, None, NextOrderId::<T>::get(), Self::now()).map(|_| ())
	}

	pub(crate) fn do_place_orders(
		buyer: T::AccountId,
		requests: BoundedVec<OrderRequest, T::MaxBatch>,
	) -> DispatchResult {
		ensure!(!requests.is_empty(), Error::<T>::EmptyBatch);
		let now = Self::now();
		let job = NextJobId::<T>::get();
		NextJobId::<T>::put(job.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let first = NextOrderId::<T>::get();
		let mut provided: Vec<Vec<Tag>> = Vec::new();
		let mut needed: Vec<Vec<Tag>> = Vec::new();
		for (index, request) in requests.iter().enumerate() {
			let terms = Self::place(&buyer, request, Some(job), first, now)?;
			if terms.kind.is_hardware() {
				provided.push(sorted_tags(terms.tags));
			} else if terms.kind == ResourceKind::SoftwareLicence {
				needed.push(sorted_tags(terms.tags));
			}
			debug_assert_eq!(NextOrderId::<T>::get(), first + index as u64 + 1);
		}
		if !provided.is_empty() {
			ensure!(
				needed.iter().all(|need| provided.iter().any(|have| has_all(have, need))),
				Error::<T>::Incompatible
			);
		}
		let count = requests.len() as u32;
		Jobs::<T>::insert(job, Job { buyer: buyer.clone(), first, count, open: count });
		Self::deposit_event(Event::JobPlaced { job, buyer, first, count });
		Ok(())
	}

	pub(crate) fn do_cancel_order(who: T::AccountId, order: OrderId) -> DispatchResult {
		let o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
		ensure!(o.buyer == who, Error::<T>::NotBuyer);
		ensure!(o.status == OrderStatus::Placed, Error::<T>::WrongState);
		Self::conclude(order, o, billing::unstarted(Outcome::Cancelled), Self::now())
	}

	pub(crate) fn do_reject_order(who: T::AccountId, order: OrderId) -> DispatchResult {
		let o = Orders::<T>::get(order).ok_or(Error::<T>::UnknownOrder)?;
		ensure!(o.provider == who, Error::<T>::NotProvider);
		ensure!(o.status == OrderStatus::Placed, Error::<T>::WrongState);
		let now = Self::now();
		// Past its deadline the order is the SP's breach (`resolve_overdue`), not its choice.
		if let StartBase::From(base) = Self::start_base(&o)? {
			ensure!(
				now <= base.saturating_add(o.sla.max_start_delay),
				Error::<T>::StartDeadlinePassed
			);
		}
		Self::conclude(order, o, billing::unstarted(Outcome::Rejected), now)
	}

	/// Places one order with id `NextOrderId`; `first` is the id of the batch's first
	/// order. Returns the offer's terms.
	pub(crate) fn place(
		buyer: &T::AccountId,
		request: &OrderRequest,
		job: Option<JobId>,
		first: OrderId,
		now: Moment,
	) -> Result<OfferTermsOf<T>, DispatchError> {
		let id = NextOrderId::<T>::get();
		ensure!(!request.quantity.is_zero(), Error::<T>::ZeroQuantity);
		ensure!(!request.expected_duration.is_zero(), Error::<T>::ZeroDuration);
		ensure!(
			request.expected_duration <= T::MaxOrderDuration::get(),
			Error::<T>::DurationTooLong
		);
		if let Some(workload) = &request.workload {
			ensure!(workload.is_valid(), Error::<T>::BadWorkload);
			Workloads::<T>::insert(id, workload);
		}
		let mut offer = Offers::<T>::get(request.offer).ok_or(Error::<T>::UnknownOffer)?;
		ensure!(offer.status == OfferStatus::Active, Error::<T>::OfferNotActive);
		ensure!(
			offer.terms.window_start <= now && now < offer.terms.window_end,
			Error::<T>::OutsideWindow
		);
		let provider = offer.provider.clone();
		let delay = offer.terms.sla.max_start_delay;
		let after = match request.after {
			None => None,
			Some(Predecessor::Order(p)) => Some(p),
			Some(Predecessor::InBatch(i)) => {
				let p = first.saturating_add(i as u64);
				ensure!(job.is_some() && p < id, Error::<T>::BadPredecessor);
				Some(p)
			}
		};
		// An order waiting on a predecessor holds no slot of the SP's until it starts, so
		// nobody can fill an SP's concurrency limit with orders that never can start.
		let (waiting, wait_until) = match after {
			None => (false, now.saturating_add(delay)),
			Some(p) => {
				let mut pred = Orders::<T>::get(p).ok_or(Error::<T>::BadPredecessor)?;
				ensure!(&pred.buyer == buyer, Error::<T>::BadPredecessor);
				let waiting = match Self::completion(&pred) {
					StartBase::Failed => return Err(Error::<T>::BadPredecessor.into()),
					StartBase::Pending => true,
					StartBase::From(_) => false,
				};
				let wait_until = pred
					.wait_until
					.saturating_add(pred.expected_duration)
					.saturating_add(T::FinishGrace::get())
					.saturating_add(delay);
				pred.dependents = pred.dependents.saturating_add(1);
				Orders::<T>::insert(p, pred);
				(waiting, wait_until)
			}
		};
		let mut load = Load::<T>::get(&provider);
		let limit = if T::Registry::is_active(&provider) {
			T::Registry::concurrent_order_limit(&provider)
		} else {
			Some(0)
		};
		ensure!(
			limit.is_none_or(|l| waiting && l > 0 || load.active < l),
			Error::<T>::ProviderAtLimit
		);

		let mut unit_price = offer.terms.unit_price;
		let mut voucher_credit = Zero::zero();
		let mut voucher_issuer = None;
		let mut redeemed = None;
		match request.voucher.map(|v| (v, Vouchers::<T>::get(v))) {
			None => {
				ensure!(offer.available() >= request.quantity, Error::<T>::InsufficientCapacity);
				offer.reserved = offer.reserved.saturating_add(request.quantity);
			}
			Some((_, None)) => return Err(Error::<T>::UnknownVoucher.into()),
			Some((v, Some(voucher))) => {
				ensure!(&voucher.holder == buyer, Error::<T>::VoucherMismatch);
				ensure!(now < voucher.expires_at, Error::<T>::VoucherExpired);
				match voucher.value {
					VoucherValue::Units { offer: o, units } => {
						ensure!(
							o == request.offer && request.quantity <= units,
							Error::<T>::VoucherMismatch
						);
						// The order takes over the units it uses, reserved already; the rest
						// stay the voucher's for later orders until it expires.
						unit_price = Zero::zero();
						if voucher.pledged {
							Self::settle_pledge(o, request.quantity);
						}
						let left = units - request.quantity;
						if left == 0 {
							Self::remove_voucher(v, &voucher);
						} else {
							Vouchers::<T>::insert(
								v,
								Voucher {
									value: VoucherValue::Units { offer: o, units: left },
									..voucher
								},
							);
						}
					}
					VoucherValue::Credit(credit) => {
						ensure!(
							voucher.provider.as_ref().is_none_or(|p| *p == provider),
							Error::<T>::VoucherMismatch
						);
						ensure!(
							offer.available() >= request.quantity,
							Error::<T>::InsufficientCapacity
						);
						offer.reserved = offer.reserved.saturating_add(request.quantity);
						let (cost, buffer) = billing::estimate(
							request.quantity,
							unit_price,
							T::EscrowBuffer::get(),
						)?;
						let used = credit.min(cost.saturating_add(buffer));
						voucher_credit = used;
						voucher_issuer = Some(voucher.issuer.clone());
						VoucherBacking::<T>::mutate(|b| *b = b.saturating_sub(used));
						if used == credit {
							Self::remove_voucher(v, &voucher);
						} else {
							Vouchers::<T>::insert(
								v,
								Voucher { value: VoucherValue::Credit(credit - used), ..voucher },
							);
						}
					}
				}
				redeemed = Some(v);
			}
		}
		let (cost, buffer) =
			billing::estimate(request.quantity, unit_price, T::EscrowBuffer::get())?;
		let escrow = cost.checked_add(&buffer).ok_or(Error::<T>::Overflow)?;
		let from_buyer = escrow.saturating_sub(voucher_credit);
		if !from_buyer.is_zero() {
			T::Stable::transfer(
				buyer,
				&Self::escrow_account(),
				from_buyer,
				Preservation::Preserve,
			)?;
		}
		OrderEscrow::<T>::mutate(|e| *e = e.saturating_add(escrow));
		let deposit = Self::order_deposit(request.workload.as_ref());
		Self::hold_deposit(HoldReason::OrderDeposit, buyer, deposit)?;

		let order = Order {
			buyer: buyer.clone(),
			provider: provider.clone(),
			offer: request.offer,
			job,
			kind: offer.terms.kind,
			quantity: request.quantity,
			unit_price,
			fee: Self::fee_rate(&provider),
			sla: offer.terms.sla,
			preemptible: offer.terms.preemptible,
			parallelism: offer.terms.kind.parallelism(&offer.terms.spec),
			placed_at: now,
			expected_duration: request.expected_duration,
			after,
			dependents: 0,
			wait_until,
			holds_slot: !waiting,
			escrow,
			voucher_credit,
			voucher_issuer,
			rated: false,
			reference: order_reference(id, buyer, request.offer, now, request.quantity),
			deposit,
			status: OrderStatus::Placed,
		};
		if !waiting {
			load.active = load.active.saturating_add(1);
		}
		load.unsettled = load.unsettled.saturating_add(1);
		Load::<T>::insert(&provider, load);
		NextOrderId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		Orders::<T>::insert(id, order);
		BuyerOrders::<T>::insert(buyer, id, ());
		let terms = offer.terms.clone();
		Offers::<T>::insert(request.offer, offer);
		Self::deposit_event(Event::OrderPlaced {
			order: id,
			buyer: buyer.clone(),
			offer: request.offer,
			quantity: request.quantity,
			escrow,
		});
		if let Some(voucher) = redeemed {
			Self::deposit_event(Event::VoucherRedeemed { voucher, order: id });
		}
		Ok(terms)
	}

	pub(crate) fn fee_rate(provider: &T::AccountId) -> Permill {
		if T::Registry::tier(provider) == Some(Tier::Certified) {
			T::CertifiedFee::get()
		} else {
			T::OrdinaryFee::get()
		}
	}

	/// Whether an order counts as completed for the orders waiting on it.
	pub(crate) fn completion(o: &OrderOf<T>) -> StartBase {
		match o.status {
			OrderStatus::Placed | OrderStatus::Started { .. } => StartBase::Pending,
			OrderStatus::Finished { at, outcome: Outcome::Completed, .. }
			| OrderStatus::Disputed { finished_at: at, outcome: Outcome::Completed, .. }
			| OrderStatus::Closed { completed_at: Some(at) } => StartBase::From(at),
			_ => StartBase::Failed,
		}
	}

	/// When `o`'s start clock runs from: its placement, or its predecessor's completion.
	pub(crate) fn start_base(o: &OrderOf<T>) -> Result<StartBase, DispatchError> {
		let Some(p) = o.after else { return Ok(StartBase::From(o.placed_at)) };
		let pred = Orders::<T>::get(p).ok_or(Error::<T>::BadPredecessor)?;
		Ok(match Self::completion(&pred) {
			StartBase::From(at) => StartBase::From(at.max(o.placed_at)),
			other => other,
		})
	}

	/// `o` no longer waits on its predecessor; a closed predecessor nobody waits on goes.
	pub(crate) fn release_predecessor(o: &OrderOf<T>) {
		let Some(p) = o.after else { return };
		let Some(mut pred) = Orders::<T>::get(p) else { return };
		pred.dependents = pred.dependents.saturating_sub(1);
		if pred.dependents == 0 && matches!(pred.status, OrderStatus::Closed { .. }) {
			Self::remove_order(p, &pred);
		} else {
			Orders::<T>::insert(p, pred);
		}
	}
}

/// `tags` sorted, each once: the form `has_all` compares in one pass.
fn sorted_tags<S>(tags: BoundedVec<Tag, S>) -> Vec<Tag> {
	let mut tags = tags.into_inner();
	tags.sort_unstable();
	tags.dedup();
	tags
}

/// Whether sorted `have` holds every tag of sorted `need`: one merge pass, so a batch's check
/// costs software orders × hardware orders × 2 `MaxTags` comparisons at most.
fn has_all(have: &[Tag], need: &[Tag]) -> bool {
	let mut have = have.iter();
	need.iter().all(|tag| have.find(|h| *h >= tag) == Some(tag))
}
