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
    /// The parser's recursion limit (CPython's "Parser stack overflowed"),
    /// which CPython reports as a bare `MemoryError`.
    MemoryError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::MemoryError => "MemoryError",
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
    /// `SyntaxError.text` when it is not simply line `lineno` of the source.
    pub text: Option<String>,
    /// Raised by the parser (an `invalid_*` rule, an action, or the generic
    /// "invalid syntax"), not by the tokenizer: CPython's columns for these
    /// depend on how the source was given (see `parser::Input`).
    pub parser_raised: bool,
}

impl ParseError {
    pub fn new(kind: ErrorKind, msg: impl Into<String>, lineno: u32, offset: u32) -> Self {
        ParseError {
            kind,
            msg: msg.into(),
            lineno,
            offset,
            end_lineno: 0,
            end_offset: 0,
            text: None,
            parser_raised: false,
        }
    }

    pub fn syntax(msg: impl Into<String>, lineno: u32, offset: u32) -> Self {
        Self::new(ErrorKind::SyntaxError, msg, lineno, offset)
    }

    /// The generated parser nested deeper than its limit: CPython raises a
    /// `MemoryError` with no message for it.
    pub fn too_deep(lineno: u32, offset: u32) -> Self {
        Self::new(ErrorKind::MemoryError, "", lineno, offset)
    }

    pub fn with_end(mut self, end_lineno: u32, end_offset: u32) -> Self {
        self.end_lineno = end_lineno;
        self.end_offset = end_offset;
        self
    }
}
