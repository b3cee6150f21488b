//! `memoryview`: a one-dimensional view over a bytes or bytearray object, of
//! unsigned bytes (format `'B'`) or, after `cast`, of other native items;
//! writes through it reach a bytearray.

use crate::ast::Cmpop;
use crate::object::bytearray::ByteArray;
use crate::object::bytes::{self, bytes_like, Bytes};
use crate::object::memoryview_fmt as fmt;
use crate::object::text_args::bind;
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{self as obj, int, list, tuple, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct MemoryView {
    base: Value,
    /// The first item's byte offset in `base`.
    start: i64,
    /// The distance between items, in items.
    step: i64,
    /// The number of items.
    len: usize,
    /// The item format (a `struct` code, `b'B'` unless cast).
    fmt: u8,
    /// Made by `toreadonly()`: no writes even over a bytearray.
    frozen: bool,
}
impl Payload for MemoryView {
    const GC: bool = true;
}

impl MemoryView {
    fn item_size(&self) -> usize {
        fmt::item_size(self.fmt).unwrap_or(1)
    }

    /// The byte offset of each item's first byte.
    fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        let stride = self.step * self.item_size() as i64;
        (0..self.len).map(move |k| (self.start + k as i64 * stride) as usize)
    }

    /// The bytes the view shows now.
    pub fn to_vec(&self) -> Vec<u8> {
        let size = self.item_size();
        let read = |data: &[u8]| -> Vec<u8> {
            self.positions()
                .flat_map(|i| (i..i + size).filter_map(|j| data.get(j).copied()))
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

    /// Item `i` as a Python value.
    fn item(&self, py: Py<'_>, i: usize) -> Value {
        let size = self.item_size();
        let Some(p) = self.positions().nth(i) else {
            return py.none();
        };
        let raw = |data: &[u8]| {
            data.get(p..p + size)
                .map(<[u8]>::to_vec)
                .unwrap_or_default()
        };
        let raw = if let Some(b) = self.base.downcast::<Bytes>() {
            raw(&b.b)
        } else if let Some(b) = self.base.downcast::<ByteArray>() {
            raw(&b.0.borrow())
        } else {
            Vec::new()
        };
        fmt::unpack(py, self.fmt, &raw)
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
                fmt: m.fmt,
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
            fmt: b'B',
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
                start: m.start + start * m.step * m.item_size() as i64,
                step: m.step * step,
                len: n,
                fmt: m.fmt,
                frozen: m.frozen,
            },
        ));
    }
    match item_index(py, key, m.len)? {
        Some(i) => Ok(m.item(py, i)),
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
        let size = m.item_size();
        let data = bytes_like(&item).ok_or_else(|| {
            py.type_error(format!(
                "a bytes-like object is required, not '{}'",
                py.type_name(&item)
            ))
        })?;
        if data.len() != idx.len() * size {
            return Err(py.value_error(
                "memoryview assignment: lvalue and rvalue have different structures".to_string(),
            ));
        }
        let mut buf = ba.0.borrow_mut();
        for (k, item) in idx.into_iter().zip(data.chunks(size)) {
            for (j, &b) in item.iter().enumerate() {
                if let Some(slot) = positions.get(k).and_then(|&p| buf.get_mut(p + j)) {
                    *slot = b;
                }
            }
        }
        return Ok(());
    }
    let Some(i) = item_index(py, key, m.len)? else {
        return Err(py.type_error("memoryview: invalid slice key".to_string()));
    };
    let packed = fmt::pack(py, m.fmt, &item)?;
    let mut buf = ba.0.borrow_mut();
    for (j, b) in packed.into_iter().enumerate() {
        if let Some(slot) = positions.get(i).and_then(|&p| buf.get_mut(p + j)) {
            *slot = b;
        }
    }
    Ok(())
}

/// An item index of a view of `len` items (negative from the end), with
/// CPython's error past the ends; `None` when `key` is not an integer.
fn item_index(py: Py<'_>, key: &Value, len: usize) -> PyResult<Option<usize>> {
    if key.downcast::<super::float::Float>().is_some() {
        return Ok(None);
    }
    let Some(i) = int::index_big(py, key)? else {
        return Ok(None);
    };
    let Some(i) = num_traits::ToPrimitive::to_i64(&i) else {
        return Err(py.index_error("cannot fit 'int' into an index-sized integer"));
    };
    let i = if i < 0 { i + len as i64 } else { i };
    match usize::try_from(i) {
        Ok(k) if k < len => Ok(Some(k)),
        _ => Err(py.index_error("index out of bounds on dimension 1")),
    }
}

/// Read-only views hash like the bytes they show.
fn hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    let m = view(py, v)?;
    if !m.readonly() {
        return Err(py.value_error("cannot hash writable memoryview object".to_string()));
    }
    if !fmt::is_byte_format(m.fmt) {
        return Err(py.value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'".to_string(),
        ));
    }
    // CPython hashes the exporter first: a bytearray refuses.
    obj::hash(py, &m.base)?;
    Ok(bytes::hash_bytes(&m.to_vec()))
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    if !matches!(op, Cmpop::Eq | Cmpop::NotEq) {
        return Ok(None);
    }
    let cast = |v: &Value| v.downcast::<MemoryView>().map_or(b'B', |m| m.fmt);
    if cast(a) != b'B' || cast(b) != b'B' {
        // Views of other formats compare item by item.
        let (Some(x), Some(y)) = (items(py, a), items(py, b)) else {
            return Ok(None);
        };
        let mut eq = x.len() == y.len();
        for (p, q) in x.iter().zip(&y) {
            if !eq {
                break;
            }
            eq = obj::eq(py, p, q)?;
        }
        return Ok(Some(py.bool(if op == Cmpop::Eq { eq } else { !eq })));
    }
    let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
        return Ok(None);
    };
    let eq = x == y;
    Ok(Some(py.bool(if op == Cmpop::Eq { eq } else { !eq })))
}

/// The items of a memoryview, or the bytes of another bytes-like object.
fn items(py: Py<'_>, v: &Value) -> Option<Vec<Value>> {
    match v.downcast::<MemoryView>() {
        Some(m) => Some((0..m.len).map(|i| m.item(py, i)).collect()),
        None => Some(
            bytes_like(v)?
                .into_iter()
                .map(|b| int::new_i64(py, b as i64))
                .collect(),
        ),
    }
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    match v.downcast::<MemoryView>() {
        Some(m) if m.fmt != b'B' => {
            let all = items(py, v).unwrap_or_default();
            obj::iter(py, &list::new(py, all))
        }
        _ => Ok(bytes::new_iter(py, v)),
    }
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let m = view(py, v)?;
    Ok(match name {
        "readonly" => Some(py.bool(m.readonly())),
        "format" => Some(py.new_str(&(m.fmt as char).to_string())),
        "itemsize" => Some(int::new_i64(py, m.item_size() as i64)),
        "ndim" => Some(int::new_i64(py, 1)),
        "nbytes" => Some(int::new_i64(py, (m.len * m.item_size()) as i64)),
        "shape" => Some(tuple::new(py, vec![int::new_i64(py, m.len as i64)])),
        "strides" => Some(tuple::new(
            py,
            vec![int::new_i64(py, m.step * m.item_size() as i64)],
        )),
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
    let items = (0..m.len).map(|i| m.item(py, i)).collect();
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
            fmt: m.fmt,
            frozen: true,
        },
    ))
}

/// `m.cast(format, shape=None)`: the same memory seen as items of another
/// native format (one dimension).
fn cast(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (m, rest) = me(py, args, "cast")?;
    let a = bind(py, "cast", rest, kw, &["format", "shape"], 1, true)?;
    let format = a[0].unwrap_or(&py.none);
    let Some(text) = super::str::as_str(format) else {
        return Err(py.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            py.type_name(format)
        )));
    };
    let code = text.strip_prefix('@').unwrap_or(text).as_bytes();
    let new_fmt = match code {
        [c] if fmt::item_size(*c).is_some() => *c,
        _ => {
            return Err(py.value_error(
                "memoryview: destination format must be a native single character format \
                 prefixed with an optional '@'"
                    .to_string(),
            ))
        }
    };
    if m.step != 1 {
        return Err(
            py.type_error("memoryview: casts are restricted to C-contiguous views".to_string())
        );
    }
    if !fmt::is_byte_format(m.fmt) && !fmt::is_byte_format(new_fmt) {
        return Err(
            py.type_error("memoryview: cannot cast between two non-byte formats".to_string())
        );
    }
    let nbytes = m.len * m.item_size();
    let size = fmt::item_size(new_fmt).unwrap_or(1);
    if nbytes % size != 0 {
        return Err(py.type_error("memoryview: length is not a multiple of itemsize".to_string()));
    }
    if let Some(shape) = a[1] {
        let dims = obj::collect(py, shape)?;
        if dims.len() != 1 {
            return Err(py.new_error(
                &py.types.not_implemented_error,
                "memoryview: multi-dimensional casts are not supported".to_string(),
            ));
        }
        if int::as_index(py, &dims[0])? != Some((nbytes / size) as i64) {
            return Err(
                py.type_error("memoryview: product(shape) * itemsize != buffer size".to_string())
            );
        }
    }
    Ok(py.alloc(
        &py.types.memoryview,
        MemoryView {
            base: m.base.clone(),
            start: m.start,
            step: 1,
            len: nbytes / size,
            fmt: new_fmt,
            frozen: m.frozen,
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
    ("cast", cast),
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
