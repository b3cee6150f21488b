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

use super::error::{ErrorKind, ParseError};
use super::token::{match_operator, Token, TokenKind};

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
pub fn tokenize(src: &str) -> (Vec<Token>, Option<ParseError>) {
    Lexer::new(src, false).run()
}

/// As `tokenize`, but also with the COMMENT and NL tokens that python's
/// `tokenize` module shows.
pub fn tokenize_all(src: &str) -> (Vec<Token>, Option<ParseError>) {
    Lexer::new(src, true).run()
}

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
    /// The indentation stack: (column with tab=8, column with tab=1).
    indents: Vec<(u32, u32)>,
    parens: Vec<Paren>,
    trivia: bool,
    toks: Vec<Token>,
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
            indents: vec![(0, 0)],
            parens: Vec::new(),
            trivia,
            toks: Vec::with_capacity(src.len() / 4 + 2),
        }
    }

    fn run(mut self) -> (Vec<Token>, Option<ParseError>) {
        if self.b.contains(&0) {
            // As CPython's compile(), NULs are refused before any token.
            self.error_token(0, 1, 0);
            let err = ParseError::syntax("source code string cannot contain null bytes", 0, 0);
            return (self.toks, Some(err));
        }
        let err = self.scan().err();
        (self.toks, err)
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
        self.line_start = next_line;
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
                    self.push(TokenKind::ENDMARKER, start, start);
                    return Ok(());
                }
                b'\n' => {
                    let kind = if blank || !self.parens.is_empty() {
                        TokenKind::NL
                    } else {
                        TokenKind::NEWLINE
                    };
                    if kind == TokenKind::NEWLINE || self.trivia {
                        self.push(kind, start, start + 1);
                    }
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
                    self.pos = p;
                }
                b'a'..=b'z' | b'A'..=b'Z' | b'_' | 0x80..=0xFF => {
                    if let Some(quote) = self.string_prefix(start) {
                        self.string(start, quote)?;
                        continue;
                    }
                    let mut p = start + 1;
                    let mut nonascii = c >= 0x80;
                    loop {
                        let d = self.at(p);
                        if d.is_ascii_alphanumeric() || d == b'_' {
                            p += 1;
                        } else if d >= 0x80 {
                            nonascii = true;
                            p += 1;
                        } else {
                            break;
                        }
                    }
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
            match split {
                // As python's `tokenize` shows it: the blanks before the `\`.
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
                self.push(TokenKind::DEDENT, p, p);
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

    /// A number starting at `start` (a digit, or a `.` before a digit),
    /// scanned as CPython's tokenizer does so that malformed literals get its
    /// messages and positions.
    fn number(&mut self, start: usize) -> Result<(), ParseError> {
        match self.number_end(start) {
            Ok(end) => {
                self.push(TokenKind::NUMBER, start, end);
                self.pos = end;
                Ok(())
            }
            Err(err) => self.fail(err, start),
        }
    }

    #[inline]
    fn next(&self, p: &mut usize) -> u8 {
        let c = self.at(*p);
        *p += 1;
        c
    }

    /// The byte just past the number at `start`. `p` plays the part of
    /// CPython's `tok->cur`: `next` reads a byte, `*p -= 1` puts it back.
    fn number_end(&self, start: usize) -> Result<usize, ParseError> {
        #[derive(PartialEq)]
        enum Then {
            Fraction,
            AfterFraction,
            Exponent,
            Imaginary,
        }
        let mut p = start;
        let mut c = self.next(&mut p);
        let then;
        if c == b'.' {
            c = self.next(&mut p);
            then = Then::Fraction;
        } else if c == b'0' {
            c = self.next(&mut p);
            match c {
                b'x' | b'X' => {
                    c = self.next(&mut p);
                    loop {
                        if c == b'_' {
                            c = self.next(&mut p);
                        }
                        if !c.is_ascii_hexdigit() {
                            p -= 1;
                            return Err(self.syntax_at("invalid hexadecimal literal", p));
                        }
                        loop {
                            c = self.next(&mut p);
                            if !c.is_ascii_hexdigit() {
                                break;
                            }
                        }
                        if c != b'_' {
                            break;
                        }
                    }
                    self.end_of_number(&mut p, c, "hexadecimal")?;
                    return Ok(p - 1);
                }
                b'o' | b'O' => return self.radix_tail(p, b'7', "octal"),
                b'b' | b'B' => return self.radix_tail(p, b'1', "binary"),
                _ => {
                    // Zeros, possibly with underscores; other digits after
                    // them make an old-style octal, which is refused.
                    loop {
                        if c == b'_' {
                            c = self.next(&mut p);
                            if !c.is_ascii_digit() {
                                p -= 1;
                                return Err(self.syntax_at("invalid decimal literal", p));
                            }
                        }
                        if c != b'0' {
                            break;
                        }
                        c = self.next(&mut p);
                    }
                    let zeros_end = p;
                    let nonzero = c.is_ascii_digit();
                    if nonzero {
                        c = self.decimal_tail(&mut p)?;
                    }
                    if c == b'.' {
                        c = self.next(&mut p);
                        then = Then::Fraction;
                    } else if c == b'e' || c == b'E' {
                        then = Then::Exponent;
                    } else if c == b'j' || c == b'J' {
                        then = Then::Imaginary;
                    } else if nonzero {
                        // CPython gives this range in bytes, not characters.
                        let (col, end) = (
                            (start - self.line_start + 1) as u32,
                            (zeros_end - self.line_start) as u32,
                        );
                        return Err(ParseError::syntax(
                            "leading zeros in decimal integer literals are not permitted; \
                             use an 0o prefix for octal integers",
                            self.lineno,
                            col,
                        )
                        .with_end(self.lineno, end));
                    } else {
                        self.end_of_number(&mut p, c, "decimal")?;
                        return Ok(p - 1);
                    }
                }
            }
        } else {
            c = self.decimal_tail(&mut p)?;
            if c == b'.' {
                c = self.next(&mut p);
                then = Then::Fraction;
            } else {
                then = Then::AfterFraction;
            }
        }
        let mut then = then;
        if then == Then::Fraction {
            if c.is_ascii_digit() {
                c = self.decimal_tail(&mut p)?;
            }
            then = Then::AfterFraction;
        }
        if then == Then::AfterFraction && (c == b'e' || c == b'E') {
            then = Then::Exponent;
        }
        if then == Then::Exponent {
            let e = c;
            c = self.next(&mut p);
            if c == b'+' || c == b'-' {
                c = self.next(&mut p);
                if !c.is_ascii_digit() {
                    p -= 1;
                    return Err(self.syntax_at("invalid decimal literal", p));
                }
            } else if !c.is_ascii_digit() {
                // `1else`: the `e` belongs to the next token.
                p -= 1;
                self.end_of_number(&mut p, e, "decimal")?;
                return Ok(p - 1);
            }
            c = self.decimal_tail(&mut p)?;
            then = Then::AfterFraction;
        }
        if then == Then::Imaginary || c == b'j' || c == b'J' {
            c = self.next(&mut p);
            self.end_of_number(&mut p, c, "imaginary")?;
        } else {
            self.end_of_number(&mut p, c, "decimal")?;
        }
        Ok(p - 1)
    }

    /// Digits and single underscores after a digit already read; returns the
    /// first byte that is neither (already read).
    fn decimal_tail(&self, p: &mut usize) -> Result<u8, ParseError> {
        loop {
            let mut c;
            loop {
                c = self.next(p);
                if !c.is_ascii_digit() {
                    break;
                }
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.next(p);
            if !c.is_ascii_digit() {
                *p -= 1;
                return Err(self.syntax_at("invalid decimal literal", *p));
            }
        }
    }

    /// The digits of an octal (`max` = b'7') or binary (b'1') literal after
    /// its `0o`/`0b`; returns the end of the number.
    fn radix_tail(&self, mut p: usize, max: u8, kind: &str) -> Result<usize, ParseError> {
        let mut c = self.next(&mut p);
        loop {
            if c == b'_' {
                c = self.next(&mut p);
            }
            if !(b'0'..=max).contains(&c) {
                if c.is_ascii_digit() {
                    return Err(self.syntax_at(
                        format!("invalid digit '{}' in {kind} literal", c as char),
                        p,
                    ));
                }
                p -= 1;
                return Err(self.syntax_at(format!("invalid {kind} literal"), p));
            }
            loop {
                c = self.next(&mut p);
                if !(b'0'..=max).contains(&c) {
                    break;
                }
            }
            if c != b'_' {
                break;
            }
        }
        if c.is_ascii_digit() {
            return Err(self.syntax_at(
                format!("invalid digit '{}' in {kind} literal", c as char),
                p,
            ));
        }
        self.end_of_number(&mut p, c, kind)?;
        Ok(p - 1)
    }

    /// CPython's `verify_end_of_number`: `c` (already read) may not be an
    /// ASCII letter, digit or underscore, except the start of a keyword that
    /// can follow a number in valid code (`1if x else y`), which CPython
    /// only warns about.
    fn end_of_number(&self, p: &mut usize, c: u8, kind: &str) -> Result<(), ParseError> {
        let keyword = match c {
            b'a' => self.lookahead(*p, b"nd"),
            b'e' => self.lookahead(*p, b"lse"),
            b'f' => self.lookahead(*p, b"or"),
            b'i' => matches!(self.at(*p), b'f' | b'n' | b's'),
            b'o' => self.lookahead(*p, b"r"),
            b'n' => self.lookahead(*p, b"ot"),
            _ => false,
        };
        if !keyword && (c.is_ascii_alphanumeric() || c == b'_') {
            *p -= 1;
            return Err(self.syntax_at(format!("invalid {kind} literal"), *p));
        }
        Ok(())
    }

    /// Whether `rest` follows at `p` and ends a word there.
    fn lookahead(&self, p: usize, rest: &[u8]) -> bool {
        let end = p + rest.len();
        self.b.get(p..end) == Some(rest) && {
            let d = self.at(end);
            !(d.is_ascii_alphanumeric() || d == b'_' || d >= 0x80)
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens as `KIND l,c-l,c | ...`, the shape the python3-derived
    /// expectations are written in.
    fn dump(src: &str, trivia: bool) -> String {
        let (toks, _) = if trivia {
            tokenize_all(src)
        } else {
            tokenize(src)
        };
        let parts: Vec<String> = toks
            .iter()
            .map(|t| {
                format!(
                    "{} {},{}-{},{}",
                    t.kind.name(),
                    t.lineno,
                    t.col_offset,
                    t.end_lineno,
                    t.end_col_offset
                )
            })
            .collect();
        parts.join(" | ")
    }

    /// The first error as python3 shows it: `Kind: msg @l,c-l,c`, or `OK`.
    fn error(src: &str) -> String {
        match tokenize(src).1 {
            None => "OK".to_string(),
            Some(e) => {
                format!(
                    "{}: {} @{},{}-{},{}",
                    e.kind.name(),
                    e.msg,
                    e.lineno,
                    e.offset,
                    e.end_lineno,
                    e.end_offset
                )
            }
        }
    }

    /// Compares against a record file written by a python3 script (a
    /// development aid: `MOULT_TOK_ORACLE=tok:/path` or `err:/path`).
    #[test]
    #[ignore]
    fn oracle_file() {
        let Ok(spec) = std::env::var("MOULT_TOK_ORACLE") else {
            return;
        };
        let (mode, path) = spec.split_once(':').unwrap();
        let data = std::fs::read(path).unwrap();
        let mut rest = &data[..];
        let mut bad = 0;
        while !rest.is_empty() {
            let nl = rest.iter().position(|&b| b == b'\n').unwrap();
            let n: usize = std::str::from_utf8(&rest[..nl]).unwrap().parse().unwrap();
            let src = std::str::from_utf8(&rest[nl + 1..nl + 1 + n]).unwrap();
            rest = &rest[nl + 1 + n..];
            let nl = rest.iter().position(|&b| b == b'\n').unwrap();
            let want = std::str::from_utf8(&rest[..nl]).unwrap();
            rest = &rest[nl + 1..];
            let got = if mode == "tok" {
                dump(src, true)
            } else {
                error(src)
            };
            if got != want {
                bad += 1;
                let (w, g): (Vec<&str>, Vec<&str>) =
                    (want.split(" | ").collect(), got.split(" | ").collect());
                let i = w.iter().zip(&g).take_while(|(a, b)| a == b).count();
                let lo = i.saturating_sub(3);
                let head: String = src.chars().take(60).collect();
                println!(
                    "SRC  {head:?}\nWANT {:?}\nGOT  {:?}\n",
                    &w[lo..(i + 3).min(w.len())],
                    &g[lo..(i + 3).min(g.len())]
                );
            }
        }
        assert_eq!(bad, 0);
    }

    // Expected values were produced by python3.11: token positions by its
    // `tokenize` module (columns turned into UTF-8 bytes), errors by
    // `compile(src, 'f', 'exec')` (offsets in characters; an end_offset of
    // -1 is written as 0). Cases where python3 fails in its parser, not its
    // tokenizer, are left out.
    const TOKENS: &[(&str, &str)] = &[
        ("x", "NAME 1,0-1,1 | NEWLINE 1,1-1,2 | ENDMARKER 2,0-2,0"),
        ("if x:\n    y\n  # c\n\nz\n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,4 | NAME 2,4-2,5 | NEWLINE 2,5-2,6 | COMMENT 3,2-3,5 | NL 3,5-3,6 | NL 4,0-4,1 | DEDENT 5,0-5,0 | NAME 5,0-5,1 | NEWLINE 5,1-5,2 | ENDMARKER 6,0-6,0"),
        ("if x:\n\tif y:\n\t\tz\n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,1 | NAME 2,1-2,3 | NAME 2,4-2,5 | COLON 2,5-2,6 | NEWLINE 2,6-2,7 | INDENT 3,0-3,2 | NAME 3,2-3,3 | NEWLINE 3,3-3,4 | DEDENT 4,0-4,0 | DEDENT 4,0-4,0 | ENDMARKER 4,0-4,0"),
        ("(1,\n 2)\\\n+3 # hi", "LPAR 1,0-1,1 | NUMBER 1,1-1,2 | COMMA 1,2-1,3 | NL 1,3-1,4 | NUMBER 2,1-2,2 | RPAR 2,2-2,3 | PLUS 3,0-3,1 | NUMBER 3,1-3,2 | COMMENT 3,3-3,7 | NEWLINE 3,7-3,8 | ENDMARKER 4,0-4,0"),
        ("a = b\"x\" + rb'''y\nz''' + f\"{a!r}\"\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | STRING 1,4-1,8 | PLUS 1,9-1,10 | STRING 1,11-2,4 | PLUS 2,5-2,6 | STRING 2,7-2,15 | NEWLINE 2,15-2,16 | ENDMARKER 3,0-3,0"),
        ("x = 0x_ff + 0o17 + 0b1_0 + 1_000.5e-3j + .5 + 1. + 1e10 + 0 + 00 + 0.0j\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | NUMBER 1,4-1,9 | PLUS 1,10-1,11 | NUMBER 1,12-1,16 | PLUS 1,17-1,18 | NUMBER 1,19-1,24 | PLUS 1,25-1,26 | NUMBER 1,27-1,38 | PLUS 1,39-1,40 | NUMBER 1,41-1,43 | PLUS 1,44-1,45 | NUMBER 1,46-1,48 | PLUS 1,49-1,50 | NUMBER 1,51-1,55 | PLUS 1,56-1,57 | NUMBER 1,58-1,59 | PLUS 1,60-1,61 | NUMBER 1,62-1,64 | PLUS 1,65-1,66 | NUMBER 1,67-1,71 | NEWLINE 1,71-1,72 | ENDMARKER 2,0-2,0"),
        ("def f(a, *b, **c) -> None: ...\n", "NAME 1,0-1,3 | NAME 1,4-1,5 | LPAR 1,5-1,6 | NAME 1,6-1,7 | COMMA 1,7-1,8 | STAR 1,9-1,10 | NAME 1,10-1,11 | COMMA 1,11-1,12 | DOUBLESTAR 1,13-1,15 | NAME 1,15-1,16 | RPAR 1,16-1,17 | RARROW 1,18-1,20 | NAME 1,21-1,25 | COLON 1,25-1,26 | ELLIPSIS 1,27-1,30 | NEWLINE 1,30-1,31 | ENDMARKER 2,0-2,0"),
        ("a //= b >>= c <<= d **= e @= f != g := h\n", "NAME 1,0-1,1 | DOUBLESLASHEQUAL 1,2-1,5 | NAME 1,6-1,7 | RIGHTSHIFTEQUAL 1,8-1,11 | NAME 1,12-1,13 | LEFTSHIFTEQUAL 1,14-1,17 | NAME 1,18-1,19 | DOUBLESTAREQUAL 1,20-1,23 | NAME 1,24-1,25 | ATEQUAL 1,26-1,28 | NAME 1,29-1,30 | NOTEQUAL 1,31-1,33 | NAME 1,34-1,35 | COLONEQUAL 1,36-1,38 | NAME 1,39-1,40 | NEWLINE 1,40-1,41 | ENDMARKER 2,0-2,0"),
        ("é = \"ü\" + ñ2\n", "NAME 1,0-1,2 | EQUAL 1,3-1,4 | STRING 1,5-1,9 | PLUS 1,10-1,11 | NAME 1,12-1,15 | NEWLINE 1,15-1,16 | ENDMARKER 2,0-2,0"),
        ("x = [\n  1,\n# c\n  2]\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | LSQB 1,4-1,5 | NL 1,5-1,6 | NUMBER 2,2-2,3 | COMMA 2,3-2,4 | NL 2,4-2,5 | COMMENT 3,0-3,3 | NL 3,3-3,4 | NUMBER 4,2-4,3 | RSQB 4,3-4,4 | NEWLINE 4,4-4,5 | ENDMARKER 5,0-5,0"),
        ("class A:\n    def f(self):\n        pass\n\n    x = 1\ny\n", "NAME 1,0-1,5 | NAME 1,6-1,7 | COLON 1,7-1,8 | NEWLINE 1,8-1,9 | INDENT 2,0-2,4 | NAME 2,4-2,7 | NAME 2,8-2,9 | LPAR 2,9-2,10 | NAME 2,10-2,14 | RPAR 2,14-2,15 | COLON 2,15-2,16 | NEWLINE 2,16-2,17 | INDENT 3,0-3,8 | NAME 3,8-3,12 | NEWLINE 3,12-3,13 | NL 4,0-4,1 | DEDENT 5,4-5,4 | NAME 5,4-5,5 | EQUAL 5,6-5,7 | NUMBER 5,8-5,9 | NEWLINE 5,9-5,10 | DEDENT 6,0-6,0 | NAME 6,0-6,1 | NEWLINE 6,1-6,2 | ENDMARKER 7,0-7,0"),
        ("", "ENDMARKER 1,0-1,0"),
        ("\n\n", "NL 1,0-1,1 | NL 2,0-2,1 | ENDMARKER 3,0-3,0"),
        ("# only\n", "COMMENT 1,0-1,6 | NL 1,6-1,7 | ENDMARKER 2,0-2,0"),
        ("x\n  # c\n", "NAME 1,0-1,1 | NEWLINE 1,1-1,2 | COMMENT 2,2-2,5 | NL 2,5-2,6 | ENDMARKER 3,0-3,0"),
        ("if x:\n  y\n  \n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,2 | NAME 2,2-2,3 | NEWLINE 2,3-2,4 | NL 3,2-3,3 | DEDENT 4,0-4,0 | ENDMARKER 4,0-4,0"),
        ("1if x else y\n", "NUMBER 1,0-1,1 | NAME 1,1-1,3 | NAME 1,4-1,5 | NAME 1,6-1,10 | NAME 1,11-1,12 | NEWLINE 1,12-1,13 | ENDMARKER 2,0-2,0"),
        ("\"\"\"a\n\\\nb\"\"\"\n", "STRING 1,0-3,4 | NEWLINE 3,4-3,5 | ENDMARKER 4,0-4,0"),
        ("u'x' Rb'y' bR'z' Fr'w' rF'v' ur'q'\n", "STRING 1,0-1,4 | STRING 1,5-1,10 | STRING 1,11-1,16 | STRING 1,17-1,22 | STRING 1,23-1,28 | NAME 1,29-1,31 | STRING 1,31-1,34 | NEWLINE 1,34-1,35 | ENDMARKER 2,0-2,0"),
        ("if x:\n    y", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,4 | NAME 2,4-2,5 | NEWLINE 2,5-2,6 | DEDENT 3,0-3,0 | ENDMARKER 3,0-3,0"),
        ("\u{c}x\n", "NAME 1,1-1,2 | NEWLINE 1,2-1,3 | ENDMARKER 2,0-2,0"),
        ("x; y\n", "NAME 1,0-1,1 | SEMI 1,1-1,2 | NAME 1,3-1,4 | NEWLINE 1,4-1,5 | ENDMARKER 2,0-2,0"),
        ("a\\\n  b\n", "NAME 1,0-1,1 | NAME 2,2-2,3 | NEWLINE 2,3-2,4 | ENDMARKER 3,0-3,0"),
        ("x = 1 if y else 2\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | NUMBER 1,4-1,5 | NAME 1,6-1,8 | NAME 1,9-1,10 | NAME 1,11-1,15 | NUMBER 1,16-1,17 | NEWLINE 1,17-1,18 | ENDMARKER 2,0-2,0"),
        ("if a:\n    if b:\n        c\n    d\ne\n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,4 | NAME 2,4-2,6 | NAME 2,7-2,8 | COLON 2,8-2,9 | NEWLINE 2,9-2,10 | INDENT 3,0-3,8 | NAME 3,8-3,9 | NEWLINE 3,9-3,10 | DEDENT 4,4-4,4 | NAME 4,4-4,5 | NEWLINE 4,5-4,6 | DEDENT 5,0-5,0 | NAME 5,0-5,1 | NEWLINE 5,1-5,2 | ENDMARKER 6,0-6,0"),
        ("s = '\\'' + \"\\\"\"\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | STRING 1,4-1,8 | PLUS 1,9-1,10 | STRING 1,11-1,15 | NEWLINE 1,15-1,16 | ENDMARKER 2,0-2,0"),
        ("x\n\n\n", "NAME 1,0-1,1 | NEWLINE 1,1-1,2 | NL 2,0-2,1 | NL 3,0-3,1 | ENDMARKER 4,0-4,0"),
        ("x # c", "NAME 1,0-1,1 | COMMENT 1,2-1,5 | NEWLINE 1,5-1,6 | ENDMARKER 2,0-2,0"),
        ("if x:\n    \\\n  y\n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,4 | NAME 3,2-3,3 | NEWLINE 3,3-3,4 | DEDENT 4,0-4,0 | ENDMARKER 4,0-4,0"),
        ("x = (\n  \\\n)\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | LPAR 1,4-1,5 | NL 1,5-1,6 | RPAR 3,0-3,1 | NEWLINE 3,1-3,2 | ENDMARKER 4,0-4,0"),
        ("x = \"a\\\nb\"\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | STRING 1,4-2,2 | NEWLINE 2,2-2,3 | ENDMARKER 3,0-3,0"),
        ("f\"{x!r:>{w}}\" F''\n", "STRING 1,0-1,13 | STRING 1,14-1,17 | NEWLINE 1,17-1,18 | ENDMARKER 2,0-2,0"),
        ("0_0_0 + 1_2.3_4e5_6j\n", "NUMBER 1,0-1,5 | PLUS 1,6-1,7 | NUMBER 1,8-1,20 | NEWLINE 1,20-1,21 | ENDMARKER 2,0-2,0"),
        ("x = 1 \\\n  + 2\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | NUMBER 1,4-1,5 | PLUS 2,2-2,3 | NUMBER 2,4-2,5 | NEWLINE 2,5-2,6 | ENDMARKER 3,0-3,0"),
        ("if x:\n  if y:\n    z", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,2 | NAME 2,2-2,4 | NAME 2,5-2,6 | COLON 2,6-2,7 | NEWLINE 2,7-2,8 | INDENT 3,0-3,4 | NAME 3,4-3,5 | NEWLINE 3,5-3,6 | DEDENT 4,0-4,0 | DEDENT 4,0-4,0 | ENDMARKER 4,0-4,0"),
        ("x = (1 # c\n)", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | LPAR 1,4-1,5 | NUMBER 1,5-1,6 | COMMENT 1,7-1,10 | NL 1,10-1,11 | RPAR 2,0-2,1 | NEWLINE 2,1-2,2 | ENDMARKER 3,0-3,0"),
        ("if x:\n\tif y:\n\t    z\n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,1 | NAME 2,1-2,3 | NAME 2,4-2,5 | COLON 2,5-2,6 | NEWLINE 2,6-2,7 | INDENT 3,0-3,5 | NAME 3,5-3,6 | NEWLINE 3,6-3,7 | DEDENT 4,0-4,0 | DEDENT 4,0-4,0 | ENDMARKER 4,0-4,0"),
        ("x = 1 #c\n\n  #d\ny\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | NUMBER 1,4-1,5 | COMMENT 1,6-1,8 | NEWLINE 1,8-1,9 | NL 2,0-2,1 | COMMENT 3,2-3,4 | NL 3,4-3,5 | NAME 4,0-4,1 | NEWLINE 4,1-4,2 | ENDMARKER 5,0-5,0"),
        ("x = \"\"\"\nabc\n  \"\"\" + y\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | STRING 1,4-3,5 | PLUS 3,6-3,7 | NAME 3,8-3,9 | NEWLINE 3,9-3,10 | ENDMARKER 4,0-4,0"),
        ("a.b...c\n", "NAME 1,0-1,1 | DOT 1,1-1,2 | NAME 1,2-1,3 | ELLIPSIS 1,3-1,6 | NAME 1,6-1,7 | NEWLINE 1,7-1,8 | ENDMARKER 2,0-2,0"),
        ("1..real\n", "NUMBER 1,0-1,2 | DOT 1,2-1,3 | NAME 1,3-1,7 | NEWLINE 1,7-1,8 | ENDMARKER 2,0-2,0"),
        ("x=1;\n", "NAME 1,0-1,1 | EQUAL 1,1-1,2 | NUMBER 1,2-1,3 | SEMI 1,3-1,4 | NEWLINE 1,4-1,5 | ENDMARKER 2,0-2,0"),
        ("@dec\ndef f(): pass\n", "AT 1,0-1,1 | NAME 1,1-1,4 | NEWLINE 1,4-1,5 | NAME 2,0-2,3 | NAME 2,4-2,5 | LPAR 2,5-2,6 | RPAR 2,6-2,7 | COLON 2,7-2,8 | NAME 2,9-2,13 | NEWLINE 2,13-2,14 | ENDMARKER 3,0-3,0"),
        ("x = {**a, \"b\": [1, (2,)]}\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | LBRACE 1,4-1,5 | DOUBLESTAR 1,5-1,7 | NAME 1,7-1,8 | COMMA 1,8-1,9 | STRING 1,10-1,13 | COLON 1,13-1,14 | LSQB 1,15-1,16 | NUMBER 1,16-1,17 | COMMA 1,17-1,18 | LPAR 1,19-1,20 | NUMBER 1,20-1,21 | COMMA 1,21-1,22 | RPAR 1,22-1,23 | RSQB 1,23-1,24 | RBRACE 1,24-1,25 | NEWLINE 1,25-1,26 | ENDMARKER 2,0-2,0"),
        ("if x:\n  pass\n# c\n\n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,2 | NAME 2,2-2,6 | NEWLINE 2,6-2,7 | COMMENT 3,0-3,3 | NL 3,3-3,4 | NL 4,0-4,1 | DEDENT 5,0-5,0 | ENDMARKER 5,0-5,0"),
        ("if x:\n  pass\n\n\n  \n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,2 | NAME 2,2-2,6 | NEWLINE 2,6-2,7 | NL 3,0-3,1 | NL 4,0-4,1 | NL 5,2-5,3 | DEDENT 6,0-6,0 | ENDMARKER 6,0-6,0"),
    ];

    const ERRORS: &[(&str, &str)] = &[
        ("x = €", "SyntaxError: invalid character '€' (U+20AC) @1,5-1,5"),
        ("x = 1€", "SyntaxError: invalid character '€' (U+20AC) @1,6-1,6"),
        ("x = a€b", "SyntaxError: invalid character '€' (U+20AC) @1,6-1,6"),
        ("x = é€", "SyntaxError: invalid character '€' (U+20AC) @1,6-1,6"),
        ("é = \"€\n", "SyntaxError: unterminated string literal (detected at line 1) @1,5-1,5"),
        ("x = \u{1}", "SyntaxError: invalid non-printable character U+0001 @1,5-1,5"),
        ("if x:\n\ty\n        z\n", "TabError: inconsistent use of tabs and spaces in indentation @3,1-3,0"),
        ("if x:\n        y\n\tz\n", "TabError: inconsistent use of tabs and spaces in indentation @3,1-3,0"),
        ("if x:\n    \ty\n", "OK"),
        ("if x:\n\ty\n    \tz\n", "TabError: inconsistent use of tabs and spaces in indentation @3,1-3,0"),
        (")", "SyntaxError: unmatched ')' @1,1-1,1"),
        ("x = ]", "SyntaxError: unmatched ']' @1,5-1,5"),
        ("(]", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1,2-1,2"),
        ("(\n]", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2,1-2,1"),
        ("[1,\n2)", "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' on line 1 @2,2-2,2"),
        ("x = (é,\n2", "SyntaxError: '(' was never closed @1,5-1,0"),
        ("é = (\n", "SyntaxError: '(' was never closed @1,5-1,0"),
        ("é = 0o8", "SyntaxError: invalid digit '8' in octal literal @1,7-1,7"),
        ("é = '''\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @1,5-1,5"),
        ("s = rb\"a\\\"", "SyntaxError: unterminated string literal (detected at line 1) @1,5-1,5"),
        ("\"\"\"a\n\nb", "SyntaxError: unterminated triple-quoted string literal (detected at line 3) @1,1-1,1"),
        ("a = 1 \\ \n", "SyntaxError: unexpected character after line continuation character @1,8-1,0"),
        ("é \\ b", "SyntaxError: unexpected character after line continuation character @1,4-1,0"),
        ("0b", "SyntaxError: invalid binary literal @1,2-1,2"),
        ("0o", "SyntaxError: invalid octal literal @1,2-1,2"),
        ("0o_", "SyntaxError: invalid octal literal @1,3-1,3"),
        ("0x_1", "OK"),
        ("1_000j", "OK"),
        ("1.2e-3_0", "OK"),
        ("0.5_", "SyntaxError: invalid decimal literal @1,4-1,4"),
        ("1e+", "SyntaxError: invalid decimal literal @1,3-1,3"),
        ("1E5J", "OK"),
        ("0_0", "OK"),
        ("00_1", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,1-1,4"),
        ("0e", "SyntaxError: invalid decimal literal @1,1-1,1"),
        ("0j", "OK"),
        ("0.", "OK"),
        (".5", "OK"),
        ("1.__class__", "SyntaxError: invalid decimal literal @1,2-1,2"),
        ("1.e", "SyntaxError: invalid decimal literal @1,2-1,2"),
        ("x = 5 if 1else 2", "OK"),
        ("if 1:\n  x\n\n    \n", "OK"),
        ("\u{feff}x", "SyntaxError: invalid non-printable character U+FEFF @1,1-1,1"),
        ("\u{c}x", "OK"),
        ("if x:\n  y\n\u{c} z\n", "IndentationError: unindent does not match any outer indentation level @3,4-3,0"),
        ("x = \"abc\n", "SyntaxError: unterminated string literal (detected at line 1) @1,5-1,5"),
        ("x = \"\"\"abc\n\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1,5-1,5"),
        ("(", "SyntaxError: '(' was never closed @1,1-1,0"),
        ("x = (1,\n2", "SyntaxError: '(' was never closed @1,5-1,0"),
        ("\\\n", "SyntaxError: unexpected EOF while parsing @1,2-1,0"),
        ("a \\ b", "SyntaxError: unexpected character after line continuation character @1,4-1,0"),
        ("a = 1 \\", "SyntaxError: unexpected EOF while parsing @1,8-1,0"),
        ("x = 1\u{a0}", "SyntaxError: invalid non-printable character U+00A0 @1,6-1,6"),
        ("012", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,1-1,2"),
        ("0o8", "SyntaxError: invalid digit '8' in octal literal @1,3-1,3"),
        ("0x", "SyntaxError: invalid hexadecimal literal @1,2-1,2"),
        ("0xg", "SyntaxError: invalid hexadecimal literal @1,2-1,2"),
        ("1_", "SyntaxError: invalid decimal literal @1,2-1,2"),
        ("1__0", "SyntaxError: invalid decimal literal @1,2-1,2"),
        ("1e", "SyntaxError: invalid decimal literal @1,1-1,1"),
        ("1.e+", "SyntaxError: invalid decimal literal @1,4-1,4"),
        ("0b2", "SyntaxError: invalid digit '2' in binary literal @1,3-1,3"),
        ("0b12", "SyntaxError: invalid digit '2' in binary literal @1,4-1,4"),
        ("0_7", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,1-1,3"),
        ("09", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,1-1,2"),
        ("00", "OK"),
        ("1.5j", "OK"),
        ("1a", "SyntaxError: invalid decimal literal @1,1-1,1"),
        ("if x:\n    a\n  b\n", "IndentationError: unindent does not match any outer indentation level @3,4-3,0"),
        ("x = 0x1€", "SyntaxError: invalid character '€' (U+20AC) @1,8-1,8"),
        ("x = 1e€", "SyntaxError: invalid decimal literal @1,5-1,5"),
        ("é = 012", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,6-1,7"),
        ("x = 1and 2", "OK"),
        ("1andy", "SyntaxError: invalid decimal literal @1,1-1,1"),
        ("0o7_", "SyntaxError: invalid octal literal @1,4-1,4"),
        ("0b1_2", "SyntaxError: invalid digit '2' in binary literal @1,5-1,5"),
        ("1_e5", "SyntaxError: invalid decimal literal @1,2-1,2"),
        ("1e5_", "SyntaxError: invalid decimal literal @1,4-1,4"),
        ("0xf_", "SyntaxError: invalid hexadecimal literal @1,4-1,4"),
        ("x = \"a\\\nb", "SyntaxError: unterminated string literal (detected at line 2) @1,5-1,5"),
        ("x = \"\"", "OK"),
        ("x = ''''''", "OK"),
        ("\"a\" \"b", "SyntaxError: unterminated string literal (detected at line 1) @1,5-1,5"),
        ("x = é\u{200b}", "SyntaxError: invalid non-printable character U+200B @1,6-1,6"),
        ("x = \u{ad}", "SyntaxError: invalid non-printable character U+00AD @1,5-1,5"),
        ("x = \u{3000}", "SyntaxError: invalid non-printable character U+3000 @1,5-1,5"),
        ("ℌ = 1", "OK"),
        ("x = \\é", "SyntaxError: unexpected character after line continuation character @1,6-1,0"),
        ("(\\\n", "SyntaxError: '(' was never closed @1,1-1,0"),
        ("if x:\n\tpass\n\tpass\n", "OK"),
        ("0jx", "SyntaxError: invalid imaginary literal @1,2-1,2"),
        ("1.5jj", "SyntaxError: invalid imaginary literal @1,4-1,4"),
        ("08.5", "OK"),
        ("0_8", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,1-1,3"),
        ("09j", "OK"),
        ("0e5", "OK"),
        ("00.5", "OK"),
        ("x = ...", "OK"),
        ("\u{7f}", "SyntaxError: invalid non-printable character U+007F @1,1-1,1"),
        ("b\"\\", "SyntaxError: unterminated string literal (detected at line 1) @1,1-1,1"),
        ("if x:\n    \\\n  y\n", "OK"),
        ("if x:\n  pass\n else:\n", "IndentationError: unindent does not match any outer indentation level @3,7-3,0"),
        ("x = (1 # c", "SyntaxError: '(' was never closed @1,5-1,0"),
        ("\\", "SyntaxError: unexpected EOF while parsing @1,2-1,0"),
        ("x = 1\\\n", "SyntaxError: unexpected EOF while parsing @1,7-1,0"),
        ("'''\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @1,1-1,1"),
        ("\"aaaaa\\", "SyntaxError: unterminated string literal (detected at line 1) @1,1-1,1"),
        ("x = (\n\n# c\n", "SyntaxError: '(' was never closed @1,5-1,0"),
        ("if x:\n  y\n\t\n", "OK"),
        ("x = \"abc\\\n\\\n", "SyntaxError: unterminated string literal (detected at line 2) @1,5-1,5"),
        ("x = 1 \\\n\\\n", "SyntaxError: unexpected EOF while parsing @2,2-2,0"),
        ("x \\\n\\", "SyntaxError: unexpected EOF while parsing @2,2-2,0"),
        ("é = (\n  \"\n", "SyntaxError: unterminated string literal (detected at line 2) @2,3-2,3"),
        ("\"\\\n", "SyntaxError: unterminated string literal (detected at line 1) @1,1-1,1"),
        ("x = 1_000_", "SyntaxError: invalid decimal literal @1,10-1,10"),
        ("x = 0b", "SyntaxError: invalid binary literal @1,6-1,6"),
        ("x = 0b_", "SyntaxError: invalid binary literal @1,7-1,7"),
        ("0O18", "SyntaxError: invalid digit '8' in octal literal @1,4-1,4"),
        ("0b1x", "SyntaxError: invalid binary literal @1,3-1,3"),
        ("0xabg", "SyntaxError: invalid hexadecimal literal @1,4-1,4"),
        ("1_0e1_", "SyntaxError: invalid decimal literal @1,6-1,6"),
        ("1.0_1e+_1", "SyntaxError: invalid decimal literal @1,7-1,7"),
        ("ẞ = 1", "OK"),
        ("x = ·", "SyntaxError: invalid character '·' (U+00B7) @1,5-1,5"),
        ("x = ab·", "OK"),
        ("_x = ⅰ", "OK"),
        ("٣ = 1", "SyntaxError: invalid character '٣' (U+0663) @1,1-1,1"),
        ("x = ٣", "SyntaxError: invalid character '٣' (U+0663) @1,5-1,5"),
        ("x = a٣", "OK"),
        ("x = 🐍", "SyntaxError: invalid character '🐍' (U+1F40D) @1,5-1,5"),
        ("x = 1 🐍", "SyntaxError: invalid character '🐍' (U+1F40D) @1,7-1,7"),
        ("x = \"🐍", "SyntaxError: unterminated string literal (detected at line 1) @1,5-1,5"),
        ("🐍 = \"\n", "SyntaxError: invalid character '🐍' (U+1F40D) @1,1-1,1"),
        ("if x:\n  y\n\\\n z\n", "IndentationError: unindent does not match any outer indentation level @4,3-4,0"),
        ("if x:\n  y\n\\ \n z\n", "SyntaxError: unexpected character after line continuation character @3,2-3,0"),
        ("if x:\n  y\n  \\", "SyntaxError: unexpected EOF while parsing @3,4-3,0"),
        ("(\n\\\n  x)\n", "OK"),
        ("if x:\n  y\n\\\n  \\\n\t\n", "OK"),
        ("if x:\n        y\n\tz\n", "TabError: inconsistent use of tabs and spaces in indentation @3,1-3,0"),
        ("x = \"\\\n", "SyntaxError: unterminated string literal (detected at line 1) @1,5-1,5"),
        ("\"\"\"\\\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @1,1-1,1"),
        ("1_a", "SyntaxError: invalid decimal literal @1,2-1,2"),
        ("0777", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,1-1,2"),
        ("0e0_", "SyntaxError: invalid decimal literal @1,4-1,4"),
        ("0o1_8", "SyntaxError: invalid digit '8' in octal literal @1,5-1,5"),
    ];

    #[test]
    fn tokens_match_python3() {
        let mut bad = Vec::new();
        for &(src, want) in TOKENS {
            let got = dump(src, true);
            if got != want {
                bad.push(format!("{src:?}\n want {want}\n  got {got}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn errors_match_python3() {
        let mut bad = Vec::new();
        for &(src, want) in ERRORS {
            let got = error(src);
            if got != want {
                bad.push(format!("{src:?}\n want {want}\n  got {got}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn parser_tokens_leave_out_comments_and_nl() {
        assert_eq!(
            dump("x = (1, # c\n 2)\n\n# d\n", false),
            "NAME 1,0-1,1 | EQUAL 1,2-1,3 | LPAR 1,4-1,5 | NUMBER 1,5-1,6 | COMMA 1,6-1,7 | NUMBER 2,1-2,2 \
             | RPAR 2,2-2,3 | NEWLINE 2,3-2,4 | ENDMARKER 5,0-5,0"
        );
    }

    #[test]
    fn tokens_carry_byte_offsets_of_their_text() {
        let src = "é = 'ü'\nif é:\n    f(b\"\"\"x\ny\"\"\", 1.5e3)\n";
        let (toks, err) = tokenize(src);
        assert!(err.is_none());
        let texts: Vec<&str> = toks
            .iter()
            .map(|t| &src[t.start as usize..t.end as usize])
            .collect();
        assert_eq!(
            texts,
            [
                "é",
                "=",
                "'ü'",
                "\n",
                "if",
                "é",
                ":",
                "\n",
                "    ",
                "f",
                "(",
                "b\"\"\"x\ny\"\"\"",
                ",",
                "1.5e3",
                ")",
                "\n",
                "",
                ""
            ]
        );
        let string = toks[11];
        assert_eq!(
            (
                string.lineno,
                string.col_offset,
                string.end_lineno,
                string.end_col_offset
            ),
            (3, 6, 4, 4)
        );
        // Columns count bytes: `=` follows the two-byte `é`.
        assert_eq!(
            (
                toks[1].col_offset,
                toks[2].col_offset,
                toks[2].end_col_offset
            ),
            (3, 5, 9)
        );
    }

    #[test]
    fn an_error_ends_the_list_with_an_errortoken() {
        let (toks, err) = tokenize("x = 1\ny = 0o8 + 2\n");
        let err = err.expect("an error");
        assert_eq!(err.msg, "invalid digit '8' in octal literal");
        let kinds: Vec<&str> = toks.iter().map(|t| t.kind.name()).collect();
        assert_eq!(
            kinds,
            [
                "NAME",
                "EQUAL",
                "NUMBER",
                "NEWLINE",
                "NAME",
                "EQUAL",
                "ERRORTOKEN"
            ]
        );
        let last = toks[toks.len() - 1];
        assert_eq!((last.lineno, last.col_offset, last.start), (2, 4, 10));
    }

    #[test]
    fn null_bytes_are_refused_first() {
        let (toks, err) = tokenize("x = (\0");
        assert_eq!(
            err.map(|e| e.msg),
            Some("source code string cannot contain null bytes".to_string())
        );
        assert_eq!(toks.len(), 1);
        assert_eq!(toks[0].kind, TokenKind::ERRORTOKEN);
    }

    #[test]
    fn nesting_limits() {
        let ok = format!("x = {}{}\n", "(".repeat(200), ")".repeat(200));
        assert!(tokenize(&ok).1.is_none());
        let deep = format!("x = {}", "[".repeat(201));
        let err = tokenize(&deep).1.expect("too deep");
        assert_eq!(
            (err.msg.as_str(), err.offset),
            ("too many nested parentheses", 205)
        );
    }

    /// Where each line starts, with one more line for the appended newline.
    fn line_starts(src: &str) -> Vec<usize> {
        let mut v = vec![0];
        v.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        v.push(src.len() + 1);
        v
    }

    /// What must hold for any input: a well-formed ending, offsets inside
    /// the text and agreeing with the line/column pairs, tokens in order.
    fn check_invariants(src: &str) {
        let (toks, err) = tokenize_all(src);
        let last = toks.last().expect("at least one token");
        match err {
            None => assert_eq!(last.kind, TokenKind::ENDMARKER, "{src:?}"),
            Some(ref e) => {
                assert_eq!(last.kind, TokenKind::ERRORTOKEN, "{src:?}");
                assert!(!e.msg.is_empty());
            }
        }
        let starts = line_starts(src);
        let mut prev = 0;
        for t in &toks {
            assert!(
                t.start <= t.end && t.end as usize <= src.len(),
                "{src:?} {t:?}"
            );
            assert!(t.start >= prev, "{src:?} {t:?}");
            prev = t.start;
            let at = |line: u32, col: u32| {
                let ls = starts
                    .get(line as usize - 1)
                    .copied()
                    .unwrap_or(src.len() + 1);
                (ls + col as usize).min(src.len())
            };
            assert_eq!(
                at(t.lineno, t.col_offset),
                t.start as usize,
                "{src:?} {t:?}"
            );
            if t.kind != TokenKind::ERRORTOKEN {
                assert_eq!(
                    at(t.end_lineno, t.end_col_offset),
                    t.end as usize,
                    "{src:?} {t:?}"
                );
            }
        }
    }

    #[test]
    fn never_panics_on_random_input() {
        // A fixed-seed xorshift keeps failures reproducible.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut rand = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        const PIECES: &[&str] = &[
            " ", "  ", "\t", "\n", "\n", "\x0c", "\\", "\\\n", "'", "\"", "'''", "\"\"\"", "#",
            "(", ")", "[", "]", "{", "}", "0", "1", "7", "9", "0x", "0o", "0b", "_", ".", "e", "j",
            "x", "if", "b", "r", "f", "u", "rb", ":", "=", "+", "*", "**=", "->", "...", "!", "$",
            "é", "€", "\u{a0}", "\u{1}", "\r", "🐍", "٣",
        ];
        for _ in 0..20_000 {
            let n = (rand() % 24) as usize;
            let mut src = String::new();
            for _ in 0..n {
                src.push_str(PIECES[(rand() % PIECES.len() as u64) as usize]);
            }
            check_invariants(&src);
        }
    }

    #[test]
    fn never_panics_on_truncated_programs() {
        let program = "import os\n\nclass A(B, metaclass=M):\n    '''Doc\n    string'''\n    x: int = 0x_1f\n\n    \
                       def f(self, *a, **k) -> 'A':\n\tpass\n        return [i ** 2 for i in range(10) if i % 2]\n\
                       s = f\"{a!r:>{w}}\" rb'\\x00' \\\n    + 1.5e-3j\n# end é €\n";
        for end in 0..=program.len() {
            if program.is_char_boundary(end) {
                check_invariants(&program[..end]);
                check_invariants(&program[end..]);
            }
        }
    }
}
