//! Subscription plans and subscriptions.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use cyberplaza_primitives::Moment;
use polkadot_sdk::{
	frame_support::{Deserialize, Serialize},
	sp_runtime::Permill,
};
use scale_info::TypeInfo;

/// The SaaS tiers of SPEC section 6.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
#[serde(crate = "polkadot_sdk::frame_support::__private::serde")]
pub enum Tier {
	Free,
	Starter,
	Pro,
	Enterprise,
}

impl Tier {
	pub const ALL: [Tier; 4] = [Tier::Free, Tier::Starter, Tier::Pro, Tier::Enterprise];
}

/// What a tier gives, for the off-chain API gateway to enforce.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
#[serde(crate = "polkadot_sdk::frame_support::__private::serde")]
pub struct Entitlements {
	/// Cloud accounts that can be connected (`None`: unlimited).
	pub cloud_accounts: Option<u32>,
	pub monitoring: bool,
	pub cost_tracking: bool,
	pub ai_optimisation: bool,
	pub api_access: bool,
	/// Custom integrations and support.
	pub custom: bool,
}

/// A tier's terms: a monthly USDC price within `[min_price, max_price]` (one price for fixed
/// tiers; Enterprise's is agreed within its range), entitlements and the CPT cashback rate.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
#[serde(crate = "polkadot_sdk::frame_support::__private::serde")]
pub struct Plan<Balance> {
	pub min_price: Balance,
	pub max_price: Balance,
	pub entitlements: Entitlements,
	pub cashback: Permill,
}

/// An account's paid subscription.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Subscription<Balance> {
	pub tier: Tier,
	/// USDC per month.
	pub monthly_price: Balance,
	/// When it ends (Unix seconds); after that the account is on Free.
	pub expires: Moment,
}

/// What an account is entitled to now, as the runtime API shows it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct Status<Balance> {
	pub tier: Tier,
	pub subscription: Option<Subscription<Balance>>,
	pub entitlements: Entitlements,
	pub cashback: Permill,
}

/// The plans of SPEC section 6, prices in USDC of `usdc` units each.
pub fn spec_plans<Balance: From<u32> + core::ops::Mul<Output = Balance> + Copy>(
	usdc: Balance,
) -> [(Tier, Plan<Balance>); 4] {
	let plan = |min: u32, max: u32, cloud_accounts, cashback, f: fn(&mut Entitlements)| {
		let mut entitlements =
			Entitlements { cloud_accounts, monitoring: true, ..Default::default() };
		f(&mut entitlements);
		Plan {
			min_price: Balance::from(min) * usdc,
			max_price: Balance::from(max) * usdc,
			entitlements,
			cashback: Permill::from_percent(cashback),
		}
	};
	[
		(Tier::Free, plan(0, 0, Some(2), 0, |_| {})),
		(Tier::Starter, plan(50, 50, Some(5), 1, |e| e.cost_tracking = true)),
		(
			Tier::Pro,
			plan(200, 200, Some(10), 3, |e| {
				e.cost_tracking = true;
				e.ai_optimisation = true;
				e.api_access = true;
			}),
		),
		(
			Tier::Enterprise,
			plan(500, 2_000, None, 5, |e| {
				e.cost_tracking = true;
				e.ai_optimisation = true;
				e.api_access = true;
				e.custom = true;
			}),
		),
	]
}
