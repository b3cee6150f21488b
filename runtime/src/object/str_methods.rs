//! The methods of `str` (everything `dir(str)` lists that is not a slot).
//! Positions are in characters: methods that search or slice work on the
//! text as a slice of chars and share their algorithms with bytes.

use crate::object::seqops;
use crate::object::str::{as_str, Text};
use crate::object::str_tables as tables;
use crate::object::text_args::{bind, bind_method, index_arg, opt_index, span, span_past_end};
use crate::object::typeobj::{NativeFn, TypeObject};
use crate::object::{self as obj, dict, int, list, tuple, PyResult};
use crate::value::Value;
use crate::vm::Py;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let n = c as u32;
    table
        .binary_search_by(|&(a, b)| {
            if b < n {
                std::cmp::Ordering::Less
            } else if a > n {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn lookup_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// The value of a Unicode decimal digit (category Nd). Every run of such
/// digits in the table starts at a zero and has a multiple of ten members.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let n = c as u32;
    let i = tables::DECIMAL.partition_point(|&(_, b)| b < n);
    match tables::DECIMAL.get(i) {
        Some(&(a, _)) if a <= n => Some((n - a) % 10),
        _ => None,
    }
}

/// Number text as CPython's `int()`, `float()` and `complex()` read it:
/// Unicode decimal digits become ASCII digits and Unicode whitespace a space.
pub fn ascii_number_text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let out = s
        .chars()
        .map(|c| {
            if let Some(d) = decimal_value(c) {
                char::from_digit(d, 10).unwrap_or(c)
            } else if is_space(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    std::borrow::Cow::Owned(out)
}

/// Python's whitespace (`str.split()`, `strip()`, `isspace`).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        );
    }
    in_ranges(tables::SPACE, c)
}

fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::CASED, c)
}

fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Whether python3's Unicode database (older than Rust's) knows `c`:
/// unassigned code points have no case and belong to no class.
fn assigned(c: char) -> bool {
    c.is_ascii() || !in_ranges(tables::UNASSIGNED, c)
}

fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(tables::UPPER, c)
}

fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(tables::LOWER, c)
}

/// Appends a case mapping of `c`, unless python3's database lacks `c` or
/// a character of the mapping (a newer case pair).
fn push_mapped(out: &mut String, c: char, mapped: impl Iterator<Item = char> + Clone) {
    if assigned(c) && mapped.clone().all(assigned) {
        out.extend(mapped);
    } else {
        out.push(c);
    }
}

fn push_upper(out: &mut String, c: char) {
    push_mapped(out, c, c.to_uppercase());
}

/// Lowercases `cs[i]`: a capital sigma at the end of a word becomes the
/// final form, by Unicode's Final_Sigma condition as CPython applies it.
fn push_lower(out: &mut String, cs: &[char], i: usize) {
    let c = cs[i];
    if c != '\u{3a3}' {
        push_mapped(out, c, c.to_lowercase());
        return;
    }
    let ignorable = |c: char| in_ranges(tables::SIGMA_IGNORABLE, c);
    let cased = |c: char| in_ranges(tables::SIGMA_CASED, c);
    let before = cs[..i].iter().rev().find(|&&d| !ignorable(d));
    let after = cs[i + 1..].iter().find(|&&d| !ignorable(d));
    let is_final = before.is_some_and(|&d| cased(d)) && !after.is_some_and(|&d| cased(d));
    out.push(if is_final { '\u{3c2}' } else { '\u{3c3}' });
}

fn push_title(out: &mut String, c: char) {
    match lookup_map(tables::TITLE, c) {
        Some(t) => out.push_str(t),
        None => push_upper(out, c),
    }
}

/// The receiver's text and the remaining arguments.
fn me<'a>(py: Py<'_>, args: &'a [Value], name: &str) -> PyResult<(&'a str, &'a [Value])> {
    let Some((s, rest)) = args.split_first() else {
        return Err(py.type_error(format!("unbound method str.{name}() needs an argument")));
    };
    match as_str(s) {
        Some(t) => Ok((t, rest)),
        None => Err(super::descr::wrong_receiver(py, "str", name, s)),
    }
}

fn str_param<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| py.type_error(format!("must be str, not {}", py.type_name(v))))
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// The code points of a str value, lone surrogates included.
fn code_points(v: &Value) -> Vec<u32> {
    v.downcast::<super::str::Str>()
        .map_or_else(Vec::new, |s| s.code_points().collect())
}

fn from_chars(py: Py<'_>, cs: &[char]) -> Value {
    py.new_str(&cs.iter().collect::<String>())
}

fn arg<'a>(a: &[Option<&'a Value>], i: usize, fallback: &'a Value) -> &'a Value {
    a.get(i).copied().flatten().unwrap_or(fallback)
}

// ---- searching ----

fn search(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (s, rest) = me(py, args, name)?;
    let a = bind_method(
        py,
        "str",
        name,
        rest,
        kw,
        &["sub", "start", "end"],
        1,
        false,
    )?;
    let sub = arg(&a, 0, &args[0]);
    let Some(sub) = as_str(sub) else {
        return Err(py.type_error(format!("must be str, not {}", py.type_name(sub))));
    };
    let (start, end) = (opt_index(py, a[1])?, opt_index(py, a[2])?);
    if let Some(r) =
        super::surrogates::search(py, &args[0], arg(&a, 0, &args[0]), start, end, name)?
    {
        return Ok(r);
    }
    let ascii = args[0]
        .downcast::<super::str::Str>()
        .is_some_and(|t| t.is_ascii());
    let (count, found) = if ascii {
        // Byte offsets are character indexes: search the text in place.
        let (b, e) = span(s.len(), start, end);
        let window = if span_past_end(s.len(), start) || b > e {
            None
        } else {
            s.get(b..e)
        };
        match window {
            None => (0, None),
            Some(w) if name == "count" => {
                let n = if sub.is_empty() {
                    w.len() + 1
                } else {
                    w.matches(sub).count()
                };
                (n, None)
            }
            Some(w) if name.starts_with('r') => (0, w.rfind(sub).map(|i| i + b)),
            Some(w) => (0, w.find(sub).map(|i| i + b)),
        }
    } else {
        // Search the UTF-8 text of the character window, then turn the
        // byte position found back into a character index.
        let t = args[0].downcast::<super::str::Str>();
        let nchars = t.map_or(0, |t| t.chars);
        let (b, e) = span(nchars, start, end);
        let window = match t {
            Some(t) if !span_past_end(nchars, start) && b <= e => {
                s.get(t.byte_offset(b)..t.byte_offset(e))
            }
            _ => None,
        };
        let to_index = |w: &str, pos: usize| b + w[..pos].chars().count();
        match window {
            None => (0, None),
            Some(w) if name == "count" => {
                let n = if sub.is_empty() {
                    e - b + 1
                } else {
                    w.matches(sub).count()
                };
                (n, None)
            }
            Some(w) if name.starts_with('r') => (0, w.rfind(sub).map(|p| to_index(w, p))),
            Some(w) => (0, w.find(sub).map(|p| to_index(w, p))),
        }
    };
    if name == "count" {
        return Ok(int::new_i64(py, count as i64));
    }
    match (found, name) {
        (Some(i), _) => Ok(int::new_i64(py, i as i64)),
        (None, "index" | "rindex") => Err(py.value_error("substring not found".to_string())),
        (None, _) => Ok(int::new_i64(py, -1)),
    }
}

fn find(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(py, args, kw, "find")
}
fn rfind(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(py, args, kw, "rfind")
}
fn index(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(py, args, kw, "index")
}
fn rindex(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(py, args, kw, "rindex")
}
fn count(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(py, args, kw, "count")
}

fn affix(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (s, rest) = me(py, args, name)?;
    let a = bind_method(
        py,
        "str",
        name,
        rest,
        kw,
        &["prefix", "start", "end"],
        1,
        false,
    )?;
    let p = arg(&a, 0, &args[0]);
    let (start, end) = (opt_index(py, a[1])?, opt_index(py, a[2])?);
    let (nchars, ascii) = args[0]
        .downcast::<super::str::Str>()
        .map_or((0, true), |t| (t.chars, t.is_ascii()));
    if span_past_end(nchars, start) {
        return Ok(py.bool(false));
    }
    let (b, e) = span(nchars, start, end);
    if b > e {
        return Ok(py.bool(false));
    }
    let window: &str = match args[0].downcast::<super::str::Str>() {
        Some(t) if !ascii => s.get(t.byte_offset(b)..t.byte_offset(e)).unwrap_or(""),
        _ => s.get(b..e).unwrap_or(""),
    };
    let plain_test = |p: &str| {
        if name == "startswith" {
            window.starts_with(p)
        } else {
            window.ends_with(p)
        }
    };
    // With lone surrogates on either side, compare code points.
    let test = |v: &Value, p: &str| match (args[0].downcast::<super::str::Str>(), v.downcast()) {
        (Some(h), Some(x)) if h.has_surrogates() || super::surrogates::is_marked(v) => {
            super::surrogates::affix_matches(h, b, e, x, name == "startswith")
        }
        _ => plain_test(p),
    };
    if let Some(t) = p.downcast::<tuple::Tuple>() {
        for item in t.0.iter() {
            let Some(x) = as_str(item) else {
                return Err(py.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    py.type_name(item)
                )));
            };
            if test(item, x) {
                return Ok(py.bool(true));
            }
        }
        return Ok(py.bool(false));
    }
    match as_str(p) {
        Some(x) => Ok(py.bool(test(p, x))),
        None => Err(py.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            py.type_name(p)
        ))),
    }
}

fn startswith(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(py, args, kw, "startswith")
}
fn endswith(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(py, args, kw, "endswith")
}

// ---- splitting and joining ----

fn split_impl(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (s, rest) = me(py, args, name)?;
    let a = bind_method(py, "str", name, rest, kw, &["sep", "maxsplit"], 0, true)?;
    let max = match a[1] {
        Some(m) => index_arg(py, m)?,
        None => -1,
    };
    if name == "split" {
        if let Some(items) = split_fast(py, &args[0], s, a[0], max) {
            return Ok(list::new(py, items));
        }
    }
    let hay = chars(s);
    let parts: Vec<&[char]> = match a[0] {
        Some(sep) if !sep.is(&py.none) => {
            let sep = chars(as_str(sep).ok_or_else(|| {
                py.type_error(format!("must be str or None, not {}", py.type_name(sep)))
            })?);
            if sep.is_empty() {
                return Err(py.value_error("empty separator".to_string()));
            }
            if name == "split" {
                seqops::split(&hay, &sep, max)
            } else {
                seqops::rsplit(&hay, &sep, max)
            }
        }
        _ if name == "split" => seqops::split_ws(&hay, is_space, max),
        _ => seqops::rsplit_ws(&hay, is_space, max),
    };
    let items = parts.into_iter().map(|p| from_chars(py, p)).collect();
    Ok(list::new(py, items))
}

/// `split` without a character vector: on ASCII whitespace for ASCII text,
/// or on a str separator (UTF-8 matching is character matching). `None`
/// for the other cases (and errors), which the general path handles.
fn split_fast(
    py: Py<'_>,
    me: &Value,
    s: &str,
    sep: Option<&Value>,
    max: i64,
) -> Option<Vec<Value>> {
    let ascii = me.downcast::<super::str::Str>()?.is_ascii();
    match sep {
        Some(sep) if !sep.is(&py.none) => {
            let sep = as_str(sep)?;
            if sep.is_empty() {
                return None;
            }
            let new = |p: &str| {
                if ascii {
                    py.new_ascii(p)
                } else {
                    py.new_str(p)
                }
            };
            Some(if max < 0 {
                s.split(sep).map(new).collect()
            } else {
                let n = usize::try_from(max).ok()?.saturating_add(1);
                s.splitn(n, sep).map(new).collect()
            })
        }
        _ if ascii => {
            let b = s.as_bytes();
            let space = |c: u8| is_space(c as char);
            let mut out = Vec::new();
            let mut i = 0;
            let mut left = max;
            loop {
                while i < b.len() && space(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if left == 0 {
                    // The rest, trailing whitespace included (as CPython).
                    out.push(py.new_ascii(s.get(i..)?));
                    break;
                }
                let start = i;
                while i < b.len() && !space(b[i]) {
                    i += 1;
                }
                out.push(py.new_ascii(s.get(start..i)?));
                left -= 1;
            }
            Some(out)
        }
        _ => None,
    }
}

fn split(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(py, args, kw, "split")
}
fn rsplit(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(py, args, kw, "rsplit")
}

fn splitlines(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = me(py, args, "splitlines")?;
    let a = bind(py, "str.splitlines", rest, kw, &["keepends"], 0, true)?;
    let keep = match a[0] {
        Some(k) => obj::truthy(py, k)?,
        None => false,
    };
    let hay = chars(s);
    let parts = seqops::splitlines(&hay, is_linebreak, '\r', '\n', keep);
    let items = parts.into_iter().map(|p| from_chars(py, p)).collect();
    Ok(list::new(py, items))
}

fn join(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (sep, rest) = me(py, args, "join")?;
    let a = bind(py, "str.join", rest, kw, &["iterable"], 1, false)?;
    let src = arg(&a, 0, &args[0]);
    let items = obj::collect(py, src).map_err(|e| {
        if obj::iter(py, src).is_err() {
            py.type_error("can only join an iterable".to_string())
        } else {
            e
        }
    })?;
    if super::surrogates::is_marked(&args[0]) || items.iter().any(super::surrogates::is_marked) {
        if let Some(i) = items.iter().position(|x| as_str(x).is_none()) {
            return Err(py.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                py.type_name(&items[i])
            )));
        }
        return Ok(super::surrogates::join(py, &args[0], &items));
    }
    // Sizes first, so the text is built in one buffer and never recounted.
    let (mut len, mut nchars) = (0usize, 0usize);
    for (i, item) in items.iter().enumerate() {
        let Some(t) = item.downcast::<super::str::Str>() else {
            return Err(py.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                py.type_name(item)
            )));
        };
        len += t.s.len();
        nchars += t.chars;
    }
    let sep_chars = args[0].downcast::<super::str::Str>().map_or(0, |t| t.chars);
    let gaps = items.len().saturating_sub(1);
    len += sep.len() * gaps;
    nchars += sep_chars * gaps;
    let mut out = String::with_capacity(len);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(item).unwrap_or(""));
    }
    Ok(py.new_string(out, Some(nchars)))
}

fn partition_impl(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (s, rest) = me(py, args, name)?;
    let a = bind_method(py, "str", name, rest, kw, &["sep"], 1, false)?;
    let sep = str_param(py, arg(&a, 0, &args[0]))?;
    if sep.is_empty() {
        return Err(py.value_error("empty separator".to_string()));
    }
    let found = if name == "partition" {
        s.find(sep)
    } else {
        s.rfind(sep)
    };
    let parts = match found {
        Some(i) => vec![
            py.new_str(&s[..i]),
            py.new_str(sep),
            py.new_str(&s[i + sep.len()..]),
        ],
        None if name == "partition" => vec![py.new_str(s), py.new_str(""), py.new_str("")],
        None => vec![py.new_str(""), py.new_str(""), py.new_str(s)],
    };
    Ok(tuple::new(py, parts))
}

fn partition(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(py, args, kw, "partition")
}
fn rpartition(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(py, args, kw, "rpartition")
}

// ---- transforming ----

fn strip_impl(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (s, rest) = me(py, args, name)?;
    let a = bind_method(py, "str", name, rest, kw, &["chars"], 0, false)?;
    let set: Option<Vec<char>> = match a[0] {
        Some(c) if !c.is(&py.none) => Some(chars(str_param(py, c)?)),
        _ => None,
    };
    let pred = |c: char| set.as_ref().map_or(is_space(c), |cs| cs.contains(&c));
    let mut t = s;
    if name != "rstrip" {
        t = t.trim_start_matches(pred);
    }
    if name != "lstrip" {
        t = t.trim_end_matches(pred);
    }
    Ok(py.new_str(t))
}

fn strip(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(py, args, kw, "strip")
}
fn lstrip(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(py, args, kw, "lstrip")
}
fn rstrip(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(py, args, kw, "rstrip")
}

fn replace(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = me(py, args, "replace")?;
    let a = bind(
        py,
        "str.replace",
        rest,
        kw,
        &["old", "new", "count"],
        2,
        false,
    )?;
    let old = str_param(py, arg(&a, 0, &args[0]))?;
    let new = str_param(py, arg(&a, 1, &args[0]))?;
    let count = match a[2] {
        Some(c) => index_arg(py, c)?,
        None => -1,
    };
    let hits = if old.is_empty() {
        s.chars().count() as u128 + 1
    } else {
        s.matches(old).count() as u128
    };
    let hits = if count >= 0 {
        hits.min(count as u128)
    } else {
        hits
    };
    crate::object::text_args::check_size(py, s.len() as u128 + hits * new.len() as u128)?;
    if old.is_empty() {
        let out = seqops::replace(&chars(s), &[], &chars(new), count);
        return Ok(from_chars(py, &out));
    }
    let out = if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    };
    // ASCII in, ASCII out: the length is the character count.
    let ascii = new.is_ascii()
        && args[0]
            .downcast::<super::str::Str>()
            .is_some_and(|t| t.is_ascii());
    let n = ascii.then_some(out.len());
    Ok(py.new_string(out, n))
}

fn remove_affix(py: Py<'_>, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (s, rest) = me(py, args, name)?;
    let a = bind_method(
        py,
        "str",
        name,
        rest,
        kw,
        &[if name == "removeprefix" {
            "prefix"
        } else {
            "suffix"
        }],
        1,
        false,
    )?;
    let p = str_param(py, arg(&a, 0, &args[0]))?;
    let out = if name == "removeprefix" {
        s.strip_prefix(p).unwrap_or(s)
    } else {
        s.strip_suffix(p).unwrap_or(s)
    };
    Ok(py.new_str(out))
}

fn removeprefix(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_affix(py, args, kw, "removeprefix")
}
fn removesuffix(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove_affix(py, args, kw, "removesuffix")
}

fn no_args<'a>(py: Py<'_>, args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a str> {
    let (s, rest) = me(py, args, name)?;
    bind_method(py, "str", name, rest, kw, &[], 0, false)?;
    Ok(s)
}

/// ASCII text `s` with `map` applied to each byte (an ASCII byte to an
/// ASCII byte), built in place in the new str.
fn ascii_mapped(py: Py<'_>, s: &str, map: fn(&mut u8)) -> Value {
    let text = Text::from_ascii_fill(s.len(), |buf| {
        buf.copy_from_slice(s.as_bytes());
        buf.iter_mut().for_each(map);
    });
    match text {
        Some(t) => py.new_text(t, Some(s.len())),
        None => py.new_str(s),
    }
}

fn upper(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "upper")?;
    if s.is_ascii() {
        return Ok(ascii_mapped(py, s, u8::make_ascii_uppercase));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    Ok(py.new_str(&out))
}
fn lower(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "lower")?;
    if s.is_ascii() {
        return Ok(ascii_mapped(py, s, u8::make_ascii_lowercase));
    }
    let cs = chars(s);
    let mut out = String::with_capacity(s.len());
    for i in 0..cs.len() {
        push_lower(&mut out, &cs, i);
    }
    Ok(py.new_str(&out))
}

fn casefold(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "casefold")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup_map(tables::FOLD, c) {
            Some(f) => out.push_str(f),
            None => push_mapped(&mut out, c, c.to_lowercase()),
        }
    }
    Ok(py.new_str(&out))
}

fn swapcase(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "swapcase")?;
    let mut out = String::with_capacity(s.len());
    let cs = chars(s);
    for (i, &c) in cs.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, &cs, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Ok(py.new_str(&out))
}

fn title(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "title")?;
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    let cs = chars(s);
    for (i, &c) in cs.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &cs, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(py.new_str(&out))
}

fn capitalize(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "capitalize")?;
    if s.is_ascii() {
        // ASCII title case is upper case.
        let text = Text::from_ascii_fill(s.len(), |buf| {
            buf.copy_from_slice(s.as_bytes());
            buf.make_ascii_lowercase();
            if let Some(b) = buf.first_mut() {
                b.make_ascii_uppercase();
            }
        });
        if let Some(t) = text {
            return Ok(py.new_text(t, Some(s.len())));
        }
    }
    let mut out = String::with_capacity(s.len());
    let cs = chars(s);
    if let Some(&c) = cs.first() {
        push_title(&mut out, c);
        for i in 1..cs.len() {
            push_lower(&mut out, &cs, i);
        }
    }
    Ok(py.new_str(&out))
}

fn fill_char(py: Py<'_>, name: &str, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(t) = as_str(v) else {
        return Err(py.type_error(format!(
            "{name}() argument 2 must be str, not {}",
            py.type_name(v)
        )));
    };
    let mut cs = t.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok(c),
        _ => {
            Err(py.type_error("The fill character must be exactly one character long".to_string()))
        }
    }
}

fn justify(py: Py<'_>, args: &[Value], kw: &[Value], name: &str, how: char) -> PyResult<Value> {
    let (s, rest) = me(py, args, name)?;
    let a = bind_method(py, "str", name, rest, kw, &["width", "fillchar"], 1, false)?;
    let width = index_arg(py, arg(&a, 0, &args[0]))?;
    let fill = fill_char(py, name, a[1])?;
    let n = s.chars().count();
    crate::object::text_args::check_size(py, width.max(0) as u128 * 4)?;
    let (l, r) = seqops::pad_counts(n, width, how);
    let mut out = String::with_capacity(s.len() + l + r);
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(py.new_str(&out))
}

fn center(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(py, args, kw, "center", '^')
}
fn ljust(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(py, args, kw, "ljust", '<')
}
fn rjust(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(py, args, kw, "rjust", '>')
}

fn zfill(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = me(py, args, "zfill")?;
    let a = bind(py, "str.zfill", rest, kw, &["width"], 1, false)?;
    let width = index_arg(py, arg(&a, 0, &args[0]))?;
    crate::object::text_args::check_size(py, width.max(0) as u128 * 4)?;
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

fn expandtabs(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = me(py, args, "expandtabs")?;
    let a = bind(py, "str.expandtabs", rest, kw, &["tabsize"], 0, true)?;
    let size = match a[0] {
        Some(t) => index_arg(py, t)?,
        None => 8,
    };
    if size > i32::MAX as i64 {
        return Err(py.overflow_error("Python int too large to convert to C int"));
    }
    let tabs = s.matches('\t').count() as u128;
    crate::object::text_args::check_size(py, s.len() as u128 + tabs * size.max(0) as u128)?;
    let out = seqops::expandtabs(&chars(s), '\t', '\n', '\r', ' ', size);
    Ok(from_chars(py, &out))
}

// ---- predicates ----

fn all_chars(
    py: Py<'_>,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(char) -> bool,
) -> PyResult<Value> {
    let s = no_args(py, args, kw, name)?;
    Ok(py.bool(!s.is_empty() && s.chars().all(f)))
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(tables::ALPHA, c)
    }
}
fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(tables::DECIMAL, c))
}
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(tables::DIGIT, c))
}
fn is_numeric(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(tables::NUMERIC, c))
}

fn isalpha(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    all_chars(py, args, kw, "isalpha", is_alpha)
}
fn isalnum(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    all_chars(py, args, kw, "isalnum", |c| is_alpha(c) || is_numeric(c))
}
fn isdecimal(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    all_chars(py, args, kw, "isdecimal", is_decimal)
}
fn isdigit(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    all_chars(py, args, kw, "isdigit", is_digit)
}
fn isnumeric(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    all_chars(py, args, kw, "isnumeric", is_numeric)
}
fn isspace(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    all_chars(py, args, kw, "isspace", is_space)
}

fn isascii(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(py.bool(no_args(py, args, kw, "isascii")?.is_ascii()))
}

fn isprintable(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "isprintable")?;
    // A lone surrogate is not printable.
    if super::surrogates::is_marked(&args[0]) {
        return Ok(py.bool(false));
    }
    Ok(py.bool(s.chars().all(crate::repr::is_printable)))
}

fn isidentifier(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "isidentifier")?;
    let mut cs = s.chars();
    let ok = match cs.next() {
        Some(c) => {
            (c == '_' || (assigned(c) && unicode_ident::is_xid_start(c)))
                && cs.all(|d| assigned(d) && unicode_ident::is_xid_continue(d))
        }
        None => false,
    };
    Ok(py.bool(ok))
}

fn isupper(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "isupper")?;
    let cased = s
        .chars()
        .filter(|&c| is_upper(c) || is_lower(c) || is_cased(c));
    let mut any = false;
    for c in cased {
        if !is_upper(c) {
            return Ok(py.bool(false));
        }
        any = true;
    }
    Ok(py.bool(any))
}

fn islower(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "islower")?;
    let cased = s
        .chars()
        .filter(|&c| is_upper(c) || is_lower(c) || is_cased(c));
    let mut any = false;
    for c in cased {
        if !is_lower(c) {
            return Ok(py.bool(false));
        }
        any = true;
    }
    Ok(py.bool(any))
}

fn istitle(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "istitle")?;
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if is_upper(c) || (is_cased(c) && !is_lower(c)) {
            if prev_cased {
                return Ok(py.bool(false));
            }
            prev_cased = true;
            any = true;
        } else if is_lower(c) {
            if !prev_cased {
                return Ok(py.bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(py.bool(any))
}

// ---- encoding, translation, formatting ----

fn encode(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = me(py, args, "encode")?;
    let a = bind(py, "str.encode", rest, kw, &["encoding", "errors"], 0, true)?;
    let param = |v: Option<&Value>, name: &str, default: &'static str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => as_str(v).map(str::to_string).ok_or_else(|| {
                py.type_error(format!(
                    "encode() argument '{name}' must be str, not {}",
                    py.type_name(v)
                ))
            }),
        }
    };
    let enc = param(a[0], "encoding", "utf-8")?;
    let errors = param(a[1], "errors", "strict")?;
    let _ = s;
    let b = super::codec::encode_value(py, &args[0], &enc, &errors)?;
    Ok(super::bytes::new(py, b))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points,
/// strings or None.
fn maketrans(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let rest = match args.first() {
        Some(f) if f.downcast::<TypeObject>().is_some() => &args[1..],
        _ => args,
    };
    let a = bind(py, "str.maketrans", rest, kw, &["x", "y", "z"], 1, false)?;
    let out = dict::new(py);
    let x = arg(&a, 0, &py.none);
    match a[1] {
        None => {
            if x.downcast::<dict::Dict>().is_none() {
                return Err(py.type_error(
                    "if you give only one argument to maketrans it must be a dict".to_string(),
                ));
            }
            for (k, v) in dict::items(x) {
                let key = match as_str(&k) {
                    Some(_) if code_points(&k).len() == 1 => {
                        int::new_i64(py, code_points(&k)[0] as i64)
                    }
                    Some(_) => {
                        return Err(py.value_error(
                            "string keys in translate table must be of length 1".to_string(),
                        ))
                    }
                    None if int::int_ref(py, &k).is_some() => k.clone(),
                    None => {
                        return Err(py.type_error(
                            "keys in translate table must be strings or integers".to_string(),
                        ))
                    }
                };
                dict::set_item(py, &out, key, v)?;
            }
        }
        Some(y) => {
            str_param(py, x)?;
            str_param(py, y)?;
            let (xs, ys) = (code_points(x), code_points(y));
            if xs.len() != ys.len() {
                return Err(py.value_error(
                    "the first two maketrans arguments must have equal length".to_string(),
                ));
            }
            for (c, d) in xs.iter().zip(&ys) {
                dict::set_item(
                    py,
                    &out,
                    int::new_i64(py, *c as i64),
                    int::new_i64(py, *d as i64),
                )?;
            }
            if let Some(z) = a[2] {
                str_param(py, z)?;
                for c in code_points(z) {
                    dict::set_item(py, &out, int::new_i64(py, c as i64), py.none())?;
                }
            }
        }
    }
    Ok(out)
}

/// `str.translate(table)`, by code points: lone surrogates are looked up
/// as themselves and may be mapped to (as ints or in strs).
fn translate(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (_, rest) = me(py, args, "translate")?;
    let a = bind(py, "str.translate", rest, kw, &["table"], 1, false)?;
    let table = arg(&a, 0, &args[0]);
    let Some(s) = args[0].downcast::<super::str::Str>() else {
        return Ok(args[0].clone());
    };
    let mut out = super::surrogates::Builder::new();
    for c in s.code_points() {
        let key = int::new_i64(py, c as i64);
        let mapped = match obj::getitem(py, table, &key) {
            Ok(v) => v,
            Err(e) if e.matches(py, &py.types.lookup_error) => {
                out.push_code_point(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if mapped.is(&py.none) {
            continue;
        }
        if as_str(&mapped).is_some() {
            out.push_value(&mapped);
        } else if let Some(n) = int::as_index(py, &mapped)? {
            if !u32::try_from(n).is_ok_and(|d| out.push_code_point(d)) {
                return Err(
                    py.value_error("character mapping must be in range(0x110000)".to_string())
                );
            }
        } else {
            return Err(
                py.type_error("character mapping must return integer, None or str".to_string())
            );
        }
    }
    Ok(out.finish(py))
}

fn format_map(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = me(py, args, "format_map")?;
    let a = bind(py, "str.format_map", rest, kw, &["mapping"], 1, false)?;
    let m = arg(&a, 0, &args[0]);
    super::str_format::format_fields(py, s, &[], super::str_format::Named::Map(m))
}

fn dunder_format(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (_, rest) = me(py, args, "__format__")?;
    let a = bind(py, "str.__format__", rest, kw, &["format_spec"], 1, false)?;
    let spec = str_param(py, arg(&a, 0, &args[0]))?;
    Ok(py.new_str(&super::format::format(py, &args[0], spec)?))
}

fn dunder_len(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "__len__")?;
    Ok(int::new_i64(py, s.chars().count() as i64))
}

fn dunder_add(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = me(py, args, "__add__")?;
    let a = bind(py, "str.__add__", rest, kw, &["value"], 1, false)?;
    let t = str_param(py, arg(&a, 0, &args[0]))?;
    let other = arg(&a, 0, &args[0]);
    if super::surrogates::is_marked(&args[0]) || super::surrogates::is_marked(other) {
        return Ok(super::surrogates::concat_values(
            py,
            &[args[0].clone(), other.clone()],
        ));
    }
    Ok(py.new_str(&[s, t].concat()))
}

fn dunder_contains(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (_, rest) = me(py, args, "__contains__")?;
    let a = bind(py, "str.__contains__", rest, kw, &["key"], 1, false)?;
    Ok(py.bool(obj::contains(py, &args[0], arg(&a, 0, &args[0]))?))
}

fn dunder_getitem(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (_, rest) = me(py, args, "__getitem__")?;
    let a = bind(py, "str.__getitem__", rest, kw, &["key"], 1, false)?;
    obj::getitem(py, &args[0], arg(&a, 0, &args[0]))
}

fn dunder_str(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "__str__")?;
    if super::surrogates::is_marked(&args[0]) {
        let mut b = super::surrogates::Builder::new();
        b.push_value(&args[0]);
        return Ok(b.finish(py));
    }
    Ok(py.new_str(s))
}

fn dunder_repr(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = no_args(py, args, kw, "__repr__")?;
    Ok(py.new_str(&crate::repr::str_repr(s)))
}

fn dunder_mul(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (_, rest) = me(py, args, "__mul__")?;
    let a = bind(py, "str.__mul__", rest, kw, &["value"], 1, false)?;
    obj::binary_op(
        py,
        &args[0],
        arg(&a, 0, &args[0]),
        crate::ast::Operator::Mult,
        false,
    )
}

fn dunder_mod(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = me(py, args, "__mod__")?;
    let a = bind(py, "str.__mod__", rest, kw, &["value"], 1, false)?;
    super::str_format::percent_str(py, s, arg(&a, 0, &args[0]))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("split", crate::keep_surrogates!(split)),
    ("rsplit", crate::keep_surrogates!(rsplit)),
    ("splitlines", crate::keep_surrogates!(splitlines)),
    ("join", join),
    ("partition", crate::keep_surrogates!(partition)),
    ("rpartition", crate::keep_surrogates!(rpartition)),
    ("strip", crate::keep_surrogates!(strip)),
    ("lstrip", crate::keep_surrogates!(lstrip)),
    ("rstrip", crate::keep_surrogates!(rstrip)),
    ("replace", crate::keep_surrogates!(replace)),
    ("removeprefix", crate::keep_surrogates!(removeprefix)),
    ("removesuffix", crate::keep_surrogates!(removesuffix)),
    ("upper", crate::keep_surrogates!(upper)),
    ("lower", crate::keep_surrogates!(lower)),
    ("casefold", crate::keep_surrogates!(casefold)),
    ("swapcase", crate::keep_surrogates!(swapcase)),
    ("title", crate::keep_surrogates!(title)),
    ("capitalize", crate::keep_surrogates!(capitalize)),
    ("center", crate::keep_surrogates!(center)),
    ("ljust", crate::keep_surrogates!(ljust)),
    ("rjust", crate::keep_surrogates!(rjust)),
    ("zfill", crate::keep_surrogates!(zfill)),
    ("expandtabs", crate::keep_surrogates!(expandtabs)),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isdecimal", isdecimal),
    ("isdigit", isdigit),
    ("isnumeric", isnumeric),
    ("isspace", isspace),
    ("isascii", isascii),
    ("isprintable", isprintable),
    ("isidentifier", isidentifier),
    ("isupper", isupper),
    ("islower", islower),
    ("istitle", istitle),
    ("encode", encode),
    ("maketrans", maketrans),
    ("translate", translate),
    ("format", crate::keep_surrogates!(super::str::format_method)),
    ("format_map", crate::keep_surrogates!(format_map)),
    ("__format__", crate::keep_surrogates!(dunder_format)),
    ("__len__", dunder_len),
    ("__add__", dunder_add),
    ("__contains__", dunder_contains),
    ("__getitem__", dunder_getitem),
    ("__str__", dunder_str),
    ("__repr__", dunder_repr),
    ("__mul__", dunder_mul),
    ("__mod__", crate::keep_surrogates!(dunder_mod)),
];
