// A fork's operators overlay naming a constructor Python.asdl lacks: the
// error is at the fork's row.
moult_macros::operators!(dir = "tests/ui/fork_operators_overlay");

fn main() {}
