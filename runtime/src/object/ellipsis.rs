//! `Ellipsis` (`...`): the one instance of type `ellipsis`.

use crate::object::typeobj::Slots;
use crate::object::PyResult;
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct EllipsisValue;
impl Payload for EllipsisValue {}

fn repr(_py: Py<'_>, _v: &Value) -> PyResult<String> {
    Ok("Ellipsis".to_string())
}

fn hash(_py: Py<'_>, v: &Value) -> PyResult<i64> {
    Ok((v.addr() >> 4) as i64)
}

/// `type(...)()` returns the singleton.
fn new(py: Py<'_>, _ty: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(py.type_error("ellipsis takes no arguments".to_string()));
    }
    Ok(py.ellipsis.clone())
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(hash),
        new: Some(new),
        ..Slots::default()
    }
}
