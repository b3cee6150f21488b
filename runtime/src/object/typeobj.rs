//! The `type` type: a type object's name, bases, slot table and method dict.
//!
//! **Invariant:** a type records the Rust payload type of its instances
//! (`payload_id`) and the matching deallocator; subclasses that add no fields
//! share their base's payload, so `Value::downcast` works on them too.

use std::any::TypeId;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::alloc::Heap;
use crate::ast::{Cmpop, Operator, Unaryop};
use crate::object::PyResult;
use crate::value::{
    clear_object, dealloc, dict_offset_of, traverse_object, Clear, Dealloc, Payload, Traverse,
    Value, WithDict,
};
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

/// Names are hashed as the interned-str table hashes them (`vm::namehash`).
type NameMap = HashMap<String, usize, crate::vm::namehash::NameHash>;

/// The attributes of a type in definition order (a class's `__dict__`
/// lists them as they were written), with a name index for lookups.
#[derive(Default)]
pub struct TypeDict {
    entries: Vec<Option<(String, Value)>>,
    index: NameMap,
    /// The type's version tag for the attribute cache (`vm::cache`); 0
    /// when it has none. Every change of the dict clears it.
    version: std::cell::Cell<u64>,
}

impl TypeDict {
    pub fn new() -> TypeDict {
        TypeDict::default()
    }

    pub fn get(&self, k: &str) -> Option<&Value> {
        let i = *self.index.get(k)?;
        self.entries.get(i)?.as_ref().map(|(_, v)| v)
    }

    pub fn contains_key(&self, k: &str) -> bool {
        self.index.contains_key(k)
    }

    /// Sets `k`; a new name goes last, an existing one keeps its place.
    pub fn insert(&mut self, k: String, v: Value) -> Option<Value> {
        self.version.set(0);
        if let Some(&i) = self.index.get(&k) {
            if let Some(Some((_, old))) = self.entries.get_mut(i) {
                return Some(std::mem::replace(old, v));
            }
        }
        self.index.insert(k.clone(), self.entries.len());
        self.entries.push(Some((k, v)));
        None
    }

    pub fn remove(&mut self, k: &str) -> Option<Value> {
        self.version.set(0);
        let i = self.index.remove(k)?;
        self.entries.get_mut(i)?.take().map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.entries.iter().flatten().map(|(k, v)| (k, v))
    }

    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|(_, v)| v)
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.iter().map(|(k, _)| k)
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }
}

pub struct TypeObject {
    pub name: String,
    pub qualname: RefCell<String>,
    /// The first base (CPython's `__base__` is the solid one; ours is the
    /// first, which is the same unless a mixin comes first).
    pub base: Option<Value>,
    pub bases: Vec<Value>,
    /// The bases in method resolution order, without the type itself.
    pub mro: Vec<Value>,
    pub slots: Slots,
    /// The slots of the nearest builtin ancestor: what a class defined in
    /// Python falls back to when it does not define a dunder.
    pub base_slots: Slots,
    pub dict: RefCell<TypeDict>,
    pub payload_id: TypeId,
    pub dealloc: Dealloc,
    /// Instances carry a GC head (the payload is a container).
    pub is_gc: bool,
    /// The class or a base defines `__del__`: freeing an instance runs it
    /// (kept up to date by class creation and assignment to the class).
    pub has_finalizer: std::cell::Cell<bool>,
    /// Which attribute hooks (`HOOK_*`) the Python part of the MRO defines,
    /// so that attribute access skips looking for absent ones (kept up to date
    /// like `has_finalizer`).
    pub hooks: std::cell::Cell<u8>,
    pub traverse: Traverse,
    pub clear: Clear,
    /// Where instances' memory comes from: the interpreter's allocator and GC
    /// counters, which this count keeps alive while the type lives (inherited
    /// from the base; `None` only for types made outside an interpreter).
    pub memory: Option<Rc<Heap>>,
    /// The deallocator of `WithDict<payload>` objects, for subclasses.
    pub dealloc_dict: Dealloc,
    /// Set on Python subclasses of builtin types: where the instance's dict
    /// lies from the object's header (see `value::WithDict`).
    pub dict_offset: Option<usize>,
    pub dict_offset_for_sub: usize,
    /// Defined by a class statement or `type(name, bases, ns)`.
    pub heap: bool,
    /// Instances have a `__dict__` (false with `__slots__`).
    pub has_dict: bool,
    /// Names in `__slots__` along the MRO (a layout, for conflict checks).
    pub slot_names: Vec<String>,
    /// Direct subclasses, in creation order: their payload addresses (weak:
    /// a class removes itself from its bases' lists when it is freed).
    pub subclasses: RefCell<Vec<usize>>,
    /// `traverse`/`clear` of `WithDict<payload>` objects, for subclasses.
    pub traverse_dict: Traverse,
    pub clear_dict: Clear,
    /// The attribute names instances of a Python class were given, in the
    /// order they got them (interned strs); instances keep one value per
    /// name (see `instance::Attrs`). Only grows, so an index stays valid.
    pub shared_keys: RefCell<Vec<Value>>,
    /// A name assigned to `__name__` after creation (`name` stays fixed).
    pub renamed: RefCell<Option<String>>,
}

// A class is a container: its dict holds functions whose `__class__` cell
// refers back to it, so classes are freed by the collector (builtin types
// are immortal and untracked).
impl Payload for TypeObject {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(d) = self.dict.try_borrow() {
            for v in d.values() {
                visit(v);
            }
        }
        // Each of these holds its own count on the classes it names.
        for t in self.base.iter().chain(&self.bases).chain(&self.mro) {
            visit(t);
        }
    }
    fn clear(&self) {
        // The bases and MRO only point up the class tree, so every cycle
        // through a class passes through its dict.
        if let Ok(mut d) = self.dict.try_borrow_mut() {
            let old = std::mem::take(&mut *d);
            drop(d);
            drop(old);
        }
    }
}

/// The attribute hooks a class may define, as bits of `TypeObject::hooks`.
pub const HOOKS: [(&str, u8); 4] = [
    ("__getattribute__", 1),
    ("__getattr__", 2),
    ("__setattr__", 4),
    ("__delattr__", 8),
];

/// The bit of hook `name`, if it is one.
pub fn hook_bit(name: &str) -> Option<u8> {
    HOOKS.iter().find(|(n, _)| *n == name).map(|&(_, b)| b)
}

impl TypeObject {
    /// Recomputes `hooks` from the Python part of the MRO.
    pub fn refresh_hooks(&self) {
        let mut bits = 0;
        for (name, bit) in HOOKS {
            if self.lookup_heap(name).is_some() {
                bits |= bit;
            }
        }
        self.hooks.set(bits);
    }

    /// Whether the class defines attribute hook `bit` (see `HOOKS`).
    pub fn has_hook(&self, bit: u8) -> bool {
        self.hooks.get() & bit != 0
    }

    /// The version tag of the attribute cache (`vm::cache`); 0: none.
    #[inline]
    pub fn version_tag(&self) -> u64 {
        self.dict.borrow().version.get()
    }

    #[inline]
    pub fn set_version_tag(&self, tag: u64) {
        self.dict.borrow().version.set(tag);
    }

    /// After a change to this type's dict: this type and every subclass
    /// lose their version tags, so cached lookups through them are dropped
    /// (CPython's `PyType_Modified`).
    pub fn modified(&self) {
        self.set_version_tag(0);
        for sub in self.subclass_values() {
            if let Some(st) = sub.downcast::<TypeObject>() {
                st.modified();
            }
        }
    }
}

impl Drop for TypeObject {
    fn drop(&mut self) {
        let me = self as *const TypeObject as usize;
        for b in &self.bases {
            if let Some(bt) = b.downcast::<TypeObject>() {
                bt.subclasses.borrow_mut().retain(|&a| a != me);
            }
        }
    }
}

impl TypeObject {
    /// A type whose instances have payload `T`, inheriting `base`'s slots.
    pub fn new<T: Payload>(name: &str, base: Option<&Value>, mut slots: Slots) -> TypeObject {
        let mut mro = Vec::new();
        let mut memory = None;
        if let Some(b) = base {
            if let Some(bt) = b.downcast::<TypeObject>() {
                memory = bt.memory.clone();
                slots.inherit(&bt.slots);
                mro.push(b.clone());
                mro.extend(bt.mro.iter().cloned());
            }
        }
        TypeObject {
            name: name.to_string(),
            qualname: RefCell::new(name.to_string()),
            base: base.cloned(),
            bases: base.into_iter().cloned().collect(),
            mro,
            slots,
            base_slots: slots,
            dict: RefCell::new(TypeDict::new()),
            payload_id: TypeId::of::<T>(),
            dealloc: dealloc::<T>,
            is_gc: T::GC,
            has_finalizer: std::cell::Cell::new(false),
            hooks: std::cell::Cell::new(0),
            traverse: traverse_object::<T>,
            clear: clear_object::<T>,
            memory,
            dealloc_dict: dealloc::<WithDict<T>>,
            dict_offset: None,
            dict_offset_for_sub: dict_offset_of::<T>(),
            heap: false,
            has_dict: false,
            slot_names: Vec::new(),
            subclasses: RefCell::new(Vec::new()),
            traverse_dict: traverse_object::<WithDict<T>>,
            clear_dict: clear_object::<WithDict<T>>,
            shared_keys: RefCell::new(Vec::new()),
            renamed: RefCell::new(None),
        }
    }

    /// The class's current `__name__` (a Python class may be renamed).
    pub fn current_name(&self) -> String {
        match &*self.renamed.borrow() {
            Some(n) => n.clone(),
            None => self.name.clone(),
        }
    }

    /// Records `sub` as a direct subclass (for `__subclasses__()`).
    pub fn add_subclass(&self, sub: &TypeObject) {
        self.subclasses
            .borrow_mut()
            .push(sub as *const TypeObject as usize);
    }

    /// The live direct subclasses.
    pub fn subclass_values(&self) -> Vec<Value> {
        self.subclasses
            .borrow()
            .iter()
            // SAFETY: the list holds payload addresses of live type objects
            // (a type leaves its bases' lists in its `Drop`).
            .map(|&a| unsafe { Value::from_payload(&*(a as *const TypeObject)) })
            .collect()
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

    /// Looks `name` up in the classes defined in Python only (the part of the
    /// MRO before the first builtin type): a dunder found there overrides the
    /// builtin slot.
    pub fn lookup_heap(&self, name: &str) -> Option<Value> {
        if !self.heap {
            return None;
        }
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        for t in &self.mro {
            let Some(t) = t.downcast::<TypeObject>() else {
                continue;
            };
            if !t.heap {
                // Builtin ancestors are all after the Python ones, except
                // mixins after a builtin base: keep looking through those,
                // unless the builtin defines the name itself and so comes first.
                if t.dict.borrow().contains_key(name) {
                    return None;
                }
                continue;
            }
            if let Some(v) = t.dict.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }
}

/// Whether type `sub` is `sup` or derives from it.
pub fn is_subtype(sub: &Value, sup: &Value) -> bool {
    sub.is(sup)
        || sub
            .downcast::<TypeObject>()
            .is_some_and(|t| t.mro.iter().any(|b| b.is(sup)))
        || (sub.downcast::<TypeObject>().is_some() && is_object_type(sup))
}

/// Whether `t` is `object` (the MRO of `type` is built before `object`
/// exists, so it is the one type whose `mro` may lack it).
pub fn is_object_type(t: &Value) -> bool {
    t.downcast::<TypeObject>()
        .is_some_and(|o| o.base.is_none() && !o.heap && o.name == "object")
}

/// The MRO with the type itself first and `object` last (`__mro__`).
pub fn full_mro(py: Py<'_>, ty: &Value) -> Vec<Value> {
    let mut out = vec![ty.clone()];
    if let Some(t) = ty.downcast::<TypeObject>() {
        out.extend(t.mro.iter().cloned());
    }
    if !out.iter().any(is_object_type) {
        out.push(py.types.object.clone());
    }
    out
}

/// The `__module__` of a type: its dict entry, else `builtins`.
pub fn module_of(t: &TypeObject) -> String {
    t.dict
        .borrow()
        .get("__module__")
        .and_then(|m| super::str::as_str(m).map(str::to_string))
        .unwrap_or_else(|| "builtins".to_string())
}

pub(crate) fn type_repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(t) = v.downcast::<TypeObject>() else {
        return Ok("<class '?'>".to_string());
    };
    // Classes defined in Python carry their module (`<class '__main__.C'>`).
    let module = module_of(t);
    Ok(if module != "builtins" {
        format!("<class '{module}.{}'>", t.qualname.borrow())
    } else {
        format!("<class '{}'>", t.qualname.borrow())
    })
}

/// `type(x)` (the type of one object) and `type(name, bases, ns)` (a new class).
pub(crate) fn type_new(
    py: Py<'_>,
    ty: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    match (args, kwnames) {
        ([x], []) if ty.is(&py.types.type_) => Ok(py.type_of(x)),
        ([_, bases, _, ..], _) if bases.downcast::<super::tuple::Tuple>().is_some() => {
            // The most derived metaclass of the bases makes the class.
            let winner = super::heaptype::winner_meta(py, ty, &super::collect(py, bases)?)?;
            if !winner.is(ty) {
                if let Some(t) = winner.downcast::<TypeObject>() {
                    if let Some(d) = t.lookup_heap("__new__") {
                        let f = super::attr::descr_get(py, d, None, &winner)?;
                        let mut all = vec![winner.clone()];
                        all.extend_from_slice(args);
                        return super::call(py, &f, &all, kwnames);
                    }
                }
            }
            super::heaptype::type_new_class(py, ty, args, kwnames)
        }
        ([_, _, _, ..], _) => super::heaptype::type_new_class(py, ty, args, kwnames),
        _ => Err(py.type_error("type() takes 1 or 3 arguments".to_string())),
    }
}

/// `cls(*args)`: `__new__`, then `__init__` when it made an instance of `cls`.
pub(crate) fn type_call(
    py: Py<'_>,
    ty: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let t = ty
        .downcast::<TypeObject>()
        .ok_or_else(|| py.system_error("type_call on a non-type"))?;
    if ty.is(&py.types.type_) && args.len() == 1 && kwnames.is_empty() {
        return Ok(py.type_of(&args[0]));
    }
    let Some(new) = t.slots.new else {
        return Err(py.type_error(format!("cannot create '{}' instances", t.name)));
    };
    // Classes defined in Python lack vectorcall in CPython 3.11: a level.
    let _level = match t.heap {
        true => Some(crate::vm::recursion::enter_call(py)?),
        false => None,
    };
    let made = new(py, ty, args, kwnames)?;
    // Builtin types do all their work in `new`; classes defined in Python
    // (and metaclasses making classes) run `__init__` on their instances.
    let heap_made = py.type_obj(&made).heap || made.downcast::<TypeObject>().is_some();
    if heap_made && super::isinstance(py, &made, ty) {
        super::instance::init(py, &made, args, kwnames)?;
    }
    Ok(made)
}

/// The attributes every type has (CPython's getsets on `type`).
pub(crate) fn type_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(t) = v.downcast::<TypeObject>() else {
        return Ok(None);
    };
    Ok(match name {
        // Built-in types spell their module in the name (`_io.StringIO`); CPython's
        // `__name__` is the part after the last dot.
        "__name__" if !t.heap => Some(py.new_str(t.name.rsplit('.').next().unwrap_or(&t.name))),
        "__name__" => Some(py.new_str(&t.current_name())),
        "__qualname__" if !t.heap && !t.dict.borrow().contains_key("__module__") => {
            let q = t.qualname.borrow();
            Some(py.new_str(q.rsplit('.').next().unwrap_or(&q)))
        }
        "__qualname__" => Some(py.new_str(&t.qualname.borrow())),
        "__mro__" => Some(super::tuple::new(py, full_mro(py, v))),
        "__bases__" => {
            let bases = if t.bases.is_empty() && !is_object_type(v) {
                vec![py.types.object.clone()]
            } else {
                t.bases.clone()
            };
            Some(super::tuple::new(py, bases))
        }
        "__base__" => Some(match &t.base {
            Some(b) => b.clone(),
            None if is_object_type(v) => py.none(),
            None => py.types.object.clone(),
        }),
        "__dict__" => Some(super::descr::mappingproxy_of(py, v)),
        "__module__" => Some(match t.dict.borrow().get("__module__").cloned() {
            Some(m) => m,
            // `sys.flags`: the module is the part of the name before the dot.
            None if !t.heap && t.name.contains('.') => {
                py.new_str(t.name.rsplit_once('.').map_or("builtins", |(m, _)| m))
            }
            None => py.new_str("builtins"),
        }),
        "__doc__" => Some(match t.dict.borrow().get("__doc__").cloned() {
            Some(d) => d,
            None if !t.heap => crate::builtins::docs::builtin_doc(py, v, &t.name)
                .map_or_else(|| py.none(), |d| py.new_str(d)),
            None => py.none(),
        }),
        _ => None,
    })
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(type_repr),
        // `type` is made before `object`, so it does not inherit these.
        hash: Some(super::object::hash),
        richcompare: Some(super::object::richcompare),
        call: Some(type_call),
        getattr: Some(type_getattr),
        new: Some(type_new),
        binop: Some(super::union::type_or),
        ..Slots::default()
    }
}

#[cfg(test)]
mod tests {
    use super::TypeDict;
    use crate::value::Value;

    fn int(i: i64) -> Value {
        Value::from_int(i).expect("small")
    }

    #[test]
    fn type_dict_keeps_definition_order() {
        let mut d = TypeDict::new();
        d.insert("b".into(), int(1));
        d.insert("a".into(), int(2));
        d.insert("c".into(), int(3));
        // Rebinding keeps the place; removing and re-adding goes last.
        d.insert("b".into(), int(4));
        assert_eq!(d.remove("a").and_then(|v| v.as_int()), Some(2));
        d.insert("a".into(), int(5));
        let keys: Vec<&str> = d.keys().map(String::as_str).collect();
        assert_eq!(keys, ["b", "c", "a"]);
        assert_eq!(d.get("b").and_then(Value::as_int), Some(4));
        assert_eq!(d.len(), 3);
        assert!(d.remove("zz").is_none());
    }
}
