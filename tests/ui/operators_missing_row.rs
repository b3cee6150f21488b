// Every constructor of a covered sum needs a row.
moult_macros::operators!(dir = "tests/ui/operators_missing_row");

fn main() {}
