//! The pool's records.

use crate::Balance;
use codec::{Decode, Encode, MaxEncodedLen};
use cyberplaza_primitives::Moment;
use polkadot_sdk::sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, Rounding};
use scale_info::TypeInfo;

/// USDC out on an advance to a group buy. `margin` is the LPs' part of what it is to earn (the
/// insurance fund's cut left out): it accrues into the pool's value linearly from `start` to
/// `due`, so that an LP who joins just before the advance is repaid earns none of it.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Advance {
	pub id: u32,
	pub principal: Balance,
	pub margin: Balance,
	pub start: Moment,
	pub due: Moment,
}

impl Advance {
	/// The margin accrued by `now`, rounded down (the pool is worth no more than it has
	/// earned): none at the start, all of it from `due` on.
	pub fn accrued(&self, now: Moment) -> Balance {
		if now >= self.due {
			return self.margin;
		}
		let life = self.due.saturating_sub(self.start).max(1);
		let elapsed = now.saturating_sub(self.start);
		multiply_by_rational_with_rounding(self.margin, elapsed.into(), life.into(), Rounding::Down)
			.unwrap_or(0)
	}
}

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

/// rUSDC minted to an account that may not leave it before `until` (seconds): the shares of
/// its deposits within the holding period, each deposit adding its shares and restarting the
/// wait for all of them.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Fresh {
	pub shares: Balance,
	pub until: Moment,
}

impl Fresh {
	/// The shares still held back at `now`: none once `until` has come.
	pub fn held_at(&self, now: Moment) -> Balance {
		if now < self.until {
			self.shares
		} else {
			0
		}
	}
}
