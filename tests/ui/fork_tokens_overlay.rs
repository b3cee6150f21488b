// A fork's Tokens overlay reusing a spelling of grammar/Tokens: the error is
// at the fork's line.
moult_macros::tokens!(dir = "tests/ui/fork_tokens_overlay");

fn main() {}
