// A row without its stack effect is a syntax error.
moult_macros::opcodes!(dir = "tests/ui/opcodes_syntax");

fn main() {}
