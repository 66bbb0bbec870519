//! The traits and types through which CyberPlaza's pallets talk to each other, wired together
//! in the runtime's configuration, so that no pallet depends on another pallet's crate. One
//! module per side of a conversation.

#![cfg_attr(not(feature = "std"), no_std)]

pub mod market;
pub mod oracle;
pub mod pool;
pub mod providers;
pub mod revenue;
pub mod rewards;
pub mod ve;

pub use market::*;
pub use oracle::*;
pub use pool::*;
pub use providers::*;
pub use revenue::*;
pub use rewards::*;
pub use ve::*;

/// Timestamps and durations in seconds (`pallet-timestamp` time).
pub type Moment = u64;
