//! The genesis presets encode SPEC section 2: issuance, buckets and vesting.

mod common;

use cyberplaza_runtime::{
	allocation::{self, pallet_account},
	configs::StakingPot,
	constants::{
		assets::{RUSDC_ASSET_ID, USDC_ASSET_ID},
		currency::{CPT, EXISTENTIAL_DEPOSIT},
		time::MONTHS,
	},
	genesis::{
		dev_accounts, dev_holders, endowed_accounts, live_placeholder, DEV_POOL_CPT, DEV_POOL_USDC,
		DEV_USDC_PER_ACCOUNT, LIVE_PRESET,
	},
	AccountId, AssetConversion, Assets, Balance, Balances, Runtime, RuntimeOrigin, System, Vesting,
};
use polkadot_sdk::{
	frame_support::{
		assert_ok,
		traits::{
			fungible::{Inspect as _, NativeOrWithId},
			fungibles::{metadata::Inspect as _, Inspect as _},
			VestingSchedule,
		},
	},
	sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET},
	sp_keyring::Sr25519Keyring,
	sp_runtime::{DispatchError, TokenError},
	*,
};
use std::collections::BTreeSet;

/// The presets with dev accounts.
const PRESETS: [&str; 2] = [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET];
/// Every preset the runtime offers.
const ALL_PRESETS: [&str; 3] = [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET, LIVE_PRESET];

fn total_of(holders: &[(AccountId, Balance)]) -> Balance {
	holders.iter().map(|(who, _)| Balances::total_balance(who)).sum()
}

#[test]
fn total_issuance_is_exactly_100_million_cpt() {
	for preset in ALL_PRESETS {
		common::chain(preset).execute_with(|| {
			assert_eq!(Balances::total_issuance(), 100_000_000 * CPT, "{preset}");
			// Every CPT is in an account: the issuance is not just a counter.
			let held: Balance = frame_system::Account::<Runtime>::iter()
				.map(|(_, info)| info.data.free + info.data.reserved)
				.sum();
			assert_eq!(held, 100_000_000 * CPT, "{preset}");
		});
	}
}

#[test]
fn each_bucket_holds_its_share_of_the_table() {
	for preset in PRESETS {
		common::chain(preset).execute_with(|| {
			let holders = dev_holders();
			let pool = allocation::pallet_account(allocation::USER_REWARDS_PALLET_ID);
			assert_eq!(Balances::total_balance(&pool), 25_000_000 * CPT);
			let sp = pallet_account(allocation::SP_INCENTIVES_PALLET_ID);
			assert_eq!(Balances::total_balance(&sp), 20_000_000 * CPT);
			let lp = pallet_account(allocation::LP_REWARDS_PALLET_ID);
			assert_eq!(Balances::total_balance(&lp), 10_000_000 * CPT);
			// Alice seeded the CPT/USDC pool and endowed the collators' pot and the treasuries
			// out of her foundation share.
			let endowed = endowed_accounts();
			assert!(endowed.contains(&StakingPot::get()));
			for account in &endowed {
				assert_eq!(Balances::total_balance(account), EXISTENTIAL_DEPOSIT);
			}
			let endowments = EXISTENTIAL_DEPOSIT * endowed.len() as Balance;
			assert_eq!(total_of(&holders.foundation) + DEV_POOL_CPT + endowments, 17_500_000 * CPT);
			assert_eq!(total_of(&holders.private_sale), 12_500_000 * CPT);
			assert_eq!(total_of(&holders.team), 15_000_000 * CPT);
		});
	}
}

/// The live chain starts with placeholders only: no dev account holds anything or sits on a
/// governance body, no USDC exists and no key is privileged (the runtime has no sudo).
#[test]
fn the_live_chain_has_placeholders_no_dev_account_and_no_usdc() {
	common::chain(LIVE_PRESET).execute_with(|| {
		let dev: BTreeSet<AccountId> = dev_accounts().into_iter().collect();
		assert!(frame_system::Account::<Runtime>::iter_keys().all(|who| !dev.contains(&who)));
		assert_eq!(Assets::total_issuance(USDC_ASSET_ID), 0);
		assert_eq!(Assets::symbol(USDC_ASSET_ID), b"USDC".to_vec());
		assert!(AssetConversion::get_reserves(
			NativeOrWithId::Native,
			NativeOrWithId::WithId(USDC_ASSET_ID)
		)
		.is_err());
		let foundation = live_placeholder("foundation", 1);
		// The foundation holder endowed the collators' pot and the treasuries out of its share.
		assert_eq!(
			Balances::total_balance(&foundation)
				+ EXISTENTIAL_DEPOSIT * endowed_accounts().len() as Balance,
			allocation::FOUNDATION
		);
		let council = pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get();
		let placeholders: Vec<_> = (1..=9).map(|i| live_placeholder("council", i)).collect();
		assert_eq!(council.iter().collect::<BTreeSet<_>>(), placeholders.iter().collect());
		let committee = pallet_collective::Members::<Runtime, pallet_collective::Instance2>::get();
		assert_eq!(committee.len(), 5);
		assert!(committee.iter().all(|who| !dev.contains(who)));
		assert_eq!(pallet_vote_escrow::WeekLength::<Runtime>::get(), 7 * 86_400);
	});
}

/// The live preset's placeholder roles and how many of each it seats.
const LIVE_ROLES: [(&str, u32); 8] = [
	("foundation", 1),
	("private-sale", 1),
	("team", 1),
	("collator", 2),
	("council", 9),
	("emergency-committee", 5),
	("arbiter", 3),
	("feeder", 8),
];

#[test]
fn the_live_chain_spec_readme_lists_every_placeholder() {
	use polkadot_sdk::sp_core::crypto::Ss58Codec;
	let readme = include_str!("../../chain-specs/README.md");
	for (role, count) in LIVE_ROLES {
		for index in 1..=count {
			let row = format!(
				"| `cyberplaza/live/{role}/{index}` | `{}` |",
				live_placeholder(role, index).to_ss58check()
			);
			assert!(readme.contains(&row), "chain-specs/README.md lacks {row}");
		}
	}
	// And the chain seats no one else.
	let placeholders = |role: &str, count: u32| -> BTreeSet<AccountId> {
		(1..=count).map(|index| live_placeholder(role, index)).collect()
	};
	common::chain(LIVE_PRESET).execute_with(|| {
		let seated = |members: Vec<AccountId>| members.into_iter().collect::<BTreeSet<_>>();
		assert_eq!(
			seated(pallet_collective::Members::<Runtime, pallet_collective::Instance2>::get()),
			placeholders("emergency-committee", 5)
		);
		assert_eq!(
			seated(
				pallet_membership::Members::<Runtime, pallet_membership::Instance1>::get().into()
			),
			placeholders("feeder", 8)
		);
		assert_eq!(
			seated(pallet_collator_selection::Invulnerables::<Runtime>::get().into()),
			placeholders("collator", 2)
		);
	});
}

/// Locked CPT of one holder after `month` months, as SPEC section 2 states it.
fn spec_locked(bucket: &str, allocation: Balance, month: u32) -> Balance {
	let month = month as Balance;
	match bucket {
		// 10% at launch, 90% linear over 24 months.
		"foundation" => allocation * 90 / 100 * (24 - month.min(24)) / 24,
		// 6-month cliff, then linear over 18 months.
		"private sale" => allocation * (18 - month.saturating_sub(6).min(18)) / 18,
		// 12-month cliff, then linear over 36 months.
		"team" => allocation * (36 - month.saturating_sub(12).min(36)) / 36,
		_ => unreachable!(),
	}
}

#[test]
fn vesting_locks_follow_the_table_at_each_milestone() {
	common::dev_chain().execute_with(|| {
		let holders = dev_holders();
		let buckets = [
			("foundation", &holders.foundation, allocation::FOUNDATION_RELEASE),
			("private sale", &holders.private_sale, allocation::PRIVATE_SALE_RELEASE),
			("team", &holders.team, allocation::TEAM_RELEASE),
		];
		for month in [0, 6, 12, 18, 24, 36, 48] {
			System::set_block_number(month * MONTHS);
			for (bucket, members, release) in &buckets {
				for (who, amount) in members.iter() {
					let expected = spec_locked(bucket, *amount, month);
					let locked = Vesting::vesting_balance(who).unwrap_or(0);
					// pallet-vesting releases a whole number of planck per block, rounded
					// down (against the holder): it may lag the exact schedule by less than
					// one planck per block of the linear period, never lead it.
					assert!(
						locked >= expected && locked - expected < release.linear as Balance,
						"{bucket} at month {month}: locked {locked}, SPEC {expected}"
					);
				}
			}
		}
	});
}

#[test]
fn vested_cpt_cannot_move_before_its_cliff() {
	common::dev_chain().execute_with(|| {
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		let bob = Sr25519Keyring::Bob.to_account_id();
		let before = Balances::total_balance(&charlie);
		let result = Balances::transfer_allow_death(
			RuntimeOrigin::signed(charlie.clone()),
			bob.into(),
			1_000 * CPT,
		);
		assert_eq!(result, Err(DispatchError::Token(TokenError::Frozen)));
		assert_eq!(Balances::total_balance(&charlie), before);
	});
}

/// SPEC section 2: once vested, a private-sale holder still moves at most 5% of its
/// allocation a day.
#[test]
fn private_sale_holders_move_at_most_five_percent_a_day() {
	use polkadot_sdk::frame_support::traits::Hooks;
	common::dev_chain().execute_with(|| {
		let holders = dev_holders();
		let (charlie, allocation) = holders.private_sale[0].clone();
		assert_eq!(charlie, Sr25519Keyring::Charlie.to_account_id());
		let bob = Sr25519Keyring::Bob.to_account_id();
		// Fully vested: 48 months on.
		System::set_block_number(48 * MONTHS);
		assert_ok!(Vesting::vest(RuntimeOrigin::signed(charlie.clone())));
		let day = 1_800_000_000 / pallet_sale_limits::DAY * pallet_sale_limits::DAY;
		pallet_timestamp::Now::<Runtime>::put(day * 1_000);
		cyberplaza_runtime::SaleLimits::on_initialize(System::block_number());
		let allowance = allocation / 20;
		assert_eq!(cyberplaza_runtime::SaleLimits::allowance(&charlie), Some(allowance));
		let send = |amount| {
			Balances::transfer_keep_alive(
				RuntimeOrigin::signed(charlie.clone()),
				bob.clone().into(),
				amount,
			)
		};
		assert_eq!(send(allowance + 1), Err(DispatchError::Token(TokenError::Frozen)));
		assert_ok!(send(allowance));
		assert_eq!(send(1), Err(DispatchError::Token(TokenError::Frozen)));
		pallet_timestamp::Now::<Runtime>::put((day + pallet_sale_limits::DAY) * 1_000);
		cyberplaza_runtime::SaleLimits::on_initialize(System::block_number() + 1);
		assert_ok!(send(allowance));
	});
}

#[test]
fn dev_chains_have_test_usdc_and_a_cpt_usdc_pool() {
	for preset in PRESETS {
		common::chain(preset).execute_with(|| {
			assert_eq!(Assets::decimals(USDC_ASSET_ID), 6);
			assert_eq!(Assets::symbol(USDC_ASSET_ID), b"USDC".to_vec());
			assert_eq!(Assets::decimals(RUSDC_ASSET_ID), 6);
			assert_eq!(Assets::symbol(RUSDC_ASSET_ID), b"rUSDC".to_vec());
			assert_eq!(Assets::total_issuance(RUSDC_ASSET_ID), 0);
			let bob = Sr25519Keyring::Bob.to_account_id();
			assert_eq!(Assets::balance(USDC_ASSET_ID, &bob), DEV_USDC_PER_ACCOUNT);
			let reserves = AssetConversion::get_reserves(
				NativeOrWithId::Native,
				NativeOrWithId::WithId(USDC_ASSET_ID),
			);
			assert_eq!(reserves.ok(), Some((DEV_POOL_CPT, DEV_POOL_USDC)));
		});
	}
}

#[test]
fn the_dev_chain_runs_its_periods_fast_and_local_runs_them_at_spec_length() {
	use cyberplaza_runtime::genesis::{
		DEV_HOLDING_SECS, DEV_MONTH_SECS, DEV_PROBATION_SECS, DEV_THROTTLE_SECS,
	};
	let (hour, day) = (3_600, 86_400);
	let expected = [
		(
			DEV_RUNTIME_PRESET,
			(DEV_PROBATION_SECS, DEV_THROTTLE_SECS, DEV_HOLDING_SECS, DEV_MONTH_SECS),
		),
		(LOCAL_TESTNET_RUNTIME_PRESET, (30 * day, day, hour, 30 * day)),
	];
	for (preset, periods) in expected {
		common::chain(preset).execute_with(|| {
			let actual = (
				pallet_providers::ProbationPeriod::<Runtime>::get(),
				pallet_liquidity_pool::ThrottlePeriod::<Runtime>::get(),
				pallet_liquidity_pool::HoldingPeriod::<Runtime>::get(),
				pallet_incentives::MonthLength::<Runtime>::get(),
			);
			assert_eq!(actual, periods, "{preset}");
		});
	}
}
