//! Governance inside the real runtime, through signed extrinsics: a veCPT referendum on the
//! parameters track from submission to enactment, the council's thresholds with absent seats
//! counted as nay, the council's veto, the emergency committee's pauses, runtime upgrades
//! behind 7/9 of the council and a timelock, and the treasuries' USDC spends.

mod common;

use codec::Encode;
use common::{apply_signed, dev_chain};
use cyberplaza_runtime::{
	configs::governance::{governance_days, PARAMETERS_TRACK},
	configs::treasury::{OperationsInstance, OperationsTreasuryAccount, ReserveTreasuryAccount},
	constants::currency::CPT,
	constants::currency::USDC,
	genesis::DEV_WEEK_SECS,
	origins, upgrade_timelock, AccountId, AllPalletsWithSystem, Assets, Balances, OriginCaller,
	Referenda, Runtime, RuntimeCall, RuntimeEvent, System, UpgradeTimelock,
};
use cyberplaza_runtime::{
	configs::AssetKind,
	constants::assets::{RUSDC_ASSET_ID, USDC_ASSET_ID},
};
use pallet_revenue::Split;
use polkadot_sdk::{
	frame_support::{
		assert_ok,
		dispatch::GetDispatchInfo,
		traits::{schedule::DispatchTime, Bounded, OnInitialize},
	},
	frame_system, pallet_collective, pallet_membership, pallet_referenda, pallet_timestamp,
	pallet_treasury,
	sp_core::H256,
	sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie, One, Two},
	sp_runtime::{traits::Hash, DispatchError, Permill},
};

/// A dev-chain week boundary.
const START: u64 = 1_800_000_000;

/// Runs the next block, six seconds after the last.
fn next_block() {
	let now = pallet_timestamp::Now::<Runtime>::get() / 1_000;
	block_at(now + 6);
}

/// Moves the clock to `seconds` and runs the next block's `on_initialize`.
fn block_at(seconds: u64) {
	pallet_timestamp::Now::<Runtime>::put(seconds * 1_000);
	let number = System::block_number() + 1;
	System::set_block_number(number);
	AllPalletsWithSystem::on_initialize(number);
}

fn run_blocks(count: u32) {
	for _ in 0..count {
		next_block();
	}
}

fn signed(who: Sr25519Keyring, call: RuntimeCall) -> Result<(), DispatchError> {
	// Fees in USDC: most of the dev accounts' CPT vests.
	apply_signed(who, call, Some(AssetKind::WithId(USDC_ASSET_ID)))
		.expect("the transaction is valid")
}

/// `who` locks `cpt` CPT for 100 dev weeks.
fn lock(who: Sr25519Keyring, cpt: u128) {
	let end = START + 100 * DEV_WEEK_SECS;
	let call = pallet_vote_escrow::Call::<Runtime>::create_lock { amount: cpt * CPT, end };
	assert_eq!(signed(who, RuntimeCall::VoteEscrow(call)), Ok(()));
}

/// A split other than SPEC's: 5% moved from operations to the stakers.
fn new_split() -> Split {
	Split {
		stakers: Permill::from_percent(35),
		operations: Permill::from_percent(30),
		..Split::default()
	}
}

fn set_split_call() -> RuntimeCall {
	RuntimeCall::Revenue(pallet_revenue::Call::set_split { split: new_split() })
}

/// `who` submits `call` as a referendum on the track of `origin`, enacted as early as allowed.
fn submit(
	who: Sr25519Keyring,
	origin: OriginCaller,
	call: RuntimeCall,
) -> Result<(), DispatchError> {
	let proposal = Bounded::Inline(call.encode().try_into().expect("a short call"));
	signed(
		who,
		RuntimeCall::Referenda(pallet_referenda::Call::submit {
			proposal_origin: Box::new(origin),
			proposal,
			enactment_moment: DispatchTime::After(0),
		}),
	)
}

fn vote(who: Sr25519Keyring, poll: u32, aye: bool) -> Result<(), DispatchError> {
	signed(who, RuntimeCall::VeVoting(pallet_ve_voting::Call::vote { poll, aye }))
}

fn parameter_setter() -> OriginCaller {
	OriginCaller::Origins(origins::Origin::ParameterSetter)
}

fn referendum_events() -> Vec<pallet_referenda::Event<Runtime>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Referenda(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// The dev chain with Bob (the proposer, 200,000 veCPT), Eve (50,000) and Ferdie (150,000)
/// locked at `START`, and a block later. Only the foundation's CPT (Alice's and Bob's) is
/// partly free at launch: Bob gives Eve and Ferdie the CPT they lock.
fn chain_with_lockers() -> polkadot_sdk::sp_io::TestExternalities {
	let mut ext = dev_chain();
	ext.execute_with(|| {
		block_at(START);
		for (voter, cpt) in [(Eve, 50_000), (Ferdie, 150_000)] {
			let transfer = polkadot_sdk::pallet_balances::Call::transfer_keep_alive {
				dest: voter.to_account_id().into(),
				value: cpt * CPT,
			};
			assert_eq!(signed(Bob, RuntimeCall::Balances(transfer)), Ok(()));
			lock(voter, cpt);
		}
		lock(Bob, 200_000);
		next_block();
	});
	ext
}

#[test]
fn a_referendum_on_the_parameters_track_is_enacted_after_discussion_decision_and_delay() {
	chain_with_lockers().execute_with(|| {
		assert_eq!(submit(Bob, parameter_setter(), set_split_call()), Ok(()));
		let info = Referenda::ensure_ongoing(0).expect("the referendum is ongoing");
		assert_eq!(info.track, PARAMETERS_TRACK);
		assert_eq!(
			signed(
				Bob,
				RuntimeCall::Referenda(pallet_referenda::Call::place_decision_deposit { index: 0 })
			),
			Ok(())
		);

		// Votes in the week of discussion do not count: they are refused.
		next_block();
		assert_eq!(
			vote(Ferdie, 0, true),
			Err(pallet_ve_voting::Error::<Runtime>::VotingNotOpen.into())
		);
		let prepare = governance_days(7);
		run_blocks(prepare);
		assert_eq!(vote(Eve, 0, false), Ok(()));
		assert_eq!(vote(Ferdie, 0, true), Ok(()));
		let tally = Referenda::ensure_ongoing(0).unwrap().tally;
		// Locks of 150,000 and 50,000 CPT to the same end weigh 3:1, up to the curve's rounding.
		assert!(tally.ayes.abs_diff(3 * tally.nays) <= tally.ayes / 1_000_000_000, "{tally:?}");

		// Deciding, confirming, approved; enacted only after the 48 (dev) hours.
		let mut confirmed_at = None;
		for _ in 0..governance_days(5) {
			next_block();
			if confirmed_at.is_none()
				&& referendum_events()
					.iter()
					.any(|e| matches!(e, pallet_referenda::Event::Confirmed { index: 0, .. }))
			{
				confirmed_at = Some(System::block_number());
			}
			if confirmed_at.is_some() {
				break;
			}
		}
		let confirmed_at = confirmed_at.expect("the referendum passes in its decision period");
		assert_eq!(
			pallet_revenue::CurrentSplit::<Runtime>::get(),
			Split::default(),
			"not before the enactment delay"
		);
		while System::block_number() < confirmed_at + governance_days(2) {
			assert_eq!(
				pallet_revenue::CurrentSplit::<Runtime>::get(),
				Split::default(),
				"not before the enactment delay"
			);
			next_block();
		}
		next_block();
		assert_eq!(pallet_revenue::CurrentSplit::<Runtime>::get(), new_split());
	});
}

#[test]
fn proposing_needs_100_000_vecpt_and_voting_needs_vecpt_once() {
	chain_with_lockers().execute_with(|| {
		// Eve has 50,000 CPT locked: below the threshold, and Dave has none.
		for proposer in [Eve, Dave] {
			assert_eq!(
				submit(proposer, parameter_setter(), set_split_call()),
				Err(DispatchError::BadOrigin)
			);
		}
		assert!(pallet_referenda::ReferendumInfoFor::<Runtime>::get(0).is_none());

		assert_eq!(submit(Bob, parameter_setter(), set_split_call()), Ok(()));
		run_blocks(governance_days(7) + 1);
		assert_eq!(
			vote(Dave, 0, true),
			Err(pallet_ve_voting::Error::<Runtime>::NoVotingPower.into())
		);
		assert_eq!(vote(Eve, 0, true), Ok(()));
		let held = Balances::reserved_balance(Eve.to_account_id());
		assert_eq!(
			vote(Eve, 0, true),
			Err(pallet_ve_voting::Error::<Runtime>::AlreadyVoted.into())
		);
		assert_eq!(Balances::reserved_balance(Eve.to_account_id()), held);
	});
}

/// A collective (the council or the emergency committee) and the runtime call of its pallet.
struct Collective<I: 'static>(fn(pallet_collective::Call<Runtime, I>) -> RuntimeCall)
where
	Runtime: pallet_collective::Config<I>;

const COUNCIL: Collective<pallet_collective::Instance1> = Collective(RuntimeCall::Council);
const EMERGENCY: Collective<pallet_collective::Instance2> =
	Collective(RuntimeCall::EmergencyCommittee);

impl<I: 'static> Collective<I>
where
	Runtime: pallet_collective::Config<I, Proposal = RuntimeCall>,
{
	/// `member` proposes `call`, to pass with `threshold` ayes.
	fn propose(
		&self,
		member: Sr25519Keyring,
		threshold: u32,
		call: RuntimeCall,
	) -> Result<(), DispatchError> {
		let length_bound = call.encoded_size() as u32;
		let propose =
			pallet_collective::Call::propose { threshold, proposal: Box::new(call), length_bound };
		signed(member, (self.0)(propose))
	}

	/// The hash and index of the latest motion.
	fn last_motion(&self) -> (H256, u32) {
		let hash = *pallet_collective::Proposals::<Runtime, I>::get().last().expect("a motion");
		(hash, pallet_collective::ProposalCount::<Runtime, I>::get() - 1)
	}

	fn vote_call(&self, approve: bool) -> RuntimeCall {
		let (proposal, index) = self.last_motion();
		(self.0)(pallet_collective::Call::vote { proposal, index, approve })
	}

	fn vote(&self, member: Sr25519Keyring, approve: bool) -> Result<(), DispatchError> {
		signed(member, self.vote_call(approve))
	}

	/// Closes the latest motion, whose proposal is `call`.
	fn close_call(&self, call: &RuntimeCall) -> RuntimeCall {
		let (proposal_hash, index) = self.last_motion();
		(self.0)(pallet_collective::Call::close {
			proposal_hash,
			index,
			proposal_weight_bound: call.get_dispatch_info().call_weight,
			length_bound: call.encoded_size() as u32,
		})
	}

	fn close(&self, member: Sr25519Keyring, call: &RuntimeCall) -> Result<(), DispatchError> {
		signed(member, self.close_call(call))
	}
}

fn council_events() -> Vec<pallet_collective::Event<Runtime, pallet_collective::Instance1>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Council(event) => Some(event),
			_ => None,
		})
		.collect()
}

#[test]
fn two_of_the_three_dev_seats_set_a_parameter_and_an_outsider_cannot_propose() {
	dev_chain().execute_with(|| {
		block_at(START);
		let call = set_split_call();
		assert_eq!(
			COUNCIL.propose(Dave, 2, call.clone()),
			Err(pallet_collective::Error::<Runtime, pallet_collective::Instance1>::NotMember.into())
		);
		assert_eq!(signed(Dave, call.clone()), Err(DispatchError::BadOrigin));
		assert_ok!(COUNCIL.propose(Alice, 2, call.clone()));
		assert_ok!(COUNCIL.vote(Alice, true));
		assert_ok!(COUNCIL.vote(Bob, true));
		assert_ok!(COUNCIL.close(Charlie, &call));
		assert_eq!(pallet_revenue::CurrentSplit::<Runtime>::get(), new_split());
	});
}

#[test]
fn five_ayes_of_nine_seats_stay_five_when_the_rest_do_not_vote() {
	dev_chain().execute_with(|| {
		block_at(START);
		let seats = [Alice, Bob, Charlie, Dave, Eve, Ferdie, One, Two];
		let mut members = seats.iter().map(|key| key.to_account_id()).collect::<Vec<_>>();
		members.push(AccountId::from([9; 32]));
		// Root: a referendum on the Root track changes the council.
		assert_ok!(
			pallet_membership::Pallet::<Runtime, pallet_membership::Instance2>::reset_members(
				frame_system::RawOrigin::Root.into(),
				members,
			)
		);
		let call = set_split_call();
		// A 7/9 motion with five ayes and four seats silent: at close, after the motion's
		// duration, the silent seats count as nay.
		assert_ok!(COUNCIL.propose(Alice, 7, call.clone()));
		assert_ok!(COUNCIL.vote(Alice, true));
		for member in [Bob, Charlie, Dave, Eve] {
			assert_ok!(COUNCIL.vote(member, true));
		}
		run_blocks(governance_days(5) + 1);
		assert_ok!(COUNCIL.close(Alice, &call));
		assert!(council_events()
			.iter()
			.any(|e| matches!(e, pallet_collective::Event::Closed { yes: 5, no: 4, .. })));
		assert!(council_events()
			.iter()
			.any(|e| matches!(e, pallet_collective::Event::Disapproved { .. })));
		assert_eq!(pallet_revenue::CurrentSplit::<Runtime>::get(), Split::default());
	});
}

#[test]
fn the_council_vetoes_a_referendum_and_its_deposits_are_burned() {
	chain_with_lockers().execute_with(|| {
		assert_eq!(submit(Bob, parameter_setter(), set_split_call()), Ok(()));
		let issuance = Balances::total_issuance();
		let kill = RuntimeCall::Referenda(pallet_referenda::Call::kill { index: 0 });
		// A single seat cannot veto: 1/3 of the dev council is less than 5/9.
		assert_ok!(COUNCIL.propose(Bob, 1, kill.clone()));
		assert!(council_events().iter().any(|e| matches!(
			e,
			pallet_collective::Event::Executed { result: Err(DispatchError::BadOrigin), .. }
		)));
		assert!(Referenda::ensure_ongoing(0).is_ok());

		assert_ok!(COUNCIL.propose(Bob, 2, kill.clone()));
		assert_ok!(COUNCIL.vote(Bob, true));
		assert_ok!(COUNCIL.vote(Charlie, true));
		assert_ok!(COUNCIL.close(Bob, &kill));
		assert!(referendum_events()
			.iter()
			.any(|e| matches!(e, pallet_referenda::Event::Killed { index: 0, .. })));
		assert!(Referenda::ensure_ongoing(0).is_err());
		assert_eq!(Balances::total_issuance(), issuance - 100 * CPT, "the submission deposit");
	});
}

fn place_order_call() -> RuntimeCall {
	RuntimeCall::Market(pallet_market::Call::place_order {
		offer: 0,
		quantity: 1,
		expected_duration: 3_600,
		after: None,
		voucher: None,
		workload: None,
	})
}

fn place_order_name() -> polkadot_sdk::pallet_tx_pause::RuntimeCallNameOf<Runtime> {
	(b"Market".to_vec().try_into().unwrap(), b"place_order".to_vec().try_into().unwrap())
}

fn call_filtered() -> DispatchError {
	frame_system::Error::<Runtime>::CallFiltered.into()
}

#[test]
fn the_third_aye_pauses_place_order_in_its_own_block_and_governance_still_runs() {
	dev_chain().execute_with(|| {
		block_at(START);
		// Five seats, as on a live chain: the council (two of three dev seats) seats them.
		let seats = [Charlie, Dave, Ferdie, One, Two].map(|key| key.to_account_id()).to_vec();
		let reset = RuntimeCall::EmergencyMembership(pallet_membership::Call::reset_members {
			members: seats,
		});
		assert_ok!(COUNCIL.propose(Alice, 2, reset.clone()));
		assert_ok!(COUNCIL.vote(Alice, true));
		assert_ok!(COUNCIL.vote(Bob, true));
		assert_ok!(COUNCIL.close(Bob, &reset));
		assert_eq!(
			pallet_collective::Members::<Runtime, pallet_collective::Instance2>::get().len(),
			5
		);

		// Before the pause an order fails on its own merits (there is no offer 0), not the filter.
		assert_ne!(signed(Eve, place_order_call()), Err(call_filtered()));
		let pause = RuntimeCall::TxPause(polkadot_sdk::pallet_tx_pause::Call::pause {
			full_name: place_order_name(),
		});
		assert_ok!(EMERGENCY.propose(Charlie, 3, pause.clone()));
		assert_ok!(EMERGENCY.vote(Charlie, true));
		assert_ok!(EMERGENCY.vote(Dave, true));
		// The third aye and the close in one transaction: the pause is in this block.
		let third_aye_and_close =
			RuntimeCall::Utility(polkadot_sdk::pallet_utility::Call::batch_all {
				calls: vec![EMERGENCY.vote_call(true), EMERGENCY.close_call(&pause)],
			});
		assert_ok!(signed(Ferdie, third_aye_and_close));
		assert_eq!(signed(Eve, place_order_call()), Err(call_filtered()));
		// Inside a batch too.
		let batch = RuntimeCall::Utility(polkadot_sdk::pallet_utility::Call::batch_all {
			calls: vec![place_order_call()],
		});
		assert_eq!(signed(Eve, batch), Err(call_filtered()));

		// Governance is not paused: the council still sets parameters.
		let call = set_split_call();
		assert_ok!(COUNCIL.propose(Alice, 2, call.clone()));
		assert_ok!(COUNCIL.vote(Alice, true));
		assert_ok!(COUNCIL.vote(Bob, true));
		assert_ok!(COUNCIL.close(Bob, &call));
		assert_eq!(pallet_revenue::CurrentSplit::<Runtime>::get(), new_split());

		let unpause = RuntimeCall::TxPause(polkadot_sdk::pallet_tx_pause::Call::unpause {
			ident: place_order_name(),
		});
		assert_ok!(EMERGENCY.propose(Charlie, 3, unpause.clone()));
		assert_ok!(EMERGENCY.vote(Charlie, true));
		assert_ok!(EMERGENCY.vote(Dave, true));
		assert_ok!(EMERGENCY.vote(Ferdie, true));
		assert_ok!(EMERGENCY.close(Ferdie, &unpause));
		assert_ne!(signed(Eve, place_order_call()), Err(call_filtered()));
	});
}

#[test]
fn only_market_pool_and_group_buy_calls_can_be_paused_by_name_and_only_by_the_committee() {
	dev_chain().execute_with(|| {
		block_at(START);
		let name = |pallet: &[u8], call: &[u8]| {
			(pallet.to_vec().try_into().unwrap(), call.to_vec().try_into().unwrap())
		};
		let pause = |full_name| {
			RuntimeCall::TxPause(polkadot_sdk::pallet_tx_pause::Call::pause { full_name })
		};
		// A single seat is not 3/5 of the committee.
		assert_eq!(signed(Dave, pause(place_order_name())), Err(DispatchError::BadOrigin));
		for (pallet, call) in [
			(&b"Balances"[..], &b"transfer_keep_alive"[..]),
			(b"Referenda", b"submit"),
			(b"Council", b"close"),
			(b"TxPause", b"unpause"),
		] {
			let paused = pause(name(pallet, call));
			assert_ok!(EMERGENCY.propose(Charlie, 2, paused.clone()));
			assert_ok!(EMERGENCY.vote(Charlie, true));
			assert_ok!(EMERGENCY.vote(Dave, true));
			assert_ok!(EMERGENCY.close(Dave, &paused));
			let unpausable: DispatchError =
				polkadot_sdk::pallet_tx_pause::Error::<Runtime>::Unpausable.into();
			assert!(System::events().iter().any(|record| matches!(
				&record.event,
				RuntimeEvent::EmergencyCommittee(pallet_collective::Event::Executed { result: Err(e), .. })
					if *e == unpausable
			)));
			System::reset_events();
		}
		assert!(polkadot_sdk::pallet_tx_pause::PausedCalls::<Runtime>::iter().next().is_none());
	});
}

#[test]
fn safe_mode_stops_everything_but_governance_until_the_committee_exits_it() {
	chain_with_lockers().execute_with(|| {
		let enter = RuntimeCall::SafeMode(polkadot_sdk::pallet_safe_mode::Call::force_enter {});
		assert_eq!(signed(Dave, enter.clone()), Err(DispatchError::BadOrigin));
		assert_ok!(EMERGENCY.propose(Charlie, 2, enter.clone()));
		assert_ok!(EMERGENCY.vote(Charlie, true));
		assert_ok!(EMERGENCY.vote(Dave, true));
		assert_ok!(EMERGENCY.close(Dave, &enter));
		assert!(polkadot_sdk::pallet_safe_mode::EnteredUntil::<Runtime>::get().is_some());

		let transfer =
			RuntimeCall::Balances(polkadot_sdk::pallet_balances::Call::transfer_keep_alive {
				dest: Bob.to_account_id().into(),
				value: CPT,
			});
		assert_eq!(signed(Alice, transfer.clone()), Err(call_filtered()));
		assert_eq!(signed(Eve, place_order_call()), Err(call_filtered()));
		// Referenda, votes and council motions go on; what a motion dispatches is still filtered
		// (only Root, a passed Root referendum, bypasses safe mode).
		assert_eq!(submit(Bob, parameter_setter(), set_split_call()), Ok(()));
		// The vote reaches the voting pallet, which refuses it for the discussion period.
		next_block();
		assert_eq!(
			vote(Ferdie, 0, true),
			Err(pallet_ve_voting::Error::<Runtime>::VotingNotOpen.into())
		);
		let call = set_split_call();
		assert_ok!(COUNCIL.propose(Alice, 2, call.clone()));
		assert_ok!(COUNCIL.vote(Alice, true));
		assert_ok!(COUNCIL.vote(Bob, true));
		assert_ok!(COUNCIL.close(Bob, &call));
		assert!(council_events().iter().any(|e| matches!(
			e,
			pallet_collective::Event::Executed { result: Err(e), .. } if *e == call_filtered()
		)));
		assert_eq!(pallet_revenue::CurrentSplit::<Runtime>::get(), Split::default());

		let exit = RuntimeCall::SafeMode(polkadot_sdk::pallet_safe_mode::Call::force_exit {});
		assert_ok!(EMERGENCY.propose(Charlie, 2, exit.clone()));
		assert_ok!(EMERGENCY.vote(Charlie, true));
		assert_ok!(EMERGENCY.vote(Ferdie, true));
		assert_ok!(EMERGENCY.close(Ferdie, &exit));
		assert_eq!(signed(Alice, transfer), Ok(()));
	});
}

fn code_hash(code: &[u8]) -> H256 {
	<Runtime as frame_system::Config>::Hashing::hash(code)
}

fn authorize_upgrade_call(code: &[u8]) -> RuntimeCall {
	RuntimeCall::UpgradeTimelock(upgrade_timelock::Call::authorize_upgrade {
		code_hash: code_hash(code),
	})
}

fn apply_upgrade(who: Sr25519Keyring, code: &[u8]) -> Result<(), DispatchError> {
	let apply = frame_system::Call::<Runtime>::apply_authorized_upgrade { code: code.to_vec() };
	signed(who, RuntimeCall::System(apply))
}

/// The result of the council's last executed motion.
fn last_council_result() -> Option<Result<(), DispatchError>> {
	council_events().into_iter().rev().find_map(|event| match event {
		pallet_collective::Event::Executed { result, .. } => Some(result),
		_ => None,
	})
}

/// Every seat of the dev council (3 of 3, so at least 7/9) votes for `call`, and it executes.
fn council_unanimously(call: RuntimeCall) {
	assert_ok!(COUNCIL.propose(Alice, 3, call.clone()));
	for member in [Alice, Bob, Charlie] {
		assert_ok!(COUNCIL.vote(member, true));
	}
	assert_ok!(COUNCIL.close(Charlie, &call));
}

fn timelock_events() -> Vec<upgrade_timelock::Event<Runtime>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::UpgradeTimelock(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// Reads no runtime version from any code, as a node does from bytes that are no runtime.
struct NoRuntime;

impl polkadot_sdk::sp_core::traits::ReadRuntimeVersion for NoRuntime {
	fn read_runtime_version(
		&self,
		_code: &[u8],
		_ext: &mut dyn polkadot_sdk::sp_externalities::Externalities,
	) -> Result<Vec<u8>, String> {
		Err("these bytes are no runtime".into())
	}
}

#[test]
fn a_runtime_upgrade_needs_seven_ninths_of_the_council_and_waits_out_the_timelock() {
	let mut chain = dev_chain();
	chain.register_extension(polkadot_sdk::sp_core::traits::ReadRuntimeVersionExt::new(NoRuntime));
	chain.execute_with(|| {
		block_at(START);
		let code = b"the next runtime".to_vec();
		let authorize = authorize_upgrade_call(&code);
		assert_eq!(signed(Dave, authorize.clone()), Err(DispatchError::BadOrigin));
		// Two of the three dev seats are 6/9: the motion passes, its origin is refused.
		assert_ok!(COUNCIL.propose(Alice, 2, authorize.clone()));
		assert_ok!(COUNCIL.vote(Alice, true));
		assert_ok!(COUNCIL.vote(Bob, true));
		assert_ok!(COUNCIL.close(Bob, &authorize));
		assert_eq!(last_council_result(), Some(Err(DispatchError::BadOrigin)));
		// Nor can a unanimous council skip the timelock: `System` authorizes only for Root.
		council_unanimously(RuntimeCall::System(frame_system::Call::authorize_upgrade {
			code_hash: code_hash(&code),
		}));
		assert_eq!(last_council_result(), Some(Err(DispatchError::BadOrigin)));
		assert_eq!(UpgradeTimelock::applicable_at(&code_hash(&code)), None);

		council_unanimously(authorize.clone());
		let applicable_at = System::block_number() + governance_days(2);
		assert_eq!(UpgradeTimelock::applicable_at(&code_hash(&code)), Some(applicable_at));
		assert_eq!(
			timelock_events(),
			vec![upgrade_timelock::Event::UpgradeScheduled {
				code_hash: code_hash(&code),
				applicable_at
			}]
		);
		// The same code cannot be queued twice.
		council_unanimously(authorize);
		assert_eq!(
			last_council_result(),
			Some(Err(upgrade_timelock::Error::<Runtime>::AlreadyScheduled.into()))
		);

		let nothing_authorized: DispatchError =
			frame_system::Error::<Runtime>::NothingAuthorized.into();
		while System::block_number() + 1 < applicable_at {
			next_block();
			assert_eq!(apply_upgrade(Dave, &code), Err(nothing_authorized));
		}
		next_block();
		let authorization = System::authorized_upgrade().expect("authorized");
		assert_eq!(authorization.code_hash(), &code_hash(&code));
		assert_eq!(UpgradeTimelock::applicable_at(&code_hash(&code)), None);
		assert_eq!(
			apply_upgrade(Dave, b"other code"),
			Err(frame_system::Error::<Runtime>::Unauthorized.into())
		);
		// Anyone may hand in the authorized code; its version is still checked (this test's
		// bytes are no runtime), so the council cannot authorize a downgrade either.
		assert_eq!(apply_upgrade(Dave, &code), Ok(()));
		assert!(System::events().iter().any(|record| matches!(
			record.event,
			RuntimeEvent::System(frame_system::Event::RejectedInvalidAuthorizedUpgrade { .. })
		)));
	});
}

#[test]
fn the_emergency_committee_cancels_a_pending_upgrade_and_a_council_seat_cannot() {
	dev_chain().execute_with(|| {
		block_at(START);
		let code = b"a runtime the committee distrusts".to_vec();
		council_unanimously(authorize_upgrade_call(&code));
		let applicable_at =
			UpgradeTimelock::applicable_at(&code_hash(&code)).expect("the upgrade is pending");
		let cancel = RuntimeCall::UpgradeTimelock(upgrade_timelock::Call::cancel_upgrade {
			code_hash: code_hash(&code),
		});
		assert_eq!(signed(Alice, cancel.clone()), Err(DispatchError::BadOrigin));
		// 2 of the dev committee's 3 seats are 3/5.
		assert_ok!(EMERGENCY.propose(Charlie, 2, cancel.clone()));
		assert_ok!(EMERGENCY.vote(Charlie, true));
		assert_ok!(EMERGENCY.vote(Dave, true));
		assert_ok!(EMERGENCY.close(Dave, &cancel));
		assert!(timelock_events()
			.contains(&upgrade_timelock::Event::UpgradeCancelled { code_hash: code_hash(&code) }));
		assert_eq!(UpgradeTimelock::applicable_at(&code_hash(&code)), None);

		while System::block_number() <= applicable_at {
			next_block();
		}
		assert!(System::authorized_upgrade().is_none());
		assert_eq!(
			apply_upgrade(Dave, &code),
			Err(frame_system::Error::<Runtime>::NothingAuthorized.into())
		);
		assert_eq!(
			UpgradeTimelock::cancel_upgrade(frame_system::RawOrigin::Root.into(), code_hash(&code)),
			Err(upgrade_timelock::Error::<Runtime>::NotScheduled.into())
		);
	});
}

/// Seats nine council members (a Root referendum's doing): the six dev accounts, One, Two and a
/// ninth account nobody signs for.
fn seat_nine_councillors() {
	let seats = [Alice, Bob, Charlie, Dave, Eve, Ferdie, One, Two];
	let mut members = seats.iter().map(|key| key.to_account_id()).collect::<Vec<_>>();
	members.push(AccountId::from([9; 32]));
	assert_ok!(pallet_membership::Pallet::<Runtime, pallet_membership::Instance2>::reset_members(
		frame_system::RawOrigin::Root.into(),
		members,
	));
}

fn usdc(who: &AccountId) -> u128 {
	Assets::balance(USDC_ASSET_ID, who)
}

/// `from` sends `amount` USDC to `to`.
fn send_usdc(from: Sr25519Keyring, to: &AccountId, amount: u128) {
	let transfer = polkadot_sdk::pallet_assets::Call::<Runtime, _>::transfer_keep_alive {
		id: USDC_ASSET_ID.into(),
		target: to.clone().into(),
		amount,
	};
	assert_eq!(signed(from, RuntimeCall::Assets(transfer)), Ok(()));
}

/// An operations-treasury spend of `amount` of `asset` to Dave.
fn spend_call(asset: u32, amount: u128) -> RuntimeCall {
	RuntimeCall::OperationsTreasury(pallet_treasury::Call::spend {
		asset_kind: Box::new(asset),
		amount,
		beneficiary: Box::new(Dave.to_account_id()),
		valid_from: None,
	})
}

fn payout(index: u32) -> Result<(), DispatchError> {
	signed(Eve, RuntimeCall::OperationsTreasury(pallet_treasury::Call::payout { index }))
}

/// `ayes` of the nine seats vote for `call` as a motion of that threshold; returns what it did.
fn nine_seat_motion(
	ayes: &[Sr25519Keyring],
	call: RuntimeCall,
) -> Option<Result<(), DispatchError>> {
	assert_ok!(COUNCIL.propose(ayes[0], ayes.len() as u32, call.clone()));
	for member in ayes {
		assert_ok!(COUNCIL.vote(*member, true));
	}
	assert_ok!(COUNCIL.close(ayes[0], &call));
	last_council_result()
}

#[test]
fn five_ninths_of_the_council_spend_usdc_four_do_not_and_anyone_pays_out_once() {
	dev_chain().execute_with(|| {
		block_at(START);
		seat_nine_councillors();
		let treasury = OperationsTreasuryAccount::get();
		assert_eq!(treasury, cyberplaza_runtime::configs::revenue::OperationsAccount::get());
		send_usdc(Alice, &treasury, 300_000 * USDC);
		let four = [Alice, Bob, Charlie, Dave];
		let five = [Alice, Bob, Charlie, Dave, Eve];

		assert_eq!(signed(Dave, spend_call(USDC_ASSET_ID, USDC)), Err(DispatchError::BadOrigin));
		// Four seats move nothing, not even one USDC: ten small spends would be one large one.
		assert_eq!(
			nine_seat_motion(&four, spend_call(USDC_ASSET_ID, USDC)),
			Some(Err(DispatchError::BadOrigin))
		);
		assert_eq!(
			nine_seat_motion(&five, spend_call(USDC_ASSET_ID, 100_000 * USDC)),
			Some(Ok(()))
		);
		assert_eq!(
			nine_seat_motion(&five, spend_call(USDC_ASSET_ID, 150_000 * USDC)),
			Some(Ok(()))
		);
		// The treasuries spend USDC only.
		assert_eq!(
			nine_seat_motion(&five, spend_call(RUSDC_ASSET_ID, USDC)),
			Some(Err(
				pallet_treasury::Error::<Runtime, OperationsInstance>::FailedToConvertBalance
					.into()
			))
		);

		let dave = Dave.to_account_id();
		let before = usdc(&dave);
		assert_eq!(payout(0), Ok(()));
		assert_eq!(payout(1), Ok(()));
		assert_eq!(usdc(&dave) - before, 250_000 * USDC);
		assert_eq!(usdc(&treasury), 50_000 * USDC);
		assert_eq!(
			payout(0),
			Err(pallet_treasury::Error::<Runtime, OperationsInstance>::AlreadyAttempted.into())
		);
		// A spend of everything left would close the treasury's USDC account: it is not paid,
		// and stays claimable.
		assert_eq!(nine_seat_motion(&five, spend_call(USDC_ASSET_ID, 50_000 * USDC)), Some(Ok(())));
		let dave_before = usdc(&dave);
		assert_eq!(
			payout(2),
			Err(pallet_treasury::Error::<Runtime, OperationsInstance>::PayoutError.into())
		);
		assert_eq!(usdc(&treasury), 50_000 * USDC);
		assert_eq!(usdc(&dave), dave_before);
		// The reserve is a treasury of its own, untouched by the operations treasury's spends.
		assert_eq!(usdc(&ReserveTreasuryAccount::get()), 0);
	});
}

#[test]
fn the_council_voids_an_approved_spend_before_it_is_paid() {
	dev_chain().execute_with(|| {
		block_at(START);
		let treasury = OperationsTreasuryAccount::get();
		send_usdc(Alice, &treasury, 1_000 * USDC);
		council_unanimously(spend_call(USDC_ASSET_ID, 500 * USDC));
		let void = RuntimeCall::OperationsTreasury(pallet_treasury::Call::void_spend { index: 0 });
		assert_eq!(signed(Dave, void.clone()), Err(DispatchError::BadOrigin));
		council_unanimously(void);
		assert_eq!(last_council_result(), Some(Ok(())));
		assert_eq!(
			payout(0),
			Err(pallet_treasury::Error::<Runtime, OperationsInstance>::InvalidIndex.into())
		);
		assert_eq!(usdc(&treasury), 1_000 * USDC);
	});
}

#[test]
fn a_treasury_track_referendum_spends_and_anyone_pays_it_out() {
	chain_with_lockers().execute_with(|| {
		let treasury = OperationsTreasuryAccount::get();
		send_usdc(Alice, &treasury, 600_000 * USDC);
		let treasurer = OriginCaller::Origins(origins::Origin::Treasurer);
		assert_eq!(submit(Bob, treasurer, spend_call(USDC_ASSET_ID, 500_000 * USDC)), Ok(()));
		let deposit = pallet_referenda::Call::place_decision_deposit { index: 0 };
		assert_eq!(signed(Bob, RuntimeCall::Referenda(deposit)), Ok(()));
		next_block();
		run_blocks(governance_days(7));
		assert_eq!(vote(Ferdie, 0, true), Ok(()));
		let spend_approved = || {
			System::events().iter().any(|record| {
				matches!(
					record.event,
					RuntimeEvent::OperationsTreasury(
						pallet_treasury::Event::AssetSpendApproved { .. }
					)
				)
			})
		};
		// Decision, confirmation and the enactment delay.
		let mut blocks = 0;
		while !spend_approved() {
			next_block();
			blocks += 1;
			assert!(blocks <= governance_days(5) + governance_days(2) + 1, "not enacted");
		}
		let before = usdc(&Dave.to_account_id());
		assert_eq!(payout(0), Ok(()));
		assert_eq!(usdc(&Dave.to_account_id()) - before, 500_000 * USDC);
	});
}

#[test]
fn council_motions_past_four_open_ones_hold_a_doubling_deposit_that_a_kill_burns() {
	use polkadot_sdk::frame_support::traits::fungible::InspectHold;
	dev_chain().execute_with(|| {
		block_at(START);
		let reason = cyberplaza_runtime::RuntimeHoldReason::Council(
			pallet_collective::HoldReason::ProposalSubmission,
		);
		let held = || Balances::balance_on_hold(&reason, &Alice.to_account_id());
		for n in 0..6u8 {
			let remark = frame_system::Call::remark { remark: vec![n] };
			assert_ok!(COUNCIL.propose(Alice, 2, RuntimeCall::System(remark)));
		}
		// The fifth motion holds 10 CPT, the sixth 20.
		assert_eq!(held(), 30 * CPT);

		let issuance = Balances::total_issuance();
		let (sixth, _) = COUNCIL.last_motion();
		let kill = RuntimeCall::Council(pallet_collective::Call::kill { proposal_hash: sixth });
		assert_eq!(signed(Bob, kill.clone()), Err(DispatchError::BadOrigin));
		assert_ok!(EMERGENCY.propose(Charlie, 2, kill.clone()));
		assert_ok!(EMERGENCY.vote(Charlie, true));
		assert_ok!(EMERGENCY.vote(Dave, true));
		assert_ok!(EMERGENCY.close(Dave, &kill));
		assert_eq!(held(), 10 * CPT);
		assert_eq!(Balances::total_issuance(), issuance - 20 * CPT);
	});
}
