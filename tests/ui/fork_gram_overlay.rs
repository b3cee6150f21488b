// A fork that replaces one rule of python.gram, calling a rule that does not
// exist: the error names the fork's file and line, not grammar/python.gram.
moult_macros::parser!(dir = "tests/ui/fork_gram_overlay");

fn main() {}
