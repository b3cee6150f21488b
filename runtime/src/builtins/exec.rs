//! Builtins that reach the compiler, the import system or the caller's
//! frame: `__import__`, `exec`, `eval`, `compile`, `globals`, `locals`,
//! `input`, `exit`/`quit`; and PRINT_EXPR (`compile(..., 'single')`).
//!
//! `globals()`, `locals()` and argument-less `eval`/`exec` need the calling
//! frame, which a builtin does not get: the evaluation loop calls
//! [`note_caller`] just before calling one of [`NEEDS_CALLER`], and the
//! builtin takes the namespaces with [`caller_namespace`].

use crate::object::code::{Code, CodeData};
use crate::object::function::Builtin;
use crate::object::typeobj::NativeFn;
use crate::object::{self as obj, cell, dict, int, str::as_str, PyResult};
use crate::parser::Mode;
use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::Py;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("__import__", import),
    ("exec", exec),
    ("eval", eval),
    ("compile", compile),
    ("globals", globals),
    ("locals", locals),
    ("input", input),
    ("exit", exit),
    ("quit", exit),
    ("open", crate::modules::io::open),
];

/// The builtins that see their caller's namespaces.
pub const NEEDS_CALLER: &[&str] = &["globals", "locals", "eval", "exec", "vars", "dir"];

pub fn install(py: Py<'_>) {
    for &(name, f) in FUNCTIONS {
        let _ = dict::set_item(
            py,
            &py.builtins,
            py.intern(name),
            py.new_builtin(name, f, None),
        );
    }
}

/// Called by CALL before calling `callable`: records the frame's globals and
/// locals when the callee is a builtin that needs them.
pub fn note_caller(py: Py<'_>, callable: &Value, f: &Frame) -> PyResult<()> {
    let Some(b) = callable.downcast::<Builtin>() else {
        return Ok(());
    };
    if b.flags & crate::object::function::NEEDS_CALLER == 0 {
        return Ok(());
    }
    let locals = frame_locals(py, f)?;
    *py.import.caller.borrow_mut() = Some((f.globals.clone(), locals));
    Ok(())
}

/// The caller's (globals, locals) recorded by [`note_caller`]; without one
/// (a call from Rust), the `__main__` module's namespace.
pub fn caller_namespace(py: Py<'_>) -> PyResult<(Value, Value)> {
    if let Some(ns) = py.import.caller.borrow_mut().take() {
        return Ok(ns);
    }
    let main = dict::get_str(py, &crate::import::modules(py), "__main__")?;
    let d = match main.and_then(|m| crate::object::module::dict_of(&m)) {
        Some(d) => d,
        None => dict::new(py),
    };
    Ok((d.clone(), d))
}

/// A frame's local names: its namespace dict (module and class bodies), or a
/// snapshot of its fast locals and cells in 3.11's fast-locals order.
pub fn frame_locals(py: Py<'_>, f: &Frame) -> PyResult<Value> {
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    let co = &f.code.code;
    let d = dict::new(py);
    let cell_value = |i: usize| {
        f.cells.get(i).and_then(|c| {
            c.downcast::<cell::Cell>()
                .and_then(|c| c.0.borrow().clone())
        })
    };
    for (i, n) in co.varnames.iter().enumerate() {
        let v = match co.cellvars.iter().position(|c| c == n) {
            Some(ci) => cell_value(ci),
            None => f.fast.get(i).cloned().flatten(),
        };
        if let Some(v) = v {
            dict::set_item(py, &d, py.intern(n), v)?;
        }
    }
    for (ci, n) in co.cellvars.iter().enumerate() {
        if co.varnames.contains(n) {
            continue;
        }
        if let Some(v) = cell_value(ci) {
            dict::set_item(py, &d, py.intern(n), v)?;
        }
    }
    for (j, n) in co.freevars.iter().enumerate() {
        if let Some(v) = cell_value(co.cellvars.len() + j) {
            dict::set_item(py, &d, py.intern(n), v)?;
        }
    }
    Ok(d)
}

/// Binds positional and keyword arguments to `names` (the first `required`
/// are required), with CPython's messages for builtins.
fn bind(
    py: Py<'_>,
    fname: &str,
    args: &[Value],
    kwnames: &[Value],
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let npos = args.len().saturating_sub(kwnames.len());
    let (pos, kwvals) = args.split_at(npos);
    if pos.len() > names.len() {
        return Err(py.type_error(format!(
            "{fname}() takes at most {} arguments ({} given)",
            names.len(),
            args.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kwnames.iter().zip(kwvals) {
        let key = as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_some() => {
                return Err(py.type_error(format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(py.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    if let Some(i) = out.iter().take(required).position(Option::is_none) {
        return Err(py.type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

fn is_none(py: Py<'_>, v: &Option<Value>) -> bool {
    v.as_ref().is_none_or(|x| x.is(&py.none))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn import(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind(
        py,
        "__import__",
        args,
        kwnames,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name_v = a[0].clone().unwrap_or_else(|| py.none());
    let Some(name) = as_str(&name_v) else {
        return Err(py.type_error("module name must be a string".to_string()));
    };
    let globals = a[1].clone().filter(|g| !g.is(&py.none));
    let fromlist = match &a[3] {
        Some(f) if !f.is(&py.none) => obj::collect(py, f)?,
        _ => Vec::new(),
    };
    let level = match &a[4] {
        Some(l) => int::as_index(py, l)?.unwrap_or(0),
        None => 0,
    };
    if level < 0 {
        return Err(py.value_error("level must be >= 0".to_string()));
    }
    crate::import::import_name(py, name, globals.as_ref(), &fromlist, level as usize)
}

/// The code to run for `exec`/`eval`: a code object, or source compiled in `mode`.
fn code_arg(py: Py<'_>, fname: &str, src: &Value, mode: Mode) -> PyResult<std::rc::Rc<CodeData>> {
    if let Some(c) = src.downcast::<Code>() {
        return Ok(c.0.clone());
    }
    let Some(text) = as_str(src) else {
        let what = if fname == "exec" {
            "string, bytes or code"
        } else {
            "a string, bytes or code object"
        };
        return Err(py.type_error(if fname == "exec" {
            format!("exec() arg 1 must be a {what} object")
        } else {
            format!("eval() arg 1 must be {what}")
        }));
    };
    // eval() ignores leading blanks, as CPython strips them.
    let text = if mode == Mode::Eval {
        text.trim_start_matches([' ', '\t'])
    } else {
        text
    };
    let code = compile_str(py, text, "<string>", mode)?;
    Ok(CodeData::new(py, code))
}

/// Compiles source given as a str (`compile`, `exec`, `eval`).
fn compile_str(
    py: Py<'_>,
    text: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<std::rc::Rc<crate::compile::code::CodeObject>> {
    use crate::parser::{parse_input, Input};
    let parsed = parse_input(text, mode, false, Input::Str);
    let tree = parsed.module.map_err(|mut e| {
        // `eval` input has no final NEWLINE token: an error at the end of
        // input is at CPython's ENDMARKER, whose column is reported as 0.
        let last = text.lines().count().max(1) as u32;
        let line_len = text.lines().last().map_or(0, |l| l.chars().count()) as u32;
        if mode == Mode::Eval && e.parser_raised && e.lineno == last && e.offset > line_len {
            e.offset = 0;
            e.end_offset = 0;
        }
        crate::import::errors::syntax_error(py, &e, filename, Some(text), mode != Mode::Eval)
    })?;
    let code = crate::compile::codegen::compile_module(&tree, filename).map_err(|e| {
        // Errors found after parsing quote the line only from a real file.
        let quoted = if filename.starts_with('<') {
            None
        } else {
            Some(text)
        };
        let mut pe = e.to_parse_error(text);
        if quoted.is_none() {
            pe.text = None;
        }
        crate::import::errors::syntax_error(py, &pe, filename, quoted, true)
    })?;
    crate::import::register_source(py, filename, text);
    Ok(code)
}

/// `compile(src, filename, mode, PyCF_ONLY_AST)`: the tree as `ast` objects.
fn parse_to_python(py: Py<'_>, text: &str, filename: &str, mode: Mode) -> PyResult<Value> {
    use crate::parser::{parse_input, Input};
    let parsed = parse_input(text, mode, false, Input::Str);
    let tree = parsed.module.map_err(|e| {
        crate::import::errors::syntax_error(py, &e, filename, Some(text), mode != Mode::Eval)
    })?;
    crate::modules::_ast::to_python(py, &tree)
}

/// Runs `code` with the given namespaces (the caller's when omitted).
fn run_in(
    py: Py<'_>,
    fname: &str,
    code: std::rc::Rc<CodeData>,
    globals: &Option<Value>,
    locals: &Option<Value>,
    caller: Option<(Value, Value)>,
) -> PyResult<Value> {
    let (g, l) = if is_none(py, globals) {
        let (cg, cl) = match caller {
            Some(ns) => ns,
            None => caller_namespace(py)?,
        };
        if is_none(py, locals) {
            (cg, cl)
        } else {
            (cg, locals.clone().unwrap_or_else(|| py.none()))
        }
    } else {
        let g = globals.clone().unwrap_or_else(|| py.none());
        if g.downcast::<dict::Dict>().is_none() {
            return Err(py.type_error(if fname == "exec" {
                format!("exec() globals must be a dict, not {}", py.type_name(&g))
            } else if py.type_obj(&g).slots.getitem.is_none() {
                "globals must be a dict".to_string()
            } else {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            }));
        }
        let l = if is_none(py, locals) {
            g.clone()
        } else {
            locals.clone().unwrap_or_else(|| g.clone())
        };
        (g, l)
    };
    if !l.is(&g) && py.type_obj(&l).slots.getitem.is_none() {
        return Err(py.type_error(if fname == "exec" {
            format!("locals must be a mapping or None, not {}", py.type_name(&l))
        } else {
            "locals must be a mapping".to_string()
        }));
    }
    if dict::get_str(py, &g, "__builtins__")?.is_none() {
        dict::set_item(py, &g, py.intern("__builtins__"), py.builtins.clone())?;
    }
    let mut frame = Frame::for_module(py, code, g);
    frame.locals = Some(l);
    crate::vm::eval::run_frame(py, frame)
}

/// `exec(source, globals=None, locals=None)`.
fn exec(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    // exec(source, globals=None, locals=None, /, *, closure=None)
    let npos = args.len().saturating_sub(kwnames.len());
    for k in kwnames {
        let key = as_str(k).unwrap_or("");
        if key != "closure" {
            return Err(py.type_error(format!("'{key}' is an invalid keyword argument for exec()")));
        }
    }
    if npos == 0 {
        return Err(
            py.type_error("exec() takes at least 1 positional argument (0 given)".to_string())
        );
    }
    if npos > 3 {
        return Err(py.type_error(format!(
            "exec() takes at most 3 positional arguments ({npos} given)"
        )));
    }
    let a: Vec<Option<Value>> = (0..3).map(|i| args[..npos].get(i).cloned()).collect();
    let src = a[0].clone().unwrap_or_else(|| py.none());
    let caller = py.import.caller.borrow_mut().take();
    let code = code_arg(py, "exec", &src, Mode::Exec)?;
    run_in(py, "exec", code, &a[1], &a[2], caller)?;
    Ok(py.none())
}

/// `eval(source, globals=None, locals=None)`.
fn eval(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    // eval(source, globals=None, locals=None, /)
    let pos = crate::modules::util::arity(py, "eval", args, kwnames, 1, 3)?;
    let a: Vec<Option<Value>> = (0..3).map(|i| pos.get(i).cloned()).collect();
    let src = a[0].clone().unwrap_or_else(|| py.none());
    let caller = py.import.caller.borrow_mut().take();
    let code = code_arg(py, "eval", &src, Mode::Eval)?;
    run_in(py, "eval", code, &a[1], &a[2], caller)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn compile(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = bind(
        py,
        "compile",
        args,
        kwnames,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        3,
    )?;
    let src = a[0].clone().unwrap_or_else(|| py.none());
    let filename_v = a[1].clone().unwrap_or_else(|| py.none());
    let mode_v = a[2].clone().unwrap_or_else(|| py.none());
    let Some(filename) = as_str(&filename_v) else {
        return Err(py.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            py.type_name(&filename_v)
        )));
    };
    let Some(mode_s) = as_str(&mode_v) else {
        return Err(py.type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            py.type_name(&mode_v)
        )));
    };
    let mode = match mode_s {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" => Mode::FuncType,
        _ => {
            return Err(
                py.value_error("compile() mode must be 'exec', 'eval' or 'single'".to_string())
            )
        }
    };
    let flags = match &a[3] {
        Some(f) => int::as_index(py, f)?.unwrap_or(0),
        None => 0,
    };
    let only_ast = flags & crate::modules::_ast::PY_CF_ONLY_AST != 0;
    if mode == Mode::FuncType && !only_ast {
        return Err(
            py.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST".to_string())
        );
    }
    if src.downcast::<Code>().is_some() {
        return Err(
            py.type_error("compile() arg 1 must be a string, bytes or AST object".to_string())
        );
    }
    if crate::modules::_ast::is_ast(py, &src)? {
        // A tree of `ast` objects: returned as is for ONLY_AST (after
        // checking it converts), else compiled.
        let tree = crate::modules::_ast::from_python(py, &src, mode_s)?;
        if only_ast {
            return Ok(src);
        }
        let code = crate::compile::codegen::compile_module(&tree, filename).map_err(|e| {
            let mut pe = e.to_parse_error("");
            pe.text = None;
            crate::import::errors::syntax_error(py, &pe, filename, None, true)
        })?;
        return Ok(py.alloc(&py.types.code, Code(CodeData::new(py, code))));
    }
    let Some(text) = as_str(&src) else {
        return Err(
            py.type_error("compile() arg 1 must be a string, bytes or AST object".to_string())
        );
    };
    if only_ast {
        return parse_to_python(py, text, filename, mode);
    }
    let code = compile_str(py, text, filename, mode)?;
    Ok(py.alloc(&py.types.code, Code(CodeData::new(py, code))))
}

fn globals(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (g, _) = caller_namespace(py)?;
    crate::modules::util::arity(py, "globals", args, kwnames, 0, 0)?;
    Ok(g)
}

fn locals(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (_, l) = caller_namespace(py)?;
    crate::modules::util::arity(py, "locals", args, kwnames, 0, 0)?;
    Ok(l)
}

/// `input(prompt='')`: reads a line from standard input, without its newline.
fn input(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = crate::modules::util::arity(py, "input", args, kwnames, 0, 1)?;
    if let Some(p) = a.first() {
        let text = obj::str(py, p)?;
        crate::modules::sys::write_stream(py, 1, &text);
    }
    match crate::modules::stdio::input_line(py)? {
        Some(line) => Ok(line),
        None => {
            let cls = crate::import::errors::class(py, "EOFError");
            Err(py.new_error(&cls, "EOF when reading a line".to_string()))
        }
    }
}

/// `exit(code=None)` and `quit(code=None)`: raise SystemExit.
fn exit(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len());
    if npos > 1 {
        return Err(py.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            npos + 1
        )));
    }
    let a = bind(py, "exit", args, kwnames, &["code"], 0)?;
    let code = a[0].clone().unwrap_or_else(|| py.none());
    Err(crate::import::errors::system_exit(py, &[code]))
}

/// PRINT_EXPR: the value of an expression statement in `single` mode is
/// printed (unless None) and kept as `builtins._`, as `sys.displayhook`.
pub fn print_expr(py: Py<'_>, v: Value) -> PyResult<()> {
    if v.is(&py.none) {
        return Ok(());
    }
    let key = py.intern("_");
    dict::set_item(py, &py.builtins, key.clone(), py.none())?;
    let text = obj::repr(py, &v)?;
    // Like print, the value goes to `sys.stdout` when a program replaced it
    // (doctest captures example output that way).
    match crate::modules::sys::replaced_stdout(py)() {
        Some(out) => {
            let write = obj::getattr(py, &out, "write")?;
            obj::call(py, &write, &[py.new_str(&format!("{text}\n"))], &[])?;
        }
        None => crate::modules::sys::write_stream(py, 1, &format!("{text}\n")),
    }
    dict::set_item(py, &py.builtins, key, v)
}
