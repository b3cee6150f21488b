//! `Text`: the UTF-8 bytes of a str, stored inside the object when short.
//!
//! Most strs a program makes (words, keys, digits of small ints) are short;
//! keeping up to `INLINE` bytes inline saves the buffer's allocation and
//! its free, which were about a fifth of the time of string-heavy programs.
//!
//! **Invariant:** the bytes are valid UTF-8 (they always come from a `&str`
//! or a `String`), and an inline text's `len <= INLINE`.

use std::ops::Deref;

/// The longest text kept inline: the enum stays 24 bytes (a tag, the
/// length, the bytes), so that a `Str` object is 64 bytes.
pub const INLINE: usize = 22;

pub enum Text {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

const _: () = assert!(std::mem::size_of::<Text>() <= 24);

impl Text {
    #[inline]
    pub fn from_str(s: &str) -> Text {
        if s.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline {
                len: s.len() as u8,
                buf,
            }
        } else {
            Text::Heap(Box::from(s))
        }
    }

    /// Takes over `s`'s buffer when it is long (shrunk to fit), copies it
    /// inline when short.
    #[inline]
    pub fn from_string(s: String) -> Text {
        if s.len() <= INLINE {
            Text::from_str(&s)
        } else {
            Text::Heap(s.into_boxed_str())
        }
    }

    /// Text made by `fill` writing exactly `len` bytes of valid UTF-8 into
    /// a zeroed buffer (used for same-length ASCII transforms); `None` when
    /// the result is not UTF-8.
    #[inline]
    pub fn from_fill(len: usize, fill: impl FnOnce(&mut [u8])) -> Option<Text> {
        if len <= INLINE {
            let mut buf = [0u8; INLINE];
            fill(&mut buf[..len]);
            std::str::from_utf8(&buf[..len]).ok()?;
            Some(Text::Inline {
                len: len as u8,
                buf,
            })
        } else {
            let mut v = vec![0u8; len];
            fill(&mut v);
            String::from_utf8(v)
                .ok()
                .map(|s| Text::Heap(s.into_boxed_str()))
        }
    }

    /// The text of `parts` one after the other.
    pub fn concat<'a>(parts: impl Iterator<Item = &'a str> + Clone) -> Text {
        let len: usize = parts.clone().map(str::len).sum();
        if len <= INLINE {
            let mut buf = [0u8; INLINE];
            let mut at = 0;
            for p in parts {
                if let Some(dst) = buf.get_mut(at..at + p.len()) {
                    dst.copy_from_slice(p.as_bytes());
                }
                at += p.len();
            }
            Text::Inline {
                len: at.min(INLINE) as u8,
                buf,
            }
        } else {
            let mut out = String::with_capacity(len);
            for p in parts {
                out.push_str(p);
            }
            Text::Heap(out.into_boxed_str())
        }
    }

    /// The decimal digits of `i`.
    pub fn from_i64(i: i64) -> Text {
        let mut buf = [0u8; INLINE];
        let mut digits = [0u8; 20];
        let mut n = i.unsigned_abs();
        let mut k = digits.len();
        loop {
            k -= 1;
            digits[k] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let mut at = 0;
        if i < 0 {
            buf[0] = b'-';
            at = 1;
        }
        let d = &digits[k..];
        buf[at..at + d.len()].copy_from_slice(d);
        Text::Inline {
            len: (at + d.len()) as u8,
            buf,
        }
    }

    /// `from_fill` for ASCII output: checked as ASCII, which is cheaper
    /// than a UTF-8 check.
    #[inline]
    pub fn from_ascii_fill(len: usize, fill: impl FnOnce(&mut [u8])) -> Option<Text> {
        if len <= INLINE {
            let mut buf = [0u8; INLINE];
            fill(&mut buf[..len]);
            buf.is_ascii().then_some(Text::Inline {
                len: len as u8,
                buf,
            })
        } else {
            Text::from_fill(len, fill)
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Text::Inline { len, buf } => {
                let bytes = buf.get(..*len as usize).unwrap_or(&[]);
                // SAFETY: an inline text holds the bytes of a `&str` (module
                // invariant), cut at its length.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            Text::Heap(s) => s,
        }
    }
}

impl Deref for Text {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_heap() {
        for s in [
            "",
            "a",
            "héllo",
            &"x".repeat(INLINE),
            &"y".repeat(INLINE + 1),
        ] {
            let t = Text::from_str(s);
            assert_eq!(t.as_str(), s);
            let t = Text::from_string(s.to_string());
            assert_eq!(&*t, s);
            assert_eq!(matches!(t, Text::Inline { .. }), s.len() <= INLINE);
        }
        let t = Text::from_fill(3, |b| b.copy_from_slice(b"abc")).expect("utf8");
        assert_eq!(t.as_str(), "abc");
        assert!(Text::from_fill(1, |b| b[0] = 0xff).is_none());
        assert!(Text::from_ascii_fill(1, |b| b[0] = 0xc3).is_none());
        let t = Text::from_ascii_fill(2, |b| b.copy_from_slice(b"hi")).expect("ascii");
        assert_eq!(t.as_str(), "hi");
        for i in [0, 7, -7, 10, 1234567890, i64::MAX, i64::MIN] {
            assert_eq!(Text::from_i64(i).as_str(), i.to_string());
        }
        let parts = ["ab", "", "cdé"];
        assert_eq!(Text::concat(parts.iter().copied()).as_str(), "abcdé");
        let long = ["x".repeat(20), "y".repeat(20)];
        let t = Text::concat(long.iter().map(String::as_str));
        assert_eq!(t.as_str(), format!("{}{}", long[0], long[1]));
    }
}
