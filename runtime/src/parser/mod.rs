//! The front end: source bytes -> tokens (hand-written tokenizer driven by the
//! tables generated from `grammar/Tokens`) -> AST (parser generated from
//! `grammar/python.gram`).

pub mod error;
pub mod fstring;
pub mod literals;
pub mod report;
pub mod token;
pub mod source;
pub mod tokenizer;
pub mod action_helpers;
pub mod generated;
