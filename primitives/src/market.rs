//! The market as other pallets see it.

use crate::Moment;
use polkadot_sdk::sp_runtime::{DispatchError, DispatchResult};

/// Resource vouchers of the market, issued by the platform (group buys) out of capacity an
/// SP's offer pledged to them.
pub trait VoucherIssuer<AccountId> {
	/// The SP selling `offer`, if it exists.
	fn offer_provider(offer: u32) -> Option<AccountId>;
	/// Pledges `units` of `offer`'s free capacity to vouchers that expire by `until`: from now
	/// until every pledged unit is used, released or given back, the SP can neither pause nor
	/// close the offer, shrink it below them, end its window before `until`, or leave.
	fn pledge_units(offer: u32, units: u32, until: Moment) -> DispatchResult;
	/// Gives back `units` of `offer`'s pledge that no voucher took.
	fn unpledge_units(offer: u32, units: u32);
	/// Issues `holder` a voucher for `units` of `offer`'s pledge, expiring at `expires_at`;
	/// returns its id.
	fn issue_units(
		holder: &AccountId,
		offer: u32,
		units: u32,
		expires_at: Moment,
	) -> Result<u32, DispatchError>;
}
