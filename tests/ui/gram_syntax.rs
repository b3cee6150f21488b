// An action without its closing brace.
moult_macros::parser!(dir = "tests/ui/gram_syntax");

fn main() {}
