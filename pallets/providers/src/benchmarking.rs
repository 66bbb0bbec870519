//! Benchmarks of every call, of the idle hook's promotion and of the reputation hooks the
//! market calls; each on its most expensive path.

use super::*;
use crate::pallet::{MetadataOf, Providers as ProvidersMap};
use codec::Decode;
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::{traits::EnsureOrigin, BoundedVec},
	frame_system::RawOrigin,
	sp_runtime::{traits::TrailingZeroInput, Permill, Saturating},
};

/// What a runtime supplies so benchmarks can move time and hold attestation keys.
pub trait BenchmarkHelper<T: Config> {
	/// Sets the current Unix time, in seconds.
	fn set_time(seconds: Moment);
	/// A new attestation key and its proof that `who` holds it ([`key_ownership_payload`]).
	fn attestation_key(who: &T::AccountId) -> (T::AttestationKey, T::KeyProof);
}

fn now<T: Config>() -> Moment {
	Pallet::<T>::now()
}

fn set_time<T: Config>(seconds: Moment) {
	T::BenchmarkHelper::set_time(seconds)
}

/// An account with CPT for the bond and USDC for the highest fee.
fn funded<T: Config>(seed: u32) -> T::AccountId {
	let who: T::AccountId = account("provider", seed, 0);
	let cpt = T::ProviderBond::get()
		.saturating_mul(2u32.into())
		.saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(&who, cpt);
	let usdc = T::MaxCertificationFee::get()
		.saturating_mul(2u32.into())
		.saturating_add(T::Stable::minimum_balance());
	T::Stable::set_balance(&who, usdc);
	who
}

/// Metadata with the most certificates.
fn full_metadata<T: Config>() -> MetadataOf<T> {
	let certificate = Certificate {
		kind: CertificateKind::Iso27001,
		document: H256::repeat_byte(3),
		expires_at: Moment::MAX,
	};
	let certificates = (0..T::MaxCertificates::get()).map(|_| certificate.clone()).collect();
	Metadata {
		company_documents: H256::repeat_byte(1),
		infrastructure: H256::repeat_byte(2),
		certificates: BoundedVec::truncate_from(certificates),
	}
}

/// Exactly the entry floor: passes every check against itself.
fn floor_figures<T: Config>() -> Figures {
	let floor = T::EntryFloor::get();
	Figures {
		cpu_cores: floor.cpu_cores,
		memory_gb: floor.memory_gb,
		nvme_gb: floor.nvme_gb,
		hdd_gb: floor.hdd_gb,
		uplink_mbps: floor.uplink_mbps,
		..Default::default()
	}
}

fn registered<T: Config>(seed: u32) -> T::AccountId {
	let who = funded::<T>(seed);
	let (key, proof) = T::BenchmarkHelper::attestation_key(&who);
	Pallet::<T>::register(
		RawOrigin::Signed(who.clone()).into(),
		who.clone(),
		key,
		proof,
		Region::Europe,
		full_metadata::<T>(),
	)
	.expect("funded");
	who
}

fn certifier<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::CertifierOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// A registered SP whose certification fee is paid.
fn paid<T: Config>(seed: u32) -> Result<T::AccountId, BenchmarkError> {
	let who = registered::<T>(seed);
	Pallet::<T>::apply_for_certification(
		RawOrigin::Signed(who.clone()).into(),
		floor_figures::<T>(),
	)?;
	Pallet::<T>::quote_certification_fee(
		certifier::<T>()?,
		who.clone(),
		T::MaxCertificationFee::get(),
	)?;
	Pallet::<T>::pay_certification_fee(RawOrigin::Signed(who.clone()).into())?;
	Ok(who)
}

fn on_probation<T: Config>(seed: u32) -> Result<T::AccountId, BenchmarkError> {
	let who = paid::<T>(seed)?;
	Pallet::<T>::record_benchmark(certifier::<T>()?, who.clone(), floor_figures::<T>())?;
	Ok(who)
}

fn certified<T: Config>(seed: u32) -> Result<T::AccountId, BenchmarkError> {
	let who = on_probation::<T>(seed)?;
	set_time::<T>(now::<T>().saturating_add(ProbationPeriod::<T>::get()));
	Pallet::<T>::refresh(RawOrigin::Signed(who.clone()).into(), who.clone())?;
	Ok(who)
}

fn tier<T: Config>(who: &T::AccountId) -> Tier {
	ProvidersMap::<T>::get(who).expect("registered").certification.tier()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register() {
		let who = funded::<T>(0);
		let (key, proof) = T::BenchmarkHelper::attestation_key(&who);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			who.clone(),
			key,
			proof,
			Region::Europe,
			full_metadata::<T>(),
		);
		assert_eq!(tier::<T>(&who), Tier::Ordinary);
	}

	#[benchmark]
	fn update_profile() {
		let who = registered::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), who.clone(), Region::EastAsia, full_metadata::<T>());
		assert_eq!(ProvidersMap::<T>::get(&who).map(|p| p.region), Some(Region::EastAsia));
	}

	#[benchmark]
	fn rotate_attestation_key() {
		let who = registered::<T>(0);
		let (key, proof) = T::BenchmarkHelper::attestation_key(&who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), key.clone(), proof);
		assert_eq!(AttestationKeys::<T>::get(key), Some(who));
	}

	#[benchmark]
	fn deregister() -> Result<(), BenchmarkError> {
		let who = on_probation::<T>(0)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!ProvidersMap::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn apply_for_certification() {
		let who = registered::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), floor_figures::<T>());
		assert!(ProvidersMap::<T>::get(&who).is_some_and(|p| p.claim.is_some()));
	}

	#[benchmark]
	fn withdraw_application() -> Result<(), BenchmarkError> {
		let who = registered::<T>(0);
		Pallet::<T>::apply_for_certification(
			RawOrigin::Signed(who.clone()).into(),
			floor_figures::<T>(),
		)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(ProvidersMap::<T>::get(&who).is_some_and(|p| p.claim.is_none()));
		Ok(())
	}

	#[benchmark]
	fn quote_certification_fee() -> Result<(), BenchmarkError> {
		let who = registered::<T>(0);
		Pallet::<T>::apply_for_certification(
			RawOrigin::Signed(who.clone()).into(),
			floor_figures::<T>(),
		)?;
		let origin = certifier::<T>()?;
		let fee = T::MaxCertificationFee::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), fee);
		assert!(ProvidersMap::<T>::get(&who)
			.is_some_and(|p| p.certification == Certification::Quoted { fee }));
		Ok(())
	}

	#[benchmark]
	fn pay_certification_fee() -> Result<(), BenchmarkError> {
		let who = registered::<T>(0);
		Pallet::<T>::apply_for_certification(
			RawOrigin::Signed(who.clone()).into(),
			floor_figures::<T>(),
		)?;
		let fee = T::MaxCertificationFee::get();
		Pallet::<T>::quote_certification_fee(certifier::<T>()?, who.clone(), fee)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(ProvidersMap::<T>::get(&who)
			.is_some_and(|p| p.certification == Certification::Paid { fee }));
		Ok(())
	}

	/// The deciding benchmark: starts probation and queues its end.
	#[benchmark]
	fn record_benchmark() -> Result<(), BenchmarkError> {
		let who = paid::<T>(0)?;
		let origin = certifier::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), floor_figures::<T>());
		assert_eq!(tier::<T>(&who), Tier::Probation);
		Ok(())
	}

	/// The second strike: demotes a certified SP and queues its probation end.
	#[benchmark]
	fn report_uptime() -> Result<(), BenchmarkError> {
		let who = certified::<T>(0)?;
		let origin =
			T::UptimeOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Pallet::<T>::report_uptime(origin.clone(), who.clone(), 1, Permill::zero())?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), 2, Permill::zero());
		assert_eq!(tier::<T>(&who), Tier::Probation);
		Ok(())
	}

	/// Suspends an SP on probation: leaves the ranking and the promotion queue.
	#[benchmark]
	fn suspend() -> Result<(), BenchmarkError> {
		let who = on_probation::<T>(0)?;
		let origin = certifier::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), H256::repeat_byte(1));
		assert_eq!(PendingPromotions::<T>::get(), 0);
		Ok(())
	}

	/// Reinstates a certified SP: back into the ranking, on a queued probation.
	#[benchmark]
	fn reinstate() -> Result<(), BenchmarkError> {
		let who = certified::<T>(0)?;
		Pallet::<T>::suspend(certifier::<T>()?, who.clone(), H256::repeat_byte(1))?;
		let origin = certifier::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert_eq!(tier::<T>(&who), Tier::Probation);
		Ok(())
	}

	/// Applies a due promotion.
	#[benchmark]
	fn refresh() -> Result<(), BenchmarkError> {
		let who = on_probation::<T>(0)?;
		set_time::<T>(now::<T>().saturating_add(ProbationPeriod::<T>::get()));
		let caller = funded::<T>(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());
		assert_eq!(tier::<T>(&who), Tier::Certified);
		Ok(())
	}

	/// One promotion by the idle hook, its cursor at the SP's bucket.
	#[benchmark]
	fn promote() -> Result<(), BenchmarkError> {
		let who = on_probation::<T>(0)?;
		let end = now::<T>().saturating_add(ProbationPeriod::<T>::get());
		PromotionCursor::<T>::put(end / PROMOTION_BUCKET);
		set_time::<T>(end.saturating_add(PROMOTION_BUCKET));
		#[block]
		{
			Pallet::<T>::promote_due(Weight::MAX);
		}
		assert_eq!(tier::<T>(&who), Tier::Certified);
		Ok(())
	}

	#[benchmark]
	fn note_order_event() -> Result<(), BenchmarkError> {
		let who = registered::<T>(0);
		#[block]
		{
			<Pallet<T> as ReputationRecorder<_, _>>::note(&who, OrderEvent::Completed)?;
		}
		assert!(ProvidersMap::<T>::get(&who).is_some_and(|p| p.reputation.completions == 1));
		Ok(())
	}

	#[benchmark]
	fn rate_order() -> Result<(), BenchmarkError> {
		let who = registered::<T>(0);
		let order: T::OrderId =
			Decode::decode(&mut TrailingZeroInput::zeroes()).expect("infinite input");
		#[block]
		{
			<Pallet<T> as ReputationRecorder<_, _>>::rate(&who, order, 5, H256::zero(), 1)?;
		}
		assert!(ProvidersMap::<T>::get(&who).is_some_and(|p| p.reputation.ratings == 1));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
