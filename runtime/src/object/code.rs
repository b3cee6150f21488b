//! `code`: a compiled code object with its constants made into values once.

use std::rc::Rc;

use crate::ast::Constant;
use crate::compile::code::{CodeObject, Const};
use crate::compile::opcode::Opcode;
use crate::object::typeobj::Slots;
use crate::object::{float, int, tuple, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// A code object and its `co_consts` as values (nested code included).
pub struct CodeData {
    pub code: Rc<CodeObject>,
    pub consts: Vec<Value>,
    /// For each 3.11 "fast locals" index of a `free`-kind argument
    /// (MAKE_CELL, LOAD_DEREF, LOAD_CLOSURE...): the frame's cell index.
    /// 3.11 numbers `co_varnames`, then the cells that are not arguments,
    /// then `co_freevars`; a frame keeps its cells as `cellvars ++ freevars`.
    pub deref: Vec<Option<usize>>,
    /// `co_names` as interned strs, so that name lookups skip the intern table.
    pub names: Vec<Value>,
    /// LOAD_GLOBAL's cache, one entry per name (`vm::cache::global_get`).
    pub globals: crate::vm::cache::GlobalCache,
    /// LOAD_ATTR/STORE_ATTR/LOAD_METHOD's cache, one entry per name.
    pub attrs: crate::vm::cache::AttrCache,
    /// RESUMEs and backward jumps seen, up to a small cap: CPython 3.11
    /// specializes a code object's calls once it is warm (`vm::recursion`).
    pub warmth: std::cell::Cell<u8>,
    /// `co_code` decoded once, one entry per (opcode, argument) pair.
    pub instrs: Box<[Instr]>,
}

/// One decoded instruction: the opcode (`None` for a byte that is none) and
/// its argument with the EXTENDED_ARG prefixes before it folded in. A prefix
/// keeps its own entry (a jump may land on it) and runs as a no-op.
#[derive(Clone, Copy)]
pub struct Instr {
    pub op: Option<Opcode>,
    pub arg: u32,
}

/// The [`Instr`]s of bytecode `bytes` (pairs of opcode and argument bytes).
pub fn decode(bytes: &[u8]) -> Box<[Instr]> {
    let mut prefix: u32 = 0;
    bytes
        .chunks_exact(2)
        .map(|pair| {
            let op = Opcode::from_u8(pair[0]);
            let arg = (prefix << 8) | pair[1] as u32;
            prefix = if op == Some(Opcode::EXTENDED_ARG) {
                arg
            } else {
                0
            };
            Instr { op, arg }
        })
        .collect()
}

/// The cell index of each fast-locals slot (see [`CodeData::deref`]).
fn deref_table(co: &CodeObject) -> Vec<Option<usize>> {
    let cell_of = |name: &String| co.cellvars.iter().position(|c| c == name);
    let mut table: Vec<Option<usize>> = co.varnames.iter().map(cell_of).collect();
    table.extend(
        co.cellvars
            .iter()
            .enumerate()
            .filter(|(_, c)| !co.varnames.contains(c))
            .map(|(i, _)| Some(i)),
    );
    table.extend((0..co.freevars.len()).map(|j| Some(co.cellvars.len() + j)));
    table
}

pub struct Code(pub Rc<CodeData>);
impl Payload for Code {}

impl CodeData {
    pub fn new(py: Py<'_>, code: Rc<CodeObject>) -> Rc<CodeData> {
        let consts = code
            .consts
            .iter()
            .map(|c| match c {
                Const::Value(k) => constant(py, k),
                Const::Code(inner) => {
                    py.alloc(&py.types.code, Code(CodeData::new(py, inner.clone())))
                }
            })
            .collect();
        let deref = deref_table(&code);
        let names: Vec<Value> = code.names.iter().map(|n| py.intern(n)).collect();
        let instrs = decode(&code.code);
        let globals = crate::vm::cache::global_cache(names.len());
        let attrs = crate::vm::cache::attr_cache(names.len());
        Rc::new(CodeData {
            code,
            consts,
            deref,
            names,
            warmth: std::cell::Cell::new(0),
            instrs,
            globals,
            attrs,
        })
    }
}

/// The value of a literal.
pub fn constant(py: Py<'_>, c: &Constant) -> Value {
    match c {
        Constant::None => py.none(),
        Constant::Ellipsis => py.ellipsis.clone(),
        Constant::Bool(b) => py.bool(*b),
        Constant::Int(i) => int::new_big(py, i.clone()),
        Constant::Float(f) => float::new(py, *f),
        Constant::Complex { real, imag } => super::complex::new(py, *real, *imag),
        Constant::Str(s) => super::surrogates::from_pystr(py, s.clone()),
        Constant::Bytes(b) => super::bytes::new(py, b.clone()),
        Constant::Tuple(items) => tuple::new(py, items.iter().map(|k| constant(py, k)).collect()),
        Constant::FrozenSet(items) => {
            let items = items.iter().map(|k| constant(py, k)).collect();
            // Constants are hashable; a failure here would be a compiler bug.
            super::set::from_items(py, &py.types.frozenset, items).unwrap_or_else(|_| py.none())
        }
    }
}

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(c) = v.downcast::<Code>() else {
        return Ok("<code>".to_string());
    };
    let code = &c.0.code;
    Ok(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        code.name,
        v.addr(),
        code.filename,
        code.firstlineno
    ))
}

/// The `co_*` attributes, as the compiler's CodeObject has them.
fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(c) = v.downcast::<Code>() else {
        return Ok(None);
    };
    let co = &c.0.code;
    let names = |xs: &[String]| tuple::new(py, xs.iter().map(|n| py.new_str(n)).collect());
    let num = |n: i64| int::new_i64(py, n);
    Ok(Some(match name {
        "co_name" => py.new_str(&co.name),
        "co_qualname" => py.new_str(&co.qualname),
        "co_filename" => py.new_str(&co.filename),
        "co_firstlineno" => num(co.firstlineno as i64),
        "co_argcount" => num(co.argcount as i64),
        "co_posonlyargcount" => num(co.posonlyargcount as i64),
        "co_kwonlyargcount" => num(co.kwonlyargcount as i64),
        "co_nlocals" => num(co.varnames.len() as i64),
        "co_flags" => num(co.flags as i64),
        "co_stacksize" => num(co.stacksize as i64),
        "co_varnames" => names(&co.varnames),
        "co_cellvars" => names(&co.cellvars),
        "co_freevars" => names(&co.freevars),
        "co_names" => names(&co.names),
        "co_consts" => tuple::new(py, c.0.consts.clone()),
        "co_positions" => py.new_builtin("co_positions", co_positions, Some(v.clone())),
        _ => return Ok(None),
    }))
}

/// `code.co_positions()`: an iterator of `(line, end_line, col, end_col)`,
/// one per instruction (the traceback module finds `tb_lasti // 2` there).
fn co_positions(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(c) = args.first().and_then(|v| v.downcast::<Code>()) else {
        return Err(py.type_error("co_positions() needs a code object".to_string()));
    };
    let opt = |n: Option<u32>| n.map_or_else(|| py.none(), |n| int::new_i64(py, n as i64));
    let rows: Vec<Value> =
        c.0.code
            .positions
            .iter()
            .map(|p| {
                tuple::new(
                    py,
                    vec![opt(p.lineno), opt(p.end_lineno), opt(p.col), opt(p.end_col)],
                )
            })
            .collect();
    crate::object::iter(py, &crate::object::list::new(py, rows))
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        getattr: Some(getattr),
        ..Slots::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deref_indexes_follow_311_fast_locals() {
        // def f(a, b): (a and c are cells, d is free) -> varnames a b,
        // then cell c, then free d; a's cell is cellvars[0].
        let co = CodeObject {
            name: "f".into(),
            qualname: "f".into(),
            filename: Rc::from("x.py"),
            firstlineno: 1,
            argcount: 2,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            stacksize: 1,
            code: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: vec!["a".into(), "b".into()],
            cellvars: vec!["a".into(), "c".into()],
            freevars: vec!["d".into()],
            positions: Vec::new(),
            exception_table: Vec::new(),
        };
        assert_eq!(deref_table(&co), vec![Some(0), None, Some(1), Some(2)]);
    }
}
