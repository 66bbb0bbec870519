//! The council's runtime upgrades (SPEC section 9): 7 of 9 seats authorize a new runtime, and
//! the authorization reaches `frame_system` only after a timelock of 48 hours. Until then nobody
//! can apply the code, and the emergency committee (or a Root referendum) can cancel it: the
//! timelock is the time users and the committee have to read the code before it runs.
//!
//! The pallet holds no storage: each pending upgrade is a named task of the scheduler, dispatching
//! `System::authorize_upgrade` as Root when it is due. `System::apply_authorized_upgrade` then
//! enacts it (anyone may submit the code).

pub use pallet::*;

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use polkadot_sdk::{
		frame_support::{
			pallet_prelude::*,
			traits::{
				schedule::{v3::Named, DispatchTime, HIGHEST_PRIORITY},
				Bounded, BoundedInline,
			},
		},
		frame_system::{self, pallet_prelude::*},
		sp_runtime::traits::{Hash, Saturating},
	};

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The overarching call: the scheduled `System::authorize_upgrade` is one.
		type RuntimeCall: From<frame_system::Call<Self>> + Encode;
		/// The origins a scheduled call dispatches with: Root is one.
		type PalletsOrigin: From<frame_system::RawOrigin<Self::AccountId>>;
		/// The scheduler that holds each pending upgrade until its timelock ends.
		type Scheduler: Named<
			BlockNumberFor<Self>,
			<Self as Config>::RuntimeCall,
			Self::PalletsOrigin,
			Hasher = Self::Hashing,
		>;
		/// Who authorizes an upgrade: 7 of the council's 9 seats.
		type AuthorizeOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Who cancels a pending upgrade: the emergency committee or Root.
		type CancelOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Blocks between an authorization and the code becoming applicable (48 hours).
		type Timelock: Get<BlockNumberFor<Self>>;
		/// Weights of the calls: the scheduler's work dominates them.
		type WeightInfo: WeightInfo;
	}

	/// Weights of this pallet's calls.
	pub trait WeightInfo {
		/// `authorize_upgrade`: one scheduler lookup and one named schedule.
		fn authorize_upgrade() -> Weight;
		/// `cancel_upgrade`: one named cancellation.
		fn cancel_upgrade() -> Weight;
	}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The council authorized the runtime with this code hash; it becomes applicable at
		/// block `applicable_at`.
		UpgradeScheduled { code_hash: T::Hash, applicable_at: BlockNumberFor<T> },
		/// A pending upgrade was cancelled before its timelock ended.
		UpgradeCancelled { code_hash: T::Hash },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// This code hash is already waiting for its timelock to end.
		AlreadyScheduled,
		/// No upgrade with this code hash is waiting.
		NotScheduled,
		/// The scheduler refused the task (its agenda for that block is full).
		SchedulerRefused,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Authorizes the runtime whose code hashes to `code_hash`, applicable once the timelock
		/// has passed. Origin: 7 of 9 council seats.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::authorize_upgrade())]
		pub fn authorize_upgrade(origin: OriginFor<T>, code_hash: T::Hash) -> DispatchResult {
			T::AuthorizeOrigin::ensure_origin(origin)?;
			Self::do_authorize_upgrade(code_hash)
		}

		/// Cancels a pending upgrade before its timelock ends. Origin: the emergency committee
		/// (3 of 5) or Root.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::cancel_upgrade())]
		pub fn cancel_upgrade(origin: OriginFor<T>, code_hash: T::Hash) -> DispatchResult {
			T::CancelOrigin::ensure_origin(origin)?;
			Self::do_cancel_upgrade(code_hash)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The scheduler's name of the task authorizing `code_hash`.
		pub fn task_name(code_hash: &T::Hash) -> [u8; 32] {
			let mut name = [0u8; 32];
			let hash = T::Hashing::hash_of(&(b"cyberplaza/upgrade", code_hash));
			name.copy_from_slice(&hash.as_ref()[..32]);
			name
		}

		/// The block from which the upgrade of `code_hash` is applicable, if it is pending.
		pub fn applicable_at(code_hash: &T::Hash) -> Option<BlockNumberFor<T>> {
			T::Scheduler::next_dispatch_time(Self::task_name(code_hash)).ok()
		}

		fn do_authorize_upgrade(code_hash: T::Hash) -> DispatchResult {
			ensure!(Self::applicable_at(&code_hash).is_none(), Error::<T>::AlreadyScheduled);
			let call: <T as Config>::RuntimeCall =
				frame_system::Call::<T>::authorize_upgrade { code_hash }.into();
			let inline =
				BoundedInline::try_from(call.encode()).map_err(|_| Error::<T>::SchedulerRefused)?;
			let applicable_at =
				frame_system::Pallet::<T>::block_number().saturating_add(T::Timelock::get());
			T::Scheduler::schedule_named(
				Self::task_name(&code_hash),
				DispatchTime::At(applicable_at),
				None,
				HIGHEST_PRIORITY,
				frame_system::RawOrigin::Root.into(),
				Bounded::Inline(inline),
			)
			.map_err(|_| Error::<T>::SchedulerRefused)?;
			Self::deposit_event(Event::UpgradeScheduled { code_hash, applicable_at });
			Ok(())
		}

		fn do_cancel_upgrade(code_hash: T::Hash) -> DispatchResult {
			T::Scheduler::cancel_named(Self::task_name(&code_hash))
				.map_err(|_| Error::<T>::NotScheduled)?;
			Self::deposit_event(Event::UpgradeCancelled { code_hash });
			Ok(())
		}
	}
}
