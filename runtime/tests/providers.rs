//! The SP registry inside the real runtime: the CPT bond is a hold on Balances, the
//! certification fee moves USDC into the revenue account, certifier calls need the council, and the
//! `ProvidersApi` answers as wallets would read it.

mod common;

use common::{apply_signed, dev_chain, key_proof};
use cyberplaza_primitives::{Region, Tier};
use cyberplaza_runtime::{
	configs::parameters::dynamic_params::providers::{MaxCertificationFee, ProviderBond},
	constants::assets::USDC_ASSET_ID,
	genesis::DEV_PROBATION_SECS,
	Assets, Balances, Providers, Revenue, Runtime, RuntimeCall, RuntimeHoldReason, RuntimeOrigin,
};
use pallet_providers::{
	runtime_api::runtime_decl_for_providers_api::ProvidersApiV1 as _, Certification, Figures,
	HoldReason, Metadata,
};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		dispatch::GetDispatchInfo,
		traits::{fungible::InspectHold, Get},
		BoundedVec,
	},
	pallet_timestamp,
	sp_core::H256,
	sp_keyring::Sr25519Keyring::{Bob, Charlie},
	sp_runtime::DispatchError,
};

fn register_call() -> RuntimeCall {
	RuntimeCall::Providers(pallet_providers::Call::register {
		payout: Charlie.to_account_id(),
		attestation_key: Bob.public(),
		key_proof: key_proof(Bob, Bob),
		region: Region::Europe,
		metadata: Metadata {
			company_documents: H256::repeat_byte(1),
			infrastructure: H256::repeat_byte(2),
			certificates: BoundedVec::new(),
		},
	})
}

fn claim() -> Figures {
	Figures {
		hpl_gflops: 4_000,
		hpcg_gflops: 90,
		stream_mb_s: 150_000,
		cpu_cores: 128,
		memory_gb: 512,
		nvme_gb: 15_000,
		uplink_mbps: 10_000,
		..Default::default()
	}
}

/// Sets the time a block would carry (directly: the inherent would also check Aura's slot).
fn set_time(seconds: u64) {
	pallet_timestamp::Now::<Runtime>::put(seconds * 1_000);
}

#[test]
fn an_sp_registers_pays_for_certification_and_is_certified_after_probation() {
	dev_chain().execute_with(|| {
		let start = 1_800_000_000;
		set_time(start);
		let bob = Bob.to_account_id();
		assert!(register_call().get_dispatch_info().call_weight.ref_time() > 0);
		assert_ok!(apply_signed(Bob, register_call(), None).expect("valid"));
		let bond = ProviderBond::get();
		assert_eq!(
			Balances::balance_on_hold(
				&RuntimeHoldReason::Providers(HoldReason::ProviderBond),
				&bob
			),
			bond
		);
		assert_eq!(Runtime::tier(bob.clone()), Some(Tier::Ordinary));
		assert_eq!(Runtime::concurrent_order_limit(bob.clone()), None);

		let apply = RuntimeCall::Providers(pallet_providers::Call::apply_for_certification {
			claim: claim(),
		});
		assert_ok!(apply_signed(Bob, apply, None).expect("valid"));
		// Certifier calls need the certifier origin (root until governance exists).
		let fee = MaxCertificationFee::get();
		assert_noop!(
			Providers::quote_certification_fee(
				RuntimeOrigin::signed(bob.clone()),
				bob.clone(),
				fee
			),
			DispatchError::BadOrigin
		);
		assert_ok!(Providers::quote_certification_fee(RuntimeOrigin::root(), bob.clone(), fee));
		let usdc_before = Assets::balance(USDC_ASSET_ID, &bob);
		let revenue_before = Assets::balance(USDC_ASSET_ID, Revenue::account());
		let pay = RuntimeCall::Providers(pallet_providers::Call::pay_certification_fee {});
		assert_ok!(apply_signed(Bob, pay, None).expect("valid"));
		assert_eq!(Assets::balance(USDC_ASSET_ID, &bob), usdc_before - fee);
		assert_eq!(Assets::balance(USDC_ASSET_ID, Revenue::account()), revenue_before + fee);

		assert_ok!(Providers::record_benchmark(RuntimeOrigin::root(), bob.clone(), claim()));
		let status = Runtime::probation(bob.clone()).expect("on probation");
		assert_eq!((status.remaining, status.concurrent_order_limit), (DEV_PROBATION_SECS, 10));
		assert_eq!(Runtime::concurrent_order_limit(bob.clone()), Some(10));
		let ranked = Runtime::ranking(Some(Tier::Probation), None, 0, 10);
		assert_eq!(ranked.len(), 1);
		assert_eq!((ranked[0].provider.clone(), ranked[0].score), (bob.clone(), 6_000));

		// The dev chain's probation is two minutes (30 days elsewhere).
		set_time(start + DEV_PROBATION_SECS - 1);
		assert_eq!(Runtime::tier(bob.clone()), Some(Tier::Probation));
		set_time(start + DEV_PROBATION_SECS);
		assert_eq!(Runtime::tier(bob.clone()), Some(Tier::Certified));
		let profile = Runtime::profile(bob.clone()).expect("registered");
		assert_eq!(
			profile.certification,
			Certification::Certified { since: start + DEV_PROBATION_SECS }
		);
		assert_eq!(profile.payout, Charlie.to_account_id());
		assert_eq!(Runtime::score(bob.clone()), Some(6_000));
		assert_eq!(Runtime::tier(Charlie.to_account_id()), None);
	});
}
