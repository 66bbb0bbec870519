use crate::{mock::*, score, Error, Event, ReputationRecorder, *};
use polkadot_sdk::frame_support::{assert_noop, assert_ok};

#[test]
fn order_events_update_counters_score_and_ranking() {
	test(|| {
		register(1, Region::Europe);
		register(2, Region::Europe);
		for event in [
			OrderEvent::Started { on_time: true },
			OrderEvent::Started { on_time: false },
			OrderEvent::Completed,
			OrderEvent::SlaBreached,
			OrderEvent::DisputeLost,
		] {
			assert_ok!(Registry::note(&1, event));
		}
		let r = stored(1).reputation;
		assert_eq!(
			(r.starts, r.on_time_starts, r.completions, r.sla_breaches, r.disputes_lost),
			(2, 1, 1, 1, 1)
		);
		let s = score::score(&r);
		assert_eq!(stored(1).score, s);
		assert!(s < score::score(&Default::default()));
		assert_eq!(
			events().last(),
			Some(&Event::OrderNoted { provider: 1, event: OrderEvent::DisputeLost, score: s })
		);
		// 2 keeps the neutral score and now ranks above 1.
		let order: Vec<_> =
			Registry::ranking(None, None, 0, 5).iter().map(|r| r.provider).collect();
		assert_eq!(order, vec![2, 1]);
		assert_noop!(Registry::note(&3, OrderEvent::Completed), Error::<Test>::NotProvider);
	});
}

#[test]
fn ratings_are_one_to_five_and_move_the_score() {
	test(|| {
		register(1, Region::Europe);
		let review = H256::repeat_byte(4);
		assert_ok!(Registry::rate(&1, 10, 4, review, 1));
		let r = stored(1).reputation;
		assert_eq!((r.ratings, r.rating_weight, r.rating_sum), (1, 1, 4));
		assert_eq!(
			events().last(),
			Some(&Event::Rated {
				provider: 1,
				order: 10,
				rating: 4,
				review,
				score: stored(1).score
			})
		);
		for bad in [0, 6, u8::MAX] {
			assert_noop!(Registry::rate(&1, 11, bad, review, 1), Error::<Test>::InvalidRating);
		}
		assert_noop!(Registry::rate(&2, 11, 5, review, 1), Error::<Test>::NotProvider);
		// Ratings move the score the right way.
		let before = stored(1).score;
		assert_ok!(Registry::rate(&1, 12, 5, review, 1));
		assert!(stored(1).score > before);
		assert_ok!(Registry::rate(&1, 13, 1, review, 1));
		assert!(
			stored(1).score
				< score::score(&Reputation {
					ratings: 2,
					rating_weight: 2,
					rating_sum: 9,
					..Default::default()
				})
		);
		// A rating counts as much as its weight.
		assert_ok!(Registry::rate(&1, 14, 5, review, 30));
		let r = stored(1).reputation;
		assert_eq!((r.ratings, r.rating_weight, r.rating_sum), (4, 33, 160));
	});
}
