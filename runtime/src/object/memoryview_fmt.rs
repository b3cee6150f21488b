//! The item formats of `memoryview.cast` (the native `struct` codes of one
//! character): their sizes, and reading and writing one item as Python values.

use crate::object::{self as obj, bytes, float, int, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// The size of one item of format `f`; `None` for a format casts refuse.
pub fn item_size(f: u8) -> Option<usize> {
    Some(match f {
        b'B' | b'b' | b'c' | b'?' => 1,
        b'H' | b'h' => 2,
        b'I' | b'i' | b'f' => 4,
        b'L' | b'l' | b'Q' | b'q' | b'N' | b'n' | b'P' | b'd' => 8,
        _ => return None,
    })
}

/// The byte formats, between which and any other format a cast may go.
pub fn is_byte_format(f: u8) -> bool {
    matches!(f, b'B' | b'b' | b'c')
}

fn signed(f: u8) -> bool {
    matches!(f, b'b' | b'h' | b'i' | b'l' | b'q' | b'n')
}

/// Item `raw` (native byte order) of format `f` as a Python value.
pub fn unpack(py: Py<'_>, f: u8, raw: &[u8]) -> Value {
    let mut buf = [0u8; 8];
    let n = raw.len().min(8);
    buf[..n].copy_from_slice(&raw[..n]);
    match f {
        b'c' => bytes::new(py, raw.to_vec()),
        b'?' => py.bool(raw.iter().any(|&b| b != 0)),
        b'f' => float::new(
            py,
            f64::from(f32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]])),
        ),
        b'd' => float::new(py, f64::from_le_bytes(buf)),
        _ if signed(f) => {
            // Sign-extend from the item's width.
            let shift = 64 - 8 * n as u32;
            let v = (i64::from_le_bytes(buf) << shift) >> shift;
            int::new_i64(py, v)
        }
        _ => {
            let v = u64::from_le_bytes(buf);
            match i64::try_from(v) {
                Ok(v) => int::new_i64(py, v),
                Err(_) => int::new_big(py, num_bigint::BigInt::from(v)),
            }
        }
    }
}

/// `v` packed as an item of format `f`, with CPython's errors.
pub fn pack(py: Py<'_>, f: u8, v: &Value) -> PyResult<Vec<u8>> {
    let size = item_size(f).unwrap_or(1);
    let invalid_type = || {
        py.type_error(format!(
            "memoryview: invalid type for format '{}'",
            f as char
        ))
    };
    let invalid_value = || {
        py.value_error(format!(
            "memoryview: invalid value for format '{}'",
            f as char
        ))
    };
    match f {
        b'c' => match v.downcast::<bytes::Bytes>() {
            Some(b) if b.b.len() == 1 => Ok(b.b.clone()),
            Some(_) => Err(invalid_value()),
            None => Err(invalid_type()),
        },
        b'?' => Ok(vec![u8::from(obj::truthy(py, v)?)]),
        b'f' | b'd' => {
            let x = match v.downcast::<float::Float>() {
                Some(x) => x.0,
                None => match int::index_big(py, v)? {
                    Some(b) => num_traits::ToPrimitive::to_f64(&b).unwrap_or(f64::INFINITY),
                    None => return Err(invalid_type()),
                },
            };
            Ok(if f == b'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        _ => {
            if v.downcast::<float::Float>().is_some() {
                return Err(invalid_type());
            }
            let Some(b) = int::index_big(py, v)? else {
                return Err(invalid_type());
            };
            let bits = 8 * size as u32;
            let fits = if signed(f) {
                let lim = num_bigint::BigInt::from(1) << (bits - 1);
                b >= -lim.clone() && b < lim
            } else {
                b >= num_bigint::BigInt::from(0) && b < (num_bigint::BigInt::from(1) << bits)
            };
            if !fits {
                return Err(invalid_value());
            }
            let mut out = b.to_signed_bytes_le();
            let fill = if b.sign() == num_bigint::Sign::Minus {
                0xff
            } else {
                0
            };
            out.resize(size, fill);
            Ok(out)
        }
    }
}
