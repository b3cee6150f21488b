// An operator spelling that Tokens does not define.
moult_macros::operators!(dir = "tests/ui/operators_unknown_spelling");

fn main() {}
