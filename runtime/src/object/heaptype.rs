//! Making classes: `__build_class__` (metaclass, `__prepare__`, the body),
//! `type(name, bases, ns)` (C3 MRO, layout, `__slots__`, `__set_name__`,
//! `__init_subclass__`), and the `__new__`/`__init__` of builtin types as
//! seen by their Python subclasses.

use std::any::TypeId;
use std::cell::RefCell;

use crate::object::descr::{self, ClassMethod, Member, StaticMethod};
use crate::object::dict::Dict;
use crate::object::exception::ExceptionData;
use crate::object::function::Function;
use crate::object::instance::Instance;
use crate::object::list::List;
use crate::object::object::ObjectValue;
use crate::object::typeobj::{full_mro, is_object_type, is_subtype, TypeDict, TypeObject};
use crate::object::{self as obj, attr, dict, PyResult};
use crate::value::{dealloc, Value};
use crate::vm::Py;

fn type_name(v: &Value) -> String {
    v.downcast::<TypeObject>()
        .map_or_else(|| "?".to_string(), |t| t.name.clone())
}

/// `__build_class__(func, name, *bases, metaclass=..., **kw)`.
pub fn build_class(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len().min(args.len());
    let (pos, kwvals) = args.split_at(npos);
    let [func, name, bases @ ..] = pos else {
        return Err(py.type_error("__build_class__: not enough arguments".to_string()));
    };
    if func.downcast::<Function>().is_none() {
        return Err(py.type_error("__build_class__: func must be a function".to_string()));
    }
    let mut meta: Option<Value> = None;
    let mut kw_names = Vec::new();
    let mut kw_vals = Vec::new();
    for (k, v) in kwnames.iter().zip(kwvals) {
        if super::str::as_str(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kw_names.push(k.clone());
            kw_vals.push(v.clone());
        }
    }
    // PEP 560: a base that is no class may name the classes to use instead.
    let orig_bases = bases;
    let resolved = resolve_mro_entries(py, bases)?;
    let bases: &[Value] = resolved.as_deref().unwrap_or(orig_bases);
    let explicit = meta.is_some();
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => py.type_of(b),
            None => py.types.type_.clone(),
        },
    };
    if meta.downcast::<TypeObject>().is_some() && (explicit || !bases.is_empty()) {
        meta = winner_meta(py, &meta, bases)?;
    }
    let bases_t = super::tuple::new(py, bases.to_vec());
    let ns = match attr::getattr(py, &meta, "__prepare__") {
        Ok(prep) => {
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(kw_vals.iter().cloned());
            obj::call(py, &prep, &a, &kw_names)?
        }
        Err(e) if e.matches(py, &py.types.attribute_error) => dict::new(py),
        Err(e) => return Err(e),
    };
    if resolved.is_some() {
        let orig = super::tuple::new(py, orig_bases.to_vec());
        obj::setitem(py, &ns, &py.intern("__orig_bases__"), orig)?;
    }
    let mut frame = crate::vm::frame::Frame::for_call(py, func, &[], &[])?;
    frame.locals = Some(ns.clone());
    // A body whose methods use `super()`/`__class__` returns the `__class__` cell.
    let body_result = crate::vm::eval::run_frame(py, frame)?;
    let mut call_args = vec![name.clone(), bases_t, ns];
    call_args.extend(kw_vals);
    let cls = obj::call(py, &meta, &call_args, &kw_names)?;
    if let Some(c) = body_result.downcast::<super::cell::Cell>() {
        *c.0.borrow_mut() = Some(cls.clone());
    }
    Ok(cls)
}

/// PEP 560: a base that is not a class may stand for other bases through its
/// `__mro_entries__(bases)`; None when no base does.
fn resolve_mro_entries(py: Py<'_>, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    for b in bases {
        if b.downcast::<TypeObject>().is_some() {
            out.push(b.clone());
            continue;
        }
        let entries = match attr::getattr(py, b, "__mro_entries__") {
            Ok(f) => f,
            Err(e) if e.matches(py, &py.types.attribute_error) => {
                out.push(b.clone());
                continue;
            }
            Err(e) => return Err(e),
        };
        let all = super::tuple::new(py, bases.to_vec());
        let r = obj::call(py, &entries, &[all], &[])?;
        let Some(t) = r.downcast::<super::tuple::Tuple>() else {
            return Err(py.type_error("__mro_entries__ must return a tuple".to_string()));
        };
        out.extend(t.0.iter().cloned());
        changed = true;
    }
    Ok(changed.then_some(out))
}

/// The most derived of `meta` and the bases' metaclasses.
pub fn winner_meta(py: Py<'_>, meta: &Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = py.type_of(b);
        if is_subtype(&winner, &bt) {
            continue;
        }
        if is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(py.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"
                .to_string(),
        ));
    }
    Ok(winner)
}

/// C3 linearization of `bases` (each given with its own MRO).
fn c3(py: Py<'_>, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| full_mro(py, b)).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs.iter().find_map(|s| {
            let h = &s[0];
            let in_tail = seqs.iter().any(|o| o[1..].iter().any(|x| x.is(h)));
            (!in_tail).then(|| h.clone())
        });
        let Some(h) = head else {
            let mut names: Vec<String> = Vec::new();
            let mut seen: Vec<Value> = Vec::new();
            for s in &seqs {
                if !seen.iter().any(|x| x.is(&s[0])) {
                    seen.push(s[0].clone());
                    names.push(type_name(&s[0]));
                }
            }
            return Err(py.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&h) {
                s.remove(0);
            }
        }
        out.push(h);
    }
}

/// The type whose layout instances of `t` share (CPython's `solid_base`).
fn solid_base(t: &Value) -> Value {
    let mut cur = t.clone();
    loop {
        let Some(ct) = cur.downcast::<TypeObject>() else {
            return cur;
        };
        let Some(b) = ct.base.clone() else {
            return cur;
        };
        let Some(bt) = b.downcast::<TypeObject>() else {
            return cur;
        };
        let adds = if ct.heap {
            ct.slot_names.len() > bt.slot_names.len()
        } else {
            ct.payload_id != bt.payload_id
        };
        if adds {
            return cur;
        }
        cur = b;
    }
}

/// `type.__new__(meta, name, bases, ns, **kw)`.
pub fn type_new_class(
    py: Py<'_>,
    meta: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let npos = args.len() - kwnames.len().min(args.len());
    let (pos, kwvals) = args.split_at(npos);
    let [name, bases, ns] = pos else {
        return Err(py.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({npos} given)"
        )));
    };
    let Some(name) = super::str::as_str(name).map(str::to_string) else {
        return Err(py.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            py.type_name(name)
        )));
    };
    if bases.downcast::<super::tuple::Tuple>().is_none() {
        return Err(py.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            py.type_name(bases)
        )));
    }
    if ns.downcast::<Dict>().is_none() {
        return Err(py.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            py.type_name(ns)
        )));
    }
    let mut bases = obj::collect(py, bases)?;
    let meta = if bases.is_empty() {
        meta.clone()
    } else {
        winner_meta(py, meta, &bases)?
    };
    for b in &bases {
        let Some(bt) = b.downcast::<TypeObject>() else {
            return Err(py.type_error("bases must be types".to_string()));
        };
        if b.is(&py.types.bool) || bt.slots.new.is_none() && !bt.heap && !is_object_type(b) {
            return Err(py.type_error(format!("type '{}' is not an acceptable base type", bt.name)));
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(py.type_error(format!("duplicate base class {}", type_name(b))));
        }
    }
    if bases.is_empty() {
        bases.push(py.types.object.clone());
    }
    let mro_full = c3(py, &bases)?;

    // The layout: all solid bases must lie on one line of inheritance.
    let mut solid = solid_base(&bases[0]);
    for b in &bases[1..] {
        let s = solid_base(b);
        if is_subtype(&solid, &s) {
            continue;
        }
        if is_subtype(&s, &solid) {
            solid = s;
            continue;
        }
        return Err(py.type_error("multiple bases have instance lay-out conflict".to_string()));
    }
    let Some(st) = solid.downcast::<TypeObject>() else {
        return Err(py.system_error("solid base is not a type"));
    };
    let base = bases[0].clone();
    let Some(bt) = base.downcast::<TypeObject>() else {
        return Err(py.system_error("base is not a type"));
    };

    // The namespace, in order.
    let mut entries: Vec<(String, Value)> = Vec::new();
    for (k, v) in dict::items(ns) {
        if let Some(k) = super::str::as_str(&k) {
            entries.push((k.to_string(), v));
        }
    }

    // `__slots__`.
    let mut own_slots: Option<Vec<String>> = None;
    if let Some((_, s)) = entries.iter().find(|(k, _)| k == "__slots__") {
        let names = if let Some(one) = super::str::as_str(s) {
            vec![one.to_string()]
        } else {
            let mut v = Vec::new();
            for x in obj::collect(py, s)? {
                match super::str::as_str(&x) {
                    Some(n) => v.push(n.to_string()),
                    None => {
                        return Err(py.type_error(format!(
                            "__slots__ items must be strings, not '{}'",
                            py.type_name(&x)
                        )))
                    }
                }
            }
            v
        };
        own_slots = Some(names);
    }
    let inherited_dict = mro_full.iter().any(|b| {
        b.downcast::<TypeObject>()
            .is_some_and(|t| t.heap && t.has_dict)
    });
    let has_dict = match &own_slots {
        None => true,
        Some(names) => inherited_dict || names.iter().any(|n| n == "__dict__"),
    };
    let mut slot_names: Vec<String> = st.slot_names.clone();
    let member_slots: Vec<String> = own_slots
        .iter()
        .flatten()
        .filter(|n| *n != "__dict__" && *n != "__weakref__")
        .cloned()
        .collect();

    // The payload: that of the solid base; Python classes over `object`
    // get `Instance`, over other builtins the builtin's payload plus a dict.
    let sp = st.payload_id;
    let over_object = sp == TypeId::of::<ObjectValue>() || sp == TypeId::of::<Instance>();
    let (payload_id, dealloc_fn, dict_offset) = if over_object {
        (
            TypeId::of::<Instance>(),
            dealloc::<Instance> as crate::value::Dealloc,
            None,
        )
    } else if sp == TypeId::of::<ExceptionData>() || sp == TypeId::of::<TypeObject>() {
        (sp, st.dealloc, None)
    } else if st.dict_offset.is_some() {
        (sp, st.dealloc, st.dict_offset)
    } else {
        (sp, st.dealloc_dict, Some(st.dict_offset_for_sub))
    };
    // The collector's view of the same layout.
    let (is_gc, traverse_fn, clear_fn): (bool, crate::value::Traverse, crate::value::Clear) =
        if over_object {
            (
                true,
                crate::value::traverse_object::<Instance>,
                crate::value::clear_object::<Instance>,
            )
        } else if sp == TypeId::of::<ExceptionData>()
            || sp == TypeId::of::<TypeObject>()
            || st.dict_offset.is_some()
        {
            (st.is_gc, st.traverse, st.clear)
        } else {
            (true, st.traverse_dict, st.clear_dict)
        };
    if let Some(n) = member_slots
        .iter()
        .find(|n| entries.iter().any(|(k, _)| k == *n))
    {
        return Err(py.value_error(format!("'{n}' in __slots__ conflicts with class variable")));
    }
    if !member_slots.is_empty() && !over_object {
        return Err(py.type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            st.name
        )));
    }

    let qualname = entries
        .iter()
        .find(|(k, _)| k == "__qualname__")
        .and_then(|(_, v)| super::str::as_str(v).map(str::to_string))
        .unwrap_or_else(|| name.clone());
    let mut tdict = TypeDict::new();
    let defines = |n: &str| entries.iter().any(|(k, _)| k == n);
    if !defines("__module__") {
        tdict.insert("__module__".to_string(), py.new_str("__main__"));
    }
    for (k, v) in &entries {
        if k == "__qualname__" || k == "__classcell__" {
            continue;
        }
        let v = if v.downcast::<Function>().is_some() {
            match k.as_str() {
                "__new__" => py.alloc(&py.types.staticmethod, StaticMethod(v.clone())),
                "__init_subclass__" | "__class_getitem__" => {
                    py.alloc(&py.types.classmethod, ClassMethod(v.clone()))
                }
                _ => v.clone(),
            }
        } else {
            v.clone()
        };
        tdict.insert(k.clone(), v);
    }
    for n in &member_slots {
        let index = slot_names.len();
        slot_names.push(n.clone());
        let m = py.alloc(
            &py.types.member_descriptor,
            Member {
                name: n.clone(),
                owner: name.clone(),
                index,
            },
        );
        tdict.insert(n.clone(), m);
    }

    // `__dict__` and `__weakref__` come with the first class of a line that
    // gives its instances a dict (or weak references).
    let heap_ancestor = mro_full
        .iter()
        .any(|b| b.downcast::<TypeObject>().is_some_and(|t| t.heap));
    let native_dict = sp == TypeId::of::<ExceptionData>() || sp == TypeId::of::<TypeObject>();
    let heap_dict_ancestor = mro_full.iter().any(|b| {
        b.downcast::<TypeObject>()
            .is_some_and(|t| t.heap && t.has_dict)
    });
    if has_dict && !native_dict && !heap_dict_ancestor {
        let g = py.alloc(
            &py.types.getset_descriptor,
            descr::GetSet {
                name: "__dict__",
                owner: name.clone(),
            },
        );
        tdict.insert("__dict__".to_string(), g);
    }
    let weak_slot = own_slots
        .as_ref()
        .is_none_or(|s| s.iter().any(|n| n == "__weakref__"));
    if weak_slot && !heap_ancestor && sp != TypeId::of::<TypeObject>() {
        let g = py.alloc(
            &py.types.getset_descriptor,
            descr::GetSet {
                name: "__weakref__",
                owner: name.clone(),
            },
        );
        tdict.insert("__weakref__".to_string(), g);
    }
    if !defines("__doc__") {
        tdict.insert("__doc__".to_string(), py.none());
    }
    // A class that defines `__eq__` but not `__hash__` is unhashable.
    if defines("__eq__") && !defines("__hash__") {
        tdict.insert("__hash__".to_string(), py.none());
    }
    let mut slots = super::heapslots::slots();
    let base_slots = if over_object {
        py.types
            .object
            .downcast::<TypeObject>()
            .map_or(st.base_slots, |o| o.slots)
    } else {
        st.base_slots
    };
    slots.getattr = base_slots.getattr;
    let mro: Vec<Value> = mro_full.clone();
    let ty = TypeObject {
        name: name.clone(),
        qualname: RefCell::new(qualname),
        base: Some(base.clone()),
        bases: bases.clone(),
        mro,
        slots,
        base_slots,
        dict: RefCell::new(tdict),
        payload_id,
        dealloc: dealloc_fn,
        is_gc,
        has_finalizer: std::cell::Cell::new(false),
        hooks: std::cell::Cell::new(0),
        traverse: traverse_fn,
        clear: clear_fn,
        memory: bt.memory.clone(),
        traverse_dict: bt.traverse_dict,
        clear_dict: bt.clear_dict,
        dealloc_dict: bt.dealloc_dict,
        dict_offset,
        dict_offset_for_sub: bt.dict_offset_for_sub,
        heap: true,
        has_dict,
        slot_names,
        subclasses: RefCell::new(Vec::new()),
        shared_keys: RefCell::new(Vec::new()),
        renamed: RefCell::new(None),
    };
    if meta.downcast::<TypeObject>().map(|m| m.payload_id) != Some(TypeId::of::<TypeObject>()) {
        return Err(py.type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            type_name(&meta),
            type_name(&meta)
        )));
    }
    ty.has_finalizer.set(ty.lookup("__del__").is_some());
    ty.refresh_hooks();
    let cls = py.alloc(&meta, ty);
    if let Some(ct) = cls.downcast::<TypeObject>() {
        for b in &bases {
            if let Some(t) = b.downcast::<TypeObject>() {
                t.add_subclass(ct);
            }
        }
    }

    // `__set_name__` on the attributes that have it, in order.
    let items: Vec<(String, Value)> = cls
        .downcast::<TypeObject>()
        .map(|t| {
            t.dict
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default();
    for (k, v) in items {
        if let Some(f) = attr::lookup_special(py, &v, "__set_name__")? {
            if let Err(e) = obj::call(py, &f, &[cls.clone(), py.intern(&k)], &[]) {
                // 3.11 reports the failing attribute, caused by the error.
                let wrapped = py.new_error(
                    &py.types.runtime_error,
                    format!(
                        "Error calling __set_name__ on '{}' instance '{k}' in '{name}'",
                        py.type_name(&v)
                    ),
                );
                if let Some(d) = wrapped.0.downcast::<ExceptionData>() {
                    *d.cause.borrow_mut() = Some(e.0.clone());
                    *d.context.borrow_mut() = Some(e.0);
                    d.suppress_context.set(true);
                }
                return Err(wrapped);
            }
        }
    }

    // `super().__init_subclass__(**kw)` from the new class.
    let parents = full_mro(py, &cls);
    let hook = parents[1..].iter().find_map(|t| {
        t.downcast::<TypeObject>()?
            .dict
            .borrow()
            .get("__init_subclass__")
            .cloned()
    });
    if let Some(h) = hook {
        let f = attr::descr_get(py, h, None, &cls)?;
        obj::call(py, &f, kwvals, kwnames)?;
    }
    Ok(cls)
}

/// `object.__init_subclass__`: takes no keywords.
pub fn object_init_subclass(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        let cls = args.first().map(type_name).unwrap_or_default();
        return Err(py.type_error(format!(
            "{cls}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(py.none())
}

/// `X.__new__(cls, *args)` for a builtin type `X` (bound to `X`).
pub fn builtin_dunder_new(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [owner, rest @ ..] = args else {
        return Err(py.type_error("__new__(): not enough arguments".to_string()));
    };
    let oname = type_name(owner);
    let Some(cls) = rest.first() else {
        return Err(py.type_error(format!("{oname}.__new__(): not enough arguments")));
    };
    if cls.downcast::<TypeObject>().is_none() {
        return Err(py.type_error(format!(
            "{oname}.__new__(X): X is not a type object ({})",
            py.type_name(cls)
        )));
    }
    if !is_subtype(cls, owner) {
        return Err(py.type_error(format!(
            "{oname}.__new__({}): {} is not a subtype of {oname}",
            type_name(cls),
            type_name(cls)
        )));
    }
    let args = &rest[1..];
    if is_object_type(owner) {
        refuse_unsafe_object_new(py, cls)?;
        let npos = args.len() - kwnames.len().min(args.len());
        if npos > 0 || !kwnames.is_empty() {
            let t = cls.downcast::<TypeObject>();
            let own_new = t.is_some_and(|t| t.lookup_heap("__new__").is_some());
            let own_init = t.is_some_and(|t| t.lookup_heap("__init__").is_some());
            if own_new || !own_init {
                return Err(py.type_error(if own_new {
                    "object.__new__() takes exactly one argument (the type to instantiate)"
                        .to_string()
                } else {
                    format!("{}() takes no arguments", type_name(cls))
                }));
            }
        }
        return default_new(py, cls, &[], &[]);
    }
    instance_of_builtin(py, owner, cls, args, kwnames)
}

/// `object.__new__(cls)` cannot build a `cls` whose nearest builtin
/// ancestor has its own layout: that ancestor's `__new__` must be used.
fn refuse_unsafe_object_new(py: Py<'_>, cls: &Value) -> PyResult<()> {
    let Some(t) = cls.downcast::<TypeObject>() else {
        return Ok(());
    };
    let chain = || std::iter::once(cls).chain(t.mro.iter());
    let builtin = chain().find(|b| b.downcast::<TypeObject>().is_some_and(|b| !b.heap));
    let Some(base) = builtin.and_then(|b| b.downcast::<TypeObject>()) else {
        return Ok(());
    };
    if base.payload_id == TypeId::of::<super::object::ObjectValue>() {
        return Ok(());
    }
    // CPython names the first class that does not inherit a Python `__new__`.
    let python_new = |ty: &TypeObject| ty.heap && ty.dict.borrow().get("__new__").is_some();
    let inherits_python_new = |v: &Value| {
        v.downcast::<TypeObject>().is_some_and(|ty| {
            python_new(ty)
                || ty
                    .mro
                    .iter()
                    .any(|m| m.downcast::<TypeObject>().is_some_and(python_new))
        })
    };
    let named = chain().find(|v| !inherits_python_new(v)).unwrap_or(cls);
    Err(py.type_error(format!(
        "object.__new__({}) is not safe, use {}.__new__()",
        type_name(cls),
        type_name(named)
    )))
}

/// Refuses to instantiate a class whose `__abstractmethods__` (set by
/// `abc.ABCMeta`) is not empty.
fn check_abstract(py: Py<'_>, cls: &Value) -> PyResult<()> {
    let Some(t) = cls.downcast::<TypeObject>() else {
        return Ok(());
    };
    let Some(abs) = t.dict.borrow().get("__abstractmethods__").cloned() else {
        return Ok(());
    };
    let mut names: Vec<String> = Vec::new();
    for n in obj::collect(py, &abs)? {
        names.push(obj::str(py, &n)?);
    }
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    Err(py.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        t.name,
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )))
}

/// A new instance of class `cls` without running a Python `__new__`: the
/// `__new__` of its builtin base.
pub fn default_new(py: Py<'_>, cls: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some(t) = cls.downcast::<TypeObject>() else {
        return Err(py.system_error("new of a non-type"));
    };
    check_abstract(py, cls)?;
    if t.payload_id == TypeId::of::<Instance>() {
        // The values live in the instance, keyed by the class's shared
        // names, as CPython 3.11's: no dict until one is asked for.
        let n = t.shared_keys.borrow().len();
        return Ok(py.alloc(cls, Instance::with_values(n)));
    }
    // The nearest builtin ancestor makes the object.
    let owner = full_mro(py, cls)
        .into_iter()
        .find(|b| b.downcast::<TypeObject>().is_some_and(|t| !t.heap))
        .unwrap_or_else(|| py.types.object.clone());
    instance_of_builtin(py, &owner, cls, args, kwnames)
}

/// `owner.__new__(cls, *args)` for a builtin `owner`: the builtin makes its
/// object, whose payload then moves into an instance of `cls`.
fn instance_of_builtin(
    py: Py<'_>,
    owner: &Value,
    cls: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let Some(ot) = owner.downcast::<TypeObject>() else {
        return Err(py.system_error("new of a non-type"));
    };
    let pid = ot.payload_id;
    if pid == TypeId::of::<TypeObject>() {
        return type_new_class(py, cls, args, kwnames);
    }
    let Some(new) = ot.base_slots.new else {
        return Err(py.type_error(format!("cannot create '{}' instances", ot.name)));
    };
    // These builtins allocate with the type they are given.
    let honours_type = [
        TypeId::of::<ExceptionData>(),
        TypeId::of::<descr::Property>(),
        TypeId::of::<descr::ClassMethod>(),
        TypeId::of::<descr::StaticMethod>(),
    ];
    if honours_type.contains(&pid) {
        return new(py, cls, args, kwnames);
    }
    if cls.is(owner) {
        return new(py, owner, args, kwnames);
    }
    // Mutable containers start empty: their `__init__` fills them.
    if pid == TypeId::of::<Dict>() {
        return Ok(py.alloc(cls, Dict::default()));
    }
    if pid == TypeId::of::<List>() {
        return Ok(py.alloc(cls, List(RefCell::new(Vec::new()))));
    }
    if pid == TypeId::of::<super::set::Set>() && is_subtype(owner, &py.types.set) {
        return super::set::from_items(py, cls, Vec::new());
    }
    let made = new(py, owner, args, kwnames)?;
    rehome(py, cls, made)
}

/// Moves a fresh builtin object into an instance of its subclass `cls`.
fn rehome(py: Py<'_>, cls: &Value, made: Value) -> PyResult<Value> {
    use crate::object::int::{int_ref, BigIntValue, IntRef};
    if let Some(i) = int_ref(py, &made) {
        let b = match i {
            IntRef::Small(i) => num_bigint::BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        };
        return Ok(py.alloc(cls, BigIntValue(b)));
    }
    if let Some(f) = made.downcast::<super::float::Float>() {
        return Ok(py.alloc(cls, super::float::Float(f.0)));
    }
    if let Some(t) = made.downcast::<super::tuple::Tuple>() {
        return Ok(py.alloc(cls, super::tuple::Tuple(t.0.clone())));
    }
    if let Some(s) = super::str::as_str(&made) {
        let fresh = if super::surrogates::is_marked(&made) {
            // A fresh copy that keeps the lone surrogates.
            super::surrogates::concat_values(py, std::slice::from_ref(&made))
        } else {
            py.new_str(s)
        };
        return match fresh.take_payload::<super::str::Str>() {
            Ok(p) => Ok(py.alloc(cls, p)),
            Err(_) => Err(py.system_error("str payload is shared")),
        };
    }
    if made.downcast::<super::set::Set>().is_some() {
        return super::set::from_items(py, cls, super::set::keys(&made));
    }
    if let Some(b) = made.downcast::<super::bytes::Bytes>() {
        // A fresh copy: `made` may be a shared (cached) bytes object.
        let fresh = super::bytes::new(py, b.b.clone());
        return match fresh.take_payload::<super::bytes::Bytes>() {
            Ok(p) => Ok(py.alloc(cls, p)),
            Err(_) => Err(py.system_error("bytes payload is shared")),
        };
    }
    if let Some(a) = made.downcast::<super::bytearray::ByteArray>() {
        let data = a.0.borrow().clone();
        return Ok(py.alloc(cls, super::bytearray::ByteArray(RefCell::new(data))));
    }
    if let Some(c) = made.downcast::<super::complex::Complex>() {
        let (re, im) = (c.re, c.im);
        return Ok(py.alloc(cls, super::complex::Complex { re, im }));
    }
    Err(py.type_error(format!("cannot create '{}' instances", type_name(cls))))
}

/// `__init__` of builtin type `owner` on `me`: containers take their items
/// here; `object.__init__` takes no arguments.
pub fn builtin_init(
    py: Py<'_>,
    owner: &Value,
    me: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if me.downcast::<Dict>().is_some() && is_subtype(owner, &py.types.dict) {
        let fresh = obj::call(py, &py.types.dict, args, kwnames)?;
        for (k, v) in dict::items(&fresh) {
            dict::set_item(py, me, k, v)?;
        }
        return Ok(py.none());
    }
    if let Some(l) = me.downcast::<List>() {
        if is_subtype(owner, &py.types.list) {
            let items = match args {
                [] => Vec::new(),
                [x] if kwnames.is_empty() => obj::collect(py, x)?,
                _ => {
                    return Err(py.type_error(format!(
                        "list expected at most 1 argument, got {}",
                        args.len()
                    )))
                }
            };
            *l.0.borrow_mut() = items;
            return Ok(py.none());
        }
    }
    if me.downcast::<super::set::Set>().is_some() && is_subtype(owner, &py.types.set) {
        if let [x] = args {
            for k in obj::collect(py, x)? {
                super::set::add(py, me, k)?;
            }
        }
        return Ok(py.none());
    }
    if is_object_type(owner) && (!args.is_empty() || !kwnames.is_empty()) {
        let t = py.type_obj(me);
        let own_init = t.lookup_heap("__init__").is_some();
        let own_new = t.lookup_heap("__new__").is_some();
        if own_init || !own_new {
            return Err(py.type_error(if own_init {
                "object.__init__() takes exactly one argument (the instance to initialize)"
                    .to_string()
            } else {
                format!(
                    "{}.__init__() takes exactly one argument (the instance to initialize)",
                    t.name
                )
            }));
        }
    }
    Ok(py.none())
}
