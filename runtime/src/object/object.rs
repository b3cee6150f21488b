//! `object`: the root of every type; its slots are the defaults (identity
//! hash and equality).

use crate::ast::Cmpop;
use crate::object::typeobj::Slots;
use crate::object::PyResult;
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct ObjectValue;
impl Payload for ObjectValue {}

pub(crate) fn hash(_py: Py<'_>, v: &Value) -> PyResult<i64> {
    // As CPython: the address rotated so the alignment zeros do not collide.
    Ok((v.addr() >> 4) as i64)
}

pub(crate) fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    Ok(match op {
        Cmpop::Eq if a.is(b) => Some(py.bool(true)),
        _ => None,
    })
}

fn new(py: Py<'_>, ty: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(py.type_error("object() takes no arguments".to_string()));
    }
    // Types with their own payload cannot be made by `object.__new__`.
    match ty.downcast::<super::typeobj::TypeObject>() {
        Some(t) if t.payload_id == std::any::TypeId::of::<ObjectValue>() => {
            Ok(py.alloc(ty, ObjectValue))
        }
        Some(t) => Err(py.type_error(format!("cannot create '{}' instances", t.name))),
        None => Err(py.system_error("object.__new__ of a non-type")),
    }
}

pub fn slots() -> Slots {
    Slots {
        hash: Some(hash),
        richcompare: Some(richcompare),
        new: Some(new),
        ..Slots::default()
    }
}
