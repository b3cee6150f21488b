// Two tokens with one spelling.
moult_macros::tokens!(dir = "tests/ui/tokens_duplicate_spelling");

fn main() {}
