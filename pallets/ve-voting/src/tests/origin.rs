//! Submitting a referendum needs `ProposalThreshold` veCPT now.

use crate::{mock::*, EnsureProposer};
use polkadot_sdk::frame_support::traits::EnsureOriginWithArg;

fn proposer(origin: RuntimeOrigin) -> Result<AccountId, RuntimeOrigin> {
	<EnsureProposer<Test> as EnsureOriginWithArg<RuntimeOrigin, ()>>::try_origin(origin, &())
}

#[test]
fn submitting_needs_the_threshold_in_vecpt_now() {
	test(|| {
		// A year's lock weighs its amount: 200,000 veCPT, then 50,000.
		lock(1, 200_000 * CPT, 52);
		lock(2, 50_000 * CPT, 52);
		assert_eq!(proposer(RuntimeOrigin::signed(1)).ok(), Some(1));
		assert!(proposer(RuntimeOrigin::signed(2)).is_err());
		// Without veCPT, or as another origin: refused.
		assert!(proposer(RuntimeOrigin::signed(9)).is_err());
		assert!(proposer(RuntimeOrigin::root()).is_err());
		assert!(proposer(RuntimeOrigin::none()).is_err());
		// Weight decays: half a year later, 1's lock weighs 100,000 veCPT at most.
		advance_to(START + 30 * WEEK);
		assert!(VoteEscrow::weight(&1) < 100_000 * CPT);
		assert!(proposer(RuntimeOrigin::signed(1)).is_err());
	});
}
