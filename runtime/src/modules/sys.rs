//! The `sys` module: the interpreter's parameters (argv, path, modules,
//! version, limits) and its standard streams.

use std::io::Write;

use num_bigint::BigInt;

use crate::modules::util::{self, arity, namespace, struct_seq};
use crate::object::typeobj::{NativeFn, Slots, TypeObject};
use crate::object::{self as obj, float, int, list, str::as_str, tuple, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// The version moult implements, as `sys.version_info`.
pub const VERSION: (i64, i64, i64) = (3, 11, 7);

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", exit),
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("exc_info", exc_info),
    ("_getframe", getframe),
    ("exception", exception),
    ("intern", intern),
    ("getdefaultencoding", getdefaultencoding),
    ("getfilesystemencoding", getdefaultencoding),
    ("getrefcount", getrefcount),
    ("getsizeof", getsizeof),
    ("excepthook", excepthook),
    ("__excepthook__", excepthook),
    ("_debugmallocstats", debugmallocstats),
    ("getallocatedblocks", getallocatedblocks),
    ("get_int_max_str_digits", get_int_max_str_digits),
    ("set_int_max_str_digits", set_int_max_str_digits),
];

/// `sys._debugmallocstats()`: the allocator's statistics, on stderr.
fn debugmallocstats(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "_debugmallocstats", args, kwnames, 0, 0)?;
    if let Some(text) = py.heap.allocator.debug_malloc_stats() {
        write_stream(py, 2, &text);
    }
    Ok(py.none())
}

/// `sys.getallocatedblocks()`: objects allocated and not yet freed.
fn getallocatedblocks(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "getallocatedblocks", args, kwnames, 0, 0)?;
    Ok(int::new_i64(
        py,
        py.heap.allocator.allocated_blocks() as i64,
    ))
}

pub fn make(py: Py<'_>) -> PyResult<Value> {
    let m = util::new_module(py, "sys", FUNCTIONS)?;
    let s = |n: &str, v: Value| util::set(py, &m, n, v);
    let i = |n: i64| int::new_i64(py, n);
    s("modules", crate::import::modules(py))?;
    s("argv", list::new(py, vec![py.new_str("")]))?;
    s("path", list::new(py, Vec::new()))?;
    s("meta_path", list::new(py, Vec::new()))?;
    s("path_hooks", list::new(py, Vec::new()))?;
    s("path_importer_cache", obj::dict::new(py))?;
    let (major, minor, micro) = VERSION;
    s(
        "version",
        py.new_str(&format!(
            "{major}.{minor}.{micro} (main) [moult {}]",
            env!("CARGO_PKG_VERSION")
        )),
    )?;
    let version_info = struct_seq(
        py,
        "sys.version_info",
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![i(major), i(minor), i(micro), py.new_str("final"), i(0)],
    );
    s("version_info", version_info.clone())?;
    let hexversion = (major << 24) | (minor << 16) | (micro << 8) | 0xf0;
    s("hexversion", i(hexversion))?;
    s("api_version", i(1013))?;
    s(
        "implementation",
        namespace(
            py,
            vec![
                ("name", py.new_str("moult")),
                ("cache_tag", py.none()),
                ("version", version_info),
                ("hexversion", i(hexversion)),
            ],
        )?,
    )?;
    s("platform", py.new_str(std::env::consts::OS))?;
    s("maxsize", i(i64::MAX))?;
    s("maxunicode", i(0x10ffff))?;
    s(
        "byteorder",
        py.new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    )?;
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    s("executable", py.new_str(&exe))?;
    s("prefix", py.new_str(""))?;
    s("base_prefix", py.new_str(""))?;
    s("exec_prefix", py.new_str(""))?;
    s("dont_write_bytecode", py.bool(true))?;
    s("builtin_module_names", {
        let names = crate::modules::BUILTIN
            .iter()
            .map(|(n, _)| py.new_str(n))
            .collect();
        tuple::new(py, names)
    })?;
    let f = |x: f64| float::new(py, x);
    s(
        "float_info",
        struct_seq(
            py,
            "sys.float_info",
            "sys.float_info",
            &[
                "max",
                "max_exp",
                "max_10_exp",
                "min",
                "min_exp",
                "min_10_exp",
                "dig",
                "mant_dig",
                "epsilon",
                "radix",
                "rounds",
            ],
            vec![
                f(f64::MAX),
                i(1024),
                i(308),
                f(f64::MIN_POSITIVE),
                i(-1021),
                i(-307),
                i(15),
                i(53),
                f(f64::EPSILON),
                i(2),
                i(1),
            ],
        ),
    )?;
    s(
        "int_info",
        struct_seq(
            py,
            "sys.int_info",
            "sys.int_info",
            &[
                "bits_per_digit",
                "sizeof_digit",
                "default_max_str_digits",
                "str_digits_check_threshold",
            ],
            vec![i(30), i(4), i(4300), i(640)],
        ),
    )?;
    s(
        "hash_info",
        struct_seq(
            py,
            "sys.hash_info",
            "sys.hash_info",
            &[
                "width",
                "modulus",
                "inf",
                "nan",
                "imag",
                "algorithm",
                "hash_bits",
                "seed_bits",
                "cutoff",
            ],
            vec![
                i(64),
                int::new_big(py, BigInt::from((1i64 << 61) - 1)),
                i(314159),
                i(0),
                i(1000003),
                py.new_str("siphash13"),
                i(64),
                i(128),
                i(0),
            ],
        ),
    )?;
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    // PYTHONINTMAXSTRDIGITS sets the starting limit (0, or 640 and above).
    let env_digits = std::env::var("PYTHONINTMAXSTRDIGITS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n == 0 || n >= 640);
    if let Some(n) = env_digits {
        obj::format::set_int_max_str_digits(n);
    }
    let flag_values = flag_names
        .iter()
        .map(|n| match *n {
            "dev_mode" | "safe_path" => py.bool(false),
            "dont_write_bytecode" | "hash_randomization" => i(1),
            "int_max_str_digits" => i(env_digits.map_or(-1, |n| n as i64)),
            _ => i(0),
        })
        .collect();
    s(
        "flags",
        struct_seq(py, "sys.flags", "sys.flags", &flag_names, flag_values),
    )?;
    for (n, which) in [("stdin", 0u8), ("stdout", 1), ("stderr", 2)] {
        let stream = stdio(py, which);
        s(n, stream.clone())?;
        s(&format!("__{n}__"), stream)?;
    }
    *py.import.sys.borrow_mut() = Some(m.clone());
    Ok(m)
}

/// Sets `sys.argv` and `sys.path` for the program about to run.
pub fn set_argv_path(py: Py<'_>, argv: &[String], path: &[String]) -> PyResult<()> {
    let Some(sys) = py.import.sys.borrow().clone() else {
        return Ok(());
    };
    let strs = |xs: &[String]| xs.iter().map(|x| py.new_str(x)).collect::<Vec<_>>();
    util::set(py, &sys, "argv", list::new(py, strs(argv)))?;
    util::set(py, &sys, "path", list::new(py, strs(path)))?;
    Ok(())
}

/// `sys.exit([code])`: raises SystemExit.
fn exit(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "exit", args, kwnames, 0, 1)?;
    Err(crate::import::errors::system_exit(py, a))
}

/// `sys.excepthook(type, value, traceback)`: prints `value`'s traceback to
/// stderr as the top-level handler does.
fn excepthook(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "excepthook", args, kwnames, 3, 3)?;
    let text = crate::vm::traceback::format_exception(py, &a[1], "");
    write_stream(py, 2, &text);
    Ok(py.none())
}

fn getrecursionlimit(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "sys.getrecursionlimit", args, kwnames, 0, 0)?;
    Ok(int::new_i64(py, py.recursion_limit.get() as i64))
}

fn setrecursionlimit(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "sys.setrecursionlimit", args, kwnames, 1, 1)?;
    if a[0].downcast::<float::Float>().is_some() {
        return Err(py.type_error("'float' object cannot be interpreted as an integer".to_string()));
    }
    let Some(n) = int::as_index(py, &a[0])? else {
        return Err(py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(&a[0])
        )));
    };
    if n < 1 {
        return Err(py.value_error("recursion limit must be greater or equal than 1".to_string()));
    }
    let depth = py.depth.get() as i64;
    if n <= depth {
        return Err(py.new_error(
            &py.types.recursion_error,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    py.recursion_limit.set(n as usize);
    Ok(py.none())
}

fn get_int_max_str_digits(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "sys.get_int_max_str_digits", args, kwnames, 0, 0)?;
    Ok(int::new_i64(py, obj::format::int_max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 lifts the limit; otherwise
/// it must be at least CPython's threshold of 640.
fn set_int_max_str_digits(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let name = "set_int_max_str_digits";
    let arg = match (args, kwnames) {
        ([a], []) => a,
        ([a], [k]) if as_str(k) == Some("maxdigits") => a,
        ([], []) | ([_], [_]) => {
            return Err(py.type_error(format!(
                "{name}() missing required argument 'maxdigits' (pos 1)"
            )))
        }
        _ => {
            return Err(py.type_error(format!(
                "{name}() takes at most 1 argument ({} given)",
                args.len()
            )))
        }
    };
    if arg.downcast::<float::Float>().is_some() {
        return Err(py.type_error("'float' object cannot be interpreted as an integer".to_string()));
    }
    let Some(n) = int::as_index(py, arg)? else {
        return Err(py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(arg)
        )));
    };
    if n != 0 && !(640..=i64::from(i32::MAX)).contains(&n) {
        if n > i64::from(i32::MAX) {
            return Err(py.overflow_error("Python int too large to convert to C int"));
        }
        return Err(py.value_error("maxdigits must be 0 or larger than 640".to_string()));
    }
    obj::format::set_int_max_str_digits(n as usize);
    Ok(py.none())
}

/// `sys._getframe(depth=0, /)`: the caller's frame, or one `depth` calls out.
fn getframe(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("sys._getframe() takes no keyword arguments".to_string()));
    }
    let a = arity(py, "_getframe", args, kwnames, 0, 1)?;
    let depth = match a.first() {
        None => 0,
        Some(d) => {
            if d.downcast::<float::Float>().is_some() {
                return Err(
                    py.type_error("'float' object cannot be interpreted as an integer".to_string())
                );
            }
            let n = match int::as_index(py, d) {
                Ok(Some(n)) => n,
                Ok(None) => {
                    return Err(py.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        py.type_name(d)
                    )))
                }
                Err(_) => i64::MAX,
            };
            if n > i32::MAX as i64 || n < i32::MIN as i64 {
                return Err(py.overflow_error("Python int too large to convert to C int"));
            }
            n.max(0) as usize
        }
    };
    crate::object::frameobj::getframe(py, depth)
}

fn exc_info(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "sys.exc_info", args, kwnames, 0, 0)?;
    let e = py.exc_info.borrow().clone();
    Ok(match e {
        Some(e) => {
            let tb = obj::exception::traceback_object(py, &e).unwrap_or_else(|| py.none());
            tuple::new(py, vec![py.type_of(&e), e, tb])
        }
        None => tuple::new(py, vec![py.none(), py.none(), py.none()]),
    })
}

fn exception(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "sys.exception", args, kwnames, 0, 0)?;
    let e = py.exc_info.borrow().clone();
    Ok(e.unwrap_or_else(|| py.none()))
}

fn intern(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "intern", args, kwnames, 1, 1)?;
    match as_str(&a[0]) {
        Some(s) => Ok(py.intern(s)),
        None => Err(py.type_error(format!(
            "intern() argument must be str, not {}",
            py.type_name(&a[0])
        ))),
    }
}

fn getdefaultencoding(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "sys.getdefaultencoding", args, kwnames, 0, 0)?;
    Ok(py.new_str("utf-8"))
}

fn getrefcount(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "sys.getrefcount", args, kwnames, 1, 1)?;
    Ok(int::new_i64(py, a[0].refcount() as i64))
}

/// A rough size: the header plus one word per item of a container.
fn getsizeof(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "getsizeof", args, kwnames, 1, 2)?;
    let size = match super::sizeof::getsizeof(py, &a[0])? {
        Some(n) => n,
        None => 16 + 8 * obj::len(py, &a[0]).unwrap_or(0) as i64,
    };
    Ok(int::new_i64(py, size))
}

/// A standard stream: 0 stdin, 1 stdout, 2 stderr.
pub struct Stdio(pub u8);
impl Payload for Stdio {}

const STDIO_METHODS: &[(&str, NativeFn)] = &[
    ("write", stdio_write),
    ("flush", stdio_flush),
    ("read", stdio_read),
    ("readline", stdio_readline),
    ("readlines", stdio_readlines),
    ("isatty", stdio_false),
    ("readable", stdio_readable),
    ("writable", stdio_writable),
    ("fileno", stdio_fileno),
    ("writelines", stdio_writelines),
];

fn stdio(py: Py<'_>, which: u8) -> Value {
    let ty = util::runtime_type(py, "TextIOWrapper", || {
        let t = TypeObject::new::<Stdio>(
            "_io.TextIOWrapper",
            Some(&py.types.object),
            Slots {
                repr: Some(stdio_repr),
                getattr: Some(stdio_getattr),
                iter: Some(stdio_iter),
                next: Some(stdio_next),
                ..Slots::default()
            },
        );
        for &(n, f) in STDIO_METHODS {
            t.dict
                .borrow_mut()
                .insert(n.to_string(), py.new_builtin(n, f, None));
        }
        t
    });
    py.alloc(&ty, Stdio(which))
}

fn which(v: &Value) -> u8 {
    v.downcast::<Stdio>().map_or(1, |s| s.0)
}

fn stream_name(w: u8) -> &'static str {
    match w {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }
}

fn stdio_repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let w = which(v);
    let mode = if w == 0 { "r" } else { "w" };
    Ok(format!(
        "<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>",
        stream_name(w)
    ))
}

fn stdio_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let w = which(v);
    Ok(match name {
        "name" => Some(py.new_str(stream_name(w))),
        "mode" => Some(py.new_str(if w == 0 { "r" } else { "w" })),
        "encoding" => Some(py.new_str("utf-8")),
        "errors" => Some(py.new_str(if w == 2 {
            "backslashreplace"
        } else {
            "surrogateescape"
        })),
        "closed" => Some(py.bool(false)),
        "line_buffering" => Some(py.bool(w != 0)),
        "buffer" => Some(crate::modules::stdio::buffer(py, w)),
        _ => None,
    })
}

/// Writes `s` to stdout (the interpreter's, which tests capture) or stderr
/// (after flushing stdout, so that the two interleave as written).
pub fn write_stream(py: Py<'_>, w: u8, s: &str) {
    if w == 2 {
        let _ = py.stdout.borrow_mut().flush();
        let _ = std::io::stderr().write_all(s.as_bytes());
    } else {
        py.write_out(s);
    }
}

fn stdio_write(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "write", args, kwnames, 2, 2)?;
    let w = which(&a[0]);
    if w == 0 {
        return Err(py.new_error(&py.types.os_error, "not writable".to_string()));
    }
    let Some(s) = as_str(&a[1]) else {
        return Err(py.type_error(format!(
            "write() argument must be str, not {}",
            py.type_name(&a[1])
        )));
    };
    // Lone surrogates are encoded with the stream's error handler.
    if let Some(bytes) = crate::object::surrogates::stream_bytes(py, &a[1], w == 2)? {
        if w == 2 {
            let _ = py.stdout.borrow_mut().flush();
            let _ = std::io::stderr().write_all(&bytes);
        } else {
            let _ = py.stdout.borrow_mut().write_all(&bytes);
        }
        return Ok(int::new_i64(py, s.chars().count() as i64));
    }
    write_stream(py, w, s);
    Ok(int::new_i64(py, s.chars().count() as i64))
}

fn stdio_writelines(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "writelines", args, kwnames, 2, 2)?;
    for line in obj::collect(py, &a[1])? {
        stdio_write(py, &[a[0].clone(), line], &[])?;
    }
    Ok(py.none())
}

fn stdio_flush(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "flush", args, kwnames, 1, 1)?;
    crate::modules::stdio::flush_stream(py, which(&a[0]));
    Ok(py.none())
}

fn not_readable(py: Py<'_>) -> obj::PyErr {
    py.new_error(&py.types.os_error, "not readable".to_string())
}

fn stdio_read(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "read", args, kwnames, 1, 2)?;
    if which(&a[0]) != 0 {
        return Err(not_readable(py));
    }
    let size = crate::modules::filestate::size_arg(py, a)?;
    crate::modules::stdio::read_text(py, size, false)
}

fn stdio_readline(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readline", args, kwnames, 1, 2)?;
    if which(&a[0]) != 0 {
        return Err(not_readable(py));
    }
    let size = crate::modules::filestate::size_arg(py, a)?;
    crate::modules::stdio::read_text(py, size, true)
}

fn stdio_readlines(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "readlines", args, kwnames, 1, 2)?;
    if which(&a[0]) != 0 {
        return Err(not_readable(py));
    }
    let hint = crate::modules::filestate::size_arg(py, a)?;
    Ok(list::new(py, crate::modules::stdio::read_lines(py, hint)?))
}

/// `for line in sys.stdin`.
fn stdio_iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    if which(v) != 0 {
        return Err(not_readable(py));
    }
    Ok(v.clone())
}

fn stdio_next(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    if which(v) != 0 {
        return Err(not_readable(py));
    }
    let l = crate::modules::stdio::read_text(py, None, true)?;
    Ok((obj::len(py, &l)? > 0).then_some(l))
}

fn stdio_false(py: Py<'_>, _args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(py.bool(false))
}

fn stdio_readable(py: Py<'_>, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(py.bool(args.first().is_some_and(|s| which(s) == 0)))
}

fn stdio_writable(py: Py<'_>, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(py.bool(args.first().is_some_and(|s| which(s) != 0)))
}

fn stdio_fileno(py: Py<'_>, args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(int::new_i64(py, args.first().map_or(1, which) as i64))
}

/// `sys.stdout` when the program replaced it with another object (print
/// then writes there); `None` while it is the interpreter's own stream.
pub fn replaced_stdout(py: Py<'_>) -> impl FnOnce() -> Option<Value> + '_ {
    move || {
        let sys = py.import.sys.borrow().clone()?;
        let d = crate::object::module::dict_of(&sys)?;
        let out = obj::dict::get_str(py, &d, "stdout").ok()??;
        match out.downcast::<Stdio>() {
            Some(s) if s.0 == 1 => None,
            _ => Some(out),
        }
    }
}
