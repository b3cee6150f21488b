//! Source bytes -> text: the UTF-8 BOM, the PEP 263 coding cookie and
//! newline normalisation, with CPython 3.11's `compile(bytes)` messages.
//!
//! Besides UTF-8, any codec python3 has that moult also knows is decoded:
//! ASCII and the single-byte codecs of `crate::unicode::codecs` (`latin-1`,
//! `cp1252`, `koi8-r`, ...). Multi-byte codecs (`shift_jis`, `gb2312`, ...)
//! are reported as an unknown encoding.

use std::borrow::Cow;

use super::error::ParseError;
use crate::unicode::codecs::{self, Codec};

/// How a source is decoded.
#[derive(Clone, Copy, Debug)]
enum Encoding {
    /// No cookie, or one whose CPython "normal name" is `utf-8`: the
    /// tokenizer's own UTF-8 reading, with its messages.
    Utf8,
    /// Any other cookie (`utf8` included): the whole text goes through the
    /// codec, whose own message reports an error.
    Codec(Codec),
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
            // CPython checks the BOM first, even for an unknown name.
            if bom && normal != "utf-8" {
                return Err(ParseError::syntax(
                    format!("encoding problem: {normal} with BOM"),
                    0,
                    0,
                ));
            }
            let Some(encoding) = encoding else {
                return Err(ParseError::syntax(
                    format!("unknown encoding: {name}"),
                    0,
                    0,
                ));
            };
            encoding
        }
    };
    let text = match encoding {
        Encoding::Utf8 => decode_utf8(body)?,
        Encoding::Codec(codec) => {
            decode_with(codec, body).map_err(|msg| ParseError::syntax(msg, 0, 0))?
        }
    };
    Ok(normalize_newlines(&text).into_owned())
}

/// Decodes the whole of `body` with a codec; on failure, the codec's message.
fn decode_with(codec: Codec, body: &[u8]) -> Result<String, String> {
    match codec {
        Codec::Utf8 => match std::str::from_utf8(body) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => Err(utf8_codec_error(body, e)),
        },
        Codec::Ascii => match body.iter().position(|&b| b >= 0x80) {
            None => Ok(body.iter().map(|&b| b as char).collect()),
            Some(i) => Err(format!(
                "'ascii' codec can't decode byte 0x{:02x} in position {i}: ordinal not in range(128)",
                body[i]
            )),
        },
        Codec::SingleByte(table) => table.decode(body).map_err(|e| e.message()),
    }
}

/// The `'utf-8' codec` message for the whole text. CPython decodes the text
/// with a newline added, so a character cut short at the end is an invalid
/// continuation, not an unexpected end.
fn utf8_codec_error(body: &[u8], err: std::str::Utf8Error) -> String {
    let pos = err.valid_up_to();
    let first = body.get(pos).copied().unwrap_or(0);
    let len = err.error_len().unwrap_or(body.len() - pos);
    let what = if len > 1 {
        format!("bytes in position {}-{}", pos, pos + len - 1)
    } else {
        format!("byte 0x{first:02x} in position {pos}")
    };
    let reason = if (0xC2..=0xF4).contains(&first) {
        "invalid continuation byte"
    } else {
        "invalid start byte"
    };
    format!("'utf-8' codec can't decode {what}: {reason}")
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
        let problem = |msg: String| Err(ParseError::syntax(msg, 0, 0));
        if bom && normal != "utf-8" {
            return problem(format!("encoding problem: {normal} with BOM"));
        }
        match encoding {
            None => return problem(format!("encoding problem: {name}")),
            // Reading a file through a codec, CPython reports any bad byte so.
            Some(Encoding::Codec(codec)) if decode_with(codec, body).is_err() => {
                return problem(format!("encoding problem: {name}"))
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

/// CPython's `get_normal_name` (`utf-8` or `iso-8859-1` for their usual
/// spellings, else the name as written: used in the BOM message) and the
/// encoding, if it is one moult decodes.
fn lookup(name: &str) -> (String, Option<Encoding>) {
    // CPython looks at the first 12 characters, lowercased, `_` as `-`.
    let key: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let normal = if key == "utf-8" || key.starts_with("utf-8-") {
        "utf-8".to_string()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&key.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
            .iter()
            .any(|p| key.starts_with(p))
    {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    };
    if normal == "utf-8" {
        return (normal, Some(Encoding::Utf8));
    }
    let encoding = codecs::lookup(&normal).map(Encoding::Codec);
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
    // python3.11: `ast.parse(bytes)` for compile, `python3 FILE` for files.
    #[test]
    fn single_byte_codecs_and_bom_rules_match_python3() {
        let cases: &[(&[u8], &str)] = &[
            (b"#coding: koi8-r\nx='\xc1'\n", "OK \"#coding: koi8-r\\nx='\u{430}'\\n\""),
            (b"#coding: cp1252\r\nx='\x80'\r\n", "OK \"#coding: cp1252\\nx='\u{20ac}'\\n\""),
            (b"# coding: Windows-1252\nx='\x80'\n", "OK \"# coding: Windows-1252\\nx='\u{20ac}'\\n\""),
            (b"# coding: mac-roman\nx='\x80'\n", "OK \"# coding: mac-roman\\nx='\u{c4}'\\n\""),
            (b"# -*- coding: iso-8859-15 -*-\nx='\xa4'\n", "OK \"# -*- coding: iso-8859-15 -*-\\nx='\u{20ac}'\\n\""),
            (b"#coding: cp1252\nx='\x81'\n", "'charmap' codec can't decode byte 0x81 in position 19: character maps to <undefined> @0"),
            (b"# coding: cp-1252\nx=1\n", "unknown encoding: cp-1252 @0"),
            (b"# coding: latin_9\nx=1\n", "unknown encoding: latin_9 @0"),
            (b"# coding: shift_jis\nx=1\n", "unknown encoding: shift_jis @0"),
            (b"\xef\xbb\xbf#coding: utf8\nx=1\n", "encoding problem: utf8 with BOM @0"),
            (b"\xef\xbb\xbf#coding: xyz\nx=1\n", "encoding problem: xyz with BOM @0"),
            (b"\xef\xbb\xbf#coding: UTF_8\nx=1\n", "OK \"#coding: UTF_8\\nx=1\\n\""),
            (b"\xef\xbb\xbf#coding: cp1252\nx=1\n", "encoding problem: cp1252 with BOM @0"),
            (b"#coding: utf8\nx='\xff'\n", "'utf-8' codec can't decode byte 0xff in position 17: invalid start byte @0"),
            (b"#coding: utf8\n#\xe2\x82", "'utf-8' codec can't decode bytes in position 15-16: invalid continuation byte @0"),
            (b"#coding: utf8\n#\xed\xa0\x80\n", "'utf-8' codec can't decode byte 0xed in position 15: invalid continuation byte @0"),
            (b"#coding: ascii\n#\xff\nx=1\n", "'ascii' codec can't decode byte 0xff in position 16: ordinal not in range(128) @0"),
        ];
        for (src, want) in cases {
            assert_eq!(msg(src), *want, "{:?}", String::from_utf8_lossy(src));
        }
        let file = |bytes: &[u8]| match decode_file(bytes, "/tmp/c.py") {
            Ok(text) => format!("OK {text:?}"),
            Err(e) => format!("{} @{}", e.msg, e.lineno),
        };
        assert_eq!(
            file(b"#coding: cp1252\nx='\x81'\n"),
            "encoding problem: cp1252 @0"
        );
        assert_eq!(
            file(b"#coding: utf8\n#\xff\nx=1\n"),
            "encoding problem: utf8 @0"
        );
        assert_eq!(
            file(b"\xef\xbb\xbf#coding: xyz\nx=1\n"),
            "encoding problem: xyz with BOM @0"
        );
        assert_eq!(
            file(b"#coding: koi8-r\nx=\xc1\n"),
            "OK \"#coding: koi8-r\\nx=\u{430}\\n\""
        );
    }

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
        let mut rand = crate::testing::XorShift::new(0x2545_F491_4F6C_DD1D).into_fn();
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
