//! `grammar/operators`: spellings, dunders and meanings of the AST operators.
//!
//! STUB: replaced by the operators reader and emitter.

use crate::diag::{Diags, FileId, SpecFiles};
use crate::tokens::TokenSet;
use proc_macro2::TokenStream;

#[derive(Debug)]
pub struct OperatorTable;

/// `ast_sums`: `(sum type, constructors)` of the field-less ASDL sums, to check
/// that every row names an existing AST operator.
pub fn read(
    files: &SpecFiles,
    file: FileId,
    _ast_sums: &[(String, Vec<String>)],
    _tokens: &TokenSet,
    diags: &mut Diags,
) -> Option<OperatorTable> {
    let span = crate::diag::span_of(file, files.text(file), 0, 0);
    diags.error(span, "the operators reader is not written yet");
    None
}

pub fn emit(_table: &OperatorTable) -> TokenStream {
    TokenStream::new()
}
