//! `async_generator`: an `async def` with `yield`. Its frame is an ordinary
//! generator frame; ASYNC_GEN_WRAP marks the values of its `yield`s so that
//! they can be told apart from what its `await`s pass up to the event loop.
//! `__anext__()`, `asend()`, `athrow()` and `aclose()` return an awaitable
//! (`async_generator_asend`) that resumes the frame: a marked value ends the
//! await with that value, an unmarked one goes up to the loop, and the end
//! of the generator raises StopAsyncIteration.

use std::cell::{Cell, RefCell};

use crate::object::exception::exc_type;
use crate::object::generator::{self, Generator, Sent};
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{self as obj, PyErr, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// A value an async generator yields (ASYNC_GEN_WRAP).
pub struct Wrapped(pub Value);
impl Payload for Wrapped {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.0);
    }
}

/// How an [`ASend`] resumes the generator the first time.
enum Start {
    Send(Value),
    Throw(PyErr),
    Close,
}

/// The awaitable of `__anext__()`, `asend()`, `athrow()` and `aclose()`.
pub struct ASend {
    gen: Value,
    start: RefCell<Option<Start>>,
    closing: bool,
    done: Cell<bool>,
}
impl Payload for ASend {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.gen);
        if let Ok(s) = self.start.try_borrow() {
            match s.as_ref() {
                Some(Start::Send(v)) => visit(v),
                Some(Start::Throw(e)) => visit(&e.0),
                _ => {}
            }
        }
    }
}

/// ASYNC_GEN_WRAP.
pub fn wrap(py: Py<'_>, v: Value) -> Value {
    py.alloc(&py.types.async_generator_wrapped_value, Wrapped(v))
}

fn new_asend(py: Py<'_>, gen: &Value, start: Start) -> Value {
    let closing = matches!(start, Start::Close);
    py.alloc(
        &py.types.async_generator_asend,
        ASend {
            gen: gen.clone(),
            start: RefCell::new(Some(start)),
            closing,
            done: Cell::new(false),
        },
    )
}

/// One step of an awaitable: `sent` is what the awaiting frame sends (or
/// `thrown` what it throws). `Returned` ends the `await` with its value.
pub fn step(py: Py<'_>, aw: &Value, sent: Value, thrown: Option<PyErr>) -> PyResult<Sent> {
    let Some(a) = aw.downcast::<ASend>() else {
        return Err(py.type_error("not an async generator awaitable".to_string()));
    };
    if a.done.get() {
        return Err(py.new_error(
            &py.types.runtime_error,
            "cannot reuse already awaited __anext__()/asend()".to_string(),
        ));
    }
    let start = a.start.borrow_mut().take();
    let r = match (thrown, start) {
        (Some(e), _) => generator::throw(py, &a.gen, e),
        (None, Some(Start::Send(v))) => generator::send(py, &a.gen, v),
        (None, Some(Start::Throw(e))) => generator::throw(py, &a.gen, e),
        (None, Some(Start::Close)) => {
            let exit = obj::call(py, &exc_type(py, "GeneratorExit"), &[], &[])?;
            generator::throw(py, &a.gen, PyErr(exit))
        }
        (None, None) => generator::send(py, &a.gen, sent),
    };
    let stop_async = || {
        PyErr(obj::exception::new_exception(
            py,
            &exc_type(py, "StopAsyncIteration"),
            vec![],
        ))
    };
    match r {
        Ok(Sent::Yielded(v)) => match v.downcast::<Wrapped>() {
            Some(w) => {
                a.done.set(true);
                if a.closing {
                    return Err(py.new_error(
                        &py.types.runtime_error,
                        "async generator ignored GeneratorExit".to_string(),
                    ));
                }
                Ok(Sent::Returned(w.0.clone()))
            }
            None => Ok(Sent::Yielded(v)),
        },
        Ok(Sent::Returned(_)) => {
            a.done.set(true);
            if a.closing {
                return Ok(Sent::Returned(py.none()));
            }
            Err(stop_async())
        }
        Err(e) => {
            a.done.set(true);
            let ended = e.matches(py, &exc_type(py, "GeneratorExit"))
                || e.matches(py, &exc_type(py, "StopAsyncIteration"));
            if a.closing && ended {
                return Ok(Sent::Returned(py.none()));
            }
            Err(e)
        }
    }
}

fn stop_iteration(py: Py<'_>, r: Value) -> PyErr {
    let args = if r.is(&py.none) { Vec::new() } else { vec![r] };
    PyErr(obj::exception::new_exception(
        py,
        &py.types.stop_iteration,
        args,
    ))
}

fn sent_to_value(py: Py<'_>, s: Sent) -> PyResult<Value> {
    match s {
        Sent::Yielded(x) => Ok(x),
        Sent::Returned(r) => Err(stop_iteration(py, r)),
    }
}

fn asend_next(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let aw = args
        .first()
        .ok_or_else(|| py.type_error("__next__() needs an argument".to_string()))?;
    let s = step(py, aw, py.none(), None)?;
    sent_to_value(py, s)
}

fn asend_send(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [aw, v] = args else {
        return Err(py.type_error("send() takes exactly one argument".to_string()));
    };
    let s = step(py, aw, v.clone(), None)?;
    sent_to_value(py, s)
}

fn asend_throw(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [aw, rest @ ..] = args else {
        return Err(py.type_error("throw expected at least 1 argument, got 0".to_string()));
    };
    let Some(typ) = rest.first() else {
        return Err(py.type_error("throw expected at least 1 argument, got 0".to_string()));
    };
    let err = generator::make_thrown(py, typ, rest.get(1), rest.get(2))?;
    let s = step(py, aw, py.none(), Some(err))?;
    sent_to_value(py, s)
}

fn asend_close(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(a) = args.first().and_then(|v| v.downcast::<ASend>()) {
        a.done.set(true);
    }
    Ok(py.none())
}

fn self_of(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args.first()
        .cloned()
        .ok_or_else(|| py.type_error("method needs an argument".to_string()))
}

pub const ASEND_METHODS: &[(&str, NativeFn)] = &[
    ("__await__", self_of),
    ("__iter__", self_of),
    ("__next__", asend_next),
    ("send", asend_send),
    ("throw", asend_throw),
    ("close", asend_close),
];

fn the_gen<'a>(py: Py<'_>, args: &'a [Value], what: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(g) if g.downcast::<Generator>().is_some() => Ok(g),
        _ => Err(py.type_error(format!(
            "descriptor '{what}' requires a 'async_generator' object"
        ))),
    }
}

fn m_anext(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = the_gen(py, args, "__anext__")?;
    Ok(new_asend(py, g, Start::Send(py.none())))
}

fn m_asend(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = the_gen(py, args, "asend")?;
    let v = args.get(1).cloned().unwrap_or_else(|| py.none());
    Ok(new_asend(py, g, Start::Send(v)))
}

fn m_athrow(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = the_gen(py, args, "athrow")?;
    let Some(typ) = args.get(1) else {
        return Err(py.type_error("athrow expected at least 1 argument, got 0".to_string()));
    };
    let err = generator::make_thrown(py, typ, args.get(2), args.get(3))?;
    Ok(new_asend(py, g, Start::Throw(err)))
}

fn m_aclose(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = the_gen(py, args, "aclose")?;
    Ok(new_asend(py, g, Start::Close))
}

fn m_aiter(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    the_gen(py, args, "__aiter__").cloned()
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__aiter__", m_aiter),
    ("__anext__", m_anext),
    ("asend", m_asend),
    ("athrow", m_athrow),
    ("aclose", m_aclose),
];

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let q = v.downcast::<Generator>().map_or("?", |g| g.qualname());
    Ok(format!("<async_generator object {q} at {:#x}>", v.addr()))
}

/// An async generator has the generator's attributes but is not iterable.
pub fn slots() -> Slots {
    let g = generator::slots();
    Slots {
        repr: Some(repr),
        getattr: g.getattr,
        ..Slots::default()
    }
}

fn asend_repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    Ok(format!("<async_generator_asend object at {:#x}>", v.addr()))
}

fn asend_iter(_py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn asend_next_slot(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    match step(py, v, py.none(), None)? {
        Sent::Yielded(x) => Ok(Some(x)),
        Sent::Returned(r) => Err(stop_iteration(py, r)),
    }
}

pub fn asend_slots() -> Slots {
    Slots {
        repr: Some(asend_repr),
        iter: Some(asend_iter),
        next: Some(asend_next_slot),
        ..Slots::default()
    }
}

pub fn wrapped_slots() -> Slots {
    Slots::default()
}
