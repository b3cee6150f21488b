// ERRORTOKEN is required: the tokenizer produces it.
moult_macros::tokens!(dir = "tests/ui/tokens_missing_kind");

fn main() {}
