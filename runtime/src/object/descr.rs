//! Descriptors and the helper objects of the class machinery: `property`,
//! `classmethod`, `staticmethod`, slot members (`__slots__`), slot wrappers
//! (`int.__add__`, `object.__setattr__`), `mappingproxy` (a class's
//! `__dict__`) and `NotImplemented`.

use std::cell::RefCell;

use crate::ast::{Cmpop, Operator, Unaryop};
use crate::object::typeobj::{Slots, TypeObject};
use crate::object::{self as obj, dict, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// `property(fget, fset, fdel, doc)`; `name` comes from `__set_name__`.
pub struct Property {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: Option<Value>,
    pub name: RefCell<Option<Value>>,
}
impl Payload for Property {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in [&self.fget, &self.fset, &self.fdel, &self.doc]
            .into_iter()
            .flatten()
        {
            visit(v);
        }
        if let Ok(Some(n)) = self.name.try_borrow().as_deref() {
            visit(n);
        }
    }
}

pub struct ClassMethod(pub Value);
impl Payload for ClassMethod {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.0);
    }
}

pub struct StaticMethod(pub Value);
impl Payload for StaticMethod {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.0);
    }
}

/// A name of `__slots__`: the value lives in the instance's slot vector.
pub struct Member {
    pub name: String,
    pub owner: String,
    pub index: usize,
}
impl Payload for Member {}

/// A builtin type's dunder (`int.__add__`), calling the type's own slot.
pub struct SlotWrapper {
    pub name: &'static str,
    pub owner: Value,
}
impl Payload for SlotWrapper {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.owner);
    }
}

/// A read-only view of a class's attributes.
pub struct MappingProxy(pub Value);
impl Payload for MappingProxy {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.0);
    }
}

pub struct NotImplementedValue;
impl Payload for NotImplementedValue {}

fn none_if(py: Py<'_>, v: &Option<Value>) -> Value {
    v.clone().unwrap_or_else(|| py.none())
}

fn opt(py: Py<'_>, v: Option<&Value>) -> Option<Value> {
    v.filter(|x| !x.is(&py.none)).cloned()
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn property_new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len().min(args.len());
    let mut slots: [Option<Value>; 4] = [None, None, None, None];
    for (i, a) in args[..npos].iter().enumerate() {
        if i >= 4 {
            return Err(py.type_error(format!(
                "property() takes at most 4 arguments ({npos} given)"
            )));
        }
        slots[i] = opt(py, Some(a));
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let i = match super::str::as_str(k) {
            Some("fget") => 0,
            Some("fset") => 1,
            Some("fdel") => 2,
            Some("doc") => 3,
            _ => {
                return Err(py.type_error(format!(
                    "property() got an unexpected keyword argument '{}'",
                    super::str::as_str(k).unwrap_or("?")
                )))
            }
        };
        slots[i] = opt(py, Some(v));
    }
    let [fget, fset, fdel, mut doc] = slots;
    if doc.is_none() {
        if let Some(g) = &fget {
            doc = obj::getattr(py, g, "__doc__")
                .ok()
                .filter(|d| !d.is(&py.none));
        }
    }
    Ok(py.alloc(
        ty,
        Property {
            fget,
            fset,
            fdel,
            doc,
            name: RefCell::new(None),
        },
    ))
}

/// The property's name for error messages: from `__set_name__`, else the getter's.
fn property_name(py: Py<'_>, p: &Property) -> String {
    if let Some(n) = p.name.borrow().as_ref().and_then(|n| super::str::as_str(n)) {
        return n.to_string();
    }
    p.fget
        .as_ref()
        .and_then(|g| obj::getattr(py, g, "__name__").ok())
        .and_then(|n| super::str::as_str(&n).map(str::to_string))
        .unwrap_or_default()
}

/// "property 'x' of" or, for a property without a name, "property of".
fn property_of(py: Py<'_>, p: &Property) -> String {
    match property_name(py, p) {
        n if n.is_empty() => "property of".to_string(),
        n => format!("property '{n}' of"),
    }
}

pub fn property_get(py: Py<'_>, p: &Property, me: &Value) -> PyResult<Value> {
    match &p.fget {
        Some(g) => obj::call(py, g, std::slice::from_ref(me), &[]),
        None => Err(py.new_error(
            &py.types.attribute_error,
            format!(
                "{} '{}' object has no getter",
                property_of(py, p),
                py.type_name(me)
            ),
        )),
    }
}

/// `__set__` (value) or `__delete__` (None) of a property.
pub fn property_set(py: Py<'_>, p: &Property, me: &Value, x: Option<Value>) -> PyResult<()> {
    let (f, what) = match &x {
        Some(_) => (&p.fset, "setter"),
        None => (&p.fdel, "deleter"),
    };
    let Some(f) = f else {
        return Err(py.new_error(
            &py.types.attribute_error,
            format!(
                "{} '{}' object has no {what}",
                property_of(py, p),
                py.type_name(me)
            ),
        ));
    };
    let mut args = vec![me.clone()];
    args.extend(x);
    obj::call(py, f, &args, &[])?;
    Ok(())
}

fn property_copy(py: Py<'_>, args: &[Value], which: usize) -> PyResult<Value> {
    let [me, f] = args else {
        return Err(py.type_error("expected 1 argument".to_string()));
    };
    let Some(p) = me.downcast::<Property>() else {
        return Err(py.type_error("descriptor requires a 'property' object".to_string()));
    };
    let f = opt(py, Some(f));
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = f;
    let [fget, fset, fdel] = parts;
    // A doc taken from the old getter follows the new getter.
    let doc = if which == 0 {
        fget.as_ref()
            .and_then(|g| obj::getattr(py, g, "__doc__").ok())
            .filter(|d| !d.is(&py.none))
            .or_else(|| p.doc.clone())
    } else {
        p.doc.clone()
    };
    let ty = py.type_of(me);
    Ok(py.alloc(
        &ty,
        Property {
            fget,
            fset,
            fdel,
            doc,
            name: RefCell::new(p.name.borrow().clone()),
        },
    ))
}

fn property_getter(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_copy(py, args, 0)
}
fn property_setter(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_copy(py, args, 1)
}
fn property_deleter(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_copy(py, args, 2)
}
fn property_set_name(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let [me, _owner, name] = args {
        if let Some(p) = me.downcast::<Property>() {
            *p.name.borrow_mut() = Some(name.clone());
        }
    }
    Ok(py.none())
}
fn property_dunder_get(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [me, o, ..] if !o.is(&py.none) => match me.downcast::<Property>() {
            Some(p) => property_get(py, p, o),
            None => Ok(me.clone()),
        },
        [me, ..] => Ok(me.clone()),
        [] => Err(py.type_error("expected an argument".to_string())),
    }
}
fn property_dunder_set(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, o, x] = args else {
        return Err(py.type_error("expected 2 arguments".to_string()));
    };
    if let Some(p) = me.downcast::<Property>() {
        property_set(py, p, o, Some(x.clone()))?;
    }
    Ok(py.none())
}

pub const PROPERTY_METHODS: &[(&str, crate::object::typeobj::NativeFn)] = &[
    ("getter", property_getter),
    ("setter", property_setter),
    ("deleter", property_deleter),
    ("__set_name__", property_set_name),
    ("__get__", property_dunder_get),
    ("__set__", property_dunder_set),
];

fn property_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(p) = v.downcast::<Property>() else {
        return Ok(None);
    };
    Ok(match name {
        "fget" => Some(none_if(py, &p.fget)),
        "fset" => Some(none_if(py, &p.fset)),
        "fdel" => Some(none_if(py, &p.fdel)),
        "__doc__" => Some(none_if(py, &p.doc)),
        "__isabstractmethod__" => {
            let mut any = false;
            for f in [&p.fget, &p.fset, &p.fdel].into_iter().flatten() {
                if let Ok(a) = obj::getattr(py, f, "__isabstractmethod__") {
                    any |= obj::truthy(py, &a)?;
                }
            }
            Some(py.bool(any))
        }
        _ => None,
    })
}

pub fn property_slots() -> Slots {
    Slots {
        getattr: Some(property_getattr),
        new: Some(property_new),
        ..Slots::default()
    }
}

fn one_arg<'a>(
    py: Py<'_>,
    what: &str,
    args: &'a [Value],
    kwnames: &[Value],
) -> PyResult<&'a Value> {
    match (args, kwnames) {
        ([f], []) => Ok(f),
        _ => Err(py.type_error(format!("{what} expected 1 argument, got {}", args.len()))),
    }
}

fn classmethod_new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let f = one_arg(py, "classmethod", args, kwnames)?;
    Ok(py.alloc(ty, ClassMethod(f.clone())))
}

fn staticmethod_new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let f = one_arg(py, "staticmethod", args, kwnames)?;
    Ok(py.alloc(ty, StaticMethod(f.clone())))
}

fn wrapped(v: &Value) -> Option<&Value> {
    v.downcast::<ClassMethod>()
        .map(|c| &c.0)
        .or_else(|| v.downcast::<StaticMethod>().map(|s| &s.0))
}

fn wrapper_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(f) = wrapped(v) else {
        return Ok(None);
    };
    match name {
        "__func__" | "__wrapped__" => Ok(Some(f.clone())),
        "__isabstractmethod__" | "__name__" | "__qualname__" | "__doc__" => {
            match obj::getattr(py, f, name) {
                Ok(x) => Ok(Some(x)),
                Err(_) if name == "__isabstractmethod__" => Ok(Some(py.bool(false))),
                Err(e) => Err(e),
            }
        }
        _ => Ok(None),
    }
}

fn classmethod_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let inner = wrapped(v).map(|f| obj::repr(py, f)).transpose()?;
    Ok(format!(
        "<{}({})>",
        py.type_name(v),
        inner.unwrap_or_default()
    ))
}

fn staticmethod_call(py: Py<'_>, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match wrapped(v) {
        Some(f) => obj::call(py, f, args, kwnames),
        None => Err(py.type_error("'staticmethod' object is not callable".to_string())),
    }
}

pub fn classmethod_slots() -> Slots {
    Slots {
        repr: Some(classmethod_repr),
        getattr: Some(wrapper_getattr),
        new: Some(classmethod_new),
        ..Slots::default()
    }
}

pub fn staticmethod_slots() -> Slots {
    Slots {
        repr: Some(classmethod_repr),
        getattr: Some(wrapper_getattr),
        call: Some(staticmethod_call),
        new: Some(staticmethod_new),
        ..Slots::default()
    }
}

fn member_repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    Ok(match v.downcast::<Member>() {
        Some(m) => format!("<member '{}' of '{}' objects>", m.name, m.owner),
        None => "<member>".to_string(),
    })
}

/// The slot vector a member indexes: an instance's, if it has one.
pub fn member_get(py: Py<'_>, m: &Member, me: &Value) -> PyResult<Value> {
    let found = me
        .downcast::<super::instance::Instance>()
        .and_then(|i| i.slots.borrow().get(m.index).cloned().flatten());
    found.ok_or_else(|| py.attribute_error(me, &m.name))
}

pub fn member_set(py: Py<'_>, m: &Member, me: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(i) = me.downcast::<super::instance::Instance>() else {
        return Err(py.attribute_error(me, &m.name));
    };
    let mut slots = i.slots.borrow_mut();
    super::instance::grow(&mut slots, m.index + 1);
    let deleting = x.is_none();
    let old = std::mem::replace(&mut slots[m.index], x);
    drop(slots);
    if deleting && old.is_none() {
        return Err(py.new_error(&py.types.attribute_error, m.name.clone()));
    }
    Ok(())
}

/// `C.x.__name__` of a `__slots__` member.
fn member_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(m) = v.downcast::<Member>() else {
        return Ok(None);
    };
    Ok(match name {
        "__name__" => Some(py.new_str(&m.name)),
        "__qualname__" => Some(py.new_str(&format!("{}.{}", m.owner, m.name))),
        "__doc__" => Some(py.none()),
        _ => None,
    })
}

pub fn member_slots() -> Slots {
    Slots {
        repr: Some(member_repr),
        getattr: Some(member_getattr),
        ..Slots::default()
    }
}

fn wrapper_repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(w) = v.downcast::<SlotWrapper>() else {
        return Ok("<slot wrapper>".to_string());
    };
    let owner = w
        .owner
        .downcast::<TypeObject>()
        .map_or("?", |t| t.name.as_str());
    Ok(format!("<slot wrapper '{}' of '{owner}' objects>", w.name))
}

/// `T.name()` called without its receiver: CPython words it one way for
/// methods and another for the slot wrappers of dunders.
pub fn needs_receiver(py: Py<'_>, owner: &str, name: &str) -> obj::PyErr {
    if name.starts_with("__") && name.ends_with("__") {
        py.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        ))
    } else {
        py.type_error(format!("unbound method {owner}.{name}() needs an argument"))
    }
}

/// `T.name(x)` where `x` is not a `T`.
pub fn wrong_receiver(py: Py<'_>, owner: &str, name: &str, got: &Value) -> obj::PyErr {
    let got = py.type_name(got);
    if name.starts_with("__") && name.ends_with("__") {
        py.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{got}'"
        ))
    } else {
        py.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object"
        ))
    }
}

fn wrapper_call(py: Py<'_>, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some(w) = v.downcast::<SlotWrapper>() else {
        return Err(py.type_error("not a slot wrapper".to_string()));
    };
    let Some(me) = args.first() else {
        return Err(py.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            w.name,
            w.owner.downcast::<TypeObject>().map_or("?", |t| &t.name)
        )));
    };
    if !obj::isinstance(py, me, &w.owner) {
        let owner = w.owner.downcast::<TypeObject>().map_or("?", |t| &t.name);
        return Err(py.type_error(format!(
            "descriptor '{}' requires a '{owner}' object but received a '{}'",
            w.name,
            py.type_name(me)
        )));
    }
    let Some(t) = w.owner.downcast::<TypeObject>() else {
        return Err(py.type_error("not a slot wrapper".to_string()));
    };
    call_slot(py, &w.owner, &t.base_slots, w.name, me, &args[1..], kwnames)
}

fn wrapper_getattr_(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(w) = v.downcast::<SlotWrapper>() else {
        return Ok(None);
    };
    Ok(match name {
        "__name__" => Some(py.new_str(w.name)),
        "__qualname__" => {
            let owner = w.owner.downcast::<TypeObject>().map_or("?", |t| &t.name);
            Some(py.new_str(&format!("{owner}.{}", w.name)))
        }
        "__objclass__" => Some(w.owner.clone()),
        _ => None,
    })
}

pub fn wrapper_slots() -> Slots {
    Slots {
        repr: Some(wrapper_repr),
        call: Some(wrapper_call),
        getattr: Some(wrapper_getattr_),
        ..Slots::default()
    }
}

fn arg<'a>(py: Py<'_>, name: &str, args: &'a [Value], i: usize) -> PyResult<&'a Value> {
    args.get(i).ok_or_else(|| {
        py.type_error(format!(
            "expected {} argument{} for {name}, got {}",
            i + 1,
            if i == 0 { "" } else { "s" },
            args.len()
        ))
    })
}

fn not_impl_or(py: Py<'_>, r: Option<Value>) -> Value {
    r.unwrap_or_else(|| py.not_implemented.clone())
}

/// Calls the slot behind dunder `name` of the builtin type `owner`.
pub fn call_slot(
    py: Py<'_>,
    owner: &Value,
    s: &Slots,
    name: &str,
    me: &Value,
    rest: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let missing = || {
        py.type_error(format!(
            "'{}' object has no slot for {name}",
            py.type_name(me)
        ))
    };
    let cmp = match name {
        "__eq__" => Some(Cmpop::Eq),
        "__ne__" => Some(Cmpop::NotEq),
        "__lt__" => Some(Cmpop::Lt),
        "__le__" => Some(Cmpop::LtE),
        "__gt__" => Some(Cmpop::Gt),
        "__ge__" => Some(Cmpop::GtE),
        _ => None,
    };
    // `int.__pow__(2, 10, 7)`: the three-argument power of `pow()`.
    if let ("__pow__", [b, m]) = (name, rest) {
        if !m.is(&py.none) {
            let r = crate::builtins::pow(py, &[me.clone(), b.clone(), m.clone()], &[]);
            return match r {
                Err(e) if e.matches(py, &py.types.type_error) => Ok(py.not_implemented.clone()),
                r => r,
            };
        }
    }
    if let Some(op) = cmp {
        let other = arg(py, name, rest, 0)?;
        let Some(f) = s.richcompare else {
            return Ok(py.not_implemented.clone());
        };
        return Ok(not_impl_or(py, f(py, me, other, op)?));
    }
    for op in Operator::ROWS.iter() {
        if op.dunder() == Some(name) {
            let other = arg(py, name, rest, 0)?;
            let Some(f) = s.binop else {
                return Ok(py.not_implemented.clone());
            };
            return Ok(not_impl_or(py, f(py, me, other, *op)?));
        }
        if op.reflected_dunder() == Some(name) {
            let other = arg(py, name, rest, 0)?;
            let Some(f) = s.binop else {
                return Ok(py.not_implemented.clone());
            };
            return Ok(not_impl_or(py, f(py, other, me, *op)?));
        }
        if op.inplace_dunder() == Some(name) {
            let other = arg(py, name, rest, 0)?;
            let r = match s.inplace {
                Some(f) => f(py, me, other, *op)?,
                None => None,
            };
            return Ok(not_impl_or(py, r));
        }
    }
    for op in Unaryop::ROWS.iter() {
        if op.dunder() == Some(name) {
            let Some(f) = s.unary else {
                return Err(missing());
            };
            return f(py, me, *op)?.ok_or_else(missing);
        }
    }
    match name {
        "__repr__" => match s.repr {
            Some(f) => Ok(py.new_str(&f(py, me)?)),
            None => Ok(py.new_str(&super::heapslots::default_repr(py, me))),
        },
        "__str__" => match (s.str, s.repr) {
            (Some(f), _) | (None, Some(f)) => Ok(py.new_str(&f(py, me)?)),
            _ => Ok(py.new_str(&obj::repr(py, me)?)),
        },
        "__hash__" => {
            let f = s.hash.ok_or_else(missing)?;
            Ok(super::int::new_i64(py, f(py, me)?))
        }
        "__bool__" => Ok(py.bool(s.bool.ok_or_else(missing)?(py, me)?)),
        "__len__" => Ok(super::int::new_i64(
            py,
            s.len.ok_or_else(missing)?(py, me)? as i64,
        )),
        "__getitem__" => {
            let key = arg(py, name, rest, 0)?;
            match s.getitem.ok_or_else(missing)?(py, me, key) {
                // `dict.__getitem__` of a subclass falls back on its `__missing__`
                // (`counter.__getitem__` as a sort key), as the subscript does.
                Err(e)
                    if e.matches(py, &py.types.key_error)
                        && me.downcast::<super::dict::Dict>().is_some() =>
                {
                    match py.type_obj(me).lookup_heap("__missing__") {
                        Some(d) => {
                            let ty = py.type_of(me);
                            let f = super::attr::descr_get(py, d, Some(me), &ty)?;
                            obj::call(py, &f, std::slice::from_ref(key), &[])
                        }
                        None => Err(e),
                    }
                }
                r => r,
            }
        }
        "__setitem__" => {
            s.setitem.ok_or_else(missing)?(
                py,
                me,
                arg(py, name, rest, 0)?,
                arg(py, name, rest, 1)?.clone(),
            )?;
            Ok(py.none())
        }
        "__delitem__" => {
            s.delitem.ok_or_else(missing)?(py, me, arg(py, name, rest, 0)?)?;
            Ok(py.none())
        }
        "__contains__" => Ok(py.bool(s.contains.ok_or_else(missing)?(
            py,
            me,
            arg(py, name, rest, 0)?,
        )?)),
        "__iter__" => s.iter.ok_or_else(missing)?(py, me),
        "__next__" => match s.next.ok_or_else(missing)?(py, me)? {
            Some(x) => Ok(x),
            None => Err(py.new_error(&py.types.stop_iteration, String::new())),
        },
        "__call__" => match s.call {
            Some(f) => f(py, me, rest, kwnames),
            // Functions are called without a slot.
            None => obj::call(py, me, rest, kwnames),
        },
        "__getattribute__" => {
            let n = arg(py, name, rest, 0)?;
            let n = attr_name(py, n)?;
            super::attr::generic_getattr(py, me, n)
        }
        "__setattr__" => {
            let n = attr_name(py, arg(py, name, rest, 0)?)?;
            super::attr::generic_setattr(py, me, n, Some(arg(py, name, rest, 1)?.clone()))?;
            Ok(py.none())
        }
        "__delattr__" => {
            let n = attr_name(py, arg(py, name, rest, 0)?)?;
            super::attr::generic_setattr(py, me, n, None)?;
            Ok(py.none())
        }
        "__init__" => super::heaptype::builtin_init(py, owner, me, rest, kwnames),
        _ => Err(missing()),
    }
}

pub fn attr_name<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a str> {
    super::str::as_str(v).ok_or_else(|| {
        py.type_error(format!(
            "attribute name must be string, not '{}'",
            py.type_name(v)
        ))
    })
}

/// The dunders backed by each slot a builtin type defines itself.
pub fn slot_dunders(s: &Slots, base: Option<&Slots>) -> Vec<&'static str> {
    macro_rules! own {
        ($f:ident) => {
            s.$f.is_some()
                && base.map_or(true, |b| {
                    b.$f.map(|f| f as usize) != s.$f.map(|f| f as usize)
                })
        };
    }
    let mut out = Vec::new();
    if own!(repr) {
        out.push("__repr__");
    }
    if own!(str) {
        out.push("__str__");
    }
    if own!(hash) {
        out.push("__hash__");
    }
    if own!(richcompare) {
        out.extend(["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]);
    }
    if own!(binop) {
        for op in Operator::ROWS.iter() {
            out.extend(op.dunder());
            out.extend(op.reflected_dunder());
        }
    }
    if own!(inplace) {
        for op in Operator::ROWS.iter() {
            out.extend(op.inplace_dunder());
        }
    }
    if own!(unary) {
        for op in Unaryop::ROWS.iter() {
            out.extend(op.dunder());
        }
    }
    if own!(bool) {
        out.push("__bool__");
    }
    if own!(len) {
        out.push("__len__");
    }
    if own!(getitem) {
        out.push("__getitem__");
    }
    if own!(setitem) {
        out.push("__setitem__");
    }
    if own!(delitem) {
        out.push("__delitem__");
    }
    if own!(contains) {
        out.push("__contains__");
    }
    if own!(iter) {
        out.push("__iter__");
    }
    if own!(next) {
        out.push("__next__");
    }
    if own!(call) {
        out.push("__call__");
    }
    out
}

/// `C.__dict__`: a read-only snapshot of the class's attributes, in order.
pub fn mappingproxy_of(py: Py<'_>, ty: &Value) -> Value {
    let d = dict::new(py);
    if let Some(t) = ty.downcast::<TypeObject>() {
        let items: Vec<(String, Value)> = t
            .dict
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in items {
            let _ = dict::set_item(py, &d, py.intern(&k), v);
        }
    }
    py.alloc(&py.types.mappingproxy, MappingProxy(d))
}

fn inner(v: &Value) -> Option<&Value> {
    v.downcast::<MappingProxy>().map(|m| &m.0)
}

fn mp_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    match inner(v) {
        Some(d) => Ok(format!("mappingproxy({})", obj::repr(py, d)?)),
        None => Ok("mappingproxy()".to_string()),
    }
}
fn mp_getitem(py: Py<'_>, v: &Value, k: &Value) -> PyResult<Value> {
    match inner(v) {
        Some(d) => obj::getitem(py, d, k),
        None => Err(py.key_error(k.clone())),
    }
}
fn mp_len(py: Py<'_>, v: &Value) -> PyResult<usize> {
    inner(v).map_or(Ok(0), |d| obj::len(py, d))
}
fn mp_iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    match inner(v) {
        Some(d) => obj::iter(py, d),
        None => Err(py.type_error("not iterable".to_string())),
    }
}
fn mp_contains(py: Py<'_>, v: &Value, k: &Value) -> PyResult<bool> {
    inner(v).map_or(Ok(false), |d| obj::contains(py, d, k))
}
fn mp_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    match (name, inner(v)) {
        ("keys" | "values" | "items" | "get" | "copy", Some(d)) => {
            obj::getattr(py, d, name).map(Some)
        }
        _ => Ok(None),
    }
}
fn mp_compare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    match inner(a) {
        Some(d) => obj::compare(py, d, b, op).map(Some),
        None => Ok(None),
    }
}

/// `str(proxy)` is the str of its mapping.
fn mp_str(py: Py<'_>, v: &Value) -> PyResult<String> {
    match inner(v) {
        Some(d) => obj::str(py, d),
        None => Ok("{}".to_string()),
    }
}

/// `types.MappingProxyType(m)`: a read-only view of the mapping `m` itself.
fn mp_new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("mappingproxy() takes no keyword arguments".to_string()));
    }
    let [m] = args else {
        return Err(py.type_error(format!(
            "mappingproxy() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let t = py.type_obj(m);
    let is_seq = m.downcast::<crate::object::list::List>().is_some()
        || m.downcast::<crate::object::tuple::Tuple>().is_some();
    if is_seq || (t.lookup("__getitem__").is_none() && t.lookup("keys").is_none()) {
        return Err(py.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            py.type_name(m)
        )));
    }
    Ok(py.alloc(ty, MappingProxy(m.clone())))
}

pub fn mappingproxy_slots() -> Slots {
    Slots {
        repr: Some(mp_repr),
        new: Some(mp_new),
        getitem: Some(mp_getitem),
        len: Some(mp_len),
        iter: Some(mp_iter),
        contains: Some(mp_contains),
        getattr: Some(mp_getattr),
        richcompare: Some(mp_compare),
        str: Some(mp_str),
        ..Slots::default()
    }
}

fn ni_repr(_py: Py<'_>, _v: &Value) -> PyResult<String> {
    Ok("NotImplemented".to_string())
}

pub fn not_implemented_slots() -> Slots {
    Slots {
        repr: Some(ni_repr),
        ..Slots::default()
    }
}

/// `list[int]`: a builtin class parameterized by `__class_getitem__`.
pub struct GenericAlias {
    pub origin: Value,
    pub args: Value,
}
impl Payload for GenericAlias {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.origin);
        visit(&self.args);
    }
}

/// `cls.__class_getitem__(item)` of the builtin containers.
pub fn generic_class_getitem(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [cls, item] = args else {
        return Err(py.type_error("__class_getitem__ expects 1 argument".to_string()));
    };
    let items = if item.downcast::<super::tuple::Tuple>().is_some() {
        item.clone()
    } else {
        super::tuple::new(py, vec![item.clone()])
    };
    Ok(py.alloc(
        &py.types.generic_alias,
        GenericAlias {
            origin: cls.clone(),
            args: items,
        },
    ))
}

fn alias_arg_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    if v.is(&py.ellipsis) {
        return Ok("...".to_string());
    }
    if let Some(t) = v.downcast::<TypeObject>() {
        let module = super::typeobj::module_of(t);
        let q = t.qualname.borrow().clone();
        return Ok(if module == "builtins" {
            q
        } else {
            format!("{module}.{q}")
        });
    }
    obj::repr(py, v)
}

fn alias_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(g) = v.downcast::<GenericAlias>() else {
        return Ok("GenericAlias".to_string());
    };
    let mut parts = Vec::new();
    for a in obj::collect(py, &g.args)? {
        parts.push(alias_arg_repr(py, &a)?);
    }
    Ok(format!(
        "{}[{}]",
        alias_arg_repr(py, &g.origin)?,
        if parts.is_empty() {
            "()".to_string()
        } else {
            parts.join(", ")
        }
    ))
}

fn alias_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(g) = v.downcast::<GenericAlias>() else {
        return Ok(None);
    };
    match name {
        "__origin__" => Ok(Some(g.origin.clone())),
        "__args__" => Ok(Some(g.args.clone())),
        "__parameters__" => Ok(Some(super::tuple::new(py, Vec::new()))),
        _ if !name.starts_with("__") => obj::getattr(py, &g.origin, name).map(Some),
        _ => Ok(None),
    }
}

fn alias_call(py: Py<'_>, v: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match v.downcast::<GenericAlias>() {
        Some(g) => obj::call(py, &g.origin, args, kwnames),
        None => Err(py.type_error("not callable".to_string())),
    }
}

fn alias_compare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (a.downcast::<GenericAlias>(), b.downcast::<GenericAlias>()) else {
        return Ok(None);
    };
    let same = x.origin.is(&y.origin) && obj::eq(py, &x.args, &y.args)?;
    Ok(match op {
        Cmpop::Eq => Some(py.bool(same)),
        Cmpop::NotEq => Some(py.bool(!same)),
        _ => None,
    })
}

pub fn generic_alias_slots() -> Slots {
    Slots {
        repr: Some(alias_repr),
        getattr: Some(alias_getattr),
        call: Some(alias_call),
        richcompare: Some(alias_compare),
        // `list[int] | None` is a union too.
        binop: Some(super::union::type_or),
        ..Slots::default()
    }
}

/// `C.__dict__['__dict__']` and `['__weakref__']`: how instances of a class
/// expose their dict (and, always `None` here, their weak references).
pub struct GetSet {
    pub name: &'static str,
    pub owner: String,
}
impl Payload for GetSet {}

pub fn getset_get(py: Py<'_>, g: &GetSet, me: &Value) -> PyResult<Value> {
    if g.name == "__dict__" {
        return super::attr::instance_dict_made(py, me)
            .ok_or_else(|| py.attribute_error(me, "__dict__"));
    }
    // `d.keys().mapping`: a read-only proxy of the viewed dict.
    if let ("mapping", Some(v)) = (g.name, me.downcast::<super::dict::DictView>()) {
        return Ok(py.alloc(&py.types.mappingproxy, MappingProxy(v.dict.clone())));
    }
    Ok(py.none())
}

pub fn getset_set(py: Py<'_>, g: &GetSet, _me: &Value) -> PyResult<()> {
    Err(py.new_error(
        &py.types.attribute_error,
        format!(
            "attribute '{}' of '{}' objects is not writable",
            g.name, g.owner
        ),
    ))
}

fn getset_repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    Ok(match v.downcast::<GetSet>() {
        Some(g) => format!("<attribute '{}' of '{}' objects>", g.name, g.owner),
        None => "<attribute>".to_string(),
    })
}

pub fn getset_slots() -> Slots {
    Slots {
        repr: Some(getset_repr),
        ..Slots::default()
    }
}
