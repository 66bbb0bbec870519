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
	genesis::{dev_holders, DEV_POOL_CPT, DEV_POOL_USDC, DEV_USDC_PER_ACCOUNT},
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

const PRESETS: [&str; 2] = [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET];

fn total_of(holders: &[(AccountId, Balance)]) -> Balance {
	holders.iter().map(|(who, _)| Balances::total_balance(who)).sum()
}

#[test]
fn total_issuance_is_exactly_100_million_cpt() {
	for preset in PRESETS {
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
			// Alice seeded the CPT/USDC pool and endowed the collators' pot out of her
			// foundation share.
			let pot = Balances::total_balance(&StakingPot::get());
			assert_eq!(pot, EXISTENTIAL_DEPOSIT);
			assert_eq!(total_of(&holders.foundation) + DEV_POOL_CPT + pot, 17_500_000 * CPT);
			assert_eq!(total_of(&holders.private_sale), 12_500_000 * CPT);
			assert_eq!(total_of(&holders.team), 15_000_000 * CPT);
		});
	}
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
