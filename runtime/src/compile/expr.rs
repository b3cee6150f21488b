//! Code generation for expressions, as CPython 3.11's `compiler_visit_expr`.

use super::code::Const;
use super::codegen::{Compiler, Label};
use super::error::CompileError;
use super::opcode::Opcode;
use super::symtable::ScopeKind;
use crate::ast::*;

type R = Result<(), CompileError>;

/// Calls with more arguments than this are built as a tuple (CPython's
/// `STACK_USE_GUIDELINE`).
const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &Expr) -> R {
        let old = self.set_pos_expr(e);
        let r = self.expr_inner(e);
        self.u().pos = old;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == Boolop::And {
                    Opcode::JUMP_IF_FALSE_OR_POP
                } else {
                    Opcode::JUMP_IF_TRUE_OR_POP
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.jump(op, end);
                    }
                }
                self.use_label(end);
                Ok(())
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.store_target(&n.target)
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Opcode::BINARY_OP, b.op.index() as u32);
                Ok(())
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    Unaryop::Invert => Opcode::UNARY_INVERT,
                    Unaryop::Not => Opcode::UNARY_NOT,
                    Unaryop::UAdd => Opcode::UNARY_POSITIVE,
                    Unaryop::USub => Opcode::UNARY_NEGATIVE,
                };
                self.emit(op, 0);
                Ok(())
            }
            Expr::Lambda(l) => self.lambda(e, l),
            Expr::IfExp(i) => {
                let (end, next) = (self.new_label(), self.new_label());
                self.jump_if(&i.test, next, false)?;
                self.expr(&i.body)?;
                self.jump_noline(Opcode::JUMP, end);
                self.use_label(next);
                self.expr(&i.orelse)?;
                self.use_label(end);
                Ok(())
            }
            Expr::Dict(d) => self.dict(d),
            Expr::Set(s) => self.starunpack(
                &s.elts,
                0,
                Opcode::BUILD_SET,
                Opcode::SET_ADD,
                Opcode::SET_UPDATE,
                false,
            ),
            Expr::ListComp(c) => self.comprehension(
                e,
                "<listcomp>",
                &c.generators,
                &c.elt,
                None,
                Some(Opcode::BUILD_LIST),
                c,
            ),
            Expr::SetComp(c) => self.comprehension(
                e,
                "<setcomp>",
                &c.generators,
                &c.elt,
                None,
                Some(Opcode::BUILD_SET),
                c,
            ),
            Expr::DictComp(c) => self.comprehension(
                e,
                "<dictcomp>",
                &c.generators,
                &c.key,
                Some(&c.value),
                Some(Opcode::BUILD_MAP),
                c,
            ),
            Expr::GeneratorExp(c) => {
                self.comprehension(e, "<genexpr>", &c.generators, &c.elt, None, None, c)
            }
            Expr::Await(a) => {
                let st = self.scope();
                if st.kind == ScopeKind::Module {
                    return self.expr_err("'await' outside function", e);
                }
                if !st.coroutine {
                    return self.expr_err("'await' outside async function", e);
                }
                self.expr(&a.value)?;
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Constant::None);
                self.yield_from(true);
                Ok(())
            }
            Expr::Yield(y) => {
                if self.scope().kind != ScopeKind::Function {
                    return self.expr_err("'yield' outside function", e);
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                if self.scope().coroutine {
                    self.emit(Opcode::ASYNC_GEN_WRAP, 0);
                }
                self.emit(Opcode::YIELD_VALUE, 0);
                self.emit(Opcode::RESUME, 1);
                Ok(())
            }
            Expr::YieldFrom(y) => {
                if self.scope().kind != ScopeKind::Function {
                    return self.expr_err("'yield' outside function", e);
                }
                if self.scope().coroutine {
                    return self.expr_err("'yield from' inside async function", e);
                }
                self.expr(&y.value)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_const(Constant::None);
                self.yield_from(false);
                Ok(())
            }
            Expr::Compare(c) => self.compare(c),
            Expr::Call(c) => self.call(e, c),
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                let mut flags = match f.conversion {
                    115 => 1, // 's'
                    114 => 2, // 'r'
                    97 => 3,  // 'a'
                    _ => 0,
                };
                if let Some(spec) = &f.format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.emit(Opcode::FORMAT_VALUE, flags);
                Ok(())
            }
            Expr::JoinedStr(j) => {
                if j.values.len() > STACK_USE_GUIDELINE {
                    // Many parts: "".join([...]).
                    self.load_const(Constant::Str(String::new().into()));
                    self.emit_name(Opcode::LOAD_METHOD, "join");
                    self.emit(Opcode::BUILD_LIST, 0);
                    for v in &j.values {
                        self.expr(v)?;
                        self.emit(Opcode::LIST_APPEND, 1);
                    }
                    self.emit(Opcode::PRECALL, 1);
                    self.emit(Opcode::CALL, 1);
                    return Ok(());
                }
                for v in &j.values {
                    self.expr(v)?;
                }
                if j.values.len() != 1 {
                    self.emit(Opcode::BUILD_STRING, j.values.len() as u32);
                }
                Ok(())
            }
            Expr::Constant(c) => {
                self.load_const(c.value.clone());
                Ok(())
            }
            Expr::Attribute(a) => match a.ctx {
                ExprContext::Load => {
                    self.expr(&a.value)?;
                    self.attr_pos(e);
                    self.emit_name(Opcode::LOAD_ATTR, a.attr.as_str());
                    Ok(())
                }
                ExprContext::Store => {
                    self.expr(&a.value)?;
                    self.attr_pos(e);
                    self.emit_name(Opcode::STORE_ATTR, a.attr.as_str());
                    Ok(())
                }
                ExprContext::Del => {
                    self.expr(&a.value)?;
                    self.attr_pos(e);
                    self.emit_name(Opcode::DELETE_ATTR, a.attr.as_str());
                    Ok(())
                }
            },
            Expr::Subscript(s) => {
                if s.ctx == ExprContext::Load {
                    if let Some(msg) = super::warn::check_subscript(&s.value, &s.slice) {
                        self.warn(msg);
                    }
                    if let Expr::Slice(sl) = &*s.slice {
                        if sl.step.is_none() {
                            // 3.11 builds the slice object for a plain a[x:y] too.
                        }
                    }
                }
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let op = match s.ctx {
                    ExprContext::Load => Opcode::BINARY_SUBSCR,
                    ExprContext::Store => Opcode::STORE_SUBSCR,
                    ExprContext::Del => Opcode::DELETE_SUBSCR,
                };
                self.emit(op, 0);
                Ok(())
            }
            Expr::Starred(s) => match s.ctx {
                ExprContext::Store => {
                    self.expr_err("starred assignment target must be in a list or tuple", e)
                }
                _ => self.expr_err("can't use starred expression here", e),
            },
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    if n.ctx != ExprContext::Load {
                        return self.expr_err("cannot assign to __debug__", e);
                    }
                    // A compile-time constant, as CPython's AST optimizer
                    // makes it.
                    self.load_const(Constant::Bool(!super::optimize()));
                    return Ok(());
                }
                self.nameop(n.id.as_str(), n.ctx);
                Ok(())
            }
            Expr::List(l) => match l.ctx {
                ExprContext::Store => self.unpack_target(&l.elts, e),
                ExprContext::Del => l.elts.iter().try_for_each(|x| self.expr(x)),
                ExprContext::Load => self.starunpack(
                    &l.elts,
                    0,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    false,
                ),
            },
            Expr::Tuple(t) => match t.ctx {
                ExprContext::Store => self.unpack_target(&t.elts, e),
                ExprContext::Del => t.elts.iter().try_for_each(|x| self.expr(x)),
                ExprContext::Load => self.starunpack(
                    &t.elts,
                    0,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    true,
                ),
            },
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Constant::None),
                }
                match &s.upper {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Constant::None),
                }
                if let Some(x) = &s.step {
                    n = 3;
                    self.expr(x)?;
                }
                self.emit(Opcode::BUILD_SLICE, n);
                Ok(())
            }
        }
    }

    /// An attribute's instruction is placed at the attribute name (3.11's
    /// `update_start_location_to_match_attr`), which matters for multi-line
    /// chains.
    fn attr_pos(&mut self, e: &Expr) {
        let (Expr::Attribute(a), Some(end)) = (e, e.end_lineno()) else {
            return;
        };
        let end = end.max(0) as u32;
        let mut p = self.ur().pos;
        if p.lineno == Some(end) {
            return;
        }
        p.lineno = Some(end);
        // CPython counts the name in characters against a byte column.
        let len = a.attr.as_str().chars().count() as u32;
        match e.end_col_offset() {
            Some(ec) if len <= ec.max(0) as u32 => p.col = Some(ec.max(0) as u32 - len),
            _ => {
                p.col = None;
                p.end_col = None;
            }
        }
        p.end_lineno = Some(p.end_lineno.map_or(end, |el| el.max(end)));
        if p.end_lineno == p.lineno {
            if let (Some(c), Some(ec)) = (p.col, p.end_col) {
                p.end_col = Some(c.max(ec));
            }
        }
        self.u().pos = p;
    }

    /// Stores the value on top of the stack into `target`.
    pub fn store_target(&mut self, target: &Expr) -> R {
        self.expr(target)
    }

    fn unpack_target(&mut self, elts: &[Expr], e: &Expr) -> R {
        let mut star: Option<usize> = None;
        for (i, x) in elts.iter().enumerate() {
            if let Expr::Starred(_) = x {
                if star.is_some() {
                    return self.expr_err("multiple starred expressions in assignment", e);
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 23) {
                    return self.expr_err("too many expressions in star-unpacking assignment", e);
                }
                self.emit(Opcode::UNPACK_EX, (i + (after << 8)) as u32);
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
        }
        for x in elts {
            match x {
                Expr::Starred(s) => self.expr(&s.value)?,
                other => self.expr(other)?,
            }
        }
        Ok(())
    }

    /// Builds a list, tuple or set from elements that may be starred
    /// (CPython's `starunpack_helper`).
    fn starunpack(
        &mut self,
        elts: &[Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> R {
        let n = elts.len();
        let all_const = n > 2 && elts.iter().all(|x| matches!(x, Expr::Constant(_)));
        if all_const {
            let values: Vec<Constant> = elts
                .iter()
                .filter_map(|x| {
                    if let Expr::Constant(c) = x {
                        Some(c.value.clone())
                    } else {
                        None
                    }
                })
                .collect();
            if tuple && pushed == 0 {
                self.load_const(Constant::Tuple(values));
            } else {
                let folded = if build == Opcode::BUILD_SET {
                    Constant::FrozenSet(values)
                } else {
                    Constant::Tuple(values)
                };
                self.emit(build, pushed);
                self.load_const(folded);
                self.emit(extend, 1);
                if tuple {
                    self.emit(Opcode::LIST_TO_TUPLE, 0);
                }
            }
            return Ok(());
        }
        let has_star = elts.iter().any(|x| matches!(x, Expr::Starred(_)));
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        if !has_star && !big {
            for x in elts {
                self.expr(x)?;
            }
            self.emit(
                if tuple { Opcode::BUILD_TUPLE } else { build },
                n as u32 + pushed,
            );
            return Ok(());
        }
        // `pushed` items (a call's callable and name) are already on the
        // stack and go into the sequence first.
        let mut sequence_built = false;
        let mut pending = pushed;
        if big {
            self.emit(build, pushed);
            sequence_built = true;
        }
        for x in elts {
            if let Expr::Starred(s) = x {
                if !sequence_built {
                    self.emit(build, pending);
                    sequence_built = true;
                    pending = 0;
                }
                self.expr(&s.value)?;
                self.emit(extend, 1);
            } else if sequence_built {
                self.expr(x)?;
                self.emit(add, 1);
            } else {
                self.expr(x)?;
                pending += 1;
            }
        }
        if !sequence_built {
            self.emit(build, pending);
        }
        if tuple {
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn dict(&mut self, d: &ExprDict) -> R {
        let n = d.values.len();
        let mut containers = 0u32;
        let mut elements = 0usize;
        let mut have_dict = false;
        let mut i = 0;
        while i < n {
            match &d.keys[i] {
                None => {
                    if elements > 0 {
                        self.dict_subset(d, i - elements, i)?;
                        if have_dict {
                            self.emit(Opcode::DICT_UPDATE, 1);
                        }
                        have_dict = true;
                        elements = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&d.values[i])?;
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
                Some(_) => {
                    if elements * 2 > STACK_USE_GUIDELINE {
                        self.dict_subset(d, i - elements, i + 1)?;
                        if have_dict {
                            self.emit(Opcode::DICT_UPDATE, 1);
                        }
                        have_dict = true;
                        elements = 0;
                    } else {
                        elements += 1;
                    }
                }
            }
            i += 1;
        }
        if elements > 0 {
            self.dict_subset(d, n - elements, n)?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        let _ = &mut containers;
        Ok(())
    }

    fn dict_subset(&mut self, d: &ExprDict, begin: usize, end: usize) -> R {
        let n = end - begin;
        let keys: Vec<&Expr> = d.keys[begin..end].iter().flatten().collect();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            // A big dict is filled one item at a time.
            self.emit(Opcode::BUILD_MAP, 0);
            for (k, v) in keys.iter().zip(&d.values[begin..end]) {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Opcode::MAP_ADD, 1);
            }
            return Ok(());
        }
        let all_const =
            n > 1 && keys.len() == n && keys.iter().all(|k| matches!(k, Expr::Constant(_)));
        if all_const {
            for v in &d.values[begin..end] {
                self.expr(v)?;
            }
            let tuple = Constant::Tuple(
                keys.iter()
                    .filter_map(|k| {
                        if let Expr::Constant(c) = k {
                            Some(c.value.clone())
                        } else {
                            None
                        }
                    })
                    .collect(),
            );
            self.load_const(tuple);
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        for (k, v) in keys.iter().zip(&d.values[begin..end]) {
            self.expr(k)?;
            self.expr(v)?;
        }
        self.emit(Opcode::BUILD_MAP, n as u32);
        Ok(())
    }

    fn compare_op(&mut self, op: Cmpop) {
        match op {
            Cmpop::Is => self.emit(Opcode::IS_OP, 0),
            Cmpop::IsNot => self.emit(Opcode::IS_OP, 1),
            Cmpop::In => self.emit(Opcode::CONTAINS_OP, 0),
            Cmpop::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
            other => self.emit(Opcode::COMPARE_OP, other.index() as u32),
        }
    }

    /// A compile-time SyntaxWarning at the current line.
    fn warn(&mut self, msg: String) {
        let line = self.ur().pos.lineno;
        super::warn::warn(line, msg);
    }

    fn compare(&mut self, c: &ExprCompare) -> R {
        if let Some(msg) = super::warn::check_compare(c) {
            self.warn(msg);
        }
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.compare_op(c.ops[i]);
            self.jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.expr(&c.comparators[n - 1])?;
        self.compare_op(c.ops[n - 1]);
        let end = self.new_label();
        self.jump_noline(Opcode::JUMP, end);
        self.use_label(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.use_label(end);
        Ok(())
    }

    /// Jumps to `next` when `e` is true (`cond`) or false, without keeping
    /// the value (CPython's `compiler_jump_if`).
    /// The jumps keep the location of the statement (or expression) being
    /// compiled, except after a comparison: 3.11 then leaves the location at
    /// the comparison, for the jump and for what follows.
    pub fn jump_if(&mut self, e: &Expr, next: Label, cond: bool) -> R {
        if let Expr::Compare(_) = e {
            self.set_pos_expr(e);
        }
        match e {
            Expr::UnaryOp(u) if u.op == Unaryop::Not => {
                return self.jump_if(&u.operand, next, !cond)
            }
            Expr::BoolOp(b) => {
                let cond2 = b.op == Boolop::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    next
                };
                let n = b.values.len();
                for v in &b.values[..n - 1] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&b.values[n - 1], next, cond)?;
                if next2 != next {
                    self.use_label(next2);
                }
                return Ok(());
            }
            Expr::IfExp(i) => {
                let (end, next2) = (self.new_label(), self.new_label());
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, next, cond)?;
                self.jump_noline(Opcode::JUMP, end);
                self.use_label(next2);
                self.jump_if(&i.orelse, next, cond)?;
                self.use_label(end);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                if let Some(msg) = super::warn::check_compare(c) {
                    self.warn(msg);
                }
                self.expr(&c.left)?;
                let n = c.ops.len();
                let cleanup = self.new_label();
                for i in 0..n - 1 {
                    self.expr(&c.comparators[i])?;
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::COPY, 2);
                    self.compare_op(c.ops[i]);
                    self.jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                }
                self.expr(&c.comparators[n - 1])?;
                self.compare_op(c.ops[n - 1]);
                self.jump(
                    if cond {
                        Opcode::POP_JUMP_IF_TRUE
                    } else {
                        Opcode::POP_JUMP_IF_FALSE
                    },
                    next,
                );
                let end = self.new_label();
                self.jump_noline(Opcode::JUMP, end);
                self.use_label(cleanup);
                self.emit(Opcode::POP_TOP, 0);
                if !cond {
                    self.jump_noline(Opcode::JUMP, next);
                }
                self.use_label(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.jump(
            if cond {
                Opcode::POP_JUMP_IF_TRUE
            } else {
                Opcode::POP_JUMP_IF_FALSE
            },
            next,
        );
        Ok(())
    }

    pub fn yield_from(&mut self, is_await: bool) {
        let (start, exit) = (self.new_label(), self.new_label());
        self.use_label(start);
        self.jump(Opcode::SEND, exit);
        self.emit(Opcode::YIELD_VALUE, 0);
        self.emit(Opcode::RESUME, if is_await { 3 } else { 2 });
        self.jump(Opcode::JUMP_NO_INTERRUPT, start);
        self.use_label(exit);
    }

    fn check_keywords(&self, call: &Expr, keywords: &[Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if name.as_str() == "__debug__" {
                // CPython reports this one at the whole call.
                return self.expr_err("cannot assign to __debug__", call);
            }
            for other in &keywords[i + 1..] {
                if other.arg.as_ref().map(|a| a.as_str()) == Some(name.as_str()) {
                    return self.err(
                        format!("keyword argument repeated: {}", name.as_str()),
                        other.lineno,
                        other.col_offset,
                        other.end_lineno,
                        other.end_col_offset,
                    );
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, e: &Expr, c: &ExprCall) -> R {
        self.check_keywords(e, &c.keywords)?;
        if self.method_call(e, c)? {
            return Ok(());
        }
        if let Some(msg) = super::warn::check_caller(&c.func) {
            self.warn(msg);
        }
        let old = self.set_pos_expr(&c.func);
        self.emit(Opcode::PUSH_NULL, 0);
        self.u().pos = old;
        self.expr(&c.func)?;
        self.call_helper(0, &c.args, &c.keywords)
    }

    fn method_call(&mut self, e: &Expr, c: &ExprCall) -> Result<bool, CompileError> {
        let Expr::Attribute(meth) = &*c.func else {
            return Ok(false);
        };
        // As 3.11: `module.f()` on a name the module imports is a plain
        // attribute call, not LOAD_METHOD.
        let imported = matches!(&*meth.value, Expr::Name(n) if self.table.scopes[0].flags(n.id.as_str()) & super::symtable::def::IMPORT != 0);
        if imported
            || meth.ctx != ExprContext::Load
            || c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none())
            || c.args.len() + c.keywords.len() >= STACK_USE_GUIDELINE
        {
            return Ok(false);
        }
        self.expr(&meth.value)?;
        // As 3.11: LOAD_METHOD sits on the attribute, PRECALL and CALL on
        // the call, both starting where the method name does when the
        // attribute spans lines.
        let old = self.set_pos_expr(&c.func);
        self.attr_pos(&c.func);
        self.emit_name(Opcode::LOAD_METHOD, meth.attr.as_str());
        for a in &c.args {
            self.expr(a)?;
        }
        if !c.keywords.is_empty() {
            for k in &c.keywords {
                self.expr(&k.value)?;
            }
            self.kw_names(&c.keywords);
        }
        let n = (c.args.len() + c.keywords.len()) as u32;
        self.u().pos = old;
        self.attr_pos(&c.func);
        self.emit(Opcode::PRECALL, n);
        self.emit(Opcode::CALL, n);
        self.u().pos = old;
        let _ = e;
        Ok(true)
    }

    fn kw_names(&mut self, keywords: &[Keyword]) {
        let names = keywords
            .iter()
            .filter_map(|k| k.arg.as_ref().map(|a| Constant::Str(a.as_str().into())))
            .collect();
        let i = self.add_const(Const::Value(Constant::Tuple(names)));
        self.emit(Opcode::KW_NAMES, i);
    }

    /// Pushes the arguments and calls; `n` values (a `self`) are already on
    /// the stack after the callable.
    pub fn call_helper(&mut self, n: u32, args: &[Expr], keywords: &[Keyword]) -> R {
        let starred = args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        if !starred && args.len() + keywords.len() + n as usize <= STACK_USE_GUIDELINE {
            for a in args {
                self.expr(a)?;
            }
            if !keywords.is_empty() {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.kw_names(keywords);
            }
            let total = n + (args.len() + keywords.len()) as u32;
            self.emit(Opcode::PRECALL, total);
            self.emit(Opcode::CALL, total);
            return Ok(());
        }
        // The general form: a tuple of positional arguments and a dict.
        if n == 0 && args.len() == 1 {
            if let Expr::Starred(s) = &args[0] {
                self.expr(&s.value)?;
            } else {
                self.starunpack(
                    args,
                    n,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    true,
                )?;
            }
        } else {
            self.starunpack(
                args,
                n,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?;
        }
        let has_kw = !keywords.is_empty();
        if has_kw {
            let mut have_dict = false;
            let mut pending: Vec<&Keyword> = Vec::new();
            for k in keywords {
                if k.arg.is_none() {
                    if !pending.is_empty() {
                        self.subkwargs(&pending)?;
                        if have_dict {
                            self.emit(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        pending.clear();
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Opcode::DICT_MERGE, 1);
                } else {
                    pending.push(k);
                }
            }
            if !pending.is_empty() {
                self.subkwargs(&pending)?;
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.emit(Opcode::CALL_FUNCTION_EX, has_kw as u32);
        Ok(())
    }

    fn subkwargs(&mut self, kws: &[&Keyword]) -> R {
        let n = kws.len();
        if n > 1 {
            for k in kws {
                self.expr(&k.value)?;
            }
            let names = kws
                .iter()
                .filter_map(|k| k.arg.as_ref().map(|a| Constant::Str(a.as_str().into())))
                .collect();
            self.load_const(Constant::Tuple(names));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
        } else {
            for k in kws {
                if let Some(a) = &k.arg {
                    self.load_const(Constant::Str(a.as_str().into()));
                }
                self.expr(&k.value)?;
            }
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    fn lambda(&mut self, e: &Expr, l: &ExprLambda) -> R {
        let flags = self.default_arguments(&l.args)?;
        let Some(scope) = self.table.scope_for(l) else {
            return self.expr_err("lambda has no scope", e);
        };
        self.enter_scope("<lambda>", scope, l.lineno.max(0) as u32);
        // The first constant of a lambda is None: it has no docstring.
        self.add_const(Const::Value(Constant::None));
        self.set_arg_counts(&l.args);
        self.expr(&l.body)?;
        // A generator lambda returns its body's value from the implicit
        // return; others return it right after the body.
        let code = if self.scope().generator {
            self.finish_unit(false)?
        } else {
            let old = self.set_pos_expr(&l.body);
            self.emit(Opcode::RETURN_VALUE, 0);
            self.u().pos = old;
            self.finish_unit(true)?
        };
        self.make_closure(code, flags);
        Ok(())
    }

    pub fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    /// Pushes the defaults of `args`; returns the MAKE_FUNCTION flags.
    pub fn default_arguments(&mut self, args: &Arguments) -> Result<u32, CompileError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            // The assembler folds a tuple of constants into one constant.
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, args.defaults.len() as u32);
            flags |= 1;
        }
        let mut keys = Vec::new();
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                keys.push(Constant::Str(self.mangle(a.arg.as_str()).into()));
                self.expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n);
            flags |= 2;
        }
        Ok(flags)
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension<T>(
        &mut self,
        e: &Expr,
        name: &str,
        gens: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        build: Option<Opcode>,
        node: &T,
    ) -> R {
        super::symtable::check_comprehension_iterables(gens)?;
        let Some(scope) = self.table.scope_for(node) else {
            return self.expr_err("comprehension has no scope", e);
        };
        let is_async_gen = self.table.scopes[scope].coroutine;
        let outer = self.scope();
        if is_async_gen && build.is_some() && !outer.coroutine && !outer.comprehension {
            return self.expr_err(
                "asynchronous comprehension outside of an asynchronous function",
                e,
            );
        }
        self.enter_scope(name, scope, e.lineno().max(0) as u32);
        // As 3.11, the comprehension's own instructions (BUILD_LIST,
        // FOR_ITER, ...) sit on the whole comprehension.
        self.set_pos_expr(e);
        self.u().argcount = 1;
        self.u().in_async_comprehension = is_async_gen;
        if let Some(b) = build {
            self.emit(b, 0);
        }
        self.comp_generator(gens, 0, elt, value, build)?;
        if build.is_none() {
            // A generator expression returns None after its last value.
        }
        let code = if build.is_some() {
            // At the current location, which a condition may have moved.
            self.emit(Opcode::RETURN_VALUE, 0);
            self.finish_unit(false)?
        } else {
            self.finish_unit(true)?
        };
        self.make_closure(code, 0);
        self.expr(&gens[0].iter)?;
        if gens[0].is_async != 0 {
            self.emit(Opcode::GET_AITER, 0);
        } else {
            self.emit(Opcode::GET_ITER, 0);
        }
        self.emit(Opcode::PRECALL, 0);
        self.emit(Opcode::CALL, 0);
        if is_async_gen && build.is_some() {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &[Comprehension],
        i: usize,
        elt: &Expr,
        value: Option<&Expr>,
        build: Option<Opcode>,
    ) -> R {
        let g = &gens[i];
        if g.is_async != 0 {
            return self.async_comp_generator(gens, i, elt, value, build);
        }
        let (start, if_cleanup, anchor) = (self.new_label(), self.new_label(), self.new_label());
        if i == 0 {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(Opcode::GET_ITER, 0);
        }
        self.use_label(start);
        self.jump(Opcode::FOR_ITER, anchor);
        self.expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        self.comp_element(gens, i, elt, value, build)?;
        self.use_label(if_cleanup);
        self.jump(Opcode::JUMP, start);
        self.use_label(anchor);
        Ok(())
    }

    fn async_comp_generator(
        &mut self,
        gens: &[Comprehension],
        i: usize,
        elt: &Expr,
        value: Option<&Expr>,
        build: Option<Opcode>,
    ) -> R {
        let g = &gens[i];
        let (start, except, if_cleanup) = (self.new_label(), self.new_label(), self.new_label());
        if i == 0 {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(Opcode::GET_AITER, 0);
        }
        self.use_label(start);
        self.jump(Opcode::SETUP_FINALLY, except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.emit(Opcode::POP_BLOCK, 0);
        self.expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        self.comp_element(gens, i, elt, value, build)?;
        self.use_label(if_cleanup);
        self.jump(Opcode::JUMP, start);
        self.use_label(except);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        Ok(())
    }

    /// The next generator of a comprehension, or its element.
    fn comp_element(
        &mut self,
        gens: &[Comprehension],
        i: usize,
        elt: &Expr,
        value: Option<&Expr>,
        build: Option<Opcode>,
    ) -> R {
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, elt, value, build)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match build {
                None => {
                    self.expr(elt)?;
                    if self.scope().coroutine {
                        self.emit(Opcode::ASYNC_GEN_WRAP, 0);
                    }
                    self.emit(Opcode::YIELD_VALUE, 0);
                    self.emit(Opcode::RESUME, 1);
                    self.emit(Opcode::POP_TOP, 0);
                }
                Some(Opcode::BUILD_LIST) => {
                    self.expr(elt)?;
                    self.emit(Opcode::LIST_APPEND, depth);
                }
                Some(Opcode::BUILD_SET) => {
                    self.expr(elt)?;
                    self.emit(Opcode::SET_ADD, depth);
                }
                Some(_) => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Opcode::MAP_ADD, depth);
                }
            }
        }
        Ok(())
    }
}
