//! Docstrings of the builtin functions and types, as CPython 3.11 prints
//! them (the text lives in the generated `cpython_facts`).

use super::cpython_facts::DOCS;
use crate::object::dict;
use crate::value::Value;
use crate::vm::Py;

/// The `__doc__` of `v` when it is the builtin named `name` in the
/// builtins module (a same-named function elsewhere has none).
pub fn builtin_doc(py: Py<'_>, v: &Value, name: &str) -> Option<&'static str> {
    let i = DOCS.binary_search_by(|(n, _)| (*n).cmp(name)).ok()?;
    let held = dict::get_str(py, &py.builtins, name).ok().flatten()?;
    held.is(v).then_some(DOCS[i].1)
}

#[cfg(test)]
mod tests {
    use super::DOCS;

    #[test]
    fn docs_are_sorted_for_binary_search() {
        assert!(DOCS.windows(2).all(|w| w[0].0 < w[1].0));
        let members = crate::builtins::cpython_facts::MEMBERS;
        assert!(members.windows(2).all(|w| w[0] < w[1]));
    }
}
