//! The cycle collector: CPython's generational algorithm over the lists of
//! container objects (see `value::GcHead`).
//!
//! Reference counting frees everything except cycles. A collection of
//! generation `g` finds the cycles among the objects of generations `0..=g`:
//!
//! 1. `update_refs`: each object's scratch count starts at its reference count;
//! 2. `subtract_internal_refs`: every reference from one object of the set to
//!    another is subtracted, so what is left counts references from outside;
//! 3. `move_unreachable`: objects with outside references, and everything they
//!    reach, are reachable; the rest is garbage;
//! 4. `finalize`: garbage with `__del__` gets it called once (PEP 442), then the
//!    garbage is checked again, since a finalizer may have resurrected some;
//! 5. `delete`: each garbage object drops its references (`clear`), which
//!    frees the cycles by reference counting.
//!
//! Survivors move to the next older generation. Counters and thresholds are
//! CPython's: generation 0 is collected when container allocations minus
//! deallocations pass 700; an older generation when the number of collections
//! of the younger one passes 10 (and, for the oldest, only when the objects
//! waiting for a full collection are a quarter of those that survived one).
//!
//! **Invariant:** a collection runs only at a safe point of the evaluation loop
//! or from `gc.collect()`, never inside Rust code that borrows an object.

pub mod finalize;
pub mod module;
pub mod weakref;

use std::cell::{Cell, RefCell};
use std::io::Write;

use crate::object::{self as obj, int, list::List, tuple::Tuple};
use crate::value::{GcHead, Value, GC_COLLECTING, GC_FINALIZED, GC_UNREACHABLE, GC_WEAKREFS};
use crate::vm::Py;

pub const DEBUG_STATS: u32 = 1;
pub const DEBUG_COLLECTABLE: u32 = 2;
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
pub const DEBUG_SAVEALL: u32 = 32;
pub const DEBUG_LEAK: u32 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

pub const NUM_GENERATIONS: usize = 3;

/// `gc.get_stats()` of one generation.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

/// The collector's state in an interpreter. Generation 0's list is the
/// interpreter's `gc_list` (new containers are linked there) and its counter
/// lives in the `Heap` (deallocation only reaches that).
pub struct GcState {
    /// Generations 1 and 2.
    older: [Box<GcHead>; 2],
    /// Objects moved out of the collector's sight by `gc.freeze()`.
    pub permanent: Box<GcHead>,
    /// Thresholds of generations 1 and 2 (generation 0's is in the Heap).
    older_thresholds: [Cell<usize>; 2],
    /// Collections of the younger generation since this one was collected.
    older_counts: [Cell<usize>; 2],
    pub stats: [Cell<GenStats>; NUM_GENERATIONS],
    pub debug: Cell<u32>,
    collecting: Cell<bool>,
    /// Objects that survived a full collection, and those that reached the
    /// oldest generation since (CPython's heuristic against quadratic work).
    long_lived_total: Cell<usize>,
    long_lived_pending: Cell<usize>,
    /// Weak references by referent, and the weak reference types (made on
    /// first use: ref, proxy, callable proxy).
    pub weakrefs: std::rc::Rc<weakref::WeakTable>,
    pub weakref_types: [RefCell<Option<Value>>; 3],
    /// `gc.garbage` and `gc.callbacks`: lists, made on first use.
    garbage: RefCell<Option<Value>>,
    callbacks: RefCell<Option<Value>>,
    /// The builtins dict's entries after start-up, restored at teardown.
    pub builtins_copy: RefCell<Vec<(Value, Value)>>,
    /// Set late in teardown: collections run no finalizers any more.
    pub no_finalizers: Cell<bool>,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            older: [GcHead::new_list(), GcHead::new_list()],
            permanent: GcHead::new_list(),
            older_thresholds: [Cell::new(10), Cell::new(10)],
            older_counts: [Cell::new(0), Cell::new(0)],
            stats: Default::default(),
            debug: Cell::new(0),
            collecting: Cell::new(false),
            long_lived_total: Cell::new(0),
            long_lived_pending: Cell::new(0),
            weakrefs: Default::default(),
            weakref_types: Default::default(),
            garbage: RefCell::new(None),
            callbacks: RefCell::new(None),
            builtins_copy: RefCell::new(Vec::new()),
            no_finalizers: Cell::new(false),
        }
    }
}

impl GcState {
    /// Cuts every tracked object loose (the interpreter is going away).
    pub fn detach_all(&self) {
        self.weakrefs.clear_all();
        self.garbage.borrow_mut().take();
        self.callbacks.borrow_mut().take();
        for g in &self.older {
            g.detach_all();
        }
        self.permanent.detach_all();
    }
}

impl GcState {
    /// Takes `gc.callbacks` away (teardown runs none).
    pub fn callbacks_take(&self) {
        drop(self.callbacks.borrow_mut().take());
    }

    /// Takes `gc.garbage` away, so what it saved can be freed.
    pub fn garbage_take(&self) {
        drop(self.garbage.borrow_mut().take());
    }
}

fn generation<'a>(py: Py<'a>, g: usize) -> &'a GcHead {
    let i = py.interp();
    match g {
        0 => &i.gc_list,
        _ => &i.gc.older[g.min(2) - 1],
    }
}

/// `gc.get_threshold()`.
pub fn thresholds(py: Py<'_>) -> [usize; 3] {
    let o = &py.gc.older_thresholds;
    [py.heap.gc_threshold.get(), o[0].get(), o[1].get()]
}

/// `gc.set_threshold(t0, t1, t2)`: the ones given.
pub fn set_thresholds(py: Py<'_>, t: &[usize]) {
    if let Some(&t0) = t.first() {
        py.heap.gc_threshold.set(t0);
    }
    for (i, &x) in t.iter().enumerate().skip(1).take(2) {
        py.gc.older_thresholds[i - 1].set(x);
    }
}

/// `gc.get_count()`.
pub fn counts(py: Py<'_>) -> [usize; 3] {
    let o = &py.gc.older_counts;
    [py.heap.gc_young.get(), o[0].get(), o[1].get()]
}

pub fn enable(py: Py<'_>, on: bool) {
    py.heap.gc_enabled.set(on);
    if !on {
        py.heap.gc_pending.set(false);
    }
}

pub fn is_enabled(py: Py<'_>) -> bool {
    py.heap.gc_enabled.get()
}

/// `gc.garbage` (made on first use).
pub fn garbage(py: Py<'_>) -> Value {
    py.gc
        .garbage
        .borrow_mut()
        .get_or_insert_with(|| obj::list::new(py, Vec::new()))
        .clone()
}

/// `gc.callbacks` (made on first use).
pub fn callbacks(py: Py<'_>) -> Value {
    py.gc
        .callbacks
        .borrow_mut()
        .get_or_insert_with(|| obj::list::new(py, Vec::new()))
        .clone()
}

/// `gc.get_objects(generation)`: the tracked objects of one generation or all.
pub fn objects(py: Py<'_>, g: Option<usize>) -> Vec<Value> {
    match g {
        Some(g) => generation(py, g).objects(),
        None => (0..NUM_GENERATIONS)
            .flat_map(|g| generation(py, g).objects())
            .collect(),
    }
}

/// `gc.freeze()`: every tracked object moves to the permanent generation.
pub fn freeze(py: Py<'_>) {
    for g in 0..NUM_GENERATIONS {
        py.gc.permanent.splice(generation(py, g));
    }
    py.heap.gc_young.set(0);
}

/// `gc.unfreeze()`: the permanent generation goes back to the oldest.
pub fn unfreeze(py: Py<'_>) {
    generation(py, 2).splice(&py.gc.permanent);
}

pub fn freeze_count(py: Py<'_>) -> usize {
    py.gc.permanent.count()
}

/// Whether `v` could take part in a cycle: a container, except a tuple the
/// collector stopped watching (CPython's `_PyObject_GC_MAY_BE_TRACKED`).
pub fn may_be_tracked(v: &Value) -> bool {
    v.gc_head().is_some() && (v.downcast::<Tuple>().is_none() || v.is_gc_tracked())
}

/// `gc.is_finalized(x)`.
pub fn is_finalized(v: &Value) -> bool {
    v.gc_head().is_some_and(|h| h.flags() & GC_FINALIZED != 0)
}

/// The objects `v` refers to that its type reports (`gc.get_referents`).
pub fn referents(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    v.traverse(&mut |r| out.push(r.clone()));
    out
}

/// The tracked objects that refer to one of `targets` (`gc.get_referrers`).
pub fn referrers(py: Py<'_>, targets: &[Value]) -> Vec<Value> {
    objects(py, None)
        .into_iter()
        .filter(|o| {
            let mut hit = false;
            o.traverse(&mut |r| hit |= targets.iter().any(|t| t.is(r)));
            hit
        })
        .collect()
}

/// The automatic collection, run by the evaluation loop when the Heap flags
/// one as pending: the oldest generation whose count passed its threshold.
pub fn collect_if_due(py: Py<'_>) {
    py.heap.gc_pending.set(false);
    if !py.heap.gc_enabled.get() || py.gc.collecting.get() {
        return;
    }
    let counts = counts(py);
    let thresholds = thresholds(py);
    for g in (0..NUM_GENERATIONS).rev() {
        if counts[g] <= thresholds[g] || thresholds[g] == 0 {
            continue;
        }
        // A full collection only when enough objects await it (CPython's
        // heuristic: 25% of what survived the previous one).
        if g == 2 && py.gc.long_lived_pending.get() < py.gc.long_lived_total.get() / 4 {
            continue;
        }
        collect(py, g);
        return;
    }
}

/// `gc.collect(generation)`: collects generations `0..=g` and returns the number
/// of unreachable objects found (collected and uncollectable).
pub fn collect(py: Py<'_>, g: usize) -> usize {
    let g = g.min(NUM_GENERATIONS - 1);
    if py.gc.collecting.get() {
        return 0;
    }
    py.gc.collecting.set(true);
    run_callbacks(py, "start", g, 0, 0);
    let (collected, uncollectable) = collect_generation(py, g);
    run_callbacks(py, "stop", g, collected, uncollectable);
    py.gc.collecting.set(false);
    collected + uncollectable
}

/// A full collection without `gc.callbacks` (teardown's); the number of
/// unreachable objects found.
pub fn collect_quiet(py: Py<'_>) -> usize {
    if py.gc.collecting.get() {
        return 0;
    }
    py.gc.collecting.set(true);
    let (collected, uncollectable) = collect_generation(py, NUM_GENERATIONS - 1);
    py.gc.collecting.set(false);
    collected + uncollectable
}

fn run_callbacks(py: Py<'_>, phase: &str, g: usize, collected: usize, uncollectable: usize) {
    let Some(cbs) = py.gc.callbacks.borrow().clone() else {
        return;
    };
    let list: Vec<Value> = cbs
        .downcast::<List>()
        .map_or(Vec::new(), |l| l.0.borrow().clone());
    if list.is_empty() {
        return;
    }
    let info = obj::dict::new(py);
    let entries = [
        ("generation", g),
        ("collected", collected),
        ("uncollectable", uncollectable),
    ];
    for (k, n) in entries {
        let _ = obj::dict::set_item(py, &info, py.intern(k), int::new_i64(py, n as i64));
    }
    let phase = py.new_str(phase);
    for cb in list {
        if let Err(e) = obj::call(py, &cb, &[phase.clone(), info.clone()], &[]) {
            report_unraisable(py, &e.0, &cb);
        }
    }
}

/// CPython's `PyErr_WriteUnraisable`: the error is printed, not raised.
pub fn report_unraisable(py: Py<'_>, exc: &Value, obj_: &Value) {
    let r = obj::repr(py, obj_).unwrap_or_else(|_| "<object>".to_string());
    write_unraisable(py, exc, &r);
}

/// "Exception ignored in: <label>" and the traceback, on stderr after what
/// was printed so far.
pub fn write_unraisable(py: Py<'_>, exc: &Value, label: &str) {
    let tb = crate::vm::traceback::format_exception_alone(py, exc, "");
    let _ = py.stdout.borrow_mut().flush();
    eprint!("Exception ignored in: {label}\n{tb}");
}

fn collect_generation(py: Py<'_>, g: usize) -> (usize, usize) {
    let gc = &py.gc;
    // A safe point: classes left by `__class__` assignment may go now.
    let retired = std::mem::take(&mut *py.heap.retired.borrow_mut());
    drop(retired);
    let debug = gc.debug.get();
    let started = std::time::Instant::now();
    if debug & DEBUG_STATS != 0 {
        let sizes: Vec<String> = (0..NUM_GENERATIONS)
            .map(|i| generation(py, i).count().to_string())
            .collect();
        eprint!(
            "gc: collecting generation {g}...\ngc: objects in each generation: {}\ngc: objects in permanent generation: {}\n",
            sizes.join(" "),
            gc.permanent.count()
        );
    }
    // The counters move as CPython's: this generation and the younger ones
    // start again, the next older one counts one more collection.
    if g + 1 < NUM_GENERATIONS {
        let c = &gc.older_counts[g];
        c.set(c.get() + 1);
    }
    py.heap.gc_young.set(0);
    for c in gc.older_counts.iter().take(g) {
        c.set(0);
    }
    // The young objects: generation g with the younger ones merged in.
    let young = generation(py, g);
    for i in 0..g {
        young.splice(generation(py, i));
    }
    // The collection works on the lists themselves, as CPython's: no buffer
    // proportional to the generation is allocated (large short-lived
    // buffers in malloc's heap fragmented it and made peak memory vary).
    let unreachable = GcHead::new_list();
    deduce_unreachable(young, &unreachable);
    finish_reachable(young);
    handle_weakrefs(py, &unreachable);
    // PEP 442: finalizers run once, on the garbage as a whole, before anything
    // is cleared; they may resurrect objects, so reachability is checked again.
    let garbage = if finalize(py, &unreachable) {
        let still = GcHead::new_list();
        deduce_unreachable(&unreachable, &still);
        finish_reachable(&unreachable);
        young.splice(&unreachable);
        still
    } else {
        unreachable
    };
    let n = garbage.count();
    if debug & DEBUG_COLLECTABLE != 0 {
        for_each(&garbage, |o| {
            eprintln!("gc: collectable <{} {:#x}>", py.type_name(o), o.addr());
        });
    }
    if debug & DEBUG_SAVEALL != 0 {
        let saved = crate::gc::garbage(py);
        if let Some(l) = saved.downcast::<List>() {
            for_each(&garbage, |o| l.0.borrow_mut().push(o.clone()));
        }
        finish_reachable(&garbage);
        young.splice(&garbage);
    } else {
        delete_garbage(&garbage, young);
    }
    // Survivors (the freed objects have unlinked themselves) grow older.
    let survivors = young.count();
    if g + 1 < NUM_GENERATIONS {
        generation(py, g + 1).splice(young);
        if g + 1 == 2 {
            gc.long_lived_pending
                .set(gc.long_lived_pending.get() + survivors);
        }
    } else {
        gc.long_lived_pending.set(0);
        gc.long_lived_total.set(survivors);
    }
    let mut s = gc.stats[g].get();
    s.collections += 1;
    s.collected += n;
    gc.stats[g].set(s);
    if debug & DEBUG_STATS != 0 {
        eprintln!(
            "gc: done, {n} unreachable, 0 uncollectable, {:.4}s elapsed",
            started.elapsed().as_secs_f64()
        );
    }
    (n, 0)
}

/// Calls `f` on each object of `list`, borrowed (`f` must not free any).
fn for_each(list: &GcHead, mut f: impl FnMut(&Value)) {
    let mut p = list.next_ptr();
    while !std::ptr::eq(p, list) {
        // SAFETY: every node of the list heads a live container object, and
        // `f` frees none of them.
        unsafe {
            f(&Value::borrow_gc_head(p));
            p = (*p).next_ptr();
        }
    }
}

/// Steps 1-3 over `young`: the objects nothing outside the list refers to,
/// directly or through others, move to `unreachable` (marked
/// `GC_UNREACHABLE`); every object of both lists is marked `GC_COLLECTING`.
fn deduce_unreachable(young: &GcHead, unreachable: &GcHead) {
    // update_refs: the scratch count starts at the reference count.
    for_each(young, |o| {
        if let Some(h) = o.gc_head() {
            h.set_refs(o.refcount() as isize);
            h.set_flags((h.flags() | GC_COLLECTING) & !GC_UNREACHABLE);
        }
    });
    // subtract_internal_refs.
    for_each(young, |o| {
        o.traverse(&mut |r| {
            if let Some(h) = r.gc_head() {
                if h.flags() & GC_COLLECTING != 0 {
                    h.set_refs(h.refs() - 1);
                }
            }
        });
    });
    // move_unreachable (CPython's): an object with outside references is
    // reachable and makes what it refers to reachable; one without waits in
    // `unreachable` until a reachable object is found to refer to it, which
    // puts it back at the end of `young` (so it is scanned in turn).
    let mut p = young.next_ptr();
    while !std::ptr::eq(p, young) {
        // SAFETY: nodes of `young` and `unreachable` head live containers;
        // nothing is freed during the walk (traverse only reports).
        unsafe {
            let h = &*p;
            if h.refs() > 0 {
                Value::borrow_gc_head(p).traverse(&mut |r| {
                    let Some(rh) = r.gc_head() else { return };
                    let f = rh.flags();
                    if f & GC_COLLECTING == 0 {
                        return;
                    }
                    if f & GC_UNREACHABLE != 0 {
                        young.take(rh);
                        rh.set_flags(f & !GC_UNREACHABLE);
                        rh.set_refs(1);
                    } else if rh.refs() <= 0 {
                        rh.set_refs(1);
                    }
                });
                p = h.next_ptr();
            } else {
                let next = h.next_ptr();
                unreachable.take(h);
                h.set_flags(h.flags() | GC_UNREACHABLE);
                p = next;
            }
        }
    }
}

/// The reachable objects of a collection lose its marks; tuples that can no
/// longer be part of a cycle are untracked.
fn finish_reachable(list: &GcHead) {
    let mut p = list.next_ptr();
    while !std::ptr::eq(p, list) {
        // SAFETY: nodes head live containers; untracking unlinks `p` only
        // after its successor was read.
        unsafe {
            let next = (*p).next_ptr();
            let o = Value::borrow_gc_head(p);
            (*p).set_flags((*p).flags() & !(GC_COLLECTING | GC_UNREACHABLE));
            maybe_untrack(&o);
            p = next;
        }
    }
}

/// Visits the objects of `list` one at a time, each held by a count, where
/// `f` may run any code: the object moves to a side list before `f` sees it
/// (so objects freed meanwhile unlink themselves from wherever they are),
/// and the survivors go back to `list` in their order.
fn for_each_held(list: &GcHead, mut f: impl FnMut(&Value)) {
    let seen = GcHead::new_list();
    while !list.is_empty() {
        let p = list.next_ptr();
        // SAFETY: `p` heads a live container of `list`; the new reference
        // keeps it alive while `f` runs.
        let o = unsafe {
            seen.take(&*p);
            Value::from_gc_head(p)
        };
        f(&o);
        drop(o);
    }
    list.splice(&seen);
}

/// Step 5: each garbage object drops its references, which frees the
/// cycles; an object that survives its `clear` (something else still held
/// it) joins the survivors in `young`.
fn delete_garbage(garbage: &GcHead, young: &GcHead) {
    while !garbage.is_empty() {
        let p = garbage.next_ptr();
        // SAFETY: `p` heads a live container; the new reference keeps it
        // alive through its `clear`, after which it may be freed.
        unsafe {
            let o = Value::from_gc_head(p);
            (*p).set_flags((*p).flags() & !(GC_COLLECTING | GC_UNREACHABLE));
            o.gc_clear();
            if std::ptr::eq(garbage.next_ptr(), p) {
                young.take(&*p);
            }
            drop(o);
        }
    }
}

/// A reachable tuple holding only atomic values (or untracked containers) can
/// never be part of a cycle: the collector stops watching it, as CPython's.
fn maybe_untrack(o: &Value) {
    let Some(t) = o.downcast::<Tuple>() else {
        return;
    };
    if t.0.iter().all(|x| !x.is_gc_tracked()) {
        o.gc_untrack();
    }
}

/// Runs `v`'s `__del__`; an exception is reported, not raised (as CPython's
/// `PyErr_WriteUnraisable`). The exception being handled is kept.
pub fn call_finalizer(py: Py<'_>, v: &Value) {
    let Some(del) = py.type_obj(v).lookup("__del__") else {
        return;
    };
    if let Err(e) = obj::call(py, &del, std::slice::from_ref(v), &[]) {
        report_unraisable(py, &e.0, &del);
    }
}

/// Weak references to garbage are cleared before anything else runs, so no
/// code can reach the garbage through them; the callbacks of weak references
/// that are not garbage themselves are then called (CPython's `handle_weakrefs`).
fn handle_weakrefs(py: Py<'_>, garbage: &GcHead) {
    let mut survivors = Vec::new();
    for_each_held(garbage, |o| {
        let Some(h) = o.gc_head() else { return };
        if h.flags() & GC_WEAKREFS == 0 {
            return;
        }
        h.set_flags(h.flags() & !GC_WEAKREFS);
        for r in weakref::clear_referent(py, o.addr(), false) {
            let is_garbage = r.gc_head().is_some_and(|g| g.flags() & GC_UNREACHABLE != 0);
            if !is_garbage {
                survivors.push(r);
            }
        }
    });
    weakref::run_callbacks(py, &survivors);
}

/// Calls `__del__` on the garbage not finalized yet; whether any ran.
fn finalize(py: Py<'_>, garbage: &GcHead) -> bool {
    let mut ran = false;
    if py.gc.no_finalizers.get() {
        return ran;
    }
    let del_name = py.intern("__del__");
    for_each_held(garbage, |o| {
        let Some(h) = o.gc_head() else { return };
        if h.flags() & GC_FINALIZED != 0 {
            return;
        }
        // A suspended generator's finalizer is `close()`, so its `finally`
        // blocks run before the frame is cleared.
        if o.downcast::<crate::object::generator::Generator>()
            .is_some()
        {
            h.set_flags(h.flags() | GC_FINALIZED);
            ran = true;
            if let Err(e) = crate::object::generator::close(py, o) {
                report_unraisable(py, &e.0, o);
            }
            return;
        }
        // Only classes written in Python can define `__del__`; theirs is
        // found through the attribute cache (garbage is mostly instances of
        // a few classes).
        let t = py.type_obj(o);
        if !t.heap || crate::vm::cache::type_lookup(py, t, &del_name).is_none() {
            return;
        }
        h.set_flags(h.flags() | GC_FINALIZED);
        ran = true;
        call_finalizer(py, o);
    });
    ran
}

#[cfg(test)]
mod tests;
