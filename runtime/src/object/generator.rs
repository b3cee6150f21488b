//! `generator`: a suspended frame. RETURN_GENERATOR moves a function's frame
//! into a generator; each resumption pushes the sent value and runs the frame
//! until YIELD_VALUE hands it back (or it returns or raises).

use std::cell::{Cell, RefCell};

use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{exception, PyResult};
use crate::value::{Payload, Value};
use crate::vm::eval::{run_frames, Outcome};
use crate::vm::frame::Frame;
use crate::vm::Py;

pub struct Generator {
    /// `None` once finished, or while running.
    frame: RefCell<Option<Box<Frame>>>,
    running: Cell<bool>,
    name: String,
    qualname: String,
}
impl Payload for Generator {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(Some(f)) = self.frame.try_borrow().as_deref() {
            f.traverse(visit);
        }
    }
    fn clear(&self) {
        if let Ok(mut f) = self.frame.try_borrow_mut() {
            drop(f.take());
        }
    }
}

pub fn new(py: Py<'_>, frame: Frame) -> Value {
    let (name, qualname) = (
        frame.code.code.name.clone(),
        frame.code.code.qualname.clone(),
    );
    py.alloc(
        &py.types.generator,
        Generator {
            frame: RefCell::new(Some(Box::new(frame))),
            running: Cell::new(false),
            name,
            qualname,
        },
    )
}

/// What resuming a generator gave.
pub enum Sent {
    Yielded(Value),
    /// The generator returned this value (StopIteration's `value`).
    Returned(Value),
}

/// Resumes `gen` with `value` as the result of its pending `yield`.
pub fn send(py: Py<'_>, gen: &Value, value: Value) -> PyResult<Sent> {
    let Some(g) = gen.downcast::<Generator>() else {
        return Err(py.type_error("send() on a non-generator".to_string()));
    };
    if g.running.get() {
        return Err(py.value_error("generator already executing".to_string()));
    }
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        return Ok(Sent::Returned(py.none()));
    };
    frame.push(value);
    g.running.set(true);
    let outcome = run_frames(py, *frame);
    g.running.set(false);
    match outcome {
        Outcome::Yield(v, frame) => {
            *g.frame.borrow_mut() = Some(frame);
            Ok(Sent::Yielded(v))
        }
        Outcome::Return(v) => Ok(Sent::Returned(v)),
        Outcome::Error(e) => {
            // A StopIteration escaping a generator becomes RuntimeError (PEP 479).
            if e.matches(py, &py.types.stop_iteration) {
                let err = py.new_error(
                    &py.types.runtime_error,
                    "generator raised StopIteration".to_string(),
                );
                if let Some(d) = err.0.downcast::<exception::ExceptionData>() {
                    *d.cause.borrow_mut() = Some(e.0.clone());
                    *d.context.borrow_mut() = Some(e.0);
                    d.suppress_context.set(true);
                }
                return Err(err);
            }
            Err(e)
        }
    }
}

fn iter_self(_py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn next(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    match send(py, v, py.none())? {
        Sent::Yielded(x) => Ok(Some(x)),
        Sent::Returned(_) => Ok(None),
    }
}

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let q = v
        .downcast::<Generator>()
        .map_or("?", |g| g.qualname.as_str());
    Ok(format!("<generator object {q} at {:#x}>", v.addr()))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(g) = v.downcast::<Generator>() else {
        return Ok(None);
    };
    Ok(match name {
        "__name__" => Some(py.new_str(&g.name)),
        "__qualname__" => Some(py.new_str(&g.qualname)),
        _ => None,
    })
}

/// `gen.send(value)`.
fn m_send(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [gen, value] = args else {
        return Err(py.type_error("send() takes exactly one argument".to_string()));
    };
    match send(py, gen, value.clone())? {
        Sent::Yielded(x) => Ok(x),
        Sent::Returned(r) => {
            let args = if r.is(&py.none) { Vec::new() } else { vec![r] };
            Err(crate::object::PyErr(exception::new_exception(
                py,
                &py.types.stop_iteration,
                args,
            )))
        }
    }
}

/// `gen.close()`: a suspended generator is dropped without running its
/// `finally` blocks (GeneratorExit is not raised into it yet).
fn m_close(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(g) = args.first().and_then(|v| v.downcast::<Generator>()) {
        let old = g.frame.borrow_mut().take();
        drop(old);
    }
    Ok(py.none())
}

pub const METHODS: &[(&str, NativeFn)] = &[("send", m_send), ("close", m_close)];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        iter: Some(iter_self),
        next: Some(next),
        getattr: Some(getattr),
        ..Slots::default()
    }
}
