//! Code objects: what the compiler produces and the VM runs, the contract
//! between `compile/` and `vm/`.
//!
//! The instruction set and its conventions are CPython 3.11's (names, argument
//! meanings and stack effects come from `grammar/opcodes`; the numbers do not):
//! a construct compiles to what `python3 -m dis` shows for it, so the 3.11
//! `dis` documentation is the specification of every instruction. Differences:
//! no `CACHE` entries follow instructions (inline caches, when they come, live in
//! a side table), and the pseudo-instructions of `grammar/opcodes` never reach a
//! finished code object.
//!
//! **Invariant:** `code` is wordcode, `[opcode, arg]` byte pairs; an argument
//! wider than 8 bits is spelled with `EXTENDED_ARG` prefixes, as in CPython.
//! `positions` has one entry per pair. Jump arguments are relative, in
//! instructions (pairs), counted from the instruction after the jump, as 3.11's.

use crate::ast::Constant;
use std::rc::Rc;

/// `co_flags` bits, with CPython's values.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// An entry of `co_consts`.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    /// None, bools, numbers, str, bytes, Ellipsis, and tuples/frozensets of them.
    Value(Constant),
    /// The code of a nested function, class body, lambda or comprehension.
    Code(Rc<CodeObject>),
}

/// Source span of one instruction, as `co_positions()` yields it: 1-based
/// lines, 0-based UTF-8 byte columns; `None` where CPython gives `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Position {
    pub lineno: Option<u32>,
    pub end_lineno: Option<u32>,
    pub col: Option<u32>,
    pub end_col: Option<u32>,
}

/// One row of the exception table (3.11's zero-cost exceptions): an exception
/// raised by an instruction in `start..end` (instruction indexes) jumps to
/// `target`, with the value stack cut to `depth` items, pushing the offset of
/// the raising instruction first when `lasti` is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// A compiled module, class body, function, lambda or comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Bits from [`flags`].
    pub flags: u32,
    /// The largest value-stack depth the code reaches.
    pub stacksize: u32,
    pub code: Vec<u8>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    /// Arguments first (positional, keyword-only, `*args`, `**kwargs`), then
    /// the other locals.
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
}

impl CodeObject {
    /// The instructions with `EXTENDED_ARG` folded in: `(index of the first
    /// pair, opcode byte, full argument)`.
    pub fn instructions(&self) -> Vec<(usize, u8, u32)> {
        let extended = super::opcode::Opcode::from_name("EXTENDED_ARG").map(|o| o as u8);
        let mut out = Vec::with_capacity(self.code.len() / 2);
        let (mut arg, mut start) = (0u32, None);
        for (i, pair) in self.code.chunks_exact(2).enumerate() {
            let (op, a) = (pair[0], pair[1] as u32);
            arg = (arg << 8) | a;
            start.get_or_insert(i);
            if Some(op) == extended {
                continue;
            }
            out.push((start.take().unwrap_or(i), op, arg));
            arg = 0;
        }
        out
    }

    /// The line of the instruction at pair index `i`, for tracebacks.
    pub fn line_of(&self, i: usize) -> Option<u32> {
        self.positions.get(i).and_then(|p| p.lineno)
    }
}
