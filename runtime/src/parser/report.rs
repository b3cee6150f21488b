//! Prints a syntax error the way CPython 3.11's top-level handler does:
//!
//! ```text
//!   File "x.py", line 2
//!     2 3)
//!     ^^^
//! SyntaxError: invalid syntax. Perhaps you forgot a comma?
//! ```
//!
//! The rules follow CPython's `print_exception`/`print_error_text` (observed
//! with python3): leading blanks of the line are dropped and the caret moves
//! with them; a caret that would point left of the text is not drawn; only a
//! plain `SyntaxError` draws a range (its subclasses draw one caret); a range
//! that runs onto later lines is drawn to the end of the first line.

use super::error::{ErrorKind, ParseError};

/// The source line `lineno` (1-based) with its newline, as `SyntaxError.text`.
pub fn source_line(source: &str, lineno: u32) -> Option<String> {
    let mut lines = source.split_inclusive('\n');
    let line = lines.nth(lineno.checked_sub(1)? as usize)?;
    Some(line.to_string())
}

/// The whole report, ending with a newline: header, source line, caret line and
/// `Kind: message`. `text` is the error's source text (see [`source_line`]).
pub fn format_syntax_error(err: &ParseError, filename: &str, text: Option<&str>) -> String {
    if err.kind == ErrorKind::MemoryError {
        return "MemoryError\n".to_string();
    }
    // Without a line (errors found while decoding the file) CPython prints
    // only the exception line.
    if err.lineno == 0 {
        return format!("{}: {}\n", err.kind.name(), err.msg);
    }
    let mut out = format!("  File \"{}\", line {}\n", filename, err.lineno);
    if let Some(text) = text {
        let line_size = text.len() as i64;
        let offset = err.offset as i64;
        let mut end_offset: i64 = if err.kind == ErrorKind::SyntaxError && err.end_lineno != 0 {
            err.end_offset as i64
        } else {
            -1
        };
        if err.kind == ErrorKind::SyntaxError && err.end_lineno > err.lineno {
            end_offset = line_size;
        }
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        print_error_text(&mut out, offset, end_offset, text);
    }
    out.push_str(err.kind.name());
    if !err.msg.is_empty() {
        out.push_str(": ");
        out.push_str(&err.msg);
    }
    out.push('\n');
    out
}

fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let mut text = text;
    while let Some(rest) = text.strip_prefix([' ', '\t', '\x0c']) {
        text = rest;
        offset -= 1;
    }
    let mut len = text.len() as i64;
    if text.ends_with('\n') {
        len -= 1;
    }
    offset = offset.min(len);
    // Move to the line the offset falls on when the text holds several lines.
    while let Some(nl) = text.find('\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        text = &text[nl + 1..];
        len -= inl + 1;
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(text);
    if !text
        .as_bytes()
        .get(len.max(0) as usize)
        .is_some_and(|&b| b == b'\n')
    {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets as usize));
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(kind: ErrorKind, msg: &str, l: u32, o: u32, el: u32, eo: u32) -> ParseError {
        ParseError::new(kind, msg, l, o).with_end(el, eo)
    }

    // Expected texts were printed by python3 for `raise SyntaxError(...)` and real files.
    #[test]
    fn range_on_one_line() {
        let e = err(
            ErrorKind::SyntaxError,
            "invalid syntax. Perhaps you forgot a comma?",
            2,
            4,
            2,
            7,
        );
        assert_eq!(
            format_syntax_error(&e, "a.py", Some("   2 3)\n")),
            "  File \"a.py\", line 2\n    2 3)\n    ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        );
    }

    #[test]
    fn subclasses_draw_one_caret_and_none_left_of_text() {
        let e = err(ErrorKind::IndentationError, "m", 2, 1, 2, 5);
        assert_eq!(
            format_syntax_error(&e, "l.py", Some("pass\n")),
            "  File \"l.py\", line 2\n    pass\n    ^\nIndentationError: m\n"
        );
        let e = err(ErrorKind::IndentationError, "unexpected indent", 2, 2, 2, 0);
        assert_eq!(
            format_syntax_error(&e, "k.py", Some("  y = 2\n")),
            "  File \"k.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"
        );
    }

    #[test]
    fn multi_line_range_and_clipping() {
        let e = err(ErrorKind::SyntaxError, "m", 1, 2, 2, 6);
        assert!(
            format_syntax_error(&e, "f.py", Some("abcdef\n")).contains("    abcdef\n     ^^^^^\n")
        );
        let e = err(ErrorKind::SyntaxError, "m", 1, 2, 1, 20);
        assert!(
            format_syntax_error(&e, "f.py", Some("abcdef\n")).contains("    abcdef\n     ^^^^^^\n")
        );
        let e = err(ErrorKind::SyntaxError, "m", 1, 5, 1, 7);
        assert!(
            format_syntax_error(&e, "f.py", Some("abc\ndefghi\n")).contains("    defghi\n    ^^\n")
        );
        let e = err(ErrorKind::SyntaxError, "m", 1, 0, 1, 0);
        assert_eq!(
            format_syntax_error(&e, "f.py", Some("abc\n")),
            "  File \"f.py\", line 1\n    abc\nSyntaxError: m\n"
        );
    }

    #[test]
    fn offsets_are_drawn_as_given() {
        // `python3 o.py` on `f(é for é in b, c)`: offsets 3 and 17 (bytes, as
        // CPython gives them for files), fourteen carets.
        let e = err(
            ErrorKind::SyntaxError,
            "Generator expression must be parenthesized",
            1,
            3,
            1,
            17,
        );
        let out = format_syntax_error(&e, "o.py", Some("f(é for é in b, c)\n"));
        assert!(
            out.contains(&format!("\n      {}\n", "^".repeat(14))),
            "{out}"
        );
    }

    #[test]
    fn text_without_newline() {
        let e = err(
            ErrorKind::SyntaxError,
            "unterminated triple-quoted string literal (detected at line 3)",
            1,
            5,
            1,
            5,
        );
        assert_eq!(
            format_syntax_error(&e, "h.py", Some("x = \"\"\"abc")),
            "  File \"h.py\", line 1\n    x = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 3)\n"
        );
    }
}
