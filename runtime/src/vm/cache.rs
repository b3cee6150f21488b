//! Lookup caches owned by the interpreter: the type attribute cache (CPython's
//! `type_cache`: a type's version tag and an interned name give the result of
//! the MRO walk) and the version counter of dicts that LOAD_GLOBAL's
//! per-code cache checks.
//!
//! **Invariant:** an entry keyed by tag `t` is valid while a type carries
//! `t`. Any change to the dict of a type or of one of its bases gives the
//! type a new tag (`TypeDict` forgets its own on every change,
//! `TypeObject::modified` those of the subclasses), so an entry whose tag
//! matches still describes the dicts as they are. Entries hold no counts:
//! the value they name lives in one of those unchanged dicts. Names are
//! interned strs, which live as long as the interpreter, so their address
//! identifies them.
//!
//! **Invariant:** a dict's version is set from one counter at each change,
//! so two dicts never share a version other than 0, and a version seen
//! again means the same dict, unchanged.

use std::cell::Cell;

use crate::object::str::as_str;
use crate::object::typeobj::TypeObject;
use crate::value::Value;
use crate::vm::Py;

/// Entries of the type attribute cache; a power of two.
const TYPE_CACHE_SIZE: usize = 4096;

#[derive(Clone, Copy, Default)]
struct TypeEntry {
    tag: u64,
    /// The interned name's address.
    name: usize,
    /// The found value's bits (`stored`), or 0 when the MRO lacks the name.
    value: usize,
}

pub struct Caches {
    types: Box<[Cell<TypeEntry>]>,
    next_tag: Cell<u64>,
    dict_version: Cell<u64>,
}

impl Default for Caches {
    fn default() -> Self {
        Caches {
            types: (0..TYPE_CACHE_SIZE)
                .map(|_| Cell::new(TypeEntry::default()))
                .collect(),
            next_tag: Cell::new(0),
            dict_version: Cell::new(0),
        }
    }
}

impl Caches {
    /// A fresh dict version (never 0, never given twice).
    #[inline]
    pub fn next_dict_version(&self) -> u64 {
        let v = self.dict_version.get() + 1;
        self.dict_version.set(v);
        v
    }

    /// Forgets every type entry (after start-up filled builtin types' dicts
    /// directly, and when the interpreter's interned names go away).
    pub fn clear(&self) {
        for e in self.types.iter() {
            e.set(TypeEntry::default());
        }
    }

    fn new_tag(&self) -> u64 {
        let t = self.next_tag.get() + 1;
        self.next_tag.set(t);
        t
    }
}

#[inline]
fn slot_index(tag: u64, name: usize) -> usize {
    let h = tag.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (name as u64 >> 4);
    ((h ^ (h >> 17)) as usize) & (TYPE_CACHE_SIZE - 1)
}

/// The word a cache holds for `v` (no count is taken).
#[inline]
fn stored(v: &Value) -> usize {
    v.addr()
}

/// A new reference to the value whose word `stored` gave.
///
/// # Safety
/// `bits` came from `stored` of a value that is still alive.
#[inline]
unsafe fn revive(bits: usize) -> Option<Value> {
    if bits & 1 == 1 {
        // A small int: the word is the value.
        return Value::from_int((bits as i64) >> 1);
    }
    Some(Value::from_addr(bits))
}

/// `t`'s version tag, given one now if it had none.
#[inline]
fn tag_of(py: Py<'_>, t: &TypeObject) -> u64 {
    let mut tag = t.version_tag();
    if tag == 0 {
        tag = py.caches.new_tag();
        t.set_version_tag(tag);
    }
    tag
}

/// The cached result of a lookup on a type of version `tag` under `key`,
/// else `find()`, recorded.
#[inline]
fn cached_lookup(
    py: Py<'_>,
    tag: u64,
    key: usize,
    find: impl FnOnce() -> Option<Value>,
) -> Option<Value> {
    let slot = py.caches.types.get(slot_index(tag, key))?;
    let e = slot.get();
    if e.tag == tag && e.name == key {
        if e.value == 0 {
            return None;
        }
        // SAFETY: the entry's tag is the type's, so the dicts along its MRO
        // are unchanged since the entry was made and still hold the value
        // (module invariant).
        return unsafe { revive(e.value) };
    }
    let found = find();
    slot.set(TypeEntry {
        tag,
        name: key,
        value: found.as_ref().map_or(0, stored),
    });
    found
}

/// `t.lookup(name)` (the type's dict, then its MRO) through the cache;
/// `name` must be an interned str.
#[inline]
pub fn type_lookup(py: Py<'_>, t: &TypeObject, name: &Value) -> Option<Value> {
    debug_assert!(as_str(name).is_some_and(|s| py.intern(s).is(name)));
    let tag = tag_of(py, t);
    cached_lookup(py, tag, name.addr(), || t.lookup(as_str(name)?))
}

/// `t.lookup_heap(name)` (the Python part of the MRO) through the cache,
/// for a name the caller spells out (interned here).
#[inline]
pub fn type_lookup_heap(py: Py<'_>, t: &TypeObject, name: &str) -> Option<Value> {
    if !t.heap {
        return None;
    }
    type_lookup_heap_interned(py, t, &py.intern(name))
}

/// `type_lookup_heap` for an interned str `name` (see `vm::names`).
#[inline]
pub fn type_lookup_heap_interned(py: Py<'_>, t: &TypeObject, name: &Value) -> Option<Value> {
    if !t.heap {
        return None;
    }
    let tag = tag_of(py, t);
    // Interned strs are 16-byte aligned: bit 3 marks the Python-part lookup.
    cached_lookup(py, tag, name.addr() | 8, || t.lookup_heap(as_str(name)?))
}

/// One LOAD_GLOBAL cache entry: the versions of the globals and builtins
/// dicts when the name was found, and the value.
#[derive(Clone, Copy, Default)]
pub struct GlobalEntry {
    globals: u64,
    builtins: u64,
    value: usize,
}

/// A cache for each name of a code object (`CodeData::globals`).
pub type GlobalCache = Box<[Cell<GlobalEntry>]>;

pub fn global_cache(names: usize) -> GlobalCache {
    (0..names)
        .map(|_| Cell::new(GlobalEntry::default()))
        .collect()
}

/// The value LOAD_GLOBAL found for name `i` with these very dicts.
#[inline]
pub fn global_get(
    cache: &GlobalCache,
    i: usize,
    globals: &Value,
    builtins: &Value,
) -> Option<Value> {
    let e = cache.get(i)?.get();
    if e.value == 0 {
        return None;
    }
    let gv = crate::object::dict::version(globals);
    if gv == 0 || e.globals != gv || e.builtins != crate::object::dict::version(builtins) {
        return None;
    }
    // SAFETY: dict versions are unique and change with every change of the
    // dict (module invariant), so both dicts are the ones the value was
    // found in, unchanged: whichever holds it holds it still.
    unsafe { revive(e.value) }
}

/// Records what LOAD_GLOBAL found for name `i` (held by `globals` or
/// `builtins`).
#[inline]
pub fn global_put(cache: &GlobalCache, i: usize, globals: &Value, builtins: &Value, v: &Value) {
    let gv = crate::object::dict::version(globals);
    let bv = crate::object::dict::version(builtins);
    if gv == 0 || bv == 0 {
        return;
    }
    if let Some(e) = cache.get(i) {
        e.set(GlobalEntry {
            globals: gv,
            builtins: bv,
            value: stored(v),
        });
    }
}

/// What an attribute cache entry knows about a name on one type version.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum AttrKind {
    #[default]
    Empty,
    /// Instances keep the attribute in their dict, at about entry `hint`;
    /// the type has no data descriptor for it and no `__getattribute__`.
    Dict,
    /// As `Dict`, for instances keeping their values inline: the name is
    /// the type's shared key `hint` (that never changes for a type).
    Inline,
    /// The type's MRO holds an unbound method (`hint`: its word, see
    /// `stored`), found through the generic protocol.
    Method,
    /// `Method`, and instances of the type never have a dict to shadow it.
    MethodNoDict,
    /// The type holds a plain value (`hint`: its word), which instances
    /// read unless their dict has the name; no `__getattribute__`.
    ClassValue,
}

/// One entry of a code object's attribute cache (`CodeData::attrs`), for
/// the LOAD_ATTR, STORE_ATTR and LOAD_METHOD of one name.
#[derive(Clone, Copy, Default)]
pub struct AttrEntry {
    pub tag: u64,
    pub kind: AttrKind,
    pub hint: usize,
}

/// Entries per name: the types one instruction sees (a method of a base
/// class runs on instances of its subclasses).
const ATTR_WAYS: usize = 4;

/// Attribute cache entries for each name of a code object.
pub type AttrCache = Box<[[Cell<AttrEntry>; ATTR_WAYS]]>;

pub fn attr_cache(names: usize) -> AttrCache {
    (0..names).map(|_| Default::default()).collect()
}

/// The entry for name `i` made for type version `tag`.
#[inline]
pub fn attr_get(cache: &AttrCache, i: usize, tag: u64) -> Option<AttrEntry> {
    if tag == 0 {
        return None;
    }
    cache.get(i)?.iter().map(Cell::get).find(|e| e.tag == tag)
}

/// Records `e` for name `i`: in place of the entry of the same tag, else in
/// the first way, the others moving down (the oldest is dropped).
pub fn attr_put(cache: &AttrCache, i: usize, e: AttrEntry) {
    let Some(ways) = cache.get(i) else {
        return;
    };
    if let Some(w) = ways.iter().find(|w| w.get().tag == e.tag) {
        w.set(e);
        return;
    }
    for k in (1..ATTR_WAYS).rev() {
        ways[k].set(ways[k - 1].get());
    }
    ways[0].set(e);
}

/// The value an `AttrKind::Method` or `ClassValue` entry names.
///
/// # Safety
/// The entry's tag is the current tag of the type it was made for.
#[inline]
pub unsafe fn method_of(e: &AttrEntry) -> Option<Value> {
    revive(e.hint)
}

/// The word a `Method` or `ClassValue` entry keeps for `m`.
pub fn method_word(m: &Value) -> usize {
    stored(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::dict;

    #[test]
    fn global_entries_follow_dict_versions() {
        let interp = crate::vm::Interpreter::new();
        let py = interp.py();
        let (g, b) = (dict::new(py), dict::new(py));
        let cache = global_cache(1);
        let one = Value::from_int(1).expect("small");
        dict::set_item(py, &g, py.intern("x"), one.clone()).expect("set");
        dict::set_item(py, &b, py.intern("len"), one.clone()).expect("set");
        global_put(&cache, 0, &g, &b, &one);
        assert!(global_get(&cache, 0, &g, &b).is_some_and(|v| v.is(&one)));
        // Any change of either dict, or other dicts, misses.
        let before = dict::version(&g);
        dict::set_item(py, &g, py.intern("y"), one.clone()).expect("set");
        assert_ne!(dict::version(&g), before);
        assert!(global_get(&cache, 0, &g, &b).is_none());
        global_put(&cache, 0, &g, &b, &one);
        dict::del_item(py, &b, &py.intern("len")).expect("del");
        assert!(global_get(&cache, 0, &g, &b).is_none());
        assert!(global_get(&cache, 0, &b, &g).is_none());
        // A dict never changed has version 0 and is never cached.
        let empty = dict::new(py);
        global_put(&cache, 0, &empty, &b, &one);
        assert!(global_get(&cache, 0, &empty, &b).is_none());
    }

    #[test]
    fn type_entries_follow_class_dict_changes() {
        let interp = crate::vm::Interpreter::new();
        let py = interp.py();
        let base = crate::object::instance::plain_class_type(py, "B", &py.types.object);
        let name = py.intern("attr");
        assert!(type_lookup(py, &base, &name).is_none());
        base.dict
            .borrow_mut()
            .insert("attr".to_string(), Value::from_int(7).expect("small"));
        // The insert forgot the tag, so the negative entry is not used.
        let v = type_lookup(py, &base, &name).and_then(|v| v.as_int());
        assert_eq!(v, Some(7));
        assert_eq!(
            type_lookup(py, &base, &name).and_then(|v| v.as_int()),
            Some(7)
        );
        base.dict.borrow_mut().remove("attr");
        assert!(type_lookup(py, &base, &name).is_none());
    }
}
