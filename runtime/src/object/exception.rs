//! `BaseException` and the whole builtin hierarchy of CPython 3.11: `args`,
//! chaining (`__cause__`, `__context__`), tracebacks, notes, and the extra
//! attributes of some types (`OSError.errno`, `StopIteration.value`, ...).
//!
//! All exception classes share the payload [`ExceptionData`] and the slots of
//! `BaseException`; behaviour that depends on the class (`KeyError`'s str,
//! `OSError`'s attributes) dispatches on the instance's type.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::compile::code::CodeObject;
use crate::object::typeobj::{is_subtype, NativeFn, Slots, TypeObject};
use crate::object::{self as obj, dict, int, str::as_str, tuple, PyErr, PyResult};
use crate::value::{alloc_object, GcHead, Payload, Value};
use crate::vm::{Py, Types};

/// One line of a traceback: a frame's code and the instruction that raised.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<CodeObject>,
    pub instr: usize,
    /// The frame's globals (for NameError suggestions), when known.
    pub globals: Option<Value>,
}

pub struct ExceptionData {
    /// A tuple.
    pub args: RefCell<Value>,
    /// Innermost frame first, as frames are unwound (printed outermost first).
    pub traceback: RefCell<Vec<TbEntry>>,
    /// The exception being handled when this one was raised (`__context__`).
    pub context: RefCell<Option<Value>>,
    /// `raise ... from cause` (`__cause__`).
    pub cause: RefCell<Option<Value>>,
    /// Set by `raise ... from ...`: the context is not printed.
    pub suppress_context: Cell<bool>,
    /// Attributes set on the exception (`self.code = ...`), made on demand.
    pub dict: RefCell<Option<Value>>,
    /// The builtin attributes of the exception's class (`errno`, `name`...).
    pub attrs: RefCell<Vec<(&'static str, Value)>>,
    /// The traceback object last handed out and how many entries it covers,
    /// so that `e.__traceback__ is e.__traceback__`.
    pub tb_obj: RefCell<Option<(usize, Value)>>,
    /// Whether `__context__` was decided where the exception was raised, so
    /// frames it passes through do not chain it again.
    pub chained: Cell<bool>,
}
impl Payload for ExceptionData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for part in [&self.context, &self.cause, &self.dict] {
            if let Ok(Some(v)) = part.try_borrow().as_deref() {
                visit(v);
            }
        }
        if let Ok(a) = self.args.try_borrow() {
            visit(&a);
        }
        if let Ok(attrs) = self.attrs.try_borrow() {
            attrs.iter().for_each(|(_, v)| visit(v));
        }
        if let Ok(Some((_, tb))) = self.tb_obj.try_borrow().as_deref() {
            visit(tb);
        }
        if let Ok(tb) = self.traceback.try_borrow() {
            tb.iter().filter_map(|e| e.globals.as_ref()).for_each(visit);
        }
    }
    fn clear(&self) {
        for part in [&self.context, &self.cause, &self.dict] {
            if let Ok(mut v) = part.try_borrow_mut() {
                drop(v.take());
            }
        }
        if let Ok(mut attrs) = self.attrs.try_borrow_mut() {
            drop(std::mem::take(&mut *attrs));
        }
        if let Ok(mut tb) = self.tb_obj.try_borrow_mut() {
            drop(tb.take());
        }
        if let Ok(mut tb) = self.traceback.try_borrow_mut() {
            drop(std::mem::take(&mut *tb));
        }
    }
}

/// A traceback object: one frame of an exception's traceback.
pub struct Traceback {
    pub entry: TbEntry,
    pub next: Option<Value>,
    /// `tb_frame`, once made (so `tb.tb_frame is tb.tb_frame`).
    pub frame: RefCell<Option<Value>>,
}
impl Payload for Traceback {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.entry.globals.iter().for_each(&mut *visit);
        self.next.iter().for_each(&mut *visit);
        if let Ok(Some(f)) = self.frame.try_borrow().as_deref() {
            visit(f);
        }
    }
    fn clear(&self) {
        if let Ok(mut f) = self.frame.try_borrow_mut() {
            drop(f.take());
        }
    }
}

/// The builtin exception classes (and the `traceback` type) by name; the
/// ones the VM uses often are also fields of [`Types`].
pub struct ExcTypes(pub Vec<(&'static str, Value)>);

impl ExcTypes {
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// A builtin exception class (or the traceback type) by name;
/// `BaseException` for an unknown name.
pub fn exc_type(py: Py<'_>, name: &str) -> Value {
    py.exc_types
        .get(name)
        .cloned()
        .unwrap_or_else(|| py.types.base_exception.clone())
}

/// The classes not in [`Types`], each after its base: (name, base).
const HIERARCHY: &[(&str, &str)] = &[
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("FloatingPointError", "ArithmeticError"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("MemoryError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Makes the classes of [`HIERARCHY`] (the ones in `types` are reused) and
/// the traceback type.
pub fn make_types(types: &Types, gc: &GcHead) -> ExcTypes {
    let t = types;
    let mut all: Vec<(&'static str, Value)> = vec![
        ("BaseException", t.base_exception.clone()),
        ("Exception", t.exception.clone()),
        ("ArithmeticError", t.arithmetic_error.clone()),
        ("LookupError", t.lookup_error.clone()),
        ("TypeError", t.type_error.clone()),
        ("NameError", t.name_error.clone()),
        ("UnboundLocalError", t.unbound_local_error.clone()),
        ("ZeroDivisionError", t.zero_division_error.clone()),
        ("OverflowError", t.overflow_error.clone()),
        ("ValueError", t.value_error.clone()),
        ("IndexError", t.index_error.clone()),
        ("KeyError", t.key_error.clone()),
        ("AttributeError", t.attribute_error.clone()),
        ("RuntimeError", t.runtime_error.clone()),
        ("OSError", t.os_error.clone()),
        ("RecursionError", t.recursion_error.clone()),
        ("NotImplementedError", t.not_implemented_error.clone()),
        ("StopIteration", t.stop_iteration.clone()),
        ("SystemError", t.system_error.clone()),
        ("AssertionError", t.assertion_error.clone()),
        ("UnicodeError", t.unicode_error.clone()),
        ("UnicodeEncodeError", t.unicode_encode_error.clone()),
        ("UnicodeDecodeError", t.unicode_decode_error.clone()),
        ("MemoryError", t.memory_error.clone()),
    ];
    for &(name, base) in HIERARCHY {
        // A class the VM already made (a field of `Types`) is reused, so
        // native code raising it and `except` naming it agree.
        if all.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let Some(b) = all.iter().find(|(n, _)| *n == base).map(|(_, v)| v.clone()) else {
            continue;
        };
        let mut ty = TypeObject::new::<ExceptionData>(name, Some(&b), Slots::default());
        if name == "ExceptionGroup" {
            // class ExceptionGroup(BaseExceptionGroup, Exception)
            ty.bases = vec![b.clone(), t.exception.clone()];
            ty.mro = vec![
                b.clone(),
                t.exception.clone(),
                t.base_exception.clone(),
                t.object.clone(),
            ];
        }
        let v = alloc_object(&t.type_, ty, gc);
        v.leak();
        all.push((name, v));
    }
    let tb = alloc_object(
        &t.type_,
        TypeObject::new::<Traceback>("traceback", Some(&t.object), tb_slots()),
        gc,
    );
    tb.leak();
    all.push(("traceback", tb));
    let frame = super::frameobj::make_type(t, gc);
    all.push(("frame", frame));
    ExcTypes(all)
}

/// Puts every exception class (and the `OSError` aliases) in the builtins.
pub fn install(py: Py<'_>) {
    for (name, ty) in &py.exc_types.0 {
        if *name == "traceback" || *name == "frame" {
            continue;
        }
        let _ = dict::set_item(py, &py.builtins, py.intern(name), ty.clone());
    }
    for alias in ["IOError", "EnvironmentError"] {
        let _ = dict::set_item(
            py,
            &py.builtins,
            py.intern(alias),
            py.types.os_error.clone(),
        );
    }
    if let Some(to) = py.types.base_exception.downcast::<TypeObject>() {
        for &(name, f) in METHODS {
            let m = py.new_builtin(name, f, None);
            to.dict.borrow_mut().insert(name.to_string(), m);
        }
    }
    let eg = exc_type(py, "BaseExceptionGroup");
    if let Some(to) = eg.downcast::<TypeObject>() {
        for &(name, f) in super::exc_group::METHODS {
            let m = py.new_builtin(name, f, None);
            to.dict.borrow_mut().insert(name.to_string(), m);
        }
    }
}

pub fn new_exception(py: Py<'_>, ty: &Value, args: Vec<Value>) -> Value {
    let args = tuple::new(py, args);
    py.alloc(
        ty,
        ExceptionData {
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
            attrs: RefCell::new(Vec::new()),
            tb_obj: RefCell::new(None),
            chained: Cell::new(false),
        },
    )
}

/// An exception of class `ty` made with `args`, with the class's attributes
/// set as its constructor would (`OSError(2, "x")` has `errno == 2`).
pub fn new_with_attrs(py: Py<'_>, ty: &Value, args: Vec<Value>) -> PyResult<Value> {
    let e = new_exception(py, ty, args.clone());
    init_attrs(py, &e, &args, &[], &[])?;
    Ok(e)
}

/// `OSError(errno, strerror[, filename])` as Python code would make it: the
/// subclass for `errno` (`FileNotFoundError` for 2) and its attributes, e.g.
/// `[Errno 2] No such file or directory: 'x.txt'`.
pub fn os_error(py: Py<'_>, errno: i64, strerror: &str, filename: Option<&str>) -> PyErr {
    let ty =
        os_error_subclass(errno).map_or_else(|| py.types.os_error.clone(), |n| exc_type(py, n));
    let mut args = vec![int::new_i64(py, errno), py.new_str(strerror)];
    if let Some(f) = filename {
        args.push(py.new_str(f));
    }
    let e = new_exception(py, &ty, args.clone());
    init_os_error(py, &e, &args);
    PyErr(e)
}

/// `AttributeError: 'T' object has no attribute 'n'` with `name` and `obj`.
pub fn attribute_error(py: Py<'_>, v: &Value, name: &str, msg: String) -> PyErr {
    let e = new_exception(py, &py.types.attribute_error, vec![py.new_str(&msg)]);
    set_attr(&e, "name", py.new_str(name));
    set_attr(&e, "obj", v.clone());
    PyErr(e)
}

/// `NameError: name 'n' is not defined` with `name`.
pub fn name_error(py: Py<'_>, name: &str) -> PyErr {
    let msg = py.new_str(&format!("name '{name}' is not defined"));
    let e = new_exception(py, &py.types.name_error, vec![msg]);
    set_attr(&e, "name", py.new_str(name));
    PyErr(e)
}

/// A builtin attribute of an exception (`None` when never set).
pub fn get_attr(v: &Value, name: &str) -> Option<Value> {
    let e = v.downcast::<ExceptionData>()?;
    let attrs = e.attrs.borrow();
    attrs
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, x)| x.clone())
}

pub fn set_attr(v: &Value, name: &'static str, x: Value) {
    let Some(e) = v.downcast::<ExceptionData>() else {
        return;
    };
    let old = {
        let mut attrs = e.attrs.borrow_mut();
        match attrs.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => Some(std::mem::replace(&mut slot.1, x)),
            None => {
                attrs.push((name, x));
                None
            }
        }
    };
    drop(old);
}

pub fn args_of(v: &Value) -> Vec<Value> {
    v.downcast::<ExceptionData>()
        .and_then(|e| {
            e.args
                .borrow()
                .downcast::<tuple::Tuple>()
                .map(|t| t.0.to_vec())
        })
        .unwrap_or_default()
}

fn is_a(py: Py<'_>, v: &Value, name: &str) -> bool {
    py.exc_types
        .get(name)
        .is_some_and(|t| is_subtype(&py.type_of(v), t))
}

/// A method defined in Python on the exception's class (a subclass's
/// `__str__`), which the slots call instead of the builtin behaviour.
fn python_override(py: Py<'_>, v: &Value, name: &str) -> Option<Value> {
    py.type_obj(v)
        .lookup(name)
        .filter(|m| m.downcast::<super::function::Function>().is_some())
}

fn call_override(py: Py<'_>, f: &Value, v: &Value, what: &str) -> PyResult<String> {
    let r = obj::call(py, f, std::slice::from_ref(v), &[])?;
    as_str(&r).map(str::to_string).ok_or_else(|| {
        py.type_error(format!(
            "{what} returned non-string (type {})",
            py.type_name(&r)
        ))
    })
}

/// `BaseException.__repr__`: `Name(arg, ...)`.
pub fn base_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let args = args_of(v);
    let inner = tuple::repr_items(py, &args, "", "")?;
    Ok(format!(
        "{}({})",
        py.type_name(v),
        inner.trim_end_matches(',')
    ))
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    if let Some(f) = python_override(py, v, "__repr__") {
        return call_override(py, &f, v, "__repr__");
    }
    base_repr(py, v)
}

fn str_(py: Py<'_>, v: &Value) -> PyResult<String> {
    if let Some(f) = python_override(py, v, "__str__") {
        return call_override(py, &f, v, "__str__");
    }
    base_str(py, v)
}

fn opt_attr(py: Py<'_>, v: &Value, name: &str) -> Option<Value> {
    get_attr(v, name).filter(|x| !x.is(&py.none))
}

/// The builtin `__str__` of each exception class.
pub fn base_str(py: Py<'_>, v: &Value) -> PyResult<String> {
    let args = args_of(v);
    if is_a(py, v, "OSError") {
        let (errno, strerror) = (opt_attr(py, v, "errno"), opt_attr(py, v, "strerror"));
        let (f1, f2) = (opt_attr(py, v, "filename"), opt_attr(py, v, "filename2"));
        let (e, s) = (
            errno.as_ref().map(|x| obj::str(py, x)).transpose()?,
            strerror.as_ref().map(|x| obj::str(py, x)).transpose()?,
        );
        let shown = |x: Option<String>| x.unwrap_or_else(|| "None".to_string());
        if let Some(f1) = f1 {
            let f1 = obj::repr(py, &f1)?;
            return Ok(match f2 {
                Some(f2) => format!(
                    "[Errno {}] {}: {f1} -> {}",
                    shown(e),
                    shown(s),
                    obj::repr(py, &f2)?
                ),
                None => format!("[Errno {}] {}: {f1}", shown(e), shown(s)),
            });
        }
        if let (Some(e), Some(s)) = (e, s) {
            return Ok(format!("[Errno {e}] {s}"));
        }
    }
    if is_a(py, v, "SyntaxError") {
        return syntax_error_str(py, v, &args);
    }
    if is_a(py, v, "ImportError") {
        if let Some(m) = opt_attr(py, v, "msg") {
            return obj::str(py, &m);
        }
    }
    if is_a(py, v, "BaseExceptionGroup") {
        let msg = get_attr(v, "message").map_or(Ok(String::new()), |m| obj::str(py, &m))?;
        let n = get_attr(v, "exceptions")
            .map_or(0, |t| t.downcast::<tuple::Tuple>().map_or(0, |t| t.0.len()));
        let s = if n == 1 { "" } else { "s" };
        return Ok(format!("{msg} ({n} sub-exception{s})"));
    }
    if is_a(py, v, "UnicodeError") {
        if let Some(s) = unicode_error_str(py, v)? {
            return Ok(s);
        }
    }
    match args.as_slice() {
        [] => Ok(String::new()),
        // KeyError shows the missing key as its repr, as CPython's KeyError_str.
        [a] if is_subtype(&py.type_of(v), &py.types.key_error) => obj::repr(py, a),
        [a] => obj::str(py, a),
        _ => obj::repr(py, &tuple::new(py, args)),
    }
}

/// `SyntaxError.__str__`: `msg (file, line N)` with the file's base name.
fn syntax_error_str(py: Py<'_>, v: &Value, args: &[Value]) -> PyResult<String> {
    let msg = match opt_attr(py, v, "msg").or_else(|| args.first().cloned()) {
        Some(m) => obj::str(py, &m)?,
        None => String::new(),
    };
    let filename = opt_attr(py, v, "filename")
        .and_then(|f| as_str(&f).map(|s| s.rsplit('/').next().unwrap_or(s).to_string()));
    let lineno = opt_attr(py, v, "lineno").and_then(|l| l.as_int());
    Ok(match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}

/// The errno values that `OSError(errno, ...)` turns into a subclass.
fn os_error_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        4 => "InterruptedError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

fn type_label(ty: &Value) -> String {
    ty.downcast::<TypeObject>()
        .map_or("?".to_string(), |t| t.name.clone())
}

/// Calling an exception class: makes the instance (its `__init__`, when
/// defined in Python, runs next).
fn new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len());
    let (pos, kwvals) = args.split_at(npos);
    let mut ty = ty.clone();
    if ty.is(&py.types.os_error) && (2..=5).contains(&pos.len()) {
        if let Some(sub) = pos[0].as_int().and_then(os_error_subclass) {
            ty = exc_type(py, sub);
        }
    }
    if is_subtype(&ty, &exc_type(py, "BaseExceptionGroup")) {
        return super::exc_group::new_group(py, &ty, pos, kwnames);
    }
    let e = new_exception(py, &ty, pos.to_vec());
    let custom_init = python_override(py, &e, "__init__").is_some();
    init_attrs(py, &e, pos, kwnames, kwvals).or_else(|err| {
        // A class with its own `__init__` validates its own arguments.
        if custom_init {
            Ok(())
        } else {
            Err(err)
        }
    })?;
    Ok(e)
}

/// Sets the attributes a builtin exception class derives from its
/// constructor arguments (what each CPython class's `__init__` does).
fn init_attrs(
    py: Py<'_>,
    e: &Value,
    args: &[Value],
    kwnames: &[Value],
    kwvals: &[Value],
) -> PyResult<()> {
    let ty = py.type_of(e);
    let name = type_label(&ty);
    let none = py.none();
    let allowed: &[&str] = if is_a(py, e, "ImportError") {
        &["name", "path"]
    } else if is_a(py, e, "AttributeError") {
        &["name", "obj"]
    } else if is_a(py, e, "NameError") {
        &["name"]
    } else {
        &[]
    };
    let mut kw: Vec<(&'static str, Value)> = Vec::new();
    for (k, v) in kwnames.iter().zip(kwvals) {
        let key = as_str(k).unwrap_or("");
        match allowed.iter().find(|a| **a == key) {
            Some(a) => kw.push((a, v.clone())),
            None if allowed.is_empty() => {
                return Err(py.type_error(format!("{name}() takes no keyword arguments")));
            }
            None => {
                return Err(py.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let kwarg = |n: &str| {
        kw.iter()
            .find(|(k, _)| *k == n)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| none.clone())
    };
    let first = args.first().cloned().unwrap_or_else(|| none.clone());
    if is_subtype(&ty, &py.types.stop_iteration) || is_a(py, e, "StopAsyncIteration") {
        set_attr(e, "value", first);
    } else if is_a(py, e, "SystemExit") {
        let code = match args {
            [] => none.clone(),
            [a] => a.clone(),
            _ => tuple::new(py, args.to_vec()),
        };
        set_attr(e, "code", code);
    } else if is_a(py, e, "ImportError") {
        set_attr(e, "msg", if args.len() == 1 { first } else { none.clone() });
        set_attr(e, "name", kwarg("name"));
        set_attr(e, "path", kwarg("path"));
    } else if is_a(py, e, "AttributeError") {
        set_attr(e, "name", kwarg("name"));
        set_attr(e, "obj", kwarg("obj"));
    } else if is_a(py, e, "NameError") {
        set_attr(e, "name", kwarg("name"));
    } else if is_a(py, e, "OSError") {
        init_os_error(py, e, args);
    } else if is_a(py, e, "SyntaxError") {
        init_syntax_error(py, e, args)?;
    } else if is_a(py, e, "UnicodeError") {
        init_unicode_error(py, e, args)?;
    }
    Ok(())
}

fn init_os_error(py: Py<'_>, e: &Value, args: &[Value]) {
    let none = py.none();
    let get = |i: usize| args.get(i).cloned().unwrap_or_else(|| none.clone());
    let two_to_five = (2..=5).contains(&args.len());
    for (i, n) in ["errno", "strerror"].into_iter().enumerate() {
        set_attr(e, n, if two_to_five { get(i) } else { none.clone() });
    }
    set_attr(
        e,
        "filename",
        if two_to_five { get(2) } else { none.clone() },
    );
    set_attr(
        e,
        "filename2",
        if args.len() == 5 {
            get(4)
        } else {
            none.clone()
        },
    );
    if two_to_five && args.len() > 2 {
        // The filename is an attribute, not part of `args`.
        if let Some(d) = e.downcast::<ExceptionData>() {
            let old = std::mem::replace(
                &mut *d.args.borrow_mut(),
                tuple::new(py, args[..2].to_vec()),
            );
            drop(old);
        }
    }
}

fn init_syntax_error(py: Py<'_>, e: &Value, args: &[Value]) -> PyResult<()> {
    let none = py.none();
    for n in [
        "msg",
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
        "print_file_and_line",
    ] {
        set_attr(e, n, none.clone());
    }
    if let Some(m) = args.first() {
        set_attr(e, "msg", m.clone());
    }
    if args.len() == 2 {
        let info = obj::collect(py, &args[1])?;
        if !(4..=6).contains(&info.len()) {
            return Err(py.index_error("tuple index out of range"));
        }
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (n, v) in names.into_iter().zip(info) {
            set_attr(e, n, v);
        }
    }
    Ok(())
}

/// Python-visible attributes of exceptions (instance dict first).
fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(e) = v.downcast::<ExceptionData>() else {
        return Ok(None);
    };
    let d = e.dict.borrow().clone();
    if let Some(d) = &d {
        if let Some(x) = dict::get_str(py, d, name)? {
            return Ok(Some(x));
        }
    }
    if let Some(x) = get_attr(v, name) {
        return Ok(Some(x));
    }
    Ok(match name {
        "args" => Some(e.args.borrow().clone()),
        "__context__" => Some(e.context.borrow().clone().unwrap_or_else(|| py.none())),
        "__cause__" => Some(e.cause.borrow().clone().unwrap_or_else(|| py.none())),
        "__suppress_context__" => Some(py.bool(e.suppress_context.get())),
        "__traceback__" => Some(traceback_object(py, v).unwrap_or_else(|| py.none())),
        "__dict__" => Some(
            e.dict
                .borrow_mut()
                .get_or_insert_with(|| dict::new(py))
                .clone(),
        ),
        "errno" | "strerror" | "filename" | "filename2" if is_a(py, v, "OSError") => {
            Some(py.none())
        }
        // Exceptions made in Rust without their class's constructor.
        "value" if is_a(py, v, "StopIteration") || is_a(py, v, "StopAsyncIteration") => {
            Some(args_of(v).into_iter().next().unwrap_or_else(|| py.none()))
        }
        "code" if is_a(py, v, "SystemExit") => {
            let args = args_of(v);
            Some(match args.len() {
                0 => py.none(),
                1 => args[0].clone(),
                _ => tuple::new(py, args),
            })
        }
        "name" | "obj" if is_a(py, v, "AttributeError") => Some(py.none()),
        "name" if is_a(py, v, "NameError") => Some(py.none()),
        "name" | "path" | "msg" if is_a(py, v, "ImportError") => Some(py.none()),
        _ => None,
    })
}

/// `exc.name = value`: the special attributes go to their fields, others to
/// the instance dict.
pub fn setattr(py: Py<'_>, v: &Value, name: &str, x: Value) -> PyResult<()> {
    let Some(e) = v.downcast::<ExceptionData>() else {
        return Err(py.attribute_error(v, name));
    };
    let as_exc = |x: &Value, what: &str| -> PyResult<Option<Value>> {
        if x.is(&py.none) {
            Ok(None)
        } else if x.downcast::<ExceptionData>().is_some() {
            Ok(Some(x.clone()))
        } else {
            Err(py.type_error(format!(
                "exception {what} must be None or derive from BaseException"
            )))
        }
    };
    match name {
        "args" => {
            let t = tuple::new(py, obj::collect(py, &x)?);
            let old = std::mem::replace(&mut *e.args.borrow_mut(), t);
            drop(old);
        }
        "__cause__" => {
            let c = as_exc(&x, "cause")?;
            let old = std::mem::replace(&mut *e.cause.borrow_mut(), c);
            drop(old);
            e.suppress_context.set(true);
        }
        "__context__" => {
            let c = as_exc(&x, "context")?;
            let old = std::mem::replace(&mut *e.context.borrow_mut(), c);
            drop(old);
        }
        "__suppress_context__" => e.suppress_context.set(obj::truthy(py, &x)?),
        "__traceback__" => set_traceback(py, v, &x)?,
        _ => {
            let builtin = e
                .attrs
                .borrow()
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(n, _)| *n);
            if let Some(n) = builtin {
                set_attr(v, n, x);
                return Ok(());
            }
            let d = e
                .dict
                .borrow_mut()
                .get_or_insert_with(|| dict::new(py))
                .clone();
            dict::set_item(py, &d, py.intern(name), x)?;
        }
    }
    Ok(())
}

/// The traceback object of an exception (outermost frame first), made from
/// its entries; the part already handed out is reused.
pub fn traceback_object(py: Py<'_>, v: &Value) -> Option<Value> {
    let e = v.downcast::<ExceptionData>()?;
    let entries = e.traceback.borrow().clone();
    if entries.is_empty() {
        return None;
    }
    let cached = e.tb_obj.borrow().clone();
    let (mut head, covered) = match cached {
        Some((n, tb)) if n == entries.len() => return Some(tb),
        Some((n, tb)) if n < entries.len() => (Some(tb), n),
        _ => (None, 0),
    };
    // Entries are innermost first; the chain runs outermost to innermost.
    for entry in entries.iter().skip(covered) {
        head = Some(py.alloc(
            &exc_type(py, "traceback"),
            Traceback {
                entry: entry.clone(),
                next: head.take(),
                frame: RefCell::new(None),
            },
        ));
    }
    let head = head?;
    *e.tb_obj.borrow_mut() = Some((entries.len(), head.clone()));
    Some(head)
}

/// `exc.__traceback__ = tb` (or `with_traceback(tb)`).
fn set_traceback(py: Py<'_>, v: &Value, tb: &Value) -> PyResult<()> {
    let Some(e) = v.downcast::<ExceptionData>() else {
        return Ok(());
    };
    let mut entries = Vec::new();
    if !tb.is(&py.none) {
        if tb.downcast::<Traceback>().is_none() {
            return Err(py.type_error("__traceback__ must be a traceback or None".to_string()));
        }
        let mut cur = Some(tb.clone());
        while let Some(t) = cur {
            let Some(tt) = t.downcast::<Traceback>() else {
                break;
            };
            entries.push(tt.entry.clone());
            cur = tt.next.clone();
        }
        entries.reverse();
    }
    let n = entries.len();
    *e.traceback.borrow_mut() = entries;
    let cache = if n == 0 { None } else { Some((n, tb.clone())) };
    let old = std::mem::replace(&mut *e.tb_obj.borrow_mut(), cache);
    drop(old);
    Ok(())
}

/// Identity hash, unless a Python subclass defines `__hash__`, or `__eq__`
/// without `__hash__` (then instances are unhashable, as CPython's).
fn hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    if let Some(f) = python_override(py, v, "__hash__") {
        let h = obj::call(py, &f, std::slice::from_ref(v), &[])?;
        return int::as_index(py, &h)?
            .ok_or_else(|| py.type_error("__hash__ method should return an integer".to_string()));
    }
    if python_override(py, v, "__eq__").is_some() {
        return Err(py.type_error(format!("unhashable type: '{}'", py.type_name(v))));
    }
    Ok((v.addr() >> 4) as i64)
}

/// Comparisons a Python subclass defines (`__eq__`, `__lt__`...); identity
/// otherwise.
fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: crate::ast::Cmpop) -> PyResult<Option<Value>> {
    if a.downcast::<ExceptionData>().is_some() {
        if let Some(f) = op.dunder().and_then(|d| python_override(py, a, d)) {
            return obj::call(py, &f, &[a.clone(), b.clone()], &[]).map(Some);
        }
        // `!=` defaults to the negation of a defined `__eq__`.
        if op == crate::ast::Cmpop::NotEq {
            if let Some(f) = python_override(py, a, "__eq__") {
                let r = obj::call(py, &f, &[a.clone(), b.clone()], &[])?;
                return Ok(Some(py.bool(!obj::truthy(py, &r)?)));
            }
        }
    }
    Ok(None)
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        str: Some(str_),
        new: Some(new),
        getattr: Some(getattr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        ..Slots::default()
    }
}

/// Records the exception being handled as `exc`'s context, as CPython does
/// when an exception is raised inside an `except` block (cycles are cut).
/// Done once per raise: see [`ExceptionData::chained`] and [`mark_raised`].
pub fn set_context(py: Py<'_>, exc: &Value) {
    let Some(e) = exc.downcast::<ExceptionData>() else {
        return;
    };
    if e.chained.replace(true) {
        return;
    }
    let Some(handled) = py.exc_info.borrow().clone() else {
        return;
    };
    if handled.is(exc) {
        return;
    }
    // Walk the new context's chain: if `exc` is on it, cut it there. A
    // chain that already loops (set by hand) is left alone.
    let mut o = Some(handled.clone());
    let mut visited = Vec::new();
    while let Some(cur) = o {
        if visited.contains(&cur.addr()) {
            break;
        }
        visited.push(cur.addr());
        let Some(d) = cur.downcast::<ExceptionData>() else {
            break;
        };
        let next = d.context.borrow().clone();
        if next.as_ref().is_some_and(|n| n.is(exc)) {
            let old = d.context.borrow_mut().take();
            drop(old);
            break;
        }
        o = next;
    }
    let old = e.context.borrow_mut().replace(handled);
    drop(old);
}

/// `raise exc` of an existing instance: it is chained anew where raised.
pub fn mark_raised(exc: &Value) {
    if let Some(e) = exc.downcast::<ExceptionData>() {
        e.chained.set(false);
    }
}

/// `BaseException.__init__(self, *args)`: sets `args` (what `super().__init__(msg)`
/// in an exception class reaches) and the class's attributes.
fn init(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some((me, rest)) = args.split_first() else {
        return Err(py.type_error(
            "descriptor '__init__' of 'BaseException' object needs an argument".to_string(),
        ));
    };
    let npos = rest.len().saturating_sub(kwnames.len());
    let (pos, kwvals) = rest.split_at(npos);
    if let Some(e) = me.downcast::<ExceptionData>() {
        let old = std::mem::replace(&mut *e.args.borrow_mut(), tuple::new(py, pos.to_vec()));
        drop(old);
        init_attrs(py, me, pos, kwnames, kwvals)?;
    }
    Ok(py.none())
}

fn m_str(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(v) => Ok(py.new_str(&base_str(py, v)?)),
        None => Err(py.type_error("descriptor '__str__' needs an argument".to_string())),
    }
}

fn m_repr(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(v) => Ok(py.new_str(&base_repr(py, v)?)),
        None => Err(py.type_error("descriptor '__repr__' needs an argument".to_string())),
    }
}

/// `e.with_traceback(tb)`: sets the traceback and returns `e`.
fn with_traceback(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, tb] = args else {
        return Err(py.type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    set_traceback(py, me, tb)?;
    Ok(me.clone())
}

/// `e.add_note(note)`: appends to the `__notes__` list (made on first use).
fn add_note(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, note] = args else {
        return Err(py.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    if as_str(note).is_none() {
        return Err(py.type_error(format!("note must be a str, not '{}'", py.type_name(note))));
    }
    let notes = match obj::getattr(py, me, "__notes__") {
        Ok(n) => n,
        Err(e) if e.matches(py, &py.types.attribute_error) => {
            let l = super::list::new(py, Vec::new());
            setattr(py, me, "__notes__", l.clone())?;
            l
        }
        Err(e) => return Err(e),
    };
    match notes.downcast::<super::list::List>() {
        Some(l) => l.0.borrow_mut().push(note.clone()),
        None => return Err(py.type_error("Cannot add note: __notes__ is not a list".to_string())),
    }
    Ok(py.none())
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
    ("__str__", m_str),
    ("__repr__", m_repr),
    ("with_traceback", with_traceback),
    ("add_note", add_note),
];

fn tb_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(t) = v.downcast::<Traceback>() else {
        return Ok(None);
    };
    Ok(match name {
        "tb_next" => Some(t.next.clone().unwrap_or_else(|| py.none())),
        "tb_lineno" => Some(match t.entry.code.line_of(t.entry.instr) {
            Some(n) => int::new_i64(py, n as i64),
            None => py.none(),
        }),
        "tb_lasti" => Some(int::new_i64(py, 2 * t.entry.instr as i64)),
        "tb_frame" => Some(tb_frame(py, v)),
        _ => None,
    })
}

fn tb_slots() -> Slots {
    Slots {
        getattr: Some(tb_getattr),
        ..Slots::default()
    }
}

/// The `UnicodeError` family's attributes: `(encoding, object, start, end,
/// reason)` for decode/encode errors, `(object, start, end, reason)` for
/// translate errors.
fn init_unicode_error(py: Py<'_>, e: &Value, args: &[Value]) -> PyResult<()> {
    let names: &[&'static str] = if is_a(py, e, "UnicodeTranslateError") {
        &["object", "start", "end", "reason"]
    } else if is_a(py, e, "UnicodeDecodeError") || is_a(py, e, "UnicodeEncodeError") {
        &["encoding", "object", "start", "end", "reason"]
    } else {
        return Ok(());
    };
    if args.len() != names.len() {
        return Err(py.type_error(format!(
            "function takes exactly {} arguments ({} given)",
            names.len(),
            args.len()
        )));
    }
    for (n, v) in names.iter().zip(args) {
        set_attr(e, n, v.clone());
    }
    Ok(())
}

/// `'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`
/// and the encode/translate forms; `None` when the attributes are missing.
fn unicode_error_str(py: Py<'_>, v: &Value) -> PyResult<Option<String>> {
    let (Some(object), Some(start), Some(end), Some(reason)) = (
        get_attr(v, "object"),
        get_attr(v, "start").and_then(|x| x.as_int()),
        get_attr(v, "end").and_then(|x| x.as_int()),
        get_attr(v, "reason"),
    ) else {
        return Ok(None);
    };
    let reason = obj::str(py, &reason)?;
    let encoding = match get_attr(v, "encoding") {
        Some(x) => obj::str(py, &x)?,
        None => String::new(),
    };
    let single = end == start + 1;
    if is_a(py, v, "UnicodeDecodeError") {
        if single {
            let byte = obj::getitem(py, &object, &int::new_i64(py, start))?;
            let b = byte.as_int().unwrap_or(0);
            return Ok(Some(format!(
                "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            )));
        }
        return Ok(Some(format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )));
    }
    let what = if is_a(py, v, "UnicodeEncodeError") {
        format!("'{encoding}' codec can't encode")
    } else {
        "can't translate".to_string()
    };
    if single {
        // Code points, so that a lone surrogate shows as itself.
        let ch = object
            .downcast::<super::str::Str>()
            .and_then(|s| s.code_points().nth(start.max(0) as usize))
            .unwrap_or(0);
        let shown = if ch < 0x100 {
            format!("\\x{ch:02x}")
        } else if ch < 0x10000 {
            format!("\\u{ch:04x}")
        } else {
            format!("\\U{ch:08x}")
        };
        return Ok(Some(format!(
            "{what} character '{shown}' in position {start}: {reason}"
        )));
    }
    Ok(Some(format!(
        "{what} characters in position {start}-{}: {reason}",
        end - 1
    )))
}

/// `tb.tb_frame`: made for this entry and, with their `f_back` links, for
/// the entries after it; the first looks for its frame among the running ones.
fn tb_frame(py: Py<'_>, tb: &Value) -> Value {
    let Some(t) = tb.downcast::<Traceback>() else {
        return py.none();
    };
    if let Some(f) = t.frame.borrow().as_ref() {
        return f.clone();
    }
    let first = super::frameobj::for_traceback(py, &t.entry, None);
    *t.frame.borrow_mut() = Some(first.clone());
    let mut back = first.clone();
    let mut cur = t.next.clone();
    while let Some(n) = cur {
        let Some(nt) = n.downcast::<Traceback>() else {
            break;
        };
        if nt.frame.borrow().is_some() {
            break;
        }
        let f = super::frameobj::for_traceback(py, &nt.entry, Some(back));
        *nt.frame.borrow_mut() = Some(f.clone());
        back = f;
        cur = nt.next.clone();
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::Interpreter;

    #[test]
    fn os_error_maps_errno_to_subclass_and_str() {
        let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
        let py = interp.py();
        let e = os_error(py, 2, "No such file or directory", Some("x.txt"));
        assert_eq!(py.type_name(&e.0), "FileNotFoundError");
        assert_eq!(
            base_str(py, &e.0).ok().as_deref(),
            Some("[Errno 2] No such file or directory: 'x.txt'")
        );
        let plain = os_error(py, 99, "odd", None);
        assert_eq!(py.type_name(&plain.0), "OSError");
        assert_eq!(
            base_str(py, &plain.0).ok().as_deref(),
            Some("[Errno 99] odd")
        );
    }

    #[test]
    fn every_class_is_installed_under_its_name() {
        let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
        let py = interp.py();
        for (name, ty) in &py.exc_types.0 {
            if *name == "traceback" || *name == "frame" {
                continue;
            }
            let found = dict::get_str(py, &py.builtins, name).ok().flatten();
            assert!(
                found.is_some_and(|v| v.is(ty)),
                "{name} missing from builtins"
            );
        }
    }
}
