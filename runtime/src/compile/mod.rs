//! The compiler: AST -> symbol table -> instructions -> code objects, as
//! CPython 3.11's `Python/symtable.c` and `Python/compile.c`.
//!
//! `symtable` resolves names; `codegen` (with `expr`/`stmt`/`patterns`) emits
//! instructions over labels; `fold` is the AST constant folder; `assemble`
//! turns labels into jumps and builds the tables of a [`code::CodeObject`];
//! `dis` prints a listing as `python3 -m dis`.
//!
//! Instruction arguments that differ from CPython's numbering (documented in
//! `codegen`): `BINARY_OP`'s is the row of the operator in `grammar/operators`
//! (`Operator::index()`, plus `Operator::ROWS.len()` for the in-place form);
//! `COMPARE_OP`'s is `Cmpop::index()`. Every other argument is CPython 3.11's,
//! including the "fast locals" numbering of `MAKE_CELL`/`LOAD_DEREF`/... (see
//! `CodeObject::deref_name`).

pub mod assemble;
pub mod code;
pub mod codegen;
pub mod dis;
pub mod error;
mod expr;
pub mod fold;
pub mod opcode;
mod patterns;
mod stmt;
pub mod symtable;
pub mod warn;

pub use codegen::compile_module;

static OPTIMIZE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `python -O`: later compilations drop `assert` statements and read
/// `__debug__` as False.
pub fn set_optimize() {
    OPTIMIZE.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Whether `-O` is in effect.
pub fn optimize() -> bool {
    OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed)
}
pub use error::CompileError;
