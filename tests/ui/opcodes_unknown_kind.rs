// An argument kind that is not in the legend.
moult_macros::opcodes!(dir = "tests/ui/opcodes_unknown_kind");

fn main() {}
