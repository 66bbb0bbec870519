//! Governance (SPEC section 9): veCPT referenda on three tracks, the 9-seat council, the
//! preimages and scheduler referenda dispatch through, and the 5-seat emergency committee with
//! its transaction pause and safe mode.
//!
//! Every period is a fraction of veCPT's week, so a chain whose genesis shortens the week (the
//! dev chain's is a minute) shortens its governance with it; on other chains the periods are
//! SPEC's: 7 days of discussion, 5 of decision, 48 hours before enactment.

use crate::{
	constants::{
		currency::{deposit, CPT},
		time::MILLISECS_PER_BLOCK,
	},
	origins, AccountId, Balance, Balances, BlockNumber, Council, OriginCaller, Preimage, Referenda,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, System,
	Timestamp, VoteEscrow,
};
use alloc::borrow::Cow;
use codec::MaxEncodedLen;
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{
			fungible::HoldConsideration, ConstU128, ConstU32, Contains, EitherOf,
			EqualPrivilegeOnly, LinearStoragePrice, NeverEnsureOrigin,
		},
		weights::Weight,
	},
	frame_system::{self, EnsureRoot, EnsureWithSuccess},
	pallet_collective::{EnsureProportionAtLeast, EnsureProportionMoreThan},
	pallet_referenda::{Curve, Track, TrackInfo, TracksInfo},
	pallet_scheduler::WeightInfo as _,
	pallet_tx_pause::RuntimeCallNameOf,
	sp_runtime::{str_array, FixedU128, Perbill},
};

/// Seats on the council.
pub const COUNCIL_SEATS: u32 = 9;

/// `days` of a seven-day week of veCPT's length, in blocks, never less than one block.
pub fn governance_days(days: u64) -> BlockNumber {
	let block_secs = MILLISECS_PER_BLOCK / 1_000;
	let blocks = VoteEscrow::week().saturating_mul(days) / 7 / block_secs;
	BlockNumber::try_from(blocks).unwrap_or(BlockNumber::MAX).max(1)
}

parameter_types! {
	/// Votes count only after a week of discussion, the tracks' preparation period.
	pub DiscussionPeriod: u64 = VoteEscrow::week();
	/// A vote's record: its key (account and referendum) and value.
	pub VoteDeposit: Balance =
		deposit(1, 48 + pallet_ve_voting::VoteRecord::max_encoded_len() as u32);
	pub UndecidingTimeout: BlockNumber = governance_days(14);
	pub CouncilMotionDuration: BlockNumber = governance_days(5);
	/// Council motions may use half a block.
	pub MaxCouncilProposalWeight: Weight = Perbill::from_percent(50) *
		super::RuntimeBlockWeights::get().max_block;
	/// Scheduled calls (enactments) may use 80% of a block.
	pub MaximumSchedulerWeight: Weight = Perbill::from_percent(80) *
		super::RuntimeBlockWeights::get().max_block;
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(polkadot_sdk::pallet_preimage::HoldReason::Preimage);
}

// ---- Council -----------------------------------------------------------------------------

/// The council's collective.
pub type CouncilInstance = polkadot_sdk::pallet_collective::Instance1;
/// The council's membership: who sits on it, changed by referendum on the Root track.
pub type CouncilMembershipInstance = polkadot_sdk::pallet_membership::Instance2;

/// At least 4 of the council's 9 seats: parameter changes, certification.
pub type CouncilFourNinths = EnsureProportionAtLeast<AccountId, CouncilInstance, 4, 9>;
/// At least 5 of the council's 9 seats: a veto, the group-buy operator, vouchers, feeders,
/// disputes.
pub type CouncilFiveNinths = EnsureProportionAtLeast<AccountId, CouncilInstance, 5, 9>;

/// A referendum passed on the Root track: with no sudo, the only Root there is. Alone it guards
/// what only veCPT holders as a whole decide (the council's seats) and the machinery others
/// dispatch through (the scheduler, preimages, asset and XCM administration).
pub type RootReferendum = EnsureRoot<AccountId>;

/// Root (a referendum on the Root track) or 5/9 of the council.
pub type RootOrCouncil = EitherOf<EnsureRoot<AccountId>, CouncilFiveNinths>;
/// Root, a referendum on the parameters track, or 4/9 of the council.
pub type ParametersOrigin =
	EitherOf<EnsureRoot<AccountId>, EitherOf<origins::ParameterSetter, CouncilFourNinths>>;
/// Root or 4/9 of the council: the certifier and uptime reporter of SPs.
pub type CertificationOrigin = EitherOf<EnsureRoot<AccountId>, CouncilFourNinths>;

impl polkadot_sdk::pallet_collective::Config<CouncilInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = ConstU32<COUNCIL_SEATS>;
	// No prime, so a seat that did not vote counts as nay: five ayes never become nine.
	type DefaultVote = polkadot_sdk::pallet_collective::PrimeDefaultVote;
	type WeightInfo = polkadot_sdk::pallet_collective::weights::SubstrateWeight<Runtime>;
	// Members change only through the membership pallet.
	type SetMembersOrigin = NeverEnsureOrigin<()>;
	type MaxProposalWeight = MaxCouncilProposalWeight;
	// The emergency committee (or Root) removes a motion; `kill` burns its deposit.
	type DisapproveOrigin = EmergencyOrigin;
	type KillOrigin = EmergencyOrigin;
	type Consideration = CouncilMotionDeposit;
}

parameter_types! {
	pub const CouncilMotionHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Council(polkadot_sdk::pallet_collective::HoldReason::ProposalSubmission);
	/// The first motion past the free ones costs 10 CPT ...
	pub const CouncilMotionDepositBase: Balance = 10 * CPT;
	/// ... and every further open motion twice the one before.
	pub CouncilMotionDepositRatio: FixedU128 = FixedU128::from_u32(2);
}

/// The council's first four open motions are free; the fifth holds 10 CPT of its proposer and
/// each further one twice as much, until a motion closes and `release_proposal_cost` returns it.
/// A member filling the motion queue to jam the council would hold all of CPT before the 30th.
pub type CouncilMotionDeposit = HoldConsideration<
	AccountId,
	Balances,
	CouncilMotionHoldReason,
	polkadot_sdk::pallet_collective::deposit::Delayed<
		ConstU32<4>,
		polkadot_sdk::pallet_collective::deposit::Geometric<
			CouncilMotionDepositRatio,
			CouncilMotionDepositBase,
		>,
	>,
	u32,
>;

impl polkadot_sdk::pallet_membership::Config<CouncilMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = RootReferendum;
	type RemoveOrigin = RootReferendum;
	type SwapOrigin = RootReferendum;
	type ResetOrigin = RootReferendum;
	// The council has no prime: absent seats default to nay.
	type PrimeOrigin = NeverEnsureOrigin<()>;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = ConstU32<COUNCIL_SEATS>;
	type WeightInfo = polkadot_sdk::pallet_membership::weights::SubstrateWeight<Runtime>;
}

// ---- Referenda ---------------------------------------------------------------------------

impl origins::Config for Runtime {}

impl polkadot_sdk::pallet_preimage::Config for Runtime {
	type WeightInfo = polkadot_sdk::pallet_preimage::weights::SubstrateWeight<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ManagerOrigin = RootReferendum;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<ConstU128<{ deposit(2, 64) }>, ConstU128<{ deposit(0, 1) }>, Balance>,
	>;
}

/// Calls the scheduler may dispatch in one block.
const MAX_SCHEDULED_PER_BLOCK: u32 = 50;
type SchedulerWeights = polkadot_sdk::pallet_scheduler::weights::SubstrateWeight<Runtime>;

impl polkadot_sdk::pallet_scheduler::Config for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeEvent = RuntimeEvent;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	type ScheduleOrigin = RootReferendum;
	type MaxScheduledPerBlock = ConstU32<MAX_SCHEDULED_PER_BLOCK>;
	type WeightInfo = SchedulerWeights;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

impl pallet_ve_voting::Config for Runtime {
	type VoteWeight = VoteEscrow;
	type Time = Timestamp;
	type Polls = Referenda;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type VoteDeposit = VoteDeposit;
	type DiscussionPeriod = DiscussionPeriod;
	type MaxVotes = ConstU32<64>;
	type ProposalThreshold = ConstU128<{ 100_000 * CPT }>;
	type WeightInfo = pallet_ve_voting::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::revenue::benchmarks::Helper;
}

impl polkadot_sdk::pallet_referenda::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = polkadot_sdk::pallet_referenda::weights::SubstrateWeight<Runtime>;
	type Scheduler = Scheduler;
	type Currency = Balances;
	type SubmitOrigin = pallet_ve_voting::EnsureProposer<Runtime>;
	// The council's veto.
	type CancelOrigin = RootOrCouncil;
	type KillOrigin = RootOrCouncil;
	// CPT's supply is fixed: a killed referendum's deposits are burned.
	type Slash = ();
	type Votes = Balance;
	type Tally = pallet_ve_voting::Tally<Runtime>;
	type SubmissionDeposit = ConstU128<{ 100 * CPT }>;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = ConstU32<1>;
	type Tracks = Tracks;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

/// The track of referenda dispatched as Root: runtime upgrades, council seats, anything.
pub const ROOT_TRACK: u16 = 0;
/// The track of treasury spends.
pub const TREASURY_TRACK: u16 = 1;
/// The track of SPEC's defaults: splits, curve, tiers, rates, fees.
pub const PARAMETERS_TRACK: u16 = 2;

/// More than half of the veCPT voting: 1 veCPT is 1 vote.
const MAJORITY: Curve = Curve::LinearDecreasing {
	length: Perbill::one(),
	floor: Perbill::from_parts(500_000_001),
	ceil: Perbill::from_parts(500_000_001),
};

/// The three tracks of SPEC section 9, their periods read from veCPT's week.
pub struct Tracks;

impl Tracks {
	/// A track's rules: `max_deciding` at once, `decision_deposit` CPT placed before deciding,
	/// and the aye share of all veCPT at the snapshot that it needs from the start of the
	/// decision period falling to `floor_support` at its end.
	fn track(
		id: u16,
		name: &str,
		max_deciding: u32,
		decision_deposit: Balance,
		ceil_support: Perbill,
		floor_support: Perbill,
	) -> Track<u16, Balance, BlockNumber> {
		Track {
			id,
			info: TrackInfo {
				name: str_array(name),
				max_deciding,
				decision_deposit,
				prepare_period: governance_days(7),
				decision_period: governance_days(5),
				confirm_period: governance_days(1),
				min_enactment_period: governance_days(2),
				min_approval: MAJORITY,
				min_support: Curve::LinearDecreasing {
					length: Perbill::one(),
					floor: floor_support,
					ceil: ceil_support,
				},
			},
		}
	}
}

impl TracksInfo<Balance, BlockNumber> for Tracks {
	type Id = u16;
	type RuntimeOrigin = OriginCaller;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<u16, Balance, BlockNumber>>> {
		[
			Self::track(
				ROOT_TRACK,
				"root",
				1,
				10_000 * CPT,
				Perbill::from_percent(20),
				Perbill::from_percent(5),
			),
			Self::track(
				TREASURY_TRACK,
				"treasury",
				10,
				1_000 * CPT,
				Perbill::from_percent(10),
				Perbill::from_percent(2),
			),
			Self::track(
				PARAMETERS_TRACK,
				"parameters",
				10,
				1_000 * CPT,
				Perbill::from_percent(10),
				Perbill::from_percent(2),
			),
		]
		.into_iter()
		.map(Cow::Owned)
	}

	fn track_for(origin: &OriginCaller) -> Result<u16, ()> {
		match origin {
			OriginCaller::system(frame_system::RawOrigin::Root) => Ok(ROOT_TRACK),
			OriginCaller::Origins(origins::Origin::Treasurer) => Ok(TREASURY_TRACK),
			OriginCaller::Origins(origins::Origin::ParameterSetter) => Ok(PARAMETERS_TRACK),
			_ => Err(()),
		}
	}
}

// ---- Emergency committee -----------------------------------------------------------------

/// Seats on the emergency committee.
pub const EMERGENCY_SEATS: u32 = 5;

/// The emergency committee's collective.
pub type EmergencyInstance = polkadot_sdk::pallet_collective::Instance2;
/// Who sits on the emergency committee: chosen by the council (5/9) or a Root referendum.
pub type EmergencyMembershipInstance = polkadot_sdk::pallet_membership::Instance3;

/// Root or 3 of the emergency committee's 5 seats: pauses and unpauses.
pub type EmergencyOrigin = EitherOf<
	EnsureRoot<AccountId>,
	EnsureProportionAtLeast<AccountId, EmergencyInstance, 3, EMERGENCY_SEATS>,
>;

parameter_types! {
	pub EmergencyMotionDuration: BlockNumber = governance_days(1);
	/// Safe mode lasts a week unless extended or exited.
	pub SafeModeDuration: BlockNumber = governance_days(7);
}

impl polkadot_sdk::pallet_collective::Config<EmergencyInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = EmergencyMotionDuration;
	type MaxProposals = ConstU32<20>;
	type MaxMembers = ConstU32<EMERGENCY_SEATS>;
	// As on the council: a silent seat is a nay.
	type DefaultVote = polkadot_sdk::pallet_collective::PrimeDefaultVote;
	type WeightInfo = polkadot_sdk::pallet_collective::weights::SubstrateWeight<Runtime>;
	type SetMembersOrigin = NeverEnsureOrigin<()>;
	type MaxProposalWeight = MaxCouncilProposalWeight;
	type DisapproveOrigin = RootOrCouncil;
	type KillOrigin = RootOrCouncil;
	type Consideration = ();
}

impl polkadot_sdk::pallet_membership::Config<EmergencyMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = RootOrCouncil;
	type RemoveOrigin = RootOrCouncil;
	type SwapOrigin = RootOrCouncil;
	type ResetOrigin = RootOrCouncil;
	type PrimeOrigin = NeverEnsureOrigin<()>;
	type MembershipInitialized = crate::EmergencyCommittee;
	type MembershipChanged = crate::EmergencyCommittee;
	type MaxMembers = ConstU32<EMERGENCY_SEATS>;
	type WeightInfo = polkadot_sdk::pallet_membership::weights::SubstrateWeight<Runtime>;
}

/// The pallets whose calls the committee can pause one by one: the market, the pool and group
/// buys. Every other call is never paused by name.
pub struct UnpausableCalls;

impl Contains<RuntimeCallNameOf<Runtime>> for UnpausableCalls {
	fn contains((pallet, _): &RuntimeCallNameOf<Runtime>) -> bool {
		!PAUSABLE_PALLETS.contains(&pallet.as_slice())
	}
}

/// The pallet names (as in `construct_runtime!`) of [`UnpausableCalls`]'s exceptions.
pub const PAUSABLE_PALLETS: [&[u8]; 3] = [b"Market", b"LiquidityPool", b"GroupBuy"];

impl polkadot_sdk::pallet_tx_pause::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PauseOrigin = EmergencyOrigin;
	type UnpauseOrigin = EmergencyOrigin;
	type WhitelistedCalls = UnpausableCalls;
	type MaxNameLen = ConstU32<64>;
	type WeightInfo = polkadot_sdk::pallet_tx_pause::weights::SubstrateWeight<Runtime>;
}

/// What safe mode lets through: blocks being built, and governance, so that it can always
/// decide, unpause and exit.
pub struct SafeModeWhitelist;

impl Contains<RuntimeCall> for SafeModeWhitelist {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::System(_)
				| RuntimeCall::Timestamp(_)
				| RuntimeCall::ParachainSystem(_)
				| RuntimeCall::Utility(_)
				| RuntimeCall::Preimage(_)
				| RuntimeCall::Referenda(_)
				| RuntimeCall::VeVoting(_)
				| RuntimeCall::Council(_)
				| RuntimeCall::CouncilMembership(_)
				| RuntimeCall::EmergencyCommittee(_)
				| RuntimeCall::EmergencyMembership(_)
				| RuntimeCall::TxPause(_)
				| RuntimeCall::SafeMode(_)
				| RuntimeCall::UpgradeTimelock(_)
				| RuntimeCall::Parameters(_)
		)
	}
}

impl polkadot_sdk::pallet_safe_mode::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type WhitelistedCalls = SafeModeWhitelist;
	type EnterDuration = SafeModeDuration;
	type ExtendDuration = SafeModeDuration;
	// Only the committee or Root enters safe mode: no deposit opens it to anyone.
	type EnterDepositAmount = ();
	type ExtendDepositAmount = ();
	type ForceEnterOrigin = EnsureWithSuccess<EmergencyOrigin, AccountId, SafeModeDuration>;
	type ForceExtendOrigin = EnsureWithSuccess<EmergencyOrigin, AccountId, SafeModeDuration>;
	type ForceExitOrigin = EmergencyOrigin;
	type ForceDepositOrigin = RootReferendum;
	type Notify = ();
	type ReleaseDelay = ();
	type WeightInfo = polkadot_sdk::pallet_safe_mode::weights::SubstrateWeight<Runtime>;
}

// ---- Runtime upgrades --------------------------------------------------------------------

parameter_types! {
	/// An authorized runtime becomes applicable 48 hours after the council's motion passed.
	pub UpgradeDelay: BlockNumber = governance_days(2);
}

/// 7 of the council's 9 seats: authorizing a runtime upgrade.
pub type CouncilSevenNinths = EnsureProportionAtLeast<AccountId, CouncilInstance, 7, 9>;

impl crate::upgrade_timelock::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type Scheduler = Scheduler;
	type AuthorizeOrigin = CouncilSevenNinths;
	type CancelOrigin = EmergencyOrigin;
	type Timelock = UpgradeDelay;
	type WeightInfo = UpgradeTimelockWeights;
}

/// The timelock's calls cost what their scheduler operation costs on a full agenda (the
/// scheduler's benchmarked weights), plus the lookup of the pending task.
pub struct UpgradeTimelockWeights;

impl crate::upgrade_timelock::WeightInfo for UpgradeTimelockWeights {
	fn authorize_upgrade() -> Weight {
		SchedulerWeights::schedule_named(MAX_SCHEDULED_PER_BLOCK)
			.saturating_add(<Runtime as frame_system::Config>::DbWeight::get().reads(1))
	}

	fn cancel_upgrade() -> Weight {
		SchedulerWeights::cancel_named(MAX_SCHEDULED_PER_BLOCK)
	}
}

// ---- Arbiters ----------------------------------------------------------------------------

/// Seats on the arbiter committee.
pub const ARBITER_SEATS: u32 = 7;

/// The arbiter committee's collective: disputes up to the market's arbiter limit.
pub type ArbiterInstance = polkadot_sdk::pallet_collective::Instance3;
/// Who arbitrates: chosen by the council (5/9) or a Root referendum.
pub type ArbiterMembershipInstance = polkadot_sdk::pallet_membership::Instance4;

/// More than half of the arbiters' seats.
pub type ArbiterMajority = EnsureProportionMoreThan<AccountId, ArbiterInstance, 1, 2>;

parameter_types! {
	/// A dispute's motion stays open for the three days a buyer has to dispute.
	pub ArbiterMotionDuration: BlockNumber = governance_days(3);
}

impl polkadot_sdk::pallet_collective::Config<ArbiterInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = ArbiterMotionDuration;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = ConstU32<ARBITER_SEATS>;
	// As on the council: a silent seat is a nay.
	type DefaultVote = polkadot_sdk::pallet_collective::PrimeDefaultVote;
	type WeightInfo = polkadot_sdk::pallet_collective::weights::SubstrateWeight<Runtime>;
	type SetMembersOrigin = NeverEnsureOrigin<()>;
	type MaxProposalWeight = MaxCouncilProposalWeight;
	type DisapproveOrigin = RootOrCouncil;
	type KillOrigin = RootOrCouncil;
	type Consideration = ();
}

impl polkadot_sdk::pallet_membership::Config<ArbiterMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = RootOrCouncil;
	type RemoveOrigin = RootOrCouncil;
	type SwapOrigin = RootOrCouncil;
	type ResetOrigin = RootOrCouncil;
	type PrimeOrigin = NeverEnsureOrigin<()>;
	type MembershipInitialized = crate::ArbiterCommittee;
	type MembershipChanged = crate::ArbiterCommittee;
	type MaxMembers = ConstU32<ARBITER_SEATS>;
	type WeightInfo = polkadot_sdk::pallet_membership::weights::SubstrateWeight<Runtime>;
}
