//! `str.encode` and `bytes.decode`: UTF-8, UTF-16, UTF-32, ASCII, Latin-1
//! and python3's single-byte codecs, with the `errors=` handlers and
//! CPython's UnicodeEncodeError / UnicodeDecodeError messages.

use crate::object::PyErr;
use crate::unicode::codecs::{self, Codec, SingleByteCodec};
use crate::unicode::PyStr;
use crate::vm::Py;

enum Enc {
    Utf8,
    Ascii,
    Table(&'static SingleByteCodec),
    /// Little-endian?, with a byte order mark?
    Utf16(bool, bool),
    Utf32(bool, bool),
    /// UTF-8 with a byte order mark written, and skipped when read.
    Utf8Sig,
    /// Python string-literal escapes over Latin-1 (`unicode_escape`).
    UnicodeEscape,
    /// Only `\uXXXX` / `\UXXXXXXXX` escapes over Latin-1.
    RawUnicodeEscape,
}

impl Enc {
    /// The codec's name in error messages.
    fn name(&self) -> &'static str {
        match self {
            Enc::Utf8 => "utf-8",
            Enc::Ascii => "ascii",
            Enc::Table(t) if t.name == "latin_1" => "latin-1",
            Enc::Table(_) => "charmap",
            Enc::Utf16(_, true) => "utf-16",
            Enc::Utf16(true, false) => "utf-16-le",
            Enc::Utf16(false, false) => "utf-16-be",
            Enc::Utf32(_, true) => "utf-32",
            Enc::Utf32(true, false) => "utf-32-le",
            Enc::Utf32(false, false) => "utf-32-be",
            Enc::Utf8Sig => "utf-8",
            Enc::UnicodeEscape => "unicodeescape",
            Enc::RawUnicodeEscape => "rawunicodeescape",
        }
    }
}

fn lookup(py: Py<'_>, encoding: &str) -> Result<Enc, PyErr> {
    let norm = codecs::normalize_encoding(encoding);
    let wide = match norm.as_str() {
        "utf_16" | "utf16" | "u16" => Some(Enc::Utf16(true, true)),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Some(Enc::Utf16(true, false)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Some(Enc::Utf16(false, false)),
        "utf_32" | "utf32" | "u32" => Some(Enc::Utf32(true, true)),
        "utf_32_le" | "utf_32le" => Some(Enc::Utf32(true, false)),
        "utf_32_be" | "utf_32be" => Some(Enc::Utf32(false, false)),
        "utf_8_sig" | "utf8_sig" => Some(Enc::Utf8Sig),
        "unicode_escape" => Some(Enc::UnicodeEscape),
        "raw_unicode_escape" => Some(Enc::RawUnicodeEscape),
        _ => None,
    };
    if let Some(e) = wide {
        return Ok(e);
    }
    match codecs::lookup(encoding) {
        Some(Codec::Utf8) => Ok(Enc::Utf8),
        Some(Codec::Ascii) => Ok(Enc::Ascii),
        Some(Codec::SingleByte(t)) => Ok(Enc::Table(t)),
        None => Err(py.new_error(
            &py.types.lookup_error,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

fn check_errors(py: Py<'_>, errors: &str) -> Result<(), PyErr> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace"
        | "namereplace" | "surrogateescape" | "surrogatepass" => Ok(()),
        _ => Err(py.new_error(
            &py.types.lookup_error,
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

/// How a codec writes one code point into the output, if it can.
type WriteOne = Box<dyn Fn(u32, &mut Vec<u8>) -> bool>;

/// `s.encode(encoding, errors)` for text without lone surrogates.
pub fn encode(py: Py<'_>, s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, PyErr> {
    encode_marked(py, s, &[], None, encoding, errors)
}

/// `v.encode(encoding, errors)` for a str value, lone surrogates included.
pub fn encode_value(
    py: Py<'_>,
    v: &crate::value::Value,
    encoding: &str,
    errors: &str,
) -> Result<Vec<u8>, PyErr> {
    let text = crate::object::str::as_str(v).unwrap_or("");
    let marks = crate::object::surrogates::marks(v);
    encode_marked(py, text, marks, Some(v), encoding, errors)
}

fn is_surrogate(cp: u32) -> bool {
    (0xd800..=0xdfff).contains(&cp)
}

/// How `backslashreplace` writes a code point: `\xe9`, `\ud800`.
fn escape_cp(cp: u32) -> String {
    match cp {
        0..=0xff => format!("\\x{cp:02x}"),
        0x100..=0xffff => format!("\\u{cp:04x}"),
        _ => format!("\\U{cp:08x}"),
    }
}

/// The encoder: `marks` are the text's lone surrogates (see
/// `object/surrogates.rs`), `obj` the str itself for the error's `object`.
fn encode_marked(
    py: Py<'_>,
    s: &str,
    marks: &[(usize, u16)],
    obj: Option<&crate::value::Value>,
    encoding: &str,
    errors: &str,
) -> Result<Vec<u8>, PyErr> {
    let enc = lookup(py, encoding)?;
    let mut out = Vec::with_capacity(s.len());
    let plain = marks.is_empty();
    match enc {
        Enc::Utf8 if plain => return Ok(s.as_bytes().to_vec()),
        Enc::Utf8Sig if plain => {
            out.extend_from_slice(&[0xef, 0xbb, 0xbf]);
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        Enc::Utf16(le, bom) if plain => {
            if bom {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf) {
                    out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
                }
            }
            return Ok(out);
        }
        Enc::Utf32(le, bom) if plain => {
            if bom {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            return Ok(out);
        }
        _ => {}
    }
    let cps: Vec<u32> = code_points(s, marks);
    if let Enc::UnicodeEscape | Enc::RawUnicodeEscape = enc {
        let raw = matches!(enc, Enc::RawUnicodeEscape);
        for &n in &cps {
            match n {
                _ if raw && n < 0x100 => out.push(n as u8),
                0x5c => out.extend_from_slice(b"\\\\"),
                0x09 => out.extend_from_slice(b"\\t"),
                0x0a => out.extend_from_slice(b"\\n"),
                0x0d => out.extend_from_slice(b"\\r"),
                0x20..=0x7e => out.push(n as u8),
                _ => out.extend_from_slice(escape_cp(n).as_bytes()),
            }
        }
        return Ok(out);
    }
    // Unicode codecs fail only on lone surrogates; `surrogatepass` writes
    // them as any other code point.
    let (limit_msg, encode_one, pass): (&str, WriteOne, Option<WriteOne>) = match &enc {
        Enc::Utf8 | Enc::Utf8Sig => {
            if matches!(enc, Enc::Utf8Sig) {
                out.extend_from_slice(&[0xef, 0xbb, 0xbf]);
            }
            let utf8 = |cp: u32, out: &mut Vec<u8>| {
                let mut p = crate::unicode::PyStr::new();
                p.push_code_point(cp);
                out.extend_from_slice(p.as_bytes());
            };
            (
                "surrogates not allowed",
                Box::new(move |cp, out| {
                    !is_surrogate(cp) && {
                        utf8(cp, out);
                        true
                    }
                }),
                Some(Box::new(move |cp, out| {
                    utf8(cp, out);
                    true
                })),
            )
        }
        &Enc::Utf16(le, bom) => {
            if bom {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let unit = move |u: u16, out: &mut Vec<u8>| {
                out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() })
            };
            (
                "surrogates not allowed",
                Box::new(move |cp, out| {
                    let Some(c) = char::from_u32(cp) else {
                        return false;
                    };
                    for u in c.encode_utf16(&mut [0u16; 2]) {
                        unit(*u, out);
                    }
                    true
                }),
                Some(Box::new(move |cp, out| {
                    unit(cp as u16, out);
                    true
                })),
            )
        }
        &Enc::Utf32(le, bom) => {
            if bom {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            let word = move |u: u32, out: &mut Vec<u8>| {
                out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() })
            };
            (
                "surrogates not allowed",
                Box::new(move |cp, out| {
                    !is_surrogate(cp) && {
                        word(cp, out);
                        true
                    }
                }),
                Some(Box::new(move |cp, out| {
                    word(cp, out);
                    true
                })),
            )
        }
        Enc::Ascii => (
            "ordinal not in range(128)",
            Box::new(|cp, out| {
                cp < 0x80 && {
                    out.push(cp as u8);
                    true
                }
            }),
            None,
        ),
        Enc::Table(t) if t.name == "latin_1" => (
            "ordinal not in range(256)",
            Box::new(|cp, out| {
                cp < 0x100 && {
                    out.push(cp as u8);
                    true
                }
            }),
            None,
        ),
        Enc::Table(t) => {
            let t: &'static SingleByteCodec = t;
            (
                "character maps to <undefined>",
                Box::new(move |cp, out| {
                    let Some(c) = char::from_u32(cp) else {
                        return false;
                    };
                    match (0..=255u8).find(|&b| t.decode_byte(b) == Some(c)) {
                        Some(b) => {
                            out.push(b);
                            true
                        }
                        None => false,
                    }
                }),
                None,
            )
        }
        _ => ("", Box::new(|_, _| false), None),
    };
    let mut i = 0;
    while i < cps.len() {
        if encode_one(cps[i], &mut out) {
            i += 1;
            continue;
        }
        // A run of code points the codec cannot write (UTF-16 and UTF-32
        // report them one at a time).
        let mut j = i + 1;
        let mut scratch = Vec::new();
        let one_at_a_time = matches!(enc, Enc::Utf16(..) | Enc::Utf32(..));
        while j < cps.len() && !one_at_a_time && !encode_one(cps[j], &mut scratch) {
            j += 1;
        }
        let run = &cps[i..j];
        // The first code point of the run that `errors` cannot handle.
        let mut failed = None;
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in run {
                    out.extend_from_slice(escape_cp(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in run {
                    out.extend_from_slice(format!("&#{c};").as_bytes());
                }
            }
            "namereplace" => {
                for &c in run {
                    let e = match crate::unicode::names::name_of(c) {
                        Some(n) => format!("\\N{{{n}}}"),
                        None => escape_cp(c),
                    };
                    out.extend_from_slice(e.as_bytes());
                }
            }
            "surrogatepass" if pass.is_some() => {
                if let Some(pass) = &pass {
                    for (k, &c) in run.iter().enumerate() {
                        if !is_surrogate(c) || !pass(c, &mut out) {
                            failed = Some(i + k);
                            break;
                        }
                    }
                }
            }
            "surrogateescape" => {
                for (k, &c) in run.iter().enumerate() {
                    match c {
                        0xdc80..=0xdcff => out.push((c - 0xdc00) as u8),
                        _ => {
                            failed = Some(i + k);
                            break;
                        }
                    }
                }
            }
            _ => {
                check_errors(py, errors)?;
                failed = Some(i);
            }
        }
        if let Some(at) = failed {
            let what = if j - at == 1 {
                let c = char_escape_cp(cps[at]);
                format!("character {c} in position {at}")
            } else {
                format!("characters in position {at}-{}", j - 1)
            };
            let msg = format!("'{}' codec can't encode {what}: {limit_msg}", enc.name());
            let args = vec![
                py.new_str(enc.name()),
                obj.cloned().unwrap_or_else(|| py.new_str(s)),
                crate::object::int::new_i64(py, at as i64),
                crate::object::int::new_i64(py, j as i64),
                py.new_str(limit_msg),
            ];
            return Err(unicode_error(py, &py.types.unicode_encode_error, args, msg));
        }
        i = j;
    }
    Ok(out)
}

/// The code points of `s`, with the lone surrogates `marks` put back.
fn code_points(s: &str, marks: &[(usize, u16)]) -> Vec<u32> {
    let mut cps: Vec<u32> = s.chars().map(u32::from).collect();
    for &(at, unit) in marks {
        if let Some(c) = cps.get_mut(at) {
            *c = u32::from(unit);
        }
    }
    cps
}

/// How a code point is written in an encode error message: `'\ud800'`.
fn char_escape_cp(n: u32) -> String {
    if n < 0x100 {
        format!("'\\x{n:02x}'")
    } else if n < 0x10000 {
        format!("'\\u{n:04x}'")
    } else {
        format!("'\\U{n:08x}'")
    }
}

fn decode_error(
    py: Py<'_>,
    errors: &str,
    codec: &str,
    b: &[u8],
    span: (usize, usize),
    why: &str,
) -> PyErr {
    // An unknown handler is only noticed when there is an error to handle.
    if let Err(e) = check_errors(py, errors) {
        return e;
    }
    let (start, end) = span;
    let what = if end - start <= 1 {
        format!(
            "byte 0x{:02x} in position {start}",
            b.get(start).copied().unwrap_or(0)
        )
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    let msg = format!("'{codec}' codec can't decode {what}: {why}");
    let args = vec![
        py.new_str(codec),
        crate::object::bytes::new(py, b.to_vec()),
        crate::object::int::new_i64(py, start as i64),
        crate::object::int::new_i64(py, end as i64),
        py.new_str(why),
    ];
    unicode_error(py, &py.types.unicode_decode_error, args, msg)
}

/// A codec error carrying CPython's attributes (`encoding`, `object`,
/// `start`, `end`, `reason`); plain `msg` if they cannot be set.
fn unicode_error(
    py: Py<'_>,
    ty: &crate::value::Value,
    args: Vec<crate::value::Value>,
    msg: String,
) -> PyErr {
    match crate::object::exception::new_with_attrs(py, ty, args) {
        Ok(e) => PyErr(e),
        Err(_) => py.new_error(ty, msg),
    }
}

/// What an undecodable run `bad` becomes under `errors` (`None`: strict).
fn substitute(errors: &str, bad: &[u8], out: &mut PyStr) -> bool {
    match errors {
        "ignore" => true,
        "replace" => {
            out.push('\u{fffd}');
            true
        }
        "backslashreplace" => {
            for b in bad {
                out.push_str(&format!("\\x{b:02x}"));
            }
            true
        }
        // Each byte becomes the lone surrogate U+DC80..U+DCFF; ASCII bytes
        // are never escaped.
        "surrogateescape" if bad.iter().all(|&b| b >= 0x80) => {
            for &b in bad {
                out.push_code_point(0xdc00 + u32::from(b));
            }
            true
        }
        _ => false,
    }
}

/// `b.decode(encoding, errors)`, with any lone surrogate as U+FFFD.
pub fn decode(py: Py<'_>, b: &[u8], encoding: &str, errors: &str) -> Result<String, PyErr> {
    decode_pystr(py, b, encoding, errors).map(|s| s.to_string_lossy())
}

/// `b.decode(encoding, errors)` as a str value, lone surrogates included
/// (`surrogateescape`, `surrogatepass`).
pub fn decode_value(
    py: Py<'_>,
    b: &[u8],
    encoding: &str,
    errors: &str,
) -> Result<crate::value::Value, PyErr> {
    let s = decode_pystr(py, b, encoding, errors)?;
    Ok(crate::object::surrogates::from_pystr(py, s))
}

/// The lone surrogate that `surrogatepass` reads at the start of `rest`
/// (its code point and size), if there is one.
fn passed_surrogate(enc: &Enc, rest: &[u8], le: bool) -> Option<(u32, usize)> {
    let cp = match enc {
        Enc::Utf8 | Enc::Utf8Sig => match rest {
            [0xed, b1 @ 0xa0..=0xbf, b2 @ 0x80..=0xbf, ..] => {
                0xd000 | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f)
            }
            _ => return None,
        },
        Enc::Utf16(..) => {
            let q = [*rest.first()?, *rest.get(1)?];
            let u = if le {
                u16::from_le_bytes(q)
            } else {
                u16::from_be_bytes(q)
            };
            u32::from(u)
        }
        Enc::Utf32(..) => {
            let q = [*rest.first()?, *rest.get(1)?, *rest.get(2)?, *rest.get(3)?];
            if le {
                u32::from_le_bytes(q)
            } else {
                u32::from_be_bytes(q)
            }
        }
        _ => return None,
    };
    let size = match enc {
        Enc::Utf16(..) => 2,
        Enc::Utf32(..) => 4,
        _ => 3,
    };
    (0xd800..=0xdfff).contains(&cp).then_some((cp, size))
}

/// The decoder; the result is a `PyStr` so that it may hold surrogates.
pub fn decode_pystr(py: Py<'_>, b: &[u8], encoding: &str, errors: &str) -> Result<PyStr, PyErr> {
    // CPython decodes empty input to '' before looking the codec up.
    if b.is_empty() {
        return Ok(PyStr::new());
    }
    let enc = lookup(py, encoding)?;
    let mut name = enc.name();
    let mut out = PyStr::new();
    match enc {
        Enc::Utf8Sig => {
            let body = b.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(b);
            decode_pystr(py, body, "utf-8", errors)
        }
        Enc::UnicodeEscape => {
            let trailing = b.iter().rev().take_while(|&&x| x == b'\\').count();
            if trailing % 2 == 1 {
                return Err(decode_error(
                    py,
                    errors,
                    name,
                    b,
                    (b.len() - 1, b.len()),
                    "\\ at end of string",
                ));
            }
            let text: String = b.iter().map(|&x| x as char).collect();
            match crate::parser::literals::decode_str_escapes(&text) {
                Ok(t) => Ok(t),
                Err(msg) => Err(py.new_error(
                    &py.types.unicode_decode_error,
                    msg.trim_start_matches("(unicode error) ").to_string(),
                )),
            }
        }
        Enc::RawUnicodeEscape => {
            let mut i = 0;
            while i < b.len() {
                let width = match (b[i], b.get(i + 1)) {
                    (b'\\', Some(b'u')) => 4,
                    (b'\\', Some(b'U')) => 8,
                    _ => 0,
                };
                let digits = b
                    .get(i + 2..i + 2 + width)
                    .filter(|d| d.iter().all(u8::is_ascii_hexdigit));
                match digits {
                    Some(d) if width > 0 => {
                        let v = u32::from_str_radix(std::str::from_utf8(d).unwrap_or("0"), 16)
                            .unwrap_or(0);
                        if !out.push_code_point(v) {
                            out.push('\u{fffd}');
                        }
                        i += 2 + width;
                    }
                    _ if width > 0 => {
                        let what = if width == 4 {
                            "truncated \\uXXXX escape"
                        } else {
                            "truncated \\UXXXXXXXX escape"
                        };
                        if !substitute(errors, &b[i..], &mut out) {
                            return Err(decode_error(py, errors, name, b, (i, b.len()), what));
                        }
                        break;
                    }
                    _ => {
                        out.push(b[i] as char);
                        i += 1;
                    }
                }
            }
            Ok(out)
        }
        Enc::Utf8 => {
            let mut rest = b;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        if errors == "surrogatepass" {
                            if let Some((cp, n)) = passed_surrogate(&enc, &rest[good..], true) {
                                out.push_code_point(cp);
                                base += good + n;
                                rest = &rest[good + n..];
                                continue;
                            }
                        }
                        let (len, why) = match e.error_len() {
                            Some(n) => {
                                let first = rest[good];
                                let why = if (0x80..0xc2).contains(&first) || first > 0xf4 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                (n, why)
                            }
                            None => (rest.len() - good, "unexpected end of data"),
                        };
                        let bad = &rest[good..good + len];
                        if !substitute(errors, bad, &mut out) {
                            return Err(decode_error(
                                py,
                                errors,
                                name,
                                b,
                                (base + good, base + good + len),
                                why,
                            ));
                        }
                        base += good + len;
                        rest = &rest[good + len..];
                    }
                }
            }
        }
        Enc::Ascii | Enc::Table(_) => {
            for (i, &byte) in b.iter().enumerate() {
                let c = match &enc {
                    Enc::Ascii => (byte < 0x80).then_some(byte as char),
                    Enc::Table(t) => t.decode_byte(byte),
                    _ => None,
                };
                match c {
                    Some(c) => out.push(c),
                    None if substitute(errors, &[byte], &mut out) => {}
                    None => {
                        let why = if matches!(enc, Enc::Ascii) {
                            "ordinal not in range(128)"
                        } else {
                            "character maps to <undefined>"
                        };
                        return Err(decode_error(py, errors, name, b, (i, i + 1), why));
                    }
                }
            }
            Ok(out)
        }
        Enc::Utf16(mut le, bom) => {
            let mut data = b;
            if bom && data.len() >= 2 {
                if data[..2] == [0xff, 0xfe] {
                    data = &data[2..];
                    le = true;
                } else if data[..2] == [0xfe, 0xff] {
                    data = &data[2..];
                    le = false;
                }
            }
            // Errors name the byte order actually decoded.
            name = if le { "utf-16-le" } else { "utf-16-be" };
            let unit = |p: &[u8]| {
                let q = [p[0], p[1]];
                if le {
                    u16::from_le_bytes(q)
                } else {
                    u16::from_be_bytes(q)
                }
            };
            let mut i = b.len() - data.len();
            while i < b.len() {
                // (end of the bad bytes, reason) or a decoded character.
                let bad = if b.len() - i < 2 {
                    Err((b.len(), "truncated data"))
                } else {
                    let u = unit(&b[i..]);
                    match u {
                        0xd800..=0xdbff if b.len() - i < 4 => {
                            Err((b.len(), "unexpected end of data"))
                        }
                        0xd800..=0xdbff => {
                            let u2 = unit(&b[i + 2..]);
                            if (0xdc00..=0xdfff).contains(&u2) {
                                let cp = 0x10000
                                    + ((u32::from(u) - 0xd800) << 10)
                                    + (u32::from(u2) - 0xdc00);
                                Ok((char::from_u32(cp).unwrap_or('\u{fffd}'), 4))
                            } else {
                                Err((i + 2, "illegal UTF-16 surrogate"))
                            }
                        }
                        0xdc00..=0xdfff => Err((i + 2, "illegal encoding")),
                        _ => Ok((char::from_u32(u32::from(u)).unwrap_or('\u{fffd}'), 2)),
                    }
                };
                match bad {
                    Ok((c, n)) => {
                        out.push(c);
                        i += n;
                    }
                    Err(_)
                        if errors == "surrogatepass"
                            && passed_surrogate(&enc, &b[i..], le).is_some() =>
                    {
                        let (cp, n) = passed_surrogate(&enc, &b[i..], le).unwrap_or((0xfffd, 2));
                        out.push_code_point(cp);
                        i += n;
                    }
                    Err((end, why)) => {
                        if !substitute(errors, &b[i..end], &mut out) {
                            return Err(decode_error(py, errors, name, b, (i, end), why));
                        }
                        i = end;
                    }
                }
            }
            Ok(out)
        }
        Enc::Utf32(mut le, bom) => {
            let mut data = b;
            if bom && data.len() >= 4 {
                if data[..4] == [0xff, 0xfe, 0, 0] {
                    data = &data[4..];
                    le = true;
                } else if data[..4] == [0, 0, 0xfe, 0xff] {
                    data = &data[4..];
                    le = false;
                }
            }
            name = if le { "utf-32-le" } else { "utf-32-be" };
            let off = b.len() - data.len();
            for (k, p) in data.chunks(4).enumerate() {
                let at = off + 4 * k;
                if p.len() < 4 {
                    if !substitute(errors, p, &mut out) {
                        return Err(decode_error(
                            py,
                            errors,
                            name,
                            b,
                            (at, b.len()),
                            "truncated data",
                        ));
                    }
                    break;
                }
                let q = [p[0], p[1], p[2], p[3]];
                let u = if le {
                    u32::from_le_bytes(q)
                } else {
                    u32::from_be_bytes(q)
                };
                match char::from_u32(u) {
                    Some(c) => out.push(c),
                    None if errors == "surrogatepass" && (0xd800..0xe000).contains(&u) => {
                        out.push_code_point(u);
                    }
                    None if substitute(errors, p, &mut out) => {}
                    None => {
                        return Err(decode_error(
                            py,
                            errors,
                            name,
                            b,
                            (at, at + 4),
                            if (0xd800..0xe000).contains(&u) {
                                "code point in surrogate code point range(0xd800, 0xe000)"
                            } else {
                                "code point not in range(0x110000)"
                            },
                        ))
                    }
                }
            }
            Ok(out)
        }
    }
}
