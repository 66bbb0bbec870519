//! The market as other pallets see it.

use crate::Moment;
use polkadot_sdk::sp_runtime::DispatchError;

/// Resource vouchers of the market, issued by the platform (group buys).
pub trait VoucherIssuer<AccountId> {
	/// The SP selling `offer`, if it exists.
	fn offer_provider(offer: u32) -> Option<AccountId>;
	/// Issues `holder` a voucher for `units` of `offer`, reserving them now; returns its id.
	fn issue_units(
		holder: &AccountId,
		offer: u32,
		units: u32,
		expires_at: Moment,
	) -> Result<u32, DispatchError>;
}
