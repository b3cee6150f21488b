//! The `math` module, with CPython's special cases and errors: a NaN from a
//! non-NaN argument is `ValueError: math domain error`, an infinity from a
//! finite argument is `OverflowError: math range error` for functions that
//! can overflow (else a domain error).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::ast::Operator;
use crate::modules::util::{self, arity};
use crate::object::typeobj::NativeFn;
use crate::object::{self as obj, float, int, str::as_str, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// Generates a builtin for a one-argument float function.
macro_rules! unary {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
                let a = arity(py, concat!("math.", stringify!($name)), args, kwnames, 1, 1)?;
                let x = real(py, &a[0])?;
                let f: fn(f64) -> f64 = $f;
                checked(py, x, f(x), $overflow)
            }
        )*
    };
}

unary! {
    acos => f64::acos, false;
    acosh => super::libm::acosh, false;
    asin => f64::asin, false;
    asinh => super::libm::asinh, false;
    atan => f64::atan, false;
    atanh => |x| if x.abs() >= 1.0 { f64::NAN } else { super::libm::atanh(x) }, false;
    cos => f64::cos, false;
    cosh => f64::cosh, true;
    sin => f64::sin, false;
    sinh => f64::sinh, true;
    tan => f64::tan, false;
    tanh => f64::tanh, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    log1p => |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() }, false;
    fabs => f64::abs, false;
    sqrt => |x| if x < 0.0 { f64::NAN } else { x.sqrt() }, false;
    cbrt => super::libm::cbrt, false;
    erf => super::libm::erf, false;
    erfc => super::libm::erfc, false;
    gamma => gamma_f, true;
    lgamma => lgamma_f, true;
}

/// `degrees` and `radians` only multiply: no domain or range checks.
fn degrees(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "math.degrees", args, kwnames, 1, 1)?;
    Ok(float::new(
        py,
        real(py, &a[0])? * (180.0 / std::f64::consts::PI),
    ))
}

fn radians(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "math.radians", args, kwnames, 1, 1)?;
    Ok(float::new(
        py,
        real(py, &a[0])? * (std::f64::consts::PI / 180.0),
    ))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atanh", atanh),
    ("cos", cos),
    ("cosh", cosh),
    ("sin", sin),
    ("sinh", sinh),
    ("tan", tan),
    ("tanh", tanh),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("log1p", log1p),
    ("fabs", fabs),
    ("sqrt", sqrt),
    ("cbrt", cbrt),
    ("erf", erf),
    ("erfc", erfc),
    ("gamma", gamma),
    ("lgamma", lgamma),
    ("degrees", degrees),
    ("radians", radians),
    ("atan2", atan2),
    ("copysign", copysign),
    ("fmod", fmod),
    ("remainder", remainder),
    ("pow", pow),
    ("nextafter", nextafter),
    ("ulp", ulp),
    ("ldexp", ldexp),
    ("frexp", frexp),
    ("modf", modf),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isclose", isclose),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("gcd", gcd),
    ("lcm", lcm),
    ("factorial", factorial),
    ("comb", comb),
    ("perm", perm),
    ("isqrt", isqrt),
    ("fsum", fsum),
    ("prod", prod),
    ("hypot", hypot),
    ("dist", dist),
];

pub fn make(py: Py<'_>) -> PyResult<Value> {
    let m = util::new_module(py, "math", FUNCTIONS)?;
    for (n, x) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        util::set(py, &m, n, float::new(py, x))?;
    }
    Ok(m)
}

fn domain(py: Py<'_>) -> obj::PyErr {
    py.value_error("math domain error".to_string())
}

fn range(py: Py<'_>) -> obj::PyErr {
    py.overflow_error("math range error")
}

/// A float argument: a float, an int, or an object with `__float__`/`__index__`.
fn real(py: Py<'_>, v: &Value) -> PyResult<f64> {
    if let Some(f) = float::as_f64(py, v)? {
        return Ok(f);
    }
    for dunder in ["__float__", "__index__"] {
        if let Ok(m) = obj::getattr(py, v, dunder) {
            let r = obj::call(py, &m, &[], &[])?;
            return float::hook_result(py, v, dunder, &r);
        }
    }
    Err(py.type_error(format!("must be real number, not {}", py.type_name(v))))
}

/// CPython's error rules for a result `r` of argument `x`.
fn checked(py: Py<'_>, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(py));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(py) } else { domain(py) });
    }
    Ok(float::new(py, r))
}

/// The result of a two-argument function.
fn checked2(py: Py<'_>, x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(py));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(py));
    }
    Ok(float::new(py, r))
}

fn two(py: Py<'_>, name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<(f64, f64)> {
    let a = arity(py, name, args, kwnames, 2, 2)?;
    Ok((real(py, &a[0])?, real(py, &a[1])?))
}

fn atan2(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (y, x) = two(py, "atan2", args, kwnames)?;
    Ok(float::new(py, y.atan2(x)))
}

fn copysign(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (x, y) = two(py, "copysign", args, kwnames)?;
    Ok(float::new(py, x.copysign(y)))
}

fn fmod(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (x, y) = two(py, "fmod", args, kwnames)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(float::new(py, x));
    }
    checked2(py, x, y, x % y)
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
fn remainder(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (x, y) = two(py, "remainder", args, kwnames)?;
    if x.is_nan() || y.is_nan() {
        return Ok(float::new(py, f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(py));
    }
    if y.is_infinite() {
        return Ok(float::new(py, x));
    }
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Exactly halfway: pick the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(float::new(py, 1f64.copysign(x) * r))
}

fn pow(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (x, y) = two(py, "pow", args, kwnames)?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain(py));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain(py));
    }
    let r = x.powf(y);
    if x == 1.0 || y == 0.0 {
        return Ok(float::new(py, 1.0));
    }
    checked2(py, x, y, r)
}

fn nextafter(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (x, y) = two(py, "nextafter", args, kwnames)?;
    Ok(float::new(py, next_after(x, y)))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "math.ulp", args, kwnames, 1, 1)?;
    let x = real(py, &a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(float::new(py, x));
    }
    let next = next_after(x, f64::INFINITY);
    if next.is_infinite() {
        let prev = next_after(x, 0.0);
        return Ok(float::new(py, x - prev));
    }
    Ok(float::new(py, next - x))
}

/// An int argument (ints and bools; objects with `__index__`), as a BigInt.
fn integer(py: Py<'_>, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = int::int_ref(py, v) {
        return Ok(i.to_big());
    }
    if let Ok(m) = obj::getattr(py, v, "__index__") {
        let r = obj::call(py, &m, &[], &[])?;
        if let Some(i) = int::int_ref(py, &r) {
            return Ok(i.to_big());
        }
    }
    Err(py.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        py.type_name(v)
    )))
}

fn ldexp(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "ldexp", args, kwnames, 2, 2)?;
    let x = real(py, &a[0])?;
    if a[1].downcast::<float::Float>().is_some() {
        return Err(py.type_error("Expected an int as second argument to ldexp.".to_string()));
    }
    let e = integer(py, &a[1])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(float::new(py, x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let e = e.clamp(-10_000, 10_000) as i32;
    // Two steps so that 2**e itself never overflows or underflows on the way.
    let half = e / 2;
    let r = x * 2f64.powi(half) * 2f64.powi(e - half);
    if r.is_infinite() {
        return Err(range(py));
    }
    Ok(float::new(py, r))
}

/// `x == m * 2**e` with `0.5 <= |m| < 1`.
fn split_exp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        let (m, e) = split_exp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    (
        f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)),
        exp - 1022,
    )
}

fn frexp(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "math.frexp", args, kwnames, 1, 1)?;
    let (m, e) = split_exp(real(py, &a[0])?);
    Ok(obj::tuple::new(
        py,
        vec![float::new(py, m), int::new_i64(py, e)],
    ))
}

fn modf(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "math.modf", args, kwnames, 1, 1)?;
    let x = real(py, &a[0])?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    Ok(obj::tuple::new(
        py,
        vec![float::new(py, frac), float::new(py, whole)],
    ))
}

fn isfinite(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "math.isfinite", args, kwnames, 1, 1)?;
    Ok(py.bool(real(py, &a[0])?.is_finite()))
}

fn isinf(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "math.isinf", args, kwnames, 1, 1)?;
    Ok(py.bool(real(py, &a[0])?.is_infinite()))
}

fn isnan(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "math.isnan", args, kwnames, 1, 1)?;
    Ok(py.bool(real(py, &a[0])?.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len());
    let (pos, kwvals) = args.split_at(npos);
    if pos.len() > 2 {
        return Err(py.type_error(format!(
            "isclose() takes at most 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    if pos.len() < 2 {
        let (name, at) = if pos.is_empty() { ("a", 1) } else { ("b", 2) };
        return Err(py.type_error(format!(
            "isclose() missing required argument '{name}' (pos {at})"
        )));
    }
    let (mut rel, mut abs) = (1e-9, 0.0);
    for (k, v) in kwnames.iter().zip(kwvals) {
        match as_str(k).unwrap_or("") {
            "rel_tol" => rel = real(py, v)?,
            "abs_tol" => abs = real(py, v)?,
            other => {
                return Err(py.type_error(format!(
                    "isclose() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(py.value_error("tolerances must be non-negative".to_string()));
    }
    let (a, b) = (real(py, &pos[0])?, real(py, &pos[1])?);
    if a == b {
        return Ok(py.bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(py.bool(false));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs;
    Ok(py.bool(close))
}

/// floor/ceil/trunc of a float as an int, with CPython's errors for
/// infinities and NaN.
fn float_to_int(py: Py<'_>, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(py.value_error("cannot convert float NaN to integer".to_string()));
    }
    if f.is_infinite() {
        return Err(py.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(float::f64_to_int(py, f))
}

/// Rounds `v` with `f`: ints are returned as they are; other objects use
/// their dunder `method`.
fn rounding(
    py: Py<'_>,
    name: &str,
    method: &str,
    args: &[Value],
    kwnames: &[Value],
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let a = arity(py, name, args, kwnames, 1, 1)?;
    let v = &a[0];
    if let Some(i) = int::int_ref(py, v) {
        return Ok(int::new_big(py, i.to_big()));
    }
    if let Some(x) = v.downcast::<float::Float>() {
        return float_to_int(py, f(x.0));
    }
    if let Ok(m) = obj::getattr(py, v, method) {
        return obj::call(py, &m, &[], &[]);
    }
    if method == "__trunc__" {
        return Err(py.type_error(format!(
            "type {} doesn't define __trunc__ method",
            py.type_name(v)
        )));
    }
    float_to_int(py, f(real(py, v)?))
}

fn floor(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    rounding(py, "math.floor", "__floor__", args, kwnames, f64::floor)
}

fn ceil(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    rounding(py, "math.ceil", "__ceil__", args, kwnames, f64::ceil)
}

fn trunc(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    rounding(py, "math.trunc", "__trunc__", args, kwnames, f64::trunc)
}

/// `func` (a logarithm) of an int or float argument; ints too big for a
/// float are split as `m * 2**e` first, as CPython's `loghelper`, so that
/// `log2(2**2000)` is exact.
fn loghelper(py: Py<'_>, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = int::int_ref(py, v) {
        let b = i.to_big();
        if b.sign() != Sign::Plus {
            return Err(domain(py));
        }
        if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
            return Ok(func(f));
        }
        let bits = b.bits();
        let shift = bits.saturating_sub(63);
        let top = (&b >> shift).to_f64().unwrap_or(1.0);
        let m = top / 2f64.powi(63.min(bits as i32));
        return Ok(func(m) + func(2.0) * bits as f64);
    }
    let x = real(py, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(py));
    }
    if x.is_infinite() {
        return Ok(x);
    }
    Ok(func(x))
}

fn log(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw(py, "log", kwnames)?;
    if args.is_empty() || args.len() > 2 {
        return Err(py.type_error("math.log requires 1 to 2 arguments".to_string()));
    }
    let a = args;
    let num = loghelper(py, &a[0], f64::ln)?;
    match a.get(1) {
        None => Ok(float::new(py, num)),
        Some(b) => {
            let den = loghelper(py, b, f64::ln)?;
            if den == 0.0 {
                return Err(py.zero_division("float division by zero"));
            }
            Ok(float::new(py, num / den))
        }
    }
}

fn log2(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "log2", args, kwnames, 1, 1)?;
    Ok(float::new(py, loghelper(py, &a[0], f64::log2)?))
}

fn log10(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "log10", args, kwnames, 1, 1)?;
    Ok(float::new(py, loghelper(py, &a[0], f64::log10)?))
}

fn no_kw(py: Py<'_>, name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(py.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn gcd(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw(py, "gcd", kwnames)?;
    let mut g = BigInt::zero();
    for v in args {
        g = g.gcd(&integer(py, v)?);
    }
    Ok(int::new_big(py, g))
}

fn lcm(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw(py, "lcm", kwnames)?;
    let mut l = BigInt::one();
    for v in args {
        let x = integer(py, v)?;
        if x.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&x);
    }
    Ok(int::new_big(py, l.abs()))
}

/// A non-negative int argument as u64, with CPython's messages.
fn count(py: Py<'_>, v: &Value, what: &str) -> PyResult<BigInt> {
    let n = integer(py, v)?;
    if n.is_negative() {
        return Err(py.value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(n)
}

fn product(lo: u64, hi: u64) -> BigInt {
    // Product of lo..=hi by halves, so the multiplications stay balanced.
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 8 {
        return (lo..=hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    product(lo, mid) * product(mid + 1, hi)
}

fn factorial(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "math.factorial", args, kwnames, 1, 1)?;
    let n = integer(py, &a[0])?;
    if n.is_negative() {
        return Err(py.value_error("factorial() not defined for negative values".to_string()));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= 1_000_000) else {
        return Err(py.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(int::new_big(py, product(1, n)))
}

fn perm(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "perm", args, kwnames, 1, 2)?;
    let n = count(py, &a[0], "n")?;
    let k = match a.get(1) {
        Some(k) if !k.is(&py.none) => count(py, k, "k")?,
        _ => n.clone(),
    };
    if k > n {
        return Ok(int::new_i64(py, 0));
    }
    if k.is_zero() {
        return Ok(int::new_i64(py, 1));
    }
    let (Some(n), Some(k)) = (n.to_u64(), k.to_u64()) else {
        return Err(py.overflow_error("n must not exceed 9223372036854775807"));
    };
    Ok(int::new_big(py, product(n - k + 1, n)))
}

fn comb(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "comb", args, kwnames, 2, 2)?;
    let n = count(py, &a[0], "n")?;
    let k = count(py, &a[1], "k")?;
    if k > n {
        return Ok(int::new_i64(py, 0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(py.overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(int::new_big(py, r))
}

fn isqrt(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "math.isqrt", args, kwnames, 1, 1)?;
    let n = integer(py, &a[0])?;
    if n.is_negative() {
        return Err(py.value_error("isqrt() argument must be nonnegative".to_string()));
    }
    Ok(int::new_big(py, n.sqrt()))
}

/// `fsum(iterable)`: the correctly rounded sum, with Shewchuk's exact
/// partial sums as CPython's `math_fsum`.
fn fsum(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "math.fsum", args, kwnames, 1, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    let mut saw_special = false;
    for v in obj::collect(py, &a[0])? {
        let mut x = real(py, &v)?;
        if !x.is_finite() {
            // Infinities and NaNs are summed apart: inf + -inf is a domain error.
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            saw_special = true;
            continue;
        }
        let mut kept = Vec::with_capacity(partials.len() + 1);
        for &p in &partials {
            let (mut big, mut small) = (x, p);
            if big.abs() < small.abs() {
                std::mem::swap(&mut big, &mut small);
            }
            let hi = big + small;
            let lo = small - (hi - big);
            if lo != 0.0 {
                kept.push(lo);
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(py.overflow_error("intermediate overflow in fsum"));
        }
        kept.push(x);
        partials = kept;
    }
    if saw_special {
        if inf_sum.is_nan() {
            return Err(py.value_error("-inf + inf in fsum".to_string()));
        }
        return Ok(float::new(py, special));
    }
    // Add the partials from the top, then correct the last rounding (half-even).
    let Some((&top, rest)) = partials.split_last() else {
        return Ok(float::new(py, 0.0));
    };
    let mut hi = top;
    let mut lo = 0.0;
    let mut n = rest.len();
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = rest[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && rest[n - 1] < 0.0) || (lo > 0.0 && rest[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    Ok(float::new(py, hi))
}

/// `prod(iterable, *, start=1)`.
fn prod(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len());
    let (pos, kwvals) = args.split_at(npos);
    if pos.len() != 1 {
        return Err(py.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut acc = int::new_i64(py, 1);
    for (k, v) in kwnames.iter().zip(kwvals) {
        match as_str(k).unwrap_or("") {
            "start" => acc = v.clone(),
            other => {
                return Err(py.type_error(format!(
                    "prod() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    for x in obj::collect(py, &pos[0])? {
        acc = obj::binary_op(py, &acc, &x, Operator::Mult, false)?;
    }
    Ok(acc)
}

/// The Euclidean norm of `xs`, as CPython's `vector_norm`: values scaled by
/// a power of two near the largest (losslessly), squares and sums kept as
/// double-length pairs, then one differential correction of the root.
fn norm(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in xs {
        let a = x.abs();
        if a.is_nan() {
            nan = true;
        }
        if a > max {
            max = a;
        }
    }
    if max.is_infinite() {
        return f64::INFINITY;
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    scaled_norm(xs, max)
}

fn scaled_norm(xs: &[f64], max: f64) -> f64 {
    let (_, max_e) = split_exp(max);
    if max_e < -1023 {
        // Subnormals: move everything into the normal range first.
        let up: Vec<f64> = xs.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * scaled_norm(&up, max / f64::MIN_POSITIVE);
    }
    let scale = 2f64.powi(-max_e as i32);
    // Exact product and sum as (hi, lo) pairs.
    let mul = |x: f64, y: f64| {
        let hi = x * y;
        (hi, x.mul_add(y, -hi))
    };
    let fast_sum = |a: f64, b: f64| {
        let hi = a + b;
        (hi, (a - hi) + b)
    };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in xs {
        let x = x * scale;
        let (phi, plo) = mul(x, x);
        let (shi, slo) = fast_sum(csum, phi);
        csum = shi;
        frac1 += plo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (phi, plo) = mul(-h, h);
    let (shi, slo) = fast_sum(csum, phi);
    csum = shi;
    frac1 += plo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn hypot(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw(py, "hypot", kwnames)?;
    let xs = args
        .iter()
        .map(|v| real(py, v))
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(float::new(py, norm(&xs)))
}

fn dist(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "dist", args, kwnames, 2, 2)?;
    let p = obj::collect(py, &a[0])?;
    let q = obj::collect(py, &a[1])?;
    if p.len() != q.len() {
        return Err(
            py.value_error("both points must have the same number of dimensions".to_string())
        );
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        diffs.push(real(py, x)? - real(py, y)?);
    }
    Ok(float::new(py, norm(&diffs)))
}

/// CPython's Lanczos approximation (g = 6.0246..., 13 terms, as a ratio of
/// polynomials) for `gamma` and `lgamma`.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, exact at integers and half-integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// Gamma; NaN (a domain error) at the poles.
fn gamma_f(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { x } else { f64::NAN };
    }
    if x == 0.0 {
        return f64::NAN;
    }
    if x == x.floor() {
        if x < 0.0 {
            return f64::NAN;
        }
        if x <= 23.0 {
            return (1..x as u64).fold(1.0, |acc, k| acc * k as f64);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return 1.0 / x;
    }
    if absx > 200.0 {
        return if x < 0.0 {
            0.0 / sinpi(x)
        } else {
            f64::INFINITY
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
    }
    r
}

/// The log of |gamma|; NaN (a domain error) at the poles.
fn lgamma_f(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() { x } else { f64::INFINITY };
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { f64::NAN } else { 0.0 };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return -absx.ln();
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = std::f64::consts::PI.ln() - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    r
}
