//! A tiny assembler for tests: builds a `CodeObject` from text shaped like
//! `python3 -m dis` output, until the compiler produces them.
//!
//! Each line is `LINE[:COL-ENDCOL] OPNAME [ARG]`, `name:` (a label), or
//! `except START END TARGET DEPTH [lasti]` (labels). A jump's ARG may be
//! `@label`, made relative or absolute as the opcode's kind says.

use std::collections::HashMap;
use std::rc::Rc;

use crate::ast::Constant;
use crate::compile::code::{CodeObject, Const, ExceptionEntry, Position};
use crate::compile::opcode::{ArgKind, Opcode};

pub struct Unit<'a> {
    pub name: &'a str,
    pub argcount: u32,
    pub flags: u32,
    pub consts: Vec<Const>,
    pub names: &'a [&'a str],
    pub varnames: &'a [&'a str],
    pub cellvars: &'a [&'a str],
    pub freevars: &'a [&'a str],
    pub text: &'a str,
}

impl Default for Unit<'_> {
    fn default() -> Self {
        Unit {
            name: "<module>",
            argcount: 0,
            flags: 0,
            consts: Vec::new(),
            names: &[],
            varnames: &[],
            cellvars: &[],
            freevars: &[],
            text: "",
        }
    }
}

pub fn int(i: i64) -> Const {
    Const::Value(Constant::Int(i.into()))
}
pub fn s(text: &str) -> Const {
    Const::Value(Constant::Str(text.into()))
}
pub fn none() -> Const {
    Const::Value(Constant::None)
}

/// Assembles `u`; panics on a malformed test program (test code only).
pub fn assemble(u: Unit<'_>) -> Rc<CodeObject> {
    let mut instrs: Vec<(Position, Opcode, String)> = Vec::new();
    // Labels name instruction numbers first; `at` turns them into pair indexes.
    let mut labels = HashMap::new();
    let mut excepts = Vec::new();
    for line in u.text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(label) = line.strip_suffix(':') {
            labels.insert(label.to_string(), instrs.len());
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        if words[0] == "except" {
            excepts.push(words[1..].iter().map(|w| w.to_string()).collect::<Vec<_>>());
            continue;
        }
        let (line, cols) = words[0].split_once(':').unwrap_or((words[0], ""));
        let lineno: u32 = line.parse().expect("line number");
        let (col, end_col) = match cols.split_once('-') {
            Some((a, b)) => (a.parse().ok(), b.parse().ok()),
            None => (None, None),
        };
        let pos = Position {
            lineno: Some(lineno),
            end_lineno: Some(lineno),
            col,
            end_col,
        };
        let op =
            Opcode::from_name(words[1]).unwrap_or_else(|| panic!("unknown opcode {}", words[1]));
        instrs.push((pos, op, words.get(2).unwrap_or(&"0").to_string()));
    }
    // Literal arguments wider than a byte take EXTENDED_ARG prefixes; label
    // arguments are assumed to fit in one byte.
    let prefixes = |arg: &str| -> usize {
        let a: u32 = if arg.starts_with('@') {
            0
        } else {
            arg.parse().expect("argument")
        };
        (a > 0xff) as usize + (a > 0xffff) as usize + (a > 0xff_ffff) as usize
    };
    let mut at = Vec::with_capacity(instrs.len() + 1);
    let mut pc = 0u32;
    for (_, _, arg) in &instrs {
        pc += prefixes(arg) as u32;
        at.push(pc);
        pc += 1;
    }
    at.push(pc);
    let labels: HashMap<String, u32> = labels
        .into_iter()
        .map(|(k, i)| (k, at[i] - prefixes_at(&instrs, i)))
        .collect();
    let extended = Opcode::from_name("EXTENDED_ARG").expect("EXTENDED_ARG");
    let mut code = Vec::new();
    let mut positions = Vec::new();
    for (i, (pos, op, arg)) in instrs.iter().enumerate() {
        let a = match arg.strip_prefix('@') {
            Some(l) => {
                let t = labels[l];
                match op.arg_kind() {
                    ArgKind::JumpForward => t - (at[i] + 1),
                    ArgKind::JumpBackward => (at[i] + 1) - t,
                    _ => t,
                }
            }
            None => arg.parse().expect("argument"),
        };
        for k in (1..=prefixes(arg)).rev() {
            code.extend([extended as u8, (a >> (8 * k)) as u8]);
            positions.push(*pos);
        }
        code.extend([*op as u8, a as u8]);
        positions.push(*pos);
    }
    let exception_table = excepts
        .iter()
        .map(|w| ExceptionEntry {
            start: labels[&w[0]],
            end: labels[&w[1]],
            target: labels[&w[2]],
            depth: w[3].parse().expect("depth"),
            lasti: w.get(4).is_some_and(|x| x == "lasti"),
        })
        .collect();
    let strs = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    Rc::new(CodeObject {
        name: u.name.to_string(),
        qualname: u.name.to_string(),
        filename: Rc::from("x.py"),
        firstlineno: 1,
        argcount: u.argcount,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: u.flags,
        stacksize: 16,
        code,
        consts: u.consts,
        names: strs(u.names),
        varnames: strs(u.varnames),
        cellvars: strs(u.cellvars),
        freevars: strs(u.freevars),
        positions,
        exception_table,
    })
}

/// How many EXTENDED_ARG pairs precede instruction `i` (a label points at them).
fn prefixes_at(instrs: &[(Position, Opcode, String)], i: usize) -> u32 {
    instrs.get(i).map_or(0, |(_, _, arg)| {
        let a: u32 = if arg.starts_with('@') {
            0
        } else {
            arg.parse().unwrap_or(0)
        };
        (a > 0xff) as u32 + (a > 0xffff) as u32 + (a > 0xff_ffff) as u32
    })
}
