//! The `os` module (POSIX only) and `os.path` (`posixpath`): the process
//! environment, the current folder, folder listings, and CPython's pure path
//! manipulations.

use crate::modules::util::{self, arity};
use crate::object::typeobj::NativeFn;
use crate::object::{self as obj, dict, int, list, str::as_str, tuple, PyErr, PyResult};
use crate::value::Value;
use crate::vm::Py;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getcwd", getcwd),
    ("chdir", chdir),
    ("listdir", listdir),
    ("getenv", getenv),
    ("getpid", getpid),
    ("_exit", exit_now),
    ("cpu_count", cpu_count),
    ("strerror", strerror),
    ("fspath", fspath),
    ("remove", remove),
    ("unlink", remove),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("rename", rename),
    ("replace", rename),
    ("access", access),
    ("makedirs", makedirs),
    ("_stat", stat_fields),
];

const PATH_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("join", join),
    ("split", split),
    ("basename", basename),
    ("dirname", dirname),
    ("splitext", splitext),
    ("isabs", isabs),
    ("normpath", normpath),
    ("abspath", abspath),
    ("realpath", realpath),
    ("exists", exists),
    ("isfile", isfile),
    ("isdir", isdir),
    ("getsize", getsize),
    ("expanduser", expanduser),
    ("normcase", normcase),
    ("lexists", lexists),
];

pub fn make(py: Py<'_>) -> PyResult<Value> {
    let m = util::new_module(py, "os", FUNCTIONS)?;
    let s = |n: &str, v: &str| util::set(py, &m, n, py.new_str(v));
    s("name", "posix")?;
    s("sep", "/")?;
    s("extsep", ".")?;
    s("pathsep", ":")?;
    s("linesep", "\n")?;
    s("curdir", ".")?;
    s("pardir", "..")?;
    s("devnull", "/dev/null")?;
    util::set(py, &m, "altsep", py.none())?;
    for (n, v) in [("F_OK", 0), ("X_OK", 1), ("W_OK", 2), ("R_OK", 4)] {
        util::set(py, &m, n, int::new_i64(py, v))?;
    }
    let env = dict::new(py);
    for (k, v) in std::env::vars() {
        dict::set_item(py, &env, py.new_str(&k), py.new_str(&v))?;
    }
    util::set(py, &m, "environ", env)?;
    let path = util::new_module(py, "posixpath", PATH_FUNCTIONS)?;
    for (n, v) in [
        ("sep", "/"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("pathsep", ":"),
    ] {
        util::set(py, &path, n, py.new_str(v))?;
    }
    let modules = crate::import::modules(py);
    dict::set_item(py, &modules, py.new_str("posixpath"), path.clone())?;
    dict::set_item(py, &modules, py.new_str("os.path"), path.clone())?;
    util::set(py, &m, "path", path)?;
    // The rest of `os` and `os.path` (stat, walk, scandir, relpath, ...) is
    // Python: runtime/lib/_os_more.py adds it to both modules.
    dict::set_item(py, &modules, py.new_str("os"), m.clone())?;
    let more = crate::import::import_absolute(py, "_os_more")?;
    let install = obj::getattr(py, &more, "install")?;
    obj::call(py, &install, &[m.clone()], &[])?;
    Ok(m)
}

/// `os._stat(path, follow_symlinks)`: the ten fields of `os.stat_result`
/// (mode, ino, dev, nlink, uid, gid, size, then atime, mtime, ctime as floats)
/// and the three times in nanoseconds.
fn stat_fields(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let a = arity(py, "_stat", args, kwnames, 2, 2)?;
    let p = path_arg(py, &a[0], "stat")?;
    let follow = obj::truthy(py, &a[1])?;
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    }
    .map_err(|e| os_error(py, &e, &p))?;
    let i = |x: i64| int::new_i64(py, x);
    let secs = |s: i64, ns: i64| obj::float::new(py, s as f64 + ns as f64 * 1e-9);
    let nanos =
        |s: i64, ns: i64| int::new_i64(py, s.saturating_mul(1_000_000_000).saturating_add(ns));
    let items = vec![
        i(md.mode() as i64),
        i(md.ino() as i64),
        i(md.dev() as i64),
        i(md.nlink() as i64),
        i(md.uid() as i64),
        i(md.gid() as i64),
        i(md.size() as i64),
        secs(md.atime(), md.atime_nsec()),
        secs(md.mtime(), md.mtime_nsec()),
        secs(md.ctime(), md.ctime_nsec()),
        nanos(md.atime(), md.atime_nsec()),
        nanos(md.mtime(), md.mtime_nsec()),
        nanos(md.ctime(), md.ctime_nsec()),
    ];
    Ok(tuple::new(py, items))
}

/// `posixpath` imported on its own: the `os.path` that `os` makes.
pub fn make_path(py: Py<'_>) -> PyResult<Value> {
    let os = crate::import::import_absolute(py, "os")?;
    obj::getattr(py, &os, "path")
}

/// A path argument: a str (or an object with `__fspath__`).
fn path_arg(py: Py<'_>, v: &Value, fname: &str) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.to_string());
    }
    if let Ok(f) = obj::getattr(py, v, "__fspath__") {
        let r = obj::call(py, &f, &[], &[])?;
        if let Some(s) = as_str(&r) {
            return Ok(s.to_string());
        }
    }
    Err(py.type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {}",
        py.type_name(v)
    )))
}

/// A str argument of the `os.path` functions, with CPython's message.
pub fn str_arg(py: Py<'_>, v: &Value) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.to_string());
    }
    if let Ok(f) = obj::getattr(py, v, "__fspath__") {
        let r = obj::call(py, &f, &[], &[])?;
        if let Some(s) = as_str(&r) {
            return Ok(s.to_string());
        }
    }
    Err(py.type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        py.type_name(v)
    )))
}

/// `OSError(errno, strerror, filename)` of the subclass CPython picks.
pub fn os_error(py: Py<'_>, e: &std::io::Error, filename: &str) -> PyErr {
    use std::io::ErrorKind;
    let cls = match e.kind() {
        ErrorKind::NotFound => "FileNotFoundError",
        ErrorKind::PermissionDenied => "PermissionError",
        ErrorKind::AlreadyExists => "FileExistsError",
        _ => "OSError",
    };
    let ty = match dict::get_str(py, &py.builtins, cls) {
        Ok(Some(t)) => t,
        _ => py.types.os_error.clone(),
    };
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let strerror = text
        .find(" (os error")
        .map_or(text.as_str(), |i| &text[..i]);
    let args = [
        int::new_i64(py, errno as i64),
        py.new_str(strerror),
        py.new_str(filename),
    ];
    let made_here = crate::import::errors::made_here(py, &ty);
    match obj::call(py, &ty, &args, &[]) {
        Ok(x)
            if !made_here
                && x.downcast::<crate::object::exception::ExceptionData>()
                    .is_some() =>
        {
            PyErr(x)
        }
        _ => {
            let e = crate::object::exception::new_exception(py, &ty, args[..2].to_vec());
            for (k, v) in ["errno", "strerror", "filename"].iter().zip(args) {
                crate::import::errors::set(py, &e, k, v);
            }
            PyErr(e)
        }
    }
}

fn getcwd(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "getcwd", args, kwnames, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(py.new_str(&p.display().to_string())),
        Err(e) => Err(os_error(py, &e, ".")),
    }
}

fn chdir(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "chdir", args, kwnames, 1, 1)?;
    let p = path_arg(py, &a[0], "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| os_error(py, &e, &p))?;
    Ok(py.none())
}

fn listdir(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "listdir", args, kwnames, 0, 1)?;
    let path = match a.first() {
        Some(p) if !p.is(&py.none) => path_arg(py, p, "listdir")?,
        _ => ".".to_string(),
    };
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(py, &e, &path))?;
    let mut names = Vec::new();
    for entry in entries.flatten() {
        names.push(py.new_str(&entry.file_name().to_string_lossy()));
    }
    Ok(list::new(py, names))
}

fn getenv(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "getenv", args, kwnames, 1, 2)?;
    let key = str_arg(py, &a[0])?;
    Ok(match std::env::var(&key) {
        Ok(v) => py.new_str(&v),
        Err(_) => a.get(1).cloned().unwrap_or_else(|| py.none()),
    })
}

/// `os._exit(n)`: ends the process at once, without cleanup handlers and
/// without flushing buffered output (what CPython's buffer held is lost).
fn exit_now(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "_exit", args, kwnames, 1, 1)?;
    let code = crate::builtins::cint::c_int(py, &a[0])?;
    std::process::exit(code)
}

fn getpid(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "getpid", args, kwnames, 0, 0)?;
    Ok(int::new_i64(py, std::process::id() as i64))
}

/// `os.strerror(code)`: the C library's message, without Rust's "(os error N)".
fn strerror(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "strerror", args, kwnames, 1, 1)?;
    let code = int::as_index(py, &a[0])?.ok_or_else(|| {
        py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(&a[0])
        ))
    })?;
    let code = i32::try_from(code).unwrap_or(i32::MAX);
    let text = std::io::Error::from_raw_os_error(code).to_string();
    let suffix = format!(" (os error {code})");
    let text = text.strip_suffix(&suffix).unwrap_or(&text);
    Ok(py.new_str(text))
}

fn cpu_count(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "cpu_count", args, kwnames, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => int::new_i64(py, n.get() as i64),
        Err(_) => py.none(),
    })
}

fn fspath(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "fspath", args, kwnames, 1, 1)?;
    Ok(py.new_str(&str_arg(py, &a[0])?))
}

fn remove(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "remove", args, kwnames, 1, 1)?;
    let p = path_arg(py, &a[0], "remove")?;
    std::fs::remove_file(&p).map_err(|e| os_error(py, &e, &p))?;
    Ok(py.none())
}

fn mkdir(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "mkdir", args, kwnames, 1, 2)?;
    let p = path_arg(py, &a[0], "mkdir")?;
    std::fs::create_dir(&p).map_err(|e| os_error(py, &e, &p))?;
    Ok(py.none())
}

fn rmdir(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "rmdir", args, kwnames, 1, 1)?;
    let p = path_arg(py, &a[0], "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| os_error(py, &e, &p))?;
    Ok(py.none())
}

/// `os.rename(src, dst)` and `os.replace`: both overwrite a file at dst on POSIX.
fn rename(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "rename", args, kwnames, 2, 2)?;
    let src = path_arg(py, &a[0], "rename")?;
    let dst = path_arg(py, &a[1], "rename")?;
    std::fs::rename(&src, &dst).map_err(|e| os_error(py, &e, &src))?;
    Ok(py.none())
}

/// `os.access(path, mode)`, judged from the permission bits (moult has no
/// access(2) binding): some class of user may read, write or run the file.
fn access(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    let a = arity(py, "access", args, kwnames, 2, 2)?;
    let p = path_arg(py, &a[0], "access")?;
    let mode = int::as_index(py, &a[1])?.ok_or_else(|| {
        py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(&a[1])
        ))
    })?;
    let Ok(meta) = std::fs::metadata(&p) else {
        return Ok(py.bool(false));
    };
    let bits = meta.permissions().mode();
    let ok = [(4, 0o444), (2, 0o222), (1, 0o111)]
        .iter()
        .all(|&(want, mask)| mode & want == 0 || bits & mask != 0);
    Ok(py.bool(ok))
}

/// `os.makedirs(name, mode=0o777, exist_ok=False)`: the folder and its parents.
fn makedirs(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len());
    let mut name = args.first().filter(|_| npos >= 1).cloned();
    let mut exist_ok = args.get(2).filter(|_| npos >= 3).cloned();
    if npos > 3 {
        return Err(py.type_error(format!(
            "makedirs() takes from 1 to 3 positional arguments but {npos} were given"
        )));
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match as_str(k) {
            Some("name") => name = Some(v.clone()),
            Some("exist_ok") => exist_ok = Some(v.clone()),
            Some("mode") => {}
            _ => {
                return Err(py.type_error(format!(
                    "makedirs() got an unexpected keyword argument '{}'",
                    as_str(k).unwrap_or("?")
                )))
            }
        }
    }
    let Some(name) = name else {
        return Err(
            py.type_error("makedirs() missing 1 required positional argument: 'name'".to_string())
        );
    };
    let p = path_arg(py, &name, "makedirs")?;
    let exist_ok = match exist_ok {
        Some(v) => obj::truthy(py, &v)?,
        None => false,
    };
    if std::path::Path::new(&p).is_dir() {
        if exist_ok {
            return Ok(py.none());
        }
        let e = std::io::Error::from_raw_os_error(17);
        return Err(os_error(py, &e, &p));
    }
    std::fs::create_dir_all(&p).map_err(|e| os_error(py, &e, &p))?;
    Ok(py.none())
}

// --- os.path, as CPython's posixpath ---

fn join(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("join() takes no keyword arguments".to_string()));
    }
    let Some((first, rest)) = args.split_first() else {
        return Err(py.type_error("join() missing 1 required positional argument: 'a'".to_string()));
    };
    let arg = |v: &Value| {
        str_arg(py, v).map_err(|_| {
            py.type_error(format!(
                "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                py.type_name(v)
            ))
        })
    };
    let mut path = arg(first)?;
    for b in rest {
        let b = arg(b)?;
        if b.starts_with('/') {
            path = b;
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(&b);
        } else {
            path.push('/');
            path.push_str(&b);
        }
    }
    Ok(py.new_str(&path))
}

/// (head, tail) of `p`: the tail has no slash; trailing slashes leave the
/// head unless it is all slashes.
fn split_str(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn one_str(py: Py<'_>, name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<String> {
    let a = arity(py, name, args, kwnames, 1, 1)?;
    str_arg(py, &a[0])
}

fn split(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (h, t) = split_str(&one_str(py, "split", args, kwnames)?);
    Ok(tuple::new(py, vec![py.new_str(&h), py.new_str(&t)]))
}

/// `os.path.normcase(p)`: case is significant on POSIX, so `p` itself.
fn normcase(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [p] = args else {
        return Err(py.type_error(format!(
            "normcase() takes 1 positional argument but {} were given",
            args.len()
        )));
    };
    if !kwnames.is_empty() {
        return Err(py.type_error("normcase() takes no keyword arguments".to_string()));
    }
    if crate::object::str::as_str(p).is_some()
        || p.downcast::<crate::object::bytes::Bytes>().is_some()
    {
        return Ok(p.clone());
    }
    Err(py.type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        py.type_name(p)
    )))
}

fn basename(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (_, t) = split_str(&one_str(py, "basename", args, kwnames)?);
    Ok(py.new_str(&t))
}

fn dirname(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (h, _) = split_str(&one_str(py, "dirname", args, kwnames)?);
    Ok(py.new_str(&h))
}

fn splitext(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = one_str(py, "splitext", args, kwnames)?;
    let pair = |a: &str, b: &str| tuple::new(py, vec![py.new_str(a), py.new_str(b)]);
    let sep = p.rfind('/').map_or(0, |i| i + 1);
    if let Some(dot) = p.rfind('.').filter(|&d| d >= sep) {
        // A name made only of leading dots has no extension.
        if p[sep..dot].chars().any(|c| c != '.') {
            return Ok(pair(&p[..dot], &p[dot..]));
        }
    }
    Ok(pair(&p, ""))
}

fn isabs(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    Ok(py.bool(one_str(py, "isabs", args, kwnames)?.starts_with('/')))
}

fn normalize(p: &str) -> String {
    if p.is_empty() {
        return ".".to_string();
    }
    let slashes = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for c in p.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        if c != ".." || (slashes == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(c);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let body = comps.join("/");
    let out = format!("{}{body}", "/".repeat(slashes));
    if out.is_empty() {
        ".".to_string()
    } else {
        out
    }
}

fn normpath(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    Ok(py.new_str(&normalize(&one_str(py, "normpath", args, kwnames)?)))
}

fn absolute(py: Py<'_>, p: &str) -> PyResult<String> {
    if p.starts_with('/') {
        return Ok(normalize(p));
    }
    let cwd = std::env::current_dir().map_err(|e| os_error(py, &e, "."))?;
    Ok(normalize(&format!("{}/{p}", cwd.display())))
}

fn abspath(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = one_str(py, "abspath", args, kwnames)?;
    Ok(py.new_str(&absolute(py, &p)?))
}

fn realpath(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = one_str(py, "realpath", args, kwnames)?;
    Ok(match std::fs::canonicalize(&p) {
        Ok(r) => py.new_str(&r.display().to_string()),
        Err(_) => py.new_str(&absolute(py, &p)?),
    })
}

fn exists(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = one_str(py, "exists", args, kwnames)?;
    Ok(py.bool(std::path::Path::new(&p).exists()))
}

/// `os.path.lexists(p)`: true for a broken symlink too.
fn lexists(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = one_str(py, "lexists", args, kwnames)?;
    Ok(py.bool(std::fs::symlink_metadata(&p).is_ok()))
}

fn isfile(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = one_str(py, "isfile", args, kwnames)?;
    Ok(py.bool(std::path::Path::new(&p).is_file()))
}

fn isdir(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = one_str(py, "isdir", args, kwnames)?;
    Ok(py.bool(std::path::Path::new(&p).is_dir()))
}

fn getsize(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = one_str(py, "getsize", args, kwnames)?;
    let md = std::fs::metadata(&p).map_err(|e| os_error(py, &e, &p))?;
    Ok(int::new_i64(py, md.len() as i64))
}

fn expanduser(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = one_str(py, "expanduser", args, kwnames)?;
    if p == "~" || p.starts_with("~/") {
        if let Ok(home) = std::env::var("HOME") {
            let out = format!("{}{}", home.trim_end_matches('/'), &p[1..]);
            return Ok(py.new_str(if out.is_empty() { "/" } else { &out }));
        }
    }
    Ok(py.new_str(&p))
}

#[cfg(test)]
mod tests {
    use super::{normalize, split_str};

    #[test]
    fn normalize_follows_posixpath() {
        for (p, want) in [
            ("", "."),
            ("a/./b/../../c", "c"),
            ("../../x", "../../x"),
            ("/../x", "/x"),
            ("//a//b", "//a/b"),
            ("///a", "/a"),
            ("a/b/", "a/b"),
        ] {
            assert_eq!(normalize(p), want, "{p}");
        }
    }

    #[test]
    fn split_keeps_root_slashes() {
        assert_eq!(
            split_str("/usr/lib/x.py"),
            ("/usr/lib".into(), "x.py".into())
        );
        assert_eq!(split_str("//"), ("//".into(), String::new()));
        assert_eq!(split_str("x"), (String::new(), "x".into()));
        assert_eq!(split_str("a//b"), ("a".into(), "b".into()));
    }
}
