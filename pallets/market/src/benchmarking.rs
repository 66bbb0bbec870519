//! Benchmarks of every call on its most expensive path: attestations relayed with a
//! signature, orders waiting on a predecessor and paid partly by a voucher, batches chained
//! through the batch with every order on a voucher and the software's tags checked against
//! every machine, settlements that pay a review reward and complete two referrals.

use super::*;
use crate::pallet::{Offers as OffersMap, Orders as OrdersMap};
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::{traits::EnsureOrigin, BoundedVec},
	frame_system::RawOrigin,
	sp_runtime::{
		traits::{Bounded, Zero},
		transaction_validity::TransactionSource,
	},
};

/// What a runtime supplies to benchmark the market against its registry.
pub trait BenchmarkHelper<T: Config> {
	/// Makes `who` an active, registered SP (below CSP) and returns its attestation key.
	fn register_provider(who: &T::AccountId) -> T::AttestationKey;
	/// Signs with an attestation key `register_provider` returned.
	fn sign(key: &T::AttestationKey, payload: &[u8]) -> T::AttestationSignature;
	/// Sets the current Unix time, in seconds.
	fn set_time(seconds: Moment);
	/// Makes `referrer` the referrer of `who`, who has never settled an order, so that `who`'s
	/// first settlement completes a referral.
	fn refer(who: &T::AccountId, referrer: &T::AccountId);
}

/// 2027-01-15: any recent time.
const EPOCH: Moment = 1_800_000_000;
const HOUR: Moment = 3_600;

/// A workload of the longest command an order may carry.
fn largest_workload() -> Workload {
	let command = alloc::vec![b'x'; MAX_WORKLOAD_LEN as usize];
	Workload { cpus: 64, gpus: 8, program: Program::Command(BoundedVec::truncate_from(command)) }
}

fn price<T: Config>() -> BalanceOf<T> {
	1_000u32.into()
}

fn funded<T: Config>(name: &'static str, seed: u32) -> T::AccountId {
	let who: T::AccountId = account(name, seed, 0);
	T::Stable::set_balance(&who, BalanceOf::<T>::max_value() / 1_000u32.into());
	who
}

/// Time set, escrow account at its floor, one SP with one CPU offer of 10,000 units.
fn market<T: Config>() -> (T::AccountId, T::AttestationKey, OfferId) {
	opened::<T>();
	listed::<T>(0)
}

/// Time set, escrow account at its floor.
fn opened<T: Config>() {
	T::BenchmarkHelper::set_time(EPOCH);
	T::Stable::set_balance(&Pallet::<T>::escrow_account(), T::Stable::minimum_balance());
}

/// A credit voucher of `price()` from `provider` to `holder`, expiring an hour after `EPOCH`.
fn credit_voucher<T: Config>(provider: &T::AccountId, holder: &T::AccountId) -> VoucherId {
	let id = NextVoucherId::<T>::get();
	Pallet::<T>::issue_voucher(
		RawOrigin::Signed(provider.clone()).into(),
		holder.clone(),
		VoucherValue::Credit(price::<T>()),
		EPOCH + HOUR,
	)
	.expect("voucher");
	id
}

/// Another SP with one CPU offer of 10,000 units.
fn listed<T: Config>(seed: u32) -> (T::AccountId, T::AttestationKey, OfferId) {
	listed_with::<T>(seed, terms::<T>(10_000))
}

/// Another SP with one offer of `terms`.
fn listed_with<T: Config>(
	seed: u32,
	terms: OfferTermsOf<T>,
) -> (T::AccountId, T::AttestationKey, OfferId) {
	let provider = funded::<T>("provider", seed);
	let key = T::BenchmarkHelper::register_provider(&provider);
	let id = NextOfferId::<T>::get();
	Pallet::<T>::create_offer(RawOrigin::Signed(provider.clone()).into(), terms).expect("offer");
	(provider, key, id)
}

/// A CPU offer of `provider`'s for the two orders of `second_started`, whose core-hour costs
/// 40 times the least a settled order must cost to earn review and referral rewards: so much
/// that the buyer's share of the fee pays the review reward and still leaves some for both
/// referrals (a smaller order's referrals would earn nothing and skip their writes).
fn rewarded_offer<T: Config>(provider: &T::AccountId) -> OfferId {
	let mut t = terms::<T>(20);
	t.unit_price = T::Rewards::min_rated_cost().max(price::<T>()) * 40u32.into();
	let offer = NextOfferId::<T>::get();
	Pallet::<T>::create_offer(RawOrigin::Signed(provider.clone()).into(), t).expect("offer");
	offer
}

/// A finished order whose settlement takes every reward path: rated (so paid without the SP's
/// voucher), and the first settlement of both its buyer and its SP, each referred by someone
/// else.
fn rewarded<T: Config>() -> (T::AccountId, OrderId) {
	let (provider, _, _) = market::<T>();
	let offer = rewarded_offer::<T>(&provider);
	let buyer = funded::<T>("buyer", 0);
	T::BenchmarkHelper::refer(&buyer, &account("referrer", 0, 0));
	T::BenchmarkHelper::refer(&provider, &account("referrer", 1, 0));
	let order = finish::<T>(&provider, second_started::<T>(&provider, offer, &buyer, None));
	Pallet::<T>::rate(RawOrigin::Signed(buyer.clone()).into(), order, 5, H256::repeat_byte(3))
		.expect("rated");
	(buyer, order)
}

fn terms<T: Config>(capacity: u32) -> OfferTermsOf<T> {
	let tags = (0..T::MaxTags::get()).map(|i| [i as u8; 16]).collect::<Vec<_>>();
	OfferTerms {
		kind: ResourceKind::CpuCoreHour,
		spec: HardwareSpec {
			cpu_model: BoundedVec::truncate_from(alloc::vec![b'x'; 32]),
			cores: 128,
			memory_gb: 1_024,
			gpu_model: BoundedVec::truncate_from(alloc::vec![b'y'; 32]),
			gpus: 8,
			region: Region::Europe,
		},
		unit_price: price::<T>(),
		capacity,
		window_start: EPOCH,
		window_end: EPOCH + 30 * 24 * HOUR,
		sla: Sla { min_uptime: Permill::from_parts(995_000), max_start_delay: HOUR },
		preemptible: false,
		tags: BoundedVec::truncate_from(tags),
		reference: None,
	}
}

fn place<T: Config>(buyer: &T::AccountId, offer: OfferId, after: Option<OrderId>) -> OrderId {
	let id = NextOrderId::<T>::get();
	Pallet::<T>::place_order(
		RawOrigin::Signed(buyer.clone()).into(),
		offer,
		10,
		HOUR,
		after,
		None,
		None,
	)
	.expect("order");
	id
}

fn relay<T: Config>(
	key: &T::AttestationKey,
	order: OrderId,
	statement: Statement,
) -> (T::AccountId, Option<T::AttestationSignature>) {
	let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
	let reference = OrdersMap::<T>::get(order).map(|o| o.reference).unwrap_or_default();
	let signature = T::BenchmarkHelper::sign(
		key,
		&attestation_payload(&genesis, order, &reference, &statement),
	);
	(funded::<T>("relayer", 0), Some(signature))
}

fn finish_statement() -> Statement {
	Statement::Finished {
		exit: Exit::Success,
		usage: Usage { core_seconds: HOUR, accelerator_seconds: 0 },
		downtime: 0,
		result: H256::repeat_byte(1),
	}
}

/// A started order of `buyer` paid partly with the SP's credit voucher, in a job of two
/// whose first order has completed.
fn started<T: Config>(provider: &T::AccountId, offer: OfferId, buyer: &T::AccountId) -> OrderId {
	let voucher = credit_voucher::<T>(provider, buyer);
	second_started::<T>(provider, offer, buyer, Some(voucher))
}

/// The started second order of a job of two whose first order has completed.
fn second_started<T: Config>(
	provider: &T::AccountId,
	offer: OfferId,
	buyer: &T::AccountId,
	voucher: Option<VoucherId>,
) -> OrderId {
	let first = NextOrderId::<T>::get();
	let requests = alloc::vec![
		OrderRequest {
			offer,
			quantity: 10,
			expected_duration: HOUR,
			after: None,
			voucher: None,
			workload: None,
		},
		OrderRequest {
			offer,
			quantity: 10,
			expected_duration: HOUR,
			after: Some(Predecessor::InBatch(0)),
			voucher,
			workload: None,
		},
	];
	Pallet::<T>::place_orders(
		RawOrigin::Signed(buyer.clone()).into(),
		BoundedVec::truncate_from(requests),
	)
	.expect("job");
	let origin = || RawOrigin::Signed(provider.clone()).into();
	Pallet::<T>::attest(origin(), first, Statement::Started, None).expect("start");
	Pallet::<T>::attest(origin(), first, finish_statement(), None).expect("finish");
	Pallet::<T>::attest(origin(), first + 1, Statement::Started, None).expect("start");
	first + 1
}

fn finished<T: Config>(provider: &T::AccountId, offer: OfferId, buyer: &T::AccountId) -> OrderId {
	finish::<T>(provider, started::<T>(provider, offer, buyer))
}

fn finish<T: Config>(provider: &T::AccountId, order: OrderId) -> OrderId {
	Pallet::<T>::attest(
		RawOrigin::Signed(provider.clone()).into(),
		order,
		finish_statement(),
		None,
	)
	.expect("finish");
	order
}

/// Opens a dispute on `buyer`'s finished `order`; returns the origin that may decide any.
fn disputed<T: Config>(
	buyer: T::AccountId,
	order: OrderId,
) -> Result<T::RuntimeOrigin, BenchmarkError> {
	Pallet::<T>::open_dispute(RawOrigin::Signed(buyer).into(), order, H256::zero())
		.expect("dispute");
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_offer() {
		let (provider, _, _) = market::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), terms::<T>(1_000));
		assert_eq!(NextOfferId::<T>::get(), 2);
	}

	#[benchmark]
	fn update_offer() {
		let (provider, _, offer) = market::<T>();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(provider),
			offer,
			Some(price::<T>() * 2u32.into()),
			Some(5_000),
			Some(EPOCH + 40 * 24 * HOUR),
		);
		assert_eq!(OffersMap::<T>::get(offer).expect("offer").terms.capacity, 5_000);
	}

	#[benchmark]
	fn pause_offer() {
		let (provider, _, offer) = market::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), offer);
		assert_eq!(OffersMap::<T>::get(offer).expect("offer").status, OfferStatus::Paused);
	}

	#[benchmark]
	fn resume_offer() {
		let (provider, _, offer) = market::<T>();
		Pallet::<T>::pause_offer(RawOrigin::Signed(provider.clone()).into(), offer).expect("pause");
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), offer);
		assert_eq!(OffersMap::<T>::get(offer).expect("offer").status, OfferStatus::Active);
	}

	/// Closing an idle offer removes it and its entry in the SP's list.
	#[benchmark]
	fn close_offer() {
		let (provider, _, offer) = market::<T>();
		for _ in 1..T::MaxOffersPerProvider::get() {
			Pallet::<T>::create_offer(RawOrigin::Signed(provider.clone()).into(), terms::<T>(1))
				.expect("offer");
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), offer);
		assert!(OffersMap::<T>::get(offer).is_none());
	}

	/// After a predecessor, with a credit voucher partly used.
	#[benchmark]
	fn place_order() {
		let (provider, _, offer) = market::<T>();
		let buyer = funded::<T>("buyer", 0);
		let before = place::<T>(&buyer, offer, None);
		let voucher = credit_voucher::<T>(&provider, &buyer);
		let order = NextOrderId::<T>::get();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(buyer),
			offer,
			10,
			HOUR,
			Some(before),
			Some(voucher),
			Some(largest_workload()),
		);
		assert_eq!(OrdersMap::<T>::get(before).expect("order").dependents, 1);
		assert!(Workloads::<T>::contains_key(order));
	}

	/// `n` orders at `n` SPs, each after the one before it and paid partly by its SP's
	/// voucher; every other one a software licence whose tags only the last machine has all
	/// of, so the compatibility check compares every licence with every machine in full.
	#[benchmark]
	fn place_orders(n: Linear<1, { T::MaxBatch::get() }>) {
		let tags = T::MaxTags::get() as u8;
		let needed = (1..=tags).map(|i| [i; 16]).collect::<Vec<_>>();
		let mut decoy = needed.clone();
		if let Some(last) = decoy.last_mut() {
			*last = [u8::MAX; 16];
		}
		let last_machine = (n - 1) & !1;
		opened::<T>();
		let buyer = funded::<T>("buyer", 0);
		let requests = (0..n)
			.map(|i| {
				let mut t = terms::<T>(10_000);
				let offer_tags = if i % 2 == 1 {
					t.kind = ResourceKind::SoftwareLicence;
					&needed
				} else if i == last_machine {
					&needed
				} else {
					&decoy
				};
				t.tags = BoundedVec::truncate_from(offer_tags.clone());
				let (provider, _, offer) = listed_with::<T>(i, t);
				OrderRequest {
					offer,
					quantity: 10,
					expected_duration: HOUR,
					after: i.checked_sub(1).map(Predecessor::InBatch),
					voucher: Some(credit_voucher::<T>(&provider, &buyer)),
					workload: Some(largest_workload()),
				}
			})
			.collect::<Vec<_>>();
		let last_voucher = NextVoucherId::<T>::get() - 1;
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), BoundedVec::truncate_from(requests));
		assert_eq!(NextOrderId::<T>::get(), n as OrderId);
		assert!(!Vouchers::<T>::contains_key(last_voucher));
	}

	#[benchmark]
	fn cancel_order() {
		let (_, _, offer) = market::<T>();
		let buyer = funded::<T>("buyer", 0);
		let before = place::<T>(&buyer, offer, None);
		let order = place::<T>(&buyer, offer, Some(before));
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), order);
		assert!(OrdersMap::<T>::get(order).is_none());
	}

	/// Waiting on a predecessor, which the rejection releases.
	#[benchmark]
	fn reject_order() {
		let (provider, _, offer) = market::<T>();
		let buyer = funded::<T>("buyer", 0);
		let before = place::<T>(&buyer, offer, None);
		let order = place::<T>(&buyer, offer, Some(before));
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), order);
		assert!(OrdersMap::<T>::get(order).is_none());
	}

	/// Relayed, after a predecessor that has completed, and late: the start refunds the
	/// escrow in full and closes the order, dearer than an on-time start.
	#[benchmark]
	fn attest_started() {
		let (provider, key, offer) = market::<T>();
		let buyer = funded::<T>("buyer", 0);
		let before = place::<T>(&buyer, offer, None);
		let order = place::<T>(&buyer, offer, Some(before));
		let origin = || RawOrigin::Signed(provider.clone()).into();
		Pallet::<T>::attest(origin(), before, Statement::Started, None).expect("start");
		Pallet::<T>::attest(origin(), before, finish_statement(), None).expect("finish");
		T::BenchmarkHelper::set_time(EPOCH + 2 * HOUR);
		let (relayer, signature) = relay::<T>(&key, order, Statement::Started);
		#[extrinsic_call]
		attest(RawOrigin::Signed(relayer), order, Statement::Started, signature);
		assert!(OrdersMap::<T>::get(order).is_none());
	}

	#[benchmark]
	fn attest_checkpoint() {
		let (provider, key, offer) = market::<T>();
		let buyer = funded::<T>("buyer", 0);
		let order = started::<T>(&provider, offer, &buyer);
		T::BenchmarkHelper::set_time(EPOCH + HOUR);
		let statement = Statement::Checkpoint(Usage { core_seconds: HOUR, accelerator_seconds: 0 });
		let (relayer, signature) = relay::<T>(&key, order, statement);
		#[extrinsic_call]
		attest(RawOrigin::Signed(relayer), order, statement, signature);
		assert!(matches!(
			OrdersMap::<T>::get(order).expect("order").status,
			OrderStatus::Started { usage: Usage { core_seconds: HOUR, .. }, .. }
		));
	}

	/// What the pool runs before admitting an off-chain worker's attestation: a signature
	/// check against the SP's key and the order's state.
	#[benchmark]
	fn authorize_attest() -> Result<(), BenchmarkError> {
		let (provider, key, offer) = market::<T>();
		let buyer = funded::<T>("buyer", 0);
		let order = started::<T>(&provider, offer, &buyer);
		T::BenchmarkHelper::set_time(EPOCH + HOUR);
		let statement = Statement::Checkpoint(Usage { core_seconds: HOUR, accelerator_seconds: 0 });
		let (_, signature) = relay::<T>(&key, order, statement);
		let call = Call::<T>::attest { order, statement, signature };
		#[block]
		{
			use polkadot_sdk::frame_support::pallet_prelude::Authorize;
			call.authorize(TransactionSource::External)
				.ok_or("attest is authorizable")?
				.map_err(|_| "a valid attestation")?;
		}
		Ok(())
	}

	/// Relayed; refunds the buyer and the voucher's issuer.
	#[benchmark]
	fn attest_finished() {
		let (provider, key, offer) = market::<T>();
		let buyer = funded::<T>("buyer", 0);
		let order = started::<T>(&provider, offer, &buyer);
		T::BenchmarkHelper::set_time(EPOCH + HOUR);
		let (relayer, signature) = relay::<T>(&key, order, finish_statement());
		#[extrinsic_call]
		attest(RawOrigin::Signed(relayer), order, finish_statement(), signature);
		assert!(matches!(
			OrdersMap::<T>::get(order).expect("order").status,
			OrderStatus::Finished { .. }
		));
	}

	/// Pays the SP and revenue, closes the job, and pays the buyer's cashback and review
	/// reward and both sides of two referrals.
	#[benchmark]
	fn settle() {
		let (buyer, order) = rewarded::<T>();
		T::BenchmarkHelper::set_time(EPOCH + T::DisputeWindow::get() + HOUR);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), order);
		assert!(OrdersMap::<T>::get(order).is_none());
	}

	/// A started order abandoned: billed to its last checkpoint.
	#[benchmark]
	fn resolve_overdue() {
		let (provider, _, offer) = market::<T>();
		let buyer = funded::<T>("buyer", 0);
		let order = started::<T>(&provider, offer, &buyer);
		T::BenchmarkHelper::set_time(EPOCH + 2 * HOUR + T::FinishGrace::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), order);
		assert!(!matches!(
			OrdersMap::<T>::get(order).map(|o| o.status),
			Some(OrderStatus::Started { .. })
		));
	}

	#[benchmark]
	fn open_dispute() {
		let (provider, _, offer) = market::<T>();
		let buyer = funded::<T>("buyer", 0);
		let order = finished::<T>(&provider, offer, &buyer);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), order, H256::repeat_byte(2));
		assert!(matches!(
			OrdersMap::<T>::get(order).expect("order").status,
			OrderStatus::Disputed { .. }
		));
	}

	/// A refund of part of the cost: the rest is settled, with every reward `settle` pays.
	#[benchmark]
	fn decide_dispute() -> Result<(), BenchmarkError> {
		let (buyer, order) = rewarded::<T>();
		let origin = disputed::<T>(buyer, order)?;
		#[extrinsic_call]
		decide_dispute(origin, order, price::<T>());
		assert!(OrdersMap::<T>::get(order).is_none());
		Ok(())
	}

	/// A refund above the cost: the insurance fund is asked for the rest.
	#[benchmark]
	fn decide_dispute_insured() -> Result<(), BenchmarkError> {
		let (provider, _, offer) = market::<T>();
		let buyer = funded::<T>("buyer", 0);
		let order = finished::<T>(&provider, offer, &buyer);
		let origin = disputed::<T>(buyer, order)?;
		let refund = price::<T>() * 100u32.into();
		#[extrinsic_call]
		decide_dispute(origin, order, refund);
		assert!(OrdersMap::<T>::get(order).is_none());
		Ok(())
	}

	/// A rating that counts: of an order the buyer paid itself, costing at least
	/// `MarketRewards::min_rated_cost`.
	#[benchmark]
	fn rate() {
		let (provider, _, _) = market::<T>();
		let offer = rewarded_offer::<T>(&provider);
		let buyer = funded::<T>("buyer", 0);
		let order = place::<T>(&buyer, offer, None);
		let origin = || RawOrigin::Signed(provider.clone()).into();
		Pallet::<T>::attest(origin(), order, Statement::Started, None).expect("start");
		Pallet::<T>::attest(origin(), order, finish_statement(), None).expect("finish");
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), order, 5, H256::repeat_byte(3));
	}

	/// Credit: a transfer into escrow.
	#[benchmark]
	fn issue_voucher() {
		let (provider, _, _) = market::<T>();
		let holder = funded::<T>("buyer", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), holder, VoucherValue::Credit(price::<T>()), EPOCH + HOUR);
		assert!(Vouchers::<T>::contains_key(0));
	}

	/// Credit returned to its issuer.
	#[benchmark]
	fn release_voucher() {
		let (provider, _, _) = market::<T>();
		let holder = funded::<T>("buyer", 0);
		let voucher = credit_voucher::<T>(&provider, &holder);
		#[extrinsic_call]
		_(RawOrigin::Signed(holder), voucher);
		assert!(!Vouchers::<T>::contains_key(voucher));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
