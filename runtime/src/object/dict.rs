//! `dict`: a compact, insertion-ordered hash table, as CPython's since 3.6:
//! an index array probed with perturbation, pointing into a dense entry array.
//!
//! **Invariant:** `indices.len()` is a power of two, more than 3/2 of the
//! entries; a deleted entry leaves a `None` hole (compacted on resize) and a
//! `DUMMY` index so that probe chains stay intact. As in CPython, the width
//! of an index slot follows the table size (1 byte up to 128 slots, then 2,
//! 4, 8), and the entry array is allocated once per resize for exactly the
//! entries the table may take before the next one.

use std::cell::RefCell;

use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{self as obj, list, tuple, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

const EMPTY: usize = usize::MAX;
const DUMMY: usize = usize::MAX - 1;

/// A slot width of the index array. Indices are stored signed, so that
/// EMPTY and DUMMY (-1 and -2 once truncated) come back by sign extension.
trait Slot: Copy {
    const EMPTY: Self;
    fn load(self) -> usize;
    fn store(ix: usize) -> Self;
}

macro_rules! slot_width {
    ($($t:ty),*) => {$(
        impl Slot for $t {
            const EMPTY: Self = -1;
            #[inline(always)]
            fn load(self) -> usize {
                self as isize as usize
            }
            #[inline(always)]
            fn store(ix: usize) -> Self {
                // Entry indices stay below 2/3 of the slot count, which
                // the width was chosen to hold; markers truncate to -1, -2.
                ix as $t
            }
        }
    )*};
}
slot_width!(i8, i16, i32, i64);

/// The index array, in the narrowest width that holds every entry index
/// of a table of its size.
#[derive(Default)]
enum Indices {
    #[default]
    Unallocated,
    W1(Box<[i8]>),
    W2(Box<[i16]>),
    W4(Box<[i32]>),
    W8(Box<[i64]>),
}

/// Runs `$body` with `$s` bound to the index slice of whatever width.
macro_rules! with_slots {
    ($ix:expr, $s:ident => $body:expr, $none:expr) => {
        match $ix {
            Indices::Unallocated => $none,
            Indices::W1($s) => $body,
            Indices::W2($s) => $body,
            Indices::W4($s) => $body,
            Indices::W8($s) => $body,
        }
    };
}

impl Indices {
    /// `size` EMPTY slots.
    fn with_size(size: usize) -> Self {
        fn empty<I: Slot>(size: usize) -> Box<[I]> {
            vec![I::EMPTY; size].into_boxed_slice()
        }
        if size <= 1 << 7 {
            Indices::W1(empty(size))
        } else if size <= 1 << 15 {
            Indices::W2(empty(size))
        } else if size <= 1 << 31 {
            Indices::W4(empty(size))
        } else {
            Indices::W8(empty(size))
        }
    }

    #[inline]
    fn len(&self) -> usize {
        with_slots!(self, s => s.len(), 0)
    }

    #[inline]
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    fn get(&self, i: usize) -> Option<usize> {
        with_slots!(self, s => s.get(i).map(|x| x.load()), None)
    }

    #[inline]
    fn set(&mut self, i: usize, ix: usize) {
        fn put<I: Slot>(s: &mut [I], i: usize, ix: usize) {
            if let Some(x) = s.get_mut(i) {
                *x = I::store(ix);
            }
        }
        with_slots!(self, s => put(s, i, ix), ())
    }
}

struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

#[derive(Default)]
pub struct Table {
    indices: Indices,
    entries: Vec<Option<Entry>>,
    used: usize,
    /// Set from the interpreter's counter at every change, so equal versions
    /// mean the same dict with the same contents (0: never changed, or
    /// cleared); LOAD_GLOBAL's cache relies on it (`vm::cache`).
    version: u64,
}

#[derive(Default)]
pub struct Dict(pub RefCell<Table>);
impl Payload for Dict {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.0.try_borrow() {
            for e in t.entries.iter().flatten() {
                visit(&e.key);
                visit(&e.value);
            }
        }
    }
    fn clear(&self) {
        if let Ok(mut t) = self.0.try_borrow_mut() {
            drop(std::mem::take(&mut *t));
        }
    }
}

/// The result of a probe: where the key is, or where it would go.
enum Probe {
    Found { entry: usize, slot: usize },
    Missing { slot: usize },
}

/// The slot probed after `i` (CPython's recurrence: every slot is reached
/// once the perturbation has shifted out).
#[inline]
fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}

impl Table {
    fn probe_start(&self, hash: i64) -> (usize, u64) {
        let mask = self.indices.len() - 1;
        ((hash as u64 as usize) & mask, hash as u64)
    }

    /// Rebuilds the table for the live entries, dropping holes, with room
    /// for `min_entries`: the entry array gets exactly the capacity that the
    /// load factor lets it fill before the next resize.
    fn resize(&mut self, min_entries: usize) {
        let mut size = 8;
        while size * 2 < min_entries * 3 {
            size *= 2;
        }
        // An entry is appended only while (len + 1) * 3 < size * 2.
        let usable = (size * 2 - 1) / 3;
        let mut entries = Vec::with_capacity(usable.max(self.used));
        entries.extend(
            std::mem::take(&mut self.entries)
                .into_iter()
                .filter(|e| e.is_some()),
        );
        let mut indices = Indices::with_size(size);
        with_slots!(&mut indices, s => place_all(s, &entries), ());
        self.indices = indices;
        self.entries = entries;
    }

    /// The first EMPTY slot on `hash`'s probe sequence (a freshly resized
    /// table has no DUMMY slots).
    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len().wrapping_sub(1);
        let (mut i, mut perturb) = ((hash as u64 as usize) & mask, hash as u64);
        while let Some(ix) = self.indices.get(i) {
            if ix == EMPTY {
                break;
            }
            i = next_slot(i, &mut perturb, mask);
        }
        i
    }
}

/// Fills an all-EMPTY index array for `entries` (which have no holes).
fn place_all<I: Slot>(slots: &mut [I], entries: &[Option<Entry>]) {
    let mask = slots.len() - 1;
    for (n, e) in entries.iter().enumerate() {
        let Some(e) = e else { continue };
        let (mut i, mut perturb) = ((e.hash as u64 as usize) & mask, e.hash as u64);
        while let Some(x) = slots.get(i) {
            if x.load() == EMPTY {
                slots[i] = I::store(n);
                break;
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }
}

/// Finds `key` in `cell`. Key comparisons may run Python code, so the table
/// is not borrowed while they run; a table changed meanwhile restarts the probe.
fn lookup(py: Py<'_>, cell: &RefCell<Table>, key: &Value, hash: i64) -> PyResult<Probe> {
    if let Some(p) = lookup_plain(py, cell, key, hash) {
        return Ok(p);
    }
    'restart: loop {
        let (mut i, mut perturb, mask) = {
            let t = cell.borrow();
            if t.indices.is_empty() {
                return Ok(Probe::Missing { slot: 0 });
            }
            let (i, p) = t.probe_start(hash);
            (i, p, t.indices.len() - 1)
        };
        let mut free = None;
        loop {
            let (ix, candidate) = {
                let t = cell.borrow();
                if t.indices.len().wrapping_sub(1) != mask {
                    continue 'restart;
                }
                let Some(ix) = t.indices.get(i) else {
                    continue 'restart;
                };
                let c = match ix {
                    EMPTY | DUMMY => None,
                    _ => t
                        .entries
                        .get(ix)
                        .and_then(|e| e.as_ref())
                        .map(|e| (e.hash, e.key.clone())),
                };
                (ix, c)
            };
            match ix {
                EMPTY => {
                    return Ok(Probe::Missing {
                        slot: free.unwrap_or(i),
                    })
                }
                DUMMY => {
                    free.get_or_insert(i);
                }
                _ => {
                    if let Some((h, k)) = candidate {
                        if k.is(key) || (h == hash && obj::eq(py, &k, key)?) {
                            return Ok(Probe::Found { entry: ix, slot: i });
                        }
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }
}

/// The probe of `lookup` when no comparison can run Python code: the key
/// is found by identity, or every candidate with its hash is an exact str
/// compared to an exact str `key` by text. `None`: take the general path.
#[inline]
fn lookup_plain(py: Py<'_>, cell: &RefCell<Table>, key: &Value, hash: i64) -> Option<Probe> {
    let t = cell.borrow();
    with_slots!(
        &t.indices,
        s => probe_plain(py, s, &t.entries, key, hash),
        Some(Probe::Missing { slot: 0 })
    )
}

/// `lookup_plain` on an index array of one width.
#[inline(always)]
fn probe_plain<I: Slot>(
    py: Py<'_>,
    slots: &[I],
    entries: &[Option<Entry>],
    key: &Value,
    hash: i64,
) -> Option<Probe> {
    let str_ty = &py.types.str;
    // The key's text and whether it holds lone surrogates, read once.
    let key_str = if key.has_type(str_ty) {
        key.downcast::<super::str::Str>()
            .map(|s| (s.s.as_str(), s.surrogates.is_some()))
    } else {
        None
    };
    let mask = slots.len().wrapping_sub(1);
    let (mut i, mut perturb) = ((hash as u64 as usize) & mask, hash as u64);
    let mut free = None;
    loop {
        let ix = slots.get(i)?.load();
        match ix {
            EMPTY => {
                return Some(Probe::Missing {
                    slot: free.unwrap_or(i),
                })
            }
            DUMMY => {
                free.get_or_insert(i);
            }
            _ => {
                let e = entries.get(ix)?.as_ref()?;
                if e.key.is(key) {
                    return Some(Probe::Found { entry: ix, slot: i });
                }
                if e.hash == hash {
                    let (text, key_marked) = key_str?;
                    if !e.key.has_type(str_ty) {
                        return None;
                    }
                    let es = e.key.downcast::<super::str::Str>()?;
                    // Equal texts with lone surrogates (kept as U+FFFD in the
                    // text) need the general comparison.
                    if es.s.as_str() == text {
                        if key_marked || es.surrogates.is_some() {
                            return None;
                        }
                        return Some(Probe::Found { entry: ix, slot: i });
                    }
                }
            }
        }
        i = next_slot(i, &mut perturb, mask);
    }
}

/// The hash of a dict key: exact strs use their cached hash directly.
#[inline]
fn key_hash(py: Py<'_>, key: &Value) -> PyResult<i64> {
    if key.has_type(&py.types.str) {
        if let Some(h) = super::str::str_hash(py, key) {
            return Ok(h);
        }
    }
    obj::hash(py, key)
}

/// The dict's version (see `Table::version`); 0 for other values.
#[inline]
pub fn version(d: &Value) -> u64 {
    d.downcast::<Dict>().map_or(0, |t| t.0.borrow().version)
}

/// Looks up an interned str key (attribute names): no Python code runs
/// unless the dict holds a non-str key with the same hash.
#[inline]
pub fn get_interned(py: Py<'_>, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let Some(t) = d.downcast::<Dict>() else {
        return get_item(py, d, key);
    };
    let h = key_hash(py, key)?;
    if let Some(p) = lookup_plain(py, &t.0, key, h) {
        return Ok(match p {
            Probe::Found { entry, .. } => {
                t.0.borrow()
                    .entries
                    .get(entry)
                    .and_then(|e| e.as_ref())
                    .map(|e| e.value.clone())
            }
            Probe::Missing { .. } => None,
        });
    }
    get_item(py, d, key)
}

/// The value of entry `ix` when its key is `key` itself (an attribute
/// cache's hint, see `attr::load_attr_cached`).
#[inline]
pub fn value_at(d: &Value, ix: usize, key: &Value) -> Option<Value> {
    let t = d.downcast::<Dict>()?.0.borrow();
    let e = t.entries.get(ix)?.as_ref()?;
    if e.key.is(key) {
        Some(e.value.clone())
    } else {
        None
    }
}

/// The entry index of `key` when the dict holds that very object as a key.
pub fn index_of(py: Py<'_>, d: &Value, key: &Value) -> Option<usize> {
    let t = d.downcast::<Dict>()?;
    let h = super::str::cached_hash(key)?;
    match lookup_plain(py, &t.0, key, h)? {
        Probe::Found { entry, .. } => {
            let tb = t.0.borrow();
            let e = tb.entries.get(entry)?.as_ref()?;
            e.key.is(key).then_some(entry)
        }
        Probe::Missing { .. } => None,
    }
}

/// Replaces the value of entry `ix` when its key is `key` itself, as
/// `set_item` would; gives `value` back when the hint does not hold.
#[inline]
pub fn replace_at(
    py: Py<'_>,
    d: &Value,
    ix: usize,
    key: &Value,
    value: Value,
) -> Result<(), Value> {
    let Some(t) = d.downcast::<Dict>() else {
        return Err(value);
    };
    let old = {
        let mut tb = t.0.borrow_mut();
        let version = py.caches.next_dict_version();
        let Some(Some(e)) = tb.entries.get_mut(ix) else {
            return Err(value);
        };
        if !e.key.is(key) {
            return Err(value);
        }
        if !d.is_gc_tracked() && crate::gc::may_be_tracked(&value) {
            d.gc_track(&py.gc_list);
        }
        let old = std::mem::replace(&mut e.value, value);
        tb.version = version;
        old
    };
    // Dropped after the borrow ends, as in `set_item`.
    drop(old);
    Ok(())
}

fn table<'a>(py: Py<'_>, d: &'a Value) -> PyResult<&'a RefCell<Table>> {
    match d.downcast::<Dict>() {
        Some(t) => Ok(&t.0),
        None => Err(py.type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            py.type_name(d)
        ))),
    }
}

/// A new empty dict. As in CPython, the collector ignores a dict until it
/// holds something that could be part of a cycle (see `set_item`).
pub fn new(py: Py<'_>) -> Value {
    let d = py.alloc(&py.types.dict, Dict::default());
    d.gc_untrack();
    d
}

pub fn get_item(py: Py<'_>, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let cell = table(py, d)?;
    let h = key_hash(py, key)?;
    Ok(match lookup(py, cell, key, h)? {
        Probe::Found { entry, .. } => cell
            .borrow()
            .entries
            .get(entry)
            .and_then(|e| e.as_ref())
            .map(|e| e.value.clone()),
        Probe::Missing { .. } => None,
    })
}

/// Looks up a str key by its text (names in globals and builtins).
pub fn get_str(py: Py<'_>, d: &Value, name: &str) -> PyResult<Option<Value>> {
    get_item(py, d, &py.intern(name))
}

pub fn set_item(py: Py<'_>, d: &Value, key: Value, value: Value) -> PyResult<()> {
    let cell = table(py, d)?;
    let h = key_hash(py, &key)?;
    // CPython's MAINTAIN_TRACKING: a dict of atoms stays out of the collector.
    if !d.is_gc_tracked() && (crate::gc::may_be_tracked(&key) || crate::gc::may_be_tracked(&value))
    {
        d.gc_track(&py.gc_list);
    }
    let old = match lookup(py, cell, &key, h)? {
        Probe::Found { entry, .. } => {
            let mut t = cell.borrow_mut();
            t.version = py.caches.next_dict_version();
            t.entries
                .get_mut(entry)
                .and_then(|e| e.as_mut())
                .map(|e| std::mem::replace(&mut e.value, value))
        }
        Probe::Missing { slot } => {
            let mut t = cell.borrow_mut();
            t.version = py.caches.next_dict_version();
            let n = t.entries.len();
            // Resizing first and placing the new entry last puts every
            // entry where a resize after appending it would.
            let slot = if t.indices.is_empty() || (n + 1) * 3 >= t.indices.len() * 2 {
                let want = t.used + 1;
                t.resize(want);
                t.free_slot(h)
            } else {
                slot
            };
            let n = t.entries.len();
            t.indices.set(slot, n);
            t.entries.push(Some(Entry {
                hash: h,
                key,
                value,
            }));
            t.used += 1;
            None
        }
    };
    // Dropped after the borrow ends: a dealloc must not find the table borrowed.
    drop(old);
    Ok(())
}

/// Removes `key`, returning its value, or `None` when absent.
pub fn del_item(py: Py<'_>, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let cell = table(py, d)?;
    let h = key_hash(py, key)?;
    let Probe::Found { entry, slot } = lookup(py, cell, key, h)? else {
        return Ok(None);
    };
    let removed = {
        let mut t = cell.borrow_mut();
        t.version = py.caches.next_dict_version();
        t.indices.set(slot, DUMMY);
        let e = t.entries.get_mut(entry).and_then(|e| e.take());
        if e.is_some() {
            t.used -= 1;
        }
        e
    };
    Ok(removed.map(|e| e.value))
}

/// The live entries, in insertion order.
pub fn items(d: &Value) -> Vec<(Value, Value)> {
    d.downcast::<Dict>().map_or_else(Vec::new, |t| {
        t.0.borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    })
}

pub fn len_of(d: &Value) -> usize {
    d.downcast::<Dict>().map_or(0, |t| t.0.borrow().used)
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    obj::repr_guarded(py, v, "{...}", || {
        let mut out = String::from("{");
        for (i, (k, x)) in items(v).iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&obj::repr(py, k)?);
            out.push_str(": ");
            out.push_str(&obj::repr(py, x)?);
        }
        out.push('}');
        Ok(out)
    })
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: crate::ast::Cmpop) -> PyResult<Option<Value>> {
    use crate::ast::Cmpop;
    if a.downcast::<Dict>().is_none()
        || b.downcast::<Dict>().is_none()
        || !matches!(op, Cmpop::Eq | Cmpop::NotEq)
    {
        return Ok(None);
    }
    let mut same = len_of(a) == len_of(b);
    if same {
        for (k, x) in items(a) {
            match get_item(py, b, &k)? {
                Some(y) if obj::eq(py, &x, &y)? => {}
                _ => {
                    same = false;
                    break;
                }
            }
        }
    }
    Ok(Some(py.bool(same == (op == Cmpop::Eq))))
}

fn len(_py: Py<'_>, v: &Value) -> PyResult<usize> {
    Ok(len_of(v))
}

fn getitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<Value> {
    match get_item(py, v, key)? {
        Some(x) => Ok(x),
        None => Err(py.key_error(key.clone())),
    }
}

fn setitem(py: Py<'_>, v: &Value, key: &Value, item: Value) -> PyResult<()> {
    set_item(py, v, key.clone(), item)
}

fn delitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<()> {
    match del_item(py, v, key)? {
        Some(_) => Ok(()),
        None => Err(py.key_error(key.clone())),
    }
}

fn contains(py: Py<'_>, v: &Value, key: &Value) -> PyResult<bool> {
    Ok(get_item(py, v, key)?.is_some())
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(new_iter(py, v, IterKind::Keys))
}

/// What a dict iterator yields.
#[derive(Clone, Copy, PartialEq)]
pub enum IterKind {
    Keys,
    Values,
    Items,
}

/// An iterator over a live dict, which notices the dict changing size
/// under it, as CPython's `dictiter_iternextkey`.
pub struct DictIter {
    dict: Value,
    kind: IterKind,
    /// The next entry index to look at.
    pos: std::cell::Cell<usize>,
    /// The dict's size when iteration began; `None` once it raised (the
    /// error is sticky, as CPython's) or finished.
    used: std::cell::Cell<Option<usize>>,
    done: std::cell::Cell<bool>,
    /// Items still to yield.
    left: std::cell::Cell<usize>,
}
impl Payload for DictIter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

pub fn new_iter(py: Py<'_>, d: &Value, kind: IterKind) -> Value {
    let ty = match kind {
        IterKind::Keys => &py.types.dict_keyiterator,
        IterKind::Values => &py.types.dict_valueiterator,
        IterKind::Items => &py.types.dict_itemiterator,
    };
    let n = len_of(d);
    py.alloc(
        ty,
        DictIter {
            dict: d.clone(),
            kind,
            pos: std::cell::Cell::new(0),
            used: std::cell::Cell::new(Some(n)),
            done: std::cell::Cell::new(false),
            left: std::cell::Cell::new(n),
        },
    )
}

fn iter_next(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<DictIter>() else {
        return Ok(None);
    };
    if it.done.get() {
        return Ok(None);
    }
    let Some(t) = it.dict.downcast::<Dict>() else {
        return Ok(None);
    };
    if it.used.get() != Some(t.0.borrow().used) {
        it.used.set(None);
        return Err(py.new_error(
            &py.types.runtime_error,
            "dictionary changed size during iteration".to_string(),
        ));
    }
    let found = {
        let tb = t.0.borrow();
        let mut i = it.pos.get();
        loop {
            match tb.entries.get(i) {
                None => break None,
                Some(Some(e)) => break Some((i, e.key.clone(), e.value.clone())),
                Some(None) => i += 1,
            }
        }
    };
    let Some((i, k, x)) = found else {
        if it.left.get() > 0 {
            it.used.set(None);
            return Err(py.new_error(
                &py.types.runtime_error,
                "dictionary keys changed during iteration".to_string(),
            ));
        }
        it.done.set(true);
        return Ok(None);
    };
    it.pos.set(i + 1);
    it.left.set(it.left.get().saturating_sub(1));
    Ok(Some(match it.kind {
        IterKind::Keys => k,
        IterKind::Values => x,
        IterKind::Items => tuple::new(py, vec![k, x]),
    }))
}

fn iter_self(_py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

pub fn iter_slots() -> Slots {
    Slots {
        iter: Some(iter_self),
        next: Some(iter_next),
        ..Slots::default()
    }
}

/// `dict(mapping_or_pairs, **kwargs)`.
fn new_dict(py: Py<'_>, _ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let d = new(py);
    let npos = args.len().saturating_sub(kwnames.len());
    if npos > 1 {
        return Err(py.type_error(format!("dict expected at most 1 argument, got {npos}")));
    }
    if let Some(src) = args[..npos].first() {
        update_from(py, &d, src)?;
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        set_item(py, &d, k.clone(), v.clone())?;
    }
    Ok(d)
}

/// Adds a mapping's items, or an iterable of pairs, to `d`.
fn update_from(py: Py<'_>, d: &Value, src: &Value) -> PyResult<()> {
    if src.downcast::<Dict>().is_some() {
        for (k, v) in items(src) {
            set_item(py, d, k, v)?;
        }
        return Ok(());
    }
    // A mappingproxy answers `keys` from its own getattr slot: read its mapping.
    if let Some(m) = src.downcast::<crate::object::descr::MappingProxy>() {
        let inner = m.0.clone();
        return update_from(py, d, &inner);
    }
    // Any object with `keys()` is a mapping: `src[k]` for each key.
    let keys = match obj::getattr(py, src, "keys") {
        Ok(k) => Some(k),
        Err(e) if e.matches(py, &py.types.attribute_error) => None,
        Err(e) => return Err(e),
    };
    if let Some(keys) = keys {
        let keys = obj::call(py, &keys, &[], &[])?;
        for k in obj::collect(py, &keys)? {
            let v = obj::getitem(py, src, &k)?;
            set_item(py, d, k, v)?;
        }
        return Ok(());
    }
    for (i, pair) in obj::collect(py, src)?.into_iter().enumerate() {
        let kv = obj::collect(py, &pair).map_err(|_| {
            py.type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        let [k, v] = <[Value; 2]>::try_from(kv).map_err(|kv| {
            py.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            ))
        })?;
        set_item(py, d, k, v)?;
    }
    Ok(())
}

fn recv<'a>(
    py: Py<'_>,
    name: &str,
    args: &'a [Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<(&'a Value, &'a [Value])> {
    if !kw.is_empty() {
        return Err(py.type_error(format!("dict.{name}() takes no keyword arguments")));
    }
    let Some((d, rest)) = args.split_first() else {
        return Err(py.type_error(format!("unbound method dict.{name}() needs an argument")));
    };
    table(py, d)?;
    let n = rest.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(py.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(py.type_error(if max == 0 {
            format!("dict.{name}() takes no arguments ({n} given)")
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        }));
    }
    Ok((d, rest))
}

fn get(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, rest) = recv(py, "get", args, kw, 1, 2)?;
    Ok(get_item(py, d, &rest[0])?
        .unwrap_or_else(|| rest.get(1).cloned().unwrap_or_else(|| py.none())))
}

fn setdefault(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, rest) = recv(py, "setdefault", args, kw, 1, 2)?;
    if let Some(v) = get_item(py, d, &rest[0])? {
        return Ok(v);
    }
    let v = rest.get(1).cloned().unwrap_or_else(|| py.none());
    set_item(py, d, rest[0].clone(), v.clone())?;
    Ok(v)
}

fn pop(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, rest) = recv(py, "pop", args, kw, 1, 2)?;
    match (del_item(py, d, &rest[0])?, rest.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(py.key_error(rest[0].clone())),
    }
}

fn update(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some((d, rest)) = args.split_first() else {
        return Err(py.type_error("update needs an argument".to_string()));
    };
    let npos = rest.len().saturating_sub(kwnames.len());
    if npos > 1 {
        return Err(py.type_error(format!("update expected at most 1 argument, got {npos}")));
    }
    if let Some(src) = rest[..npos].first() {
        update_from(py, d, src)?;
    }
    for (k, v) in kwnames.iter().zip(&rest[npos..]) {
        set_item(py, d, k.clone(), v.clone())?;
    }
    Ok(py.none())
}

fn copy(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, _) = recv(py, "copy", args, kw, 0, 0)?;
    let out = new(py);
    for (k, v) in items(d) {
        set_item(py, &out, k, v)?;
    }
    Ok(out)
}

fn clear(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, _) = recv(py, "clear", args, kw, 0, 0)?;
    let old = std::mem::take(&mut *table(py, d)?.borrow_mut());
    drop(old);
    Ok(py.none())
}

/// `d.popitem()`: removes and returns the last inserted pair.
fn popitem(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, _) = recv(py, "popitem", args, kw, 0, 0)?;
    let last = table(py, d)?
        .borrow()
        .entries
        .iter()
        .rev()
        .flatten()
        .map(|e| e.key.clone())
        .next();
    let Some(k) = last else {
        return Err(py.key_error_msg("popitem(): dictionary is empty"));
    };
    let v = del_item(py, d, &k)?.unwrap_or_else(|| py.none());
    Ok(tuple::new(py, vec![k, v]))
}

/// `dict.fromkeys(iterable, value=None)`, installed bound to the `dict`
/// type (a classmethod without descriptors): `args[0]` is the type.
pub fn fromkeys(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(py.type_error("dict.fromkeys() takes no keyword arguments".to_string()));
    }
    let rest = args.get(1..).unwrap_or_default();
    let (src, value) = match rest {
        [src] => (src, py.none()),
        [src, v] => (src, v.clone()),
        _ => {
            return Err(py.type_error(if rest.is_empty() {
                "fromkeys expected at least 1 argument, got 0".to_string()
            } else {
                format!("fromkeys expected at most 2 arguments, got {}", rest.len())
            }))
        }
    };
    // A subclass (`OrderedDict.fromkeys`) gets an instance of itself, filled
    // through its own `__setitem__`.
    let cls = args.first().filter(|c| !c.is(&py.types.dict));
    let d = match cls {
        Some(c) => obj::call(py, c, &[], &[])?,
        None => new(py),
    };
    let it = obj::iter(py, src)?;
    while let Some(k) = obj::next(py, &it)? {
        if cls.is_some() {
            obj::setitem(py, &d, &k, value.clone())?;
        } else {
            set_item(py, &d, k, value.clone())?;
        }
    }
    Ok(d)
}

/// `a | b` of two dicts: a new dict, `b`'s values winning.
fn binop(py: Py<'_>, a: &Value, b: &Value, op: crate::ast::Operator) -> PyResult<Option<Value>> {
    if op != crate::ast::Operator::BitOr
        || a.downcast::<Dict>().is_none()
        || b.downcast::<Dict>().is_none()
    {
        return Ok(None);
    }
    let out = new(py);
    for (k, v) in items(a).into_iter().chain(items(b)) {
        set_item(py, &out, k, v)?;
    }
    Ok(Some(out))
}

/// `d |= other`: updates in place from a mapping or pairs.
fn inplace(py: Py<'_>, a: &Value, b: &Value, op: crate::ast::Operator) -> PyResult<Option<Value>> {
    if op != crate::ast::Operator::BitOr {
        return Ok(None);
    }
    update_from(py, a, b)?;
    Ok(Some(a.clone()))
}

/// A view of a dict's keys, values or items (a live view: it reads the dict
/// each time it is iterated).
pub struct DictView {
    pub dict: Value,
}
impl Payload for DictView {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

fn view(py: Py<'_>, args: &[Value], kw: &[Value], ty: &Value, name: &str) -> PyResult<Value> {
    let (d, _) = recv(py, name, args, kw, 0, 0)?;
    Ok(py.alloc(ty, DictView { dict: d.clone() }))
}

fn keys(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view(py, args, kw, &py.types.dict_keys, "keys")
}
fn values(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view(py, args, kw, &py.types.dict_values, "values")
}
fn items_m(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view(py, args, kw, &py.types.dict_items, "items")
}

/// The elements a view yields now.
fn view_elements(py: Py<'_>, v: &Value) -> Vec<Value> {
    let Some(view) = v.downcast::<DictView>() else {
        return Vec::new();
    };
    let ty = py.type_of(v);
    let pairs = items(&view.dict);
    if ty.is(&py.types.dict_keys) {
        pairs.into_iter().map(|(k, _)| k).collect()
    } else if ty.is(&py.types.dict_values) {
        pairs.into_iter().map(|(_, x)| x).collect()
    } else {
        pairs
            .into_iter()
            .map(|(k, x)| tuple::new(py, vec![k, x]))
            .collect()
    }
}

fn view_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let inner = tuple::repr_items(py, &view_elements(py, v), "[", "]")?;
    Ok(format!("{}({inner})", py.type_name(v)))
}

fn view_len(_py: Py<'_>, v: &Value) -> PyResult<usize> {
    Ok(v.downcast::<DictView>().map_or(0, |d| len_of(&d.dict)))
}

fn view_kind(py: Py<'_>, v: &Value) -> IterKind {
    let ty = py.type_of(v);
    if ty.is(&py.types.dict_keys) {
        IterKind::Keys
    } else if ty.is(&py.types.dict_values) {
        IterKind::Values
    } else {
        IterKind::Items
    }
}

fn view_iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    let Some(view) = v.downcast::<DictView>() else {
        return Err(py.system_error("dict view iter"));
    };
    Ok(new_iter(py, &view.dict, view_kind(py, v)))
}

/// A keys or items view (set-like), or a set, as a new set; `None` for
/// anything else.
fn set_like(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    if v.downcast::<DictView>().is_some() && view_kind(py, v) != IterKind::Values {
        return super::set::from_items(py, &py.types.set, view_elements(py, v)).map(Some);
    }
    if v.downcast::<super::set::Set>().is_some() {
        return Ok(Some(v.clone()));
    }
    Ok(None)
}

/// Set operators on keys and items views: both operands are iterated into
/// sets (a non-iterable one raises), the result is a set, as CPython's
/// `dictviews_*`; values views have no operators.
fn view_binop(
    py: Py<'_>,
    a: &Value,
    b: &Value,
    op: crate::ast::Operator,
) -> PyResult<Option<Value>> {
    use crate::ast::Operator;
    if !matches!(
        op,
        Operator::BitAnd | Operator::BitOr | Operator::BitXor | Operator::Sub
    ) {
        return Ok(None);
    }
    let set_like_view =
        |v: &Value| v.downcast::<DictView>().is_some() && view_kind(py, v) != IterKind::Values;
    if !set_like_view(a) && !set_like_view(b) {
        return Ok(None);
    }
    let as_set = |v: &Value| -> PyResult<Value> {
        super::set::from_items(py, &py.types.set, obj::collect(py, v)?)
    };
    let (x, y) = (as_set(a)?, as_set(b)?);
    obj::binary_op(py, &x, &y, op, false).map(Some)
}

/// Keys and items views compare as sets; values views only by identity.
fn view_richcompare(
    py: Py<'_>,
    a: &Value,
    b: &Value,
    op: crate::ast::Cmpop,
) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (set_like(py, a)?, set_like(py, b)?) else {
        return Ok(None);
    };
    obj::compare(py, &x, &y, op).map(Some)
}

fn view_isdisjoint(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [v, other] = args else {
        return Err(py.type_error(format!(
            "isdisjoint() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    for x in obj::collect(py, other)? {
        if view_contains(py, v, &x)? {
            return Ok(py.bool(false));
        }
    }
    Ok(py.bool(true))
}

/// `reversed(d.keys())` and friends.
fn view_reversed(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(py.type_error("__reversed__ needs an argument".to_string()));
    };
    let mut items = view_elements(py, v);
    items.reverse();
    Ok(super::iter::SeqIter::new_value(
        py,
        &py.types.dict_reversekeyiterator,
        list::new(py, items),
    ))
}

pub const VALUES_METHODS: &[(&str, NativeFn)] = &[("__reversed__", view_reversed)];

pub const VIEW_METHODS: &[(&str, NativeFn)] = &[
    ("isdisjoint", view_isdisjoint),
    ("__reversed__", view_reversed),
];

fn view_contains(py: Py<'_>, v: &Value, x: &Value) -> PyResult<bool> {
    if py.type_of(v).is(&py.types.dict_keys) {
        if let Some(view) = v.downcast::<DictView>() {
            return Ok(get_item(py, &view.dict, x)?.is_some());
        }
    }
    for y in view_elements(py, v) {
        if obj::eq(py, &y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Keys and items views are set-like, so unhashable; a values view hashes
/// by identity, as any object.
fn view_hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    if view_kind(py, v) == IterKind::Values {
        return Ok((v.addr() >> 4) as i64);
    }
    list::unhashable(py, v)
}

pub fn view_slots() -> Slots {
    Slots {
        repr: Some(view_repr),
        len: Some(view_len),
        iter: Some(view_iter),
        contains: Some(view_contains),
        hash: Some(view_hash),
        binop: Some(view_binop),
        richcompare: Some(view_richcompare),
        ..Slots::default()
    }
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("get", get),
    ("setdefault", setdefault),
    ("pop", pop),
    ("update", update),
    ("copy", copy),
    ("clear", clear),
    ("keys", keys),
    ("values", values),
    ("items", items_m),
    ("popitem", popitem),
];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(list::unhashable),
        richcompare: Some(richcompare),
        binop: Some(binop),
        inplace: Some(inplace),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        delitem: Some(delitem),
        contains: Some(contains),
        iter: Some(iter),
        new: Some(new_dict),
        ..Slots::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_follows_size() {
        assert!(matches!(Indices::with_size(8), Indices::W1(_)));
        assert!(matches!(Indices::with_size(128), Indices::W1(_)));
        assert!(matches!(Indices::with_size(256), Indices::W2(_)));
        assert!(matches!(Indices::with_size(1 << 15), Indices::W2(_)));
        assert!(matches!(Indices::with_size(1 << 16), Indices::W4(_)));
    }

    #[test]
    fn markers_and_largest_index_round_trip() {
        for size in [8usize, 128, 256, 1 << 15, 1 << 16] {
            let mut ix = Indices::with_size(size);
            assert_eq!(ix.len(), size);
            assert_eq!(ix.get(0), Some(EMPTY));
            ix.set(1, DUMMY);
            assert_eq!(ix.get(1), Some(DUMMY));
            // The largest entry index a table of this size can hold.
            let top = (size * 2 - 1) / 3 - 1;
            ix.set(2, top);
            assert_eq!(ix.get(2), Some(top));
            assert_eq!(ix.get(size), None);
            ix.set(size, 0);
        }
        assert_eq!(Indices::default().get(0), None);
    }
}
