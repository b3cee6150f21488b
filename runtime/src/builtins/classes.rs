//! Builtins of the class machinery (`vars`, `dir`, `delattr`, `property`,
//! `classmethod`, `staticmethod`, `NotImplemented`), the methods of
//! `object` and `type`, and the slot wrappers that put each builtin type's
//! dunders in its dict (`int.__add__`, `dict.__setitem__`, `object.__new__`).

use super::cpython_facts::{METHOD_DUNDERS, SUBCLASS_ORDER};
use crate::object::descr::{self, ClassMethod, SlotWrapper};
use crate::object::typeobj::{full_mro, is_subtype, NativeFn, TypeObject};
use crate::object::{self as obj, attr, dict, heaptype, list, PyResult};
use crate::value::Value;
use crate::vm::Py;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("vars", vars), ("dir", dir), ("delattr", delattr)];

/// Puts the class builtins in `builtins` and the dunders in the builtin types' dicts.
pub fn install(py: Py<'_>) {
    let b = &py.builtins;
    let put = |name: &str, v: Value| {
        let _ = dict::set_item(py, b, py.intern(name), v);
    };
    for &(name, f) in FUNCTIONS {
        put(name, py.new_builtin(name, f, None));
    }
    let t = &py.types;
    put("property", t.property.clone());
    put("classmethod", t.classmethod.clone());
    put("staticmethod", t.staticmethod.clone());
    put("NotImplemented", py.not_implemented.clone());
    add_methods(py, &t.property, descr::PROPERTY_METHODS);
    add_methods(py, &t.object, OBJECT_METHODS);
    add_methods(py, &t.type_, TYPE_METHODS);
    add_methods(py, &t.function, &[("__get__", function_get)]);
    add_methods(py, &t.int, &[("__format__", number_format)]);
    add_methods(py, &t.float, &[("__format__", number_format)]);
    super::descr_dunders::install(py);
    // `type.__prepare__` is a class method, as CPython's.
    if let Some(to) = t.type_.downcast::<TypeObject>() {
        let f = py.new_builtin("__prepare__", type_prepare, None);
        let cm = py.alloc(&t.classmethod, ClassMethod(f));
        to.dict.borrow_mut().insert("__prepare__".to_string(), cm);
    }
    super::type_dunders::install(py);
    if let Some(o) = t.object.downcast::<TypeObject>() {
        let class_methods: [(&'static str, NativeFn); 2] = [
            ("__init_subclass__", heaptype::object_init_subclass),
            ("__subclasshook__", object_subclasshook),
        ];
        for (name, f) in class_methods {
            let cm = py.alloc(&t.classmethod, ClassMethod(py.new_builtin(name, f, None)));
            o.dict.borrow_mut().insert(name.to_string(), cm);
        }
    }
    for ty in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset] {
        if let Some(o) = ty.downcast::<TypeObject>() {
            let f = py.new_builtin("__class_getitem__", descr::generic_class_getitem, None);
            let cm = py.alloc(&t.classmethod, ClassMethod(f));
            o.dict
                .borrow_mut()
                .insert("__class_getitem__".to_string(), cm);
        }
    }
    let all: Vec<Value> = builtin_types(py);
    for ty in &all {
        add_wrappers(py, ty);
    }
    // `__subclasses__()` of builtin types: the builtin types deriving from them.
    // They are listed in CPython's order (its creation order).
    let mut seen: Vec<Value> = Vec::new();
    let in_builtins = dict::items(&py.builtins).into_iter().map(|(_, v)| v);
    let exceptions = py.exc_types.0.iter().map(|(_, v)| v.clone());
    for ty in all.iter().cloned().chain(in_builtins).chain(exceptions) {
        let Some(t) = ty.downcast::<TypeObject>() else {
            continue;
        };
        if t.heap || seen.iter().any(|s| s.is(&ty)) {
            continue;
        }
        seen.push(ty.clone());
    }
    let rank = |ty: &Value| {
        let name = ty.downcast::<TypeObject>().map(|t| t.name.as_str());
        let known = SUBCLASS_ORDER.iter().position(|n| Some(*n) == name);
        known.unwrap_or(SUBCLASS_ORDER.len())
    };
    seen.sort_by_key(|ty| rank(ty));
    for ty in &seen {
        let Some(t) = ty.downcast::<TypeObject>() else {
            continue;
        };
        for b in &t.bases {
            if let Some(b) = b.downcast::<TypeObject>() {
                b.add_subclass(t);
            }
        }
    }
}

/// The builtin type whose dict holds builtin function `f` as a method
/// (`str.upper` is `<method 'upper' of 'str' objects>`).
pub fn method_owner(py: Py<'_>, f: &Value, name: &str) -> Option<String> {
    builtin_types(py).iter().find_map(|ty| {
        let t = ty.downcast::<TypeObject>()?;
        let held = t.dict.borrow().get(name).is_some_and(|m| m.is(f));
        held.then(|| t.name.to_string())
    })
}

pub(crate) fn builtin_types(py: Py<'_>) -> Vec<Value> {
    let t = &py.types;
    vec![
        t.object.clone(),
        t.type_.clone(),
        t.int.clone(),
        t.bool.clone(),
        t.float.clone(),
        t.str.clone(),
        t.tuple.clone(),
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
        t.slice.clone(),
        t.base_exception.clone(),
        t.function.clone(),
        t.builtin_function.clone(),
        t.method.clone(),
        t.none_type.clone(),
        t.property.clone(),
        t.classmethod.clone(),
        t.staticmethod.clone(),
        t.mappingproxy.clone(),
        t.generator.clone(),
        t.list_iterator.clone(),
        t.tuple_iterator.clone(),
        t.str_iterator.clone(),
        t.range_iterator.clone(),
        t.dict_keyiterator.clone(),
        t.dict_keys.clone(),
        t.dict_values.clone(),
        t.dict_items.clone(),
        t.enumerate.clone(),
        t.zip.clone(),
        t.map.clone(),
        t.filter.clone(),
        t.reversed.clone(),
        t.super_.clone(),
        t.generic_alias.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.complex.clone(),
        t.memoryview.clone(),
        t.str_wide_iterator.clone(),
        t.dict_valueiterator.clone(),
        t.dict_itemiterator.clone(),
        t.dict_reversekeyiterator.clone(),
        t.set_iterator.clone(),
        t.bytes_iterator.clone(),
        t.bytearray_iterator.clone(),
        t.list_reverseiterator.clone(),
        t.callable_iterator.clone(),
        t.getitem_iterator.clone(),
    ]
}

fn add_methods(py: Py<'_>, ty: &Value, methods: &[(&'static str, NativeFn)]) {
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

/// The dunders of the slots `ty` defines itself, and its `__new__`.
fn add_wrappers(py: Py<'_>, ty: &Value) {
    let Some(t) = ty.downcast::<TypeObject>() else {
        return;
    };
    let base_slots = t
        .base
        .as_ref()
        .and_then(|b| b.downcast::<TypeObject>())
        .map(|b| b.slots);
    let mut names = descr::slot_dunders(&t.slots, base_slots.as_ref());
    let is_object = ty.is(&py.types.object);
    if is_object {
        names.extend(["__getattribute__", "__setattr__", "__delattr__", "__init__"]);
        names.extend(["__eq__", "__ne__", "__hash__", "__repr__", "__str__"]);
    }
    for container in [&py.types.dict, &py.types.list, &py.types.set] {
        if ty.is(container) {
            names.push("__init__");
        }
    }
    let called = [
        &py.types.function,
        &py.types.builtin_function,
        &py.types.method,
    ];
    if called.iter().any(|c| ty.is(c)) {
        names.push("__call__");
    }
    // Mutable containers are unhashable: `__hash__` is None in their dict.
    let unhashable = [&py.types.list, &py.types.dict, &py.types.set];
    if unhashable.iter().any(|c| ty.is(c)) {
        t.dict
            .borrow_mut()
            .insert("__hash__".to_string(), py.none());
    }
    for name in names {
        if t.dict.borrow().contains_key(name) || super::cpython_dunders::lacks(&t.name, name) {
            continue;
        }
        let w = py.alloc(
            &py.types.wrapper_descriptor,
            SlotWrapper {
                name,
                owner: ty.clone(),
            },
        );
        t.dict.borrow_mut().insert(name.to_string(), w);
    }
    let makes = t.slots.new.is_some()
        && base_slots.map(|b| b.new.map(|f| f as usize)) != Some(t.slots.new.map(|f| f as usize));
    if (makes || is_object) && !t.dict.borrow().contains_key("__new__") {
        let f = py.new_builtin("__new__", heaptype::builtin_dunder_new, Some(ty.clone()));
        t.dict.borrow_mut().insert("__new__".to_string(), f);
    }
}

const OBJECT_METHODS: &[(&str, NativeFn)] = &[
    ("__format__", object_format),
    ("__dir__", object_dir),
    ("__reduce_ex__", object_reduce),
    ("__reduce__", object_reduce),
    ("__getstate__", object_getstate),
    ("__sizeof__", object_sizeof),
];

const TYPE_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", type_init),
    ("__prepare__", type_prepare),
    ("mro", type_mro),
    ("__subclasses__", type_subclasses),
    ("__instancecheck__", type_instancecheck),
    ("__subclasscheck__", type_subclasscheck),
];

/// `function.__get__(obj, type=None)`: a bound method, or the function.
fn function_get(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [f, o, ..] if !o.is(&py.none) => Ok(attr::new_method(py, f.clone(), o.clone())),
        [f, ..] => Ok(f.clone()),
        [] => Err(py.type_error("__get__ needs an argument".to_string())),
    }
}

/// `object.__subclasshook__`: no opinion (for `abc`).
fn object_subclasshook(py: Py<'_>, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(py.not_implemented.clone())
}

fn object_format(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, spec] = args else {
        return Err(py.type_error("__format__() takes exactly one argument".to_string()));
    };
    let spec = obj::str::as_str(spec).unwrap_or("");
    if !spec.is_empty() {
        return Err(py.type_error(format!(
            "unsupported format string passed to {}.__format__",
            py.type_name(me)
        )));
    }
    Ok(py.new_str(&obj::str(py, me)?))
}

/// `int.__format__` / `float.__format__`: the builtin format rules, also for
/// subclasses (an IntEnum's `__format__` is `int.__format__`).
fn number_format(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, spec] = args else {
        return Err(py.type_error(format!(
            "__format__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let Some(spec) = obj::str::as_str(spec) else {
        return Err(py.type_error(format!(
            "__format__() argument must be str, not {}",
            py.type_name(spec)
        )));
    };
    let out = crate::object::format::format_builtin(py, me, spec)?;
    Ok(py.new_str(&out))
}

fn object_dir(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(me) = args.first() else {
        return Err(py.type_error("__dir__() needs an argument".to_string()));
    };
    Ok(list::new(py, names_of(py, me)?))
}

fn object_reduce(py: Py<'_>, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(py.type_error("cannot pickle objects yet".to_string()))
}

/// `object.__getstate__()`: the instance dict, or None when it is empty.
fn object_getstate(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(me) = args.first() else {
        return Err(
            py.type_error("unbound method object.__getstate__() needs an argument".to_string())
        );
    };
    Ok(match attr::instance_dict(py, me) {
        Some(d) if !dict::items(&d).is_empty() => d,
        _ => py.none(),
    })
}

fn object_sizeof(py: Py<'_>, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(obj::int::new_i64(py, 16))
}

fn type_arg<'a>(py: Py<'_>, args: &'a [Value], what: &str) -> PyResult<&'a TypeObject> {
    args.first()
        .and_then(|t| t.downcast::<TypeObject>())
        .ok_or_else(|| py.type_error(format!("descriptor '{what}' requires a 'type' object")))
}

fn type_init(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len().saturating_sub(kwnames.len()).saturating_sub(1);
    if npos != 1 && npos != 3 {
        return Err(py.type_error("type.__init__() takes 1 or 3 arguments".to_string()));
    }
    Ok(py.none())
}

/// `type.__prepare__(name, bases, **kw)`: a fresh dict for the class body.
fn type_prepare(py: Py<'_>, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(dict::new(py))
}

fn type_mro(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    type_arg(py, args, "mro")?;
    Ok(list::new(py, full_mro(py, &args[0])))
}

fn type_subclasses(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = type_arg(py, args, "__subclasses__")?;
    let subs = t.subclass_values();
    Ok(list::new(py, subs))
}

fn type_instancecheck(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [cls, x] = args else {
        return Err(py.type_error("__instancecheck__ expects 1 argument".to_string()));
    };
    Ok(py.bool(obj::isinstance(py, x, cls)))
}

fn type_subclasscheck(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [cls, x] = args else {
        return Err(py.type_error("__subclasscheck__ expects 1 argument".to_string()));
    };
    Ok(py.bool(is_subtype(x, cls)))
}

/// `isinstance(x, cls)` through a metaclass's `__instancecheck__`; `None`
/// when `cls`'s metaclass does not define one.
pub fn instancecheck(py: Py<'_>, x: &Value, cls: &Value) -> PyResult<Option<bool>> {
    hook_check(py, x, cls, "__instancecheck__")
}

/// `issubclass(c, cls)` through a metaclass's `__subclasscheck__`.
pub fn subclasscheck(py: Py<'_>, c: &Value, cls: &Value) -> PyResult<Option<bool>> {
    hook_check(py, c, cls, "__subclasscheck__")
}

fn hook_check(py: Py<'_>, x: &Value, cls: &Value, name: &str) -> PyResult<Option<bool>> {
    let meta = py.type_obj(cls);
    let Some(d) = meta.lookup_heap(name) else {
        return Ok(None);
    };
    let mt = py.type_of(cls);
    let f = attr::descr_get(py, d, Some(cls), &mt)?;
    let r = obj::call(py, &f, std::slice::from_ref(x), &[])?;
    obj::truthy(py, &r).map(Some)
}

/// `abs`, `round`, `int`... on an instance of a Python class: its dunder,
/// called with `args`; `None` when the class does not define it.
pub fn call_dunder(py: Py<'_>, v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let t = py.type_obj(v);
    let Some(d) = t.lookup_heap(name) else {
        return Ok(None);
    };
    let ty = py.type_of(v);
    let f = attr::descr_get(py, d, Some(v), &ty)?;
    obj::call(py, &f, args, &[]).map(Some)
}

/// `format(v, spec)` for instances of Python classes: their `__format__`,
/// else `object.__format__` over `object`; `None` for other objects.
pub fn format_hook(py: Py<'_>, v: &Value, spec: &str) -> PyResult<Option<String>> {
    let t = py.type_obj(v);
    if !t.heap {
        return Ok(None);
    }
    if let Some(r) = call_dunder(py, v, "__format__", &[py.new_str(spec)])? {
        return match obj::str::as_str(&r) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(py.type_error(format!(
                "__format__ must return a str, not {}",
                py.type_name(&r)
            ))),
        };
    }
    if v.downcast::<crate::object::instance::Instance>().is_some() {
        if !spec.is_empty() {
            return Err(py.type_error(format!(
                "unsupported format string passed to {}.__format__",
                t.name
            )));
        }
        return Ok(Some(obj::str(py, v)?));
    }
    Ok(None)
}

/// A binary dunder outside the operator table (`divmod`): `a.name(b)`, then
/// `b.rname(a)`; `None` when neither is a Python class defining them.
pub fn binary_dunder(
    py: Py<'_>,
    a: &Value,
    b: &Value,
    name: &str,
    rname: &str,
) -> PyResult<Option<Value>> {
    if let Some(r) = call_dunder(py, a, name, std::slice::from_ref(b))? {
        if !r.is(&py.not_implemented) {
            return Ok(Some(r));
        }
    }
    if !py.type_of(a).is(&py.type_of(b)) {
        if let Some(r) = call_dunder(py, b, rname, std::slice::from_ref(a))? {
            if !r.is(&py.not_implemented) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

/// `int(x)`, `float(x)`, `operator.index(x)` on an instance of a Python
/// class: the first of `names` it defines, checked to return an int (or a
/// float for `__float__`); `None` when it defines none.
pub fn number_hook(py: Py<'_>, v: &Value, names: &[&str]) -> PyResult<Option<Value>> {
    let t = py.type_obj(v);
    if !t.heap {
        return Ok(None);
    }
    for &name in names {
        let Some(r) = call_dunder(py, v, name, &[])? else {
            continue;
        };
        let ok = if name == "__float__" {
            r.downcast::<crate::object::float::Float>().is_some()
        } else {
            obj::int::int_ref(py, &r).is_some()
        };
        if !ok {
            // CPython names the class only in the `__float__` message.
            let msg = if name == "__float__" {
                format!(
                    "{}.__float__ returned non-float (type {})",
                    py.type_name(v),
                    py.type_name(&r)
                )
            } else {
                format!("{name} returned non-int (type {})", py.type_name(&r))
            };
            return Err(py.type_error(msg));
        }
        return Ok(Some(r));
    }
    Ok(None)
}

/// Whether `v` can be called (`callable()`).
pub fn is_callable(py: Py<'_>, v: &Value) -> bool {
    let t = py.type_obj(v);
    if t.heap {
        return t.lookup_heap("__call__").is_some() || t.base_slots.call.is_some();
    }
    t.slots.call.is_some()
}

fn vars(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("vars() takes no keyword arguments".to_string()));
    }
    match args {
        [v] => obj::getattr(py, v, "__dict__").map_err(|e| {
            if e.matches(py, &py.types.attribute_error) {
                py.type_error("vars() argument must have __dict__ attribute".to_string())
            } else {
                e
            }
        }),
        [] => Ok(crate::builtins::exec::caller_namespace(py)?.1),
        _ => Err(py.type_error(format!(
            "vars expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `dir(v)` as Rust strings (for "Did you mean" suggestions).
pub fn attribute_names(py: Py<'_>, v: &Value) -> PyResult<Vec<String>> {
    let names = dir_of(py, v)?;
    Ok(names
        .iter()
        .filter_map(|n| obj::str::as_str(n).map(str::to_string))
        .collect())
}

/// The attribute names of `v`: its dict, then its class and the MRO (or, for
/// a class, its MRO and nothing of the metaclass), sorted.
fn names_of(py: Py<'_>, v: &Value) -> PyResult<Vec<Value>> {
    let mut names: Vec<String> = Vec::new();
    let mut push = |n: &str| {
        if !names.iter().any(|x| x == n) {
            names.push(n.to_string());
        }
    };
    let classes = if v.downcast::<TypeObject>().is_some() {
        full_mro(py, v)
    } else {
        if let Some(d) = attr::instance_dict(py, v) {
            for (k, _) in dict::items(&d) {
                if let Some(k) = obj::str::as_str(&k) {
                    push(k);
                }
            }
        }
        push("__class__");
        full_mro(py, &py.type_of(v))
    };
    for c in &classes {
        if let Some(t) = c.downcast::<TypeObject>() {
            for k in t.dict.borrow().keys() {
                push(k);
            }
            // Builtin types serve these from hooks, not from their dicts.
            if !t.heap {
                for k in super::cpython_dunders::data_attrs(&t.name) {
                    push(k);
                }
                // Every builtin type's dict has `__doc__` in CPython.
                push("__doc__");
            }
        }
    }
    names.sort();
    Ok(names.iter().map(|n| py.new_str(n)).collect())
}

fn dir(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("dir() takes no keyword arguments".to_string()));
    }
    match args {
        [v] => Ok(list::new(py, dir_of(py, v)?)),
        [] => {
            // The caller's local names, sorted.
            let (_, locals) = crate::builtins::exec::caller_namespace(py)?;
            let keys = obj::collect(py, &locals)?;
            let names = list::sort_values(py, keys, None, false).map_err(|(_, e)| e)?;
            Ok(list::new(py, names))
        }
        _ => Err(py.type_error(format!(
            "dir expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `dir(v)`: the class's `__dir__`, a module's names, or the attribute names.
fn dir_of(py: Py<'_>, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(t) = py.type_obj(v).lookup_heap("__dir__") {
        let ty = py.type_of(v);
        let f = attr::descr_get(py, t, Some(v), &ty)?;
        let r = obj::call(py, &f, &[], &[])?;
        let items = obj::collect(py, &r)?;
        return list::sort_values(py, items, None, false).map_err(|(_, e)| e);
    }
    if py.type_obj(v).name == "module" {
        if let Ok(d) = obj::getattr(py, v, "__dict__") {
            let keys: Vec<Value> = dict::items(&d).into_iter().map(|(k, _)| k).collect();
            return list::sort_values(py, keys, None, false).map_err(|(_, e)| e);
        }
    }
    names_of(py, v)
}

fn delattr(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("delattr() takes no keyword arguments".to_string()));
    }
    let [o, n] = args else {
        return Err(py.type_error(format!("delattr expected 2 arguments, got {}", args.len())));
    };
    let name = descr::attr_name(py, n)?;
    obj::delattr(py, o, name)?;
    Ok(py.none())
}

/// Gives the unbound methods in builtin types' dicts the type
/// `method_descriptor`, as CPython (`type(str.upper)`), instead of the type
/// of plain builtin functions. Same payload and slots: only the name differs.
/// Runs once, after every start-up table has filled the dicts.
pub fn install_method_descriptors(py: Py<'_>) {
    use crate::object::function::{builtin_slots, Builtin};
    let md =
        TypeObject::new::<Builtin>("method_descriptor", Some(&py.types.object), builtin_slots());
    let md = py.alloc(&py.types.type_, md);
    md.leak();
    // Operator dunders kept as builtin functions look like slot wrappers.
    let wd = TypeObject::new::<Builtin>(
        "wrapper_descriptor",
        Some(&py.types.object),
        builtin_slots(),
    );
    let wd = py.alloc(&py.types.type_, wd);
    wd.leak();
    let get: &[(&'static str, NativeFn)] = &[("__get__", super::descr_dunders::descr_dunder_get)];
    super::descr_dunders::put(py, &md, get);
    super::descr_dunders::put(py, &wd, get);
    let mut types = builtin_types(py);
    types.extend(py.exc_types.0.iter().map(|(_, v)| v.clone()));
    super::type_dunders::install_classmethod_descriptors(py, &types);
    super::type_dunders::install_docs(py, &types);
    for ty in &types {
        let Some(t) = ty.downcast::<TypeObject>() else {
            continue;
        };
        let mut d = t.dict.borrow_mut();
        let names: Vec<String> = d
            .iter()
            .filter(|(_, v)| {
                v.downcast::<Builtin>().is_some_and(|b| b.bound.is_none())
                    && py.type_of(v).is(&py.types.builtin_function)
            })
            .map(|(k, _)| k.to_string())
            .collect();
        for name in names {
            let Some(b) = d.get(&name).and_then(|v| v.downcast::<Builtin>()) else {
                continue;
            };
            let dunder = name.starts_with("__") && name.ends_with("__");
            let ty = if dunder && !METHOD_DUNDERS.contains(&name.as_str()) {
                &wd
            } else {
                &md
            };
            let m = py.alloc(
                ty,
                Builtin {
                    name: b.name,
                    f: b.f,
                    bound: None,
                    flags: b.flags,
                },
            );
            d.insert(name, m);
        }
    }
}
