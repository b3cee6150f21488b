//! Which operator dunders CPython 3.11's builtin types define in their own
//! dict (`int.__and__` exists, `str.__and__` does not). moult's types
//! implement every operator through one slot, so `dir()` and `hasattr()`
//! consult the tables `gen/cpython_facts.py` generates from python3 before
//! listing a wrapper; `dir()` also lists the data attributes moult serves from
//! its attribute hooks.

use super::cpython_facts::{DATA_ATTRS, OPERATOR_DUNDERS};

/// Whether `name` is an operator dunder that builtin type `ty` lacks in
/// CPython; types missing from the table keep all of theirs.
pub fn lacks(ty: &str, name: &str) -> bool {
    OPERATOR_DUNDERS
        .binary_search_by(|(t, _)| t.cmp(&ty))
        .is_ok_and(|i| is_operator(name) && !OPERATOR_DUNDERS[i].1.contains(&name))
}

fn is_operator(name: &str) -> bool {
    const OPS: &[&str] = &[
        "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
        "and", "xor", "or", "divmod", "neg", "pos", "abs", "invert", "index",
    ];
    let Some(core) = name.strip_prefix("__").and_then(|n| n.strip_suffix("__")) else {
        return false;
    };
    let core = core
        .strip_prefix('r')
        .filter(|c| OPS.contains(c))
        .or_else(|| core.strip_prefix('i').filter(|c| OPS.contains(c)))
        .unwrap_or(core);
    OPS.contains(&core)
}

/// The data attributes builtin type `ty` defines itself.
pub fn data_attrs(ty: &str) -> &'static [&'static str] {
    DATA_ATTRS
        .binary_search_by(|(t, _)| t.cmp(&ty))
        .map_or(&[], |i| DATA_ATTRS[i].1)
}
