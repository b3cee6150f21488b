//! Binary files: what `open()` returns for the `'b'` modes
//! (`_io.BufferedReader`, `_io.BufferedWriter`, `_io.BufferedRandom`).
//!
//! As the text files of `io.rs`, a binary file keeps its whole content in
//! memory with a byte position; the disk file is read when opened and written
//! back when flushed, closed or freed.

use std::cell::RefCell;

use crate::modules::filestate::{
    self, iter_self, open_state, size_arg, state, unsupported, FileObject, FileState,
};
use crate::modules::util::{self, arity};
use crate::object::typeobj::{NativeFn, Slots, TypeObject};
use crate::object::{self as obj, bytearray::ByteArray, bytes, int, list, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct BinFile(RefCell<FileState<Vec<u8>>>);

impl Payload for BinFile {}

impl FileObject for BinFile {
    type Buf = Vec<u8>;
    const KIND: &'static str = "a binary file object";

    fn cell(&self) -> &RefCell<FileState<Vec<u8>>> {
        &self.0
    }

    fn encode(&self, _py: Py<'_>, buf: &Vec<u8>) -> PyResult<Vec<u8>> {
        Ok(buf.clone())
    }

    fn closed_message(s: &FileState<Vec<u8>>, what: &str) -> String {
        match what {
            "read" | "readline" | "peek" | "readinto" | "truncate" | "seek" => {
                format!("{what} of closed file")
            }
            "write" => "write to closed file".to_string(),
            "flush" if s.writable => "flush of closed file".to_string(),
            "readable" | "writable" | "seekable" | "isatty" | "tell" => {
                "I/O operation on closed file".to_string()
            }
            _ => "I/O operation on closed file.".to_string(),
        }
    }

    fn next_line(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
        let mut s = readable_state(py, v, "readline", "read")?;
        let l = take_line(&mut s, None);
        Ok(if l.is_empty() {
            None
        } else {
            Some(bytes::new(py, l))
        })
    }
}

impl Drop for BinFile {
    fn drop(&mut self) {
        filestate::sync_on_drop(self.0.get_mut(), |b| b.clone());
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("read", read),
    ("read1", read1),
    ("peek", peek),
    ("readline", readline),
    ("readlines", readlines),
    ("readinto", readinto),
    ("write", write),
    ("writelines", writelines),
    ("seek", seek),
    ("tell", tell),
    ("truncate", truncate),
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
        // Named `_io.X` (as CPython's messages say), qualname `X`.
        let t = TypeObject::new::<BinFile>(
            &format!("_io.{name}"),
            Some(&py.types.object),
            Slots {
                repr: Some(repr),
                getattr: Some(getattr),
                iter: Some(iter_self::<BinFile>),
                next: Some(BinFile::next_line),
                ..Slots::default()
            },
        );
        for &(n, f) in METHODS.iter().chain(&filestate::methods::<BinFile>()) {
            // A writer has no `peek` at all (it has the other read methods,
            // which raise UnsupportedOperation).
            if n == "peek" && !readable {
                continue;
            }
            t.dict
                .borrow_mut()
                .insert(n.to_string(), py.new_builtin(n, f, None));
        }
        *t.qualname.borrow_mut() = name.to_string();
        t.dict
            .borrow_mut()
            .insert("__module__".to_string(), py.new_str("_io"));
        t
    })
}

/// Opens `path` in binary `mode` (already checked: one of r/w/a/x, a `b`,
/// maybe `+`).
pub fn open(py: Py<'_>, path: &str, mode: &str) -> PyResult<Value> {
    let plus = if mode.contains('+') { "+" } else { "" };
    let kind = mode.chars().find(|c| "rwax".contains(*c)).unwrap_or('r');
    let buf = filestate::open_disk(py, path, kind)?;
    let pos = if kind == 'a' { buf.len() } else { 0 };
    let mode = format!("{kind}b{plus}");
    let s = FileState::new(buf, pos, Some(path.to_string()), path.to_string(), mode);
    let ty = file_type(py, s.readable, s.writable);
    Ok(py.alloc(&ty, BinFile(RefCell::new(s))))
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

/// Takes up to `size` bytes (all without one) from the position.
fn take(s: &mut FileState<Vec<u8>>, size: Option<usize>) -> Vec<u8> {
    let start = s.pos.min(s.buf.len());
    let end = size.map_or(s.buf.len(), |k| start.saturating_add(k).min(s.buf.len()));
    s.pos = end.max(s.pos);
    s.buf[start..end].to_vec()
}

/// Takes the next line (with its newline), at most `limit` bytes.
fn take_line(s: &mut FileState<Vec<u8>>, limit: Option<usize>) -> Vec<u8> {
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

/// The state of a file to read from for `what`: a file opened without
/// reading says so (naming `unsupported`) before saying it is closed.
fn readable_state<'a>(
    py: Py<'_>,
    v: &'a Value,
    what: &str,
    unsupported_op: &str,
) -> PyResult<std::cell::RefMut<'a, FileState<Vec<u8>>>> {
    if !state::<BinFile>(py, v)?.borrow().readable {
        return Err(unsupported(py, unsupported_op));
    }
    Ok(open_state::<BinFile>(py, v, what)?.borrow_mut())
}

fn read(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "read", args, kwnames, 1, 2)?;
    let size = size_arg(py, a)?;
    let mut s = readable_state(py, &a[0], "read", "read")?;
    let out = take(&mut s, size);
    Ok(bytes::new(py, out))
}

fn read1(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "read1", args, kwnames, 1, 2)?;
    let size = size_arg(py, a)?;
    let mut s = readable_state(py, &a[0], "read", "read1")?;
    let out = take(&mut s, size);
    Ok(bytes::new(py, out))
}

/// `peek()`: the bytes after the position, without moving it.
fn peek(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "peek", args, kwnames, 1, 2)?;
    let s = readable_state(py, &a[0], "peek", "peek")?;
    let start = s.pos.min(s.buf.len());
    Ok(bytes::new(py, s.buf[start..].to_vec()))
}

fn readline(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readline", args, kwnames, 1, 2)?;
    let size = size_arg(py, a)?;
    let mut s = readable_state(py, &a[0], "readline", "read")?;
    let out = take_line(&mut s, size);
    Ok(bytes::new(py, out))
}

fn readlines(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readlines", args, kwnames, 1, 2)?;
    // A positive hint stops once that many bytes have been read.
    let hint = size_arg(py, a)?.filter(|&h| h > 0);
    let mut s = open_state::<BinFile>(py, &a[0], "readlines")?.borrow_mut();
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
    let mut s = readable_state(py, &a[0], "readinto", "readinto")?;
    let mut t = target.0.borrow_mut();
    let data = take(&mut s, Some(t.len()));
    t[..data.len()].copy_from_slice(&data);
    Ok(int::new_i64(py, data.len() as i64))
}

fn write_bytes(py: Py<'_>, f: &Value, data: &Value) -> PyResult<usize> {
    if !state::<BinFile>(py, f)?.borrow().writable {
        return Err(unsupported(py, "write"));
    }
    let s = open_state::<BinFile>(py, f, "write")?;
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
    open_state::<BinFile>(py, &a[0], "writelines")?;
    for line in obj::collect(py, &a[1])? {
        write_bytes(py, &a[0], &line)?;
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
    let mut s = open_state::<BinFile>(py, &a[0], "seek")?.borrow_mut();
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
    let s = open_state::<BinFile>(py, &a[0], "tell")?.borrow();
    Ok(int::new_i64(py, s.pos as i64))
}

/// `truncate(size=None)`: cuts (or zero-extends) the file to `size` bytes,
/// by default the position; the position does not move.
fn truncate(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "truncate", args, kwnames, 1, 2)?;
    let mut s = open_state::<BinFile>(py, &a[0], "truncate")?.borrow_mut();
    if !s.writable {
        return Err(unsupported(py, "truncate"));
    }
    let size = match filestate::opt_index(py, a.get(1), false)? {
        Some(n) if n < 0 => {
            return Err(os_errno(py, 22));
        }
        Some(n) => n as usize,
        None => s.pos,
    };
    s.buf.resize(size, 0);
    s.dirty = true;
    Ok(int::new_i64(py, size as i64))
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let s = state::<BinFile>(py, v)?.borrow();
    Ok(format!(
        "<{} name={}>",
        py.type_name(v),
        crate::repr::str_repr(&s.name)
    ))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let s = state::<BinFile>(py, v)?.borrow();
    Ok(match name {
        "closed" => Some(py.bool(s.closed)),
        "name" => Some(py.new_str(&s.name)),
        "mode" => Some(py.new_str(&s.mode)),
        _ => None,
    })
}
