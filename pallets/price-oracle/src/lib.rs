#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod combine;
#[cfg(test)]
mod mock;
pub mod offchain;
#[cfg(test)]
mod tests;

pub use cyberplaza_primitives::{CloudSku, PriceFeed, PriceKey};
pub use pallet::*;

use alloc::vec::Vec;
use core::marker::PhantomData;
use polkadot_sdk::{
	frame_support::traits::{Get, Time},
	pallet_oracle::{self, CombineData, TimestampedValue},
	sp_runtime::{traits::Saturating, FixedU128, Permill},
};

/// `pallet-oracle`'s clock.
pub type MomentOf<T> = <<T as pallet_oracle::Config>::Time as Time>::Moment;
pub type TimestampedPrice<T> = TimestampedValue<FixedU128, MomentOf<T>>;

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;
	use polkadot_sdk::{
		frame_support::pallet_prelude::*,
		frame_system::{
			offchain::{AppCrypto, CreateSignedTransaction},
			pallet_prelude::*,
		},
	};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		polkadot_sdk::frame_system::Config
		+ pallet_oracle::Config<OracleKey = PriceKey, OracleValue = FixedU128>
		+ CreateSignedTransaction<pallet_oracle::Call<Self>>
	{
		/// Feeder keys in a node's keystore (key type `orcl`).
		type AuthorityId: AppCrypto<Self::Public, Self::Signature>;
		/// Fresh, agreeing feeds a value needs.
		#[pallet::constant]
		type MinFeeds: Get<u32>;
		/// How far from the median of fresh feeds a feed may be and still count.
		#[pallet::constant]
		type MaxSpread: Get<Permill>;
		/// How long a feed, and the value combined from it, stays fresh.
		#[pallet::constant]
		type MaxAge: Get<MomentOf<Self>>;
		/// USDC/USD further than this from 1.00 raises an alert.
		#[pallet::constant]
		type PegTolerance: Get<Permill>;
		/// Feeder nodes feed once every this many blocks.
		#[pallet::constant]
		type FeedEvery: Get<BlockNumberFor<Self>>;
	}

	/// Whether USDC/USD is off its peg (an alert is standing).
	#[pallet::storage]
	pub type UsdcOffPeg<T: Config> = StorageValue<_, bool, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Too few fresh feeds agreed on `key`: its previous value stands.
		FeedsInsufficient { key: PriceKey, fresh: u32, agreeing: u32 },
		/// USDC/USD moved further than `PegTolerance` from 1.00.
		UsdcOffPeg { price: FixedU128 },
		/// USDC/USD is back within `PegTolerance` of 1.00.
		UsdcBackOnPeg { price: FixedU128 },
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// On a feeder's node: fetches the configured sources and feeds them ([`offchain`]).
		fn offchain_worker(block: BlockNumberFor<T>) {
			Self::feed(block);
		}
	}
}

impl<T: Config> Pallet<T> {
	/// `key`'s combined value if it has not expired.
	pub fn fresh_price(key: &PriceKey) -> Option<FixedU128> {
		let value = pallet_oracle::Pallet::<T>::get(key)?;
		(value.timestamp.saturating_add(T::MaxAge::get()) > T::Time::now()).then_some(value.value)
	}

	/// Raises or clears the USDC peg alert on a new USDC/USD value.
	fn check_peg(price: FixedU128) {
		let on_peg = combine::within(price, FixedU128::from_u32(1), T::PegTolerance::get());
		if on_peg == UsdcOffPeg::<T>::get() {
			UsdcOffPeg::<T>::put(!on_peg);
			if on_peg {
				Self::deposit_event(Event::UsdcBackOnPeg { price });
			} else {
				Self::deposit_event(Event::UsdcOffPeg { price });
			}
		}
	}
}

impl<T: Config> PriceFeed for Pallet<T> {
	fn price(key: &PriceKey) -> Option<FixedU128> {
		Self::fresh_price(key)
	}
}

/// The oracle's combine rule (SPEC section 10): of the feeds that have not expired, those
/// within `MaxSpread` of their median count; with at least `MinFeeds` of them the value is
/// their median, as fresh as the oldest of them; otherwise the previous value stands and
/// `FeedsInsufficient` says so. A new USDC/USD value is checked against its peg.
pub struct MedianOfAgreeing<T>(PhantomData<T>);

impl<T: Config> CombineData<PriceKey, TimestampedPrice<T>> for MedianOfAgreeing<T> {
	fn combine_data(
		key: &PriceKey,
		feeds: Vec<TimestampedPrice<T>>,
		previous: Option<TimestampedPrice<T>>,
	) -> Option<TimestampedPrice<T>> {
		let now = T::Time::now();
		let fresh: Vec<TimestampedPrice<T>> = feeds
			.into_iter()
			.filter(|f| f.timestamp.saturating_add(T::MaxAge::get()) > now)
			.collect();
		let values: Vec<FixedU128> = fresh.iter().map(|f| f.value).collect();
		match combine::agreed(&values, T::MaxSpread::get(), T::MinFeeds::get()) {
			Ok((value, agreeing)) => {
				let timestamp = agreeing.iter().map(|&i| fresh[i].timestamp).min().unwrap_or(now);
				if *key == PriceKey::UsdcUsd {
					Pallet::<T>::check_peg(value);
				}
				Some(TimestampedValue { value, timestamp })
			}
			Err(agreeing) => {
				Pallet::<T>::deposit_event(Event::FeedsInsufficient {
					key: key.clone(),
					fresh: fresh.len() as u32,
					agreeing,
				});
				previous
			}
		}
	}
}
