//! Modules written in Rust, importable by name before `sys.path` is searched
//! (CPython's built-in modules). Each file makes one module; to add one, add
//! its row to [`BUILTIN`].

pub mod _ast;
pub mod atexit;
pub mod binfile;
pub mod cmath;
mod deflate;
pub mod filestate;
pub mod gc;
pub mod importlib;
pub mod io;
mod libm;
pub mod math;
pub mod os;
pub mod sizeof;
pub mod stdio;
pub mod sys;
pub mod time;
pub mod unicodedata;
pub mod util;
pub mod zlib;

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
    ("_io", io::make),
    ("gc", gc::make),
    ("_weakref", gc::make_weakref),
    ("atexit", atexit::make),
    ("__future__", make_future),
    ("cmath", cmath::make),
    ("_ast", _ast::make),
    ("unicodedata", unicodedata::make),
    ("_zlib", zlib::make),
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

/// `__future__`: the compiler acts on `from __future__ import x`; at run
/// time the names only need to exist.
fn make_future(py: Py<'_>) -> PyResult<Value> {
    const FEATURES: &[&str] = &[
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ];
    let m = util::new_module(py, "__future__", &[])?;
    let names = FEATURES.iter().map(|f| py.new_str(f)).collect();
    util::set(
        py,
        &m,
        "all_feature_names",
        crate::object::list::new(py, names),
    )?;
    for f in FEATURES {
        util::set(py, &m, f, py.bool(true))?;
    }
    Ok(m)
}
