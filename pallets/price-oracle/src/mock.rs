//! A test runtime: `pallet-oracle` with this pallet's combine rule, feeders in
//! `pallet-membership`, millisecond time from `pallet-timestamp`.

use crate::{self as pallet_price_oracle, *};
use polkadot_sdk::{
	frame_support::{derive_impl, parameter_types, traits::ConstU32, PalletId},
	frame_system::{self, EnsureRoot},
	pallet_membership, pallet_oracle, pallet_timestamp,
	sp_core::{sr25519, Pair},
	sp_io,
	sp_runtime::{
		traits::{IdentifyAccount, IdentityLookup},
		AccountId32, BuildStorage, MultiSignature, MultiSigner,
	},
};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = AccountId32;
/// What the feeder worker submits: signed by an account, signature left out.
pub type Extrinsic = frame_system::mocking::MockUncheckedExtrinsic<Test, (), ()>;

polkadot_sdk::frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Oracle: pallet_oracle,
		Feeders: pallet_membership,
		PriceOracle: pallet_price_oracle,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = IdentityLookup<AccountId>;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

impl pallet_membership::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = EnsureRoot<AccountId>;
	type RemoveOrigin = EnsureRoot<AccountId>;
	type SwapOrigin = EnsureRoot<AccountId>;
	type ResetOrigin = EnsureRoot<AccountId>;
	type PrimeOrigin = EnsureRoot<AccountId>;
	type MembershipInitialized = ();
	type MembershipChanged = Oracle;
	type MaxMembers = ConstU32<16>;
	type WeightInfo = ();
}

parameter_types! {
	pub const OracleId: PalletId = PalletId(*b"cp/oracl");
	/// An hour, in milliseconds.
	pub const MaxAge: u64 = 3_600_000;
	pub const MaxSpread: Permill = Permill::from_percent(10);
	pub const PegTolerance: Permill = Permill::from_parts(5_000);
	pub const FeedEvery: u64 = 5;
}

impl pallet_oracle::Config for Test {
	type OnNewData = ();
	type CombineData = MedianOfAgreeing<Test>;
	type Time = Timestamp;
	type OracleKey = PriceKey;
	type OracleValue = FixedU128;
	type PalletId = OracleId;
	type Members = Feeders;
	type WeightInfo = ();
	type MaxHasDispatchedSize = ConstU32<16>;
	type MaxFeedValues = ConstU32<8>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

impl frame_system::offchain::SigningTypes for Test {
	type Public = MultiSigner;
	type Signature = MultiSignature;
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Test
where
	RuntimeCall: From<C>,
{
	type RuntimeCall = RuntimeCall;
	type Extrinsic = Extrinsic;
}

impl<C> frame_system::offchain::CreateSignedTransaction<C> for Test
where
	RuntimeCall: From<C>,
{
	fn create_signed_transaction<
		A: frame_system::offchain::AppCrypto<MultiSigner, MultiSignature>,
	>(
		call: RuntimeCall,
		_public: MultiSigner,
		account: AccountId,
		_nonce: u32,
	) -> Option<Extrinsic> {
		Some(Extrinsic::new_signed(call, account, (), ()))
	}
}

impl Config for Test {
	type AuthorityId = offchain::crypto::FeederId;
	type MinFeeds = ConstU32<7>;
	type MaxSpread = MaxSpread;
	type MaxAge = MaxAge;
	type PegTolerance = PegTolerance;
	type FeedEvery = FeedEvery;
}

/// Feeder `i`'s key pair.
pub fn pair(i: u8) -> sr25519::Pair {
	sr25519::Pair::from_seed(&[i; 32])
}

pub fn account(i: u8) -> AccountId {
	MultiSigner::from(pair(i).public()).into_account()
}

/// Feeders 1..=8 are members; 9 is not. Time starts at 1,000 s.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_membership::GenesisConfig::<Test> {
		members: (1..=8).map(account).collect::<Vec<_>>().try_into().unwrap(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(1_000_000);
	});
	ext
}

pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::PriceOracle(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// Advances to the next block, `ms` later, clearing the oracle's once-per-block record.
pub fn next_block(ms: u64) {
	use polkadot_sdk::frame_support::traits::Hooks;
	<Oracle as Hooks<u64>>::on_finalize(System::block_number());
	System::set_block_number(System::block_number() + 1);
	Timestamp::set_timestamp(Timestamp::now() + ms);
}
