//! Iterators computed by Rust closures: `enumerate`, `zip`, `map`, `filter`
//! and `reversed`, each its own type (so `type(x).__name__` is CPython's)
//! sharing one payload.

use std::cell::RefCell;

use crate::object::typeobj::Slots;
use crate::object::{self as obj, int, tuple, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

type Step = Box<dyn FnMut(Py<'_>) -> PyResult<Option<Value>>>;

pub struct NativeIter(RefCell<Option<Step>>);
impl Payload for NativeIter {
    const GC: bool = true;
    // The state is a Rust closure, which cannot be traversed: what it holds
    // counts as reachable. Clearing drops it, which breaks any cycle.
    fn clear(&self) {
        if let Ok(mut s) = self.0.try_borrow_mut() {
            drop(s.take());
        }
    }
}

fn make(py: Py<'_>, ty: &Value, step: Step) -> Value {
    py.alloc(ty, NativeIter(RefCell::new(Some(step))))
}

fn iter_self(_py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn next(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<NativeIter>() else {
        return Ok(None);
    };
    // Taken out while it runs: the step may run Python code that reaches
    // this iterator again, which then looks exhausted instead of re-entering.
    let Some(mut step) = it.0.borrow_mut().take() else {
        return Ok(None);
    };
    let r = step(py);
    // An error leaves the iterator usable, as CPython's map and zip are.
    if !matches!(r, Ok(None)) {
        *it.0.borrow_mut() = Some(step);
    }
    r
}

/// An iterator type that Python code cannot call to make one.
pub fn iter_slots() -> Slots {
    Slots {
        iter: Some(iter_self),
        next: Some(next),
        ..Slots::default()
    }
}

pub fn slots(new: fn(Py<'_>, &Value, &[Value], &[Value]) -> PyResult<Value>) -> Slots {
    Slots {
        iter: Some(iter_self),
        next: Some(next),
        new: Some(new),
        ..Slots::default()
    }
}

fn positional<'a>(
    py: Py<'_>,
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
) -> PyResult<&'a [Value]> {
    if kwnames.is_empty() {
        Ok(args)
    } else {
        Err(py.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// `enumerate(iterable, start=0)`.
pub fn enumerate_new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len());
    if npos > 2 {
        return Err(py.type_error(format!(
            "enumerate() takes at most 2 arguments ({npos} given)"
        )));
    }
    let (mut iterable, mut start) = (args[..npos].first().cloned(), args[..npos].get(1).cloned());
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match crate::object::str::as_str(k) {
            Some("start") => start = Some(v.clone()),
            Some("iterable") => iterable = Some(v.clone()),
            other => {
                return Err(py.type_error(format!(
                    "'{}' is an invalid keyword argument for enumerate()",
                    other.unwrap_or("?")
                )))
            }
        }
    }
    let Some(iterable) = iterable else {
        return Err(py.type_error("enumerate() missing required argument 'iterable'".to_string()));
    };
    let iterable = &iterable;
    if let Some(s) = &start {
        if int::index_big(py, s)?.is_none() {
            return Err(py.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                py.type_name(s)
            )));
        }
    }
    let mut n = start.unwrap_or_else(|| int::new_i64(py, 0));
    let it = obj::iter(py, iterable)?;
    Ok(make(
        py,
        ty,
        Box::new(move |py| {
            let Some(x) = obj::next(py, &it)? else {
                return Ok(None);
            };
            let i = n.clone();
            n = obj::binary_op(
                py,
                &n,
                &int::new_i64(py, 1),
                crate::ast::Operator::Add,
                false,
            )?;
            Ok(Some(tuple::new(py, vec![i, x])))
        }),
    ))
}

/// `zip(*iterables, strict=False)`: stops at the shortest; with `strict`,
/// iterables of unequal lengths raise CPython's ValueError.
pub fn zip_new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len());
    let mut strict = false;
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match crate::object::str::as_str(k) {
            Some("strict") => strict = obj::truthy(py, v)?,
            other => {
                return Err(py.type_error(format!(
                    "'{}' is an invalid keyword argument for zip()",
                    other.unwrap_or("?")
                )))
            }
        }
    }
    let its = args[..npos]
        .iter()
        .map(|a| obj::iter(py, a))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(make(
        py,
        ty,
        Box::new(move |py| {
            if its.is_empty() {
                return Ok(None);
            }
            let mut items = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match obj::next(py, it)? {
                    Some(x) => items.push(x),
                    None if !strict => return Ok(None),
                    None if i > 0 => return Err(zip_length_error(py, i, "shorter")),
                    None => {
                        // The first is exhausted: every other one must be too.
                        for (j, other) in its.iter().enumerate().skip(1) {
                            if obj::next(py, other)?.is_some() {
                                return Err(zip_length_error(py, j, "longer"));
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(tuple::new(py, items)))
        }),
    ))
}

/// "zip() argument 3 is shorter than arguments 1-2" (`i` counts from 0).
fn zip_length_error(py: Py<'_>, i: usize, what: &str) -> obj::PyErr {
    let before = if i == 1 {
        "argument 1".to_string()
    } else {
        format!("arguments 1-{i}")
    };
    py.value_error(format!("zip() argument {} is {what} than {before}", i + 1))
}

/// `iter(callable, sentinel)`: calls until the result equals the sentinel.
pub fn callable_iter(py: Py<'_>, f: Value, sentinel: Value) -> Value {
    make(
        py,
        &py.types.callable_iterator,
        Box::new(move |py| {
            let x = obj::call(py, &f, &[], &[])?;
            if obj::eq(py, &x, &sentinel)? {
                return Ok(None);
            }
            Ok(Some(x))
        }),
    )
}

/// `map(function, *iterables)`.
pub fn map_new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let args = positional(py, "map", args, kwnames)?;
    let Some((f, rest)) = args.split_first().filter(|(_, r)| !r.is_empty()) else {
        return Err(py.type_error("map() must have at least two arguments.".to_string()));
    };
    let f = f.clone();
    let its = rest
        .iter()
        .map(|a| obj::iter(py, a))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(make(
        py,
        ty,
        Box::new(move |py| {
            let mut items = Vec::with_capacity(its.len());
            for it in &its {
                match obj::next(py, it)? {
                    Some(x) => items.push(x),
                    None => return Ok(None),
                }
            }
            obj::call(py, &f, &items, &[]).map(Some)
        }),
    ))
}

/// `filter(function or None, iterable)`.
pub fn filter_new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let args = positional(py, "filter", args, kwnames)?;
    let [f, iterable] = args else {
        return Err(py.type_error(format!("filter expected 2 arguments, got {}", args.len())));
    };
    let f = if f.is(&py.none) {
        None
    } else {
        Some(f.clone())
    };
    let it = obj::iter(py, iterable)?;
    Ok(make(
        py,
        ty,
        Box::new(move |py| {
            while let Some(x) = obj::next(py, &it)? {
                let keep = match &f {
                    Some(f) => obj::call(py, f, std::slice::from_ref(&x), &[])?,
                    None => x.clone(),
                };
                if obj::truthy(py, &keep)? {
                    return Ok(Some(x));
                }
            }
            Ok(None)
        }),
    ))
}

/// `reversed(seq)`: `seq.__reversed__()` when the type has one; lists and
/// dicts get their own reverse iterators; other sequences (`__len__` and
/// `__getitem__`) are read by index from the end, as CPython's `reversed`.
pub fn reversed_new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let args = positional(py, "reversed", args, kwnames)?;
    let [seq] = args else {
        return Err(py.type_error(format!("reversed expected 1 argument, got {}", args.len())));
    };
    if let Some(r) = crate::builtins::classes::call_dunder(py, seq, "__reversed__", &[])? {
        return Ok(r);
    }
    if seq.downcast::<obj::list::List>().is_some() {
        return Ok(list_reversed(py, seq));
    }
    if seq.downcast::<obj::dict::Dict>().is_some() {
        return Ok(dict_reversed(py, seq));
    }
    let t = py.type_obj(seq);
    if let Some(m) = t.lookup("__reversed__") {
        return obj::call(py, &m, std::slice::from_ref(seq), &[]);
    }
    let (Some(getitem), Some(len)) = (t.slots.getitem, t.slots.len) else {
        return Err(py.type_error(format!("'{}' object is not reversible", t.name)));
    };
    let mut i = len(py, seq)?;
    let seq = seq.clone();
    Ok(make(
        py,
        ty,
        Box::new(move |py| {
            if i == 0 {
                return Ok(None);
            }
            i -= 1;
            match getitem(py, &seq, &int::new_i64(py, i as i64)) {
                Ok(x) => Ok(Some(x)),
                Err(e)
                    if e.matches(py, &py.types.index_error)
                        || e.matches(py, &py.types.stop_iteration) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }),
    ))
}

/// `iter(x)` for an object with `__getitem__` but no `__iter__`: items
/// `x[0]`, `x[1]`, ... until IndexError or StopIteration (CPython's
/// `PySeqIter`); `None` when the type has no `getitem` slot either.
pub fn getitem_iter(py: Py<'_>, seq: &Value) -> Option<Value> {
    let getitem = py.type_obj(seq).slots.getitem?;
    let seq = seq.clone();
    let mut i: i64 = 0;
    Some(make(
        py,
        &py.types.iterator,
        Box::new(move |py| {
            let r = getitem(py, &seq, &int::new_i64(py, i));
            i += 1;
            match r {
                Ok(x) => Ok(Some(x)),
                Err(e)
                    if e.matches(py, &py.types.index_error)
                        || e.matches(py, &py.types.stop_iteration) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }),
    ))
}

/// A list's reverse iterator (`list.__reversed__`). Lazy: items appended or
/// removed meanwhile are seen, as CPython's.
pub fn list_reversed(py: Py<'_>, seq: &Value) -> Value {
    let list = seq.clone();
    let mut i = seq
        .downcast::<obj::list::List>()
        .map_or(0, |l| l.0.borrow().len());
    make(
        py,
        &py.types.list_reverseiterator,
        Box::new(move |_py| {
            let Some(l) = list.downcast::<obj::list::List>() else {
                return Ok(None);
            };
            let items = l.0.borrow();
            if i == 0 || i > items.len() {
                return Ok(None);
            }
            i -= 1;
            Ok(items.get(i).cloned())
        }),
    )
}

/// A dict's reverse key iterator (`dict.__reversed__`).
pub fn dict_reversed(py: Py<'_>, seq: &Value) -> Value {
    let mut keys: Vec<Value> = obj::dict::items(seq).into_iter().map(|(k, _)| k).collect();
    keys.reverse();
    super::iter::SeqIter::new_value(
        py,
        &py.types.dict_reversekeyiterator,
        obj::list::new(py, keys),
    )
}
