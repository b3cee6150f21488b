//! What text files (`io.rs`) and binary files (`binfile.rs`) share.
//!
//! Both keep the whole content in memory with a position: the disk file is
//! read when opened and written back when flushed, closed or freed. The
//! content (`String` or bytes) and how it is read differ; the opening, the
//! open/closed checks, the writing back and the methods that do not look at
//! the content are here, once, generic over the kind of file.

use std::cell::RefCell;

use crate::modules::util::arity;
use crate::object::typeobj::NativeFn;
use crate::object::{self as obj, int, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// The state of one file (or StringIO) object.
pub struct FileState<B> {
    pub buf: B,
    /// Byte offset of the next read or write (may lie past a binary end).
    pub pos: usize,
    /// The file written back on flush/close; `None` for a StringIO.
    pub path: Option<String>,
    pub name: String,
    pub mode: String,
    pub readable: bool,
    pub writable: bool,
    /// Writes always go to the end ('a' modes).
    pub append: bool,
    pub dirty: bool,
    pub closed: bool,
}

impl<B> FileState<B> {
    /// A state for `buf` as `open` made it from `mode` ('r', 'w', 'a', 'x'
    /// and maybe '+'), positioned at `pos`.
    pub fn new(buf: B, pos: usize, path: Option<String>, name: String, mode: String) -> Self {
        let plus = mode.contains('+');
        let reading = mode.contains('r');
        FileState {
            buf,
            pos,
            path,
            name,
            readable: reading || plus,
            writable: !reading || plus,
            append: mode.contains('a'),
            mode,
            dirty: false,
            closed: false,
        }
    }
}

/// A kind of file object: its payload holds a `RefCell<FileState<Buf>>`.
pub trait FileObject: Payload + Sized + 'static {
    type Buf;
    /// How `state`'s TypeError names the expected object.
    const KIND: &'static str;
    fn cell(&self) -> &RefCell<FileState<Self::Buf>>;
    /// The bytes the disk file gets (may raise: an encoding error).
    fn encode(&self, py: Py<'_>, buf: &Self::Buf) -> PyResult<Vec<u8>>;
    /// The message of the ValueError for the method `what` on a closed file.
    fn closed_message(s: &FileState<Self::Buf>, what: &str) -> String;
    /// The `next` slot: the next line, `None` at the end.
    fn next_line(py: Py<'_>, v: &Value) -> PyResult<Option<Value>>;
}

/// The state of `v`, which must be a file of kind `F`.
pub fn state<'a, F: FileObject>(
    py: Py<'_>,
    v: &'a Value,
) -> PyResult<&'a RefCell<FileState<F::Buf>>> {
    match v.downcast::<F>() {
        Some(f) => Ok(f.cell()),
        None => Err(py.type_error(format!(
            "descriptor requires {}, not '{}'",
            F::KIND,
            py.type_name(v)
        ))),
    }
}

/// The state of a file that must be open; `what` names the operation for
/// the message.
pub fn open_state<'a, F: FileObject>(
    py: Py<'_>,
    v: &'a Value,
    what: &str,
) -> PyResult<&'a RefCell<FileState<F::Buf>>> {
    let s = state::<F>(py, v)?;
    let b = s.borrow();
    if b.closed {
        return Err(py.value_error(F::closed_message(&b, what)));
    }
    drop(b);
    Ok(s)
}

/// `io.UnsupportedOperation` (defined by runtime/lib/io.py, imported by now in
/// any program that can name it), else its base OSError.
pub fn unsupported(py: Py<'_>, what: &str) -> obj::PyErr {
    let from_io = crate::import::import_absolute(py, "io")
        .ok()
        .and_then(|m| obj::getattr(py, &m, "UnsupportedOperation").ok());
    let cls = from_io.unwrap_or_else(|| crate::import::errors::class(py, "OSError"));
    py.new_error(&cls, what.to_string())
}

/// An optional integer argument: `None` when absent or None. Other values
/// fail with the size arguments' message (`size`) or `__index__`'s.
pub fn opt_index(py: Py<'_>, v: Option<&Value>, size: bool) -> PyResult<Option<i64>> {
    match v {
        Some(v) if !v.is(&py.none) => int::as_index(py, v)?.map(Some).ok_or_else(|| {
            py.type_error(match size {
                true => format!(
                    "argument should be integer or None, not '{}'",
                    py.type_name(v)
                ),
                false => format!(
                    "'{}' object cannot be interpreted as an integer",
                    py.type_name(v)
                ),
            })
        }),
        _ => Ok(None),
    }
}

/// The optional size argument: `None`/negative mean everything.
pub fn size_arg(py: Py<'_>, a: &[Value]) -> PyResult<Option<usize>> {
    Ok(opt_index(py, a.get(1), true)?.and_then(|n| usize::try_from(n).ok()))
}

/// Opens `path` for `kind` ('r', 'w', 'a' or 'x'): the bytes it holds now
/// ('w' empties it, 'x' makes it and fails if it is there, 'a' makes it if
/// missing).
pub fn open_disk(py: Py<'_>, path: &str, kind: char) -> PyResult<Vec<u8>> {
    let io_err = |e: std::io::Error| crate::modules::os::os_error(py, &e, path);
    match kind {
        'r' => std::fs::read(path).map_err(io_err),
        'w' => std::fs::write(path, b"")
            .map(|_| Vec::new())
            .map_err(io_err),
        'x' => std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .map(|_| Vec::new())
            .map_err(io_err),
        _ => match std::fs::read(path) {
            Ok(b) => Ok(b),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::write(path, b"").map_err(io_err)?;
                Ok(Vec::new())
            }
            Err(e) => Err(io_err(e)),
        },
    }
}

/// Writes the content back when it changed; an OSError names the file.
fn sync<F: FileObject>(py: Py<'_>, f: &F, s: &mut FileState<F::Buf>) -> PyResult<()> {
    let Some(path) = s.path.as_ref().filter(|_| s.dirty) else {
        return Ok(());
    };
    let bytes = f.encode(py, &s.buf)?;
    std::fs::write(path, bytes).map_err(|e| crate::modules::os::os_error(py, &e, &s.name))?;
    s.dirty = false;
    Ok(())
}

/// The methods every kind of file has from here (its type adds its own).
pub fn methods<F: FileObject>() -> [(&'static str, NativeFn); 10] {
    [
        ("close", close::<F>),
        ("flush", flush::<F>),
        ("readable", readable::<F>),
        ("writable", writable::<F>),
        ("seekable", seekable::<F>),
        ("isatty", isatty::<F>),
        ("__enter__", enter::<F>),
        ("__exit__", exit::<F>),
        ("__iter__", iter_method::<F>),
        ("__next__", next_method::<F>),
    ]
}

/// `close()`: writes back, then marks the file closed even if that failed.
pub fn close<F: FileObject>(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "close", args, kwnames, 1, 1)?;
    let Some(f) = a[0].downcast::<F>() else {
        return state::<F>(py, &a[0]).map(|_| py.none());
    };
    let mut s = f.cell().borrow_mut();
    if s.closed {
        return Ok(py.none());
    }
    let r = sync(py, f, &mut s);
    s.closed = true;
    r.map(|_| py.none())
}

pub fn flush<F: FileObject>(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "flush", args, kwnames, 1, 1)?;
    let mut s = open_state::<F>(py, &a[0], "flush")?.borrow_mut();
    if let Some(f) = a[0].downcast::<F>() {
        sync(py, f, &mut s)?;
    }
    Ok(py.none())
}

/// `readable()` or `writable()` (`write`): a file that cannot do it says
/// so even when closed, as CPython's one-way files.
fn can<F: FileObject>(
    py: Py<'_>,
    args: &[Value],
    kwnames: &[Value],
    write: bool,
) -> PyResult<Value> {
    let name = if write { "writable" } else { "readable" };
    let a = arity(py, name, args, kwnames, 1, 1)?;
    let s = state::<F>(py, &a[0])?.borrow();
    let yes = if write { s.writable } else { s.readable };
    let stringio = s.path.is_none();
    drop(s);
    if yes || stringio {
        open_state::<F>(py, &a[0], name)?;
    }
    Ok(py.bool(yes))
}

pub fn readable<F: FileObject>(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    can::<F>(py, args, kwnames, false)
}

pub fn writable<F: FileObject>(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    can::<F>(py, args, kwnames, true)
}

pub fn seekable<F: FileObject>(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "seekable", args, kwnames, 1, 1)?;
    open_state::<F>(py, &a[0], "seekable")?;
    Ok(py.bool(true))
}

pub fn isatty<F: FileObject>(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "isatty", args, kwnames, 1, 1)?;
    open_state::<F>(py, &a[0], "isatty")?;
    Ok(py.bool(false))
}

pub fn enter<F: FileObject>(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "__enter__", args, kwnames, 1, 1)?;
    open_state::<F>(py, &a[0], "__enter__")?;
    Ok(a[0].clone())
}

pub fn exit<F: FileObject>(py: Py<'_>, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    if let Some(f) = args.first() {
        close::<F>(py, std::slice::from_ref(f), &[])?;
    }
    Ok(py.none())
}

/// `__iter__` as a method (the `iter` slot is `iter_self`).
pub fn iter_method<F: FileObject>(
    py: Py<'_>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = arity(py, "__iter__", args, kwnames, 1, 1)?;
    iter_self::<F>(py, &a[0])
}

/// `__next__` as a method (the `next` slot is `F::next_line`).
pub fn next_method<F: FileObject>(
    py: Py<'_>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let a = arity(py, "__next__", args, kwnames, 1, 1)?;
    match F::next_line(py, &a[0])? {
        Some(l) => Ok(l),
        None => Err(obj::PyErr(obj::exception::new_exception(
            py,
            &py.types.stop_iteration,
            Vec::new(),
        ))),
    }
}

pub fn iter_self<F: FileObject>(py: Py<'_>, v: &Value) -> PyResult<Value> {
    open_state::<F>(py, v, "__iter__")?;
    Ok(v.clone())
}

/// A file freed unclosed still gets its content, as CPython's finalizer;
/// `encode` is what it can do without an interpreter.
pub fn sync_on_drop<B>(s: &mut FileState<B>, encode: impl FnOnce(&B) -> Vec<u8>) {
    if let (Some(p), true) = (&s.path, s.dirty) {
        let _ = std::fs::write(p, encode(&s.buf));
        s.dirty = false;
    }
}
