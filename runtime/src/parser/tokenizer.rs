//! The tokenizer: source text -> `Token`s, hand-written but driven by the
//! tables generated from `grammar/Tokens` (`TokenKind`, `match_operator`).
//!
//! It follows CPython 3.11's `Parser/tokenizer.c` token for token: the same
//! indentation rules (columns with tab=8 and tab=1 must agree), the same
//! number and string scanning, and the same error messages and positions.
//! One pass over the bytes; the text is treated as if it ended with a newline,
//! as CPython's string input does, without copying it.
//!
//! Errors stop the scan: the token list then ends with an `ERRORTOKEN` at the
//! error and the error is returned beside it, so the parser reports it only if
//! it gets that far (CPython's tokenizer is lazy in the same way).
//!
//! The text must already have `\n` line ends (`source::decode_source` and
//! `source::normalize_newlines` make it so); a stray `\r` is an invalid
//! character here.

use super::error::{ErrorKind, ParseError};
use super::token::{match_operator, Token, TokenKind};

mod number;
#[cfg(test)]
mod tests;

/// CPython's `TABSIZE`: a tab moves to the next multiple of 8.
const TABSIZE: u32 = 8;
/// CPython's `MAXINDENT`: the indentation stack holds at most this many levels.
const MAXINDENT: usize = 100;
/// CPython's `MAXLEVEL`: brackets nest at most this deep.
const MAXLEVEL: usize = 200;
/// What `Lexer::at` returns past the end; NUL bytes are rejected up front, so
/// it cannot be confused with source text.
const EOF: u8 = 0;

/// The tokens the parser needs (no COMMENT or NL), ending with `ENDMARKER`, or
/// with an `ERRORTOKEN` at the first error, which is returned beside them.
///
/// Positions are those CPython's parser sees, so that its error positions
/// can be reproduced: a NEWLINE is empty at the end of its line (or covers
/// a comment ending the line: `x = # c` is "invalid syntax" at 5-8), and
/// the final DEDENTs and ENDMARKER sit at the end of the last line. An
/// INDENT covers the indentation; python3's "unexpected indent" offset is its
/// end column.
pub fn tokenize(src: &str) -> (Vec<Token>, Option<ParseError>) {
    Lexer::new(src, false).run()
}

/// As `tokenize`, but also with the COMMENT and NL tokens, and with the
/// positions python's `tokenize` module shows (a NEWLINE covers its `\n`,
/// the final DEDENTs and ENDMARKER start a line of their own).
pub fn tokenize_all(src: &str) -> (Vec<Token>, Option<ParseError>) {
    Lexer::new(src, true).run()
}

/// As `tokenize`, plus the SyntaxWarnings CPython's tokenizer gives on the
/// way ("invalid decimal literal" for `1if x else y`), with their positions.
pub fn tokenize_with_warnings(src: &str) -> (Vec<Token>, Option<ParseError>, Vec<ParseError>) {
    let mut lexer = Lexer::new(src, false);
    let err = lexer.scan_checked();
    (lexer.toks, err, lexer.warnings)
}

/// Whether CPython reports tokenizer error `err`, found after the parser
/// already failed on line `parser_error_line`, instead of the parser's own
/// SyntaxError. After a parser failure CPython tokenizes the rest of the
/// source (`_PyPegen_tokenize_full_source_to_check_for_errors`): errors its
/// tokenizer raises at once win; indentation, continuation and EOF errors,
/// which it only flags, do not, except a bracket opened on an earlier line
/// and never closed.
pub fn overrides_parser_error(err: &ParseError, parser_error_line: u32) -> bool {
    if err.msg.ends_with("' was never closed") {
        return err.lineno < parser_error_line;
    }
    !matches!(
        err.msg.as_str(),
        "inconsistent use of tabs and spaces in indentation"
            | "too many levels of indentation"
            | "unindent does not match any outer indentation level"
            | "unexpected character after line continuation character"
            | "unexpected EOF while parsing"
    )
}

/// `NAME_BYTE[b]`: whether byte `b` may continue a name, as CPython's
/// `is_potential_identifier_char` (ASCII or not, so that names needing the
/// Unicode check are found in the same pass).
const ASCII_NAME: u8 = 1;
const NON_ASCII: u8 = 2;
static NAME_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphanumeric() || b == b'_' {
            ASCII_NAME
        } else if b >= 0x80 {
            NON_ASCII
        } else {
            0
        };
        i += 1;
    }
    t
};

/// An open bracket, remembered for the mismatch and never-closed errors.
struct Paren {
    ch: u8,
    lineno: u32,
    start: usize,
    line_start: usize,
}

struct Lexer<'s> {
    src: &'s str,
    b: &'s [u8],
    /// `src.len()`, plus one when the text lacks its final newline: CPython
    /// appends one, and `at` makes that byte appear without a copy.
    end: usize,
    pos: usize,
    lineno: u32,
    line_start: usize,
    prev_line_start: usize,
    /// Where a comment after code on this line starts.
    comment_start: Option<usize>,
    /// The indentation stack: (column with tab=8, column with tab=1).
    indents: Vec<(u32, u32)>,
    parens: Vec<Paren>,
    /// Whether to produce COMMENT and NL tokens and place tokens as python's
    /// `tokenize` module does, rather than as CPython's parser sees them.
    trivia: bool,
    toks: Vec<Token>,
    warnings: Vec<ParseError>,
}

impl<'s> Lexer<'s> {
    fn new(src: &'s str, trivia: bool) -> Self {
        let b = src.as_bytes();
        let end = if b.is_empty() || b[b.len() - 1] == b'\n' {
            b.len()
        } else {
            b.len() + 1
        };
        Lexer {
            src,
            b,
            end,
            pos: 0,
            lineno: 1,
            line_start: 0,
            prev_line_start: 0,
            comment_start: None,
            indents: vec![(0, 0)],
            parens: Vec::new(),
            trivia,
            toks: Vec::with_capacity(src.len() / 4 + 2),
            warnings: Vec::new(),
        }
    }

    fn run(mut self) -> (Vec<Token>, Option<ParseError>) {
        let err = self.scan_checked();
        (self.toks, err)
    }

    fn scan_checked(&mut self) -> Option<ParseError> {
        if self.b.contains(&0) {
            // As CPython's compile(), NULs are refused before any token.
            self.error_token(0, 1, 0);
            return Some(ParseError::syntax(
                "source code string cannot contain null bytes",
                0,
                0,
            ));
        }
        self.scan().err()
    }

    /// The byte at `i`, the appended newline, or `EOF`.
    #[inline]
    fn at(&self, i: usize) -> u8 {
        match self.b.get(i) {
            Some(&c) => c,
            None if i < self.end => b'\n',
            None => EOF,
        }
    }

    /// Characters in bytes `a..b` of the text (the appended newline counts as
    /// one); a partial UTF-8 sequence counts as one, as CPython's "replace"
    /// decoding of the line does.
    fn chars(&self, a: usize, b: usize) -> u32 {
        let len = self.b.len();
        let (lo, hi) = (a.min(len), b.min(len));
        let mut n = 0u32;
        if lo < hi {
            for &c in &self.b[lo..hi] {
                if (c & 0xC0) != 0x80 {
                    n += 1;
                }
            }
        }
        let extra = b.min(self.end).saturating_sub(len.max(a));
        n + extra as u32
    }

    /// Pushes a token that starts on line `lineno` (beginning at byte
    /// `line_start`) and ends on the current line.
    fn push_from(
        &mut self,
        kind: TokenKind,
        start: usize,
        end: usize,
        lineno: u32,
        line_start: usize,
    ) {
        let len = self.b.len();
        self.toks.push(Token {
            kind,
            start: start.min(len) as u32,
            end: end.min(len) as u32,
            lineno,
            col_offset: (start - line_start) as u32,
            end_lineno: self.lineno,
            end_col_offset: end.saturating_sub(self.line_start) as u32,
        });
    }

    #[inline]
    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.push_from(kind, start, end, self.lineno, self.line_start);
    }

    /// The empty `ERRORTOKEN` that ends the list when scanning fails.
    fn error_token(&mut self, at: usize, lineno: u32, line_start: usize) {
        let at = at.min(self.b.len());
        let col = at.saturating_sub(line_start) as u32;
        self.toks.push(Token {
            kind: TokenKind::ERRORTOKEN,
            start: at as u32,
            end: at as u32,
            lineno,
            col_offset: col,
            end_lineno: lineno,
            end_col_offset: col,
        });
    }

    /// CPython's `syntaxerror()`: reported at `cur`, the byte after the last
    /// one read, as a character column of the current line.
    fn syntax_at(&self, msg: impl Into<String>, cur: usize) -> ParseError {
        let off = self.chars(self.line_start, cur);
        ParseError::syntax(msg, self.lineno, off).with_end(self.lineno, off)
    }

    /// Fails the scan with `err`, leaving an `ERRORTOKEN` at byte `at` of the
    /// current line.
    fn fail<T>(&mut self, err: ParseError, at: usize) -> Result<T, ParseError> {
        self.error_token(at, self.lineno, self.line_start);
        Err(err)
    }

    fn newline_at(&mut self, next_line: usize) {
        self.lineno += 1;
        self.prev_line_start = self.line_start;
        self.line_start = next_line;
    }

    /// The DEDENTs and ENDMARKER at the end of the text. python's `tokenize`
    /// puts them on a line of their own; CPython's parser sees them at the
    /// end of the last line, where its errors ("expected an indented block")
    /// point.
    fn push_at_eof(&mut self, kind: TokenKind) {
        if self.trivia || self.lineno == 1 {
            self.push(kind, self.pos, self.pos);
            return;
        }
        let col = (self.pos - self.prev_line_start) as u32;
        self.toks.push(Token {
            kind,
            start: self.pos.min(self.b.len()) as u32,
            end: self.pos.min(self.b.len()) as u32,
            lineno: self.lineno - 1,
            col_offset: col,
            end_lineno: self.lineno - 1,
            end_col_offset: col,
        });
    }

    fn scan(&mut self) -> Result<(), ParseError> {
        let mut atbol = true;
        // A line holding only blanks and a comment: no NEWLINE, no indentation.
        let mut blank = false;
        loop {
            if atbol {
                atbol = false;
                blank = self.indentation()?;
            }
            while matches!(self.at(self.pos), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            let start = self.pos;
            let c = self.at(start);
            match c {
                EOF => {
                    if let Some(p) = self.parens.last() {
                        let (ch, lineno, col) =
                            (p.ch, p.lineno, self.chars(p.line_start, p.start) + 1);
                        let err = ParseError::syntax(
                            format!("'{}' was never closed", ch as char),
                            lineno,
                            col,
                        )
                        .with_end(lineno, 0);
                        return self.fail(err, start);
                    }
                    self.push_at_eof(TokenKind::ENDMARKER);
                    return Ok(());
                }
                b'\n' => {
                    let kind = if blank || !self.parens.is_empty() {
                        TokenKind::NL
                    } else {
                        TokenKind::NEWLINE
                    };
                    if self.trivia {
                        self.push(kind, start, start + 1);
                    } else if kind == TokenKind::NEWLINE {
                        // CPython's own NEWLINE is empty, or covers a
                        // comment ending the line; its errors point there.
                        let from = self.comment_start.take().unwrap_or(start);
                        self.push(kind, from, start);
                    }
                    self.comment_start = None;
                    self.pos = start + 1;
                    self.newline_at(self.pos);
                    atbol = true;
                }
                b'#' => {
                    let mut p = start + 1;
                    while p < self.b.len() && self.b[p] != b'\n' {
                        p += 1;
                    }
                    if self.trivia {
                        self.push(TokenKind::COMMENT, start, p);
                    }
                    self.comment_start = Some(start);
                    self.pos = p;
                }
                b'a'..=b'z' | b'A'..=b'Z' | b'_' | 0x80..=0xFF => {
                    if let Some(quote) = self.string_prefix(start) {
                        self.string(start, quote)?;
                        continue;
                    }
                    let mut p = start + 1;
                    let mut seen = NAME_BYTE[c as usize];
                    while let Some(&d) = self.b.get(p) {
                        let class = NAME_BYTE[d as usize];
                        if class == 0 {
                            break;
                        }
                        seen |= class;
                        p += 1;
                    }
                    let nonascii = seen & NON_ASCII != 0;
                    if nonascii {
                        self.verify_identifier(start, p)?;
                    }
                    self.push(TokenKind::NAME, start, p);
                    self.pos = p;
                }
                b'0'..=b'9' => self.number(start)?,
                b'.' if self.at(start + 1).is_ascii_digit() => self.number(start)?,
                b'\'' | b'"' => self.string(start, start)?,
                b'\\' => self.continuation(start)?,
                _ => self.operator(start, c)?,
            }
        }
    }

    /// Measures the indentation of the line at `self.pos` and pushes its
    /// INDENT/DEDENT tokens; returns whether the line is blank. Blank lines
    /// and lines inside brackets leave the stack alone.
    fn indentation(&mut self) -> Result<bool, ParseError> {
        let (mut col, mut alt) = (0u32, 0u32);
        let mut p = self.pos;
        // Where the indentation first met a continuation line, if it did.
        let mut split: Option<(u32, usize, usize)> = None;
        loop {
            match self.at(p) {
                b' ' => {
                    col = col.saturating_add(1);
                    alt = alt.saturating_add(1);
                }
                b'\t' => {
                    col = (col / TABSIZE).saturating_add(1).saturating_mul(TABSIZE);
                    alt = alt.saturating_add(1);
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                b'\\' => {
                    // As in CPython 3.11, a continuation inside the
                    // indentation keeps counting columns on the next line.
                    if split.is_none() {
                        split = Some((self.lineno, self.line_start, p));
                    }
                    self.continuation(p)?;
                    p = self.pos;
                    continue;
                }
                _ => break,
            }
            p += 1;
        }
        let c = self.at(p);
        if c == b'#' || c == b'\n' {
            return Ok(true);
        }
        if !self.parens.is_empty() {
            return Ok(false);
        }
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if alt != top_alt {
                return self.indent_error(p, ErrorKind::TabError);
            }
        } else if col > top {
            if self.indents.len() >= MAXINDENT {
                return self.indent_error(p, ErrorKind::IndentationError);
            }
            if alt <= top_alt {
                return self.indent_error(p, ErrorKind::TabError);
            }
            self.indents.push((col, alt));
            match split.filter(|_| self.trivia) {
                // As python's `tokenize` shows it: the blanks before the `\`.
                // CPython's parser points "unexpected indent" at the end of
                // the indentation, on the last line.
                Some((lineno, line_start, stop)) => {
                    let (end_lineno, end_ls) = (self.lineno, self.line_start);
                    (self.lineno, self.line_start) = (lineno, line_start);
                    self.push(TokenKind::INDENT, line_start, stop);
                    (self.lineno, self.line_start) = (end_lineno, end_ls);
                }
                None => self.push(TokenKind::INDENT, self.line_start, p),
            }
        } else {
            // Find the level first: on a mismatch CPython reports the error
            // before handing out any DEDENT.
            let mut keep = self.indents.len();
            while keep > 1 && col < self.indents[keep - 1].0 {
                keep -= 1;
            }
            let (level, level_alt) = self.indents[keep - 1];
            if col != level {
                let mut eol = p;
                while self.at(eol) != b'\n' && self.at(eol) != EOF {
                    eol += 1;
                }
                let off = self.chars(self.line_start, eol + 1);
                let err = ParseError::new(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    self.lineno,
                    off,
                )
                .with_end(self.lineno, 0);
                return self.fail(err, p);
            }
            if alt != level_alt {
                return self.indent_error(p, ErrorKind::TabError);
            }
            for _ in keep..self.indents.len() {
                if self.at(p) == EOF {
                    self.push_at_eof(TokenKind::DEDENT);
                } else {
                    self.push(TokenKind::DEDENT, p, p);
                }
            }
            self.indents.truncate(keep);
        }
        Ok(false)
    }

    /// TabError and "too many levels of indentation": CPython reports them at
    /// column 1 of the line.
    fn indent_error<T>(&mut self, at: usize, kind: ErrorKind) -> Result<T, ParseError> {
        let msg = match kind {
            ErrorKind::TabError => "inconsistent use of tabs and spaces in indentation",
            _ => "too many levels of indentation",
        };
        let err = ParseError::new(kind, msg, self.lineno, 1).with_end(self.lineno, 0);
        self.fail(err, at)
    }

    /// A `\` outside a string: it must end the line, and the next line
    /// continues this one (no NEWLINE, no indentation).
    fn continuation(&mut self, start: usize) -> Result<(), ParseError> {
        if self.at(start + 1) != b'\n' {
            let off = self.chars(self.line_start, start + 2);
            let err = ParseError::syntax(
                "unexpected character after line continuation character",
                self.lineno,
                off,
            )
            .with_end(self.lineno, 0);
            return self.fail(err, start);
        }
        let (lineno, line_start) = (self.lineno, self.line_start);
        self.pos = start + 2;
        self.newline_at(self.pos);
        if self.at(self.pos) == EOF {
            if let Some(p) = self.parens.last() {
                let (ch, plineno, col) = (p.ch, p.lineno, self.chars(p.line_start, p.start) + 1);
                let err =
                    ParseError::syntax(format!("'{}' was never closed", ch as char), plineno, col)
                        .with_end(plineno, 0);
                return self.fail(err, self.pos);
            }
            let off = self.chars(line_start, self.end);
            let err =
                ParseError::syntax("unexpected EOF while parsing", lineno, off).with_end(lineno, 0);
            self.error_token(self.pos, lineno, line_start);
            return Err(err);
        }
        Ok(())
    }

    /// Operators by the generated longest-match table, with bracket nesting.
    fn operator(&mut self, start: usize, c: u8) -> Result<(), ParseError> {
        let cur = start + 1;
        if c == b'<' && self.at(cur) == b'>' {
            // CPython reads `<>` as one token that only `barry_as_FLUFL`
            // accepts; a generic OP makes the parser reject it at the
            // same place.
            self.push(TokenKind::OP, start, start + 2);
            self.pos = start + 2;
            return Ok(());
        }
        let Some((kind, n)) = self.src.get(start..).and_then(match_operator) else {
            if (0x21..0x7F).contains(&c) {
                // `$`, `?`, `!` and backquote: CPython hands these to the parser
                // as a generic OP, which it rejects as "invalid syntax".
                self.push(TokenKind::OP, start, cur);
                self.pos = cur;
                return Ok(());
            }
            let err = self.syntax_at(format!("invalid non-printable character U+{:04X}", c), cur);
            return self.fail(err, start);
        };
        match c {
            b'(' | b'[' | b'{' => {
                if self.parens.len() >= MAXLEVEL {
                    let err = self.syntax_at("too many nested parentheses", cur);
                    return self.fail(err, start);
                }
                self.parens.push(Paren {
                    ch: c,
                    lineno: self.lineno,
                    start,
                    line_start: self.line_start,
                });
            }
            b')' | b']' | b'}' => {
                let Some(open) = self.parens.pop() else {
                    let err = self.syntax_at(format!("unmatched '{}'", c as char), cur);
                    return self.fail(err, start);
                };
                let expected = match open.ch {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if c != expected {
                    let mut msg = format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        c as char, open.ch as char
                    );
                    if open.lineno != self.lineno {
                        msg.push_str(&format!(" on line {}", open.lineno));
                    }
                    let err = self.syntax_at(msg, cur);
                    return self.fail(err, start);
                }
            }
            _ => {}
        }
        self.push(kind, start, start + n);
        self.pos = start + n;
        Ok(())
    }

    /// If the letters at `start` are a string prefix (b, r, u, f, br, rb, fr,
    /// rf in any case) directly followed by a quote, the quote's position.
    fn string_prefix(&self, start: usize) -> Option<usize> {
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        let mut p = start;
        loop {
            match self.at(p) {
                b'b' | b'B' if !(saw_b || saw_u || saw_f) => saw_b = true,
                b'u' | b'U' if !(saw_b || saw_u || saw_r || saw_f) => saw_u = true,
                b'r' | b'R' if !(saw_r || saw_u) => saw_r = true,
                b'f' | b'F' if !(saw_f || saw_b || saw_u) => saw_f = true,
                _ => return None,
            }
            p += 1;
            if matches!(self.at(p), b'\'' | b'"') {
                return Some(p);
            }
        }
    }

    /// A string literal whose prefix starts at `start` and quote is at
    /// `quote`. f-strings are one STRING token, as in CPython 3.11.
    fn string(&mut self, start: usize, quote: usize) -> Result<(), ParseError> {
        let (first_line, first_ls) = (self.lineno, self.line_start);
        let q = self.at(quote);
        let mut p = quote + 1;
        let (mut size, mut closing) = (1, 0);
        if self.at(p) == q {
            if self.at(p + 1) == q {
                size = 3;
                p += 2;
            } else {
                closing = 1;
                p += 1;
            }
        }
        while closing != size {
            let c = self.at(p);
            if c == EOF || (size == 1 && c == b'\n') {
                // The position is the opening quote's line; the message names
                // the line where the scan gave up.
                let detected = if c == EOF {
                    self.lineno.saturating_sub(1).max(first_line)
                } else {
                    self.lineno
                };
                let msg = if size == 3 {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                let off = self.chars(first_ls, start + 1);
                let err = ParseError::syntax(msg, first_line, off).with_end(first_line, off);
                self.error_token(start, first_line, first_ls);
                return Err(err);
            }
            p += 1;
            if c == q {
                closing += 1;
                continue;
            }
            closing = 0;
            let c = if c == b'\\' {
                // The escaped byte is skipped, whatever it is.
                let d = self.at(p);
                if d != EOF {
                    p += 1;
                }
                d
            } else {
                c
            };
            if c == b'\n' {
                self.newline_at(p);
            }
        }
        self.push_from(TokenKind::STRING, start, p, first_line, first_ls);
        self.pos = p;
        Ok(())
    }

    /// CPython's `verify_identifier`: a name with non-ASCII bytes must be
    /// XID_Start XID_Continue*; the error names the first character that is
    /// not, and points just past it.
    fn verify_identifier(&mut self, start: usize, end: usize) -> Result<(), ParseError> {
        let text = self.src.get(start..end).unwrap_or("");
        for (i, ch) in text.char_indices() {
            let ok = if i == 0 {
                ch == '_' || unicode_ident::is_xid_start(ch)
            } else {
                unicode_ident::is_xid_continue(ch)
            };
            if ok {
                continue;
            }
            let cur = start + i + ch.len_utf8();
            let msg = if is_printable(ch) {
                format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", ch as u32)
            };
            let err = self.syntax_at(msg, cur);
            return self.fail(err, start + i);
        }
        Ok(())
    }
}

/// Python's `str.isprintable` for one character, close enough to decide
/// between CPython's "invalid character" and "invalid non-printable character"
/// messages: separators, controls, format characters, surrogates and private
/// use are not printable (unassigned code points are not distinguished).
fn is_printable(ch: char) -> bool {
    let c = ch as u32;
    if c == 0x20 {
        return true;
    }
    !matches!(c,
        0x00..=0x1F | 0x7F..=0xA0 | 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x890..=0x891
        | 0x8E2 | 0x1680 | 0x180E | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x2064
        | 0x2066..=0x206F | 0x3000 | 0xD800..=0xF8FF | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD
        | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F
        | 0xF0000..=0x10FFFF)
}
