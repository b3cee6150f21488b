//! `set` and `frozenset`: CPython 3.11's open-addressing table (linear probes
//! within 9 slots, then perturbed jumps), so that iteration order, which
//! programs print, is CPython's for ints.
//!
//! **Invariant:** a slot is empty, a dummy (a deleted key: probe chains pass
//! it) or a key with its hash; `fill` counts keys and dummies, `used` keys;
//! the table is resized before `fill` reaches 3/5 of it.

use std::cell::{Cell, RefCell};

use crate::ast::{Cmpop, Operator};
use crate::object::typeobj::{is_subtype, NativeFn, Slots};
use crate::object::{self as obj, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Key(i64, Value),
}

pub struct Table {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Where `pop` resumes its scan, as CPython's `finger`.
    finger: Cell<usize>,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: Cell::new(0),
        }
    }
}

pub struct Set(pub RefCell<Table>);
impl Payload for Set {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.0.try_borrow() {
            for s in &t.slots {
                if let Slot::Key(_, k) = s {
                    visit(k);
                }
            }
        }
    }
    fn clear(&self) {
        if let Ok(mut t) = self.0.try_borrow_mut() {
            drop(std::mem::take(&mut *t));
        }
    }
}

/// The slots probed for `hash`, in CPython's order, until `stop` says so.
fn probe(mask: usize, hash: i64, mut visit: impl FnMut(usize) -> bool) {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in 0..=probes {
            if visit(i + j) {
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

impl Table {
    /// What a set holds while `add` compares keys with its table taken out.
    fn placeholder() -> Table {
        Table {
            slots: Vec::new(),
            fill: 0,
            used: 0,
            finger: Cell::new(0),
        }
    }

    /// Finds `key`: `Ok(Some(slot))` when present.
    fn find(&self, py: Py<'_>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        if self.slots.is_empty() {
            return Ok(None);
        }
        let mask = self.slots.len() - 1;
        let mut result = Ok(None);
        probe(mask, hash, |i| match &self.slots[i] {
            Slot::Empty => true,
            Slot::Dummy => false,
            Slot::Key(h, k) => {
                if k.is(key) {
                    result = Ok(Some(i));
                    return true;
                }
                if *h != hash {
                    return false;
                }
                match obj::eq(py, k, key) {
                    Ok(true) => {
                        result = Ok(Some(i));
                        true
                    }
                    Ok(false) => false,
                    Err(e) => {
                        result = Err(e);
                        true
                    }
                }
            }
        });
        result
    }

    /// Adds `key` unless present (CPython's `set_add_entry`).
    fn add(&mut self, py: Py<'_>, key: Value, hash: i64) -> PyResult<()> {
        // A set re-entered while its table is out for comparisons holds the
        // empty placeholder: give it real slots rather than probe nothing.
        if self.slots.is_empty() {
            *self = Table::default();
        }
        let mask = self.slots.len() - 1;
        let mut free = None;
        let mut target = None;
        let mut err = None;
        let mut found = false;
        probe(mask, hash, |i| match &self.slots[i] {
            Slot::Empty => {
                target = Some(i);
                true
            }
            Slot::Dummy => {
                // The last dummy passed is reused, as CPython's `freeslot`.
                free = Some(i);
                false
            }
            Slot::Key(h, k) => {
                if k.is(&key) {
                    found = true;
                    return true;
                }
                if *h != hash {
                    return false;
                }
                match obj::eq(py, k, &key) {
                    Ok(eq) => {
                        found = eq;
                        eq
                    }
                    Err(e) => {
                        err = Some(e);
                        true
                    }
                }
            }
        });
        if let Some(e) = err {
            return Err(e);
        }
        if found {
            return Ok(());
        }
        match (free, target) {
            (Some(f), _) => {
                self.slots[f] = Slot::Key(hash, key);
                self.used += 1;
            }
            (None, Some(t)) => {
                self.slots[t] = Slot::Key(hash, key);
                self.fill += 1;
                self.used += 1;
                if self.fill * 5 >= mask * 3 {
                    let want = if self.used > 50000 {
                        self.used * 2
                    } else {
                        self.used * 4
                    };
                    self.resize(want);
                }
            }
            (None, None) => {}
        }
        Ok(())
    }

    /// Rebuilds the table with room for `minused` keys, reinserting in slot order.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        let mask = size - 1;
        self.fill = self.used;
        for s in old {
            if let Slot::Key(h, k) = s {
                let mut at = 0;
                probe(mask, h, |i| {
                    at = i;
                    matches!(self.slots[i], Slot::Empty)
                });
                self.slots[at] = Slot::Key(h, k);
            }
        }
    }

    /// The keys with their hashes, in slot order.
    fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Key(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// Puts a key known to be absent into the first empty slot of its probe
    /// sequence (CPython's `set_insert_clean`); no resize.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        if self.slots.is_empty() {
            *self = Table::default();
        }
        let mask = self.slots.len() - 1;
        let mut at = 0;
        probe(mask, hash, |i| {
            at = i;
            matches!(self.slots[i], Slot::Empty)
        });
        self.slots[at] = Slot::Key(hash, key);
    }

    fn keys(&self) -> Vec<Value> {
        self.slots
            .iter()
            .filter_map(|s| {
                if let Slot::Key(_, k) = s {
                    Some(k.clone())
                } else {
                    None
                }
            })
            .collect()
    }
}

fn table<'a>(py: Py<'_>, v: &'a Value) -> PyResult<&'a RefCell<Table>> {
    v.downcast::<Set>()
        .map(|s| &s.0)
        .ok_or_else(|| py.type_error(format!("expected a set, not {}", py.type_name(v))))
}

pub fn keys(v: &Value) -> Vec<Value> {
    v.downcast::<Set>()
        .map_or_else(Vec::new, |s| s.0.borrow().keys())
}

/// Runs `f` on the table of `set` taken out of its cell: key comparisons
/// run Python code, which may reach this set again and then finds it empty
/// instead of finding it borrowed. What such code put there is dropped
/// once the table is back (after the borrow ends: drops may run code).
fn with_table<R>(py: Py<'_>, set: &Value, f: impl FnOnce(&mut Table) -> R) -> PyResult<R> {
    let t = table(py, set)?;
    let mut tmp = std::mem::replace(&mut *t.borrow_mut(), Table::placeholder());
    let r = f(&mut tmp);
    let meanwhile = std::mem::replace(&mut *t.borrow_mut(), tmp);
    drop(meanwhile);
    Ok(r)
}

pub fn add(py: Py<'_>, set: &Value, key: Value) -> PyResult<()> {
    let h = obj::hash(py, &key)?;
    add_entry(py, set, key, h)
}

pub fn contains_key(py: Py<'_>, set: &Value, key: &Value) -> PyResult<bool> {
    let h = obj::hash(py, key)?;
    contains_entry(py, set, key, h)
}

/// Removes `key`; whether it was there.
fn discard_key(py: Py<'_>, set: &Value, key: &Value) -> PyResult<bool> {
    let h = obj::hash(py, key)?;
    discard_entry(py, set, key, h)
}

/// A new set (or frozenset, per `ty`) of `items`.
pub fn from_items(py: Py<'_>, ty: &Value, items: Vec<Value>) -> PyResult<Value> {
    let s = py.alloc(ty, Set(RefCell::new(Table::default())));
    for x in items {
        add(py, &s, x)?;
    }
    Ok(s)
}

fn is_frozen(py: Py<'_>, v: &Value) -> bool {
    is_subtype(&py.type_of(v), &py.types.frozenset)
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let name = py.type_name(v);
    let items = keys(v);
    obj::repr_guarded(py, v, &format!("{name}(...)"), || {
        if items.is_empty() {
            return Ok(format!("{name}()"));
        }
        let inner = super::tuple::repr_items(py, &items, "{", "}")?;
        Ok(if name == "set" {
            inner
        } else {
            format!("{name}({inner})")
        })
    })
}

/// An order-independent hash of the element hashes (CPython's frozenset
/// shuffling, simplified: equal frozensets hash alike).
fn hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    if !is_frozen(py, v) {
        return super::list::unhashable(py, v);
    }
    let shuffle = |x: u64| ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
    let ks = keys(v);
    let mut h: u64 = 0;
    for k in &ks {
        h ^= shuffle(obj::hash(py, k)? as u64);
    }
    h ^= (ks.len() as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let h = h as i64;
    Ok(if h == -1 { 590923713 } else { h })
}

fn len(_py: Py<'_>, v: &Value) -> PyResult<usize> {
    Ok(v.downcast::<Set>().map_or(0, |s| s.0.borrow().used))
}

/// `x in s`; an unhashable set `x` is looked up as the equal frozenset,
/// as CPython's `set_contains`.
fn contains(py: Py<'_>, v: &Value, x: &Value) -> PyResult<bool> {
    match contains_key(py, v, x) {
        Err(e) if e.matches(py, &py.types.type_error) && x.downcast::<Set>().is_some() => {
            let frozen = from_items(py, &py.types.frozenset, keys(x))?;
            contains_key(py, v, &frozen)
        }
        r => r,
    }
}

fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    let used = table(py, v)?.borrow().used;
    Ok(py.alloc(
        &py.types.set_iterator,
        SetIter {
            set: v.clone(),
            pos: Cell::new(0),
            used: Cell::new(Some(used)),
        },
    ))
}

/// An iterator over a live set's slots, which notices the set changing
/// size under it, as CPython's `setiter_iternext`.
pub struct SetIter {
    set: Value,
    pos: Cell<usize>,
    /// The set's size when iteration began; `None` once it raised (the
    /// error is sticky, as CPython's).
    used: Cell<Option<usize>>,
}
impl Payload for SetIter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.set);
    }
}

fn iter_next(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<SetIter>() else {
        return Ok(None);
    };
    if it.pos.get() == usize::MAX {
        return Ok(None);
    }
    let t = table(py, &it.set)?.borrow();
    if it.used.get() != Some(t.used) {
        it.used.set(None);
        return Err(py.new_error(
            &py.types.runtime_error,
            "Set changed size during iteration".to_string(),
        ));
    }
    let mut i = it.pos.get();
    while let Some(slot) = t.slots.get(i) {
        i += 1;
        if let Slot::Key(_, k) = slot {
            it.pos.set(i);
            return Ok(Some(k.clone()));
        }
    }
    // Exhausted: past the end it stays, whatever the set does later.
    it.pos.set(usize::MAX);
    Ok(None)
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

fn subset(py: Py<'_>, a: &Value, b: &Value) -> PyResult<bool> {
    for k in keys(a) {
        if !contains_key(py, b, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    if a.downcast::<Set>().is_none() || b.downcast::<Set>().is_none() {
        return Ok(None);
    }
    let (la, lb) = (keys(a).len(), keys(b).len());
    let r = match op {
        Cmpop::Eq => la == lb && subset(py, a, b)?,
        Cmpop::NotEq => !(la == lb && subset(py, a, b)?),
        Cmpop::LtE => subset(py, a, b)?,
        Cmpop::Lt => la < lb && subset(py, a, b)?,
        Cmpop::GtE => subset(py, b, a)?,
        Cmpop::Gt => la > lb && subset(py, b, a)?,
        _ => return Ok(None),
    };
    Ok(Some(py.bool(r)))
}

// The set algebra below follows CPython 3.11's `setobject.c` step by step
// (which table is copied, which one is iterated, when a table is resized),
// because the resulting slot order is the iteration order programs print.

/// Adds `key` with its known hash (CPython's `set_add_entry`).
fn add_entry(py: Py<'_>, set: &Value, key: Value, hash: i64) -> PyResult<()> {
    with_table(py, set, |t| t.add(py, key, hash))?
}

fn contains_entry(py: Py<'_>, set: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(with_table(py, set, |t| t.find(py, key, hash))??.is_some())
}

/// Removes `key` with its known hash; whether it was there.
fn discard_entry(py: Py<'_>, set: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    let old = with_table(py, set, |t| -> PyResult<Option<Slot>> {
        let Some(i) = t.find(py, key, hash)? else {
            return Ok(None);
        };
        t.used -= 1;
        Ok(Some(std::mem::replace(&mut t.slots[i], Slot::Dummy)))
    })??;
    let found = old.is_some();
    drop(old);
    Ok(found)
}

/// Adds every key of set `other` to `set` (CPython's `set_merge`): one
/// resize up front, a plain copy of an equal-sized clean table, clean
/// insertion into an empty table, else ordinary adds.
fn merge(py: Py<'_>, set: &Value, other: &Value) -> PyResult<()> {
    if set.is(other) {
        return Ok(());
    }
    let (entries, other_len, other_clean, other_used) = {
        let o = table(py, other)?.borrow();
        (o.entries(), o.slots.len(), o.fill == o.used, o.used)
    };
    if other_used == 0 {
        return Ok(());
    }
    {
        let mut t = table(py, set)?.borrow_mut();
        let mask = t.slots.len().saturating_sub(1);
        if (t.fill + other_used) * 5 >= mask * 3 {
            let want = (t.used + other_used) * 2;
            t.resize(want);
        }
        if t.fill == 0 {
            if t.slots.len() == other_len && other_clean {
                // Same size and no dummies: the same slots, as a copy would.
                t.slots = table(py, other)?.borrow().slots.clone();
            } else {
                for (h, k) in entries {
                    t.insert_clean(h, k);
                }
            }
            t.fill = other_used;
            t.used = other_used;
            return Ok(());
        }
    }
    for (h, k) in entries {
        add_entry(py, set, k, h)?;
    }
    Ok(())
}

/// Adds the items of any iterable (CPython's `set_update_internal`): what
/// `s.update(x)` and `{*x}` do.
pub fn update_internal(py: Py<'_>, set: &Value, other: &Value) -> PyResult<()> {
    if other.downcast::<Set>().is_some() {
        return merge(py, set, other);
    }
    if py.type_of(other).is(&py.types.dict) {
        let n = super::dict::len_of(other);
        let mut t = table(py, set)?.borrow_mut();
        let mask = t.slots.len().saturating_sub(1);
        if (t.fill + n) * 5 >= mask * 3 {
            let want = (t.used + n) * 2;
            t.resize(want);
        }
    }
    let it = obj::iter(py, other)?;
    while let Some(k) = obj::next(py, &it)? {
        add(py, set, k)?;
    }
    Ok(())
}

/// The type of a new set made from `v`: `frozenset` for frozensets, else `set`.
fn base_type(py: Py<'_>, v: &Value) -> Value {
    if is_frozen(py, v) {
        py.types.frozenset.clone()
    } else {
        py.types.set.clone()
    }
}

/// A new set of type `ty` holding the items of `src` (any iterable).
fn new_from(py: Py<'_>, ty: &Value, src: &Value) -> PyResult<Value> {
    let s = py.alloc(ty, Set(RefCell::new(Table::default())));
    update_internal(py, &s, src)?;
    Ok(s)
}

/// `so & other` (CPython's `set_intersection`): iterates the smaller set.
fn intersection(py: Py<'_>, so: &Value, other: &Value) -> PyResult<Value> {
    let result = py.alloc(&base_type(py, so), Set(RefCell::new(Table::default())));
    if other.downcast::<Set>().is_some() {
        let (mut big, mut small) = (so, other);
        if len_of(other) > len_of(so) {
            std::mem::swap(&mut big, &mut small);
        }
        let entries = table(py, small)?.borrow().entries();
        for (h, k) in entries {
            if contains_entry(py, big, &k, h)? {
                add_entry(py, &result, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = obj::iter(py, other)?;
    while let Some(k) = obj::next(py, &it)? {
        let h = obj::hash(py, &k)?;
        if contains_entry(py, so, &k, h)? {
            add_entry(py, &result, k, h)?;
        }
    }
    Ok(result)
}

/// Removes the items of `other` from `set` (`set_difference_update_internal`).
fn difference_update_internal(py: Py<'_>, set: &Value, other: &Value) -> PyResult<()> {
    if set.is(other) {
        let old = std::mem::take(&mut *table(py, set)?.borrow_mut());
        drop(old);
        return Ok(());
    }
    if other.downcast::<Set>().is_some() {
        // A much larger other set is first cut down to the common keys.
        let other = if (len_of(other) >> 3) > len_of(set) {
            intersection(py, set, other)?
        } else {
            other.clone()
        };
        let entries = table(py, &other)?.borrow().entries();
        for (h, k) in entries {
            discard_entry(py, set, &k, h)?;
        }
    } else {
        let it = obj::iter(py, other)?;
        while let Some(k) = obj::next(py, &it)? {
            discard_key(py, set, &k)?;
        }
    }
    // More than a quarter dummies: rebuild, as CPython does here.
    let mut t = table(py, set)?.borrow_mut();
    let mask = t.slots.len().saturating_sub(1);
    if t.fill - t.used > mask / 4 {
        let want = if t.used > 50000 {
            t.used * 2
        } else {
            t.used * 4
        };
        t.resize(want);
    }
    Ok(())
}

/// `so - other` (CPython's `set_difference`): copy-then-remove when `so`
/// is much larger or `other` is no set or dict, else a filtered build.
fn difference(py: Py<'_>, so: &Value, other: &Value) -> PyResult<Value> {
    let other_len = if other.downcast::<Set>().is_some() {
        Some(len_of(other))
    } else if py.type_of(other).is(&py.types.dict) {
        Some(super::dict::len_of(other))
    } else {
        None
    };
    let ty = base_type(py, so);
    match other_len {
        Some(n) if (len_of(so) >> 2) <= n => {
            let result = py.alloc(&ty, Set(RefCell::new(Table::default())));
            let entries = table(py, so)?.borrow().entries();
            for (h, k) in entries {
                let present = if other.downcast::<Set>().is_some() {
                    contains_entry(py, other, &k, h)?
                } else {
                    super::dict::get_item(py, other, &k)?.is_some()
                };
                if !present {
                    add_entry(py, &result, k, h)?;
                }
            }
            Ok(result)
        }
        _ => {
            let result = new_from(py, &ty, so)?;
            difference_update_internal(py, &result, other)?;
            Ok(result)
        }
    }
}

/// `set ^= other` (CPython's `set_symmetric_difference_update`).
fn symmetric_update(py: Py<'_>, set: &Value, other: &Value) -> PyResult<()> {
    if set.is(other) {
        let old = std::mem::take(&mut *table(py, set)?.borrow_mut());
        drop(old);
        return Ok(());
    }
    let otherset = if other.downcast::<Set>().is_some() {
        other.clone()
    } else {
        new_from(py, &base_type(py, set), other)?
    };
    let entries = table(py, &otherset)?.borrow().entries();
    for (h, k) in entries {
        if !discard_entry(py, set, &k, h)? {
            add_entry(py, set, k, h)?;
        }
    }
    Ok(())
}

/// `so ^ other`: a copy of `other` updated with `so`, as CPython does.
fn symmetric_difference(py: Py<'_>, so: &Value, other: &Value) -> PyResult<Value> {
    let result = new_from(py, &base_type(py, so), other)?;
    symmetric_update(py, &result, so)?;
    Ok(result)
}

/// `so | other`: a copy of `so`, then `other` merged in.
fn union(py: Py<'_>, so: &Value, other: &Value) -> PyResult<Value> {
    let result = new_from(py, &base_type(py, so), so)?;
    update_internal(py, &result, other)?;
    Ok(result)
}

/// Gives `set` the table of `other` (CPython's `set_swap_bodies`).
fn take_table(py: Py<'_>, set: &Value, other: &Value) -> PyResult<()> {
    let new = std::mem::take(&mut *table(py, other)?.borrow_mut());
    let old = std::mem::replace(&mut *table(py, set)?.borrow_mut(), new);
    drop(old);
    Ok(())
}

fn len_of(v: &Value) -> usize {
    v.downcast::<Set>().map_or(0, |s| s.0.borrow().used)
}

fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    if a.downcast::<Set>().is_none() || b.downcast::<Set>().is_none() {
        return Ok(None);
    }
    Ok(Some(match op {
        Operator::BitOr => union(py, a, b)?,
        Operator::BitAnd => intersection(py, a, b)?,
        Operator::Sub => difference(py, a, b)?,
        Operator::BitXor => symmetric_difference(py, a, b)?,
        _ => return Ok(None),
    }))
}

/// `s |= t`, `s &= t`, `s -= t`, `s ^= t` on a mutable set, in place.
fn inplace(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    if is_frozen(py, a) || a.downcast::<Set>().is_none() || b.downcast::<Set>().is_none() {
        return Ok(None);
    }
    match op {
        Operator::BitOr => update_internal(py, a, b)?,
        Operator::BitAnd => {
            let tmp = intersection(py, a, b)?;
            take_table(py, a, &tmp)?;
        }
        Operator::Sub => difference_update_internal(py, a, b)?,
        Operator::BitXor => symmetric_update(py, a, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

fn new_set(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error(format!("{}() takes no keyword arguments", type_name_of(ty))));
    }
    match args {
        [] => from_items(py, ty, Vec::new()),
        [x] => new_from(py, ty, x),
        _ => Err(py.type_error(format!(
            "{} expected at most 1 argument, got {}",
            type_name_of(ty),
            args.len()
        ))),
    }
}

fn type_name_of(ty: &Value) -> String {
    ty.downcast::<super::typeobj::TypeObject>()
        .map_or_else(String::new, |t| t.name.clone())
}

/// The type name a method reports: `set` or `frozenset`.
fn kind(py: Py<'_>, v: &Value) -> &'static str {
    if is_frozen(py, v) {
        "frozenset"
    } else {
        "set"
    }
}

/// Rejects keyword arguments, which no set method takes.
fn no_kw(py: Py<'_>, name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    let ty = args.first().map_or("set", |s| kind(py, s));
    Err(py.type_error(format!("{ty}.{name}() takes no keyword arguments")))
}

/// For the methods taking any number of arguments. CPython names the type
/// when they are called with keywords directly (`s.union(x=1)`), which is
/// what this does, but not through `**kwargs`.
fn no_kw_varargs(py: Py<'_>, name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    no_kw(py, name, args, kw)
}

fn recv<'a>(
    py: Py<'_>,
    name: &str,
    args: &'a [Value],
    kw: &[Value],
    n: usize,
) -> PyResult<(&'a Value, &'a [Value])> {
    no_kw(py, name, args, kw)?;
    match args.split_first() {
        Some((s, rest)) if s.downcast::<Set>().is_some() && rest.len() == n => Ok((s, rest)),
        Some((s, rest)) => Err(py.type_error(format!(
            "{}.{name}() takes {} ({} given)",
            kind(py, s),
            match n {
                0 => "no arguments",
                1 => "exactly one argument",
                _ => "exactly 2 arguments",
            },
            rest.len()
        ))),
        None => Err(py.type_error(format!("set.{name}() needs an argument"))),
    }
}

fn m_add(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = recv(py, "add", args, kw, 1)?;
    add(py, s, rest[0].clone())?;
    Ok(py.none())
}

fn m_remove(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = recv(py, "remove", args, kw, 1)?;
    if !discard_key(py, s, &rest[0])? {
        return Err(py.key_error(rest[0].clone()));
    }
    Ok(py.none())
}

fn m_discard(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = recv(py, "discard", args, kw, 1)?;
    discard_key(py, s, &rest[0])?;
    Ok(py.none())
}

fn m_pop(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = recv(py, "pop", args, kw, 0)?;
    let t = table(py, s)?;
    let mut tb = t.borrow_mut();
    if tb.used == 0 || tb.slots.is_empty() {
        return Err(py.key_error_msg("pop from an empty set"));
    }
    let n = tb.slots.len();
    let mut i = tb.finger.get() % n;
    while !matches!(tb.slots[i], Slot::Key(..)) {
        i = (i + 1) % n;
    }
    tb.finger.set(i + 1);
    tb.used -= 1;
    match std::mem::replace(&mut tb.slots[i], Slot::Dummy) {
        Slot::Key(_, k) => Ok(k),
        _ => Err(py.system_error("set.pop")),
    }
}

fn m_clear(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = recv(py, "clear", args, kw, 0)?;
    let old = std::mem::take(&mut *table(py, s)?.borrow_mut());
    drop(old);
    Ok(py.none())
}

fn m_copy(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = recv(py, "copy", args, kw, 0)?;
    // An exact frozenset is immutable: its copy is itself.
    if py.type_of(s).is(&py.types.frozenset) {
        return Ok(s.clone());
    }
    new_from(py, &base_type(py, s), s)
}

/// The receiver and the other arguments of a set method.
fn split<'a>(py: Py<'_>, args: &'a [Value]) -> PyResult<(&'a Value, &'a [Value])> {
    match args.split_first() {
        Some((s, rest)) if s.downcast::<Set>().is_some() => Ok((s, rest)),
        _ => Err(py.type_error("descriptor needs a set".to_string())),
    }
}

fn m_difference_update(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw_varargs(py, "difference_update", args, kw)?;
    let (s, rest) = split(py, args)?;
    for other in rest {
        difference_update_internal(py, s, other)?;
    }
    Ok(py.none())
}

fn m_intersection_update(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw_varargs(py, "intersection_update", args, kw)?;
    let (s, rest) = split(py, args)?;
    let tmp = intersection_multi(py, s, rest)?;
    take_table(py, s, &tmp)?;
    Ok(py.none())
}

fn m_symmetric_difference_update(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = recv(py, "symmetric_difference_update", args, kw, 1)?;
    symmetric_update(py, s, &rest[0])?;
    Ok(py.none())
}

/// `s.intersection(*others)`: a copy when there are none.
fn intersection_multi(py: Py<'_>, s: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return new_from(py, &base_type(py, s), s);
    }
    let mut result = s.clone();
    for other in others {
        result = intersection(py, &result, other)?;
    }
    Ok(result)
}

fn m_union(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw_varargs(py, "union", args, kw)?;
    let (s, rest) = split(py, args)?;
    let result = new_from(py, &base_type(py, s), s)?;
    for other in rest {
        update_internal(py, &result, other)?;
    }
    Ok(result)
}

fn m_intersection(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw_varargs(py, "intersection", args, kw)?;
    let (s, rest) = split(py, args)?;
    intersection_multi(py, s, rest)
}

fn m_difference(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw_varargs(py, "difference", args, kw)?;
    let (s, rest) = split(py, args)?;
    let Some((first, more)) = rest.split_first() else {
        return new_from(py, &base_type(py, s), s);
    };
    let result = difference(py, s, first)?;
    for other in more {
        difference_update_internal(py, &result, other)?;
    }
    Ok(result)
}

fn m_symmetric_difference(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = recv(py, "symmetric_difference", args, kw, 1)?;
    symmetric_difference(py, s, &rest[0])
}

fn m_update(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw_varargs(py, "update", args, kw)?;
    let (s, rest) = split(py, args)?;
    for other in rest {
        update_internal(py, s, other)?;
    }
    Ok(py.none())
}

fn m_issubset(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = recv(py, "issubset", args, kw, 1)?;
    let o = from_items(py, &py.types.set, obj::collect(py, &rest[0])?)?;
    Ok(py.bool(subset(py, s, &o)?))
}

fn m_issuperset(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = recv(py, "issuperset", args, kw, 1)?;
    let o = from_items(py, &py.types.set, obj::collect(py, &rest[0])?)?;
    Ok(py.bool(subset(py, &o, s)?))
}

fn m_isdisjoint(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = recv(py, "isdisjoint", args, kw, 1)?;
    for x in obj::collect(py, &rest[0])? {
        if contains_key(py, s, &x)? {
            return Ok(py.bool(false));
        }
    }
    Ok(py.bool(true))
}

/// Methods of both set and frozenset.
pub const FROZEN_METHODS: &[(&str, NativeFn)] = &[
    ("copy", m_copy),
    ("union", m_union),
    ("intersection", m_intersection),
    ("difference", m_difference),
    ("symmetric_difference", m_symmetric_difference),
    ("issubset", m_issubset),
    ("issuperset", m_issuperset),
    ("isdisjoint", m_isdisjoint),
];

/// Methods only mutable sets have.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("add", m_add),
    ("remove", m_remove),
    ("discard", m_discard),
    ("pop", m_pop),
    ("clear", m_clear),
    ("update", m_update),
    ("difference_update", m_difference_update),
    ("intersection_update", m_intersection_update),
    ("symmetric_difference_update", m_symmetric_difference_update),
];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        binop: Some(binop),
        inplace: Some(inplace),
        len: Some(len),
        contains: Some(contains),
        iter: Some(iter),
        new: Some(new_set),
        ..Slots::default()
    }
}
