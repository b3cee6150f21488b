// A flag that is not in the legend.
moult_macros::opcodes!(dir = "tests/ui/opcodes_unknown_flag");

fn main() {}
