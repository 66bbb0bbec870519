mod buy_back;
mod invariants;
mod rewards;
mod split;
