//! The attribute protocol: `object.__getattribute__` / `__setattr__` /
//! `__delattr__` with descriptors, their `type` counterparts, and the
//! hooks a class may define (`__getattribute__`, `__getattr__`,
//! `__setattr__`, `__delattr__`), as CPython's `PyObject_GenericGetAttr`.

use crate::object::descr::{
    self, ClassMethod, GetSet, Member, Property, SlotWrapper, StaticMethod,
};
use crate::object::exception::ExceptionData;
use crate::object::function::{Builtin, Function};
use crate::object::instance::{self as inst_mod, Attrs, Instance, Method};
use crate::object::typeobj::{self, TypeObject};
use crate::object::{self as obj, dict, PyErr, PyResult};
use crate::value::Value;
use crate::vm::cache::{self, AttrCache, AttrEntry, AttrKind};
use crate::vm::Py;

/// The attribute dict of an instance, if it has one (made for an instance
/// keeping its values inline).
pub fn instance_dict(py: Py<'_>, v: &Value) -> Option<Value> {
    if let Some(i) = v.downcast::<Instance>() {
        return Some(i.dict(py, py.type_obj(v)));
    }
    dict_if_made(v)
}

/// The attribute dict of an object, if it has one now (none is made).
fn dict_if_made(v: &Value) -> Option<Value> {
    if let Some(i) = v.downcast::<Instance>() {
        return i.dict_if_made();
    }
    if let Some(d) = crate::object::module::dict_of(v) {
        return Some(d);
    }
    if let Some(c) = v.dict_cell() {
        return c.borrow().clone();
    }
    v.downcast::<ExceptionData>()
        .and_then(|e| e.dict.borrow().clone())
}

/// The attribute dict of an instance, made on first use; `None` when its
/// type gives it none (`__slots__`, most builtin types).
pub fn instance_dict_made(py: Py<'_>, v: &Value) -> Option<Value> {
    if v.downcast::<TypeObject>().is_some() {
        return None;
    }
    // A module's attributes are its namespace, whatever its class says.
    if let Some(d) = crate::object::module::dict_of(v) {
        return Some(d);
    }
    let t = py.type_obj(v);
    if t.heap && !t.has_dict {
        return None;
    }
    if let Some(i) = v.downcast::<Instance>() {
        return Some(i.dict(py, t));
    }
    if let Some(c) = v.dict_cell() {
        return Some(c.borrow_mut().get_or_insert_with(|| dict::new(py)).clone());
    }
    v.downcast::<ExceptionData>().map(|e| {
        e.dict
            .borrow_mut()
            .get_or_insert_with(|| dict::new(py))
            .clone()
    })
}

/// Whether `d`'s type defines `__set__` or `__delete__` (it wins over the
/// instance dict).
pub fn is_data_descr(py: Py<'_>, d: &Value) -> bool {
    if d.is_int() || d.downcast::<Function>().is_some() {
        return false;
    }
    if d.downcast::<Property>().is_some()
        || d.downcast::<Member>().is_some()
        || d.downcast::<GetSet>().is_some()
    {
        return true;
    }
    let t = py.type_obj(d);
    t.heap && (t.lookup_heap("__set__").is_some() || t.lookup_heap("__delete__").is_some())
}

pub fn new_method(py: Py<'_>, func: Value, me: Value) -> Value {
    py.alloc(&py.types.method, Method { func, me })
}

/// `d.__get__(me, owner)`: binds functions, unwraps static and class
/// methods, runs properties and descriptors defined in Python.
pub fn descr_get(py: Py<'_>, d: Value, me: Option<&Value>, owner: &Value) -> PyResult<Value> {
    // A Python subclass of a builtin descriptor may override `__get__`.
    let dt = py.type_obj(&d);
    if dt.heap {
        if let Some(get) = dt.lookup_heap("__get__") {
            let inst = me.cloned().unwrap_or_else(|| py.none());
            return obj::call(py, &get, &[d.clone(), inst, owner.clone()], &[]);
        }
    }
    if let Some(m) = me {
        if obj::method_wrapper::binds_as_wrapper(py, &d) {
            return Ok(obj::method_wrapper::new(py, d, m.clone()));
        }
    }
    if d.downcast::<Function>().is_some() || d.downcast::<SlotWrapper>().is_some() {
        return Ok(match me {
            Some(m) => new_method(py, d, m.clone()),
            None => d,
        });
    }
    if let Some(b) = d.downcast::<Builtin>() {
        return Ok(match me {
            Some(m) if b.bound.is_none() => py.new_builtin(b.name, b.f, Some(m.clone())),
            _ => d,
        });
    }
    if let Some(c) = d.downcast::<ClassMethod>() {
        // A builtin type's own class methods (`dict.fromkeys`) bind as
        // builtin methods, as CPython's classmethod descriptors do.
        if let Some(b) = c.0.downcast::<Builtin>() {
            let of_builtin_type = b.bound.is_none()
                && typeobj::full_mro(py, owner).iter().any(|t| {
                    t.downcast::<TypeObject>().is_some_and(|t| {
                        !t.heap && t.dict.borrow().get(b.name).is_some_and(|x| x.is(&d))
                    })
                });
            if of_builtin_type {
                return Ok(py.new_builtin(b.name, b.f, Some(owner.clone())));
            }
        }
        return Ok(new_method(py, c.0.clone(), owner.clone()));
    }
    if let Some(s) = d.downcast::<StaticMethod>() {
        return Ok(s.0.clone());
    }
    if let Some(p) = d.downcast::<Property>() {
        return match me {
            Some(m) => descr::property_get(py, p, m),
            None => Ok(d),
        };
    }
    if let Some(m) = d.downcast::<Member>() {
        return match me {
            Some(o) => descr::member_get(py, m, o),
            None => Ok(d),
        };
    }
    if let Some(g) = d.downcast::<GetSet>() {
        return match me {
            Some(o) => descr::getset_get(py, g, o),
            None => Ok(d),
        };
    }
    Ok(d)
}

fn no_attr(py: Py<'_>, v: &Value, name: &str) -> PyErr {
    let e = match v.downcast::<TypeObject>() {
        Some(t) => py.new_error(
            &py.types.attribute_error,
            format!("type object '{}' has no attribute '{name}'", t.name),
        ),
        None => py.attribute_error(v, name),
    };
    // As CPython's AttributeError: `name` and `obj`, for "Did you mean".
    if let Some(d) = instance_dict_made(py, &e.0) {
        let _ = dict::set_item(py, &d, py.intern("name"), py.new_str(name));
        let _ = dict::set_item(py, &d, py.intern("obj"), v.clone());
    }
    e
}

/// `object.__getattribute__(v, name)` (and `type.__getattribute__` for types).
pub fn generic_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Value> {
    generic_getattr_key(py, v, &py.intern(name), name)
}

/// `generic_getattr` with the name also as an interned str `key`, which
/// the type attribute cache and the instance dict are probed with.
fn generic_getattr_key(py: Py<'_>, v: &Value, key: &Value, name: &str) -> PyResult<Value> {
    if v.downcast::<TypeObject>().is_some() {
        return type_getattr(py, v, key, name);
    }
    if name == "__class__" {
        return Ok(py.type_of(v));
    }
    let t = py.type_obj(v);
    let found = cache::type_lookup(py, t, key);
    if let Some(d) = &found {
        if is_data_descr(py, d) {
            return descr_get(py, d.clone(), Some(v), &py.type_of(v));
        }
    }
    if name == "__dict__" {
        if let Some(d) = instance_dict_made(py, v) {
            return Ok(d);
        }
    } else if let Some(i) = v.downcast::<Instance>() {
        if t.has_dict {
            if let Some(x) = i.get_attr(py, t, key)? {
                return Ok(x);
            }
        }
    } else if let Some(d) = dict_if_made(v) {
        if !t.heap || t.has_dict {
            if let Some(x) = dict::get_interned(py, &d, key)? {
                return Ok(x);
            }
        }
    }
    if let Some(f) = t.slots.getattr {
        if let Some(r) = f(py, v, name)? {
            return Ok(r);
        }
    }
    if let Some(d) = found {
        return descr_get(py, d, Some(v), &py.type_of(v));
    }
    Err(no_attr(py, v, name))
}

/// `type.__getattribute__(cls, name)`: data descriptors of the metatype,
/// then the class's MRO (descriptors get no instance), then the metatype.
fn type_getattr(py: Py<'_>, v: &Value, key: &Value, name: &str) -> PyResult<Value> {
    let meta = py.type_of(v);
    let meta_attr = lookup_key(py, &meta, key);
    if let Some(d) = &meta_attr {
        if is_data_descr(py, d) {
            return descr_get(py, d.clone(), Some(v), &meta);
        }
    }
    if name == "__class__" {
        return Ok(meta);
    }
    if let Some(r) = typeobj::type_getattr(py, v, name)? {
        return Ok(r);
    }
    if let Some(d) = lookup_key(py, v, key) {
        return descr_get(py, d, None, v);
    }
    if let Some(d) = meta_attr {
        return descr_get(py, d, Some(v), &meta);
    }
    Err(no_attr(py, v, name))
}

/// `lookup_in` with an interned name, through the type attribute cache.
fn lookup_key(py: Py<'_>, ty: &Value, key: &Value) -> Option<Value> {
    let t = ty.downcast::<TypeObject>()?;
    cache::type_lookup(py, t, key).or_else(|| {
        if t.mro.iter().any(typeobj::is_object_type) || typeobj::is_object_type(ty) {
            return None;
        }
        let o = py.types.object.downcast::<TypeObject>()?;
        cache::type_lookup(py, o, key)
    })
}

/// `name` along the whole MRO of type `ty` (`type` itself lacks `object`
/// in its stored MRO).
pub fn lookup_in(py: Py<'_>, ty: &Value, name: &str) -> Option<Value> {
    let t = ty.downcast::<TypeObject>()?;
    t.lookup(name).or_else(|| {
        if t.mro.iter().any(typeobj::is_object_type) || typeobj::is_object_type(ty) {
            return None;
        }
        py.types
            .object
            .downcast::<TypeObject>()?
            .dict
            .borrow()
            .get(name)
            .cloned()
    })
}

fn is_attr_error(py: Py<'_>, e: &PyErr) -> bool {
    e.matches(py, &py.types.attribute_error)
}

/// `v.name`, with the class's `__getattribute__` and `__getattr__` hooks.
pub fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Value> {
    getattr_key(py, v, &py.intern(name), name)
}

/// `v.name` for an interned str `key` (LOAD_ATTR's names).
#[inline]
pub fn getattr_interned(py: Py<'_>, v: &Value, key: &Value) -> PyResult<Value> {
    match super::str::as_str(key) {
        Some(name) => getattr_key(py, v, key, name),
        None => Err(py.type_error("attribute name must be string".to_string())),
    }
}

fn getattr_key(py: Py<'_>, v: &Value, key: &Value, name: &str) -> PyResult<Value> {
    let t = py.type_obj(v);
    if !t.heap {
        return generic_getattr_key(py, v, key, name);
    }
    let ga = if t.has_hook(1) {
        t.lookup_heap("__getattribute__")
    } else {
        None
    };
    let r = match &ga {
        Some(ga) => obj::call(py, ga, &[v.clone(), key.clone()], &[]),
        None => generic_getattr_key(py, v, key, name),
    };
    match r {
        Err(e) if is_attr_error(py, &e) && t.has_hook(2) => match t.lookup_heap("__getattr__") {
            Some(g) => obj::call(py, &g, &[v.clone(), key.clone()], &[])
                .map_err(|e| with_attr_context(py, e, v, name)),
            None => Err(with_attr_context(py, e, v, name)),
        },
        Err(e) if ga.is_some() => Err(with_attr_context(py, e, v, name)),
        r => r,
    }
}

/// As CPython's `set_attribute_error_context`: an AttributeError a class's
/// hook raised without `name` and `obj` gets them, for "Did you mean".
fn with_attr_context(py: Py<'_>, e: PyErr, v: &Value, name: &str) -> PyErr {
    if !is_attr_error(py, &e) {
        return e;
    }
    use crate::object::exception::{get_attr, set_attr};
    let known = |k: &str| get_attr(&e.0, k).is_some_and(|x| !x.is(&py.none));
    if !known("name") && !known("obj") {
        set_attr(&e.0, "name", py.new_str(name));
        set_attr(&e.0, "obj", v.clone());
    }
    e
}

/// `v.name = x` (`x` given) or `del v.name`, with the class's hooks.
pub fn setattr(py: Py<'_>, v: &Value, name: &str, x: Option<Value>) -> PyResult<()> {
    setattr_key(py, v, &py.intern(name), name, x)
}

/// `v.name = x` for an interned str `key` (STORE_ATTR's names).
#[inline]
pub fn setattr_interned(py: Py<'_>, v: &Value, key: &Value, x: Option<Value>) -> PyResult<()> {
    match super::str::as_str(key) {
        Some(name) => setattr_key(py, v, key, name, x),
        None => Err(py.type_error("attribute name must be string".to_string())),
    }
}

fn setattr_key(py: Py<'_>, v: &Value, key: &Value, name: &str, x: Option<Value>) -> PyResult<()> {
    let t = py.type_obj(v);
    let (hook, bit) = if x.is_some() {
        ("__setattr__", 4)
    } else {
        ("__delattr__", 8)
    };
    if t.heap && t.has_hook(bit) {
        if let Some(f) = t.lookup_heap(hook) {
            let mut args = vec![v.clone(), key.clone()];
            args.extend(x);
            obj::call(py, &f, &args, &[])?;
            return Ok(());
        }
    }
    generic_setattr_key(py, v, key, name, x)
}

/// Runs a data descriptor's `__set__`/`__delete__`; false when `d` is none.
pub(crate) fn descr_set(py: Py<'_>, d: &Value, me: &Value, x: &Option<Value>) -> PyResult<bool> {
    let dt = py.type_obj(d);
    let overridden =
        dt.heap && (dt.lookup_heap("__set__").is_some() || dt.lookup_heap("__delete__").is_some());
    if let (Some(p), false) = (d.downcast::<Property>(), overridden) {
        descr::property_set(py, p, me, x.clone())?;
        return Ok(true);
    }
    if let Some(m) = d.downcast::<Member>() {
        descr::member_set(py, m, me, x.clone())?;
        return Ok(true);
    }
    if let Some(g) = d.downcast::<GetSet>() {
        descr::getset_set(py, g, me)?;
        return Ok(true);
    }
    let t = py.type_obj(d);
    if !t.heap {
        return Ok(false);
    }
    match x {
        Some(x) => match t.lookup_heap("__set__") {
            Some(f) => {
                obj::call(py, &f, &[d.clone(), me.clone(), x.clone()], &[])?;
                Ok(true)
            }
            None if t.lookup_heap("__delete__").is_some() => {
                Err(py.new_error(&py.types.attribute_error, "__set__".to_string()))
            }
            None => Ok(false),
        },
        None => match t.lookup_heap("__delete__") {
            Some(f) => {
                obj::call(py, &f, &[d.clone(), me.clone()], &[])?;
                Ok(true)
            }
            None if t.lookup_heap("__set__").is_some() => {
                Err(py.new_error(&py.types.attribute_error, "__delete__".to_string()))
            }
            None => Ok(false),
        },
    }
}

/// `object.__setattr__` / `object.__delattr__` (`x` is `None` to delete).
pub fn generic_setattr(py: Py<'_>, v: &Value, name: &str, x: Option<Value>) -> PyResult<()> {
    generic_setattr_key(py, v, &py.intern(name), name, x)
}

fn generic_setattr_key(
    py: Py<'_>,
    v: &Value,
    key: &Value,
    name: &str,
    x: Option<Value>,
) -> PyResult<()> {
    if v.downcast::<TypeObject>().is_some() {
        return type_setattr(py, v, name, x);
    }
    let t = py.type_obj(v);
    if name == "__class__" {
        return set_class(py, v, x);
    }
    let found = cache::type_lookup(py, t, key);
    if name == "__dict__"
        && found
            .as_ref()
            .is_some_and(|d| d.downcast::<GetSet>().is_some())
    {
        if let Some(i) = v.downcast::<Instance>() {
            if let Some(x) = &x {
                if !obj::isinstance(py, x, &py.types.dict) {
                    return Err(py.type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        py.type_name(x)
                    )));
                }
            }
            i.set_dict(x);
            return Ok(());
        }
    }
    if let Some(d) = &found {
        if descr_set(py, d, v, &x)? {
            return Ok(());
        }
    }
    // A function's own attributes live in its fields, not its dict.
    if let (Some(_), Some(x)) = (v.downcast::<Function>(), &x) {
        if crate::object::function::is_field(name) {
            return crate::object::function::setattr(py, v, name, x.clone());
        }
    }
    // So do an exception's `args`, chaining links and builtin attributes.
    if let (Some(e), Some(x)) = (v.downcast::<ExceptionData>(), &x) {
        let field = matches!(
            name,
            "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__"
        ) || e.attrs.borrow().iter().any(|(n, _)| *n == name);
        if field {
            return crate::object::exception::setattr(py, v, name, x.clone());
        }
    }
    // A frame's writable attributes are fields (`f_trace`...).
    if v.downcast::<crate::object::frameobj::FrameObject>()
        .is_some()
    {
        return crate::object::frameobj::setattr(py, v, name, x);
    }
    if let Some(i) = v.downcast::<Instance>() {
        if t.has_dict {
            return match i.set_attr(py, t, key, x)? {
                true => Ok(()),
                false => Err(py.attribute_error(v, name)),
            };
        }
    }
    // Struct sequences (`time.struct_time`) take no attributes.
    if let Some(e) = crate::modules::util::struct_seq_setattr_error(py, t, name) {
        return Err(e);
    }
    if let Some(d) = instance_dict_made(py, v) {
        let key = key.clone();
        return match x {
            Some(x) => dict::set_item(py, &d, key, x),
            None => match dict::del_item(py, &d, &key)? {
                Some(_) => Ok(()),
                None => Err(py.attribute_error(v, name)),
            },
        };
    }
    if found.is_some() {
        return Err(py.new_error(
            &py.types.attribute_error,
            format!("'{}' object attribute '{name}' is read-only", t.name),
        ));
    }
    // Data attributes builtin types serve from hooks (`(1).real`).
    let builtin_owner = std::iter::once(t)
        .chain(t.mro.iter().filter_map(|m| m.downcast::<TypeObject>()))
        .filter(|o| !o.heap)
        .find(|o| crate::builtins::cpython_dunders::data_attrs(&o.name).contains(&name));
    if let Some(o) = builtin_owner {
        let member = format!("{}.{name}", o.name);
        let is_member = crate::builtins::cpython_facts::MEMBERS
            .binary_search(&member.as_str())
            .is_ok();
        return Err(py.new_error(
            &py.types.attribute_error,
            if is_member {
                "readonly attribute".to_string()
            } else {
                format!("attribute '{name}' of '{}' objects is not writable", o.name)
            },
        ));
    }
    Err(py.attribute_error(v, name))
}

/// `obj.__class__ = C`, between classes defined in Python of one layout.
fn set_class(py: Py<'_>, v: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(new) = x else {
        return Err(py.type_error("can't delete __class__ attribute".to_string()));
    };
    let Some(nt) = new.downcast::<TypeObject>() else {
        return Err(py.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            py.type_name(&new)
        )));
    };
    let t = py.type_obj(v);
    if !t.heap || !nt.heap {
        return Err(py.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses"
                .to_string(),
        ));
    }
    // Inline values are keyed by the old class's names: the instance keeps
    // a dict under its new class.
    if let Some(i) = v.downcast::<Instance>() {
        if t.slot_names == nt.slot_names && t.has_dict == nt.has_dict {
            i.dict(py, t);
        }
    }
    if t.slot_names != nt.slot_names || t.has_dict != nt.has_dict || !v.set_type(&new) {
        return Err(py.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name, t.name
        )));
    }
    Ok(())
}

fn type_setattr(py: Py<'_>, v: &Value, name: &str, x: Option<Value>) -> PyResult<()> {
    let mt = py.type_obj(v);
    if let Some(d) = mt.lookup(name) {
        if descr_set(py, &d, v, &x)? {
            return Ok(());
        }
    }
    let Some(t) = v.downcast::<TypeObject>() else {
        return Err(py.attribute_error(v, name));
    };
    if !t.heap {
        return Err(py.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            t.name
        )));
    }
    if name == "__name__" || name == "__qualname__" {
        return set_type_name(py, t, name, x);
    }
    match x {
        Some(x) => {
            let old = t.dict.borrow_mut().insert(name.to_string(), x);
            t.modified();
            drop(old);
            if name == "__del__" {
                refresh_finalizer(t);
            }
            if super::typeobj::hook_bit(name).is_some() {
                refresh_hooks(t);
            }
            Ok(())
        }
        None => {
            let removed = t.dict.borrow_mut().remove(name);
            t.modified();
            match removed {
                Some(_) => {
                    if name == "__del__" {
                        refresh_finalizer(t);
                    }
                    if super::typeobj::hook_bit(name).is_some() {
                        refresh_hooks(t);
                    }
                    Ok(())
                }
                None => Err(no_attr(py, v, name)),
            }
        }
    }
}

/// `C.__name__ = x` / `C.__qualname__ = x` on a Python class, with CPython's
/// checks.
fn set_type_name(py: Py<'_>, t: &TypeObject, name: &str, x: Option<Value>) -> PyResult<()> {
    let shown = t.current_name();
    let Some(x) = x else {
        return Err(py.type_error(format!(
            "cannot delete '{name}' attribute of immutable type '{shown}'"
        )));
    };
    let Some(s) = super::str::as_str(&x) else {
        return Err(py.type_error(format!(
            "can only assign string to {shown}.{name}, not '{}'",
            py.type_name(&x)
        )));
    };
    if name == "__qualname__" {
        *t.qualname.borrow_mut() = s.to_string();
        return Ok(());
    }
    if s.contains('\0') {
        return Err(py.value_error("type name must not contain null characters".to_string()));
    }
    *t.renamed.borrow_mut() = Some(s.to_string());
    Ok(())
}

/// Recomputes whether instances of `t` and of its subclasses run `__del__`,
/// after a class assignment or deletion of `__del__` (set at class creation).
fn refresh_finalizer(t: &TypeObject) {
    t.has_finalizer.set(t.lookup("__del__").is_some());
    for sub in t.subclass_values() {
        if let Some(st) = sub.downcast::<TypeObject>() {
            refresh_finalizer(st);
        }
    }
}

/// Recomputes the attribute-hook bits of `t` and its subclasses after one of
/// the hooks was assigned or deleted on `t`.
fn refresh_hooks(t: &TypeObject) {
    t.refresh_hooks();
    for sub in t.subclass_values() {
        if let Some(st) = sub.downcast::<TypeObject>() {
            refresh_hooks(st);
        }
    }
}

/// For LOAD_METHOD: a function found on the type, to call with `v`
/// prepended (no bound method is made), or else the attribute.
pub fn get_method(py: Py<'_>, v: &Value, name: &str) -> PyResult<(Option<Value>, Value)> {
    get_method_interned(py, v, &py.intern(name))
}

/// `get_method` for an interned str `key` (LOAD_METHOD's names).
pub fn get_method_interned(py: Py<'_>, v: &Value, key: &Value) -> PyResult<(Option<Value>, Value)> {
    let t = py.type_obj(v);
    // Only objects with the generic protocol: a type with native attributes
    // (`super`, functions) looks them up first.
    let plain = t.slots.getattr.is_none()
        && !(t.heap && t.has_hook(1))
        && v.downcast::<TypeObject>().is_none();
    if plain {
        if let Some(m) = cache::type_lookup(py, t, key) {
            let unbound = m.downcast::<Function>().is_some()
                || m.downcast::<SlotWrapper>().is_some()
                || m.downcast::<Builtin>().is_some_and(|b| b.bound.is_none());
            if unbound {
                let shadowed = instance_has(py, v, key)?;
                if !shadowed {
                    return Ok((Some(m), v.clone()));
                }
            }
        }
    }
    Ok((None, getattr_interned(py, v, key)?))
}

/// The attribute cache entry saying that instances of `t` (the type of `v`)
/// keep `key` in their dict: a plain instance, no `__getattribute__`, no
/// data descriptor (nor anything whose class could grow `__set__`) on the
/// type. `None` when that does not hold or `v`'s dict lacks the key.
fn dict_attr_entry(py: Py<'_>, v: &Value, t: &TypeObject, key: &Value) -> Option<AttrEntry> {
    let inst = v.downcast::<Instance>()?;
    if !t.heap || !t.has_dict || t.has_hook(1) {
        return None;
    }
    if matches!(super::str::as_str(key)?, "__class__" | "__dict__") {
        return None;
    }
    let found = cache::type_lookup(py, t, key);
    if let Some(d) = &found {
        if py.type_obj(d).heap || is_data_descr(py, d) {
            return None;
        }
    }
    let tag = t.version_tag();
    let at = match inst.dict_if_made() {
        Some(d) => dict::index_of(py, &d, key).map(|ix| (AttrKind::Dict, ix)),
        None => {
            let ix = inst_mod::key_index(t, key);
            let present = match (&*inst.attrs.borrow(), ix) {
                (Attrs::Values(vals), Some(ix)) => vals.get(ix).is_some_and(Option::is_some),
                _ => false,
            };
            ix.filter(|_| present).map(|ix| (AttrKind::Inline, ix))
        }
    };
    match at {
        Some((kind, ix)) => Some(AttrEntry {
            tag,
            kind,
            hint: ix,
        }),
        None => {
            let d = found?;
            is_plain_value(py, &d).then(|| AttrEntry {
                tag,
                kind: AttrKind::ClassValue,
                hint: cache::method_word(&d),
            })
        }
    }
}

/// A class attribute that reads as itself (no descriptor behaviour).
fn is_plain_value(py: Py<'_>, d: &Value) -> bool {
    let t = &py.types;
    d.is_int()
        || [
            &t.int,
            &t.str,
            &t.float,
            &t.bool,
            &t.none_type,
            &t.tuple,
            &t.bytes,
        ]
        .iter()
        .any(|ty| d.has_type(ty))
}

/// LOAD_ATTR of name `i` (interned `key`) through the code's cache: a
/// plain instance's attribute is read from its dict at the remembered entry.
#[inline]
pub fn load_attr_cached(
    py: Py<'_>,
    attrs: &AttrCache,
    i: usize,
    v: &Value,
    key: &Value,
) -> PyResult<Value> {
    let Some(inst) = v.downcast::<Instance>() else {
        return getattr_interned(py, v, key);
    };
    let t = py.type_obj(v);
    if let Some(e) = cache::attr_get(attrs, i, t.version_tag()) {
        if e.kind == AttrKind::Inline {
            if let Attrs::Values(vals) = &*inst.attrs.borrow() {
                if let Some(Some(x)) = vals.get(e.hint) {
                    return Ok(x.clone());
                }
            }
        }
        if e.kind == AttrKind::Dict {
            if let Some(d) = inst.dict_if_made() {
                if let Some(x) = dict::value_at(&d, e.hint, key) {
                    return Ok(x);
                }
                // Another layout of the same class: probe the dict.
                if let Some(x) = dict::get_interned(py, &d, key)? {
                    return Ok(x);
                }
                return getattr_interned(py, v, key);
            }
        }
        if e.kind == AttrKind::ClassValue {
            if let Some(x) = inst.get_attr(py, t, key)? {
                return Ok(x);
            }
            // SAFETY: the entry's tag is the type's current one.
            if let Some(x) = unsafe { cache::method_of(&e) } {
                return Ok(x);
            }
        }
    }
    let r = getattr_interned(py, v, key)?;
    if let Some(e) = dict_attr_entry(py, v, py.type_obj(v), key) {
        cache::attr_put(attrs, i, e);
    }
    Ok(r)
}

/// STORE_ATTR of name `i` through the code's cache: on a plain instance
/// whose class has no `__setattr__`, a store into its dict.
#[inline]
pub fn store_attr_cached(
    py: Py<'_>,
    attrs: &AttrCache,
    i: usize,
    v: &Value,
    key: &Value,
    x: Value,
) -> PyResult<()> {
    let Some(inst) = v.downcast::<Instance>() else {
        return setattr_interned(py, v, key, Some(x));
    };
    let t = py.type_obj(v);
    if let Some(e) = cache::attr_get(attrs, i, t.version_tag()) {
        if e.kind == AttrKind::Inline && !t.has_hook(4) {
            let mut a = inst.attrs.borrow_mut();
            if let Attrs::Values(vals) = &mut *a {
                // The name is there, or new and after every present one
                // (the order rule of `Instance::set_attr`).
                let fits = vals.get(e.hint).is_some_and(Option::is_some)
                    || vals
                        .get(e.hint + 1..)
                        .is_none_or(|r| r.iter().all(Option::is_none));
                if fits {
                    if vals.len() <= e.hint {
                        let n = t.shared_keys.borrow().len();
                        inst_mod::grow(vals, (e.hint + 1).max(n));
                    }
                    let old = vals.get_mut(e.hint).and_then(|slot| slot.replace(x));
                    drop(a);
                    drop(old);
                    return Ok(());
                }
            }
        }
        if e.kind == AttrKind::Dict && !t.has_hook(4) {
            if let Some(d) = inst.dict_if_made() {
                return match dict::replace_at(py, &d, e.hint, key, x) {
                    Ok(()) => Ok(()),
                    Err(x) => dict::set_item(py, &d, key.clone(), x),
                };
            }
        }
    }
    setattr_interned(py, v, key, Some(x))?;
    if let Some(e) = dict_attr_entry(py, v, py.type_obj(v), key) {
        cache::attr_put(attrs, i, e);
    }
    Ok(())
}

/// Whether `v`'s own attributes (its dict or inline values) have `key`.
fn instance_has(py: Py<'_>, v: &Value, key: &Value) -> PyResult<bool> {
    if let Some(i) = v.downcast::<Instance>() {
        return Ok(i.get_attr(py, py.type_obj(v), key)?.is_some());
    }
    Ok(match dict_if_made(v) {
        Some(d) => dict::get_interned(py, &d, key)?.is_some(),
        None => false,
    })
}

/// LOAD_METHOD of name `i` through the code's cache: the method the type
/// had for this version, unless the instance dict shadows it.
#[inline]
pub fn load_method_cached(
    py: Py<'_>,
    attrs: &AttrCache,
    i: usize,
    v: &Value,
    key: &Value,
) -> PyResult<(Option<Value>, Value)> {
    let t = py.type_obj(v);
    if let Some(e) = cache::attr_get(attrs, i, t.version_tag()) {
        if e.kind == AttrKind::Method || e.kind == AttrKind::MethodNoDict {
            let shadowed = match e.kind {
                AttrKind::MethodNoDict => false,
                _ => instance_has(py, v, key)?,
            };
            if !shadowed {
                // SAFETY: the entry's tag is the type's current one.
                if let Some(m) = unsafe { cache::method_of(&e) } {
                    return Ok((Some(m), v.clone()));
                }
            }
        }
    }
    let r = get_method_interned(py, v, key)?;
    if let (Some(m), _) = &r {
        // Looked up again so that the tag read belongs to this very result.
        let t = py.type_obj(v);
        if cache::type_lookup(py, t, key).is_some_and(|again| again.is(m)) {
            // Builtin types keep instance attributes only in these places
            // (see `instance_dict`), which may be made later.
            let no_dict = !t.heap
                && t.dict_offset.is_none()
                && crate::object::module::dict_of(v).is_none()
                && v.downcast::<ExceptionData>().is_none();
            cache::attr_put(
                attrs,
                i,
                AttrEntry {
                    tag: t.version_tag(),
                    kind: if no_dict {
                        AttrKind::MethodNoDict
                    } else {
                        AttrKind::Method
                    },
                    hint: cache::method_word(m),
                },
            );
        }
    }
    Ok(r)
}

/// A dunder of `v`'s class, bound to `v` (CPython's `lookup_maybe_method`):
/// looked up on the type only, never on the instance.
pub fn lookup_special(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let ty = py.type_of(v);
    match py.type_obj(v).lookup(name) {
        Some(d) => descr_get(py, d, Some(v), &ty).map(Some),
        None => Ok(None),
    }
}

/// A class body's namespace lookup: `__prepare__` may return any mapping
/// (or a dict subclass whose `__getitem__` must run).
pub fn ns_get(py: Py<'_>, ns: &Value, key: &Value) -> PyResult<Option<Value>> {
    if !py.type_obj(ns).heap && ns.downcast::<crate::object::dict::Dict>().is_some() {
        return dict::get_item(py, ns, key);
    }
    match obj::getitem(py, ns, key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(py, &py.types.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// A class body's namespace deletion (see `ns_get`); false when missing.
pub fn ns_del(py: Py<'_>, ns: &Value, key: &Value) -> PyResult<bool> {
    if !py.type_obj(ns).heap && ns.downcast::<crate::object::dict::Dict>().is_some() {
        return Ok(dict::del_item(py, ns, key)?.is_some());
    }
    match obj::delitem(py, ns, key) {
        Ok(()) => Ok(true),
        Err(e) if e.matches(py, &py.types.key_error) => Ok(false),
        Err(e) => Err(e),
    }
}

/// A class body's namespace store (see `ns_get`).
pub fn ns_set(py: Py<'_>, ns: &Value, key: Value, v: Value) -> PyResult<()> {
    if !py.type_obj(ns).heap && ns.downcast::<crate::object::dict::Dict>().is_some() {
        return dict::set_item(py, ns, key, v);
    }
    obj::setitem(py, ns, &key, v)
}

/// Cost of an edit in `suggestion_distance`: moving (insert, delete,
/// substitute) costs 2, changing only the case costs 1 (as CPython).
const MOVE_COST: usize = 2;
const LONGEST_NAME: usize = 40;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        1
    } else {
        MOVE_COST
    }
}

/// The edit distance of two names, or `limit + 1` once it exceeds `limit`.
fn suggestion_distance(a: &[u8], b: &[u8], limit: usize) -> usize {
    if a == b {
        return 0;
    }
    let common_start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[common_start..], &b[common_start..]);
    let common_end = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - common_end], &b[..b.len() - common_end]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > LONGEST_NAME || b.len() > LONGEST_NAME {
        return limit + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > limit {
        return limit + 1;
    }
    // One row of the edit matrix at a time, over the shorter name.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut diagonal = bi * MOVE_COST;
        result = diagonal;
        let mut smallest = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(bc, ac);
            diagonal = row[ai];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            smallest = smallest.min(result);
        }
        if smallest > limit {
            return limit + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name`, as CPython's "Did you mean" (no
/// more than about a third of the characters changed).
pub fn closest_name(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= 750 || name.len() > LONGEST_NAME {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut limit = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            limit = limit.min(d.saturating_sub(1));
        }
        let d = suggestion_distance(name.as_bytes(), c.as_bytes(), limit);
        if d > limit {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

#[cfg(test)]
mod tests {
    use super::closest_name;

    fn names(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn suggestions_pick_the_closest_name_within_a_third() {
        let c = names(&["value", "colour", "method", "__init__"]);
        assert_eq!(closest_name("valeu", &c).as_deref(), Some("value"));
        assert_eq!(closest_name("color", &c).as_deref(), Some("colour"));
        assert_eq!(closest_name("Value", &c).as_deref(), Some("value"));
        assert_eq!(closest_name("zzzzzz", &c), None);
        assert_eq!(closest_name("value", &names(&["value"])), None);
    }
}
