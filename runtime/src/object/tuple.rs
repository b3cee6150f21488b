//! `tuple`: an immutable, fixed-length array of values.

use crate::ast::{Cmpop, Operator};
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{self as obj, int, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct Tuple(pub Box<[Value]>);
/// Items are released last to first, as CPython's `tupledealloc`.
impl Drop for Tuple {
    fn drop(&mut self) {
        for x in self.0.iter_mut().rev() {
            // Replacing with a small int releases the item now, in this order.
            if let Some(zero) = Value::from_int(0) {
                drop(std::mem::replace(x, zero));
            }
        }
    }
}

impl Payload for Tuple {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.0.iter().for_each(visit);
    }
}

pub fn new(py: Py<'_>, items: Vec<Value>) -> Value {
    py.alloc(&py.types.tuple, Tuple(items.into_boxed_slice()))
}

fn items(v: &Value) -> &[Value] {
    v.downcast::<Tuple>().map_or(&[], |t| &t.0)
}

/// `(a, b)`, `(a,)`, `()`; items written with `repr`.
pub fn repr_items(py: Py<'_>, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    let mut out = String::from(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&obj::repr(py, x)?);
    }
    if items.len() == 1 && open == "(" {
        out.push(',');
    }
    out.push_str(close);
    Ok(out)
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    obj::repr_guarded(py, v, "(...)", || repr_items(py, items(v), "(", ")"))
}

/// CPython's tuple hash (the xxHash-based combination of 3.8+).
fn hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let xs = items(v);
    let mut acc = P5;
    for x in xs {
        let lane = obj::hash(py, x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(xs.len() as u64 ^ (P5 ^ 3527539));
    Ok(if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    })
}

/// Lexicographic comparison of two sequences, as CPython's list/tuple
/// richcompare: the first unequal pair decides.
pub fn compare_seq(py: Py<'_>, a: &[Value], b: &[Value], op: Cmpop) -> PyResult<Option<Value>> {
    if matches!(op, Cmpop::Eq | Cmpop::NotEq) && a.len() != b.len() {
        return Ok(Some(py.bool(op == Cmpop::NotEq)));
    }
    for (x, y) in a.iter().zip(b) {
        if !obj::eq(py, x, y)? {
            return match op {
                Cmpop::Eq => Ok(Some(py.bool(false))),
                Cmpop::NotEq => Ok(Some(py.bool(true))),
                _ => obj::compare(py, x, y, op).map(Some),
            };
        }
    }
    Ok(int::cmp_result(py, a.len().cmp(&b.len()), op))
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (a.downcast::<Tuple>(), b.downcast::<Tuple>()) else {
        return Ok(None);
    };
    compare_seq(py, &x.0, &y.0, op)
}

fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    match (op, a.downcast::<Tuple>(), b.downcast::<Tuple>()) {
        (Operator::Add, Some(x), Some(y)) => Ok(Some(new(py, [&x.0[..], &y.0[..]].concat()))),
        // The right operand's `__radd__` may still accept; `binary_op`
        // gives the concatenation message when it does not.
        (Operator::Add, Some(_), None) => Ok(None),
        (Operator::Mult, Some(x), None) => Ok(repeat(py, &x.0, b)?.map(|v| new(py, v))),
        (Operator::Mult, None, Some(y)) => Ok(repeat(py, &y.0, a)?.map(|v| new(py, v))),
        _ => Ok(None),
    }
}

/// `seq * n` for lists and tuples; `None` when `n` is not an int.
pub fn repeat(py: Py<'_>, items: &[Value], n: &Value) -> PyResult<Option<Vec<Value>>> {
    let Some(n) = int::as_index(py, n)? else {
        return Ok(None);
    };
    let n = n.max(0) as usize;
    if items.len().checked_mul(n).is_none() {
        return Err(py.new_error(
            &py.types.overflow_error,
            "repeated sequence is too long".to_string(),
        ));
    }
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(Some(out))
}

fn len(_py: Py<'_>, v: &Value) -> PyResult<usize> {
    Ok(items(v).len())
}

fn getitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<Value> {
    let xs = items(v);
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        let bounds = sl.adjusted(py, xs.len())?;
        let (start, stop, step) = bounds;
        // A full forward slice of an exact tuple is the tuple itself.
        if start == 0 && step == 1 && stop >= xs.len() as i64 && py.type_of(v).is(&py.types.tuple) {
            return Ok(v.clone());
        }
        return Ok(new(py, super::slice::Slice::take(xs, bounds)));
    }
    match obj::seq_index(py, key, xs.len(), "tuple")? {
        Some(i) => Ok(xs[i].clone()),
        None => Err(py.type_error(format!(
            "tuple indices must be integers or slices, not {}",
            py.type_name(key)
        ))),
    }
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(super::iter::SeqIter::new_value(
        py,
        &py.types.tuple_iterator,
        v.clone(),
    ))
}

/// `tuple(iterable)`.
fn new_tuple(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(py.type_error("tuple() takes no keyword arguments".to_string()));
    }
    match args {
        [] => Ok(new(py, Vec::new())),
        [x] if x.downcast::<Tuple>().is_some() && py.type_of(x).is(&py.types.tuple) => {
            Ok(x.clone())
        }
        [x] => Ok(new(py, obj::collect(py, x)?)),
        _ => Err(py.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `seq.index(x)` and `seq.count(x)` shared by tuple and list.
pub fn index_of(py: Py<'_>, xs: &[Value], x: &Value, what: &str) -> PyResult<Value> {
    for (i, y) in xs.iter().enumerate() {
        if obj::eq(py, y, x)? {
            return Ok(int::new_i64(py, i as i64));
        }
    }
    Err(py.value_error(format!("{what}.index(x): x not in {what}")))
}

pub fn count_of(py: Py<'_>, xs: &[Value], x: &Value) -> PyResult<Value> {
    let mut n = 0;
    for y in xs {
        if obj::eq(py, y, x)? {
            n += 1;
        }
    }
    Ok(int::new_i64(py, n))
}

/// Where `args[0]` first is in `xs[start:stop]` (`args` = `x[, start[, stop]]`,
/// clamped like slice bounds), as the `index` method of lists and tuples.
pub fn index_in(py: Py<'_>, xs: &[Value], args: &[Value]) -> PyResult<Option<usize>> {
    let (x, bounds) = match args {
        [] => return Err(py.type_error("index expected at least 1 argument, got 0".to_string())),
        [x, b @ ..] if b.len() <= 2 => (x, b),
        _ => {
            return Err(py.type_error(format!(
                "index expected at most 3 arguments, got {}",
                args.len()
            )))
        }
    };
    let n = xs.len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let Some(v) = v else {
            return Ok(default as usize);
        };
        let i = match int::index_big(py, v)? {
            // Beyond i64, a bound clamps to one end anyway.
            Some(b) => b
                .clamp((-n - 1).into(), (n + 1).into())
                .try_into()
                .unwrap_or(0i64),
            None => {
                return Err(py.type_error(
                    "slice indices must be integers or have an __index__ method".to_string(),
                ))
            }
        };
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        Ok(i as usize)
    };
    let start = bound(bounds.first(), 0)?;
    let stop = bound(bounds.get(1), n)?;
    let mut i = start;
    while i < stop.min(xs.len()) {
        if obj::eq(py, &xs[i], x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn t_index(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(py.type_error("tuple.index() takes no keyword arguments".to_string()));
    }
    let Some((t, rest)) = args.split_first() else {
        return Err(py.type_error("unbound method tuple.index() needs an argument".to_string()));
    };
    match index_in(py, items(t), rest)? {
        Some(i) => Ok(int::new_i64(py, i as i64)),
        None => Err(py.value_error("tuple.index(x): x not in tuple".to_string())),
    }
}

fn t_count(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(py.type_error("tuple.count() takes no keyword arguments".to_string()));
    }
    match args {
        [t, x] => count_of(py, items(t), x),
        _ => Err(py.type_error(format!(
            "tuple.count() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

pub const METHODS: &[(&str, NativeFn)] = &[("index", t_index), ("count", t_count)];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        binop: Some(binop),
        len: Some(len),
        getitem: Some(getitem),
        iter: Some(iter),
        new: Some(new_tuple),
        ..Slots::default()
    }
}
