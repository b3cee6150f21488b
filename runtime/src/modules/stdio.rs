//! Reading the standard input as `sys.stdin` does (sizes in characters,
//! lines, python3's `surrogateescape` decoding under the C.UTF-8 locale),
//! and the binary layer of the standard streams (`sys.stdout.buffer`).

use std::io::{BufRead, Write};

use crate::modules::util::{self, arity};
use crate::object::typeobj::{NativeFn, Slots, TypeObject};
use crate::object::{self as obj, bytes, codec, int, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// Raw bytes of standard input: up to `limit` characters (UTF-8 sequences
/// when `text`, else bytes; all without a limit), stopping after a '\n' when
/// `line`. The output is flushed first, so that a prompt shows before the
/// program waits.
fn read_bytes(py: Py<'_>, limit: Option<usize>, line: bool, text: bool) -> PyResult<Vec<u8>> {
    let _ = py.stdout.borrow_mut().flush();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let mut out = Vec::new();
    let mut chars = 0;
    loop {
        let buf = match lock.fill_buf() {
            Ok(b) => b,
            Err(e) => return Err(py.new_error(&py.types.os_error, e.to_string())),
        };
        if buf.is_empty() {
            break;
        }
        let mut take = 0;
        let mut done = false;
        for &b in buf {
            // A character starts at each byte that is not a continuation.
            if !text || b & 0xc0 != 0x80 {
                if limit == Some(chars) {
                    done = true;
                    break;
                }
                chars += 1;
            }
            take += 1;
            if line && b == b'\n' {
                done = true;
                break;
            }
        }
        out.extend_from_slice(&buf[..take]);
        lock.consume(take);
        if done {
            break;
        }
    }
    Ok(out)
}

/// Standard input's text: up to `limit` characters, one line when `line`.
pub fn read_text(py: Py<'_>, limit: Option<usize>, line: bool) -> PyResult<Value> {
    let raw = read_bytes(py, limit, line, true)?;
    codec::decode_value(py, &raw, "utf-8", "surrogateescape")
}

/// One line for `input()`, without its '\n'; `None` at the end of input.
pub fn input_line(py: Py<'_>) -> PyResult<Option<Value>> {
    let mut raw = read_bytes(py, None, true, true)?;
    if raw.is_empty() {
        return Ok(None);
    }
    if raw.last() == Some(&b'\n') {
        raw.pop();
    }
    codec::decode_value(py, &raw, "utf-8", "surrogateescape").map(Some)
}

/// The lines left on standard input; a positive `hint` stops once that many
/// characters have been read.
pub fn read_lines(py: Py<'_>, hint: Option<usize>) -> PyResult<Vec<Value>> {
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let l = read_text(py, None, true)?;
        let n = obj::len(py, &l)?;
        if n == 0 {
            break;
        }
        total += n;
        lines.push(l);
        if hint.is_some_and(|h| h > 0 && total >= h) {
            break;
        }
    }
    Ok(lines)
}

/// `sys.stdin.buffer`, `sys.stdout.buffer`, `sys.stderr.buffer` (0, 1, 2).
pub struct StdBuffer(u8);
impl Payload for StdBuffer {}

const METHODS: &[(&str, NativeFn)] = &[
    ("write", write),
    ("flush", flush),
    ("read", read),
    ("readline", readline),
];

pub fn buffer(py: Py<'_>, which: u8) -> Value {
    let (key, name) = match which {
        0 => ("BufferedReader(std)", "BufferedReader"),
        _ => ("BufferedWriter(std)", "BufferedWriter"),
    };
    let ty = util::runtime_type(py, key, || {
        let t = TypeObject::new::<StdBuffer>(name, Some(&py.types.object), Slots::default());
        for &(n, f) in METHODS {
            t.dict
                .borrow_mut()
                .insert(n.to_string(), py.new_builtin(n, f, None));
        }
        t.dict
            .borrow_mut()
            .insert("__module__".to_string(), py.new_str("_io"));
        t
    });
    py.alloc(&ty, StdBuffer(which))
}

fn which(py: Py<'_>, v: &Value) -> PyResult<u8> {
    v.downcast::<StdBuffer>().map(|b| b.0).ok_or_else(|| {
        py.type_error(format!(
            "descriptor requires a buffered stream, not '{}'",
            py.type_name(v)
        ))
    })
}

fn unsupported(py: Py<'_>, what: &str) -> obj::PyErr {
    crate::modules::filestate::unsupported(py, what)
}

/// `write(b)`: the bytes go out in order with the text written so far.
fn write(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "write", args, kwnames, 2, 2)?;
    let w = which(py, &a[0])?;
    if w == 0 {
        return Err(unsupported(py, "write"));
    }
    let Some(data) = bytes::bytes_like(&a[1]) else {
        return Err(py.type_error(format!(
            "a bytes-like object is required, not '{}'",
            py.type_name(&a[1])
        )));
    };
    let mut out = py.stdout.borrow_mut();
    if w == 2 {
        let _ = out.flush();
        let _ = std::io::stderr().write_all(&data);
    } else {
        let _ = out.write_all(&data);
    }
    Ok(int::new_i64(py, data.len() as i64))
}

/// Flushes standard stream `which` (0 stdin, 1 stdout, 2 stderr).
pub fn flush_stream(py: Py<'_>, which: u8) {
    match which {
        1 => {
            let _ = py.stdout.borrow_mut().flush();
        }
        2 => {
            let _ = std::io::stderr().flush();
        }
        _ => {}
    }
}

fn flush(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "flush", args, kwnames, 1, 1)?;
    flush_stream(py, which(py, &a[0])?);
    Ok(py.none())
}

/// `read(size=-1)` / `readline(size=-1)` on standard input's bytes.
fn read_raw(py: Py<'_>, args: &[Value], kwnames: &[Value], line: bool) -> PyResult<Value> {
    let name = if line { "readline" } else { "read" };
    let a = arity(py, name, args, kwnames, 1, 2)?;
    if which(py, &a[0])? != 0 {
        return Err(unsupported(py, "read"));
    }
    let size = crate::modules::filestate::size_arg(py, a)?;
    Ok(bytes::new(py, read_bytes(py, size, line, false)?))
}

fn read(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    read_raw(py, args, kwnames, false)
}

fn readline(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    read_raw(py, args, kwnames, true)
}
