use crate::{mock::*, Error, Event, HoldReason, ProviderRegistry, *};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::fungible::{InspectHold, Mutate},
	},
	sp_runtime::{DispatchError, TokenError},
};

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ProviderBond.into(), &who)
}

#[test]
fn register_holds_the_bond_and_lists_an_ordinary_sp() {
	test(|| {
		let free = Balances::free_balance(1);
		register(1, Region::Europe);
		assert_eq!(held(1), BOND);
		assert_eq!(Balances::free_balance(1), free - BOND);
		let p = stored(1);
		assert_eq!((p.payout, p.attestation_key, p.region), (101, key(1), Region::Europe));
		assert_eq!(p.registered_at, START);
		assert_eq!(p.certification, Certification::None);
		assert_eq!(Registry::tier(&1), Some(Tier::Ordinary));
		assert_eq!(Registry::provider_by_key(&key(1)), Some(1));
		assert_eq!(Registry::payout_account(&1), Some(101));
		assert_eq!(Registry::concurrent_order_limit(&1), None);
		assert!(Registry::is_active(&1));
		assert_eq!(ProviderCount::<Test>::get(), 1);
		assert_eq!(
			events(),
			vec![Event::Registered {
				provider: 1,
				payout: 101,
				region: Region::Europe,
				bond: BOND
			}]
		);
	});
}

#[test]
fn register_refuses_duplicates_expired_certificates_and_unfunded_accounts() {
	test(|| {
		register(1, Region::Europe);
		assert_noop!(
			Registry::register(
				RuntimeOrigin::signed(1),
				1,
				key(9),
				proof(9, 1),
				Region::Europe,
				metadata()
			),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			Registry::register(
				RuntimeOrigin::signed(2),
				2,
				key(1),
				proof(1, 2),
				Region::Europe,
				metadata()
			),
			Error::<Test>::AttestationKeyInUse
		);
		let mut expired = metadata();
		expired.certificates[0].expires_at = START;
		assert_noop!(
			Registry::register(
				RuntimeOrigin::signed(2),
				2,
				key(2),
				proof(2, 2),
				Region::Europe,
				expired
			),
			Error::<Test>::CertificateExpired
		);
		// Account 50 has no CPT.
		assert_noop!(
			Registry::register(
				RuntimeOrigin::signed(50),
				50,
				key(50),
				proof(50, 50),
				Region::Europe,
				metadata()
			),
			TokenError::FundsUnavailable
		);
		assert_noop!(
			Registry::register(
				RuntimeOrigin::none(),
				2,
				key(2),
				proof(2, 2),
				Region::Europe,
				metadata()
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn update_profile_replaces_payout_region_and_documents() {
	test(|| {
		register(1, Region::Europe);
		let mut m = metadata();
		m.infrastructure = H256::repeat_byte(9);
		assert_ok!(Registry::update_profile(
			RuntimeOrigin::signed(1),
			7,
			Region::EastAsia,
			m.clone()
		));
		let p = stored(1);
		assert_eq!((p.payout, p.region, p.metadata), (7, Region::EastAsia, m));
		assert_eq!(Registry::ranking(None, Some(Region::Europe), 0, 10), vec![]);
		assert_eq!(Registry::ranking(None, Some(Region::EastAsia), 0, 10)[0].provider, 1);
		let mut expired = metadata();
		expired.certificates[0].expires_at = START - 1;
		assert_noop!(
			Registry::update_profile(RuntimeOrigin::signed(1), 7, Region::Europe, expired),
			Error::<Test>::CertificateExpired
		);
		assert_noop!(
			Registry::update_profile(RuntimeOrigin::signed(2), 7, Region::Europe, metadata()),
			Error::<Test>::NotProvider
		);
	});
}

#[test]
fn rotate_attestation_key_moves_the_index() {
	test(|| {
		register(1, Region::Europe);
		register(2, Region::Europe);
		assert_ok!(Registry::rotate_attestation_key(
			RuntimeOrigin::signed(1),
			key(11),
			proof(11, 1)
		));
		assert_eq!(Registry::attestation_key(&1), Some(key(11)));
		assert_eq!(Registry::provider_by_key(&key(11)), Some(1));
		assert_eq!(Registry::provider_by_key(&key(1)), None);
		assert_noop!(
			Registry::rotate_attestation_key(RuntimeOrigin::signed(1), key(2), proof(2, 1)),
			Error::<Test>::AttestationKeyInUse
		);
		assert_noop!(
			Registry::rotate_attestation_key(RuntimeOrigin::signed(1), key(11), proof(11, 1)),
			Error::<Test>::AttestationKeyInUse
		);
		assert_noop!(
			Registry::rotate_attestation_key(RuntimeOrigin::signed(3), key(3), proof(3, 3)),
			Error::<Test>::NotProvider
		);
	});
}

#[test]
fn deregister_waits_for_open_orders_then_releases_everything() {
	test(|| {
		put_on_probation(1);
		OpenOrderCount::mutate(|m| {
			m.insert(1, 2);
		});
		assert_noop!(Registry::deregister(RuntimeOrigin::signed(1)), Error::<Test>::HasOpenOrders);
		OpenOrderCount::mutate(|m| {
			m.remove(&1);
		});
		let free = Balances::free_balance(1);
		assert_ok!(Registry::deregister(RuntimeOrigin::signed(1)));
		assert_eq!(held(1), 0);
		assert_eq!(Balances::free_balance(1), free + BOND);
		assert_eq!(Registry::tier(&1), None);
		assert_eq!(Registry::provider_by_key(&key(1)), None);
		assert_eq!(Registry::concurrent_order_limit(&1), Some(0));
		assert_eq!(PendingPromotions::<Test>::get(), 0);
		assert_eq!(Registry::ranking(None, None, 0, 10), vec![]);
		assert_eq!(ProviderCount::<Test>::get(), 0);
		assert!(events().contains(&Event::Deregistered { provider: 1, bond: BOND }));
		assert_noop!(Registry::deregister(RuntimeOrigin::signed(1)), Error::<Test>::NotProvider);
		// The key is free again.
		register(1, Region::Europe);
	});
}

#[test]
fn ranking_is_best_first_and_filters_by_tier_and_region() {
	test(|| {
		register(1, Region::Europe);
		register(2, Region::EastAsia);
		register(3, Region::Europe);
		put_on_probation(4);
		// Different scores: 1 gets a 5-star rating, 3 a 1-star rating.
		assert_ok!(Registry::rate(&1, 1, 5, H256::zero(), 1));
		assert_ok!(Registry::rate(&3, 2, 1, H256::zero(), 1));
		let all = Registry::ranking(None, None, 0, 10);
		let order: Vec<_> = all.iter().map(|r| r.provider).collect();
		let scores: Vec<_> = all.iter().map(|r| r.score).collect();
		assert_eq!(order.len(), 4);
		assert_eq!(order[0], 1);
		assert_eq!(order[3], 3);
		assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
		assert_eq!(all[0].score, stored(1).score);
		let europe: Vec<_> = Registry::ranking(None, Some(Region::Europe), 0, 10)
			.iter()
			.map(|r| r.provider)
			.collect();
		assert_eq!(europe.first(), Some(&1));
		assert_eq!(europe.last(), Some(&3));
		assert_eq!(europe.len(), 3);
		let probation = Registry::ranking(Some(Tier::Probation), None, 0, 10);
		assert_eq!(probation.len(), 1);
		assert_eq!((probation[0].provider, probation[0].tier), (4, Tier::Probation));
		// Paging.
		assert_eq!(Registry::ranking(None, None, 1, 2), all[1..3].to_vec());
		assert_eq!(Registry::ranking(None, None, 4, 2), vec![]);
		// A page is at most MaxRankingPage long.
		for who in 5..=60 {
			Balances::set_balance(&who, 2 * BOND);
			register(who, Region::Oceania);
		}
		assert_eq!(Registry::ranking(None, None, 0, u32::MAX).len(), 50);
		assert_eq!(Registry::ranking(None, None, 0, 3).len(), 3);
	});
}

#[test]
fn rank_keys_order_scores_descending() {
	assert!(rank_key(7_000) < rank_key(6_999));
	assert!(rank_key(u32::MAX) < rank_key(0));
	for s in [0, 1, 6_000, 10_000, u32::MAX] {
		assert_eq!(score_of_rank_key(rank_key(s)), s);
	}
}

/// Attack: an SP names another SP's attestation key (or one it saw on another chain) as its
/// own, to squat it or to have the market take that key's attestations as its own. Naming a
/// key needs the key's signature over this chain's genesis and the caller's account.
#[test]
fn a_key_is_named_only_by_its_holder() {
	test(|| {
		let squat = |who: AccountId, n: u64, proof| {
			Registry::register(
				RuntimeOrigin::signed(who),
				who,
				key(n),
				proof,
				Region::Europe,
				metadata(),
			)
		};
		// Key 7's proof for account 1 does not make it account 2's, nor does key 8's.
		assert_noop!(squat(2, 7, proof(7, 1)), Error::<Test>::BadKeyProof);
		assert_noop!(squat(2, 7, proof(8, 2)), Error::<Test>::BadKeyProof);
		// A proof for another chain (another genesis) does not count here.
		use polkadot_sdk::sp_core::Pair;
		let elsewhere = pair(7).sign(&key_ownership_payload(&H256::repeat_byte(1), &2u64));
		assert_noop!(squat(2, 7, elsewhere), Error::<Test>::BadKeyProof);
		assert_ok!(squat(2, 7, proof(7, 2)));
		register(1, Region::Europe);
		assert_noop!(
			Registry::rotate_attestation_key(RuntimeOrigin::signed(1), key(9), proof(9, 2)),
			Error::<Test>::BadKeyProof
		);
		assert_ok!(Registry::rotate_attestation_key(RuntimeOrigin::signed(1), key(9), proof(9, 1)));
	});
}
