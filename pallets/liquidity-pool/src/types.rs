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

/// Withdrawals paid and deposits taken in throttle period `period` (periods since the Unix
/// epoch; a period is a day except on the dev chain): net outflow, `withdrawn − deposited`,
/// stays within the period's `limit`.
#[derive(Encode, Decode, Clone, Copy, Default, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct DailyThrottle {
	pub period: u64,
	pub limit: Balance,
	pub withdrawn: Balance,
	pub deposited: Balance,
}

impl DailyThrottle {
	/// What may still be paid this period.
	pub fn remaining(&self) -> Balance {
		self.limit.saturating_add(self.deposited).saturating_sub(self.withdrawn)
	}
}
