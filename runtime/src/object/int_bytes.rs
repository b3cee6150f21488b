//! `int.to_bytes` and `int.from_bytes` (installed on `int` by
//! `bytes::install_methods`).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use crate::object::bytes::{bytes_like, new as new_bytes};
use crate::object::text_args::{bind, index_arg};
use crate::object::typeobj::{NativeFn, TypeObject};
use crate::object::{self as obj, int, str::as_str, PyResult};
use crate::value::Value;
use crate::vm::Py;

fn little_endian(py: Py<'_>, v: Option<&Value>) -> PyResult<bool> {
    match v.map(|v| as_str(v).ok_or(v)) {
        None => Ok(false),
        Some(Ok("big")) => Ok(false),
        Some(Ok("little")) => Ok(true),
        Some(Ok(_)) => {
            Err(py.value_error("byteorder must be either 'little' or 'big'".to_string()))
        }
        Some(Err(v)) => Err(py.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            py.type_name(v)
        ))),
    }
}

fn signed_flag(py: Py<'_>, v: Option<&Value>) -> PyResult<bool> {
    match v {
        Some(v) => obj::truthy(py, v),
        None => Ok(false),
    }
}

fn to_bytes(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some((me, rest)) = args.split_first() else {
        return Err(
            py.type_error("descriptor 'to_bytes' of 'int' object needs an argument".to_string())
        );
    };
    let Some(n) = int::int_ref(py, me) else {
        return Err(py.type_error("to_bytes() requires an int".to_string()));
    };
    let a = bind(
        py,
        "to_bytes",
        rest,
        kw,
        &["length", "byteorder", "signed"],
        0,
        true,
    )?;
    let length = match a[0] {
        Some(l) => index_arg(py, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(py.value_error("length argument must be non-negative".to_string()));
    }
    let little = little_endian(py, a[1])?;
    let signed = signed_flag(py, a[2])?;
    let n = n.to_big();
    if n.is_negative() && !signed {
        return Err(py.overflow_error("can't convert negative int to unsigned"));
    }
    crate::object::text_args::check_size(py, length as u128)?;
    let length = length as usize;
    let mut out = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.is_zero() {
        out.clear();
    }
    // Trim the sign-extension bytes beyond what is needed, then pad.
    if out.len() > length {
        return Err(py.overflow_error("int too big to convert"));
    }
    let pad = if n.is_negative() { 0xff } else { 0 };
    out.resize(length, pad);
    if !little {
        out.reverse();
    }
    Ok(new_bytes(py, out))
}

pub(crate) fn from_bytes(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // Called on the class (`int.from_bytes(b, ...)`): the type may come first.
    let rest = match args.first() {
        Some(t) if t.downcast::<TypeObject>().is_some() => &args[1..],
        _ => args,
    };
    let a = bind(
        py,
        "from_bytes",
        rest,
        kw,
        &["bytes", "byteorder", "signed"],
        1,
        true,
    )?;
    let src = a[0].unwrap_or(&py.none);
    let mut data =
        match bytes_like(src) {
            Some(d) => d,
            None if as_str(src).is_some() => {
                return Err(py.type_error("cannot convert 'str' object to bytes".to_string()))
            }
            None => {
                let items = obj::collect(py, src).map_err(|_| {
                    py.type_error(format!(
                        "cannot convert '{}' object to bytes",
                        py.type_name(src)
                    ))
                })?;
                let mut out = Vec::with_capacity(items.len());
                for x in &items {
                    let i = index_arg(py, x)?;
                    out.push(u8::try_from(i).map_err(|_| {
                        py.value_error("bytes must be in range(0, 256)".to_string())
                    })?);
                }
                out
            }
        };
    let little = little_endian(py, a[1])?;
    let signed = signed_flag(py, a[2])?;
    if !little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    Ok(int::new_big(py, n))
}

pub const METHODS: &[(&str, NativeFn)] = &[("to_bytes", to_bytes), ("from_bytes", from_bytes)];
