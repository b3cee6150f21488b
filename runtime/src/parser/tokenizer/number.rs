//! Number literals, scanned as CPython 3.11's tokenizer does so that
//! malformed ones get its messages and positions.

use super::Lexer;
use crate::parser::error::ParseError;
use crate::parser::token::TokenKind;

impl Lexer<'_> {
    /// A number starting at `start` (a digit, or a `.` before a digit),
    /// scanned as CPython's tokenizer does so that malformed literals get its
    /// messages and positions.
    pub(super) fn number(&mut self, start: usize) -> Result<(), ParseError> {
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
    fn number_end(&mut self, start: usize) -> Result<usize, ParseError> {
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
    fn radix_tail(&mut self, mut p: usize, max: u8, kind: &str) -> Result<usize, ParseError> {
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
    /// only warns about (a SyntaxWarning).
    fn end_of_number(&mut self, p: &mut usize, c: u8, kind: &str) -> Result<(), ParseError> {
        let keyword = match c {
            b'a' => self.lookahead(*p, b"nd"),
            b'e' => self.lookahead(*p, b"lse"),
            b'f' => self.lookahead(*p, b"or"),
            b'i' => matches!(self.at(*p), b'f' | b'n' | b's'),
            b'o' => self.lookahead(*p, b"r"),
            b'n' => self.lookahead(*p, b"ot"),
            _ => false,
        };
        if keyword {
            let warning = self.syntax_at(format!("invalid {kind} literal"), *p - 1);
            self.warnings.push(warning);
        } else if c.is_ascii_alphanumeric() || c == b'_' {
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
