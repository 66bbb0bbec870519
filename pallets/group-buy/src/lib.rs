#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod collateral;
#[cfg(test)]
mod mock;
mod refunds;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use cyberplaza_primitives::{
	Moment, PoolAdvances, ProviderRegistry, RevenueSink, RevenueSource, Tier, VoucherIssuer,
};
use polkadot_sdk::{
	frame_support::{
		dispatch::DispatchResult,
		ensure,
		traits::{
			fungible::{Mutate, MutateHold},
			tokens::Preservation,
			Get, UnixTime,
		},
		PalletId,
	},
	sp_core::H256,
	sp_runtime::{
		traits::{AccountIdConversion, Zero},
		DispatchError,
	},
};

/// USDC, in its smallest unit.
pub type Balance = u128;

/// Prepares benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Sets the current Unix time, in seconds.
	fn set_time(seconds: Moment);
	/// Gives `who` `amount` USDC (and whatever else an account needs).
	fn fund(who: &AccountId, amount: Balance);
	/// A certified SP with an offer that has `units` free now, and USDC for collateral;
	/// returns (SP, offer).
	fn supplier(units: u32) -> (AccountId, u32);
	/// Puts `amount` USDC into the liquidity pool, so that it can advance.
	fn fill_pool(amount: Balance);
}

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;
	use polkadot_sdk::{frame_support::pallet_prelude::*, frame_system::pallet_prelude::*};

	pub type TermsOf<T> = CampaignTerms<<T as polkadot_sdk::frame_system::Config>::AccountId>;
	pub type CampaignOf<T> = Campaign<<T as polkadot_sdk::frame_system::Config>::AccountId>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// USDC.
		type Stable: Mutate<Self::AccountId, Balance = Balance>;
		/// USDC holds: the supplier's collateral.
		type Holds: MutateHold<Self::AccountId, Balance = Balance, Reason = Self::RuntimeHoldReason>;
		type RuntimeHoldReason: From<HoldReason>;
		type Time: UnixTime;
		/// Only certified SPs supply group buys; the supplier is paid to its payout account.
		type Registry: ProviderRegistry<Self::AccountId>;
		/// The market: a campaign's units of the supplier's offer are pledged to it, and buyers
		/// get vouchers out of the pledge.
		type Vouchers: VoucherIssuer<Self::AccountId>;
		/// The USDC liquidity pool: advances to suppliers, repaid with a margin.
		type Pool: PoolAdvances<Self::AccountId, Balance>;
		/// Takes the platform's profit.
		type Revenue: RevenueSink<Self::AccountId, Balance>;
		/// Creates campaigns and records procurement.
		type OperatorOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Derives the account holding commitments. It must hold USDC's minimum balance from
		/// genesis: it pays out with `Preserve`, so it never dies.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// Accounts committed to one campaign at most.
		#[pallet::constant]
		type MaxParticipants: Get<u32>;
		/// Commitments one `finalise` call settles at most.
		#[pallet::constant]
		type MaxFinalisePerCall: Get<u32>;
		type WeightInfo: WeightInfo;
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Every group-buy campaign, by id: its terms, status and what was committed and delivered.
	#[pallet::storage]
	pub type Campaigns<T: Config> = StorageMap<_, Twox64Concat, CampaignId, CampaignOf<T>>;

	/// The id the next campaign gets.
	#[pallet::storage]
	pub type NextCampaignId<T> = StorageValue<_, CampaignId, ValueQuery>;

	/// Units each account committed to a campaign; `units × retail price` USDC is held.
	#[pallet::storage]
	pub type Commitments<T: Config> =
		StorageDoubleMap<_, Twox64Concat, CampaignId, Blake2_128Concat, T::AccountId, u32>;

	/// USDC held for all commitments.
	#[pallet::storage]
	pub type Held<T> = StorageValue<_, Balance, ValueQuery>;

	/// USDC a campaign owed an account (a refund, or a supplier's pay) that could not be
	/// paid when it was due, the account gone and the amount below USDC's minimum balance:
	/// it waits for `claim_refund`, so that one such account does not stop `finalise`.
	#[pallet::storage]
	pub type Unclaimed<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Balance>;

	/// All `Unclaimed` USDC, in the pallet's account.
	#[pallet::storage]
	pub type UnclaimedTotal<T> = StorageValue<_, Balance, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The operator opened `campaign` supplied by `supplier`.
		CampaignCreated { campaign: CampaignId, supplier: T::AccountId },
		/// `who` committed `units` more, holding `held` USDC.
		Committed { campaign: CampaignId, who: T::AccountId, units: u32, held: Balance },
		/// `who` took back its commitment of `units` and got `refund` USDC.
		CommitmentWithdrawn { campaign: CampaignId, who: T::AccountId, units: u32, refund: Balance },
		/// Procurement recorded with its off-chain `reference`; the pool advanced `advance`
		/// and `collateral` USDC of the supplier's is held against it.
		ProcurementRecorded {
			campaign: CampaignId,
			reference: H256,
			advance: Balance,
			collateral: Balance,
		},
		/// The supplier's collateral was released: `slashed` of it went to the pool for units
		/// that could not be delivered, `released` back to the supplier.
		CollateralReleased { campaign: CampaignId, slashed: Balance, released: Balance },
		/// The deadline passed with `units` committed: paying out at `price`, or `None` if
		/// below the minimum (refunding).
		CampaignDecided { campaign: CampaignId, units: u32, price: Option<Balance> },
		/// `who` paid `paid` for `units` (got `refund` back) and holds `voucher`.
		Served {
			campaign: CampaignId,
			who: T::AccountId,
			units: u32,
			paid: Balance,
			refund: Balance,
			voucher: u32,
		},
		/// `who` got its commitment back in full: the campaign failed or the voucher could not
		/// be issued (`reason`).
		Refunded {
			campaign: CampaignId,
			who: T::AccountId,
			refund: Balance,
			reason: Option<DispatchError>,
		},
		/// `amount` USDC due to `who` could not be paid (`reason`): it waits for
		/// `claim_refund`.
		PaymentKept { who: T::AccountId, amount: Balance, reason: DispatchError },
		/// `who` claimed `amount` USDC kept for it.
		RefundClaimed { who: T::AccountId, amount: Balance },
		/// All served: the supplier got `to_supplier`, the pool `to_pool`, revenue `profit`.
		CampaignClosed {
			campaign: CampaignId,
			to_supplier: Balance,
			to_pool: Balance,
			profit: Balance,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No campaign has this id.
		UnknownCampaign,
		/// The supplier is not a certified SP.
		NotCertified,
		/// The offer is not the supplier's.
		NotSuppliersOffer,
		/// Tiers must rise in units, fall in price, stay at or below retail and pay the
		/// supplier and the pool's margin.
		BadTiers,
		/// Units, deadline, expiry or advance out of range.
		BadTerms,
		/// The campaign takes no more commitments.
		CampaignClosed,
		/// Not before the deadline.
		TooEarly,
		/// The campaign's units or participants are taken.
		CampaignFull,
		/// No commitment by this account.
		NoCommitment,
		/// Procurement was recorded already.
		AlreadyProcured,
		/// The campaign is settled.
		AlreadyFinalised,
		/// Nothing waits to be claimed by this account.
		NothingToClaim,
		/// The supplier has too little free USDC to post collateral for the advance.
		CannotPostCollateral,
		/// An amount or a count would overflow.
		Overflow,
	}

	/// Why this pallet holds USDC.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A supplier's collateral for the pool's advance to a campaign.
		SupplierCollateral,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Opens a campaign on `terms`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_campaign())]
		pub fn create_campaign(origin: OriginFor<T>, terms: TermsOf<T>) -> DispatchResult {
			T::OperatorOrigin::ensure_origin(origin)?;
			ensure!(
				T::Registry::tier(&terms.supplier) == Some(Tier::Certified),
				Error::<T>::NotCertified
			);
			ensure!(
				T::Vouchers::offer_provider(terms.offer).as_ref() == Some(&terms.supplier),
				Error::<T>::NotSuppliersOffer
			);
			Self::check_terms(&terms)?;
			// Capacity for every unit the campaign may sell, until its vouchers expire: the
			// supplier cannot take it back, and nobody can order it away.
			T::Vouchers::pledge_units(terms.offer, terms.max_units, terms.voucher_expiry)?;
			let id = NextCampaignId::<T>::get();
			NextCampaignId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
			let supplier = terms.supplier.clone();
			Campaigns::<T>::insert(
				id,
				Campaign {
					terms,
					status: CampaignStatus::Open,
					committed: 0,
					participants: 0,
					delivered: 0,
					procurement: None,
					advance_id: None,
					collateral: 0,
					undelivered: 0,
				},
			);
			Self::deposit_event(Event::CampaignCreated { campaign: id, supplier });
			Ok(())
		}

		/// Commits to `units` more of the campaign, holding their retail price until the
		/// deadline.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::commit())]
		pub fn commit(origin: OriginFor<T>, campaign: CampaignId, units: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Campaigns::<T>::get(campaign).ok_or(Error::<T>::UnknownCampaign)?;
			Self::ensure_open(&c)?;
			ensure!(units > 0, Error::<T>::BadTerms);
			let committed = c.committed.checked_add(units).ok_or(Error::<T>::Overflow)?;
			ensure!(committed <= c.terms.max_units, Error::<T>::CampaignFull);
			let before = Commitments::<T>::get(campaign, &who);
			if before.is_none() {
				ensure!(c.participants < T::MaxParticipants::get(), Error::<T>::CampaignFull);
				c.participants += 1;
			}
			let held =
				c.terms.retail_price.checked_mul(units.into()).ok_or(Error::<T>::Overflow)?;
			T::Stable::transfer(&who, &Self::account_id(), held, Preservation::Expendable)?;
			Held::<T>::mutate(|h| *h = h.saturating_add(held));
			c.committed = committed;
			Commitments::<T>::insert(campaign, &who, before.unwrap_or(0) + units);
			Campaigns::<T>::insert(campaign, c);
			Self::deposit_event(Event::Committed { campaign, who, units, held });
			Ok(())
		}

		/// Takes back the caller's whole commitment before the deadline.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::withdraw_commitment())]
		pub fn withdraw_commitment(origin: OriginFor<T>, campaign: CampaignId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Campaigns::<T>::get(campaign).ok_or(Error::<T>::UnknownCampaign)?;
			Self::ensure_open(&c)?;
			let units = Commitments::<T>::take(campaign, &who).ok_or(Error::<T>::NoCommitment)?;
			let refund = c.terms.retail_price.saturating_mul(units.into());
			Self::pay(&who, refund)?;
			c.committed -= units;
			c.participants -= 1;
			Campaigns::<T>::insert(campaign, c);
			Self::deposit_event(Event::CommitmentWithdrawn { campaign, who, units, refund });
			Ok(())
		}

		/// Records the off-chain procurement and pays the pool's advance to the supplier,
		/// holding what the pool is owed for it (principal and margin) of the supplier's USDC
		/// as collateral until the campaign closes.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::record_procurement())]
		pub fn record_procurement(
			origin: OriginFor<T>,
			campaign: CampaignId,
			reference: H256,
		) -> DispatchResult {
			T::OperatorOrigin::ensure_origin(origin)?;
			let mut c = Campaigns::<T>::get(campaign).ok_or(Error::<T>::UnknownCampaign)?;
			Self::ensure_open(&c)?;
			ensure!(c.procurement.is_none(), Error::<T>::AlreadyProcured);
			let advance = c.terms.advance;
			if !advance.is_zero() {
				let due = c.terms.pool_due();
				Self::post_collateral(&mut c, due)?;
				// The margin accrues to the pool until the deadline, the first moment the
				// campaign can repay it.
				let margin = c.terms.pool_due().saturating_sub(advance);
				let payee = Self::payee(&c.terms.supplier);
				c.advance_id = Some(T::Pool::advance(&payee, advance, margin, c.terms.deadline)?);
			}
			c.procurement = Some(reference);
			let collateral = c.collateral;
			Campaigns::<T>::insert(campaign, c);
			Self::deposit_event(Event::ProcurementRecorded {
				campaign,
				reference,
				advance,
				collateral,
			});
			Ok(())
		}

		/// After the deadline, by anyone: decides the campaign on its first call, then serves
		/// up to `MaxFinalisePerCall` commitments per call (vouchers and the difference back,
		/// or full refunds); the call that serves the last one pays the supplier, repays the
		/// pool and books the profit. Charged for the commitments it served.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::finalise(T::MaxFinalisePerCall::get()))]
		pub fn finalise(origin: OriginFor<T>, campaign: CampaignId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let mut c = Campaigns::<T>::get(campaign).ok_or(Error::<T>::UnknownCampaign)?;
			if c.status == CampaignStatus::Open {
				ensure!(Self::now() >= c.terms.deadline, Error::<T>::TooEarly);
				let price =
					(c.committed >= c.terms.min_units).then(|| c.terms.price_at(c.committed));
				c.status = match price {
					Some(price) => CampaignStatus::Succeeding { price },
					None => CampaignStatus::Failing,
				};
				Self::deposit_event(Event::CampaignDecided { campaign, units: c.committed, price });
				Self::decided(campaign, &mut c)?;
			}
			let price = match c.status {
				CampaignStatus::Succeeding { price } => Some(price),
				CampaignStatus::Failing => None,
				_ => return Err(Error::<T>::AlreadyFinalised.into()),
			};
			let batch: alloc::vec::Vec<_> = Commitments::<T>::iter_prefix(campaign)
				.take(T::MaxFinalisePerCall::get() as usize)
				.collect();
			let served = batch.len() as u32;
			for (who, units) in batch {
				Commitments::<T>::remove(campaign, &who);
				c.committed -= units;
				c.participants -= 1;
				Self::serve(campaign, &mut c, &who, units, price)?;
			}
			if c.participants == 0 {
				Self::close(campaign, &mut c)?;
			}
			Campaigns::<T>::insert(campaign, c);
			// Charged for the commitments served, not the most a call may serve.
			Ok(Some(T::WeightInfo::finalise(served)).into())
		}

		/// Pays the caller the USDC a campaign owed it that could not be paid at the time
		/// (see `Unclaimed`).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::claim_refund())]
		pub fn claim_refund(origin: OriginFor<T>) -> DispatchResult {
			Self::do_claim_refund(ensure_signed(origin)?)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The account holding commitments.
		pub fn account_id() -> T::AccountId {
			T::PalletId::get().into_account_truncating()
		}

		fn now() -> Moment {
			T::Time::now().as_secs()
		}

		fn payee(supplier: &T::AccountId) -> T::AccountId {
			T::Registry::payout_account(supplier).unwrap_or_else(|| supplier.clone())
		}

		fn check_terms(t: &TermsOf<T>) -> DispatchResult {
			let floor = t.supplier_price.saturating_add(t.pool_margin.mul_ceil(t.supplier_price));
			let mut previous: Option<PriceTier> = None;
			for tier in &t.tiers {
				ensure!(
					tier.price <= t.retail_price
						&& tier.price >= floor
						&& previous
							.is_none_or(|p| tier.min_units > p.min_units && tier.price < p.price),
					Error::<T>::BadTiers
				);
				previous = Some(*tier);
			}
			ensure!(t.retail_price >= floor, Error::<T>::BadTiers);
			ensure!(
				t.min_units > 0
					&& t.min_units <= t.max_units
					&& t.deadline > Self::now()
					&& t.voucher_expiry > t.deadline,
				Error::<T>::BadTerms
			);
			// A successful campaign always covers the advance: it sells at least `min_units`.
			let min_cost = t.supplier_price.checked_mul(t.min_units.into());
			ensure!(min_cost.is_some_and(|m| t.advance <= m), Error::<T>::BadTerms);
			ensure!(t.retail_price.checked_mul(t.max_units.into()).is_some(), Error::<T>::Overflow);
			Ok(())
		}

		fn ensure_open(c: &CampaignOf<T>) -> DispatchResult {
			ensure!(
				c.status == CampaignStatus::Open && Self::now() < c.terms.deadline,
				Error::<T>::CampaignClosed
			);
			Ok(())
		}

		/// Pays `amount` of what is held to `to`.
		fn pay(to: &T::AccountId, amount: Balance) -> DispatchResult {
			Self::transfer_out(to, amount)?;
			Held::<T>::mutate(|h| *h = h.saturating_sub(amount));
			Ok(())
		}

		pub(crate) fn transfer_out(to: &T::AccountId, amount: Balance) -> DispatchResult {
			if amount.is_zero() {
				return Ok(());
			}
			T::Stable::transfer(&Self::account_id(), to, amount, Preservation::Preserve).map(|_| ())
		}

		/// One buyer's commitment at the campaign's outcome: a voucher at `price` and the
		/// difference back, or a full refund.
		fn serve(
			campaign: CampaignId,
			c: &mut CampaignOf<T>,
			who: &T::AccountId,
			units: u32,
			price: Option<Balance>,
		) -> DispatchResult {
			let held = c.terms.retail_price.saturating_mul(units.into());
			let reason = match price {
				Some(price) => match T::Vouchers::issue_units(
					who,
					c.terms.offer,
					units,
					c.terms.voucher_expiry,
				) {
					Ok(voucher) => {
						let paid = price.saturating_mul(units.into());
						let refund = held - paid;
						Self::pay_or_keep(who, refund);
						c.delivered += units;
						Self::deposit_event(Event::Served {
							campaign,
							who: who.clone(),
							units,
							paid,
							refund,
							voucher,
						});
						return Ok(());
					}
					Err(e) => {
						c.undelivered += units;
						Some(e)
					}
				},
				None => None,
			};
			Self::pay_or_keep(who, held);
			Self::deposit_event(Event::Refunded {
				campaign,
				who: who.clone(),
				refund: held,
				reason,
			});
			Ok(())
		}

		/// Pays out what the delivered units brought in: the supplier first, then the pool's
		/// advance with its margin (the supplier's collateral making up for undelivered
		/// units), the rest to revenue. A failed campaign ended its advance when it was
		/// decided, with nothing repaid: the pool's insurance fund and LPs bore it.
		fn close(campaign: CampaignId, c: &mut CampaignOf<T>) -> DispatchResult {
			let advanced = c.advance_id.take();
			let (mut to_supplier, mut to_pool, mut profit) = (0, 0, 0);
			match c.status {
				CampaignStatus::Succeeding { price } => {
					let total = price.saturating_mul(c.delivered.into());
					// All of it leaves: to the supplier, the pool and revenue.
					Held::<T>::mutate(|h| *h = h.saturating_sub(total));
					let mut remaining = total;
					let cost = c.terms.supplier_price.saturating_mul(c.delivered.into());
					let advance = if advanced.is_some() { c.terms.advance } else { 0 };
					to_supplier = cost.saturating_sub(advance).min(remaining);
					remaining -= to_supplier;
					if advanced.is_some() {
						to_pool = c.terms.pool_due().min(remaining);
						remaining -= to_pool;
					}
					profit = remaining;
					Self::keep_if_unpaid(&Self::payee(&c.terms.supplier), to_supplier);
					// The collateral makes up what the undelivered units cost the pool.
					let shortfall = if advanced.is_some() {
						c.terms.pool_due().saturating_sub(to_pool)
					} else {
						0
					};
					let slashed = Self::release_collateral(campaign, c, shortfall)?;
					if let Some(id) = advanced {
						T::Pool::settle(&Self::account_id(), id, to_pool + slashed)?;
					}
					if !profit.is_zero() {
						T::Revenue::collect(&Self::account_id(), RevenueSource::GroupBuy, profit)?;
					}
					T::Vouchers::unpledge_units(c.terms.offer, c.undelivered);
					c.status = CampaignStatus::Succeeded { price, units: c.delivered };
				}
				// Failing: the advance ended and the collateral went when it was decided.
				_ => c.status = CampaignStatus::Failed,
			}
			Self::deposit_event(Event::CampaignClosed { campaign, to_supplier, to_pool, profit });
			Ok(())
		}

		/// Units a buyer would pay for now and the current price, for wallets.
		pub fn price_now(campaign: CampaignId) -> Option<(u32, Balance)> {
			let c = Campaigns::<T>::get(campaign)?;
			Some((c.committed, c.terms.price_at(c.committed)))
		}

		/// The books balance: see the pallet README.
		#[cfg(any(feature = "try-runtime", feature = "std"))]
		pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			// Only this check reads balances; builds without it must not import `Inspect`.
			use polkadot_sdk::frame_support::traits::fungible::Inspect;
			let mut held = 0u128;
			for (id, c) in Campaigns::<T>::iter() {
				let (mut units, mut participants) = (0u32, 0u32);
				for (_, u) in Commitments::<T>::iter_prefix(id) {
					ensure!(u > 0, "an empty commitment");
					units += u;
					participants += 1;
				}
				ensure!(units == c.committed, "committed units disagree");
				ensure!(participants == c.participants, "participants disagree");
				ensure!(units <= c.terms.max_units, "more committed than offered");
				ensure!(participants <= T::MaxParticipants::get(), "too many participants");
				held += c.terms.retail_price * units as u128;
				if matches!(c.status, CampaignStatus::Succeeded { .. } | CampaignStatus::Failed) {
					ensure!(participants == 0, "a closed campaign holds commitments");
				}
				// While serving, delivered units have been paid for at the price and wait to
				// be paid out when the campaign closes.
				if let CampaignStatus::Succeeding { price } = c.status {
					held += price * c.delivered as u128;
				}
			}
			ensure!(
				Commitments::<T>::iter_keys().all(|(id, _)| Campaigns::<T>::contains_key(id)),
				"stray commitment"
			);
			Self::check_collateral()?;
			ensure!(held == Held::<T>::get(), "held USDC disagrees");
			let unclaimed: Balance = Unclaimed::<T>::iter_values().sum();
			ensure!(unclaimed == UnclaimedTotal::<T>::get(), "unclaimed USDC disagrees");
			ensure!(
				T::Stable::balance(&Self::account_id()) >= held + unclaimed,
				"commitments and claims not held"
			);
			Ok(())
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(
			_: BlockNumberFor<T>,
		) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
