mod curve;
mod invariants;
mod locks;
