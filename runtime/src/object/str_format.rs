//! printf-style `%` formatting for str and bytes, and `str.format` /
//! `str.format_map` (fields, conversions, nested specs), with CPython's
//! error messages.

use crate::object::{self as obj, bytes, float, int, str::as_str, tuple, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// The flags, width and precision of one `%` conversion.
#[derive(Default)]
struct Conv {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// Where the values of a `%` format come from.
struct Args<'a> {
    items: Vec<Value>,
    next: usize,
    /// The mapping for `%(name)s`, when the right operand is one.
    mapping: Option<&'a Value>,
    /// A single non-tuple operand (never reported as unconverted when it
    /// is a mapping or sequence).
    single: bool,
    /// A looked-up str's lone surrogates went in as stand-ins.
    stand_ins: bool,
}

impl Args<'_> {
    fn take(&mut self, py: Py<'_>) -> PyResult<Value> {
        let v =
            self.items.get(self.next).cloned().ok_or_else(|| {
                py.type_error("not enough arguments for format string".to_string())
            })?;
        self.next += 1;
        Ok(v)
    }
}

/// Pads `body` (after `sign`/prefix) to the width: left-justified with
/// `-`, zero-filled between sign and digits with `0` for numbers.
fn pad(c: &Conv, prefix: &str, body: &str, numeric: bool) -> String {
    let len = prefix.chars().count() + body.chars().count();
    let w = c.width.unwrap_or(0);
    if len >= w {
        return format!("{prefix}{body}");
    }
    let n = w - len;
    if c.left {
        format!("{prefix}{body}{}", " ".repeat(n))
    } else if c.zero && numeric {
        format!("{prefix}{}{body}", "0".repeat(n))
    } else {
        format!("{}{prefix}{body}", " ".repeat(n))
    }
}

fn sign(c: &Conv, negative: bool) -> &'static str {
    if negative {
        "-"
    } else if c.plus {
        "+"
    } else if c.space {
        " "
    } else {
        ""
    }
}

/// `%d %i %u %x %X %o` of an int value.
fn format_int_conv(py: Py<'_>, c: &Conv, conv: char, v: &Value) -> PyResult<String> {
    use num_traits::Signed;
    let hooks: &[&str] = if matches!(conv, 'd' | 'i' | 'u') {
        &["__int__", "__index__"]
    } else {
        &["__index__"]
    };
    let mut converted = None;
    if int::int_ref(py, v).is_none() && v.downcast::<float::Float>().is_none() {
        for &h in hooks {
            if let Some(r) = super::text_args::call_hook(py, v, h)? {
                converted = Some(r);
                break;
            }
        }
    }
    let v = converted.as_ref().unwrap_or(v);
    let n = if let Some(i) = int::int_ref(py, v) {
        i.to_big()
    } else if v.downcast::<float::Float>().is_some() && matches!(conv, 'd' | 'i' | 'u') {
        let f = float::as_f64(py, v)?.unwrap_or(0.0);
        if f.is_nan() {
            return Err(py.value_error("cannot convert float NaN to integer".to_string()));
        }
        if f.is_infinite() {
            return Err(py.overflow_error("cannot convert float infinity to integer"));
        }
        let iv = float::f64_to_int(py, f.trunc());
        int::int_ref(py, &iv)
            .map(|i| i.to_big())
            .unwrap_or_default()
    } else {
        return Err(py.type_error(if matches!(conv, 'd' | 'i' | 'u') {
            format!(
                "%{conv} format: a real number is required, not {}",
                py.type_name(v)
            )
        } else {
            format!(
                "%{conv} format: an integer is required, not {}",
                py.type_name(v)
            )
        }));
    };
    let mag = n.abs();
    let (mut digits, prefix) = match conv {
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'o' => (mag.to_str_radix(8), "0o"),
        _ => (mag.to_str_radix(10), ""),
    };
    if matches!(conv, 'd' | 'i' | 'u') && super::format::exceeds_str_digits(digits.len()) {
        return Err(super::format::str_digits_error(py, None));
    }
    if let Some(p) = c.prec {
        if digits.len() < p {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let pre = format!(
        "{}{}",
        sign(c, n.is_negative()),
        if c.alt { prefix } else { "" }
    );
    Ok(pad(c, &pre, &digits, true))
}

/// `%e %f %g` (and upper-case forms) of a float value.
fn format_float_conv(
    py: Py<'_>,
    c: &Conv,
    conv: char,
    v: &Value,
    bytes_mode: bool,
) -> PyResult<String> {
    let mut x = float::as_f64(py, v)?;
    for h in ["__float__", "__index__"] {
        if x.is_some() {
            break;
        }
        if let Some(r) = super::text_args::call_hook(py, v, h)? {
            x = Some(float::hook_result(py, v, h, &r)?);
        }
    }
    let Some(x) = x else {
        return Err(py.type_error(if bytes_mode {
            format!("float argument required, not {}", py.type_name(v))
        } else {
            format!("must be real number, not {}", py.type_name(v))
        }));
    };
    let spec = super::format::FloatSpec {
        ty: conv,
        precision: Some(c.prec.unwrap_or(6)),
        alt: c.alt,
    };
    let body = super::format::float_body(x.abs(), &spec);
    let neg = x.is_sign_negative() && !x.is_nan();
    Ok(pad(c, sign(c, neg), &body, x.is_finite()))
}

/// Formats `fmt % args`; `bytes_mode` follows `bytes.__mod__` (text is
/// Latin-1 there, `%s` takes bytes-like objects).
fn percent(py: Py<'_>, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<(String, bool)> {
    let is_tuple = args.downcast::<tuple::Tuple>().is_some();
    let is_text = as_str(args).is_some() || bytes::bytes_like(args).is_some();
    let mapping_like = !is_tuple && !is_text && py.type_obj(args).slots.getitem.is_some();
    let mut a = Args {
        items: match args.downcast::<tuple::Tuple>() {
            Some(t) => t.0.to_vec(),
            None => vec![args.clone()],
        },
        next: 0,
        mapping: mapping_like.then_some(args),
        single: !is_tuple,
        stand_ins: false,
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let spec_at = i;
        let mut keyed: Option<Value> = None;
        if chars.get(i) == Some(&'(') {
            let Some(m) = a.mapping else {
                return Err(py.type_error("format requires a mapping".to_string()));
            };
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(py.value_error("incomplete format key".to_string()));
            }
            let key: String = chars[start..i - 1].iter().collect();
            let key = if bytes_mode {
                bytes::new(py, key.chars().map(|c| c as u32 as u8).collect())
            } else {
                py.new_str(&key)
            };
            let v = obj::getitem(py, m, &key)?;
            // A looked-up str keeps its lone surrogates as stand-ins, which
            // `percent_str` turns back.
            keyed = Some(match super::surrogates::stand_ins_for(py, &v) {
                Some(t) if !bytes_mode => {
                    a.stand_ins = true;
                    t
                }
                _ => v,
            });
            // After a keyed value, unkeyed conversions find no arguments left.
            a.next = a.items.len();
            used_mapping = true;
        }
        let mut c = Conv::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => c.left = true,
                '+' => c.plus = true,
                ' ' => c.space = true,
                '#' => c.alt = true,
                '0' => c.zero = true,
                _ => break,
            }
            i += 1;
        }
        let number = |i: &mut usize, a: &mut Args<'_>| -> PyResult<Option<usize>> {
            if chars.get(*i) == Some(&'*') {
                *i += 1;
                let v = a.take(py)?;
                let Some(n) = int::as_index(py, &v)? else {
                    return Err(py.type_error("* wants int".to_string()));
                };
                return Ok(Some(n.max(0) as usize));
            }
            let s = *i;
            while chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
                *i += 1;
            }
            if s == *i {
                return Ok(None);
            }
            let t: String = chars[s..*i].iter().collect();
            Ok(t.parse().ok())
        };
        // `*` width may be negative: it means left alignment.
        if chars.get(i) == Some(&'*') {
            i += 1;
            let v = a.take(py)?;
            let Some(n) = int::as_index(py, &v)? else {
                return Err(py.type_error("* wants int".to_string()));
            };
            if n < 0 {
                c.left = true;
            }
            c.width = Some(n.unsigned_abs() as usize);
        } else {
            c.width = number(&mut i, &mut a)?;
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            c.prec = Some(number(&mut i, &mut a)?.unwrap_or(0));
        }
        super::text_args::check_size(
            py,
            c.width.unwrap_or(0) as u128 * 4 + c.prec.unwrap_or(0) as u128,
        )?;
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(py.value_error("incomplete format".to_string()));
        };
        let at = i;
        i += 1;
        if conv == '%' && at == spec_at {
            out.push('%');
            continue;
        }
        let v = match keyed.take() {
            Some(v) => v,
            None => a.take(py)?,
        };
        // Bytes formatting reports `%i` and `%u` as `%d`.
        let conv = if bytes_mode && matches!(conv, 'i' | 'u') {
            'd'
        } else {
            conv
        };
        let piece = match conv {
            's' | 'b' if bytes_mode => {
                let via_dunder = match super::text_args::call_hook(py, &v, "__bytes__")? {
                    Some(r) if bytes::as_bytes(&r).is_some() => Some(r),
                    Some(r) => {
                        return Err(py.type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            py.type_name(&r)
                        )))
                    }
                    None => None,
                };
                let Some(b) = bytes::bytes_like(via_dunder.as_ref().unwrap_or(&v)) else {
                    return Err(py.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        py.type_name(&v)
                    )));
                };
                let mut t: String = b.iter().map(|&x| x as char).collect();
                if let Some(p) = c.prec {
                    t = t.chars().take(p).collect();
                }
                pad(&c, "", &t, false)
            }
            's' | 'r' | 'a' => {
                let mut t = match conv {
                    's' => obj::str(py, &v)?,
                    'r' if !bytes_mode => obj::repr(py, &v)?,
                    _ => crate::builtins::ascii_of(&obj::repr(py, &v)?),
                };
                if let Some(p) = c.prec {
                    t = t.chars().take(p).collect();
                }
                pad(&c, "", &t, false)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => format_int_conv(py, &c, conv, &v)?,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => format_float_conv(py, &c, conv, &v, bytes_mode)?,
            'c' => {
                let ch = if let Some(s) = as_str(&v).filter(|_| !bytes_mode) {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(ch), None) => ch,
                        _ => {
                            return Err(py.type_error("%c requires int or char".to_string()));
                        }
                    }
                } else if let Some(b) = bytes::bytes_like(&v).filter(|_| bytes_mode) {
                    match b.as_slice() {
                        [x] => *x as char,
                        _ => {
                            return Err(py.type_error(
                                "%c requires an integer in range(256) or a single byte".to_string(),
                            ))
                        }
                    }
                } else if let Some(n) = int::int_ref(py, &v)
                    .map(|i| num_traits::ToPrimitive::to_i64(&i.to_big()).unwrap_or(i64::MAX))
                {
                    let limit = if bytes_mode { 0x100 } else { 0x110000 };
                    match u32::try_from(n)
                        .ok()
                        .filter(|&n| n < limit)
                        .and_then(char::from_u32)
                    {
                        Some(ch) => ch,
                        None if bytes_mode => {
                            return Err(py.overflow_error("%c arg not in range(256)"))
                        }
                        None => return Err(py.overflow_error("%c arg not in range(0x110000)")),
                    }
                } else {
                    return Err(py.type_error(if bytes_mode {
                        "%c requires an integer in range(256) or a single byte".to_string()
                    } else {
                        "%c requires int or char".to_string()
                    }));
                };
                pad(&c, "", &ch.to_string(), false)
            }
            other => {
                let shown = if bytes_mode || (' '..='~').contains(&other) {
                    other
                } else {
                    '?'
                };
                return Err(py.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {at}",
                    shown, other as u32
                )));
            }
        };
        out.push_str(&piece);
    }
    if a.next < a.items.len() && !used_mapping && !(a.single && a.mapping.is_some()) {
        return Err(
            py.type_error("not all arguments converted during string formatting".to_string())
        );
    }
    Ok((out, a.stand_ins))
}

/// `str % args`.
pub fn percent_str(py: Py<'_>, fmt: &str, args: &Value) -> PyResult<Value> {
    match percent(py, fmt, args, false)? {
        (out, true) => Ok(super::surrogates::from_stand_ins(
            py,
            py.new_string(out, None),
        )),
        (out, false) => Ok(py.new_str(&out)),
    }
}

/// `bytes % args`.
pub fn percent_bytes(py: Py<'_>, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let (out, _) = percent(py, &text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

// ---- str.format ----

/// Where `{name}` fields look their values up.
pub enum Named<'a> {
    /// Keyword arguments: names and values.
    Kw(&'a [Value], &'a [Value]),
    /// `format_map`'s mapping.
    Map(&'a Value),
}

struct Formatter<'a> {
    pos: &'a [Value],
    named: Named<'a>,
    /// The next automatic field number; `None` once manual numbering is used.
    auto: Option<usize>,
    manual: bool,
    /// A looked-up str's lone surrogates went in as stand-ins.
    stand_ins: bool,
}

impl Formatter<'_> {
    fn positional(&mut self, py: Py<'_>, i: usize) -> PyResult<Value> {
        if matches!(self.named, Named::Map(_)) {
            return Err(py.value_error("Format string contains positional fields".to_string()));
        }
        self.pos.get(i).cloned().ok_or_else(|| {
            py.index_error(&format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })
    }

    fn named(&self, py: Py<'_>, name: &str) -> PyResult<Value> {
        match &self.named {
            Named::Kw(names, vals) => {
                let found = names.iter().position(|k| as_str(k) == Some(name));
                match found.and_then(|i| vals.get(i)) {
                    Some(v) => Ok(v.clone()),
                    None => Err(py.key_error(py.new_str(name))),
                }
            }
            Named::Map(m) => obj::getitem(py, m, &py.new_str(name)),
        }
    }

    /// The value a field name (`0`, `name`, `0.attr[key]`, empty) selects.
    fn field(&mut self, py: Py<'_>, name: &str) -> PyResult<Value> {
        let end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(end);
        let mut v = if first.is_empty() {
            if self.manual {
                return Err(py.value_error(
                    "cannot switch from manual field specification to automatic field numbering"
                        .to_string(),
                ));
            }
            let i = self.auto.unwrap_or(0);
            self.auto = Some(i + 1);
            self.positional(py, i)?
        } else if let Ok(i) = first.parse::<usize>() {
            if self.auto.is_some() {
                return Err(py.value_error(
                    "cannot switch from automatic field numbering to manual field specification"
                        .to_string(),
                ));
            }
            self.manual = true;
            self.positional(py, i)?
        } else {
            self.named(py, first)?
        };
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let e = r.find(['.', '[']).unwrap_or(r.len());
                if e == 0 {
                    return Err(py.value_error("Empty attribute in format string".to_string()));
                }
                v = obj::getattr(py, &v, &r[..e])?;
                rest = &r[e..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(e) = r.find(']') else {
                    return Err(py.value_error("Missing ']' in format string".to_string()));
                };
                let key = &r[..e];
                if key.is_empty() {
                    return Err(py.value_error("Empty attribute in format string".to_string()));
                }
                let k = match key.parse::<i64>() {
                    Ok(i) if key.bytes().all(|b| b.is_ascii_digit()) => int::new_i64(py, i),
                    _ => py.new_str(key),
                };
                v = obj::getitem(py, &v, &k)?;
                rest = &r[e + 1..];
            } else {
                return Err(py.value_error(
                    "Only '.' or '[' may follow ']' in format field specifier".to_string(),
                ));
            }
        }
        // Values the arguments did not hold as such (a mapping's, an
        // item's, an attribute's) may hold lone surrogates: as stand-ins.
        if let Some(t) = super::surrogates::stand_ins_for(py, &v) {
            self.stand_ins = true;
            return Ok(t);
        }
        Ok(v)
    }

    fn render(&mut self, py: Py<'_>, text: &str, depth: usize) -> PyResult<String> {
        if depth >= 2 {
            return Err(py.value_error("Max string recursion exceeded".to_string()));
        }
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(py.value_error("Single '}' encountered in format string".to_string()));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nested fields in the spec.
            let start = i + 1;
            let mut nest = 1;
            let mut j = start;
            let mut in_bracket = false;
            let mut in_name = true;
            while j < chars.len() {
                match chars[j] {
                    // Braces inside an index of the field name are plain text.
                    '[' if in_name => in_bracket = true,
                    ']' if in_name => in_bracket = false,
                    '!' | ':' if in_name && !in_bracket => in_name = false,
                    _ if in_bracket => {}
                    '{' => nest += 1,
                    '}' => {
                        nest -= 1;
                        if nest == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                let rest: String = chars[start..].iter().collect();
                return Err(py.value_error(if rest.is_empty() {
                    "Single '{' encountered in format string".to_string()
                } else if rest.contains('!') {
                    "unmatched '{' in format spec".to_string()
                } else {
                    "expected '}' before end of string".to_string()
                }));
            }
            let field: String = chars[start..j].iter().collect();
            i = j + 1;
            // The field name ends at the first '!' or ':' outside brackets.
            let mut in_bracket = false;
            let mut cut = field.len();
            for (k, ch) in field.char_indices() {
                match ch {
                    '[' => in_bracket = true,
                    ']' => in_bracket = false,
                    '!' | ':' if !in_bracket => {
                        cut = k;
                        break;
                    }
                    _ => {}
                }
            }
            let name = &field[..cut];
            let after = &field[cut..];
            let (conv, spec) = if let Some(r) = after.strip_prefix('!') {
                let mut it = r.chars();
                let conv = it.next();
                let rest = it.as_str();
                let spec = match rest.strip_prefix(':') {
                    Some(s) => s,
                    None if rest.is_empty() => "",
                    None => {
                        return Err(
                            py.value_error("expected ':' after conversion specifier".to_string())
                        )
                    }
                };
                (conv, spec)
            } else {
                (None, after.strip_prefix(':').unwrap_or(""))
            };
            // The whole field parses before its value is looked up.
            if conv.is_none() && after.starts_with('!') {
                return Err(py.value_error("unmatched '{' in format spec".to_string()));
            }
            let value = self.field(py, name)?;
            let value = match conv {
                None => value,
                Some('r') => py.new_str(&obj::repr(py, &value)?),
                Some('s') => py.new_str(&obj::str(py, &value)?),
                Some('a') => py.new_str(&crate::builtins::ascii_of(&obj::repr(py, &value)?)),
                Some(other) => {
                    return Err(py.value_error(format!("Unknown conversion specifier {other}")))
                }
            };
            let spec = if spec.contains('{') {
                self.render(py, spec, depth + 1)?
            } else {
                spec.to_string()
            };
            out.push_str(&super::format::format(py, &value, &spec)?);
        }
        Ok(out)
    }
}

/// `text.format(*pos, **named)` or `text.format_map(mapping)`.
pub fn format_fields(py: Py<'_>, text: &str, pos: &[Value], named: Named<'_>) -> PyResult<Value> {
    let mut f = Formatter {
        pos,
        named,
        auto: None,
        manual: false,
        stand_ins: false,
    };
    let out = f.render(py, text, 0)?;
    Ok(match f.stand_ins {
        true => super::surrogates::from_stand_ins(py, py.new_string(out, None)),
        false => py.new_str(&out),
    })
}
