//! veCPT as other pallets see it.

use crate::Moment;
use polkadot_sdk::sp_runtime::Permill;

/// veCPT weights, for revenue sharing, governance, discounts and SP visibility.
pub trait VoteWeight<AccountId, Balance> {
	/// Seconds in a week: rewards are paid per week, locks end on week boundaries.
	fn week() -> Moment;
	/// `who`'s weight at `time`, which must not be later than now.
	fn weight_at(who: &AccountId, time: Moment) -> Balance;
	/// Everyone's weight at `time`, which must not be later than now: the sum of `weight_at`
	/// over all accounts.
	fn total_at(time: Moment) -> Balance;
	/// The total weight at the start of week `week` (`week × week()` seconds); `None` until
	/// the total has been brought up to that time.
	fn total_at_week(week: u64) -> Option<Balance>;
	/// CPT locked by everyone.
	fn total_locked() -> Balance;
	/// The first week whose start can carry weight of `who`'s: the week after its first lock,
	/// or `None` if it never locked.
	fn first_week(who: &AccountId) -> Option<u64>;
	/// The buyer discount `who`'s weight now earns (SPEC section 5).
	fn discount(who: &AccountId) -> Permill;
	/// How much an SP's listings are boosted in search by its weight now.
	fn visibility_boost(who: &AccountId) -> Permill;
}
