//! `str`: immutable UTF-8 text with its length in characters and its hash
//! cached.
//!
//! **Invariant:** `chars == s.chars().count()`; when `chars == s.len()` the
//! text is ASCII and indexing is O(1) byte indexing.

use std::cell::Cell;
use std::hash::Hasher;

use crate::ast::{Cmpop, Operator};
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{self as obj, int, list, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct Str {
    pub s: String,
    pub chars: usize,
    hash: Cell<Option<i64>>,
}
impl Payload for Str {}

impl Str {
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The character at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<&str> {
        if self.is_ascii() {
            return self.s.get(i..i + 1);
        }
        let (start, c) = self.s.char_indices().nth(i)?;
        self.s.get(start..start + c.len_utf8())
    }
}

impl<'py> Py<'py> {
    pub fn new_str(self, s: &str) -> Value {
        self.alloc(
            &self.types.str,
            Str {
                s: s.to_string(),
                chars: s.chars().count(),
                hash: Cell::new(None),
            },
        )
    }
}

/// The text of a str value.
pub fn as_str(v: &Value) -> Option<&str> {
    v.downcast::<Str>().map(|s| s.s.as_str())
}

fn this(v: &Value) -> &str {
    as_str(v).unwrap_or("")
}

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    Ok(crate::repr::str_repr(this(v)))
}

fn str_(_py: Py<'_>, v: &Value) -> PyResult<String> {
    Ok(this(v).to_string())
}

fn hash(_py: Py<'_>, v: &Value) -> PyResult<i64> {
    let Some(s) = v.downcast::<Str>() else {
        return Ok(0);
    };
    if let Some(h) = s.hash.get() {
        return Ok(h);
    }
    // CPython with PYTHONHASHSEED=0: SipHash-1-3 with a zero key over the
    // text in its fixed-width form (1, 2 or 4 bytes per character,
    // little-endian); the empty string hashes to 0.
    if s.s.is_empty() {
        s.hash.set(Some(0));
        return Ok(0);
    }
    let widest = s.s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut bytes = Vec::with_capacity(s.s.len() * 2);
    for c in s.s.chars() {
        let c = c as u32;
        match widest {
            0..=0xff => bytes.push(c as u8),
            0x100..=0xffff => bytes.extend_from_slice(&(c as u16).to_le_bytes()),
            _ => bytes.extend_from_slice(&c.to_le_bytes()),
        }
    }
    // `DefaultHasher::new()` is SipHash-1-3 with a zero key (unspecified by
    // std, so the test below pins it against CPython's values).
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    hasher.write(&bytes);
    let mut h = hasher.finish() as i64;
    if h == -1 {
        h = -2;
    }
    s.hash.set(Some(h));
    Ok(h)
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_str(a), as_str(b)) else {
        return Ok(None);
    };
    // UTF-8 byte order is code point order.
    Ok(int::cmp_result(py, x.cmp(y), op))
}

fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    match (op, as_str(a), as_str(b)) {
        (Operator::Add, Some(x), Some(y)) => Ok(Some(py.new_str(&[x, y].concat()))),
        (Operator::Add, Some(_), None) => Err(py.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            py.type_name(b)
        ))),
        (Operator::Mult, Some(x), None) => repeat(py, x, b),
        (Operator::Mod, Some(x), _) => super::str_format::percent_str(py, x, b).map(Some),
        (Operator::Mult, None, Some(y)) => repeat(py, y, a),
        _ => Ok(None),
    }
}

fn repeat(py: Py<'_>, s: &str, n: &Value) -> PyResult<Option<Value>> {
    let Some(n) = int::as_index(py, n)? else {
        return Ok(None);
    };
    Ok(Some(py.new_str(&s.repeat(n.max(0) as usize))))
}

fn len(_py: Py<'_>, v: &Value) -> PyResult<usize> {
    Ok(v.downcast::<Str>().map_or(0, |s| s.chars))
}

fn contains(py: Py<'_>, v: &Value, item: &Value) -> PyResult<bool> {
    match as_str(item) {
        Some(x) => Ok(this(v).contains(x)),
        None => Err(py.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            py.type_name(item)
        ))),
    }
}

fn getitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<Value> {
    let Some(s) = v.downcast::<Str>() else {
        return Err(py.system_error("str getitem"));
    };
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        let chars: Vec<char> = s.s.chars().collect();
        let idx = sl.indices(py, chars.len())?;
        let out: String = idx.into_iter().map(|i| chars[i]).collect();
        return Ok(py.new_str(&out));
    }
    match obj::seq_index(py, key, s.chars, "string")? {
        Some(i) => Ok(py.new_str(s.char_at(i).unwrap_or(""))),
        None => Err(py.type_error(format!(
            "string indices must be integers, not '{}'",
            py.type_name(key)
        ))),
    }
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(super::iter::SeqIter::new_value(
        py,
        &py.types.str_iterator,
        v.clone(),
    ))
}

/// `str(x)`.
fn new(py: Py<'_>, _ty: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [] => Ok(py.new_str("")),
        [x] => {
            if x.downcast::<Str>().is_some() {
                return Ok(x.clone());
            }
            Ok(py.new_str(&obj::str(py, x)?))
        }
        _ => Err(py.type_error(
            "str() takes at most 1 argument with the encoding form not supported yet".to_string(),
        )),
    }
}

/// The receiver and the positional arguments of a str method, checked.
fn args_of<'a>(
    py: Py<'_>,
    name: &str,
    args: &'a [Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<(&'a str, &'a [Value])> {
    let Some((s, rest)) = args.split_first() else {
        return Err(py.type_error(format!(
            "descriptor '{name}' of 'str' object needs an argument"
        )));
    };
    let Some(s) = as_str(s) else {
        return Err(py.type_error(format!(
            "descriptor '{name}' requires a 'str' object but received a '{}'",
            py.type_name(s)
        )));
    };
    if !kw.is_empty() {
        return Err(py.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    if rest.len() < min || rest.len() > max {
        return Err(py.type_error(if min == max {
            format!(
                "str.{name}() takes exactly {} argument{} ({} given)",
                min,
                if min == 1 { "" } else { "s" },
                rest.len()
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                rest.len()
            )
        }));
    }
    Ok((s, rest))
}

fn str_arg<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| py.type_error(format!("must be str, not {}", py.type_name(v))))
}

fn join(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sep, rest) = args_of(py, "join", args, kw, 1, 1)?;
    let items = obj::collect(py, &rest[0])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let Some(t) = as_str(item) else {
            return Err(py.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                py.type_name(item)
            )));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(t);
    }
    Ok(py.new_str(&out))
}

fn split(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = args_of(py, "split", args, kw, 0, 2)?;
    let sep = match rest.first() {
        Some(v) if !v.is(&py.none) => Some(str_arg(py, v)?),
        _ => None,
    };
    let max = match rest.get(1) {
        Some(v) => int::as_index(py, v)?.unwrap_or(-1),
        None => -1,
    };
    let parts: Vec<&str> = match sep {
        Some("") => return Err(py.value_error("empty separator".to_string())),
        Some(sep) if max < 0 => s.split(sep).collect(),
        Some(sep) => s.splitn(max as usize + 1, sep).collect(),
        None => split_whitespace(s, max),
    };
    let items = parts.into_iter().map(|p| py.new_str(p)).collect();
    Ok(list::new(py, items))
}

/// `str.split()` without a separator: runs of whitespace, at most `max` splits.
fn split_whitespace(s: &str, max: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest);
            break;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start();
    }
    out
}

fn strip_with(
    py: Py<'_>,
    args: &[Value],
    kw: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (s, rest) = args_of(py, name, args, kw, 0, 1)?;
    let chars: Option<Vec<char>> = match rest.first() {
        Some(v) if !v.is(&py.none) => Some(str_arg(py, v)?.chars().collect()),
        _ => None,
    };
    let pred = |c: char| {
        chars
            .as_ref()
            .map_or(c.is_whitespace(), |cs| cs.contains(&c))
    };
    let mut t = s;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    Ok(py.new_str(t))
}

fn strip(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(py, args, kw, "strip", true, true)
}
fn lstrip(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(py, args, kw, "lstrip", true, false)
}
fn rstrip(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(py, args, kw, "rstrip", false, true)
}

fn upper(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = args_of(py, "upper", args, kw, 0, 0)?;
    Ok(py.new_str(&s.to_uppercase()))
}

fn lower(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = args_of(py, "lower", args, kw, 0, 0)?;
    Ok(py.new_str(&s.to_lowercase()))
}

fn replace(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = args_of(py, "replace", args, kw, 2, 3)?;
    let (old, new) = (str_arg(py, &rest[0])?, str_arg(py, &rest[1])?);
    let count = match rest.get(2) {
        Some(v) => int::as_index(py, v)?.unwrap_or(-1),
        None => -1,
    };
    Ok(py.new_str(&if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }))
}

fn startswith(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = args_of(py, "startswith", args, kw, 1, 1)?;
    affix(py, &rest[0], "startswith", |p| s.starts_with(p))
}

fn endswith(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = args_of(py, "endswith", args, kw, 1, 1)?;
    affix(py, &rest[0], "endswith", |p| s.ends_with(p))
}

/// `startswith`/`endswith` with a str or a tuple of strs.
fn affix(py: Py<'_>, arg: &Value, name: &str, test: impl Fn(&str) -> bool) -> PyResult<Value> {
    if let Some(p) = as_str(arg) {
        return Ok(py.bool(test(p)));
    }
    if let Some(t) = arg.downcast::<super::tuple::Tuple>() {
        for item in t.0.iter() {
            if test(str_arg(py, item)?) {
                return Ok(py.bool(true));
            }
        }
        return Ok(py.bool(false));
    }
    Err(py.type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        py.type_name(arg)
    )))
}

fn find(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = args_of(py, "find", args, kw, 1, 1)?;
    let sub = str_arg(py, &rest[0])?;
    Ok(int::new_i64(
        py,
        s.find(sub).map_or(-1, |b| s[..b].chars().count() as i64),
    ))
}

fn count(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = args_of(py, "count", args, kw, 1, 1)?;
    let sub = str_arg(py, &rest[0])?;
    let n = if sub.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(sub).count()
    };
    Ok(int::new_i64(py, n as i64))
}

fn predicate(
    py: Py<'_>,
    args: &[Value],
    kw: &[Value],
    name: &str,
    test: fn(char) -> bool,
) -> PyResult<Value> {
    let (s, _) = args_of(py, name, args, kw, 0, 0)?;
    Ok(py.bool(!s.is_empty() && s.chars().all(test)))
}

fn isdigit(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(py, args, kw, "isdigit", |c| c.is_numeric())
}
fn isalpha(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(py, args, kw, "isalpha", char::is_alphabetic)
}
fn isspace(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(py, args, kw, "isspace", char::is_whitespace)
}

/// `str.format(*args, **kwargs)`.
fn format_method(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some((me, rest)) = args.split_first() else {
        return Err(py.type_error("descriptor 'format' of 'str' object needs an argument".to_string()));
    };
    let text = str_arg(py, me)?;
    let npos = rest.len().saturating_sub(kw.len());
    let (pos, kwvals) = rest.split_at(npos);
    let out = super::str_format::format_fields(py, text, pos, super::str_format::Named::Kw(kw, kwvals))?;
    Ok(py.new_str(&out))
}

fn index(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = args_of(py, "index", args, kw, 1, 1)?;
    let sub = str_arg(py, &rest[0])?;
    match s.find(sub) {
        Some(b) => Ok(int::new_i64(py, s[..b].chars().count() as i64)),
        None => Err(py.value_error("substring not found".to_string())),
    }
}

fn rfind(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = args_of(py, "rfind", args, kw, 1, 1)?;
    let sub = str_arg(py, &rest[0])?;
    Ok(int::new_i64(
        py,
        s.rfind(sub).map_or(-1, |b| s[..b].chars().count() as i64),
    ))
}

fn capitalize(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = args_of(py, "capitalize", args, kw, 0, 0)?;
    let mut cs = s.chars();
    let out = match cs.next() {
        Some(c) => c
            .to_uppercase()
            .chain(cs.as_str().to_lowercase().chars())
            .collect(),
        None => String::new(),
    };
    Ok(py.new_str(&out))
}

fn title(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = args_of(py, "title", args, kw, 0, 0)?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    Ok(py.new_str(&out))
}

/// `center`, `ljust`, `rjust`: pad to a width with a fill character.
fn justify(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (s, rest) = args_of(py, name, args, kw, 1, 2)?;
    let width = int::as_index(py, &rest[0])?.ok_or_else(|| {
        py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(&rest[0])
        ))
    })?;
    let fill = match rest.get(1) {
        Some(f) => {
            let t = str_arg(py, f)?;
            let mut cs = t.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(py.type_error(
                        "The fill character must be exactly one character long".to_string(),
                    ))
                }
            }
        }
        None => ' ',
    };
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(py.new_str(s));
    }
    let pad = (width - n) as usize;
    let fills = |k: usize| fill.to_string().repeat(k);
    let out = match name {
        "ljust" => format!("{s}{}", fills(pad)),
        "rjust" => format!("{}{s}", fills(pad)),
        // As CPython: the extra fill goes left when the width and the padding are both odd.
        _ => {
            let left = pad / 2 + (pad & width as usize & 1);
            format!("{}{s}{}", fills(left), fills(pad - left))
        }
    };
    Ok(py.new_str(&out))
}

fn center(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(py, args, kw, "center")
}
fn ljust(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(py, args, kw, "ljust")
}
fn rjust(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(py, args, kw, "rjust")
}

fn zfill(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = args_of(py, "zfill", args, kw, 1, 1)?;
    let width = int::as_index(py, &rest[0])?.unwrap_or(0);
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(py.new_str(s));
    }
    let zeros = "0".repeat((width - n) as usize);
    let out = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    };
    Ok(py.new_str(&out))
}

fn splitlines(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = args_of(py, "splitlines", args, kw, 0, 0)?;
    let items = s
        .lines()
        .map(|l| py.new_str(l.strip_suffix('\r').unwrap_or(l)))
        .collect();
    Ok(list::new(py, items))
}

fn partition(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = args_of(py, "partition", args, kw, 1, 1)?;
    let sep = str_arg(py, &rest[0])?;
    if sep.is_empty() {
        return Err(py.value_error("empty separator".to_string()));
    }
    let parts = match s.split_once(sep) {
        Some((a, b)) => vec![py.new_str(a), py.new_str(sep), py.new_str(b)],
        None => vec![py.new_str(s), py.new_str(""), py.new_str("")],
    };
    Ok(super::tuple::new(py, parts))
}

fn isupper(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = args_of(py, "isupper", args, kw, 0, 0)?;
    Ok(py.bool(s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)))
}
fn islower(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = args_of(py, "islower", args, kw, 0, 0)?;
    Ok(py.bool(s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)))
}
fn isalnum(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(py, args, kw, "isalnum", char::is_alphanumeric)
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("format", format_method),
    ("join", join),
    ("split", split),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("upper", upper),
    ("lower", lower),
    ("replace", replace),
    ("startswith", startswith),
    ("endswith", endswith),
    ("find", find),
    ("count", count),
    ("isdigit", isdigit),
    ("isalpha", isalpha),
    ("isspace", isspace),
    ("isalnum", isalnum),
    ("isupper", isupper),
    ("islower", islower),
    ("index", index),
    ("rfind", rfind),
    ("capitalize", capitalize),
    ("title", title),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("splitlines", splitlines),
    ("partition", partition),
];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        str: Some(str_),
        hash: Some(hash),
        richcompare: Some(richcompare),
        binop: Some(binop),
        len: Some(len),
        contains: Some(contains),
        getitem: Some(getitem),
        iter: Some(iter),
        new: Some(new),
        ..Slots::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_without_separator_collapses_whitespace() {
        // python3: '  a b  c '.split(), ' a b c'.split(None, 1)
        assert_eq!(split_whitespace("  a b  c ", -1), vec!["a", "b", "c"]);
        assert_eq!(split_whitespace(" a b c", 1), vec!["a", "b c"]);
        assert!(split_whitespace("   ", -1).is_empty());
    }
}
