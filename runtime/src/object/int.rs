//! `int`: small ints live in the `Value` word; others are heap `BigInt`s.
//! `bool` values are ints too (`True + 1 == 2`).
//!
//! **Invariant:** an int that fits in 63 bits is always a small int, so two
//! equal ints have the same representation.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

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
            IntRef::Big(b) => b.to_f64().filter(|f| f.is_finite()),
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
        // An instance of a Python class with `__index__`.
        None => match crate::builtins::classes::number_hook(py, v, &["__index__"])? {
            Some(i) => as_index(py, &i),
            None => Ok(None),
        },
    }
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    Ok(match int_ref(py, v) {
        Some(IntRef::Small(i)) => i.to_string(),
        Some(IntRef::Big(b)) => b.to_string(),
        None => "?".to_string(),
    })
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
    let zero = match y {
        IntRef::Small(q) => *q == 0,
        IntRef::Big(b) => b.is_zero(),
    };
    if zero {
        return Err(py.zero_division("division by zero"));
    }
    match (x.to_f64(), y.to_f64()) {
        (Some(p), Some(q)) => Ok(float::new(py, p / q)),
        _ => Err(py.overflow_error("integer division result too large for a float")),
    }
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

/// `int(x)`, `int(s, base)`.
fn new(py: Py<'_>, _ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("int() takes no keyword arguments".to_string()));
    }
    match args {
        [] => Ok(new_i64(py, 0)),
        [x] => to_int(py, x),
        [s, base] => {
            let Some(text) = s.downcast::<super::str::Str>() else {
                return Err(
                    py.type_error("int() can't convert non-string with explicit base".to_string())
                );
            };
            let base = as_index(py, base)?.unwrap_or(10);
            parse(py, &text.s, base as u32)
        }
        _ => Err(py.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        ))),
    }
}

/// `int(x)` for one argument.
pub fn to_int(py: Py<'_>, x: &Value) -> PyResult<Value> {
    if let Some(i) = int_ref(py, x) {
        return Ok(new_big(py, i.to_big()));
    }
    let hooks = ["__int__", "__index__", "__trunc__"];
    if let Some(i) = crate::builtins::classes::number_hook(py, x, &hooks)? {
        return Ok(i);
    }
    if let Some(f) = x.downcast::<float::Float>() {
        if f.0.is_nan() {
            return Err(py.value_error("cannot convert float NaN to integer".to_string()));
        }
        if f.0.is_infinite() {
            return Err(py.overflow_error("cannot convert float infinity to integer"));
        }
        return Ok(float::f64_to_int(py, f.0.trunc()));
    }
    if let Some(s) = x.downcast::<super::str::Str>() {
        return parse(py, &s.s, 10);
    }
    Err(py.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        py.type_name(x)
    )))
}

/// Parses an int literal as `int(s, base)` does (whitespace, sign, `_`).
fn parse(py: Py<'_>, s: &str, base: u32) -> PyResult<Value> {
    let bad = || {
        py.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::repr::str_repr(s)
        ))
    };
    if !(base == 0 || (2..=36).contains(&base)) {
        return Err(py.value_error("int() base must be >= 2 and <= 36, or 0".to_string()));
    }
    let t = s.trim();
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = digits.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &digits[2..]),
        (0 | 8, Some("0o")) => (8, &digits[2..]),
        (0 | 2, Some("0b")) => (2, &digits[2..]),
        (0, _) => (10, digits),
        (b, _) => (b, digits),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(bad());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    let v = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(bad)?;
    Ok(new_big(py, if neg { -v } else { v }))
}

fn bit_length(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = args
        .first()
        .and_then(|v| int_ref(py, v))
        .map_or(0, |i| i.to_big().bits());
    Ok(new_i64(py, n as i64))
}

pub const METHODS: &[(&str, NativeFn)] = &[("bit_length", bit_length)];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        binop: Some(binop),
        unary: Some(unary),
        bool: Some(truth),
        new: Some(new),
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
    fn hashes_match_cpython() {
        // python3: hash(-1), hash(2**61), hash(-(2**61 + 5))
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        let b: BigInt = -(BigInt::from(1u64 << 61) + BigInt::from(5));
        assert_eq!(hash_big(&b), -6);
    }
}
