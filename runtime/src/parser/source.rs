//! Source bytes -> text: the UTF-8 BOM, the PEP 263 coding cookie and
//! newline normalisation, with CPython 3.11's `compile(bytes)` messages.
//!
//! Only UTF-8, Latin-1 and ASCII are decoded; any other cookie is reported as
//! an unknown encoding.

use std::borrow::Cow;

use super::error::ParseError;

/// The encodings a coding cookie may name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

/// Decodes a source file: strips a UTF-8 BOM, honours a coding cookie in line
/// 1 or 2, and turns `\r\n` and `\r` into `\n`.
pub fn decode_source(bytes: &[u8]) -> Result<String, ParseError> {
    let (bom, body) = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => (true, rest),
        _ => (false, bytes),
    };
    let encoding = match coding_cookie(body) {
        None => Encoding::Utf8,
        Some(name) => {
            let (normal, encoding) = lookup(name);
            let Some(encoding) = encoding else {
                return Err(ParseError::syntax(format!("unknown encoding: {name}"), 0, 0));
            };
            if bom && encoding != Encoding::Utf8 {
                return Err(ParseError::syntax(format!("encoding problem: {normal} with BOM"), 0, 0));
            }
            encoding
        }
    };
    let text = match encoding {
        Encoding::Utf8 => decode_utf8(body)?,
        Encoding::Latin1 => body.iter().map(|&b| b as char).collect(),
        Encoding::Ascii => match body.iter().position(|&b| b >= 0x80) {
            None => body.iter().map(|&b| b as char).collect(),
            Some(i) => {
                let pos = i + if bom { 3 } else { 0 };
                let msg = format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range(128)",
                    body[i]
                );
                return Err(ParseError::syntax(msg, 0, 0));
            }
        },
    };
    Ok(normalize_newlines(&text).into_owned())
}

/// `\r\n` and lone `\r` become `\n`, as CPython's universal newlines do.
pub fn normalize_newlines(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('\r') {
        out.push_str(&rest[..i]);
        out.push('\n');
        rest = &rest[i + 1..];
        if let Some(after) = rest.strip_prefix('\n') {
            rest = after;
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The encoding named by a coding cookie in line 1, or in line 2 when line
/// 1 holds only blanks or a comment.
fn coding_cookie(body: &[u8]) -> Option<&str> {
    let mut lines = body.split(|&b| b == b'\n' || b == b'\r');
    let first = lines.next()?;
    if let Some(name) = cookie_in(first) {
        return Some(name);
    }
    let first_is_comment = first.iter().find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c')).map_or(true, |&b| b == b'#');
    if !first_is_comment {
        return None;
    }
    // A `\r\n` ending yields an empty piece between the two bytes.
    let second = if body.get(first.len()) == Some(&b'\r') && body.get(first.len() + 1) == Some(&b'\n') {
        lines.nth(1)?
    } else {
        lines.next()?
    };
    cookie_in(second)
}

/// `coding[:=]\s*name` inside a line that is only a comment.
fn cookie_in(line: &[u8]) -> Option<&str> {
    let hash = line.iter().position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[hash] != b'#' {
        return None;
    }
    let comment = &line[hash..];
    let mut from = 0;
    while let Some(i) = find(&comment[from..], b"coding") {
        let mut p = from + i + 6;
        from = p;
        if !matches!(comment.get(p), Some(b':' | b'=')) {
            continue;
        }
        p += 1;
        while matches!(comment.get(p), Some(b' ' | b'\t')) {
            p += 1;
        }
        let start = p;
        while matches!(comment.get(p), Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.')) {
            p += 1;
        }
        if p > start {
            return std::str::from_utf8(&comment[start..p]).ok();
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// CPython's `get_normal_name` (used in the BOM message) and the encoding,
/// if it is one we decode. Codec names ignore case and `-`/`_`.
fn lookup(name: &str) -> (String, Option<Encoding>) {
    let key: String = name.chars().map(|c| if c == '_' || c == ' ' { '-' } else { c.to_ascii_lowercase() }).collect();
    let encoding = match key.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Encoding::Utf8),
        k if k.starts_with("utf-8-") => Some(Encoding::Utf8),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "iso-latin-1" | "8859" | "cp819"
        | "iso-ir-100" | "csisolatin1" => Some(Encoding::Latin1),
        k if k.starts_with("latin-1-") || k.starts_with("iso-8859-1-") || k.starts_with("iso-latin-1-") => {
            Some(Encoding::Latin1)
        }
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" | "cp367" => Some(Encoding::Ascii),
        _ => None,
    };
    let normal = match encoding {
        Some(Encoding::Utf8) => "utf-8".to_string(),
        Some(Encoding::Latin1) => "iso-8859-1".to_string(),
        _ => name.to_string(),
    };
    (normal, encoding)
}

/// UTF-8 without a cookie. Invalid bytes inside a comment are replaced, as
/// CPython never decodes comments; elsewhere they are CPython's "(unicode
/// error)", whose position counts from the string body or name holding
/// the byte.
fn decode_utf8(body: &[u8]) -> Result<String, ParseError> {
    let mut out = String::new();
    let mut rest = body;
    let mut done = 0;
    loop {
        let err = match std::str::from_utf8(rest) {
            Ok(s) => {
                if out.is_empty() {
                    return Ok(s.to_string());
                }
                out.push_str(s);
                return Ok(out);
            }
            Err(err) => err,
        };
        let good = err.valid_up_to();
        let bad = done + good;
        let skip = err.error_len().unwrap_or(rest.len() - good);
        let line_start = body[..bad].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = &body[line_start..bad];
        match place(line) {
            Place::Comment => {
                // The prefix is valid UTF-8 by construction.
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                out.push('\u{FFFD}');
                rest = &rest[good + skip..];
                done += good + skip;
            }
            Place::Code(from) => {
                let pos = bad - line_start - from;
                let first = body[bad];
                let (what, reason) = match err.error_len() {
                    None if skip > 1 => (format!("bytes in position {}-{}", pos, pos + skip - 1), "unexpected end of data"),
                    None => (format!("byte 0x{first:02x} in position {pos}"), "unexpected end of data"),
                    Some(1) if first < 0xC2 || first > 0xF4 => {
                        (format!("byte 0x{first:02x} in position {pos}"), "invalid start byte")
                    }
                    Some(1) => (format!("byte 0x{first:02x} in position {pos}"), "invalid continuation byte"),
                    Some(n) => {
                        (format!("bytes in position {}-{}", pos, pos + n - 1), "invalid continuation byte")
                    }
                };
                let lineno = 1 + body[..bad].iter().filter(|&&b| b == b'\n').count() as u32;
                let col = 1 + line.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u32;
                let msg = format!("(unicode error) 'utf-8' codec can't decode {what}: {reason}");
                return Err(ParseError::syntax(msg, lineno, col).with_end(lineno, col));
            }
        }
    }
}

/// Where a bad byte sits, judged from the part of its line before it.
enum Place {
    Comment,
    /// In code; the offset in the line where the string body or name holding
    /// the byte starts.
    Code(usize),
}

fn place(before: &[u8]) -> Place {
    let mut quote: Option<u8> = None;
    let mut body_start = 0;
    let mut word_start = 0;
    let mut i = 0;
    while i < before.len() {
        let c = before[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                b'#' => return Place::Comment,
                b'\'' | b'"' => {
                    quote = Some(c);
                    body_start = i + 1;
                }
                _ => {}
            },
        }
        if !(c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80) {
            word_start = i + 1;
        }
        i += 1;
    }
    Place::Code(if quote.is_some() { body_start } else { word_start })
}
