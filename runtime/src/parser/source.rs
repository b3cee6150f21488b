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
                return Err(ParseError::syntax(
                    format!("unknown encoding: {name}"),
                    0,
                    0,
                ));
            };
            if bom && encoding != Encoding::Utf8 {
                return Err(ParseError::syntax(
                    format!("encoding problem: {normal} with BOM"),
                    0,
                    0,
                ));
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

/// As `decode_source`, with the messages `python3 FILE` gives for a file
/// rather than those of `compile(bytes)`: undeclared non-UTF-8 bytes
/// (comments included) are "Non-UTF-8 code starting with ...", a bad or
/// unknown cookie is an "encoding problem", and NUL bytes are refused.
pub fn decode_file(bytes: &[u8], filename: &str) -> Result<String, ParseError> {
    let line_of = |i: usize| 1 + bytes[..i].iter().filter(|&&b| b == b'\n').count() as u32;
    let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
    let body = if bom { &bytes[3..] } else { bytes };
    let cookie = coding_cookie(body);
    if let Some(name) = cookie {
        let (normal, encoding) = lookup(name);
        match encoding {
            None => {
                return Err(ParseError::syntax(
                    format!("encoding problem: {name}"),
                    0,
                    0,
                ))
            }
            Some(Encoding::Utf8) => {}
            Some(_) if bom => {
                return Err(ParseError::syntax(
                    format!("encoding problem: {normal} with BOM"),
                    0,
                    0,
                ))
            }
            Some(Encoding::Ascii) if body.iter().any(|&b| b >= 0x80) => {
                return Err(ParseError::syntax(
                    format!("encoding problem: {name}"),
                    0,
                    0,
                ))
            }
            Some(_) => {}
        }
    }
    let nul = bytes.iter().position(|&b| b == 0);
    // Each line is checked as it is read: UTF-8 first, then NUL bytes.
    let bad_utf8 = match (bom || cookie.is_some(), std::str::from_utf8(body)) {
        (false, Err(e)) => Some(e.valid_up_to() + if bom { 3 } else { 0 }),
        _ => None,
    };
    if let Some(i) = bad_utf8 {
        if nul.is_none_or(|n| line_of(i) <= line_of(n)) {
            let msg = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[i],
                line_of(i)
            );
            return Err(ParseError::syntax(msg, 0, 0));
        }
    }
    if let Some(n) = nul {
        return Err(ParseError::syntax(
            "source code cannot contain null bytes",
            line_of(n),
            0,
        ));
    }
    decode_source(bytes)
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
    let first_is_comment = first
        .iter()
        .find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .is_none_or(|&b| b == b'#');
    if !first_is_comment {
        return None;
    }
    // A `\r\n` ending yields an empty piece between the two bytes.
    let second =
        if body.get(first.len()) == Some(&b'\r') && body.get(first.len() + 1) == Some(&b'\n') {
            lines.nth(1)?
        } else {
            lines.next()?
        };
    cookie_in(second)
}

/// `coding[:=]\s*name` inside a line that is only a comment.
fn cookie_in(line: &[u8]) -> Option<&str> {
    let hash = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
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
        while matches!(comment.get(p), Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
        {
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
    let key: String = name
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let encoding = match key.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Encoding::Utf8),
        k if k.starts_with("utf-8-") => Some(Encoding::Utf8),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "iso-latin-1"
        | "8859" | "cp819" | "iso-ir-100" | "csisolatin1" => Some(Encoding::Latin1),
        k if k.starts_with("latin-1-")
            || k.starts_with("iso-8859-1-")
            || k.starts_with("iso-latin-1-") =>
        {
            Some(Encoding::Latin1)
        }
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" | "cp367" => {
            Some(Encoding::Ascii)
        }
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
        let line_start = body[..bad]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = &body[line_start..bad];
        match place(line) {
            Place::Comment => {
                // The prefix is valid UTF-8 by construction.
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                out.push('\u{FFFD}');
                rest = &rest[good + skip..];
                done += good + skip;
            }
            Place::Code(from, quote) => {
                let pos = line.len() - from.min(line.len());
                let first = body[bad];
                // CPython decodes a string body in pieces that end at the
                // closing quote or a backslash, so a character cut short there
                // is "unexpected end of data".
                let cut = match (err.error_len(), quote) {
                    (Some(n), Some(q)) if (0xC2..=0xF4).contains(&first) => {
                        matches!(body.get(bad + n), Some(&c) if c == q || c == b'\\')
                    }
                    _ => false,
                };
                let error_len = if cut { None } else { err.error_len() };
                let (what, reason) = match error_len {
                    None if skip > 1 => (
                        format!("bytes in position {}-{}", pos, pos + skip - 1),
                        "unexpected end of data",
                    ),
                    None => (
                        format!("byte 0x{first:02x} in position {pos}"),
                        "unexpected end of data",
                    ),
                    Some(1) if !(0xC2..=0xF4).contains(&first) => (
                        format!("byte 0x{first:02x} in position {pos}"),
                        "invalid start byte",
                    ),
                    Some(1) => (
                        format!("byte 0x{first:02x} in position {pos}"),
                        "invalid continuation byte",
                    ),
                    Some(n) => (
                        format!("bytes in position {}-{}", pos, pos + n - 1),
                        "invalid continuation byte",
                    ),
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
    /// In code: the offset in the line where the string body or name holding
    /// the byte starts, and the string's quote.
    Code(usize, Option<u8>),
}

fn place(before: &[u8]) -> Place {
    let mut quote: Option<u8> = None;
    let mut raw = false;
    let mut body_start = 0;
    let mut word_start = 0;
    let mut i = 0;
    while i < before.len() {
        let c = before[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 1;
                    // Each escape starts a new piece unless the string is raw.
                    if !raw {
                        body_start = i + 1;
                    }
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                b'#' => return Place::Comment,
                b'\'' | b'"' => {
                    quote = Some(c);
                    body_start = i + 1;
                    let prefix = &before[word_start.min(i)..i];
                    raw = prefix.iter().any(|&b| b == b'r' || b == b'R');
                }
                _ => {}
            },
        }
        if !(c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80) {
            word_start = i + 1;
        }
        i += 1;
    }
    Place::Code(
        if quote.is_some() {
            body_start
        } else {
            word_start
        },
        quote,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(bytes: &[u8]) -> String {
        match decode_source(bytes) {
            Ok(text) => format!("OK {text:?}"),
            Err(e) => format!("{} @{}", e.msg, e.lineno),
        }
    }

    // Messages from python3.11's `compile(bytes, 'f', 'exec')`. CPython's
    // offsets for "(unicode error)" depend on how it splits string bodies
    // while decoding escapes; only the message and line are matched.
    #[test]
    fn messages_match_python3() {
        let cases: &[(&[u8], &str)] = &[
            (b"x = \"\xff\"\n", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte @1"),
            (b"# coding: xyz\nx=1\n", "unknown encoding: xyz @0"),
            (b"  # coding: xyz\n", "unknown encoding: xyz @0"),
            (b"\n# vim: set fileencoding=latin-1 :\nx=\"\xe9\"\n", "OK \"\\n# vim: set fileencoding=latin-1 :\\nx=\\\"\u{e9}\\\"\\n\""),
            (b"\xef\xbb\xbf# coding: latin-1\nx=1\n", "encoding problem: iso-8859-1 with BOM @0"),
            (b"\xef\xbb\xbf# coding: utf-8\nx=1\n", "OK \"# coding: utf-8\\nx=1\\n\""),
            (b"x=1\n#coding: latin-1\nx=\"\xc3\"\n", "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data @3"),
            (b"# coding: ascii\nx=\"\xc3\xa9\"\n", "'ascii' codec can't decode byte 0xc3 in position 19: ordinal not in range(128) @0"),
            (b"# coding: ascii\nx=\"a\"\n", "OK \"# coding: ascii\\nx=\\\"a\\\"\\n\""),
            (b"x=\"a\xe9b\"\n", "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 1: invalid continuation byte @1"),
            (b"x=1\ny=\"\xc3(\"\n", "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte @2"),
            (b"x=1\ny=\"\xe2\x82\"\n", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data @2"),
            (b"x=1\ny=\"\xed\xa0\x80\"\n", "(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte @2"),
            (b"x=1\ny=\"\xf8\"\n", "(unicode error) 'utf-8' codec can't decode byte 0xf8 in position 0: invalid start byte @2"),
            (b"ab\xffc = 1\n", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte @1"),
            (b"x = \"ab\\n\xff\"\n", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte @1"),
            (b"#!/usr/bin/python\n# -*- coding: UTF8 -*-\nx=\"\xc3\xa9\"\n", "OK \"#!/usr/bin/python\\n# -*- coding: UTF8 -*-\\nx=\\\"\u{e9}\\\"\\n\""),
            (b"# coding=Latin_1\nx=\"\xe9\"\n", "OK \"# coding=Latin_1\\nx=\\\"\u{e9}\\\"\\n\""),
            (b"x=1 # coding: xyz\n", "OK \"x=1 # coding: xyz\\n\""),
            (b"#coding:utf-8-sig\n", "OK \"#coding:utf-8-sig\\n\""),
            (b"\n\n# coding: xyz\n", "OK \"\\n\\n# coding: xyz\\n\""),
            (b"\\\n# coding: xyz\n", "OK \"\\\\\\n# coding: xyz\\n\""),
            (b"x\r\ny\rz", "OK \"x\\ny\\nz\""),
        ];
        let mut bad = Vec::new();
        for &(src, want) in cases {
            let got = msg(src);
            if got != want {
                bad.push(format!("{src:?}\n want {want}\n  got {got}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    // Messages from `python3 FILE` (3.11).
    #[test]
    fn file_messages_match_python3() {
        let msg = |bytes: &[u8]| match decode_file(bytes, "/tmp/c.py") {
            Ok(text) => format!("OK {text:?}"),
            Err(e) => format!("{} @{}", e.msg, e.lineno),
        };
        let non_utf8 = |byte: &str, line: u32| {
            format!(
                "Non-UTF-8 code starting with '\\x{byte}' in file /tmp/c.py on line {line}, but no encoding \
                 declared; see https://peps.python.org/pep-0263/ for details @0"
            )
        };
        assert_eq!(msg(b"x=1 # a\xff\n"), non_utf8("ff", 1));
        assert_eq!(msg(b"x=1\n\n\"\xe2\x82\"\n"), non_utf8("e2", 3));
        assert_eq!(msg(b"# coding: xyz\nx=1\n"), "encoding problem: xyz @0");
        assert_eq!(
            msg(b"\xef\xbb\xbf# coding: latin-1\nx=1\n"),
            "encoding problem: iso-8859-1 with BOM @0"
        );
        assert_eq!(
            msg(b"# coding: ascii\n# \xe9\nx=1\n"),
            "encoding problem: ascii @0"
        );
        assert_eq!(
            msg(b"x = 1\x00\n"),
            "source code cannot contain null bytes @1"
        );
        assert_eq!(
            msg(b"# coding: latin-1\nx=\"\xe9\"\n"),
            "OK \"# coding: latin-1\\nx=\\\"\u{e9}\\\"\\n\""
        );
        // A declared UTF-8 file fails later, as compile(bytes) does.
        assert_eq!(
            msg(b"# coding: utf-8\nx=\"\xff\"\n"),
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte @2"
        );
    }

    #[test]
    fn bad_bytes_in_comments_are_replaced() {
        // CPython never decodes comments, so this file compiles.
        assert_eq!(
            decode_source(b"x=1 # a\xff\n").ok().as_deref(),
            Some("x=1 # a\u{FFFD}\n")
        );
    }

    #[test]
    fn never_panics_on_random_bytes() {
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut rand = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        const PIECES: &[&[u8]] = &[
            b"\xef\xbb\xbf",
            b"# coding: latin-1\n",
            b"# coding=utf-8\n",
            b"#coding:ascii",
            b"# coding: xyz\n",
            b"\n",
            b"\r",
            b"\r\n",
            b"#",
            b" ",
            b"\"",
            b"'",
            b"\\",
            b"r",
            b"x",
            b"\xc3",
            b"\xa9",
            b"\xe2\x82",
            b"\xff",
            b"\xf0\x9f",
            b"\x80",
            b"\x00",
            b"\xed\xa0\x80",
        ];
        for _ in 0..20_000 {
            let mut src = Vec::new();
            for _ in 0..(rand() % 12) {
                src.extend_from_slice(PIECES[(rand() % PIECES.len() as u64) as usize]);
            }
            if let Ok(text) = decode_source(&src) {
                assert!(!text.contains('\r'));
            }
            let _ = decode_file(&src, "f.py");
        }
    }

    #[test]
    fn newlines_are_normalised() {
        assert_eq!(normalize_newlines("a\r\nb\r\rc\n"), "a\nb\n\nc\n");
        assert!(matches!(normalize_newlines("a\nb"), Cow::Borrowed(_)));
    }
}
