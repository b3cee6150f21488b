//! `BaseException` and its subclasses: `args` and the traceback collected as
//! the exception leaves frames.

use std::cell::RefCell;
use std::rc::Rc;

use crate::compile::code::CodeObject;
use crate::object::typeobj::{is_subtype, Slots};
use crate::object::{self as obj, tuple, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// One line of a traceback: a frame's code and the instruction that raised.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<CodeObject>,
    pub instr: usize,
}

pub struct ExceptionData {
    /// A tuple.
    pub args: RefCell<Value>,
    /// Innermost frame last, as frames are unwound (printed outermost first).
    pub traceback: RefCell<Vec<TbEntry>>,
    /// The exception being handled when this one was raised (`__context__`).
    pub context: RefCell<Option<Value>>,
    /// `raise ... from cause` (`__cause__`).
    pub cause: RefCell<Option<Value>>,
    /// Set by `raise ... from ...`: the context is not printed.
    pub suppress_context: std::cell::Cell<bool>,
    /// Attributes set on the exception (`self.code = ...`), made on demand.
    pub dict: RefCell<Option<Value>>,
}
impl Payload for ExceptionData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for part in [&self.context, &self.cause, &self.dict] {
            if let Ok(Some(v)) = part.try_borrow().as_deref() {
                visit(v);
            }
        }
        if let Ok(a) = self.args.try_borrow() {
            visit(&a);
        }
    }
    fn clear(&self) {
        for part in [&self.context, &self.cause, &self.dict] {
            if let Ok(mut v) = part.try_borrow_mut() {
                drop(v.take());
            }
        }
    }
}

pub fn new_exception(py: Py<'_>, ty: &Value, args: Vec<Value>) -> Value {
    let args = tuple::new(py, args);
    py.alloc(
        ty,
        ExceptionData {
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: std::cell::Cell::new(false),
            dict: RefCell::new(None),
        },
    )
}

fn args_of(v: &Value) -> Vec<Value> {
    v.downcast::<ExceptionData>()
        .and_then(|e| {
            e.args
                .borrow()
                .downcast::<tuple::Tuple>()
                .map(|t| t.0.to_vec())
        })
        .unwrap_or_default()
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let args = args_of(v);
    let inner = tuple::repr_items(py, &args, "", "")?;
    Ok(format!(
        "{}({})",
        py.type_name(v),
        inner.trim_end_matches(',')
    ))
}

fn str_(py: Py<'_>, v: &Value) -> PyResult<String> {
    let args = args_of(v);
    match args.as_slice() {
        [] => Ok(String::new()),
        // KeyError shows the missing key as its repr, as CPython's KeyError_str.
        [a] if is_subtype(&py.type_of(v), &py.types.key_error) => obj::repr(py, a),
        [a] => obj::str(py, a),
        _ => obj::repr(py, &tuple::new(py, args)),
    }
}

fn new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        let name = ty
            .downcast::<super::typeobj::TypeObject>()
            .map_or("?", |t| t.name.as_str())
            .to_string();
        return Err(py.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(new_exception(py, ty, args.to_vec()))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(e) = v.downcast::<ExceptionData>() else {
        return Ok(None);
    };
    Ok(match name {
        "args" => Some(e.args.borrow().clone()),
        "__context__" => Some(e.context.borrow().clone().unwrap_or_else(|| py.none())),
        "__cause__" => Some(e.cause.borrow().clone().unwrap_or_else(|| py.none())),
        "__suppress_context__" => Some(py.bool(e.suppress_context.get())),
        "value" if is_subtype(&py.type_of(v), &py.types.stop_iteration) => {
            Some(args_of(v).into_iter().next().unwrap_or_else(|| py.none()))
        }
        // Attributes set on the exception (`e.name` of an ImportError...).
        _ => match e.dict.borrow().as_ref() {
            Some(d) => obj::dict::get_str(py, d, name)?,
            None => None,
        },
    })
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        str: Some(str_),
        new: Some(new),
        getattr: Some(getattr),
        ..Slots::default()
    }
}

/// Records the exception being handled as `exc`'s context, as CPython does
/// when an exception is raised inside an `except` block (cycles are cut).
pub fn set_context(py: Py<'_>, exc: &Value) {
    let Some(handled) = py.exc_info.borrow().clone() else {
        return;
    };
    if handled.is(exc) {
        return;
    }
    let Some(e) = exc.downcast::<ExceptionData>() else {
        return;
    };
    if e.context.borrow().is_some() {
        return;
    }
    // Walk the new context's chain: if `exc` is on it, cut it there.
    let mut o = Some(handled.clone());
    while let Some(cur) = o {
        let Some(d) = cur.downcast::<ExceptionData>() else {
            break;
        };
        let next = d.context.borrow().clone();
        if next.as_ref().is_some_and(|n| n.is(exc)) {
            *d.context.borrow_mut() = None;
            break;
        }
        o = next;
    }
    *e.context.borrow_mut() = Some(handled);
}

/// `BaseException.__init__(self, *args)`: sets `args` (what `super().__init__(msg)`
/// in an exception class reaches).
fn init(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some((me, rest)) = args.split_first() else {
        return Err(py.type_error("__init__ needs an exception".to_string()));
    };
    if !kwnames.is_empty() {
        return Err(py.type_error(format!("{}() takes no keyword arguments", py.type_name(me))));
    }
    if let Some(e) = me.downcast::<ExceptionData>() {
        let old = std::mem::replace(&mut *e.args.borrow_mut(), tuple::new(py, rest.to_vec()));
        drop(old);
    }
    Ok(py.none())
}

pub const METHODS: &[(&str, crate::object::typeobj::NativeFn)] = &[("__init__", init)];
