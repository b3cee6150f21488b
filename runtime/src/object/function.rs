//! `function` (Python code with its globals, defaults and closure) and
//! `builtin_function_or_method` (a Rust function, maybe bound to `self`).

use std::rc::Rc;

use crate::object::code::CodeData;
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::PyResult;
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct Function {
    pub code: Rc<CodeData>,
    pub globals: Value,
    pub defaults: Vec<Value>,
    /// Keyword-only defaults: a dict, or `None`.
    pub kwdefaults: Option<Value>,
    /// Cells for the code's free variables.
    pub closure: Vec<Value>,
    pub name: String,
    pub qualname: String,
}
impl Payload for Function {
    const GC: bool = true;
}

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let name = v
        .downcast::<Function>()
        .map_or("?", |f| f.qualname.as_str());
    Ok(format!("<function {name} at {:#x}>", v.addr()))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(f) = v.downcast::<Function>() else {
        return Ok(None);
    };
    Ok(match name {
        "__name__" => Some(py.new_str(&f.name)),
        "__qualname__" => Some(py.new_str(&f.qualname)),
        "__code__" => Some(py.alloc(&py.types.code, super::code::Code(f.code.clone()))),
        "__globals__" => Some(f.globals.clone()),
        // The compiler puts the docstring (or None) first in a function's constants.
        "__doc__" => Some(
            f.code
                .consts
                .first()
                .filter(|c| super::str::as_str(c).is_some())
                .cloned()
                .unwrap_or_else(|| py.none()),
        ),
        "__defaults__" if f.defaults.is_empty() => Some(py.none()),
        "__defaults__" => Some(super::tuple::new(py, f.defaults.clone())),
        _ => None,
    })
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        getattr: Some(getattr),
        ..Slots::default()
    }
}

pub struct Builtin {
    pub name: &'static str,
    pub f: NativeFn,
    /// The receiver of a bound method, passed as the first argument.
    pub bound: Option<Value>,
}
impl Payload for Builtin {
    const GC: bool = true;
}

pub fn call_builtin(py: Py<'_>, b: &Builtin, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match &b.bound {
        None => (b.f)(py, args, kwnames),
        Some(me) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(me.clone());
            all.extend_from_slice(args);
            (b.f)(py, &all, kwnames)
        }
    }
}

fn builtin_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(b) = v.downcast::<Builtin>() else {
        return Ok("<built-in>".to_string());
    };
    Ok(match &b.bound {
        None => format!("<built-in function {}>", b.name),
        Some(me) => format!(
            "<built-in method {} of {} object at {:#x}>",
            b.name,
            py.type_name(me),
            me.addr()
        ),
    })
}

fn builtin_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(b) = v.downcast::<Builtin>() else {
        return Ok(None);
    };
    Ok(match name {
        "__name__" | "__qualname__" => Some(py.new_str(b.name)),
        "__self__" => Some(b.bound.clone().unwrap_or_else(|| py.none())),
        _ => None,
    })
}

pub fn builtin_slots() -> Slots {
    Slots {
        repr: Some(builtin_repr),
        getattr: Some(builtin_getattr),
        ..Slots::default()
    }
}
