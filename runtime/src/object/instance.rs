//! Instances of classes defined in Python (a dict of attributes and the
//! `__slots__` values), bound methods, `__init__` and `super`. Making
//! classes is in `heaptype.rs`, their slots in `heapslots.rs`, the
//! attribute protocol in `attr.rs`.

use std::cell::RefCell;

use crate::object::function::Function;
use crate::object::typeobj::{full_mro, is_subtype, Slots, TypeObject};
use crate::object::{self as obj, attr, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// Names a class may share among its instances before further names make
/// the instance use a dict (CPython's `SHARED_KEYS_MAX_SIZE`).
const MAX_SHARED_KEYS: usize = 30;

/// Where an instance keeps its attributes.
pub enum Attrs {
    /// One value per name of the class's `shared_keys` (absent where
    /// `None`). The present names, in key order, are the order the instance
    /// was given them, so a dict made from them has the same order.
    Values(Box<[Option<Value>]>),
    /// A dict, once something asked for one (or the values could not say
    /// what the instance holds); from then on the instance uses it.
    Dict(Value),
}

/// An instance of a Python class over `object`: its attributes (hidden
/// when the class has `__slots__`) and its slot values.
pub struct Instance {
    pub attrs: RefCell<Attrs>,
    pub slots: RefCell<Box<[Option<Value>]>>,
}
impl Payload for Instance {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(a) = self.attrs.try_borrow() {
            match &*a {
                Attrs::Values(vals) => vals.iter().flatten().for_each(&mut *visit),
                Attrs::Dict(d) => visit(d),
            }
        }
        if let Ok(slots) = self.slots.try_borrow() {
            slots.iter().flatten().for_each(visit);
        }
    }
    fn clear(&self) {
        // A dict is a container the collector clears itself; values are
        // dropped here, after the borrow ends (a `__del__` may look).
        let vals = match self.attrs.try_borrow_mut() {
            Ok(mut a) => match &mut *a {
                Attrs::Values(vals) => std::mem::take(vals),
                Attrs::Dict(_) => Box::default(),
            },
            Err(_) => Box::default(),
        };
        drop(vals);
        let slots = match self.slots.try_borrow_mut() {
            Ok(mut slots) => std::mem::take(&mut *slots),
            Err(_) => Box::default(),
        };
        drop(slots);
    }
}

/// Makes `b` at least `n` long (the new places absent). Boxed slices,
/// not vectors, keep an instance's block small.
pub fn grow(b: &mut Box<[Option<Value>]>, n: usize) {
    if b.len() < n {
        let mut v = std::mem::take(b).into_vec();
        v.resize(n, None);
        *b = v.into_boxed_slice();
    }
}

/// Where `key` (an interned str) is in `t`'s shared keys.
#[inline]
pub fn key_index(t: &TypeObject, key: &Value) -> Option<usize> {
    t.shared_keys.borrow().iter().position(|k| k.is(key))
}

impl Instance {
    /// An instance with attribute dict `dict` and no slot values yet.
    pub fn new(dict: Value) -> Instance {
        Instance {
            attrs: RefCell::new(Attrs::Dict(dict)),
            slots: RefCell::new(Box::default()),
        }
    }

    /// An instance without attributes, room made for `n` shared names.
    pub fn with_values(n: usize) -> Instance {
        Instance {
            attrs: RefCell::new(Attrs::Values(vec![None; n].into_boxed_slice())),
            slots: RefCell::new(Box::default()),
        }
    }

    /// The attribute dict, if one was made.
    pub fn dict_if_made(&self) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Dict(d) => Some(d.clone()),
            Attrs::Values(_) => None,
        }
    }

    /// The attribute dict, made from the values (names from `t`, the
    /// instance's class) the first time; the instance uses it from then on.
    pub fn dict(&self, py: Py<'_>, t: &TypeObject) -> Value {
        let vals = match &mut *self.attrs.borrow_mut() {
            Attrs::Dict(d) => return d.clone(),
            Attrs::Values(vals) => std::mem::take(vals),
        };
        let keys: Vec<Value> = t.shared_keys.borrow().clone();
        let d = crate::object::dict::new(py);
        for (k, v) in keys.into_iter().zip(vals) {
            if let Some(v) = v {
                // Str keys: no Python code runs, nothing can fail.
                let _ = crate::object::dict::set_item(py, &d, k, v);
            }
        }
        let old = std::mem::replace(&mut *self.attrs.borrow_mut(), Attrs::Dict(d.clone()));
        drop(old);
        d
    }

    /// `inst.__dict__ = d` (a dict), or `del inst.__dict__`: the instance
    /// starts again without attributes.
    pub fn set_dict(&self, d: Option<Value>) {
        let new = match d {
            Some(d) => Attrs::Dict(d),
            None => Attrs::Values(Box::default()),
        };
        let old = std::mem::replace(&mut *self.attrs.borrow_mut(), new);
        drop(old);
    }

    /// The attribute `key` (an interned str) of this instance of `t`.
    #[inline]
    pub fn get_attr(&self, py: Py<'_>, t: &TypeObject, key: &Value) -> PyResult<Option<Value>> {
        let d = match &*self.attrs.borrow() {
            Attrs::Values(vals) => {
                return Ok(key_index(t, key).and_then(|ix| vals.get(ix).cloned().flatten()));
            }
            Attrs::Dict(d) => d.clone(),
        };
        crate::object::dict::get_interned(py, &d, key)
    }

    /// `inst.key = x` (`x` given) or `del inst.key` on this instance of
    /// `t`; false when deleting a name the instance lacks.
    pub fn set_attr(
        &self,
        py: Py<'_>,
        t: &TypeObject,
        key: &Value,
        x: Option<Value>,
    ) -> PyResult<bool> {
        let mut a = self.attrs.borrow_mut();
        if let Attrs::Values(vals) = &mut *a {
            let ix = match key_index(t, key) {
                Some(ix) => Some(ix),
                None if x.is_none() => return Ok(false),
                None => {
                    let mut keys = t.shared_keys.borrow_mut();
                    let shareable = keys.len() < MAX_SHARED_KEYS
                        && key.has_type(&py.types.str)
                        && crate::object::str::as_str(key).is_some_and(|s| py.intern(s).is(key));
                    shareable.then(|| {
                        keys.push(key.clone());
                        keys.len() - 1
                    })
                }
            };
            if let Some(ix) = ix {
                let Some(x) = x else {
                    let old = vals.get_mut(ix).and_then(Option::take);
                    drop(a);
                    return Ok(old.is_some());
                };
                // A name already there keeps its place; a new one must come
                // after every present one to keep the insertion order.
                let later_present = vals
                    .get(ix + 1..)
                    .is_some_and(|r| r.iter().any(Option::is_some));
                if vals.get(ix).is_some_and(Option::is_some) || !later_present {
                    grow(vals, (ix + 1).max(t.shared_keys.borrow().len()));
                    let old = vals.get_mut(ix).and_then(|slot| slot.replace(x));
                    drop(a);
                    drop(old);
                    return Ok(true);
                }
                drop(a);
                return dict_set(py, &self.dict(py, t), key, Some(x));
            }
            drop(a);
            return dict_set(py, &self.dict(py, t), key, x);
        }
        drop(a);
        dict_set(py, &self.dict(py, t), key, x)
    }
}

/// Stores or deletes `key` in dict `d`; false when deleting an absent key.
fn dict_set(py: Py<'_>, d: &Value, key: &Value, x: Option<Value>) -> PyResult<bool> {
    match x {
        Some(x) => crate::object::dict::set_item(py, d, key.clone(), x).map(|()| true),
        None => Ok(crate::object::dict::del_item(py, d, key)?.is_some()),
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

/// The attribute dict of an instance (or of an exception of a Python
/// class), made if the instance kept its values inline.
pub fn instance_dict(py: Py<'_>, v: &Value) -> Option<Value> {
    attr::instance_dict(py, v)
}

/// `__build_class__` (see `heaptype::build_class`).
pub fn build_class(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::heaptype::build_class(py, args, kwnames)
}

/// `__init__` after `__new__`, run by `type.__call__`: the class's own, or
/// its builtin base's (containers take their items there).
pub fn init(py: Py<'_>, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let t = py.type_obj(v);
    if let Some(d) = crate::vm::names::lookup_heap(py, t, &py.names.init) {
        let r = if d.has_type(&py.types.function) {
            // A plain function: called with the instance first, without
            // making a bound method.
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(v.clone());
            all.extend_from_slice(args);
            obj::call(py, &d, &all, kwnames)?
        } else {
            let ty = py.type_of(v);
            let f = attr::descr_get(py, d, Some(v), &ty)?;
            obj::call(py, &f, args, kwnames)?
        };
        if !r.is(&py.none) {
            return Err(py.type_error(format!(
                "__init__() should return None, not '{}'",
                py.type_name(&r)
            )));
        }
        return Ok(());
    }
    if v.downcast::<TypeObject>().is_some() || !t.heap {
        return Ok(());
    }
    let ty = py.type_of(v);
    let owner = full_mro(py, &ty)
        .into_iter()
        .find(|b| b.downcast::<TypeObject>().is_some_and(|t| !t.heap))
        .unwrap_or_else(|| py.types.object.clone());
    if super::typeobj::is_object_type(&owner) {
        // `object.__new__` already refused extra arguments.
        return Ok(());
    }
    let own_init = owner
        .downcast::<TypeObject>()
        .and_then(|o| o.dict.borrow().get("__init__").cloned());
    if let Some(d) = own_init {
        if d.downcast::<super::descr::SlotWrapper>().is_none() {
            let f = attr::descr_get(py, d, Some(v), &ty)?;
            obj::call(py, &f, args, kwnames)?;
            return Ok(());
        }
    }
    super::heaptype::builtin_init(py, &owner, v, args, kwnames)?;
    Ok(())
}

/// `v.name = x` (the STORE_ATTR path).
pub fn setattr(py: Py<'_>, v: &Value, name: &str, x: Value) -> PyResult<()> {
    attr::setattr(py, v, name, Some(x))
}

/// A class over `object` made from Rust (tests): a Python class's
/// slots and layout, its dict left for the caller to fill.
pub fn plain_class_type(py: Py<'_>, name: &str, base: &Value) -> TypeObject {
    let mut t = TypeObject::new::<Instance>(name, Some(base), slots());
    t.heap = true;
    t.has_dict = true;
    t.mro = full_mro(py, base);
    if let Some(o) = py.types.object.downcast::<TypeObject>() {
        t.base_slots = o.slots;
    }
    t
}

/// The slots of classes defined in Python.
pub fn slots() -> Slots {
    super::heapslots::slots()
}

fn method_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(m) = v.downcast::<Method>() else {
        return Ok("<method>".to_string());
    };
    // CPython shows the callable's `__qualname__`, else its `__name__`.
    let q = match m.func.downcast::<Function>() {
        Some(f) => f.qualname.clone(),
        None => ["__qualname__", "__name__"]
            .iter()
            .find_map(|n| obj::getattr(py, &m.func, n).ok())
            .and_then(|n| obj::str::as_str(&n).map(str::to_string))
            .unwrap_or_else(|| "?".to_string()),
    };
    Ok(format!("<bound method {q} of {}>", obj::repr(py, &m.me)?))
}

fn method_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(m) = v.downcast::<Method>() else {
        return Ok(None);
    };
    match name {
        "__self__" => Ok(Some(m.me.clone())),
        "__func__" => Ok(Some(m.func.clone())),
        "__name__" | "__qualname__" | "__doc__" | "__module__" | "__isabstractmethod__" => {
            obj::getattr(py, &m.func, name).map(Some)
        }
        // Any other attribute the method type lacks is the function's
        // (`bound.__wrapped__`, attributes set by decorators).
        _ if py.type_obj(v).lookup(name).is_none() => match obj::getattr(py, &m.func, name) {
            Ok(x) => Ok(Some(x)),
            Err(e) if e.matches(py, &py.types.attribute_error) => Ok(None),
            Err(e) => Err(e),
        },
        _ => Ok(None),
    }
}

fn method_compare(
    py: Py<'_>,
    a: &Value,
    b: &Value,
    op: crate::ast::Cmpop,
) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (a.downcast::<Method>(), b.downcast::<Method>()) else {
        return Ok(None);
    };
    let same = x.func.is(&y.func) && x.me.is(&y.me);
    Ok(match op {
        crate::ast::Cmpop::Eq => Some(py.bool(same)),
        crate::ast::Cmpop::NotEq => Some(py.bool(!same)),
        _ => None,
    })
}

fn method_hash(_py: Py<'_>, v: &Value) -> PyResult<i64> {
    Ok(v.downcast::<Method>()
        .map_or(0, |m| ((m.func.addr() ^ m.me.addr()) >> 4) as i64))
}

pub fn method_slots() -> Slots {
    Slots {
        repr: Some(method_repr),
        getattr: Some(method_getattr),
        richcompare: Some(method_compare),
        hash: Some(method_hash),
        new: Some(method_new),
        ..Slots::default()
    }
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(py: Py<'_>, _ty: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(py.type_error("method() takes no keyword arguments".to_string()));
    }
    let [func, me] = args else {
        return Err(py.type_error(format!("method expected 2 arguments, got {}", args.len())));
    };
    let callable = func.downcast::<super::function::Function>().is_some()
        || func.downcast::<super::function::Builtin>().is_some()
        || func.downcast::<Method>().is_some()
        || crate::builtins::classes::is_callable(py, func);
    if !callable {
        return Err(py.type_error("first argument must be callable".to_string()));
    }
    if me.is(&py.none) {
        return Err(py.type_error("instance must not be None".to_string()));
    }
    Ok(py.alloc(
        &py.types.method,
        Method {
            func: func.clone(),
            me: me.clone(),
        },
    ))
}

/// `super(cls, obj)`: attribute lookup that starts after `cls` in the MRO of
/// `obj`'s type. (The zero-argument form is filled in by CALL from the
/// calling frame's `__class__` cell and first argument.)
pub struct Super {
    pub cls: Value,
    /// `None` for the unbound form `super(cls)`, which binds by `__get__`.
    pub obj: Option<Value>,
}
impl Payload for Super {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.cls);
        if let Some(o) = &self.obj {
            visit(o);
        }
    }
}

pub fn super_new(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("super() takes no keyword arguments".to_string()));
    }
    if args.len() > 2 {
        return Err(py.type_error(format!(
            "super() expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    match args {
        [] => Err(py.new_error(&py.types.runtime_error, "super(): no arguments".to_string())),
        [cls, ..] if cls.downcast::<TypeObject>().is_none() => Err(py.type_error(format!(
            "super() argument 1 must be a type, not {}",
            py.type_name(cls)
        ))),
        [cls] => Ok(py.alloc(
            &py.types.super_,
            Super {
                cls: cls.clone(),
                obj: None,
            },
        )),
        [cls, o, ..] => bind_super(py, cls, o),
    }
}

fn bind_super(py: Py<'_>, cls: &Value, o: &Value) -> PyResult<Value> {
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
            obj: Some(o.clone()),
        },
    ))
}

/// `super(cls).__get__(obj)`: the bound form; a bound super returns itself.
fn super_dunder_get(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, o, ..] = args else {
        return Err(py.type_error("expected at least 1 argument, got 0".to_string()));
    };
    let Some(s) = me.downcast::<Super>() else {
        return Ok(me.clone());
    };
    if s.obj.is_some() || o.is(&py.none) {
        return Ok(me.clone());
    }
    bind_super(py, &s.cls, o)
}

fn super_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(s) = v.downcast::<Super>() else {
        return Ok(None);
    };
    let obj_is_type = |o: &Value| o.downcast::<TypeObject>().is_some() && is_subtype(o, &s.cls);
    match name {
        "__class__" => return Ok(None),
        "__thisclass__" => return Ok(Some(s.cls.clone())),
        "__self__" => return Ok(Some(s.obj.clone().unwrap_or_else(|| py.none()))),
        "__self_class__" => {
            return Ok(Some(match &s.obj {
                None => py.none(),
                Some(o) if obj_is_type(o) => o.clone(),
                Some(o) => py.type_of(o),
            }))
        }
        "__get__" => {
            return Ok(Some(py.new_builtin(
                "__get__",
                super_dunder_get,
                Some(v.clone()),
            )))
        }
        _ => {}
    }
    let Some(obj) = &s.obj else {
        return Ok(None);
    };
    let obj_is_type = obj_is_type(obj);
    let start = if obj_is_type {
        obj.clone()
    } else {
        py.type_of(obj)
    };
    let chain = full_mro(py, &start);
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
        let me = if obj_is_type { None } else { Some(obj) };
        return attr::descr_get(py, found, me, &start).map(Some);
    }
    Ok(None)
}

fn super_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(s) = v.downcast::<Super>() else {
        return Ok("<super>".to_string());
    };
    let cls = s
        .cls
        .downcast::<TypeObject>()
        .map_or("?", |t| t.name.as_str());
    Ok(match &s.obj {
        Some(o) => {
            let bound_to = match o.downcast::<TypeObject>() {
                Some(t) if is_subtype(o, &s.cls) => t.name.clone(),
                _ => py.type_name(o).to_string(),
            };
            format!("<super: <class '{cls}'>, <{bound_to} object>>")
        }
        None => format!("<super: <class '{cls}'>, NULL>"),
    })
}

pub fn super_slots() -> Slots {
    Slots {
        repr: Some(super_repr),
        getattr: Some(super_getattr),
        new: Some(super_type_new),
        ..Slots::default()
    }
}

/// `super(...)` called as the type (the builtin name `super` is the type).
fn super_type_new(py: Py<'_>, _ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super_new(py, args, kwnames)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_instance_fits_a_96_byte_block() {
        // 48 bytes of GC head and header, then the payload.
        assert!(std::mem::size_of::<Attrs>() <= 16);
        assert!(std::mem::size_of::<Instance>() <= 48);
    }
}
