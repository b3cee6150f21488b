//! Code generation: AST to instructions over labels, one [`Unit`] per code
//! object, as CPython 3.11's `compile.c` (expressions in `expr.rs`,
//! statements in `stmt.rs`).
//!
//! Instruction arguments are CPython 3.11's except two: `BINARY_OP` takes the
//! row of its operator in `grammar/operators` (`Operator::index()`, plus
//! `Operator::ROWS.len()` for the in-place form of augmented assignment), and
//! `COMPARE_OP` takes `Cmpop::index()`. Jumps are emitted as the compiler-only
//! forms (`JUMP`, `POP_JUMP_IF_FALSE`, ...) to a [`Label`]; `assemble` chooses
//! the forward/backward instruction. Cell and free variables are numbered as
//! 3.11's "fast locals": `co_varnames`, then the cells that are not
//! arguments, then `co_freevars`.

use super::assemble;
use super::code::{CodeObject, Const, Position};
use super::error::CompileError;
use super::opcode::Opcode;
use super::symtable::{self, NameScope, ScopeKind, SymbolTable};
use crate::ast::*;
use std::collections::HashMap;
use std::rc::Rc;

/// A jump target inside one unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// One instruction before assembly.
#[derive(Clone, Debug)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
    pub target: Option<Label>,
    pub pos: Position,
}

/// What a `break`, `continue` or `return` must unwind (CPython's fblocks).
#[derive(Clone, Debug)]
pub enum FBlock {
    WhileLoop {
        start: Label,
        end: Label,
    },
    ForLoop {
        start: Label,
        end: Label,
    },
    TryExcept,
    FinallyTry {
        body: Vec<Stmt>,
    },
    FinallyEnd,
    /// `pos` is the `with` statement's, where its exit call is placed.
    With {
        is_async: bool,
        pos: Position,
    },
    HandlerCleanup {
        name: Option<String>,
    },
    PopValue,
    ExceptionHandler,
    ExceptStar,
}

/// The code object being compiled.
pub struct Unit {
    pub scope: usize,
    pub name: String,
    pub qualname: String,
    pub kind: ScopeKind,
    pub instrs: Vec<Instr>,
    /// Instruction index each label was placed at.
    pub labels: Vec<Option<usize>>,
    pub consts: Vec<Const>,
    const_index: HashMap<String, usize>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    pub fblocks: Vec<FBlock>,
    pub pos: Position,
    /// The class whose body or method this is, for private name mangling.
    pub private: Option<String>,
    pub in_async_comprehension: bool,
    /// Creation order of CPython's basic blocks, which decides where the
    /// assembler's copies of exit blocks go: a counter, each label's
    /// number, and `(instruction index, number)` for every block start.
    pub seq: u32,
    pub label_seq: Vec<u32>,
    pub block_starts: Vec<(usize, u32)>,
}

impl Unit {
    fn index_of(list: &mut Vec<String>, name: &str) -> u32 {
        match list.iter().position(|n| n == name) {
            Some(i) => i as u32,
            None => {
                list.push(name.to_string());
                (list.len() - 1) as u32
            }
        }
    }
}

pub struct Compiler<'a> {
    pub table: &'a SymbolTable,
    pub filename: Rc<str>,
    pub units: Vec<Unit>,
    /// `from __future__ import annotations` is in force.
    pub future_annotations: bool,
    pub interactive: bool,
}

/// Compiles a module to its code object.
pub fn compile_module(module: &Mod, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    let mark = super::warn::mark();
    let r = compile_module_inner(module, filename);
    super::warn::flush(mark, filename);
    r
}

fn compile_module_inner(module: &Mod, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    let folded = super::fold::fold_module(module);
    let table = symtable::build(&folded)?;
    let mut c = Compiler {
        table: &table,
        filename: filename.into(),
        units: Vec::new(),
        future_annotations: false,
        interactive: false,
    };
    c.enter_scope("<module>", 0, 1);
    match &folded {
        Mod::Module(m) => c.module_body(&m.body)?,
        // `compile(..., 'single')`: expression statements print their value.
        Mod::Interactive(m) => {
            c.interactive = true;
            c.stmts(&m.body)?;
        }
        // `compile(..., 'eval')`: the code returns the expression's value.
        Mod::Expression(e) => {
            c.expr(&e.body)?;
            c.emit(crate::compile::opcode::Opcode::RETURN_VALUE, 0);
            return c.finish_unit(false);
        }
        Mod::FunctionType(_) => {}
    }
    c.finish_unit(true)
}

pub fn const_key(c: &Constant) -> String {
    format!("{c:?}")
}

impl<'a> Compiler<'a> {
    pub fn u(&mut self) -> &mut Unit {
        // A unit is always open while compiling: `enter_scope` runs first.
        let n = self.units.len();
        &mut self.units[n - 1]
    }

    pub fn ur(&self) -> &Unit {
        &self.units[self.units.len() - 1]
    }

    pub fn scope(&self) -> &'a symtable::Scope {
        &self.table.scopes[self.ur().scope]
    }

    pub fn enter_scope(&mut self, name: &str, scope: usize, firstlineno: u32) {
        let st = &self.table.scopes[scope];
        let private = match st.kind {
            ScopeKind::Class => Some(st.name.clone()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let mut cellvars = st.names_with(NameScope::Cell);
        if st.kind == ScopeKind::Class && st.needs_class_closure {
            cellvars.push("__class__".to_string());
            cellvars.sort();
        }
        let mut freevars: Vec<String> = st
            .symbols
            .iter()
            .filter(|s| {
                s.scope == Some(NameScope::Free) || s.flags & symtable::def::FREE_CLASS != 0
            })
            .map(|s| s.name.clone())
            .collect();
        freevars.sort();
        let qualname = self.qualname_for(name, st);
        let mut u = Unit {
            scope,
            name: name.to_string(),
            qualname,
            kind: st.kind,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            varnames: st.params.clone(),
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno,
            fblocks: Vec::new(),
            pos: Position {
                lineno: Some(firstlineno),
                end_lineno: Some(firstlineno),
                col: None,
                end_col: None,
            },
            private,
            in_async_comprehension: false,
            seq: 1,
            label_seq: Vec::new(),
            block_starts: Vec::new(),
        };
        if st.kind == ScopeKind::Module {
            u.pos.lineno = Some(0);
            u.pos.end_lineno = Some(0);
        }
        self.units.push(u);
        self.emit(Opcode::RESUME, 0);
    }

    fn qualname_for(&self, name: &str, st: &symtable::Scope) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        // A name declared global in the enclosing scope is qualified as a
        // top-level name (as CPython's compiler_set_qualname).
        let pscope = &self.table.scopes[parent.scope];
        let mangled = symtable::mangle(parent.private.as_deref(), name);
        if st.kind != ScopeKind::Module
            && pscope.scope_of(&mangled) == Some(NameScope::GlobalExplicit)
        {
            return name.to_string();
        }
        if pscope.kind == ScopeKind::Function {
            format!("{}.<locals>.{}", parent.qualname, name)
        } else {
            format!("{}.{}", parent.qualname, name)
        }
    }

    /// Assembles the innermost unit and closes it.
    pub fn finish_unit(&mut self, add_none: bool) -> Result<Rc<CodeObject>, CompileError> {
        let ends_in_return = self
            .ur()
            .instrs
            .last()
            .map_or(false, |i| i.op == Opcode::RETURN_VALUE)
            && !self.label_at_end();
        if !ends_in_return || self.label_at_end() {
            self.u().pos = Position::default();
            if add_none {
                self.load_const(Constant::None);
            }
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let unit = self
            .units
            .pop()
            .ok_or_else(|| CompileError::new("no unit", 1, 0, None, None))?;
        let st = &self.table.scopes[unit.scope];
        Ok(Rc::new(assemble::assemble(unit, st, &self.filename)))
    }

    fn label_at_end(&self) -> bool {
        let n = self.ur().instrs.len();
        self.ur().labels.iter().any(|l| *l == Some(n))
    }

    // --- emitting ---

    fn push(&mut self, ins: Instr) {
        let ends_block = ins.target.is_some() || ins.op.is_terminator();
        let u = self.u();
        u.instrs.push(ins);
        // CPython starts a new block after every jump and exit.
        if ends_block {
            let here = u.instrs.len();
            u.block_starts.push((here, u.seq));
            u.seq += 1;
        }
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let pos = self.ur().pos;
        self.push(Instr {
            op,
            arg,
            target: None,
            pos,
        });
    }

    pub fn emit_noline(&mut self, op: Opcode, arg: u32) {
        self.push(Instr {
            op,
            arg,
            target: None,
            pos: Position::default(),
        });
    }

    pub fn jump(&mut self, op: Opcode, target: Label) {
        let pos = self.ur().pos;
        self.push(Instr {
            op,
            arg: 0,
            target: Some(target),
            pos,
        });
    }

    pub fn jump_noline(&mut self, op: Opcode, target: Label) {
        self.push(Instr {
            op,
            arg: 0,
            target: Some(target),
            pos: Position::default(),
        });
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        u.label_seq.push(u.seq);
        u.seq += 1;
        Label((u.labels.len() - 1) as u32)
    }

    pub fn use_label(&mut self, l: Label) {
        let u = self.u();
        let here = u.instrs.len();
        if let Some(slot) = u.labels.get_mut(l.0 as usize) {
            *slot = Some(here);
        }
        let seq = u.label_seq.get(l.0 as usize).copied().unwrap_or(0);
        u.block_starts.push((here, seq));
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        let u = self.u();
        match &c {
            Const::Value(v) => {
                let key = const_key(v);
                if let Some(&i) = u.const_index.get(&key) {
                    return i as u32;
                }
                u.consts.push(c);
                u.const_index.insert(key, u.consts.len() - 1);
            }
            Const::Code(_) => u.consts.push(c),
        }
        (u.consts.len() - 1) as u32
    }

    pub fn load_const(&mut self, v: Constant) {
        let i = self.add_const(Const::Value(v));
        self.emit(Opcode::LOAD_CONST, i);
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        Unit::index_of(&mut self.u().names, &mangled)
    }

    /// An attribute or imported name: mangled, as CPython does for attributes.
    pub fn emit_name(&mut self, op: Opcode, name: &str) {
        let i = self.name_index(name);
        self.emit(op, i);
    }

    pub fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.ur().private.as_deref(), name)
    }

    pub fn set_pos_expr(&mut self, e: &Expr) -> Position {
        let old = self.ur().pos;
        self.u().pos = pos_of(
            e.lineno(),
            e.col_offset(),
            e.end_lineno(),
            e.end_col_offset(),
        );
        old
    }

    pub fn set_pos_stmt(&mut self, s: &Stmt) {
        self.u().pos = pos_of(
            s.lineno(),
            s.col_offset(),
            s.end_lineno(),
            s.end_col_offset(),
        );
    }

    /// The index of a cell or free variable in `cellvars + freevars`;
    /// `assemble` turns it into 3.11's fast-locals index once `co_varnames`
    /// is complete.
    pub fn deref_index(&mut self, name: &str) -> u32 {
        if let Some(i) = self.ur().cellvars.iter().position(|n| n == name) {
            return i as u32;
        }
        let ncells = self.ur().cellvars.len();
        let f = match self.ur().freevars.iter().position(|n| n == name) {
            Some(f) => f,
            None => {
                let u = self.u();
                u.freevars.push(name.to_string());
                u.freevars.len() - 1
            }
        };
        (ncells + f) as u32
    }

    /// Loads, stores or deletes a variable, choosing the instruction from the
    /// symbol table as CPython's `compiler_nameop`.
    pub fn nameop(&mut self, name: &str, ctx: ExprContext) {
        let mangled = self.mangle(name);
        let st = self.scope();
        let scope = st.scope_of(&mangled);
        let is_function = st.kind == ScopeKind::Function;
        let is_class = st.kind == ScopeKind::Class;
        enum Kind {
            Fast,
            Global,
            Deref,
            Name,
        }
        let kind = match scope {
            Some(NameScope::Free) | Some(NameScope::Cell) => Kind::Deref,
            Some(NameScope::Local) if is_function => Kind::Fast,
            Some(NameScope::GlobalImplicit) if is_function => Kind::Global,
            Some(NameScope::GlobalExplicit) => Kind::Global,
            _ => Kind::Name,
        };
        match kind {
            Kind::Deref => {
                let i = self.deref_index(&mangled);
                let op = match ctx {
                    ExprContext::Load if is_class => Opcode::LOAD_CLASSDEREF,
                    ExprContext::Load => Opcode::LOAD_DEREF,
                    ExprContext::Store => Opcode::STORE_DEREF,
                    ExprContext::Del => Opcode::DELETE_DEREF,
                };
                self.emit(op, i);
            }
            Kind::Fast => {
                let i = Unit::index_of(&mut self.u().varnames, &mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_FAST,
                    ExprContext::Store => Opcode::STORE_FAST,
                    ExprContext::Del => Opcode::DELETE_FAST,
                };
                self.emit(op, i);
            }
            Kind::Global => {
                let i = Unit::index_of(&mut self.u().names, &mangled);
                match ctx {
                    ExprContext::Load => self.emit(Opcode::LOAD_GLOBAL, i << 1),
                    ExprContext::Store => self.emit(Opcode::STORE_GLOBAL, i),
                    ExprContext::Del => self.emit(Opcode::DELETE_GLOBAL, i),
                }
            }
            Kind::Name => {
                let i = Unit::index_of(&mut self.u().names, &mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_NAME,
                    ExprContext::Store => Opcode::STORE_NAME,
                    ExprContext::Del => Opcode::DELETE_NAME,
                };
                self.emit(op, i);
            }
        }
    }

    /// Builds a function object from `code` with `flags` already pushed
    /// (defaults, annotations), adding the closure tuple when it needs one.
    pub fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.clone() {
                let i = self.deref_index(&name);
                self.emit(Opcode::LOAD_CLOSURE, i);
            }
            self.emit(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
            flags |= 8;
        }
        let i = self.add_const(Const::Code(code));
        self.emit(Opcode::LOAD_CONST, i);
        self.emit(Opcode::MAKE_FUNCTION, flags);
    }

    pub fn err<T>(
        &self,
        msg: impl Into<String>,
        lineno: i32,
        col: i32,
        end_lineno: Option<i32>,
        end_col: Option<i32>,
    ) -> Result<T, CompileError> {
        Err(CompileError::new(msg, lineno, col, end_lineno, end_col))
    }

    pub fn expr_err<T>(&self, msg: impl Into<String>, e: &Expr) -> Result<T, CompileError> {
        self.err(
            msg,
            e.lineno(),
            e.col_offset(),
            e.end_lineno(),
            e.end_col_offset(),
        )
    }

    pub fn stmt_err<T>(&self, msg: impl Into<String>, s: &Stmt) -> Result<T, CompileError> {
        self.err(
            msg,
            s.lineno(),
            s.col_offset(),
            s.end_lineno(),
            s.end_col_offset(),
        )
    }
}

/// The position of a node; nodes the optimizer made up (line -1, as
/// CPython's) have none.
pub fn pos_of(lineno: i32, col: i32, end_lineno: Option<i32>, end_col: Option<i32>) -> Position {
    if lineno < 0 {
        return Position::default();
    }
    Position {
        lineno: Some(lineno.max(0) as u32),
        end_lineno: end_lineno.map(|v| v.max(0) as u32),
        col: Some(col.max(0) as u32),
        end_col: end_col.map(|v| v.max(0) as u32),
    }
}
