// A rule defined twice.
moult_macros::parser!(dir = "tests/ui/gram_duplicate_rule");

fn main() {}
