//! `bool`: the two immortal singletons `True` and `False`, a subclass of int.

use crate::ast::Operator;
use crate::object::typeobj::Slots;
use crate::object::PyResult;
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct BoolValue(pub bool);
impl Payload for BoolValue {}

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let b = v.downcast::<BoolValue>().is_some_and(|b| b.0);
    Ok(if b { "True" } else { "False" }.to_string())
}

/// `&`, `|`, `^` of two bools stay bools; the rest is int arithmetic.
fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (a.downcast::<BoolValue>(), b.downcast::<BoolValue>()) {
        match op {
            Operator::BitAnd => return Ok(Some(py.bool(x.0 & y.0))),
            Operator::BitOr => return Ok(Some(py.bool(x.0 | y.0))),
            Operator::BitXor => return Ok(Some(py.bool(x.0 ^ y.0))),
            _ => {}
        }
    }
    match py
        .types
        .int
        .downcast::<super::typeobj::TypeObject>()
        .and_then(|t| t.slots.binop)
    {
        Some(f) => f(py, a, b, op),
        None => Ok(None),
    }
}

fn new(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(py.type_error("bool() takes no keyword arguments".to_string()));
    }
    match args {
        [] => Ok(py.bool(false)),
        [x] => Ok(py.bool(super::truthy(py, x)?)),
        _ => Err(py.type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        binop: Some(binop),
        new: Some(new),
        ..Slots::default()
    }
}
