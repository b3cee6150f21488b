//! `range`: an immutable arithmetic progression of i64s.

use crate::ast::Cmpop;
use crate::object::typeobj::Slots;
use crate::object::{int, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}
impl Payload for Range {}

impl Range {
    pub fn len(&self) -> usize {
        let (lo, hi, step) = if self.step > 0 {
            (self.start, self.stop, self.step)
        } else {
            (self.stop, self.start, -self.step)
        };
        if lo >= hi {
            0
        } else {
            ((hi as i128 - lo as i128 - 1) / step as i128 + 1) as usize
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> i64 {
        self.start + self.step * i as i64
    }
}

fn arg(py: Py<'_>, v: &Value) -> PyResult<i64> {
    int::as_index(py, v)?.ok_or_else(|| {
        py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(v)
        ))
    })
}

/// `range(stop)`, `range(start, stop[, step])`.
fn new(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(py.type_error("range() takes no keyword arguments".to_string()));
    }
    let (start, stop, step) = match args {
        [stop] => (0, arg(py, stop)?, 1),
        [start, stop] => (arg(py, start)?, arg(py, stop)?, 1),
        [start, stop, step] => (arg(py, start)?, arg(py, stop)?, arg(py, step)?),
        [] => return Err(py.type_error("range expected at least 1 argument, got 0".to_string())),
        _ => {
            return Err(py.type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )))
        }
    };
    if step == 0 {
        return Err(py.value_error("range() arg 3 must not be zero".to_string()));
    }
    Ok(py.alloc(&py.types.range, Range { start, stop, step }))
}

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(r) = v.downcast::<Range>() else {
        return Ok("range(?)".to_string());
    };
    Ok(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    })
}

fn len(_py: Py<'_>, v: &Value) -> PyResult<usize> {
    Ok(v.downcast::<Range>().map_or(0, Range::len))
}

fn getitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<Value> {
    let Some(r) = v.downcast::<Range>() else {
        return Err(py.system_error("range getitem"));
    };
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        // A slice of a range is a range, as CPython's `compute_slice`.
        let (istart, istop, istep) = sl.adjusted(py, r.len())?;
        let (start, stop, step) = (
            r.start + istart * r.step,
            r.start + istop * r.step,
            r.step * istep,
        );
        return Ok(py.alloc(&py.types.range, Range { start, stop, step }));
    }
    match super::seq_index(py, key, r.len(), "range object")? {
        Some(i) => Ok(int::new_i64(py, r.get(i))),
        None => Err(py.type_error(format!(
            "range indices must be integers or slices, not {}",
            py.type_name(key)
        ))),
    }
}

fn contains(py: Py<'_>, v: &Value, x: &Value) -> PyResult<bool> {
    let Some(r) = v.downcast::<Range>() else {
        return Ok(false);
    };
    let Some(int::IntRef::Small(i)) = int::int_ref(py, x) else {
        return Ok(
            (0..r.len()).any(|k| super::eq(py, &int::new_i64(py, r.get(k)), x).unwrap_or(false))
        );
    };
    let inside = if r.step > 0 {
        r.start <= i && i < r.stop
    } else {
        r.stop < i && i <= r.start
    };
    Ok(inside && (i - r.start) % r.step == 0)
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    let Some(r) = v.downcast::<Range>() else {
        return Err(py.system_error("range iter"));
    };
    Ok(super::iter::RangeIter::new_value(py, r))
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (a.downcast::<Range>(), b.downcast::<Range>()) else {
        return Ok(None);
    };
    let same = x.len() == y.len()
        && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
    Ok(match op {
        Cmpop::Eq => Some(py.bool(same)),
        Cmpop::NotEq => Some(py.bool(!same)),
        _ => None,
    })
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        len: Some(len),
        getitem: Some(getitem),
        contains: Some(contains),
        iter: Some(iter),
        richcompare: Some(richcompare),
        new: Some(new),
        ..Slots::default()
    }
}
