//! The import system: `__import__`'s semantics (CPython's
//! `importlib._bootstrap._gcd_import` and `_handle_fromlist`), finding a
//! module (modules written in Rust, then the folders of `sys.path`, then the
//! frozen standard library embedded from `runtime/lib`), and loading it.
//!
//! **Invariant:** `sys.modules` is the one cache; a module is put there before
//! its code runs (so circular imports see the partial module) and removed if
//! its code raises.

pub mod errors;
pub mod frozen;
pub mod runner;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::object::module::{self, Module};
use crate::object::{self as obj, dict, list, str::as_str, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// The import system's part of the interpreter's state.
#[derive(Default)]
pub struct ImportState {
    /// `sys.modules`.
    pub modules: RefCell<Option<Value>>,
    /// The `sys` module.
    pub sys: RefCell<Option<Value>>,
    /// Source text of every module run, by filename, for tracebacks.
    pub sources: RefCell<HashMap<String, Rc<str>>>,
    /// Types made at run time (stdio, struct sequences...), by name.
    pub types: RefCell<HashMap<&'static str, Value>>,
    /// The caller's globals and locals, set by the evaluation loop just before it
    /// calls a builtin that needs them (`globals()`, `eval`...).
    pub caller: RefCell<Option<(Value, Value)>>,
    /// Functions registered with `atexit.register`, run when the program ends.
    pub atexit: RefCell<Vec<crate::modules::atexit::ExitCall>>,
}

/// Sets up `sys.modules` with `sys` and `builtins`; called once by the
/// interpreter after the builtins are installed.
pub fn install(py: Py<'_>) {
    errors::install(py);
    crate::builtins::exec::install(py);
    let modules = dict::new(py);
    *py.import.modules.borrow_mut() = Some(modules);
    for name in ["builtins", "sys"] {
        let _ = import_absolute(py, name);
    }
}

/// `sys.modules`.
pub fn modules(py: Py<'_>) -> Value {
    if let Some(m) = py.import.modules.borrow().as_ref() {
        return m.clone();
    }
    let m = dict::new(py);
    *py.import.modules.borrow_mut() = Some(m.clone());
    m
}

/// How a module without a file says where it came from in its repr.
pub fn origin(name: &str) -> Option<&'static str> {
    if crate::modules::find(name).is_some() {
        Some("built-in")
    } else if frozen::find(name).is_some() {
        Some("frozen")
    } else {
        None
    }
}

/// Remembers a module's source for the lines of tracebacks. Pseudo-files
/// (`<string>`, `<stdin>`, `<frozen x>`) show no lines, as CPython's
/// linecache finds none for them.
pub fn register_source(py: Py<'_>, filename: &str, source: &str) {
    let text = if filename.starts_with('<') {
        ""
    } else {
        source
    };
    py.import
        .sources
        .borrow_mut()
        .insert(filename.to_string(), Rc::from(text));
}

/// The source of `filename`, if a module of that name was run.
pub fn source_of(py: Py<'_>, filename: &str) -> Option<Rc<str>> {
    py.import.sources.borrow().get(filename).cloned()
}

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_name(
    py: Py<'_>,
    name: &str,
    globals: Option<&Value>,
    fromlist: &[Value],
    level: usize,
) -> PyResult<Value> {
    let absname = if level > 0 {
        resolve_name(py, name, globals, level)?
    } else {
        if name.is_empty() {
            return Err(py.value_error("Empty module name".to_string()));
        }
        name.to_string()
    };
    let module = import_absolute(py, &absname)?;
    if !fromlist.is_empty() {
        handle_fromlist(py, &module, fromlist, false)?;
        return Ok(module);
    }
    if level == 0 {
        let top = name.split('.').next().unwrap_or(name);
        return cached(py, top)?.map_or(Ok(module), Ok);
    }
    if name.is_empty() {
        return Ok(module);
    }
    // `from`-less relative import of a dotted name: the package it starts in.
    let first = name.split('.').next().unwrap_or(name);
    let cut = name.len() - first.len();
    let want = &absname[..absname.len() - cut];
    cached(py, want)?.map_or(Ok(module), Ok)
}

/// IMPORT_NAME in frame `f`: `__import__(name, globals, locals, fromlist,
/// level)`, calling a replaced `builtins.__import__` if there is one.
pub fn import_name_op(
    py: Py<'_>,
    name: &str,
    f: &crate::vm::frame::Frame,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let hook = dict::get_str(py, &f.builtins, "__import__")?;
    let ours = hook.as_ref().is_none_or(|h| {
        h.downcast::<crate::object::function::Builtin>()
            .is_some_and(|b| b.name == "__import__" && b.bound.is_none())
    });
    match hook {
        Some(h) if !ours => {
            let locals = f.locals.clone().unwrap_or_else(|| py.none());
            let args = [
                py.new_str(name),
                f.globals.clone(),
                locals,
                fromlist.clone(),
                level.clone(),
            ];
            obj::call(py, &h, &args, &[])
        }
        _ => {
            let items = fromlist_items(py, fromlist)?;
            let level = obj::int::as_index(py, level)?.unwrap_or(0).max(0) as usize;
            import_name(py, name, Some(&f.globals), &items, level)
        }
    }
}

/// The absolute name of a relative import, as CPython's `_calc___package__`
/// and `_resolve_name`.
pub fn resolve_name(
    py: Py<'_>,
    name: &str,
    globals: Option<&Value>,
    level: usize,
) -> PyResult<String> {
    let get = |key: &str| -> PyResult<Option<Value>> {
        match globals {
            Some(g) if g.downcast::<dict::Dict>().is_some() => dict::get_str(py, g, key),
            _ => Ok(None),
        }
    };
    let package = match get("__package__")? {
        Some(p) if !p.is(&py.none) => match as_str(&p) {
            Some(s) => s.to_string(),
            None => return Err(py.type_error("package must be a string".to_string())),
        },
        _ => {
            let modname = get("__name__")?
                .and_then(|n| as_str(&n).map(str::to_string))
                .unwrap_or_default();
            if get("__path__")?.is_some() {
                modname
            } else {
                modname
                    .rsplit_once('.')
                    .map_or(String::new(), |(p, _)| p.to_string())
            }
        }
    };
    if package.is_empty() {
        return Err(errors::import_error(
            py,
            "attempted relative import with no known parent package".to_string(),
            None,
            None,
        ));
    }
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(errors::import_error(
            py,
            "attempted relative import beyond top-level package".to_string(),
            None,
            None,
        ));
    }
    let base = bits.last().copied().unwrap_or("");
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// `sys.modules[name]`, if present.
fn cached(py: Py<'_>, name: &str) -> PyResult<Option<Value>> {
    dict::get_str(py, &modules(py), name)
}

/// Imports the module of absolute dotted name `name` (its parents first).
pub fn import_absolute(py: Py<'_>, name: &str) -> PyResult<Value> {
    if let Some(m) = cached(py, name)? {
        if m.is(&py.none) {
            return Err(errors::module_not_found(
                py,
                format!("import of {name} halted; None in sys.modules"),
                name,
            ));
        }
        return Ok(m);
    }
    let mut search = None;
    let mut parent_mod = None;
    if let Some((parent, _)) = name.rsplit_once('.') {
        let p = import_absolute(py, parent)?;
        if let Some(m) = cached(py, name)? {
            return Ok(m);
        }
        search = Some(package_path(py, &p, name, parent)?);
        parent_mod = Some(p);
    }
    let module = load(py, name, search)?;
    if let (Some(p), Some((_, child))) = (parent_mod, name.rsplit_once('.')) {
        if let Some(d) = module::dict_of(&p) {
            dict::set_item(py, &d, py.intern(child), module.clone())?;
        }
    }
    Ok(module)
}

/// The folders a package's submodules are searched in (its `__path__`).
fn package_path(py: Py<'_>, p: &Value, name: &str, parent: &str) -> PyResult<Vec<String>> {
    let path = match module::dict_of(p) {
        Some(d) => dict::get_str(py, &d, "__path__")?,
        None => obj::getattr(py, p, "__path__").ok(),
    };
    let Some(path) = path else {
        return Err(errors::module_not_found(
            py,
            format!("No module named '{name}'; '{parent}' is not a package"),
            name,
        ));
    };
    Ok(obj::collect(py, &path)?
        .iter()
        .filter_map(|d| as_str(d).map(str::to_string))
        .collect())
}

/// A module found for `-m`: source, filename, whether that is a real file,
/// and the module's full name (`pkg.__main__` for a package).
pub type Located = (String, String, bool, String);

/// For `-m name`: the source of module `name` (its parent packages are
/// imported), its filename and whether that is a real file; a package runs
/// its `__main__` submodule. `None` when there is no such module with source.
pub fn locate(py: Py<'_>, name: &str) -> PyResult<Option<Located>> {
    let search = match name.rsplit_once('.') {
        Some((parent, _)) => {
            let p = import_absolute(py, parent)?;
            Some(package_path(py, &p, name, parent)?)
        }
        None => None,
    };
    Ok(match find(py, name, search)? {
        Some(Found::File(_, Some(_))) | Some(Found::Frozen(_, true)) => {
            import_absolute(py, name)?;
            return locate(py, &format!("{name}.__main__"));
        }
        Some(Found::File(path, None)) => match std::fs::read(&path) {
            Ok(bytes) => match crate::parser::source::decode_file(&bytes, &path) {
                Ok(src) => Some((src, path, true, name.to_string())),
                Err(e) => return Err(errors::syntax_error(py, &e, &path, None, true)),
            },
            Err(_) => None,
        },
        Some(Found::Frozen(src, false)) => Some((
            src.to_string(),
            format!("<frozen {name}>"),
            false,
            name.to_string(),
        )),
        Some(Found::Native(_)) | None => None,
    })
}

/// The folders of `sys.path` that are strings.
fn sys_path(py: Py<'_>) -> PyResult<Vec<String>> {
    let Some(sys) = py.import.sys.borrow().clone() else {
        return Ok(Vec::new());
    };
    let Some(d) = module::dict_of(&sys) else {
        return Ok(Vec::new());
    };
    let Some(path) = dict::get_str(py, &d, "path")? else {
        return Ok(Vec::new());
    };
    if path.downcast::<list::List>().is_none() {
        return Ok(Vec::new());
    }
    Ok(obj::collect(py, &path)?
        .iter()
        .filter_map(|d| as_str(d).map(str::to_string))
        .collect())
}

/// Where a module's code comes from.
enum Found {
    /// Written in Rust: its constructor.
    Native(crate::modules::MakeModule),
    /// A file: the path, and the package folder if it is a package's `__init__.py`.
    File(String, Option<String>),
    Frozen(&'static str, bool),
}

/// A file name under folder `dir` (`''` is the current folder, made absolute).
fn join(dir: &str, file: &str) -> String {
    if dir.is_empty() {
        match std::env::current_dir() {
            Ok(cwd) => format!("{}/{file}", cwd.display()),
            Err(_) => file.to_string(),
        }
    } else if dir.ends_with('/') {
        format!("{dir}{file}")
    } else {
        format!("{dir}/{file}")
    }
}

fn find(py: Py<'_>, name: &str, search: Option<Vec<String>>) -> PyResult<Option<Found>> {
    let top_level = search.is_none();
    if top_level {
        if let Some(make) = crate::modules::find(name) {
            return Ok(Some(Found::Native(make)));
        }
    }
    let dirs = match search {
        Some(d) => d,
        None => sys_path(py)?,
    };
    let last = name.rsplit('.').next().unwrap_or(name);
    for dir in &dirs {
        let pkg = join(dir, last);
        let init = format!("{pkg}/__init__.py");
        if std::path::Path::new(&init).is_file() {
            return Ok(Some(Found::File(init, Some(pkg))));
        }
        let file = join(dir, &format!("{last}.py"));
        if std::path::Path::new(&file).is_file() {
            return Ok(Some(Found::File(file, None)));
        }
    }
    Ok(frozen::find(name).map(|(src, package)| Found::Frozen(src, package)))
}

/// Finds and runs the module `name`, leaving it in `sys.modules`.
fn load(py: Py<'_>, name: &str, search: Option<Vec<String>>) -> PyResult<Value> {
    let Some(found) = find(py, name, search)? else {
        return Err(errors::module_not_found(
            py,
            format!("No module named '{name}'"),
            name,
        ));
    };
    match found {
        Found::Native(make) => {
            let m = make(py)?;
            dict::set_item(py, &modules(py), py.new_str(name), m.clone())?;
            Ok(m)
        }
        Found::File(path, pkg) => {
            let bytes = std::fs::read(&path).map_err(|e| {
                py.new_error(&py.types.os_error, format!("cannot read {path}: {e}"))
            })?;
            let source = match crate::parser::source::decode_file(&bytes, &path) {
                Ok(s) => s,
                Err(e) => return Err(errors::syntax_error(py, &e, &path, None, true)),
            };
            let package = match &pkg {
                Some(_) => name.to_string(),
                None => name.rsplit_once('.').map_or("", |(p, _)| p).to_string(),
            };
            let m = module::new(py, name)?;
            let d = module::dict_of(&m).ok_or_else(|| py.system_error("module without dict"))?;
            dict::set_item(py, &d, py.intern("__file__"), py.new_str(&path))?;
            dict::set_item(py, &d, py.intern("__package__"), py.new_str(&package))?;
            if let Some(dir) = pkg {
                let p = list::new(py, vec![py.new_str(&dir)]);
                dict::set_item(py, &d, py.intern("__path__"), p)?;
            }
            exec_module(py, name, &m, &source, &path)
        }
        Found::Frozen(source, is_package) => {
            let package = if is_package {
                name.to_string()
            } else {
                name.rsplit_once('.').map_or("", |(p, _)| p).to_string()
            };
            let m = module::new(py, name)?;
            let d = module::dict_of(&m).ok_or_else(|| py.system_error("module without dict"))?;
            dict::set_item(py, &d, py.intern("__package__"), py.new_str(&package))?;
            if is_package {
                // Frozen submodules are found by name, not in folders.
                dict::set_item(py, &d, py.intern("__path__"), list::new(py, Vec::new()))?;
            }
            exec_module(py, name, &m, source, &format!("<frozen {name}>"))
        }
    }
}

/// Compiles `source` and runs it in module `m`, registered as `name` while it
/// runs; returns what `sys.modules[name]` holds afterwards.
pub fn exec_module(
    py: Py<'_>,
    name: &str,
    m: &Value,
    source: &str,
    filename: &str,
) -> PyResult<Value> {
    let code = compile_source(py, source, filename, crate::parser::Mode::Exec)?;
    let d = module::dict_of(m).ok_or_else(|| py.system_error("module without dict"))?;
    dict::set_item(py, &d, py.intern("__builtins__"), py.builtins.clone())?;
    let mods = modules(py);
    let key = py.new_str(name);
    dict::set_item(py, &mods, key.clone(), m.clone())?;
    if let Some(md) = m.downcast::<Module>() {
        md.initializing.set(true);
    }
    let r = crate::vm::eval::run_code(py, code, d);
    if let Some(md) = m.downcast::<Module>() {
        md.initializing.set(false);
    }
    if let Err(e) = r {
        dict::del_item(py, &mods, &key)?;
        return Err(e);
    }
    Ok(dict::get_item(py, &mods, &key)?.unwrap_or_else(|| m.clone()))
}

/// Parses and compiles `source` as a module (or expression) named
/// `filename`; errors become SyntaxError exceptions. The source is kept for
/// tracebacks.
pub fn compile_source(
    py: Py<'_>,
    source: &str,
    filename: &str,
    mode: crate::parser::Mode,
) -> PyResult<Rc<crate::compile::code::CodeObject>> {
    use crate::parser::{parse_input, Input};
    let parsed = parse_input(source, mode, false, Input::File);
    let tree = parsed
        .module
        .map_err(|e| errors::syntax_error(py, &e, filename, Some(source), true))?;
    let code = crate::compile::codegen::compile_module(&tree, filename).map_err(|e| {
        errors::syntax_error(py, &e.to_parse_error(source), filename, Some(source), true)
    })?;
    register_source(py, filename, source);
    Ok(code)
}

/// `from package import a, b`: names that are not attributes yet may be
/// submodules (as CPython's `_handle_fromlist`); `*` follows `__all__`.
fn handle_fromlist(
    py: Py<'_>,
    module: &Value,
    fromlist: &[Value],
    recursive: bool,
) -> PyResult<()> {
    let Some(d) = module::dict_of(module) else {
        return Ok(());
    };
    if dict::get_str(py, &d, "__path__")?.is_none() {
        return Ok(());
    }
    let modname = module::name_of(py, module).unwrap_or_default();
    for x in fromlist {
        let Some(n) = as_str(x) else {
            let what = if recursive {
                "``__all__``"
            } else {
                "``from list''"
            };
            return Err(py.type_error(format!(
                "Item in {what} must be str, not {}",
                py.type_name(x)
            )));
        };
        if n == "*" {
            if !recursive {
                if let Some(all) = dict::get_str(py, &d, "__all__")? {
                    let names = obj::collect(py, &all)?;
                    handle_fromlist(py, module, &names, true)?;
                }
            }
            continue;
        }
        if dict::get_str(py, &d, n)?.is_some() {
            continue;
        }
        let full = format!("{modname}.{n}");
        match import_absolute(py, &full) {
            Ok(_) => {}
            Err(e) if errors::is_not_found_of(py, &e, &full) && cached(py, &full)?.is_none() => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// IMPORT_FROM: `from module import name` for one name.
pub fn import_from(py: Py<'_>, module: &Value, name: &str) -> PyResult<Value> {
    match obj::getattr(py, module, name) {
        Ok(v) => return Ok(v),
        Err(e) if e.matches(py, &py.types.attribute_error) => {}
        Err(e) => return Err(e),
    }
    let modname = module::name_of(py, module);
    if let Some(m) = &modname {
        if let Some(sub) = cached(py, &format!("{m}.{name}"))? {
            return Ok(sub);
        }
    }
    let shown = modname
        .clone()
        .unwrap_or_else(|| "<unknown module name>".to_string());
    let file = module::file_of(py, module);
    let location = file
        .clone()
        .unwrap_or_else(|| "unknown location".to_string());
    let partial = module
        .downcast::<Module>()
        .is_some_and(|m| m.initializing.get());
    let msg = if partial {
        format!("cannot import name '{name}' from partially initialized module '{shown}' (most likely due to a circular import) ({location})")
    } else {
        format!("cannot import name '{name}' from '{shown}' ({location})")
    };
    Err(errors::import_error(
        py,
        msg,
        modname.as_deref(),
        file.as_deref(),
    ))
}

/// IMPORT_STAR: binds the public names of `module` in namespace `ns`.
pub fn import_star(py: Py<'_>, module: &Value, ns: &Value) -> PyResult<()> {
    let d = match module::dict_of(module) {
        Some(d) => d,
        None => obj::getattr(py, module, "__dict__")?,
    };
    match dict::get_str(py, &d, "__all__")? {
        Some(all) => {
            for n in obj::collect(py, &all)? {
                let Some(s) = as_str(&n) else {
                    let modname = module::name_of(py, module).unwrap_or_default();
                    return Err(py.type_error(format!(
                        "Item in {modname}.__all__ must be str, not {}",
                        py.type_name(&n)
                    )));
                };
                let v = obj::getattr(py, module, s)?;
                dict::set_item(py, ns, n.clone(), v)?;
            }
        }
        None => {
            for (k, v) in dict::items(&d) {
                if as_str(&k).is_some_and(|s| !s.starts_with('_')) {
                    dict::set_item(py, ns, k, v)?;
                }
            }
        }
    }
    Ok(())
}

/// The argument of IMPORT_NAME's fromlist: None or a tuple of names.
pub fn fromlist_items(py: Py<'_>, v: &Value) -> PyResult<Vec<Value>> {
    if v.is(&py.none) {
        Ok(Vec::new())
    } else {
        obj::collect(py, v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::Interpreter;

    fn globals_with_package(py: Py<'_>, package: &str) -> Value {
        let g = dict::new(py);
        let _ = dict::set_item(py, &g, py.intern("__package__"), py.new_str(package));
        g
    }

    #[test]
    fn relative_names_resolve_against_the_package() {
        let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
        let py = interp.py();
        let g = globals_with_package(py, "a.b.c");
        let r = |name, level| resolve_name(py, name, Some(&g), level).ok();
        assert_eq!(r("x", 1).as_deref(), Some("a.b.c.x"));
        assert_eq!(r("x.y", 2).as_deref(), Some("a.b.x.y"));
        assert_eq!(r("", 3).as_deref(), Some("a"));
        assert!(r("x", 4).is_none());
        let top = dict::new(py);
        assert!(resolve_name(py, "x", Some(&top), 1).is_err());
    }

    #[test]
    fn builtin_and_frozen_modules_are_cached() {
        let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
        let py = interp.py();
        let sys = import_absolute(py, "sys").ok();
        assert!(sys.is_some_and(|s| s.is(py.import.sys.borrow().as_ref().unwrap_or(&py.none))));
        let a = import_absolute(py, "__phello__.ham.eggs").ok();
        let b = cached(py, "__phello__.ham.eggs").ok().flatten();
        assert!(matches!((a, b), (Some(a), Some(b)) if a.is(&b)));
        assert!(import_absolute(py, "surely_not_a_module").is_err());
        assert!(origin("math") == Some("built-in") && origin("__hello__") == Some("frozen"));
    }
}
