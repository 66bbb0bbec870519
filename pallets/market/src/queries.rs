//! What wallets and the runtime APIs read: quotes, browsing, an SP's offers, jobs and a buyer's orders.

use crate::*;
use polkadot_sdk::frame_support::{ensure, pallet_prelude::*};

impl<T: Config> Pallet<T> {
	/// What ordering `quantity` units of `offer` would cost `buyer`.
	pub fn quote(
		buyer: &T::AccountId,
		offer: OfferId,
		quantity: u32,
	) -> Result<Quote<BalanceOf<T>>, DispatchError> {
		let o = Offers::<T>::get(offer).ok_or(Error::<T>::UnknownOffer)?;
		ensure!(o.status == OfferStatus::Active, Error::<T>::OfferNotActive);
		ensure!(o.available() >= quantity, Error::<T>::InsufficientCapacity);
		let (cost, buffer) =
			billing::estimate(quantity, o.terms.unit_price, T::EscrowBuffer::get())?;
		let fee = Self::fee_rate(&o.provider).mul_ceil(cost);
		let incentive_volume = Self::incentive_volume(&o.provider, cost);
		let reference_cost =
			o.terms.reference.as_ref().and_then(|r| Self::reference_cost(r, quantity));
		let below_reference =
			reference_cost.filter(|r| cost < *r).map(|r| Permill::from_rational(r - cost, r));
		Ok(Quote {
			cost,
			buffer,
			escrow: cost.saturating_add(buffer),
			fee,
			provider_receives: cost - fee,
			cashback: T::Rewards::cashback(buyer, cost, fee),
			incentive_volume,
			reference_cost,
			below_reference,
		})
	}

	/// `quantity` units at the reference instance's fresh oracle price, in USDC (at the
	/// oracle's USDC/USD if fresh, else one for one), rounded down.
	pub(crate) fn reference_cost(
		reference: &CloudReference,
		quantity: u32,
	) -> Option<BalanceOf<T>> {
		let usd_per_hour = T::Prices::price(&PriceKey::Cloud(reference.sku.clone()))?;
		let usd_per_usdc = T::Prices::price(&PriceKey::UsdcUsd).unwrap_or(FixedU128::one());
		let usd = usd_per_hour
			.checked_mul(&FixedU128::checked_from_rational(quantity, reference.units)?)?;
		let usdc = usd.checked_div(&usd_per_usdc)?;
		let unit: u128 = T::StableUnit::get().try_into().ok()?;
		usdc.checked_mul_int(unit)?.try_into().ok()
	}

	/// Whether an offer passes `filter` and can take an order now.
	pub fn matches(offer: &OfferOf<T>, filter: &OfferFilter<BalanceOf<T>>, now: Moment) -> bool {
		offer.status == OfferStatus::Active
			&& offer.available() > 0
			&& offer.terms.window_start <= now
			&& now < offer.terms.window_end
			&& filter.kind.is_none_or(|k| k == offer.terms.kind)
			&& filter.region.is_none_or(|r| r == offer.terms.spec.region)
			&& filter.max_price.is_none_or(|p| offer.terms.unit_price <= p)
			&& filter.tier.is_none_or(|t| T::Registry::tier(&offer.provider) == Some(t))
	}

	/// Offers passing `filter`, cheapest first: `limit` (at most `MaxBrowsePage`) from
	/// `offset`. Walks the price index of each (kind, region) asked for, reading at most
	/// four times `offset + limit` keys of each and stopping above the price cap.
	pub fn browse_by_price(
		filter: OfferFilter<BalanceOf<T>>,
		offset: u32,
		limit: u32,
	) -> Vec<(OfferId, OfferOf<T>)> {
		let limit = limit.min(T::MaxBrowsePage::get()) as usize;
		let wanted = (offset as usize).saturating_add(limit);
		let now = Self::now();
		let kinds = filter.kind.map_or(ResourceKind::ALL.to_vec(), |k| alloc::vec![k]);
		let regions = filter.region.map_or(Region::ALL.to_vec(), |r| alloc::vec![r]);
		let cap = filter.max_price.map(billing::price_key);
		let mut found = Vec::new();
		for kind in &kinds {
			for region in &regions {
				found.extend(
					OfferIndex::<T>::iter_key_prefix((*kind, *region))
						.take(wanted.saturating_mul(4))
						.take_while(|(price, _)| cap.is_none_or(|c| *price <= c))
						.filter_map(|(price, id)| {
							Offers::<T>::get(id)
								.filter(|o| Self::matches(o, &filter, now))
								.map(|o| (price, id, o))
						})
						.take(wanted),
				);
			}
		}
		found.sort_by_key(|(price, id, _)| (*price, *id));
		found.into_iter().skip(offset as usize).take(limit).map(|(_, id, o)| (id, o)).collect()
	}

	/// An SP's offers that pass `filter` now.
	pub fn offers_of(
		provider: &T::AccountId,
		filter: &OfferFilter<BalanceOf<T>>,
	) -> Vec<(OfferId, OfferOf<T>)> {
		let now = Self::now();
		ProviderOffers::<T>::get(provider)
			.into_iter()
			.filter_map(|id| {
				Offers::<T>::get(id).filter(|o| Self::matches(o, filter, now)).map(|o| (id, o))
			})
			.collect()
	}

	/// A job's orders and their states (closed orders are gone).
	pub fn job_status(job: JobId) -> Option<JobStatus<T::AccountId, BalanceOf<T>>> {
		let j = Jobs::<T>::get(job)?;
		let orders = (j.first..j.first.saturating_add(j.count as u64))
			.map(|id| (id, Orders::<T>::get(id).map(|o| o.status)))
			.collect();
		Some((j, orders))
	}

	/// A buyer's open orders, a page at a time.
	pub fn open_orders_of(buyer: &T::AccountId, offset: u32, limit: u32) -> Vec<OrderId> {
		BuyerOrders::<T>::iter_key_prefix(buyer)
			.skip(offset as usize)
			.take(limit.min(T::MaxBrowsePage::get()) as usize)
			.collect()
	}
}

/// The market's count for pallet-providers: an SP with unsettled orders, or with an offer
/// pledged to a group buy, cannot deregister.
impl<T: Config> OpenOrders<T::AccountId> for Pallet<T> {
	fn open_orders(provider: &T::AccountId) -> u32 {
		Load::<T>::get(provider).unsettled.saturating_add(Self::pledged_offers(provider))
	}
}
