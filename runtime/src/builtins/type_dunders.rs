//! Dunders of builtin types that no slot stands for (`int.__abs__`,
//! `float.__divmod__`, `list.__reversed__`, `tuple.__getnewargs__`), and the
//! `classmethod_descriptor` type that CPython gives the class methods of
//! builtin types (`dict.__dict__['fromkeys']`).

use crate::object::descr::ClassMethod;
use crate::object::function::Builtin;
use crate::object::typeobj::{is_subtype, NativeFn, Slots, TypeObject};
use crate::object::{self as obj, complex::Complex, dict, float::Float, int, tuple, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// Adds the dunders to the builtin types' dicts (before
/// `install_method_descriptors` gives them their descriptor types).
pub fn install(py: Py<'_>) {
    let t = &py.types;
    let int_methods: &[(&'static str, NativeFn)] = &[
        ("__abs__", int_abs),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__getnewargs__", int_getnewargs),
    ];
    put(py, &t.int, int_methods);
    let float_methods: &[(&'static str, NativeFn)] = &[
        ("__abs__", float_abs),
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("__float__", float_float),
        ("__getnewargs__", float_getnewargs),
    ];
    put(py, &t.float, float_methods);
    put(py, &t.str, &[("__getnewargs__", str_getnewargs)]);
    put(py, &t.bytes, &[("__getnewargs__", bytes_getnewargs)]);
    put(
        py,
        &t.tuple,
        &[
            ("__getnewargs__", tuple_getnewargs),
            ("__contains__", tuple_contains),
        ],
    );
    put(
        py,
        &t.complex,
        &[
            ("__complex__", complex_complex),
            ("__getnewargs__", complex_getnewargs),
        ],
    );
    put(py, &t.list, &[("__reversed__", list_reversed)]);
    put(py, &t.dict, &[("__reversed__", dict_reversed)]);
    put(
        py,
        &t.base_exception,
        &[("__setstate__", exception_setstate)],
    );
    if let Some(to) = t.float.downcast::<TypeObject>() {
        let f = py.new_builtin("__getformat__", float_getformat, None);
        let cm = py.alloc(&t.classmethod, ClassMethod(f));
        to.dict.borrow_mut().insert("__getformat__".to_string(), cm);
    }
    for (ty, owner) in [
        (&t.dict_keys, "dict_keys"),
        (&t.dict_values, "dict_values"),
        (&t.dict_items, "dict_items"),
    ] {
        if let Some(to) = ty.downcast::<TypeObject>() {
            let g = crate::object::descr::GetSet {
                name: "mapping",
                owner: owner.to_string(),
            };
            let g = py.alloc(&py.types.getset_descriptor, g);
            to.dict.borrow_mut().insert("mapping".to_string(), g);
        }
    }
    if let Some(to) = t.generic_alias.downcast::<TypeObject>() {
        to.dict
            .borrow_mut()
            .insert("__module__".to_string(), py.new_str("types"));
    }
    if let Some(to) = t.enumerate.downcast::<TypeObject>() {
        let f = py.new_builtin(
            "__class_getitem__",
            crate::object::descr::generic_class_getitem,
            None,
        );
        let cm = py.alloc(&t.classmethod, ClassMethod(f));
        to.dict
            .borrow_mut()
            .insert("__class_getitem__".to_string(), cm);
    }
}

fn put(py: Py<'_>, ty: &Value, methods: &[(&'static str, NativeFn)]) {
    let Some(t) = ty.downcast::<TypeObject>() else {
        return;
    };
    for &(name, f) in methods {
        if !t.dict.borrow().contains_key(name) {
            let m = py.new_builtin(name, f, None);
            t.dict.borrow_mut().insert(name.to_string(), m);
        }
    }
}

/// The receiver and the arguments after it, checked to be an `owner`
/// (`ok`) and to number `n`, with CPython's messages.
fn recv<'a>(
    py: Py<'_>,
    args: &'a [Value],
    kw: &[Value],
    owner: &str,
    name: &str,
    n: usize,
    ok: fn(Py<'_>, &Value) -> bool,
) -> PyResult<(&'a Value, &'a [Value])> {
    let Some((me, rest)) = args.split_first() else {
        return Err(crate::object::descr::needs_receiver(py, owner, name));
    };
    if !ok(py, me) {
        return Err(crate::object::descr::wrong_receiver(py, owner, name, me));
    }
    if !kw.is_empty() {
        return Err(py.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    if rest.len() != n {
        // Slot wrappers count arguments in their own words.
        let method = super::cpython_facts::METHOD_DUNDERS.contains(&name);
        let s = if n == 1 { "" } else { "s" };
        return Err(py.type_error(match n {
            0 if method => format!("{owner}.{name}() takes no arguments ({} given)", rest.len()),
            _ if method => format!(
                "{owner}.{name}() takes exactly one argument ({} given)",
                rest.len()
            ),
            _ => format!("expected {n} argument{s}, got {}", rest.len()),
        }));
    }
    Ok((me, rest))
}

fn is_int(py: Py<'_>, v: &Value) -> bool {
    int::int_ref(py, v).is_some()
}

fn is_float(_py: Py<'_>, v: &Value) -> bool {
    v.downcast::<Float>().is_some()
}

fn int_abs(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    use num_traits::Signed;
    let (me, _) = recv(py, args, kw, "int", "__abs__", 0, is_int)?;
    let x = int::int_ref(py, me).map(|i| i.to_big()).unwrap_or_default();
    Ok(int::new_big(py, x.abs()))
}

fn float_abs(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, _) = recv(py, args, kw, "float", "__abs__", 0, is_float)?;
    let f = me.downcast::<Float>().map_or(0.0, |f| f.0);
    Ok(crate::object::float::new(py, f.abs()))
}

/// `divmod(a, b)` when both are ints or floats, NotImplemented otherwise.
fn num_divmod(py: Py<'_>, a: &Value, b: &Value, floats: bool) -> PyResult<Value> {
    let ok = |v: &Value| is_int(py, v) || (floats && is_float(py, v));
    if !ok(a) || !ok(b) {
        return Ok(py.not_implemented.clone());
    }
    super::divmod_values(py, a, b)
}

fn int_divmod(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, rest) = recv(py, args, kw, "int", "__divmod__", 1, is_int)?;
    num_divmod(py, me, &rest[0], false)
}

fn int_rdivmod(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, rest) = recv(py, args, kw, "int", "__rdivmod__", 1, is_int)?;
    num_divmod(py, &rest[0], me, false)
}

fn float_divmod(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, rest) = recv(py, args, kw, "float", "__divmod__", 1, is_float)?;
    num_divmod(py, me, &rest[0], true)
}

fn float_rdivmod(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, rest) = recv(py, args, kw, "float", "__rdivmod__", 1, is_float)?;
    num_divmod(py, &rest[0], me, true)
}

/// `x.__float__()`: `x` itself when it is exactly a float.
fn float_float(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, _) = recv(py, args, kw, "float", "__float__", 0, is_float)?;
    if me.has_type(&py.types.float) {
        return Ok(me.clone());
    }
    let f = me.downcast::<Float>().map_or(0.0, |f| f.0);
    Ok(crate::object::float::new(py, f))
}

fn float_getnewargs(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, _) = recv(py, args, kw, "float", "__getnewargs__", 0, is_float)?;
    let f = me.downcast::<Float>().map_or(0.0, |f| f.0);
    Ok(tuple::new(py, vec![crate::object::float::new(py, f)]))
}

fn int_getnewargs(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, _) = recv(py, args, kw, "int", "__getnewargs__", 0, is_int)?;
    let x = int::int_ref(py, me).map(|i| i.to_big()).unwrap_or_default();
    Ok(tuple::new(py, vec![int::new_big(py, x)]))
}

/// `float.__getformat__('double')`: the layout of C doubles, as CPython
/// reports it on the little-endian machines moult runs on.
fn float_getformat(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let rest = match args.split_first() {
        Some((t, rest)) if t.downcast::<TypeObject>().is_some() => rest,
        _ => args,
    };
    if !kw.is_empty() {
        return Err(py.type_error("float.__getformat__() takes no keyword arguments".to_string()));
    }
    let [arg] = rest else {
        return Err(py.type_error(format!(
            "float.__getformat__() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    let Some(s) = obj::str::as_str(arg) else {
        return Err(py.type_error(format!(
            "__getformat__() argument must be str, not {}",
            py.type_name(arg)
        )));
    };
    match s {
        "double" | "float" => Ok(py.new_str("IEEE, little-endian")),
        _ => {
            Err(py
                .value_error("__getformat__() argument 1 must be 'double' or 'float'".to_string()))
        }
    }
}

fn is_str(_py: Py<'_>, v: &Value) -> bool {
    obj::str::as_str(v).is_some()
}

fn str_getnewargs(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, _) = recv(py, args, kw, "str", "__getnewargs__", 0, is_str)?;
    let s = obj::str::as_str(me).unwrap_or_default();
    Ok(tuple::new(py, vec![py.new_str(s)]))
}

fn is_bytes(_py: Py<'_>, v: &Value) -> bool {
    v.downcast::<crate::object::bytes::Bytes>().is_some()
}

fn bytes_getnewargs(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, _) = recv(py, args, kw, "bytes", "__getnewargs__", 0, is_bytes)?;
    let b = crate::object::bytes::as_bytes(me)
        .unwrap_or_default()
        .to_vec();
    Ok(tuple::new(py, vec![crate::object::bytes::new(py, b)]))
}

fn is_tuple(_py: Py<'_>, v: &Value) -> bool {
    v.downcast::<tuple::Tuple>().is_some()
}

fn tuple_getnewargs(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, _) = recv(py, args, kw, "tuple", "__getnewargs__", 0, is_tuple)?;
    let items = obj::collect(py, me)?;
    Ok(tuple::new(py, vec![tuple::new(py, items)]))
}

fn tuple_contains(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, rest) = recv(py, args, kw, "tuple", "__contains__", 1, is_tuple)?;
    Ok(py.bool(obj::contains(py, me, &rest[0])?))
}

fn is_complex(_py: Py<'_>, v: &Value) -> bool {
    v.downcast::<Complex>().is_some()
}

fn complex_parts(v: &Value) -> (f64, f64) {
    v.downcast::<Complex>().map_or((0.0, 0.0), |c| (c.re, c.im))
}

fn complex_complex(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, _) = recv(py, args, kw, "complex", "__complex__", 0, is_complex)?;
    if me.has_type(&py.types.complex) {
        return Ok(me.clone());
    }
    let (re, im) = complex_parts(me);
    Ok(crate::object::complex::new(py, re, im))
}

fn complex_getnewargs(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, _) = recv(py, args, kw, "complex", "__getnewargs__", 0, is_complex)?;
    let (re, im) = complex_parts(me);
    let parts = vec![
        crate::object::float::new(py, re),
        crate::object::float::new(py, im),
    ];
    Ok(tuple::new(py, parts))
}

fn is_list(_py: Py<'_>, v: &Value) -> bool {
    v.downcast::<obj::list::List>().is_some()
}

fn list_reversed(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, _) = recv(py, args, kw, "list", "__reversed__", 0, is_list)?;
    Ok(crate::object::native_iter::list_reversed(py, me))
}

fn is_dict(_py: Py<'_>, v: &Value) -> bool {
    v.downcast::<dict::Dict>().is_some()
}

fn dict_reversed(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, _) = recv(py, args, kw, "dict", "__reversed__", 0, is_dict)?;
    Ok(crate::object::native_iter::dict_reversed(py, me))
}

fn is_exception(py: Py<'_>, v: &Value) -> bool {
    is_subtype(&py.type_of(v), &py.types.base_exception)
}

/// `e.__setstate__(state)`: the state dict's items become attributes.
fn exception_setstate(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (me, rest) = recv(
        py,
        args,
        kw,
        "BaseException",
        "__setstate__",
        1,
        is_exception,
    )?;
    let state = &rest[0];
    if state.is(&py.none) {
        return Ok(py.none());
    }
    if state.downcast::<dict::Dict>().is_none() {
        return Err(py.type_error("state is not a dictionary".to_string()));
    }
    for (k, v) in dict::items(state) {
        let name = crate::object::descr::attr_name(py, &k)?;
        obj::setattr(py, me, name, v)?;
    }
    Ok(py.none())
}

/// Gives the class methods of builtin types (a `classmethod` around an
/// unbound builtin, or a builtin bound to its type as `int.from_bytes` is
/// installed) the type `classmethod_descriptor`, as CPython. The payload
/// stays a `ClassMethod`, so binding works as before.
pub fn install_classmethod_descriptors(py: Py<'_>, types: &[Value]) {
    let slots = Slots {
        repr: Some(cmd_repr),
        getattr: Some(cmd_getattr),
        call: Some(cmd_call),
        ..Slots::default()
    };
    let cmd =
        TypeObject::new::<ClassMethod>("classmethod_descriptor", Some(&py.types.object), slots);
    let cmd = py.alloc(&py.types.type_, cmd);
    cmd.leak();
    if let Some(t) = cmd.downcast::<TypeObject>() {
        let get = py.new_builtin("__get__", super::descr_dunders::descr_dunder_get, None);
        t.dict.borrow_mut().insert("__get__".to_string(), get);
    }
    let t = &py.types;
    // Installed bound to their type; CPython's are class methods.
    let bound = [
        (&t.int, "from_bytes"),
        (&t.float, "fromhex"),
        (&t.bytes, "fromhex"),
        (&t.bytearray, "fromhex"),
    ];
    for ty in types {
        let Some(to) = ty.downcast::<TypeObject>() else {
            continue;
        };
        let mut d = to.dict.borrow_mut();
        let names: Vec<String> = d
            .iter()
            .filter(|(name, v)| {
                let plain = v.has_type(&py.types.classmethod)
                    && v.downcast::<ClassMethod>().is_some_and(|c| {
                        c.0.downcast::<Builtin>().is_some_and(|b| b.bound.is_none())
                    });
                let made_bound = bound.iter().any(|(bt, n)| bt.is(ty) && n == name)
                    && v.downcast::<Builtin>().is_some_and(|b| b.bound.is_some());
                plain || made_bound
            })
            .map(|(k, _)| k.to_string())
            .collect();
        for name in names {
            let Some(v) = d.get(&name).cloned() else {
                continue;
            };
            let f = match (v.downcast::<ClassMethod>(), v.downcast::<Builtin>()) {
                (Some(c), _) => c.0.clone(),
                (None, Some(b)) => py.new_builtin(b.name, for_subclasses(b), None),
                (None, None) => continue,
            };
            d.insert(name, py.alloc(&cmd, ClassMethod(f)));
        }
    }
}

/// The builtin function a classmethod descriptor wraps.
fn cmd_func(v: &Value) -> Option<&Builtin> {
    v.downcast::<ClassMethod>()?.0.downcast::<Builtin>()
}

/// The builtin type whose dict holds descriptor `v`.
fn cmd_owner(py: Py<'_>, v: &Value) -> Option<Value> {
    let name = cmd_func(v)?.name;
    let mut types = super::classes::builtin_types(py);
    types.extend(py.exc_types.0.iter().map(|(_, t)| t.clone()));
    types.into_iter().find(|ty| {
        ty.downcast::<TypeObject>()
            .is_some_and(|t| t.dict.borrow().get(name).is_some_and(|x| x.is(v)))
    })
}

fn owner_name(py: Py<'_>, v: &Value) -> String {
    cmd_owner(py, v)
        .and_then(|t| t.downcast::<TypeObject>().map(|t| t.name.to_string()))
        .unwrap_or_else(|| "?".to_string())
}

fn cmd_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let name = cmd_func(v).map_or("?", |b| b.name);
    Ok(format!(
        "<method '{name}' of '{}' objects>",
        owner_name(py, v)
    ))
}

fn cmd_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(b) = cmd_func(v) else {
        return Ok(None);
    };
    Ok(match name {
        "__name__" => Some(py.new_str(b.name)),
        "__qualname__" => Some(py.new_str(&format!("{}.{}", owner_name(py, v), b.name))),
        "__objclass__" => cmd_owner(py, v),
        "__doc__" => Some(py.none()),
        _ => None,
    })
}

/// `dict.__dict__['fromkeys'](dict, keys)`: the first argument is the class.
fn cmd_call(py: Py<'_>, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some(b) = cmd_func(v) else {
        return Err(py.type_error("'classmethod_descriptor' object is not callable".to_string()));
    };
    let owner = owner_name(py, v);
    let npos = args.len().saturating_sub(kwnames.len());
    if npos == 0 {
        return Err(py.type_error(format!(
            "descriptor '{}' of '{owner}' object needs an argument",
            b.name
        )));
    }
    let first = &args[0];
    let Some(ft) = first.downcast::<TypeObject>() else {
        return Err(py.type_error(format!(
            "descriptor '{}' for type '{owner}' needs a type, not a '{}' as arg 2",
            b.name,
            py.type_name(first)
        )));
    };
    if cmd_owner(py, v).is_some_and(|o| !is_subtype(first, &o)) {
        return Err(py.type_error(format!(
            "descriptor '{}' requires a subtype of '{owner}' but received '{}'",
            b.name, ft.name
        )));
    }
    let bound = py.new_builtin(b.name, b.f, Some(first.clone()));
    obj::call(py, &bound, &args[1..], kwnames)
}

/// Puts each builtin type's docstring in its dict, where instances find it
/// (`(5).__doc__`); types CPython documents nowhere get None.
pub fn install_docs(py: Py<'_>, types: &[Value]) {
    for ty in types {
        let Some(to) = ty.downcast::<TypeObject>() else {
            continue;
        };
        if to.dict.borrow().contains_key("__doc__") {
            continue;
        }
        let doc =
            super::docs::builtin_doc(py, ty, &to.name).map_or_else(|| py.none(), |d| py.new_str(d));
        to.dict.borrow_mut().insert("__doc__".to_string(), doc);
    }
}

/// `__qualname__` of a builtin function or method: the class of its receiver
/// (or the type holding it, unbound) then its name, as CPython's
/// `meth_get__qualname__`; plain functions have just their name.
pub fn builtin_qualname(py: Py<'_>, v: &Value, b: &Builtin) -> PyResult<String> {
    let owner = match &b.bound {
        Some(me) if py.type_obj(me).name == "module" => None,
        Some(me) if me.downcast::<TypeObject>().is_some() => Some(me.clone()),
        Some(me) => Some(py.type_of(me)),
        None => {
            return Ok(match super::classes::method_owner(py, v, b.name) {
                Some(owner) => format!("{owner}.{}", b.name),
                None => b.name.to_string(),
            })
        }
    };
    let Some(owner) = owner else {
        return Ok(b.name.to_string());
    };
    let q = obj::getattr(py, &owner, "__qualname__")?;
    Ok(format!(
        "{}.{}",
        obj::str::as_str(&q).unwrap_or("?"),
        b.name
    ))
}

/// The alternative constructors that CPython calls on a subclass with the
/// result (`MyInt.from_bytes(...)` is a `MyInt`).
fn for_subclasses(b: &Builtin) -> NativeFn {
    match b.name {
        "from_bytes" => int_from_bytes,
        "fromhex" if b.f as usize == (crate::object::float::fromhex as NativeFn) as usize => {
            float_fromhex
        }
        "fromhex" => bytes_fromhex,
        _ => b.f,
    }
}

/// `cls(r)` when the class method was called on a class defined in Python.
fn as_subclass(py: Py<'_>, args: &[Value], r: Value) -> PyResult<Value> {
    match args.first() {
        Some(cls) if cls.downcast::<TypeObject>().is_some_and(|t| t.heap) => {
            obj::call(py, cls, &[r], &[])
        }
        _ => Ok(r),
    }
}

fn int_from_bytes(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = crate::object::int_bytes::from_bytes(py, args, kw)?;
    as_subclass(py, args, r)
}

fn float_fromhex(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = crate::object::float::fromhex(py, args, kw)?;
    as_subclass(py, args, r)
}

fn bytes_fromhex(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = crate::object::bytes::fromhex(py, args, kw)?;
    as_subclass(py, args, r)
}
