// A quoted keyword must be a single name: 'else if' is neither a name nor an operator.
moult_macros::parser!(dir = "tests/ui/gram_keyword_not_name");

fn main() {}
