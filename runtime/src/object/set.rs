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
        let mask = self.slots.len() - 1;
        let mut free = None;
        let mut target = None;
        let mut err = None;
        probe(mask, hash, |i| match &self.slots[i] {
            Slot::Empty => {
                target = Some(i);
                true
            }
            Slot::Dummy => {
                free.get_or_insert(i);
                false
            }
            Slot::Key(h, k) => {
                if k.is(&key) {
                    return true;
                }
                if *h != hash {
                    return false;
                }
                match obj::eq(py, k, &key) {
                    Ok(found) => found,
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

pub fn add(py: Py<'_>, set: &Value, key: Value) -> PyResult<()> {
    let h = obj::hash(py, &key)?;
    let t = table(py, set)?;
    // Taken out while keys are compared, so a comparison that reaches this
    // set finds it empty instead of finding it borrowed.
    let mut tmp = std::mem::replace(&mut *t.borrow_mut(), Table::placeholder());
    let r = tmp.add(py, key, h);
    *t.borrow_mut() = tmp;
    r
}

pub fn contains_key(py: Py<'_>, set: &Value, key: &Value) -> PyResult<bool> {
    let h = obj::hash(py, key)?;
    let t = table(py, set)?.borrow();
    Ok(t.find(py, key, h)?.is_some())
}

/// Removes `key`; whether it was there.
fn discard_key(py: Py<'_>, set: &Value, key: &Value) -> PyResult<bool> {
    let h = obj::hash(py, key)?;
    let t = table(py, set)?;
    let found = t.borrow().find(py, key, h)?;
    let Some(i) = found else { return Ok(false) };
    let old = {
        let mut tb = t.borrow_mut();
        tb.used -= 1;
        std::mem::replace(&mut tb.slots[i], Slot::Dummy)
    };
    drop(old);
    Ok(true)
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

/// `a | b`, `a & b`, `a - b`, `a ^ b` as lists of keys in CPython's order.
fn combine(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Vec<Value>>> {
    let (ka, kb) = (keys(a), keys(b));
    let mut out = Vec::new();
    match op {
        Operator::BitOr => {
            out.extend(ka);
            out.extend(kb);
        }
        Operator::BitAnd => {
            for k in kb {
                if contains_key(py, a, &k)? {
                    out.push(k);
                }
            }
        }
        Operator::Sub => {
            for k in ka {
                if !contains_key(py, b, &k)? {
                    out.push(k);
                }
            }
        }
        Operator::BitXor => {
            for k in ka {
                if !contains_key(py, b, &k)? {
                    out.push(k);
                }
            }
            for k in kb {
                if !contains_key(py, a, &k)? {
                    out.push(k);
                }
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(out))
}

fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    if a.downcast::<Set>().is_none() || b.downcast::<Set>().is_none() {
        return Ok(None);
    }
    let Some(items) = combine(py, a, b, op)? else {
        return Ok(None);
    };
    let ty = py.type_of(a);
    let ty = if is_frozen(py, a) {
        ty
    } else {
        py.types.set.clone()
    };
    from_items(py, &ty, items).map(Some)
}

/// `s |= t`, `s &= t`, `s -= t`, `s ^= t` on a mutable set: its contents
/// are replaced, so every reference sees the change.
fn inplace(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    if is_frozen(py, a) || a.downcast::<Set>().is_none() || b.downcast::<Set>().is_none() {
        return Ok(None);
    }
    if !update_in_place(py, a, keys(b), op)? {
        return Ok(None);
    }
    Ok(Some(a.clone()))
}

/// Applies `op` with `other`'s keys to `set` in place, keeping its table
/// (and so CPython's iteration order) where CPython does; `false` when `op`
/// is not a set operator.
fn update_in_place(py: Py<'_>, set: &Value, other: Vec<Value>, op: Operator) -> PyResult<bool> {
    match op {
        Operator::BitOr => {
            for k in other {
                add(py, set, k)?;
            }
        }
        Operator::Sub => {
            for k in other {
                discard_key(py, set, &k)?;
            }
        }
        Operator::BitXor => {
            let o = from_items(py, &py.types.set, other)?;
            for k in keys(&o) {
                if !discard_key(py, set, &k)? {
                    add(py, set, k)?;
                }
            }
        }
        Operator::BitAnd => {
            // As CPython, the intersection is a new table swapped in.
            let o = from_items(py, &py.types.set, other)?;
            let items = combine(py, set, &o, op)?.unwrap_or_default();
            replace_contents(py, set, items)?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// Empties `set` and adds `items`.
fn replace_contents(py: Py<'_>, set: &Value, items: Vec<Value>) -> PyResult<()> {
    let old = std::mem::take(&mut *table(py, set)?.borrow_mut());
    drop(old);
    for x in items {
        add(py, set, x)?;
    }
    Ok(())
}

fn new_set(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error(format!("{}() takes no keyword arguments", type_name_of(ty))));
    }
    match args {
        [] => from_items(py, ty, Vec::new()),
        [x] => from_items(py, ty, obj::collect(py, x)?),
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

/// Rejects keyword arguments, which no set method takes. CPython names
/// the type for fixed-arity methods only (`set.add()` but `union()`).
fn no_kw(py: Py<'_>, name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    let ty = args.first().map_or("set", |s| kind(py, s));
    Err(py.type_error(format!("{ty}.{name}() takes no keyword arguments")))
}

fn no_kw_varargs(py: Py<'_>, name: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(py.type_error(format!("{name}() takes no keyword arguments")))
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
    let ty = if is_frozen(py, s) {
        py.types.frozenset.clone()
    } else {
        py.types.set.clone()
    };
    from_items(py, &ty, keys(s))
}

/// `difference_update`, `intersection_update`, `symmetric_difference_update`.
fn update_op(py: Py<'_>, args: &[Value], op: Operator) -> PyResult<Value> {
    let Some((s, rest)) = args.split_first() else {
        return Err(py.type_error("needs a set".to_string()));
    };
    for other in rest {
        update_in_place(py, s, obj::collect(py, other)?, op)?;
    }
    Ok(py.none())
}

fn m_difference_update(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw_varargs(py, "difference_update", kw)?;
    update_op(py, args, Operator::Sub)
}
fn m_intersection_update(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw_varargs(py, "intersection_update", kw)?;
    update_op(py, args, Operator::BitAnd)
}
fn m_symmetric_difference_update(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    recv(py, "symmetric_difference_update", args, kw, 1)?;
    update_op(py, args, Operator::BitXor)
}

/// `union`, `intersection`, ... with any iterables as arguments.
fn method_op(py: Py<'_>, args: &[Value], op: Operator) -> PyResult<Value> {
    let Some((s, rest)) = args.split_first() else {
        return Err(py.type_error("needs a set".to_string()));
    };
    let ty = py.type_of(s);
    let mut acc = from_items(py, &ty, keys(s))?;
    for other in rest {
        let o = from_items(py, &py.types.set, obj::collect(py, other)?)?;
        acc = from_items(py, &ty, combine(py, &acc, &o, op)?.unwrap_or_default())?;
    }
    Ok(acc)
}

fn m_union(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw_varargs(py, "union", kw)?;
    method_op(py, args, Operator::BitOr)
}
fn m_intersection(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw_varargs(py, "intersection", kw)?;
    method_op(py, args, Operator::BitAnd)
}
fn m_difference(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw_varargs(py, "difference", kw)?;
    method_op(py, args, Operator::Sub)
}
fn m_symmetric_difference(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    recv(py, "symmetric_difference", args, kw, 1)?;
    method_op(py, args, Operator::BitXor)
}

fn m_update(py: Py<'_>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw_varargs(py, "update", kw)?;
    let Some((s, rest)) = args.split_first() else {
        return Err(py.type_error("needs a set".to_string()));
    };
    for other in rest {
        for x in obj::collect(py, other)? {
            add(py, s, x)?;
        }
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
