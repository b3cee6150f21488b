//! Interpreter teardown (CPython's `Py_FinalizeEx`, `finalize_modules`): what
//! the program left is released while the interpreter is still whole, so that
//! finalizers and weak reference callbacks run, then the collector frees the
//! cycles; at the end only immortal objects (builtin types, singletons, the
//! builtins dict) remain allocated.
//!
//! **Invariant:** after [`teardown`], `Heap::live == Heap::immortal_count()`
//! unless a reference count is wrong somewhere: `tests/leaks.rs` checks it for
//! every program of the corpus (`MOULT_SHOWREFCOUNT=1`
//! prints both numbers on stderr at exit).

use std::io::Write;

use crate::vm::Interpreter;

/// How many full collections teardown runs at most: each may free objects
/// whose finalizers made new garbage.
const MAX_COLLECTIONS: usize = 8;

/// The environment variable that makes teardown report its counts.
pub const SHOWREFCOUNT_VAR: &str = "MOULT_SHOWREFCOUNT";

/// Releases everything the interpreter holds (called by its `Drop`).
pub fn teardown(interp: &Interpreter) {
    let py = interp.py();
    // What the program left, with the interpreter whole: finalizers run.
    interp.exc_info.borrow_mut().take();
    interp.import.caller.borrow_mut().take();
    interp.import.atexit.borrow_mut().clear();
    interp.import.modules.borrow_mut().take();
    interp.import.sys.borrow_mut().take();
    interp.operator_defaults.borrow_mut().clear();
    restore_builtins(interp);
    run_generator_finalizers(interp);
    // No collector callbacks at shutdown (as `_PyGC_CollectNoFail`), and
    // nothing saved in gc.garbage: the garbage is freed.
    interp.gc.callbacks_take();
    interp
        .gc
        .debug
        .set(interp.gc.debug.get() & !super::DEBUG_SAVEALL);
    interp.gc.garbage_take();
    for _ in 0..MAX_COLLECTIONS {
        let n = super::collect_quiet(py);
        run_generator_finalizers(interp);
        if n == 0 {
            break;
        }
    }
    let _ = interp.stdout.borrow_mut().flush();
    // From here on, objects freed no longer run finalizers or weak reference
    // callbacks: weak references are all cleared first.
    interp.gc.weakrefs.clear_all();
    interp.heap.interp.set(std::ptr::null());
    interp.import.caller.borrow_mut().take();
    interp.exc_info.borrow_mut().take();
    run_generator_finalizers(interp);
    // Kept frames point to code objects (and their constants).
    interp.frame_pool.clear();
    interp.interned_clear();
    interp.operator_defaults.borrow_mut().clear();
    // The immortal objects let go of what they hold: the builtin types'
    // methods, the builtins dict's entries.
    drop(std::mem::take(&mut *interp.gc.builtins_copy.borrow_mut()));
    for addr in interp.heap.immortals() {
        // SAFETY: immortal objects are never freed.
        let v = unsafe { crate::value::Value::from_addr(addr) };
        v.gc_clear();
    }
    // Cycles only the immortals held are freed, silently: no Python code
    // can run any more.
    interp.gc.no_finalizers.set(true);
    super::collect_quiet(py);
    if std::env::var(SHOWREFCOUNT_VAR).is_ok_and(|v| v == "2") {
        list_survivors(interp);
    }
    interp.gc.detach_all();
    interp.gc_list.detach_all();
    if std::env::var_os(SHOWREFCOUNT_VAR).is_some() {
        let h = &interp.heap;
        eprintln!(
            "[{} objects live at exit, {} immortal]",
            h.live.get(),
            h.immortal_count()
        );
    }
}

/// Keeps the builtins dict's entries as start-up left them (called once the
/// interpreter is made), for `restore_builtins`.
pub fn remember_builtins(py: crate::vm::Py<'_>) {
    *py.gc.builtins_copy.borrow_mut() = crate::object::dict::items(&py.builtins);
}

/// Puts the builtins dict back as start-up left it (as CPython's
/// `finalize_restore_builtins`): what the program stored there is released
/// while finalizers can still run, and they find the builtins they expect.
fn restore_builtins(interp: &Interpreter) {
    let py = interp.py();
    let copy = interp.gc.builtins_copy.borrow().clone();
    if copy.is_empty() {
        return;
    }
    // What the program stored is dropped only once the dict is whole again,
    // so finalizers it triggers find the builtins.
    let old = crate::object::dict::items(&py.builtins);
    py.builtins.gc_clear();
    for (k, v) in copy {
        let _ = crate::object::dict::set_item(py, &py.builtins, k, v);
    }
    drop(old);
}

/// Drops the suspended generators waiting to be closed; dropping one may
/// queue more (generators its frame held).
fn run_generator_finalizers(interp: &Interpreter) {
    loop {
        let pending = std::mem::take(&mut *interp.gen_finalizers.borrow_mut());
        if pending.is_empty() {
            break;
        }
        if interp.heap.interp.get().is_null() {
            drop(pending);
        } else {
            interp.gen_finalizers.borrow_mut().extend(pending);
            crate::object::generator::run_finalizers(interp.py());
        }
    }
}

/// Prints the containers the collector still watches (`MOULT_SHOWREFCOUNT=2`):
/// where to look for a leak.
fn list_survivors(interp: &Interpreter) {
    let py = interp.py();
    for v in super::objects(py, None) {
        let extra = match v.downcast::<crate::object::typeobj::TypeObject>() {
            Some(t) => format!(" {}", t.name),
            None => String::new(),
        };
        eprintln!(
            "  survivor {}{extra} refcount {}",
            py.type_name(&v),
            v.refcount() - 1
        );
    }
}
