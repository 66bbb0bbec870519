//! The runtime APIs the node, wallets and indexers call.

use crate::{
	configs::{AssetKind, ConsensusHook},
	AccountId, AssetConversion, Balance, Block, Executive, GroupBuy, Incentives, InherentDataExt,
	LiquidityPool, Market, Nonce, ParachainInfo, ParachainSystem, Providers, Revenue, Runtime,
	RuntimeCall, RuntimeGenesisConfig, SessionKeys, Subscriptions, System, TransactionPayment,
	VoteEscrow, SLOT_DURATION, VERSION,
};
use alloc::vec::Vec;
use cyberplaza_primitives::ProviderRegistry;
use polkadot_sdk::{
	cumulus_primitives_core::ParaId,
	frame_support::{
		genesis_builder_helper::{build_state, get_preset},
		weights::Weight,
	},
	sp_api::impl_runtime_apis,
	sp_core::{crypto::KeyTypeId, OpaqueMetadata},
	sp_runtime::{
		traits::Block as BlockT,
		transaction_validity::{TransactionSource, TransactionValidity},
		ApplyExtrinsicResult,
	},
	*,
};

#[cfg(feature = "runtime-benchmarks")]
frame_benchmarking::define_benchmarks!(
	[pallet_balances, crate::Balances]
	[pallet_providers, crate::Providers]
	[pallet_market, crate::Market]
	[pallet_vote_escrow, crate::VoteEscrow]
	[pallet_revenue, crate::Revenue]
	[pallet_subscriptions, crate::Subscriptions]
	[pallet_liquidity_pool, crate::LiquidityPool]
	[pallet_group_buy, crate::GroupBuy]
	[pallet_incentives, crate::Incentives]
	[pallet_oracle, crate::Oracle]
	[pallet_membership, crate::OracleFeeders]
	[pallet_sale_limits, crate::SaleLimits]
	[pallet_ve_voting, crate::VeVoting]
);

impl_runtime_apis! {
	impl sp_consensus_aura::AuraApi<Block, crate::AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)
		}

		fn authorities() -> Vec<crate::AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {
		fn can_build_upon(
			included_hash: <Block as BlockT>::Hash,
			slot: cumulus_primitives_aura::Slot,
		) -> bool {
			ConsensusHook::can_build_upon(included_hash, slot)
		}
	}

	impl sp_api::Core<Block> for Runtime {
		fn version() -> sp_version::RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block)
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(owner: Vec<u8>, seed: Option<Vec<u8>>) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}

		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}

		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	// Wallets quote a USDC fee with this before signing.
	impl pallet_asset_conversion::AssetConversionApi<Block, Balance, AssetKind> for Runtime {
		fn quote_price_exact_tokens_for_tokens(
			asset1: AssetKind,
			asset2: AssetKind,
			amount: Balance,
			include_fee: bool,
		) -> Option<Balance> {
			AssetConversion::quote_price_exact_tokens_for_tokens(asset1, asset2, amount, include_fee)
		}

		fn quote_price_tokens_for_exact_tokens(
			asset1: AssetKind,
			asset2: AssetKind,
			amount: Balance,
			include_fee: bool,
		) -> Option<Balance> {
			AssetConversion::quote_price_tokens_for_exact_tokens(asset1, asset2, amount, include_fee)
		}

		fn get_reserves(asset1: AssetKind, asset2: AssetKind) -> Option<(Balance, Balance)> {
			AssetConversion::get_reserves(asset1, asset2).ok()
		}
	}

	impl cumulus_primitives_core::CollectCollationInfo<Block> for Runtime {
		fn collect_collation_info(header: &<Block as BlockT>::Header) -> cumulus_primitives_core::CollationInfo {
			ParachainSystem::collect_collation_info(header)
		}
	}

	impl cumulus_primitives_core::GetParachainInfo<Block> for Runtime {
		fn parachain_id() -> ParaId {
			ParachainInfo::parachain_id()
		}
	}

	impl cumulus_primitives_core::RelayParentOffsetApi<Block> for Runtime {
		fn relay_parent_offset() -> u32 {
			0
		}

		fn max_claim_queue_offset() -> u8 {
			ParachainSystem::max_claim_queue_offset()
		}
	}

	impl cumulus_primitives_core::TargetBlockRate<Block> for Runtime {
		fn target_block_rate() -> u32 {
			1
		}
	}

	impl pallet_providers::runtime_api::ProvidersApi<Block, AccountId, pallet_providers::ProviderOf<Runtime>> for Runtime {
		fn profile(who: AccountId) -> Option<pallet_providers::ProviderOf<Runtime>> {
			Providers::provider(&who)
		}

		fn tier(who: AccountId) -> Option<cyberplaza_primitives::Tier> {
			<Providers as ProviderRegistry<_>>::tier(&who)
		}

		fn score(who: AccountId) -> Option<u32> {
			Providers::provider(&who).map(|p| p.score)
		}

		fn ranking(
			tier: Option<cyberplaza_primitives::Tier>,
			region: Option<cyberplaza_primitives::Region>,
			offset: u32,
			limit: u32,
		) -> Vec<pallet_providers::Ranked<AccountId>> {
			Providers::ranking(tier, region, offset, limit)
		}

		fn probation(who: AccountId) -> Option<pallet_providers::ProbationStatus> {
			Providers::probation(&who)
		}

		fn concurrent_order_limit(who: AccountId) -> Option<u32> {
			<Providers as ProviderRegistry<_>>::concurrent_order_limit(&who)
		}
	}

	impl pallet_market::runtime_api::MarketApi<
		Block,
		AccountId,
		Balance,
		pallet_market::OfferOf<Runtime>,
		pallet_market::OrderOf<Runtime>,
	> for Runtime {
		fn quote(
			buyer: AccountId,
			offer: pallet_market::OfferId,
			quantity: u32,
		) -> Result<pallet_market::Quote<Balance>, sp_runtime::DispatchError> {
			Market::quote(&buyer, offer, quantity)
		}

		fn browse(
			filter: pallet_market::OfferFilter<Balance>,
			sort: pallet_market::SortBy,
			offset: u32,
			limit: u32,
		) -> Vec<(pallet_market::OfferId, pallet_market::OfferOf<Runtime>)> {
			match sort {
				pallet_market::SortBy::Price => Market::browse_by_price(filter, offset, limit),
				pallet_market::SortBy::Score => crate::configs::market::browse_by_score(filter, offset, limit),
			}
		}

		fn offer(id: pallet_market::OfferId) -> Option<pallet_market::OfferOf<Runtime>> {
			pallet_market::Offers::<Runtime>::get(id)
		}

		fn order(id: pallet_market::OrderId) -> Option<pallet_market::OrderOf<Runtime>> {
			pallet_market::Orders::<Runtime>::get(id)
		}

		fn job(id: pallet_market::JobId) -> Option<pallet_market::JobStatus<AccountId, Balance>> {
			Market::job_status(id)
		}

		fn open_orders(buyer: AccountId, offset: u32, limit: u32) -> Vec<pallet_market::OrderId> {
			Market::open_orders_of(&buyer, offset, limit)
		}
	}

	impl pallet_vote_escrow::runtime_api::VoteEscrowApi<Block, AccountId, Balance> for Runtime {
		fn weight(who: AccountId) -> Balance {
			VoteEscrow::weight(&who)
		}

		fn weight_at(who: AccountId, time: u64) -> Balance {
			VoteEscrow::weight_at(&who, time)
		}

		fn total() -> Balance {
			VoteEscrow::total_at(VoteEscrow::now())
		}

		fn total_at(time: u64) -> Balance {
			VoteEscrow::total_at(time)
		}

		fn lock(who: AccountId) -> Option<pallet_vote_escrow::LockInfo<Balance>> {
			VoteEscrow::lock_info(&who)
		}
	}

	impl pallet_revenue::runtime_api::RevenueApi<Block, AccountId, Balance> for Runtime {
		fn totals_by_source() -> Vec<(cyberplaza_primitives::RevenueSource, Balance)> {
			cyberplaza_primitives::RevenueSource::ALL
				.into_iter()
				.map(|s| (s, pallet_revenue::TotalBySource::<Runtime>::get(s)))
				.collect()
		}

		fn totals_by_destination() -> Vec<(pallet_revenue::Destination, Balance)> {
			pallet_revenue::Destination::ALL
				.into_iter()
				.map(|d| (d, pallet_revenue::TotalByDestination::<Runtime>::get(d)))
				.collect()
		}

		fn buy_back() -> (Balance, (Balance, Balance)) {
			(
				pallet_revenue::PendingBuyBack::<Runtime>::get(),
				pallet_revenue::BoughtBack::<Runtime>::get(),
			)
		}

		fn pending_rewards(who: AccountId) -> (Balance, u64, u64) {
			// Every finished week, not just one claim's worth.
			Revenue::claimable(&who, u32::MAX, false).map_or((0, 0, 0), |(from, to, amount)| (amount, from, to))
		}

		fn apy() -> Option<sp_runtime::FixedU128> {
			Revenue::apy()
		}
	}

	impl pallet_liquidity_pool::runtime_api::LiquidityPoolApi<Block, AccountId, Balance> for Runtime {
		fn exchange_rate() -> sp_runtime::FixedU128 {
			LiquidityPool::exchange_rate()
		}

		fn tvl() -> Balance {
			LiquidityPool::tvl()
		}

		fn utilisation() -> sp_runtime::Permill {
			LiquidityPool::utilisation()
		}

		fn idle_cash() -> Balance {
			pallet_liquidity_pool::Cash::<Runtime>::get()
		}

		fn insurance_fund() -> Balance {
			pallet_liquidity_pool::InsuranceFund::<Runtime>::get()
		}

		fn queue_position(who: AccountId) -> Option<(u32, Balance, Balance)> {
			LiquidityPool::queue_position(&who)
		}

		fn apy() -> sp_runtime::FixedU128 {
			LiquidityPool::apy()
		}
	}

	impl pallet_group_buy::runtime_api::GroupBuyApi<Block, AccountId, Balance> for Runtime {
		fn campaign(id: pallet_group_buy::CampaignId) -> Option<pallet_group_buy::Campaign<AccountId>> {
			pallet_group_buy::Campaigns::<Runtime>::get(id)
		}

		fn price_now(id: pallet_group_buy::CampaignId) -> Option<(u32, Balance)> {
			GroupBuy::price_now(id)
		}

		fn commitment(id: pallet_group_buy::CampaignId, who: AccountId) -> Option<u32> {
			pallet_group_buy::Commitments::<Runtime>::get(id, who)
		}
	}

	impl pallet_incentives::runtime_api::IncentivesApi<Block, AccountId> for Runtime {
		fn claimable(who: AccountId) -> pallet_incentives::BucketAmounts {
			Incentives::claimable(&who)
		}

		fn vesting(who: AccountId) -> Balance {
			Incentives::vesting(&who)
		}

		fn open_period(period: pallet_incentives::Period) -> pallet_incentives::OpenPeriod {
			pallet_incentives::Open::<Runtime>::get(period)
		}

		fn farm(
			farm: pallet_incentives::Farm,
			who: AccountId,
		) -> (pallet_incentives::FarmState, pallet_incentives::Stake) {
			(
				pallet_incentives::Farms::<Runtime>::get(farm),
				pallet_incentives::Stakes::<Runtime>::get(farm, who),
			)
		}

		fn params() -> pallet_incentives::Params {
			Incentives::params()
		}
	}

	impl pallet_subscriptions::runtime_api::SubscriptionsApi<Block, AccountId, Balance> for Runtime {
		fn plans() -> Vec<(pallet_subscriptions::Tier, pallet_subscriptions::Plan<Balance>)> {
			pallet_subscriptions::Tier::ALL
				.into_iter()
				.filter_map(|t| pallet_subscriptions::Plans::<Runtime>::get(t).map(|p| (t, p)))
				.collect()
		}

		fn status(who: AccountId) -> pallet_subscriptions::Status<Balance> {
			Subscriptions::status(&who)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_support::traits::StorageInfoTrait;
			let mut list = Vec::new();
			list_benchmarks!(list, extra);
			(list, crate::AllPalletsWithSystem::storage_info())
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_support::traits::WhitelistedStorageKeys;
			let whitelist = crate::AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis::preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis::preset_names()
		}
	}
}
