//! `grammar/python.gram`: the PEG grammar with actions (dialect: docs/grammar.md).
//!
//! STUB: replaced by the grammar reader, checks and parser emitter.

use crate::diag::{Diags, FileId, SpecFiles};
use crate::tokens::TokenSet;
use proc_macro2::TokenStream;

/// The checked grammar model.
#[derive(Debug)]
pub struct Grammar;

/// Reads and checks `python.gram`; operator spellings resolve through `tokens`.
pub fn read(files: &SpecFiles, file: FileId, _tokens: &TokenSet, diags: &mut Diags) -> Option<Grammar> {
    let span = crate::diag::span_of(file, files.text(file), 0, 0);
    diags.error(span, "the grammar reader is not written yet");
    None
}

/// Emits the packrat parser.
pub fn emit(_grammar: &Grammar, _tokens: &TokenSet) -> TokenStream {
    TokenStream::new()
}
