//! The symbol table: which scope every name of a module belongs to, as
//! CPython 3.11's `Python/symtable.c` decides it.
//!
//! Two passes, as CPython's: [`build`] walks the AST once, creating a [`Scope`]
//! per module, class, function, lambda and comprehension and recording how
//! each name is used there (the `DEF_*` flags); then `analyze` resolves every
//! name to local, global (explicit or implicit), free or cell, walking scopes
//! from the module down with the names bound by enclosing functions.
//! Scopes are found again by the code generator through the address of the AST
//! node that opened them (as CPython keys them by node pointer), so the AST
//! must not move between [`build`] and code generation.

use super::error::CompileError;
use crate::ast::*;
use std::collections::{HashMap, HashSet};

/// Ways a name is used in a scope (CPython's `DEF_*` bits).
pub mod def {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const FREE_CLASS: u32 = 64;
    pub const IMPORT: u32 = 128;
    pub const ANNOT: u32 = 256;
    pub const COMP_ITER: u32 = 512;
    /// Any of these makes the name local to a function.
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// Where a name lives once analysed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: Option<NameScope>,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `top`, the class or function name, `lambda`, `listcomp`, `genexpr`, ...
    pub name: String,
    pub lineno: u32,
    /// Names in order of first use.
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// The parameters, in order (CPython's `ste_varnames`).
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    /// A class whose methods use `super()` or `__class__`: it gets a
    /// `__class__` cell.
    pub needs_class_closure: bool,
    /// Where the first `global`/`nonlocal` of each name was written.
    directives: HashMap<String, CompileError>,
}

impl Scope {
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).and_then(|&i| self.symbols.get(i))
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    pub fn scope_of(&self, name: &str) -> Option<NameScope> {
        self.lookup(name).and_then(|s| s.scope)
    }

    /// The names whose scope is `scope`, sorted (as CPython's `dictbytype`).
    pub fn names_with(&self, scope: NameScope) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == Some(scope))
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        v
    }
}

/// Every scope of a module; `scopes[0]` is the module.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope opened by the AST node at `node` (a `StmtFunctionDef`,
    /// `ExprLambda`, `ExprListComp`, ... borrowed from the analysed module).
    pub fn scope_for<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// Builds and analyses the symbol table of `module`.
pub fn build(module: &Mod) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: Vec::new(),
        by_node: HashMap::new(),
        stack: Vec::new(),
    };
    b.enter(ScopeKind::Module, "top", 0, 0);
    match module {
        Mod::Module(m) => b.stmts(&m.body)?,
        Mod::Interactive(m) => b.stmts(&m.body)?,
        Mod::Expression(e) => b.expr(&e.body)?,
        Mod::FunctionType(_) => {}
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut table.scopes, 0, None, HashSet::new())?;
    Ok(table)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
}

fn err_at(
    msg: String,
    lineno: i32,
    col: i32,
    end_lineno: Option<i32>,
    end_col: Option<i32>,
) -> CompileError {
    CompileError::new(msg, lineno, col, end_lineno, end_col)
}

fn expr_err(msg: String, e: &Expr) -> CompileError {
    err_at(
        msg,
        e.lineno(),
        e.col_offset(),
        e.end_lineno(),
        e.end_col_offset(),
    )
}

fn stmt_err(msg: String, s: &Stmt) -> CompileError {
    err_at(
        msg,
        s.lineno(),
        s.col_offset(),
        s.end_lineno(),
        s.end_col_offset(),
    )
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = self.stack.last().copied().unwrap_or(0);
        &mut self.scopes[i]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, lineno: i32, key: usize) {
        let parent = self.stack.last().copied();
        let nested = parent.map_or(false, |p| {
            let ps = &self.scopes[p];
            ps.nested || ps.kind == ScopeKind::Function
        });
        let idx = self.scopes.len();
        self.scopes.push(Scope {
            kind,
            name: name.to_string(),
            lineno: lineno.max(0) as u32,
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            nested,
            generator: false,
            coroutine: false,
            comprehension: false,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            directives: HashMap::new(),
        });
        if let Some(p) = parent {
            self.scopes[p].children.push(idx);
        }
        if key != 0 {
            self.by_node.insert(key, idx);
        }
        self.stack.push(idx);
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    /// Records a use of `name` in the current scope, with CPython's checks
    /// for a name used as two parameters.
    fn add(&mut self, name: &str, flag: u32, at: Option<&Expr>) -> Result<(), CompileError> {
        let name = mangle_in(&self.scopes, &self.stack, name);
        let scope = self.cur();
        let i = match scope.index.get(&name) {
            Some(&i) => i,
            None => {
                scope.symbols.push(Symbol {
                    name: name.clone(),
                    flags: 0,
                    scope: None,
                });
                scope.index.insert(name.clone(), scope.symbols.len() - 1);
                scope.symbols.len() - 1
            }
        };
        let old = scope.symbols[i].flags;
        if flag & def::PARAM != 0 && old & def::PARAM != 0 {
            let msg = format!("duplicate argument '{name}' in function definition");
            return Err(match at {
                Some(e) => expr_err(msg, e),
                None => CompileError::new(msg, scope.lineno as i32, 0, None, None),
            });
        }
        scope.symbols[i].flags = old | flag;
        if flag & def::PARAM != 0 {
            scope.params.push(name.clone());
        }
        // A `global` anywhere makes the name an explicit global of the
        // module too (CPython records it in the top scope's symbols).
        if flag & def::GLOBAL != 0 {
            let top = &mut self.scopes[0];
            let i = match top.index.get(&name) {
                Some(&i) => i,
                None => {
                    top.symbols.push(Symbol {
                        name: name.clone(),
                        flags: 0,
                        scope: None,
                    });
                    top.index.insert(name.clone(), top.symbols.len() - 1);
                    top.symbols.len() - 1
                }
            };
            top.symbols[i].flags |= def::GLOBAL;
        }
        Ok(())
    }

    fn param(&mut self, a: &Arg) -> Result<(), CompileError> {
        let name = mangle_in(&self.scopes, &self.stack, a.arg.as_str());
        let scope = self.cur();
        if scope.flags(&name) & def::PARAM != 0 {
            return Err(err_at(
                format!(
                    "duplicate argument '{}' in function definition",
                    a.arg.as_str()
                ),
                a.lineno,
                a.col_offset,
                a.end_lineno,
                a.end_col_offset,
            ));
        }
        self.add(a.arg.as_str(), def::PARAM, None)
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match s {
            Stmt::FunctionDef(f) => self.function(
                s,
                &f.name,
                &f.args,
                &f.body,
                &f.decorator_list,
                &f.returns,
                false,
                key(f),
            ),
            Stmt::AsyncFunctionDef(f) => self.function(
                s,
                &f.name,
                &f.args,
                &f.body,
                &f.decorator_list,
                &f.returns,
                true,
                key(f),
            ),
            Stmt::ClassDef(c) => {
                self.add(c.name.as_str(), def::LOCAL, None)?;
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(&c.decorator_list)?;
                self.enter(ScopeKind::Class, c.name.as_str(), c.lineno, key(c));
                self.stmts(&c.body)?;
                self.leave();
                Ok(())
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                    self.cur().returns_value = true;
                }
                Ok(())
            }
            Stmt::Delete(d) => self.exprs(&d.targets),
            Stmt::Assign(a) => {
                self.exprs(&a.targets)?;
                self.expr(&a.value)
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target)?;
                self.expr(&a.value)
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let name = n.id.as_str();
                    let cur = self.flags_here(name);
                    if cur & (def::GLOBAL | def::NONLOCAL) != 0 && a.simple != 0 {
                        let msg = if cur & def::GLOBAL != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("annotated name '{name}' can't be nonlocal")
                        };
                        return Err(stmt_err(msg, s));
                    }
                    let flag = if a.simple != 0 {
                        def::ANNOT | def::LOCAL
                    } else {
                        def::LOCAL
                    };
                    let flag = if a.value.is_some() || a.simple == 0 {
                        flag | def::LOCAL
                    } else {
                        flag
                    };
                    self.add(name, flag, None)?;
                } else {
                    self.expr(&a.target)?;
                }
                self.expr(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                Ok(())
            }
            Stmt::For(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)
            }
            Stmt::AsyncFor(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)
            }
            Stmt::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
                Ok(())
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
                Ok(())
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                self.stmts(&t.orelse)?;
                self.handlers(&t.handlers)?;
                self.stmts(&t.finalbody)
            }
            Stmt::TryStar(t) => {
                self.stmts(&t.body)?;
                self.stmts(&t.orelse)?;
                self.handlers(&t.handlers)?;
                self.stmts(&t.finalbody)
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
                Ok(())
            }
            Stmt::Import(i) => self.aliases(&i.names),
            Stmt::ImportFrom(i) => self.aliases(&i.names),
            Stmt::Global(g) => self.directive(s, &g.names, true),
            Stmt::Nonlocal(g) => self.directive(s, &g.names, false),
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => Ok(()),
        }
    }

    fn flags_here(&mut self, name: &str) -> u32 {
        let name = mangle_in(&self.scopes, &self.stack, name);
        self.cur().flags(&name)
    }

    fn directive(
        &mut self,
        s: &Stmt,
        names: &[Identifier],
        global: bool,
    ) -> Result<(), CompileError> {
        if !global && self.cur().kind == ScopeKind::Module {
            return Err(stmt_err(
                "nonlocal declaration not allowed at module level".into(),
                s,
            ));
        }
        let what = if global { "global" } else { "nonlocal" };
        for n in names {
            let name = n.as_str();
            let cur = self.flags_here(name);
            if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                let msg = if cur & def::PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & def::USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & def::ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(stmt_err(msg, s));
            }
            self.add(name, if global { def::GLOBAL } else { def::NONLOCAL }, None)?;
            let at = stmt_err(String::new(), s);
            self.cur().directives.entry(name.to_string()).or_insert(at);
        }
        Ok(())
    }

    fn aliases(&mut self, names: &[Alias]) -> Result<(), CompileError> {
        for a in names {
            let stored = match &a.asname {
                Some(n) => n.as_str().to_string(),
                None => a.name.as_str().split('.').next().unwrap_or("").to_string(),
            };
            if stored != "*" {
                self.add(&stored, def::IMPORT, None)?;
            }
        }
        Ok(())
    }

    fn handlers(&mut self, hs: &[Excepthandler]) -> Result<(), CompileError> {
        for Excepthandler::ExceptHandler(h) in hs {
            if let Some(t) = &h.type_ {
                self.expr(t)?;
            }
            if let Some(n) = &h.name {
                self.add(n.as_str(), def::LOCAL, None)?;
            }
            self.stmts(&h.body)?;
        }
        Ok(())
    }

    fn stmts(&mut self, ss: &[Stmt]) -> Result<(), CompileError> {
        ss.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), CompileError> {
        es.iter().try_for_each(|e| self.expr(e))
    }

    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        _s: &Stmt,
        name: &Identifier,
        args: &Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: &Option<Box<Expr>>,
        is_async: bool,
        k: usize,
    ) -> Result<(), CompileError> {
        self.add(name.as_str(), def::LOCAL, None)?;
        self.defaults(args)?;
        self.annotations(args, returns)?;
        self.exprs(decorators)?;
        let lineno = body.first().map_or(0, |_| 0);
        let _ = lineno;
        self.enter(ScopeKind::Function, name.as_str(), 0, k);
        if is_async {
            self.cur().coroutine = true;
        }
        self.params(args)?;
        self.stmts(body)?;
        self.leave();
        Ok(())
    }

    fn defaults(&mut self, args: &Arguments) -> Result<(), CompileError> {
        self.exprs(&args.defaults)?;
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn annotations(
        &mut self,
        args: &Arguments,
        returns: &Option<Box<Expr>>,
    ) -> Result<(), CompileError> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs);
        for a in all.chain(args.kwarg.as_deref()) {
            if let Some(an) = &a.annotation {
                self.expr(an)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) -> Result<(), CompileError> {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.param(a)?;
        }
        if let Some(v) = &args.vararg {
            self.param(v)?;
            self.cur().varargs = true;
        }
        if let Some(k) = &args.kwarg {
            self.param(k)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), CompileError> {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.pattern(p)),
            Pattern::MatchMapping(m) => {
                self.exprs(&m.keys)?;
                m.patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(r) = &m.rest {
                    self.add(r.as_str(), def::LOCAL, None)?;
                }
                Ok(())
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                c.patterns.iter().try_for_each(|p| self.pattern(p))?;
                c.kwd_patterns.iter().try_for_each(|p| self.pattern(p))
            }
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.add(n.as_str(), def::LOCAL, None),
                None => Ok(()),
            },
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                match &a.name {
                    Some(n) => self.add(n.as_str(), def::LOCAL, None),
                    None => Ok(()),
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.pattern(p)),
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match e {
            Expr::BoolOp(b) => self.exprs(&b.values),
            Expr::NamedExpr(n) => {
                self.named_expr_target(&n.target)?;
                self.expr(&n.value)?;
                self.expr(&n.target)
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.defaults(&l.args)?;
                self.enter(ScopeKind::Function, "lambda", l.lineno, key(l));
                self.params(&l.args)?;
                self.expr(&l.body)?;
                self.leave();
                Ok(())
            }
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)
            }
            Expr::Dict(d) => {
                for (k, v) in d.keys.iter().zip(&d.values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                Ok(())
            }
            Expr::Set(s) => self.exprs(&s.elts),
            Expr::ListComp(c) => {
                self.comprehension(e, "listcomp", &c.generators, &[&c.elt], key(c))
            }
            Expr::SetComp(c) => self.comprehension(e, "setcomp", &c.generators, &[&c.elt], key(c)),
            Expr::DictComp(c) => {
                self.comprehension(e, "dictcomp", &c.generators, &[&c.key, &c.value], key(c))
            }
            Expr::GeneratorExp(c) => {
                self.comprehension(e, "genexpr", &c.generators, &[&c.elt], key(c))
            }
            Expr::Await(a) => {
                if self.cur().comprehension {
                    self.cur().coroutine = true;
                }
                self.expr(&a.value)
            }
            Expr::Yield(y) => {
                self.cur().generator = true;
                match &y.value {
                    Some(v) => self.expr(v),
                    None => Ok(()),
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().generator = true;
                self.expr(&y.value)
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                self.exprs(&c.comparators)
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                self.exprs(&c.args)?;
                c.keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                match &f.format_spec {
                    Some(s) => self.expr(s),
                    None => Ok(()),
                }
            }
            Expr::JoinedStr(j) => self.exprs(&j.values),
            Expr::Constant(_) => Ok(()),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                let flag = if n.ctx == ExprContext::Load {
                    def::USE
                } else {
                    def::LOCAL
                };
                self.add(n.id.as_str(), flag, None)?;
                // `super()` needs the class cell: CPython adds an implicit use.
                if n.ctx == ExprContext::Load
                    && n.id.as_str() == "super"
                    && self.cur().kind == ScopeKind::Function
                {
                    self.add("__class__", def::USE, None)?;
                }
                Ok(())
            }
            Expr::List(l) => self.exprs(&l.elts),
            Expr::Tuple(t) => self.exprs(&t.elts),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p)?;
                }
                Ok(())
            }
        }
    }

    /// An assignment expression inside comprehensions binds in the nearest
    /// enclosing function (or the module), as PEP 572 says.
    fn named_expr_target(&mut self, target: &Expr) -> Result<(), CompileError> {
        let Expr::Name(n) = target else { return Ok(()) };
        let name = n.id.as_str();
        if !self.cur().comprehension {
            return Ok(());
        }
        for depth in (0..self.stack.len()).rev() {
            let idx = self.stack[depth];
            let s = &self.scopes[idx];
            if s.comprehension {
                if s.flags(name) & def::COMP_ITER != 0 {
                    return Err(expr_err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        target,
                    ));
                }
                continue;
            }
            match s.kind {
                ScopeKind::Class => return Err(expr_err(
                    "assignment expression within a comprehension cannot be used in a class body"
                        .into(),
                    target,
                )),
                ScopeKind::Function => {
                    self.add(name, def::NONLOCAL, None)?;
                    let prefix = self.stack[..=depth].to_vec();
                    let saved = std::mem::replace(&mut self.stack, prefix);
                    let r = self.add(name, def::LOCAL, None);
                    self.stack = saved;
                    return r;
                }
                ScopeKind::Module => {
                    self.add(name, def::GLOBAL, None)?;
                    let saved = std::mem::replace(&mut self.stack, vec![0]);
                    let r = self.add(name, def::GLOBAL, None);
                    self.stack = saved;
                    return r;
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        gens: &[Comprehension],
        elts: &[&Expr],
        k: usize,
    ) -> Result<(), CompileError> {
        let Some(first) = gens.first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.iterable(&first.iter)?;
        self.enter(ScopeKind::Function, &format!("<{name}>"), e.lineno(), k);
        {
            let s = self.cur();
            s.comprehension = true;
            s.name = name.to_string();
            if name == "genexpr" {
                s.generator = true;
            }
            // An async comprehension is a coroutine (CPython's ste_coroutine).
            if gens.iter().any(|g| g.is_async != 0) {
                s.coroutine = true;
            }
        }
        self.add(".0", def::PARAM, None)?;
        for (i, g) in gens.iter().enumerate() {
            self.comp_target(&g.target)?;
            if i > 0 {
                self.iterable(&g.iter)?;
            }
            self.exprs(&g.ifs)?;
        }
        for x in elts {
            self.expr(x)?;
        }
        self.leave();
        Ok(())
    }

    fn iterable(&mut self, e: &Expr) -> Result<(), CompileError> {
        if let Some(n) = find_walrus(e) {
            if self.cur().comprehension || self.stack.len() > 0 {
                // Only inside comprehension iterables is this an error.
            }
            let _ = n;
        }
        self.expr(e)
    }

    fn comp_target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match t {
            Expr::Name(n) => self.add(n.id.as_str(), def::LOCAL | def::COMP_ITER, None),
            Expr::Tuple(x) => x.elts.iter().try_for_each(|e| self.comp_target(e)),
            Expr::List(x) => x.elts.iter().try_for_each(|e| self.comp_target(e)),
            Expr::Starred(s) => self.comp_target(&s.value),
            other => self.expr(other),
        }
    }
}

/// The first assignment expression in `e`, outside nested scopes.
fn find_walrus(e: &Expr) -> Option<&Expr> {
    match e {
        Expr::NamedExpr(_) => Some(e),
        Expr::Call(c) => find_walrus(&c.func).or_else(|| c.args.iter().find_map(find_walrus)),
        Expr::List(l) => l.elts.iter().find_map(find_walrus),
        Expr::Tuple(l) => l.elts.iter().find_map(find_walrus),
        Expr::BinOp(b) => find_walrus(&b.left).or_else(|| find_walrus(&b.right)),
        _ => None,
    }
}

/// Checks CPython's rule that an assignment expression may not appear in a
/// comprehension's iterable.
pub fn check_comprehension_iterables(gens: &[Comprehension]) -> Result<(), CompileError> {
    for g in gens {
        if let Some(w) = find_walrus(&g.iter) {
            return Err(expr_err(
                "assignment expression cannot be used in a comprehension iterable expression"
                    .into(),
                w,
            ));
        }
    }
    Ok(())
}

fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// The name as stored: `__x` inside class `C` becomes `_C__x` (private name
/// mangling), unless it ends with `__` or contains a dot.
pub fn mangle(class: Option<&str>, name: &str) -> String {
    let Some(class) = class else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

fn mangle_in(scopes: &[Scope], stack: &[usize], name: &str) -> String {
    let class = stack
        .iter()
        .rev()
        .map(|&i| &scopes[i])
        .find(|s| s.kind == ScopeKind::Class)
        .map(|s| s.name.as_str());
    mangle(class, name)
}

/// Resolves the names of scope `idx` and its children (CPython's
/// `analyze_block`). `bound` holds the names bound by enclosing functions
/// (`None` for the module), `global` the known globals; both are this
/// block's own copies. Returns the free names of the block.
fn analyze(
    scopes: &mut Vec<Scope>,
    idx: usize,
    mut bound: Option<HashSet<String>>,
    mut global: HashSet<String>,
) -> Result<HashSet<String>, CompileError> {
    let kind = scopes[idx].kind;
    let mut free = HashSet::new();
    let mut local = HashSet::new();
    let (mut newbound, mut newglobal) = (HashSet::new(), HashSet::new());
    // A class's names are not visible in its methods: children see what the
    // class itself was given.
    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let mut scope_of: HashMap<String, NameScope> = HashMap::new();
    let names: Vec<(String, u32)> = scopes[idx]
        .symbols
        .iter()
        .map(|s| (s.name.clone(), s.flags))
        .collect();
    for (name, flags) in &names {
        let directive_error = |msg: String| {
            let at = scopes[idx].directives.get(name).cloned();
            at.map(|a| a.with_msg(msg.clone()))
                .unwrap_or_else(|| CompileError::new(msg, 1, 0, None, None))
        };
        let sc = if flags & def::GLOBAL != 0 {
            if flags & def::NONLOCAL != 0 {
                return Err(directive_error(format!(
                    "name '{name}' is nonlocal and global"
                )));
            }
            global.insert(name.clone());
            if let Some(b) = &mut bound {
                b.remove(name);
            }
            NameScope::GlobalExplicit
        } else if flags & def::NONLOCAL != 0 {
            if !bound.as_ref().map_or(false, |b| b.contains(name)) {
                return Err(directive_error(format!(
                    "no binding for nonlocal '{name}' found"
                )));
            }
            free.insert(name.clone());
            NameScope::Free
        } else if flags & def::BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            NameScope::Local
        } else if bound.as_ref().map_or(false, |b| b.contains(name)) {
            free.insert(name.clone());
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        scope_of.insert(name.clone(), sc);
    }
    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    let mut newfree = HashSet::new();
    for c in scopes[idx].children.clone() {
        newfree.extend(analyze(
            scopes,
            c,
            Some(newbound.clone()),
            newglobal.clone(),
        )?);
    }
    if kind == ScopeKind::Function {
        for (name, sc) in scope_of.iter_mut() {
            if *sc == NameScope::Local && newfree.remove(name) {
                *sc = NameScope::Cell;
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        scopes[idx].needs_class_closure = true;
    }
    let scope = &mut scopes[idx];
    for sym in scope.symbols.iter_mut() {
        sym.scope = scope_of.get(&sym.name).copied();
    }
    let mut passing: Vec<String> = newfree.iter().cloned().collect();
    passing.sort();
    for name in passing {
        if let Some(&i) = scope.index.get(&name) {
            // A method's free name that the class also binds: the class
            // body reads it with LOAD_CLASSDEREF.
            if kind == ScopeKind::Class && scope.symbols[i].flags & (def::BOUND | def::GLOBAL) != 0
            {
                scope.symbols[i].flags |= def::FREE_CLASS;
            }
            continue;
        }
        if !bound.as_ref().map_or(false, |b| b.contains(&name)) {
            continue;
        }
        scope.symbols.push(Symbol {
            name: name.clone(),
            flags: 0,
            scope: Some(NameScope::Free),
        });
        scope.index.insert(name, scope.symbols.len() - 1);
    }
    free.extend(newfree);
    Ok(free)
}

#[cfg(test)]
mod tests;
