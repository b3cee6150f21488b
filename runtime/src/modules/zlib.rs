//! `_zlib`: the byte work under `runtime/lib/zlib.py` (checksums, raw
//! DEFLATE encoding and decoding, in `deflate.rs`); the Python module adds
//! the zlib and gzip wrappers, the stream objects and `zlib.error`.

use crate::modules::deflate::{self, InflateError};
use crate::modules::util::{self, arity};
use crate::object::typeobj::NativeFn;
use crate::object::{bytes, int, tuple, PyResult};
use crate::value::Value;
use crate::vm::Py;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("crc32", crc32),
    ("adler32", adler32),
    ("deflate_raw", deflate_raw),
    ("inflate_raw", inflate_raw),
];

pub fn make(py: Py<'_>) -> PyResult<Value> {
    util::new_module(py, "_zlib", FUNCTIONS)
}

fn data_arg(py: Py<'_>, v: &Value) -> PyResult<Vec<u8>> {
    bytes::bytes_like(v).ok_or_else(|| {
        py.type_error(format!(
            "a bytes-like object is required, not '{}'",
            py.type_name(v)
        ))
    })
}

/// The optional running value of a checksum, as an unsigned 32-bit int.
fn start_value(py: Py<'_>, a: &[Value], default: u32) -> PyResult<u32> {
    match a.get(1) {
        None => Ok(default),
        Some(v) => match int::as_index(py, v)? {
            Some(i) => Ok(i as u32),
            None => Err(py.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                py.type_name(v)
            ))),
        },
    }
}

fn crc32(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "crc32", args, kwnames, 1, 2)?;
    let data = data_arg(py, &a[0])?;
    let start = start_value(py, a, 0)?;
    Ok(int::new_i64(py, deflate::crc32(&data, start) as i64))
}

fn adler32(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "adler32", args, kwnames, 1, 2)?;
    let data = data_arg(py, &a[0])?;
    let start = start_value(py, a, 1)?;
    Ok(int::new_i64(py, deflate::adler32(&data, start) as i64))
}

/// `deflate_raw(data, level)`: a raw DEFLATE stream.
fn deflate_raw(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "deflate_raw", args, kwnames, 2, 2)?;
    let data = data_arg(py, &a[0])?;
    let level = int::as_index(py, &a[1])?.unwrap_or(-1) as i32;
    Ok(bytes::new(py, deflate::deflate(&data, level)))
}

/// `inflate_raw(data)`: `(output, bytes used)` for the stream at the start
/// of `data`, `None` when it is cut short; ValueError(zlib's message) when
/// it is not DEFLATE.
fn inflate_raw(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "inflate_raw", args, kwnames, 1, 1)?;
    let data = data_arg(py, &a[0])?;
    match deflate::inflate(&data) {
        Ok((out, used)) => Ok(tuple::new(
            py,
            vec![bytes::new(py, out), int::new_i64(py, used as i64)],
        )),
        Err(InflateError::Incomplete) => Ok(py.none()),
        Err(InflateError::Invalid(msg)) => Err(py.value_error(msg.to_string())),
    }
}
