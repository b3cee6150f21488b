//! `slice`: `start:stop:step` as made by BUILD_SLICE.

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use crate::ast::Cmpop;
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{self as obj, int, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
impl Payload for Slice {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}

impl Slice {
    /// The indexes this slice selects from a sequence of length `len`, as
    /// CPython's `PySlice_AdjustIndices`.
    pub fn indices(&self, py: Py<'_>, len: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.adjusted(py, len)?;
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(i as usize);
            i += step;
        }
        Ok(out)
    }

    /// The items of `xs` that `(start, stop, step)` (from [`Slice::adjusted`])
    /// selects; indexes past the end (the sequence shrank since) are skipped.
    pub fn take<T: Clone>(xs: &[T], (start, stop, step): (i64, i64, i64)) -> Vec<T> {
        if step == 1 {
            let end = (stop.max(start).max(0) as usize).min(xs.len());
            let start = (start.max(0) as usize).min(end);
            return xs[start..end].to_vec();
        }
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            if let Some(x) = usize::try_from(i).ok().and_then(|i| xs.get(i)) {
                out.push(x.clone());
            }
            i += step;
        }
        out
    }

    /// `(start, stop, step)` clamped to a sequence of length `len`, as
    /// CPython's `PySlice_AdjustIndices`.
    pub fn adjusted(&self, py: Py<'_>, len: usize) -> PyResult<(i64, i64, i64)> {
        let n = len as i64;
        let get = |v: &Value| -> PyResult<Option<i64>> {
            if v.is(&py.none) {
                return Ok(None);
            }
            int::as_index(py, v)?.map(Some).ok_or_else(|| {
                py.type_error(
                    "slice indices must be integers or None or have an __index__ method"
                        .to_string(),
                )
            })
        };
        let step = get(&self.step)?.unwrap_or(1);
        if step == 0 {
            return Err(py.value_error("slice step cannot be zero".to_string()));
        }
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(i) if i < 0 => {
                    let j = i + n;
                    if j < 0 {
                        if step < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        j
                    }
                }
                Some(i) if i >= n => {
                    if step < 0 {
                        n - 1
                    } else {
                        n
                    }
                }
                Some(i) => i,
            }
        };
        let (start, stop) = if step > 0 {
            (clamp(get(&self.start)?, 0), clamp(get(&self.stop)?, n))
        } else {
            (clamp(get(&self.start)?, n - 1), clamp(get(&self.stop)?, -1))
        };
        Ok((start, stop, step))
    }
}

impl Slice {
    /// `(start, stop, step)` for a sequence of length `len` as big ints
    /// (ranges may be longer than any index), as `slice.indices`.
    pub fn adjusted_big(&self, py: Py<'_>, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
        let get = |v: &Value| -> PyResult<Option<BigInt>> {
            if v.is(&py.none) {
                return Ok(None);
            }
            int::index_big(py, v)?.map(Some).ok_or_else(|| {
                py.type_error(
                    "slice indices must be integers or None or have an __index__ method"
                        .to_string(),
                )
            })
        };
        let step = get(&self.step)?.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return Err(py.value_error("slice step cannot be zero".to_string()));
        }
        let back = step.is_negative();
        let (lower, upper) = if back {
            (BigInt::from(-1), len - 1u8)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(i) if i.is_negative() => (i + len).max(lower.clone()),
                Some(i) => i.min(upper.clone()),
            }
        };
        let (start, stop) = if back {
            (
                clamp(get(&self.start)?, &upper),
                clamp(get(&self.stop)?, &lower),
            )
        } else {
            (
                clamp(get(&self.start)?, &lower),
                clamp(get(&self.stop)?, &upper),
            )
        };
        Ok((start, stop, step))
    }
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(s) = v.downcast::<Slice>() else {
        return Ok("slice(?)".to_string());
    };
    Ok(format!(
        "slice({}, {}, {})",
        obj::repr(py, &s.start)?,
        obj::repr(py, &s.stop)?,
        obj::repr(py, &s.step)?
    ))
}

/// `slice(stop)`, `slice(start, stop[, step])`.
fn new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("slice() takes no keyword arguments".to_string()));
    }
    let (start, stop, step) = match args {
        [stop] => (py.none(), stop.clone(), py.none()),
        [a, b] => (a.clone(), b.clone(), py.none()),
        [a, b, c] => (a.clone(), b.clone(), c.clone()),
        [] => return Err(py.type_error("slice expected at least 1 argument, got 0".to_string())),
        _ => {
            return Err(py.type_error(format!(
                "slice expected at most 3 arguments, got {}",
                args.len()
            )))
        }
    };
    Ok(py.alloc(ty, Slice { start, stop, step }))
}

fn getattr(_py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(s) = v.downcast::<Slice>() else {
        return Ok(None);
    };
    Ok(match name {
        "start" => Some(s.start.clone()),
        "stop" => Some(s.stop.clone()),
        "step" => Some(s.step.clone()),
        _ => None,
    })
}

/// Slices compare as the tuples `(start, stop, step)`.
fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (a.downcast::<Slice>(), b.downcast::<Slice>()) else {
        return Ok(None);
    };
    let xs = [x.start.clone(), x.stop.clone(), x.step.clone()];
    let ys = [y.start.clone(), y.stop.clone(), y.step.clone()];
    super::tuple::compare_seq(py, &xs, &ys, op)
}

/// `slice.indices(length)`: the clamped `(start, stop, step)`.
fn indices(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [s, n] = args else {
        return Err(py.type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let Some(sl) = s.downcast::<Slice>() else {
        return Err(py.type_error("slice.indices() needs a slice".to_string()));
    };
    let len = int::index_big(py, n)?.ok_or_else(|| {
        py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(n)
        ))
    })?;
    if len.is_negative() {
        return Err(py.value_error("length should not be negative".to_string()));
    }
    let (a, b, c) = sl.adjusted_big(py, &len)?;
    Ok(super::tuple::new(
        py,
        vec![
            int::new_big(py, a),
            int::new_big(py, b),
            int::new_big(py, c),
        ],
    ))
}

pub const METHODS: &[(&str, NativeFn)] = &[("indices", indices)];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(super::list::unhashable),
        richcompare: Some(richcompare),
        new: Some(new),
        getattr: Some(getattr),
        ..Slots::default()
    }
}
