//! Guards for recursion that happens in Rust rather than in Python frames
//! (CPython's `Py_EnterRecursiveCall`): repr of nested containers, rich
//! comparison of nested sequences, hashing of nested tuples. Each level counts
//! in `Interpreter::depth` like a Python frame, so the recursion limit bounds
//! both together, and the Rust stack is checked as well so that no input can
//! overflow it whatever the limit is.

use crate::object::PyErr;
use crate::vm::Py;

/// The Rust stack kept free below a guarded level: enough for the chain of
/// Rust calls one level of repr/compare makes before reaching the next guard.
const STACK_MARGIN: usize = 256 * 1024;

/// One entered level; leaving it (dropping) gives the depth back.
pub struct Level<'py> {
    py: Py<'py>,
}

impl Drop for Level<'_> {
    fn drop(&mut self) {
        let d = self.py.depth.get();
        self.py.depth.set(d.saturating_sub(1));
    }
}

/// The RecursionError raised when a guard trips; `why` follows CPython's
/// wording (" while getting the repr of an object", " in comparison", "").
pub fn error(py: Py<'_>, why: &str) -> PyErr {
    py.new_error(
        &py.types.recursion_error,
        format!("maximum recursion depth exceeded{why}"),
    )
}

/// Whether the Rust stack is nearly used up.
pub fn stack_low() -> bool {
    stacker::remaining_stack().is_some_and(|left| left < STACK_MARGIN)
}

/// Enters one level of native recursion, or raises RecursionError when the
/// recursion limit is reached or the Rust stack is nearly exhausted.
pub fn enter<'py>(py: Py<'py>, why: &str) -> Result<Level<'py>, PyErr> {
    let d = py.depth.get();
    if d >= py.recursion_limit.get() || stack_low() {
        return Err(error(py, why));
    }
    py.depth.set(d + 1);
    Ok(Level { py })
}

/// Only the Rust-stack half of [`enter`], for recursion CPython does not
/// count (hashing a nested tuple) but which must still never crash here.
pub fn check_stack(py: Py<'_>, why: &str) -> Result<(), PyErr> {
    if stack_low() {
        return Err(error(py, why));
    }
    Ok(())
}
