//! f-string bodies -> literal parts and expression parts, as CPython 3.11's
//! `fstring_find_literal` / `fstring_find_expr` split them.
//!
//! Expressions are not parsed here: each comes out as its source text and the
//! position CPython gives its nodes; the parser glue parses it with the real
//! parser. Errors are CPython's, reported (as CPython does) at the token after
//! the string atom.

use std::ops::Range;

use crate::parser::literals::{decode_str_escapes, LitError, StrPiece};
use crate::unicode::PyStr;

/// One part of a `JoinedStr` (or of a format spec, itself a `JoinedStr`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FPart {
    /// Literal text, already unescaped (so possibly with lone surrogates);
    /// never empty.
    Literal(PyStr),
    /// A replacement field `{src!c:spec}`.
    ///
    /// Positions follow CPython 3.11, which parses `(` + `src` + `)` as if the
    /// `(` stood at line `lineno`, column `col_offset - 1` (UTF-8 bytes): the
    /// tokens on the first line of `src` are shifted right by `col_offset`
    /// (relative to their column in `src`), tokens on later lines keep their
    /// column within their own line, and the line of a token is `lineno` plus
    /// its line index in `src`. Parsing with the parentheses gives tuples and
    /// generator expressions CPython's positions too: see `FPart::wrapped_src`
    /// and `FPart::map_position`.
    Expr {
        src: String,
        lineno: u32,
        col_offset: u32,
        /// -1, or `'s'`, `'r'`, `'a'` as i32.
        conversion: i32,
        /// `Some(parts)` when there is a `:` (possibly with no parts).
        format_spec: Option<Vec<FPart>>,
        /// For `{x=}`: the text `x=`. It is already emitted as a `Literal` part
        /// before this one, as CPython does; it is kept here for information.
        debug_text: Option<String>,
        /// Index (in the atom's pieces) of the STRING token holding the field.
        ///
        /// CPython 3.11 positions a format spec's `JoinedStr`, and the spec's
        /// *last* part when it is a literal, at this token; that literal never
        /// gets `kind='u'`. Every other node (`FormattedValue`, the other
        /// literals, at any depth) spans the whole atom, and its literals get
        /// `kind='u'` when `literals::kind_u` holds.
        piece: usize,
    },
}

impl FPart {
    /// The text CPython 3.11 parses for an expression part (with its
    /// `fstring` start rule, whose syntax errors are prefixed `f-string: `):
    /// the source in parentheses, so leading whitespace and newlines are fine.
    pub fn wrapped_src(src: &str) -> String {
        format!("({})", src)
    }

    /// Where a position inside `wrapped_src(src)` (1-based line, 0-based byte
    /// column, as the tokenizer reports them) lands in the file, for the part
    /// at `lineno`/`col_offset`.
    pub fn map_position(lineno: u32, col_offset: u32, line: u32, col: u32) -> (u32, u32) {
        if line <= 1 {
            // `col` counts the `(`, which sits at `col_offset - 1`.
            (lineno, (col_offset + col).saturating_sub(1))
        } else {
            (lineno + line - 1, col)
        }
    }
}

/// The parts of a `JoinedStr` under construction: literals are merged and
/// empty ones dropped (CPython's `FstringParser`).
#[derive(Default, Debug)]
pub struct Parts {
    parts: Vec<FPart>,
    last_str: PyStr,
    /// Every expression in the order CPython compiles it (outer before the
    /// ones in its format spec), to report the right error first.
    pub(crate) compiled: Vec<FPart>,
}

impl Parts {
    pub fn push_literal(&mut self, s: &str) {
        self.last_str.push_str(s);
    }

    pub fn push_literal_py(&mut self, s: &PyStr) {
        self.last_str.push_pystr(s);
    }

    fn push_expr(&mut self, expr: FPart) {
        self.flush();
        self.parts.push(expr);
    }

    fn flush(&mut self) {
        if !self.last_str.is_empty() {
            self.parts
                .push(FPart::Literal(std::mem::take(&mut self.last_str)));
        }
    }

    pub fn finish(mut self) -> Vec<FPart> {
        self.flush();
        self.parts
    }
}

/// Deeper nesting of brackets inside one expression is refused, as CPython's
/// `MAXLEVEL`.
const MAX_NESTING: usize = 200;

/// Splits the body (`body`, a byte range of `piece.text`) of one f-string
/// token into `parts`.
pub fn parse_into(
    parts: &mut Parts,
    piece: &StrPiece,
    index: usize,
    body: Range<usize>,
    raw: bool,
) -> Result<(), LitError> {
    let mut scanner = Scanner {
        piece,
        index,
        text: piece.text.as_bytes(),
        raw,
        compiled: Vec::new(),
    };
    let mut pos = body.start;
    let end = body.end.min(piece.text.len());
    let result = scanner.concat(parts, &mut pos, end, 0);
    parts.compiled.append(&mut scanner.compiled);
    result.map_err(|mut e| {
        e.earlier_exprs = parts.compiled.clone();
        e
    })
}

/// Parses the body of a single f-string token on its own: a convenience for
/// callers and tests.
pub fn parse(piece: &StrPiece) -> Result<Vec<FPart>, LitError> {
    let pieces = [*piece];
    match crate::parser::literals::concatenate(&pieces)? {
        crate::parser::literals::StrLiteral::Joined(parts) => Ok(parts),
        crate::parser::literals::StrLiteral::Constant { .. } => {
            Err(LitError::next_token("not an f-string"))
        }
    }
}

struct Scanner<'a> {
    piece: &'a StrPiece<'a>,
    index: usize,
    text: &'a [u8],
    raw: bool,
    compiled: Vec<FPart>,
}

type Res<T> = Result<T, LitError>;

fn err<T>(msg: impl Into<String>) -> Res<T> {
    Err(LitError::next_token(msg))
}

fn expecting_brace<T>() -> Res<T> {
    err("f-string: expecting '}'")
}

impl<'a> Scanner<'a> {
    fn at(&self, i: usize) -> u8 {
        self.text.get(i).copied().unwrap_or(0)
    }

    fn slice(&self, r: Range<usize>) -> &'a str {
        self.piece.text.get(r).unwrap_or("")
    }

    /// CPython's `FstringParser_ConcatFstring`.
    fn concat(&mut self, parts: &mut Parts, s: &mut usize, end: usize, lvl: u32) -> Res<()> {
        loop {
            let (literal, doubled) = self.find_literal(s, end, lvl)?;
            if let Some(lit) = &literal {
                parts.push_literal_py(lit);
            }
            if doubled {
                continue;
            }
            if *s >= end || self.at(*s) == b'}' {
                break;
            }
            let (expr, debug_text) = self.find_expr(s, end, lvl)?;
            if let Some(text) = &debug_text {
                parts.push_literal(text);
            }
            parts.push_expr(expr);
        }
        if lvl == 0 && *s + 1 < end {
            return err("f-string: unexpected end of string");
        }
        if lvl != 0 && self.at(*s) != b'}' {
            return expecting_brace();
        }
        Ok(())
    }

    /// Literal text up to the next `{`/`}` or the end. Returns the decoded
    /// literal and whether it ended at a doubled brace (which it includes once).
    fn find_literal(&mut self, s: &mut usize, end: usize, lvl: u32) -> Res<(Option<PyStr>, bool)> {
        let start = *s;
        let mut doubled = false;
        while *s < end {
            let mut ch = self.at(*s);
            *s += 1;
            if !self.raw && ch == b'\\' && *s < end {
                ch = self.at(*s);
                *s += 1;
                if ch == b'N' {
                    // Skip `\N{...}` so its braces do not start an expression;
                    // like CPython, the character after `\N` is consumed.
                    if *s < end {
                        let open = self.at(*s) == b'{';
                        *s += 1;
                        if open {
                            while *s < end {
                                let c = self.at(*s);
                                *s += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                // Doubled braces are escapes only at the top level, so that
                // `f'{0:{3}}'` ends with two closing braces.
                if lvl == 0 {
                    if *s < end && self.at(*s) == ch {
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        *s -= 1;
                        return err("f-string: single '}' is not allowed");
                    }
                }
                *s -= 1;
                break;
            }
        }
        let lit_end = *s;
        if doubled {
            *s += 1;
        }
        if lit_end == start {
            return Ok((None, doubled));
        }
        let raw_text = self.slice(start..lit_end);
        let value = if self.raw {
            PyStr::from_str(raw_text)
        } else {
            decode_str_escapes(raw_text).map_err(LitError::next_token)?
        };
        Ok((Some(value), doubled))
    }

    /// A replacement field starting at the `{` at `*s`.
    fn find_expr(&mut self, s: &mut usize, end: usize, lvl: u32) -> Res<(FPart, Option<String>)> {
        if lvl >= 2 {
            return err("f-string: expressions nested too deeply");
        }
        let brace = *s;
        *s += 1;
        let expr_start = *s;
        let mut quote: u8 = 0;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        while *s < end {
            let ch = self.at(*s);
            if ch == b'\\' {
                return err("f-string expression part cannot include a backslash");
            }
            if quote != 0 {
                // Only the non-error cases of the tokenizer's string scanning
                // matter here: the expression parser reports the rest.
                if ch == quote {
                    if triple {
                        if *s + 2 < end && self.at(*s + 1) == ch && self.at(*s + 2) == ch {
                            *s += 3;
                            quote = 0;
                            triple = false;
                            continue;
                        }
                    } else {
                        quote = 0;
                    }
                }
                *s += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    if *s + 2 < end && self.at(*s + 1) == ch && self.at(*s + 2) == ch {
                        triple = true;
                        *s += 2;
                    }
                    quote = ch;
                }
                b'[' | b'{' | b'(' => {
                    if stack.len() >= MAX_NESTING {
                        return err("f-string: too many nested parenthesis");
                    }
                    stack.push(ch);
                }
                b'#' => return err("f-string expression part cannot include '#'"),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if stack.is_empty() => {
                    if *s + 1 < end && self.at(*s + 1) == b'=' && ch != b':' && ch != b'}' {
                        // `!=`, `==`, `<=`, `>=` are operators, not delimiters.
                        *s += 2;
                        continue;
                    }
                    if ch == b'<' || ch == b'>' {
                        *s += 1;
                        continue;
                    }
                    break;
                }
                b']' | b'}' | b')' => {
                    let opening = match stack.pop() {
                        Some(o) => o,
                        None => return err(format!("f-string: unmatched '{}'", ch as char)),
                    };
                    let matches =
                        matches!((opening, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !matches {
                        return err(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, opening as char
                        ));
                    }
                }
                _ => {}
            }
            *s += 1;
        }
        let expr_end = *s;
        if quote != 0 {
            return err("f-string: unterminated string");
        }
        if let Some(&opening) = stack.last() {
            return err(format!("f-string: unmatched '{}'", opening as char));
        }
        if *s >= end {
            return expecting_brace();
        }

        // CPython compiles the expression here, before looking at `=`, the
        // conversion and the format spec.
        let src = self.slice(expr_start..expr_end);
        if src
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0c'))
        {
            let next = self.at(expr_end);
            if matches!(next, b'!' | b':' | b'=') {
                return err(format!(
                    "f-string: expression required before '{}'",
                    next as char
                ));
            }
            return err("f-string: empty expression not allowed");
        }
        let (lineno, col_offset) = self.expr_location(brace);
        self.compiled.push(FPart::Expr {
            src: src.to_string(),
            lineno,
            col_offset,
            conversion: -1,
            format_spec: None,
            debug_text: None,
            piece: self.index,
        });

        let mut debug_text = None;
        if self.at(*s) == b'=' {
            *s += 1;
            // Python's `Py_ISSPACE`: ASCII whitespace.
            while *s < self.text.len()
                && matches!(
                    self.at(*s),
                    b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'
                )
            {
                *s += 1;
            }
            if *s >= end {
                return expecting_brace();
            }
            debug_text = Some(self.slice(expr_start..*s).to_string());
        }

        let mut conversion: i32 = -1;
        if self.at(*s) == b'!' {
            *s += 1;
            if *s >= end {
                return expecting_brace();
            }
            let c = self.at(*s);
            *s += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return err("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = c as i32;
        }

        let mut format_spec = None;
        if *s < end && self.at(*s) == b':' {
            *s += 1;
            if *s >= end {
                return expecting_brace();
            }
            let mut spec = Parts::default();
            self.concat(&mut spec, s, end, lvl + 1)?;
            format_spec = Some(spec.finish());
        }

        if *s >= end || self.at(*s) != b'}' {
            return expecting_brace();
        }
        *s += 1;

        if debug_text.is_some() && format_spec.is_none() && conversion == -1 {
            conversion = b'r' as i32;
        }
        let expr = FPart::Expr {
            src: src.to_string(),
            lineno,
            col_offset,
            conversion,
            format_spec,
            debug_text: debug_text.clone(),
            piece: self.index,
        };
        Ok((expr, debug_text))
    }

    /// Where CPython 3.11 places the expression after the `{` at `brace`
    /// (`fstring_find_expr_location`): returns the line and the column at
    /// which the first byte of the expression text lands.
    ///
    /// Quirks reproduced: the column is counted from the start of the brace's
    /// line inside the token, and the token's own column is added only when
    /// that line is the token's first; when only whitespace separates the
    /// brace from a newline, the column is the token's column.
    fn expr_location(&self, brace: usize) -> (u32, u32) {
        let text = self.text;
        let mut newline_after_brace = true;
        let mut i = brace + 1;
        while i < text.len() && text[i] != b'}' && text[i] != b'\n' {
            if !matches!(text[i], b' ' | b'\t' | b'\x0c') {
                newline_after_brace = false;
                break;
            }
            i += 1;
        }
        let mut cols = 0usize;
        if !newline_after_brace {
            let line_start = text[..brace]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |n| n + 1);
            cols = brace - line_start;
        }
        let lines = text[..brace].iter().filter(|&&b| b == b'\n').count() as u32;
        let paren_col = if lines == 0 {
            self.piece.col_offset + cols as u32
        } else {
            cols as u32
        };
        (self.piece.lineno + lines, paren_col + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::literals::{concatenate, StrLiteral};

    fn lit(s: &str) -> FPart {
        FPart::Literal(s.into())
    }

    fn expr(src: &str, lineno: u32, col_offset: u32, piece: usize) -> FPart {
        FPart::Expr {
            src: src.to_string(),
            lineno,
            col_offset,
            conversion: -1,
            format_spec: None,
            debug_text: None,
            piece,
        }
    }

    /// Parts of an atom whose first token starts at (1, 4), as in `x = ...`.
    fn parts_at(pieces: &[(&str, u32, u32)]) -> Result<Vec<FPart>, LitError> {
        let pieces: Vec<StrPiece> = pieces
            .iter()
            .map(|&(text, lineno, col_offset)| StrPiece {
                text,
                lineno,
                col_offset,
            })
            .collect();
        match concatenate(&pieces)? {
            StrLiteral::Joined(parts) => Ok(parts),
            other => panic!("not joined: {:?}", other),
        }
    }

    fn parts(texts: &[&str]) -> Vec<FPart> {
        let pieces: Vec<(&str, u32, u32)> = texts.iter().map(|t| (*t, 1, 4)).collect();
        parts_at(&pieces).unwrap()
    }

    fn error(text: &str) -> String {
        parts_at(&[(text, 1, 4)]).unwrap_err().msg
    }

    /// Where the first name in each expression starts, as python3 reports:
    /// `src` starts at `col_offset` on the first line.
    fn locations(p: &[FPart]) -> Vec<(String, u32, u32)> {
        let mut out = Vec::new();
        for part in p {
            if let FPart::Expr {
                src,
                lineno,
                col_offset,
                format_spec,
                ..
            } = part
            {
                out.push((src.clone(), *lineno, *col_offset));
                if let Some(spec) = format_spec {
                    out.extend(locations(spec));
                }
            }
        }
        out
    }

    #[test]
    fn literals_merge_and_empty_ones_vanish() {
        // python3: f"a" "b" f"{x}" "" -> [Constant('ab'), FormattedValue(x)]
        let pieces = [
            ("f\"a\"", 1, 0),
            ("\"b\"", 1, 5),
            ("f\"{x}\"", 1, 9),
            ("\"\"", 1, 16),
        ];
        assert_eq!(
            parts_at(&pieces).unwrap(),
            vec![lit("ab"), expr("x", 1, 12, 2)]
        );
        assert_eq!(parts(&["f\"{{a}}\"", "f\"\"", "u\"x\""]), vec![lit("{a}x")]);
        assert_eq!(parts(&["f\"\""]), vec![]);
    }

    #[test]
    fn debug_and_conversions() {
        let p = parts(&["f\"{x=}\"", "f\"{x = :>3}\"", "f\"{x=!s}\"", "f\"{y!a}\""]);
        let conv: Vec<i32> = p
            .iter()
            .filter_map(|x| match x {
                FPart::Expr { conversion, .. } => Some(*conversion),
                _ => None,
            })
            .collect();
        assert_eq!(conv, vec![b'r' as i32, -1, b's' as i32, b'a' as i32]);
        assert_eq!(p[0], lit("x="));
        assert_eq!(p[2], lit("x = "));
        match &p[1] {
            FPart::Expr {
                src, debug_text, ..
            } => {
                assert_eq!(src, "x");
                assert_eq!(debug_text.as_deref(), Some("x="));
            }
            other => panic!("{:?}", other),
        }
        match &p[3] {
            FPart::Expr {
                src, format_spec, ..
            } => {
                assert_eq!(src, "x ");
                assert_eq!(format_spec.as_ref().unwrap(), &vec![lit(">3")]);
            }
            other => panic!("{:?}", other),
        }
    }

    #[test]
    fn format_specs() {
        // python3: f"{x:}" has format_spec=JoinedStr(values=[]).
        let p = parts(&["f\"{x:}\""]);
        assert!(matches!(&p[0], FPart::Expr { format_spec: Some(v), .. } if v.is_empty()));
        // f"{x:a{y}b}" -> spec [Constant('a'), FormattedValue(y), Constant('b')]
        let p = parts(&["f\"{x:a{y}b}\""]);
        match &p[0] {
            FPart::Expr {
                format_spec: Some(v),
                ..
            } => {
                assert_eq!(v.len(), 3);
                assert_eq!(v[0], lit("a"));
                assert_eq!(v[2], lit("b"));
            }
            other => panic!("{:?}", other),
        }
        // Inside a spec `{{` is not an escape: f"{x:{{}}}" formats with `{}`.
        let p = parts(&["f\"{x:{{}}}\""]);
        assert_eq!(
            locations(&p)
                .iter()
                .map(|l| l.0.as_str())
                .collect::<Vec<_>>(),
            vec!["x", "{}"]
        );
        // Escapes are decoded in spec literals.
        let p = parts(&["f\"{x:\\x41}\""]);
        assert!(matches!(&p[0], FPart::Expr { format_spec: Some(v), .. } if v == &vec![lit("A")]));
    }

    #[test]
    fn backslashes_in_literals() {
        // python3: f"\{6}" -> [Constant('\\'), FormattedValue(6)]
        assert_eq!(parts(&["f\"\\{6}\""])[0], lit("\\"));
        // rf"\N{x}" -> [Constant('\\N'), FormattedValue(x)]
        assert_eq!(parts(&["rf\"\\N{x}\""])[0], lit("\\N"));
        assert_eq!(parts(&["f\"\\N{DIGIT ONE}{y}\""])[0], lit("1"));
    }

    #[test]
    fn expression_locations_match_python() {
        // Each case: pieces (text, line, col) and python3's (line, col) of the
        // first name; `src` starts there after its leading whitespace.
        let first = |pieces: &[(&str, u32, u32)]| {
            locations(&parts_at(pieces).unwrap())
                .into_iter()
                .map(|(src, l, c)| {
                    let ws = src.len() - src.trim_start_matches([' ', '\t']).len();
                    if src.trim_start_matches([' ', '\t']).starts_with('\n') {
                        (l, c) // checked separately below
                    } else {
                        (l, c + ws as u32)
                    }
                })
                .collect::<Vec<_>>()
        };
        // x = f"ab{ y + 1 }c"  -> y@1:10
        assert_eq!(first(&[("f\"ab{ y + 1 }c\"", 1, 4)]), vec![(1, 10)]);
        // x = f"{y}{z}" -> y@1:7 z@1:10
        assert_eq!(first(&[("f\"{y}{z}\"", 1, 4)]), vec![(1, 7), (1, 10)]);
        // x = f"{y:{w}.{p}}" -> y@1:7 w@1:10 p@1:14
        assert_eq!(
            first(&[("f\"{y:{w}.{p}}\"", 1, 4)]),
            vec![(1, 7), (1, 10), (1, 14)]
        );
        // x = "aa" f"{y}" -> y@1:12
        assert_eq!(
            first(&[("\"aa\"", 1, 4), ("f\"{y}\"", 1, 9)]),
            vec![(1, 12)]
        );
        // x = f"""a\nbc{y}{z}\n  {w}""" -> y@2:3 z@2:6 w@3:3
        assert_eq!(
            first(&[("f\"\"\"a\nbc{y}{z}\n  {w}\"\"\"", 1, 4)]),
            vec![(2, 3), (2, 6), (3, 3)]
        );
        // x = (f"a"\n    "b" f"{y}") -> y@2:11
        assert_eq!(
            first(&[("f\"a\"", 1, 5), ("\"b\"", 2, 4), ("f\"{y}\"", 2, 8)]),
            vec![(2, 11)]
        );
        // x = f"{y!r:>{w}} {z=}" -> y@1:7 w@1:13 z@1:18
        assert_eq!(
            first(&[("f\"{y!r:>{w}} {z=}\"", 1, 4)]),
            vec![(1, 7), (1, 13), (1, 18)]
        );
        // x = f"é{y}" -> y@1:9 (bytes)
        assert_eq!(first(&[("f\"é{y}\"", 1, 4)]), vec![(1, 9)]);
        // x=1;  x = rf"\\n{y}" -> y@1:16
        assert_eq!(first(&[("rf\"\\n{y}\"", 1, 10)]), vec![(1, 16)]);
        // x = f"{\ty}" -> y@1:8
        assert_eq!(first(&[("f\"{\ty}\"", 1, 4)]), vec![(1, 8)]);
        // x = f"""\n\n{y}""" -> y@3:1
        assert_eq!(first(&[("f\"\"\"\n\n{y}\"\"\"", 1, 4)]), vec![(3, 1)]);
        // x = f"a\<newline>b{y}" f"{z}" -> y@2:2 z@2:9
        assert_eq!(
            first(&[("f\"a\\\nb{y}\"", 1, 4), ("f\"{z}\"", 2, 6)]),
            vec![(2, 2), (2, 9)]
        );
        // x = f"""{y +\n  z}""": the expression starts at 1:9 (z@2:2 keeps its column).
        assert_eq!(first(&[("f\"\"\"{y +\n  z}\"\"\"", 1, 4)]), vec![(1, 9)]);
    }

    #[test]
    fn mapping_positions_of_the_wrapped_source() {
        // x = f"""{y +\n  z}""": `(y +\n  z)` has y at 1:1 and z at 2:2;
        // python3 puts y at 1:9 and z at 2:2, and the tuple of f"{y, z}" at 1:6.
        let p = parts(&["f\"\"\"{y +\n  z}\"\"\""]);
        let (src, l, c) = locations(&p).remove(0);
        assert_eq!(FPart::wrapped_src(&src), "(y +\n  z)");
        assert_eq!(FPart::map_position(l, c, 1, 1), (1, 9));
        assert_eq!(FPart::map_position(l, c, 2, 2), (2, 2));
        let p = parts(&["f\"{y, z}\""]);
        let (_, l, c) = locations(&p).remove(0);
        assert_eq!(FPart::map_position(l, c, 1, 0), (1, 6));
        assert_eq!(FPart::map_position(l, c, 1, 4), (1, 10));
    }

    #[test]
    fn newline_after_brace_uses_token_column() {
        // x = f"""{\n  y}""" -> y@2:2: the `(` sits at the token's column 4,
        // and y, on the expression's second line, keeps its own column.
        let p = parts(&["f\"\"\"{\n  y}\"\"\""]);
        assert_eq!(locations(&p), vec![("\n  y".to_string(), 1, 5)]);
        // x = f"""{ \n  y + z}""" -> same rule.
        let p = parts(&["f\"\"\"{ \n  y + z}\"\"\""]);
        assert_eq!(locations(&p), vec![(" \n  y + z".to_string(), 1, 5)]);
    }

    #[test]
    fn operators_are_not_delimiters() {
        let p = parts(&["f\"{a!=b}{a==b:>{c}}{a<b}{a>=b}{d['}']}{(lambda: 1)()}\""]);
        let srcs: Vec<String> = locations(&p).into_iter().map(|l| l.0).collect();
        assert_eq!(
            srcs,
            vec![
                "a!=b",
                "a==b",
                "c",
                "a<b",
                "a>=b",
                "d['}']",
                "(lambda: 1)()"
            ]
        );
        let p = parts(&["f'''{\"\"\"a}\"\"\"}'''"]);
        assert_eq!(locations(&p)[0].0, "\"\"\"a}\"\"\"");
    }

    #[test]
    fn errors_match_python() {
        assert_eq!(error("f\"{y\""), "f-string: expecting '}'");
        assert_eq!(error("f\"{y}}\""), "f-string: single '}' is not allowed");
        assert_eq!(error("f\"}\""), "f-string: single '}' is not allowed");
        assert_eq!(error("f\"{}\""), "f-string: empty expression not allowed");
        assert_eq!(
            error("f\"{ !r}\""),
            "f-string: expression required before '!'"
        );
        assert_eq!(
            error("f\"{=}\""),
            "f-string: expression required before '='"
        );
        assert_eq!(
            error("f\"{:}\""),
            "f-string: expression required before ':'"
        );
        let conv = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
        assert_eq!(error("f\"{y!}\""), conv);
        assert_eq!(error("f\"{y!x}\""), conv);
        assert_eq!(error("f\"{y!r\""), "f-string: expecting '}'");
        assert_eq!(error("f\"{y:\""), "f-string: expecting '}'");
        assert_eq!(error("f\"{y=\""), "f-string: expecting '}'");
        assert_eq!(error("f\"{y!r=}\""), "f-string: expecting '}'");
        assert_eq!(error("f\"{y!r }\""), "f-string: expecting '}'");
        assert_eq!(
            error("f\"{y#}\""),
            "f-string expression part cannot include '#'"
        );
        assert_eq!(error("f\"{y)}\""), "f-string: unmatched ')'");
        assert_eq!(error("f\"{(y\""), "f-string: unmatched '('");
        assert_eq!(
            error("f\"{(y}\""),
            "f-string: closing parenthesis '}' does not match opening parenthesis '('"
        );
        assert_eq!(
            error("f\"{(y]}\""),
            "f-string: closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(
            error("f\"{\\n}\""),
            "f-string expression part cannot include a backslash"
        );
        assert_eq!(
            error("f\"{y:{z:{w}}}\""),
            "f-string: expressions nested too deeply"
        );
        assert_eq!(error("f\"{y:}}\""), "f-string: single '}' is not allowed");
        assert_eq!(error("f'{\"a}'"), "f-string: unterminated string");
        assert!(error("f\"\\x4{y}\"").starts_with("(unicode error) 'unicodeescape' codec"));
        assert!(parts_at(&[("f\"{y\"", 1, 4)]).unwrap_err().at_next_token);
    }

    #[test]
    fn earlier_expressions_come_with_errors() {
        let e = parts_at(&[("f\"{a}{b:{c}}\"", 1, 4), ("f\"{}\"", 1, 20)]).unwrap_err();
        let srcs: Vec<String> = locations(&e.earlier_exprs)
            .into_iter()
            .map(|l| l.0)
            .collect();
        assert_eq!(srcs, vec!["a", "b", "c"]);
    }

    #[test]
    fn fuzz_does_not_panic() {
        let alphabet: Vec<char> = "{}{}!:=rsa#()[]'\"\\xN \n\té_<>".chars().collect();
        let mut next = crate::testing::XorShift::new(0x2545_f491_4f6c_dd1d).into_fn();
        for _ in 0..20000 {
            let len = (next() % 14) as usize;
            let body: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let prefix = ["f", "rf", "F", "fR"][(next() % 4) as usize];
            let quote = ["'", "\"", "'''"][(next() % 3) as usize];
            let text = format!("{}{}{}{}", prefix, quote, body, quote);
            let _ = parts_at(&[(&text, 1, 0), ("f'{x}'", 1, 30)]);
        }
    }
}
