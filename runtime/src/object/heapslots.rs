//! The slots of classes defined in Python: each looks the matching dunder
//! up in the Python part of the MRO when the operation runs (so a dunder
//! assigned after the class statement counts too) and otherwise falls back
//! to the builtin base's slot (CPython's `slot_tp_*` functions).

use std::cell::Cell;

use crate::ast::{Cmpop, Operator, Unaryop};
use crate::object::typeobj::{is_subtype, Slots, TypeObject};
use crate::object::{self as obj, attr, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// Calls the dunder `name` of `v`'s class (Python part) with `args`.
fn call_method(py: Py<'_>, v: &Value, name: &Value, args: &[Value]) -> PyResult<Option<Value>> {
    match cached(py, py.type_obj(v), name) {
        Some(d) => call_found(py, v, d, args, &[]).map(Some),
        None => Ok(None),
    }
}

/// Calls `d`, found in the class of `v`, as a method of `v`: a plain Python
/// function takes `v` as its first argument without a bound method object;
/// any other attribute goes through its descriptor `__get__`.
fn call_found(
    py: Py<'_>,
    v: &Value,
    d: Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if d.downcast::<super::function::Function>().is_some() {
        return crate::vm::eval::call_function(py, &d, Some(v), args, kwnames);
    }
    let ty = py.type_of(v);
    let f = attr::descr_get(py, d, Some(v), &ty)?;
    obj::call(py, &f, args, kwnames)
}

fn not_callable(py: Py<'_>, v: &Value, name: &Value) -> Option<crate::object::PyErr> {
    // `__hash__ = None` and friends: the class turned the operation off.
    let d = cached(py, py.type_obj(v), name)?;
    d.is(&py.none)
        .then(|| py.type_error(format!("'{}' object is not callable", "NoneType")))
}

/// `t.lookup_heap(name)` through the per-interpreter type attribute cache;
/// `name` comes from `py.names`.
#[inline]
fn cached(py: Py<'_>, t: &TypeObject, name: &Value) -> Option<Value> {
    crate::vm::names::lookup_heap(py, t, name)
}

fn is_ni(py: Py<'_>, r: &Value) -> bool {
    r.is(&py.not_implemented)
}

fn base(py: Py<'_>, v: &Value) -> Slots {
    py.type_obj(v).base_slots
}

fn str_result(py: Py<'_>, r: Value, what: &str) -> PyResult<String> {
    super::str::as_str(&r).map(str::to_string).ok_or_else(|| {
        py.type_error(format!(
            "{what} returned non-string (type {})",
            py.type_name(&r)
        ))
    })
}

/// `object.__repr__`: `<module.Qualname object at 0x...>`.
pub fn default_repr(py: Py<'_>, v: &Value) -> String {
    let t = py.type_obj(v);
    let module = super::typeobj::module_of(t);
    let q = t.qualname.borrow();
    if module == "builtins" {
        format!("<{} object at {:#x}>", q, v.addr())
    } else {
        format!("<{module}.{} object at {:#x}>", q, v.addr())
    }
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    if let Some(r) = call_method(py, v, &py.names.repr, &[])? {
        return str_result(py, r, "__repr__");
    }
    match base(py, v).repr {
        Some(f) => f(py, v),
        None => Ok(default_repr(py, v)),
    }
}

fn str_(py: Py<'_>, v: &Value) -> PyResult<String> {
    if let Some(r) = call_method(py, v, &py.names.str, &[])? {
        return str_result(py, r, "__str__");
    }
    let b = base(py, v);
    let own_repr = cached(py, py.type_obj(v), &py.names.repr).is_some();
    match b.str {
        // str and exceptions have a `__str__` of their own; other bases'
        // str is their repr.
        Some(f)
            if !own_repr
                || v.downcast::<super::str::Str>().is_some()
                || v.downcast::<super::exception::ExceptionData>().is_some() =>
        {
            f(py, v)
        }
        _ => repr(py, v),
    }
}

/// Whether a builtin base (not `object`) with its own hash comes before
/// any Python class defining `__hash__` in the MRO (`IntEnum` hashes as int).
fn builtin_hash_first(py: Py<'_>, v: &Value) -> bool {
    let t = py.type_obj(v);
    for c in &t.mro {
        let Some(ct) = c.downcast::<TypeObject>() else {
            continue;
        };
        if ct.heap {
            if ct.dict.borrow().contains_key("__hash__") {
                return false;
            }
        } else if !c.is(&py.types.object) && ct.slots.hash.is_some() {
            return true;
        }
    }
    false
}

fn hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    let found = if builtin_hash_first(py, v) {
        None
    } else {
        cached(py, py.type_obj(v), &py.names.hash)
    };
    if let Some(d) = found {
        if d.is(&py.none) {
            return Err(py.type_error(format!("unhashable type: '{}'", py.type_name(v))));
        }
        let h = call_found(py, v, d, &[], &[])?;
        return match super::int::int_ref(py, &h) {
            Some(super::int::IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
            Some(super::int::IntRef::Big(b)) => Ok(super::int::hash_big(b)),
            None => Err(py.type_error("__hash__ method should return an integer".to_string())),
        };
    }
    match base(py, v).hash {
        Some(f) => f(py, v),
        None => Err(py.type_error(format!("unhashable type: '{}'", py.type_name(v)))),
    }
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    if let Some(name) = py.names.cmp(op) {
        if let Some(r) = call_method(py, a, name, std::slice::from_ref(b))? {
            return Ok((!is_ni(py, &r)).then_some(r));
        }
    }
    // `!=` defaults to the negation of a Python `__eq__`.
    if op == Cmpop::NotEq {
        if let Some(r) = call_method(py, a, &py.names.eq, std::slice::from_ref(b))? {
            if is_ni(py, &r) {
                return Ok(None);
            }
            return Ok(Some(py.bool(!obj::truthy(py, &r)?)));
        }
    }
    match base(py, a).richcompare {
        Some(f) => f(py, a, b, op),
        None => Ok(None),
    }
}

/// Whether `v`'s binary slot is this dispatcher.
fn dispatches(py: Py<'_>, v: &Value) -> bool {
    py.type_obj(v).slots.binop.map(|f| f as usize)
        == Some(binop as crate::object::typeobj::BinarySlot as usize)
}

fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    let (Some(name), Some(rname)) = (py.names.binop(op), py.names.rbinop(op)) else {
        return Ok(None);
    };
    let ta = py.type_of(a);
    let tb = py.type_of(b);
    let mut do_other = !ta.is(&tb) && dispatches(py, b);
    if dispatches(py, a) {
        if do_other && is_subtype(&tb, &ta) && cached(py, py.type_obj(b), rname).is_some() {
            if let Some(r) = call_method(py, b, rname, std::slice::from_ref(a))? {
                if !is_ni(py, &r) {
                    return Ok(Some(r));
                }
            }
            do_other = false;
        }
        match call_method(py, a, name, std::slice::from_ref(b))? {
            Some(r) if !is_ni(py, &r) => return Ok(Some(r)),
            Some(_) => {}
            None => {
                if let Some(f) = base(py, a).binop {
                    if let Some(r) = f(py, a, b, op)? {
                        return Ok(Some(r));
                    }
                }
            }
        }
    }
    if do_other || (!dispatches(py, a) && dispatches(py, b)) {
        match call_method(py, b, rname, std::slice::from_ref(a))? {
            Some(r) if !is_ni(py, &r) => return Ok(Some(r)),
            Some(_) => {}
            None => {
                if let Some(f) = base(py, b).binop {
                    if let Some(r) = f(py, a, b, op)? {
                        return Ok(Some(r));
                    }
                }
            }
        }
    }
    Ok(None)
}

fn inplace(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    if let Some(name) = py.names.ibinop(op) {
        if let Some(r) = call_method(py, a, name, std::slice::from_ref(b))? {
            return Ok((!is_ni(py, &r)).then_some(r));
        }
    }
    match base(py, a).inplace {
        Some(f) => f(py, a, b, op),
        None => Ok(None),
    }
}

fn unary(py: Py<'_>, v: &Value, op: Unaryop) -> PyResult<Option<Value>> {
    if let Some(name) = py.names.unary(op) {
        if let Some(r) = call_method(py, v, name, &[])? {
            return Ok(Some(r));
        }
    }
    match base(py, v).unary {
        Some(f) => f(py, v, op),
        None => Ok(None),
    }
}

fn truth(py: Py<'_>, v: &Value) -> PyResult<bool> {
    if let Some(r) = call_method(py, v, &py.names.bool, &[])? {
        if r.is(&py.true_) || r.is(&py.false_) {
            return Ok(r.is(&py.true_));
        }
        return Err(py.type_error(format!(
            "__bool__ should return bool, returned {}",
            py.type_name(&r)
        )));
    }
    if cached(py, py.type_obj(v), &py.names.len).is_some() {
        return Ok(len(py, v)? != 0);
    }
    let b = base(py, v);
    if let Some(f) = b.bool {
        return f(py, v);
    }
    if let Some(f) = b.len {
        return Ok(f(py, v)? != 0);
    }
    Ok(true)
}

fn len(py: Py<'_>, v: &Value) -> PyResult<usize> {
    if let Some(r) = call_method(py, v, &py.names.len, &[])? {
        return match super::int::int_ref(py, &r) {
            Some(super::int::IntRef::Small(n)) if n >= 0 => Ok(n as usize),
            Some(super::int::IntRef::Small(_)) => {
                Err(py.value_error("__len__() should return >= 0".to_string()))
            }
            Some(super::int::IntRef::Big(_)) => {
                Err(py.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            None => Err(py.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                py.type_name(&r)
            ))),
        };
    }
    match base(py, v).len {
        Some(f) => f(py, v),
        None => Err(py.type_error(format!("object of type '{}' has no len()", py.type_name(v)))),
    }
}

fn getitem(py: Py<'_>, v: &Value, k: &Value) -> PyResult<Value> {
    if let Some(r) = call_method(py, v, &py.names.getitem, std::slice::from_ref(k))? {
        return Ok(r);
    }
    match base(py, v).getitem {
        Some(f) => match f(py, v, k) {
            // A dict subclass may supply missing keys.
            Err(e)
                if e.matches(py, &py.types.key_error)
                    && v.downcast::<super::dict::Dict>().is_some() =>
            {
                match call_method(py, v, &py.names.missing, std::slice::from_ref(k))? {
                    Some(r) => Ok(r),
                    None => Err(e),
                }
            }
            r => r,
        },
        None => Err(py.type_error(format!("'{}' object is not subscriptable", py.type_name(v)))),
    }
}

fn setitem(py: Py<'_>, v: &Value, k: &Value, x: Value) -> PyResult<()> {
    if call_method(py, v, &py.names.setitem, &[k.clone(), x.clone()])?.is_some() {
        return Ok(());
    }
    match base(py, v).setitem {
        Some(f) => f(py, v, k, x),
        None => Err(py.type_error(format!(
            "'{}' object does not support item assignment",
            py.type_name(v)
        ))),
    }
}

fn delitem(py: Py<'_>, v: &Value, k: &Value) -> PyResult<()> {
    if call_method(py, v, &py.names.delitem, std::slice::from_ref(k))?.is_some() {
        return Ok(());
    }
    match base(py, v).delitem {
        Some(f) => f(py, v, k),
        None => Err(py.type_error(format!(
            "'{}' object doesn't support item deletion",
            py.type_name(v)
        ))),
    }
}

fn contains(py: Py<'_>, v: &Value, x: &Value) -> PyResult<bool> {
    if let Some(r) = call_method(py, v, &py.names.contains, std::slice::from_ref(x))? {
        return obj::truthy(py, &r);
    }
    if let Some(f) = base(py, v).contains {
        return f(py, v, x);
    }
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

/// The iterator over an object that only has `__getitem__`.
pub struct GetitemIter {
    pub obj: Value,
    pub i: Cell<i64>,
    pub done: Cell<bool>,
}
impl Payload for GetitemIter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.obj);
    }
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    if let Some(e) = not_callable(py, v, &py.names.iter) {
        drop(e);
        return Err(py.type_error(format!("'{}' object is not iterable", py.type_name(v))));
    }
    if let Some(r) = call_method(py, v, &py.names.iter, &[])? {
        let rt = py.type_obj(&r);
        // A class's next slot is a dispatcher: it counts only with `__next__`.
        let heap_without_next =
            rt.heap && rt.base_slots.next.is_none() && cached(py, rt, &py.names.next).is_none();
        if rt.slots.next.is_none() || heap_without_next {
            return Err(py.type_error(format!(
                "iter() returned non-iterator of type '{}'",
                py.type_name(&r)
            )));
        }
        return Ok(r);
    }
    if let Some(f) = base(py, v).iter {
        return f(py, v);
    }
    if cached(py, py.type_obj(v), &py.names.getitem).is_some() || base(py, v).getitem.is_some() {
        return Ok(py.alloc(
            &py.types.getitem_iterator,
            GetitemIter {
                obj: v.clone(),
                i: Cell::new(0),
                done: Cell::new(false),
            },
        ));
    }
    Err(py.type_error(format!("'{}' object is not iterable", py.type_name(v))))
}

fn next(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    match call_method(py, v, &py.names.next, &[]) {
        Ok(Some(x)) => return Ok(Some(x)),
        Ok(None) => {}
        Err(e) if e.matches(py, &py.types.stop_iteration) => return Ok(None),
        Err(e) => return Err(e),
    }
    match base(py, v).next {
        Some(f) => f(py, v),
        None => Err(py.type_error(format!("'{}' object is not an iterator", py.type_name(v)))),
    }
}

fn call(py: Py<'_>, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if let Some(d) = cached(py, py.type_obj(v), &py.names.call) {
        // CPython counts a level for calling an object without vectorcall.
        let _level = crate::vm::recursion::enter_call(py)?;
        return call_found(py, v, d, args, kwnames);
    }
    match base(py, v).call {
        Some(f) => f(py, v, args, kwnames),
        None => Err(py.type_error(format!("'{}' object is not callable", py.type_name(v)))),
    }
}

/// `cls(...)`'s first step: the class's `__new__` (a staticmethod), else
/// the builtin base's.
fn new(py: Py<'_>, cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let found = cls
        .downcast::<TypeObject>()
        .and_then(|t| cached(py, t, &py.names.new));
    match found {
        Some(d) => {
            let f = attr::descr_get(py, d, None, cls)?;
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(cls.clone());
            all.extend_from_slice(args);
            obj::call(py, &f, &all, kwnames)
        }
        None => {
            let t = cls.downcast::<TypeObject>();
            let over_object = t.is_some_and(|t| {
                t.payload_id == std::any::TypeId::of::<super::instance::Instance>()
            });
            if over_object {
                let npos = args.len() - kwnames.len().min(args.len());
                let own_init = t.is_some_and(|t| cached(py, t, &py.names.init).is_some());
                if (npos > 0 || !kwnames.is_empty()) && !own_init {
                    return Err(py.type_error(format!(
                        "{}() takes no arguments",
                        t.map_or("?", |t| t.name.as_str())
                    )));
                }
                return super::heaptype::default_new(py, cls, &[], &[]);
            }
            super::heaptype::default_new(py, cls, args, kwnames)
        }
    }
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        str: Some(str_),
        hash: Some(hash),
        richcompare: Some(richcompare),
        binop: Some(binop),
        inplace: Some(inplace),
        unary: Some(unary),
        bool: Some(truth),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        delitem: Some(delitem),
        contains: Some(contains),
        iter: Some(iter),
        next: Some(next),
        call: Some(call),
        getattr: None,
        new: Some(new),
    }
}

fn getitem_iter_next(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<GetitemIter>() else {
        return Ok(None);
    };
    if it.done.get() {
        return Ok(None);
    }
    let i = it.i.get();
    match obj::getitem(py, &it.obj, &super::int::new_i64(py, i)) {
        Ok(x) => {
            it.i.set(i + 1);
            Ok(Some(x))
        }
        Err(e)
            if e.matches(py, &py.types.index_error) || e.matches(py, &py.types.stop_iteration) =>
        {
            it.done.set(true);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn self_iter(_py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

pub fn getitem_iter_slots() -> Slots {
    Slots {
        iter: Some(self_iter),
        next: Some(getitem_iter_next),
        ..Slots::default()
    }
}
