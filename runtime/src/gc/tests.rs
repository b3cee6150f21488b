//! The collector on programs: cycles made in Python are found and freed.

use std::cell::RefCell;
use std::rc::Rc;

use super::*;
use crate::object::dict;
use crate::vm::Interpreter;

#[derive(Clone, Default)]
struct Buf(Rc<RefCell<Vec<u8>>>);
impl std::io::Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `src` in a fresh module namespace of `interp`; returns the globals.
/// Automatic collection is off, so the counts the tests check are exact.
fn exec(interp: &Interpreter, src: &str) -> Value {
    let py = interp.py();
    enable(py, false);
    let module = crate::parser::parse(src, crate::parser::Mode::Exec, false)
        .module
        .expect("parses");
    let code = crate::compile::compile_module(&module, "<gc test>").expect("compiles");
    let globals = dict::new(py);
    let _ = dict::set_item(py, &globals, py.intern("__builtins__"), py.builtins.clone());
    let _ = dict::set_item(py, &globals, py.intern("__name__"), py.new_str("__main__"));
    for (name, v) in weakref::module_attributes(py) {
        let _ = dict::set_item(py, &globals, py.intern(name), v);
    }
    if let Err(e) = crate::vm::eval::run_code(py, code, globals.clone()) {
        panic!("{}", crate::vm::traceback::format_exception(py, &e.0, src));
    }
    globals
}

fn tracked(interp: &Interpreter) -> usize {
    objects(interp.py(), None).len()
}

#[test]
fn a_self_referencing_list_is_collected() {
    let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
    let py = interp.py();
    collect(py, 2);
    let before = tracked(&interp);
    let g = exec(&interp, "l = []\nl.append(l)\ndel l\n");
    // The module's globals dict is ours; the list is garbage.
    let n = collect(py, 2);
    assert_eq!(n, 1);
    drop(g);
    collect(py, 2);
    assert_eq!(tracked(&interp), before);
}

#[test]
fn cycles_of_instances_and_their_dicts_are_collected() {
    let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
    let py = interp.py();
    let src = "class Node:\n    pass\nfor i in range(10):\n    a = Node(); b = Node()\n    a.other = b; b.other = a\ndel a, b\n";
    let g = exec(&interp, src);
    // Ten pairs of instances keeping their values inline (no dicts), as
    // CPython 3.11 counts them.
    assert_eq!(collect(py, 2), 20);
    assert_eq!(collect(py, 2), 0);
    drop(g);
}

#[test]
fn reachable_objects_survive_and_grow_older() {
    let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
    let py = interp.py();
    let g = exec(&interp, "keep = []\nkeep.append(keep)\n");
    assert_eq!(collect(py, 0), 0);
    let keep = dict::get_str(py, &g, "keep")
        .expect("get")
        .expect("present");
    let in_gen = |i: usize| generation(py, i).objects().iter().any(|o| o.is(&keep));
    assert!(in_gen(1));
    assert_eq!(collect(py, 1), 0);
    assert!(in_gen(2));
    assert_eq!(counts(py)[1], 0);
    assert_eq!(referents(&keep).len(), 1);
    assert!(referrers(py, &[keep.clone()]).iter().any(|r| r.is(&keep)));
}

#[test]
fn finalizers_run_once_and_may_resurrect() {
    let buf = Buf::default();
    let interp = Interpreter::with_stdout(Box::new(buf.clone()));
    let py = interp.py();
    let src = "saved = []\nclass D:\n    def __del__(self):\n        print('del', self.name)\n        saved.append(self)\na = D(); a.name = 'a'; a.me = a\ndel a\n";
    let g = exec(&interp, src);
    // `__del__` runs and resurrects the object: nothing is freed.
    assert_eq!(collect(py, 2), 0);
    assert_eq!(String::from_utf8_lossy(&buf.0.borrow()), "del a\n");
    let saved = dict::get_str(py, &g, "saved")
        .expect("get")
        .expect("present");
    if let Some(l) = saved.downcast::<List>() {
        let obj_ = l.0.borrow()[0].clone();
        assert!(is_finalized(&obj_));
        l.0.borrow_mut().clear();
    }
    // Garbage again: collected this time, without a second `__del__` (one
    // instance, its values inline).
    assert_eq!(collect(py, 2), 1);
    assert_eq!(String::from_utf8_lossy(&buf.0.borrow()), "del a\n");
}

#[test]
fn saveall_keeps_the_garbage() {
    let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
    let py = interp.py();
    py.gc.debug.set(DEBUG_SAVEALL);
    let _g = exec(&interp, "l = []\nl.append(l)\ndel l\n");
    assert_eq!(collect(py, 2), 1);
    let garbage = garbage(py);
    let items = garbage.downcast::<List>().map(|l| l.0.borrow().clone());
    let items = items.expect("a list");
    assert_eq!(items.len(), 1);
    assert!(referents(&items[0])[0].is(&items[0]));
}

#[test]
fn tuples_of_atoms_are_untracked_by_a_collection() {
    let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
    let py = interp.py();
    let g = exec(&interp, "t = (1, 'a', 2.5)\nu = (1, [])\n");
    let get = |n: &str| dict::get_str(py, &g, n).expect("get").expect("present");
    collect(py, 0);
    assert!(!get("t").is_gc_tracked());
    assert!(get("u").is_gc_tracked());
}

#[test]
fn thresholds_and_counts() {
    let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
    let py = interp.py();
    assert_eq!(thresholds(py), [700, 10, 10]);
    set_thresholds(py, &[5, 3]);
    assert_eq!(thresholds(py), [5, 3, 10]);
    collect(py, 2);
    assert_eq!(counts(py), [0, 0, 0]);
    let l = crate::object::list::new(py, vec![]);
    assert_eq!(counts(py)[0], 1);
    drop(l);
    assert_eq!(counts(py)[0], 0);
    let ls: Vec<Value> = (0..6)
        .map(|_| crate::object::list::new(py, vec![]))
        .collect();
    assert!(py.heap.gc_pending.get());
    collect_if_due(py);
    assert!(!py.heap.gc_pending.get());
    assert_eq!(counts(py), [0, 1, 0]);
    drop(ls);
}

#[test]
fn weak_references_die_with_their_referent() {
    let buf = Buf::default();
    let interp = Interpreter::with_stdout(Box::new(buf.clone()));
    let src = "\
class A:
    pass
def cb(r):
    print('callback', r() is None)
a = A()
r = ref(a)
r2 = ref(a, cb)
print(r() is a, r is ref(a), r2 is not r, getweakrefcount(a))
p = proxy(a)
a.x = 5
print(p.x)
del a
print(r(), getweakrefcount(r))
try:
    p.x
except Exception as e:
    print(type(e).__name__, e)
b = A()
b.me = b
rb = ref(b, cb)
del b
print('before collect')
";
    let g = exec(&interp, src);
    let py = interp.py();
    collect(py, 2);
    let out = String::from_utf8_lossy(&buf.0.borrow()).into_owned();
    assert_eq!(
        out,
        "True True True 2\n5\ncallback True\nNone 0\nReferenceError weakly-referenced object no longer exists\nbefore collect\ncallback True\n"
    );
    drop(g);
}

#[test]
fn weak_references_to_builtins_are_refused() {
    let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
    let py = interp.py();
    let l = crate::object::list::new(py, vec![]);
    let e = weakref::new(py, &l, None, false).err().expect("refused");
    let msg = crate::object::str(py, &e.0).expect("str");
    assert_eq!(msg, "cannot create weak reference to 'list' object");
}

#[test]
fn teardown_frees_every_mortal_object() {
    let out = Buf::default();
    let interp = Interpreter::with_stdout(Box::new(out.clone()));
    let heap = interp.heap.clone();
    let g = exec(
        &interp,
        "class A:\n    def f(self):\n        return __class__\n\
         class B(A):\n    def f(self):\n        return super().f()\n\
         class D:\n    def __del__(self):\n        print('del ran')\n\
         b = B()\nb.me = b\nd = D()\nd.me = d\nl = [b, d]\nl.append(l)\n",
    );
    // The globals stay in a cycle (their functions refer to them).
    drop(g);
    assert!(heap.live.get() > heap.immortal_count());
    drop(interp);
    assert_eq!(heap.live.get(), heap.immortal_count());
    // The finalizer ran at teardown, with the interpreter whole.
    assert_eq!(String::from_utf8_lossy(&out.0.borrow()), "del ran\n");
}

#[test]
fn a_class_in_a_cycle_is_collected() {
    let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
    let py = interp.py();
    let g = exec(
        &interp,
        "def make():\n    class C:\n        def f(self):\n            return __class__\n    return C\n\
         r = ref(make())\n",
    );
    collect(py, 2);
    let r = dict::get_str(py, &g, "r").ok().flatten().expect("r");
    let target = obj::call(py, &r, &[], &[]).expect("call");
    assert!(target.is(&py.none));
}
