//! Checks a tree that came from Python objects (`compile(tree, ...)`) before
//! the compiler sees it: the parser never builds what is refused here (empty
//! bodies, wrong contexts, mismatched lists), so the compiler may assume it.
//! The messages are CPython 3.11's (`Python/ast.c`'s validator).

use super::*;

/// Why a tree is refused: the exception class and its message.
#[derive(Debug, PartialEq, Eq)]
pub enum Invalid {
    Value(String),
    Type(String),
    /// CPython finds these in its compiler, as SystemError.
    System(String),
}

type R = Result<(), Invalid>;

fn value(msg: impl Into<String>) -> R {
    Err(Invalid::Value(msg.into()))
}

fn ctx_name(c: ExprContext) -> &'static str {
    c.name()
}

/// Checks a whole tree.
pub fn validate_mod(m: &Mod) -> R {
    match m {
        Mod::Module(n) => stmts(&n.body),
        Mod::Interactive(n) => stmts(&n.body),
        Mod::Expression(n) => expr(&n.body, ExprContext::Load),
        Mod::FunctionType(n) => {
            exprs(&n.argtypes, ExprContext::Load)?;
            expr(&n.returns, ExprContext::Load)
        }
        #[allow(unreachable_patterns)]
        _ => Ok(()),
    }
}

fn nonempty<T>(items: &[T], what: &str, owner: &str) -> R {
    if items.is_empty() {
        return value(format!("empty {what} on {owner}"));
    }
    Ok(())
}

fn body(items: &[Stmt], owner: &str) -> R {
    nonempty(items, "body", owner)?;
    stmts(items)
}

fn stmts(items: &[Stmt]) -> R {
    items.iter().try_for_each(stmt)
}

fn exprs(items: &[Expr], ctx: ExprContext) -> R {
    items.iter().try_for_each(|e| expr(e, ctx))
}

fn opt(e: &Option<Box<Expr>>, ctx: ExprContext) -> R {
    match e {
        Some(e) => expr(e, ctx),
        None => Ok(()),
    }
}

fn load(e: &Expr) -> R {
    expr(e, ExprContext::Load)
}

fn stmt(s: &Stmt) -> R {
    use ExprContext::{Del, Load, Store};
    match s {
        Stmt::FunctionDef(n) => {
            body(&n.body, "FunctionDef")?;
            arguments(&n.args)?;
            exprs(&n.decorator_list, Load)?;
            opt(&n.returns, Load)
        }
        Stmt::AsyncFunctionDef(n) => {
            body(&n.body, "AsyncFunctionDef")?;
            arguments(&n.args)?;
            exprs(&n.decorator_list, Load)?;
            opt(&n.returns, Load)
        }
        Stmt::ClassDef(n) => {
            body(&n.body, "ClassDef")?;
            exprs(&n.bases, Load)?;
            n.keywords.iter().try_for_each(|k| load(&k.value))?;
            exprs(&n.decorator_list, Load)
        }
        Stmt::Return(n) => opt(&n.value, Load),
        Stmt::Delete(n) => {
            nonempty(&n.targets, "targets", "Delete")?;
            exprs(&n.targets, Del)
        }
        Stmt::Assign(n) => {
            nonempty(&n.targets, "targets", "Assign")?;
            exprs(&n.targets, Store)?;
            load(&n.value)
        }
        Stmt::AugAssign(n) => {
            expr(&n.target, Store)?;
            load(&n.value)
        }
        Stmt::AnnAssign(n) => {
            if n.simple != 0 && !matches!(*n.target, Expr::Name(_)) {
                return Err(Invalid::Type(
                    "AnnAssign with simple non-Name target".to_string(),
                ));
            }
            expr(&n.target, Store)?;
            opt(&n.value, Load)?;
            load(&n.annotation)
        }
        Stmt::For(n) => {
            expr(&n.target, Store)?;
            load(&n.iter)?;
            body(&n.body, "For")?;
            stmts(&n.orelse)
        }
        Stmt::AsyncFor(n) => {
            expr(&n.target, Store)?;
            load(&n.iter)?;
            body(&n.body, "AsyncFor")?;
            stmts(&n.orelse)
        }
        Stmt::While(n) => {
            load(&n.test)?;
            body(&n.body, "While")?;
            stmts(&n.orelse)
        }
        Stmt::If(n) => {
            load(&n.test)?;
            body(&n.body, "If")?;
            stmts(&n.orelse)
        }
        Stmt::With(n) => {
            nonempty(&n.items, "items", "With")?;
            n.items.iter().try_for_each(withitem)?;
            body(&n.body, "With")
        }
        Stmt::AsyncWith(n) => {
            nonempty(&n.items, "items", "AsyncWith")?;
            n.items.iter().try_for_each(withitem)?;
            body(&n.body, "AsyncWith")
        }
        Stmt::Match(n) => {
            load(&n.subject)?;
            nonempty(&n.cases, "cases", "Match")?;
            for c in &n.cases {
                pattern(&c.pattern, false)?;
                opt(&c.guard, Load)?;
                body(&c.body, "match_case")?;
            }
            Ok(())
        }
        Stmt::Raise(n) => match (&n.exc, &n.cause) {
            (Some(e), c) => {
                load(e)?;
                opt(c, Load)
            }
            (None, Some(_)) => value("Raise with cause but no exception"),
            (None, None) => Ok(()),
        },
        Stmt::Try(n) => try_(&n.body, &n.handlers, &n.orelse, &n.finalbody, "Try"),
        Stmt::TryStar(n) => try_(&n.body, &n.handlers, &n.orelse, &n.finalbody, "TryStar"),
        Stmt::Assert(n) => {
            load(&n.test)?;
            opt(&n.msg, Load)
        }
        Stmt::Import(n) => nonempty(&n.names, "names", "Import"),
        Stmt::ImportFrom(n) => {
            if n.level.is_some_and(|l| l < 0) {
                return value("Negative ImportFrom level");
            }
            nonempty(&n.names, "names", "ImportFrom")
        }
        Stmt::Global(n) => nonempty(&n.names, "names", "Global"),
        Stmt::Nonlocal(n) => nonempty(&n.names, "names", "Nonlocal"),
        Stmt::Expr(n) => load(&n.value),
        Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => Ok(()),
        // A fork's own statements: its compiler checks them.
        #[allow(unreachable_patterns)]
        _ => Ok(()),
    }
}

fn try_(
    b: &[Stmt],
    handlers: &[Excepthandler],
    orelse: &[Stmt],
    finalbody: &[Stmt],
    owner: &str,
) -> R {
    body(b, owner)?;
    if handlers.is_empty() && finalbody.is_empty() {
        return value(format!("{owner} has neither except handlers nor finalbody"));
    }
    if handlers.is_empty() && !orelse.is_empty() {
        return value(format!("{owner} has orelse but no except handlers"));
    }
    for h in handlers {
        let Excepthandler::ExceptHandler(h) = h;
        opt(&h.type_, ExprContext::Load)?;
        body(&h.body, "ExceptHandler")?;
    }
    stmts(orelse)?;
    stmts(finalbody)
}

fn withitem(w: &Withitem) -> R {
    load(&w.context_expr)?;
    opt(&w.optional_vars, ExprContext::Store)
}

fn arguments(a: &Arguments) -> R {
    let all = a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(a.vararg.as_deref())
        .chain(&a.kwonlyargs)
        .chain(a.kwarg.as_deref());
    for arg in all {
        opt(&arg.annotation, ExprContext::Load)?;
    }
    if a.defaults.len() > a.posonlyargs.len() + a.args.len() {
        return value("more positional defaults than args on arguments");
    }
    if a.kw_defaults.len() != a.kwonlyargs.len() {
        return value("length of kwonlyargs is not the same as kw_defaults on arguments");
    }
    exprs(&a.defaults, ExprContext::Load)?;
    a.kw_defaults
        .iter()
        .flatten()
        .try_for_each(|e| expr(e, ExprContext::Load))
}

fn comprehensions(gens: &[Comprehension]) -> R {
    if gens.is_empty() {
        return value("comprehension with no generators");
    }
    for g in gens {
        expr(&g.target, ExprContext::Store)?;
        load(&g.iter)?;
        exprs(&g.ifs, ExprContext::Load)?;
    }
    Ok(())
}

/// Checks `e`, used where context `ctx` is required.
fn expr(e: &Expr, ctx: ExprContext) -> R {
    use ExprContext::Load;
    let own = match e {
        Expr::Attribute(n) => Some(n.ctx),
        Expr::Subscript(n) => Some(n.ctx),
        Expr::Starred(n) => Some(n.ctx),
        Expr::Name(n) => Some(n.ctx),
        Expr::List(n) => Some(n.ctx),
        Expr::Tuple(n) => Some(n.ctx),
        _ => None,
    };
    match own {
        Some(actual) if actual != ctx => {
            return value(format!(
                "expression must have {} context but has {} instead",
                ctx_name(ctx),
                ctx_name(actual)
            ))
        }
        None if ctx != Load => {
            return value(format!(
                "expression which can't be assigned to in {} context",
                ctx_name(ctx)
            ))
        }
        _ => {}
    }
    match e {
        Expr::BoolOp(n) => {
            if n.values.len() < 2 {
                return value("BoolOp with less than 2 values");
            }
            exprs(&n.values, Load)
        }
        Expr::NamedExpr(n) => {
            if !matches!(*n.target, Expr::Name(_)) {
                return Err(Invalid::Type("NamedExpr target must be a Name".to_string()));
            }
            load(&n.value)
        }
        Expr::BinOp(n) => {
            load(&n.left)?;
            load(&n.right)
        }
        Expr::UnaryOp(n) => load(&n.operand),
        Expr::Lambda(n) => {
            arguments(&n.args)?;
            load(&n.body)
        }
        Expr::IfExp(n) => {
            load(&n.test)?;
            load(&n.body)?;
            load(&n.orelse)
        }
        Expr::Dict(n) => {
            if n.keys.len() != n.values.len() {
                return value("Dict doesn't have the same number of keys as values");
            }
            n.keys.iter().flatten().try_for_each(load)?;
            exprs(&n.values, Load)
        }
        Expr::Set(n) => exprs(&n.elts, Load),
        Expr::ListComp(n) => {
            comprehensions(&n.generators)?;
            load(&n.elt)
        }
        Expr::SetComp(n) => {
            comprehensions(&n.generators)?;
            load(&n.elt)
        }
        Expr::GeneratorExp(n) => {
            comprehensions(&n.generators)?;
            load(&n.elt)
        }
        Expr::DictComp(n) => {
            comprehensions(&n.generators)?;
            load(&n.key)?;
            load(&n.value)
        }
        Expr::Await(n) => load(&n.value),
        Expr::Yield(n) => opt(&n.value, Load),
        Expr::YieldFrom(n) => load(&n.value),
        Expr::Compare(n) => {
            if n.comparators.is_empty() {
                return value("Compare with no comparators");
            }
            if n.comparators.len() != n.ops.len() {
                return value("Compare has a different number of comparators and operands");
            }
            load(&n.left)?;
            exprs(&n.comparators, Load)
        }
        Expr::Call(n) => {
            load(&n.func)?;
            exprs(&n.args, Load)?;
            n.keywords.iter().try_for_each(|k| load(&k.value))
        }
        Expr::FormattedValue(n) => {
            // -1 (none), 's', 'r' or 'a'.
            if ![-1, 115, 114, 97].contains(&n.conversion) {
                return Err(Invalid::System(format!(
                    "Unrecognized conversion character {}",
                    n.conversion
                )));
            }
            load(&n.value)?;
            opt(&n.format_spec, Load)
        }
        Expr::JoinedStr(n) => exprs(&n.values, Load),
        Expr::Constant(_) => Ok(()),
        Expr::Attribute(n) => load(&n.value),
        Expr::Subscript(n) => {
            load(&n.slice)?;
            load(&n.value)
        }
        Expr::Starred(n) => expr(&n.value, ctx),
        Expr::Slice(n) => {
            opt(&n.lower, Load)?;
            opt(&n.upper, Load)?;
            opt(&n.step, Load)
        }
        Expr::Name(n) => {
            let id = n.id.as_str();
            if matches!(id, "None" | "True" | "False") {
                return value(format!("identifier field can't represent '{id}' constant"));
            }
            Ok(())
        }
        Expr::List(n) => exprs(&n.elts, ctx),
        Expr::Tuple(n) => exprs(&n.elts, ctx),
        #[allow(unreachable_patterns)]
        _ => Ok(()),
    }
}

fn capture(name: &Option<Identifier>) -> R {
    match name.as_ref().map(Identifier::as_str) {
        Some("_") => value("can't capture name '_' in patterns"),
        Some(id @ ("None" | "True" | "False")) => {
            value(format!("identifier field can't represent '{id}' constant"))
        }
        _ => Ok(()),
    }
}

/// The value of a literal pattern: a constant, a signed or complex number,
/// or a dotted name.
fn literal_pattern(e: &Expr) -> R {
    match e {
        Expr::Constant(c) => match c.value {
            Constant::None | Constant::Bool(_) => {
                value("unexpected constant inside of a literal pattern")
            }
            _ => Ok(()),
        },
        Expr::Attribute(_) => load(e),
        Expr::UnaryOp(u) if u.op == Unaryop::USub && matches!(*u.operand, Expr::Constant(_)) => {
            load(e)
        }
        Expr::BinOp(b)
            if matches!(b.op, Operator::Add | Operator::Sub)
                && matches!(*b.right, Expr::Constant(_)) =>
        {
            load(e)
        }
        _ => value("patterns may only match literals and attribute lookups"),
    }
}

fn pattern(p: &Pattern, star_ok: bool) -> R {
    match p {
        Pattern::MatchValue(n) => literal_pattern(&n.value),
        Pattern::MatchSingleton(n) => match n.value {
            Constant::None | Constant::Bool(_) => Ok(()),
            _ => value("MatchSingleton can only contain True, False and None"),
        },
        Pattern::MatchSequence(n) => n.patterns.iter().try_for_each(|q| pattern(q, true)),
        Pattern::MatchMapping(n) => {
            if n.keys.len() != n.patterns.len() {
                return value("MatchMapping doesn't have the same number of keys as patterns");
            }
            capture(&n.rest)?;
            n.keys.iter().try_for_each(literal_pattern)?;
            n.patterns.iter().try_for_each(|q| pattern(q, false))
        }
        Pattern::MatchClass(n) => {
            if n.kwd_attrs.len() != n.kwd_patterns.len() {
                return value(
                    "MatchClass doesn't have the same number of keyword attributes as patterns",
                );
            }
            let mut cls = &*n.cls;
            loop {
                match cls {
                    Expr::Name(_) => break,
                    Expr::Attribute(a) => cls = &a.value,
                    _ => {
                        return value(
                            "MatchClass cls field can only contain Name or Attribute nodes.",
                        )
                    }
                }
            }
            load(&n.cls)?;
            n.patterns.iter().try_for_each(|q| pattern(q, false))?;
            n.kwd_patterns.iter().try_for_each(|q| pattern(q, false))
        }
        Pattern::MatchStar(n) => {
            if !star_ok {
                return value("can't use MatchStar here");
            }
            capture(&n.name)
        }
        Pattern::MatchAs(n) => {
            capture(&n.name)?;
            match (&n.pattern, &n.name) {
                (Some(_), None) => {
                    value("MatchAs must specify a target name if a pattern is given")
                }
                (Some(q), Some(_)) => pattern(q, false),
                _ => Ok(()),
            }
        }
        Pattern::MatchOr(n) => {
            if n.patterns.len() < 2 {
                return value("MatchOr requires at least 2 patterns");
            }
            n.patterns.iter().try_for_each(|q| pattern(q, false))
        }
        #[allow(unreachable_patterns)]
        _ => Ok(()),
    }
}
