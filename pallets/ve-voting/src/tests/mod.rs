mod origin;
mod sequences;
mod tally;
mod voting;
