//! `gc`: the interface of CPython's cycle collector. moult frees objects by
//! reference counting only (the collector is a later piece), so `collect`
//! finds nothing; the switches are remembered for `isenabled`.

use crate::modules::util::{self, arity};
use crate::object::typeobj::NativeFn;
use crate::object::{int, tuple, PyResult};
use crate::value::Value;
use crate::vm::Py;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("collect", collect),
    ("enable", enable),
    ("disable", disable),
    ("isenabled", isenabled),
    ("get_count", get_count),
    ("get_threshold", get_threshold),
    ("set_threshold", set_threshold),
    ("is_tracked", is_tracked),
];

pub fn make(py: Py<'_>) -> PyResult<Value> {
    let m = util::new_module(py, "gc", FUNCTIONS)?;
    util::set(py, &m, "garbage", crate::object::list::new(py, Vec::new()))?;
    util::set(
        py,
        &m,
        "callbacks",
        crate::object::list::new(py, Vec::new()),
    )?;
    Ok(m)
}

fn collect(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "collect", args, kwnames, 0, 1)?;
    Ok(int::new_i64(py, 0))
}

fn enable(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "gc.enable", args, kwnames, 0, 0)?;
    py.import.gc_disabled.set(false);
    Ok(py.none())
}

fn disable(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "gc.disable", args, kwnames, 0, 0)?;
    py.import.gc_disabled.set(true);
    Ok(py.none())
}

fn isenabled(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "gc.isenabled", args, kwnames, 0, 0)?;
    Ok(py.bool(!py.import.gc_disabled.get()))
}

fn get_count(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "gc.get_count", args, kwnames, 0, 0)?;
    let z = || int::new_i64(py, 0);
    Ok(tuple::new(py, vec![z(), z(), z()]))
}

fn get_threshold(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "gc.get_threshold", args, kwnames, 0, 0)?;
    let n = |x| int::new_i64(py, x);
    Ok(tuple::new(py, vec![n(700), n(10), n(10)]))
}

fn set_threshold(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "set_threshold", args, kwnames, 1, 3)?;
    Ok(py.none())
}

/// Containers are tracked (they carry a GC head); atoms are not.
fn is_tracked(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "gc.is_tracked", args, kwnames, 1, 1)?;
    let v = &a[0];
    let atom = v.is_int()
        || v.is(&py.none)
        || v.downcast::<crate::object::str::Str>().is_some()
        || v.downcast::<crate::object::float::Float>().is_some()
        || v.downcast::<crate::object::bool::BoolValue>().is_some()
        || v.downcast::<crate::object::int::BigIntValue>().is_some();
    Ok(py.bool(!atom))
}
