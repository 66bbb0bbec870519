//! The market inside the real runtime: escrow in the USDC asset, the SP and its attestation key
//! from pallet-providers, a relayed signed attestation, fees into the revenue account, ratings
//! into the SP's reputation, `MarketApi` as a wallet reads it, and governance's parameters.

mod common;

use common::{apply_signed, dev_chain, register_sp};
use cyberplaza_primitives::Region;
use cyberplaza_runtime::{
	configs::parameters::RuntimeParameters,
	configs::{
		market::OrderDeposit,
		providers::{Usdc, UsdcHolds},
	},
	constants::currency::{CPT, USDC, USDC_MIN_BALANCE},
	AccountId, Balances, Executive, Incentives, Market, Parameters, Providers, Revenue, Runtime,
	RuntimeCall, RuntimeOrigin,
};
use pallet_incentives::Period;
use pallet_market::{
	attestation_payload, runtime_api::runtime_decl_for_market_api::MarketApiV1 as _, Exit,
	HardwareSpec, HoldReason, OfferFilter, OfferTerms, OrderStatus, ResourceKind, Sla, SortBy,
	Statement, Usage,
};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{
			fungible::{Inspect, InspectHold},
			Get, Hooks,
		},
		BoundedVec,
	},
	frame_system, pallet_collective, pallet_parameters, pallet_timestamp,
	sp_core::{Pair, H256},
	sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie},
	sp_runtime::{DispatchError, DispatchResult, Percent, Permill},
};

const START: u64 = 1_800_000_000;

fn set_time(seconds: u64) {
	pallet_timestamp::Now::<Runtime>::put(seconds * 1_000);
}

fn market(call: pallet_market::Call<Runtime>) -> RuntimeCall {
	RuntimeCall::Market(call)
}

/// Bob registers (payout to Charlie, attesting with his own sr25519 key) and lists 1,000
/// core-hours at 2 USDC.
fn bob_lists() {
	register_sp(Bob, Charlie);
	let terms = OfferTerms {
		kind: ResourceKind::CpuCoreHour,
		spec: HardwareSpec {
			cpu_model: BoundedVec::truncate_from(b"EPYC 9654".to_vec()),
			cores: 192,
			memory_gb: 1_536,
			gpu_model: BoundedVec::new(),
			gpus: 0,
			region: Region::Europe,
		},
		unit_price: 2 * USDC,
		capacity: 1_000,
		window_start: START,
		window_end: START + 86_400,
		sla: Sla { min_uptime: Permill::from_parts(995_000), max_start_delay: 3_600 },
		preemptible: false,
		tags: BoundedVec::new(),
		reference: None,
	};
	assert_ok!(apply_signed(Bob, market(pallet_market::Call::create_offer { terms }), None)
		.expect("valid"));
}

fn relayed(order: u64, statement: Statement) -> RuntimeCall {
	let genesis = frame_system::Pallet::<Runtime>::block_hash(0);
	let reference = pallet_market::Orders::<Runtime>::get(order).expect("an open order").reference;
	let signature = Bob.pair().sign(&attestation_payload(&genesis, order, &reference, &statement));
	market(pallet_market::Call::attest { order, statement, signature: Some(signature) })
}

#[test]
fn an_order_settles_through_signed_attestations() {
	dev_chain().execute_with(|| {
		set_time(START);
		// Incentives launch at the first timestamp.
		Incentives::on_initialize(1);
		let escrow = Market::escrow_account();
		assert_eq!(Usdc::balance(&escrow), USDC_MIN_BALANCE);
		// Dave's and Eve's genesis CPT vests: Alice gives them free CPT to pay fees with.
		for who in [Dave, Eve] {
			assert_ok!(Balances::transfer_keep_alive(
				RuntimeOrigin::signed(Alice.to_account_id()),
				who.to_account_id().into(),
				1_000 * CPT
			));
		}
		bob_lists();
		let dave = Dave.to_account_id();
		let quote = Runtime::quote(dave.clone(), 0, 100).expect("quotable");
		assert_eq!((quote.cost, quote.escrow, quote.fee), (200 * USDC, 240 * USDC, 10 * USDC));
		let browse = Runtime::browse(OfferFilter::default(), SortBy::Score, 0, 10);
		assert_eq!(browse.iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![0]);
		assert_eq!(Runtime::browse(OfferFilter::default(), SortBy::Price, 0, 10).len(), 1);

		let (buyer, payout, revenue) = (
			Usdc::balance(&dave),
			Usdc::balance(&Charlie.to_account_id()),
			Usdc::balance(&Revenue::account()),
		);
		let place = market(pallet_market::Call::place_order {
			offer: 0,
			quantity: 100,
			expected_duration: 7_200,
			after: None,
			voucher: None,
			workload: None,
		});
		assert_ok!(apply_signed(Dave, place, None).expect("valid"));
		assert_eq!(Runtime::open_orders(dave.clone(), 0, 10), vec![0]);
		// Its storage deposit is held on Dave's USDC until the order goes.
		let order_deposit = || UsdcHolds::balance_on_hold(&HoldReason::OrderDeposit.into(), &dave);
		assert_eq!(Runtime::order(0).expect("open").deposit, OrderDeposit::get());
		assert_eq!(order_deposit(), OrderDeposit::get());
		assert_eq!(buyer - Usdc::balance(&dave), 240 * USDC + OrderDeposit::get());
		// An SP with an unsettled order cannot deregister.
		assert_noop!(
			Providers::deregister(RuntimeOrigin::signed(Bob.to_account_id())),
			pallet_providers::Error::<Runtime>::HasOpenOrders
		);
		// A relayer (Eve) submits Bob's signed statements; a wrong signature is refused.
		let mut forged = relayed(0, Statement::Started);
		if let RuntimeCall::Market(pallet_market::Call::attest { signature, .. }) = &mut forged {
			*signature = Some(Eve.pair().sign(b"not bob"));
		}
		assert!(apply_signed(Eve, forged, None).expect("valid").is_err());
		assert_ok!(apply_signed(Eve, relayed(0, Statement::Started), None).expect("valid"));
		set_time(START + 3_600);
		let finished = Statement::Finished {
			exit: Exit::Success,
			usage: Usage { core_seconds: 80 * 3_600, accelerator_seconds: 0 },
			downtime: 0,
			result: H256::repeat_byte(5),
		};
		assert_ok!(apply_signed(Eve, relayed(0, finished), None).expect("valid"));
		assert!(matches!(Runtime::order(0).expect("open").status, OrderStatus::Finished { .. }));
		let rate = market(pallet_market::Call::rate { order: 0, rating: 5, review: H256::zero() });
		assert_ok!(apply_signed(Dave, rate, None).expect("valid"));
		assert_ok!(apply_signed(Dave, market(pallet_market::Call::confirm { order: 0 }), None)
			.expect("valid"));

		// 160 USDC billed: 8 (5%, an ordinary SP) to revenue, 152 to Bob's payout account;
		// Dave's USDC falls by 160 plus his fees, which he paid in CPT.
		assert_eq!(buyer - Usdc::balance(&dave), 160 * USDC);
		assert_eq!(Usdc::balance(&Charlie.to_account_id()) - payout, 152 * USDC);
		assert_eq!(Usdc::balance(&Revenue::account()) - revenue, 8 * USDC);
		assert_eq!(Usdc::balance(&escrow), USDC_MIN_BALANCE);
		assert!(Runtime::order(0).is_none());
		assert_eq!(order_deposit(), 0);
		let reputation = Providers::provider(&Bob.to_account_id()).expect("registered").reputation;
		assert_eq!(
			(
				reputation.on_time_starts,
				reputation.completions,
				reputation.ratings,
				reputation.rating_weight,
				reputation.rating_sum
			),
			// 160 USDC is 16 times the least rated cost: the rating weighs 16.
			(1, 1, 1, 16, 80)
		);
		// The incentives saw the settlement: the month's GMV, Bob's SP volume, and Dave's
		// review reward (1 USDC of CPT at 0.10 USDC per CPT; no plan, so no cashback).
		assert_eq!(pallet_incentives::Open::<Runtime>::get(Period::Month).gmv, 160 * USDC);
		let earned = |period, who: &AccountId| {
			pallet_incentives::Earnings::<Runtime>::get(period, who).map(|e| e.amount)
		};
		assert_eq!(earned(Period::Quarter, &Bob.to_account_id()), Some(160 * USDC));
		assert_eq!(earned(Period::Month, &dave), Some(10 * CPT));
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(Bob.to_account_id())));
	});
}

/// What an SP node's off-chain worker sends: Bob's attestation as a general transaction that
/// his key's signature authorizes. It is valid without a signer, costs nobody a fee, and a
/// forged, replayed or out-of-turn one is refused by the pool.
#[test]
fn attestations_go_in_feeless_as_authorized_general_transactions() {
	use polkadot_sdk::{
		frame_system::offchain::CreateAuthorizedTransaction,
		sp_runtime::transaction_validity::{InvalidTransaction, TransactionSource},
	};
	dev_chain().execute_with(|| {
		set_time(START);
		Incentives::on_initialize(1);
		assert_ok!(Balances::transfer_keep_alive(
			RuntimeOrigin::signed(Alice.to_account_id()),
			Dave.to_account_id().into(),
			1_000 * CPT
		));
		bob_lists();
		let workload = pallet_market::Workload {
			cpus: 2,
			gpus: 0,
			program: pallet_market::Program::Command(BoundedVec::truncate_from(
				b"sleep 5".to_vec(),
			)),
		};
		let place = market(pallet_market::Call::place_order {
			offer: 0,
			quantity: 10,
			expected_duration: 600,
			after: None,
			voucher: None,
			workload: Some(workload.clone()),
		});
		assert_ok!(apply_signed(Dave, place, None).expect("valid"));
		assert_eq!(pallet_market::Workloads::<Runtime>::get(0), Some(workload));

		let general = |call: RuntimeCall| {
			<Runtime as CreateAuthorizedTransaction<RuntimeCall>>::create_authorized_transaction(
				call,
			)
		};
		let validate = |call: RuntimeCall| {
			let parent = frame_system::Pallet::<Runtime>::parent_hash();
			Executive::validate_transaction(TransactionSource::External, general(call), parent)
		};
		let cpt = |who: &AccountId| Balances::free_balance(who);
		let (bob_cpt, issuance) = (cpt(&Bob.to_account_id()), Balances::total_issuance());

		let mut forged = relayed(0, Statement::Started);
		if let RuntimeCall::Market(pallet_market::Call::attest { signature, .. }) = &mut forged {
			*signature = Some(Eve.pair().sign(b"not bob"));
		}
		assert_eq!(validate(forged), Err(InvalidTransaction::BadProof.into()));
		let checkpoint = Statement::Checkpoint(Usage { core_seconds: 600, accelerator_seconds: 0 });
		assert_eq!(validate(relayed(0, checkpoint)), Err(InvalidTransaction::Stale.into()));

		assert!(validate(relayed(0, Statement::Started)).is_ok());
		assert_ok!(
			Executive::apply_extrinsic(general(relayed(0, Statement::Started))).expect("applied")
		);
		assert!(matches!(Runtime::order(0).expect("open").status, OrderStatus::Started { .. }));
		assert_eq!(validate(relayed(0, Statement::Started)), Err(InvalidTransaction::Stale.into()));
		// Checkpoints are a minute apart, the first a minute after the start.
		assert_eq!(validate(relayed(0, checkpoint)), Err(InvalidTransaction::Future.into()));
		set_time(START + 60);
		assert!(validate(relayed(0, checkpoint)).is_ok());
		assert_eq!((cpt(&Bob.to_account_id()), Balances::total_issuance()), (bob_cpt, issuance));
	});
}

fn place_100_units() -> RuntimeCall {
	market(pallet_market::Call::place_order {
		offer: 0,
		quantity: 100,
		expected_duration: 7_200,
		after: None,
		voucher: None,
		workload: None,
	})
}

/// `parameters.setParameter` as `ayes` of nine council seats.
fn set_parameter_as_council(ayes: u32, parameter: RuntimeParameters) -> DispatchResult {
	let origin =
		pallet_collective::RawOrigin::<AccountId, pallet_collective::Instance1>::Members(ayes, 9);
	Parameters::set_parameter(origin.into(), parameter)
}

#[test]
fn the_council_raises_the_escrow_buffer_and_fee_for_later_orders_only() {
	use cyberplaza_runtime::configs::parameters::dynamic_params::market as params;
	dev_chain().execute_with(|| {
		set_time(START);
		Incentives::on_initialize(1);
		assert_ok!(Balances::transfer_keep_alive(
			RuntimeOrigin::signed(Alice.to_account_id()),
			Dave.to_account_id().into(),
			1_000 * CPT
		));
		bob_lists();
		assert_ok!(apply_signed(Dave, place_100_units(), None).expect("valid"));

		let buffer = RuntimeParameters::Market(params::Parameters::EscrowBuffer(
			params::EscrowBuffer,
			Some(Percent::from_percent(50)),
		));
		let fee = RuntimeParameters::Market(params::Parameters::OrdinaryFee(
			params::OrdinaryFee,
			Some(Permill::from_percent(8)),
		));
		// A signed account and 3 of 9 seats change nothing; 4 of 9 do.
		assert_noop!(
			Parameters::set_parameter(RuntimeOrigin::signed(Bob.to_account_id()), buffer.clone()),
			DispatchError::BadOrigin
		);
		assert_noop!(set_parameter_as_council(3, buffer.clone()), DispatchError::BadOrigin);
		assert_ok!(set_parameter_as_council(4, buffer));
		assert_ok!(set_parameter_as_council(4, fee));
		assert_eq!(
			<Runtime as pallet_market::Config>::EscrowBuffer::get(),
			Percent::from_percent(50)
		);

		let quote = Runtime::quote(Dave.to_account_id(), 0, 100).expect("quotable");
		assert_eq!((quote.cost, quote.escrow, quote.fee), (200 * USDC, 300 * USDC, 16 * USDC));
		assert_ok!(apply_signed(Dave, place_100_units(), None).expect("valid"));
		let order = |id| pallet_market::Orders::<Runtime>::get(id).expect("open");
		// The first order keeps the escrow and fee it was placed with.
		assert_eq!((order(0).escrow, order(0).fee), (240 * USDC, Permill::from_percent(5)));
		assert_eq!((order(1).escrow, order(1).fee), (300 * USDC, Permill::from_percent(8)));
	});
}

/// `market.decideDispute` as `ayes` of the three dev arbiters.
fn decide_as_arbiters(ayes: u32, order: u64, refund: u128) -> DispatchResult {
	let origin =
		pallet_collective::RawOrigin::<AccountId, pallet_collective::Instance3>::Members(ayes, 3);
	Market::decide_dispute(origin.into(), order, refund)
}

#[test]
fn a_majority_of_arbiters_decides_disputes_up_to_the_arbiter_limit() {
	dev_chain().execute_with(|| {
		set_time(START);
		Incentives::on_initialize(1);
		for who in [Dave, Eve] {
			assert_ok!(Balances::transfer_keep_alive(
				RuntimeOrigin::signed(Alice.to_account_id()),
				who.to_account_id().into(),
				1_000 * CPT
			));
		}
		let mut arbiters = vec![Dave.to_account_id(), Eve.to_account_id(), Ferdie.to_account_id()];
		arbiters.sort();
		assert_eq!(
			pallet_collective::Members::<Runtime, pallet_collective::Instance3>::get(),
			arbiters
		);
		bob_lists();
		assert_ok!(apply_signed(Dave, place_100_units(), None).expect("valid"));
		assert_ok!(apply_signed(Eve, relayed(0, Statement::Started), None).expect("valid"));
		set_time(START + 3_600);
		let finished = Statement::Finished {
			exit: Exit::Success,
			usage: Usage { core_seconds: 80 * 3_600, accelerator_seconds: 0 },
			downtime: 0,
			result: H256::repeat_byte(5),
		};
		assert_ok!(apply_signed(Eve, relayed(0, finished), None).expect("valid"));
		let dispute =
			market(pallet_market::Call::open_dispute { order: 0, evidence: H256::repeat_byte(6) });
		assert_ok!(apply_signed(Dave, dispute, None).expect("valid"));

		assert_noop!(decide_as_arbiters(1, 0, 50 * USDC), DispatchError::BadOrigin);
		assert_noop!(
			decide_as_arbiters(2, 0, 10_000 * USDC + 1),
			pallet_market::Error::<Runtime>::NeedsGovernance
		);
		let before = Usdc::balance(&Dave.to_account_id());
		assert_ok!(decide_as_arbiters(2, 0, 50 * USDC));
		// The refund, and the order's storage deposit as the decision closes it.
		assert_eq!(Usdc::balance(&Dave.to_account_id()) - before, 50 * USDC + OrderDeposit::get());
	});
}

#[test]
fn a_share_above_100_percent_is_no_parameter_value_and_does_not_decode() {
	use codec::{Decode, Encode};
	use cyberplaza_runtime::configs::parameters::dynamic_params::market as params;
	let call = |percent| {
		RuntimeCall::Parameters(pallet_parameters::Call::set_parameter {
			key_value: RuntimeParameters::Market(params::Parameters::EscrowBuffer(
				params::EscrowBuffer,
				Some(Percent::from_percent(percent)),
			)),
		})
	};
	let mut encoded = call(25).encode();
	assert_eq!(RuntimeCall::decode(&mut &encoded[..]).ok(), Some(call(25)));
	// The value is the last byte: 101% is refused by the transaction's decoding, before any
	// origin or storage is touched.
	*encoded.last_mut().expect("bytes") = 101;
	assert!(RuntimeCall::decode(&mut &encoded[..]).is_err());
}
