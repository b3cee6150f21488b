//! `grammar/Python.asdl`: the AST definition.
//!
//! STUB: replaced by the ASDL reader, checks and AST emitter.

use crate::diag::{Diags, FileId, SpecFiles};
use proc_macro2::TokenStream;

/// The checked ASDL model.
#[derive(Debug)]
pub struct Module;

impl Module {
    /// Sum types whose constructors all have no fields (`operator`, `cmpop`,
    /// ...): `(type name, constructor names)`, as written in the ASDL.
    pub fn operator_sums(&self) -> Vec<(String, Vec<String>)> {
        Vec::new()
    }
}

pub fn read(files: &SpecFiles, file: FileId, diags: &mut Diags) -> Option<Module> {
    let span = crate::diag::span_of(file, files.text(file), 0, 0);
    diags.error(span, "the ASDL reader is not written yet");
    None
}

pub fn emit(_module: &Module) -> TokenStream {
    TokenStream::new()
}
