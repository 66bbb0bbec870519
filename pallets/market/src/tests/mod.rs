mod billing;
mod disputes;
mod invariants;
mod offers;
mod orders;
mod settlement;
mod vouchers;
