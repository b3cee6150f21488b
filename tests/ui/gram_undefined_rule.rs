// A reference to a rule that does not exist.
moult_macros::parser!(dir = "tests/ui/gram_undefined_rule");

fn main() {}
