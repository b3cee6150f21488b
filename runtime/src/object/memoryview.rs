//! `memoryview`: a one-dimensional view of unsigned bytes (format `'B'`) over
//! a bytes or bytearray object; writes through it reach a bytearray.

use crate::ast::Cmpop;
use crate::object::bytearray::ByteArray;
use crate::object::bytes::{self, bytes_like, Bytes};
use crate::object::text_args::bind;
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{self as obj, int, list, tuple, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct MemoryView {
    base: Value,
    start: i64,
    step: i64,
    len: usize,
    /// Made by `toreadonly()`: no writes even over a bytearray.
    frozen: bool,
}
impl Payload for MemoryView {
    const GC: bool = true;
}

impl MemoryView {
    fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }

    /// The bytes the view shows now.
    pub fn to_vec(&self) -> Vec<u8> {
        let read = |data: &[u8]| -> Vec<u8> {
            self.positions()
                .filter_map(|i| data.get(i).copied())
                .collect()
        };
        if let Some(b) = self.base.downcast::<Bytes>() {
            return read(&b.b);
        }
        if let Some(b) = self.base.downcast::<ByteArray>() {
            return read(&b.0.borrow());
        }
        Vec::new()
    }

    fn readonly(&self) -> bool {
        self.frozen || self.base.downcast::<ByteArray>().is_none()
    }
}

fn view<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a MemoryView> {
    v.downcast::<MemoryView>()
        .ok_or_else(|| py.type_error(format!("expected a memoryview, got '{}'", py.type_name(v))))
}

fn new_view(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(py, "memoryview", args, kw, &["object"], 1, true)?;
    let src = a[0].unwrap_or(&py.none).clone();
    if let Some(m) = src.downcast::<MemoryView>() {
        return Ok(py.alloc(
            &py.types.memoryview,
            MemoryView {
                base: m.base.clone(),
                start: m.start,
                step: m.step,
                len: m.len,
                frozen: m.frozen,
            },
        ));
    }
    let Some(data) = bytes_like(&src) else {
        return Err(py.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            py.type_name(&src)
        )));
    };
    Ok(py.alloc(
        &py.types.memoryview,
        MemoryView {
            base: src,
            start: 0,
            step: 1,
            len: data.len(),
            frozen: false,
        },
    ))
}

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    Ok(format!("<memory at {:#x}>", v.addr()))
}

fn len(py: Py<'_>, v: &Value) -> PyResult<usize> {
    Ok(view(py, v)?.len)
}

fn getitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<Value> {
    let m = view(py, v)?;
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        let (start, _stop, step) = sl.adjusted(py, m.len)?;
        let n = sl.indices(py, m.len)?.len();
        return Ok(py.alloc(
            &py.types.memoryview,
            MemoryView {
                base: m.base.clone(),
                start: m.start + start * m.step,
                step: m.step * step,
                len: n,
                frozen: m.frozen,
            },
        ));
    }
    match obj::seq_index(py, key, m.len, "index")? {
        Some(i) => Ok(int::new_i64(
            py,
            m.to_vec().get(i).copied().unwrap_or(0) as i64,
        )),
        None => Err(py.type_error("memoryview: invalid slice key".to_string())),
    }
}

fn setitem(py: Py<'_>, v: &Value, key: &Value, item: Value) -> PyResult<()> {
    let m = view(py, v)?;
    let Some(ba) = m.base.downcast::<ByteArray>().filter(|_| !m.frozen) else {
        return Err(py.type_error("cannot modify read-only memory".to_string()));
    };
    let positions: Vec<usize> = m.positions().collect();
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        let idx = sl.indices(py, m.len)?;
        let data = bytes_like(&item).ok_or_else(|| {
            py.type_error(format!(
                "a bytes-like object is required, not '{}'",
                py.type_name(&item)
            ))
        })?;
        if data.len() != idx.len() {
            return Err(py.value_error(
                "memoryview assignment: lvalue and rvalue have different structures".to_string(),
            ));
        }
        let mut buf = ba.0.borrow_mut();
        for (k, b) in idx.into_iter().zip(data) {
            if let Some(slot) = positions.get(k).and_then(|&p| buf.get_mut(p)) {
                *slot = b;
            }
        }
        return Ok(());
    }
    let Some(i) = obj::seq_index(py, key, m.len, "index")? else {
        return Err(py.type_error("memoryview: invalid slice key".to_string()));
    };
    let b = match int::as_index(py, &item)? {
        Some(x) => u8::try_from(x)
            .map_err(|_| py.value_error("memoryview: invalid value for format 'B'".to_string()))?,
        None => return Err(py.type_error("memoryview: invalid type for format 'B'".to_string())),
    };
    let mut buf = ba.0.borrow_mut();
    if let Some(slot) = positions.get(i).and_then(|&p| buf.get_mut(p)) {
        *slot = b;
    }
    Ok(())
}

/// Read-only views hash like the bytes they show.
fn hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    let m = view(py, v)?;
    if !m.readonly() {
        return Err(py.value_error("cannot hash writable memoryview object".to_string()));
    }
    // CPython hashes the exporter first: a bytearray refuses.
    obj::hash(py, &m.base)?;
    Ok(bytes::hash_bytes(&m.to_vec()))
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    if !matches!(op, Cmpop::Eq | Cmpop::NotEq) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
        return Ok(None);
    };
    let eq = x == y;
    Ok(Some(py.bool(if op == Cmpop::Eq { eq } else { !eq })))
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(bytes::new_iter(py, v))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let m = view(py, v)?;
    Ok(match name {
        "readonly" => Some(py.bool(m.readonly())),
        "format" => Some(py.new_str("B")),
        "itemsize" | "ndim" => Some(int::new_i64(py, 1)),
        "nbytes" => Some(int::new_i64(py, m.len as i64)),
        "shape" => Some(tuple::new(py, vec![int::new_i64(py, m.len as i64)])),
        "strides" => Some(tuple::new(py, vec![int::new_i64(py, m.step)])),
        "obj" => Some(m.base.clone()),
        "suboffsets" => Some(tuple::new(py, Vec::new())),
        "contiguous" | "c_contiguous" | "f_contiguous" => Some(py.bool(m.step == 1)),
        _ => None,
    })
}

fn me<'a>(py: Py<'_>, args: &'a [Value], name: &str) -> PyResult<(&'a MemoryView, &'a [Value])> {
    match args.split_first() {
        Some((v, rest)) => Ok((view(py, v)?, rest)),
        None => Err(super::descr::needs_receiver(py, "memoryview", name)),
    }
}

fn tobytes(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (m, rest) = me(py, args, "tobytes")?;
    bind(py, "memoryview.tobytes", rest, kw, &["order"], 0, true)?;
    Ok(bytes::new(py, m.to_vec()))
}

fn tolist(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (m, rest) = me(py, args, "tolist")?;
    bind(py, "memoryview.tolist", rest, kw, &[], 0, false)?;
    let items = m
        .to_vec()
        .into_iter()
        .map(|b| int::new_i64(py, b as i64))
        .collect();
    Ok(list::new(py, items))
}

fn hex(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (m, rest) = me(py, args, "hex")?;
    let a = bind(
        py,
        "memoryview.hex",
        rest,
        kw,
        &["sep", "bytes_per_sep"],
        0,
        true,
    )?;
    Ok(py.new_str(&bytes::hex_of(py, &m.to_vec(), a[0], a[1])?))
}

fn toreadonly(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (m, rest) = me(py, args, "toreadonly")?;
    bind(py, "memoryview.toreadonly", rest, kw, &[], 0, false)?;
    Ok(py.alloc(
        &py.types.memoryview,
        MemoryView {
            base: m.base.clone(),
            start: m.start,
            step: m.step,
            len: m.len,
            frozen: true,
        },
    ))
}

fn release(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    me(py, args, "release")?;
    Ok(py.none())
}

fn enter(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    me(py, args, "__enter__")?;
    Ok(args[0].clone())
}

fn exit(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    me(py, args, "__exit__")?;
    Ok(py.none())
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("tobytes", tobytes),
    ("tolist", tolist),
    ("hex", hex),
    ("release", release),
    ("toreadonly", toreadonly),
    ("__enter__", enter),
    ("__exit__", exit),
];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        richcompare: Some(richcompare),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        iter: Some(iter),
        getattr: Some(getattr),
        new: Some(new_view),
        hash: Some(hash),
        ..Slots::default()
    }
}
