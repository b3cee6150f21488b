//! `range`: an immutable arithmetic progression. Bounds are arbitrary ints
//! (`range(10**20)` works); iteration takes an i64 fast path when it can.
//!
//! **Invariant:** `step != 0` and `len` is the number of items, cached at
//! creation.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::ast::Cmpop;
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{self as obj, int, tuple, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct Range {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub length: BigInt,
}
impl Payload for Range {}

impl Range {
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        let length = range_len(&start, &stop, &step);
        Range {
            start,
            stop,
            step,
            length,
        }
    }

    /// The length, saturated to `usize` (huge ranges only fail in `len()`).
    pub fn len(&self) -> usize {
        self.length.to_usize().unwrap_or(usize::MAX)
    }

    pub fn is_empty(&self) -> bool {
        self.length.is_zero()
    }

    /// Item `i` (not bounds-checked).
    pub fn get(&self, i: &BigInt) -> BigInt {
        &self.start + &self.step * i
    }

    /// The bounds as i64s, when the whole progression fits (the fast path).
    pub fn small(&self) -> Option<(i64, i64, usize)> {
        let start = self.start.to_i64()?;
        let step = self.step.to_i64()?;
        let len = self.length.to_usize()?;
        // The last item must fit too.
        self.get(&(&self.length - 1u8).max(BigInt::zero()))
            .to_i64()?;
        Some((start, step, len))
    }
}

/// The number of items of `range(start, stop, step)`.
fn range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u8).div_floor(&step) + 1u8
}

fn arg(py: Py<'_>, v: &Value) -> PyResult<BigInt> {
    int::index_big(py, v)?.ok_or_else(|| {
        py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(v)
        ))
    })
}

pub fn new_value(py: Py<'_>, r: Range) -> Value {
    py.alloc(&py.types.range, r)
}

/// `range(stop)`, `range(start, stop[, step])`.
fn new(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(py.type_error("range() takes no keyword arguments".to_string()));
    }
    let (start, stop, step) = match args {
        [stop] => (BigInt::zero(), arg(py, stop)?, BigInt::one()),
        [start, stop] => (arg(py, start)?, arg(py, stop)?, BigInt::one()),
        [start, stop, step] => (arg(py, start)?, arg(py, stop)?, arg(py, step)?),
        [] => return Err(py.type_error("range expected at least 1 argument, got 0".to_string())),
        _ => {
            return Err(py.type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )))
        }
    };
    if step.is_zero() {
        return Err(py.value_error("range() arg 3 must not be zero".to_string()));
    }
    Ok(new_value(py, Range::new(start, stop, step)))
}

fn the<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a Range> {
    v.downcast::<Range>().ok_or_else(|| {
        py.type_error(format!(
            "descriptor requires a 'range' object but received a '{}'",
            py.type_name(v)
        ))
    })
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let r = the(py, v)?;
    Ok(if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    })
}

fn len(py: Py<'_>, v: &Value) -> PyResult<usize> {
    let r = the(py, v)?;
    match r.length.to_i64() {
        Some(n) => Ok(n as usize),
        None => Err(py.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn truth(py: Py<'_>, v: &Value) -> PyResult<bool> {
    Ok(!the(py, v)?.is_empty())
}

fn getitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<Value> {
    let r = the(py, v)?;
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        // A slice of a range is a range, as CPython's `compute_slice`.
        let (istart, istop, istep) = sl.adjusted_big(py, &r.length)?;
        return Ok(new_value(
            py,
            Range::new(r.get(&istart), r.get(&istop), &r.step * istep),
        ));
    }
    let Some(i) = int::index_big(py, key)? else {
        return Err(py.type_error(format!(
            "range indices must be integers or slices, not {}",
            py.type_name(key)
        )));
    };
    let i = if i.is_negative() { i + &r.length } else { i };
    if i.is_negative() || i >= r.length {
        return Err(py.index_error("range object index out of range"));
    }
    Ok(int::new_big(py, r.get(&i)))
}

/// The position of int `i` in the range, if it is an item.
fn position(r: &Range, i: &BigInt) -> Option<BigInt> {
    let inside = if r.step.is_positive() {
        &r.start <= i && i < &r.stop
    } else {
        &r.stop < i && i <= &r.start
    };
    if !inside {
        return None;
    }
    let (q, rem) = (i - &r.start).div_rem(&r.step);
    rem.is_zero().then_some(q)
}

/// Ints and bools are looked up arithmetically; anything else by `==`
/// against every item, as CPython's `range_contains`.
fn contains(py: Py<'_>, v: &Value, x: &Value) -> PyResult<bool> {
    let r = the(py, v)?;
    if let Some(i) = int::int_ref(py, x) {
        return Ok(position(r, &i.to_big()).is_some());
    }
    let it = obj::iter(py, v)?;
    while let Some(y) = obj::next(py, &it)? {
        if obj::eq(py, &y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(super::iter::RangeIter::new_value(py, the(py, v)?))
}

/// Ranges are equal when they hold the same items (`range(0) ==
/// range(2, 1)`), as CPython's `range_equals`.
fn same(x: &Range, y: &Range) -> bool {
    x.length == y.length
        && (x.is_empty() || (x.start == y.start && (x.length.is_one() || x.step == y.step)))
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (a.downcast::<Range>(), b.downcast::<Range>()) else {
        return Ok(None);
    };
    Ok(match op {
        Cmpop::Eq => Some(py.bool(same(x, y))),
        Cmpop::NotEq => Some(py.bool(!same(x, y))),
        _ => None,
    })
}

/// The hash of `(len, start, step)`, with `None` for the parts that do not
/// change the items, so equal ranges hash alike.
fn hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    let r = the(py, v)?;
    let parts = if r.is_empty() {
        vec![int::new_i64(py, 0), py.none(), py.none()]
    } else if r.length.is_one() {
        vec![
            int::new_i64(py, 1),
            int::new_big(py, r.start.clone()),
            py.none(),
        ]
    } else {
        vec![
            int::new_big(py, r.length.clone()),
            int::new_big(py, r.start.clone()),
            int::new_big(py, r.step.clone()),
        ]
    };
    obj::hash(py, &tuple::new(py, parts))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(r) = v.downcast::<Range>() else {
        return Ok(None);
    };
    Ok(match name {
        "start" => Some(int::new_big(py, r.start.clone())),
        "stop" => Some(int::new_big(py, r.stop.clone())),
        "step" => Some(int::new_big(py, r.step.clone())),
        _ => None,
    })
}

fn recv<'a>(
    py: Py<'_>,
    args: &'a [Value],
    kw: &[Value],
    name: &str,
) -> PyResult<(&'a Range, &'a Value)> {
    if !kw.is_empty() {
        return Err(py.type_error(format!("range.{name}() takes no keyword arguments")));
    }
    match args {
        [r, x] => Ok((the(py, r)?, x)),
        _ => Err(py.type_error(format!(
            "range.{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

fn index(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (r, x) = recv(py, args, kw, "index")?;
    if let Some(i) = int::int_ref(py, x) {
        return match position(r, &i.to_big()) {
            Some(p) => Ok(int::new_big(py, p)),
            None => Err(py.value_error(format!("{} is not in range", obj::repr(py, x)?))),
        };
    }
    let it = obj::iter(py, &args[0])?;
    let mut n = 0i64;
    while let Some(y) = obj::next(py, &it)? {
        if obj::eq(py, &y, x)? {
            return Ok(int::new_i64(py, n));
        }
        n += 1;
    }
    Err(py.value_error("sequence.index(x): x not in sequence".to_string()))
}

fn count(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (r, x) = recv(py, args, kw, "count")?;
    if let Some(i) = int::int_ref(py, x) {
        return Ok(int::new_i64(py, position(r, &i.to_big()).is_some() as i64));
    }
    let it = obj::iter(py, &args[0])?;
    let mut n = 0i64;
    while let Some(y) = obj::next(py, &it)? {
        if obj::eq(py, &y, x)? {
            n += 1;
        }
    }
    Ok(int::new_i64(py, n))
}

/// `range.__reversed__()`: iterates the reversed progression without
/// materialising it.
fn reversed(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(py.type_error("range.__reversed__() needs an argument".to_string()));
    };
    let r = the(py, v)?;
    let last = r.get(&(&r.length - 1u8));
    let back = Range {
        start: last.clone(),
        stop: &r.start - &r.step,
        step: -&r.step,
        length: r.length.clone(),
    };
    Ok(super::iter::RangeIter::new_value(py, &back))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("index", index),
    ("count", count),
    ("__reversed__", reversed),
];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(hash),
        len: Some(len),
        bool: Some(truth),
        getitem: Some(getitem),
        contains: Some(contains),
        iter: Some(iter),
        richcompare: Some(richcompare),
        getattr: Some(getattr),
        new: Some(new),
        ..Slots::default()
    }
}
