//! Python-visible dunders of builtin types: `__get__` of `classmethod` and
//! `staticmethod`, `__delete__` of `property` and the iterators'
//! `__length_hint__`: library code (enum, dataclasses, inspect, operator)
//! looks these up by name, as `hasattr(x, '__get__')`.

use crate::object::descr::{self, Property};
use crate::object::typeobj::{NativeFn, TypeObject};
use crate::object::{attr, iter, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// Adds the dunders to the descriptor types' dicts.
pub fn install(py: Py<'_>) {
    let t = &py.types;
    put(py, &t.classmethod, &[("__get__", descr_dunder_get)]);
    put(py, &t.staticmethod, &[("__get__", descr_dunder_get)]);
    put(py, &t.property, &[("__delete__", property_dunder_delete)]);
    let data: &[(&'static str, NativeFn)] = &[
        ("__get__", descr_dunder_get),
        ("__set__", descr_dunder_set),
        ("__delete__", descr_dunder_delete),
    ];
    put(py, &t.member_descriptor, data);
    put(py, &t.getset_descriptor, data);
    put(py, &t.wrapper_descriptor, &[("__get__", descr_dunder_get)]);
    put(py, &t.coroutine, crate::object::generator::METHODS);
    put(py, &t.coroutine, crate::object::coroutine::METHODS);
    put(py, &t.async_generator, crate::object::asyncgen::METHODS);
    put(
        py,
        &t.async_generator_asend,
        crate::object::asyncgen::ASEND_METHODS,
    );
    let hint: &[(&'static str, NativeFn)] = &[("__length_hint__", iter::length_hint)];
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.str_wide_iterator,
        &t.range_iterator,
    ] {
        put(py, ty, hint);
    }
}

pub(crate) fn put(py: Py<'_>, ty: &Value, methods: &[(&'static str, NativeFn)]) {
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

/// `d.__get__(instance, owner=None)`: the owner defaults to the instance's type.
pub(crate) fn descr_dunder_get(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (me, inst, owner) = match args {
        [me, inst] => (me, inst, None),
        [me, inst, owner] => (me, inst, Some(owner)),
        _ => {
            return Err(py.type_error(format!(
                "__get__ expected at least 1 argument, got {}",
                args.len().saturating_sub(1)
            )))
        }
    };
    let owner = match owner {
        Some(o) if !o.is(&py.none) => o.clone(),
        _ if inst.is(&py.none) => {
            return Err(py.type_error("__get__(None, None) is invalid".to_string()))
        }
        _ => py.type_of(inst),
    };
    let inst = if inst.is(&py.none) { None } else { Some(inst) };
    if let Some(i) = inst {
        member_receiver(py, me, i)?;
    }
    attr::descr_get(py, me.clone(), inst, &owner)
}

/// A slot's descriptor applies only to instances of a class that has it.
fn member_receiver(py: Py<'_>, me: &Value, inst: &Value) -> PyResult<()> {
    let Some(m) = me.downcast::<descr::Member>() else {
        return Ok(());
    };
    let has = crate::object::typeobj::full_mro(py, &py.type_of(inst))
        .iter()
        .any(|t| {
            t.downcast::<TypeObject>()
                .is_some_and(|t| t.dict.borrow().get(&m.name).is_some_and(|x| x.is(me)))
        });
    if has {
        return Ok(());
    }
    Err(descr::wrong_receiver(py, &m.owner, &m.name, inst))
}

fn property_dunder_delete(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, o] = args else {
        return Err(py.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    if let Some(p) = me.downcast::<Property>() {
        descr::property_set(py, p, o, None)?;
    }
    Ok(py.none())
}

/// `d.__set__(instance, value)` of a builtin data descriptor (slots, getsets).
fn descr_dunder_set(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, inst, value] = args else {
        return Err(py.type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    };
    member_receiver(py, me, inst)?;
    attr::descr_set(py, me, inst, &Some(value.clone()))?;
    Ok(py.none())
}

/// `d.__delete__(instance)` of a builtin data descriptor.
fn descr_dunder_delete(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, inst] = args else {
        return Err(py.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    member_receiver(py, me, inst)?;
    attr::descr_set(py, me, inst, &None)?;
    Ok(py.none())
}
