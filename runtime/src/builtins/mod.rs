//! The `builtins` module: functions and the builtin types and exceptions,
//! installed in the interpreter's builtins dict.

pub mod asyncs;
pub mod cint;
pub mod classes;
pub mod cpython_dunders;
pub mod cpython_facts;
pub mod descr_dunders;
pub mod docs;
pub mod exec;
pub mod type_dunders;

use crate::object::typeobj::NativeFn;
use crate::object::{self as obj, dict, float, int, list, str::as_str, tuple, PyResult};
use std::io::Write;

use crate::value::Value;
use crate::vm::Py;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("isinstance", isinstance),
    ("hash", hash),
    ("id", id),
    ("iter", iter),
    ("next", next),
    ("sorted", sorted),
    ("any", any),
    ("all", all),
    ("chr", chr),
    ("ord", ord),
    ("divmod", divmod),
    ("format", format),
    ("callable", callable),
    ("round", round),
    ("pow", pow),
    ("bin", bin),
    ("oct", oct),
    ("hex", hex),
    ("issubclass", issubclass),
    ("hasattr", hasattr),
    ("getattr", getattr),
    ("setattr", setattr),
    ("__build_class__", crate::object::instance::build_class),
    ("aiter", asyncs::aiter),
    ("anext", asyncs::anext),
];

pub fn install(py: Py<'_>) {
    let b = &py.builtins;
    let put = |name: &str, v: Value| {
        let _ = dict::set_item(py, b, py.intern(name), v);
    };
    for &(name, f) in FUNCTIONS {
        put(name, py.new_builtin(name, f, None));
    }
    let t = &py.types;
    for ty in [
        &t.int,
        &t.float,
        &t.str,
        &t.bool,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.range,
        &t.type_,
        &t.object,
        &t.set,
        &t.frozenset,
        &t.slice,
        &t.os_error,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.super_,
        &t.base_exception,
        &t.exception,
        &t.arithmetic_error,
        &t.lookup_error,
        &t.type_error,
        &t.name_error,
        &t.unbound_local_error,
        &t.zero_division_error,
        &t.overflow_error,
        &t.value_error,
        &t.index_error,
        &t.key_error,
        &t.attribute_error,
        &t.runtime_error,
        &t.recursion_error,
        &t.not_implemented_error,
        &t.stop_iteration,
        &t.system_error,
        &t.assertion_error,
    ] {
        let name = ty
            .downcast::<crate::object::typeobj::TypeObject>()
            .map_or(String::new(), |t| t.name.clone());
        put(&name, ty.clone());
    }
    install_type_methods(py);
    put("None", py.none());
    put("True", py.bool(true));
    put("False", py.bool(false));
    classes::install(py);
}

/// Methods of builtin types this module's owner adds (kept out of the
/// shared table in `vm/mod.rs`).
fn install_type_methods(py: Py<'_>) {
    let t = &py.types;
    let tables: [(&Value, &[(&str, NativeFn)]); 5] = [
        (&t.range, obj::range::METHODS),
        (&t.slice, obj::slice::METHODS),
        (&t.dict_keys, obj::dict::VIEW_METHODS),
        (&t.dict_items, obj::dict::VIEW_METHODS),
        (&t.dict_values, obj::dict::VALUES_METHODS),
    ];
    for (ty, methods) in tables {
        let Some(to) = ty.downcast::<crate::object::typeobj::TypeObject>() else {
            continue;
        };
        for &(name, f) in methods {
            let m = py.new_builtin(name, f, None);
            to.dict.borrow_mut().insert(name.to_string(), m);
        }
    }
    if let Some(to) = t
        .union_type
        .downcast::<crate::object::typeobj::TypeObject>()
    {
        to.dict
            .borrow_mut()
            .insert("__module__".to_string(), py.new_str("types"));
    }
    // Class methods, bound to their type once and for all.
    // `dict.fromkeys` is a real classmethod so subclasses receive their own type.
    if let Some(to) = t.dict.downcast::<crate::object::typeobj::TypeObject>() {
        let f = py.new_builtin("fromkeys", obj::dict::fromkeys, None);
        let cm = py.alloc(&t.classmethod, crate::object::descr::ClassMethod(f));
        to.dict.borrow_mut().insert("fromkeys".to_string(), cm);
    }
    let class_methods: [(&Value, &'static str, NativeFn); 1] =
        [(&t.float, "fromhex", obj::float::fromhex)];
    for (ty, name, f) in class_methods {
        if let Some(to) = ty.downcast::<crate::object::typeobj::TypeObject>() {
            let m = py.new_builtin(name, f, Some(ty.clone()));
            to.dict.borrow_mut().insert(name.to_string(), m);
        }
    }
}

/// Splits CALL's arguments into positional ones and (name, value) pairs.
fn split_kw<'a>(
    args: &'a [Value],
    kwnames: &'a [Value],
) -> (&'a [Value], Vec<(&'a str, &'a Value)>) {
    let npos = args.len().saturating_sub(kwnames.len());
    let (pos, vals) = args.split_at(npos);
    let kws = kwnames
        .iter()
        .zip(vals)
        .map(|(k, v)| (as_str(k).unwrap_or(""), v))
        .collect();
    (pos, kws)
}

/// Binds arguments to the parameters `names` (the first `required` ones
/// required) with CPython's argument-clinic messages, checked in its order:
/// too many, then missing, then unknown keywords.
fn bind(
    py: Py<'_>,
    fname: &str,
    args: &[Value],
    kwnames: &[Value],
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let (pos, kws) = split_kw(args, kwnames);
    if args.len() > names.len() {
        return Err(py.type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    let mut unknown = None;
    for (k, v) in &kws {
        match names.iter().position(|n| n == k) {
            Some(i) if i < pos.len() => {
                return Err(py.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some((*v).clone()),
            None => unknown = unknown.or(Some(*k)),
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(py.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    if let Some(k) = unknown {
        return Err(py.type_error(format!(
            "'{k}' is an invalid keyword argument for {fname}()"
        )));
    }
    Ok(out)
}

fn no_kw(py: Py<'_>, name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(py.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Exactly `n` positional arguments, with CPython's message.
fn exactly<'a>(
    py: Py<'_>,
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
    n: usize,
) -> PyResult<&'a [Value]> {
    no_kw(py, name, kwnames)?;
    if args.len() != n {
        return Err(py.type_error(if n == 1 {
            format!("{name}() takes exactly one argument ({} given)", args.len())
        } else {
            format!("{name} expected {n} arguments, got {}", args.len())
        }));
    }
    Ok(args)
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`. With a
/// `file`, each piece goes to its `write` method in turn, as CPython's.
fn print(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kwnames);
    let (mut sep, mut end) = (" ".to_string(), "\n".to_string());
    let (mut file, mut flush) = (None, false);
    for (k, v) in kws {
        let text = |what: &str| -> PyResult<Option<String>> {
            if v.is(&py.none) {
                return Ok(None);
            }
            match as_str(v) {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(py.type_error(format!(
                    "{what} must be None or a string, not {}",
                    py.type_name(v)
                ))),
            }
        };
        match k {
            "sep" => sep = text("sep")?.unwrap_or_else(|| " ".to_string()),
            "end" => end = text("end")?.unwrap_or_else(|| "\n".to_string()),
            "file" if !v.is(&py.none) => file = Some(v.clone()),
            "file" => {}
            "flush" => flush = obj::truthy(py, v)?,
            other => {
                return Err(py.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    // Without `file=`, print goes to `sys.stdout`, which a program may replace.
    let file = file.or_else(crate::modules::sys::replaced_stdout(py));
    let Some(file) = file else {
        let mut out = String::new();
        for (i, v) in pos.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            // A str with lone surrogates is encoded as python3's stdout does;
            // what came before it is written even when that fails.
            match crate::object::surrogates::stream_bytes(py, v, false) {
                Ok(None) => out.push_str(&obj::str(py, v)?),
                Ok(Some(bytes)) => {
                    py.write_out(&std::mem::take(&mut out));
                    let _ = py.stdout.borrow_mut().write_all(&bytes);
                }
                Err(e) => {
                    py.write_out(&out);
                    return Err(e);
                }
            }
        }
        out.push_str(&end);
        py.write_out(&out);
        if flush {
            let _ = py.stdout.borrow_mut().flush();
        }
        return Ok(py.none());
    };
    // A `sys.stdout` of None swallows the output.
    if file.is(&py.none) {
        return Ok(py.none());
    }
    // A file object gets one `write` per piece, as CPython's print.
    let write = obj::getattr(py, &file, "write")?;
    for (i, v) in pos.iter().enumerate() {
        if i > 0 {
            obj::call(py, &write, &[py.new_str(&sep)], &[])?;
        }
        let text = obj::str(py, v)?;
        obj::call(py, &write, &[py.new_str(&text)], &[])?;
    }
    obj::call(py, &write, &[py.new_str(&end)], &[])?;
    if flush {
        let f = obj::getattr(py, &file, "flush")?;
        obj::call(py, &f, &[], &[])?;
    }
    Ok(py.none())
}

fn len(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "len", args, kwnames, 1)?;
    Ok(int::new_i64(py, obj::len(py, &a[0])? as i64))
}

fn repr(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "repr", args, kwnames, 1)?;
    Ok(py.new_str(&obj::repr(py, &a[0])?))
}

/// `ascii()`'s escaping of a repr: non-ASCII characters as `\x`, `\u`, `\U`.
pub fn ascii_of(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

fn ascii(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "ascii", args, kwnames, 1)?;
    Ok(py.new_str(&ascii_of(&obj::repr(py, &a[0])?)))
}

fn abs(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "abs", args, kwnames, 1)?;
    let x = &a[0];
    if let Some(r) = classes::call_dunder(py, x, "__abs__", &[])? {
        return Ok(r);
    }
    if x.downcast::<crate::object::complex::Complex>().is_some() {
        return crate::object::complex::abs(py, x);
    }
    if let Some(f) = x.downcast::<float::Float>() {
        return Ok(float::new(py, f.0.abs()));
    }
    if let Some(i) = int::int_ref(py, x) {
        use num_traits::Signed;
        return Ok(int::new_big(py, i.to_big().abs()));
    }
    if let Some(r) = call_dunder(py, "__abs__", x, &[])? {
        return Ok(r);
    }
    Err(py.type_error(format!("bad operand type for abs(): '{}'", py.type_name(x))))
}

/// `min`/`max`: of one iterable or of several arguments, with `key` and
/// `default`.
fn min_max(
    py: Py<'_>,
    args: &[Value],
    kwnames: &[Value],
    name: &str,
    want_less: bool,
) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kwnames);
    if pos.is_empty() {
        return Err(py.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let (mut key, mut default) = (None, None);
    for (k, v) in kws {
        match k {
            "key" if !v.is(&py.none) => key = Some(v.clone()),
            "key" => {}
            "default" => default = Some(v.clone()),
            other => {
                return Err(py.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let items = match pos {
        [] => return Err(py.type_error(format!("{name} expected at least 1 argument, got 0"))),
        [one] => obj::collect(py, one)?,
        many => {
            if default.is_some() {
                return Err(py.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            many.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => obj::call(py, f, std::slice::from_ref(&x), &[])?,
            None => x.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => {
                // As CPython: the new key is the left operand (`k > best`).
                let op = if want_less {
                    crate::ast::Cmpop::Lt
                } else {
                    crate::ast::Cmpop::Gt
                };
                let r = obj::compare(py, &k, bk, op)?;
                obj::truthy(py, &r)?
            }
        };
        if better {
            best = Some((x, k));
        }
    }
    match (best, default) {
        (Some((x, _)), _) => Ok(x),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(py.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    min_max(py, args, kwnames, "min", true)
}

fn max(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    min_max(py, args, kwnames, "max", false)
}

/// `sum(iterable, /, start=0)`.
fn sum(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kwnames);
    if args.len() > 2 {
        return Err(py.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let Some(iterable) = pos.first() else {
        return Err(py.type_error(format!(
            "sum() takes at least 1 positional argument ({} given)",
            pos.len()
        )));
    };
    let mut start = pos.get(1).cloned();
    for (k, v) in kws {
        match k {
            "start" if start.is_none() => start = Some(v.clone()),
            "start" => {
                return Err(py.type_error(
                    "argument for sum() given by name ('start') and position (2)".to_string(),
                ))
            }
            other => {
                return Err(py.type_error(format!(
                    "'{other}' is an invalid keyword argument for sum()"
                )))
            }
        }
    }
    let it = obj::iter(py, iterable)?;
    let mut acc = start.unwrap_or_else(|| int::new_i64(py, 0));
    if as_str(&acc).is_some() {
        return Err(py.type_error("sum() can't sum strings [use ''.join(seq) instead]".to_string()));
    }
    while let Some(x) = obj::next(py, &it)? {
        acc = obj::binary_op(py, &acc, &x, crate::ast::Operator::Add, false)?;
    }
    Ok(acc)
}

/// Whether `test` holds for a class in `spec`: a type, a union, or a tuple
/// of them (nested too), tried in order, as CPython's `isinstance`; `None`
/// when an item reached is no class.
/// `isinstance(x, spec)` (or `issubclass` when `instance` is false) over a
/// class, a union or a tuple of them; a metaclass's `__instancecheck__` /
/// `__subclasscheck__` decides for its classes. `None`: `spec` is no class.
fn class_check(py: Py<'_>, x: &Value, spec: &Value, instance: bool) -> PyResult<Option<bool>> {
    if let Some(members) = obj::union::as_union(spec) {
        if members
            .iter()
            .any(|m| m.downcast::<obj::descr::GenericAlias>().is_some())
        {
            return Err(py.type_error(format!(
                "{}() argument 2 cannot be a parameterized generic",
                if instance { "isinstance" } else { "issubclass" }
            )));
        }
        for m in members {
            if class_check(py, x, m, instance)? == Some(true) {
                return Ok(Some(true));
            }
        }
        return Ok(Some(false));
    }
    if spec.downcast::<tuple::Tuple>().is_some() {
        for t in obj::collect(py, spec)? {
            match class_check(py, x, &t, instance)? {
                Some(false) => {}
                other => return Ok(other),
            }
        }
        return Ok(Some(false));
    }
    if spec.downcast::<obj::typeobj::TypeObject>().is_none() {
        // A non-class whose type defines the hook (typing's aliases) decides too.
        return if instance {
            classes::instancecheck(py, x, spec)
        } else {
            classes::subclasscheck(py, x, spec)
        };
    }
    let hook = if instance {
        classes::instancecheck(py, x, spec)?
    } else {
        classes::subclasscheck(py, x, spec)?
    };
    if let Some(r) = hook {
        return Ok(Some(r));
    }
    Ok(Some(if instance {
        obj::isinstance(py, x, spec)
    } else {
        obj::typeobj::is_subtype(x, spec)
    }))
}

fn isinstance(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "isinstance", args, kwnames, 2)?;
    match class_check(py, &a[0], &a[1], true)? {
        Some(yes) => Ok(py.bool(yes)),
        None => Err(py.type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union".to_string(),
        )),
    }
}

fn hash(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "hash", args, kwnames, 1)?;
    Ok(int::new_i64(py, obj::hash(py, &a[0])?))
}

fn id(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "id", args, kwnames, 1)?;
    Ok(int::new_i64(py, a[0].addr() as i64))
}

/// `iter(iterable)` and `iter(callable, sentinel)`.
fn iter(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw(py, "iter", kwnames)?;
    match args {
        [x] => obj::iter(py, x),
        [f, sentinel] => {
            if !is_callable(py, f) {
                return Err(py.type_error("iter(v, w): v must be callable".to_string()));
            }
            Ok(obj::native_iter::callable_iter(
                py,
                f.clone(),
                sentinel.clone(),
            ))
        }
        [] => Err(py.type_error("iter expected at least 1 argument, got 0".to_string())),
        _ => Err(py.type_error(format!(
            "iter expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

fn next(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw(py, "next", kwnames)?;
    let (it, default) = match args {
        [it] => (it, None),
        [it, d] => (it, Some(d)),
        [] => return Err(py.type_error("next expected at least 1 argument, got 0".to_string())),
        _ => {
            return Err(py.type_error(format!(
                "next expected at most 2 arguments, got {}",
                args.len()
            )))
        }
    };
    if py.type_obj(it).slots.next.is_none() {
        return Err(py.type_error(format!("'{}' object is not an iterator", py.type_name(it))));
    }
    // A generator's return value travels in StopIteration, as CPython's.
    if it.downcast::<obj::generator::Generator>().is_some() {
        return match (obj::generator::send(py, it, py.none())?, default) {
            (obj::generator::Sent::Yielded(x), _) => Ok(x),
            (obj::generator::Sent::Returned(_), Some(d)) => Ok(d.clone()),
            (obj::generator::Sent::Returned(r), None) => {
                let args = if r.is(&py.none) { Vec::new() } else { vec![r] };
                Err(obj::PyErr(obj::exception::new_exception(
                    py,
                    &py.types.stop_iteration,
                    args,
                )))
            }
        };
    }
    match (obj::next(py, it)?, default) {
        (Some(x), _) => Ok(x),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(obj::PyErr(obj::exception::new_exception(
            py,
            &py.types.stop_iteration,
            Vec::new(),
        ))),
    }
}

fn sorted(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kwnames);
    let [iterable] = pos else {
        return Err(py.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    };
    let (mut key, mut rev) = (None, false);
    for (k, v) in kws {
        match k {
            "key" if !v.is(&py.none) => key = Some(v.clone()),
            "key" => {}
            "reverse" => rev = cint::reverse_flag(py, v)?,
            other => {
                return Err(py.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    let items = obj::collect(py, iterable)?;
    match list::sort_values(py, items, key.as_ref(), rev) {
        Ok(v) => Ok(list::new(py, v)),
        Err((_, e)) => Err(e),
    }
}

fn any(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "any", args, kwnames, 1)?;
    let it = obj::iter(py, &a[0])?;
    while let Some(x) = obj::next(py, &it)? {
        if obj::truthy(py, &x)? {
            return Ok(py.bool(true));
        }
    }
    Ok(py.bool(false))
}

fn all(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "all", args, kwnames, 1)?;
    let it = obj::iter(py, &a[0])?;
    while let Some(x) = obj::next(py, &it)? {
        if !obj::truthy(py, &x)? {
            return Ok(py.bool(false));
        }
    }
    Ok(py.bool(true))
}

fn chr(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "chr", args, kwnames, 1)?;
    let Some(i) = int::as_index(py, &a[0])? else {
        return Err(py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(&a[0])
        )));
    };
    match u32::try_from(i)
        .ok()
        .and_then(|cp| crate::object::surrogates::from_code_point(py, cp))
    {
        Some(c) => Ok(c),
        None => Err(py.value_error("chr() arg not in range(0x110000)".to_string())),
    }
}

fn ord(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "ord", args, kwnames, 1)?;
    let is_bytes = a[0].downcast::<crate::object::bytes::Bytes>().is_some()
        || a[0]
            .downcast::<crate::object::bytearray::ByteArray>()
            .is_some();
    if let Some(b) = crate::object::bytes::bytes_like(&a[0]).filter(|_| is_bytes) {
        return match b.as_slice() {
            [c] => Ok(int::new_i64(py, *c as i64)),
            _ => Err(py.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            ))),
        };
    }
    let Some(s) = as_str(&a[0]) else {
        return Err(py.type_error(format!(
            "ord() expected string of length 1, but {} found",
            py.type_name(&a[0])
        )));
    };
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(_), None) if crate::object::surrogates::is_marked(&a[0]) => {
            let unit = crate::object::surrogates::marks(&a[0])
                .first()
                .map_or(0xfffd, |&(_, u)| i64::from(u));
            Ok(int::new_i64(py, unit))
        }
        (Some(c), None) => Ok(int::new_i64(py, c as i64)),
        _ => Err(py.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}

/// Calls `name` looked up on `recv`'s type with `recv` first, if defined in
/// Python (builtin numbers take the arithmetic path instead).
fn call_dunder(py: Py<'_>, name: &str, recv: &Value, rest: &[Value]) -> PyResult<Option<Value>> {
    let Some(m) = py.type_obj(recv).lookup(name) else {
        return Ok(None);
    };
    let mut all = vec![recv.clone()];
    all.extend_from_slice(rest);
    obj::call(py, &m, &all, &[]).map(Some)
}

fn is_number(py: Py<'_>, v: &Value) -> bool {
    int::int_ref(py, v).is_some() || v.downcast::<float::Float>().is_some()
}

fn divmod(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "divmod", args, kwnames, 2)?;
    let (x, y) = (&a[0], &a[1]);
    let plain = |v: &Value| is_number(py, v) && !py.type_obj(v).heap;
    if plain(x) && plain(y) {
        return divmod_values(py, x, y);
    }
    // CPython's binary_op1: `__divmod__` of the left operand, then
    // `__rdivmod__` of the right (first when its type is a subclass).
    let tx = py.type_of(x);
    let ty = py.type_of(y);
    let fx = py.type_obj(x).lookup("__divmod__");
    let mut fy = match tx.is(&ty) {
        true => None,
        false => py.type_obj(y).lookup("__rdivmod__"),
    };
    let try_one = |f: &Value, me: &Value, other: &Value| -> PyResult<Option<Value>> {
        let r = obj::call(py, f, &[me.clone(), other.clone()], &[])?;
        Ok((!r.is(&py.not_implemented)).then_some(r))
    };
    if let Some(f) = &fx {
        if let Some(g) = fy
            .as_ref()
            .filter(|_| crate::object::typeobj::is_subtype(&ty, &tx))
        {
            if let Some(r) = try_one(g, y, x)? {
                return Ok(r);
            }
            fy = None;
        }
        if let Some(r) = try_one(f, x, y)? {
            return Ok(r);
        }
    }
    if let Some(g) = &fy {
        if let Some(r) = try_one(g, y, x)? {
            return Ok(r);
        }
    }
    Err(py.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        py.type_name(x),
        py.type_name(y)
    )))
}

/// `divmod(a, b)` of two ints or floats.
pub fn divmod_values(py: Py<'_>, a: &Value, b: &Value) -> PyResult<Value> {
    let a = [a.clone(), b.clone()];
    let float_zero = |v: &Value| v.downcast::<float::Float>().is_some_and(|f| f.0 == 0.0);
    let int_zero = |v: &Value| int::int_ref(py, v).is_some_and(|i| i.to_big() == 0.into());
    if (a[0].downcast::<float::Float>().is_some() && (float_zero(&a[1]) || int_zero(&a[1])))
        || float_zero(&a[1])
    {
        return Err(py.zero_division("float divmod()"));
    }
    let q = obj::binary_op(py, &a[0], &a[1], crate::ast::Operator::FloorDiv, false)?;
    let r = obj::binary_op(py, &a[0], &a[1], crate::ast::Operator::Mod, false)?;
    Ok(tuple::new(py, vec![q, r]))
}

fn format(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw(py, "format", kwnames)?;
    let (v, spec) = match args {
        [v] => (v, ""),
        [v, s] => (
            v,
            as_str(s).ok_or_else(|| {
                py.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    py.type_name(s)
                ))
            })?,
        ),
        [] => return Err(py.type_error("format expected at least 1 argument, got 0".to_string())),
        _ => {
            return Err(py.type_error(format!(
                "format expected at most 2 arguments, got {}",
                args.len()
            )))
        }
    };
    if crate::object::surrogates::is_marked(v) && v.has_type(&py.types.str) {
        return crate::object::surrogates::format_str(py, v, spec);
    }
    Ok(py.new_str(&obj::format::format(py, v, spec)?))
}

fn callable(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "callable", args, kwnames, 1)?;
    Ok(py.bool(is_callable(py, &a[0])))
}

fn is_callable(py: Py<'_>, v: &Value) -> bool {
    v.downcast::<obj::function::Function>().is_some()
        || v.downcast::<obj::function::Builtin>().is_some()
        || v.downcast::<obj::instance::Method>().is_some()
        || classes::is_callable(py, v)
}

/// `round(number, ndigits=None)`: halves to even, as CPython.
fn round(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = bind(py, "round", args, kwnames, &["number", "ndigits"], 1)?;
    let x = bound[0].clone().unwrap_or_else(|| py.none());
    let x = &x;
    let is_num = int::int_ref(py, x).is_some() || x.downcast::<float::Float>().is_some();
    if !is_num && py.type_obj(x).lookup("__round__").is_none() {
        return Err(py.type_error(format!(
            "type {} doesn't define __round__ method",
            py.type_name(x)
        )));
    }
    let nd = match bound[1].clone().filter(|n| !n.is(&py.none)) {
        Some(n) if is_num => Some(int::as_index(py, &n)?.ok_or_else(|| {
            py.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                py.type_name(&n)
            ))
        })?),
        Some(n) => return obj::call(py, &obj::getattr(py, x, "__round__")?, &[n], &[]),
        None => None,
    };
    if let Some(i) = int::int_ref(py, x) {
        return Ok(match nd {
            Some(d) if d < 0 => {
                int::new_big(py, int::round_to_pow10(&i.to_big(), d.unsigned_abs()))
            }
            _ => int::new_big(py, i.to_big()),
        });
    }
    if let Some(f) = x.downcast::<float::Float>() {
        return float::round(py, f.0, nd);
    }
    // Other objects round themselves.
    match py.type_obj(x).lookup("__round__") {
        Some(m) => {
            let mut call_args = vec![x.clone()];
            if let Some(d) = nd {
                call_args.push(int::new_i64(py, d));
            }
            obj::call(py, &m, &call_args, &[])
        }
        None => Err(py.type_error(format!(
            "type {} doesn't define __round__ method",
            py.type_name(x)
        ))),
    }
}

/// `pow(base, exp[, mod])`.
pub(crate) fn pow(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = bind(py, "pow", args, kwnames, &["base", "exp", "mod"], 2)?;
    let args: Vec<Value> = match bound.as_slice() {
        [Some(b), Some(e), m] => match m.as_ref().filter(|m| !m.is(&py.none)) {
            Some(m) => vec![b.clone(), e.clone(), m.clone()],
            None => vec![b.clone(), e.clone()],
        },
        _ => return Err(py.system_error("pow arguments")),
    };
    match args.as_slice() {
        [b, e] => obj::binary_op(py, b, e, crate::ast::Operator::Pow, false),
        [b, e, m] => {
            if let Some(r) = classes::call_dunder(py, b, "__pow__", &[e.clone(), m.clone()])? {
                return Ok(r);
            }
            let (Some(bi), Some(ei), Some(mi)) = (
                int::int_ref(py, b),
                int::int_ref(py, e),
                int::int_ref(py, m),
            ) else {
                if !is_number(py, b) {
                    if let Some(r) = call_dunder(py, "__pow__", b, &[e.clone(), m.clone()])? {
                        return Ok(r);
                    }
                }
                // A float's power refuses a modulus; other types are unsupported.
                let is_float = |v: &Value| v.downcast::<float::Float>().is_some();
                if is_number(py, b)
                    && is_number(py, e)
                    && (is_float(b) || is_float(e) || is_float(m))
                {
                    return Err(py.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers"
                            .to_string(),
                    ));
                }
                return Err(py.type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    py.type_name(b),
                    py.type_name(e),
                    py.type_name(m)
                )));
            };
            let (b, e, m) = (bi.to_big(), ei.to_big(), mi.to_big());
            use num_integer::Integer;
            use num_traits::{Signed, Zero};
            if m.is_zero() {
                return Err(py.value_error("pow() 3rd argument cannot be 0".to_string()));
            }
            // A negative exponent raises the modular inverse to `-e`.
            let (b, e) = if e.is_negative() {
                match int::mod_inverse(&b, &m) {
                    Some(inv) => (inv, -e),
                    None => {
                        return Err(py.value_error(
                            "base is not invertible for the given modulus".to_string(),
                        ))
                    }
                }
            } else {
                (b, e)
            };
            let r = b.mod_floor(&m.abs()).modpow(&e, &m.abs());
            // Python's result takes the modulus's sign.
            let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
                r + &m
            } else {
                r
            };
            Ok(int::new_big(py, r))
        }
        _ => Err(py.type_error(format!("pow expected 2 or 3 arguments, got {}", args.len()))),
    }
}

/// `bin`, `oct`, `hex`: the prefixed digits of an int.
fn radix(
    py: Py<'_>,
    args: &[Value],
    kwnames: &[Value],
    name: &str,
    base: u32,
    prefix: &str,
) -> PyResult<Value> {
    let a = exactly(py, name, args, kwnames, 1)?;
    let Some(v) = int::index_big(py, &a[0])? else {
        return Err(py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(&a[0])
        )));
    };
    use num_traits::Signed;
    let sign = if v.is_negative() { "-" } else { "" };
    Ok(py.new_str(&format!("{sign}{prefix}{}", v.abs().to_str_radix(base))))
}

fn bin(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    radix(py, args, kwnames, "bin", 2, "0b")
}
fn oct(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    radix(py, args, kwnames, "oct", 8, "0o")
}
fn hex(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    radix(py, args, kwnames, "hex", 16, "0x")
}

fn issubclass(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "issubclass", args, kwnames, 2)?;
    if a[0].downcast::<obj::typeobj::TypeObject>().is_none() {
        return Err(py.type_error("issubclass() arg 1 must be a class".to_string()));
    }
    match class_check(py, &a[0], &a[1], false)? {
        Some(yes) => Ok(py.bool(yes)),
        None => Err(py.type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union".to_string(),
        )),
    }
}

fn attr_name<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        py.type_error(format!(
            "attribute name must be string, not '{}'",
            py.type_name(v)
        ))
    })
}

fn hasattr(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "hasattr", args, kwnames, 2)?;
    match obj::getattr(py, &a[0], attr_name(py, &a[1])?) {
        Ok(_) => Ok(py.bool(true)),
        Err(e) if e.matches(py, &py.types.attribute_error) => Ok(py.bool(false)),
        Err(e) => Err(e),
    }
}

fn getattr(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw(py, "getattr", kwnames)?;
    match args {
        [o, n] => obj::getattr(py, o, attr_name(py, n)?),
        [o, n, d] => match obj::getattr(py, o, attr_name(py, n)?) {
            Err(e) if e.matches(py, &py.types.attribute_error) => Ok(d.clone()),
            r => r,
        },
        _ => Err(py.type_error(format!(
            "getattr expected at {} arguments, got {}",
            if args.len() < 2 { "least 2" } else { "most 3" },
            args.len()
        ))),
    }
}

fn setattr(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = exactly(py, "setattr", args, kwnames, 3)?;
    obj::instance::setattr(py, &a[0], attr_name(py, &a[1])?, a[2].clone())?;
    Ok(py.none())
}
