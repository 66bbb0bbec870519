//! Units, times and identifiers the runtime is built on.

/// Amounts of CPT and of the USDC-denominated assets.
pub mod currency {
	use crate::Balance;

	/// One CPT (18 decimals).
	pub const CPT: Balance = 1_000_000_000_000_000_000;
	/// One thousandth of a CPT.
	pub const MILLI_CPT: Balance = CPT / 1_000;
	/// One millionth of a CPT.
	pub const MICRO_CPT: Balance = CPT / 1_000_000;
	/// One USDC (6 decimals); rUSDC uses the same unit.
	pub const USDC: Balance = 1_000_000;

	/// The smallest CPT balance an account may keep.
	pub const EXISTENTIAL_DEPOSIT: Balance = 10 * MILLI_CPT;
	/// The smallest USDC balance an account may keep (one cent).
	pub const USDC_MIN_BALANCE: Balance = USDC / 100;

	/// A deposit for storing `items` entries of `bytes` bytes in total.
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		items as Balance * 100 * MILLI_CPT + bytes as Balance * 100 * MICRO_CPT
	}

	/// The USDC deposit for storing `items` entries of `bytes` bytes in total, held from
	/// market users (who may hold no CPT): 0.1 USDC an entry and 0.001 USDC a byte.
	pub const fn usdc_deposit(items: u32, bytes: u32) -> Balance {
		items as Balance * USDC / 10 + bytes as Balance * USDC / 1_000
	}
}

/// Block time and durations measured in blocks.
pub mod time {
	use crate::BlockNumber;

	/// The target time between blocks; with asynchronous backing a parachain makes one every 6 s.
	pub const MILLISECS_PER_BLOCK: u64 = 6_000;
	/// Aura's slot: one block per slot. Changing it on a live chain stops block production.
	pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;

	/// Blocks per minute.
	pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
	/// Blocks per hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks per day.
	pub const DAYS: BlockNumber = HOURS * 24;
	/// Blocks per month: the specification counts a month as 30 days.
	pub const MONTHS: BlockNumber = DAYS * 30;

	/// Seconds in a day, for durations measured in `pallet-timestamp` time.
	pub const DAY_SECS: u64 = 86_400;
}

/// Identifiers of the `pallet-assets` assets the chain is built around.
pub mod assets {
	use crate::AssetId;

	/// USDC, bridged from Arbitrum (minted only by the bridge, or by genesis on test chains).
	pub const USDC_ASSET_ID: AssetId = 1;
	/// rUSDC, the receipt token of the USDC liquidity pool (created at genesis, owned by the
	/// pool's account so that no one else can take the id).
	pub const RUSDC_ASSET_ID: AssetId = 2;
}

/// The parachain's id on its relay chain.
pub const PARACHAIN_ID: u32 = 2_000;
