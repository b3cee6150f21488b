//! The compiler: AST -> symbol table -> code objects (issue "runtime core").
//! For now it holds the instruction set generated from `grammar/opcodes`.

pub mod code;
pub mod opcode;
