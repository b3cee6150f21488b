// An opcode defined twice.
moult_macros::opcodes!(dir = "tests/ui/opcodes_duplicate");

fn main() {}
