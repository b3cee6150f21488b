//! `format(value, spec)`: the format specification mini-language for str,
//! int and float (f-strings' `{x:>8.2f}`), as CPython's `formatter_unicode.c`.

use crate::object::complex::Complex;
use crate::object::{self as obj, float, int, str::as_str, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// CPython's default `sys.get_int_max_str_digits()`: longer decimal
/// conversions of ints raise ValueError.
pub const MAX_STR_DIGITS: usize = 4300;

thread_local! {
    /// `sys.set_int_max_str_digits`'s current value; 0 means no limit.
    static INT_MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(MAX_STR_DIGITS) };
}

/// The current `sys.get_int_max_str_digits()` (0: unlimited).
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.with(|c| c.get())
}

pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.with(|c| c.set(n));
}

/// Whether `digits` decimal digits exceed the current limit.
pub fn exceeds_str_digits(digits: usize) -> bool {
    let limit = int_max_str_digits();
    limit != 0 && digits > limit
}

/// CPython's ValueError for a conversion past the limit; `parsed` is the
/// digit count of a parsed string (int -> str conversions do not say it).
pub fn str_digits_error(py: Py<'_>, parsed: Option<usize>) -> obj::PyErr {
    let limit = int_max_str_digits();
    let has = parsed.map_or(String::new(), |n| format!(": value has {n} digits"));
    py.value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion{has}; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

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
    /// `z`: a negative zero after rounding prints as zero.
    coerce_zero: bool,
}

/// Why a format spec does not parse, for CPython's messages.
#[derive(Debug, PartialEq)]
enum SpecError {
    /// Characters left over after the type.
    Invalid,
    MissingPrecision,
    /// Two grouping characters: the same one twice, or both kinds.
    Grouping(char, char),
}

fn parse(spec: &str) -> Result<Spec, SpecError> {
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
    if cs.get(i) == Some(&'z') {
        s.coerce_zero = true;
        i += 1;
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
    s.width = if start == i {
        0
    } else {
        // Too many digits: reported by the caller.
        cs[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .unwrap_or(usize::MAX)
    };
    if let Some(&c) = cs.get(i) {
        if c == ',' || c == '_' {
            s.grouping = Some(c);
            i += 1;
            if let Some(&d @ (',' | '_')) = cs.get(i) {
                return Err(SpecError::Grouping(c, d));
            }
        }
    }
    if cs.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        while cs.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if start == i {
            return Err(SpecError::MissingPrecision);
        }
        s.precision = Some(
            cs[start..i]
                .iter()
                .collect::<String>()
                .parse()
                .unwrap_or(usize::MAX),
        );
    }
    if cs.len() - i > 1 {
        return Err(SpecError::Invalid);
    }
    s.ty = cs.get(i).copied();
    Ok(s)
}

/// A format code in an error message: itself when printable ASCII, else
/// `\x..` as CPython writes it.
fn code_repr(c: char) -> String {
    if c > ' ' && c < '\x7f' {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// FORMAT_VALUE's formatting step: `format(v, spec)` as a str, with no
/// intermediate text for the commonest case, a small int without a spec.
pub fn format_value(py: Py<'_>, v: &Value, spec: &str) -> PyResult<Value> {
    if let (Some(i), true) = (v.as_int(), spec.is_empty()) {
        return Ok(crate::object::str::int_text(py, i));
    }
    Ok(py.new_string(format(py, v, spec)?, None))
}

pub fn format(py: Py<'_>, v: &Value, spec: &str) -> PyResult<String> {
    if let Some(r) = crate::builtins::classes::format_hook(py, v, spec)? {
        return Ok(r);
    }
    format_builtin(py, v, spec)
}

/// `format(v, spec)` by the builtin rules of v's base type (int, float, complex,
/// str), never looking for a Python `__format__`: `int.__format__(sub, spec)`.
pub fn format_builtin(py: Py<'_>, v: &Value, spec: &str) -> PyResult<String> {
    let is_num = int::int_ref(py, v).is_some()
        || v.downcast::<float::Float>().is_some()
        || v.downcast::<Complex>().is_some();
    if spec.is_empty() && !is_num {
        return obj::str(py, v);
    }
    if as_str(v).is_none() && !is_num {
        if spec.is_empty() {
            return obj::str(py, v);
        }
        return Err(py.type_error(format!(
            "unsupported format string passed to {}.__format__",
            py.type_name(v)
        )));
    }
    let s = match parse(spec) {
        Ok(s) => s,
        Err(SpecError::Invalid) => {
            return Err(py.value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{}'",
                py.type_name(v)
            )))
        }
        Err(SpecError::MissingPrecision) => {
            return Err(py.value_error("Format specifier missing precision".to_string()))
        }
        Err(SpecError::Grouping(a, b)) if a == b => {
            return Err(py.value_error(format!("Cannot specify '{a}' with '{b}'.")))
        }
        Err(SpecError::Grouping(..)) => {
            return Err(py.value_error("Cannot specify both ',' and '_'.".to_string()))
        }
    };
    if s.width == usize::MAX || s.precision == Some(usize::MAX) {
        return Err(py.value_error("Too many decimal digits in format string".to_string()));
    }
    crate::object::text_args::check_size(py, s.width as u128 * 4)?;
    if matches!(s.ty, Some('f' | 'F' | '%' | 'e' | 'E' | 'g' | 'G') | None) {
        crate::object::text_args::check_size(py, s.precision.unwrap_or(0) as u128)?;
    }
    // A str's presentation type defaults to 's', which takes no grouping.
    let default_ty = as_str(v).map(|_| 's');
    if let (Some(g), Some(t)) = (s.grouping, s.ty.or(default_ty)) {
        if !matches!(
            t,
            'd' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'b' | 'o' | 'x' | 'X'
        ) {
            return Err(py.value_error(format!("Cannot specify '{g}' with '{t}'.")));
        }
        if g == ',' && matches!(t, 'b' | 'o' | 'x' | 'X') {
            return Err(py.value_error(format!("Cannot specify ',' with '{t}'.")));
        }
    }
    if let Some(text) = as_str(v) {
        return format_str(py, text, &s);
    }
    if let Some(c) = v.downcast::<Complex>() {
        return format_complex(py, c.re, c.im, &s);
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
        if s.coerce_zero {
            return Err(py.value_error(
                "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
            ));
        }
        // bool formats as an int only with a spec; `format(True, "")` is 'True'.
        if spec.is_empty() {
            return obj::str(py, v);
        }
        return format_int(py, &i.to_big(), &s, &py.type_name(v));
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
            code_repr(s.ty.unwrap_or('?'))
        )));
    }
    if s.sign.is_some() {
        return Err(py.value_error("Sign not allowed in string format specifier".to_string()));
    }
    if s.coerce_zero {
        return Err(py.value_error(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        ));
    }
    if s.alt {
        return Err(
            py.value_error("Alternate form (#) not allowed in string format specifier".to_string())
        );
    }
    if s.align == Some('=') {
        return Err(
            py.value_error("'=' alignment not allowed in string format specifier".to_string())
        );
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad("", &body, s, '<'))
}

/// Pads `sign` + `body` to the width: `=` (and `0` on numbers) pads
/// between them. Strings (`default_align` '<') take `0` as a fill only.
fn pad(sign: &str, body: &str, s: &Spec, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    let (fill, align) = match (s.fill, s.align, s.zero) {
        (Some(f), Some(a), _) => (f, a),
        (None, Some(a), true) => ('0', a),
        (None, Some(a), false) => (' ', a),
        (_, None, true) if default_align == '<' => ('0', '<'),
        (_, None, true) => ('0', '='),
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

/// Splits a number's text into its integer digits and the rest (point,
/// fraction, exponent). Decimal numbers (`every` 3) stop at the first
/// non-digit; hex, octal and binary ints (`every` 4) are all digits.
fn split_int(body: &str, every: usize) -> (&str, &str) {
    let end = if every == 3 {
        body.find(|c: char| !c.is_ascii_digit())
    } else {
        body.find(|c: char| !c.is_ascii_alphanumeric())
    };
    body.split_at(end.unwrap_or(body.len()))
}

/// Inserts `sep` every `every` digits of the integer part of `digits`.
fn group(digits: &str, sep: Option<char>, every: usize) -> String {
    let Some(sep) = sep else {
        return digits.to_string();
    };
    let (int_part, rest) = split_int(digits, every);
    let n = int_part.len();
    let mut out = String::with_capacity(n + n / every + rest.len());
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out + rest
}

/// Zero padding with grouping: CPython fills with grouped zeros so the
/// separators continue into the padding (never starting with a separator).
fn zero_grouped(body: &str, sign: &str, s: &Spec, every: usize) -> Option<String> {
    let sep = s.grouping?;
    if !(s.zero && s.fill.is_none() && matches!(s.align, None | Some('='))) {
        return None;
    }
    let (int_part, rest) = split_int(body, every);
    let want = s
        .width
        .saturating_sub(sign.chars().count() + rest.chars().count());
    // The fewest digits d whose grouped form (d + (d-1)/every) reaches `want`.
    let grouped_len = |d: usize| d + d.saturating_sub(1) / every;
    let mut d = int_part.len();
    if grouped_len(d) < want {
        d = (want * every / (every + 1)).max(d);
        while d > int_part.len() && grouped_len(d - 1) >= want {
            d -= 1;
        }
        while grouped_len(d) < want {
            d += 1;
        }
    }
    let padded = format!("{}{int_part}", "0".repeat(d - int_part.len()));
    Some(format!("{sign}{}{rest}", group(&padded, Some(sep), every)))
}

fn format_int(py: Py<'_>, i: &num_bigint::BigInt, s: &Spec, tname: &str) -> PyResult<String> {
    use num_traits::Signed;
    // An unknown presentation type is reported before a precision is.
    if let Some(t) =
        s.ty.filter(|t| !matches!(t, 'd' | 'n' | 'x' | 'X' | 'o' | 'b' | 'c'))
    {
        return Err(py.value_error(format!(
            "Unknown format code '{}' for object of type '{tname}'",
            code_repr(t)
        )));
    }
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
            if s.sign.is_some() {
                return Err(py.value_error(
                    "Sign not allowed with integer format specifier 'c'".to_string(),
                ));
            }
            if s.alt {
                return Err(py.value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
                ));
            }
            if num_traits::ToPrimitive::to_i64(i).is_none() {
                return Err(py.overflow_error("Python int too large to convert to C long"));
            }
            let c = num_traits::ToPrimitive::to_u32(i).and_then(char::from_u32);
            let c = c.ok_or_else(|| py.overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad("", &c.to_string(), s, '>'));
        }
        Some(t) => {
            return Err(py.value_error(format!(
                "Unknown format code '{}' for object of type '{tname}'",
                code_repr(t)
            )))
        }
    };
    if matches!(s.ty, None | Some('d') | Some('n')) && exceeds_str_digits(digits.len()) {
        return Err(str_digits_error(py, None));
    }
    let every = if matches!(s.ty, None | Some('d') | Some('n')) {
        3
    } else {
        4
    };
    let sign = format!(
        "{}{}",
        sign_of(i.is_negative(), s),
        if s.alt { prefix } else { "" }
    );
    if let Some(z) = zero_grouped(&digits, &sign, s, every) {
        return Ok(z);
    }
    let body = group(&digits, s.grouping, every);
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
        add_point(s)
    } else {
        strip_zeros(&s)
    }
}

/// The alternate form: a decimal point even with no digits after it.
fn add_point(s: String) -> String {
    if s.contains('.') {
        return s;
    }
    match s.find(['e', 'E']) {
        Some(i) => format!("{}.{}", &s[..i], &s[i..]),
        None => format!("{s}."),
    }
}

/// A float presentation: type (`r` for repr), precision, alternate form.
pub struct FloatSpec {
    pub ty: char,
    pub precision: Option<usize>,
    pub alt: bool,
}

/// The digits of `a` (not negative) in a float presentation, no sign.
pub fn float_body(a: f64, f: &FloatSpec) -> String {
    let upper = f.ty.is_ascii_uppercase();
    if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        let t = if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
        return if f.ty == '%' { t + "%" } else { t };
    }
    let p = f.precision.unwrap_or(6);
    match f.ty {
        'f' | 'F' => {
            let s = format!("{:.*}", p, a);
            if f.alt {
                add_point(s)
            } else {
                s
            }
        }
        'e' | 'E' => {
            let s = exp_form(a, p, upper);
            if f.alt {
                add_point(s)
            } else {
                s
            }
        }
        'g' | 'G' => general(a, p, upper, f.alt),
        '%' => {
            let s = format!("{:.*}", p, a * 100.0);
            format!("{}%", if f.alt { add_point(s) } else { s })
        }
        // No type: repr, or with a precision `g` that keeps a `.0`.
        _ => match f.precision {
            None => crate::repr::float_repr(a),
            Some(p) => {
                let g = general(a, p, false, f.alt);
                if g.contains(['.', 'e', 'n', 'i']) {
                    g
                } else {
                    format!("{g}.0")
                }
            }
        },
    }
}

/// Whether the text of a number is all zeros (`-0.00` after rounding).
fn is_zero_text(body: &str) -> bool {
    body.chars()
        .take_while(|c| !matches!(c, 'e' | 'E'))
        .all(|c| matches!(c, '0' | '.' | '%' | ',' | '_'))
}

fn float_type(py: Py<'_>, s: &Spec, what: &str) -> PyResult<char> {
    match s.ty {
        None => Ok('r'),
        Some('n') => Ok('g'),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => Ok(t),
        Some(t) => Err(py.value_error(format!(
            "Unknown format code '{}' for object of type '{what}'",
            code_repr(t)
        ))),
    }
}

fn format_float(py: Py<'_>, x: f64, s: &Spec) -> PyResult<String> {
    let ty = float_type(py, s, "float")?;
    let f = FloatSpec {
        ty,
        precision: s.precision,
        alt: s.alt,
    };
    let body = float_body(x.abs(), &f);
    let mut neg = x.is_sign_negative() && !x.is_nan();
    if neg && s.coerce_zero && is_zero_text(&body) {
        neg = false;
    }
    let sign = sign_of(neg, s);
    if x.is_finite() {
        if let Some(z) = zero_grouped(&body, sign, s, 3) {
            return Ok(z);
        }
    }
    let body = group(&body, s.grouping, 3);
    Ok(pad(sign, &body, s, '>'))
}

/// `format(complex, spec)`, as CPython's `format_complex_internal`.
fn format_complex(py: Py<'_>, re: f64, im: f64, s: &Spec) -> PyResult<String> {
    if s.zero || s.fill == Some('0') {
        return Err(
            py.value_error("Zero padding is not allowed in complex format specifier".to_string())
        );
    }
    if s.align == Some('=') {
        return Err(py.value_error(
            "'=' alignment flag is not allowed in complex format specifier".to_string(),
        ));
    }
    if s.ty == Some('%') {
        return Err(
            py.value_error("Unknown format code '%' for object of type 'complex'".to_string())
        );
    }
    let mut ty = float_type(py, s, "complex")?;
    let mut skip_re = false;
    let mut parens = false;
    if s.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
        if s.precision.is_some() {
            ty = 'g';
        }
    }
    let part = |x: f64| {
        let f = FloatSpec {
            ty,
            precision: s.precision,
            alt: s.alt,
        };
        let body = if ty == 'r' {
            // repr of a complex part: no `.0` on integral values.
            crate::repr::complex_repr(0.0, x.abs())
                .trim_end_matches('j')
                .to_string()
        } else {
            float_body(x.abs(), &f)
        };
        let mut neg = x.is_sign_negative() && !x.is_nan();
        if neg && s.coerce_zero && is_zero_text(&body) {
            neg = false;
        }
        (neg, group(&body, s.grouping, 3))
    };
    let mut out = String::new();
    if !skip_re {
        let (neg, body) = part(re);
        out.push_str(sign_of(neg, s));
        out.push_str(&body);
    }
    let (neg, body) = part(im);
    if skip_re {
        out.push_str(sign_of(neg, s));
    } else {
        out.push(if neg { '-' } else { '+' });
    }
    out.push_str(&body);
    out.push('j');
    if parens {
        out = format!("({out})");
    }
    Ok(pad("", &out, s, '>'))
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
        assert_eq!(parse(".f"), Err(SpecError::MissingPrecision));
        assert_eq!(parse("abc"), Err(SpecError::Invalid));
        assert_eq!(parse(",_d"), Err(SpecError::Grouping(',', '_')));
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
