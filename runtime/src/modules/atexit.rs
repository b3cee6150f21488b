//! `atexit`: functions run when the program ends (after it returns, raises
//! or calls `sys.exit`), the last registered first.

use crate::modules::util::{self, arity};
use crate::object::typeobj::NativeFn;
use crate::object::{self as obj, int, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// One registered call: the function, its arguments (positional, then the
/// keyword values) and the keyword names.
pub struct ExitCall {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("register", register),
    ("unregister", unregister),
    ("_run_exitfuncs", run_exitfuncs),
    ("_clear", clear),
    ("_ncallbacks", ncallbacks),
];

pub fn make(py: Py<'_>) -> PyResult<Value> {
    util::new_module(py, "atexit", FUNCTIONS)
}

fn register(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len());
    let Some(func) = args.first().filter(|_| npos > 0).cloned() else {
        return Err(py.type_error("register() takes at least 1 argument (0 given)".to_string()));
    };
    if py.type_obj(&func).slots.call.is_none()
        && func
            .downcast::<crate::object::function::Function>()
            .is_none()
        && func
            .downcast::<crate::object::function::Builtin>()
            .is_none()
        && func.downcast::<crate::object::instance::Method>().is_none()
    {
        return Err(py.type_error("the first argument must be callable".to_string()));
    }
    py.import.atexit.borrow_mut().push(ExitCall {
        func: func.clone(),
        args: args[1..].to_vec(),
        kwnames: kwnames.to_vec(),
    });
    Ok(func)
}

fn unregister(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "atexit.unregister", args, kwnames, 1, 1)?;
    let mut kept = Vec::new();
    let calls = std::mem::take(&mut *py.import.atexit.borrow_mut());
    for c in calls {
        if !obj::eq(py, &c.func, &a[0])? {
            kept.push(c);
        }
    }
    let mut now = py.import.atexit.borrow_mut();
    // Functions registered by the comparisons above come after the kept ones.
    kept.append(&mut now);
    *now = kept;
    Ok(py.none())
}

fn clear(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "atexit._clear", args, kwnames, 0, 0)?;
    py.import.atexit.borrow_mut().clear();
    Ok(py.none())
}

fn ncallbacks(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "atexit._ncallbacks", args, kwnames, 0, 0)?;
    Ok(int::new_i64(py, py.import.atexit.borrow().len() as i64))
}

fn run_exitfuncs(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "atexit._run_exitfuncs", args, kwnames, 0, 0)?;
    run_all(py);
    Ok(py.none())
}

/// Runs and forgets the registered calls, last first; an exception is
/// reported as CPython's "Exception ignored in atexit callback".
pub fn run_all(py: Py<'_>) {
    loop {
        let Some(c) = py.import.atexit.borrow_mut().pop() else {
            break;
        };
        if let Err(e) = obj::call(py, &c.func, &c.args, &c.kwnames) {
            let what = obj::repr(py, &c.func).unwrap_or_default();
            let mut text = format!("Exception ignored in atexit callback: {what}\n");
            text.push_str(&crate::vm::traceback::format_exception(py, &e.0, ""));
            crate::modules::sys::write_stream(py, 2, &text);
        }
    }
}
