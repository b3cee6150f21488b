//! `method-wrapper`: a builtin type's slot dunder bound to an object, as
//! `(1).__add__` or `[].__len__`. It holds the same payload as a bound
//! `method` (the descriptor and the receiver), so calls take the same path;
//! only its type, repr and attributes differ, as in CPython.

use crate::object::descr::SlotWrapper;
use crate::object::function::Builtin;
use crate::object::instance::Method;
use crate::object::typeobj::{Slots, TypeObject};
use crate::object::{self as obj, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// `descr` (a slot wrapper) bound to `me`.
pub fn new(py: Py<'_>, descr: Value, me: Value) -> Value {
    py.alloc(&py.types.method_wrapper, Method { func: descr, me })
}

/// Whether binding `d` to an instance makes a method-wrapper: slot wrappers,
/// and the operator dunders kept as builtin functions of type
/// `wrapper_descriptor`.
pub fn binds_as_wrapper(py: Py<'_>, d: &Value) -> bool {
    if d.downcast::<SlotWrapper>().is_some() {
        return true;
    }
    d.downcast::<Builtin>().is_some_and(|b| {
        b.bound.is_none() && b.name.starts_with("__") && py.type_name(d) == "wrapper_descriptor"
    })
}

/// The dunder's name and the type it belongs to.
fn parts<'a>(py: Py<'_>, m: &'a Method) -> (&'a str, Option<Value>) {
    if let Some(w) = m.func.downcast::<SlotWrapper>() {
        return (w.name, Some(w.owner.clone()));
    }
    if let Some(b) = m.func.downcast::<Builtin>() {
        let owner = obj::getattr(py, &m.func, "__objclass__").ok();
        return (b.name, owner);
    }
    ("?", None)
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(m) = v.downcast::<Method>() else {
        return Ok("<method-wrapper>".to_string());
    };
    let (name, _) = parts(py, m);
    Ok(format!(
        "<method-wrapper '{name}' of {} object at {:#x}>",
        py.type_name(&m.me),
        m.me.addr()
    ))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(m) = v.downcast::<Method>() else {
        return Ok(None);
    };
    let (dunder, owner) = parts(py, m);
    Ok(match name {
        "__self__" => Some(m.me.clone()),
        "__name__" => Some(py.new_str(dunder)),
        "__qualname__" => {
            let owner = owner
                .as_ref()
                .and_then(|o| o.downcast::<TypeObject>().map(|t| t.name.to_string()));
            Some(py.new_str(&match owner {
                Some(o) => format!("{o}.{dunder}"),
                None => dunder.to_string(),
            }))
        }
        "__objclass__" => owner,
        "__doc__" | "__text_signature__" => {
            Some(obj::getattr(py, &m.func, name).unwrap_or_else(|_| py.none()))
        }
        _ => None,
    })
}

fn compare(py: Py<'_>, a: &Value, b: &Value, op: crate::ast::Cmpop) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (a.downcast::<Method>(), b.downcast::<Method>()) else {
        return Ok(None);
    };
    if !py.type_of(b).is(&py.types.method_wrapper) {
        return Ok(None);
    }
    let same = x.func.is(&y.func) && x.me.is(&y.me);
    Ok(match op {
        crate::ast::Cmpop::Eq => Some(py.bool(same)),
        crate::ast::Cmpop::NotEq => Some(py.bool(!same)),
        _ => None,
    })
}

fn hash(_py: Py<'_>, v: &Value) -> PyResult<i64> {
    Ok(v.downcast::<Method>()
        .map_or(0, |m| ((m.func.addr() ^ m.me.addr()) >> 4) as i64))
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        getattr: Some(getattr),
        richcompare: Some(compare),
        hash: Some(hash),
        ..Slots::default()
    }
}
