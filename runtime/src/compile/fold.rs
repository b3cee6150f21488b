//! Constant folding on the AST, as CPython 3.11's `Python/ast_opt.c`: unary
//! and binary operators on constants, tuples of constants, and constant
//! lists/sets on the right of `in` become tuples/frozensets. Results are kept
//! within CPython's size limits (no huge ints or strings).

use crate::ast::*;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// Largest int result, in bits, that folding may build (CPython's
/// `MAX_INT_SIZE`).
const MAX_INT_BITS: u64 = 128;
/// Largest str/bytes/tuple result that folding may build.
const MAX_COLLECTION: usize = 4096;

pub fn fold_module(m: &Mod) -> Mod {
    let mut m = m.clone();
    match &mut m {
        Mod::Module(mm) => mm.body.iter_mut().for_each(fold_stmt),
        Mod::Interactive(mm) => mm.body.iter_mut().for_each(fold_stmt),
        Mod::Expression(e) => fold_expr(&mut e.body),
        Mod::FunctionType(_) => {}
    }
    m
}

fn fold_stmts(ss: &mut [Stmt]) {
    ss.iter_mut().for_each(fold_stmt);
}

fn fold_opt(e: &mut Option<Box<Expr>>) {
    if let Some(e) = e {
        fold_expr(e);
    }
}

fn fold_args(a: &mut Arguments) {
    a.defaults.iter_mut().for_each(fold_expr);
    a.kw_defaults.iter_mut().flatten().for_each(fold_expr);
}

fn fold_stmt(s: &mut Stmt) {
    match s {
        Stmt::FunctionDef(f) => {
            fold_args(&mut f.args);
            f.decorator_list.iter_mut().for_each(fold_expr);
            fold_stmts(&mut f.body);
        }
        Stmt::AsyncFunctionDef(f) => {
            fold_args(&mut f.args);
            f.decorator_list.iter_mut().for_each(fold_expr);
            fold_stmts(&mut f.body);
        }
        Stmt::ClassDef(c) => {
            c.bases.iter_mut().for_each(fold_expr);
            c.keywords.iter_mut().for_each(|k| fold_expr(&mut k.value));
            c.decorator_list.iter_mut().for_each(fold_expr);
            fold_stmts(&mut c.body);
        }
        Stmt::Return(r) => fold_opt(&mut r.value),
        Stmt::Delete(d) => d.targets.iter_mut().for_each(fold_expr),
        Stmt::Assign(a) => {
            a.targets.iter_mut().for_each(fold_expr);
            fold_expr(&mut a.value);
        }
        Stmt::AugAssign(a) => {
            fold_expr(&mut a.target);
            fold_expr(&mut a.value);
        }
        Stmt::AnnAssign(a) => {
            fold_expr(&mut a.target);
            fold_expr(&mut a.annotation);
            fold_opt(&mut a.value);
        }
        Stmt::For(f) => {
            fold_expr(&mut f.target);
            fold_iter(&mut f.iter);
            fold_stmts(&mut f.body);
            fold_stmts(&mut f.orelse);
        }
        Stmt::AsyncFor(f) => {
            fold_expr(&mut f.iter);
            fold_stmts(&mut f.body);
            fold_stmts(&mut f.orelse);
        }
        Stmt::While(w) => {
            fold_expr(&mut w.test);
            fold_stmts(&mut w.body);
            fold_stmts(&mut w.orelse);
        }
        Stmt::If(i) => {
            fold_expr(&mut i.test);
            fold_stmts(&mut i.body);
            fold_stmts(&mut i.orelse);
        }
        Stmt::With(w) => {
            for i in w.items.iter_mut() {
                fold_expr(&mut i.context_expr);
                fold_opt(&mut i.optional_vars);
            }
            fold_stmts(&mut w.body);
        }
        Stmt::AsyncWith(w) => {
            w.items
                .iter_mut()
                .for_each(|i| fold_expr(&mut i.context_expr));
            fold_stmts(&mut w.body);
        }
        Stmt::Match(m) => {
            fold_expr(&mut m.subject);
            for c in m.cases.iter_mut() {
                fold_pattern(&mut c.pattern);
                fold_opt(&mut c.guard);
                fold_stmts(&mut c.body);
            }
        }
        Stmt::Raise(r) => {
            fold_opt(&mut r.exc);
            fold_opt(&mut r.cause);
        }
        Stmt::Try(t) => {
            fold_stmts(&mut t.body);
            for Excepthandler::ExceptHandler(h) in t.handlers.iter_mut() {
                fold_opt(&mut h.type_);
                fold_stmts(&mut h.body);
            }
            fold_stmts(&mut t.orelse);
            fold_stmts(&mut t.finalbody);
        }
        Stmt::TryStar(t) => {
            fold_stmts(&mut t.body);
            for Excepthandler::ExceptHandler(h) in t.handlers.iter_mut() {
                fold_stmts(&mut h.body);
            }
            fold_stmts(&mut t.orelse);
            fold_stmts(&mut t.finalbody);
        }
        Stmt::Assert(a) => {
            fold_expr(&mut a.test);
            fold_opt(&mut a.msg);
        }
        Stmt::Expr(e) => fold_expr(&mut e.value),
        Stmt::Import(_)
        | Stmt::ImportFrom(_)
        | Stmt::Global(_)
        | Stmt::Nonlocal(_)
        | Stmt::Pass(_)
        | Stmt::Break(_)
        | Stmt::Continue(_) => {}
    }
}

/// Values in patterns (`case -1:`, `case 1 + 2j:`, mapping keys) are
/// folded to constants, as the compiler requires.
fn fold_pattern(p: &mut Pattern) {
    match p {
        Pattern::MatchValue(v) => fold_expr(&mut v.value),
        Pattern::MatchSingleton(_) | Pattern::MatchStar(_) => {}
        Pattern::MatchSequence(s) => s.patterns.iter_mut().for_each(fold_pattern),
        Pattern::MatchMapping(m) => {
            m.keys.iter_mut().for_each(fold_expr);
            m.patterns.iter_mut().for_each(fold_pattern);
        }
        Pattern::MatchClass(c) => {
            c.patterns.iter_mut().for_each(fold_pattern);
            c.kwd_patterns.iter_mut().for_each(fold_pattern);
        }
        Pattern::MatchAs(a) => {
            if let Some(inner) = &mut a.pattern {
                fold_pattern(inner);
            }
        }
        Pattern::MatchOr(o) => o.patterns.iter_mut().for_each(fold_pattern),
    }
}

/// A `for` loop over a constant list or set iterates a tuple or frozenset.
fn fold_iter(e: &mut Expr) {
    fold_expr(e);
    to_const_seq(e);
}

fn to_const_seq(e: &mut Expr) {
    let (elts, set, pos) = match e {
        Expr::List(l) => (
            &l.elts,
            false,
            (l.lineno, l.col_offset, l.end_lineno, l.end_col_offset),
        ),
        Expr::Set(s) => (
            &s.elts,
            true,
            (s.lineno, s.col_offset, s.end_lineno, s.end_col_offset),
        ),
        _ => return,
    };
    let Some(values) = constants(elts) else {
        return;
    };
    let value = if set {
        Constant::FrozenSet(values)
    } else {
        Constant::Tuple(values)
    };
    *e = make::Constant(value, None, pos.0, pos.1, pos.2, pos.3);
}

fn constants(elts: &[Expr]) -> Option<Vec<Constant>> {
    elts.iter()
        .map(|x| {
            if let Expr::Constant(c) = x {
                Some(c.value.clone())
            } else {
                None
            }
        })
        .collect()
}

fn fold_expr(e: &mut Expr) {
    let folded: Option<Constant> = match e {
        Expr::BoolOp(b) => {
            b.values.iter_mut().for_each(fold_expr);
            None
        }
        Expr::NamedExpr(n) => {
            fold_expr(&mut n.value);
            None
        }
        Expr::BinOp(b) => {
            fold_expr(&mut b.left);
            fold_expr(&mut b.right);
            if let (Operator::Mod, Expr::Constant(l), Expr::Tuple(t)) = (b.op, &*b.left, &*b.right)
            {
                if let Some(fmt) = str_const(&l.value) {
                    if !t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                        let pos = (b.lineno, b.col_offset, b.end_lineno, b.end_col_offset);
                        if let Some(joined) = optimize_format(fmt, &t.elts, pos) {
                            *e = joined;
                        }
                        return;
                    }
                }
            }
            match (&*b.left, &*b.right) {
                (Expr::Constant(l), Expr::Constant(r)) => binop(&l.value, b.op, &r.value),
                _ => None,
            }
        }
        Expr::UnaryOp(u) => {
            fold_expr(&mut u.operand);
            // `not a in b` is `a not in b` (likewise `is`); the other
            // comparisons cannot be inverted safely.
            if let (Unaryop::Not, Expr::Compare(c)) = (u.op, &*u.operand) {
                let inverted = match c.ops.as_slice() {
                    [Cmpop::Is] => Some(Cmpop::IsNot),
                    [Cmpop::IsNot] => Some(Cmpop::Is),
                    [Cmpop::In] => Some(Cmpop::NotIn),
                    [Cmpop::NotIn] => Some(Cmpop::In),
                    _ => None,
                };
                if let Some(op) = inverted {
                    let mut c = c.clone();
                    c.ops = vec![op];
                    *e = Expr::Compare(c);
                    return;
                }
            }
            match &*u.operand {
                Expr::Constant(c) => unary(u.op, &c.value),
                _ => None,
            }
        }
        Expr::Lambda(l) => {
            fold_args(&mut l.args);
            fold_expr(&mut l.body);
            None
        }
        Expr::IfExp(i) => {
            fold_expr(&mut i.test);
            fold_expr(&mut i.body);
            fold_expr(&mut i.orelse);
            None
        }
        Expr::Dict(d) => {
            d.keys.iter_mut().flatten().for_each(fold_expr);
            d.values.iter_mut().for_each(fold_expr);
            None
        }
        Expr::Set(s) => {
            s.elts.iter_mut().for_each(fold_expr);
            None
        }
        Expr::ListComp(c) => {
            fold_expr(&mut c.elt);
            fold_comps(&mut c.generators);
            None
        }
        Expr::SetComp(c) => {
            fold_expr(&mut c.elt);
            fold_comps(&mut c.generators);
            None
        }
        Expr::DictComp(c) => {
            fold_expr(&mut c.key);
            fold_expr(&mut c.value);
            fold_comps(&mut c.generators);
            None
        }
        Expr::GeneratorExp(c) => {
            fold_expr(&mut c.elt);
            fold_comps(&mut c.generators);
            None
        }
        Expr::Await(a) => {
            fold_expr(&mut a.value);
            None
        }
        Expr::Yield(y) => {
            fold_opt(&mut y.value);
            None
        }
        Expr::YieldFrom(y) => {
            fold_expr(&mut y.value);
            None
        }
        Expr::Compare(c) => {
            fold_expr(&mut c.left);
            c.comparators.iter_mut().for_each(fold_expr);
            if let (Some(op), Some(last)) = (c.ops.last(), c.comparators.last_mut()) {
                if matches!(op, Cmpop::In | Cmpop::NotIn) {
                    to_const_seq(last);
                }
            }
            None
        }
        Expr::Call(c) => {
            fold_expr(&mut c.func);
            c.args.iter_mut().for_each(fold_expr);
            c.keywords.iter_mut().for_each(|k| fold_expr(&mut k.value));
            None
        }
        Expr::FormattedValue(f) => {
            fold_expr(&mut f.value);
            fold_opt(&mut f.format_spec);
            None
        }
        Expr::JoinedStr(j) => {
            j.values.iter_mut().for_each(fold_expr);
            None
        }
        Expr::Constant(_) | Expr::Name(_) => None,
        Expr::Attribute(a) => {
            fold_expr(&mut a.value);
            None
        }
        Expr::Subscript(s) => {
            fold_expr(&mut s.value);
            fold_expr(&mut s.slice);
            match (s.ctx, &*s.value, &*s.slice) {
                (ExprContext::Load, Expr::Constant(v), Expr::Constant(i)) => {
                    subscript(&v.value, &i.value)
                }
                _ => None,
            }
        }
        Expr::Starred(s) => {
            fold_expr(&mut s.value);
            None
        }
        Expr::List(l) => {
            l.elts.iter_mut().for_each(fold_expr);
            None
        }
        Expr::Tuple(t) => {
            t.elts.iter_mut().for_each(fold_expr);
            if t.ctx == ExprContext::Load {
                constants(&t.elts).map(Constant::Tuple)
            } else {
                None
            }
        }
        Expr::Slice(s) => {
            fold_opt(&mut s.lower);
            fold_opt(&mut s.upper);
            fold_opt(&mut s.step);
            None
        }
    };
    if let Some(value) = folded {
        *e = make::Constant(
            value,
            None,
            e.lineno(),
            e.col_offset(),
            e.end_lineno(),
            e.end_col_offset(),
        );
    }
}

/// `"..%s..%r.." % (a, b)` as the f-string it means, as CPython 3.11's
/// `optimize_format`: only `%s`, `%r`, `%a` with an optional width and
/// precision; anything else leaves the expression alone (`None`).
fn optimize_format(
    fmt: &str,
    elts: &[Expr],
    pos: (i32, i32, Option<i32>, Option<i32>),
) -> Option<Expr> {
    let chars: Vec<char> = fmt.chars().collect();
    let (mut at, mut used) = (0usize, 0usize);
    let mut values = Vec::new();
    loop {
        // A run of literal text, with `%%` meaning `%`.
        let start = at;
        let mut text = String::new();
        while at < chars.len() {
            if chars[at] != '%' {
                text.push(chars[at]);
                at += 1;
            } else if chars.get(at + 1) == Some(&'%') {
                text.push('%');
                at += 2;
            } else {
                break;
            }
        }
        if at > start {
            // Made-up nodes have no position (CPython's -1).
            values.push(make::Constant(
                Constant::Str(text.into()),
                None,
                -1,
                -1,
                None,
                None,
            ));
        }
        if at >= chars.len() {
            break;
        }
        let arg = elts.get(used)?;
        at += 1;
        let (spec, left, width, prec) = format_spec(&chars, &mut at)?;
        used += 1;
        if !matches!(spec, 's' | 'r' | 'a') {
            return None;
        }
        let mut f = String::new();
        if !left && width.map_or(false, |w| w > 0) {
            f.push('>');
        }
        if let Some(w) = width {
            f.push_str(&w.to_string());
        }
        if let Some(p) = prec {
            f.push_str(&format!(".{p}"));
        }
        let spec_node = (!f.is_empty())
            .then(|| make::Constant(Constant::Str(f.into()), None, -1, -1, None, None));
        values.push(make::FormattedValue(
            arg.clone(),
            spec as i32,
            spec_node,
            arg.lineno(),
            arg.col_offset(),
            arg.end_lineno(),
            arg.end_col_offset(),
        ));
    }
    if used < elts.len() {
        return None;
    }
    Some(make::JoinedStr(values, pos.0, pos.1, pos.2, pos.3))
}

/// Reads `[flags][width][.precision]spec` after a `%`: the spec character,
/// whether `-` was given, the width and the precision (each under 3 digits,
/// as CPython's `simple_format_arg_parse` accepts).
fn format_spec(chars: &[char], at: &mut usize) -> Option<(char, bool, Option<u32>, Option<u32>)> {
    let mut next = || -> Option<char> {
        let c = chars.get(*at).copied();
        *at += 1;
        c
    };
    let mut left = false;
    let mut ch = next()?;
    while matches!(ch, '-' | '+' | ' ' | '#' | '0') {
        left |= ch == '-';
        ch = next()?;
    }
    let mut width = None;
    if ch.is_ascii_digit() {
        let (mut w, mut digits) = (0u32, 0);
        while ch.is_ascii_digit() {
            w = w * 10 + ch.to_digit(10)?;
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
        width = Some(w);
    }
    let mut prec = None;
    if ch == '.' {
        ch = next()?;
        let (mut p, mut digits) = (0u32, 0);
        while ch.is_ascii_digit() {
            p = p * 10 + ch.to_digit(10)?;
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
        prec = Some(p);
    }
    Some((ch, left, width, prec))
}

fn fold_comps(gens: &mut [Comprehension]) {
    for g in gens {
        fold_iter(&mut g.iter);
        g.ifs.iter_mut().for_each(fold_expr);
    }
}

/// A constant str, bytes or tuple indexed by a constant int, when in range.
fn subscript(v: &Constant, i: &Constant) -> Option<Constant> {
    let Constant::Int(i) = i else { return None };
    let i = i.to_i64()?;
    let at = |len: usize| -> Option<usize> {
        let len = len as i64;
        let k = if i < 0 { i + len } else { i };
        (0..len).contains(&k).then_some(k as usize)
    };
    match v {
        Constant::Str(s) => {
            let points: Vec<u32> = s.chars().collect();
            let p = *points.get(at(points.len())?)?;
            crate::unicode::PyStr::from_code_points([p]).map(Constant::Str)
        }
        Constant::Bytes(b) => b.get(at(b.len())?).map(|x| Constant::Int(BigInt::from(*x))),
        Constant::Tuple(t) => t.get(at(t.len())?).cloned(),
        _ => None,
    }
}

fn small_int(v: BigInt) -> Option<Constant> {
    (v.bits() <= MAX_INT_BITS).then_some(Constant::Int(v))
}

fn unary(op: Unaryop, v: &Constant) -> Option<Constant> {
    match (op, v) {
        (Unaryop::USub, Constant::Int(i)) => Some(Constant::Int(-i)),
        (Unaryop::USub, Constant::Float(f)) => Some(Constant::Float(-f)),
        (Unaryop::USub, Constant::Complex { real, imag }) => Some(Constant::Complex {
            real: -real,
            imag: -imag,
        }),
        (Unaryop::UAdd, Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. }) => {
            Some(v.clone())
        }
        (Unaryop::Invert, Constant::Int(i)) => Some(Constant::Int(-i - 1)),
        (Unaryop::Not, c) => truth(c).map(|t| Constant::Bool(!t)),
        _ => None,
    }
}

fn truth(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        _ => return None,
    })
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::Bool(b) => Some(BigInt::from(*b as u8)),
        _ => None,
    }
}

fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        other => as_int(other).and_then(|i| i.to_f64()),
    }
}

fn binop(l: &Constant, op: Operator, r: &Constant) -> Option<Constant> {
    // `&`, `|`, `^` of two bools give a bool, as at run time.
    if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(Constant::Bool(a & b)),
            Operator::BitOr => return Some(Constant::Bool(a | b)),
            Operator::BitXor => return Some(Constant::Bool(a ^ b)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
        return int_binop(&a, op, &b);
    }
    let is_num =
        |c: &Constant| matches!(c, Constant::Int(_) | Constant::Bool(_) | Constant::Float(_));
    let as_complex = |c: &Constant| match c {
        Constant::Complex { real, imag } => Some((*real, *imag)),
        other if is_num(other) => as_float(other).map(|f| (f, 0.0)),
        _ => None,
    };
    if matches!(l, Constant::Complex { .. }) || matches!(r, Constant::Complex { .. }) {
        let ((a, b), (c, d)) = (as_complex(l)?, as_complex(r)?);
        let (real, imag) = match op {
            Operator::Add => (a + c, b + d),
            Operator::Sub => (a - c, b - d),
            Operator::Mult => (a * c - b * d, a * d + b * c),
            _ => return None,
        };
        return (real.is_finite() && imag.is_finite()).then_some(Constant::Complex { real, imag });
    }
    if is_num(l) && is_num(r) {
        let (a, b) = (as_float(l)?, as_float(r)?);
        let v = match op {
            Operator::Add => a + b,
            Operator::Sub => a - b,
            Operator::Mult => a * b,
            Operator::Div if b != 0.0 => a / b,
            _ => return None,
        };
        return v.is_finite().then_some(Constant::Float(v));
    }
    match (l, op, r) {
        (Constant::Str(a), Operator::Add, Constant::Str(b))
            if a.len() + b.len() <= MAX_COLLECTION =>
        {
            let mut joined = a.clone();
            joined.push_pystr(b);
            Some(Constant::Str(joined))
        }
        (Constant::Bytes(a), Operator::Add, Constant::Bytes(b))
            if a.len() + b.len() <= MAX_COLLECTION =>
        {
            Some(Constant::Bytes([a.as_slice(), b.as_slice()].concat()))
        }
        (Constant::Str(a), Operator::Mult, Constant::Int(n)) => {
            let n = n.to_usize()?;
            (a.len().saturating_mul(n) <= MAX_COLLECTION).then(|| {
                let mut out = crate::unicode::PyStr::new();
                (0..n).for_each(|_| out.push_pystr(a));
                Constant::Str(out)
            })
        }
        (Constant::Tuple(a), Operator::Add, Constant::Tuple(b)) if a.len() + b.len() <= 256 => {
            Some(Constant::Tuple(a.iter().chain(b).cloned().collect()))
        }
        (Constant::Bytes(a), Operator::Mult, Constant::Int(n)) => {
            let n = n.to_usize()?;
            (a.len().saturating_mul(n) <= MAX_COLLECTION).then(|| Constant::Bytes(a.repeat(n)))
        }
        (Constant::Tuple(a), Operator::Mult, Constant::Int(n)) => {
            let n = n.to_usize()?;
            (a.len().saturating_mul(n) <= 256)
                .then(|| Constant::Tuple((0..n).flat_map(|_| a.iter().cloned()).collect()))
        }
        _ => None,
    }
}

fn int_binop(a: &BigInt, op: Operator, b: &BigInt) -> Option<Constant> {
    let v = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if a.bits() + b.bits() > MAX_INT_BITS {
                return None;
            }
            a * b
        }
        Operator::FloorDiv | Operator::Mod => {
            if b.is_zero() {
                return None;
            }
            // Python rounds the quotient toward negative infinity.
            let (q, r) = (a / b, a % b);
            let adjust = !r.is_zero() && (r.is_negative() != b.is_negative());
            if op == Operator::FloorDiv {
                if adjust {
                    q - 1
                } else {
                    q
                }
            } else if adjust {
                r + b
            } else {
                r
            }
        }
        Operator::Pow => {
            if b.is_negative() {
                return None;
            }
            let e = b.to_u32()?;
            if a.bits().saturating_mul(u64::from(e)) > MAX_INT_BITS {
                return None;
            }
            num_traits::pow(a.clone(), e as usize)
        }
        Operator::LShift => {
            let s = b.to_u64()?;
            if a.bits() + s > MAX_INT_BITS {
                return None;
            }
            a << s as usize
        }
        Operator::RShift => {
            let s = b.to_u64()?;
            a >> s.min(1 << 20) as usize
        }
        Operator::BitOr => a | b,
        Operator::BitAnd => a & b,
        Operator::BitXor => a ^ b,
        Operator::Div => {
            // Correctly rounded, as the run time's int division.
            return crate::object::int::true_div(a, b).ok().map(Constant::Float);
        }
        Operator::MatMult => return None,
        // A fork's own operators (rows beyond Python's in `operators`) are not folded.
        #[allow(unreachable_patterns)]
        _ => return None,
    };
    small_int(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(i: i64) -> Constant {
        Constant::Int(BigInt::from(i))
    }

    #[test]
    fn folds_like_python() {
        assert_eq!(binop(&c(1), Operator::Add, &c(2)), Some(c(3)));
        assert_eq!(binop(&c(-7), Operator::FloorDiv, &c(2)), Some(c(-4)));
        assert_eq!(binop(&c(-7), Operator::Mod, &c(2)), Some(c(1)));
        assert_eq!(binop(&c(1), Operator::Div, &c(0)), None);
        assert_eq!(binop(&c(2), Operator::Pow, &c(1000)), None);
        assert_eq!(unary(Unaryop::USub, &c(1)), Some(c(-1)));
        assert_eq!(unary(Unaryop::Invert, &c(5)), Some(c(-6)));
    }
}

/// The text of a str constant without lone surrogates (what folding handles).
fn str_const(c: &Constant) -> Option<&str> {
    match c {
        Constant::Str(s) => s.as_str(),
        _ => None,
    }
}
