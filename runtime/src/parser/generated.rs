//! The parser generated from `grammar/python.gram` by `moult_macros::parser!`
//! (read it with `cargo run -p moult-codegen -- dump parser`). The rule result
//! types and the action helpers come into scope here.

#![allow(clippy::all)]

use super::action_helpers::*;
use super::error::ParseError;
use super::token::{Token, TokenKind};
use crate::ast::*;

moult_macros::parser!();
