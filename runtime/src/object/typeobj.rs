//! The `type` type: a type object's name, bases, slot table and method dict.
//!
//! **Invariant:** a type records the Rust payload type of its instances
//! (`payload_id`) and the matching deallocator; subclasses that add no fields
//! share their base's payload, so `Value::downcast` works on them too.

use std::any::TypeId;
use std::cell::RefCell;
use std::collections::HashMap;

use crate::ast::{Cmpop, Operator, Unaryop};
use crate::object::PyResult;
use crate::value::{dealloc, Dealloc, Payload, Value};
use crate::vm::Py;

/// A builtin function: positional arguments, then the values of the keyword
/// arguments named by `kwnames` (the layout of CALL's stack, as vectorcall).
pub type NativeFn = fn(Py<'_>, &[Value], &[Value]) -> PyResult<Value>;

/// Slot signatures, named for the slot table below.
pub type ReprSlot = fn(Py<'_>, &Value) -> PyResult<String>;
pub type HashSlot = fn(Py<'_>, &Value) -> PyResult<i64>;
pub type CompareSlot = fn(Py<'_>, &Value, &Value, Cmpop) -> PyResult<Option<Value>>;
pub type BinarySlot = fn(Py<'_>, &Value, &Value, Operator) -> PyResult<Option<Value>>;
pub type UnarySlot = fn(Py<'_>, &Value, Unaryop) -> PyResult<Option<Value>>;
pub type BoolSlot = fn(Py<'_>, &Value) -> PyResult<bool>;
pub type LenSlot = fn(Py<'_>, &Value) -> PyResult<usize>;
pub type CallSlot = fn(Py<'_>, &Value, &[Value], &[Value]) -> PyResult<Value>;
pub type GetattrSlot = fn(Py<'_>, &Value, &str) -> PyResult<Option<Value>>;
pub type IterSlot = fn(Py<'_>, &Value) -> PyResult<Value>;
pub type NextSlot = fn(Py<'_>, &Value) -> PyResult<Option<Value>>;
pub type GetitemSlot = fn(Py<'_>, &Value, &Value) -> PyResult<Value>;
pub type SetitemSlot = fn(Py<'_>, &Value, &Value, Value) -> PyResult<()>;
pub type DelitemSlot = fn(Py<'_>, &Value, &Value) -> PyResult<()>;
pub type ContainsSlot = fn(Py<'_>, &Value, &Value) -> PyResult<bool>;

/// Rust functions implementing a type's behaviour (CPython's `tp_*` slots).
/// `None` means the type lacks the operation; subclasses inherit missing ones.
#[derive(Clone, Copy, Default)]
pub struct Slots {
    pub repr: Option<ReprSlot>,
    pub str: Option<ReprSlot>,
    pub hash: Option<HashSlot>,
    /// `None` result: NotImplemented.
    pub richcompare: Option<CompareSlot>,
    /// Called for either operand's type, with the operands in source order;
    /// `None` result: NotImplemented.
    pub binop: Option<BinarySlot>,
    /// Augmented assignment that mutates the left operand (`list +=`).
    pub inplace: Option<BinarySlot>,
    pub unary: Option<UnarySlot>,
    pub bool: Option<BoolSlot>,
    pub len: Option<LenSlot>,
    pub call: Option<CallSlot>,
    /// Attributes stored on the instance, looked up before the type's dict.
    pub getattr: Option<GetattrSlot>,
    pub iter: Option<IterSlot>,
    /// `None` result: the iterator is exhausted (no StopIteration object).
    pub next: Option<NextSlot>,
    pub getitem: Option<GetitemSlot>,
    pub setitem: Option<SetitemSlot>,
    pub delitem: Option<DelitemSlot>,
    pub contains: Option<ContainsSlot>,
    /// Calling the type: `(type, args, kwnames)`.
    pub new: Option<CallSlot>,
}

impl Slots {
    /// Fills the slots this table lacks from `base`'s.
    fn inherit(&mut self, base: &Slots) {
        macro_rules! take {
            ($($f:ident)*) => { $( if self.$f.is_none() { self.$f = base.$f; } )* };
        }
        take!(repr str hash richcompare binop inplace unary bool len call getattr iter next getitem setitem delitem contains new);
    }
}

pub struct TypeObject {
    pub name: String,
    pub base: Option<Value>,
    /// The bases in method resolution order, without the type itself.
    pub mro: Vec<Value>,
    pub slots: Slots,
    pub dict: RefCell<HashMap<String, Value>>,
    pub payload_id: TypeId,
    pub dealloc: Dealloc,
}

impl Payload for TypeObject {}

impl TypeObject {
    /// A type whose instances have payload `T`, inheriting `base`'s slots.
    pub fn new<T: Payload>(name: &str, base: Option<&Value>, mut slots: Slots) -> TypeObject {
        let mut mro = Vec::new();
        if let Some(b) = base {
            if let Some(bt) = b.downcast::<TypeObject>() {
                slots.inherit(&bt.slots);
                mro.push(b.clone());
                mro.extend(bt.mro.iter().cloned());
            }
        }
        TypeObject {
            name: name.to_string(),
            base: base.cloned(),
            mro,
            slots,
            dict: RefCell::new(HashMap::new()),
            payload_id: TypeId::of::<T>(),
            dealloc: dealloc::<T>,
        }
    }

    /// Looks `name` up in the type's dict, then along its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        self.mro
            .iter()
            .find_map(|t| t.downcast::<TypeObject>()?.dict.borrow().get(name).cloned())
    }
}

/// Whether type `sub` is `sup` or derives from it.
pub fn is_subtype(sub: &Value, sup: &Value) -> bool {
    sub.is(sup)
        || sub
            .downcast::<TypeObject>()
            .is_some_and(|t| t.mro.iter().any(|b| b.is(sup)))
}

pub(crate) fn type_repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(t) = v.downcast::<TypeObject>() else {
        return Ok("<class '?'>".to_string());
    };
    // Classes defined in Python carry their module (`<class '__main__.C'>`).
    let module = t
        .dict
        .borrow()
        .get("__module__")
        .and_then(|m| super::str::as_str(m).map(str::to_string));
    Ok(match module {
        Some(m) if m != "builtins" => format!("<class '{m}.{}'>", t.name),
        _ => format!("<class '{}'>", t.name),
    })
}

/// `type(x)`: the type of one object (the three-argument form comes with classes).
pub(crate) fn type_new(
    py: Py<'_>,
    _ty: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    match (args, kwnames) {
        ([x], []) => Ok(py.type_of(x)),
        _ => Err(py.type_error("type() takes 1 argument".to_string())),
    }
}

pub(crate) fn type_call(
    py: Py<'_>,
    ty: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let t = ty
        .downcast::<TypeObject>()
        .ok_or_else(|| py.system_error("type_call on a non-type"))?;
    let Some(new) = t.slots.new else {
        return Err(py.type_error(format!("cannot create '{}' instances", t.name)));
    };
    let made = new(py, ty, args, kwnames)?;
    // `type(x)` returns an existing object; anything else is initialised.
    if !ty.is(&py.types.type_) {
        super::instance::init(py, &made, args, kwnames)?;
    }
    Ok(made)
}

pub(crate) fn type_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(t) = v.downcast::<TypeObject>() else {
        return Ok(None);
    };
    Ok(match name {
        "__name__" | "__qualname__" => Some(py.new_str(&t.name)),
        _ => t.lookup(name),
    })
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(type_repr),
        call: Some(type_call),
        getattr: Some(type_getattr),
        new: Some(type_new),
        binop: Some(super::union::type_or),
        ..Slots::default()
    }
}
