// A token name defined twice.
moult_macros::tokens!(dir = "tests/ui/tokens_duplicate_name");

fn main() {}
