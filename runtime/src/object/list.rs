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
        // The right operand's `__radd__` may still accept; `binary_op`
        // gives the concatenation message when it does not.
        (Operator::Add, Some(_), None) => Ok(None),
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
            // As CPython's `PyNumber_InPlaceAdd`, the right operand's
            // `__radd__` is tried before extending.
            if !b.has_type(&py.types.list) && !b.has_type(&py.types.tuple) {
                if let Some(f) = py.type_obj(b).slots.binop {
                    if let Some(r) = f(py, a, b, op)? {
                        return Ok(Some(r));
                    }
                }
            }
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
        let n = cell.borrow().len();
        let bounds = sl.adjusted(py, n)?;
        let items = super::slice::Slice::take(&cell.borrow(), bounds);
        return Ok(new(py, items));
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
    let step_one = sl.step.is(&py.none) || sl.step.as_int() == Some(1);
    let items = obj::collect(py, item).map_err(|_| {
        py.type_error(if step_one {
            "can only assign an iterable".to_string()
        } else {
            "must assign iterable to extended slice".to_string()
        })
    })?;
    let n = cell.borrow().len();
    let old: Vec<Value> = if step_one {
        // The slice's start, clamped, even when it selects nothing.
        let (start, stop, _) = sl.adjusted(py, n)?;
        let start = start.clamp(0, n as i64) as usize;
        let len = (stop - start as i64).max(0) as usize;
        // Clamped again: an `__index__` may have shrunk the list meanwhile.
        let mut v = cell.borrow_mut();
        let start = start.min(v.len());
        let end = (start + len).min(v.len());
        // Released last to first, as CPython does for a simple slice.
        let mut old: Vec<Value> = v.splice(start..end, items).collect();
        old.reverse();
        old
    } else {
        let idx = sl.indices(py, n)?;
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
            .filter_map(|(&i, x)| v.get_mut(i).map(|slot| std::mem::replace(slot, x)))
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
            removed.extend(remove_at(cell, i));
        }
        drop(removed);
        return Ok(());
    }
    let n = cell.borrow().len();
    match obj::seq_index(py, key, n, "list assignment")? {
        Some(i) => match remove_at(cell, i) {
            Some(old) => {
                drop(old);
                Ok(())
            }
            None => Err(py.index_error("list assignment index out of range")),
        },
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
fn new_list(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(py.type_error("list() takes no keyword arguments".to_string()));
    }
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
            (0, 0) if name == "sort" && n < 3 => "sort() takes no positional arguments".to_string(),
            (0, 0) if name == "sort" => format!("sort() takes at most 2 arguments ({n} given)"),
            (0, 0) => format!("list.{name}() takes no arguments ({n} given)"),
            (1, 1) => format!("list.{name}() takes exactly one argument ({n} given)"),
            (a, b) if a == b => format!("{name} expected {a} arguments, got {n}"),
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
    // The index's type is checked before the list's length.
    if let Some(k) = rest.first().filter(|_| n == 0) {
        if crate::object::int::as_index(py, k)?.is_none() {
            return Err(py.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                py.type_name(k)
            )));
        }
    }
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
    remove_at(l, i).ok_or_else(|| {
        py.index_error(if l.borrow().is_empty() {
            "pop from empty list"
        } else {
            "pop index out of range"
        })
    })
}

/// Removes item `i` if the list (which Python code may have changed since
/// `i` was computed) still has it.
fn remove_at(cell: &RefCell<Vec<Value>>, i: usize) -> Option<Value> {
    let mut v = cell.borrow_mut();
    (i < v.len()).then(|| v.remove(i))
}

fn remove(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(py, "remove", args, kw, 1, 1)?;
    let items = l.borrow().clone();
    for (i, y) in items.iter().enumerate() {
        if obj::eq(py, y, &rest[0])? {
            let old = remove_at(l, i);
            drop(old);
            return Ok(py.none());
        }
    }
    Err(py.value_error("list.remove(x): x not in list".to_string()))
}

/// `list.index(x[, start[, stop]])`.
fn index(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some((l, rest)) = args.split_first() else {
        return Err(py.type_error("unbound method list.index() needs an argument".to_string()));
    };
    if !kw.is_empty() {
        return Err(py.type_error("list.index() takes no keyword arguments".to_string()));
    }
    let items = the(py, l)?.borrow().clone();
    match tuple::index_in(py, &items, rest)? {
        Some(i) => Ok(int::new_i64(py, i as i64)),
        None => Err(py.value_error(format!("{} is not in list", obj::repr(py, &rest[0])?))),
    }
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

/// `list.sort(*, key=None, reverse=False)`: stable, as CPython's. The list
/// is empty while it sorts; finding it non-empty afterwards means the key
/// or a comparison changed it: CPython's "list modified during sort".
fn sort(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(py, "sort", args, kw, 0, 0)?;
    let kwvals = &rest[rest.len() - kw.len()..];
    let (mut key, mut rev) = (None, false);
    for (name, v) in kw.iter().zip(kwvals) {
        match super::str::as_str(name) {
            Some("key") if !v.is(&py.none) => key = Some(v.clone()),
            Some("key") => {}
            Some("reverse") => rev = crate::builtins::cint::reverse_flag(py, v)?,
            Some(other) => {
                return Err(py.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
            None => {}
        }
    }
    let items = std::mem::take(&mut *l.borrow_mut());
    let (items, err) = match sort_values(py, items, key.as_ref(), rev) {
        Ok(v) => (v, None),
        Err((v, e)) => (v, Some(e)),
    };
    let meanwhile = std::mem::replace(&mut *l.borrow_mut(), items);
    let modified = !meanwhile.is_empty();
    drop(meanwhile);
    match err {
        Some(e) => Err(e),
        None if modified => Err(py.value_error("list modified during sort".to_string())),
        None => Ok(py.none()),
    }
}

/// Sorts `items` stably by `key(x)` if given, comparing with `<` only (as
/// CPython's timsort); on error the items come back in their original
/// order with the error. A merge sort of our own: an inconsistent `__lt__`
/// must not upset the Rust standard sort.
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
    // Reversing before and after a stable sort keeps equal items in their
    // original order, as CPython's `reverse=True`.
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    let lt = |i: usize, j: usize| obj::less(py, &keyed[i], &keyed[j]);
    if let Err(e) = merge_sort(&mut order, &lt) {
        return Err((items, e));
    }
    if reverse {
        order.reverse();
    }
    Ok(order.into_iter().map(|i| items[i].clone()).collect())
}

/// A stable sort of `v` by `lt`. Below 64 items it is what CPython's
/// timsort does there (one natural run, then binary insertion), so the
/// same `__lt__` calls happen in the same order; above, a merge sort.
fn merge_sort(v: &mut [usize], lt: &dyn Fn(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    if v.len() < 64 {
        return run_and_insert(v, lt);
    }
    let mid = v.len() / 2;
    merge_sort(&mut v[..mid], lt)?;
    merge_sort(&mut v[mid..], lt)?;
    let (left, right) = (v[..mid].to_vec(), v[mid..].to_vec());
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        // Take from the right only when strictly smaller: stability.
        if lt(right[j], left[i])? {
            v[k] = right[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    for &x in left[i..].iter().chain(&right[j..]) {
        v[k] = x;
        k += 1;
    }
    Ok(())
}

/// CPython's `count_run` (a strictly descending run is reversed) then
/// `binarysort` of the remaining items into it.
fn run_and_insert(v: &mut [usize], lt: &dyn Fn(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    if v.len() < 2 {
        return Ok(());
    }
    let mut n = 2;
    if lt(v[1], v[0])? {
        while n < v.len() && lt(v[n], v[n - 1])? {
            n += 1;
        }
        v[..n].reverse();
    } else {
        while n < v.len() && !lt(v[n], v[n - 1])? {
            n += 1;
        }
    }
    for start in n..v.len() {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if lt(pivot, v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
    }
    Ok(())
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
