//! Code generation for statements, as CPython 3.11's `compiler_visit_stmt`.

use super::code::{Const, Position};
use super::codegen::{Compiler, FBlock, Label};
use super::error::CompileError;
use super::opcode::Opcode;
use super::symtable::ScopeKind;
use crate::ast::*;

type R = Result<(), CompileError>;

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

fn docstring(body: &[Stmt]) -> Option<crate::unicode::PyStr> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::Constant(c) => match &c.value {
                Constant::Str(s) => Some(s.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// Whether `body` has an annotated assignment outside nested scopes.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::AsyncFor(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::AsyncWith(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers
                    .iter()
                    .any(|Excepthandler::ExceptHandler(h)| has_annotations(&h.body))
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub fn module_body(&mut self, body: &[Stmt]) -> R {
        self.check_future(body)?;
        self.body(body)
    }

    fn check_future(&mut self, body: &[Stmt]) -> R {
        let mut allowed = true;
        for (i, s) in body.iter().enumerate() {
            if let Stmt::ImportFrom(f) = s {
                if f.module.as_ref().map(|m| m.as_str()) == Some("__future__")
                    && f.level.unwrap_or(0) == 0
                {
                    if !allowed {
                        return self.stmt_err(
                            "from __future__ imports must occur at the beginning of the file",
                            s,
                        );
                    }
                    for a in &f.names {
                        let name = a.name.as_str();
                        // CPython's future.c reports these at the statement's start only.
                        if name == "braces" {
                            return self.err(
                                "not a chance",
                                s.lineno(),
                                s.col_offset(),
                                None,
                                None,
                            );
                        }
                        if name == "annotations" {
                            self.future_annotations = true;
                        }
                        if !FUTURE_FEATURES.contains(&name) {
                            return self.err(
                                format!("future feature {name} is not defined"),
                                s.lineno(),
                                s.col_offset(),
                                None,
                                None,
                            );
                        }
                    }
                    continue;
                }
            }
            if i == 0 && docstring(body).is_some() {
                continue;
            }
            allowed = false;
        }
        Ok(())
    }

    /// A module or class body: annotations dict, docstring, statements.
    pub fn body(&mut self, body: &[Stmt]) -> R {
        if has_annotations(body) {
            if let (Some(first), ScopeKind::Module) = (body.first(), self.scope().kind) {
                self.set_pos_stmt(first);
            }
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        let mut rest = body;
        if let (Some(doc), Some(first)) = (docstring(body), body.first()) {
            self.set_pos_stmt(first);
            if let Stmt::Expr(e) = first {
                let old = self.set_pos_expr(&e.value);
                self.load_const(Constant::Str(doc));
                self.u().pos = old;
            }
            self.nameop("__doc__", ExprContext::Store);
            rest = &body[1..];
        }
        self.stmts(rest)
    }

    pub fn stmts(&mut self, ss: &[Stmt]) -> R {
        ss.iter().try_for_each(|s| self.stmt(s))
    }

    pub fn stmt(&mut self, s: &Stmt) -> R {
        self.set_pos_stmt(s);
        match s {
            Stmt::FunctionDef(f) => self.function(
                s,
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                &f.returns,
                false,
                f,
            ),
            Stmt::AsyncFunctionDef(f) => self.function(
                s,
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                &f.returns,
                true,
                f,
            ),
            Stmt::ClassDef(c) => self.class(s, c),
            Stmt::Return(r) => self.return_(s, r),
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.expr(t)),
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.expr(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_(&f.target, &f.iter, &f.body, &f.orelse),
            Stmt::AsyncFor(f) => {
                if !self.scope().coroutine || self.scope().comprehension {
                    return self.stmt_err("'async for' outside async function", s);
                }
                self.async_for(f)
            }
            Stmt::While(w) => self.while_(s, w),
            Stmt::If(i) => {
                let end = self.new_label();
                let next = if i.orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(&i.test, next, false)?;
                self.stmts(&i.body)?;
                if !i.orelse.is_empty() {
                    self.jump_noline(Opcode::JUMP, end);
                    self.use_label(next);
                    self.stmts(&i.orelse)?;
                }
                self.use_label(end);
                Ok(())
            }
            Stmt::With(w) => self.with(s, &w.items, 0, &w.body),
            Stmt::AsyncWith(w) => {
                if !self.scope().coroutine || self.scope().comprehension {
                    return self.stmt_err("'async with' outside async function", s);
                }
                self.async_with(s, &w.items, 0, &w.body)
            }
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n += 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(s, &t.body, &t.handlers, &t.orelse)
                } else {
                    self.try_finally(s, t)
                }
            }
            Stmt::TryStar(t) => {
                for Excepthandler::ExceptHandler(h) in &t.handlers {
                    self.check_except_star(&h.body)?;
                }
                if t.finalbody.is_empty() {
                    self.try_star_except(t)
                } else {
                    self.try_star_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let nonempty_tuple = match &*a.test {
                    Expr::Tuple(t) => !t.elts.is_empty(),
                    Expr::Constant(c) => matches!(&c.value, Constant::Tuple(t) if !t.is_empty()),
                    _ => false,
                };
                if nonempty_tuple {
                    let line = self.ur().pos.lineno;
                    super::warn::warn(
                        line,
                        "assertion is always true, perhaps remove parentheses?".into(),
                    );
                }
                if super::optimize() {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(&a.test, end, true)?;
                self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Opcode::PRECALL, 0);
                    self.emit(Opcode::CALL, 0);
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.use_label(end);
                Ok(())
            }
            Stmt::Import(i) => self.import(&i.names),
            Stmt::ImportFrom(i) => self.import_from(s, i),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => {
                // `single` mode prints the value of a top-level expression statement.
                let print = self.interactive && self.units.len() == 1;
                if let (Expr::Constant(_), false) = (&*e.value, print) {
                    self.emit(Opcode::NOP, 0);
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(
                    if print {
                        Opcode::PRINT_EXPR
                    } else {
                        Opcode::POP_TOP
                    },
                    0,
                );
                Ok(())
            }
            Stmt::Pass(_) => {
                self.emit(Opcode::NOP, 0);
                Ok(())
            }
            Stmt::Break(_) => {
                self.emit(Opcode::NOP, 0);
                match self.unwind_to_loop(s, false)? {
                    Some((_, end)) => {
                        self.jump(Opcode::JUMP, end);
                        Ok(())
                    }
                    None => self.stmt_err("'break' outside loop", s),
                }
            }
            Stmt::Continue(_) => {
                self.emit(Opcode::NOP, 0);
                match self.unwind_to_loop(s, true)? {
                    Some((start, _)) => {
                        self.jump(Opcode::JUMP, start);
                        Ok(())
                    }
                    None => self.stmt_err("'continue' not properly in loop", s),
                }
            }
        }
    }

    /// CPython rejects `break`/`continue`/`return` directly inside `except*`.
    fn check_except_star(&self, body: &[Stmt]) -> R {
        for s in body {
            let msg = "'break', 'continue' and 'return' cannot appear in an except* block";
            match s {
                // CPython reports a `return` of a constant on its own line at
                // the constant (where its line-number NOP was placed).
                Stmt::Return(r) => match r.value.as_deref() {
                    Some(v @ Expr::Constant(_)) if v.lineno() == s.lineno() => {
                        return self.expr_err(msg, v)
                    }
                    _ => return self.stmt_err(msg, s),
                },
                Stmt::Break(_) | Stmt::Continue(_) => return self.stmt_err(msg, s),
                Stmt::If(i) => {
                    self.check_except_star(&i.body)?;
                    self.check_except_star(&i.orelse)?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Emits the unwinding of every block up to the innermost loop (not
    /// included for `continue`; for `break` the loop's own cleanup too) and
    /// returns the loop's labels.
    fn unwind_to_loop(
        &mut self,
        s: &Stmt,
        is_continue: bool,
    ) -> Result<Option<(Label, Label)>, CompileError> {
        let saved = self.ur().fblocks.clone();
        let mut result = None;
        while let Some(top) = self.u().fblocks.pop() {
            match &top {
                FBlock::ExceptStar => {
                    self.u().fblocks = saved;
                    return self.stmt_err(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        s,
                    );
                }
                FBlock::WhileLoop { start, end } | FBlock::ForLoop { start, end } => {
                    let (start, end) = (*start, *end);
                    if !is_continue {
                        self.unwind_block(&top, false)?;
                    }
                    result = Some((start, end));
                    break;
                }
                _ => self.unwind_block(&top, false)?,
            }
        }
        self.u().fblocks = saved;
        Ok(result)
    }

    /// The code that leaves one block early (CPython's `compiler_unwind_fblock`).
    fn unwind_block(&mut self, b: &FBlock, preserve_tos: bool) -> R {
        match b {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptStar => Ok(()),
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                Ok(())
            }
            FBlock::TryExcept => {
                self.emit(Opcode::POP_BLOCK, 0);
                Ok(())
            }
            FBlock::FinallyTry { body } => {
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                let body = body.clone();
                self.stmts(&body)?;
                if preserve_tos {
                    self.u().fblocks.pop();
                }
                Ok(())
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                Ok(())
            }
            FBlock::With { is_async, pos } => {
                self.u().pos = *pos;
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.await_result(2);
                }
                self.emit(Opcode::POP_TOP, 0);
                // What follows belongs to the statement that left the block.
                self.unset_pos();
                Ok(())
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Opcode::POP_BLOCK, 0);
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(n, ExprContext::Store);
                    self.nameop(n, ExprContext::Del);
                }
                Ok(())
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                Ok(())
            }
        }
    }

    fn return_(&mut self, s: &Stmt, r: &StmtReturn) -> R {
        let st = self.scope();
        if st.kind != ScopeKind::Function {
            return self.stmt_err("'return' outside function", s);
        }
        if r.value.is_some() && st.coroutine && st.generator {
            return self.stmt_err("'return' with value in async generator", s);
        }
        let preserve = matches!(r.value.as_deref(), Some(v) if !matches!(v, Expr::Constant(_)));
        match r.value.as_deref() {
            Some(v) if preserve => self.expr(v)?,
            Some(v) => {
                let old = self.set_pos_expr(v);
                self.emit(Opcode::NOP, 0);
                self.u().pos = old;
            }
            None => {}
        }
        if r.value.as_ref().map_or(true, |v| v.lineno() != s.lineno()) {
            self.set_pos_stmt(s);
            self.emit(Opcode::NOP, 0);
        }
        let blocks = self.ur().fblocks.clone();
        for (i, b) in blocks.iter().enumerate().rev() {
            if let FBlock::ExceptStar = b {
                return self.stmt_err(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    s,
                );
            }
            // The block being left is off the stack while its exit code is
            // compiled, so a `return` in a `finally` body does not unwind the
            // same `finally` again (as CPython's compiler_unwind_fblock_stack).
            let saved = std::mem::replace(&mut self.u().fblocks, blocks[..i].to_vec());
            let r = self.unwind_block(b, preserve);
            self.u().fblocks = saved;
            r?;
        }
        match r.value.as_deref() {
            None => self.load_const(Constant::None),
            Some(Expr::Constant(c)) => self.load_const(c.value.clone()),
            Some(_) => {}
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        Ok(())
    }

    fn aug_assign(&mut self, a: &StmtAugAssign) -> R {
        let op = (a.op.index() + Operator::ROWS.len()) as u32;
        match &*a.target {
            Expr::Name(n) => {
                let old = self.set_pos_expr(&a.target);
                self.nameop(n.id.as_str(), ExprContext::Load);
                self.u().pos = old;
                self.expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op);
                let old = self.set_pos_expr(&a.target);
                self.nameop(n.id.as_str(), ExprContext::Store);
                self.u().pos = old;
            }
            Expr::Attribute(t) => {
                self.expr(&t.value)?;
                let old = self.set_pos_expr(&a.target);
                self.emit(Opcode::COPY, 1);
                self.emit_name(Opcode::LOAD_ATTR, t.attr.as_str());
                self.u().pos = old;
                self.expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op);
                let old = self.set_pos_expr(&a.target);
                self.emit(Opcode::SWAP, 2);
                self.emit_name(Opcode::STORE_ATTR, t.attr.as_str());
                self.u().pos = old;
            }
            Expr::Subscript(t) => {
                self.expr(&t.value)?;
                self.expr(&t.slice)?;
                let old = self.set_pos_expr(&a.target);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.u().pos = old;
                self.expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op);
                let old = self.set_pos_expr(&a.target);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
                self.u().pos = old;
            }
            other => {
                return self.expr_err(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        other.kind_name()
                    ),
                    other,
                )
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &StmtAnnAssign) -> R {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.expr(&a.target)?;
        }
        let module_or_class = matches!(self.scope().kind, ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) => {
                if a.simple != 0 && module_or_class {
                    if self.future_annotations {
                        self.load_const(Constant::Str(unparse_hint(&a.annotation).into()));
                    } else {
                        self.expr(&a.annotation)?;
                    }
                    self.emit_name(Opcode::LOAD_NAME, "__annotations__");
                    let mangled = self.mangle(n.id.as_str());
                    self.load_const(Constant::Str(mangled.into()));
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            Expr::Attribute(t) => {
                if a.value.is_none() {
                    self.expr(&t.value)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            Expr::Subscript(t) => {
                if a.value.is_none() {
                    self.expr(&t.value)?;
                    self.emit(Opcode::POP_TOP, 0);
                    self.expr(&t.slice)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            other => return self.expr_err("invalid node type for annotated assignment", other),
        }
        if a.simple == 0 && module_or_class && !self.future_annotations {
            self.expr(&a.annotation)?;
            self.emit(Opcode::POP_TOP, 0);
        }
        Ok(())
    }

    fn for_(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> R {
        let (start, cleanup, end) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(iter)?;
        self.emit(Opcode::GET_ITER, 0);
        self.use_label(start);
        self.jump(Opcode::FOR_ITER, cleanup);
        self.u().fblocks.push(FBlock::ForLoop { start, end });
        self.expr(target)?;
        self.stmts(body)?;
        self.jump_noline(Opcode::JUMP, start);
        self.u().fblocks.pop();
        self.use_label(cleanup);
        self.stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn while_(&mut self, s: &Stmt, w: &StmtWhile) -> R {
        let (lp, body, end, anchor) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        self.use_label(lp);
        self.u().fblocks.push(FBlock::WhileLoop { start: lp, end });
        self.jump_if(&w.test, anchor, false)?;
        self.use_label(body);
        self.stmts(&w.body)?;
        self.set_pos_stmt(s);
        self.jump_if(&w.test, body, true)?;
        self.u().fblocks.pop();
        self.use_label(anchor);
        self.stmts(&w.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.emit(Opcode::COPY, 1);
        self.emit(Opcode::COPY, 1);
        // 3.11 loads None three times through LOAD_CONST.
        let n = self.ur().instrs.len();
        let none = self.ur().instrs[n - 3].clone();
        self.u().instrs[n - 2] = none.clone();
        self.u().instrs[n - 1] = none;
        self.emit(Opcode::PRECALL, 2);
        self.emit(Opcode::CALL, 2);
    }

    fn with(&mut self, s: &Stmt, items: &[Withitem], i: usize, body: &[Stmt]) -> R {
        let (block, final_, exit, cleanup) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        let item = &items[i];
        self.expr(&item.context_expr)?;
        self.emit(Opcode::BEFORE_WITH, 0);
        self.jump(Opcode::SETUP_WITH, final_);
        self.use_label(block);
        let pos = self.ur().pos;
        self.u().fblocks.push(FBlock::With {
            is_async: false,
            pos,
        });
        match &item.optional_vars {
            Some(v) => self.expr(v)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        if i + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with(s, items, i + 1, body)?;
        }
        self.u().fblocks.pop();
        // The end of the body is artificial code, as CPython marks it.
        self.emit_noline(Opcode::POP_BLOCK, 0);
        self.set_pos_stmt(s);
        self.call_exit_with_nones();
        self.emit(Opcode::POP_TOP, 0);
        self.jump(Opcode::JUMP, exit);
        self.use_label(final_);
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    /// Awaits the value on top of the stack (`GET_AWAITABLE where`).
    fn await_result(&mut self, where_: u32) {
        self.emit(Opcode::GET_AWAITABLE, where_);
        self.load_const(Constant::None);
        self.yield_from(true);
    }

    fn async_for(&mut self, f: &StmtAsyncFor) -> R {
        let (start, except, end) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(&f.iter)?;
        self.emit(Opcode::GET_AITER, 0);
        self.use_label(start);
        self.u().fblocks.push(FBlock::ForLoop { start, end });
        self.jump(Opcode::SETUP_FINALLY, except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.emit(Opcode::POP_BLOCK, 0);
        self.expr(&f.target)?;
        self.stmts(&f.body)?;
        self.jump_noline(Opcode::JUMP, start);
        self.u().fblocks.pop();
        self.use_label(except);
        // END_ASYNC_FOR belongs to the `for`, so it takes the iterator's line.
        let old = self.set_pos_expr(&f.iter);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.u().pos = old;
        self.stmts(&f.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn async_with(&mut self, s: &Stmt, items: &[Withitem], i: usize, body: &[Stmt]) -> R {
        let (block, final_, exit, cleanup) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        let item = &items[i];
        self.expr(&item.context_expr)?;
        self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
        self.await_result(1);
        self.jump(Opcode::SETUP_WITH, final_);
        self.use_label(block);
        let pos = self.ur().pos;
        self.u().fblocks.push(FBlock::With {
            is_async: true,
            pos,
        });
        match &item.optional_vars {
            Some(v) => self.expr(v)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        if i + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.async_with(s, items, i + 1, body)?;
        }
        self.u().fblocks.pop();
        // The end of the body is artificial code, as CPython marks it.
        self.emit_noline(Opcode::POP_BLOCK, 0);
        self.set_pos_stmt(s);
        self.call_exit_with_nones();
        self.await_result(2);
        self.emit(Opcode::POP_TOP, 0);
        self.jump(Opcode::JUMP, exit);
        self.use_label(final_);
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        self.await_result(2);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    /// After `WITH_EXCEPT_START`: reraise unless `__exit__` returned true.
    fn with_except_finish(&mut self, cleanup: Label) {
        let suppress = self.new_label();
        self.jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 2);
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_TOP, 0);
    }

    fn try_star_except(&mut self, t: &StmtTryStar) -> R {
        let (body, except, orelse, end, cleanup, reraise_star) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        self.jump(Opcode::SETUP_FINALLY, except);
        self.use_label(body);
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.u().fblocks.pop();
        self.emit_noline(Opcode::POP_BLOCK, 0);
        self.jump_noline(Opcode::JUMP, orelse);
        self.use_label(except);
        self.unset_pos();
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.u().fblocks.push(FBlock::ExceptStar);
        let n = t.handlers.len();
        for (i, Excepthandler::ExceptHandler(h)) in t.handlers.iter().enumerate() {
            self.u().pos =
                super::codegen::pos_of(h.lineno, h.col_offset, h.end_lineno, h.end_col_offset);
            let (next, except_with_error, no_match) =
                (self.new_label(), self.new_label(), self.new_label());
            if i == 0 {
                self.emit(Opcode::COPY, 1);
                self.emit(Opcode::BUILD_LIST, 0);
                self.emit(Opcode::SWAP, 2);
            }
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Opcode::CHECK_EG_MATCH, 0);
                self.emit(Opcode::COPY, 1);
                self.jump(Opcode::POP_JUMP_IF_NONE, no_match);
            }
            let (cleanup_end, cleanup_body) = (self.new_label(), self.new_label());
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(n) => self.nameop(n, ExprContext::Store),
                None => self.emit(Opcode::POP_TOP, 0),
            }
            self.jump(Opcode::SETUP_CLEANUP, cleanup_end);
            self.use_label(cleanup_body);
            self.u()
                .fblocks
                .push(FBlock::HandlerCleanup { name: name.clone() });
            self.stmts(&h.body)?;
            self.u().fblocks.pop();
            self.emit(Opcode::POP_BLOCK, 0);
            if let Some(n) = &name {
                self.load_const(Constant::None);
                self.nameop(n, ExprContext::Store);
                self.nameop(n, ExprContext::Del);
            }
            self.jump(Opcode::JUMP, next);
            self.use_label(cleanup_end);
            self.unset_pos();
            if let Some(n) = &name {
                self.load_const(Constant::None);
                self.nameop(n, ExprContext::Store);
                self.nameop(n, ExprContext::Del);
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, 0);
            self.jump(Opcode::JUMP, except_with_error);
            self.use_label(next);
            self.emit(Opcode::NOP, 0);
            self.jump(Opcode::JUMP, except_with_error);
            self.use_label(no_match);
            self.emit(Opcode::POP_TOP, 0);
            self.use_label(except_with_error);
            if i + 1 == n {
                self.emit(Opcode::LIST_APPEND, 1);
                self.jump(Opcode::JUMP, reraise_star);
            }
        }
        self.u().fblocks.pop();
        let reraise = self.new_label();
        self.use_label(reraise_star);
        self.emit(Opcode::PREP_RERAISE_STAR, 0);
        self.emit(Opcode::COPY, 1);
        self.jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.jump(Opcode::JUMP, end);
        self.use_label(reraise);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(orelse);
        self.stmts(&t.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn try_star_finally(&mut self, t: &StmtTryStar) -> R {
        let (body, end, exit, cleanup) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        self.jump(Opcode::SETUP_FINALLY, end);
        self.use_label(body);
        self.u().fblocks.push(FBlock::FinallyTry {
            body: t.finalbody.clone(),
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_star_except(t)?;
        }
        self.emit_noline(Opcode::POP_BLOCK, 0);
        self.u().fblocks.pop();
        self.stmts(&t.finalbody)?;
        self.jump_noline(Opcode::JUMP, exit);
        self.use_label(end);
        self.unset_pos();
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.u().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.u().fblocks.pop();
        self.emit(Opcode::RERAISE, 0);
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(exit);
        Ok(())
    }

    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
    }

    fn unset_pos(&mut self) {
        self.u().pos = Position::default();
    }

    fn try_except(
        &mut self,
        _s: &Stmt,
        body: &[Stmt],
        handlers: &[Excepthandler],
        orelse: &[Stmt],
    ) -> R {
        let (body_l, except, end, cleanup) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        self.jump(Opcode::SETUP_FINALLY, except);
        self.use_label(body_l);
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.u().fblocks.pop();
        self.emit_noline(Opcode::POP_BLOCK, 0);
        self.stmts(orelse)?;
        self.jump_noline(Opcode::JUMP, end);
        self.use_label(except);
        self.unset_pos();
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.u().fblocks.push(FBlock::ExceptionHandler);
        let n = handlers.len();
        for (i, Excepthandler::ExceptHandler(h)) in handlers.iter().enumerate() {
            self.u().pos =
                super::codegen::pos_of(h.lineno, h.col_offset, h.end_lineno, h.end_col_offset);
            let next = self.new_label();
            match &h.type_ {
                None if i + 1 < n => {
                    return self.err(
                        "default 'except:' must be last",
                        h.lineno,
                        h.col_offset,
                        h.end_lineno,
                        h.end_col_offset,
                    )
                }
                None => {}
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Opcode::CHECK_EXC_MATCH, 0);
                    self.jump(Opcode::POP_JUMP_IF_FALSE, next);
                }
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str().to_string();
                    let (cleanup_end, cleanup_body) = (self.new_label(), self.new_label());
                    self.nameop(&name, ExprContext::Store);
                    self.jump(Opcode::SETUP_CLEANUP, cleanup_end);
                    self.use_label(cleanup_body);
                    self.u().fblocks.push(FBlock::HandlerCleanup {
                        name: Some(name.clone()),
                    });
                    self.stmts(&h.body)?;
                    self.u().fblocks.pop();
                    // The handler's cleanup is artificial code.
                    self.unset_pos();
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.load_const(Constant::None);
                    self.nameop(&name, ExprContext::Store);
                    self.nameop(&name, ExprContext::Del);
                    self.jump(Opcode::JUMP, end);
                    self.use_label(cleanup_end);
                    self.unset_pos();
                    self.load_const(Constant::None);
                    self.nameop(&name, ExprContext::Store);
                    self.nameop(&name, ExprContext::Del);
                    self.emit(Opcode::RERAISE, 1);
                }
                None => {
                    let cleanup_body = self.new_label();
                    self.emit(Opcode::POP_TOP, 0);
                    self.use_label(cleanup_body);
                    self.u().fblocks.push(FBlock::HandlerCleanup { name: None });
                    self.stmts(&h.body)?;
                    self.u().fblocks.pop();
                    self.unset_pos();
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.jump(Opcode::JUMP, end);
                }
            }
            self.use_label(next);
        }
        self.unset_pos();
        self.u().fblocks.pop();
        self.emit(Opcode::RERAISE, 0);
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(end);
        Ok(())
    }

    fn try_finally(&mut self, s: &Stmt, t: &StmtTry) -> R {
        let (body, end, exit, cleanup) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        self.jump(Opcode::SETUP_FINALLY, end);
        self.use_label(body);
        self.u().fblocks.push(FBlock::FinallyTry {
            body: t.finalbody.clone(),
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except(s, &t.body, &t.handlers, &t.orelse)?;
        }
        self.emit_noline(Opcode::POP_BLOCK, 0);
        self.u().fblocks.pop();
        self.stmts(&t.finalbody)?;
        self.jump_noline(Opcode::JUMP, exit);
        self.use_label(end);
        self.unset_pos();
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.u().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.u().fblocks.pop();
        self.emit(Opcode::RERAISE, 0);
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(exit);
        Ok(())
    }

    fn import(&mut self, names: &[Alias]) -> R {
        for a in names {
            let name = a.name.as_str();
            self.load_const(Constant::Int(0.into()));
            self.load_const(Constant::None);
            self.emit_name(Opcode::IMPORT_NAME, name);
            match &a.asname {
                Some(asname) => {
                    let parts: Vec<&str> = name.split('.').collect();
                    if parts.len() > 1 {
                        for (i, attr) in parts[1..].iter().enumerate() {
                            self.emit_name(Opcode::IMPORT_FROM, attr);
                            if i + 2 < parts.len() {
                                self.emit(Opcode::SWAP, 2);
                                self.emit(Opcode::POP_TOP, 0);
                            }
                        }
                        self.nameop(asname.as_str(), ExprContext::Store);
                        self.emit(Opcode::POP_TOP, 0);
                    } else {
                        self.nameop(asname.as_str(), ExprContext::Store);
                    }
                }
                None => {
                    let first = name.split('.').next().unwrap_or(name);
                    self.nameop(first, ExprContext::Store);
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, s: &Stmt, i: &StmtImportFrom) -> R {
        let level = i.level.unwrap_or(0);
        self.load_const(Constant::Int(level.into()));
        let names = i
            .names
            .iter()
            .map(|a| Constant::Str(a.name.as_str().into()))
            .collect();
        self.load_const(Constant::Tuple(names));
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        self.emit_name(Opcode::IMPORT_NAME, module);
        for a in &i.names {
            if a.name.as_str() == "*" {
                if self.scope().kind == ScopeKind::Function {
                    return self.stmt_err("import * only allowed at module level", s);
                }
                self.emit(Opcode::IMPORT_STAR, 0);
                return Ok(());
            }
            self.emit_name(Opcode::IMPORT_FROM, a.name.as_str());
            let store = a.asname.as_ref().unwrap_or(&a.name);
            self.nameop(store.as_str(), ExprContext::Store);
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn function<T>(
        &mut self,
        s: &Stmt,
        name: &str,
        args: &Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: &Option<Box<Expr>>,
        _is_async: bool,
        node: &T,
    ) -> R {
        for d in decorators {
            self.expr(d)?;
        }
        let firstlineno = decorators.first().map_or(s.lineno(), |d| d.lineno()).max(0) as u32;
        let mut flags = self.default_arguments(args)?;
        if self.annotations(args, returns)? {
            flags |= 4;
        }
        let Some(scope) = self.table.scope_for(node) else {
            return self.stmt_err("function has no scope", s);
        };
        self.enter_scope(name, scope, firstlineno);
        let doc = docstring(body);
        let first = match &doc {
            Some(d) => Constant::Str(d.clone()),
            None => Constant::None,
        };
        self.add_const(Const::Value(first));
        self.set_arg_counts(args);
        let rest = if doc.is_some() { &body[1..] } else { body };
        self.stmts(rest)?;
        let code = self.finish_unit(true)?;
        self.set_pos_stmt(s);
        self.make_closure(code, flags);
        self.apply_decorators(s, decorators);
        self.nameop(name, ExprContext::Store);
        Ok(())
    }

    /// Pushes the annotations tuple; returns whether there is one.
    fn annotations(
        &mut self,
        args: &Arguments,
        returns: &Option<Box<Expr>>,
    ) -> Result<bool, CompileError> {
        let mut n = 0;
        let mut one = |c: &mut Self, name: &str, ann: &Option<Box<Expr>>| -> R {
            if let Some(a) = ann {
                let mangled = c.mangle(name);
                c.load_const(Constant::Str(mangled.into()));
                if c.future_annotations {
                    c.load_const(Constant::Str(unparse_hint(a).into()));
                } else if let Expr::Starred(s) = &**a {
                    // `*args: *Ts` stores the one item of the unpacked value.
                    c.expr(&s.value)?;
                    c.emit(Opcode::UNPACK_SEQUENCE, 1);
                } else {
                    c.expr(a)?;
                }
                n += 1;
            }
            Ok(())
        };
        for a in args.posonlyargs.iter().chain(&args.args) {
            one(self, a.arg.as_str(), &a.annotation)?;
        }
        if let Some(v) = &args.vararg {
            one(self, v.arg.as_str(), &v.annotation)?;
        }
        for a in &args.kwonlyargs {
            one(self, a.arg.as_str(), &a.annotation)?;
        }
        if let Some(k) = &args.kwarg {
            one(self, k.arg.as_str(), &k.annotation)?;
        }
        one(self, "return", returns)?;
        if n > 0 {
            self.emit(Opcode::BUILD_TUPLE, n * 2);
        }
        Ok(n > 0)
    }

    /// Calls the decorators innermost first, each at its own line.
    fn apply_decorators(&mut self, s: &Stmt, decorators: &[Expr]) {
        for d in decorators.iter().rev() {
            self.set_pos_expr(d);
            self.emit(Opcode::PRECALL, 0);
            self.emit(Opcode::CALL, 0);
        }
        self.set_pos_stmt(s);
    }

    fn class(&mut self, s: &Stmt, c: &StmtClassDef) -> R {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        let firstlineno = c
            .decorator_list
            .first()
            .map_or(s.lineno(), |d| d.lineno())
            .max(0) as u32;
        let Some(scope) = self.table.scope_for(c) else {
            return self.stmt_err("class has no scope", s);
        };
        self.enter_scope(c.name.as_str(), scope, firstlineno);
        self.nameop("__name__", ExprContext::Load);
        self.nameop("__module__", ExprContext::Store);
        let q = self.ur().qualname.clone();
        self.load_const(Constant::Str(q.into()));
        self.nameop("__qualname__", ExprContext::Store);
        self.body(&c.body)?;
        if self.scope().needs_class_closure {
            let i = self.deref_index("__class__");
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.emit(Opcode::COPY, 1);
            self.nameop("__classcell__", ExprContext::Store);
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.finish_unit(true)?;
        self.set_pos_stmt(s);
        self.emit(Opcode::PUSH_NULL, 0);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.make_closure(code, 0);
        self.load_const(Constant::Str(c.name.as_str().into()));
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(s, &c.decorator_list);
        self.nameop(c.name.as_str(), ExprContext::Store);
        Ok(())
    }
}

/// The source text of an annotation under `from __future__ import
/// annotations`; only names and attributes are spelled exactly for now.
fn unparse_hint(e: &Expr) -> String {
    match e {
        Expr::Name(n) => n.id.as_str().to_string(),
        Expr::Attribute(a) => format!("{}.{}", unparse_hint(&a.value), a.attr.as_str()),
        Expr::Constant(c) => c.value.py_repr(),
        _ => "...".to_string(),
    }
}
