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
    Str(String),
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
        return Ok(Decoded::Str(s.to_string()));
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
            Decoded::Str(s) => parts.push_literal(&s),
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
        _ => String::new(),
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
pub fn decode_str_escapes(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
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
                out.push(char_or_replacement(value));
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
                if value > 0x10ffff {
                    return Err(codec_error(start, pos, "illegal Unicode character"));
                }
                out.push(char_or_replacement(value));
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
                match lookup_char_name(&name) {
                    Some(c) => out.push(c),
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

/// Python strs may hold lone surrogates; Rust strings cannot, so they become
/// U+FFFD (a known difference).
fn char_or_replacement(value: u32) -> char {
    char::from_u32(value).unwrap_or('\u{fffd}')
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

/// `\N{name}`: CPython's lookup is case-insensitive and knows aliases.
fn lookup_char_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        let cp = u32::from_str_radix(hex, 16).ok()?;
        let cjk = (0x4e00..=0x9fff).contains(&cp)
            || (0x3400..=0x4dbf).contains(&cp)
            || (0x20000..=0x2a6df).contains(&cp);
        return if cjk && (hex.len() == 4 || hex.len() == 5) {
            char::from_u32(cp)
        } else {
            None
        };
    }
    CHAR_NAMES
        .binary_search_by(|(n, _)| n.cmp(&upper.as_str()))
        .ok()
        .and_then(|i| char::from_u32(CHAR_NAMES[i].1))
}

// Generated by a python3 script from `unicodedata` (Unicode 14, CPython 3.11):
// the names and aliases of ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic
// and a few common symbols, sorted for binary search.
const CHAR_NAMES: &[(&str, u32)] = &[
    ("ACUTE ACCENT", 0xb4),
    ("ALERT", 0x7),
    ("ALMOST EQUAL TO", 0x2248),
    ("AMPERSAND", 0x26),
    ("APOSTROPHE", 0x27),
    ("ASTERISK", 0x2a),
    ("BACKSPACE", 0x8),
    ("BALLOT BOX", 0x2610),
    ("BALLOT BOX WITH CHECK", 0x2611),
    ("BALLOT BOX WITH X", 0x2612),
    ("BALLOT X", 0x2717),
    ("BELL", 0x1f514),
    ("BLACK CIRCLE", 0x25cf),
    ("BLACK CLUB SUIT", 0x2663),
    ("BLACK DIAMOND SUIT", 0x2666),
    ("BLACK DOWN-POINTING TRIANGLE", 0x25bc),
    ("BLACK HEART SUIT", 0x2665),
    ("BLACK SPADE SUIT", 0x2660),
    ("BLACK SQUARE", 0x25a0),
    ("BLACK STAR", 0x2605),
    ("BLACK SUN WITH RAYS", 0x2600),
    ("BLACK UP-POINTING TRIANGLE", 0x25b2),
    ("BOM", 0xfeff),
    ("BOX DRAWINGS LIGHT DOWN AND LEFT", 0x2510),
    ("BOX DRAWINGS LIGHT DOWN AND RIGHT", 0x250c),
    ("BOX DRAWINGS LIGHT HORIZONTAL", 0x2500),
    ("BOX DRAWINGS LIGHT UP AND LEFT", 0x2518),
    ("BOX DRAWINGS LIGHT UP AND RIGHT", 0x2514),
    ("BOX DRAWINGS LIGHT VERTICAL", 0x2502),
    ("BROKEN BAR", 0xa6),
    ("BULLET", 0x2022),
    ("BYTE ORDER MARK", 0xfeff),
    ("CARET", 0x2038),
    ("CARRIAGE RETURN", 0xd),
    ("CEDILLA", 0xb8),
    ("CENT SIGN", 0xa2),
    ("CHARACTER TABULATION", 0x9),
    ("CHECK MARK", 0x2713),
    ("CIRCUMFLEX ACCENT", 0x5e),
    ("CLOUD", 0x2601),
    ("COLON", 0x3a),
    ("COMMA", 0x2c),
    ("COMMERCIAL AT", 0x40),
    ("COPYRIGHT SIGN", 0xa9),
    ("CR", 0xd),
    ("CURRENCY SIGN", 0xa4),
    ("CYRILLIC CAPITAL LETTER A", 0x410),
    ("CYRILLIC CAPITAL LETTER BE", 0x411),
    ("CYRILLIC CAPITAL LETTER CHE", 0x427),
    ("CYRILLIC CAPITAL LETTER DE", 0x414),
    ("CYRILLIC CAPITAL LETTER E", 0x42d),
    ("CYRILLIC CAPITAL LETTER EF", 0x424),
    ("CYRILLIC CAPITAL LETTER EL", 0x41b),
    ("CYRILLIC CAPITAL LETTER EM", 0x41c),
    ("CYRILLIC CAPITAL LETTER EN", 0x41d),
    ("CYRILLIC CAPITAL LETTER ER", 0x420),
    ("CYRILLIC CAPITAL LETTER ES", 0x421),
    ("CYRILLIC CAPITAL LETTER GHE", 0x413),
    ("CYRILLIC CAPITAL LETTER HA", 0x425),
    ("CYRILLIC CAPITAL LETTER HARD SIGN", 0x42a),
    ("CYRILLIC CAPITAL LETTER I", 0x418),
    ("CYRILLIC CAPITAL LETTER IE", 0x415),
    ("CYRILLIC CAPITAL LETTER KA", 0x41a),
    ("CYRILLIC CAPITAL LETTER O", 0x41e),
    ("CYRILLIC CAPITAL LETTER PE", 0x41f),
    ("CYRILLIC CAPITAL LETTER SHA", 0x428),
    ("CYRILLIC CAPITAL LETTER SHCHA", 0x429),
    ("CYRILLIC CAPITAL LETTER SHORT I", 0x419),
    ("CYRILLIC CAPITAL LETTER SOFT SIGN", 0x42c),
    ("CYRILLIC CAPITAL LETTER TE", 0x422),
    ("CYRILLIC CAPITAL LETTER TSE", 0x426),
    ("CYRILLIC CAPITAL LETTER U", 0x423),
    ("CYRILLIC CAPITAL LETTER VE", 0x412),
    ("CYRILLIC CAPITAL LETTER YA", 0x42f),
    ("CYRILLIC CAPITAL LETTER YERU", 0x42b),
    ("CYRILLIC CAPITAL LETTER YU", 0x42e),
    ("CYRILLIC CAPITAL LETTER ZE", 0x417),
    ("CYRILLIC CAPITAL LETTER ZHE", 0x416),
    ("CYRILLIC SMALL LETTER A", 0x430),
    ("CYRILLIC SMALL LETTER BE", 0x431),
    ("CYRILLIC SMALL LETTER CHE", 0x447),
    ("CYRILLIC SMALL LETTER DE", 0x434),
    ("CYRILLIC SMALL LETTER E", 0x44d),
    ("CYRILLIC SMALL LETTER EF", 0x444),
    ("CYRILLIC SMALL LETTER EL", 0x43b),
    ("CYRILLIC SMALL LETTER EM", 0x43c),
    ("CYRILLIC SMALL LETTER EN", 0x43d),
    ("CYRILLIC SMALL LETTER ER", 0x440),
    ("CYRILLIC SMALL LETTER ES", 0x441),
    ("CYRILLIC SMALL LETTER GHE", 0x433),
    ("CYRILLIC SMALL LETTER HA", 0x445),
    ("CYRILLIC SMALL LETTER HARD SIGN", 0x44a),
    ("CYRILLIC SMALL LETTER I", 0x438),
    ("CYRILLIC SMALL LETTER IE", 0x435),
    ("CYRILLIC SMALL LETTER KA", 0x43a),
    ("CYRILLIC SMALL LETTER O", 0x43e),
    ("CYRILLIC SMALL LETTER PE", 0x43f),
    ("CYRILLIC SMALL LETTER SHA", 0x448),
    ("CYRILLIC SMALL LETTER SHCHA", 0x449),
    ("CYRILLIC SMALL LETTER SHORT I", 0x439),
    ("CYRILLIC SMALL LETTER SOFT SIGN", 0x44c),
    ("CYRILLIC SMALL LETTER TE", 0x442),
    ("CYRILLIC SMALL LETTER TSE", 0x446),
    ("CYRILLIC SMALL LETTER U", 0x443),
    ("CYRILLIC SMALL LETTER VE", 0x432),
    ("CYRILLIC SMALL LETTER YA", 0x44f),
    ("CYRILLIC SMALL LETTER YERU", 0x44b),
    ("CYRILLIC SMALL LETTER YU", 0x44e),
    ("CYRILLIC SMALL LETTER ZE", 0x437),
    ("CYRILLIC SMALL LETTER ZHE", 0x436),
    ("DAGGER", 0x2020),
    ("DEGREE SIGN", 0xb0),
    ("DEL", 0x7f),
    ("DELETE", 0x7f),
    ("DIAERESIS", 0xa8),
    ("DIGIT EIGHT", 0x38),
    ("DIGIT FIVE", 0x35),
    ("DIGIT FOUR", 0x34),
    ("DIGIT NINE", 0x39),
    ("DIGIT ONE", 0x31),
    ("DIGIT SEVEN", 0x37),
    ("DIGIT SIX", 0x36),
    ("DIGIT THREE", 0x33),
    ("DIGIT TWO", 0x32),
    ("DIGIT ZERO", 0x30),
    ("DIVISION SIGN", 0xf7),
    ("DOLLAR SIGN", 0x24),
    ("DOUBLE DAGGER", 0x2021),
    ("DOUBLE HIGH-REVERSED-9 QUOTATION MARK", 0x201f),
    ("DOUBLE LOW LINE", 0x2017),
    ("DOUBLE LOW-9 QUOTATION MARK", 0x201e),
    ("DOUBLE PRIME", 0x2033),
    ("DOUBLE VERTICAL LINE", 0x2016),
    ("DOWNWARDS ARROW", 0x2193),
    ("ELEMENT OF", 0x2208),
    ("EM DASH", 0x2014),
    ("EMPTY SET", 0x2205),
    ("EN DASH", 0x2013),
    ("EQUALS SIGN", 0x3d),
    ("ESC", 0x1b),
    ("ESCAPE", 0x1b),
    ("EURO SIGN", 0x20ac),
    ("EXCLAMATION MARK", 0x21),
    ("FACE WITH TEARS OF JOY", 0x1f602),
    ("FEMININE ORDINAL INDICATOR", 0xaa),
    ("FF", 0xc),
    ("FIGURE DASH", 0x2012),
    ("FIRE", 0x1f525),
    ("FOR ALL", 0x2200),
    ("FORM FEED", 0xc),
    ("FULL BLOCK", 0x2588),
    ("FULL STOP", 0x2e),
    ("GRAVE ACCENT", 0x60),
    ("GREATER-THAN OR EQUAL TO", 0x2265),
    ("GREATER-THAN SIGN", 0x3e),
    ("GREEK CAPITAL LETTER ALPHA", 0x391),
    ("GREEK CAPITAL LETTER BETA", 0x392),
    ("GREEK CAPITAL LETTER CHI", 0x3a7),
    ("GREEK CAPITAL LETTER DELTA", 0x394),
    ("GREEK CAPITAL LETTER EPSILON", 0x395),
    ("GREEK CAPITAL LETTER ETA", 0x397),
    ("GREEK CAPITAL LETTER GAMMA", 0x393),
    ("GREEK CAPITAL LETTER IOTA", 0x399),
    ("GREEK CAPITAL LETTER IOTA WITH DIALYTIKA", 0x3aa),
    ("GREEK CAPITAL LETTER KAPPA", 0x39a),
    ("GREEK CAPITAL LETTER LAMDA", 0x39b),
    ("GREEK CAPITAL LETTER MU", 0x39c),
    ("GREEK CAPITAL LETTER NU", 0x39d),
    ("GREEK CAPITAL LETTER OMEGA", 0x3a9),
    ("GREEK CAPITAL LETTER OMICRON", 0x39f),
    ("GREEK CAPITAL LETTER PHI", 0x3a6),
    ("GREEK CAPITAL LETTER PI", 0x3a0),
    ("GREEK CAPITAL LETTER PSI", 0x3a8),
    ("GREEK CAPITAL LETTER RHO", 0x3a1),
    ("GREEK CAPITAL LETTER SIGMA", 0x3a3),
    ("GREEK CAPITAL LETTER TAU", 0x3a4),
    ("GREEK CAPITAL LETTER THETA", 0x398),
    ("GREEK CAPITAL LETTER UPSILON", 0x3a5),
    ("GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA", 0x3ab),
    ("GREEK CAPITAL LETTER XI", 0x39e),
    ("GREEK CAPITAL LETTER ZETA", 0x396),
    ("GREEK SMALL LETTER ALPHA", 0x3b1),
    ("GREEK SMALL LETTER ALPHA WITH TONOS", 0x3ac),
    ("GREEK SMALL LETTER BETA", 0x3b2),
    ("GREEK SMALL LETTER CHI", 0x3c7),
    ("GREEK SMALL LETTER DELTA", 0x3b4),
    ("GREEK SMALL LETTER EPSILON", 0x3b5),
    ("GREEK SMALL LETTER EPSILON WITH TONOS", 0x3ad),
    ("GREEK SMALL LETTER ETA", 0x3b7),
    ("GREEK SMALL LETTER ETA WITH TONOS", 0x3ae),
    ("GREEK SMALL LETTER FINAL SIGMA", 0x3c2),
    ("GREEK SMALL LETTER GAMMA", 0x3b3),
    ("GREEK SMALL LETTER IOTA", 0x3b9),
    ("GREEK SMALL LETTER IOTA WITH TONOS", 0x3af),
    ("GREEK SMALL LETTER KAPPA", 0x3ba),
    ("GREEK SMALL LETTER LAMDA", 0x3bb),
    ("GREEK SMALL LETTER MU", 0x3bc),
    ("GREEK SMALL LETTER NU", 0x3bd),
    ("GREEK SMALL LETTER OMEGA", 0x3c9),
    ("GREEK SMALL LETTER OMICRON", 0x3bf),
    ("GREEK SMALL LETTER PHI", 0x3c6),
    ("GREEK SMALL LETTER PI", 0x3c0),
    ("GREEK SMALL LETTER PSI", 0x3c8),
    ("GREEK SMALL LETTER RHO", 0x3c1),
    ("GREEK SMALL LETTER SIGMA", 0x3c3),
    ("GREEK SMALL LETTER TAU", 0x3c4),
    ("GREEK SMALL LETTER THETA", 0x3b8),
    ("GREEK SMALL LETTER UPSILON", 0x3c5),
    ("GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS", 0x3b0),
    ("GREEK SMALL LETTER XI", 0x3be),
    ("GREEK SMALL LETTER ZETA", 0x3b6),
    ("GRINNING FACE", 0x1f600),
    ("HEAVY BALLOT X", 0x2718),
    ("HEAVY BLACK HEART", 0x2764),
    ("HEAVY CHECK MARK", 0x2714),
    ("HORIZONTAL BAR", 0x2015),
    ("HORIZONTAL ELLIPSIS", 0x2026),
    ("HORIZONTAL TABULATION", 0x9),
    ("HYPHEN", 0x2010),
    ("HYPHEN-MINUS", 0x2d),
    ("HYPHENATION POINT", 0x2027),
    ("IDENTICAL TO", 0x2261),
    ("IDEOGRAPHIC SPACE", 0x3000),
    ("INFINITY", 0x221e),
    ("INTEGRAL", 0x222b),
    ("INTERSECTION", 0x2229),
    ("INVERTED EXCLAMATION MARK", 0xa1),
    ("INVERTED QUESTION MARK", 0xbf),
    ("LATIN CAPITAL LETTER A", 0x41),
    ("LATIN CAPITAL LETTER A WITH ACUTE", 0xc1),
    ("LATIN CAPITAL LETTER A WITH BREVE", 0x102),
    ("LATIN CAPITAL LETTER A WITH CIRCUMFLEX", 0xc2),
    ("LATIN CAPITAL LETTER A WITH DIAERESIS", 0xc4),
    ("LATIN CAPITAL LETTER A WITH GRAVE", 0xc0),
    ("LATIN CAPITAL LETTER A WITH MACRON", 0x100),
    ("LATIN CAPITAL LETTER A WITH OGONEK", 0x104),
    ("LATIN CAPITAL LETTER A WITH RING ABOVE", 0xc5),
    ("LATIN CAPITAL LETTER A WITH TILDE", 0xc3),
    ("LATIN CAPITAL LETTER AE", 0xc6),
    ("LATIN CAPITAL LETTER B", 0x42),
    ("LATIN CAPITAL LETTER C", 0x43),
    ("LATIN CAPITAL LETTER C WITH ACUTE", 0x106),
    ("LATIN CAPITAL LETTER C WITH CARON", 0x10c),
    ("LATIN CAPITAL LETTER C WITH CEDILLA", 0xc7),
    ("LATIN CAPITAL LETTER C WITH CIRCUMFLEX", 0x108),
    ("LATIN CAPITAL LETTER C WITH DOT ABOVE", 0x10a),
    ("LATIN CAPITAL LETTER D", 0x44),
    ("LATIN CAPITAL LETTER D WITH CARON", 0x10e),
    ("LATIN CAPITAL LETTER D WITH STROKE", 0x110),
    ("LATIN CAPITAL LETTER E", 0x45),
    ("LATIN CAPITAL LETTER E WITH ACUTE", 0xc9),
    ("LATIN CAPITAL LETTER E WITH BREVE", 0x114),
    ("LATIN CAPITAL LETTER E WITH CARON", 0x11a),
    ("LATIN CAPITAL LETTER E WITH CIRCUMFLEX", 0xca),
    ("LATIN CAPITAL LETTER E WITH DIAERESIS", 0xcb),
    ("LATIN CAPITAL LETTER E WITH DOT ABOVE", 0x116),
    ("LATIN CAPITAL LETTER E WITH GRAVE", 0xc8),
    ("LATIN CAPITAL LETTER E WITH MACRON", 0x112),
    ("LATIN CAPITAL LETTER E WITH OGONEK", 0x118),
    ("LATIN CAPITAL LETTER ENG", 0x14a),
    ("LATIN CAPITAL LETTER ETH", 0xd0),
    ("LATIN CAPITAL LETTER F", 0x46),
    ("LATIN CAPITAL LETTER G", 0x47),
    ("LATIN CAPITAL LETTER G WITH BREVE", 0x11e),
    ("LATIN CAPITAL LETTER G WITH CEDILLA", 0x122),
    ("LATIN CAPITAL LETTER G WITH CIRCUMFLEX", 0x11c),
    ("LATIN CAPITAL LETTER G WITH DOT ABOVE", 0x120),
    ("LATIN CAPITAL LETTER H", 0x48),
    ("LATIN CAPITAL LETTER H WITH CIRCUMFLEX", 0x124),
    ("LATIN CAPITAL LETTER H WITH STROKE", 0x126),
    ("LATIN CAPITAL LETTER I", 0x49),
    ("LATIN CAPITAL LETTER I WITH ACUTE", 0xcd),
    ("LATIN CAPITAL LETTER I WITH BREVE", 0x12c),
    ("LATIN CAPITAL LETTER I WITH CIRCUMFLEX", 0xce),
    ("LATIN CAPITAL LETTER I WITH DIAERESIS", 0xcf),
    ("LATIN CAPITAL LETTER I WITH DOT ABOVE", 0x130),
    ("LATIN CAPITAL LETTER I WITH GRAVE", 0xcc),
    ("LATIN CAPITAL LETTER I WITH MACRON", 0x12a),
    ("LATIN CAPITAL LETTER I WITH OGONEK", 0x12e),
    ("LATIN CAPITAL LETTER I WITH TILDE", 0x128),
    ("LATIN CAPITAL LETTER J", 0x4a),
    ("LATIN CAPITAL LETTER J WITH CIRCUMFLEX", 0x134),
    ("LATIN CAPITAL LETTER K", 0x4b),
    ("LATIN CAPITAL LETTER K WITH CEDILLA", 0x136),
    ("LATIN CAPITAL LETTER L", 0x4c),
    ("LATIN CAPITAL LETTER L WITH ACUTE", 0x139),
    ("LATIN CAPITAL LETTER L WITH CARON", 0x13d),
    ("LATIN CAPITAL LETTER L WITH CEDILLA", 0x13b),
    ("LATIN CAPITAL LETTER L WITH MIDDLE DOT", 0x13f),
    ("LATIN CAPITAL LETTER L WITH STROKE", 0x141),
    ("LATIN CAPITAL LETTER M", 0x4d),
    ("LATIN CAPITAL LETTER N", 0x4e),
    ("LATIN CAPITAL LETTER N WITH ACUTE", 0x143),
    ("LATIN CAPITAL LETTER N WITH CARON", 0x147),
    ("LATIN CAPITAL LETTER N WITH CEDILLA", 0x145),
    ("LATIN CAPITAL LETTER N WITH TILDE", 0xd1),
    ("LATIN CAPITAL LETTER O", 0x4f),
    ("LATIN CAPITAL LETTER O WITH ACUTE", 0xd3),
    ("LATIN CAPITAL LETTER O WITH BREVE", 0x14e),
    ("LATIN CAPITAL LETTER O WITH CIRCUMFLEX", 0xd4),
    ("LATIN CAPITAL LETTER O WITH DIAERESIS", 0xd6),
    ("LATIN CAPITAL LETTER O WITH DOUBLE ACUTE", 0x150),
    ("LATIN CAPITAL LETTER O WITH GRAVE", 0xd2),
    ("LATIN CAPITAL LETTER O WITH MACRON", 0x14c),
    ("LATIN CAPITAL LETTER O WITH STROKE", 0xd8),
    ("LATIN CAPITAL LETTER O WITH TILDE", 0xd5),
    ("LATIN CAPITAL LETTER P", 0x50),
    ("LATIN CAPITAL LETTER Q", 0x51),
    ("LATIN CAPITAL LETTER R", 0x52),
    ("LATIN CAPITAL LETTER R WITH ACUTE", 0x154),
    ("LATIN CAPITAL LETTER R WITH CARON", 0x158),
    ("LATIN CAPITAL LETTER R WITH CEDILLA", 0x156),
    ("LATIN CAPITAL LETTER S", 0x53),
    ("LATIN CAPITAL LETTER S WITH ACUTE", 0x15a),
    ("LATIN CAPITAL LETTER S WITH CARON", 0x160),
    ("LATIN CAPITAL LETTER S WITH CEDILLA", 0x15e),
    ("LATIN CAPITAL LETTER S WITH CIRCUMFLEX", 0x15c),
    ("LATIN CAPITAL LETTER T", 0x54),
    ("LATIN CAPITAL LETTER T WITH CARON", 0x164),
    ("LATIN CAPITAL LETTER T WITH CEDILLA", 0x162),
    ("LATIN CAPITAL LETTER T WITH STROKE", 0x166),
    ("LATIN CAPITAL LETTER THORN", 0xde),
    ("LATIN CAPITAL LETTER U", 0x55),
    ("LATIN CAPITAL LETTER U WITH ACUTE", 0xda),
    ("LATIN CAPITAL LETTER U WITH BREVE", 0x16c),
    ("LATIN CAPITAL LETTER U WITH CIRCUMFLEX", 0xdb),
    ("LATIN CAPITAL LETTER U WITH DIAERESIS", 0xdc),
    ("LATIN CAPITAL LETTER U WITH DOUBLE ACUTE", 0x170),
    ("LATIN CAPITAL LETTER U WITH GRAVE", 0xd9),
    ("LATIN CAPITAL LETTER U WITH MACRON", 0x16a),
    ("LATIN CAPITAL LETTER U WITH OGONEK", 0x172),
    ("LATIN CAPITAL LETTER U WITH RING ABOVE", 0x16e),
    ("LATIN CAPITAL LETTER U WITH TILDE", 0x168),
    ("LATIN CAPITAL LETTER V", 0x56),
    ("LATIN CAPITAL LETTER W", 0x57),
    ("LATIN CAPITAL LETTER W WITH CIRCUMFLEX", 0x174),
    ("LATIN CAPITAL LETTER X", 0x58),
    ("LATIN CAPITAL LETTER Y", 0x59),
    ("LATIN CAPITAL LETTER Y WITH ACUTE", 0xdd),
    ("LATIN CAPITAL LETTER Y WITH CIRCUMFLEX", 0x176),
    ("LATIN CAPITAL LETTER Y WITH DIAERESIS", 0x178),
    ("LATIN CAPITAL LETTER Z", 0x5a),
    ("LATIN CAPITAL LETTER Z WITH ACUTE", 0x179),
    ("LATIN CAPITAL LETTER Z WITH CARON", 0x17d),
    ("LATIN CAPITAL LETTER Z WITH DOT ABOVE", 0x17b),
    ("LATIN CAPITAL LIGATURE IJ", 0x132),
    ("LATIN CAPITAL LIGATURE OE", 0x152),
    ("LATIN SMALL LETTER A", 0x61),
    ("LATIN SMALL LETTER A WITH ACUTE", 0xe1),
    ("LATIN SMALL LETTER A WITH BREVE", 0x103),
    ("LATIN SMALL LETTER A WITH CIRCUMFLEX", 0xe2),
    ("LATIN SMALL LETTER A WITH DIAERESIS", 0xe4),
    ("LATIN SMALL LETTER A WITH GRAVE", 0xe0),
    ("LATIN SMALL LETTER A WITH MACRON", 0x101),
    ("LATIN SMALL LETTER A WITH OGONEK", 0x105),
    ("LATIN SMALL LETTER A WITH RING ABOVE", 0xe5),
    ("LATIN SMALL LETTER A WITH TILDE", 0xe3),
    ("LATIN SMALL LETTER AE", 0xe6),
    ("LATIN SMALL LETTER B", 0x62),
    ("LATIN SMALL LETTER C", 0x63),
    ("LATIN SMALL LETTER C WITH ACUTE", 0x107),
    ("LATIN SMALL LETTER C WITH CARON", 0x10d),
    ("LATIN SMALL LETTER C WITH CEDILLA", 0xe7),
    ("LATIN SMALL LETTER C WITH CIRCUMFLEX", 0x109),
    ("LATIN SMALL LETTER C WITH DOT ABOVE", 0x10b),
    ("LATIN SMALL LETTER D", 0x64),
    ("LATIN SMALL LETTER D WITH CARON", 0x10f),
    ("LATIN SMALL LETTER D WITH STROKE", 0x111),
    ("LATIN SMALL LETTER DOTLESS I", 0x131),
    ("LATIN SMALL LETTER E", 0x65),
    ("LATIN SMALL LETTER E WITH ACUTE", 0xe9),
    ("LATIN SMALL LETTER E WITH BREVE", 0x115),
    ("LATIN SMALL LETTER E WITH CARON", 0x11b),
    ("LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xea),
    ("LATIN SMALL LETTER E WITH DIAERESIS", 0xeb),
    ("LATIN SMALL LETTER E WITH DOT ABOVE", 0x117),
    ("LATIN SMALL LETTER E WITH GRAVE", 0xe8),
    ("LATIN SMALL LETTER E WITH MACRON", 0x113),
    ("LATIN SMALL LETTER E WITH OGONEK", 0x119),
    ("LATIN SMALL LETTER ENG", 0x14b),
    ("LATIN SMALL LETTER ETH", 0xf0),
    ("LATIN SMALL LETTER F", 0x66),
    ("LATIN SMALL LETTER G", 0x67),
    ("LATIN SMALL LETTER G WITH BREVE", 0x11f),
    ("LATIN SMALL LETTER G WITH CEDILLA", 0x123),
    ("LATIN SMALL LETTER G WITH CIRCUMFLEX", 0x11d),
    ("LATIN SMALL LETTER G WITH DOT ABOVE", 0x121),
    ("LATIN SMALL LETTER H", 0x68),
    ("LATIN SMALL LETTER H WITH CIRCUMFLEX", 0x125),
    ("LATIN SMALL LETTER H WITH STROKE", 0x127),
    ("LATIN SMALL LETTER I", 0x69),
    ("LATIN SMALL LETTER I WITH ACUTE", 0xed),
    ("LATIN SMALL LETTER I WITH BREVE", 0x12d),
    ("LATIN SMALL LETTER I WITH CIRCUMFLEX", 0xee),
    ("LATIN SMALL LETTER I WITH DIAERESIS", 0xef),
    ("LATIN SMALL LETTER I WITH GRAVE", 0xec),
    ("LATIN SMALL LETTER I WITH MACRON", 0x12b),
    ("LATIN SMALL LETTER I WITH OGONEK", 0x12f),
    ("LATIN SMALL LETTER I WITH TILDE", 0x129),
    ("LATIN SMALL LETTER J", 0x6a),
    ("LATIN SMALL LETTER J WITH CIRCUMFLEX", 0x135),
    ("LATIN SMALL LETTER K", 0x6b),
    ("LATIN SMALL LETTER K WITH CEDILLA", 0x137),
    ("LATIN SMALL LETTER KRA", 0x138),
    ("LATIN SMALL LETTER L", 0x6c),
    ("LATIN SMALL LETTER L WITH ACUTE", 0x13a),
    ("LATIN SMALL LETTER L WITH CARON", 0x13e),
    ("LATIN SMALL LETTER L WITH CEDILLA", 0x13c),
    ("LATIN SMALL LETTER L WITH MIDDLE DOT", 0x140),
    ("LATIN SMALL LETTER L WITH STROKE", 0x142),
    ("LATIN SMALL LETTER LONG S", 0x17f),
    ("LATIN SMALL LETTER M", 0x6d),
    ("LATIN SMALL LETTER N", 0x6e),
    ("LATIN SMALL LETTER N PRECEDED BY APOSTROPHE", 0x149),
    ("LATIN SMALL LETTER N WITH ACUTE", 0x144),
    ("LATIN SMALL LETTER N WITH CARON", 0x148),
    ("LATIN SMALL LETTER N WITH CEDILLA", 0x146),
    ("LATIN SMALL LETTER N WITH TILDE", 0xf1),
    ("LATIN SMALL LETTER O", 0x6f),
    ("LATIN SMALL LETTER O WITH ACUTE", 0xf3),
    ("LATIN SMALL LETTER O WITH BREVE", 0x14f),
    ("LATIN SMALL LETTER O WITH CIRCUMFLEX", 0xf4),
    ("LATIN SMALL LETTER O WITH DIAERESIS", 0xf6),
    ("LATIN SMALL LETTER O WITH DOUBLE ACUTE", 0x151),
    ("LATIN SMALL LETTER O WITH GRAVE", 0xf2),
    ("LATIN SMALL LETTER O WITH MACRON", 0x14d),
    ("LATIN SMALL LETTER O WITH STROKE", 0xf8),
    ("LATIN SMALL LETTER O WITH TILDE", 0xf5),
    ("LATIN SMALL LETTER P", 0x70),
    ("LATIN SMALL LETTER Q", 0x71),
    ("LATIN SMALL LETTER R", 0x72),
    ("LATIN SMALL LETTER R WITH ACUTE", 0x155),
    ("LATIN SMALL LETTER R WITH CARON", 0x159),
    ("LATIN SMALL LETTER R WITH CEDILLA", 0x157),
    ("LATIN SMALL LETTER S", 0x73),
    ("LATIN SMALL LETTER S WITH ACUTE", 0x15b),
    ("LATIN SMALL LETTER S WITH CARON", 0x161),
    ("LATIN SMALL LETTER S WITH CEDILLA", 0x15f),
    ("LATIN SMALL LETTER S WITH CIRCUMFLEX", 0x15d),
    ("LATIN SMALL LETTER SHARP S", 0xdf),
    ("LATIN SMALL LETTER T", 0x74),
    ("LATIN SMALL LETTER T WITH CARON", 0x165),
    ("LATIN SMALL LETTER T WITH CEDILLA", 0x163),
    ("LATIN SMALL LETTER T WITH STROKE", 0x167),
    ("LATIN SMALL LETTER THORN", 0xfe),
    ("LATIN SMALL LETTER U", 0x75),
    ("LATIN SMALL LETTER U WITH ACUTE", 0xfa),
    ("LATIN SMALL LETTER U WITH BREVE", 0x16d),
    ("LATIN SMALL LETTER U WITH CIRCUMFLEX", 0xfb),
    ("LATIN SMALL LETTER U WITH DIAERESIS", 0xfc),
    ("LATIN SMALL LETTER U WITH DOUBLE ACUTE", 0x171),
    ("LATIN SMALL LETTER U WITH GRAVE", 0xf9),
    ("LATIN SMALL LETTER U WITH MACRON", 0x16b),
    ("LATIN SMALL LETTER U WITH OGONEK", 0x173),
    ("LATIN SMALL LETTER U WITH RING ABOVE", 0x16f),
    ("LATIN SMALL LETTER U WITH TILDE", 0x169),
    ("LATIN SMALL LETTER V", 0x76),
    ("LATIN SMALL LETTER W", 0x77),
    ("LATIN SMALL LETTER W WITH CIRCUMFLEX", 0x175),
    ("LATIN SMALL LETTER X", 0x78),
    ("LATIN SMALL LETTER Y", 0x79),
    ("LATIN SMALL LETTER Y WITH ACUTE", 0xfd),
    ("LATIN SMALL LETTER Y WITH CIRCUMFLEX", 0x177),
    ("LATIN SMALL LETTER Y WITH DIAERESIS", 0xff),
    ("LATIN SMALL LETTER Z", 0x7a),
    ("LATIN SMALL LETTER Z WITH ACUTE", 0x17a),
    ("LATIN SMALL LETTER Z WITH CARON", 0x17e),
    ("LATIN SMALL LETTER Z WITH DOT ABOVE", 0x17c),
    ("LATIN SMALL LIGATURE IJ", 0x133),
    ("LATIN SMALL LIGATURE OE", 0x153),
    ("LEFT CURLY BRACKET", 0x7b),
    ("LEFT DOUBLE QUOTATION MARK", 0x201c),
    ("LEFT PARENTHESIS", 0x28),
    ("LEFT RIGHT ARROW", 0x2194),
    ("LEFT RIGHT DOUBLE ARROW", 0x21d4),
    ("LEFT SINGLE QUOTATION MARK", 0x2018),
    ("LEFT SQUARE BRACKET", 0x5b),
    ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xab),
    ("LEFTWARDS ARROW", 0x2190),
    ("LESS-THAN OR EQUAL TO", 0x2264),
    ("LESS-THAN SIGN", 0x3c),
    ("LF", 0xa),
    ("LINE FEED", 0xa),
    ("LINE TABULATION", 0xb),
    ("LOGICAL AND", 0x2227),
    ("LOGICAL OR", 0x2228),
    ("LOW LINE", 0x5f),
    ("MACRON", 0xaf),
    ("MASCULINE ORDINAL INDICATOR", 0xba),
    ("MICRO SIGN", 0xb5),
    ("MIDDLE DOT", 0xb7),
    ("MULTIPLICATION SIGN", 0xd7),
    ("N-ARY SUMMATION", 0x2211),
    ("NBSP", 0xa0),
    ("NEL", 0x85),
    ("NEW LINE", 0xa),
    ("NEXT LINE", 0x85),
    ("NO-BREAK SPACE", 0xa0),
    ("NON-BREAKING HYPHEN", 0x2011),
    ("NOT EQUAL TO", 0x2260),
    ("NOT SIGN", 0xac),
    ("NUL", 0x0),
    ("NULL", 0x0),
    ("NUMBER SIGN", 0x23),
    ("ONE DOT LEADER", 0x2024),
    ("PARTY POPPER", 0x1f389),
    ("PER MILLE SIGN", 0x2030),
    ("PER TEN THOUSAND SIGN", 0x2031),
    ("PERCENT SIGN", 0x25),
    ("PILCROW SIGN", 0xb6),
    ("PLUS SIGN", 0x2b),
    ("PLUS-MINUS SIGN", 0xb1),
    ("POUND SIGN", 0xa3),
    ("PRIME", 0x2032),
    ("QUESTION MARK", 0x3f),
    ("QUOTATION MARK", 0x22),
    ("REGISTERED SIGN", 0xae),
    ("REPLACEMENT CHARACTER", 0xfffd),
    ("REVERSE SOLIDUS", 0x5c),
    ("REVERSED DOUBLE PRIME", 0x2036),
    ("REVERSED PRIME", 0x2035),
    ("REVERSED TRIPLE PRIME", 0x2037),
    ("RIGHT CURLY BRACKET", 0x7d),
    ("RIGHT DOUBLE QUOTATION MARK", 0x201d),
    ("RIGHT PARENTHESIS", 0x29),
    ("RIGHT SINGLE QUOTATION MARK", 0x2019),
    ("RIGHT SQUARE BRACKET", 0x5d),
    ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xbb),
    ("RIGHTWARDS ARROW", 0x2192),
    ("RIGHTWARDS DOUBLE ARROW", 0x21d2),
    ("SECTION SIGN", 0xa7),
    ("SEMICOLON", 0x3b),
    ("SINGLE HIGH-REVERSED-9 QUOTATION MARK", 0x201b),
    ("SINGLE LEFT-POINTING ANGLE QUOTATION MARK", 0x2039),
    ("SINGLE LOW-9 QUOTATION MARK", 0x201a),
    ("SINGLE RIGHT-POINTING ANGLE QUOTATION MARK", 0x203a),
    ("SNAKE", 0x1f40d),
    ("SNOWMAN", 0x2603),
    ("SOFT HYPHEN", 0xad),
    ("SOLIDUS", 0x2f),
    ("SP", 0x20),
    ("SPACE", 0x20),
    ("SQUARE ROOT", 0x221a),
    ("SUPERSCRIPT ONE", 0xb9),
    ("SUPERSCRIPT THREE", 0xb3),
    ("SUPERSCRIPT TWO", 0xb2),
    ("TAB", 0x9),
    ("THERE EXISTS", 0x2203),
    ("THUMBS UP SIGN", 0x1f44d),
    ("TILDE", 0x7e),
    ("TRADE MARK SIGN", 0x2122),
    ("TRIANGULAR BULLET", 0x2023),
    ("TRIPLE PRIME", 0x2034),
    ("TWO DOT LEADER", 0x2025),
    ("UMBRELLA", 0x2602),
    ("UNION", 0x222a),
    ("UPWARDS ARROW", 0x2191),
    ("VERTICAL LINE", 0x7c),
    ("VERTICAL TABULATION", 0xb),
    ("VULGAR FRACTION ONE HALF", 0xbd),
    ("VULGAR FRACTION ONE QUARTER", 0xbc),
    ("VULGAR FRACTION THREE QUARTERS", 0xbe),
    ("WHITE CIRCLE", 0x25cb),
    ("WHITE FROWNING FACE", 0x2639),
    ("WHITE SMILING FACE", 0x263a),
    ("WHITE SQUARE", 0x25a1),
    ("WHITE STAR", 0x2606),
    ("YEN SIGN", 0xa5),
    ("ZERO WIDTH JOINER", 0x200d),
    ("ZERO WIDTH NO-BREAK SPACE", 0xfeff),
    ("ZERO WIDTH NON-JOINER", 0x200c),
    ("ZERO WIDTH SPACE", 0x200b),
    ("ZWSP", 0x200b),
];

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

    fn str_of(texts: &[&str]) -> String {
        match cat(texts).unwrap() {
            StrLiteral::Constant {
                value: Constant::Str(s),
                ..
            } => s,
            other => panic!("not a str: {:?}", other),
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
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
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
