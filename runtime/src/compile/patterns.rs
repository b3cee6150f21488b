//! Code generation for `match` statements, as CPython 3.11's
//! `compiler_match` and `compiler_pattern_*`.
//!
//! A pattern works on the subject at the top of the stack. Names it binds
//! are not stored as they are found: each captured value is rotated under
//! the items still needed (`on_top`) and stored once the whole case matched.
//! A failing test jumps to one of the `fail_pop` labels, which pop whatever
//! the pattern had pushed so far.

use super::codegen::{pos_of, Compiler, Label};
use super::error::CompileError;
use super::opcode::Opcode;
use crate::ast::*;

type R = Result<(), CompileError>;

/// What a pattern being compiled knows (CPython's `pattern_context`).
struct Ctx {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

fn pattern_pos(p: &Pattern) -> super::code::Position {
    pos_of(
        p.lineno(),
        p.col_offset(),
        p.end_lineno(),
        p.end_col_offset(),
    )
}

impl<'a> Compiler<'a> {
    /// An error at the current location, where CPython's `compiler_error`
    /// puts it.
    fn here_err<T>(&self, msg: impl Into<String>) -> Result<T, CompileError> {
        let p = self.ur().pos;
        let to_i = |v: Option<u32>| v.map(|x| x as i32);
        Err(CompileError::new(
            msg,
            p.lineno.unwrap_or(1) as i32,
            p.col.unwrap_or(0) as i32,
            to_i(p.end_lineno),
            to_i(p.end_col),
        ))
    }

    pub fn match_stmt(&mut self, m: &StmtMatch) -> R {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let Some(last) = m.cases.last() else {
            return Ok(());
        };
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        let n = cases - has_default as usize;
        for (i, case) in m.cases[..n].iter().enumerate() {
            self.u().pos = pattern_pos(&case.pattern);
            if i != n - 1 {
                self.emit(Opcode::COPY, 1);
            }
            let mut pc = Ctx {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i == cases - 1,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, ExprContext::Store);
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, target, false)?;
            }
            if i != n - 1 {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.stmts(&case.body)?;
            self.jump(Opcode::JUMP, end);
            self.u().pos = pattern_pos(&case.pattern);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.u().pos = pattern_pos(&last.pattern);
            if cases == 1 {
                self.emit(Opcode::POP_TOP, 0);
            } else {
                self.emit(Opcode::NOP, 0);
            }
            if let Some(g) = &last.guard {
                self.jump_if(g, end, false)?;
            }
            self.stmts(&last.body)?;
        }
        self.use_label(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut Ctx, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut Ctx, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut Ctx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for k in (1..pc.fail_pop.len()).rev() {
            self.use_label(pc.fail_pop[k]);
            self.emit(Opcode::POP_TOP, 0);
        }
        self.use_label(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Opcode::SWAP, count as u32);
            count -= 1;
        }
    }

    fn store_capture(&mut self, name: Option<&Identifier>, pc: &mut Ctx) -> R {
        let Some(name) = name else {
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        };
        let name = name.as_str();
        if name == "__debug__" {
            return self.here_err("cannot assign to __debug__");
        }
        if pc.stores.iter().any(|s| s == name) {
            return self.here_err(format!("multiple assignments to name '{name}' in pattern"));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn subpattern(&mut self, p: &Pattern, pc: &mut Ctx) -> R {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut Ctx) -> R {
        self.u().pos = pattern_pos(p);
        match p {
            Pattern::MatchValue(v) => {
                if !matches!(&*v.value, Expr::Constant(_) | Expr::Attribute(_)) {
                    return self.here_err("patterns may only match literals and attribute lookups");
                }
                self.expr(&v.value)?;
                self.emit(Opcode::COMPARE_OP, Cmpop::Eq.index() as u32);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
                Ok(())
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(s.value.clone());
                self.emit(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
                Ok(())
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(p, c, pc),
            Pattern::MatchStar(s) => self.store_capture(s.name.as_ref(), pc),
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return match &a.name {
                            Some(n) => self.here_err(format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.as_str()
                            )),
                            None => self.here_err("wildcard makes remaining patterns unreachable"),
                        };
                    }
                    self.store_capture(a.name.as_ref(), pc)
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Opcode::COPY, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(a.name.as_ref(), pc)
                }
            },
            Pattern::MatchOr(o) => self.pattern_or(&o.patterns, pc),
        }
    }

    fn pattern_sequence(&mut self, patterns: &[Pattern], pc: &mut Ctx) -> R {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return self.here_err("multiple starred names in sequence pattern");
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Constant::Int(size.into()));
                self.emit(Opcode::COMPARE_OP, Cmpop::Eq.index() as u32);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Constant::Int((size - 1).into()));
                self.emit(Opcode::COMPARE_OP, Cmpop::GtE.index() as u32);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::POP_TOP, 0);
        } else if star_wildcard {
            self.sequence_subscr(patterns, star.unwrap_or(usize::MAX), pc)?;
        } else {
            self.sequence_unpack(patterns, pc)?;
        }
        Ok(())
    }

    fn sequence_unpack(&mut self, patterns: &[Pattern], pc: &mut Ctx) -> R {
        let n = patterns.len();
        match patterns
            .iter()
            .position(|p| matches!(p, Pattern::MatchStar(_)))
        {
            Some(i) => self.emit(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32),
            None => self.emit(Opcode::UNPACK_SEQUENCE, n as u32),
        }
        pc.on_top += n;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn sequence_subscr(&mut self, patterns: &[Pattern], star: usize, pc: &mut Ctx) -> R {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Opcode::COPY, 1);
            if i < star {
                self.load_const(Constant::Int(i.into()));
            } else {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Constant::Int((size - i).into()));
                self.emit(Opcode::BINARY_OP, Operator::Sub.index() as u32);
            }
            self.emit(Opcode::BINARY_SUBSCR, 0);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    fn pattern_class(&mut self, p: &Pattern, c: &PatternMatchClass, pc: &mut Ctx) -> R {
        let (nargs, nattrs) = (c.patterns.len(), c.kwd_attrs.len());
        if nattrs != c.kwd_patterns.len() {
            return self.here_err(format!(
                "kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern",
                c.kwd_patterns.len()
            ));
        }
        for (i, attr) in c.kwd_attrs.iter().enumerate() {
            for (j, other) in c.kwd_attrs.iter().enumerate().skip(i + 1) {
                if attr.as_str() == other.as_str() {
                    if let Some(q) = c.kwd_patterns.get(j) {
                        self.u().pos = pattern_pos(q);
                    }
                    return self.here_err(format!(
                        "attribute name repeated in class pattern: {}",
                        attr.as_str()
                    ));
                }
            }
        }
        self.u().pos = pattern_pos(p);
        self.expr(&c.cls)?;
        let names = c
            .kwd_attrs
            .iter()
            .map(|a| Constant::Str(a.as_str().into()))
            .collect();
        self.load_const(Constant::Tuple(names));
        self.emit(Opcode::MATCH_CLASS, nargs as u32);
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        self.emit(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for sub in c.patterns.iter().chain(&c.kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit(Opcode::POP_TOP, 0);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &PatternMatchMapping, pc: &mut Ctx) -> R {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return self.here_err(format!(
                "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                m.patterns.len()
            ));
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN, 0);
            self.load_const(Constant::Int(size.into()));
            self.emit(Opcode::COMPARE_OP, Cmpop::GtE.index() as u32);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<String> = Vec::new();
        for key in &m.keys {
            match key {
                Expr::Constant(c) => {
                    let k = super::codegen::const_key(&c.value);
                    if seen.contains(&k) {
                        return self.here_err(format!(
                            "mapping pattern checks duplicate key ({})",
                            c.value.py_repr()
                        ));
                    }
                    seen.push(k);
                }
                Expr::Attribute(_) => {}
                _ => {
                    return self.here_err(
                        "mapping pattern keys may only match literals and attribute lookups",
                    )
                }
            }
            self.expr(key)?;
        }
        self.emit(Opcode::BUILD_TUPLE, size as u32);
        self.emit(Opcode::MATCH_KEYS, 0);
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for sub in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                self.emit(Opcode::BUILD_MAP, 0);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::DICT_UPDATE, 2);
                self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
                let mut k = size;
                while k > 0 {
                    self.emit(Opcode::COPY, (1 + k) as u32);
                    k -= 1;
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::DELETE_SUBSCR, 0);
                }
                self.store_capture(Some(rest), pc)?;
            }
            None => {
                self.emit(Opcode::POP_TOP, 0);
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    fn pattern_or(&mut self, alts: &[Pattern], pc: &mut Ctx) -> R {
        let end = self.new_label();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_allow = pc.allow_irrefutable;
        let old_fail = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let mut control: Option<Vec<String>> = None;
        let size = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            self.u().pos = pattern_pos(alt);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return self.here_err("alternative patterns bind different names")
                }
                Some(ctl) => {
                    let ctl = ctl.clone();
                    for icontrol in (0..nstores).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return self.here_err("alternative patterns bind different names");
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Opcode::JUMP, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.allow_irrefutable = old_allow;
        pc.fail_pop = old_fail;
        pc.on_top = old_on_top;
        self.emit(Opcode::POP_TOP, 0);
        self.jump_to_fail_pop(pc, Opcode::JUMP);
        self.use_label(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return self.here_err(format!("multiple assignments to name '{name}' in pattern"));
            }
            pc.stores.push(name);
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }
}
