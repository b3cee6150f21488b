//! `format(value, spec)`: the format specification mini-language for str,
//! int and float (f-strings' `{x:>8.2f}`), as CPython's `formatter_unicode.c`.

use crate::object::{self as obj, float, int, str::as_str, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// A parsed `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
#[derive(Default, Debug, PartialEq)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse(spec: &str) -> Option<Spec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if cs.len() >= 2 && is_align(cs[1]) {
        s.fill = Some(cs[0]);
        s.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        s.align = Some(cs[0]);
        i = 1;
    }
    if let Some(&c) = cs.get(i) {
        if matches!(c, '+' | '-' | ' ') {
            s.sign = Some(c);
            i += 1;
        }
    }
    if cs.get(i) == Some(&'#') {
        s.alt = true;
        i += 1;
    }
    if cs.get(i) == Some(&'0') {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while cs.get(i).is_some_and(|c| c.is_ascii_digit()) {
        i += 1;
    }
    s.width = cs[start..i].iter().collect::<String>().parse().unwrap_or(0);
    if let Some(&c) = cs.get(i) {
        if c == ',' || c == '_' {
            s.grouping = Some(c);
            i += 1;
        }
    }
    if cs.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        while cs.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if start == i {
            return None;
        }
        s.precision = cs[start..i].iter().collect::<String>().parse().ok();
    }
    if let Some(&c) = cs.get(i) {
        s.ty = Some(c);
        i += 1;
    }
    if i != cs.len() {
        return None;
    }
    Some(s)
}

pub fn format(py: Py<'_>, v: &Value, spec: &str) -> PyResult<String> {
    if let Some(r) = crate::builtins::classes::format_hook(py, v, spec)? {
        return Ok(r);
    }
    if spec.is_empty() {
        return obj::str(py, v);
    }
    let Some(s) = parse(spec) else {
        return Err(py.value_error("Invalid format specifier".to_string()));
    };
    if let Some(text) = as_str(v) {
        return format_str(py, text, &s);
    }
    if v.downcast::<float::Float>().is_some() {
        let x = float::as_f64(py, v)?.unwrap_or(0.0);
        return format_float(py, x, &s);
    }
    if let Some(i) = int::int_ref(py, v) {
        if matches!(s.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
            let x = i
                .to_f64()
                .ok_or_else(|| py.overflow_error("int too large to convert to float"))?;
            return format_float(py, x, &s);
        }
        return format_int(py, &i.to_big(), &s);
    }
    Err(py.type_error(format!(
        "unsupported format string passed to {}.__format__",
        py.type_name(v)
    )))
}

fn format_str(py: Py<'_>, text: &str, s: &Spec) -> PyResult<String> {
    if !matches!(s.ty, None | Some('s')) {
        return Err(py.value_error(format!(
            "Unknown format code '{}' for object of type 'str'",
            s.ty.unwrap_or('?')
        )));
    }
    if s.sign.is_some() {
        return Err(py.value_error("Sign not allowed in string format specifier".to_string()));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad("", &body, s, '<'))
}

/// Pads `sign` + `body` to the width: `=` (and `0`) pads between them.
fn pad(sign: &str, body: &str, s: &Spec, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    let (fill, align) = match (s.fill, s.align, s.zero) {
        (f, Some(a), _) => (f.unwrap_or(' '), a),
        (None, None, true) => ('0', '='),
        _ => (' ', default_align),
    };
    if len >= s.width {
        return format!("{sign}{body}");
    }
    let n = s.width - len;
    let fills = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", fills(n)),
        '^' => format!("{}{sign}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{sign}{}{body}", fills(n)),
        _ => format!("{}{sign}{body}", fills(n)),
    }
}

fn sign_of(negative: bool, s: &Spec) -> &'static str {
    match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Inserts `sep` every three digits of the integer part of `digits`.
fn group(digits: &str, sep: Option<char>, every: usize) -> String {
    let Some(sep) = sep else {
        return digits.to_string();
    };
    let (int_part, rest) = match digits.find(|c: char| !c.is_ascii_alphanumeric()) {
        Some(i) => digits.split_at(i),
        None => (digits, ""),
    };
    let n = int_part.len();
    let mut out = String::new();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out + rest
}

fn format_int(py: Py<'_>, i: &num_bigint::BigInt, s: &Spec) -> PyResult<String> {
    use num_traits::Signed;
    if s.precision.is_some() {
        return Err(py.value_error("Precision not allowed in integer format specifier".to_string()));
    }
    let mag = i.abs();
    let (digits, prefix) = match s.ty {
        None | Some('d') | Some('n') => (mag.to_str_radix(10), ""),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('c') => {
            let c = num_traits::ToPrimitive::to_u32(i).and_then(char::from_u32);
            let c = c.ok_or_else(|| py.overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad("", &c.to_string(), s, '<'));
        }
        Some(t) => {
            return Err(py.value_error(format!(
                "Unknown format code '{t}' for object of type 'int'"
            )))
        }
    };
    let every = if matches!(s.ty, None | Some('d') | Some('n')) {
        3
    } else {
        4
    };
    let body = group(&digits, s.grouping, every);
    let sign = format!(
        "{}{}",
        sign_of(i.is_negative(), s),
        if s.alt { prefix } else { "" }
    );
    Ok(pad(&sign, &body, s, '>'))
}

/// `x` in exponent notation with `p` digits after the point: `1.50e+02`.
fn exp_form(x: f64, p: usize, upper: bool) -> String {
    let t = format!("{:.*e}", p, x);
    let (mant, exp) = t.split_once('e').unwrap_or((&t, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let s = format!(
        "{mant}{}{}{:02}",
        if upper { 'E' } else { 'e' },
        if e < 0 { '-' } else { '+' },
        e.abs()
    );
    s
}

fn strip_zeros(s: &str) -> String {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => s.split_at(i),
        None => (s, ""),
    };
    let mant = if mant.contains('.') {
        mant.trim_end_matches('0').trim_end_matches('.')
    } else {
        mant
    };
    format!("{mant}{exp}")
}

/// The `g` presentation: fixed or exponent form with `p` significant digits.
fn general(x: f64, p: usize, upper: bool, alt: bool) -> String {
    let p = p.max(1);
    let e: i32 = exp_form(x, p - 1, false)
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let s = if -4 <= e && e < p as i32 {
        format!("{:.*}", (p as i32 - 1 - e).max(0) as usize, x)
    } else {
        exp_form(x, p - 1, upper)
    };
    if alt {
        s
    } else {
        strip_zeros(&s)
    }
}

fn format_float(py: Py<'_>, x: f64, s: &Spec) -> PyResult<String> {
    let upper = matches!(s.ty, Some('E' | 'F' | 'G'));
    let body = if !x.is_finite() {
        let t = if x.is_nan() { "nan" } else { "inf" };
        if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        }
    } else {
        let a = x.abs();
        match s.ty {
            Some('f' | 'F') => format!("{:.*}", s.precision.unwrap_or(6), a),
            Some('e' | 'E') => exp_form(a, s.precision.unwrap_or(6), upper),
            Some('g' | 'G') => general(a, s.precision.unwrap_or(6), upper, s.alt),
            Some('%') => format!("{:.*}%", s.precision.unwrap_or(6), a * 100.0),
            None | Some('n') => match s.precision {
                None => crate::repr::float_repr(a),
                Some(p) => {
                    let g = general(a, p, false, s.alt);
                    if g.contains(['.', 'e', 'n', 'i']) {
                        g
                    } else {
                        format!("{g}.0")
                    }
                }
            },
            Some(t) => {
                return Err(py.value_error(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                )))
            }
        }
    };
    let body = group(&body, s.grouping, 3);
    let neg = x.is_sign_negative() && !x.is_nan();
    Ok(pad(sign_of(neg, s), &body, s, '>'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_mini_language() {
        let s = parse("*^+#012,.3f").expect("valid");
        assert_eq!(
            (s.fill, s.align, s.sign, s.alt, s.zero),
            (Some('*'), Some('^'), Some('+'), true, true)
        );
        assert_eq!(
            (s.width, s.grouping, s.precision, s.ty),
            (12, Some(','), Some(3), Some('f'))
        );
        assert!(parse(".f").is_none());
    }

    #[test]
    fn general_format_matches_python() {
        // python3: format(1234567.0, 'g'), format(0.0001, 'g'), format(1e-5, 'g'), format(100.0, '.2g')
        assert_eq!(general(1234567.0, 6, false, false), "1.23457e+06");
        assert_eq!(general(0.0001, 6, false, false), "0.0001");
        assert_eq!(general(1e-5, 6, false, false), "1e-05");
        assert_eq!(general(100.0, 2, false, false), "1e+02");
        assert_eq!(exp_form(150.0, 2, false), "1.50e+02");
    }
}
