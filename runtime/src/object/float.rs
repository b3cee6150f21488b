//! `float`: an IEEE double; repr is the shortest round-tripping form
//! (`crate::repr::float_repr`), arithmetic follows CPython's `floatobject.c`.

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use crate::ast::{Cmpop, Operator, Unaryop};
use crate::object::int::{self, int_ref};
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::PyResult;
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct Float(pub f64);
impl Payload for Float {}

pub fn new(py: Py<'_>, f: f64) -> Value {
    py.alloc(&py.types.float, Float(f))
}

/// The float value of a float, int or bool operand.
pub fn as_f64(py: Py<'_>, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = v.downcast::<Float>() {
        return Ok(Some(f.0));
    }
    match int_ref(py, v) {
        Some(i) => i
            .to_f64()
            .map(Some)
            .ok_or_else(|| py.overflow_error("int too large to convert to float")),
        None => Ok(None),
    }
}

/// An integral float as an int value.
pub fn f64_to_int(py: Py<'_>, f: f64) -> Value {
    if f.abs() < 4e18 {
        return int::new_i64(py, f as i64);
    }
    int::new_big(py, BigInt::from_f64(f).unwrap_or_default())
}

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    Ok(crate::repr::float_repr(
        v.downcast::<Float>().map_or(0.0, |f| f.0),
    ))
}

fn hash(_py: Py<'_>, v: &Value) -> PyResult<i64> {
    let f = v.downcast::<Float>().map_or(0.0, |f| f.0);
    if f.is_nan() {
        return Ok((v.addr() >> 4) as i64);
    }
    if f.is_infinite() {
        return Ok(if f > 0.0 { 314159 } else { -314159 });
    }
    Ok(hash_f64(f))
}

/// `frexp`: `f == m * 2**e` with `0.5 <= |m| < 1` (finite, nonzero `f`).
fn frexp(f: f64) -> (f64, i32) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(f * 2f64.powi(54));
        return (m, e - 54);
    }
    (
        f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)),
        exp - 1022,
    )
}

/// CPython's `_Py_HashDouble` for finite floats: the value modulo 2**61 - 1,
/// so that equal ints and floats hash alike.
pub fn hash_f64(f: f64) -> i64 {
    const BITS: i32 = 61;
    const MODULUS: u64 = (1 << 61) - 1;
    if f == 0.0 {
        return 0;
    }
    let (mut m, mut e) = frexp(f);
    let sign: i64 = if m < 0.0 { -1 } else { 1 };
    m = m.abs();
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    if a.downcast::<Float>().is_none() && b.downcast::<Float>().is_none() {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (as_f64(py, a).unwrap_or(None), as_f64(py, b).unwrap_or(None)) else {
        return Ok(None);
    };
    let r = match op {
        Cmpop::Eq => x == y,
        Cmpop::NotEq => x != y,
        Cmpop::Lt => x < y,
        Cmpop::LtE => x <= y,
        Cmpop::Gt => x > y,
        Cmpop::GtE => x >= y,
        _ => return Ok(None),
    };
    Ok(Some(py.bool(r)))
}

/// Python's `x % y` for floats: the result takes the sign of `y`.
pub fn py_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's `x // y` for floats, as CPython's `float_divmod`.
pub fn py_floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    }
}

pub fn pow(py: Py<'_>, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(py.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return super::complex::pow(py, (x, 0.0), (y, 0.0));
    }
    Ok(new(py, x.powf(y)))
}

fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_f64(py, a)?, as_f64(py, b)?) else {
        return Ok(None);
    };
    let r = match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => x * y,
        Operator::Div if y == 0.0 => return Err(py.zero_division("float division by zero")),
        Operator::Div => x / y,
        Operator::FloorDiv if y == 0.0 => {
            return Err(py.zero_division("float floor division by zero"))
        }
        Operator::FloorDiv => py_floordiv(x, y),
        Operator::Mod if y == 0.0 => return Err(py.zero_division("float modulo")),
        Operator::Mod => py_mod(x, y),
        Operator::Pow => return pow(py, x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(new(py, r)))
}

fn unary(py: Py<'_>, v: &Value, op: Unaryop) -> PyResult<Option<Value>> {
    let x = v.downcast::<Float>().map_or(0.0, |f| f.0);
    Ok(match op {
        Unaryop::UAdd => Some(new(py, x)),
        Unaryop::USub => Some(new(py, -x)),
        _ => None,
    })
}

fn truth(_py: Py<'_>, v: &Value) -> PyResult<bool> {
    Ok(v.downcast::<Float>().is_some_and(|f| f.0 != 0.0))
}

/// `float(x)`.
fn new_float(py: Py<'_>, _ty: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [] => Ok(new(py, 0.0)),
        [x] => {
            if let Some(f) = as_f64(py, x)? {
                return Ok(new(py, f));
            }
            let hooks = ["__float__", "__index__"];
            if let Some(f) = crate::builtins::classes::number_hook(py, x, &hooks)? {
                if let Some(f) = as_f64(py, &f)? {
                    return Ok(new(py, f));
                }
            }
            if let Some(s) = x.downcast::<super::str::Str>() {
                return parse(&s.s).map(|f| new(py, f)).ok_or_else(|| {
                    py.value_error(format!(
                        "could not convert string to float: {}",
                        crate::repr::str_repr(&s.s)
                    ))
                });
            }
            Err(py.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                py.type_name(x)
            )))
        }
        _ => Err(py.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// Parses `float(s)`'s argument: a decimal literal, `inf`, `nan`, with sign
/// and surrounding whitespace.
fn parse(s: &str) -> Option<f64> {
    let t = s.trim();
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || !body
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-' | b'_'))
    {
        return None;
    }
    if body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok().map(|f| sign * f)
}

fn is_integer(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = args
        .first()
        .and_then(|v| v.downcast::<Float>())
        .map_or(0.0, |f| f.0);
    Ok(py.bool(f.is_finite() && f.fract() == 0.0))
}

pub const METHODS: &[(&str, NativeFn)] = &[("is_integer", is_integer)];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        binop: Some(binop),
        unary: Some(unary),
        bool: Some(truth),
        new: Some(new_float),
        ..Slots::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modulo_and_floor_division_signs() {
        // python3: 1.0 % -3, -1.0 % 3, 7.5 // 2, -7.5 // 2, 0.0 % -1
        assert_eq!(py_mod(1.0, -3.0), -2.0);
        assert_eq!(py_mod(-1.0, 3.0), 2.0);
        assert_eq!(py_floordiv(7.5, 2.0), 3.0);
        assert_eq!(py_floordiv(-7.5, 2.0), -4.0);
        assert!(py_mod(0.0, -1.0).is_sign_negative());
    }

    #[test]
    fn parses_like_float() {
        assert_eq!(parse(" 1.5 "), Some(1.5));
        assert_eq!(parse("-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(parse("1_000.5"), Some(1000.5));
        assert_eq!(parse("x"), None);
        assert_eq!(parse("1__0"), None);
    }
}
