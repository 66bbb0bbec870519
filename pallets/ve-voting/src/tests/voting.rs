//! Casting, changing and removing votes, and what a vote weighs.

use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::fungible::{Inspect, InspectHold},
	},
	sp_arithmetic::Perbill,
};

/// The time votes on a referendum submitted at `submitted` are first taken.
fn opening(submitted: Moment) -> Moment {
	submitted + DISCUSSION
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::VoteRecord.into(), &who)
}

fn record(who: AccountId, poll: u32) -> Option<VoteRecord> {
	Votes::<Test>::get(who, poll)
}

#[test]
fn a_vote_weighs_the_voters_vecpt_at_the_snapshot() {
	test(|| {
		lock(1, 1_000 * CPT, 52);
		lock(2, 3_000 * CPT, 52);
		advance_to(START + 6);
		let p = submit();
		let snapshot = START + 5;
		assert_eq!(tally(p).snapshot, snapshot);
		assert_eq!(tally(p).total, VoteEscrow::total_at(snapshot));
		// The discussion: no votes yet, up to its last second.
		assert_noop!(vote(1, p, true), Error::<Test>::VotingNotOpen);
		advance_to(opening(START + 6) - 1);
		assert_noop!(vote(1, p, true), Error::<Test>::VotingNotOpen);
		advance_to(opening(START + 6));
		assert_ok!(vote(1, p, true));
		assert_ok!(vote(2, p, false));
		let (w1, w2) = (VoteEscrow::weight_at(&1, snapshot), VoteEscrow::weight_at(&2, snapshot));
		// The weight at the snapshot, not the lower weight now.
		assert!(w1 > VoteEscrow::weight(&1));
		assert_eq!(record(1, p), Some(VoteRecord { aye: true, weight: w1, deposit: CPT }));
		assert_eq!((tally(p).ayes, tally(p).nays), (w1, w2));
		assert_eq!(tally(p).total, w1 + w2);
		// 1:3, to the part per billion (the two locks' slopes round separately).
		let quarter = Perbill::from_percent(25).deconstruct();
		assert!(tally(p).approval().deconstruct().abs_diff(quarter) <= 1);
		assert!(tally(p).support().deconstruct().abs_diff(quarter) <= 1);
		System::assert_has_event(Event::Voted { who: 1, poll: p, aye: true, weight: w1 }.into());
		assert_eq!(held(1), CPT);
		assert_eq!(VoteCount::<Test>::get(1), 1);
	});
}

/// Attack: seeing a referendum submitted, lock CPT to vote on it. A lock made after the
/// snapshot adds nothing, even one in the submission's own block.
#[test]
fn a_lock_made_after_the_submission_even_in_its_block_adds_nothing() {
	test(|| {
		lock(1, 1_000 * CPT, 52);
		advance_to(START + 6);
		let p = submit();
		lock(3, 500_000 * CPT, 208);
		advance_to(START + 12);
		lock(4, 500_000 * CPT, 208);
		advance_to(opening(START + 6));
		assert_noop!(vote(3, p, true), Error::<Test>::NoVotingPower);
		assert_noop!(vote(4, p, true), Error::<Test>::NoVotingPower);
		assert_eq!(tally(p).total, VoteEscrow::weight_at(&1, START + 5));
		// A referendum submitted later counts them.
		let q = submit();
		advance_to(opening(now()));
		assert_ok!(vote(3, q, true));
		assert_eq!(tally(q).total, VoteEscrow::total_at(tally(q).snapshot));
		assert!(tally(q).total > tally(p).total);
	});
}

/// Attack: grow a lock after the submission, in amount and in length, to vote with more.
#[test]
fn a_lock_grown_after_the_snapshot_votes_with_its_size_at_the_snapshot() {
	test(|| {
		lock(1, 1_000 * CPT, 13);
		advance_to(START + 6);
		let p = submit();
		let before = VoteEscrow::weight_at(&1, START + 5);
		assert_ok!(VoteEscrow::increase_amount(RuntimeOrigin::signed(1), 100_000 * CPT));
		assert_ok!(VoteEscrow::extend_lock(RuntimeOrigin::signed(1), now() + 208 * WEEK));
		assert!(VoteEscrow::weight(&1) > 100 * before);
		advance_to(opening(START + 6));
		assert_ok!(vote(1, p, true));
		assert_eq!(record(1, p).map(|r| r.weight), Some(before));
		assert_eq!(tally(p).ayes, before);
		assert_eq!(tally(p).support(), Perbill::one());
	});
}

#[test]
fn a_lock_that_expires_during_the_referendum_keeps_its_snapshot_weight() {
	test(|| {
		lock(1, 1_000 * CPT, 1);
		advance_to(START + 6);
		let p = submit();
		let at_snapshot = VoteEscrow::weight_at(&1, START + 5);
		assert!(at_snapshot > 0);
		// The lock ends a week after START, before voting opens.
		advance_to(opening(START + 6));
		assert_eq!(VoteEscrow::weight(&1), 0);
		assert_ok!(vote(1, p, true));
		assert_eq!(tally(p).ayes, at_snapshot);
	});
}

/// Attack: vote with a lock, let it end, withdraw and lock the same CPT from another account to
/// vote again. The second lock is later than the snapshot: the CPT counts once.
#[test]
fn cpt_unlocked_and_locked_again_elsewhere_counts_once() {
	test(|| {
		lock(1, 100_000 * CPT, 1);
		advance_to(START + 6);
		let p = submit();
		let w1 = VoteEscrow::weight_at(&1, START + 5);
		advance_to(START + WEEK + 6);
		assert_ok!(VoteEscrow::withdraw(RuntimeOrigin::signed(1)));
		assert_ok!(Balances::transfer_keep_alive(RuntimeOrigin::signed(1), 9, 100_000 * CPT));
		lock(9, 200_000 * CPT, 208);
		advance_to(opening(START + 6) + 6);
		assert_ok!(vote(1, p, true));
		assert_noop!(vote(9, p, true), Error::<Test>::NoVotingPower);
		assert_eq!((tally(p).ayes, tally(p).total), (w1, w1));
	});
}

/// Attack: vote twice to count twice. One record per account and referendum: the same vote
/// again is refused, the other answer moves the weight, a removal takes it out.
#[test]
fn one_vote_per_account_and_referendum_changeable_and_removable_while_ongoing() {
	test(|| {
		lock(1, 1_000 * CPT, 52);
		advance_to(START + 6);
		let p = submit();
		let w = VoteEscrow::weight_at(&1, START + 5);
		advance_to(opening(START + 6));
		assert_ok!(vote(1, p, true));
		assert_noop!(vote(1, p, true), Error::<Test>::AlreadyVoted);
		assert_ok!(vote(1, p, false));
		assert_eq!((tally(p).ayes, tally(p).nays), (0, w));
		assert_noop!(vote(1, p, false), Error::<Test>::AlreadyVoted);
		// A change keeps the one record and its one deposit.
		assert_eq!((VoteCount::<Test>::get(1), held(1)), (1, CPT));
		let free = Balances::balance(&1);
		assert_ok!(VeVoting::remove_vote(RuntimeOrigin::signed(1), p));
		assert_eq!((tally(p).ayes, tally(p).nays), (0, 0));
		assert_eq!((record(1, p), VoteCount::<Test>::get(1), held(1)), (None, 0, 0));
		assert_eq!(Balances::balance(&1), free + CPT);
		System::assert_has_event(Event::VoteRemoved { who: 1, poll: p, counted: true }.into());
		assert_noop!(VeVoting::remove_vote(RuntimeOrigin::signed(1), p), Error::<Test>::NoVote);
		// Voting again after a removal counts once.
		assert_ok!(vote(1, p, true));
		assert_eq!(tally(p).ayes, w);
	});
}

#[test]
fn votes_on_referenda_that_are_not_ongoing_are_refused() {
	test(|| {
		lock(1, 1_000 * CPT, 52);
		advance_to(START + 6);
		let p = submit();
		advance_to(opening(START + 6));
		assert_noop!(vote(1, p + 1, true), Error::<Test>::NotOngoing);
		end(p, true);
		assert_noop!(vote(1, p, true), Error::<Test>::NotOngoing);
		assert_eq!(held(1), 0);
	});
}

#[test]
fn an_account_without_vecpt_at_the_snapshot_cannot_vote() {
	test(|| {
		lock(1, 1_000 * CPT, 52);
		advance_to(START + 6);
		let p = submit();
		advance_to(opening(START + 6));
		assert_noop!(vote(9, p, true), Error::<Test>::NoVotingPower);
		assert_eq!((held(9), VoteCount::<Test>::get(9)), (0, 0));
	});
}

/// Attack: fill storage with vote records. Each holds a deposit and an account keeps at most
/// `MaxVotes`; records on ended referenda can be removed to vote again.
#[test]
fn an_account_keeps_at_most_max_votes_records_and_frees_them_after_the_referenda_end() {
	test(|| {
		lock(1, 1_000 * CPT, 52);
		advance_to(START + 6);
		let polls: Vec<u32> = (0..=MAX_VOTES).map(|_| submit()).collect();
		advance_to(opening(START + 6));
		for &p in &polls[..MAX_VOTES as usize] {
			assert_ok!(vote(1, p, true));
		}
		assert_eq!(held(1), Balance::from(MAX_VOTES) * CPT);
		let last = polls[MAX_VOTES as usize];
		assert_noop!(vote(1, last, true), Error::<Test>::TooManyVotes);
		end(polls[0], true);
		assert_ok!(VeVoting::remove_vote(RuntimeOrigin::signed(1), polls[0]));
		System::assert_has_event(
			Event::VoteRemoved { who: 1, poll: polls[0], counted: false }.into(),
		);
		assert_ok!(vote(1, last, true));
	});
}

#[test]
fn anyone_cleans_up_votes_on_ended_referenda_and_the_deposit_goes_to_the_voter() {
	test(|| {
		lock(1, 1_000 * CPT, 52);
		advance_to(START + 6);
		let p = submit();
		advance_to(opening(START + 6));
		assert_ok!(vote(1, p, true));
		// While it is ongoing, only the voter takes its vote out.
		assert_noop!(
			VeVoting::remove_other_vote(RuntimeOrigin::signed(9), 1, p),
			Error::<Test>::PollOngoing
		);
		end(p, false);
		let (free1, free9) = (Balances::balance(&1), Balances::balance(&9));
		assert_ok!(VeVoting::remove_other_vote(RuntimeOrigin::signed(9), 1, p));
		assert_eq!((Balances::balance(&1), Balances::balance(&9)), (free1 + CPT, free9));
		assert_eq!((record(1, p), VoteCount::<Test>::get(1), held(1)), (None, 0, 0));
		assert_noop!(
			VeVoting::remove_other_vote(RuntimeOrigin::signed(9), 1, p),
			Error::<Test>::NoVote
		);
	});
}
