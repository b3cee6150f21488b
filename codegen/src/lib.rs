//! moult-codegen: reads the spec files in `grammar/` and emits Rust.
//!
//! In: the text of `Tokens`, `python.gram`, `Python.asdl`, `opcodes`, `operators`.
//! Out: `proc_macro2::TokenStream`s (token kinds, parser, AST, opcode and operator
//! tables), or diagnostics with `file:line:col` and a code frame.
//! This crate knows nothing of the runtime: it never sees a Python value.

pub mod diag;
