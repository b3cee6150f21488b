//! Running the program as `__main__` (a script, `-c`, standard input or
//! `-m module`) with `sys.argv`/`sys.path` set, and CPython's handling of an
//! uncaught exception: SystemExit gives the exit status, anything else prints
//! its traceback and exits with 1.

use std::io::Write;
use std::rc::Rc;

use crate::compile::code::CodeObject;
use crate::object::module;
use crate::object::typeobj::is_subtype;
use crate::object::{self as obj, dict, PyErr};
use crate::value::Value;
use crate::vm::{Interpreter, Py};

/// What the program's `sys.argv` and `sys.path[0]` are.
pub struct MainArgs {
    pub argv: Vec<String>,
    /// The script's folder (absolute), or `''` for `-c` and standard input.
    pub path0: String,
    /// The script's path (`__file__`), if it is a file.
    pub file: Option<String>,
}

/// Runs compiled `code` as `__main__` in a fresh interpreter; returns the exit status.
pub fn run_main(code: Rc<CodeObject>, source: &str, args: &MainArgs) -> u8 {
    let interp = Interpreter::new();
    let py = interp.py();
    if let Err(e) =
        crate::modules::sys::set_argv_path(py, &args.argv, std::slice::from_ref(&args.path0))
    {
        return uncaught(py, e, source);
    }
    super::register_source(py, &code.filename, source);
    let status = match main_module(py, args.file.as_deref(), None) {
        Ok(d) => match crate::vm::eval::run_code(py, code, d) {
            Ok(_) => 0,
            Err(e) => uncaught(py, e, source),
        },
        Err(e) => uncaught(py, e, source),
    };
    crate::modules::atexit::run_all(py);
    clear_main(py);
    let _ = py.stdout.borrow_mut().flush();
    status
}

/// `python -m name`: finds module `name` on `sys.path` (the current folder
/// first) and runs it as `__main__`, with `sys.argv[0]` its path.
pub fn run_module_main(name: &str, rest: &[String]) -> u8 {
    let interp = Interpreter::new();
    let py = interp.py();
    let cwd = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let mut argv = vec!["-m".to_string()];
    argv.extend(rest.iter().cloned());
    if let Err(e) = crate::modules::sys::set_argv_path(py, &argv, std::slice::from_ref(&cwd)) {
        return uncaught(py, e, "");
    }
    let found = match super::locate(py, name) {
        Ok(Some(f)) => f,
        Ok(None) => {
            let exe = std::env::args().next().unwrap_or_else(|| "moult".into());
            let _ =
                std::io::stderr().write_all(format!("{exe}: No module named {name}\n").as_bytes());
            return 1;
        }
        Err(e) => return uncaught(py, e, ""),
    };
    let (source, filename, is_file, modname) = found;
    argv[0] = if is_file {
        filename.clone()
    } else {
        name.to_string()
    };
    if let Err(e) = crate::modules::sys::set_argv_path(py, &argv, &[cwd]) {
        return uncaught(py, e, &source);
    }
    let file = if is_file {
        Some(filename.as_str())
    } else {
        None
    };
    let status = match super::compile_source(py, &source, &filename, crate::parser::Mode::Exec)
        .and_then(|code| {
            // Relative imports in the module resolve against its package.
            let package = modname.rsplit_once('.').map_or("", |(p, _)| p);
            Ok((code, main_module(py, file, Some(package))?))
        }) {
        Ok((code, d)) => match crate::vm::eval::run_code(py, code, d) {
            Ok(_) => 0,
            Err(e) => uncaught(py, e, &source),
        },
        Err(e) => uncaught(py, e, &source),
    };
    crate::modules::atexit::run_all(py);
    clear_main(py);
    let _ = py.stdout.borrow_mut().flush();
    status
}

/// Clears `__main__`'s globals at exit as CPython's module teardown does
/// (names starting with `_` first, then the rest, each set to None in
/// order), so that finalizers (`__del__`, generators' `finally`) still run
/// while the interpreter is whole.
fn clear_main(py: Py<'_>) {
    let main = dict::get_str(py, &super::modules(py), "__main__");
    let Some(d) = main.ok().flatten().and_then(|m| module::dict_of(&m)) else {
        return;
    };
    for underscored in [true, false] {
        // Keys only: a snapshot of the values would keep them alive.
        let keys: Vec<Value> = dict::items(&d).into_iter().map(|(k, _)| k).collect();
        for k in keys {
            let Some(name) = obj::str::as_str(&k) else {
                continue;
            };
            if name == "__builtins__" || (underscored && !name.starts_with('_')) {
                continue;
            }
            let _ = dict::set_item(py, &d, k.clone(), py.none());
            if !py.gen_finalizers.borrow().is_empty() {
                obj::generator::run_finalizers(py);
            }
        }
    }
}

/// Makes module `__main__`, registers it in `sys.modules`, returns its dict.
fn main_module(py: Py<'_>, file: Option<&str>, package: Option<&str>) -> obj::PyResult<Value> {
    let m = module::new(py, "__main__")?;
    let d = module::dict_of(&m).ok_or_else(|| py.system_error("module without dict"))?;
    if let Some(p) = package {
        dict::set_item(py, &d, py.intern("__package__"), py.new_str(p))?;
    }
    // As CPython, `__main__.__builtins__` is the builtins module (other
    // modules get its dict).
    let builtins = super::import_absolute(py, "builtins")?;
    // A script's namespace also starts with empty annotations and, after
    // `__file__`, `__cached__` None, as `python3 script.py` makes it.
    if file.is_some() {
        dict::set_item(py, &d, py.intern("__annotations__"), dict::new(py))?;
    }
    dict::set_item(py, &d, py.intern("__builtins__"), builtins)?;
    if let Some(f) = file {
        dict::set_item(py, &d, py.intern("__file__"), py.new_str(f))?;
        dict::set_item(py, &d, py.intern("__cached__"), py.none())?;
    }
    dict::set_item(py, &super::modules(py), py.new_str("__main__"), m)?;
    Ok(d)
}

/// The exit status for an exception that reached the top: SystemExit's
/// code, or 1 after printing the traceback.
pub fn uncaught(py: Py<'_>, e: PyErr, source: &str) -> u8 {
    let _ = py.stdout.borrow_mut().flush();
    let system_exit = super::errors::class(py, "SystemExit");
    if is_subtype(&py.type_of(&e.0), &system_exit) {
        return exit_status(py, &e.0);
    }
    // As CPython: `sys.last_*` are set, then `sys.excepthook` prints (a
    // program may replace it).
    let tb = obj::getattr(py, &e.0, "__traceback__").unwrap_or_else(|_| py.none());
    let hook = py.import.sys.borrow().clone().and_then(|sys| {
        let d = module::dict_of(&sys)?;
        let ty = py.type_of(&e.0);
        let _ = dict::set_item(py, &d, py.intern("last_type"), ty);
        let _ = dict::set_item(py, &d, py.intern("last_value"), e.0.clone());
        let _ = dict::set_item(py, &d, py.intern("last_traceback"), tb.clone());
        dict::get_str(py, &d, "excepthook").ok().flatten()
    });
    let ours = hook.as_ref().is_some_and(|h| {
        h.downcast::<crate::object::function::Builtin>()
            .is_some_and(|b| b.name == "excepthook")
    });
    match hook {
        Some(h) if !ours => {
            let args = [py.type_of(&e.0), e.0.clone(), tb];
            if let Err(hook_err) = obj::call(py, &h, &args, &[]) {
                let mut text = String::from("Error in sys.excepthook:\n");
                text.push_str(&crate::vm::traceback::format_exception(
                    py,
                    &hook_err.0,
                    source,
                ));
                text.push_str("\nOriginal exception was:\n");
                text.push_str(&crate::vm::traceback::format_exception(py, &e.0, source));
                let _ = std::io::stderr().write_all(text.as_bytes());
            }
        }
        _ => {
            let text = crate::vm::traceback::format_exception(py, &e.0, source);
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
    }
    // CPython ends itself with SIGINT after an uncaught KeyboardInterrupt,
    // which a shell sees as status 128 + 2.
    let interrupt = super::errors::builtin(py, "KeyboardInterrupt");
    if interrupt.is_some_and(|k| is_subtype(&py.type_of(&e.0), &k)) {
        return 130;
    }
    1
}

/// SystemExit's code as an exit status, as CPython's `_Py_HandleSystemExit`:
/// None is 0, an int is itself (modulo 256), anything else is printed to
/// stderr and gives 1.
fn exit_status(py: Py<'_>, exc: &Value) -> u8 {
    let code = match obj::getattr(py, exc, "code") {
        Ok(c) => c,
        Err(_) => {
            let args = obj::getattr(py, exc, "args")
                .and_then(|a| obj::collect(py, &a))
                .unwrap_or_default();
            match args.len() {
                0 => py.none(),
                1 => args[0].clone(),
                _ => obj::tuple::new(py, args),
            }
        }
    };
    if code.is(&py.none) {
        return 0;
    }
    if let Some(i) = obj::int::int_ref(py, &code) {
        use num_traits::ToPrimitive;
        return match i.to_big().to_i64() {
            Some(n) => (n & 0xff) as u8,
            None => 255,
        };
    }
    let text = obj::str(py, &code).unwrap_or_default();
    crate::modules::sys::write_stream(py, 2, &format!("{text}\n"));
    1
}
