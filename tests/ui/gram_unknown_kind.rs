// A token kind that Tokens does not define.
moult_macros::parser!(dir = "tests/ui/gram_unknown_kind");

fn main() {}
