//! Binary files: what `open()` returns for the `'b'` modes
//! (`_io.BufferedReader`, `_io.BufferedWriter`, `_io.BufferedRandom`).
//!
//! As the text files of `io.rs`, a binary file keeps its whole content in
//! memory with a byte position; the disk file is read when opened and written
//! back when flushed, closed or freed.

use std::cell::RefCell;

use crate::modules::util::{self, arity};
use crate::object::typeobj::{NativeFn, Slots, TypeObject};
use crate::object::{self as obj, bytearray::ByteArray, bytes, int, list, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct BinFile(RefCell<BinState>);

struct BinState {
    buf: Vec<u8>,
    /// Byte offset of the next read or write (may lie past the end).
    pos: usize,
    path: String,
    /// The normalized mode: `rb`, `wb`, `ab`, `xb`, with `+` last.
    mode: String,
    readable: bool,
    writable: bool,
    append: bool,
    dirty: bool,
    closed: bool,
}

impl Payload for BinFile {}

impl BinState {
    fn sync(&mut self) -> std::io::Result<()> {
        if self.dirty {
            std::fs::write(&self.path, &self.buf)?;
            self.dirty = false;
        }
        Ok(())
    }
}

impl Drop for BinFile {
    fn drop(&mut self) {
        // A file dropped unclosed still gets its bytes, as CPython's finalizer.
        let _ = self.0.get_mut().sync();
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("read", read),
    ("read1", read),
    ("peek", peek),
    ("readline", readline),
    ("readlines", readlines),
    ("readinto", readinto),
    ("write", write),
    ("writelines", writelines),
    ("close", close),
    ("flush", flush),
    ("seek", seek),
    ("tell", tell),
    ("truncate", truncate),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
    ("isatty", isatty),
    ("__enter__", enter),
    ("__exit__", exit),
];

/// The three types, for `_io`'s namespace.
pub fn types(py: Py<'_>) -> [(&'static str, Value); 3] {
    [
        ("BufferedReader", file_type(py, true, false)),
        ("BufferedWriter", file_type(py, false, true)),
        ("BufferedRandom", file_type(py, true, true)),
    ]
}

/// The type for a mode: reader, writer, or both with `+`.
fn file_type(py: Py<'_>, readable: bool, writable: bool) -> Value {
    let (key, name) = match (readable, writable) {
        (true, true) => ("BufferedRandom(file)", "BufferedRandom"),
        (true, false) => ("BufferedReader(file)", "BufferedReader"),
        _ => ("BufferedWriter(file)", "BufferedWriter"),
    };
    util::runtime_type(py, key, || {
        let t = TypeObject::new::<BinFile>(
            name,
            Some(&py.types.object),
            Slots {
                repr: Some(repr),
                getattr: Some(getattr),
                iter: Some(iter_self),
                next: Some(next_line),
                ..Slots::default()
            },
        );
        for &(n, f) in METHODS {
            t.dict
                .borrow_mut()
                .insert(n.to_string(), py.new_builtin(n, f, None));
        }
        t.dict
            .borrow_mut()
            .insert("__module__".to_string(), py.new_str("_io"));
        t
    })
}

/// Opens `path` in binary `mode` (already checked: one of r/w/a/x, a `b`,
/// maybe `+`).
pub fn open(py: Py<'_>, path: &str, mode: &str) -> PyResult<Value> {
    let plus = mode.contains('+');
    let kind = mode.chars().find(|c| "rwax".contains(*c)).unwrap_or('r');
    let io_err = |e: std::io::Error| crate::modules::os::os_error(py, &e, path);
    let buf = match kind {
        'r' => std::fs::read(path).map_err(io_err)?,
        'w' => {
            std::fs::write(path, b"").map_err(io_err)?;
            Vec::new()
        }
        'x' => {
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .map_err(io_err)?;
            Vec::new()
        }
        _ => match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::write(path, b"").map_err(io_err)?;
                Vec::new()
            }
            Err(e) => return Err(io_err(e)),
        },
    };
    let pos = if kind == 'a' { buf.len() } else { 0 };
    let readable = kind == 'r' || plus;
    let writable = kind != 'r' || plus;
    let ty = file_type(py, readable, writable);
    Ok(py.alloc(
        &ty,
        BinFile(RefCell::new(BinState {
            buf,
            pos,
            path: path.to_string(),
            mode: format!("{kind}b{}", if plus { "+" } else { "" }),
            readable,
            writable,
            append: kind == 'a',
            dirty: false,
            closed: false,
        })),
    ))
}

fn state<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a RefCell<BinState>> {
    match v.downcast::<BinFile>() {
        Some(f) => Ok(&f.0),
        None => Err(py.type_error(format!(
            "descriptor requires a binary file object, not '{}'",
            py.type_name(v)
        ))),
    }
}

/// The state of a file that must be open; `what` names the operation in
/// CPython's message ("read of closed file").
fn open_state<'a>(py: Py<'_>, v: &'a Value, what: &str) -> PyResult<&'a RefCell<BinState>> {
    let s = state(py, v)?;
    if s.borrow().closed {
        return Err(py.value_error(what.to_string()));
    }
    Ok(s)
}

fn unsupported(py: Py<'_>, what: &str) -> obj::PyErr {
    let from_io = crate::import::import_absolute(py, "io")
        .ok()
        .and_then(|m| obj::getattr(py, &m, "UnsupportedOperation").ok());
    let cls = from_io.unwrap_or_else(|| crate::import::errors::class(py, "OSError"));
    py.new_error(&cls, what.to_string())
}

/// `OSError(errno, strerror)` without a file name, as a failed lseek.
fn os_errno(py: Py<'_>, errno: i32) -> obj::PyErr {
    let e = std::io::Error::from_raw_os_error(errno);
    let text = e.to_string();
    let strerror = text
        .find(" (os error")
        .map_or(text.as_str(), |i| &text[..i]);
    let args = [int::new_i64(py, errno as i64), py.new_str(strerror)];
    match obj::call(py, &py.types.os_error, &args, &[]) {
        Ok(x) => obj::PyErr(x),
        Err(e) => e,
    }
}

/// The optional size argument: `None`/negative mean everything.
fn size_arg(py: Py<'_>, a: &[Value]) -> PyResult<Option<usize>> {
    match a.get(1) {
        Some(v) if !v.is(&py.none) => {
            let n = int::as_index(py, v)?.ok_or_else(|| {
                py.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    py.type_name(v)
                ))
            })?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        _ => Ok(None),
    }
}

/// Takes up to `size` bytes (all without one) from the position.
fn take(s: &mut BinState, size: Option<usize>) -> Vec<u8> {
    let start = s.pos.min(s.buf.len());
    let end = size.map_or(s.buf.len(), |k| start.saturating_add(k).min(s.buf.len()));
    s.pos = end.max(s.pos);
    s.buf[start..end].to_vec()
}

/// Takes the next line (with its newline), at most `limit` bytes.
fn take_line(s: &mut BinState, limit: Option<usize>) -> Vec<u8> {
    let start = s.pos.min(s.buf.len());
    let rest = &s.buf[start..];
    let mut n = rest
        .iter()
        .position(|&b| b == b'\n')
        .map_or(rest.len(), |i| i + 1);
    if let Some(k) = limit {
        n = n.min(k);
    }
    let out = rest[..n].to_vec();
    s.pos = start + n;
    out
}

fn readable_state<'a>(
    py: Py<'_>,
    v: &'a Value,
    what: &str,
) -> PyResult<std::cell::RefMut<'a, BinState>> {
    let s = open_state(py, v, &format!("{what} of closed file"))?.borrow_mut();
    if !s.readable {
        return Err(unsupported(py, what));
    }
    Ok(s)
}

fn read(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "read", args, kwnames, 1, 2)?;
    let size = size_arg(py, a)?;
    let mut s = readable_state(py, &a[0], "read")?;
    let out = take(&mut s, size);
    Ok(bytes::new(py, out))
}

/// `peek()`: the bytes after the position, without moving it.
fn peek(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "peek", args, kwnames, 1, 2)?;
    let s = readable_state(py, &a[0], "peek")?;
    let start = s.pos.min(s.buf.len());
    Ok(bytes::new(py, s.buf[start..].to_vec()))
}

fn readline(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readline", args, kwnames, 1, 2)?;
    let size = size_arg(py, a)?;
    let mut s = readable_state(py, &a[0], "readline")?;
    let out = take_line(&mut s, size);
    Ok(bytes::new(py, out))
}

fn readlines(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readlines", args, kwnames, 1, 2)?;
    // A positive hint stops once that many bytes have been read.
    let hint = size_arg(py, a)?.filter(|&h| h > 0);
    let mut s = open_state(py, &a[0], "I/O operation on closed file.")?.borrow_mut();
    if !s.readable {
        return Err(unsupported(py, "read"));
    }
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let l = take_line(&mut s, None);
        if l.is_empty() {
            break;
        }
        total += l.len();
        lines.push(bytes::new(py, l));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(list::new(py, lines))
}

/// `readinto(b)`: fills a bytearray from the position; returns the count.
fn readinto(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readinto", args, kwnames, 2, 2)?;
    let Some(target) = a[1].downcast::<ByteArray>() else {
        return Err(py.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            py.type_name(&a[1])
        )));
    };
    let mut s = readable_state(py, &a[0], "readinto")?;
    let mut t = target.0.borrow_mut();
    let data = take(&mut s, Some(t.len()));
    t[..data.len()].copy_from_slice(&data);
    Ok(int::new_i64(py, data.len() as i64))
}

fn write_bytes(py: Py<'_>, f: &Value, data: &Value) -> PyResult<usize> {
    if !state(py, f)?.borrow().writable {
        return Err(unsupported(py, "write"));
    }
    let s = open_state(py, f, "write to closed file")?;
    let Some(b) = bytes::bytes_like(data) else {
        return Err(py.type_error(format!(
            "a bytes-like object is required, not '{}'",
            py.type_name(data)
        )));
    };
    let mut s = s.borrow_mut();
    if s.append {
        s.pos = s.buf.len();
    }
    let pos = s.pos;
    if pos > s.buf.len() {
        // Writing past the end fills the gap with zeros, as a sparse file reads.
        s.buf.resize(pos, 0);
    }
    let end = (pos + b.len()).min(s.buf.len());
    s.buf.splice(pos..end, b.iter().copied());
    s.pos = pos + b.len();
    s.dirty = true;
    Ok(b.len())
}

fn write(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "write", args, kwnames, 2, 2)?;
    let n = write_bytes(py, &a[0], &a[1])?;
    Ok(int::new_i64(py, n as i64))
}

fn writelines(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "writelines", args, kwnames, 2, 2)?;
    open_state(py, &a[0], "write to closed file")?;
    for line in obj::collect(py, &a[1])? {
        write_bytes(py, &a[0], &line)?;
    }
    Ok(py.none())
}

fn close(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "close", args, kwnames, 1, 1)?;
    let failed = {
        let mut s = state(py, &a[0])?.borrow_mut();
        if s.closed {
            return Ok(py.none());
        }
        let r = s.sync();
        s.closed = true;
        r.map_err(|e| (e, s.path.clone())).err()
    };
    if let Some((e, name)) = failed {
        return Err(crate::modules::os::os_error(py, &e, &name));
    }
    Ok(py.none())
}

fn flush(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "flush", args, kwnames, 1, 1)?;
    let what = if state(py, &a[0])?.borrow().writable {
        "flush of closed file"
    } else {
        "I/O operation on closed file."
    };
    let mut s = open_state(py, &a[0], what)?.borrow_mut();
    if let Err(e) = s.sync() {
        let name = s.path.clone();
        return Err(crate::modules::os::os_error(py, &e, &name));
    }
    Ok(py.none())
}

fn seek(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "seek", args, kwnames, 2, 3)?;
    let index = |v: &Value| -> PyResult<i64> {
        int::as_index(py, v)?.ok_or_else(|| {
            py.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                py.type_name(v)
            ))
        })
    };
    let off = index(&a[1])?;
    let whence = match a.get(2) {
        Some(w) => index(w)?,
        None => 0,
    };
    let mut s = open_state(py, &a[0], "seek of closed file")?.borrow_mut();
    let len = s.buf.len() as i64;
    let base = match whence {
        0 => 0,
        1 => s.pos as i64,
        2 => len,
        // SEEK_DATA and SEEK_HOLE: the file is all data up to its end.
        3 | 4 if (0..len).contains(&off) || (whence == 4 && off == len) => {
            s.pos = (if whence == 3 { off } else { len }) as usize;
            return Ok(int::new_i64(py, s.pos as i64));
        }
        3 | 4 => return Err(os_errno(py, 6)),
        _ => return Err(os_errno(py, 22)),
    };
    let target = base.checked_add(off).filter(|t| *t >= 0);
    let Some(target) = target else {
        return Err(os_errno(py, 22));
    };
    s.pos = target as usize;
    Ok(int::new_i64(py, target))
}

fn tell(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "tell", args, kwnames, 1, 1)?;
    let s = open_state(py, &a[0], "I/O operation on closed file")?.borrow();
    Ok(int::new_i64(py, s.pos as i64))
}

/// `truncate(size=None)`: cuts (or zero-extends) the file to `size` bytes,
/// by default the position; the position does not move.
fn truncate(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "truncate", args, kwnames, 1, 2)?;
    let mut s = open_state(py, &a[0], "truncate of closed file")?.borrow_mut();
    if !s.writable {
        return Err(unsupported(py, "truncate"));
    }
    let size = match a.get(1) {
        Some(v) if !v.is(&py.none) => {
            let n = int::as_index(py, v)?.ok_or_else(|| {
                py.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    py.type_name(v)
                ))
            })?;
            if n < 0 {
                return Err(os_errno(py, 22));
            }
            n as usize
        }
        _ => s.pos,
    };
    s.buf.resize(size, 0);
    s.dirty = true;
    Ok(int::new_i64(py, size as i64))
}

fn readable(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readable", args, kwnames, 1, 1)?;
    let s = open_state(py, &a[0], "I/O operation on closed file")?;
    Ok(py.bool(s.borrow().readable))
}

fn writable(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "writable", args, kwnames, 1, 1)?;
    let s = open_state(py, &a[0], "I/O operation on closed file")?;
    Ok(py.bool(s.borrow().writable))
}

fn seekable(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "seekable", args, kwnames, 1, 1)?;
    open_state(py, &a[0], "I/O operation on closed file")?;
    Ok(py.bool(true))
}

fn isatty(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "isatty", args, kwnames, 1, 1)?;
    open_state(py, &a[0], "I/O operation on closed file")?;
    Ok(py.bool(false))
}

fn enter(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "__enter__", args, kwnames, 1, 1)?;
    open_state(py, &a[0], "I/O operation on closed file.")?;
    Ok(a[0].clone())
}

fn exit(py: Py<'_>, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    if let Some(f) = args.first() {
        close(py, std::slice::from_ref(f), &[])?;
    }
    Ok(py.none())
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let s = state(py, v)?.borrow();
    Ok(format!(
        "<_io.{} name={}>",
        py.type_name(v),
        crate::repr::str_repr(&s.path)
    ))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let s = state(py, v)?.borrow();
    Ok(match name {
        "closed" => Some(py.bool(s.closed)),
        "name" => Some(py.new_str(&s.path)),
        "mode" => Some(py.new_str(&s.mode)),
        _ => None,
    })
}

fn iter_self(py: Py<'_>, v: &Value) -> PyResult<Value> {
    open_state(py, v, "I/O operation on closed file.")?;
    Ok(v.clone())
}

fn next_line(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    let mut s = readable_state(py, v, "readline")?;
    let l = take_line(&mut s, None);
    Ok(if l.is_empty() {
        None
    } else {
        Some(bytes::new(py, l))
    })
}
