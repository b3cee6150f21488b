// A constructor defined twice.
moult_macros::ast!(dir = "tests/ui/asdl_duplicate_constructor");

fn main() {}
