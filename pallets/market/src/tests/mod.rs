mod billing;
mod disputes;
mod invariants;
mod offchain;
mod offers;
mod orders;
mod settlement;
mod vouchers;
