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

#[inline]
pub fn new(py: Py<'_>, f: f64) -> Value {
    crate::value::alloc_float(&py.types.float, f, &py.gc_list)
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

/// The float that `v`'s `hook` (`__float__` or `__index__`) returned as
/// `r`, type-checked with CPython's messages.
pub fn hook_result(py: Py<'_>, v: &Value, hook: &str, r: &Value) -> PyResult<f64> {
    if hook == "__float__" {
        return match r.downcast::<Float>() {
            Some(f) => Ok(f.0),
            None => Err(py.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                py.type_name(v),
                py.type_name(r)
            ))),
        };
    }
    match as_f64(py, r)? {
        Some(f) if int_ref(py, r).is_some() => Ok(f),
        _ => Err(py.type_error(format!(
            "{hook} returned non-int (type {})",
            py.type_name(r)
        ))),
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
    let ord = match (a.downcast::<Float>(), b.downcast::<Float>()) {
        (Some(x), Some(y)) => x.0.partial_cmp(&y.0),
        (Some(x), None) => match int_ref(py, b) {
            Some(i) => compare_int(&i, x.0).map(std::cmp::Ordering::reverse),
            None => return Ok(None),
        },
        (None, Some(y)) => match int_ref(py, a) {
            Some(i) => compare_int(&i, y.0),
            None => return Ok(None),
        },
        (None, None) => return Ok(None),
    };
    Ok(Some(match ord {
        Some(o) => match int::cmp_result(py, o, op) {
            Some(r) => r,
            None => return Ok(None),
        },
        // NaN is unordered: only `!=` holds.
        None => py.bool(op == Cmpop::NotEq),
    }))
}

/// How int `i` compares with float `f`, exactly (no rounding of big ints,
/// as CPython's `float_richcompare`); `None` when `f` is NaN.
pub fn compare_int(i: &int::IntRef<'_>, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let int::IntRef::Small(n) = i {
        if n.unsigned_abs() <= 1 << 53 {
            return (*n as f64).partial_cmp(&f);
        }
    }
    let floor = f.floor();
    let whole = BigInt::from_f64(floor).unwrap_or_default();
    Some(match i.to_big().cmp(&whole) {
        // Equal to the floor: less than `f` if `f` has a fraction.
        Ordering::Equal if floor != f => Ordering::Less,
        o => o,
    })
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
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        // CPython reports the C library's ERANGE.
        return Err(py.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(new(py, r))
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
fn new_float(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(py.type_error("float() takes no keyword arguments".to_string()));
    }
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
            if let Some(b) = super::bytes::bytes_like(x) {
                let text = std::str::from_utf8(&b).ok().filter(|t| t.is_ascii());
                return text.and_then(parse).map(|f| new(py, f)).ok_or_else(|| {
                    py.value_error(format!(
                        "could not convert string to float: {}",
                        crate::repr::bytes_repr(&b)
                    ))
                });
            }
            // Other objects convert themselves.
            if let Some(m) = py.type_obj(x).lookup("__float__") {
                let r = super::call(py, &m, std::slice::from_ref(x), &[])?;
                return match r.downcast::<Float>() {
                    Some(f) => Ok(new(py, f.0)),
                    None => Err(py.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        py.type_name(x),
                        py.type_name(&r)
                    ))),
                };
            }
            if let Some(i) = int::index_big(py, x)? {
                return int::true_div(&i, &BigInt::from(1))
                    .map(|f| new(py, f))
                    .map_err(|_| py.overflow_error("int too large to convert to float"));
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

/// Parses `float(s)`'s argument: a decimal literal, `inf`, `infinity`,
/// `nan` (any case), with a sign, surrounding whitespace, underscores
/// between digits and Unicode decimal digits.
pub fn parse(s: &str) -> Option<f64> {
    let t = int::ascii_number_text(s)?;
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, &t[..]),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    let bytes = body.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(|c| c.is_ascii_digit());
    for (i, &c) in bytes.iter().enumerate() {
        let ok = match c {
            b'0'..=b'9' | b'.' | b'e' | b'E' => true,
            b'+' | b'-' => i > 0 && matches!(bytes[i - 1], b'e' | b'E'),
            // An underscore only between two digits.
            b'_' => i > 0 && digit_at(i - 1) && digit_at(i + 1),
            _ => false,
        };
        if !ok {
            return None;
        }
    }
    if !bytes.iter().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok().map(|f| sign * f)
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, subnormals as `0x0.`.
pub fn to_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let esign = if e < 0 { "-" } else { "+" };
    format!("{sign}0x{lead}.{mant:013x}p{esign}{}", e.abs())
}

/// `float.fromhex(s)`; `Err(true)` on overflow, `Err(false)` on bad text.
pub fn from_hex(s: &str) -> Result<f64, bool> {
    let t = s.trim_matches(int::is_py_space);
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    let rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match rest.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (rest, None),
    };
    let (whole, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if whole.is_empty() && frac.is_empty() {
        return Err(false);
    }
    let mut m = BigInt::from(0);
    for c in whole.chars().chain(frac.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        m = (m << 4) + d;
    }
    let mut e: i64 = match exp {
        None => 0,
        Some(x) => {
            let digits = x.trim_start_matches(['+', '-']);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(false);
            }
            // Huge exponents saturate: the value is then 0 or too large anyway.
            let v = digits.parse::<i64>().unwrap_or(1 << 40).min(1 << 40);
            if x.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    e -= 4 * frac.len() as i64;
    if m == BigInt::from(0) {
        return Ok(sign * 0.0);
    }
    let top = m.bits() as i64 + e;
    if top > 1025 {
        return Err(true);
    }
    if top < -1080 {
        return Ok(sign * 0.0);
    }
    let r = if e >= 0 {
        int::true_div(&(m << e as usize), &BigInt::from(1))
    } else {
        int::true_div(&m, &(BigInt::from(1) << (-e) as usize))
    };
    r.map(|f| sign * f).map_err(|_| true)
}

/// The receiver of a float method that takes no arguments.
fn this0(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<f64> {
    if !kw.is_empty() {
        return Err(py.type_error(format!("float.{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(py.type_error(format!(
            "float.{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    this(py, args, name)
}

/// The receiver of a float method.
fn this(py: Py<'_>, args: &[Value], name: &str) -> PyResult<f64> {
    let v = args
        .first()
        .ok_or_else(|| super::descr::needs_receiver(py, "float", name))?;
    v.downcast::<Float>()
        .map(|f| f.0)
        .ok_or_else(|| super::descr::wrong_receiver(py, "float", name, v))
}

fn is_integer(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = this0(py, args, kw, "is_integer")?;
    Ok(py.bool(f.is_finite() && f.fract() == 0.0))
}

/// `f.as_integer_ratio()`: the exact fraction in lowest terms.
fn as_integer_ratio(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = this0(py, args, kw, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(py.value_error("cannot convert NaN to integer ratio".to_string()));
    }
    if f.is_infinite() {
        return Err(py.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mut num, mut den) = (f, BigInt::from(1));
    // Doubling until integral is exact: at most 1074 steps.
    while num.fract() != 0.0 {
        num *= 2.0;
        den <<= 1;
    }
    let n = BigInt::from_f64(num).unwrap_or_default();
    let g = num_integer::Integer::gcd(&n, &den);
    let (n, d) = if g > BigInt::from(1) {
        (n / &g, den / g)
    } else {
        (n, den)
    };
    Ok(super::tuple::new(
        py,
        vec![int::new_big(py, n), int::new_big(py, d)],
    ))
}

fn hex(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(py.new_str(&to_hex(this0(py, args, kw, "hex")?)))
}

/// `float.fromhex(s)` (called on the type: the string is the first argument).
pub fn fromhex(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(py.type_error("float.fromhex() takes no keyword arguments".to_string()));
    }
    let rest = args.get(1..).unwrap_or_default();
    let [arg] = rest else {
        return Err(py.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    let Some(s) = super::str::as_str(arg) else {
        return Err(py.type_error("bad argument type for built-in operation".to_string()));
    };
    match from_hex(s) {
        Ok(f) => Ok(new(py, f)),
        Err(true) => Err(py.overflow_error("hexadecimal value too large to represent as a float")),
        Err(false) => Err(py.value_error("invalid hexadecimal floating-point string".to_string())),
    }
}

fn trunc(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int::float_to_int(py, this0(py, args, kw, "__trunc__")?)
}
fn floor(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int::float_to_int(py, this0(py, args, kw, "__floor__")?.floor())
}
fn ceil(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    int::float_to_int(py, this0(py, args, kw, "__ceil__")?.ceil())
}
fn conjugate(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new(py, this0(py, args, kw, "conjugate")?))
}

/// `float.__round__(ndigits=None)`.
fn round_m(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = this(py, args, "__round__")?;
    let nd = match args.get(1) {
        Some(v) if !v.is(&py.none) => Some(int::as_index(py, v)?.ok_or_else(|| {
            py.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                py.type_name(v)
            ))
        })?),
        _ => None,
    };
    round(py, f, nd)
}

/// `round(f)` (an int, halves to even) and `round(f, nd)` (a float,
/// correctly rounded through the exact decimal expansion, as CPython's
/// `double_round`).
pub fn round(py: Py<'_>, f: f64, nd: Option<i64>) -> PyResult<Value> {
    let Some(d) = nd else {
        let r = f.round();
        let r = if (f - f.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
            r - f.signum()
        } else {
            r
        };
        return int::float_to_int(py, r);
    };
    if !f.is_finite() || f == 0.0 {
        return Ok(new(py, f));
    }
    // Beyond these, the value is already exact or rounds to zero.
    if d > 323 {
        return Ok(new(py, f));
    }
    if d < -308 {
        return Ok(new(py, 0.0f64.copysign(f)));
    }
    // The exact decimal expansion of a double has at most 1074 fraction digits.
    let exact = format!("{:.1100}", f);
    let (int_part, frac) = exact.split_once('.').unwrap_or((&exact, ""));
    let neg = int_part.starts_with('-');
    let digits: String = format!("{}{}", int_part.trim_start_matches('-'), frac);
    let point = int_part.trim_start_matches('-').len() as i64;
    // Keep `point + d` digits; round half to even on the rest.
    let keep = point + d;
    let result = if keep < 0 {
        0.0
    } else {
        let keep = keep as usize;
        let (head, tail) = digits.split_at(keep.min(digits.len()));
        let mut n: BigInt = if head.is_empty() {
            BigInt::from(0)
        } else {
            head.parse().unwrap_or_default()
        };
        let first = tail.as_bytes().first().copied().unwrap_or(b'0');
        let rest_nonzero = tail.bytes().skip(1).any(|c| c != b'0');
        let odd = num_integer::Integer::is_odd(&n);
        if first > b'5' || (first == b'5' && (rest_nonzero || odd)) {
            n += 1;
        }
        // n * 10**-d, through text so the conversion rounds once.
        format!("{n}e{}", -d)
            .parse::<f64>()
            .unwrap_or(f64::INFINITY)
    };
    if result.is_infinite() {
        return Err(py.overflow_error("rounded value too large to represent"));
    }
    Ok(new(py, if neg { -result } else { result }))
}

/// `real`, `imag`.
fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(f) = v.downcast::<Float>() else {
        return Ok(None);
    };
    Ok(match name {
        "real" => Some(new(py, f.0)),
        "imag" => Some(new(py, 0.0)),
        _ => None,
    })
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", is_integer),
    ("as_integer_ratio", as_integer_ratio),
    ("hex", hex),
    ("__trunc__", trunc),
    ("__int__", trunc),
    ("__floor__", floor),
    ("__ceil__", ceil),
    ("__round__", round_m),
    ("conjugate", conjugate),
];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        binop: Some(binop),
        unary: Some(unary),
        bool: Some(truth),
        new: Some(new_float),
        getattr: Some(getattr),
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
    fn hex_round_trips_like_cpython() {
        // python3: (0.1).hex(), (5e-324).hex(), float.fromhex('0x1.8p1')
        assert_eq!(to_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(from_hex("0x1.8p1"), Ok(3.0));
        assert_eq!(from_hex(" -0x1p-1074 "), Ok(-5e-324));
        assert_eq!(from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(from_hex("0x1p99999"), Err(true));
        assert_eq!(from_hex("zz"), Err(false));
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
