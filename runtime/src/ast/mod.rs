//! The AST: leaf types written by hand; the node types come from `grammar/Python.asdl`.

pub mod leaf;
pub use leaf::*;
