//! Signed transactions applied as a block builder applies them: fees in CPT or USDC, and bad
//! transfers rejected with their own codes before they change anything.

mod common;

use codec::Decode;
use common::apply_signed;
use cyberplaza_runtime::{
	configs::{AssetKind, StakingPot},
	constants::{
		assets::USDC_ASSET_ID,
		currency::{CPT, USDC},
	},
	transfer_checks::{INSUFFICIENT_BALANCE, SELF_TRANSFER},
	AccountId, AssetConversion, Assets, Balances, RuntimeCall, RuntimeOrigin, System,
	UncheckedExtrinsic,
};
use polkadot_sdk::{
	frame_support::traits::{
		fungible::{Inspect as _, NativeOrWithId},
		fungibles::Inspect as _,
	},
	pallet_assets, pallet_balances,
	sp_keyring::Sr25519Keyring,
	sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError},
};

const USDC_KIND: AssetKind = NativeOrWithId::WithId(USDC_ASSET_ID);

fn cpt_transfer(dest: &AccountId, value: u128) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: dest.clone().into(),
		value,
	})
}

fn usdc_transfer(dest: &AccountId, amount: u128) -> RuntimeCall {
	RuntimeCall::Assets(pallet_assets::Call::transfer {
		id: USDC_ASSET_ID.into(),
		target: dest.clone().into(),
		amount,
	})
}

/// Everything a rejected transaction must leave as it was.
fn snapshot(who: &AccountId) -> (u32, u128, u128, u128) {
	(
		System::account_nonce(who),
		Balances::total_balance(who),
		Assets::balance(USDC_ASSET_ID, who),
		Balances::total_balance(&StakingPot::get()),
	)
}

#[test]
fn a_cpt_transfer_pays_its_fee_in_cpt() {
	common::dev_chain().execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let dave = Sr25519Keyring::Dave.to_account_id();
		let (alice_before, dave_before) = (Balances::balance(&alice), Balances::balance(&dave));
		let pot_before = Balances::balance(&StakingPot::get());

		assert_eq!(
			apply_signed(Sr25519Keyring::Alice, cpt_transfer(&dave, 10 * CPT), None),
			Ok(Ok(()))
		);

		assert_eq!(Balances::balance(&dave), dave_before + 10 * CPT);
		let fee = Balances::balance(&StakingPot::get()) - pot_before;
		assert!(fee > 0, "the fee went to the collators' pot");
		assert_eq!(Balances::balance(&alice), alice_before - 10 * CPT - fee);
		assert_eq!(System::account_nonce(&alice), 1);
	});
}

#[test]
fn a_usdc_only_account_pays_its_fee_in_usdc() {
	common::dev_chain().execute_with(|| {
		// Alice's stash holds nothing at genesis (`One` and `Two` are oracle feeders with test
		// USDC).
		let holder = Sr25519Keyring::AliceStash;
		let holder_id = holder.to_account_id();
		let bob = Sr25519Keyring::Bob.to_account_id();
		assert_eq!(
			Assets::transfer(
				RuntimeOrigin::signed(bob.clone()),
				USDC_ASSET_ID.into(),
				holder_id.clone().into(),
				100 * USDC
			),
			Ok(())
		);
		assert_eq!(Balances::total_balance(&holder_id), 0, "the account holds no CPT");
		let pool_before = AssetConversion::get_reserves(NativeOrWithId::Native, USDC_KIND).unwrap();
		let pot_before = Balances::balance(&StakingPot::get());

		let call = usdc_transfer(&bob, 10 * USDC);
		assert_eq!(apply_signed(holder, call, Some(USDC_KIND)), Ok(Ok(())));

		let fee_in_cpt = Balances::balance(&StakingPot::get()) - pot_before;
		assert!(fee_in_cpt > 0, "the collators' pot received the fee in CPT");
		let usdc_paid = 90 * USDC - Assets::balance(USDC_ASSET_ID, &holder_id);
		assert!(usdc_paid > 0, "the fee was charged in USDC");
		// The USDC went into the pool, which paid out the CPT fee.
		let pool_after = AssetConversion::get_reserves(NativeOrWithId::Native, USDC_KIND).unwrap();
		assert_eq!(pool_after, (pool_before.0 - fee_in_cpt, pool_before.1 + usdc_paid));
		assert_eq!(Balances::total_balance(&holder_id), 0, "still no CPT");
		assert_eq!(System::account_nonce(&holder_id), 1);
	});
}

#[test]
fn a_transfer_above_balance_is_rejected_and_changes_nothing() {
	common::dev_chain().execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let bob = Sr25519Keyring::Bob.to_account_id();
		let insufficient = Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
			INSUFFICIENT_BALANCE,
		)));
		let before = (snapshot(&alice), snapshot(&bob));

		let too_much_cpt = Balances::balance(&alice) + 1;
		assert_eq!(
			apply_signed(Sr25519Keyring::Alice, cpt_transfer(&bob, too_much_cpt), None),
			insufficient
		);
		let too_much_usdc = Assets::balance(USDC_ASSET_ID, &alice) + 1;
		assert_eq!(
			apply_signed(Sr25519Keyring::Alice, usdc_transfer(&bob, too_much_usdc), None),
			insufficient
		);

		assert_eq!((snapshot(&alice), snapshot(&bob)), before);
	});
}

#[test]
fn a_transfer_to_self_is_rejected_and_changes_nothing() {
	common::dev_chain().execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let to_self =
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(SELF_TRANSFER)));
		let before = snapshot(&alice);

		assert_eq!(apply_signed(Sr25519Keyring::Alice, cpt_transfer(&alice, CPT), None), to_self);
		assert_eq!(apply_signed(Sr25519Keyring::Alice, usdc_transfer(&alice, USDC), None), to_self);
		let transfer_all = RuntimeCall::Balances(pallet_balances::Call::transfer_all {
			dest: alice.clone().into(),
			keep_alive: true,
		});
		assert_eq!(apply_signed(Sr25519Keyring::Alice, transfer_all, None), to_self);

		assert_eq!(snapshot(&alice), before);
	});
}

#[test]
fn a_malformed_extrinsic_does_not_decode() {
	// A transfer with its last bytes cut off, and bytes that are no extrinsic at all.
	let call = cpt_transfer(&Sr25519Keyring::Bob.to_account_id(), CPT);
	let whole = codec::Encode::encode(&UncheckedExtrinsic::new_bare(call));
	assert!(UncheckedExtrinsic::decode(&mut &whole[..]).is_ok());
	assert!(UncheckedExtrinsic::decode(&mut &whole[..whole.len() - 3]).is_err());
	assert!(UncheckedExtrinsic::decode(&mut &[0xde, 0xad, 0xbe, 0xef][..]).is_err());
}

#[test]
fn transfers_within_balance_pass_the_transfer_check() {
	common::dev_chain().execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let bob = Sr25519Keyring::Bob.to_account_id();
		let usdc_before = Assets::balance(USDC_ASSET_ID, &bob);
		// Exactly the spendable USDC, keeping nothing back: allowed for `transfer`.
		let all_usdc = Assets::reducible_balance(
			USDC_ASSET_ID,
			&alice,
			polkadot_sdk::frame_support::traits::tokens::Preservation::Expendable,
			polkadot_sdk::frame_support::traits::tokens::Fortitude::Polite,
		);
		assert_eq!(
			apply_signed(Sr25519Keyring::Alice, usdc_transfer(&bob, all_usdc), None),
			Ok(Ok(()))
		);
		assert_eq!(Assets::balance(USDC_ASSET_ID, &bob), usdc_before + all_usdc);
	});
}
