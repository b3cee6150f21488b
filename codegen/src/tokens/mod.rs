//! `grammar/Tokens`: token kinds and operator spellings.
//!
//! Read with `tokens.pest` into a [`TokenSet`]; emitted as `TokenKind`,
//! `Token` and `match_operator`, the longest-match operator recogniser that the
//! hand-written tokenizer calls.

mod emit;
mod read;

pub use emit::emit;
pub use read::{read, read_layers};

use crate::diag::Span;

/// One line of `Tokens`.
#[derive(Clone, Debug)]
pub struct TokenDef {
    pub name: String,
    /// The operator text (`"+="`), for tokens the tokenizer recognises by spelling.
    pub spelling: Option<String>,
    pub span: Span,
}

/// Every token kind, in file order (the order of `TokenKind`'s discriminants).
#[derive(Clone, Debug, Default)]
pub struct TokenSet {
    pub defs: Vec<TokenDef>,
}

impl TokenSet {
    pub fn by_name(&self, name: &str) -> Option<&TokenDef> {
        self.defs.iter().find(|d| d.name == name)
    }
    pub fn by_spelling(&self, spelling: &str) -> Option<&TokenDef> {
        self.defs
            .iter()
            .find(|d| d.spelling.as_deref() == Some(spelling))
    }
    /// The definitions that have a spelling: the operators and delimiters.
    pub fn operators(&self) -> impl Iterator<Item = &TokenDef> {
        self.defs.iter().filter(|d| d.spelling.is_some())
    }
}

/// Kinds the hand-written tokenizer and the parser glue produce by name, so
/// every `Tokens` file must define them.
pub const REQUIRED: [&str; 9] = [
    "ENDMARKER",
    "NAME",
    "NUMBER",
    "STRING",
    "NEWLINE",
    "INDENT",
    "DEDENT",
    "OP",
    "ERRORTOKEN",
];
