//! Literal decoding: NUMBER token text -> `Constant`, STRING token text -> str,
//! bytes or f-string parts, and the concatenation of adjacent STRING tokens.
//!
//! This follows CPython 3.11's `Parser/string_parser.c` and its
//! `unicode_escape` codec closely enough that values and error messages
//! (including the byte positions inside messages) are the same.

use num_bigint::BigInt;
use num_traits::Num;

use crate::ast::Constant;
use crate::parser::error::ParseError;
use crate::parser::fstring::{self, FPart};
use crate::unicode::{names, PyStr};

/// A problem found while decoding literals.
///
/// Most of CPython's literal errors are raised with `RAISE_SYNTAX_ERROR`, which
/// points at the last token the parser fetched: the token *after* the string
/// atom. Those come with `at_next_token` set and no position of their own; the
/// glue fills it in. The others carry the position of the offending STRING
/// token (0-based UTF-8 byte columns, as `Token`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LitError {
    pub msg: String,
    pub at_next_token: bool,
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
    /// For f-strings: the expressions CPython would already have compiled
    /// before meeting this error, in order. A syntax error in one of them is
    /// what CPython reports, so the glue parses these first.
    pub earlier_exprs: Vec<FPart>,
}

impl LitError {
    /// An error reported at the token after the string atom.
    pub fn next_token(msg: impl Into<String>) -> Self {
        LitError {
            msg: msg.into(),
            at_next_token: true,
            lineno: 0,
            col_offset: 0,
            end_lineno: 0,
            end_col_offset: 0,
            earlier_exprs: Vec::new(),
        }
    }

    /// An error reported at a whole STRING token.
    fn at_piece(msg: impl Into<String>, piece: &StrPiece) -> Self {
        let (end_lineno, end_col_offset) = piece.end();
        LitError {
            msg: msg.into(),
            at_next_token: false,
            lineno: piece.lineno,
            col_offset: piece.col_offset,
            end_lineno,
            end_col_offset,
            earlier_exprs: Vec::new(),
        }
    }

    /// The SyntaxError, given the source (to turn byte columns into the
    /// 1-based character offsets `SyntaxError` uses) and, for errors at the
    /// next token, that token's `(lineno, col_offset, end_lineno,
    /// end_col_offset)` in bytes.
    pub fn to_parse_error(&self, src: &str, next: Option<(u32, u32, u32, u32)>) -> ParseError {
        let (l, c, el, ec) = match (self.at_next_token, next) {
            (true, Some(pos)) => pos,
            _ => (
                self.lineno,
                self.col_offset,
                self.end_lineno,
                self.end_col_offset,
            ),
        };
        let offset = char_offset(src, l, c) + 1;
        let end_offset = char_offset(src, el, ec) + 1;
        ParseError::syntax(self.msg.clone(), l, offset).with_end(el, end_offset)
    }
}

/// The number of characters before byte column `col` of line `lineno`.
fn char_offset(src: &str, lineno: u32, col: u32) -> u32 {
    let line = src
        .split('\n')
        .nth(lineno.saturating_sub(1) as usize)
        .unwrap_or("");
    let col = (col as usize).min(line.len());
    let prefix = line.get(..col).unwrap_or(line);
    prefix.chars().count() as u32
}

/// One STRING token of a string atom: its text (prefix, quotes and body) and
/// where it starts (1-based line, 0-based byte column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrPiece<'a> {
    pub text: &'a str,
    pub lineno: u32,
    pub col_offset: u32,
}

impl StrPiece<'_> {
    /// Where the token ends (line, byte column), from its text.
    pub fn end(&self) -> (u32, u32) {
        let newlines = self.text.matches('\n').count() as u32;
        match self.text.rfind('\n') {
            Some(i) => (self.lineno + newlines, (self.text.len() - i - 1) as u32),
            None => (self.lineno, self.col_offset + self.text.len() as u32),
        }
    }
}

/// A decoded string atom.
#[derive(Clone, Debug, PartialEq)]
pub enum StrLiteral {
    /// A plain `Constant`: `value` is `Constant::Str` or `Constant::Bytes`;
    /// `kind_u` says the first token starts with a lowercase `u`, which
    /// `ast.dump` shows as `kind='u'`.
    Constant { value: Constant, kind_u: bool },
    /// A `JoinedStr`: at least one piece is an f-string. Literal parts are
    /// already merged and never empty; each gets `kind='u'` when
    /// `kind_u(pieces)` holds.
    Joined(Vec<FPart>),
}

/// Whether literal `Constant` nodes of this atom get `kind='u'`: CPython checks
/// only that the first token begins with a lowercase `u`.
pub fn kind_u(pieces: &[StrPiece]) -> bool {
    pieces.first().is_some_and(|p| p.text.starts_with('u'))
}

/// The prefix letters of a STRING token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prefix {
    pub bytes: bool,
    pub raw: bool,
    pub fstring: bool,
}

/// One STRING token, decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum Decoded {
    Str(PyStr),
    Bytes(Vec<u8>),
    /// An f-string is not decoded here: `body` is the byte range of the text
    /// between the quotes, which `fstring::parse` splits into parts.
    FString {
        raw: bool,
        body: std::ops::Range<usize>,
    },
}

/// Splits a STRING token's text into prefix and the byte range of its body.
pub fn split_token(text: &str) -> Result<(Prefix, std::ops::Range<usize>), String> {
    let mut prefix = Prefix::default();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'b' | b'B' => prefix.bytes = true,
            b'r' | b'R' => prefix.raw = true,
            b'f' | b'F' => prefix.fstring = true,
            b'u' | b'U' => {}
            _ => break,
        }
        i += 1;
    }
    let quote = match bytes.get(i) {
        Some(&q) if q == b'\'' || q == b'"' => q,
        _ => return Err(format!("not a string literal: {:?}", text)),
    };
    let rest = &bytes[i..];
    let q = if rest.len() >= 6 && rest[1] == quote && rest[2] == quote {
        3
    } else {
        1
    };
    if rest.len() < 2 * q || rest[rest.len() - q..].iter().any(|&b| b != quote) {
        return Err(format!("unterminated string literal: {:?}", text));
    }
    if prefix.bytes && prefix.fstring {
        return Err(format!("bytes f-string: {:?}", text));
    }
    Ok((prefix, i + q..text.len() - q))
}

/// Decodes one STRING token's text.
pub fn decode_string_token(text: &str) -> Result<Decoded, LitError> {
    let piece = StrPiece {
        text,
        lineno: 1,
        col_offset: 0,
    };
    decode_piece(&piece)
}

fn decode_piece(piece: &StrPiece) -> Result<Decoded, LitError> {
    let text = piece.text;
    let (prefix, body) = split_token(text).map_err(|m| LitError::at_piece(m, piece))?;
    if prefix.fstring {
        return Ok(Decoded::FString {
            raw: prefix.raw,
            body,
        });
    }
    let s = &text[body];
    if prefix.bytes {
        // CPython scans the token from the body to its end, quotes included.
        if !s.is_ascii() {
            return Err(LitError::at_piece(
                "bytes can only contain ASCII literal characters",
                piece,
            ));
        }
        if prefix.raw {
            return Ok(Decoded::Bytes(s.as_bytes().to_vec()));
        }
        return decode_bytes_escapes(s)
            .map(Decoded::Bytes)
            .map_err(LitError::next_token);
    }
    if prefix.raw {
        return Ok(Decoded::Str(PyStr::from_str(s)));
    }
    decode_str_escapes(s)
        .map(Decoded::Str)
        .map_err(LitError::next_token)
}

/// Joins the STRING tokens of one atom into a constant or a `JoinedStr`'s parts.
pub fn concatenate(pieces: &[StrPiece]) -> Result<StrLiteral, LitError> {
    let mut bytes_mode: Option<bool> = None;
    let mut bytes = Vec::new();
    let mut parts = fstring::Parts::default();
    let mut fmode = false;
    for (index, piece) in pieces.iter().enumerate() {
        let decoded = decode_piece(piece).map_err(|mut e| {
            e.earlier_exprs = parts.compiled.clone();
            e
        })?;
        let this_bytes = matches!(decoded, Decoded::Bytes(_));
        if bytes_mode.is_some_and(|b| b != this_bytes) {
            let mut err = LitError::next_token("cannot mix bytes and nonbytes literals");
            err.earlier_exprs = parts.compiled.clone();
            return Err(err);
        }
        bytes_mode = Some(this_bytes);
        match decoded {
            Decoded::Bytes(b) => bytes.extend_from_slice(&b),
            Decoded::Str(s) => parts.push_literal_py(&s),
            Decoded::FString { raw, body } => {
                fmode = true;
                fstring::parse_into(&mut parts, piece, index, body, raw)?;
            }
        }
    }
    if bytes_mode == Some(true) {
        return Ok(StrLiteral::Constant {
            value: Constant::Bytes(bytes),
            kind_u: kind_u(pieces),
        });
    }
    let parts = parts.finish();
    if fmode {
        return Ok(StrLiteral::Joined(parts));
    }
    let value = match parts.into_iter().next() {
        Some(FPart::Literal(s)) => s,
        _ => PyStr::new(),
    };
    Ok(StrLiteral::Constant {
        value: Constant::Str(value),
        kind_u: kind_u(pieces),
    })
}

/// The value of a NUMBER token's text (already validated by the tokenizer).
pub fn parse_number(text: &str) -> Result<Constant, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let bad = || format!("invalid number literal: {:?}", text);
    if let Some(imag) = clean.strip_suffix(['j', 'J']) {
        let imag: f64 = imag.parse().map_err(|_| bad())?;
        return Ok(Constant::Complex { real: 0.0, imag });
    }
    let radix = match clean.get(..2) {
        Some("0x") | Some("0X") => 16,
        Some("0o") | Some("0O") => 8,
        Some("0b") | Some("0B") => 2,
        _ => 10,
    };
    if radix != 10 {
        let digits = &clean[2..];
        if digits.is_empty() {
            return Err(bad());
        }
        return BigInt::from_str_radix(digits, radix)
            .map(Constant::Int)
            .map_err(|_| bad());
    }
    if clean.bytes().all(|b| b.is_ascii_digit()) && !clean.is_empty() {
        return BigInt::from_str_radix(&clean, 10)
            .map(Constant::Int)
            .map_err(|_| bad());
    }
    // Rust's float parsing is correctly rounded, as CPython's dtoa is.
    if !clean
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        return Err(bad());
    }
    clean.parse::<f64>().map(Constant::Float).map_err(|_| bad())
}

/// What the `unicodeescape` codec reports: a message and the byte range of
/// the bad escape in its (rewritten) input.
fn codec_error(start: usize, end: usize, what: &str) -> String {
    if end.saturating_sub(start) <= 1 {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {}: {}",
            start, what
        )
    } else {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
            start,
            end - 1,
            what
        )
    }
}

/// Decodes the escapes of a non-raw str body, as CPython 3.11 does.
///
/// CPython first rewrites every non-ASCII character as `\UXXXXXXXX` (and a
/// backslash before one as `\u005c`), then runs the `unicode_escape` codec on
/// the result; error positions refer to that rewritten text, so they are
/// counted the same way here.
pub fn decode_str_escapes(s: &str) -> Result<PyStr, String> {
    let mut out = PyStr::new();
    // Position in CPython's rewritten buffer.
    let mut pos = 0usize;
    let mut chars = s.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            pos += if c.is_ascii() { 1 } else { 10 };
            continue;
        }
        let start = pos;
        let next = match chars.next() {
            // A lone backslash at the end (an f-string literal before `{`).
            None => {
                out.push('\\');
                break;
            }
            Some((_, n)) => n,
        };
        if !next.is_ascii() {
            // Rewritten as `\u005c` then `\UXXXXXXXX`: a backslash, then the char.
            out.push('\\');
            out.push(next);
            pos += 16;
            continue;
        }
        pos += 2;
        match next {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = next as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            value = value * 8 + (d as u32 - '0' as u32);
                            chars.next();
                            pos += 1;
                        }
                        _ => break,
                    }
                }
                out.push_code_point(value);
            }
            'x' | 'u' | 'U' => {
                let (count, what) = match next {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value: u32 = 0;
                for _ in 0..count {
                    match chars
                        .peek()
                        .and_then(|&(_, d)| d.to_digit(16).filter(|_| d.is_ascii()))
                    {
                        Some(d) => {
                            value = (value << 4) | d;
                            chars.next();
                            pos += 1;
                        }
                        None => return Err(codec_error(start, pos, what)),
                    }
                }
                // Surrogates are kept: Python strs may hold them.
                if !out.push_code_point(value) {
                    return Err(codec_error(start, pos, "illegal Unicode character"));
                }
            }
            'N' => {
                let malformed = "malformed \\N character escape";
                if !matches!(chars.peek(), Some(&(_, '{'))) {
                    return Err(codec_error(start, pos, malformed));
                }
                chars.next();
                pos += 1;
                let mut name = String::new();
                let mut closed = false;
                while let Some(&(_, d)) = chars.peek() {
                    if d == '}' {
                        closed = true;
                        break;
                    }
                    name.push(d);
                    chars.next();
                    pos += if d.is_ascii() { 1 } else { 10 };
                }
                if !closed || name.is_empty() {
                    return Err(codec_error(start, pos, malformed));
                }
                chars.next();
                pos += 1;
                match names::lookup(&name) {
                    Some(cp) => {
                        out.push_code_point(cp);
                    }
                    None => return Err(codec_error(start, pos, "unknown Unicode character name")),
                }
            }
            // Unknown escapes stay as written (3.11 only warns).
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes the escapes of a non-raw bytes body (already known to be ASCII),
/// as CPython's `_PyBytes_DecodeEscape`.
pub fn decode_bytes_escapes(s: &str) -> Result<Vec<u8>, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let next = match b.get(i) {
            Some(&n) => n,
            None => {
                out.push(b'\\');
                break;
            }
        };
        i += 1;
        match next {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut value = u32::from(next - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                // 3.11 keeps the low byte of `\400`..`\777`.
                out.push((value & 0xff) as u8);
            }
            b'x' => {
                let hex = |k: usize| b.get(k).and_then(|&d| (d as char).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            start
                        ))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str) -> Constant {
        Constant::Int(text.parse().unwrap())
    }

    fn piece(text: &str) -> StrPiece<'_> {
        StrPiece {
            text,
            lineno: 1,
            col_offset: 4,
        }
    }

    fn cat(texts: &[&str]) -> Result<StrLiteral, LitError> {
        let pieces: Vec<StrPiece> = texts.iter().map(|t| piece(t)).collect();
        concatenate(&pieces)
    }

    fn err(texts: &[&str]) -> String {
        cat(texts).unwrap_err().msg
    }

    fn pystr_of(texts: &[&str]) -> PyStr {
        match cat(texts).unwrap() {
            StrLiteral::Constant {
                value: Constant::Str(s),
                ..
            } => s,
            other => panic!("not a str: {:?}", other),
        }
    }

    fn str_of(texts: &[&str]) -> String {
        let s = pystr_of(texts);
        s.as_str()
            .map(str::to_string)
            .unwrap_or_else(|| panic!("surrogates in {:?}", s))
    }

    fn code_points(texts: &[&str]) -> Vec<u32> {
        pystr_of(texts).chars().collect()
    }

    #[test]
    fn lone_surrogates_are_kept() {
        // python3: [hex(ord(c)) for c in '\ud800' 'x\udc80' '\U0000dfff\uD83D\uDE00'].
        assert_eq!(
            code_points(&["'\\ud800'", "'x\\udc80'", "'\\U0000dfff\\uD83D\\uDE00'"]),
            vec![0xD800, 0x78, 0xDC80, 0xDFFF, 0xD83D, 0xDE00]
        );
        assert_eq!(
            code_points(&["r'\\ud800'"]),
            "\\ud800".chars().map(u32::from).collect::<Vec<_>>()
        );
        // f-string literal parts keep them too: f'\udc80{x}\ud800' 'y'.
        match cat(&["f'\\udc80{x}\\ud800'", "'y'"]).unwrap() {
            StrLiteral::Joined(parts) => {
                let lits: Vec<Vec<u32>> = parts
                    .iter()
                    .filter_map(|p| match p {
                        FPart::Literal(s) => Some(s.chars().collect()),
                        _ => None,
                    })
                    .collect();
                assert_eq!(lits, vec![vec![0xDC80], vec![0xD800, 0x79]]);
            }
            other => panic!("not joined: {:?}", other),
        }
    }

    #[test]
    fn all_character_names() {
        // python3: hex(ord('\N{...}')) for names, aliases and computed names.
        let cases = [
            ("'\\N{SNOWMAN}'", 0x2603),
            ("'\\N{grinning face}'", 0x1F600),
            ("'\\N{LF}'", 0xA),
            ("'\\N{HANGUL SYLLABLE GAGG}'", 0xAC02),
            ("'\\N{CJK UNIFIED IDEOGRAPH-20000}'", 0x20000),
            ("'\\N{TIBETAN MARK GTER YIG MGO -UM RNAM BCAD MA}'", 0xF02),
        ];
        for (text, cp) in cases {
            assert_eq!(code_points(&[text]), vec![cp], "{}", text);
        }
    }

    fn bytes_of(texts: &[&str]) -> Vec<u8> {
        match cat(texts).unwrap() {
            StrLiteral::Constant {
                value: Constant::Bytes(b),
                ..
            } => b,
            other => panic!("not bytes: {:?}", other),
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number("0").unwrap(), int("0"));
        assert_eq!(parse_number("1_000").unwrap(), int("1000"));
        assert_eq!(parse_number("0x_ff").unwrap(), int("255"));
        assert_eq!(parse_number("0O17").unwrap(), int("15"));
        assert_eq!(parse_number("0b1_01").unwrap(), int("5"));
        assert_eq!(parse_number("00").unwrap(), int("0"));
        assert_eq!(
            parse_number("123456789012345678901234567890").unwrap(),
            int("123456789012345678901234567890")
        );
        assert_eq!(parse_number("1.5e3").unwrap(), Constant::Float(1500.0));
        assert_eq!(parse_number("1_0.5").unwrap(), Constant::Float(10.5));
        assert_eq!(parse_number(".5").unwrap(), Constant::Float(0.5));
        assert_eq!(parse_number("5.").unwrap(), Constant::Float(5.0));
        assert_eq!(
            parse_number("1e400").unwrap(),
            Constant::Float(f64::INFINITY)
        );
        assert_eq!(parse_number("0.1").unwrap(), Constant::Float(0.1));
        assert_eq!(
            parse_number("10j").unwrap(),
            Constant::Complex {
                real: 0.0,
                imag: 10.0
            }
        );
        assert_eq!(
            parse_number("1.5J").unwrap(),
            Constant::Complex {
                real: 0.0,
                imag: 1.5
            }
        );
        assert!(parse_number("0x").is_err());
        assert!(parse_number("abc").is_err());
        assert!(parse_number("").is_err());
        assert!(parse_number("inf").is_err());
    }

    #[test]
    fn plain_strings() {
        assert_eq!(str_of(&["'a\\nb'"]), "a\nb");
        assert_eq!(str_of(&["r'a\\nb'"]), "a\\nb");
        assert_eq!(str_of(&["'''a'b'''"]), "a'b");
        assert_eq!(str_of(&["\"\"\"\"\"\""]), "");
        assert_eq!(str_of(&["''"]), "");
        assert_eq!(str_of(&["'\\777'"]), "\u{1ff}");
        assert_eq!(str_of(&["'\\0a\\101'"]), "\0aA");
        assert_eq!(str_of(&["'\\x41\\u00e9\\U0001F600'"]), "Aé\u{1f600}");
        assert_eq!(
            str_of(&["'\\a\\b\\f\\v\\r\\t\\\\\\'\\\"'"]),
            "\x07\x08\x0c\x0b\r\t\\'\""
        );
        assert_eq!(str_of(&["'a\\q'"]), "a\\q");
        assert_eq!(str_of(&["'a\\\nb'"]), "ab");
        assert_eq!(
            str_of(&["'\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{em dash}'"]),
            "é\u{2014}"
        );
        assert_eq!(str_of(&["'\\N{CJK UNIFIED IDEOGRAPH-4E00}'"]), "\u{4e00}");
        // python3: '\\\né\\é' is 'é\\é'.
        assert_eq!(str_of(&["\"\\\n\u{e9}\\\u{e9}\""]), "é\\é");
        assert_eq!(str_of(&["'a'", "\"b\"", "'''c'''"]), "abc");
        assert_eq!(str_of(&["U'x'", "R'\\d'", "Ur'y'"]), "x\\dy");
    }

    #[test]
    fn kind_u_only_for_lowercase_u_first() {
        let k = |texts: &[&str]| match cat(texts).unwrap() {
            StrLiteral::Constant { kind_u, .. } => kind_u,
            _ => panic!(),
        };
        assert!(k(&["u'a'", "'b'"]));
        assert!(!k(&["'a'", "u'b'"]));
        assert!(!k(&["U'a'"]));
    }

    #[test]
    fn bytes() {
        assert_eq!(bytes_of(&["b'\\777'"]), vec![0xff]);
        assert_eq!(bytes_of(&["b'\\N{DASH}'"]), b"\\N{DASH}".to_vec());
        assert_eq!(
            bytes_of(&["b'\\x00a'", "B\"b\"", "rb'\\n'", "bR'x'"]),
            b"\0ab\\nx".to_vec()
        );
        assert_eq!(bytes_of(&["b'\\u1234'"]), b"\\u1234".to_vec());
    }

    #[test]
    fn escape_errors_match_python() {
        let unicode = |r: &str, what: &str| {
            format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}: {}",
                r, what
            )
        };
        assert_eq!(err(&["\"\\x4\""]), unicode("0-2", "truncated \\xXX escape"));
        assert_eq!(
            err(&["\"ab\\x4\""]),
            unicode("2-4", "truncated \\xXX escape")
        );
        assert_eq!(
            err(&["\"é\\x4\""]),
            unicode("10-12", "truncated \\xXX escape")
        );
        assert_eq!(err(&["\"\\xg\""]), unicode("0-1", "truncated \\xXX escape"));
        assert_eq!(
            err(&["\"\\u12\""]),
            unicode("0-3", "truncated \\uXXXX escape")
        );
        assert_eq!(
            err(&["\"\\U1234567\""]),
            unicode("0-8", "truncated \\UXXXXXXXX escape")
        );
        assert_eq!(
            err(&["\"\\U00110000\""]),
            unicode("0-9", "illegal Unicode character")
        );
        assert_eq!(
            err(&["\"\\N{foo}\""]),
            unicode("0-6", "unknown Unicode character name")
        );
        assert_eq!(
            err(&["\"\\N\""]),
            unicode("0-1", "malformed \\N character escape")
        );
        assert_eq!(
            err(&["\"\\N{\""]),
            unicode("0-2", "malformed \\N character escape")
        );
        assert_eq!(
            err(&["\"\\N{}\""]),
            unicode("0-2", "malformed \\N character escape")
        );
        assert_eq!(
            err(&["\"\"\"a\n\\x4\"\"\""]),
            unicode("2-4", "truncated \\xXX escape")
        );
        assert_eq!(
            err(&["b\"\\x4\""]),
            "(value error) invalid \\x escape at position 0"
        );
        assert_eq!(
            err(&["b'ab\\xZ1'"]),
            "(value error) invalid \\x escape at position 2"
        );
        assert!(cat(&["\"\\x4\""]).unwrap_err().at_next_token);
    }

    #[test]
    fn bytes_must_be_ascii() {
        let e = concatenate(&[StrPiece {
            text: "b\"é\"",
            lineno: 1,
            col_offset: 4,
        }])
        .unwrap_err();
        assert_eq!(e.msg, "bytes can only contain ASCII literal characters");
        assert!(!e.at_next_token);
        // python3 reports 1 5 1 9 for `x = b"é"`.
        let pe = e.to_parse_error("x = b\"é\"", None);
        assert_eq!(
            (pe.lineno, pe.offset, pe.end_lineno, pe.end_offset),
            (1, 5, 1, 9)
        );
    }

    #[test]
    fn mixing_bytes_and_str() {
        assert_eq!(
            err(&["'a'", "b'b'"]),
            "cannot mix bytes and nonbytes literals"
        );
        assert_eq!(
            err(&["b'a'", "'b'"]),
            "cannot mix bytes and nonbytes literals"
        );
        assert_eq!(
            err(&["'a'", "f''", "b'b'"]),
            "cannot mix bytes and nonbytes literals"
        );
        // A decoding error in an earlier piece wins.
        assert!(err(&["'\\x'", "b'b'"]).starts_with("(unicode error)"));
    }

    #[test]
    fn next_token_position() {
        let e = cat(&["\"\\x4\""]).unwrap_err();
        let pe = e.to_parse_error("x = \"\\x4\" + 1", Some((1, 10, 1, 11)));
        assert_eq!(
            (pe.lineno, pe.offset, pe.end_lineno, pe.end_offset),
            (1, 11, 1, 12)
        );
    }

    #[test]
    fn piece_end() {
        assert_eq!(piece("'abc'").end(), (1, 9));
        let p = StrPiece {
            text: "'''a\nbc'''",
            lineno: 3,
            col_offset: 7,
        };
        assert_eq!(p.end(), (4, 5));
    }

    /// Fixed-seed fuzzing: no input may panic.
    #[test]
    fn fuzz_does_not_panic() {
        let alphabet: Vec<char> = "\\'\"xuUN{}0178aefbrnq!:=#()[] \n\té€\u{1f600}_.jJ-+"
            .chars()
            .collect();
        let mut next = crate::testing::XorShift::new(0x9e37_79b9_7f4a_7c15).into_fn();
        for _ in 0..20000 {
            let len = (next() % 12) as usize;
            let body: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let prefix = ["", "r", "b", "f", "rb", "fr", "u", "F", "Rb"][(next() % 9) as usize];
            let quote = ["'", "\"", "'''"][(next() % 3) as usize];
            let text = format!("{}{}{}{}", prefix, quote, body, quote);
            let _ = concatenate(&[piece(&text), piece("'x'")]);
            let _ = decode_string_token(&text);
            let _ = decode_string_token(&body);
            let _ = parse_number(&body);
            let _ = split_token(&body);
        }
    }
}
