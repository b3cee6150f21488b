//! `grammar/opcodes`: the bytecode instruction set.
//!
//! STUB: replaced by the opcodes reader and emitter.

use crate::diag::{Diags, FileId, SpecFiles};
use proc_macro2::TokenStream;

#[derive(Debug)]
pub struct OpcodeTable;

pub fn read(files: &SpecFiles, file: FileId, diags: &mut Diags) -> Option<OpcodeTable> {
    let span = crate::diag::span_of(file, files.text(file), 0, 0);
    diags.error(span, "the opcodes reader is not written yet");
    None
}

pub fn emit(_table: &OpcodeTable) -> TokenStream {
    TokenStream::new()
}
