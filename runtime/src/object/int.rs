//! `int`: small ints live in the `Value` word; others are heap `BigInt`s.
//! `bool` values are ints too (`True + 1 == 2`).
//!
//! **Invariant:** an int that fits in 63 bits is always a small int, so two
//! equal ints have the same representation.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::ast::{Cmpop, Operator, Unaryop};
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{float, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// The payload of ints outside the small range.
pub struct BigIntValue(pub BigInt);
impl Payload for BigIntValue {}

/// An int operand, borrowed.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(*i as f64),
            // Correctly rounded (half to even), as CPython's `PyLong_AsDouble`.
            IntRef::Big(b) => true_div(b, &BigInt::one()).ok(),
        }
    }
}

/// The int value of an int or bool.
pub fn int_ref<'a>(py: Py<'_>, v: &'a Value) -> Option<IntRef<'a>> {
    if let Some(i) = v.as_int() {
        return Some(IntRef::Small(i));
    }
    if let Some(b) = v.downcast::<BigIntValue>() {
        return Some(IntRef::Big(&b.0));
    }
    if let Some(b) = v.downcast::<super::bool::BoolValue>() {
        let _ = py;
        return Some(IntRef::Small(b.0 as i64));
    }
    None
}

pub fn new_i64(py: Py<'_>, i: i64) -> Value {
    Value::from_int(i).unwrap_or_else(|| py.alloc(&py.types.int, BigIntValue(BigInt::from(i))))
}

pub fn new_big(py: Py<'_>, b: BigInt) -> Value {
    match b.to_i64().and_then(Value::from_int) {
        Some(v) => v,
        None => py.alloc(&py.types.int, BigIntValue(b)),
    }
}

/// An index argument (`x[i]`, `range(n)`): an int that fits in i64; `None`
/// when `v` is not an int.
pub fn as_index(py: Py<'_>, v: &Value) -> PyResult<Option<i64>> {
    match int_ref(py, v) {
        Some(IntRef::Small(i)) => Ok(Some(i)),
        Some(IntRef::Big(b)) => b
            .to_i64()
            .map(Some)
            .ok_or_else(|| py.index_error("cannot fit 'int' into an index-sized integer")),
        None => match index_big(py, v)? {
            Some(b) => b
                .to_i64()
                .map(Some)
                .ok_or_else(|| py.index_error("cannot fit 'int' into an index-sized integer")),
            None => Ok(None),
        },
    }
}

/// CPython 3.11's default limit on decimal digits in int/str conversions.
pub const MAX_STR_DIGITS: usize = 4300;

/// An index argument as a big int: an int, or an object with `__index__`;
/// `None` when `v` is neither.
pub fn index_big(py: Py<'_>, v: &Value) -> PyResult<Option<BigInt>> {
    if let Some(i) = int_ref(py, v) {
        return Ok(Some(i.to_big()));
    }
    if v.downcast::<float::Float>().is_some() || v.downcast::<super::str::Str>().is_some() {
        return Ok(None);
    }
    let Some(m) = py.type_obj(v).lookup("__index__") else {
        return Ok(None);
    };
    let r = super::call(py, &m, std::slice::from_ref(v), &[])?;
    match int_ref(py, &r) {
        Some(i) => Ok(Some(i.to_big())),
        None => Err(py.type_error(format!(
            "__index__ returned non-int (type {})",
            py.type_name(&r)
        ))),
    }
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    Ok(match int_ref(py, v) {
        Some(IntRef::Small(i)) => i.to_string(),
        Some(IntRef::Big(b)) => big_to_decimal(py, b)?,
        None => "?".to_string(),
    })
}

/// The decimal text of a big int, refusing more than [`MAX_STR_DIGITS`]
/// digits as CPython 3.11 does (a guard against quadratic conversions).
pub fn big_to_decimal(py: Py<'_>, b: &BigInt) -> PyResult<String> {
    // A number of n digits has more than 3n bits: only then is counting needed.
    let limit = super::format::int_max_str_digits() as u64;
    if limit != 0 && b.bits() > 3 * limit {
        let text = b.to_string();
        if super::format::exceeds_str_digits(text.trim_start_matches('-').len()) {
            return Err(super::format::str_digits_error(py, None));
        }
        return Ok(text);
    }
    Ok(b.to_string())
}

/// CPython's int hash: the value modulo the Mersenne prime 2**61 - 1, with
/// the sign kept and -1 mapped to -2.
pub fn hash_big(b: &BigInt) -> i64 {
    const P: i64 = (1 << 61) - 1;
    let m = (b.abs() % BigInt::from(P)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_i64(i: i64) -> i64 {
    const P: i64 = (1 << 61) - 1;
    let h = if i < 0 {
        -((-(i as i128) % P as i128) as i64)
    } else {
        i % P
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    Ok(match int_ref(py, v) {
        Some(IntRef::Small(i)) => hash_i64(i),
        Some(IntRef::Big(b)) => hash_big(b),
        None => 0,
    })
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (int_ref(py, a), int_ref(py, b)) else {
        return Ok(None);
    };
    let ord = match (&x, &y) {
        (IntRef::Small(p), IntRef::Small(q)) => p.cmp(q),
        _ => x.to_big().cmp(&y.to_big()),
    };
    Ok(cmp_result(py, ord, op))
}

/// The result of comparison `op` given the operands' ordering.
pub fn cmp_result(py: Py<'_>, ord: std::cmp::Ordering, op: Cmpop) -> Option<Value> {
    use std::cmp::Ordering::*;
    let r = match op {
        Cmpop::Eq => ord == Equal,
        Cmpop::NotEq => ord != Equal,
        Cmpop::Lt => ord == Less,
        Cmpop::LtE => ord != Greater,
        Cmpop::Gt => ord == Greater,
        Cmpop::GtE => ord != Less,
        _ => return None,
    };
    Some(py.bool(r))
}

fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (int_ref(py, a), int_ref(py, b)) else {
        return Ok(None);
    };
    if let (IntRef::Small(p), IntRef::Small(q)) = (&x, &y) {
        if let Some(r) = small_op(*p, *q, op) {
            return Ok(Some(new_i64(py, r)));
        }
    }
    big_op(py, x, y, op)
}

/// The i64 fast path; `None` on overflow or where the general path decides.
fn small_op(p: i64, q: i64, op: Operator) -> Option<i64> {
    match op {
        Operator::Add => p.checked_add(q),
        Operator::Sub => p.checked_sub(q),
        Operator::Mult => p.checked_mul(q),
        Operator::FloorDiv if q != 0 => {
            let d = p.checked_div(q)?;
            Some(if (p % q != 0) && ((p < 0) != (q < 0)) {
                d - 1
            } else {
                d
            })
        }
        Operator::Mod if q != 0 => {
            let r = p.checked_rem(q)?;
            Some(if r != 0 && ((r < 0) != (q < 0)) {
                r + q
            } else {
                r
            })
        }
        Operator::BitAnd => Some(p & q),
        Operator::BitOr => Some(p | q),
        Operator::BitXor => Some(p ^ q),
        Operator::RShift if q >= 0 => Some(if q >= 64 {
            if p < 0 {
                -1
            } else {
                0
            }
        } else {
            p >> q
        }),
        _ => None,
    }
}

fn big_op(py: Py<'_>, x: IntRef<'_>, y: IntRef<'_>, op: Operator) -> PyResult<Option<Value>> {
    if op == Operator::Div {
        return true_divide(py, &x, &y).map(Some);
    }
    let (p, q) = (x.to_big(), y.to_big());
    let r = match op {
        Operator::Add => p + q,
        Operator::Sub => p - q,
        Operator::Mult => p * q,
        Operator::FloorDiv | Operator::Mod if q.is_zero() => {
            let msg = if op == Operator::Mod {
                "integer modulo by zero"
            } else {
                "integer division or modulo by zero"
            };
            return Err(py.zero_division(msg));
        }
        Operator::FloorDiv => p.div_floor(&q),
        Operator::Mod => p.mod_floor(&q),
        Operator::BitAnd => p & q,
        Operator::BitOr => p | q,
        Operator::BitXor => p ^ q,
        Operator::LShift | Operator::RShift => {
            if q.is_negative() {
                return Err(py.value_error("negative shift count".to_string()));
            }
            match (op, q.to_usize()) {
                (Operator::RShift, Some(n)) => p >> n,
                (Operator::RShift, None) => BigInt::from(if p.is_negative() { -1 } else { 0 }),
                (_, Some(n)) if p.is_zero() || n < (1 << 32) => p << n,
                _ => return Err(py.overflow_error("too many digits in integer")),
            }
        }
        Operator::Pow => {
            if q.is_negative() {
                let (Some(fx), Some(fy)) = (x.to_f64(), y.to_f64()) else {
                    return Err(py.overflow_error("int too large to convert to float"));
                };
                return float::pow(py, fx, fy).map(Some);
            }
            match q.to_u32() {
                Some(n) => num_traits::pow::Pow::pow(p, n),
                None if p.abs() <= BigInt::from(1) => {
                    if p.is_negative() && q.is_odd() {
                        p
                    } else {
                        p.abs()
                    }
                }
                None => return Err(py.overflow_error("exponent too large")),
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(new_big(py, r)))
}

fn true_divide(py: Py<'_>, x: &IntRef<'_>, y: &IntRef<'_>) -> PyResult<Value> {
    if let (IntRef::Small(p), IntRef::Small(q)) = (x, y) {
        // Both exact as doubles: one IEEE division is correctly rounded.
        if *q != 0 && p.unsigned_abs() <= 1 << 53 && q.unsigned_abs() <= 1 << 53 {
            return Ok(float::new(py, *p as f64 / *q as f64));
        }
    }
    match true_div(&x.to_big(), &y.to_big()) {
        Ok(f) => Ok(float::new(py, f)),
        Err(DivError::ByZero) => Err(py.zero_division("division by zero")),
        Err(DivError::Overflow) => {
            Err(py.overflow_error("integer division result too large for a float"))
        }
    }
}

/// Why [`true_div`] failed.
#[derive(Debug, PartialEq)]
pub enum DivError {
    ByZero,
    Overflow,
}

/// `a / b` correctly rounded to a double, as CPython's `long_true_divide`:
/// an integer quotient of at least 55 significant bits plus a sticky bit
/// for a nonzero remainder rounds once, exactly like the real quotient.
pub fn true_div(a: &BigInt, b: &BigInt) -> Result<f64, DivError> {
    if b.is_zero() {
        return Err(DivError::ByZero);
    }
    if a.is_zero() {
        return Ok(if a.is_negative() != b.is_negative() {
            -0.0
        } else {
            0.0
        });
    }
    let negative = a.is_negative() != b.is_negative();
    let (n, d) = (a.abs(), b.abs());
    // Scale so that the quotient has 55 or 56 bits.
    let shift = 55 - (n.bits() as i64 - d.bits() as i64);
    let (num, den) = if shift >= 0 {
        (n << shift as usize, d)
    } else {
        (n, d << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    let exp = q.ilog2() as i64 - shift;
    if exp >= 1024 {
        return Err(DivError::Overflow);
    }
    let mut f = if exp < -1022 && shift > 1074 {
        // Subnormal: round once, at the 2**-1074 precision of subnormals.
        let drop = (shift - 1074).min(64) as u32;
        ldexp(round_shift(q, drop) as f64, -1074)
    } else {
        ldexp(q as f64, -shift)
    };
    if f.is_infinite() {
        return Err(DivError::Overflow);
    }
    if negative {
        f = -f;
    }
    Ok(f)
}

/// `q >> drop` rounded half to even (`q`'s lowest bit is sticky).
fn round_shift(q: u64, drop: u32) -> u64 {
    if drop == 0 {
        return q;
    }
    if drop >= 64 {
        return 0;
    }
    let kept = q >> drop;
    let rest = q & ((1u64 << drop) - 1);
    let half = 1u64 << (drop - 1);
    if rest > half || (rest == half && kept & 1 == 1) {
        kept + 1
    } else {
        kept
    }
}

/// `f * 2**e` without overflow in the intermediate powers.
pub fn ldexp(mut f: f64, mut e: i64) -> f64 {
    while e > 1000 {
        f *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        f *= 2f64.powi(-1000);
        e += 1000;
    }
    f * 2f64.powi(e as i32)
}

fn unary(py: Py<'_>, v: &Value, op: Unaryop) -> PyResult<Option<Value>> {
    let Some(x) = int_ref(py, v) else {
        return Ok(None);
    };
    let r = match (op, &x) {
        (Unaryop::UAdd, IntRef::Small(i)) => new_i64(py, *i),
        (Unaryop::USub, IntRef::Small(i)) => new_big(py, -BigInt::from(*i)),
        (Unaryop::Invert, IntRef::Small(i)) => new_i64(py, !*i),
        (Unaryop::UAdd, _) => new_big(py, x.to_big()),
        (Unaryop::USub, _) => new_big(py, -x.to_big()),
        (Unaryop::Invert, _) => new_big(py, -x.to_big() - 1),
        _ => return Ok(None),
    };
    Ok(Some(r))
}

fn truth(py: Py<'_>, v: &Value) -> PyResult<bool> {
    Ok(match int_ref(py, v) {
        Some(IntRef::Small(i)) => i != 0,
        Some(IntRef::Big(b)) => !b.is_zero(),
        None => true,
    })
}

/// `int(x)`, `int(s, base)`, `int(s, base=b)`.
fn new(py: Py<'_>, _ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len());
    let mut base = None;
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match super::str::as_str(k) {
            Some("base") => base = Some(v.clone()),
            other => {
                return Err(py.type_error(format!(
                    "'{}' is an invalid keyword argument for int()",
                    other.unwrap_or("?")
                )))
            }
        }
    }
    let pos = &args[..npos];
    if pos.len() > 2 || (pos.len() == 2 && base.is_some()) {
        return Err(py.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let base = base.or_else(|| pos.get(1).cloned());
    match (pos.first(), base) {
        (None, None) => Ok(new_i64(py, 0)),
        (None, Some(_)) => Err(py.type_error("int() missing string argument".to_string())),
        (Some(x), None) => to_int(py, x),
        (Some(s), Some(base)) => {
            let Some(b) = index_big(py, &base)? else {
                return Err(py.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    py.type_name(&base)
                )));
            };
            let b = b.to_i64().filter(|b| *b == 0 || (2..=36).contains(b));
            if let (Some(data), Some(b)) = (super::bytes::bytes_like(s), b) {
                return parse_bytes(py, &data, b as u32);
            }
            let Some(text) = s.downcast::<super::str::Str>() else {
                return Err(
                    py.type_error("int() can't convert non-string with explicit base".to_string())
                );
            };
            match b {
                Some(b) => parse(py, &text.s, b as u32),
                None => Err(py.value_error("int() base must be >= 2 and <= 36, or 0".to_string())),
            }
        }
    }
}

/// `int(x)` for one argument: ints, floats, strs, then `__int__`,
/// `__index__` and `__trunc__` of other objects.
pub fn to_int(py: Py<'_>, x: &Value) -> PyResult<Value> {
    if let Some(i) = int_ref(py, x) {
        return Ok(new_big(py, i.to_big()));
    }
    let hooks = ["__int__", "__index__", "__trunc__"];
    if let Some(i) = crate::builtins::classes::number_hook(py, x, &hooks)? {
        return Ok(i);
    }
    if let Some(f) = x.downcast::<float::Float>() {
        return float_to_int(py, f.0);
    }
    if let Some(s) = x.downcast::<super::str::Str>() {
        return parse(py, &s.s, 10);
    }
    if let Some(b) = super::bytes::bytes_like(x) {
        return parse_bytes(py, &b, 10);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        let Some(m) = py.type_obj(x).lookup(name) else {
            continue;
        };
        let r = super::call(py, &m, std::slice::from_ref(x), &[])?;
        if int_ref(py, &r).is_some() {
            return Ok(new_big(
                py,
                int_ref(py, &r).map_or_else(BigInt::zero, |i| i.to_big()),
            ));
        }
        if name == "__trunc__" {
            return to_int(py, &r);
        }
        return Err(py.type_error(format!(
            "{name} returned non-int (type {})",
            py.type_name(&r)
        )));
    }
    Err(py.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        py.type_name(x)
    )))
}

/// `int(f)`: truncates toward zero; NaN and infinities cannot convert.
pub fn float_to_int(py: Py<'_>, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(py.value_error("cannot convert float NaN to integer".to_string()));
    }
    if f.is_infinite() {
        return Err(py.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(float::f64_to_int(py, f.trunc()))
}

/// The code points of the Unicode decimal digit zeros (category Nd, Unicode
/// 14 as Python 3.11); each starts a run of the ten digits.
const DIGIT_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit (`'٣'` is 3).
pub fn decimal_value(c: char) -> Option<u32> {
    let n = c as u32;
    let i = DIGIT_ZEROS.partition_point(|&z| z <= n).checked_sub(1)?;
    let d = n - DIGIT_ZEROS[i];
    (d < 10).then_some(d)
}

/// Python's whitespace for `int()`/`float()` stripping (`str.isspace`).
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\x1c'..='\x1f')
}

/// Text with non-ASCII decimal digits made ASCII and Python whitespace
/// stripped, as CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`;
/// `None` when other non-ASCII characters remain.
pub fn ascii_number_text(s: &str) -> Option<String> {
    let t = s.trim_matches(is_py_space);
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(d) = decimal_value(c) {
            out.push(char::from_digit(d, 10)?);
        } else if is_py_space(c) {
            out.push(' ');
        } else {
            return None;
        }
    }
    Some(out)
}

/// Parses an int literal as `int(s, base)` does: surrounding whitespace, a
/// sign, a base prefix (required to match the base; any with base 0),
/// single underscores between digits, Unicode decimal digits.
/// `int(b, base)` for the contents of a bytes-like object: an ASCII literal,
/// with the bytes' repr in the error.
fn parse_bytes(py: Py<'_>, b: &[u8], base: u32) -> PyResult<Value> {
    let bad = || {
        py.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::repr::bytes_repr(&b[..b.len().min(200)])
        ))
    };
    let text = std::str::from_utf8(b)
        .ok()
        .filter(|t| t.is_ascii())
        .ok_or_else(bad)?;
    parse(py, text, base).map_err(|e| {
        // The digit limit's error stands; other errors show the bytes.
        let limit = super::exception::args_of(&e.0)
            .first()
            .and_then(|m| super::str::as_str(m).map(|m| m.starts_with("Exceeds the limit")))
            .unwrap_or(false);
        if limit {
            e
        } else {
            bad()
        }
    })
}

pub fn parse(py: Py<'_>, s: &str, base: u32) -> PyResult<Value> {
    let bad = || {
        let shown: String = s.chars().take(200).collect();
        py.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::repr::str_repr(&shown)
        ))
    };
    let text = ascii_number_text(s).ok_or_else(bad)?;
    let (neg, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, &text[..]),
    };
    let lower = body.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    let (radix, digits, had_prefix) = match base {
        0 | 16 if prefixed("0x") => (16, &lower[2..], true),
        0 | 8 if prefixed("0o") => (8, &lower[2..], true),
        0 | 2 if prefixed("0b") => (2, &lower[2..], true),
        0 => (10, &lower[..], false),
        b => (b, &lower[..], false),
    };
    // After a prefix, one underscore may come before the first digit.
    let digits = match digits.strip_prefix('_') {
        Some(rest) if had_prefix => rest,
        _ => digits,
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
        || !digits
            .bytes()
            .all(|c| c == b'_' || c.is_ascii_alphanumeric())
    {
        return Err(bad());
    }
    // Base 0 takes decimal literals as Python source does: no leading zeros.
    if base == 0
        && !had_prefix
        && digits.starts_with('0')
        && digits.bytes().any(|c| c != b'0' && c != b'_')
    {
        return Err(bad());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !radix.is_power_of_two() && super::format::exceeds_str_digits(clean.len()) {
        return Err(super::format::str_digits_error(py, Some(clean.len())));
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), radix).ok_or_else(bad)?;
    Ok(new_big(py, if neg { -v } else { v }))
}

/// The receiver of an int method (an int or a bool).
fn this<'a>(py: Py<'_>, args: &'a [Value], name: &str) -> PyResult<IntRef<'a>> {
    let v = args
        .first()
        .ok_or_else(|| super::descr::needs_receiver(py, "int", name))?;
    int_ref(py, v).ok_or_else(|| super::descr::wrong_receiver(py, "int", name, v))
}

fn no_args(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(py.type_error(format!("int.{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(py.type_error(format!(
            "int.{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

fn bit_length(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(py, args, kw, "bit_length")?;
    let n = match this(py, args, "bit_length")? {
        IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        IntRef::Big(b) => b.bits(),
    };
    Ok(new_i64(py, n as i64))
}

fn bit_count(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(py, args, kw, "bit_count")?;
    let n = match this(py, args, "bit_count")? {
        IntRef::Small(i) => i.unsigned_abs().count_ones() as u64,
        IntRef::Big(b) => b.magnitude().count_ones(),
    };
    Ok(new_i64(py, n as i64))
}

fn as_integer_ratio(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(py, args, kw, "as_integer_ratio")?;
    let n = new_big(py, this(py, args, "as_integer_ratio")?.to_big());
    Ok(super::tuple::new(py, vec![n, new_i64(py, 1)]))
}

/// `conjugate`, `__int__`, `__index__`, `__trunc__`, `__floor__`,
/// `__ceil__`, `__pos__`: the value as an exact int.
fn itself(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(py, args, kw, "conjugate")?;
    Ok(new_big(py, this(py, args, "conjugate")?.to_big()))
}

fn to_float(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(py, args, kw, "__float__")?;
    let f = this(py, args, "__float__")?
        .to_f64()
        .ok_or_else(|| py.overflow_error("int too large to convert to float"))?;
    Ok(float::new(py, f))
}

/// `int.__round__(ndigits=None)`: rounds to a multiple of `10**-ndigits`,
/// halves to even, as CPython's `long_round`.
fn round_m(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = this(py, args, "__round__")?.to_big();
    let nd = match args.get(1) {
        None => return Ok(new_big(py, x)),
        Some(v) if v.is(&py.none) => return Ok(new_big(py, x)),
        Some(v) => as_index(py, v)?.ok_or_else(|| {
            py.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                py.type_name(v)
            ))
        })?,
    };
    if nd >= 0 {
        return Ok(new_big(py, x));
    }
    Ok(new_big(py, round_to_pow10(&x, nd.unsigned_abs())))
}

/// The inverse of `b` modulo `m` (in `0..|m|`), when `gcd(b, m) == 1`.
pub fn mod_inverse(b: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = b.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

/// `x` rounded to a multiple of `10**k`, halves to even.
pub fn round_to_pow10(x: &BigInt, k: u64) -> BigInt {
    if k > 100_000 {
        return BigInt::zero();
    }
    let p: BigInt = num_traits::pow::Pow::pow(BigInt::from(10), k as u32);
    let (q, r) = x.div_mod_floor(&p);
    let twice = &r * 2;
    let up = twice > p || (twice == p && q.is_odd());
    (if up { q + BigInt::one() } else { q }) * p
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", bit_length),
    ("bit_count", bit_count),
    ("as_integer_ratio", as_integer_ratio),
    ("conjugate", itself),
    ("__int__", itself),
    ("__index__", itself),
    ("__trunc__", itself),
    ("__floor__", itself),
    ("__ceil__", itself),
    ("__float__", to_float),
    ("__round__", round_m),
];

/// The number attributes: `real`, `imag`, `numerator`, `denominator`.
fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(x) = int_ref(py, v) else {
        return Ok(None);
    };
    Ok(match name {
        "real" | "numerator" => Some(new_big(py, x.to_big())),
        "imag" => Some(new_i64(py, 0)),
        "denominator" => Some(new_i64(py, 1)),
        _ => None,
    })
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        binop: Some(binop),
        unary: Some(unary),
        bool: Some(truth),
        new: Some(new),
        getattr: Some(getattr),
        ..Slots::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo_follow_the_divisor_sign() {
        // python3: -7 // 2, -7 % 2, 7 // -2, 7 % -3
        assert_eq!(small_op(-7, 2, Operator::FloorDiv), Some(-4));
        assert_eq!(small_op(-7, 2, Operator::Mod), Some(1));
        assert_eq!(small_op(7, -2, Operator::FloorDiv), Some(-4));
        assert_eq!(small_op(7, -3, Operator::Mod), Some(-2));
        assert_eq!(small_op(i64::MIN, -1, Operator::FloorDiv), None);
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        // python3: 10**50 / 10**49, (2**53 + 1) / 1, 1 / 3, -7 / 2
        let b = |x: &str| x.parse::<BigInt>().unwrap();
        assert_eq!(
            true_div(
                &b(&format!("1{}", "0".repeat(50))),
                &b(&format!("1{}", "0".repeat(49)))
            ),
            Ok(10.0)
        );
        assert_eq!(
            true_div(&b("9007199254740993"), &b("1")),
            Ok(9007199254740992.0)
        );
        assert_eq!(true_div(&b("1"), &b("3")), Ok(1.0 / 3.0));
        assert_eq!(true_div(&b("-7"), &b("2")), Ok(-3.5));
        assert_eq!(true_div(&b("1"), &b("0")), Err(DivError::ByZero));
        let huge: BigInt = BigInt::one() << 1100;
        assert_eq!(true_div(&huge, &b("1")), Err(DivError::Overflow));
        assert_eq!(true_div(&b("1"), &huge), Ok(0.0));
    }

    #[test]
    fn unicode_digits_and_rounding_helpers() {
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(ascii_number_text(" ١٢٣\n").as_deref(), Some("123"));
        // python3: round(1250, -2), round(1350, -2), round(-1250, -2)
        assert_eq!(round_to_pow10(&BigInt::from(1250), 2), BigInt::from(1200));
        assert_eq!(round_to_pow10(&BigInt::from(1350), 2), BigInt::from(1400));
        assert_eq!(round_to_pow10(&BigInt::from(-1250), 2), BigInt::from(-1200));
        // python3: pow(3, -1, 7), pow(2, -1, 4) raises
        assert_eq!(
            mod_inverse(&BigInt::from(3), &BigInt::from(7)),
            Some(BigInt::from(5))
        );
        assert_eq!(mod_inverse(&BigInt::from(2), &BigInt::from(4)), None);
    }

    #[test]
    fn hashes_match_cpython() {
        // python3: hash(-1), hash(2**61), hash(-(2**61 + 5))
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        let b: BigInt = -(BigInt::from(1u64 << 61) + BigInt::from(5));
        assert_eq!(hash_big(&b), -6);
    }
}
