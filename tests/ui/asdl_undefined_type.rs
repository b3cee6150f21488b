// A field type that is neither builtin nor defined.
moult_macros::ast!(dir = "tests/ui/asdl_undefined_type");

fn main() {}
