//! The SyntaxWarnings CPython 3.11's compiler gives about code that will
//! surely fail or mislead at run time (`x is 1`, `(1, 2)(3)`, `"ab"[1.5]`,
//! `assert (x, "msg")`). They are collected while a module compiles and
//! written to stderr when it is done, in the form of `warnings.showwarning`:
//! `file:line: SyntaxWarning: message`, then the stripped source line when
//! the file can be read (so not for `-c` or `exec` strings).

use crate::ast::*;
use std::cell::RefCell;
use std::io::Write;

thread_local! {
    /// Warnings of the compilation under way: (line, message).
    static PENDING: RefCell<Vec<(u32, String)>> = const { RefCell::new(Vec::new()) };
}

/// Records a warning at `lineno` of the module being compiled.
pub fn warn(lineno: Option<u32>, msg: String) {
    PENDING.with(|p| p.borrow_mut().push((lineno.unwrap_or(0), msg)));
}

/// Forgets warnings left by an earlier compilation; returns how many there
/// were, so that a nested compilation can leave the outer one's alone.
pub fn mark() -> usize {
    PENDING.with(|p| p.borrow().len())
}

/// Writes the warnings recorded since `from` (see [`mark`]) for `filename`.
/// The frozen standard library is compiled ahead of time by CPython, so it
/// never warns.
pub fn flush(from: usize, filename: &str) {
    let taken: Vec<(u32, String)> = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        let from = from.min(p.len());
        p.split_off(from)
    });
    if taken.is_empty() || filename.starts_with("<frozen ") || filename == "<operators>" {
        return;
    }
    let source = std::fs::read(filename).ok();
    let mut text = String::new();
    for (lineno, msg) in taken {
        text.push_str(&format!("{filename}:{lineno}: SyntaxWarning: {msg}\n"));
        let line = source.as_ref().and_then(|s| {
            s.split(|&b| b == b'\n')
                .nth((lineno as usize).checked_sub(1)?)
                .map(|l| String::from_utf8_lossy(l).trim().to_string())
        });
        if let Some(line) = line.filter(|l| !l.is_empty()) {
            text.push_str(&format!("  {line}\n"));
        }
    }
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// The type a literal-like expression surely has (CPython's `infer_type`).
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::GeneratorExp(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "str",
        Expr::Constant(c) => constant_type(&c.value),
        _ => return None,
    })
}

fn constant_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::Bool(_) => "bool",
        Constant::Ellipsis => "ellipsis",
        Constant::Int(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex { .. } => "complex",
        Constant::Str(_) => "str",
        Constant::Bytes(_) => "bytes",
        Constant::Tuple(_) => "tuple",
        Constant::FrozenSet(_) => "frozenset",
    }
}

/// `f(...)` where `f` is a literal that cannot be called.
pub fn check_caller(func: &Expr) -> Option<String> {
    match func {
        Expr::Constant(_)
        | Expr::Tuple(_)
        | Expr::List(_)
        | Expr::ListComp(_)
        | Expr::Dict(_)
        | Expr::DictComp(_)
        | Expr::Set(_)
        | Expr::SetComp(_)
        | Expr::GeneratorExp(_)
        | Expr::JoinedStr(_)
        | Expr::FormattedValue(_) => Some(format!(
            "'{}' object is not callable; perhaps you missed a comma?",
            infer_type(func)?
        )),
        _ => None,
    }
}

/// `v[i]` (a load) where `v` cannot be subscripted, or `i` cannot index it.
pub fn check_subscript(value: &Expr, index: &Expr) -> Option<String> {
    let unsubscriptable = match value {
        Expr::Constant(c) => matches!(
            c.value,
            Constant::None
                | Constant::Ellipsis
                | Constant::Int(_)
                | Constant::Bool(_)
                | Constant::Float(_)
                | Constant::Complex { .. }
                | Constant::FrozenSet(_)
        ),
        Expr::Set(_) | Expr::SetComp(_) | Expr::GeneratorExp(_) | Expr::Lambda(_) => true,
        _ => false,
    };
    if unsubscriptable {
        return Some(format!(
            "'{}' object is not subscriptable; perhaps you missed a comma?",
            infer_type(value)?
        ));
    }
    let index_type = infer_type(index)?;
    if matches!(index_type, "int" | "bool") {
        return None;
    }
    let sequence = match value {
        Expr::Constant(c) => matches!(
            c.value,
            Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)
        ),
        Expr::Tuple(_)
        | Expr::List(_)
        | Expr::ListComp(_)
        | Expr::JoinedStr(_)
        | Expr::FormattedValue(_) => true,
        _ => false,
    };
    if !sequence {
        return None;
    }
    Some(format!(
        "{} indices must be integers or slices, not {index_type}; perhaps you missed a comma?",
        infer_type(value)?
    ))
}

/// `x is 1`: identity with a literal other than None, True, False or `...`.
pub fn check_compare(c: &ExprCompare) -> Option<String> {
    let is_arg = |e: &Expr| match e {
        Expr::Constant(k) => matches!(
            k.value,
            Constant::None | Constant::Bool(_) | Constant::Ellipsis
        ),
        _ => true,
    };
    let mut left = is_arg(&c.left);
    for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
        let right = is_arg(right);
        if !(left && right) {
            match op {
                Cmpop::Is => return Some("\"is\" with a literal. Did you mean \"==\"?".into()),
                Cmpop::IsNot => {
                    return Some("\"is not\" with a literal. Did you mean \"!=\"?".into())
                }
                _ => {}
            }
        }
        left = right;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expr(src: &str) -> Expr {
        let m = crate::parser::parse(src, crate::parser::Mode::Exec, false)
            .module
            .expect("parses");
        let Mod::Module(m) = m else { panic!("module") };
        match &m.body[0] {
            Stmt::Expr(e) => (*e.value).clone(),
            _ => panic!("expression statement"),
        }
    }

    #[test]
    fn literal_identity_and_calls_and_indices() {
        let Expr::Compare(c) = expr("x is 1") else {
            panic!()
        };
        assert!(check_compare(&c).is_some());
        let Expr::Compare(c) = expr("x is not None") else {
            panic!()
        };
        assert!(check_compare(&c).is_none());
        let Expr::Call(c) = expr("[1](2)") else {
            panic!()
        };
        assert_eq!(
            check_caller(&c.func).as_deref(),
            Some("'list' object is not callable; perhaps you missed a comma?")
        );
        let Expr::Subscript(s) = expr("'ab'[1.5]") else {
            panic!()
        };
        assert_eq!(
            check_subscript(&s.value, &s.slice).as_deref(),
            Some("str indices must be integers or slices, not float; perhaps you missed a comma?")
        );
        let Expr::Subscript(s) = expr("'ab'[x]") else {
            panic!()
        };
        assert!(check_subscript(&s.value, &s.slice).is_none());
    }
}
