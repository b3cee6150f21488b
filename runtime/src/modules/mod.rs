//! Modules written in Rust, importable by name before `sys.path` is searched
//! (CPython's built-in modules). Each file makes one module; to add one, add
//! its row to [`BUILTIN`].

pub mod importlib;
mod libm;
pub mod math;
pub mod os;
pub mod sys;
pub mod time;
pub mod util;

use crate::object::PyResult;
use crate::value::Value;
use crate::vm::Py;

/// Makes a fresh module object (called once: the module is then cached in
/// `sys.modules`).
pub type MakeModule = fn(Py<'_>) -> PyResult<Value>;

/// The built-in modules, by name.
pub const BUILTIN: &[(&str, MakeModule)] = &[
    ("builtins", make_builtins),
    ("sys", sys::make),
    ("math", math::make),
    ("time", time::make),
    ("os", os::make),
    ("posixpath", os::make_path),
    ("importlib", importlib::make),
];

/// The constructor of built-in module `name`.
pub fn find(name: &str) -> Option<MakeModule> {
    BUILTIN.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
}

/// `builtins`: its namespace is the interpreter's builtins dict.
fn make_builtins(py: Py<'_>) -> PyResult<Value> {
    let m = crate::object::module::with_dict(py, "builtins", py.builtins.clone())?;
    crate::object::dict::set_item(py, &py.builtins, py.intern("__doc__"), py.none())?;
    Ok(m)
}
