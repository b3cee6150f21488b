// A row naming no constructor of its ASDL sum.
moult_macros::operators!(dir = "tests/ui/operators_unknown_ctor");

fn main() {}
