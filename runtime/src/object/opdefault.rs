//! The default meaning of an operator, from its `operators` row:
//! `default "expr" for T1 T2` gives a Python expression over the operands `a`
//! and `b`, evaluated when neither operand's type answers the operator, and
//! only when both operands are instances of one of the listed builtin types
//! (any operands when the row lists none).
//!
//! Each expression is compiled once per interpreter, the first time it is
//! needed, with the real parser and compiler, as the body of a function
//! `(a, b)` whose globals see the builtins; the function is cached under the
//! expression's text in `Interpreter::operator_defaults`.

use super::{PyResult, Value};
use crate::ast::{Cmpop, Operator};
use crate::vm::Py;

/// `a op b` by the row's default meaning, or `None` when the row has none or
/// it does not apply to these operands (the caller raises its TypeError).
pub fn compare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    apply(py, a, b, op.default_meaning(), op.default_operand_types())
}

/// The same for a binary operator's row.
pub fn binary(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    apply(py, a, b, op.default_meaning(), op.default_operand_types())
}

fn apply(
    py: Py<'_>,
    a: &Value,
    b: &Value,
    expr: Option<&'static str>,
    types: &[&str],
) -> PyResult<Option<Value>> {
    let Some(expr) = expr else {
        return Ok(None);
    };
    let applies =
        types.is_empty() || (instance_of_any(py, a, types)? && instance_of_any(py, b, types)?);
    if !applies {
        return Ok(None);
    }
    let f = function_for(py, expr)?;
    super::call(py, &f, &[a.clone(), b.clone()], &[]).map(Some)
}

/// Whether `v`'s type is, or derives from, a builtin type named in `types`.
fn instance_of_any(py: Py<'_>, v: &Value, types: &[&str]) -> PyResult<bool> {
    let ty = py.type_of(v);
    for name in types {
        if let Some(t) = super::dict::get_str(py, &py.builtins, name)? {
            if super::typeobj::is_subtype(&ty, &t) {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// The compiled function `(a, b) -> expr`, made on first use.
pub fn function_for(py: Py<'_>, expr: &'static str) -> PyResult<Value> {
    if let Some(f) = py.operator_defaults.borrow().get(expr) {
        return Ok(f.clone());
    }
    let src = format!("def __operator_default__(a, b):\n    return ({expr})\n");
    let bad = |what: &str| {
        py.system_error(&format!(
            "the default meaning \"{expr}\" of an operator in `operators` {what}"
        ))
    };
    let parsed = crate::parser::parse(&src, crate::parser::Mode::Exec, false);
    let module = parsed
        .module
        .map_err(|_| bad("is not a Python expression"))?;
    let code = crate::compile::codegen::compile_module(&module, "<operators>")
        .map_err(|_| bad("does not compile"))?;
    let globals = super::dict::new(py);
    super::dict::set_item(py, &globals, py.intern("__builtins__"), py.builtins.clone())?;
    crate::vm::eval::run_code(py, code, globals.clone())?;
    let f = super::dict::get_str(py, &globals, "__operator_default__")?
        .ok_or_else(|| bad("did not define its function"))?;
    py.operator_defaults.borrow_mut().insert(expr, f.clone());
    Ok(f)
}

#[cfg(test)]
mod tests {
    use crate::object as obj;
    use crate::vm::Interpreter;

    #[test]
    fn a_default_expression_is_compiled_once_and_called() {
        let interp = Interpreter::new();
        let py = interp.py();
        let expr = "abs(a - b) <= 0.1";
        let f = super::function_for(py, expr).expect("compiles");
        let g = super::function_for(py, expr).expect("cached");
        assert!(f.is(&g));
        let one = obj::float::new(py, 1.0);
        let near = obj::float::new(py, 1.05);
        let r = obj::call(py, &f, &[one.clone(), near], &[]).expect("runs");
        assert!(r.is(&py.true_));
        let far = obj::float::new(py, 2.0);
        let r = obj::call(py, &f, &[one, far], &[]).expect("runs");
        assert!(r.is(&py.false_));
    }

    #[test]
    fn a_broken_default_expression_is_a_system_error() {
        let interp = Interpreter::new();
        let py = interp.py();
        let err = super::function_for(py, "a +").expect_err("does not parse");
        assert!(err.matches(py, &py.types.system_error));
    }
}
