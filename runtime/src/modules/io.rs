//! Text files: the `open` builtin and the `io` module's `StringIO`.
//!
//! Both keep the whole text in memory with a read/write position; a disk
//! file is read when opened and written back when flushed, closed or freed.
//! Binary modes open the files of `binfile.rs`.

use std::cell::RefCell;

use crate::modules::util::{self, arity};
use crate::object::typeobj::{CallSlot, NativeFn, Slots, TypeObject};
use crate::object::{self as obj, int, list, str::as_str, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct TextFile(pub RefCell<FileState>);

pub struct FileState {
    buf: String,
    /// Byte offset of the next read or write.
    pos: usize,
    /// The file written back on flush/close; `None` for a StringIO.
    path: Option<String>,
    name: String,
    mode: String,
    readable: bool,
    writable: bool,
    dirty: bool,
    closed: bool,
    /// The encoding as given (`UTF-8` by default) and its error handler.
    encoding: String,
    errors: String,
    /// The `newline` argument: `None` reads universal newlines (translated
    /// to '\n' for a read-only file); '' splits lines at any of them
    /// untranslated; '\r' or '\r\n' are also what '\n' is written as.
    newline: Option<String>,
}

impl Payload for TextFile {}

impl FileState {
    /// Writes the text back with `bytes` (the encoded text) when changed.
    fn sync_bytes(&mut self, bytes: Option<Vec<u8>>) -> std::io::Result<()> {
        if let (Some(p), true) = (&self.path, self.dirty) {
            match bytes {
                Some(b) => std::fs::write(p, b)?,
                None => std::fs::write(p, plain_encode(&self.encoding, &self.buf))?,
            }
            self.dirty = false;
        }
        Ok(())
    }

    fn sync(&mut self) -> std::io::Result<()> {
        self.sync_bytes(None)
    }

    /// Writes back through the codec, which may raise UnicodeEncodeError.
    fn sync_py(&mut self, py: Py<'_>) -> PyResult<std::io::Result<()>> {
        if self.path.is_none() || !self.dirty {
            return Ok(Ok(()));
        }
        let b = crate::object::codec::encode(py, &self.buf, &self.encoding, &self.errors)?;
        Ok(self.sync_bytes(Some(b)))
    }
}

/// The text in `encoding` without an interpreter (a file freed unclosed):
/// Latin-1 and ASCII byte for byte ('?' for what they cannot hold), else UTF-8.
fn plain_encode(encoding: &str, text: &str) -> Vec<u8> {
    let e = encoding.to_ascii_lowercase().replace(['-', '_'], "");
    let limit = match e.as_str() {
        "latin1" | "iso88591" | "l1" | "8859" | "cp819" => 256,
        "ascii" | "usascii" | "646" => 128,
        _ => return text.as_bytes().to_vec(),
    };
    text.chars()
        .map(|c| {
            if (c as u32) < limit {
                c as u32 as u8
            } else {
                b'?'
            }
        })
        .collect()
}

impl Drop for TextFile {
    fn drop(&mut self) {
        // A file dropped unclosed still gets its text, as CPython's finalizer.
        let _ = self.0.get_mut().sync();
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("write", write),
    ("writelines", writelines),
    ("close", close),
    ("flush", flush),
    ("seek", seek),
    ("truncate", truncate),
    ("tell", tell),
    ("getvalue", getvalue),
    ("readable", readable),
    ("writable", writable),
    ("seekable", readable_any),
    ("isatty", isatty),
    ("__enter__", enter),
    ("__exit__", exit),
];

/// The `_io.StringIO` type (callable) or the type of open files.
fn file_type(py: Py<'_>, key: &'static str, name: &str) -> Value {
    let new = if key == "StringIO" {
        Some(stringio_new as CallSlot)
    } else {
        None
    };
    util::runtime_type(py, key, || {
        let t = TypeObject::new::<TextFile>(
            name,
            Some(&py.types.object),
            Slots {
                repr: Some(repr),
                getattr: Some(getattr),
                iter: Some(iter_self),
                next: Some(next_line),
                new,
                ..Slots::default()
            },
        );
        for &(n, f) in METHODS {
            t.dict
                .borrow_mut()
                .insert(n.to_string(), py.new_builtin(n, f, None));
        }
        // `__module__` is `_io` and the qualname the bare name, as in CPython;
        // the repr joins them back into `<class '_io.StringIO'>`.
        if let Some((module, bare)) = name.split_once('.') {
            *t.qualname.borrow_mut() = bare.to_string();
            t.dict
                .borrow_mut()
                .insert("__module__".to_string(), py.new_str(module));
        }
        t
    })
}

pub fn make(py: Py<'_>) -> PyResult<Value> {
    // `_io`: runtime/lib/io.py re-exports it and adds BytesIO and the ABCs.
    let m = util::new_module(py, "_io", &[("open", open)])?;
    util::set(
        py,
        &m,
        "StringIO",
        file_type(py, "StringIO", "_io.StringIO"),
    )?;
    util::set(
        py,
        &m,
        "TextIOWrapper",
        file_type(py, "TextIOWrapper(file)", "_io.TextIOWrapper"),
    )?;
    for (name, ty) in crate::modules::binfile::types(py) {
        util::set(py, &m, name, ty)?;
    }
    util::set(py, &m, "DEFAULT_BUFFER_SIZE", int::new_i64(py, 8192))?;
    util::set(py, &m, "SEEK_SET", int::new_i64(py, 0))?;
    util::set(py, &m, "SEEK_CUR", int::new_i64(py, 1))?;
    util::set(py, &m, "SEEK_END", int::new_i64(py, 2))?;
    Ok(m)
}

/// `StringIO(initial_value='')`, called through the type.
fn stringio_new(py: Py<'_>, _ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len());
    let mut initial = args.first().filter(|_| npos > 0).cloned();
    let mut universal = npos > 1 && args[1].is(&py.none);
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("initial_value") => initial = Some(v.clone()),
            Some("newline") => universal = v.is(&py.none),
            _ => {
                return Err(py.type_error(format!(
                    "'{}' is an invalid keyword argument for StringIO()",
                    as_str(k).unwrap_or("?")
                )))
            }
        }
    }
    let text = match &initial {
        Some(v) if !v.is(&py.none) => match as_str(v) {
            Some(s) => s.to_string(),
            None => {
                return Err(py.type_error(format!(
                    "initial_value must be str or None, not {}",
                    py.type_name(v)
                )))
            }
        },
        _ => String::new(),
    };
    // newline=None turns the initial text's line ends into '\n'.
    let text = if universal {
        translate_newlines(&text)
    } else {
        text
    };
    let ty = file_type(py, "StringIO", "_io.StringIO");
    Ok(py.alloc(
        &ty,
        TextFile(RefCell::new(FileState {
            buf: text,
            pos: 0,
            path: None,
            name: String::new(),
            mode: "r+".to_string(),
            readable: true,
            writable: true,
            dirty: false,
            closed: false,
            encoding: "utf-8".to_string(),
            errors: "strict".to_string(),
            newline: Some("\n".to_string()),
        })),
    ))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)` for text files.
pub fn open(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let npos = args.len().saturating_sub(kwnames.len());
    if npos > NAMES.len() {
        return Err(py.type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; NAMES.len()];
    for (i, v) in args[..npos].iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let key = as_str(k).unwrap_or("");
        match NAMES.iter().position(|n| *n == key) {
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(
                    py.type_error(format!("'{key}' is an invalid keyword argument for open()"))
                )
            }
        }
    }
    let Some(file) = slots[0].clone() else {
        return Err(py.type_error("open() missing required argument 'file' (pos 1)".to_string()));
    };
    // A path object counts as its `__fspath__()`.
    let path = match obj::bytes::as_bytes(&file) {
        Some(b) => String::from_utf8_lossy(b).into_owned(),
        None => crate::modules::os::str_arg(py, &file)?,
    };
    let mode = match &slots[1] {
        Some(m) => as_str(m)
            .ok_or_else(|| {
                py.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    py.type_name(m)
                ))
            })?
            .to_string(),
        None => "r".to_string(),
    };
    let kinds = mode.chars().filter(|c| "rwax".contains(*c)).count();
    if kinds != 1 || mode.chars().any(|c| !"rwaxbt+".contains(c)) {
        return Err(py.value_error(format!("invalid mode: '{mode}'")));
    }
    if mode.contains('b') {
        if mode.contains('t') {
            return Err(py.value_error("can't have text and binary mode at once".to_string()));
        }
        for (i, what) in [(3, "an encoding"), (4, "an errors"), (5, "a newline")] {
            if slots[i].as_ref().is_some_and(|v| !v.is(&py.none)) {
                return Err(py.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
        return crate::modules::binfile::open(py, &path, &mode);
    }
    let text_arg = |i: usize, what: &str| -> PyResult<Option<String>> {
        match &slots[i] {
            Some(v) if !v.is(&py.none) => match as_str(v) {
                Some(t) => Ok(Some(t.to_string())),
                None => Err(py.type_error(format!(
                    "open() argument '{what}' must be str or None, not {}",
                    py.type_name(v)
                ))),
            },
            _ => Ok(None),
        }
    };
    let encoding = text_arg(3, "encoding")?.unwrap_or_else(|| "UTF-8".to_string());
    let errors = text_arg(4, "errors")?.unwrap_or_else(|| "strict".to_string());
    let newline = text_arg(5, "newline")?;
    if let Some(n) = &newline {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(py.value_error(format!("illegal newline value: {n}")));
        }
    }
    // An unknown encoding fails at open, as in CPython.
    crate::object::codec::encode(py, "", &encoding, &errors)?;
    let plus = mode.contains('+');
    let io_err = |e: std::io::Error| os_error(py, &e, &path);
    let (buf, pos, readable, writable, dirty) = match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('r') => {
            let bytes = std::fs::read(&path).map_err(io_err)?;
            let text = crate::object::codec::decode(py, &bytes, &encoding, &errors)?;
            // A file only read sees universal newlines as '\n'.
            let text = if newline.is_none() && !plus {
                translate_newlines(&text)
            } else {
                text
            };
            (text, 0, true, plus, false)
        }
        Some('w') => {
            std::fs::write(&path, b"").map_err(io_err)?;
            (String::new(), 0, plus, true, false)
        }
        Some('x') => {
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
                .map_err(io_err)?;
            (String::new(), 0, plus, true, false)
        }
        _ => {
            let text = match std::fs::read(&path) {
                Ok(b) => crate::object::codec::decode(py, &b, &encoding, "replace")?,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    std::fs::write(&path, b"").map_err(io_err)?;
                    String::new()
                }
                Err(e) => return Err(io_err(e)),
            };
            let end = text.len();
            (text, end, plus, true, false)
        }
    };
    let ty = file_type(py, "TextIOWrapper(file)", "_io.TextIOWrapper");
    Ok(py.alloc(
        &ty,
        TextFile(RefCell::new(FileState {
            buf,
            pos,
            path: Some(path.clone()),
            name: path,
            mode,
            readable,
            writable,
            dirty,
            closed: false,
            encoding,
            errors,
            newline,
        })),
    ))
}

fn os_error(py: Py<'_>, e: &std::io::Error, filename: &str) -> obj::PyErr {
    crate::modules::os::os_error(py, e, filename)
}

fn state<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a RefCell<FileState>> {
    match v.downcast::<TextFile>() {
        Some(f) => Ok(&f.0),
        None => Err(py.type_error(format!(
            "descriptor requires a file object, not '{}'",
            py.type_name(v)
        ))),
    }
}

fn open_state<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a RefCell<FileState>> {
    let s = state(py, v)?;
    if s.borrow().closed {
        // CPython's StringIO words it without the full stop of a real file.
        let stop = if s.borrow().path.is_none() { "" } else { "." };
        return Err(py.value_error(format!("I/O operation on closed file{stop}")));
    }
    Ok(s)
}

/// `io.UnsupportedOperation` (defined by runtime/lib/io.py, imported by now in
/// any program that can name it), else its base OSError.
fn unsupported(py: Py<'_>, what: &str) -> obj::PyErr {
    let from_io = crate::import::import_absolute(py, "io")
        .ok()
        .and_then(|m| obj::getattr(py, &m, "UnsupportedOperation").ok());
    let cls = from_io.unwrap_or_else(|| crate::import::errors::class(py, "OSError"));
    py.new_error(&cls, what.to_string())
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

/// Byte length of the first `n` characters of `s`.
fn char_bytes(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

fn read(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "read", args, kwnames, 1, 2)?;
    let size = size_arg(py, a)?;
    let mut s = open_state(py, &a[0])?.borrow_mut();
    if !s.readable {
        return Err(unsupported(py, "not readable"));
    }
    let start = s.pos.min(s.buf.len());
    let rest = s.buf.get(start..).unwrap_or("");
    let n = size.map_or(rest.len(), |k| char_bytes(rest, k));
    let out = rest[..n].to_string();
    s.pos = start + n;
    Ok(py.new_str(&out))
}

/// '\r\n' and '\r' as '\n'.
fn translate_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The byte length of the first line of `rest` (with its line end) under
/// the file's `newline` setting.
fn line_len(rest: &str, newline: Option<&str>) -> usize {
    match newline {
        Some("") => match rest.find(['\r', '\n']) {
            Some(i) if rest[i..].starts_with("\r\n") => i + 2,
            Some(i) => i + 1,
            None => rest.len(),
        },
        Some(end @ ("\r" | "\r\n")) => rest.find(end).map_or(rest.len(), |i| i + end.len()),
        _ => rest.find('\n').map_or(rest.len(), |i| i + 1),
    }
}

/// The next line (with its newline) from the position; empty at the end.
fn take_line(s: &mut FileState, limit: Option<usize>) -> String {
    let start = s.pos.min(s.buf.len());
    let rest = s.buf.get(start..).unwrap_or("");
    let mut n = line_len(rest, s.newline.as_deref());
    if let Some(k) = limit {
        n = n.min(char_bytes(rest, k));
    }
    let out = rest[..n].to_string();
    s.pos = start + n;
    out
}

fn readline(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readline", args, kwnames, 1, 2)?;
    let size = size_arg(py, a)?;
    let mut s = open_state(py, &a[0])?.borrow_mut();
    if !s.readable {
        return Err(unsupported(py, "not readable"));
    }
    Ok(py.new_str(&take_line(&mut s, size)))
}

fn readlines(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readlines", args, kwnames, 1, 2)?;
    // A positive hint stops once that many characters have been read.
    let hint = size_arg(py, a)?.filter(|&h| h > 0);
    let mut s = open_state(py, &a[0])?.borrow_mut();
    if !s.readable {
        return Err(unsupported(py, "not readable"));
    }
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let l = take_line(&mut s, None);
        if l.is_empty() {
            break;
        }
        total += l.chars().count();
        lines.push(py.new_str(&l));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(list::new(py, lines))
}

fn write_text(py: Py<'_>, f: &Value, text: &Value) -> PyResult<usize> {
    let Some(t) = as_str(text) else {
        if state(py, f)?.borrow().path.is_none() {
            return Err(py.type_error(format!(
                "string argument expected, got '{}'",
                py.type_name(text)
            )));
        }
        return Err(py.type_error(format!(
            "write() argument must be str, not {}",
            py.type_name(text)
        )));
    };
    let mut s = open_state(py, f)?.borrow_mut();
    if !s.writable {
        return Err(unsupported(py, "not writable"));
    }
    // Characters the encoding cannot hold fail here, as CPython's write().
    let utf8 = matches!(s.encoding.to_ascii_lowercase().as_str(), "utf-8" | "utf8");
    if s.path.is_some() && !utf8 {
        crate::object::codec::encode(py, t, &s.encoding, &s.errors)?;
    }
    // '\n' goes to the file as the newline argument says.
    let translated;
    let t = match s.newline.as_deref() {
        Some(end @ ("\r" | "\r\n")) if s.path.is_some() && t.contains('\n') => {
            translated = t.replace('\n', end);
            translated.as_str()
        }
        _ => t,
    };
    let count = as_str(text).map_or(0, |x| x.chars().count());
    // Append mode always writes at the end.
    if s.mode.contains('a') {
        s.pos = s.buf.len();
    }
    let pos = s.pos.min(s.buf.len());
    let end = (pos + t.len()).min(s.buf.len());
    let end = (end..=s.buf.len())
        .find(|&e| s.buf.is_char_boundary(e))
        .unwrap_or(s.buf.len());
    if s.buf.is_char_boundary(pos) {
        s.buf.replace_range(pos..end, t);
    } else {
        s.buf.push_str(t);
    }
    s.pos = pos + t.len();
    s.dirty = true;
    Ok(count)
}

fn write(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "write", args, kwnames, 2, 2)?;
    let n = write_text(py, &a[0], &a[1])?;
    Ok(int::new_i64(py, n as i64))
}

fn writelines(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "writelines", args, kwnames, 2, 2)?;
    for line in obj::collect(py, &a[1])? {
        write_text(py, &a[0], &line)?;
    }
    Ok(py.none())
}

fn close(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "close", args, kwnames, 1, 1)?;
    let path = {
        let mut s = state(py, &a[0])?.borrow_mut();
        if s.closed {
            return Ok(py.none());
        }
        let r = s.sync_py(py);
        s.closed = true;
        let r = r?;
        r.map_err(|e| (e, s.name.clone())).err()
    };
    if let Some((e, name)) = path {
        return Err(os_error(py, &e, &name));
    }
    Ok(py.none())
}

fn flush(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "flush", args, kwnames, 1, 1)?;
    let mut s = open_state(py, &a[0])?.borrow_mut();
    if let Err(e) = s.sync_py(py)? {
        let name = s.name.clone();
        return Err(os_error(py, &e, &name));
    }
    Ok(py.none())
}

fn seek(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "seek", args, kwnames, 2, 3)?;
    let off = int::as_index(py, &a[1])?
        .ok_or_else(|| py.type_error("an integer is required".to_string()))?;
    let whence = match a.get(2) {
        Some(w) => int::as_index(py, w)?.unwrap_or(0),
        None => 0,
    };
    let mut s = open_state(py, &a[0])?.borrow_mut();
    // A StringIO's positions count characters; a file's are byte offsets.
    if s.path.is_none() && whence == 0 && off >= 0 {
        s.pos = char_bytes(&s.buf, off as usize);
        return Ok(int::new_i64(py, off));
    }
    let target = match whence {
        0 if off < 0 => {
            return Err(py.value_error(format!("Negative seek position {off}")));
        }
        0 => off as usize,
        1 | 2 if off != 0 => {
            return Err(unsupported(py, "Can't do nonzero cur-relative seeks"));
        }
        1 => s.pos,
        2 => s.buf.len(),
        _ => return Err(py.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    s.pos = target;
    Ok(int::new_i64(py, position(&s) as i64))
}

/// The position as `tell()` reports it: characters for a StringIO.
fn position(s: &FileState) -> usize {
    if s.path.is_some() {
        return s.pos;
    }
    let end = s.pos.min(s.buf.len());
    s.buf.get(..end).map_or(end, |t| t.chars().count())
}

fn tell(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "tell", args, kwnames, 1, 1)?;
    let s = open_state(py, &a[0])?.borrow();
    Ok(int::new_i64(py, position(&s) as i64))
}

/// `truncate(size=None)`: keeps the first `size` characters (default: up to
/// the position); the position does not move.
fn truncate(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "truncate", args, kwnames, 1, 2)?;
    let mut s = open_state(py, &a[0])?.borrow_mut();
    if !s.writable {
        return Err(unsupported(py, "File not open for writing"));
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
                return Err(py.value_error(format!("Negative size value {n}")));
            }
            n as usize
        }
        _ => position(&s),
    };
    let cut = if s.path.is_none() {
        char_bytes(&s.buf, size)
    } else {
        size.min(s.buf.len())
    };
    if cut < s.buf.len() && s.buf.is_char_boundary(cut) {
        s.buf.truncate(cut);
        s.dirty = true;
    }
    Ok(int::new_i64(py, size as i64))
}

fn getvalue(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "getvalue", args, kwnames, 1, 1)?;
    let s = open_state(py, &a[0])?.borrow();
    if s.path.is_some() {
        return Err(py.new_error(
            &py.types.attribute_error,
            "'_io.TextIOWrapper' object has no attribute 'getvalue'".to_string(),
        ));
    }
    Ok(py.new_str(&s.buf))
}

fn readable(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readable", args, kwnames, 1, 1)?;
    Ok(py.bool(open_state(py, &a[0])?.borrow().readable))
}

fn writable(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "writable", args, kwnames, 1, 1)?;
    Ok(py.bool(open_state(py, &a[0])?.borrow().writable))
}

fn readable_any(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "seekable", args, kwnames, 1, 1)?;
    open_state(py, &a[0])?;
    Ok(py.bool(true))
}

fn isatty(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "isatty", args, kwnames, 1, 1)?;
    open_state(py, &a[0])?;
    Ok(py.bool(false))
}

fn enter(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "__enter__", args, kwnames, 1, 1)?;
    open_state(py, &a[0])?;
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
    if s.path.is_none() {
        return Ok(format!("<_io.StringIO object at {:#x}>", v.addr()));
    }
    Ok(format!(
        "<_io.TextIOWrapper name={} mode={} encoding={}>",
        crate::repr::str_repr(&s.name),
        crate::repr::str_repr(&s.mode),
        crate::repr::str_repr(&s.encoding)
    ))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let s = state(py, v)?.borrow();
    Ok(match name {
        "closed" => Some(py.bool(s.closed)),
        "name" if s.path.is_some() => Some(py.new_str(&s.name)),
        "mode" if s.path.is_some() => Some(py.new_str(&s.mode)),
        "encoding" if s.path.is_some() => Some(py.new_str(&s.encoding)),
        "errors" if s.path.is_some() => Some(py.new_str(&s.errors)),
        "newlines" => Some(py.none()),
        "line_buffering" => Some(py.bool(false)),
        _ => None,
    })
}

fn iter_self(py: Py<'_>, v: &Value) -> PyResult<Value> {
    open_state(py, v)?;
    Ok(v.clone())
}

fn next_line(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    let mut s = open_state(py, v)?.borrow_mut();
    let l = take_line(&mut s, None);
    Ok(if l.is_empty() {
        None
    } else {
        Some(py.new_str(&l))
    })
}
