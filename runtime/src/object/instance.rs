//! Classes defined in Python (`class A(B): ...`): their instances (a dict of
//! attributes), bound methods, and the slots that dispatch to the dunder
//! methods a class defines (`__init__`, `__repr__`, `__eq__`, `__add__`...).
//!
//! So far: single inheritance (the first base), no `super()`, no metaclasses,
//! no descriptors; a class's type object lives as long as the interpreter.

use crate::ast::{Cmpop, Operator};
use crate::object::exception::ExceptionData;
use crate::object::function::Function;
use crate::object::typeobj::{is_subtype, Slots, TypeObject};
use crate::object::{self as obj, dict, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// An instance of a Python class: its `__dict__`.
pub struct Instance {
    pub dict: Value,
}
impl Payload for Instance {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

/// A function bound to the object it was looked up on.
pub struct Method {
    pub func: Value,
    pub me: Value,
}
impl Payload for Method {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.me);
    }
}

/// The attribute dict of an instance (or of an exception of a Python class).
pub fn instance_dict(v: &Value) -> Option<Value> {
    if let Some(i) = v.downcast::<Instance>() {
        return Some(i.dict.clone());
    }
    v.downcast::<ExceptionData>()
        .and_then(|e| e.dict.borrow().clone())
}

/// `__build_class__(func, name, *bases)`: runs the class body with a fresh
/// namespace, then makes the type.
pub fn build_class(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(
            py.type_error("class keywords (metaclass=...) are not supported yet".to_string())
        );
    }
    let [func, name, bases @ ..] = args else {
        return Err(py.type_error("__build_class__: not enough arguments".to_string()));
    };
    let Some(name) = super::str::as_str(name) else {
        return Err(py.type_error("__build_class__: name is not a string".to_string()));
    };
    if func.downcast::<Function>().is_none() {
        return Err(py.type_error("__build_class__: func must be a function".to_string()));
    }
    let ns = dict::new(py);
    let mut frame = crate::vm::frame::Frame::for_call(py, func, &[], &[])?;
    frame.locals = Some(ns.clone());
    // A body whose methods use `super()`/`__class__` returns the `__class__` cell.
    let body_result = crate::vm::eval::run_frame(py, frame)?;
    let base = bases
        .first()
        .cloned()
        .unwrap_or_else(|| py.types.object.clone());
    let Some(bt) = base.downcast::<TypeObject>() else {
        return Err(py.type_error("bases must be types".to_string()));
    };
    let ty = if bt.payload_id == std::any::TypeId::of::<ExceptionData>() {
        TypeObject::new::<ExceptionData>(
            name,
            Some(&base),
            Slots {
                getattr: Some(exc_getattr),
                ..Slots::default()
            },
        )
    } else if bt.payload_id == std::any::TypeId::of::<super::object::ObjectValue>()
        || bt.payload_id == std::any::TypeId::of::<Instance>()
    {
        TypeObject::new::<Instance>(name, Some(&base), slots())
    } else {
        return Err(py.type_error(format!("subclassing '{}' is not supported yet", bt.name)));
    };
    for (k, v) in dict::items(&ns) {
        match super::str::as_str(&k) {
            Some("__classcell__") | None => {}
            Some(key) => {
                ty.dict.borrow_mut().insert(key.to_string(), v);
            }
        }
    }
    ty.has_finalizer.set(ty.lookup("__del__").is_some());
    let cls = py.alloc(&py.types.type_, ty);
    // Instances borrow their type (see value::Header): classes are kept.
    cls.leak();
    if let Some(c) = body_result.downcast::<super::cell::Cell>() {
        *c.0.borrow_mut() = Some(cls.clone());
    }
    Ok(cls)
}

/// A dunder defined by the object's Python class (not by builtin types).
fn dunder(py: Py<'_>, v: &Value, name: &str) -> Option<Value> {
    py.type_obj(v)
        .lookup(name)
        .filter(|m| m.downcast::<Function>().is_some())
}

fn call_dunder(py: Py<'_>, v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let Some(f) = dunder(py, v, name) else {
        return Ok(None);
    };
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(v.clone());
    all.extend_from_slice(args);
    obj::call(py, &f, &all, &[]).map(Some)
}

fn new(py: Py<'_>, ty: &Value, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(py.alloc(
        ty,
        Instance {
            dict: dict::new(py),
        },
    ))
}

/// `__init__` of a Python class, run by `type.__call__` after `new`.
pub fn init(py: Py<'_>, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let Some(f) = dunder(py, v, "__init__") else {
        let npos = args.len().saturating_sub(kwnames.len());
        if v.downcast::<Instance>().is_some() && (npos > 0 || !kwnames.is_empty()) {
            return Err(py.type_error(format!("{}() takes no arguments", py.type_name(v))));
        }
        return Ok(());
    };
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(v.clone());
    all.extend_from_slice(args);
    let r = obj::call(py, &f, &all, kwnames)?;
    if !r.is(&py.none) {
        return Err(py.type_error(format!(
            "__init__() should return None, not '{}'",
            py.type_name(&r)
        )));
    }
    Ok(())
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__dict__" {
        return Ok(instance_dict(v));
    }
    match instance_dict(v) {
        Some(d) => dict::get_str(py, &d, name),
        None => Ok(None),
    }
}

fn exc_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(x) = getattr(py, v, name)? {
        return Ok(Some(x));
    }
    match py
        .types
        .base_exception
        .downcast::<TypeObject>()
        .and_then(|t| t.slots.getattr)
    {
        Some(f) => f(py, v, name),
        None => Ok(None),
    }
}

/// `v.name = x` on instances (and exceptions, which get a dict on demand).
pub fn setattr(py: Py<'_>, v: &Value, name: &str, x: Value) -> PyResult<()> {
    if let Some(i) = v.downcast::<Instance>() {
        return dict::set_item(py, &i.dict, py.intern(name), x);
    }
    if let Some(m) = v.downcast::<crate::object::module::Module>() {
        return dict::set_item(py, &m.dict, py.intern(name), x);
    }
    if v.downcast::<ExceptionData>().is_some() {
        return super::exception::setattr(py, v, name, x);
    }
    if v.downcast::<Function>().is_some() {
        return super::function::setattr(py, v, name, x);
    }
    if let Some(t) = v.downcast::<TypeObject>() {
        if !is_subtype(v, &py.types.object) || t.payload_id == std::any::TypeId::of::<Instance>() {
            t.dict.borrow_mut().insert(name.to_string(), x);
            return Ok(());
        }
        return Err(py.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            t.name
        )));
    }
    Err(py.attribute_error(v, name))
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    match call_dunder(py, v, "__repr__", &[])? {
        Some(r) => str_result(py, r, "__repr__"),
        None => Ok(format!(
            "<__main__.{} object at {:#x}>",
            py.type_name(v),
            v.addr()
        )),
    }
}

fn str_(py: Py<'_>, v: &Value) -> PyResult<String> {
    match call_dunder(py, v, "__str__", &[])? {
        Some(r) => str_result(py, r, "__str__"),
        None => repr(py, v),
    }
}

fn str_result(py: Py<'_>, r: Value, what: &str) -> PyResult<String> {
    super::str::as_str(&r).map(str::to_string).ok_or_else(|| {
        py.type_error(format!(
            "{what} returned non-string (type {})",
            py.type_name(&r)
        ))
    })
}

fn hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    if let Some(h) = call_dunder(py, v, "__hash__", &[])? {
        return super::int::as_index(py, &h)?
            .ok_or_else(|| py.type_error("__hash__ method should return an integer".to_string()));
    }
    if dunder(py, v, "__eq__").is_some() {
        return super::list::unhashable(py, v);
    }
    Ok((v.addr() >> 4) as i64)
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    if a.downcast::<Instance>().is_some() {
        if let Some(name) = op.dunder() {
            if let Some(r) = call_dunder(py, a, name, std::slice::from_ref(b))? {
                return Ok(Some(r));
            }
        }
    }
    Ok(match op {
        Cmpop::Eq if a.is(b) => Some(py.bool(true)),
        _ => None,
    })
}

fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    if a.downcast::<Instance>().is_some() {
        if let Some(name) = op.dunder() {
            if let Some(r) = call_dunder(py, a, name, std::slice::from_ref(b))? {
                return Ok(Some(r));
            }
        }
    }
    if b.downcast::<Instance>().is_some() && !py.type_of(a).is(&py.type_of(b)) {
        if let Some(name) = op.reflected_dunder() {
            if let Some(r) = call_dunder(py, b, name, std::slice::from_ref(a))? {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

fn truth(py: Py<'_>, v: &Value) -> PyResult<bool> {
    if let Some(r) = call_dunder(py, v, "__bool__", &[])? {
        return obj::truthy(py, &r);
    }
    if let Some(r) = call_dunder(py, v, "__len__", &[])? {
        return Ok(super::int::as_index(py, &r)?.unwrap_or(0) != 0);
    }
    Ok(true)
}

fn len(py: Py<'_>, v: &Value) -> PyResult<usize> {
    match call_dunder(py, v, "__len__", &[])? {
        Some(r) => match super::int::as_index(py, &r)? {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(py.value_error("__len__() should return >= 0".to_string())),
            None => Err(py.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                py.type_name(&r)
            ))),
        },
        None => Err(py.type_error(format!("object of type '{}' has no len()", py.type_name(v)))),
    }
}

fn getitem(py: Py<'_>, v: &Value, k: &Value) -> PyResult<Value> {
    call_dunder(py, v, "__getitem__", std::slice::from_ref(k))?
        .ok_or_else(|| py.type_error(format!("'{}' object is not subscriptable", py.type_name(v))))
}

fn setitem(py: Py<'_>, v: &Value, k: &Value, x: Value) -> PyResult<()> {
    call_dunder(py, v, "__setitem__", &[k.clone(), x])?
        .map(|_| ())
        .ok_or_else(|| {
            py.type_error(format!(
                "'{}' object does not support item assignment",
                py.type_name(v)
            ))
        })
}

fn contains(py: Py<'_>, v: &Value, x: &Value) -> PyResult<bool> {
    match call_dunder(py, v, "__contains__", std::slice::from_ref(x))? {
        Some(r) => obj::truthy(py, &r),
        None => {
            let it = iter(py, v).map_err(|_| {
                py.type_error(format!(
                    "argument of type '{}' is not iterable",
                    py.type_name(v)
                ))
            })?;
            while let Some(y) = obj::next(py, &it)? {
                if obj::eq(py, &y, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    call_dunder(py, v, "__iter__", &[])?
        .ok_or_else(|| py.type_error(format!("'{}' object is not iterable", py.type_name(v))))
}

fn next(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    match call_dunder(py, v, "__next__", &[]) {
        Ok(Some(x)) => Ok(Some(x)),
        Ok(None) => Err(py.type_error(format!("'{}' object is not an iterator", py.type_name(v)))),
        Err(e) if e.matches(py, &py.types.stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

fn call(py: Py<'_>, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some(f) = dunder(py, v, "__call__") else {
        return Err(py.type_error(format!("'{}' object is not callable", py.type_name(v))));
    };
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(v.clone());
    all.extend_from_slice(args);
    obj::call(py, &f, &all, kwnames)
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        str: Some(str_),
        hash: Some(hash),
        richcompare: Some(richcompare),
        binop: Some(binop),
        bool: Some(truth),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        contains: Some(contains),
        iter: Some(iter),
        next: Some(next),
        call: Some(call),
        getattr: Some(getattr),
        new: Some(new),
        ..Slots::default()
    }
}

fn method_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(m) = v.downcast::<Method>() else {
        return Ok("<method>".to_string());
    };
    let q = m
        .func
        .downcast::<Function>()
        .map_or("?", |f| f.qualname.as_str());
    Ok(format!("<bound method {q} of {}>", obj::repr(py, &m.me)?))
}

pub fn method_slots() -> Slots {
    Slots {
        repr: Some(method_repr),
        getattr: Some(super::function::method_getattr),
        richcompare: Some(super::function::method_richcompare),
        hash: Some(super::function::method_hash),
        ..Slots::default()
    }
}

/// `super(cls, obj)`: attribute lookup that starts after `cls` in the MRO of
/// `obj`'s type. (The zero-argument form is filled in by CALL from the
/// calling frame's `__class__` cell and first argument.)
pub struct Super {
    pub cls: Value,
    pub obj: Value,
}
impl Payload for Super {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.cls);
        visit(&self.obj);
    }
}

pub fn super_new(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("super() takes no keyword arguments".to_string()));
    }
    match args {
        [cls, o] if cls.downcast::<TypeObject>().is_some() => {
            let is_sub_type = o.downcast::<TypeObject>().is_some() && is_subtype(o, cls);
            if !(obj::isinstance(py, o, cls) || is_sub_type) {
                return Err(py.type_error(
                    "super(type, obj): obj must be an instance or subtype of type".to_string(),
                ));
            }
            Ok(py.alloc(
                &py.types.super_,
                Super {
                    cls: cls.clone(),
                    obj: o.clone(),
                },
            ))
        }
        [] => Err(py.new_error(&py.types.runtime_error, "super(): no arguments".to_string())),
        _ => Err(py.type_error("super() argument 1 must be a type".to_string())),
    }
}

fn super_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(s) = v.downcast::<Super>() else {
        return Ok(None);
    };
    let start = if s.obj.downcast::<TypeObject>().is_some() {
        s.obj.clone()
    } else {
        py.type_of(&s.obj)
    };
    let Some(st) = start.downcast::<TypeObject>() else {
        return Ok(None);
    };
    let chain: Vec<Value> = std::iter::once(start.clone())
        .chain(st.mro.iter().cloned())
        .collect();
    let after = chain
        .iter()
        .position(|t| t.is(&s.cls))
        .map_or(chain.len(), |i| i + 1);
    for t in &chain[after..] {
        let Some(found) = t
            .downcast::<TypeObject>()
            .and_then(|t| t.dict.borrow().get(name).cloned())
        else {
            continue;
        };
        if found.downcast::<Function>().is_some() && s.obj.downcast::<TypeObject>().is_none() {
            return Ok(Some(py.alloc(
                &py.types.method,
                Method {
                    func: found,
                    me: s.obj.clone(),
                },
            )));
        }
        if let Some(b) = found.downcast::<super::function::Builtin>() {
            if b.bound.is_none() {
                return Ok(Some(py.new_builtin(b.name, b.f, Some(s.obj.clone()))));
            }
        }
        return Ok(Some(found));
    }
    // `object.__init__` and friends: accept and do nothing.
    if name == "__init__" {
        return Ok(Some(py.new_builtin(
            "__init__",
            object_init,
            Some(s.obj.clone()),
        )));
    }
    Ok(None)
}

fn object_init(py: Py<'_>, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(py.none())
}

fn super_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(s) = v.downcast::<Super>() else {
        return Ok("<super>".to_string());
    };
    let cls = s
        .cls
        .downcast::<TypeObject>()
        .map_or("?", |t| t.name.as_str());
    Ok(format!(
        "<super: <class '{cls}'>, <{} object>>",
        py.type_name(&s.obj)
    ))
}

pub fn super_slots() -> Slots {
    Slots {
        repr: Some(super_repr),
        getattr: Some(super_getattr),
        ..Slots::default()
    }
}
