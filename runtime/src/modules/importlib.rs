//! `importlib`: the import system's entry points for programs.

use crate::modules::util::{self, arity};
use crate::object::typeobj::NativeFn;
use crate::object::{dict, str::as_str, PyResult};
use crate::value::Value;
use crate::vm::Py;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("import_module", import_module),
    ("invalidate_caches", invalidate_caches),
];

pub fn make(py: Py<'_>) -> PyResult<Value> {
    let m = util::new_module(py, "importlib", FUNCTIONS)?;
    // A package: its submodules (`importlib.util`, ...) are frozen from
    // runtime/lib/importlib/, found by their dotted names.
    let path = crate::object::list::new(py, Vec::new());
    util::set(py, &m, "__path__", path)?;
    Ok(m)
}

/// `import_module(name, package=None)`: the module itself (not its top-level
/// package); a leading dot is relative to `package`.
fn import_module(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len());
    let mut package = args.get(1).filter(|_| npos > 1).cloned();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("package") => package = Some(v.clone()),
            _ => {
                return Err(py.type_error(format!(
                    "import_module() got an unexpected keyword argument '{}'",
                    as_str(k).unwrap_or("?")
                )))
            }
        }
    }
    let pos = arity(py, "import_module", &args[..npos], &[], 1, 2)?;
    let Some(name) = as_str(&pos[0]) else {
        return Err(py.type_error(format!(
            "'{}' object is not subscriptable",
            py.type_name(&pos[0])
        )));
    };
    let level = name.len() - name.trim_start_matches('.').len();
    if level == 0 {
        return crate::import::import_absolute(py, name);
    }
    let package = package.filter(|p| !p.is(&py.none));
    let Some(pkg) = package.as_ref().and_then(as_str) else {
        return Err(py.type_error(format!(
            "the 'package' argument is required to perform a relative import for {}",
            crate::repr::str_repr(name)
        )));
    };
    let globals = dict::new(py);
    dict::set_item(py, &globals, py.intern("__package__"), py.new_str(pkg))?;
    let absname = crate::import::resolve_name(py, &name[level..], Some(&globals), level)?;
    crate::import::import_absolute(py, &absname)
}

fn invalidate_caches(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "invalidate_caches", args, kwnames, 0, 0)?;
    Ok(py.none())
}
