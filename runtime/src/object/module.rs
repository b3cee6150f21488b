//! `module`: a namespace dict with a name, made by the import system (or by
//! `types.ModuleType`-style calls later).

use std::cell::Cell;

use crate::object::typeobj::Slots;
use crate::object::{dict, str::as_str, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct Module {
    /// The module's globals (`__dict__`).
    pub dict: Value,
    /// True while the module's code runs, for CPython's "partially
    /// initialized module" messages on circular imports.
    pub initializing: Cell<bool>,
}

impl Payload for Module {
    const GC: bool = true;
    // The dict is not cleared here (it is not behind a cell): the collector
    // clears the dict itself, which breaks any cycle through the module.
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

/// A new module named `name` whose namespace is `d` (a dict); `__name__` is set.
pub fn with_dict(py: Py<'_>, name: &str, d: Value) -> PyResult<Value> {
    dict::set_item(py, &d, py.intern("__name__"), py.new_str(name))?;
    Ok(py.alloc(
        &py.types.module,
        Module {
            dict: d,
            initializing: Cell::new(false),
        },
    ))
}

/// A new empty module with CPython's initial attributes.
pub fn new(py: Py<'_>, name: &str) -> PyResult<Value> {
    let d = dict::new(py);
    let m = with_dict(py, name, d.clone())?;
    for key in ["__doc__", "__package__", "__loader__", "__spec__"] {
        dict::set_item(py, &d, py.intern(key), py.none())?;
    }
    Ok(m)
}

/// The module's namespace dict.
pub fn dict_of(v: &Value) -> Option<Value> {
    v.downcast::<Module>().map(|m| m.dict.clone())
}

/// The module's `__name__`, when it is a str.
pub fn name_of(py: Py<'_>, v: &Value) -> Option<String> {
    let d = dict_of(v)?;
    let n = dict::get_str(py, &d, "__name__").ok()??;
    as_str(&n).map(str::to_string)
}

/// The module's `__file__`, when it is a str.
pub fn file_of(py: Py<'_>, v: &Value) -> Option<String> {
    let d = dict_of(v)?;
    let n = dict::get_str(py, &d, "__file__").ok()??;
    as_str(&n).map(str::to_string)
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let name = match name_of(py, v) {
        Some(n) => crate::repr::str_repr(&n),
        None => "'?'".to_string(),
    };
    if let Some(f) = file_of(py, v) {
        return Ok(format!(
            "<module {name} from {}>",
            crate::repr::str_repr(&f)
        ));
    }
    let plain = name_of(py, v).unwrap_or_default();
    Ok(match crate::import::origin(&plain) {
        Some(kind) => format!("<module {name} ({kind})>"),
        None => format!("<module {name}>"),
    })
}

/// Attributes are the namespace's entries; a module-level `__getattr__`
/// (PEP 562) is the fallback; then CPython's module messages.
fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(m) = v.downcast::<Module>() else {
        return Ok(None);
    };
    if name == "__dict__" {
        return Ok(Some(m.dict.clone()));
    }
    if let Some(x) = dict::get_str(py, &m.dict, name)? {
        return Ok(Some(x));
    }
    if py.type_obj(v).lookup(name).is_some() {
        return Ok(None);
    }
    if let Some(hook) = dict::get_str(py, &m.dict, "__getattr__")? {
        return crate::object::call(py, &hook, &[py.new_str(name)], &[]).map(Some);
    }
    let Some(modname) = name_of(py, v) else {
        return Err(crate::object::exception::attribute_error(
            py,
            v,
            name,
            format!("module has no attribute '{name}'"),
        ));
    };
    let sub = dict::get_str(
        py,
        &crate::import::modules(py),
        &format!("{modname}.{name}"),
    )?;
    let sub_initializing = sub
        .as_ref()
        .and_then(|s| s.downcast::<Module>())
        .is_some_and(|s| s.initializing.get());
    let msg = if m.initializing.get() {
        format!("partially initialized module '{modname}' has no attribute '{name}' (most likely due to a circular import)")
    } else if sub_initializing {
        format!("cannot access submodule '{name}' of module '{modname}' (most likely due to a circular import)")
    } else {
        format!("module '{modname}' has no attribute '{name}'")
    };
    // `name` and `obj` let the traceback suggest a close name.
    Err(crate::object::exception::attribute_error(py, v, name, msg))
}

/// `types.ModuleType(name, doc=None)`.
fn module_new(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(py.type_error("module() takes no keyword arguments".to_string()));
    }
    let (name, doc) = match args {
        [] => {
            return Err(
                py.type_error("module() missing required argument 'name' (pos 1)".to_string())
            )
        }
        [n] => (n, None),
        [n, d] => (n, Some(d.clone())),
        _ => {
            return Err(py.type_error(format!(
                "module() takes at most 2 arguments ({} given)",
                args.len()
            )))
        }
    };
    let Some(name) = as_str(name) else {
        return Err(py.type_error(format!(
            "module() argument 'name' must be str, not {}",
            py.type_name(name)
        )));
    };
    let m = new(py, name)?;
    if let (Some(doc), Some(d)) = (doc, dict_of(&m)) {
        dict::set_item(py, &d, py.intern("__doc__"), doc)?;
    }
    Ok(m)
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        new: Some(module_new),
        getattr: Some(getattr),
        ..Slots::default()
    }
}
