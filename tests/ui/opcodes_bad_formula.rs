// A stack effect may only use oparg.
moult_macros::opcodes!(dir = "tests/ui/opcodes_bad_formula");

fn main() {}
