//! Errors the compiler raises (CPython's compile-time `SyntaxError`s), with the
//! AST position of the offending node.

use crate::parser::error::ParseError;

/// A compile-time error: CPython's message and the node's AST position
/// (1-based lines, 0-based UTF-8 byte columns).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub msg: String,
    pub lineno: i32,
    pub col_offset: i32,
    pub end_lineno: Option<i32>,
    pub end_col_offset: Option<i32>,
}

impl CompileError {
    pub fn new(
        msg: impl Into<String>,
        lineno: i32,
        col_offset: i32,
        end_lineno: Option<i32>,
        end_col_offset: Option<i32>,
    ) -> Self {
        CompileError {
            msg: msg.into(),
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }

    pub fn with_msg(mut self, msg: String) -> Self {
        self.msg = msg;
        self
    }

    /// The error as the front end reports it: a `SyntaxError` whose offsets
    /// count characters from 1, as `SyntaxError.offset` does.
    pub fn to_parse_error(&self, source: &str) -> ParseError {
        let chars = |line: i32, col: i32| -> u32 {
            let text = source
                .split('\n')
                .nth((line.max(1) - 1) as usize)
                .unwrap_or("");
            let col = (col.max(0) as usize).min(text.len());
            let mut end = col;
            while end > 0 && !text.is_char_boundary(end) {
                end -= 1;
            }
            text[..end].chars().count() as u32 + 1
        };
        let mut e = ParseError::syntax(
            self.msg.clone(),
            self.lineno.max(0) as u32,
            chars(self.lineno, self.col_offset),
        );
        if let (Some(el), Some(ec)) = (self.end_lineno, self.end_col_offset) {
            e.end_lineno = el.max(0) as u32;
            e.end_offset = chars(el, ec);
        }
        e
    }
}
