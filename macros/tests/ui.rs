//! Malformed specs must fail to compile with our own message, which starts
//! with `<spec file>:<line>:<col>:` and shows a code frame. Each case is
//! `tests/ui/<case>.rs` plus a spec folder `tests/ui/<case>/` holding only the
//! broken file (the others come from `grammar/`). Regenerate the `.stderr`
//! snapshots with `TRYBUILD=overwrite cargo test -p moult-macros --test ui`,
//! then read them. A case for `python.gram` brings a complete tiny grammar,
//! so that its one mistake is the only error.

#[test]
fn malformed_specs() {
    let t = trybuild::TestCases::new();
    t.compile_fail("../tests/ui/*.rs");
}
