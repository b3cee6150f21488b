//! `list`: a growable array of values.
//!
//! Methods copy items out of the `RefCell` before calling back into Python
//! (comparisons, reprs), so Python code that mutates the list meanwhile
//! cannot observe a borrowed list.

use std::cell::RefCell;

use crate::ast::{Cmpop, Operator};
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{self as obj, int, tuple, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct List(pub RefCell<Vec<Value>>);
/// Items are released last to first, as CPython's `list_dealloc`, so that
/// finalizers run in the same order.
impl Drop for List {
    fn drop(&mut self) {
        let items = self.0.get_mut();
        while let Some(x) = items.pop() {
            drop(x);
        }
    }
}

impl Payload for List {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.0.try_borrow() {
            items.iter().for_each(visit);
        }
    }
    fn clear(&self) {
        if let Ok(mut items) = self.0.try_borrow_mut() {
            drop(std::mem::take(&mut *items));
        }
    }
}

pub fn new(py: Py<'_>, items: Vec<Value>) -> Value {
    py.alloc(&py.types.list, List(RefCell::new(items)))
}

fn snapshot(v: &Value) -> Vec<Value> {
    v.downcast::<List>()
        .map_or_else(Vec::new, |l| l.0.borrow().clone())
}

fn the<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v.downcast::<List>() {
        Some(l) => Ok(&l.0),
        None => Err(py.type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            py.type_name(v)
        ))),
    }
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    obj::repr_guarded(py, v, "[...]", || {
        tuple::repr_items(py, &snapshot(v), "[", "]")
    })
}

pub(crate) fn unhashable(py: Py<'_>, v: &Value) -> PyResult<i64> {
    Err(py.type_error(format!("unhashable type: '{}'", py.type_name(v))))
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    if a.downcast::<List>().is_none() || b.downcast::<List>().is_none() {
        return Ok(None);
    }
    tuple::compare_seq(py, &snapshot(a), &snapshot(b), op)
}

fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    match (op, a.downcast::<List>(), b.downcast::<List>()) {
        (Operator::Add, Some(x), Some(y)) => {
            let v = [&x.0.borrow()[..], &y.0.borrow()[..]].concat();
            Ok(Some(new(py, v)))
        }
        (Operator::Add, Some(_), None) => Err(py.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            py.type_name(b)
        ))),
        (Operator::Mult, Some(_), None) => {
            Ok(tuple::repeat(py, &snapshot(a), b)?.map(|v| new(py, v)))
        }
        (Operator::Mult, None, Some(_)) => {
            Ok(tuple::repeat(py, &snapshot(b), a)?.map(|v| new(py, v)))
        }
        _ => Ok(None),
    }
}

/// `l += iterable` extends in place; `l *= n` repeats in place.
fn inplace(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    let cell = the(py, a)?;
    match op {
        Operator::Add => {
            let items = obj::collect(py, b)?;
            cell.borrow_mut().extend(items);
            Ok(Some(a.clone()))
        }
        Operator::Mult => {
            let Some(v) = tuple::repeat(py, &snapshot(a), b)? else {
                return Ok(None);
            };
            *cell.borrow_mut() = v;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

fn len(_py: Py<'_>, v: &Value) -> PyResult<usize> {
    Ok(v.downcast::<List>().map_or(0, |l| l.0.borrow().len()))
}

fn getitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<Value> {
    let cell = the(py, v)?;
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        let xs = cell.borrow().clone();
        let idx = sl.indices(py, xs.len())?;
        return Ok(new(py, idx.into_iter().map(|i| xs[i].clone()).collect()));
    }
    let n = cell.borrow().len();
    match obj::seq_index(py, key, n, "list")? {
        Some(i) => cell
            .borrow()
            .get(i)
            .cloned()
            .ok_or_else(|| py.index_error("list index out of range")),
        None => Err(py.type_error(format!(
            "list indices must be integers or slices, not {}",
            py.type_name(key)
        ))),
    }
}

/// `l[a:b] = items` (any step 1 slice) and `l[a:b:k] = items` (same length).
fn set_slice(
    py: Py<'_>,
    cell: &RefCell<Vec<Value>>,
    sl: &super::slice::Slice,
    item: &Value,
) -> PyResult<()> {
    let items = obj::collect(py, item)
        .map_err(|_| py.type_error("can only assign an iterable".to_string()))?;
    let n = cell.borrow().len();
    let idx = sl.indices(py, n)?;
    let step_one = sl.step.is(&py.none) || sl.step.as_int() == Some(1);
    let old: Vec<Value> = if step_one {
        // The slice's start, clamped, even when it selects nothing.
        let start = match idx.first() {
            Some(&i) => i,
            None => super::slice::Slice {
                start: sl.start.clone(),
                stop: py.none(),
                step: py.none(),
            }
            .indices(py, n)?
            .first()
            .copied()
            .unwrap_or(n),
        };
        cell.borrow_mut()
            .splice(start..start + idx.len(), items)
            .collect()
    } else {
        if idx.len() != items.len() {
            return Err(py.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                idx.len()
            )));
        }
        let mut v = cell.borrow_mut();
        idx.iter()
            .zip(items)
            .map(|(&i, x)| std::mem::replace(&mut v[i], x))
            .collect()
    };
    drop(old);
    Ok(())
}

fn setitem(py: Py<'_>, v: &Value, key: &Value, item: Value) -> PyResult<()> {
    let cell = the(py, v)?;
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        return set_slice(py, cell, sl, &item);
    }
    let n = cell.borrow().len();
    match obj::seq_index(py, key, n, "list assignment") {
        Ok(Some(i)) => {
            // The old item is dropped after the borrow ends (its dealloc may run code).
            let old = cell
                .borrow_mut()
                .get_mut(i)
                .map(|slot| std::mem::replace(slot, item));
            drop(old);
            Ok(())
        }
        Ok(None) => Err(py.type_error(format!(
            "list indices must be integers or slices, not {}",
            py.type_name(key)
        ))),
        Err(e) => Err(e),
    }
}

fn delitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<()> {
    let cell = the(py, v)?;
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        let n = cell.borrow().len();
        let mut idx = sl.indices(py, n)?;
        idx.sort_unstable();
        let mut removed = Vec::with_capacity(idx.len());
        for &i in idx.iter().rev() {
            removed.push(cell.borrow_mut().remove(i));
        }
        drop(removed);
        return Ok(());
    }
    let n = cell.borrow().len();
    match obj::seq_index(py, key, n, "list assignment")? {
        Some(i) => {
            let old = cell.borrow_mut().remove(i);
            drop(old);
            Ok(())
        }
        None => Err(py.type_error(format!(
            "list indices must be integers or slices, not {}",
            py.type_name(key)
        ))),
    }
}

fn contains(py: Py<'_>, v: &Value, item: &Value) -> PyResult<bool> {
    for x in snapshot(v) {
        if obj::eq(py, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(super::iter::SeqIter::new_value(
        py,
        &py.types.list_iterator,
        v.clone(),
    ))
}

/// `list(iterable)`.
fn new_list(py: Py<'_>, _ty: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [] => Ok(new(py, Vec::new())),
        [x] => Ok(new(py, obj::collect(py, x)?)),
        _ => Err(py.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// The receiver and arguments of a list method, with an arity check.
fn recv<'a>(
    py: Py<'_>,
    name: &str,
    args: &'a [Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<(&'a RefCell<Vec<Value>>, &'a [Value])> {
    let Some((l, rest)) = args.split_first() else {
        return Err(py.type_error(format!("unbound method list.{name}() needs an argument")));
    };
    if !kw.is_empty() && name != "sort" {
        return Err(py.type_error(format!("list.{name}() takes no keyword arguments")));
    }
    let n = rest.len().saturating_sub(kw.len());
    if n < min || n > max {
        return Err(py.type_error(match (min, max) {
            (0, 0) => format!("list.{name}() takes no arguments ({n} given)"),
            (a, b) if a == b => format!("list.{name}() takes exactly one argument ({n} given)"),
            _ => format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            ),
        }));
    }
    Ok((the(py, l)?, rest))
}

fn append(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(py, "append", args, kw, 1, 1)?;
    l.borrow_mut().push(rest[0].clone());
    Ok(py.none())
}

fn extend(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(py, "extend", args, kw, 1, 1)?;
    let items = obj::collect(py, &rest[0])?;
    l.borrow_mut().extend(items);
    Ok(py.none())
}

fn insert(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(py, "insert", args, kw, 2, 2)?;
    let i = int::as_index(py, &rest[0])?.ok_or_else(|| {
        py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(&rest[0])
        ))
    })?;
    let mut v = l.borrow_mut();
    let n = v.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(at as usize, rest[1].clone());
    Ok(py.none())
}

fn pop(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(py, "pop", args, kw, 0, 1)?;
    let n = l.borrow().len();
    if n == 0 {
        return Err(py.index_error("pop from empty list"));
    }
    let i = match rest.first() {
        Some(k) => match obj::seq_index(py, k, n, "pop") {
            Ok(Some(i)) => i,
            Ok(None) => {
                return Err(py.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    py.type_name(k)
                )))
            }
            Err(e) => return Err(e),
        },
        None => n - 1,
    };
    Ok(l.borrow_mut().remove(i))
}

fn remove(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(py, "remove", args, kw, 1, 1)?;
    let items = l.borrow().clone();
    for (i, y) in items.iter().enumerate() {
        if obj::eq(py, y, &rest[0])? {
            let old = l.borrow_mut().remove(i);
            drop(old);
            return Ok(py.none());
        }
    }
    Err(py.value_error("list.remove(x): x not in list".to_string()))
}

fn index(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(py, "index", args, kw, 1, 1)?;
    let items = l.borrow().clone();
    tuple::index_of(py, &items, &rest[0], "list").map_err(|_| {
        let r = obj::repr(py, &rest[0]).unwrap_or_default();
        py.value_error(format!("{r} is not in list"))
    })
}

fn count(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(py, "count", args, kw, 1, 1)?;
    let items = l.borrow().clone();
    tuple::count_of(py, &items, &rest[0])
}

fn reverse(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, _) = recv(py, "reverse", args, kw, 0, 0)?;
    l.borrow_mut().reverse();
    Ok(py.none())
}

fn copy(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, _) = recv(py, "copy", args, kw, 0, 0)?;
    let items = l.borrow().clone();
    Ok(new(py, items))
}

fn clear(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, _) = recv(py, "clear", args, kw, 0, 0)?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(py.none())
}

/// `list.sort(*, key=None, reverse=False)`: stable, as CPython's.
fn sort(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(py, "sort", args, kw, 0, 0)?;
    let kwvals = &rest[rest.len() - kw.len()..];
    let (mut key, mut rev) = (None, false);
    for (name, v) in kw.iter().zip(kwvals) {
        match super::str::as_str(name) {
            Some("key") if !v.is(&py.none) => key = Some(v.clone()),
            Some("key") => {}
            Some("reverse") => rev = obj::truthy(py, v)?,
            Some(other) => {
                return Err(py.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
            None => {}
        }
    }
    let items = std::mem::take(&mut *l.borrow_mut());
    let sorted = sort_values(py, items, key.as_ref(), rev);
    match sorted {
        Ok(v) => {
            *l.borrow_mut() = v;
            Ok(py.none())
        }
        Err((v, e)) => {
            *l.borrow_mut() = v;
            Err(e)
        }
    }
}

/// Sorts `items` (stable), by `key(x)` if given; on error the items come back
/// in some order with the error.
pub fn sort_values(
    py: Py<'_>,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> Result<Vec<Value>, (Vec<Value>, obj::PyErr)> {
    let mut keyed = Vec::with_capacity(items.len());
    for x in items.iter() {
        let k = match key {
            Some(f) => match obj::call(py, f, std::slice::from_ref(x), &[]) {
                Ok(k) => k,
                Err(e) => return Err((items, e)),
            },
            None => x.clone(),
        };
        keyed.push(k);
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // Reverse sorting keeps equal items in their original order, as CPython.
    order.sort_by(|&i, &j| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (a, b) = if reverse {
            (&keyed[j], &keyed[i])
        } else {
            (&keyed[i], &keyed[j])
        };
        match obj::less(py, a, b) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match obj::less(py, b, a) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = err {
        return Err((items, e));
    }
    Ok(order.into_iter().map(|i| items[i].clone()).collect())
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("reverse", reverse),
    ("copy", copy),
    ("clear", clear),
    ("sort", sort),
];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(unhashable),
        richcompare: Some(richcompare),
        binop: Some(binop),
        inplace: Some(inplace),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        delitem: Some(delitem),
        contains: Some(contains),
        iter: Some(iter),
        new: Some(new_list),
        ..Slots::default()
    }
}
