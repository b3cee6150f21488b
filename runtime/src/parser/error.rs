//! The error every front-end stage reports: tokenizer, parser, literal decoding.
//!
//! It carries what CPython's `SyntaxError` carries, so the command line can print
//! the `File "x.py", line N` / source line / caret block exactly as python3 does.

/// Which builtin exception the error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with CPython's coordinates: `lineno` is 1-based, `offset` and
/// `end_offset` are 1-based and count characters (as `SyntaxError.offset` does),
/// `end_lineno`/`end_offset` are 0 when CPython leaves them unset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
}

impl ParseError {
    pub fn new(kind: ErrorKind, msg: impl Into<String>, lineno: u32, offset: u32) -> Self {
        ParseError { kind, msg: msg.into(), lineno, offset, end_lineno: 0, end_offset: 0 }
    }

    pub fn syntax(msg: impl Into<String>, lineno: u32, offset: u32) -> Self {
        Self::new(ErrorKind::SyntaxError, msg, lineno, offset)
    }

    pub fn with_end(mut self, end_lineno: u32, end_offset: u32) -> Self {
        self.end_lineno = end_lineno;
        self.end_offset = end_offset;
        self
    }
}
