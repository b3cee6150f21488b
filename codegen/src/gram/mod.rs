//! `grammar/python.gram`: the PEG grammar with actions (dialect: docs/grammar.md).
//!
//! Pipeline: `read` (pest, `gram.pest` → [`model`]), `check` (names, keywords,
//! actions, left recursion, unused rules), then `emit` (the packrat parser).

pub mod check;
pub mod emit;
pub mod model;
mod read;

use crate::diag::{Diags, FileId, SpecFiles};
use crate::tokens::TokenSet;
use proc_macro2::TokenStream;

pub use emit::MAX_DEPTH;
pub use model::Grammar;

/// Reads and checks `python.gram`; operator spellings resolve through `tokens`.
/// `None` only on a syntax error; other problems are in `diags`.
pub fn read(
    files: &SpecFiles,
    file: FileId,
    tokens: &TokenSet,
    diags: &mut Diags,
) -> Option<Grammar> {
    let mut grammar = read::read_rules(files, file, tokens, diags)?;
    check::check(&mut grammar, tokens, diags);
    Some(grammar)
}

/// Emits the packrat parser.
pub fn emit(grammar: &Grammar, tokens: &TokenSet) -> TokenStream {
    emit::emit(grammar, tokens)
}

#[cfg(test)]
mod tests;
