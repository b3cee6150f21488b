// Left recursion with no alternative to start from.
moult_macros::parser!(dir = "tests/ui/gram_left_recursion_no_base");

fn main() {}
