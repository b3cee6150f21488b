//! Lone surrogates (U+D800..U+DFFF) in `str`.
//!
//! A str's text is always valid UTF-8, so each lone surrogate is stored as
//! U+FFFD in the text and the `Str` carries a side list of `(character
//! index, code unit)` pairs, sorted by index (`Str::surrogates`, `None` for
//! the common case). The operations that must see code points (indexing,
//! iteration, comparison, hashing, concatenation, search, repr, the codecs)
//! consult the list through the functions here; the others see U+FFFD.

use std::cmp::Ordering;

use crate::object::str::{as_str, Str};
use crate::object::PyResult;
use crate::unicode::PyStr;
use crate::value::Value;
use crate::vm::Py;

/// The lone surrogates of one str: `(character index, code unit)`, sorted.
pub struct Surrogates(pub Vec<(usize, u16)>);

/// What a surrogate stands as in the text.
pub const STAND_IN: char = '\u{fffd}';

impl Str {
    /// The str's lone surrogates (empty for almost every str).
    #[inline]
    pub fn surrogate_marks(&self) -> &[(usize, u16)] {
        self.surrogates.as_deref().map_or(&[], |m| &m.0)
    }

    #[inline]
    pub fn has_surrogates(&self) -> bool {
        self.surrogates.is_some()
    }

    /// The code points, lone surrogates included.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints {
            chars: self.s.chars(),
            marks: self.surrogate_marks(),
            index: 0,
        }
    }
}

/// The code points of a `Str` (see `Str::code_points`).
pub struct CodePoints<'a> {
    chars: std::str::Chars<'a>,
    marks: &'a [(usize, u16)],
    index: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let c = self.chars.next()?;
        let i = self.index;
        self.index += 1;
        match self.marks.first() {
            Some(&(at, unit)) if at == i => {
                self.marks = &self.marks[1..];
                Some(u32::from(unit))
            }
            _ => Some(c as u32),
        }
    }
}

/// The surrogate list of a str value (empty for other values).
#[inline]
pub fn marks(v: &Value) -> &[(usize, u16)] {
    v.downcast::<Str>().map_or(&[], Str::surrogate_marks)
}

/// Does `v` hold a lone surrogate?
#[inline]
pub fn is_marked(v: &Value) -> bool {
    v.downcast::<Str>().is_some_and(Str::has_surrogates)
}

fn is_surrogate(cp: u32) -> bool {
    (0xD800..=0xDFFF).contains(&cp)
}

/// Builds a str code point by code point, surrogates included.
#[derive(Default)]
pub struct Builder {
    text: String,
    chars: usize,
    marks: Vec<(usize, u16)>,
}

impl Builder {
    pub fn new() -> Self {
        Builder::default()
    }

    /// Appends one code point; false (nothing appended) above U+10FFFF.
    pub fn push_code_point(&mut self, cp: u32) -> bool {
        if let Some(c) = char::from_u32(cp) {
            self.text.push(c);
        } else if is_surrogate(cp) {
            self.marks.push((self.chars, cp as u16));
            self.text.push(STAND_IN);
        } else {
            return false;
        }
        self.chars += 1;
        true
    }

    /// Appends plain text (no surrogates).
    pub fn push_text(&mut self, s: &str) {
        self.text.push_str(s);
        self.chars += s.chars().count();
    }

    /// Appends the whole of `s`, surrogates included.
    pub fn push_str(&mut self, s: &Str) {
        let base = self.chars;
        self.marks
            .extend(s.surrogate_marks().iter().map(|&(i, u)| (base + i, u)));
        self.text.push_str(&s.s);
        self.chars += s.chars;
    }

    /// Appends a str value (its text if it is not a `Str`).
    pub fn push_value(&mut self, v: &Value) {
        match v.downcast::<Str>() {
            Some(s) => self.push_str(s),
            None => self.push_text(as_str(v).unwrap_or("")),
        }
    }

    pub fn finish(self, py: Py<'_>) -> Value {
        if self.marks.is_empty() {
            return py.new_string(self.text, Some(self.chars));
        }
        let marks = Some(Box::new(Surrogates(self.marks)));
        py.alloc(
            &py.types.str,
            Str::with_surrogates(self.text, self.chars, marks),
        )
    }
}

/// A str of the given code points (each at most U+10FFFF).
pub fn from_code_points(py: Py<'_>, cps: impl IntoIterator<Item = u32>) -> Value {
    let mut b = Builder::new();
    for cp in cps {
        b.push_code_point(cp);
    }
    b.finish(py)
}

/// The str value of a `PyStr` (compiler constants, decoded bytes).
pub fn from_pystr(py: Py<'_>, s: PyStr) -> Value {
    match String::from_utf8(s.into_bytes()) {
        Ok(text) => py.new_string(text, None),
        Err(e) => from_code_points(py, PyStr::from_raw_bytes(e.into_bytes()).chars()),
    }
}

/// The one-character str of a code point; `None` above U+10FFFF.
pub fn from_code_point(py: Py<'_>, cp: u32) -> Option<Value> {
    match char::from_u32(cp) {
        Some(c) => Some(py.new_str(c.encode_utf8(&mut [0; 4]))),
        None if is_surrogate(cp) => Some(from_code_points(py, [cp])),
        None => None,
    }
}

/// `s[key]` for a str holding surrogates.
pub fn getitem(py: Py<'_>, s: &Str, key: &Value) -> PyResult<Option<Value>> {
    let cps: Vec<u32> = s.code_points().collect();
    if let Some(sl) = key.downcast::<super::slice::Slice>() {
        let idx = sl.indices(py, cps.len())?;
        return Ok(Some(from_code_points(
            py,
            idx.into_iter().filter_map(|i| cps.get(i).copied()),
        )));
    }
    match super::seq_index(py, key, cps.len(), "string")? {
        Some(i) => Ok(cps.get(i).and_then(|&cp| from_code_point(py, cp))),
        None => Ok(None),
    }
}

/// The code unit of the surrogate whose stand-in starts at byte `at`.
pub fn unit_at_byte(s: &Str, at: usize) -> Option<u16> {
    let m = s.surrogate_marks();
    let k = m
        .binary_search_by(|&(i, _)| s.byte_offset(i).cmp(&at))
        .ok()?;
    m.get(k).map(|&(_, u)| u)
}

/// Code point order of two strs.
pub fn compare(a: &Str, b: &Str) -> Ordering {
    if !a.has_surrogates() && !b.has_surrogates() {
        // UTF-8 byte order is code point order.
        return a.s.cmp(&b.s);
    }
    a.code_points().cmp(b.code_points())
}

/// CPython's fixed-width form of the text (1, 2 or 4 little-endian bytes
/// per code point, by the widest), which its str hash reads.
pub fn fixed_width(s: &Str) -> Vec<u8> {
    let widest = s.code_points().max().unwrap_or(0);
    let mut bytes = Vec::with_capacity(s.s.len() * 2);
    for c in s.code_points() {
        match widest {
            0..=0xff => bytes.push(c as u8),
            0x100..=0xffff => bytes.extend_from_slice(&(c as u16).to_le_bytes()),
            _ => bytes.extend_from_slice(&c.to_le_bytes()),
        }
    }
    bytes
}

/// `a + b` when either holds surrogates.
pub fn concat(py: Py<'_>, a: &Str, b: &Str) -> Value {
    let mut out = Builder::new();
    out.push_str(a);
    out.push_str(b);
    out.finish(py)
}

/// `s * n` for a str `s` holding surrogates.
pub fn repeat_value(
    py: Py<'_>,
    s: &Value,
    n: &Value,
    seq_on_left: bool,
) -> PyResult<Option<Value>> {
    let Some(n) = super::text_args::repeat_count(py, n)? else {
        return super::text_args::non_int_repeat(py, n, seq_on_left);
    };
    let Some(s) = s.downcast::<Str>() else {
        return Ok(None);
    };
    super::text_args::repeat_size(py, s.s.len(), n, "repeated string is too long")?;
    let mut out = Builder::new();
    for _ in 0..n.max(0) {
        out.push_str(s);
    }
    Ok(Some(out.finish(py)))
}

/// The first (or, `last`, the final) index at which `sub` occurs in
/// `hay[start..end]` (character indexes, already clamped), by code points.
pub fn find(hay: &Str, sub: &Str, start: usize, end: usize, last: bool) -> Option<usize> {
    let h: Vec<u32> = hay.code_points().collect();
    let n: Vec<u32> = sub.code_points().collect();
    let end = end.min(h.len());
    if start > end || n.len() > end - start {
        return None;
    }
    let mut at = (start..=end - n.len()).filter(|&i| h.get(i..i + n.len()) == Some(&n[..]));
    if last {
        at.last()
    } else {
        at.next()
    }
}

/// How many times `sub` occurs, not overlapping, in `hay[start..end]`.
pub fn count(hay: &Str, sub: &Str, start: usize, end: usize) -> usize {
    let h: Vec<u32> = hay.code_points().collect();
    let n: Vec<u32> = sub.code_points().collect();
    let end = end.min(h.len());
    if start > end {
        return 0;
    }
    if n.is_empty() {
        return end - start + 1;
    }
    let (mut i, mut found) = (start, 0);
    while i + n.len() <= end {
        if h.get(i..i + n.len()) == Some(&n[..]) {
            found += 1;
            i += n.len();
        } else {
            i += 1;
        }
    }
    found
}

/// `find`, `rfind`, `index`, `rindex` and `count` (by `name`) when the
/// str or the substring holds surrogates; `None`: the caller searches.
pub fn search(
    py: Py<'_>,
    hay: &Value,
    sub: &Value,
    start: Option<i64>,
    end: Option<i64>,
    name: &str,
) -> PyResult<Option<Value>> {
    let (Some(h), Some(n)) = (hay.downcast::<Str>(), sub.downcast::<Str>()) else {
        return Ok(None);
    };
    if !h.has_surrogates() && !n.has_surrogates() {
        return Ok(None);
    }
    let (b, e) = super::text_args::span(h.chars, start, end);
    let past = super::text_args::span_past_end(h.chars, start);
    if name == "count" {
        let c = if past { 0 } else { count(h, n, b, e) };
        return Ok(Some(super::int::new_i64(py, c as i64)));
    }
    let found = if past {
        None
    } else {
        find(h, n, b, e, name.starts_with('r'))
    };
    match (found, name) {
        (Some(i), _) => Ok(Some(super::int::new_i64(py, i as i64))),
        (None, "index" | "rindex") => Err(py.value_error("substring not found".to_string())),
        (None, _) => Ok(Some(super::int::new_i64(py, -1))),
    }
}

/// `hay[start..end].startswith(p)` (or `endswith`, `!at_start`) by code
/// points.
pub fn affix_matches(hay: &Str, start: usize, end: usize, p: &Str, at_start: bool) -> bool {
    let h: Vec<u32> = hay.code_points().collect();
    let p: Vec<u32> = p.code_points().collect();
    let window = h.get(start..end.min(h.len())).unwrap_or(&[]);
    if at_start {
        window.starts_with(&p)
    } else {
        window.ends_with(&p)
    }
}

/// `sub in hay` by code points.
pub fn contains(hay: &Str, sub: &Str) -> bool {
    find(hay, sub, 0, hay.chars, false).is_some()
}

/// `repr(s)`: a lone surrogate is not printable, so it shows as `\ud800`.
pub fn repr(s: &Str) -> String {
    let mut p = PyStr::new();
    for cp in s.code_points() {
        p.push_code_point(cp);
    }
    crate::repr::pystr_repr(&p)
}

/// The concatenation of str values (BUILD_STRING, `str.__add__`), always a
/// new object.
pub fn concat_values(py: Py<'_>, parts: &[Value]) -> Value {
    let mut out = Builder::new();
    for p in parts {
        out.push_value(p);
    }
    out.finish(py)
}

/// `sep.join(items)` when some piece holds surrogates (items all strs).
pub fn join(py: Py<'_>, sep: &Value, items: &[Value]) -> Value {
    let mut out = Builder::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_value(sep);
        }
        out.push_value(item);
    }
    out.finish(py)
}

// ---- stand-ins for the other str methods ----
//
// The methods that rearrange text (replace, split, strip, upper, %, ...)
// run on stand-ins: each lone surrogate of the arguments becomes the
// private-use code point U+10F800 + (unit - U+D800), which no method treats
// specially, and the results (a str, or a tuple or list of strs) get the
// surrogates back; a repr's `\U0010f800` escapes become `\ud800`. Only
// exact strs and tuples of them are mapped (subclasses may define
// `__str__`/`__format__`; dicts and lists are not scanned, so that a call's
// cost does not grow with them). Text already holding those code points
// runs as is (its surrogates then read as U+FFFD), and a `__format__` or
// `__str__` that returns them while a surrogate is about gets surrogates.

const FIRST_STAND_IN: u32 = 0x10f800;

fn private_use(c: char) -> bool {
    (c as u32) >= FIRST_STAND_IN
}

/// `v` with its surrogates as stand-ins (exact tuples element-wise);
/// `None` when nothing changes. Instances of str subclasses are left
/// alone (they may define `__str__` or `__format__`) unless `any_str`.
fn stand_ins_in(py: Py<'_>, v: &Value, any_str: bool) -> Option<Value> {
    let exact = any_str || v.has_type(&py.types.str);
    if let Some(s) = v.downcast::<Str>().filter(|s| exact && s.has_surrogates()) {
        let text = stand_in_text(v)?;
        return Some(py.new_string(text, Some(s.chars)));
    }
    if let Some(t) = v
        .downcast::<super::tuple::Tuple>()
        .filter(|_| v.has_type(&py.types.tuple))
    {
        let items: Vec<Option<Value>> = t.0.iter().map(|x| stand_ins_in(py, x, false)).collect();
        if items.iter().any(Option::is_some) {
            let all = items
                .into_iter()
                .zip(t.0.iter())
                .map(|(m, x)| m.unwrap_or_else(|| x.clone()))
                .collect();
            return Some(super::tuple::new(py, all));
        }
    }
    None
}

/// Does `v` (a str, or a tuple of them: `%`'s arguments) hold a lone
/// surrogate?
fn marks_of(v: &Value) -> bool {
    if let Some(t) = v.downcast::<super::tuple::Tuple>() {
        return t.0.iter().any(is_marked);
    }
    is_marked(v)
}

/// Does `v` (a str, or a tuple of them) already hold a stand-in code
/// point? This reads the text, so it runs only when `marks_of` said yes.
fn stand_ins_of(v: &Value) -> bool {
    if let Some(t) = v.downcast::<super::tuple::Tuple>() {
        return t.0.iter().any(stand_ins_of);
    }
    v.downcast::<Str>()
        .is_some_and(|s| !s.is_ascii() && s.s.chars().any(private_use))
}

/// (some value holds surrogates, some value already holds stand-ins).
fn scan(vals: &[&Value]) -> (bool, bool) {
    let marked = vals.iter().any(|v| marks_of(v));
    (marked, marked && vals.iter().any(|v| stand_ins_of(v)))
}

/// `v` with its stand-ins back as surrogates (tuples and lists of strs
/// element-wise, as the methods return them).
fn stand_ins_out(py: Py<'_>, v: Value) -> Value {
    if let Some(s) = v.downcast::<Str>() {
        // A repr (`%r`, `{!r}`) wrote the stand-ins as escapes.
        if s.s.contains("\\U0010f") {
            let text = unescape_stand_ins(&s.s);
            return stand_ins_out(py, py.new_string(text, None));
        }
        if s.is_ascii() || !s.s.chars().any(private_use) {
            return v;
        }
        return from_stand_in_text(py, &s.s);
    }
    if let Some(t) = v.downcast::<super::tuple::Tuple>() {
        let items = t.0.iter().map(|x| stand_ins_out(py, x.clone())).collect();
        return super::tuple::new(py, items);
    }
    if v.has_type(&py.types.list) {
        if let Some(l) = v.downcast::<super::list::List>() {
            let items: Vec<Value> = l.0.borrow().clone();
            let items = items.into_iter().map(|x| stand_ins_out(py, x)).collect();
            return super::list::new(py, items);
        }
    }
    v
}

/// `\\U0010f800`..`\\U0010ffff` (a stand-in's repr) back to `\\ud800`..`\\udfff`.
fn unescape_stand_ins(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\\U0010f") {
        out.push_str(&rest[..at]);
        let esc = rest.get(at..at + 10).unwrap_or("");
        let cp = esc
            .get(2..)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .filter(|&cp| cp >= FIRST_STAND_IN);
        match cp {
            Some(cp) => {
                out.push_str(&format!("\\u{:04x}", cp - FIRST_STAND_IN + 0xd800));
                rest = &rest[at + 10..];
            }
            None => {
                out.push_str("\\U");
                rest = &rest[at + 2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of a str value with its lone surrogates as stand-ins, for
/// code that keeps text as `String` (io's buffers, `%` with a dict); `None`
/// when the value holds none.
pub fn stand_in_text(v: &Value) -> Option<String> {
    let s = v.downcast::<Str>().filter(|s| s.has_surrogates())?;
    Some(
        s.code_points()
            .map(|cp| match cp {
                0xd800..=0xdfff => char::from_u32(FIRST_STAND_IN + cp - 0xd800),
                _ => char::from_u32(cp),
            })
            .map(|c| c.unwrap_or(STAND_IN))
            .collect(),
    )
}

/// An exact str value (or tuple of them) with its lone surrogates as
/// stand-ins; `None` when it holds none.
pub fn stand_ins_for(py: Py<'_>, v: &Value) -> Option<Value> {
    stand_ins_in(py, v, false)
}

/// A method's result with its stand-ins back as lone surrogates (strs, and
/// tuples and lists of them; a repr's escapes too).
pub fn from_stand_ins(py: Py<'_>, v: Value) -> Value {
    stand_ins_out(py, v)
}

/// The str of `text` with its stand-ins back as lone surrogates.
pub fn from_stand_in_text(py: Py<'_>, text: &str) -> Value {
    if text.is_ascii() || !text.chars().any(private_use) {
        return py.new_str(text);
    }
    from_code_points(
        py,
        text.chars().map(|c| match c as u32 {
            cp if cp >= FIRST_STAND_IN => cp - FIRST_STAND_IN + 0xd800,
            cp => cp,
        }),
    )
}

/// Runs the str method `f` with surrogates as stand-ins (see above).
pub fn via_stand_ins(
    py: Py<'_>,
    args: &[Value],
    kw: &[Value],
    f: super::typeobj::NativeFn,
) -> PyResult<Value> {
    // The common case costs one type check per argument.
    if !args.iter().any(marks_of) || args.iter().any(stand_ins_of) {
        return f(py, args, kw);
    }
    let mapped: Vec<Value> = args
        .iter()
        .enumerate()
        .map(|(i, a)| stand_ins_in(py, a, i == 0).unwrap_or_else(|| a.clone()))
        .collect();
    Ok(stand_ins_out(py, f(py, &mapped, kw)?))
}

/// Do these values (or the elements of tuples and lists among them) hold
/// lone surrogates?
pub fn any_marked(vals: &[&Value]) -> bool {
    vals.iter().any(|v| marks_of(v))
}

/// `fmt % args` with surrogates in the format or the arguments.
pub fn percent(py: Py<'_>, fmt: &Value, args: &Value) -> PyResult<Value> {
    let (_, taken) = scan(&[fmt, args]);
    let text = |v: &Value| as_str(v).unwrap_or("").to_string();
    if taken {
        return super::str_format::percent_str(py, &text(fmt), args);
    }
    let f = stand_ins_in(py, fmt, true).unwrap_or_else(|| fmt.clone());
    let a = stand_ins_in(py, args, false).unwrap_or_else(|| args.clone());
    let r = super::str_format::percent_str(py, &text(&f), &a)?;
    Ok(stand_ins_out(py, r))
}

/// `format(s, spec)` for an exact str `s` holding surrogates.
pub fn format_str(py: Py<'_>, s: &Value, spec: &str) -> PyResult<Value> {
    let (_, taken) = scan(&[s]);
    let v = match taken {
        true => s.clone(),
        false => stand_ins_in(py, s, true).unwrap_or_else(|| s.clone()),
    };
    let text = super::format::format(py, &v, spec)?;
    Ok(stand_ins_out(py, py.new_string(text, None)))
}

/// A str method that keeps lone surrogates through stand-ins:
/// `keep_surrogates!(replace)` in a method table.
#[macro_export]
macro_rules! keep_surrogates {
    ($f:expr) => {{
        fn wrapped(
            py: $crate::vm::Py<'_>,
            args: &[$crate::value::Value],
            kw: &[$crate::value::Value],
        ) -> $crate::object::PyResult<$crate::value::Value> {
            $crate::object::surrogates::via_stand_ins(py, args, kw, $f)
        }
        wrapped as $crate::object::typeobj::NativeFn
    }};
}

/// The bytes python3's stdout (UTF-8 with `surrogateescape` under the C
/// locale) or stderr (`backslashreplace`) writes for a str with surrogates;
/// `None` for other values, written as their text.
pub fn stream_bytes(py: Py<'_>, v: &Value, stderr: bool) -> PyResult<Option<Vec<u8>>> {
    if !is_marked(v) {
        return Ok(None);
    }
    let errors = if stderr {
        "backslashreplace"
    } else {
        "surrogateescape"
    };
    super::codec::encode_value(py, v, "utf-8", errors).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, marks: &[(usize, u16)]) -> Str {
        let m = (!marks.is_empty()).then(|| Box::new(Surrogates(marks.to_vec())));
        Str::with_surrogates(text.to_string(), text.chars().count(), m)
    }

    #[test]
    fn code_points_put_the_surrogates_back() {
        let s = marked("a\u{fffd}\u{fffd}\u{e9}", &[(1, 0xd800)]);
        assert_eq!(
            s.code_points().collect::<Vec<_>>(),
            vec![0x61, 0xd800, 0xfffd, 0xe9]
        );
        assert_eq!(unit_at_byte(&s, 1), Some(0xd800));
        assert_eq!(unit_at_byte(&s, 4), None);
    }

    #[test]
    fn order_and_search_use_code_points() {
        let sur = marked("\u{fffd}", &[(0, 0xdc80)]);
        let repl = marked("\u{fffd}", &[]);
        let low = marked("\u{d7ff}", &[]);
        assert_eq!(compare(&sur, &repl), Ordering::Less);
        assert_eq!(compare(&low, &sur), Ordering::Less);
        let hay = marked("x\u{fffd}y\u{fffd}", &[(3, 0xdc80)]);
        assert_eq!(find(&hay, &sur, 0, 4, false), Some(3));
        assert_eq!(find(&hay, &repl, 0, 4, false), Some(1));
        assert_eq!(count(&hay, &sur, 0, 4), 1);
        assert!(!contains(&repl, &sur));
    }

    #[test]
    fn fixed_width_uses_the_code_unit() {
        let s = marked("a\u{fffd}", &[(1, 0xd800)]);
        assert_eq!(fixed_width(&s), vec![0x61, 0, 0x00, 0xd8]);
        assert_eq!(repr(&s), "'a\\ud800'");
    }
}
