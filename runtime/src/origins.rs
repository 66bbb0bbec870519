//! The origins a passed referendum dispatches with on the tracks below Root (SPEC section 9):
//! a pallet with no storage and no calls, only its origin.

pub use pallet::*;

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use core::marker::PhantomData;
	use polkadot_sdk::frame_support::{pallet_prelude::*, parameter_types, traits::EnsureOrigin};

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The track a referendum passed on, when that track is not Root's.
	#[derive(
		PartialEq,
		Eq,
		Clone,
		Copy,
		MaxEncodedLen,
		Encode,
		Decode,
		DecodeWithMemTracking,
		TypeInfo,
		Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		/// Passed on the treasury track: spends from the treasury.
		Treasurer,
		/// Passed on the parameters track: SPEC's defaults (splits, curve, tiers, rates, fees).
		ParameterSetter,
	}

	/// Ensures the origin is the referendum origin `Expected` returns.
	pub struct EnsureTrackOrigin<Expected>(PhantomData<Expected>);

	impl<O, Expected> EnsureOrigin<O> for EnsureTrackOrigin<Expected>
	where
		O: Into<Result<Origin, O>> + From<Origin>,
		Expected: Get<Origin>,
	{
		type Success = ();

		fn try_origin(o: O) -> Result<(), O> {
			match o.into() {
				Ok(origin) if origin == Expected::get() => Ok(()),
				Ok(other) => Err(O::from(other)),
				Err(o) => Err(o),
			}
		}

		#[cfg(feature = "runtime-benchmarks")]
		fn try_successful_origin() -> Result<O, ()> {
			Ok(O::from(Expected::get()))
		}
	}

	parameter_types! {
		pub const TreasurerOrigin: Origin = Origin::Treasurer;
		pub const ParameterSetterOrigin: Origin = Origin::ParameterSetter;
	}

	/// A referendum passed on the treasury track.
	pub type Treasurer = EnsureTrackOrigin<TreasurerOrigin>;
	/// A referendum passed on the parameters track.
	pub type ParameterSetter = EnsureTrackOrigin<ParameterSetterOrigin>;
}
