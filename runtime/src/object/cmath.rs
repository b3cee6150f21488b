//! The functions and constants of the `cmath` module, following the
//! algorithms of CPython's `cmathmodule.c` for finite arguments (scaling
//! near the limits of the double range, `log1p` near |z| = 1). Infinite and
//! NaN arguments use the same formulas rather than CPython's special-value
//! tables. The module object itself is made by the modules registry from
//! [`FUNCTIONS`] and [`constants`].

use crate::object::complex::{self, as_complex};
use crate::object::text_args::{bind, call_hook};
use crate::object::typeobj::NativeFn;
use crate::object::{float, PyResult};
use crate::value::Value;
use crate::vm::Py;

type C = (f64, f64);

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
/// log(DBL_MAX / 4)
const LOG_LARGE_DOUBLE: f64 = 708.396_418_532_264_1;
const MANT_DIG: i32 = 53;

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// The complex value of an argument: complex, float, int, or an object
/// with `__complex__`, `__float__` or `__index__`.
fn arg(py: Py<'_>, v: &Value) -> PyResult<C> {
    if let Some(c) = as_complex(py, v)? {
        return Ok(c);
    }
    for hook in ["__complex__", "__float__", "__index__"] {
        if let Some(r) = call_hook(py, v, hook)? {
            if hook != "__complex__" {
                return Ok((float::hook_result(py, v, hook, &r)?, 0.0));
            }
            if let Some(c) = as_complex(py, &r)? {
                return Ok(c);
            }
        }
    }
    Err(py.type_error(format!("must be real number, not {}", py.type_name(v))))
}

fn range_error(py: Py<'_>) -> crate::object::PyErr {
    py.overflow_error("math range error")
}

fn domain_error(py: Py<'_>) -> crate::object::PyErr {
    py.value_error("math domain error".to_string())
}

/// Overflow to infinity from finite input is a range error.
fn checked(py: Py<'_>, z: C, r: C) -> PyResult<C> {
    if (r.0.is_infinite() || r.1.is_infinite()) && z.0.is_finite() && z.1.is_finite() {
        return Err(range_error(py));
    }
    Ok(r)
}

pub fn c_sqrt(z: C) -> C {
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot would be subnormal: scale up first.
        ax = ldexp(ax, 53);
        ldexp((ax + ax.hypot(ldexp(ay, 53))).sqrt(), -27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

pub fn c_exp(z: C) -> C {
    if z.0 > LOG_LARGE_DOUBLE {
        let l = (z.0 - 1.0).exp();
        (
            l * z.1.cos() * std::f64::consts::E,
            l * z.1.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    }
}

/// `log(z)`; `None` for zero (a domain error).
pub fn c_log(z: C) -> Option<C> {
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + std::f64::consts::LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln()
                - f64::from(MANT_DIG) * std::f64::consts::LN_2
        } else {
            return None;
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Some((re, z.1.atan2(z.0)))
}

pub fn c_cosh(z: C) -> C {
    if z.0.abs() > LOG_LARGE_DOUBLE {
        let x = z.0 - 1f64.copysign(z.0);
        (
            z.1.cos() * x.cosh() * std::f64::consts::E,
            z.1.sin() * x.sinh() * std::f64::consts::E,
        )
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    }
}

pub fn c_sinh(z: C) -> C {
    if z.0.abs() > LOG_LARGE_DOUBLE {
        let x = z.0 - 1f64.copysign(z.0);
        (
            z.1.cos() * x.sinh() * std::f64::consts::E,
            z.1.sin() * x.cosh() * std::f64::consts::E,
        )
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    }
}

pub fn c_tanh(z: C) -> C {
    if z.0.abs() > LARGE_DOUBLE.sqrt() {
        (
            1f64.copysign(z.0),
            4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp(),
        )
    } else {
        let tx = z.0.tanh();
        let ty = z.1.tan();
        let cx = 1.0 / z.0.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    }
}

/// `cos(z) = cosh(iz)`.
pub fn c_cos(z: C) -> C {
    c_cosh((-z.1, z.0))
}

/// `sin(z) = -i sinh(iz)`.
pub fn c_sin(z: C) -> C {
    let r = c_sinh((-z.1, z.0));
    (r.1, -r.0)
}

/// `tan(z) = -i tanh(iz)`.
pub fn c_tan(z: C) -> C {
    let r = c_tanh((-z.1, z.0));
    (r.1, -r.0)
}

pub fn c_acos(z: C) -> C {
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + std::f64::consts::LN_2 * 2.0;
        let im = if z.0 < 0.0 {
            -l.copysign(z.1)
        } else {
            l.copysign(-z.1)
        };
        (z.1.abs().atan2(z.0), im)
    } else {
        let s1 = c_sqrt((1.0 - z.0, -z.1));
        let s2 = c_sqrt((1.0 + z.0, z.1));
        (2.0 * s1.0.atan2(s2.0), (s2.0 * s1.1 - s2.1 * s1.0).asinh())
    }
}

pub fn c_acosh(z: C) -> C {
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        (
            (z.0 / 2.0).hypot(z.1 / 2.0).ln() + std::f64::consts::LN_2 * 2.0,
            z.1.atan2(z.0),
        )
    } else {
        let s1 = c_sqrt((z.0 - 1.0, z.1));
        let s2 = c_sqrt((z.0 + 1.0, z.1));
        ((s1.0 * s2.0 + s1.1 * s2.1).asinh(), 2.0 * s1.1.atan2(s2.0))
    }
}

pub fn c_asinh(z: C) -> C {
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + std::f64::consts::LN_2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        (re, z.1.atan2(z.0.abs()))
    } else {
        let s1 = c_sqrt((1.0 + z.1, -z.0));
        let s2 = c_sqrt((1.0 - z.1, z.0));
        (
            (s1.0 * s2.1 - s2.0 * s1.1).asinh(),
            z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
        )
    }
}

/// `asin(z) = -i asinh(iz)`.
pub fn c_asin(z: C) -> C {
    let s = c_asinh((-z.1, z.0));
    (s.1, -s.0)
}

/// `atanh(z)`; `None` at the poles ±1 (a domain error).
pub fn c_atanh(z: C) -> Option<C> {
    if z.0 < 0.0 {
        let r = c_atanh((-z.0, -z.1))?;
        return Some((-r.0, -r.1));
    }
    let ay = z.1.abs();
    let sqrt_large = LARGE_DOUBLE.sqrt();
    if z.0 > sqrt_large || ay > sqrt_large {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        Some((
            z.0 / 4.0 / h / h,
            -(std::f64::consts::FRAC_PI_2).copysign(-z.1),
        ))
    } else if z.0 == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return None;
        }
        Some((
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(z.1),
        ))
    } else {
        Some((
            (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0,
            -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
        ))
    }
}

/// `atan(z) = -i atanh(iz)`.
pub fn c_atan(z: C) -> Option<C> {
    let s = c_atanh((-z.1, z.0))?;
    Some((s.1, -s.0))
}

fn one_arg(py: Py<'_>, name: &str, args: &[Value], kw: &[Value]) -> PyResult<C> {
    let a = bind(py, name, args, kw, &["z"], 1, false)?;
    arg(py, a[0].unwrap_or(&py.none))
}

fn wrap(py: Py<'_>, r: C) -> Value {
    complex::new(py, r.0, r.1)
}

fn sqrt(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "sqrt", args, kw)?;
    Ok(wrap(py, c_sqrt(z)))
}

fn exp(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "exp", args, kw)?;
    Ok(wrap(py, checked(py, z, c_exp(z))?))
}

fn log(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(py, "log", args, kw, &["x", "base"], 1, false)?;
    let z = arg(py, a[0].unwrap_or(&py.none))?;
    let r = c_log(z).ok_or_else(|| domain_error(py))?;
    let Some(b) = a[1] else {
        return Ok(wrap(py, r));
    };
    let lb = c_log(arg(py, b)?).ok_or_else(|| domain_error(py))?;
    let q = complex::quot(r, lb).ok_or_else(|| py.zero_division("complex division by zero"))?;
    Ok(wrap(py, q))
}

fn log10(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "log10", args, kw)?;
    let r = c_log(z).ok_or_else(|| domain_error(py))?;
    let ln10 = std::f64::consts::LN_10;
    Ok(wrap(py, (r.0 / ln10, r.1 / ln10)))
}

fn cos(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "cos", args, kw)?;
    Ok(wrap(py, checked(py, z, c_cos(z))?))
}

fn sin(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "sin", args, kw)?;
    Ok(wrap(py, checked(py, z, c_sin(z))?))
}

fn tan(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "tan", args, kw)?;
    Ok(wrap(py, checked(py, z, c_tan(z))?))
}

fn cosh(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "cosh", args, kw)?;
    Ok(wrap(py, checked(py, z, c_cosh(z))?))
}

fn sinh(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "sinh", args, kw)?;
    Ok(wrap(py, checked(py, z, c_sinh(z))?))
}

fn tanh(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "tanh", args, kw)?;
    Ok(wrap(py, c_tanh(z)))
}

fn acos(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "acos", args, kw)?;
    Ok(wrap(py, c_acos(z)))
}

fn acosh(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "acosh", args, kw)?;
    Ok(wrap(py, c_acosh(z)))
}

fn asin(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "asin", args, kw)?;
    Ok(wrap(py, c_asin(z)))
}

fn asinh(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "asinh", args, kw)?;
    Ok(wrap(py, c_asinh(z)))
}

fn atan(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "atan", args, kw)?;
    Ok(wrap(py, c_atan(z).ok_or_else(|| domain_error(py))?))
}

fn atanh(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "atanh", args, kw)?;
    Ok(wrap(py, c_atanh(z).ok_or_else(|| domain_error(py))?))
}

fn phase(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "phase", args, kw)?;
    Ok(float::new(py, z.1.atan2(z.0)))
}

fn polar(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "polar", args, kw)?;
    let r = z.0.hypot(z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return Err(range_error(py));
    }
    Ok(super::tuple::new(
        py,
        vec![float::new(py, r), float::new(py, z.1.atan2(z.0))],
    ))
}

fn real_arg(py: Py<'_>, v: &Value) -> PyResult<f64> {
    if let Some(x) = float::as_f64(py, v)? {
        return Ok(x);
    }
    for hook in ["__float__", "__index__"] {
        if let Some(r) = call_hook(py, v, hook)? {
            return float::hook_result(py, v, hook, &r);
        }
    }
    Err(py.type_error(format!("must be real number, not {}", py.type_name(v))))
}

fn rect(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(py, "rect", args, kw, &["r", "phi"], 2, false)?;
    let r = real_arg(py, a[0].unwrap_or(&py.none))?;
    let phi = real_arg(py, a[1].unwrap_or(&py.none))?;
    let z = if phi == 0.0 {
        (r, r * phi)
    } else {
        (r * phi.cos(), r * phi.sin())
    };
    Ok(wrap(py, z))
}

fn isnan(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "isnan", args, kw)?;
    Ok(py.bool(z.0.is_nan() || z.1.is_nan()))
}

fn isinf(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "isinf", args, kw)?;
    Ok(py.bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isfinite(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(py, "isfinite", args, kw)?;
    Ok(py.bool(z.0.is_finite() && z.1.is_finite()))
}

fn isclose(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(
        py,
        "isclose",
        args,
        kw,
        &["a", "b", "rel_tol", "abs_tol"],
        2,
        true,
    )?;
    let x = arg(py, a[0].unwrap_or(&py.none))?;
    let y = arg(py, a[1].unwrap_or(&py.none))?;
    let rel = match a[2] {
        Some(v) => real_arg(py, v)?,
        None => 1e-9,
    };
    let abs_tol = match a[3] {
        Some(v) => real_arg(py, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(py.value_error("tolerances must be non-negative".to_string()));
    }
    if x == y {
        return Ok(py.bool(true));
    }
    if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
        return Ok(py.bool(false));
    }
    let diff = (x.0 - y.0).hypot(x.1 - y.1);
    let close = diff <= rel * y.0.hypot(y.1) || diff <= rel * x.0.hypot(x.1) || diff <= abs_tol;
    Ok(py.bool(close))
}

/// The functions of `cmath`, by name.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt),
    ("exp", exp),
    ("log", log),
    ("log10", log10),
    ("cos", cos),
    ("sin", sin),
    ("tan", tan),
    ("cosh", cosh),
    ("sinh", sinh),
    ("tanh", tanh),
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atanh", atanh),
    ("phase", phase),
    ("polar", polar),
    ("rect", rect),
    ("isnan", isnan),
    ("isinf", isinf),
    ("isfinite", isfinite),
    ("isclose", isclose),
];

/// The constants of `cmath`: pi, e, tau, inf, infj, nan, nanj.
pub fn constants(py: Py<'_>) -> Vec<(&'static str, Value)> {
    use std::f64::consts;
    vec![
        ("pi", float::new(py, consts::PI)),
        ("e", float::new(py, consts::E)),
        ("tau", float::new(py, consts::TAU)),
        ("inf", float::new(py, f64::INFINITY)),
        ("infj", complex::new(py, 0.0, f64::INFINITY)),
        ("nan", float::new(py, f64::NAN)),
        ("nanj", complex::new(py, 0.0, f64::NAN)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn functions_match_python() {
        // python3: cmath.sqrt(3+4j), cmath.sqrt(-4), cmath.sqrt(1e-300+1e-300j)
        assert_eq!(c_sqrt((3.0, 4.0)), (2.0, 1.0));
        assert_eq!(c_sqrt((-4.0, 0.0)), (0.0, 2.0));
        assert_eq!(
            c_sqrt((1e-300, 1e-300)),
            (1.09868411346781e-150, 4.5508986056222734e-151)
        );
        // cmath.exp(3+4j), cmath.log(3+4j), cmath.log(1e300+1e300j)
        assert_eq!(
            c_exp((3.0, 4.0)),
            (-13.128783081462158, -15.200784463067954)
        );
        assert_eq!(
            c_log((3.0, 4.0)),
            Some((1.6094379124341003, 0.9272952180016122))
        );
        assert_eq!(
            c_log((1e300, 1e300)),
            Some((691.1221014884936, 0.7853981633974483))
        );
        // cmath.cos(3+4j), cmath.sin(3+4j), cmath.tanh(1+1j)
        assert_eq!(c_cos((3.0, 4.0)), (-27.034945603074224, -3.851153334811777));
        assert_eq!(c_sin((3.0, 4.0)), (3.853738037919377, -27.016813258003932));
        assert_eq!(c_tanh((1.0, 1.0)), (1.0839233273386946, 0.2717525853195118));
        assert_eq!(c_tan((1.0, 1.0)), (0.2717525853195118, 1.0839233273386946));
        assert_eq!(c_log((0.0, 0.0)), None);
        // cmath.acos/acosh/asin/asinh/atan/atanh(-3+1j)
        assert_eq!(
            c_acos((-3.0, 1.0)),
            (2.803891544324241, -1.8241987021938828)
        );
        assert_eq!(
            c_acosh((-3.0, 1.0)),
            (1.8241987021938828, 2.803891544324241)
        );
        assert_eq!(
            c_asin((-3.0, 1.0)),
            (-1.2330952175293441, 1.8241987021938828)
        );
        assert_eq!(
            c_asinh((-3.0, 1.0)),
            (-1.8641615441578825, 0.3076036495307113)
        );
        assert_eq!(
            c_atan((0.3, 0.4)),
            Some((0.3373704711117763, 0.37908687234202215))
        );
        assert_eq!(
            c_atanh((0.3, 0.4)),
            Some((0.2614921387956719, 0.4088225229163512))
        );
        assert_eq!(c_atanh((1.0, 0.0)), None);
    }
}
