//! Who may submit a referendum: an account with enough veCPT now.

use crate::{Config, VoteWeight};
use core::marker::PhantomData;
use polkadot_sdk::{
	frame_support::traits::{EnsureOriginWithArg, Get, UnixTime},
	frame_system::{ensure_signed, pallet_prelude::OriginFor},
};

/// A signed origin whose account has at least `ProposalThreshold` veCPT at this moment: the
/// `SubmitOrigin` of `pallet-referenda` (for any proposal origin, the argument). Any other
/// origin is refused with `BadOrigin`, and nothing is submitted.
pub struct EnsureProposer<T>(PhantomData<T>);

impl<T: Config, Argument> EnsureOriginWithArg<OriginFor<T>, Argument> for EnsureProposer<T> {
	type Success = T::AccountId;

	fn try_origin(origin: OriginFor<T>, _: &Argument) -> Result<T::AccountId, OriginFor<T>> {
		let Ok(who) = ensure_signed(origin.clone()) else { return Err(origin) };
		let weight = T::VoteWeight::weight_at(&who, T::Time::now().as_secs());
		if weight >= T::ProposalThreshold::get() {
			Ok(who)
		} else {
			Err(origin)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_: &Argument) -> Result<OriginFor<T>, ()> {
		use crate::benchmarking::BenchmarkHelper;
		let who: T::AccountId = polkadot_sdk::frame_benchmarking::account("proposer", 0, 0);
		T::BenchmarkHelper::give_weight(&who, T::ProposalThreshold::get());
		Ok(polkadot_sdk::frame_system::RawOrigin::Signed(who).into())
	}
}
