//! `coroutine`: what calling an `async def` function makes. It shares the
//! generator's payload and resumption (`send`, `throw`, `close`); `await`
//! drives it through GET_AWAITABLE and SEND like `yield from`.

use crate::compile::code::flags;
use crate::object::generator::{self, Generator};
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{self as obj, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// Whether `v` is a coroutine (or a generator marked as awaitable).
pub fn is_coroutine(py: Py<'_>, v: &Value) -> bool {
    match v.downcast::<Generator>() {
        Some(g) => {
            py.type_of(v).is(&py.types.coroutine)
                || g.code_flags() & flags::ITERABLE_COROUTINE != 0
        }
        None => false,
    }
}

/// GET_AWAITABLE: the iterator an `await` on `v` delegates to.
pub fn get_awaitable(py: Py<'_>, v: &Value) -> PyResult<Value> {
    if is_coroutine(py, v) {
        return Ok(v.clone());
    }
    let t = py.type_obj(v);
    let cant = || {
        py.type_error(format!(
            "object {} can't be used in 'await' expression",
            py.type_name(v)
        ))
    };
    if v.downcast::<Generator>().is_some() || t.lookup("__await__").is_none() {
        return Err(cant());
    }
    let m = obj::getattr(py, v, "__await__")?;
    let it = obj::call(py, &m, &[], &[])?;
    if is_coroutine(py, &it) {
        return Err(py.type_error("__await__() returned a coroutine".to_string()));
    }
    if py.type_obj(&it).slots.next.is_none() {
        return Err(py.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            py.type_name(&it)
        )));
    }
    Ok(it)
}

/// `coro.__await__()`: the coroutine itself drives the `await`.
fn m_await(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(c) if c.downcast::<Generator>().is_some() => Ok(c.clone()),
        _ => Err(py.type_error("__await__() needs a coroutine".to_string())),
    }
}

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let q = v
        .downcast::<Generator>()
        .map_or("?", |g| g.qualname());
    Ok(format!("<coroutine object {q} at {:#x}>", v.addr()))
}

pub const METHODS: &[(&str, NativeFn)] = &[("__await__", m_await)];

/// A coroutine is not iterable, but the generator's `send`/`throw`/`close`
/// and attributes apply.
pub fn slots() -> Slots {
    let g = generator::slots();
    Slots {
        repr: Some(repr),
        getattr: g.getattr,
        next: g.next,
        ..Slots::default()
    }
}
