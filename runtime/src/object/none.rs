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

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        ..Slots::default()
    }
}
