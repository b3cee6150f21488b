//! The exceptions the import system, `sys.exit`, `input` and `compile` raise.
//! They are found by name among the builtins (the exception hierarchy lives
//! in `object/exception.rs`); a class missing there is made here, so these
//! features work whichever classes exist.

use crate::object::exception::{new_exception, ExceptionData};
use crate::object::typeobj::{is_subtype, Slots, TypeObject};
use crate::object::{self as obj, dict, PyErr};
use crate::parser::error::ParseError;
use crate::value::Value;
use crate::vm::Py;

/// The classes this module needs, with the base each gets when it is made here.
const NEEDED: &[(&str, &str)] = &[
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("EOFError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
];

/// Makes the missing classes of [`NEEDED`] and installs them as builtins.
pub fn install(py: Py<'_>) {
    for &(name, base) in NEEDED {
        if builtin(py, name).is_some() {
            continue;
        }
        let Some(base) = builtin(py, base) else {
            continue;
        };
        let t = py.alloc(
            &py.types.type_,
            TypeObject::new::<ExceptionData>(name, Some(&base), Slots::default()),
        );
        t.leak();
        let _ = dict::set_item(py, &py.builtins, py.intern(name), t.clone());
        py.import.types.borrow_mut().insert(name, t);
    }
}

pub(super) fn builtin(py: Py<'_>, name: &str) -> Option<Value> {
    dict::get_str(py, &py.builtins, name).ok().flatten()
}

/// The builtin exception class `name` (Exception if it is missing).
pub fn class(py: Py<'_>, name: &str) -> Value {
    builtin(py, name).unwrap_or_else(|| py.types.exception.clone())
}

/// Whether class `ty` was made by [`install`] (so it has no constructor of its own).
pub fn made_here(py: Py<'_>, ty: &Value) -> bool {
    py.import.types.borrow().values().any(|t| t.is(ty))
}

/// Sets attribute `name` of exception `e` to `v`.
pub fn set(py: Py<'_>, e: &Value, name: &str, v: Value) {
    let _ = obj::instance::setattr(py, e, name, v);
}

/// An exception of class `cls` with message `msg` and the keyword
/// attributes `kw` (passed to the constructor when the class takes them).
fn with_attrs(py: Py<'_>, cls: &str, msg: String, kw: &[(&str, Value)]) -> PyErr {
    let ty = class(py, cls);
    let m = py.new_str(&msg);
    if !made_here(py, &ty) {
        let mut args = vec![m.clone()];
        let mut names = Vec::new();
        for (k, v) in kw {
            args.push(v.clone());
            names.push(py.intern(k));
        }
        if let Ok(e) = obj::call(py, &ty, &args, &names) {
            if e.downcast::<ExceptionData>().is_some() {
                return PyErr(e);
            }
        }
    }
    let e = new_exception(py, &ty, vec![m]);
    for (k, v) in kw {
        set(py, &e, k, v.clone());
    }
    PyErr(e)
}

fn opt_str(py: Py<'_>, s: Option<&str>) -> Value {
    s.map_or_else(|| py.none(), |s| py.new_str(s))
}

/// `SystemExit(*args)`, with its `code` (None, the argument, or the tuple).
pub fn system_exit(py: Py<'_>, args: &[Value]) -> PyErr {
    let ty = class(py, "SystemExit");
    if !made_here(py, &ty) {
        if let Ok(e) = obj::call(py, &ty, args, &[]) {
            return PyErr(e);
        }
    }
    let e = new_exception(py, &ty, args.to_vec());
    let code = match args {
        [] => py.none(),
        [one] => one.clone(),
        more => obj::tuple::new(py, more.to_vec()),
    };
    set(py, &e, "code", code);
    PyErr(e)
}

/// `ImportError(msg, name=name, path=path)`.
pub fn import_error(py: Py<'_>, msg: String, name: Option<&str>, path: Option<&str>) -> PyErr {
    let kw = [("name", opt_str(py, name)), ("path", opt_str(py, path))];
    with_attrs(py, "ImportError", msg, &kw)
}

/// `ModuleNotFoundError(msg, name=name)`.
pub fn module_not_found(py: Py<'_>, msg: String, name: &str) -> PyErr {
    let kw = [("name", py.new_str(name))];
    with_attrs(py, "ModuleNotFoundError", msg, &kw)
}

/// Whether `e` is the ModuleNotFoundError for module `name` itself.
pub fn is_not_found_of(py: Py<'_>, e: &PyErr, name: &str) -> bool {
    let ty = class(py, "ModuleNotFoundError");
    if !is_subtype(&py.type_of(&e.0), &ty) {
        return false;
    }
    match obj::getattr(py, &e.0, "name") {
        Ok(n) => obj::str::as_str(&n) == Some(name),
        Err(_) => false,
    }
}

/// The exception for a syntax error in `filename`, with CPython's attributes.
/// `text` is the offending line quoted from `source` (None when CPython has
/// no line to show), ending in a newline when `newline` (statements are
/// tokenized with one; `eval` input is not).
pub fn syntax_error(
    py: Py<'_>,
    e: &ParseError,
    filename: &str,
    source: Option<&str>,
    newline: bool,
) -> PyErr {
    let text = e
        .text
        .clone()
        .or_else(|| source.and_then(|s| crate::parser::report::source_line(s, e.lineno)))
        .map(|mut t| {
            if newline && !t.ends_with('\n') {
                t.push('\n');
            }
            t
        });
    let cls = e.kind.name();
    let cls = if builtin(py, cls).is_some() {
        cls
    } else {
        "SyntaxError"
    };
    let ty = class(py, cls);
    let int = |n: u32| crate::object::int::new_i64(py, n as i64);
    let text_v = opt_str(py, text.as_deref());
    let (end_line, end_off) = if e.end_lineno == 0 {
        (py.none(), py.none())
    } else {
        (int(e.end_lineno), int(e.end_offset))
    };
    let details = obj::tuple::new(
        py,
        vec![
            py.new_str(filename),
            int(e.lineno),
            int(e.offset),
            text_v.clone(),
            end_line.clone(),
            end_off.clone(),
        ],
    );
    let msg = py.new_str(&e.msg);
    if !made_here(py, &ty) {
        if let Ok(x) = obj::call(py, &ty, &[msg.clone(), details.clone()], &[]) {
            if x.downcast::<ExceptionData>().is_some() {
                return PyErr(x);
            }
        }
    }
    let x = new_exception(py, &ty, vec![msg.clone(), details]);
    for (k, v) in [
        ("msg", msg),
        ("filename", py.new_str(filename)),
        ("lineno", int(e.lineno)),
        ("offset", int(e.offset)),
        ("text", text_v),
        ("end_lineno", end_line),
        ("end_offset", end_off),
        ("print_file_and_line", py.none()),
    ] {
        set(py, &x, k, v);
    }
    PyErr(x)
}

/// How CPython's top-level handler ends the report of a SyntaxError `exc`:
/// the `File "f", line N` block with the quoted line and carets, then
/// `SyntaxError: msg`. `None` for other exceptions (or one without a line).
pub fn syntax_error_report(py: Py<'_>, exc: &Value) -> Option<String> {
    use crate::parser::error::ErrorKind;
    if !is_subtype(&py.type_of(exc), &builtin(py, "SyntaxError")?) {
        return None;
    }
    let get = |name: &str| obj::getattr(py, exc, name).ok().filter(|v| !v.is(&py.none));
    let num = |name: &str| {
        get(name)
            .and_then(|v| crate::object::int::as_index(py, &v).ok().flatten())
            .map_or(0, |n| n.clamp(0, u32::MAX as i64) as u32)
    };
    let text_of = |name: &str| get(name).and_then(|v| obj::str::as_str(&v).map(str::to_string));
    let lineno = num("lineno");
    let filename = text_of("filename")?;
    let kind = match py.type_name(exc).as_str() {
        "IndentationError" => ErrorKind::IndentationError,
        "TabError" => ErrorKind::TabError,
        _ => ErrorKind::SyntaxError,
    };
    let mut pe = ParseError::new(
        kind,
        text_of("msg").unwrap_or_default(),
        lineno,
        num("offset"),
    );
    pe.end_lineno = num("end_lineno");
    pe.end_offset = num("end_offset");
    let text = text_of("text");
    let report = crate::parser::report::format_syntax_error(&pe, &filename, text.as_deref());
    // The class name may be a user subclass: print it as the exception line does.
    let name = py.type_name(exc);
    Some(match report.rfind(kind.name()) {
        Some(i) if name != kind.name() => {
            format!("{}{name}{}", &report[..i], &report[i + kind.name().len()..])
        }
        _ => report,
    })
}
