//! A listing of code objects in the format of CPython 3.11's `python3 -m dis`
//! (without CACHE entries, so offsets count our instructions only).

use super::code::{CodeObject, Const};
use super::opcode::{ArgKind, Opcode};
use crate::ast::{Cmpop, Operator};
use std::fmt::Write;

/// `<code object f at 0x..., file "x.py", line 1>`; the address is the
/// object's, as CPython prints it.
pub fn code_repr(co: &CodeObject) -> String {
    format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        co.name, co as *const CodeObject as usize, co.filename, co.firstlineno
    )
}

impl CodeObject {
    /// The variable an instruction of kind `free` names: 3.11 numbers
    /// `co_varnames`, then the cells that are not arguments, then
    /// `co_freevars`.
    pub fn deref_name(&self, i: u32) -> Option<&str> {
        let i = i as usize;
        if let Some(v) = self.varnames.get(i) {
            return Some(v);
        }
        let cells: Vec<&String> = self
            .cellvars
            .iter()
            .filter(|c| !self.varnames.contains(c))
            .collect();
        let j = i - self.varnames.len();
        if let Some(c) = cells.get(j) {
            return Some(c);
        }
        self.freevars.get(j - cells.len()).map(|s| s.as_str())
    }
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::Value(v) => v.py_repr(),
        Const::Code(co) => code_repr(co),
    }
}

fn argrepr(co: &CodeObject, op: Opcode, arg: u32, next_offset: usize) -> String {
    match op.arg_kind() {
        // 3.11's `dis` shows no constant for KW_NAMES.
        ArgKind::Const if op == Opcode::KW_NAMES => String::new(),
        ArgKind::Const => co
            .consts
            .get(arg as usize)
            .map(const_repr)
            .unwrap_or_default(),
        ArgKind::Name if op == Opcode::LOAD_GLOBAL => {
            let n = co
                .names
                .get((arg >> 1) as usize)
                .cloned()
                .unwrap_or_default();
            if arg & 1 != 0 {
                format!("NULL + {n}")
            } else {
                n
            }
        }
        ArgKind::Name => co.names.get(arg as usize).cloned().unwrap_or_default(),
        ArgKind::Local => co.varnames.get(arg as usize).cloned().unwrap_or_default(),
        ArgKind::Free => co.deref_name(arg).unwrap_or("").to_string(),
        ArgKind::Compare => Cmpop::from_index(arg as usize)
            .map(|c| c.spelling().to_string())
            .unwrap_or_default(),
        ArgKind::BinaryOp => {
            let n = Operator::ROWS.len();
            let i = arg as usize;
            match Operator::from_index(i % n) {
                Some(o) if i >= n => format!("{}=", o.spelling()),
                Some(o) => o.spelling().to_string(),
                None => String::new(),
            }
        }
        ArgKind::JumpForward => format!("to {}", (next_offset + arg as usize) * 2),
        ArgKind::JumpBackward => format!("to {}", (next_offset.saturating_sub(arg as usize)) * 2),
        _ => match op {
            Opcode::MAKE_FUNCTION => {
                let names = ["defaults", "kwdefaults", "annotations", "closure"];
                names
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| arg & (1 << i) != 0)
                    .map(|(_, n)| *n)
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            Opcode::FORMAT_VALUE => {
                let mut s = ["", "str", "repr", "ascii"][(arg & 3) as usize].to_string();
                if arg & 4 != 0 {
                    if !s.is_empty() {
                        s.push_str(", ");
                    }
                    s.push_str("with format");
                }
                s
            }
            _ => String::new(),
        },
    }
}

/// The listing of `co` and, after it, of every code object in its constants.
pub fn disassemble(co: &CodeObject) -> String {
    let mut out = String::new();
    listing(co, &mut out);
    for c in &co.consts {
        if let Const::Code(inner) = c {
            let _ = write!(out, "\nDisassembly of {}:\n", code_repr(inner));
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn listing(co: &CodeObject, out: &mut String) {
    let instrs = co.instructions();
    let mut targets = std::collections::BTreeSet::new();
    for (i, (start, op, arg)) in instrs.iter().enumerate() {
        let _ = start;
        let Some(op) = Opcode::from_u8(*op) else {
            continue;
        };
        let next = instrs.get(i + 1).map_or(co.code.len() / 2, |n| n.0);
        match op.arg_kind() {
            ArgKind::JumpForward => {
                targets.insert(next + *arg as usize);
            }
            ArgKind::JumpBackward => {
                targets.insert(next.saturating_sub(*arg as usize));
            }
            _ => {}
        }
    }
    for e in &co.exception_table {
        targets.insert(e.target as usize);
    }
    let mut last_line: Option<Option<u32>> = None;
    for (i, (start, op, arg)) in instrs.iter().enumerate() {
        let Some(op) = Opcode::from_u8(*op) else {
            continue;
        };
        let line = co.positions.get(*start).and_then(|p| p.lineno);
        let line_col = if last_line != Some(line) && line.is_some() {
            if i > 0 {
                out.push('\n');
            }
            last_line = Some(line);
            format!("{:>3}", line.unwrap_or(0))
        } else {
            if last_line.is_none() {
                last_line = Some(line);
            }
            "   ".to_string()
        };
        let mark = if targets.contains(start) { ">>" } else { "  " };
        let next = instrs.get(i + 1).map_or(co.code.len() / 2, |n| n.0);
        let mut row = format!("{line_col}     {mark} {:>4} {:<20}", start * 2, op.name());
        if op.has_arg() {
            row.push_str(&format!(" {:>5}", arg));
            let rep = argrepr(co, op, *arg, next);
            if !rep.is_empty() {
                row.push_str(&format!(" ({rep})"));
            }
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    if !co.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &co.exception_table {
            let lasti = if e.lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{lasti}",
                e.start * 2,
                e.end.saturating_sub(1) * 2,
                e.target * 2,
                e.depth
            );
        }
    }
}
