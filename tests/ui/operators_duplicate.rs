// A constructor with two rows.
moult_macros::operators!(dir = "tests/ui/operators_duplicate");

fn main() {}
