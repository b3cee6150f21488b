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
            py.type_of(v).is(&py.types.coroutine) || g.code_flags() & flags::ITERABLE_COROUTINE != 0
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
    let q = v.downcast::<Generator>().map_or("?", |g| g.qualname());
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

/// BEFORE_ASYNC_WITH: `(bound __aexit__, awaitable of __aenter__())`.
pub fn before_async_with(py: Py<'_>, cm: &Value) -> PyResult<(Value, Value)> {
    let missing = |_| {
        py.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            py.type_name(cm)
        ))
    };
    let enter = obj::getattr(py, cm, "__aenter__").map_err(missing)?;
    let exit = obj::getattr(py, cm, "__aexit__").map_err(|_| {
        py.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            py.type_name(cm)
        ))
    })?;
    let r = obj::call(py, &enter, &[], &[])?;
    Ok((exit, r))
}

/// GET_AITER: `x.__aiter__()`.
pub fn get_aiter(py: Py<'_>, x: &Value) -> PyResult<Value> {
    let Ok(m) = obj::getattr(py, x, "__aiter__") else {
        return Err(py.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            py.type_name(x)
        )));
    };
    obj::call(py, &m, &[], &[])
}

/// GET_ANEXT: the awaitable of `aiter.__anext__()`.
pub fn get_anext(py: Py<'_>, aiter: &Value) -> PyResult<Value> {
    let Ok(m) = obj::getattr(py, aiter, "__anext__") else {
        return Err(py.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            py.type_name(aiter)
        )));
    };
    let r = obj::call(py, &m, &[], &[])?;
    get_awaitable(py, &r).map_err(|_| {
        py.type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            py.type_name(&r)
        ))
    })
}

/// Whether END_ASYNC_FOR's exception ends the loop (StopAsyncIteration).
pub fn ends_async_for(py: Py<'_>, exc: &Value) -> bool {
    let stop = crate::object::exception::exc_type(py, "StopAsyncIteration");
    crate::object::typeobj::is_subtype(&py.type_of(exc), &stop)
}

/// Marks a finalizer entry for a coroutine dropped before it ever ran.
pub const NEVER_AWAITED: &str = "\0never awaited\0";

thread_local! {
    /// Where the running frame is (file, line), for warnings raised by
    /// finalizers; and the warnings already shown, as the `default` action
    /// shows each message once per location.
    static LOCATION: std::cell::RefCell<Option<(std::rc::Rc<str>, u32)>> =
        const { std::cell::RefCell::new(None) };
    static SHOWN: std::cell::RefCell<Vec<(String, std::rc::Rc<str>, u32)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Records the running frame's location before finalizers run.
pub fn set_location(file: std::rc::Rc<str>, line: Option<u32>) {
    LOCATION.with(|l| *l.borrow_mut() = line.map(|n| (file, n)));
}

/// CPython's "RuntimeWarning: coroutine 'f' was never awaited", at the line
/// that was running when the coroutine was freed (`sys:1` when none was).
pub fn warn_never_awaited(py: Py<'_>, qualname: &str) {
    use std::io::Write;
    let msg = format!("coroutine '{qualname}' was never awaited");
    let (file, line) = LOCATION
        .with(|l| l.borrow_mut().take())
        .unwrap_or_else(|| (std::rc::Rc::from("sys"), 1));
    let key = (msg.clone(), file.clone(), line);
    if SHOWN.with(|s| s.borrow().contains(&key)) {
        return;
    }
    SHOWN.with(|s| s.borrow_mut().push(key));
    let mut text = format!("{file}:{line}: RuntimeWarning: {msg}\n");
    let source = std::fs::read(&*file).ok();
    let quoted = source.as_ref().and_then(|s| {
        s.split(|&b| b == b'\n')
            .nth((line as usize).checked_sub(1)?)
            .map(|l| String::from_utf8_lossy(l).trim().to_string())
    });
    if let Some(q) = quoted.filter(|q| !q.is_empty()) {
        text.push_str(&format!("  {q}\n"));
    }
    text.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    let _ = py.stdout.borrow_mut().flush();
    let _ = std::io::stderr().write_all(text.as_bytes());
}
