//! `NoneType`: the immortal singleton `None`.

use crate::object::typeobj::Slots;
use crate::object::PyResult;
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct NoneValue;
impl Payload for NoneValue {}

fn repr(_py: Py<'_>, _v: &Value) -> PyResult<String> {
    Ok("None".to_string())
}

/// `type(None)()` returns the singleton.
fn new(py: Py<'_>, _ty: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(py.type_error("NoneType takes no arguments".to_string()));
    }
    Ok(py.none())
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        new: Some(new),
        ..Slots::default()
    }
}
