// An unclosed field list.
moult_macros::ast!(dir = "tests/ui/asdl_syntax");

fn main() {}
