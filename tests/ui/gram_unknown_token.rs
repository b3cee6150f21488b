// An operator spelling that Tokens does not define.
moult_macros::parser!(dir = "tests/ui/gram_unknown_token");

fn main() {}
