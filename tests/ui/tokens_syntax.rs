// A spelling without quotes is a syntax error at its position.
moult_macros::tokens!(dir = "tests/ui/tokens_syntax");

fn main() {}
