//! Text files: the `open` builtin and the `io` module's `StringIO`.
//!
//! Both keep the whole text in memory with a read/write position (the
//! plumbing shared with the binary files of `binfile.rs` is in
//! `filestate.rs`); a disk file is read when opened and written back when
//! flushed, closed or freed. Binary modes open the files of `binfile.rs`.

use std::cell::RefCell;

use crate::modules::filestate::{
    self, iter_self, size_arg, state, unsupported, FileObject, FileState,
};
use crate::modules::util::{self, arity};
use crate::object::typeobj::{CallSlot, NativeFn, Slots, TypeObject};
use crate::object::{self as obj, codec, int, list, str::as_str, surrogates, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct TextFile {
    state: RefCell<FileState<Text>>,
    /// The encoding as given (`UTF-8` by default) and its error handler.
    encoding: String,
    errors: String,
    /// The `newline` argument: `None` reads universal newlines translated
    /// to '\n' (a StringIO translates them when written); '' splits lines
    /// at any of them untranslated; '\r' or '\r\n' are also what '\n' is
    /// written as.
    newline: Option<String>,
}

/// A text file's content: for a disk file, the text as the file holds it
/// (line ends untranslated), so that positions are the file's offsets.
pub struct Text {
    text: String,
    /// Some lone surrogate was written (or decoded): they are kept as
    /// stand-ins (`surrogates::stand_in_text`) and come back on reads.
    stand_ins: bool,
}

impl Text {
    fn new(text: String, stand_ins: bool) -> Self {
        Text { text, stand_ins }
    }
}

impl Payload for TextFile {}

impl FileObject for TextFile {
    type Buf = Text;
    const KIND: &'static str = "a file object";

    fn cell(&self) -> &RefCell<FileState<Text>> {
        &self.state
    }

    /// Encodes through the codec, which may raise UnicodeEncodeError.
    fn encode(&self, py: Py<'_>, buf: &Text) -> PyResult<Vec<u8>> {
        if buf.stand_ins {
            let v = surrogates::from_stand_in_text(py, &buf.text);
            return codec::encode_value(py, &v, &self.encoding, &self.errors);
        }
        codec::encode(py, &buf.text, &self.encoding, &self.errors)
    }

    fn closed_message(s: &FileState<Text>, what: &str) -> String {
        // CPython's StringIO words most without the full stop of a file.
        let stop = match (s.path.is_none(), what) {
            (true, "__enter__" | "__iter__" | "isatty" | "writelines") => ".",
            (true, _) | (false, "readable" | "writable" | "seekable" | "isatty") => "",
            _ => ".",
        };
        format!("I/O operation on closed file{stop}")
    }

    fn next_line(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
        let (f, mut s) = readable_state(py, v, "__next__")?;
        let l = f.take_line(py, &mut s, None);
        Ok((str_len(&l) > 0).then_some(l))
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
        let encoding = &self.encoding;
        filestate::sync_on_drop(self.state.get_mut(), |b| plain_encode(encoding, &b.text));
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("write", write),
    ("writelines", writelines),
    ("seek", seek),
    ("truncate", truncate),
    ("tell", tell),
    ("getvalue", getvalue),
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
                iter: Some(iter_self::<TextFile>),
                next: Some(TextFile::next_line),
                new,
                ..Slots::default()
            },
        );
        for &(n, f) in METHODS.iter().chain(&filestate::methods::<TextFile>()) {
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

/// `StringIO(initial_value='', newline='\n')`, called through the type.
fn stringio_new(py: Py<'_>, _ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len());
    if npos > 2 {
        return Err(py.type_error(format!(
            "StringIO() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut initial = args.first().filter(|_| npos > 0).cloned();
    let mut newline = args.get(1).filter(|_| npos > 1).cloned();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("initial_value") => initial = Some(v.clone()),
            Some("newline") => newline = Some(v.clone()),
            _ => {
                return Err(py.type_error(format!(
                    "'{}' is an invalid keyword argument for StringIO()",
                    as_str(k).unwrap_or("?")
                )))
            }
        }
    }
    let newline = match &newline {
        None => Some("\n".to_string()),
        Some(v) if v.is(&py.none) => None,
        Some(v) => match as_str(v) {
            Some(n @ ("" | "\n" | "\r" | "\r\n")) => Some(n.to_string()),
            Some(n) => return Err(py.value_error(format!("illegal newline value: {n}"))),
            None => {
                return Err(py.type_error(format!(
                    "newline must be str or None, not {}",
                    py.type_name(v)
                )))
            }
        },
    };
    let ty = file_type(py, "StringIO", "_io.StringIO");
    let f = py.alloc(
        &ty,
        TextFile {
            state: RefCell::new(FileState::new(
                Text::new(String::new(), false),
                0,
                None,
                String::new(),
                "r+".to_string(),
            )),
            encoding: "utf-8".to_string(),
            errors: "strict".to_string(),
            newline,
        },
    );
    match &initial {
        Some(v) if !v.is(&py.none) => {
            if as_str(v).is_none() {
                return Err(py.type_error(format!(
                    "initial_value must be str or None, not {}",
                    py.type_name(v)
                )));
            }
            // The initial value is written (translated as writes are), then
            // read from the start.
            write_text(py, &f, v)?;
            state::<TextFile>(py, &f)?.borrow_mut().pos = 0;
        }
        _ => {}
    }
    Ok(f)
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
    codec::encode(py, "", &encoding, &errors)?;
    let kind = mode.chars().find(|c| "rwax".contains(*c)).unwrap_or('r');
    let bytes = filestate::open_disk(py, &path, kind)?;
    // What 'a' finds is kept as it decodes; it is not read back through
    // the error handler (only a+ reads).
    let read_errors = if kind == 'a' {
        "replace"
    } else {
        errors.as_str()
    };
    let decoded = codec::decode_value(py, &bytes, &encoding, read_errors)?;
    let buf = match surrogates::stand_in_text(&decoded) {
        Some(t) => Text::new(t, true),
        None => Text::new(as_str(&decoded).unwrap_or("").to_string(), false),
    };
    let pos = if kind == 'a' { buf.text.len() } else { 0 };
    let ty = file_type(py, "TextIOWrapper(file)", "_io.TextIOWrapper");
    Ok(py.alloc(
        &ty,
        TextFile {
            state: RefCell::new(FileState::new(buf, pos, Some(path.clone()), path, mode)),
            encoding,
            errors,
            newline,
        },
    ))
}

/// The state of an open text file; `what` names the method.
fn open_state<'a>(py: Py<'_>, v: &'a Value, what: &str) -> PyResult<&'a RefCell<FileState<Text>>> {
    filestate::open_state::<TextFile>(py, v, what)
}

/// The payload of a text file (`state` checked it is one).
fn file<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a TextFile> {
    v.downcast::<TextFile>().ok_or_else(|| {
        py.type_error(format!(
            "descriptor requires a file object, not '{}'",
            py.type_name(v)
        ))
    })
}

/// The state of an open text file that can be read.
fn readable_state<'a>(
    py: Py<'_>,
    v: &'a Value,
    what: &str,
) -> PyResult<(&'a TextFile, std::cell::RefMut<'a, FileState<Text>>)> {
    let s = open_state(py, v, what)?.borrow_mut();
    if !s.readable {
        return Err(unsupported(py, "not readable"));
    }
    Ok((file(py, v)?, s))
}

/// Byte length of the first `n` characters of `s`.
fn char_bytes(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// '\r\n' and '\r' as '\n'.
fn translate_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Byte length of the first `n` characters of `s` read with universal
/// newlines, where '\r\n' is one character.
fn translated_bytes(s: &str, n: usize) -> usize {
    let mut seen = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if seen == n {
            return i;
        }
        if c == '\r' && it.peek().is_some_and(|&(_, d)| d == '\n') {
            it.next();
        }
        seen += 1;
    }
    s.len()
}

impl TextFile {
    /// Reads universal newlines as '\n' (a disk file with newline=None).
    fn translates(&self, s: &FileState<Text>) -> bool {
        self.newline.is_none() && s.path.is_some()
    }

    /// The str of text taken from the buffer, line ends translated as the
    /// file reads them.
    fn output(&self, py: Py<'_>, s: &FileState<Text>, raw: &str) -> Value {
        let translated;
        let raw = if self.translates(s) && raw.contains('\r') {
            translated = translate_newlines(raw);
            translated.as_str()
        } else {
            raw
        };
        if s.buf.stand_ins {
            return surrogates::from_stand_in_text(py, raw);
        }
        py.new_str(raw)
    }

    /// Takes up to `size` characters (all without one) from the position.
    fn take(&self, py: Py<'_>, s: &mut FileState<Text>, size: Option<usize>) -> Value {
        let start = s.pos.min(s.buf.text.len());
        let rest = s.buf.text.get(start..).unwrap_or("");
        let n = match size {
            None => rest.len(),
            Some(k) if self.translates(s) => translated_bytes(rest, k),
            Some(k) => char_bytes(rest, k),
        };
        let out = self.output(py, s, &rest[..n]);
        s.pos = start + n;
        out
    }

    /// The byte length of the first line of `rest` (with its line end).
    fn line_len(&self, rest: &str) -> usize {
        match self.newline.as_deref() {
            None | Some("") => match rest.find(['\r', '\n']) {
                Some(i) if rest[i..].starts_with("\r\n") => i + 2,
                Some(i) => i + 1,
                None => rest.len(),
            },
            Some(end @ ("\r" | "\r\n")) => rest.find(end).map_or(rest.len(), |i| i + end.len()),
            _ => rest.find('\n').map_or(rest.len(), |i| i + 1),
        }
    }

    /// The next line (with its line end), at most `limit` characters; an
    /// empty str at the end.
    fn take_line(&self, py: Py<'_>, s: &mut FileState<Text>, limit: Option<usize>) -> Value {
        let start = s.pos.min(s.buf.text.len());
        let rest = s.buf.text.get(start..).unwrap_or("");
        let mut n = self.line_len(rest);
        if let Some(k) = limit {
            let line = &rest[..n];
            n = if self.translates(s) {
                translated_bytes(line, k)
            } else {
                char_bytes(line, k)
            };
        }
        let out = self.output(py, s, &rest[..n]);
        s.pos = start + n;
        out
    }
}

fn read(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "read", args, kwnames, 1, 2)?;
    let size = size_arg(py, a)?;
    let (f, mut s) = readable_state(py, &a[0], "read")?;
    Ok(f.take(py, &mut s, size))
}

fn readline(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readline", args, kwnames, 1, 2)?;
    let size = size_arg(py, a)?;
    let (f, mut s) = readable_state(py, &a[0], "readline")?;
    Ok(f.take_line(py, &mut s, size))
}

fn str_len(v: &Value) -> usize {
    v.downcast::<obj::str::Str>().map_or(0, |s| s.chars)
}

fn readlines(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readlines", args, kwnames, 1, 2)?;
    // A positive hint stops once that many characters have been read.
    let hint = size_arg(py, a)?.filter(|&h| h > 0);
    let (f, mut s) = readable_state(py, &a[0], "readlines")?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let l = f.take_line(py, &mut s, None);
        let n = str_len(&l);
        if n == 0 {
            break;
        }
        total += n;
        lines.push(l);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(list::new(py, lines))
}

fn write_text(py: Py<'_>, v: &Value, text: &Value) -> PyResult<usize> {
    let s = open_state(py, v, "write")?;
    let f = file(py, v)?;
    let Some(t) = as_str(text) else {
        if s.borrow().path.is_none() {
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
    let mut s = s.borrow_mut();
    if !s.writable {
        return Err(unsupported(py, "not writable"));
    }
    let marked = surrogates::is_marked(text);
    // Characters the encoding cannot hold fail here, as CPython's write().
    let utf8 = matches!(f.encoding.to_ascii_lowercase().as_str(), "utf-8" | "utf8");
    if s.path.is_some() && (marked || !utf8) {
        codec::encode_value(py, text, &f.encoding, &f.errors)?;
    }
    let with_stand_ins;
    let t = match marked {
        true => {
            with_stand_ins = surrogates::stand_in_text(text).unwrap_or_default();
            s.buf.stand_ins = true;
            with_stand_ins.as_str()
        }
        false => t,
    };
    // '\n' is stored as the newline argument says; a StringIO reading
    // universal newlines stores them as '\n'.
    let translated;
    let t = match f.newline.as_deref() {
        Some(end @ ("\r" | "\r\n")) if t.contains('\n') => {
            translated = t.replace('\n', end);
            translated.as_str()
        }
        None if s.path.is_none() && t.contains('\r') => {
            translated = translate_newlines(t);
            translated.as_str()
        }
        _ => t,
    };
    let count = str_len(text);
    if s.append {
        s.pos = s.buf.text.len();
    }
    let s = &mut *s;
    let buf = &mut s.buf.text;
    let pos = s.pos.min(buf.len());
    let end = (pos + t.len()).min(buf.len());
    let end = (end..=buf.len())
        .find(|&e| buf.is_char_boundary(e))
        .unwrap_or(buf.len());
    if buf.is_char_boundary(pos) {
        buf.replace_range(pos..end, t);
    } else {
        buf.push_str(t);
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
    open_state(py, &a[0], "writelines")?;
    for line in obj::collect(py, &a[1])? {
        write_text(py, &a[0], &line)?;
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
    let mut s = open_state(py, &a[0], "seek")?.borrow_mut();
    // A StringIO's positions count characters; a file's are byte offsets.
    if s.path.is_none() && whence == 0 && off >= 0 {
        s.pos = char_bytes(&s.buf.text, off as usize);
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
        2 => s.buf.text.len(),
        _ => return Err(py.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    s.pos = target;
    Ok(int::new_i64(py, position(&s) as i64))
}

/// The position as `tell()` reports it: characters for a StringIO.
fn position(s: &FileState<Text>) -> usize {
    if s.path.is_some() {
        return s.pos;
    }
    let end = s.pos.min(s.buf.text.len());
    s.buf.text.get(..end).map_or(end, |t| t.chars().count())
}

fn tell(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "tell", args, kwnames, 1, 1)?;
    let s = open_state(py, &a[0], "tell")?.borrow();
    Ok(int::new_i64(py, position(&s) as i64))
}

/// `truncate(size=None)`: keeps the first `size` characters (default: up to
/// the position); the position does not move.
fn truncate(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "truncate", args, kwnames, 1, 2)?;
    let mut s = open_state(py, &a[0], "truncate")?.borrow_mut();
    if !s.writable {
        return Err(unsupported(py, "File not open for writing"));
    }
    let size = match filestate::opt_index(py, a.get(1), false)? {
        Some(n) if n < 0 => {
            return Err(py.value_error(format!("Negative size value {n}")));
        }
        Some(n) => n as usize,
        None => position(&s),
    };
    let cut = if s.path.is_none() {
        char_bytes(&s.buf.text, size)
    } else {
        size.min(s.buf.text.len())
    };
    if cut < s.buf.text.len() && s.buf.text.is_char_boundary(cut) {
        s.buf.text.truncate(cut);
        s.dirty = true;
    }
    Ok(int::new_i64(py, size as i64))
}

fn getvalue(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "getvalue", args, kwnames, 1, 1)?;
    let s = open_state(py, &a[0], "getvalue")?.borrow();
    if s.path.is_some() {
        return Err(py.new_error(
            &py.types.attribute_error,
            "'_io.TextIOWrapper' object has no attribute 'getvalue'".to_string(),
        ));
    }
    Ok(file(py, &a[0])?.output(py, &s, &s.buf.text))
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let s = state::<TextFile>(py, v)?.borrow();
    if s.path.is_none() {
        return Ok(format!("<_io.StringIO object at {:#x}>", v.addr()));
    }
    Ok(format!(
        "<_io.TextIOWrapper name={} mode={} encoding={}>",
        crate::repr::str_repr(&s.name),
        crate::repr::str_repr(&s.mode),
        crate::repr::str_repr(&file(py, v)?.encoding)
    ))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let s = state::<TextFile>(py, v)?.borrow();
    let f = file(py, v)?;
    Ok(match name {
        "closed" => Some(py.bool(s.closed)),
        "name" if s.path.is_some() => Some(py.new_str(&s.name)),
        "mode" if s.path.is_some() => Some(py.new_str(&s.mode)),
        "encoding" if s.path.is_some() => Some(py.new_str(&f.encoding)),
        "errors" if s.path.is_some() => Some(py.new_str(&f.errors)),
        "newlines" => Some(py.none()),
        "line_buffering" => Some(py.bool(false)),
        _ => None,
    })
}
