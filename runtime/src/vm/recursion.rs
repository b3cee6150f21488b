//! Guards for recursion that happens in Rust rather than in Python frames
//! (CPython's `Py_EnterRecursiveCall`): repr of nested containers, rich
//! comparison of nested sequences, hashing of nested tuples. Each level counts
//! in `Interpreter::depth` like a Python frame, so the recursion limit bounds
//! both together, and the Rust stack is checked as well so that no input can
//! overflow it whatever the limit is.

use crate::object::code::CodeData;
use crate::object::function::Builtin;
use crate::object::PyErr;
use crate::value::Value;
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

/// [`enter`] without the Rust-stack check, for a level followed at once by
/// a nested evaluation loop (which checks the stack itself): calling an
/// instance's `__call__`, a class, or a builtin from cold code.
#[inline]
pub fn enter_call(py: Py<'_>) -> Result<Level<'_>, PyErr> {
    let d = py.depth.get();
    if d >= py.recursion_limit.get() {
        return Err(error(py, " while calling a Python object"));
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

/// The builtins that CPython 3.11 calls through its one-argument C calling
/// convention, which counts a recursion level of its own (`len` and
/// `isinstance` are called by specialized instructions that do not).
const COUNTED_BUILTINS: &[&str] = &[
    "abs", "ascii", "bin", "callable", "chr", "hash", "hex", "id", "oct", "ord", "repr",
];

/// Whether a call of the builtin function `name` counts as one level.
pub fn counted_builtin(name: &str) -> bool {
    COUNTED_BUILTINS.contains(&name)
}

/// How many RESUMEs and backward jumps a code object runs before CPython
/// 3.11 specializes its instructions (QUICKENING_WARMUP_DELAY).
const WARMUP: u8 = 8;

/// Counts one RESUME or backward jump of `code`.
#[inline(always)]
pub fn warm_up(code: &CodeData) {
    let w = code.warmth.get();
    if w < WARMUP {
        code.warmth.set(w + 1);
    }
}

/// The level a CALL of the native `callable` from `code` costs while `code`
/// is cold: CPython 3.11 then calls builtins through vectorcall, which counts
/// a level (" while calling a Python object"); once warm, its specialized
/// calls do not (the one-argument builtins count in `call_builtin` anyway).
#[inline(always)]
pub fn cold_call<'py>(
    py: Py<'py>,
    code: &CodeData,
    callable: &Value,
) -> Result<Option<Level<'py>>, PyErr> {
    if code.warmth.get() >= WARMUP {
        return Ok(None);
    }
    cold_level(py, callable)
}

/// [`cold_call`] once the code is known to be cold.
#[inline(never)]
fn cold_level<'py>(py: Py<'py>, callable: &Value) -> Result<Option<Level<'py>>, PyErr> {
    let counts = match callable.downcast::<Builtin>() {
        Some(b) => b.bound.is_none() && b.flags & crate::object::function::COUNTED == 0,
        None => callable.is(&py.types.str),
    };
    if !counts {
        return Ok(None);
    }
    enter_call(py).map(Some)
}

#[cfg(test)]
mod tests {
    use crate::ast::Cmpop;
    use crate::object::{self as obj, dict, list, tuple};
    use crate::value::Value;
    use crate::vm::{Interpreter, Py};

    const DEEP: usize = 1_000_000;

    /// Runs `f` on a thread with a small stack, as a guard must hold there too.
    fn on_small_stack(f: impl FnOnce() + Send + 'static) {
        let t = std::thread::Builder::new().stack_size(4 << 20).spawn(f);
        t.expect("spawn").join().expect("no panic");
    }

    fn nest(py: Py<'_>, n: usize, wrap: impl Fn(Py<'_>, Value) -> Value) -> Value {
        let mut x = list::new(py, Vec::new());
        for _ in 0..n {
            x = wrap(py, x);
        }
        x
    }

    fn wrap_dict(py: Py<'_>, x: Value) -> Value {
        let d = dict::new(py);
        dict::set_item(py, &d, Value::from_int(0).expect("small"), x).expect("set");
        d
    }

    #[test]
    fn million_deep_containers_free_without_overflow() {
        on_small_stack(|| {
            let interp = Interpreter::new();
            let py = interp.py();
            drop(nest(py, DEEP, |py, x| list::new(py, vec![x])));
            drop(nest(py, DEEP, |py, x| tuple::new(py, vec![x])));
            drop(nest(py, DEEP, wrap_dict));
        });
    }

    #[test]
    fn deep_repr_compare_hash_raise_instead_of_overflowing() {
        on_small_stack(|| {
            let interp = Interpreter::new();
            let py = interp.py();
            // A limit far above what the small stack holds: the stack check trips.
            py.recursion_limit.set(usize::MAX / 2);
            let a = nest(py, 200_000, |py, x| list::new(py, vec![x]));
            let b = nest(py, 200_000, |py, x| list::new(py, vec![x]));
            assert!(obj::repr(py, &a).is_err());
            assert!(obj::compare(py, &a, &b, Cmpop::Eq).is_err());
            // Hashable all the way down: only the stack check stops it.
            let mut t = tuple::new(py, Vec::new());
            for _ in 0..200_000 {
                t = tuple::new(py, vec![t]);
            }
            let e = obj::hash(py, &t).err().expect("RecursionError");
            assert!(e.matches(py, &py.types.recursion_error));
            assert_eq!(py.depth.get(), 0);
            // With the usual limit, the message names what was being done.
            py.recursion_limit.set(1000);
            let e = obj::repr(py, &a).err().expect("RecursionError");
            let msg = obj::str(py, &e.0).expect("str");
            assert_eq!(
                msg,
                "maximum recursion depth exceeded while getting the repr of an object"
            );
            let e = obj::compare(py, &a, &b, Cmpop::Lt)
                .err()
                .expect("RecursionError");
            let msg = obj::str(py, &e.0).expect("str");
            assert_eq!(msg, "maximum recursion depth exceeded in comparison");
            assert_eq!(py.depth.get(), 0);
        });
    }
}
