//! `aiter()` and `anext()`: the asynchronous counterparts of `iter()` and
//! `next()`, which call `__aiter__` and `__anext__`.

use crate::object::{self as obj, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// `aiter(async_iterable)`.
pub fn aiter(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("aiter() takes no keyword arguments".to_string()));
    }
    let [x] = args else {
        return Err(py.type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let Some(m) = py.type_obj(x).lookup("__aiter__") else {
        return Err(py.type_error(format!(
            "'{}' object is not an async iterable",
            py.type_name(x)
        )));
    };
    let it = obj::call(py, &m, std::slice::from_ref(x), &[])?;
    if py.type_obj(&it).lookup("__anext__").is_none() {
        return Err(py.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            py.type_name(&it)
        )));
    }
    Ok(it)
}

/// Source of the awaitable `anext(it, default)` returns: the next value, or
/// `default` once the iterator is exhausted.
const WITH_DEFAULT: &str = "async def __anext_default__(it, default):\n    try:\n        return await type(it).__anext__(it)\n    except StopAsyncIteration:\n        return default\n";

/// `anext(async_iterator[, default])`.
pub fn anext(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("anext() takes no keyword arguments".to_string()));
    }
    let (it, default) = match args {
        [it] => (it, None),
        [it, d] => (it, Some(d)),
        _ => {
            return Err(py.type_error(format!(
                "anext expected at {} arguments, got {}",
                if args.is_empty() { "least 1" } else { "most 2" },
                args.len()
            )))
        }
    };
    let Some(m) = py.type_obj(it).lookup("__anext__") else {
        return Err(py.type_error(format!(
            "'{}' object is not an async iterator",
            py.type_name(it)
        )));
    };
    let Some(default) = default else {
        return obj::call(py, &m, std::slice::from_ref(it), &[]);
    };
    let helper = helper(py)?;
    obj::call(py, &helper, &[it.clone(), default.clone()], &[])
}

/// The coroutine function behind `anext(it, default)`, compiled on use.
fn helper(py: Py<'_>) -> PyResult<Value> {
    let parsed = crate::parser::parse(WITH_DEFAULT, crate::parser::Mode::Exec, false);
    let broken = || py.system_error("anext()'s helper does not compile");
    let module = parsed.module.map_err(|_| broken())?;
    let code = crate::compile::codegen::compile_module(&module, "<anext>").map_err(|_| broken())?;
    let globals = obj::dict::new(py);
    obj::dict::set_item(py, &globals, py.intern("__builtins__"), py.builtins.clone())?;
    crate::vm::eval::run_code(py, code, globals.clone())?;
    obj::dict::get_str(py, &globals, "__anext_default__")?.ok_or_else(broken)
}
