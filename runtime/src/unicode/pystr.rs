//! `PyStr`: the value of a Python `str`, any sequence of code points
//! U+0000..U+10FFFF, lone surrogates included.
//!
//! Rust's `String` cannot hold `'\ud800'`, so the text is kept in "generalised
//! UTF-8": every code point encoded on its own with the UTF-8 scheme, a
//! surrogate as the three bytes `ED A0..BF xx`. Unlike WTF-8, a high surrogate
//! followed by a low one stays two code points, as in Python. Text without
//! surrogates is plain UTF-8, so `as_str` is free for it, and byte order is
//! code point order.

use std::fmt;

#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PyStr {
    bytes: Vec<u8>,
}

impl PyStr {
    pub fn new() -> Self {
        PyStr { bytes: Vec::new() }
    }

    // Infallible, unlike `FromStr::from_str`, hence an inherent method.
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> Self {
        PyStr {
            bytes: s.as_bytes().to_vec(),
        }
    }

    /// A str of the given code points; `None` if one is above U+10FFFF.
    pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> Option<Self> {
        let mut s = PyStr::new();
        for cp in cps {
            if !s.push_code_point(cp) {
                return None;
            }
        }
        Some(s)
    }

    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn push(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.bytes
            .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    pub fn push_pystr(&mut self, s: &PyStr) {
        self.bytes.extend_from_slice(&s.bytes);
    }

    /// Appends one code point, surrogates included. Returns false (and
    /// appends nothing) above U+10FFFF.
    pub fn push_code_point(&mut self, cp: u32) -> bool {
        if let Some(c) = char::from_u32(cp) {
            self.push(c);
            return true;
        }
        if (0xD800..=0xDFFF).contains(&cp) {
            self.bytes.push(0xED);
            self.bytes.push(0x80 | ((cp >> 6) & 0x3F) as u8);
            self.bytes.push(0x80 | (cp & 0x3F) as u8);
            return true;
        }
        false
    }

    /// The text, when it holds no surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    /// The text with each surrogate replaced by U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        match self.as_str() {
            Some(s) => s.to_string(),
            None => self
                .chars()
                .map(|cp| char::from_u32(cp).unwrap_or('\u{FFFD}'))
                .collect(),
        }
    }

    /// The code points, in order.
    pub fn chars(&self) -> CodePoints<'_> {
        CodePoints {
            bytes: &self.bytes,
            pos: 0,
        }
    }

    /// The generalised UTF-8 bytes (see the module comment).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The generalised UTF-8 bytes, by value.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// A `PyStr` of bytes already in generalised UTF-8 (from `into_bytes`).
    pub fn from_raw_bytes(bytes: Vec<u8>) -> Self {
        PyStr { bytes }
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// `len(s)` in Python: the number of code points.
    pub fn len(&self) -> usize {
        // Every code point has exactly one byte that is not a continuation.
        self.bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
    }

    pub fn contains_code_point(&self, cp: u32) -> bool {
        self.chars().any(|c| c == cp)
    }
}

/// The code points of a `PyStr`.
#[derive(Clone)]
pub struct CodePoints<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let b = &self.bytes[self.pos.min(self.bytes.len())..];
        let first = *b.first()?;
        let cont = |i: usize| u32::from(b.get(i).copied().unwrap_or(0x80) & 0x3F);
        let (cp, n) = match first {
            0x00..=0x7F => (u32::from(first), 1),
            0xC0..=0xDF => ((u32::from(first & 0x1F) << 6) | cont(1), 2),
            0xE0..=0xEF => (
                (u32::from(first & 0x0F) << 12) | (cont(1) << 6) | cont(2),
                3,
            ),
            _ => (
                (u32::from(first & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
                4,
            ),
        };
        self.pos += n;
        Some(cp)
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> Self {
        PyStr::from_str(s)
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> Self {
        PyStr {
            bytes: s.into_bytes(),
        }
    }
}

impl PartialEq<str> for PyStr {
    fn eq(&self, other: &str) -> bool {
        self.bytes == other.as_bytes()
    }
}

impl PartialEq<&str> for PyStr {
    fn eq(&self, other: &&str) -> bool {
        self.bytes == other.as_bytes()
    }
}

/// Shown as Python's `repr`, so surrogates are visible.
impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::repr::pystr_repr(self))
    }
}

/// Lossy: surrogates show as U+FFFD.
impl fmt::Display for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_lossy())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip_and_do_not_pair() {
        let mut s = PyStr::from_str("a\u{e9}");
        assert!(s.push_code_point(0xD800));
        assert!(s.push_code_point(0xDC00));
        assert!(s.push_code_point(0x1F600));
        assert!(!s.push_code_point(0x110000));
        assert_eq!(
            s.chars().collect::<Vec<_>>(),
            vec![0x61, 0xE9, 0xD800, 0xDC00, 0x1F600]
        );
        assert_eq!(s.len(), 5);
        assert_eq!(s.as_str(), None);
        assert_eq!(s.to_string_lossy(), "a\u{e9}\u{fffd}\u{fffd}\u{1f600}");
        let plain = PyStr::from("h\u{e9}llo");
        assert_eq!(plain.as_str(), Some("h\u{e9}llo"));
        assert_eq!(plain.len(), 5);
    }

    #[test]
    fn order_is_code_point_order() {
        let mk = |cp| PyStr::from_code_points([cp]).unwrap();
        let cps = [
            0x41, 0x7FF, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF,
        ];
        for w in cps.windows(2) {
            assert!(mk(w[0]) < mk(w[1]), "{:x} < {:x}", w[0], w[1]);
        }
    }
}
