//! `complex`: a pair of doubles. Arithmetic, division and powers follow
//! CPython's `complexobject.c` so results agree to the last bit.

use crate::ast::{Cmpop, Operator, Unaryop};
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{float, str::as_str, text_args, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct Complex {
    pub re: f64,
    pub im: f64,
}
impl Payload for Complex {}

pub fn new(py: Py<'_>, re: f64, im: f64) -> Value {
    py.alloc(&py.types.complex, Complex { re, im })
}

/// The parts of a complex, float, int or bool operand.
pub fn as_complex(py: Py<'_>, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = v.downcast::<Complex>() {
        return Ok(Some((c.re, c.im)));
    }
    Ok(float::as_f64(py, v)?.map(|x| (x, 0.0)))
}

fn parts(v: &Value) -> (f64, f64) {
    v.downcast::<Complex>().map_or((0.0, 0.0), |c| (c.re, c.im))
}

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let (re, im) = parts(v);
    Ok(crate::repr::complex_repr(re, im))
}

fn hash_part(v: &Value, x: f64) -> i64 {
    if x.is_nan() {
        (v.addr() >> 4) as i64
    } else if x.is_infinite() {
        if x > 0.0 {
            314159
        } else {
            -314159
        }
    } else {
        float::hash_f64(x)
    }
}

fn hash(_py: Py<'_>, v: &Value) -> PyResult<i64> {
    let (re, im) = parts(v);
    // CPython: hash(re) + 1000003 * hash(im), in wrapping unsigned arithmetic.
    let h = (hash_part(v, re) as u64).wrapping_add(1000003u64.wrapping_mul(hash_part(v, im) as u64))
        as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    if !matches!(op, Cmpop::Eq | Cmpop::NotEq) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (
        as_complex(py, a).ok().flatten(),
        as_complex(py, b).ok().flatten(),
    ) else {
        return Ok(None);
    };
    let equal = x.0 == y.0 && x.1 == y.1;
    Ok(Some(py.bool(if op == Cmpop::Eq { equal } else { !equal })))
}

fn prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b`, or `None` when `b` is zero (Smith's method, as CPython).
pub fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// The libm error a power computation raised (C's `errno`): CPython turns
/// a domain error into ZeroDivisionError and a range error into
/// OverflowError.
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    None,
    Domain,
    Range,
}

/// `a ** b` by the polar form, as `_Py_c_pow`, with the errno its libm
/// calls would leave.
fn pow_general(a: (f64, f64), b: (f64, f64)) -> ((f64, f64), Errno) {
    if b.0 == 0.0 && b.1 == 0.0 {
        return ((1.0, 0.0), Errno::None);
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return ((0.0, 0.0), Errno::Domain);
        }
        return ((0.0, 0.0), Errno::None);
    }
    let mut err = Errno::None;
    let vabs = a.0.hypot(a.1);
    if vabs.is_infinite() && a.0.is_finite() && a.1.is_finite() {
        err = Errno::Range;
    }
    let mut len = vabs.powf(b.0);
    if len.is_infinite() && vabs.is_finite() && b.0.is_finite() {
        err = Errno::Range;
    }
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        let x = at * b.1;
        let e = x.exp();
        if e.is_infinite() && x.is_finite() {
            err = Errno::Range;
        }
        len /= e;
        phase += b.1 * vabs.ln();
    }
    // cos and sin of an infinite angle are domain errors.
    if phase.is_infinite() {
        err = Errno::Domain;
    }
    ((len * phase.cos(), len * phase.sin()), err)
}

fn pow_unsigned(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` as CPython's `complex_pow`: small integral exponents by repeated
/// multiplication, others by the polar form.
pub fn pow(py: Py<'_>, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    let (r, mut err) = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            (pow_unsigned(a, n), Errno::None)
        } else if n == 0 {
            ((1.0, 0.0), Errno::None)
        } else {
            match quot((1.0, 0.0), pow_unsigned(a, -n)) {
                Some(r) => (r, Errno::None),
                None => ((0.0, 0.0), Errno::Domain),
            }
        }
    } else {
        pow_general(a, b)
    };
    let (re, im) = r;
    // As `_Py_ADJUST_ERANGE2`: an infinite part is a range error; a range
    // error with finite parts was an underflow and is forgotten.
    if re.is_infinite() || im.is_infinite() {
        if err == Errno::None {
            err = Errno::Range;
        }
    } else if err == Errno::Range {
        err = Errno::None;
    }
    match err {
        Errno::Domain => Err(py.zero_division("0.0 to a negative or complex power")),
        Errno::Range => Err(py.overflow_error("complex exponentiation")),
        Errno::None => Ok(new(py, re, im)),
    }
}

fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_complex(py, a)?, as_complex(py, b)?) else {
        return Ok(None);
    };
    let r = match op {
        Operator::Add => (x.0 + y.0, x.1 + y.1),
        Operator::Sub => (x.0 - y.0, x.1 - y.1),
        Operator::Mult => prod(x, y),
        Operator::Div => quot(x, y).ok_or_else(|| py.zero_division("complex division by zero"))?,
        Operator::Pow => return pow(py, x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(new(py, r.0, r.1)))
}

fn unary(py: Py<'_>, v: &Value, op: Unaryop) -> PyResult<Option<Value>> {
    let (re, im) = parts(v);
    Ok(match op {
        Unaryop::UAdd => Some(new(py, re, im)),
        Unaryop::USub => Some(new(py, -re, -im)),
        _ => None,
    })
}

fn truth(_py: Py<'_>, v: &Value) -> PyResult<bool> {
    let (re, im) = parts(v);
    Ok(re != 0.0 || im != 0.0)
}

/// `abs(z)`, as CPython's `_Py_c_abs`.
pub fn abs(py: Py<'_>, v: &Value) -> PyResult<Value> {
    let (re, im) = parts(v);
    let r = if re.is_infinite() || im.is_infinite() {
        f64::INFINITY
    } else if re.is_nan() || im.is_nan() {
        f64::NAN
    } else {
        let h = re.hypot(im);
        if h.is_infinite() {
            return Err(py.overflow_error("absolute value too large"));
        }
        h
    };
    Ok(float::new(py, r))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let (re, im) = parts(v);
    Ok(match name {
        "real" => Some(float::new(py, re)),
        "imag" => Some(float::new(py, im)),
        _ => None,
    })
}

fn receiver(py: Py<'_>, args: &[Value], name: &str) -> PyResult<(f64, f64)> {
    let v = args
        .first()
        .ok_or_else(|| super::descr::needs_receiver(py, "complex", name))?;
    match v.downcast::<Complex>() {
        Some(c) => Ok((c.re, c.im)),
        None => Err(super::descr::wrong_receiver(py, "complex", name, v)),
    }
}

fn conjugate(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (re, im) = receiver(py, args, "conjugate")?;
    Ok(new(py, re, -im))
}

fn dunder_format(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let spec = args.get(1).and_then(as_str).unwrap_or("");
    let me = args
        .first()
        .ok_or_else(|| py.type_error("__format__ needs an argument".to_string()))?;
    Ok(py.new_str(&super::format::format(py, me, spec)?))
}

fn dunder_abs(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    receiver(py, args, "__abs__")?;
    abs(py, &args[0])
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("conjugate", conjugate),
    ("__format__", dunder_format),
    ("__abs__", dunder_abs),
];

/// The longest float literal at the start of `b` (sign, digits with single
/// underscores between them, point, exponent, or inf/infinity/nan).
fn scan_float(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let rest = &b[i..];
    let lower: Vec<u8> = rest.iter().take(8).map(u8::to_ascii_lowercase).collect();
    for (word, val) in [
        (&b"infinity"[..], f64::INFINITY),
        (b"inf", f64::INFINITY),
        (b"nan", f64::NAN),
    ] {
        if lower.starts_with(word) {
            return Some((sign * val, i + word.len()));
        }
    }
    let digits = |mut j: usize, text: &mut String| -> usize {
        while j < b.len() {
            if b[j].is_ascii_digit() {
                text.push(b[j] as char);
                j += 1;
            } else if b[j] == b'_'
                && j > 0
                && b[j - 1].is_ascii_digit()
                && b.get(j + 1).is_some_and(u8::is_ascii_digit)
            {
                j += 1;
            } else {
                break;
            }
        }
        j
    };
    let mut text = String::from(if neg { "-" } else { "" });
    let start = i;
    i = digits(i, &mut text);
    let mut ndigits = i - start;
    if b.get(i) == Some(&b'.') {
        text.push('.');
        let s = i + 1;
        i = digits(s, &mut text);
        ndigits += i - s;
    }
    if ndigits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        let mut exp = String::from("e");
        if let Some(&c @ (b'+' | b'-')) = b.get(j) {
            exp.push(c as char);
            j += 1;
        }
        if b.get(j).is_some_and(u8::is_ascii_digit) {
            i = digits(j, &mut exp);
            text.push_str(&exp);
        }
    }
    text.parse::<f64>().ok().map(|x| (x, i))
}

/// `complex(s)`: `None` when the text is malformed.
pub fn parse(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim();
    }
    let b = t.as_bytes();
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut re, mut im) = (0.0, 0.0);
    let mut i;
    if let Some((x, n)) = scan_float(b) {
        i = n;
        if is_j(b.get(i)) {
            im = x;
            i += 1;
        } else if matches!(b.get(i), Some(b'+' | b'-')) {
            re = x;
            if let Some((y, m)) = scan_float(&b[i..]) {
                i += m;
                if !is_j(b.get(i)) {
                    return None;
                }
                im = y;
                i += 1;
            } else {
                im = if b[i] == b'-' { -1.0 } else { 1.0 };
                if !is_j(b.get(i + 1)) {
                    return None;
                }
                i += 2;
            }
        } else {
            re = x;
        }
    } else {
        i = 0;
        if matches!(b.first(), Some(b'+' | b'-')) {
            im = if b[0] == b'-' { -1.0 } else { 1.0 };
            i = 1;
        } else {
            im = 1.0;
        }
        if !is_j(b.get(i)) {
            return None;
        }
        i += 1;
    }
    (i == b.len()).then_some((re, im))
}

/// `complex(real=0, imag=0)` or `complex(string)`.
fn new_complex(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = text_args::bind(py, "complex", args, kw, &["real", "imag"], 0, true)?;
    if let Some(s) = a[0].and_then(as_str) {
        if a[1].is_some() {
            return Err(
                py.type_error("complex() can't take second arg if first is a string".to_string())
            );
        }
        if s.contains('_') {
            // Underscores are only allowed between digits, as in literals.
            let b = s.as_bytes();
            let ok = b.iter().enumerate().all(|(i, &c)| {
                c != b'_'
                    || (i > 0
                        && b[i - 1].is_ascii_digit()
                        && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            });
            if !ok {
                return Err(py.value_error(format!(
                    "could not convert string to complex: {}",
                    crate::repr::str_repr(s)
                )));
            }
        }
        let s = super::str_methods::ascii_number_text(s);
        return parse(&s)
            .map(|(re, im)| new(py, re, im))
            .ok_or_else(|| py.value_error("complex() arg is a malformed string".to_string()));
    }
    if let Some(v) = a[1] {
        if as_str(v).is_some() {
            return Err(py.type_error("complex() second arg can't be a string".to_string()));
        }
    }
    let part = |v: Option<&Value>, which: &str| -> PyResult<(f64, f64)> {
        let Some(v) = v else {
            return Ok((0.0, 0.0));
        };
        if let Some(c) = as_complex(py, v)? {
            return Ok(c);
        }
        // Objects convert through __complex__ (first argument only), then
        // __float__, then __index__.
        let hooks: &[&str] = if which == "first" {
            &["__complex__", "__float__", "__index__"]
        } else {
            &["__float__", "__index__"]
        };
        for &hook in hooks {
            if let Some(r) = text_args::call_hook(py, v, hook)? {
                if hook == "__complex__" && r.downcast::<Complex>().is_none() {
                    return Err(py.type_error(format!(
                        "__complex__ returned non-complex (type {})",
                        py.type_name(&r)
                    )));
                }
                if hook != "__complex__" {
                    return Ok((super::float::hook_result(py, v, hook, &r)?, 0.0));
                }
                if let Some(c) = as_complex(py, &r)? {
                    return Ok(c);
                }
            }
        }
        Err(py.type_error(format!(
            "complex() {which} argument must be a string or a number, not '{}'",
            py.type_name(v)
        )))
    };
    if a[1].is_none() {
        if let Some(v) = a[0] {
            if py.type_of(v).is(&py.types.complex) {
                return Ok(v.clone());
            }
        }
    }
    let r = part(a[0], "first")?;
    let i = part(a[1], "second")?;
    // complex(a, b) is a + b*1j; parts are only combined when an argument
    // is itself complex, so that signed zeros survive.
    let is_c = |v: Option<&Value>| v.is_some_and(|v| v.downcast::<Complex>().is_some());
    let mut re = r.0;
    let mut im = if a[1].is_some() { i.0 } else { r.1 };
    if is_c(a[1]) {
        re -= i.1;
    }
    if is_c(a[0]) && a[1].is_some() {
        im += r.1;
    }
    Ok(new(py, re, im))
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        binop: Some(binop),
        unary: Some(unary),
        bool: Some(truth),
        getattr: Some(getattr),
        new: Some(new_complex),
        ..Slots::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_complex() {
        assert_eq!(parse("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse(" (3-4j) "), Some((3.0, -4.0)));
        assert_eq!(parse("-j"), Some((0.0, -1.0)));
        assert_eq!(parse("1e3j"), Some((0.0, 1000.0)));
        assert_eq!(parse("1_000j"), Some((0.0, 1000.0)));
        assert_eq!(parse("2+j"), Some((2.0, 1.0)));
        assert_eq!(parse("1+"), None);
        assert_eq!(parse("j1"), None);
        assert_eq!(parse("1 + 2j"), None);
        assert_eq!(parse(""), None);
    }

    #[test]
    fn division_matches_python() {
        // python3: (1+2j)/(3-1j) == (0.1+0.7j)
        let (re, im) = quot((1.0, 2.0), (3.0, -1.0)).expect("nonzero");
        assert_eq!((re, im), (0.1, 0.7000000000000001));
    }
}
