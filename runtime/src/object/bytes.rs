//! `bytes`: an immutable byte string with its hash cached. The methods here
//! serve `bytearray` too: they read the receiver's bytes and build a result
//! of the receiver's type.

use std::cell::Cell;
use std::hash::Hasher;

use crate::ast::{Cmpop, Operator};
use crate::object::bytearray::ByteArray;
use crate::object::memoryview::MemoryView;
use crate::object::seqops;
use crate::object::text_args::{bind, index_arg, opt_index, span, span_past_end};
use crate::object::typeobj::{NativeFn, Slots, TypeObject};
use crate::object::{self as obj, int, list, str::as_str, tuple, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct Bytes {
    pub b: Vec<u8>,
    hash: Cell<Option<i64>>,
}
impl Payload for Bytes {}

pub fn new(py: Py<'_>, b: Vec<u8>) -> Value {
    py.alloc(
        &py.types.bytes,
        Bytes {
            b,
            hash: Cell::new(None),
        },
    )
}

/// The contents of a bytes object.
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    v.downcast::<Bytes>().map(|b| b.b.as_slice())
}

/// A copy of the contents of any bytes-like object (bytes, bytearray,
/// memoryview).
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<Bytes>() {
        return Some(b.b.clone());
    }
    if let Some(b) = v.downcast::<ByteArray>() {
        return Some(b.0.borrow().clone());
    }
    if let Some(m) = v.downcast::<MemoryView>() {
        return Some(m.to_vec());
    }
    None
}

/// A result of the same type as `like` (bytearray methods return bytearrays).
pub fn make_like(py: Py<'_>, like: &Value, data: Vec<u8>) -> Value {
    if like.downcast::<ByteArray>().is_some() {
        super::bytearray::new(py, data)
    } else {
        new(py, data)
    }
}

fn kind_name(v: &Value) -> &'static str {
    if v.downcast::<ByteArray>().is_some() {
        "bytearray"
    } else {
        "bytes"
    }
}

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    Ok(crate::repr::bytes_repr(as_bytes(v).unwrap_or(&[])))
}

/// SipHash-1-3 with a zero key, as CPython with PYTHONHASHSEED=0 (and as str).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    hasher.write(b);
    let h = hasher.finish() as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash(_py: Py<'_>, v: &Value) -> PyResult<i64> {
    let Some(b) = v.downcast::<Bytes>() else {
        return Ok(0);
    };
    if let Some(h) = b.hash.get() {
        return Ok(h);
    }
    let h = hash_bytes(&b.b);
    b.hash.set(Some(h));
    Ok(h)
}

/// Comparison of bytes-like objects (bytes, bytearray) by content.
pub fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    let is_seq = |v: &Value| v.downcast::<Bytes>().is_some() || v.downcast::<ByteArray>().is_some();
    if !is_seq(a) || !(is_seq(b) || b.downcast::<MemoryView>().is_some()) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
        return Ok(None);
    };
    Ok(int::cmp_result(py, x.cmp(&y), op))
}

pub fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    let left_is_seq = a.downcast::<Bytes>().is_some() || a.downcast::<ByteArray>().is_some();
    match op {
        Operator::Add if left_is_seq => {
            let Some(y) = bytes_like(b) else {
                return Err(py.type_error(format!(
                    "can't concat {} to {}",
                    py.type_name(b),
                    kind_name(a)
                )));
            };
            let mut x = bytes_like(a).unwrap_or_default();
            x.extend_from_slice(&y);
            Ok(Some(make_like(py, a, x)))
        }
        Operator::Mult => {
            let (seq, n) = if left_is_seq { (a, b) } else { (b, a) };
            let Some(x) = bytes_like(seq) else {
                return Ok(None);
            };
            if seq.downcast::<MemoryView>().is_some() {
                return Ok(None);
            }
            let Some(n) = crate::object::text_args::repeat_count(py, n)? else {
                return crate::object::text_args::non_int_repeat(py, n, left_is_seq);
            };
            crate::object::text_args::repeat_size(py, x.len(), n, "repeated bytes are too long")?;
            Ok(Some(make_like(py, seq, x.repeat(n.max(0) as usize))))
        }
        Operator::Mod if left_is_seq => {
            let fmt = bytes_like(a).unwrap_or_default();
            let out = super::str_format::percent_bytes(py, &fmt, b)?;
            Ok(Some(make_like(py, a, out)))
        }
        _ => Ok(None),
    }
}

fn len(_py: Py<'_>, v: &Value) -> PyResult<usize> {
    Ok(as_bytes(v).map_or(0, <[u8]>::len))
}

/// `x in b`: an int byte or a bytes-like subsequence.
pub fn contains_in(py: Py<'_>, data: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(sub) = bytes_like(item) {
        return Ok(seqops::find(data, &sub, 0, data.len()).is_some());
    }
    let byte = byte_value(py, item)?;
    Ok(data.contains(&byte))
}

/// An int in range(256), as `in` and `find` take it.
fn byte_value(py: Py<'_>, v: &Value) -> PyResult<u8> {
    let Some(i) = int::as_index(py, v)? else {
        return Err(py.type_error(format!(
            "a bytes-like object is required, not '{}'",
            py.type_name(v)
        )));
    };
    u8::try_from(i).map_err(|_| py.value_error("byte must be in range(0, 256)".to_string()))
}

fn contains(py: Py<'_>, v: &Value, item: &Value) -> PyResult<bool> {
    contains_in(py, as_bytes(v).unwrap_or(&[]), item)
}

/// Indexing shared with bytearray: an int gives an int, a slice a new object.
pub fn getitem_in(py: Py<'_>, v: &Value, data: &[u8], key: &Value) -> PyResult<Value> {
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        let idx = sl.indices(py, data.len())?;
        let out: Vec<u8> = idx.into_iter().map(|i| data[i]).collect();
        return Ok(make_like(py, v, out));
    }
    match int::as_index(py, key)? {
        Some(i) => {
            let n = data.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(py.index_error(if v.downcast::<ByteArray>().is_some() {
                    "bytearray index out of range"
                } else {
                    "index out of range"
                }));
            }
            Ok(int::new_i64(py, data[j as usize] as i64))
        }
        None => Err(py.type_error(format!(
            "{} indices must be integers or slices, not {}",
            // CPython's bytes says "byte indices".
            match kind_name(v) {
                "bytes" => "byte",
                k => k,
            },
            py.type_name(key)
        ))),
    }
}

fn getitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<Value> {
    getitem_in(py, v, as_bytes(v).unwrap_or(&[]), key)
}

/// Iterates bytes and bytearrays by index, yielding ints.
pub struct BytesIter {
    seq: Value,
    index: Cell<usize>,
}
impl Payload for BytesIter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.seq);
    }
}

pub fn new_iter(py: Py<'_>, v: &Value) -> Value {
    let ty = if v.downcast::<ByteArray>().is_some() {
        &py.types.bytearray_iterator
    } else {
        &py.types.bytes_iterator
    };
    py.alloc(
        ty,
        BytesIter {
            seq: v.clone(),
            index: Cell::new(0),
        },
    )
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(new_iter(py, v))
}

fn iter_self(_py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn iter_next(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<BytesIter>() else {
        return Ok(None);
    };
    let i = it.index.get();
    let byte = if let Some(b) = it.seq.downcast::<Bytes>() {
        b.b.get(i).copied()
    } else if let Some(b) = it.seq.downcast::<ByteArray>() {
        b.0.borrow().get(i).copied()
    } else if let Some(m) = it.seq.downcast::<MemoryView>() {
        m.to_vec().get(i).copied()
    } else {
        None
    };
    Ok(byte.map(|b| {
        it.index.set(i + 1);
        int::new_i64(py, b as i64)
    }))
}

pub fn iter_slots() -> Slots {
    Slots {
        iter: Some(iter_self),
        next: Some(iter_next),
        ..Slots::default()
    }
}

/// The bytes an iterable of ints, a bytes-like object, an int count or a
/// str with an encoding make (`bytes(x)` and `bytearray(x)`).
pub fn from_args(py: Py<'_>, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Vec<u8>> {
    let a = bind(
        py,
        name,
        args,
        kw,
        &["source", "encoding", "errors"],
        0,
        true,
    )?;
    let Some(src) = a[0] else {
        if a[1].is_some() || a[2].is_some() {
            return Err(py.type_error(if a[1].is_some() {
                "encoding without a string argument".to_string()
            } else {
                "errors without a string argument".to_string()
            }));
        }
        return Ok(Vec::new());
    };
    if name == "bytes" && a[1].is_none() && a[2].is_none() {
        if let Some(r) = crate::object::text_args::call_hook(py, src, "__bytes__")? {
            return match as_bytes(&r) {
                Some(b) => Ok(b.to_vec()),
                None => Err(py.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    py.type_name(&r)
                ))),
            };
        }
    }
    if let Some(s) = as_str(src) {
        let Some(enc) = a[1] else {
            return Err(py.type_error("string argument without an encoding".to_string()));
        };
        let enc = str_param(py, name, "encoding", enc)?;
        let errors = match a[2] {
            Some(e) => str_param(py, name, "errors", e)?,
            None => "strict",
        };
        let _ = s;
        return super::codec::encode_value(py, src, enc, errors);
    }
    if a[1].is_some() {
        return Err(py.type_error("encoding without a string argument".to_string()));
    }
    if a[2].is_some() {
        return Err(py.type_error("errors without a string argument".to_string()));
    }
    if let Some(b) = bytes_like(src) {
        return Ok(b);
    }
    let counted = match crate::object::text_args::call_hook(py, src, "__index__")? {
        Some(r) => r,
        None => src.clone(),
    };
    if let Some(n) = int::as_index(py, &counted)? {
        if n < 0 {
            return Err(py.value_error("negative count".to_string()));
        }
        crate::object::text_args::check_size(py, n as u128)?;
        return Ok(vec![0; n as usize]);
    }
    let items = obj::collect(py, src).map_err(|_| {
        py.type_error(format!(
            "cannot convert '{}' object to {name}",
            py.type_name(src)
        ))
    })?;
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        let i = index_arg(py, x)?;
        let b = u8::try_from(i).map_err(|_| {
            py.value_error(if name == "bytes" {
                "bytes must be in range(0, 256)".to_string()
            } else {
                "byte must be in range(0, 256)".to_string()
            })
        })?;
        out.push(b);
    }
    Ok(out)
}

fn str_param<'a>(py: Py<'_>, f: &str, p: &str, v: &'a Value) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        py.type_error(format!(
            "{f}() argument '{p}' must be str, not {}",
            py.type_name(v)
        ))
    })
}

fn new_bytes(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if let ([x], []) = (args, kw) {
        if py.type_of(x).is(&py.types.bytes) {
            return Ok(x.clone());
        }
    }
    Ok(new(py, from_args(py, "bytes", args, kw)?))
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        binop: Some(binop),
        len: Some(len),
        contains: Some(contains),
        getitem: Some(getitem),
        iter: Some(iter),
        new: Some(new_bytes),
        ..Slots::default()
    }
}

// ---- methods shared by bytes and bytearray ----

/// The receiver's bytes and the remaining arguments.
fn me<'a>(
    py: Py<'_>,
    args: &'a [Value],
    name: &str,
) -> PyResult<(Vec<u8>, &'a Value, &'a [Value])> {
    let Some((v, rest)) = args.split_first() else {
        return Err(py.type_error(format!("unbound method {name}() needs an argument")));
    };
    match bytes_like(v) {
        Some(b) if v.downcast::<MemoryView>().is_none() => Ok((b, v, rest)),
        _ => Err(py.type_error(format!(
            "descriptor '{name}' requires a 'bytes' object but received a '{}'",
            py.type_name(v)
        ))),
    }
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
fn buf_arg(py: Py<'_>, v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        py.type_error(format!(
            "a bytes-like object is required, not '{}'",
            py.type_name(v)
        ))
    })
}

/// The needle of `find`/`count`/`index`: bytes-like or an int byte.
fn needle(py: Py<'_>, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    match int::as_index(py, v)? {
        Some(i) => u8::try_from(i)
            .map(|b| vec![b])
            .map_err(|_| py.value_error("byte must be in range(0, 256)".to_string())),
        None => Err(py.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            py.type_name(v)
        ))),
    }
}

fn search(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (data, _, rest) = me(py, args, name)?;
    let a = bind(
        py,
        &format!("{}.{name}", kind_name(&args[0])),
        rest,
        kw,
        &["sub", "start", "end"],
        1,
        false,
    )?;
    let sub = needle(py, a[0].unwrap_or(&args[0]))?;
    let (start, end) = (opt_index(py, a[1])?, opt_index(py, a[2])?);
    let (s, e) = span(data.len(), start, end);
    if name == "count" {
        let n = if span_past_end(data.len(), start) {
            0
        } else {
            seqops::count(&data, &sub, s, e)
        };
        return Ok(int::new_i64(py, n as i64));
    }
    let found = if span_past_end(data.len(), start) {
        None
    } else if name.starts_with('r') {
        seqops::rfind(&data, &sub, s, e)
    } else {
        seqops::find(&data, &sub, s, e)
    };
    match (found, name) {
        (Some(i), _) => Ok(int::new_i64(py, i as i64)),
        (None, "index" | "rindex") => Err(py.value_error("subsection not found".to_string())),
        (None, _) => Ok(int::new_i64(py, -1)),
    }
}

fn find(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(py, args, kw, "find")
}
fn rfind(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(py, args, kw, "rfind")
}
fn index(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(py, args, kw, "index")
}
fn rindex(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(py, args, kw, "rindex")
}
fn count(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(py, args, kw, "count")
}

fn affix(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (data, _, rest) = me(py, args, name)?;
    let a = bind(
        py,
        &format!("{}.{name}", kind_name(&args[0])),
        rest,
        kw,
        &["prefix", "start", "end"],
        1,
        false,
    )?;
    let arg = a[0].unwrap_or(&args[0]);
    let (start, end) = (opt_index(py, a[1])?, opt_index(py, a[2])?);
    if span_past_end(data.len(), start) {
        return Ok(py.bool(false));
    }
    let (s, e) = span(data.len(), start, end);
    if s > e {
        return Ok(py.bool(false));
    }
    let window = &data[s..e];
    let test = |p: &[u8]| {
        if name == "startswith" {
            window.starts_with(p)
        } else {
            window.ends_with(p)
        }
    };
    if let Some(t) = arg.downcast::<tuple::Tuple>() {
        for item in t.0.iter() {
            if test(&buf_arg(py, item)?) {
                return Ok(py.bool(true));
            }
        }
        return Ok(py.bool(false));
    }
    match bytes_like(arg) {
        Some(p) => Ok(py.bool(test(&p))),
        None => Err(py.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            py.type_name(arg)
        ))),
    }
}

fn startswith(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(py, args, kw, "startswith")
}
fn endswith(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(py, args, kw, "endswith")
}

pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_impl(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (data, v, rest) = me(py, args, name)?;
    let a = bind(
        py,
        &format!("{}.{name}", kind_name(&args[0])),
        rest,
        kw,
        &["sep", "maxsplit"],
        0,
        true,
    )?;
    let max = match a[1] {
        Some(m) => index_arg(py, m)?,
        None => -1,
    };
    let parts: Vec<&[u8]> = match a[0] {
        Some(s) if !s.is(&py.none) => {
            let sep = buf_arg(py, s)?;
            if sep.is_empty() {
                return Err(py.value_error("empty separator".to_string()));
            }
            let sep: &[u8] = &sep;
            let r = if name == "split" {
                seqops::split(&data, sep, max)
            } else {
                seqops::rsplit(&data, sep, max)
            };
            r.into_iter().collect()
        }
        _ if name == "split" => seqops::split_ws(&data, is_space, max),
        _ => seqops::rsplit_ws(&data, is_space, max),
    };
    let items = parts
        .into_iter()
        .map(|p| make_like(py, v, p.to_vec()))
        .collect();
    Ok(list::new(py, items))
}

fn split(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(py, args, kw, "split")
}
fn rsplit(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(py, args, kw, "rsplit")
}

fn splitlines(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, v, rest) = me(py, args, "splitlines")?;
    let a = bind(
        py,
        &format!("{}.splitlines", kind_name(&args[0])),
        rest,
        kw,
        &["keepends"],
        0,
        true,
    )?;
    let keep = match a[0] {
        Some(k) => obj::truthy(py, k)?,
        None => false,
    };
    let parts = seqops::splitlines(&data, |b| b == b'\n' || b == b'\r', b'\r', b'\n', keep);
    let items = parts
        .into_iter()
        .map(|p| make_like(py, v, p.to_vec()))
        .collect();
    Ok(list::new(py, items))
}

fn join(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sep, v, rest) = me(py, args, "join")?;
    let a = bind(
        py,
        &format!("{}.join", kind_name(&args[0])),
        rest,
        kw,
        &["iterable_of_bytes"],
        1,
        false,
    )?;
    let items = obj::collect(py, a[0].unwrap_or(&args[0]))?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = bytes_like(item) else {
            return Err(py.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                py.type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(make_like(py, v, out))
}

fn strip_impl(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (data, v, rest) = me(py, args, name)?;
    let a = bind(
        py,
        &format!("{}.{name}", kind_name(&args[0])),
        rest,
        kw,
        &["bytes"],
        0,
        false,
    )?;
    let chars = match a[0] {
        Some(c) if !c.is(&py.none) => Some(buf_arg(py, c)?),
        _ => None,
    };
    let pred = |b: u8| chars.as_ref().map_or(is_space(b), |cs| cs.contains(&b));
    let (s, e) = seqops::strip_bounds(&data, pred, name != "rstrip", name != "lstrip");
    Ok(make_like(py, v, data[s..e].to_vec()))
}

fn strip(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(py, args, kw, "strip")
}
fn lstrip(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(py, args, kw, "lstrip")
}
fn rstrip(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(py, args, kw, "rstrip")
}

fn map_bytes(
    py: Py<'_>,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let (data, v, rest) = me(py, args, name)?;
    bind(
        py,
        &format!("{}.{name}", kind_name(&args[0])),
        rest,
        kw,
        &[],
        0,
        false,
    )?;
    Ok(make_like(py, v, f(&data)))
}

fn upper(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(py, args, kw, "upper", |d| d.to_ascii_uppercase())
}
fn lower(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(py, args, kw, "lower", |d| d.to_ascii_lowercase())
}
fn swapcase(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(py, args, kw, "swapcase", |d| {
        d.iter()
            .map(|&b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn capitalize(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(py, args, kw, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, &b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn title(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(py, args, kw, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let out = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn predicate(
    py: Py<'_>,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let (data, _, rest) = me(py, args, name)?;
    bind(
        py,
        &format!("{}.{name}", kind_name(&args[0])),
        rest,
        kw,
        &[],
        0,
        false,
    )?;
    Ok(py.bool(f(&data)))
}

fn all_of(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}
fn isalpha(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(py, args, kw, "isalpha", |d| {
        all_of(d, u8::is_ascii_alphabetic)
    })
}
fn isalnum(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(py, args, kw, "isalnum", |d| {
        all_of(d, u8::is_ascii_alphanumeric)
    })
}
fn isdigit(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(py, args, kw, "isdigit", |d| all_of(d, u8::is_ascii_digit))
}
fn isspace(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(py, args, kw, "isspace", |d| all_of(d, |b| is_space(*b)))
}
fn isascii(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(py, args, kw, "isascii", |d| d.is_ascii())
}
fn islower(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(py, args, kw, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}
fn isupper(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(py, args, kw, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}
fn istitle(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(py, args, kw, "istitle", |d| {
        let mut prev_cased = false;
        let mut any = false;
        for &b in d {
            if b.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if b.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn fill_arg(py: Py<'_>, name: &str, v: Option<&Value>) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match bytes_like(v) {
        Some(b) if b.len() == 1 => Ok(b[0]),
        _ => Err(py.type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            py.type_name(v)
        ))),
    }
}

fn justify(py: Py<'_>, args: &[Value], kw: &[Value], name: &str, how: char) -> PyResult<Value> {
    let (data, v, rest) = me(py, args, name)?;
    let a = bind(
        py,
        &format!("{}.{name}", kind_name(&args[0])),
        rest,
        kw,
        &["width", "fillchar"],
        1,
        false,
    )?;
    let width = index_arg(py, a[0].unwrap_or(&args[0]))?;
    let fill = fill_arg(py, name, a[1])?;
    crate::object::text_args::check_size(py, width.max(0) as u128 * 4)?;
    let (l, r) = seqops::pad_counts(data.len(), width, how);
    let mut out = vec![fill; l];
    out.extend_from_slice(&data);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(make_like(py, v, out))
}

fn center(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(py, args, kw, "center", '^')
}
fn ljust(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(py, args, kw, "ljust", '<')
}
fn rjust(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(py, args, kw, "rjust", '>')
}

fn zfill(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, v, rest) = me(py, args, "zfill")?;
    let a = bind(
        py,
        &format!("{}.zfill", kind_name(&args[0])),
        rest,
        kw,
        &["width"],
        1,
        false,
    )?;
    let width = index_arg(py, a[0].unwrap_or(&args[0]))?;
    crate::object::text_args::check_size(py, width.max(0) as u128 * 4)?;
    if width <= data.len() as i64 {
        return Ok(make_like(py, v, data));
    }
    let pad = width as usize - data.len();
    let mut out = Vec::with_capacity(width as usize);
    let signed = matches!(data.first(), Some(b'+' | b'-'));
    if signed {
        out.push(data[0]);
    }
    out.extend(std::iter::repeat_n(b'0', pad));
    out.extend_from_slice(&data[usize::from(signed)..]);
    Ok(make_like(py, v, out))
}

fn expandtabs(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, v, rest) = me(py, args, "expandtabs")?;
    let a = bind(
        py,
        &format!("{}.expandtabs", kind_name(&args[0])),
        rest,
        kw,
        &["tabsize"],
        0,
        true,
    )?;
    let size = match a[0] {
        Some(t) => index_arg(py, t)?,
        None => 8,
    };
    if size > i32::MAX as i64 {
        return Err(py.overflow_error("Python int too large to convert to C int"));
    }
    let tabs = data.iter().filter(|&&b| b == b'\t').count() as u128;
    crate::object::text_args::check_size(py, data.len() as u128 + tabs * size.max(0) as u128)?;
    Ok(make_like(
        py,
        v,
        seqops::expandtabs(&data, b'\t', b'\n', b'\r', b' ', size),
    ))
}

fn partition_impl(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (data, v, rest) = me(py, args, name)?;
    let a = bind(
        py,
        &format!("{}.{name}", kind_name(&args[0])),
        rest,
        kw,
        &["sep"],
        1,
        false,
    )?;
    let sep = buf_arg(py, a[0].unwrap_or(&args[0]))?;
    if sep.is_empty() {
        return Err(py.value_error("empty separator".to_string()));
    }
    let found = if name == "partition" {
        seqops::find(&data, &sep, 0, data.len())
    } else {
        seqops::rfind(&data, &sep, 0, data.len())
    };
    let mk = |d: &[u8]| make_like(py, v, d.to_vec());
    let parts = match found {
        Some(i) => vec![mk(&data[..i]), mk(&sep), mk(&data[i + sep.len()..])],
        None if name == "partition" => vec![mk(&data), mk(b""), mk(b"")],
        None => vec![mk(b""), mk(b""), mk(&data)],
    };
    Ok(tuple::new(py, parts))
}

fn partition(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(py, args, kw, "partition")
}
fn rpartition(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(py, args, kw, "rpartition")
}

fn replace(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, v, rest) = me(py, args, "replace")?;
    let a = bind(
        py,
        &format!("{}.replace", kind_name(&args[0])),
        rest,
        kw,
        &["old", "new", "count"],
        2,
        false,
    )?;
    let old = buf_arg(py, a[0].unwrap_or(&args[0]))?;
    let new_ = buf_arg(py, a[1].unwrap_or(&args[0]))?;
    let count = match a[2] {
        Some(c) => index_arg(py, c)?,
        None => -1,
    };
    let hits = if old.is_empty() {
        data.len() as u128 + 1
    } else {
        seqops::count(&data, &old, 0, data.len()) as u128
    };
    let hits = if count >= 0 {
        hits.min(count as u128)
    } else {
        hits
    };
    crate::object::text_args::check_size(py, data.len() as u128 + hits * new_.len() as u128)?;
    Ok(make_like(py, v, seqops::replace(&data, &old, &new_, count)))
}

fn remove_affix(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (data, v, rest) = me(py, args, name)?;
    let a = bind(
        py,
        &format!("{}.{name}", kind_name(&args[0])),
        rest,
        kw,
        &["prefix"],
        1,
        false,
    )?;
    let p = buf_arg(py, a[0].unwrap_or(&args[0]))?;
    let out = if name == "removeprefix" {
        data.strip_prefix(p.as_slice()).unwrap_or(&data)
    } else {
        data.strip_suffix(p.as_slice()).unwrap_or(&data)
    };
    Ok(make_like(py, v, out.to_vec()))
}

fn removeprefix(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_affix(py, args, kw, "removeprefix")
}
fn removesuffix(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_affix(py, args, kw, "removesuffix")
}

fn decode(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, _, rest) = me(py, args, "decode")?;
    let a = bind(
        py,
        &format!("{}.decode", kind_name(&args[0])),
        rest,
        kw,
        &["encoding", "errors"],
        0,
        true,
    )?;
    let enc = match a[0] {
        Some(e) => str_param(py, "decode", "encoding", e)?,
        None => "utf-8",
    };
    let errors = match a[1] {
        Some(e) => str_param(py, "decode", "errors", e)?,
        None => "strict",
    };
    super::codec::decode_value(py, &data, enc, errors)
}

/// `hex([sep[, bytes_per_sep]])`: groups counted from the right when
/// `bytes_per_sep` is positive, from the left when negative.
pub fn hex_of(
    py: Py<'_>,
    data: &[u8],
    sep: Option<&Value>,
    per: Option<&Value>,
) -> PyResult<String> {
    let sep = match sep {
        None => None,
        Some(s) => {
            let t = match as_str(s) {
                Some(t) => t.to_string(),
                None => match bytes_like(s) {
                    Some(b) => String::from_utf8_lossy(&b).into_owned(),
                    None => return Err(py.type_error("sep must be str or bytes.".to_string())),
                },
            };
            if t.chars().count() != 1 {
                return Err(py.value_error("sep must be length 1.".to_string()));
            }
            Some(t)
        }
    };
    let per = match per {
        Some(p) => index_arg(py, p)?,
        None => 1,
    };
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0) else {
        return Ok(digits.concat());
    };
    let k = per.unsigned_abs() as usize;
    let n = digits.len();
    let mut out = String::with_capacity(n * 3);
    for (i, d) in digits.iter().enumerate() {
        let boundary = if per > 0 {
            (n - i).is_multiple_of(k)
        } else {
            i.is_multiple_of(k)
        };
        if i > 0 && boundary {
            out.push_str(&sep);
        }
        out.push_str(d);
    }
    Ok(out)
}

fn hex(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, _, rest) = me(py, args, "hex")?;
    let a = bind(
        py,
        &format!("{}.hex", kind_name(&args[0])),
        rest,
        kw,
        &["sep", "bytes_per_sep"],
        0,
        true,
    )?;
    Ok(py.new_str(&hex_of(py, &data, a[0], a[1])?))
}

/// `bytes.fromhex(s)`: pairs of hex digits, whitespace between pairs.
pub fn parse_hex(py: Py<'_>, s: &str) -> PyResult<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let digit = |c: u8| (c as char).to_digit(16);
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let bad = |at: usize| {
            py.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {at}"
            ))
        };
        let hi = digit(b[i]).ok_or_else(|| bad(i))?;
        let lo = b
            .get(i + 1)
            .and_then(|&c| digit(c))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytearray.fromhex(s)`.
pub fn fromhex_bytearray(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let rest = match args.split_first() {
        Some((first, rest)) if as_str(first).is_none() => rest,
        _ => args,
    };
    let a = bind(py, "bytes.fromhex", rest, kw, &["string"], 1, false)?;
    let s = a[0]
        .and_then(as_str)
        .ok_or_else(|| py.type_error("fromhex() argument must be str".to_string()))?;
    Ok(super::bytearray::new(py, parse_hex(py, s)?))
}

pub(crate) fn fromhex(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // Called on the type (`bytes.fromhex(s)`) or an instance.
    let (target, rest) = match args.split_first() {
        Some((first, rest)) if as_str(first).is_none() => (Some(first), rest),
        _ => (None, args),
    };
    let a = bind(py, "bytes.fromhex", rest, kw, &["string"], 1, false)?;
    let s = a[0]
        .and_then(as_str)
        .ok_or_else(|| py.type_error("fromhex() argument must be str".to_string()))?;
    let data = parse_hex(py, s)?;
    let is_bytearray =
        target.is_some_and(|t| t.is(&py.types.bytearray) || t.downcast::<ByteArray>().is_some());
    Ok(if is_bytearray {
        super::bytearray::new(py, data)
    } else {
        new(py, data)
    })
}

fn maketrans(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let rest = match args.first() {
        Some(f) if f.downcast::<TypeObject>().is_some() => &args[1..],
        _ => args,
    };
    let a = bind(py, "bytes.maketrans", rest, kw, &["frm", "to"], 2, false)?;
    let from = buf_arg(py, a[0].unwrap_or(&args[0]))?;
    let to = buf_arg(py, a[1].unwrap_or(&args[0]))?;
    if from.len() != to.len() {
        return Err(py.value_error("maketrans arguments must have same length".to_string()));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(new(py, table))
}

fn translate(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, v, rest) = me(py, args, "translate")?;
    let a = bind(
        py,
        &format!("{}.translate", kind_name(&args[0])),
        rest,
        kw,
        &["table", "delete"],
        1,
        true,
    )?;
    let table = match a[0] {
        Some(t) if !t.is(&py.none) => {
            let t = buf_arg(py, t)?;
            if t.len() != 256 {
                return Err(
                    py.value_error("translation table must be 256 characters long".to_string())
                );
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match a[1] {
        Some(d) => buf_arg(py, d)?,
        None => Vec::new(),
    };
    let out = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(make_like(py, v, out))
}

fn dunder_bytes(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (data, _, _) = me(py, args, "__bytes__")?;
    Ok(new(py, data))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("upper", upper),
    ("lower", lower),
    ("swapcase", swapcase),
    ("capitalize", capitalize),
    ("title", title),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isdigit", isdigit),
    ("isspace", isspace),
    ("isascii", isascii),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("partition", partition),
    ("rpartition", rpartition),
    ("replace", replace),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("decode", decode),
    ("hex", hex),
    ("fromhex", fromhex),
    ("maketrans", maketrans),
    ("translate", translate),
];

/// Installs the methods of bytes, bytearray, memoryview and complex, the
/// int byte conversions, and their names in builtins.
pub fn install_methods(py: Py<'_>) {
    let t = &py.types;
    let tables: [(&Value, &[(&str, NativeFn)]); 7] = [
        (&t.bytes, METHODS),
        (&t.bytes, &[("__bytes__", dunder_bytes)]),
        (&t.bytearray, METHODS),
        (&t.bytearray, super::bytearray::METHODS),
        (&t.memoryview, super::memoryview::METHODS),
        (&t.complex, super::complex::METHODS),
        (&t.int, super::int_bytes::METHODS),
    ];
    for (ty, methods) in tables {
        let Some(to) = ty.downcast::<TypeObject>() else {
            continue;
        };
        for &(name, f) in methods {
            let m = py.new_builtin(name, f, None);
            to.dict.borrow_mut().insert(name.to_string(), m);
        }
    }
    // Static and class methods: bound to their type, so that a call through
    // the type or an instance passes the type first either way.
    for (ty, name) in [
        (&t.str, "maketrans"),
        (&t.bytes, "maketrans"),
        (&t.bytearray, "maketrans"),
        (&t.bytes, "fromhex"),
        (&t.bytearray, "fromhex"),
        (&t.int, "from_bytes"),
    ] {
        let Some(to) = ty.downcast::<TypeObject>() else {
            continue;
        };
        let found = to.dict.borrow().get(name).cloned();
        let Some(f) = found
            .as_ref()
            .and_then(|m| m.downcast::<super::function::Builtin>())
            .map(|b| (b.name, b.f))
        else {
            continue;
        };
        let mut m = py.new_builtin(f.0, f.1, Some(ty.clone()));
        // `maketrans` is a static method in the type's dict, as in CPython.
        if name == "maketrans" {
            m = py.alloc(&py.types.staticmethod, super::descr::StaticMethod(m));
        }
        to.dict.borrow_mut().insert(name.to_string(), m);
    }
    let b = &py.builtins;
    for ty in [
        &t.bytes,
        &t.bytearray,
        &t.memoryview,
        &t.complex,
        &t.unicode_error,
        &t.unicode_encode_error,
        &t.unicode_decode_error,
        &t.memory_error,
    ] {
        let name = ty
            .downcast::<TypeObject>()
            .map_or(String::new(), |t| t.name.clone());
        let _ = super::dict::set_item(py, b, py.intern(&name), ty.clone());
    }
    let _ = super::dict::set_item(py, b, py.intern("Ellipsis"), py.ellipsis.clone());
}
