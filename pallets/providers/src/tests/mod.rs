mod certification;
mod invariants;
mod registry;
mod reputation;
