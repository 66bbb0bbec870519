//! The pool's records.

use crate::Balance;
use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A withdrawal waiting for cash: `shares` rUSDC, held by the pool's account.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct QueuedWithdrawal<AccountId> {
	pub who: AccountId,
	pub shares: Balance,
}

/// Withdrawals paid on `day` (days since the Unix epoch) against that day's `limit`.
#[derive(Encode, Decode, Clone, Copy, Default, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct DailyThrottle {
	pub day: u64,
	pub limit: Balance,
	pub used: Balance,
}

impl DailyThrottle {
	/// What may still be paid today.
	pub fn remaining(&self) -> Balance {
		self.limit.saturating_sub(self.used)
	}
}
