//! CPT's genesis allocation and vesting (SPEC section 2, whitepaper table 5.4).
//!
//! Total issuance is created once, in genesis, and nothing mints CPT afterwards. The three
//! reward buckets are held by accounts derived from their pallet ids, so only the pallets that
//! will pay them out (later issues) can move them.

use crate::{
	constants::{
		currency::{CPT, EXISTENTIAL_DEPOSIT},
		time::MONTHS,
	},
	AccountId, Balance, BlockNumber,
};
use polkadot_sdk::{frame_support::PalletId, sp_runtime::traits::AccountIdConversion};

/// Total issuance at genesis: 100,000,000 CPT.
pub const TOTAL_ISSUANCE: Balance = 100_000_000 * CPT;

/// User rewards: cashback, discount rebates, referral and review rewards (5 years, by GMV).
pub const USER_REWARDS: Balance = 25_000_000 * CPT;
/// SP incentives: 1M per quarter for 20 quarters, by settled volume.
pub const SP_INCENTIVES: Balance = 20_000_000 * CPT;
/// LP rewards: the USDC pool and CPT/USDC liquidity.
pub const LP_REWARDS: Balance = 10_000_000 * CPT;
/// Foundation: 10% at launch, 90% linear over 24 months.
pub const FOUNDATION: Balance = 17_500_000 * CPT;
/// Private sale: a 6-month cliff, then linear over 18 months.
pub const PRIVATE_SALE: Balance = 12_500_000 * CPT;
/// Team: a 12-month cliff, then linear over 36 months.
pub const TEAM: Balance = 15_000_000 * CPT;

/// The pallet id whose account holds the user-rewards bucket.
pub const USER_REWARDS_PALLET_ID: PalletId = PalletId(*b"cp/usrrw");
/// The pallet id whose account holds the SP-incentives bucket.
pub const SP_INCENTIVES_PALLET_ID: PalletId = PalletId(*b"cp/sprwd");
/// The pallet id whose account holds the LP-rewards bucket.
pub const LP_REWARDS_PALLET_ID: PalletId = PalletId(*b"cp/lprwd");
/// The pallet id of the USDC bridge, which owns (and alone mints) USDC.
pub const BRIDGE_PALLET_ID: PalletId = PalletId(*b"cp/bridg");
/// The pallet id of the USDC liquidity pool, which owns rUSDC.
pub const LIQUIDITY_POOL_PALLET_ID: PalletId = PalletId(*b"cp/lqpol");
/// The pallet id of group buys, whose account holds buyers' commitments.
pub const GROUP_BUY_PALLET_ID: PalletId = PalletId(*b"cp/grpby");
/// The pallet id whose account collects platform revenue in USDC (certification fees, market
/// fees) until the revenue split distributes it.
pub const REVENUE_PALLET_ID: PalletId = PalletId(*b"cp/revnu");
/// The pallet id whose account receives the operations share of revenue.
pub const OPERATIONS_PALLET_ID: PalletId = PalletId(*b"cp/opera");
/// The pallet id whose account receives the team's share of revenue.
pub const TEAM_REVENUE_PALLET_ID: PalletId = PalletId(*b"cp/teamr");
/// The pallet id whose account receives the foundation's share of revenue.
pub const FOUNDATION_REVENUE_PALLET_ID: PalletId = PalletId(*b"cp/fndtn");
/// The pallet id whose account holds the emergency reserve.
pub const RESERVE_PALLET_ID: PalletId = PalletId(*b"cp/rserv");
/// The pallet id whose account holds the market's escrow and voucher credit.
pub const MARKET_PALLET_ID: PalletId = PalletId(*b"cp/escrw");

/// The account of a pallet id.
pub fn pallet_account(id: PalletId) -> AccountId {
	id.into_account_truncating()
}

/// How a vesting bucket is released: the share free at launch, then a cliff, then linear.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Release {
	/// Percent of the allocation free at launch.
	pub at_launch_percent: u8,
	/// Blocks from genesis before the linear release starts.
	pub cliff: BlockNumber,
	/// Blocks over which the rest is released linearly.
	pub linear: BlockNumber,
}

/// The foundation's release.
pub const FOUNDATION_RELEASE: Release =
	Release { at_launch_percent: 10, cliff: 0, linear: 24 * MONTHS };
/// The private sale's release.
pub const PRIVATE_SALE_RELEASE: Release =
	Release { at_launch_percent: 0, cliff: 6 * MONTHS, linear: 18 * MONTHS };
/// The team's release.
pub const TEAM_RELEASE: Release =
	Release { at_launch_percent: 0, cliff: 12 * MONTHS, linear: 36 * MONTHS };

impl Release {
	/// The part of `amount` that is free at launch (rounded down: against the holder).
	pub const fn liquid(&self, amount: Balance) -> Balance {
		amount / 100 * self.at_launch_percent as Balance
	}

	/// The `pallet-vesting` genesis entry `(who, begin, length, liquid)` for a holder.
	pub fn vesting_entry(
		&self,
		who: AccountId,
		amount: Balance,
	) -> (AccountId, BlockNumber, BlockNumber, Balance) {
		(who, self.cliff, self.linear, self.liquid(amount))
	}
}

/// Who holds the foundation, private-sale and team buckets on a chain, and how much each.
#[derive(Clone, Debug)]
pub struct Holders {
	/// Foundation accounts; the amounts add up to [`FOUNDATION`].
	pub foundation: alloc::vec::Vec<(AccountId, Balance)>,
	/// Private-sale buyers; the amounts add up to [`PRIVATE_SALE`].
	pub private_sale: alloc::vec::Vec<(AccountId, Balance)>,
	/// Team accounts; the amounts add up to [`TEAM`].
	pub team: alloc::vec::Vec<(AccountId, Balance)>,
	/// Accounts that must exist from the first block (the collators' pot, which receives fees
	/// and must hold the existential deposit): the first foundation holder gives each the
	/// existential deposit out of its liquid share, so no CPT is added to the table.
	pub endowed: alloc::vec::Vec<AccountId>,
}

impl Holders {
	/// The genesis balances of every bucket: the reward buckets' pallet accounts and the holders.
	pub fn balances(&self) -> alloc::vec::Vec<(AccountId, Balance)> {
		let mut balances = alloc::vec![
			(pallet_account(USER_REWARDS_PALLET_ID), USER_REWARDS),
			(pallet_account(SP_INCENTIVES_PALLET_ID), SP_INCENTIVES),
			(pallet_account(LP_REWARDS_PALLET_ID), LP_REWARDS),
		];
		let mut foundation = self.foundation.clone();
		if let Some((_, first)) = foundation.first_mut() {
			*first = first.saturating_sub(self.endowment());
		}
		balances.extend(foundation);
		balances.extend(self.endowed.iter().map(|who| (who.clone(), EXISTENTIAL_DEPOSIT)));
		balances.extend(self.private_sale.iter().cloned());
		balances.extend(self.team.iter().cloned());
		balances
	}

	/// The `pallet-vesting` genesis entries of every holder.
	pub fn vesting(&self) -> alloc::vec::Vec<(AccountId, BlockNumber, BlockNumber, Balance)> {
		let buckets = [
			(&self.foundation, FOUNDATION_RELEASE),
			(&self.private_sale, PRIVATE_SALE_RELEASE),
			(&self.team, TEAM_RELEASE),
		];
		let mut entries: alloc::vec::Vec<_> = buckets
			.into_iter()
			.flat_map(|(holders, release)| {
				holders.iter().map(move |(who, amount)| release.vesting_entry(who.clone(), *amount))
			})
			.collect();
		// The endowments came out of the first foundation holder's liquid share, not its locked
		// one: `pallet-vesting` locks the balance less the liquid part.
		if let Some((_, _, _, liquid)) = entries.first_mut() {
			*liquid = liquid.saturating_sub(self.endowment());
		}
		entries
	}

	/// What the first foundation holder gives the endowed accounts.
	fn endowment(&self) -> Balance {
		EXISTENTIAL_DEPOSIT * self.endowed.len() as Balance
	}
}

/// The buckets add up to the total issuance.
const _: () = assert!(
	USER_REWARDS + SP_INCENTIVES + LP_REWARDS + FOUNDATION + PRIVATE_SALE + TEAM == TOTAL_ISSUANCE
);
