// A field name used twice in one constructor.
moult_macros::ast!(dir = "tests/ui/asdl_duplicate_field");

fn main() {}
