//! The bencher the benchmark scripts call is built by the tests' release build (this test makes
//! cargo link it) and takes the arguments `scripts/bench-env.sh` passes.

use std::process::Command;

#[test]
fn the_bencher_takes_the_arguments_the_bench_scripts_pass() {
	let output = Command::new(env!("CARGO_BIN_EXE_cyberplaza-bencher"))
		.arg("--help")
		.output()
		.expect("the bencher runs");
	assert!(output.status.success());
	let help = String::from_utf8_lossy(&output.stdout);
	for option in [
		"--runtime",
		"--genesis-builder-preset",
		"--pallet",
		"--extrinsic",
		"--steps",
		"--repeat",
		"--json-file",
		"--template",
		"--output",
	] {
		assert!(help.contains(option), "no {option} in:\n{help}");
	}
}
