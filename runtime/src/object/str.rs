//! `str`: immutable UTF-8 text with its length in characters and its hash
//! cached.
//!
//! **Invariant:** `chars == s.chars().count()`; when `chars == s.len()` the
//! text is ASCII and indexing is O(1) byte indexing.

use std::cell::Cell;
use std::hash::Hasher;

pub use super::str_text::Text;
use crate::ast::{Cmpop, Operator};
use crate::object::typeobj::Slots;
use crate::object::{self as obj, int, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// Fields: the text (inline when short), its length in characters, its
/// hash (-1 until computed: a hash is never -1), and the index of character
/// offsets of non-ASCII text.
pub struct Str {
    pub s: Text,
    pub chars: usize,
    hash: Cell<i64>,
    /// For non-ASCII text: the byte offset of every `STRIDE`-th character,
    /// built on first indexing so that `s[i]` costs at most `STRIDE` steps.
    offsets: std::cell::OnceCell<Box<Vec<usize>>>,
    /// Lone surrogates, stored as U+FFFD in `s` (see `object/surrogates.rs`).
    pub surrogates: Option<Box<super::surrogates::Surrogates>>,
}

const STRIDE: usize = 32;

// Header (16 bytes) and these 48 bytes of payload fill one 64-byte block;
// a field more takes the next size class (80 bytes).
impl Payload for Str {}

impl Str {
    /// The payload of a str holding `text`.
    pub fn new(text: Text) -> Str {
        let chars = char_count(&text);
        Str {
            s: text,
            chars,
            hash: Cell::new(-1),
            offsets: std::cell::OnceCell::new(),
            surrogates: None,
        }
    }

    /// A str whose text holds U+FFFD where `surrogates` says
    /// (`object/surrogates.rs` makes them).
    pub(crate) fn with_surrogates(
        s: String,
        chars: usize,
        surrogates: Option<Box<super::surrogates::Surrogates>>,
    ) -> Str {
        Str {
            s: Text::from_string(s),
            chars,
            hash: Cell::new(-1),
            offsets: std::cell::OnceCell::new(),
            surrogates,
        }
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The byte offset of character `i` (`i == chars` gives the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if i >= self.chars {
            return self.s.len();
        }
        if self.is_ascii() {
            return i;
        }
        let offsets = self.offsets.get_or_init(|| {
            let v: Vec<usize> = self
                .s
                .char_indices()
                .step_by(STRIDE)
                .map(|(b, _)| b)
                .collect();
            Box::new(v)
        });
        let base = offsets.get(i / STRIDE).copied().unwrap_or(0);
        let rest = self.s.get(base..).unwrap_or("");
        base + rest
            .char_indices()
            .nth(i % STRIDE)
            .map_or(rest.len(), |(b, _)| b)
    }

    /// The character at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<&str> {
        if self.is_ascii() {
            return self.s.get(i..i + 1);
        }
        let start = self.byte_offset(i);
        let c = self.s.get(start..)?.chars().next()?;
        self.s.get(start..start + c.len_utf8())
    }
}

impl<'py> Py<'py> {
    pub fn new_str(self, s: &str) -> Value {
        self.new_text(Text::from_str(s), None)
    }

    /// A str owning `s`; `chars` when the caller already knows the length
    /// in characters (concatenation), else it is counted.
    pub fn new_string(self, s: String, chars: Option<usize>) -> Value {
        self.new_text(Text::from_string(s), chars)
    }

    /// A str of ASCII text `s` (its length is its length in characters).
    #[inline]
    pub fn new_ascii(self, s: &str) -> Value {
        debug_assert!(s.is_ascii());
        self.new_text(Text::from_str(s), Some(s.len()))
    }

    /// A str holding `text`; `chars` as for `new_string`.
    #[inline]
    pub fn new_text(self, text: Text, chars: Option<usize>) -> Value {
        let chars = chars.unwrap_or_else(|| char_count(&text));
        self.alloc(
            &self.types.str,
            Str {
                s: text,
                chars,
                hash: Cell::new(-1),
                offsets: std::cell::OnceCell::new(),
                surrogates: None,
            },
        )
    }
}

/// BUILD_STRING: the strs `parts` one after the other (other values count
/// as empty, which the compiler never emits).
pub fn build_string(py: Py<'_>, parts: &[Value]) -> Value {
    if parts.iter().any(super::surrogates::is_marked) {
        return super::surrogates::concat_values(py, parts);
    }
    let texts = parts.iter().map(|p| as_str(p).unwrap_or(""));
    let chars = parts
        .iter()
        .map(|p| p.downcast::<Str>().map_or(0, |s| s.chars))
        .sum();
    py.new_text(Text::concat(texts), Some(chars))
}

/// The str of a small int (`str(i)`, `f"{i}"`).
pub fn int_text(py: Py<'_>, i: i64) -> Value {
    let t = Text::from_i64(i);
    let n = t.len();
    py.new_text(t, Some(n))
}

/// The number of characters of `s`: its length when ASCII.
#[inline]
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
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
    if let Some(s) = v.downcast::<Str>().filter(|s| s.has_surrogates()) {
        return Ok(super::surrogates::repr(s));
    }
    Ok(crate::repr::str_repr(this(v)))
}

fn str_(_py: Py<'_>, v: &Value) -> PyResult<String> {
    Ok(this(v).to_string())
}

fn hash(_py: Py<'_>, v: &Value) -> PyResult<i64> {
    let Some(s) = v.downcast::<Str>() else {
        return Ok(0);
    };
    let h = s.hash.get();
    if h != -1 {
        return Ok(h);
    }
    // CPython with PYTHONHASHSEED=0: SipHash-1-3 with a zero key over the
    // text in its fixed-width form (1, 2 or 4 bytes per character,
    // little-endian); the empty string hashes to 0.
    if s.s.is_empty() {
        s.hash.set(0);
        return Ok(0);
    }
    let h = if s.has_surrogates() {
        siphash(&super::surrogates::fixed_width(s))
    } else if s.is_ascii() {
        // ASCII text is its own 1-byte-per-character form.
        siphash(s.s.as_bytes())
    } else {
        siphash(&fixed_width(&s.s))
    };
    s.hash.set(h);
    Ok(h)
}

/// The cached hash of an exact or derived str, when already computed.
#[inline]
pub fn cached_hash(v: &Value) -> Option<i64> {
    let h = v.downcast::<Str>()?.hash.get();
    (h != -1).then_some(h)
}

/// The hash of a str (computed once, then cached); `None` for other values.
#[inline]
pub fn str_hash(py: Py<'_>, v: &Value) -> Option<i64> {
    let s = v.downcast::<Str>()?;
    match s.hash.get() {
        -1 => hash(py, v).ok(),
        h => Some(h),
    }
}

/// Text in CPython's fixed-width form: 1, 2 or 4 little-endian bytes per
/// character, by the widest character.
fn fixed_width(text: &str) -> Vec<u8> {
    let widest = text.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut bytes = Vec::with_capacity(text.len() * 2);
    for c in text.chars() {
        let c = c as u32;
        match widest {
            0..=0xff => bytes.push(c as u8),
            0x100..=0xffff => bytes.extend_from_slice(&(c as u16).to_le_bytes()),
            _ => bytes.extend_from_slice(&c.to_le_bytes()),
        }
    }
    bytes
}

fn siphash(bytes: &[u8]) -> i64 {
    // `DefaultHasher::new()` is SipHash-1-3 with a zero key (unspecified by
    // std, so the test below pins it against CPython's values).
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    hasher.write(bytes);
    let h = hasher.finish() as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (a.downcast::<Str>(), b.downcast::<Str>()) {
        if x.has_surrogates() || y.has_surrogates() {
            let order = super::surrogates::compare(x, y);
            return Ok(int::cmp_result(py, order, op));
        }
    }
    let (Some(x), Some(y)) = (as_str(a), as_str(b)) else {
        return Ok(None);
    };
    // UTF-8 byte order is code point order.
    Ok(int::cmp_result(py, x.cmp(y), op))
}

fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    match (op, as_str(a), as_str(b)) {
        (Operator::Add, Some(_), Some(_)) => {
            let (Some(x), Some(y)) = (a.downcast::<Str>(), b.downcast::<Str>()) else {
                return Ok(None);
            };
            if x.has_surrogates() || y.has_surrogates() {
                return Ok(Some(super::surrogates::concat(py, x, y)));
            }
            let text = Text::concat([x.s.as_str(), y.s.as_str()].into_iter());
            Ok(Some(py.new_text(text, Some(x.chars + y.chars))))
        }
        // The right operand's `__radd__` may still accept; `binary_op`
        // gives the concatenation message when it does not.
        (Operator::Add, Some(_), None) => Ok(None),
        (Operator::Mult, Some(_), _) if super::surrogates::is_marked(a) => {
            super::surrogates::repeat_value(py, a, b, true)
        }
        (Operator::Mult, None, Some(_)) if super::surrogates::is_marked(b) => {
            super::surrogates::repeat_value(py, b, a, false)
        }
        (Operator::Mult, Some(x), _) => repeat(py, x, b, true),
        (Operator::Mod, Some(_), _) if super::surrogates::any_marked(&[a, b]) => {
            super::surrogates::percent(py, a, b).map(Some)
        }
        (Operator::Mod, Some(x), _) => super::str_format::percent_str(py, x, b).map(Some),
        (Operator::Mult, None, Some(y)) => repeat(py, y, a, false),
        _ => Ok(None),
    }
}

fn repeat(py: Py<'_>, s: &str, n: &Value, seq_on_left: bool) -> PyResult<Option<Value>> {
    let Some(n) = super::text_args::repeat_count(py, n)? else {
        return super::text_args::non_int_repeat(py, n, seq_on_left);
    };
    super::text_args::repeat_size(py, s.len(), n, "repeated string is too long")?;
    Ok(Some(py.new_str(&s.repeat(n.max(0) as usize))))
}

fn len(_py: Py<'_>, v: &Value) -> PyResult<usize> {
    Ok(v.downcast::<Str>().map_or(0, |s| s.chars))
}

fn contains(py: Py<'_>, v: &Value, item: &Value) -> PyResult<bool> {
    if let (Some(h), Some(x)) = (v.downcast::<Str>(), item.downcast::<Str>()) {
        if h.has_surrogates() || x.has_surrogates() {
            return Ok(super::surrogates::contains(h, x));
        }
    }
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
    if s.has_surrogates() {
        if let Some(r) = super::surrogates::getitem(py, s, key)? {
            return Ok(r);
        }
    }
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        if s.is_ascii() {
            let b = s.s.as_bytes();
            let (start, stop, step) = sl.adjusted(py, b.len())?;
            if step == 1 {
                let (lo, hi) = (start.max(0) as usize, stop.max(start).max(0) as usize);
                return Ok(py.new_str(s.s.get(lo..hi.min(b.len())).unwrap_or("")));
            }
            let idx = sl.indices(py, b.len())?;
            let out: String = idx.into_iter().map(|i| b[i] as char).collect();
            return Ok(py.new_str(&out));
        }
        let (start, stop, step) = sl.adjusted(py, s.chars)?;
        if step == 1 {
            let lo = start.max(0) as usize;
            let hi = (stop.max(start).max(0) as usize).min(s.chars);
            let (b, e) = (s.byte_offset(lo), s.byte_offset(hi));
            let text = s.s.get(b..e).unwrap_or("").to_string();
            return Ok(py.new_string(text, Some(hi.saturating_sub(lo))));
        }
        let chars: Vec<char> = s.s.chars().collect();
        let idx = sl.indices(py, chars.len())?;
        let out: String = idx.into_iter().map(|i| chars[i]).collect();
        return Ok(py.new_str(&out));
    }
    match obj::seq_index(py, key, s.chars, "string")? {
        Some(i) => {
            let c = s.char_at(i).unwrap_or("");
            if let [b] = c.as_bytes() {
                if let Some(v) = py.names.ascii_char(*b) {
                    return Ok(v.clone());
                }
            }
            Ok(py.new_str(c))
        }
        None => Err(py.type_error(format!(
            "string indices must be integers, not '{}'",
            py.type_name(key)
        ))),
    }
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    let ascii = v.downcast::<Str>().is_none_or(Str::is_ascii);
    let ty = if ascii {
        &py.types.str_iterator
    } else {
        &py.types.str_wide_iterator
    };
    Ok(super::iter::SeqIter::new_value(py, ty, v.clone()))
}

/// `str(object='')` or `str(bytes, encoding='utf-8', errors='strict')`.
fn new(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::text_args::bind(
        py,
        "str",
        args,
        kw,
        &["object", "encoding", "errors"],
        0,
        true,
    )?;
    let Some(x) = a[0] else {
        return Ok(py.new_str(""));
    };
    if a[1].is_none() && a[2].is_none() {
        if let Some(i) = x.as_int() {
            return Ok(int_text(py, i));
        }
        if py.type_of(x).is(&py.types.str) {
            return Ok(x.clone());
        }
        // A str subclass without its own `__str__`: an exact copy that keeps
        // the lone surrogates.
        if super::surrogates::is_marked(x) && py.type_obj(x).lookup_heap("__str__").is_none() {
            return Ok(super::surrogates::concat_values(
                py,
                std::slice::from_ref(x),
            ));
        }
        return Ok(py.new_str(&obj::str(py, x)?));
    }
    let param = |v: Option<&Value>, name: &str, default: &'static str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => as_str(v).map(str::to_string).ok_or_else(|| {
                py.type_error(format!(
                    "str() argument '{name}' must be str, not {}",
                    py.type_name(v)
                ))
            }),
        }
    };
    let enc = param(a[1], "encoding", "utf-8")?;
    let errors = param(a[2], "errors", "strict")?;
    if as_str(x).is_some() {
        return Err(py.type_error("decoding str is not supported".to_string()));
    }
    let Some(data) = super::bytes::bytes_like(x) else {
        return Err(py.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            py.type_name(x)
        )));
    };
    super::codec::decode_value(py, &data, &enc, &errors)
}

fn str_arg<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| py.type_error(format!("must be str, not {}", py.type_name(v))))
}

/// `str.format(*args, **kwargs)`.
pub(crate) fn format_method(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some((me, rest)) = args.split_first() else {
        return Err(
            py.type_error("descriptor 'format' of 'str' object needs an argument".to_string())
        );
    };
    let text = str_arg(py, me)?;
    let npos = rest.len().saturating_sub(kw.len());
    let (pos, kwvals) = rest.split_at(npos);
    super::str_format::format_fields(py, text, pos, super::str_format::Named::Kw(kw, kwvals))
}

pub use super::str_methods::METHODS;

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
