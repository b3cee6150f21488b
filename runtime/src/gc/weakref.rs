//! Weak references (`_weakref.ref`, `_weakref.proxy`): references that do not
//! keep their referent alive and are cleared, with their callbacks called, when
//! it dies by reference counting or in the collector.
//!
//! A referent's weak references are listed in the interpreter's side table
//! (`WeakTable`, keyed by the referent's address) and the referent carries the
//! `GC_WEAKREFS` mark in its GC head, so freeing an object looks at the table
//! only when it has weak references (CPython keeps the list in the object, at
//! `tp_weaklistoffset`). Only containers (which have a GC head) and type objects
//! (immortal here) can be weakly referenced, which covers what CPython allows:
//! instances of classes, functions, methods, sets, generators, types.
//!
//! **Invariant:** the table holds no counts: a weak reference object removes
//! itself from the table when it is freed, and the referent's death empties its
//! entry before its memory is released.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::object::typeobj::{Slots, TypeObject};
use crate::object::{self as obj, PyResult};
use crate::value::{Payload, Value, GC_WEAKREFS};
use crate::vm::Py;

/// The payload of `weakref.ReferenceType` and of the proxy types.
pub struct WeakRef {
    /// The referent's address (a `Value`'s bits), 0 once it died.
    target: Cell<usize>,
    callback: RefCell<Option<Value>>,
    /// The referent's hash, kept so the hash survives the referent.
    hash: Cell<Option<i64>>,
    is_proxy: bool,
    table: Rc<WeakTable>,
}

impl Payload for WeakRef {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(Some(cb)) = self.callback.try_borrow().as_deref() {
            visit(cb);
        }
    }
    fn clear(&self) {
        if let Ok(mut cb) = self.callback.try_borrow_mut() {
            drop(cb.take());
        }
    }
}

impl Drop for WeakRef {
    fn drop(&mut self) {
        // A weak reference dying before its referent leaves the table.
        let t = self.target.get();
        if t == 0 {
            return;
        }
        let me = self as *const WeakRef as usize;
        if let Ok(mut m) = self.table.0.try_borrow_mut() {
            if let Some(list) = m.get_mut(&t) {
                list.retain(|&w| w != me);
                if list.is_empty() {
                    m.remove(&t);
                }
            }
        }
    }
}

/// Referent address -> addresses of the `WeakRef` payloads pointing at it, in
/// creation order. Shared by the interpreter and its weak references (so a
/// weak reference freed late still finds it).
#[derive(Default)]
pub struct WeakTable(RefCell<HashMap<usize, Vec<usize>>>);

impl WeakTable {
    /// Zeroes every weak reference (the interpreter is going away: referents
    /// freed from now on can no longer reach this table).
    pub fn clear_all(&self) {
        let all = std::mem::take(&mut *self.0.borrow_mut());
        for w in all.into_values().flatten() {
            // SAFETY: table entries are live WeakRef payloads (see Drop).
            unsafe { (*(w as *const WeakRef)).target.set(0) };
        }
    }
}

fn weakref_type(py: Py<'_>, proxy: bool, callable: bool) -> Value {
    let cell = match (proxy, callable) {
        (false, _) => &py.gc.weakref_types[0],
        (true, false) => &py.gc.weakref_types[1],
        (true, true) => &py.gc.weakref_types[2],
    };
    if let Some(t) = cell.borrow().as_ref() {
        return t.clone();
    }
    let (name, slots) = match (proxy, callable) {
        (false, _) => ("weakref.ReferenceType", ref_slots()),
        (true, false) => ("weakref.ProxyType", proxy_slots()),
        (true, true) => ("weakref.CallableProxyType", proxy_slots()),
    };
    let t = py.alloc(
        &py.types.type_,
        TypeObject::new::<WeakRef>(name, Some(&py.types.object), slots),
    );
    t.leak();
    *cell.borrow_mut() = Some(t.clone());
    t
}

/// Whether `v` may be weakly referenced: containers we can clear (CPython
/// refuses lists, tuples, dicts and the like, which have no weak list) and types.
fn weakrefable(v: &Value) -> bool {
    use crate::object::*;
    if v.downcast::<TypeObject>().is_some() {
        return true;
    }
    v.gc_head().is_some()
        && v.downcast::<list::List>().is_none()
        && v.downcast::<tuple::Tuple>().is_none()
        && v.downcast::<dict::Dict>().is_none()
        && v.downcast::<cell::Cell>().is_none()
        && v.downcast::<slice::Slice>().is_none()
}

/// `ref(obj[, callback])` and `proxy(obj[, callback])`.
pub fn new(py: Py<'_>, target: &Value, callback: Option<Value>, proxy: bool) -> PyResult<Value> {
    if !weakrefable(target) {
        return Err(py.type_error(format!(
            "cannot create weak reference to '{}' object",
            py.type_name(target)
        )));
    }
    let callback = callback.filter(|c| !c.is(&py.none));
    let table = &py.gc.weakrefs;
    // A reference without callback is shared, as CPython's.
    if callback.is_none() {
        let existing = table.0.borrow().get(&target.addr()).cloned();
        for w in existing.unwrap_or_default() {
            // SAFETY: table entries are live WeakRef payloads (see Drop).
            let wr = unsafe { &*(w as *const WeakRef) };
            if wr.callback.borrow().is_none() && wr.is_proxy == proxy {
                if let Some(v) = value_of_payload(py, w) {
                    return Ok(v);
                }
            }
        }
    }
    let callable = proxy && py.type_obj(target).slots.call.is_some();
    let ty = weakref_type(py, proxy, callable);
    let r = py.alloc(
        &ty,
        WeakRef {
            target: Cell::new(target.addr()),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
            is_proxy: proxy,
            table: table.clone(),
        },
    );
    if let Some(w) = r.downcast::<WeakRef>() {
        let addr = w as *const WeakRef as usize;
        table
            .0
            .borrow_mut()
            .entry(target.addr())
            .or_default()
            .push(addr);
    }
    if let Some(h) = target.gc_head() {
        h.set_flags(h.flags() | GC_WEAKREFS);
    }
    Ok(r)
}

/// The weak reference object whose payload is at `payload`, as a new reference.
fn value_of_payload(_py: Py<'_>, payload: usize) -> Option<Value> {
    // SAFETY: table entries are live WeakRef payloads (see Drop).
    Some(unsafe { crate::value::value_of_payload::<WeakRef>(payload as *const WeakRef) })
}

/// The referent, if alive (a new reference).
pub fn target(r: &WeakRef) -> Option<Value> {
    let t = r.target.get();
    if t == 0 {
        return None;
    }
    // SAFETY: a non-zero target is alive: its death zeroes this field first.
    Some(unsafe { Value::from_addr(t) })
}

/// Called as the referent `addr` dies (refcount or collector): clears its weak
/// references, then calls the callbacks of those still alive, newest first as
/// CPython does. `call_callbacks` is false for the collector's first pass.
pub fn clear_referent(py: Py<'_>, addr: usize, call_callbacks: bool) -> Vec<Value> {
    let list = py
        .gc
        .weakrefs
        .0
        .borrow_mut()
        .remove(&addr)
        .unwrap_or_default();
    let mut refs = Vec::new();
    for &w in &list {
        // SAFETY: table entries are live WeakRef payloads.
        let wr = unsafe { &*(w as *const WeakRef) };
        wr.target.set(0);
        if let Some(v) = value_of_payload(py, w) {
            refs.push(v);
        }
    }
    if call_callbacks {
        run_callbacks(py, &refs);
        Vec::new()
    } else {
        refs
    }
}

/// Calls the callbacks of `refs` (weak references whose referent died).
pub fn run_callbacks(py: Py<'_>, refs: &[Value]) {
    for r in refs.iter().rev() {
        let Some(w) = r.downcast::<WeakRef>() else {
            continue;
        };
        let cb = w.callback.borrow_mut().take();
        if let Some(cb) = cb {
            if let Err(e) = obj::call(py, &cb, std::slice::from_ref(r), &[]) {
                super::report_unraisable(py, &e.0, &cb);
            }
        }
    }
}

/// `getweakrefcount(obj)`.
pub fn count(py: Py<'_>, v: &Value) -> usize {
    py.gc.weakrefs.0.borrow().get(&v.addr()).map_or(0, Vec::len)
}

/// `getweakrefs(obj)`.
pub fn refs(py: Py<'_>, v: &Value) -> Vec<Value> {
    let list = py.gc.weakrefs.0.borrow().get(&v.addr()).cloned();
    list.unwrap_or_default()
        .into_iter()
        .filter_map(|w| value_of_payload(py, w))
        .collect()
}

fn dead(py: Py<'_>) -> crate::object::PyErr {
    // ReferenceError, when the builtins have it.
    let ty = crate::object::dict::get_str(py, &py.builtins, "ReferenceError")
        .ok()
        .flatten()
        .unwrap_or_else(|| py.types.runtime_error.clone());
    py.new_error(&ty, "weakly-referenced object no longer exists".to_string())
}

fn ref_call(py: Py<'_>, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !args.is_empty() || !kwnames.is_empty() {
        return Err(py.type_error(format!(
            "weakref() takes no arguments ({} given)",
            args.len()
        )));
    }
    let Some(w) = v.downcast::<WeakRef>() else {
        return Ok(py.none());
    };
    Ok(target(w).unwrap_or_else(|| py.none()))
}

fn ref_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(w) = v.downcast::<WeakRef>() else {
        return Ok("<weakref>".to_string());
    };
    Ok(match target(w) {
        None => format!("<weakref at {:#x}; dead>", v.addr()),
        Some(t) => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            v.addr(),
            py.type_name(&t),
            t.addr()
        ),
    })
}

fn ref_hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    let Some(w) = v.downcast::<WeakRef>() else {
        return Ok(0);
    };
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let Some(t) = target(w) else {
        return Err(py.type_error("weak object has gone away".to_string()));
    };
    let h = obj::hash(py, &t)?;
    w.hash.set(Some(h));
    Ok(h)
}

fn ref_compare(py: Py<'_>, a: &Value, b: &Value, op: crate::ast::Cmpop) -> PyResult<Option<Value>> {
    use crate::ast::Cmpop;
    if !matches!(op, Cmpop::Eq | Cmpop::NotEq) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (a.downcast::<WeakRef>(), b.downcast::<WeakRef>()) else {
        return Ok(None);
    };
    let same = match (target(x), target(y)) {
        (Some(p), Some(q)) => obj::eq(py, &p, &q)?,
        _ => a.is(b),
    };
    Ok(Some(py.bool(same == (op == Cmpop::Eq))))
}

fn ref_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(w) = v.downcast::<WeakRef>() else {
        return Ok(None);
    };
    if w.is_proxy {
        let t = target(w).ok_or_else(|| dead(py))?;
        return obj::getattr(py, &t, name).map(Some);
    }
    Ok(match name {
        "__callback__" => Some(w.callback.borrow().clone().unwrap_or_else(|| py.none())),
        _ => None,
    })
}

fn ref_new(py: Py<'_>, _ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("ref() takes no keyword arguments".to_string()));
    }
    match args {
        [t] => new(py, t, None, false),
        [t, cb] => new(py, t, Some(cb.clone()), false),
        _ => Err(py.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

fn ref_slots() -> Slots {
    Slots {
        call: Some(ref_call),
        repr: Some(ref_repr),
        hash: Some(ref_hash),
        richcompare: Some(ref_compare),
        getattr: Some(ref_getattr),
        new: Some(ref_new),
        ..Slots::default()
    }
}

/// The live referent of a proxy, or ReferenceError.
fn referent(py: Py<'_>, v: &Value) -> PyResult<Value> {
    v.downcast::<WeakRef>()
        .and_then(target)
        .ok_or_else(|| dead(py))
}

fn proxy_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let t = v.downcast::<WeakRef>().and_then(target);
    Ok(match t {
        Some(t) => format!(
            "<weakproxy at {:#x}; to '{}' at {:#x}>",
            v.addr(),
            py.type_name(&t),
            t.addr()
        ),
        None => format!("<weakproxy at {:#x}; dead>", v.addr()),
    })
}

fn proxy_str(py: Py<'_>, v: &Value) -> PyResult<String> {
    obj::str(py, &referent(py, v)?)
}

fn proxy_call(py: Py<'_>, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    obj::call(py, &referent(py, v)?, args, kwnames)
}

fn proxy_bool(py: Py<'_>, v: &Value) -> PyResult<bool> {
    obj::truthy(py, &referent(py, v)?)
}

fn proxy_len(py: Py<'_>, v: &Value) -> PyResult<usize> {
    obj::len(py, &referent(py, v)?)
}

fn proxy_getitem(py: Py<'_>, v: &Value, k: &Value) -> PyResult<Value> {
    obj::getitem(py, &referent(py, v)?, k)
}

fn proxy_iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    obj::iter(py, &referent(py, v)?)
}

fn proxy_compare(
    py: Py<'_>,
    a: &Value,
    b: &Value,
    op: crate::ast::Cmpop,
) -> PyResult<Option<Value>> {
    let a = if a.downcast::<WeakRef>().is_some() {
        referent(py, a)?
    } else {
        a.clone()
    };
    let b = if b.downcast::<WeakRef>().is_some() {
        referent(py, b)?
    } else {
        b.clone()
    };
    obj::compare(py, &a, &b, op).map(Some)
}

fn proxy_binop(
    py: Py<'_>,
    a: &Value,
    b: &Value,
    op: crate::ast::Operator,
) -> PyResult<Option<Value>> {
    let a = if a.downcast::<WeakRef>().is_some() {
        referent(py, a)?
    } else {
        a.clone()
    };
    let b = if b.downcast::<WeakRef>().is_some() {
        referent(py, b)?
    } else {
        b.clone()
    };
    obj::binary_op(py, &a, &b, op, false).map(Some)
}

fn proxy_hash(py: Py<'_>, _v: &Value) -> PyResult<i64> {
    Err(py.type_error("unhashable type: 'weakref.ProxyType'".to_string()))
}

fn proxy_slots() -> Slots {
    Slots {
        repr: Some(proxy_repr),
        str: Some(proxy_str),
        call: Some(proxy_call),
        bool: Some(proxy_bool),
        len: Some(proxy_len),
        getitem: Some(proxy_getitem),
        iter: Some(proxy_iter),
        richcompare: Some(proxy_compare),
        binop: Some(proxy_binop),
        hash: Some(proxy_hash),
        getattr: Some(ref_getattr),
        ..Slots::default()
    }
}

/// The `_weakref` module's attributes (the `weakref` module in `runtime/lib`
/// builds the dictionaries and `finalize` on them).
pub fn module_attributes(py: Py<'_>) -> Vec<(&'static str, Value)> {
    let r = weakref_type(py, false, false);
    vec![
        ("ref", r.clone()),
        ("ReferenceType", r),
        ("ProxyType", weakref_type(py, true, false)),
        ("CallableProxyType", weakref_type(py, true, true)),
        ("proxy", py.new_builtin("proxy", proxy_fn, None)),
        (
            "getweakrefcount",
            py.new_builtin("getweakrefcount", getweakrefcount, None),
        ),
        (
            "getweakrefs",
            py.new_builtin("getweakrefs", getweakrefs, None),
        ),
    ]
}

fn proxy_fn(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("proxy() takes no keyword arguments".to_string()));
    }
    match args {
        [t] => new(py, t, None, true),
        [t, cb] => new(py, t, Some(cb.clone()), true),
        _ => Err(py.type_error(format!(
            "proxy expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

fn getweakrefcount(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match (args, kwnames) {
        ([x], []) => Ok(crate::object::int::new_i64(py, count(py, x) as i64)),
        _ => Err(py.type_error("getweakrefcount() takes exactly one argument".to_string())),
    }
}

fn getweakrefs(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match (args, kwnames) {
        ([x], []) => Ok(crate::object::list::new(py, refs(py, x))),
        _ => Err(py.type_error("getweakrefs() takes exactly one argument".to_string())),
    }
}
