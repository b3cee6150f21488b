//! `bytearray`: a mutable byte string. The read-only methods are bytes'
//! (`bytes::METHODS`, which build results of the receiver's type); here are
//! the slots and the mutating methods.

use std::cell::RefCell;

use crate::ast::Operator;
use crate::object::bytes::{self, bytes_like};
use crate::object::text_args::{bind, index_arg};
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{self as obj, int, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct ByteArray(pub RefCell<Vec<u8>>);
impl Payload for ByteArray {}

pub fn new(py: Py<'_>, data: Vec<u8>) -> Value {
    py.alloc(&py.types.bytearray, ByteArray(RefCell::new(data)))
}

fn cell<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a RefCell<Vec<u8>>> {
    v.downcast::<ByteArray>()
        .map(|b| &b.0)
        .ok_or_else(|| py.type_error(format!("expected a bytearray, got '{}'", py.type_name(v))))
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let data = cell(py, v)?.borrow().clone();
    let name = py.type_name(v);
    Ok(format!("{name}({})", crate::repr::bytes_repr(&data)))
}

fn len(py: Py<'_>, v: &Value) -> PyResult<usize> {
    Ok(cell(py, v)?.borrow().len())
}

fn contains(py: Py<'_>, v: &Value, item: &Value) -> PyResult<bool> {
    let data = cell(py, v)?.borrow().clone();
    bytes::contains_in(py, &data, item)
}

fn getitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<Value> {
    let data = cell(py, v)?.borrow().clone();
    bytes::getitem_in(py, v, &data, key)
}

/// An int in range(256) to store.
fn byte_of(py: Py<'_>, v: &Value) -> PyResult<u8> {
    let i = index_arg(py, v)?;
    u8::try_from(i).map_err(|_| py.value_error("byte must be in range(0, 256)".to_string()))
}

/// Replaces the items a slice selects with `data`, as `list` slice assignment.
pub fn assign_slice(
    py: Py<'_>,
    buf: &mut Vec<u8>,
    sl: &super::slice::Slice,
    data: Vec<u8>,
) -> PyResult<()> {
    let (start, stop, step) = sl.adjusted(py, buf.len())?;
    if step == 1 {
        let s = start.max(0) as usize;
        let e = (stop.max(start)).max(0) as usize;
        buf.splice(s..e.min(buf.len()), data);
        return Ok(());
    }
    let mut idx = sl.indices(py, buf.len())?;
    // Assigning nothing to an extended slice deletes it, as CPython does.
    if data.is_empty() {
        idx.sort_unstable();
        for &i in idx.iter().rev() {
            buf.remove(i);
        }
        return Ok(());
    }
    if idx.len() != data.len() {
        return Err(py.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            data.len(),
            idx.len()
        )));
    }
    for (i, b) in idx.into_iter().zip(data) {
        buf[i] = b;
    }
    Ok(())
}

fn setitem(py: Py<'_>, v: &Value, key: &Value, item: Value) -> PyResult<()> {
    let c = cell(py, v)?;
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        let data = match bytes_like(&item) {
            Some(d) => d,
            None if int::int_ref(py, &item).is_some() => {
                return Err(py.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)"
                        .to_string(),
                ))
            }
            None if obj::str::as_str(&item).is_some() => {
                return Err(py.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)"
                        .to_string(),
                ))
            }
            None => bytes::from_args(py, "bytearray", std::slice::from_ref(&item), &[])?,
        };
        let mut buf = c.borrow().clone();
        assign_slice(py, &mut buf, sl, data)?;
        *c.borrow_mut() = buf;
        return Ok(());
    }
    let n = c.borrow().len();
    match obj::seq_index(py, key, n, "bytearray")? {
        Some(i) => {
            let b = byte_of(py, &item)?;
            c.borrow_mut()[i] = b;
            Ok(())
        }
        None => Err(py.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            py.type_name(key)
        ))),
    }
}

fn delitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<()> {
    let c = cell(py, v)?;
    let n = c.borrow().len();
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        let mut idx = sl.indices(py, n)?;
        idx.sort_unstable();
        let mut buf = c.borrow_mut();
        for &i in idx.iter().rev() {
            buf.remove(i);
        }
        return Ok(());
    }
    match obj::seq_index(py, key, n, "bytearray")? {
        Some(i) => {
            c.borrow_mut().remove(i);
            Ok(())
        }
        None => Err(py.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            py.type_name(key)
        ))),
    }
}

fn inplace(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    let c = cell(py, a)?;
    match op {
        Operator::Add => {
            let Some(data) = bytes_like(b) else {
                return Err(py.type_error(format!("can't concat {} to bytearray", py.type_name(b))));
            };
            c.borrow_mut().extend_from_slice(&data);
            Ok(Some(a.clone()))
        }
        Operator::Mult => {
            let Some(n) = int::as_index(py, b)? else {
                return Ok(None);
            };
            let len = c.borrow().len();
            crate::object::text_args::repeat_size(py, len, n, "repeated bytes are too long")?;
            let rep = c.borrow().repeat(n.max(0) as usize);
            *c.borrow_mut() = rep;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(bytes::new_iter(py, v))
}

fn new_bytearray(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new(py, bytes::from_args(py, "bytearray", args, kw)?))
}

fn receiver<'a>(
    py: Py<'_>,
    args: &'a [Value],
    name: &str,
) -> PyResult<(&'a RefCell<Vec<u8>>, &'a [Value])> {
    match args.split_first() {
        Some((v, rest)) => Ok((cell(py, v)?, rest)),
        None => Err(super::descr::needs_receiver(py, "bytearray", name)),
    }
}

fn append(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (c, rest) = receiver(py, args, "append")?;
    let a = bind(py, "bytearray.append", rest, kw, &["item"], 1, false)?;
    let b = byte_of(py, a[0].unwrap_or(&args[0]))?;
    c.borrow_mut().push(b);
    Ok(py.none())
}

fn extend(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (c, rest) = receiver(py, args, "extend")?;
    let a = bind(
        py,
        "bytearray.extend",
        rest,
        kw,
        &["iterable_of_ints"],
        1,
        false,
    )?;
    let src = a[0].unwrap_or(&args[0]);
    let data = match bytes_like(src) {
        Some(d) => d,
        None => {
            if obj::iter(py, src).is_err() {
                return Err(
                    py.type_error(format!("can't extend bytearray with {}", py.type_name(src)))
                );
            }
            let items = obj::collect(py, src)?;
            items
                .iter()
                .map(|x| byte_of(py, x))
                .collect::<PyResult<Vec<u8>>>()?
        }
    };
    c.borrow_mut().extend_from_slice(&data);
    Ok(py.none())
}

fn insert(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (c, rest) = receiver(py, args, "insert")?;
    let a = bind(
        py,
        "bytearray.insert",
        rest,
        kw,
        &["index", "item"],
        2,
        false,
    )?;
    let i = index_arg(py, a[0].unwrap_or(&args[0]))?;
    let b = byte_of(py, a[1].unwrap_or(&args[0]))?;
    let n = c.borrow().len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    c.borrow_mut().insert(at as usize, b);
    Ok(py.none())
}

fn pop(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (c, rest) = receiver(py, args, "pop")?;
    let a = bind(py, "bytearray.pop", rest, kw, &["index"], 0, false)?;
    let n = c.borrow().len() as i64;
    if n == 0 {
        return Err(py.index_error("pop from empty bytearray"));
    }
    let i = match a[0] {
        Some(v) => index_arg(py, v)?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(py.index_error("pop index out of range"));
    }
    let b = c.borrow_mut().remove(j as usize);
    Ok(int::new_i64(py, b as i64))
}

fn remove(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (c, rest) = receiver(py, args, "remove")?;
    let a = bind(py, "bytearray.remove", rest, kw, &["value"], 1, false)?;
    let b = byte_of(py, a[0].unwrap_or(&args[0]))?;
    let pos = c.borrow().iter().position(|&x| x == b);
    match pos {
        Some(i) => {
            c.borrow_mut().remove(i);
            Ok(py.none())
        }
        None => Err(py.value_error("value not found in bytearray".to_string())),
    }
}

fn reverse(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (c, rest) = receiver(py, args, "reverse")?;
    bind(py, "bytearray.reverse", rest, kw, &[], 0, false)?;
    c.borrow_mut().reverse();
    Ok(py.none())
}

fn clear(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (c, rest) = receiver(py, args, "clear")?;
    bind(py, "bytearray.clear", rest, kw, &[], 0, false)?;
    c.borrow_mut().clear();
    Ok(py.none())
}

fn copy(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (c, rest) = receiver(py, args, "copy")?;
    bind(py, "bytearray.copy", rest, kw, &[], 0, false)?;
    let data = c.borrow().clone();
    Ok(new(py, data))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("reverse", reverse),
    ("clear", clear),
    ("copy", copy),
    ("fromhex", bytes::fromhex_bytearray),
];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(super::list::unhashable),
        richcompare: Some(bytes::richcompare),
        binop: Some(bytes::binop),
        inplace: Some(inplace),
        len: Some(len),
        contains: Some(contains),
        getitem: Some(getitem),
        setitem: Some(setitem),
        delitem: Some(delitem),
        iter: Some(iter),
        new: Some(new_bytearray),
        ..Slots::default()
    }
}
