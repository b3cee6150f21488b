//! `frame`: Python's view of an executing (or finished) frame, for
//! `sys._getframe`, `tb.tb_frame` and `gen.gi_frame`.
//!
//! Frames themselves are plain Rust values in the frame stack of each running
//! `vm::eval::run_frames_with` (or inside a suspended generator). A frame
//! object is made on demand: it copies the code, globals and builtins, and
//! remembers where its frame sits in the live stacks (`Interpreter::live`).
//! While that frame is still running, `f_lineno`, `f_lasti` and `f_locals`
//! read it afresh and `f_back` follows the live chain; once it is gone they
//! give what was last read. A generator's frame object reads the generator's
//! frame, wherever it is.
//!
//! **Invariant:** every `run_frames_with` registers the address of its frame
//! `FrameStack` here for as long as it runs ([`enter_run`]), one push and one pop per
//! nested run and nothing per instruction. The stacks are only used from
//! native code called by the loop, through `&FrameStack` and the frame
//! pointers it holds (the innermost one is the loop's own reference, see
//! `FrameStack`), and no Python code runs while a frame reference taken here
//! is alive. A frame keeps the frame object made for it (`Frame::frame_obj`),
//! so asking twice gives the same object; the object finds its frame again by
//! position and checks that the frame there is still the one keeping it.

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::rc::Rc;

use crate::object::code::{Code, CodeData};
use crate::object::exception::TbEntry;
use crate::object::generator::Generator;
use crate::object::typeobj::{Slots, TypeObject};
use crate::object::{dict, int, PyResult};
use crate::value::{alloc_object, GcHead, Payload, Value};
use crate::vm::frame::{Frame, FrameStack};
use crate::vm::{Py, Types};

/// The frame stacks of the running evaluation loops, outermost first, each
/// with a serial number that tells one run from a later one at the same address.
#[derive(Default)]
pub struct LiveStacks {
    stacks: RefCell<Vec<(u64, *const FrameStack)>>,
    serial: Cell<u64>,
}

/// Registration of one running loop's frame stack; dropping it unregisters.
pub struct RunGuard<'py> {
    py: Py<'py>,
}

impl Drop for RunGuard<'_> {
    fn drop(&mut self) {
        self.py.live.stacks.borrow_mut().pop();
    }
}

/// Registers the frame stack of a starting `run_frames_with`; `frames` must
/// stay where it is (a local of the loop) until the guard is dropped.
pub fn enter_run<'py>(py: Py<'py>, frames: *const FrameStack) -> RunGuard<'py> {
    let n = py.live.serial.get().wrapping_add(1);
    py.live.serial.set(n);
    py.live.stacks.borrow_mut().push((n, frames));
    RunGuard { py }
}

/// Where a live frame sits: the serial of its run and its index there.
type Pos = (u64, usize);

/// The live frames, innermost first.
fn live_frames(py: Py<'_>) -> Vec<(Pos, NonNull<Frame>)> {
    let stacks = py.live.stacks.borrow();
    let mut out = Vec::new();
    for &(serial, v) in stacks.iter().rev() {
        // SAFETY: a registered stack is a local of a running loop (see
        // `enter_run`), only ever shared; it is read here while that loop
        // waits on native code.
        let frames = unsafe { &*v };
        for i in (0..frames.len()).rev() {
            if let Some(f) = frames.get(i) {
                out.push(((serial, i), f));
            }
        }
    }
    out
}

/// The `n`th live frame from the innermost (0), skipping whole stacks.
fn nth_live(py: Py<'_>, mut n: usize) -> Option<(Pos, NonNull<Frame>)> {
    let stacks = py.live.stacks.borrow();
    for &(serial, v) in stacks.iter().rev() {
        // SAFETY: as in `live_frames`.
        let frames = unsafe { &*v };
        if n < frames.len() {
            let i = frames.len() - 1 - n;
            return frames.get(i).map(|f| ((serial, i), f));
        }
        n -= frames.len();
    }
    None
}

/// The live frame at `pos`, whatever it runs.
fn frame_ptr_at(py: Py<'_>, pos: Pos) -> Option<NonNull<Frame>> {
    let stacks = py.live.stacks.borrow();
    let &(_, v) = stacks.iter().find(|(s, _)| *s == pos.0)?;
    // SAFETY: as in `live_frames`.
    unsafe { &*v }.get(pos.1)
}

/// Reads the live frame `f` (from the registry).
///
/// # Safety
/// `f` was just found in the registry and no Python code has run since; the
/// reference must not be kept past the native call that asked for it.
unsafe fn read<'a>(f: NonNull<Frame>) -> &'a Frame {
    &*f.as_ptr()
}

/// Whether `v` is the frame object `fo`.
fn is_object(v: Option<&Value>, fo: &FrameObject) -> bool {
    v.and_then(|v| v.downcast::<FrameObject>())
        .is_some_and(|o| std::ptr::eq(o, fo))
}

/// The live frame at `pos`, if it is still the one `fo` was made for.
fn frame_at<'a>(py: Py<'_>, pos: Pos, fo: &FrameObject) -> Option<&'a Frame> {
    let p = frame_ptr_at(py, pos)?;
    // SAFETY: just found in the registry (see `read`).
    let f = unsafe { read(p) };
    is_object(f.frame_obj.as_ref(), fo).then_some(f)
}

/// The frame object of the live frame `p` at `pos`: the one the frame
/// keeps, made and given to it on first request.
fn object_of(py: Py<'_>, pos: Pos, p: NonNull<Frame>) -> PyResult<Value> {
    let made = {
        // SAFETY: `p` was just found in the registry (see `read`).
        let f = unsafe { read(p) };
        if let Some(v) = &f.frame_obj {
            if let Some(fo) = v.downcast::<FrameObject>() {
                // A generator's frame moves to a new run each resumption.
                fo.at.set(Some(pos));
            }
            return Ok(v.clone());
        }
        make(py, f, Some(pos), None)?
    };
    // SAFETY: the frame is live and no reference to it is held here; the
    // write goes through the registry's pointer, which for the innermost
    // frame is the evaluation loop's own reference (see `FrameStack`), and
    // replaces a None (nothing is dropped).
    unsafe { (*p.as_ptr()).frame_obj = Some(made.clone()) };
    Ok(made)
}

/// Called when frame `f` ends (returns or is unwound) while keeping a frame
/// object: the object keeps the frame's last line and locals, and lets go.
pub fn frame_ended(py: Py<'_>, f: &mut Frame) {
    let Some(v) = f.frame_obj.take() else {
        return;
    };
    if let Some(fo) = v.downcast::<FrameObject>() {
        if fo.gen.borrow().is_none() {
            // `f_back` stays readable after the return, as in CPython.
            if fo.back.borrow().is_none() {
                let caller = fo.at.get().and_then(|pos| back_of(py, pos));
                let made = caller
                    .and_then(|bpos| Some((bpos, frame_ptr_at(py, bpos)?)))
                    .and_then(|(bpos, p)| object_of(py, bpos, p).ok());
                if let Some(b) = made {
                    let old = fo.back.borrow_mut().replace(b);
                    drop(old);
                }
            }
            fo.lasti.set(f.lasti);
            if let Ok(locals) = crate::builtins::exec::frame_locals(py, f) {
                let old = fo.locals.borrow_mut().replace(locals);
                drop(old);
            }
        }
        fo.at.set(None);
    }
    drop(v);
}

/// The position of the live frame just outside `pos`.
fn back_of(py: Py<'_>, pos: Pos) -> Option<Pos> {
    if pos.1 > 0 {
        return Some((pos.0, pos.1 - 1));
    }
    let stacks = py.live.stacks.borrow();
    let at = stacks.iter().position(|(s, _)| *s == pos.0)?;
    let &(serial, v) = stacks.get(at.checked_sub(1)?)?;
    // SAFETY: as in `live_frames`.
    let n = unsafe { &*v }.len();
    Some((serial, n.checked_sub(1)?))
}

pub struct FrameObject {
    code: Rc<CodeData>,
    globals: Value,
    builtins: Value,
    /// The instruction last seen executing.
    lasti: Cell<usize>,
    /// The locals last read (a snapshot dict, or the namespace of a module
    /// or class body).
    locals: RefCell<Option<Value>>,
    /// `f_back`, once made.
    back: RefCell<Option<Value>>,
    /// Where the frame was running when this object was made.
    at: Cell<Option<Pos>>,
    /// The generator whose frame this is (`gi_frame`).
    gen: RefCell<Option<Value>>,
    /// `f_trace`, `f_trace_lines`, `f_trace_opcodes`: kept, never called.
    trace: RefCell<Option<Value>>,
    trace_lines: Cell<bool>,
    trace_opcodes: Cell<bool>,
}

impl Payload for FrameObject {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
        visit(&self.builtins);
        for part in [&self.locals, &self.back, &self.gen, &self.trace] {
            if let Ok(Some(v)) = part.try_borrow().as_deref() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        for part in [&self.locals, &self.back, &self.gen, &self.trace] {
            if let Ok(mut v) = part.try_borrow_mut() {
                drop(v.take());
            }
        }
    }
}

/// The `frame` type (no instance dict: `attr::generic_setattr` hands
/// assignments to [`setattr`]).
pub fn make_type(t: &Types, gc: &GcHead) -> Value {
    let slots = Slots {
        repr: Some(repr),
        getattr: Some(getattr),
        ..Slots::default()
    };
    let ty = TypeObject::new::<FrameObject>("frame", Some(&t.object), slots);
    let v = alloc_object(&t.type_, ty, gc);
    v.leak();
    v
}

fn frame_type(py: Py<'_>) -> Value {
    crate::object::exception::exc_type(py, "frame")
}

/// A frame object for the frame `f`, found at `at` in the live stacks (or
/// owned by generator `gen`).
fn make(py: Py<'_>, f: &Frame, at: Option<Pos>, gen: Option<Value>) -> PyResult<Value> {
    let locals = crate::builtins::exec::frame_locals(py, f)?;
    Ok(py.alloc(
        &frame_type(py),
        FrameObject {
            code: f.code.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            lasti: Cell::new(f.lasti),
            locals: RefCell::new(Some(locals)),
            back: RefCell::new(None),
            at: Cell::new(at),
            gen: RefCell::new(gen),
            trace: RefCell::new(None),
            trace_lines: Cell::new(true),
            trace_opcodes: Cell::new(false),
        },
    ))
}

/// `sys._getframe(depth)`: the frame `depth` calls out from the caller.
pub fn getframe(py: Py<'_>, depth: usize) -> PyResult<Value> {
    let Some((pos, f)) = nth_live(py, depth) else {
        return Err(py.value_error("call stack is not deep enough".to_string()));
    };
    object_of(py, pos, f)
}

/// The frame object of generator `gen`'s frame `f` (`gi_frame`, `cr_frame`).
pub fn for_generator(py: Py<'_>, gen: &Value, f: &Frame) -> PyResult<Value> {
    make(py, f, None, Some(gen.clone()))
}

/// The frame object of running generator `gen` (its code is `code`): the
/// innermost live frame running that code.
pub fn for_running_generator(py: Py<'_>, gen: &Value, code: &Rc<CodeData>) -> Value {
    let found = live_frames(py).into_iter().find(|(_, f)| {
        // SAFETY: just listed (see `read`).
        Rc::ptr_eq(&unsafe { read(*f) }.code, code)
    });
    match found {
        // SAFETY: as above.
        Some((_, f)) => {
            make(py, unsafe { read(f) }, None, Some(gen.clone())).unwrap_or_else(|_| py.none())
        }
        None => py.none(),
    }
}

/// The frame of a traceback entry, whose caller's frame object is `back`
/// (`None`: look for the entry's frame among the running ones, for the
/// frame that is handling the exception).
pub fn for_traceback(py: Py<'_>, entry: &TbEntry, back: Option<Value>) -> Value {
    let live = match back {
        Some(_) => None,
        None => live_frames(py).into_iter().find(|(_, f)| {
            // SAFETY: just listed (see `read`).
            let f = unsafe { read(*f) };
            Rc::ptr_eq(&f.code.code, &entry.code)
                && entry.globals.as_ref().map_or(true, |g| g.is(&f.globals))
        }),
    };
    if let Some((pos, f)) = live {
        if let Ok(v) = object_of(py, pos, f) {
            if let Some(fo) = v.downcast::<FrameObject>() {
                fo.lasti.set(entry.instr);
            }
            return v;
        }
    }
    let globals = entry.globals.clone().unwrap_or_else(|| dict::new(py));
    let builtins = match dict::get_str(py, &globals, "__builtins__") {
        Ok(Some(b)) if b.downcast::<dict::Dict>().is_some() => b,
        _ => py.builtins.clone(),
    };
    py.alloc(
        &frame_type(py),
        FrameObject {
            code: CodeData::new(py, entry.code.clone()),
            globals,
            builtins,
            lasti: Cell::new(entry.instr),
            locals: RefCell::new(None),
            back: RefCell::new(Some(back.unwrap_or_else(|| py.none()))),
            at: Cell::new(None),
            gen: RefCell::new(None),
            trace: RefCell::new(None),
            trace_lines: Cell::new(true),
            trace_opcodes: Cell::new(false),
        },
    )
}

impl FrameObject {
    /// The running frame this object describes, if it still runs, with its
    /// position (a generator's suspended frame has none).
    fn with_frame<R>(&self, py: Py<'_>, f: impl FnOnce(&Frame, Option<Pos>) -> R) -> Option<R> {
        if let Some(gen) = self.gen.borrow().as_ref() {
            let g = gen.downcast::<Generator>()?;
            if g.is_running() {
                let found = live_frames(py).into_iter().find(|(_, fr)| {
                    // SAFETY: just listed (see `read`).
                    Rc::ptr_eq(&unsafe { read(*fr) }.code, &self.code)
                })?;
                // SAFETY: as above.
                return Some(f(unsafe { read(found.1) }, Some(found.0)));
            }
            return g.with_suspended_frame(|fr| f(fr, None));
        }
        let pos = self.at.get()?;
        let fr = frame_at(py, pos, self)?;
        Some(f(fr, Some(pos)))
    }

    /// Reads the frame's current instruction and locals, while it runs.
    fn refresh(&self, py: Py<'_>) -> PyResult<()> {
        let fresh = self.with_frame(py, |fr, _| {
            (fr.lasti, crate::builtins::exec::frame_locals(py, fr))
        });
        if let Some((lasti, locals)) = fresh {
            self.lasti.set(lasti);
            // The old snapshot is dropped after the borrow ends: freeing it
            // may run a `__del__` that reads this frame.
            let old = self.locals.borrow_mut().replace(locals?);
            drop(old);
        }
        Ok(())
    }

    fn lineno(&self, py: Py<'_>) -> Value {
        match self.code.code.line_of(self.lasti.get()) {
            Some(n) => int::new_i64(py, n as i64),
            None => py.none(),
        }
    }

    fn back(&self, py: Py<'_>) -> PyResult<Value> {
        let pos = self.with_frame(py, |_, pos| pos).flatten();
        // A frame's caller stays while it runs, except for the first frame
        // of a run (a generator's is whoever resumed it): that one is read
        // afresh while it runs.
        let fixed = !matches!(pos, Some((_, 0)));
        if fixed {
            if let Some(b) = self.back.borrow().as_ref() {
                return Ok(b.clone());
            }
        }
        let Some(bpos) = pos.and_then(|p| back_of(py, p)) else {
            return Ok(py.none());
        };
        let made = match frame_ptr_at(py, bpos) {
            Some(f) => object_of(py, bpos, f)?,
            None => py.none(),
        };
        // A generator object's frame changes callers with each resumption.
        if self.gen.borrow().is_none() {
            let old = self.back.borrow_mut().replace(made.clone());
            drop(old);
        }
        Ok(made)
    }
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(fo) = v.downcast::<FrameObject>() else {
        return Ok(None);
    };
    Ok(Some(match name {
        "f_back" => fo.back(py)?,
        "f_code" => py.alloc(&py.types.code, Code(fo.code.clone())),
        "f_lineno" => {
            fo.refresh(py)?;
            fo.lineno(py)
        }
        "f_lasti" => {
            fo.refresh(py)?;
            int::new_i64(py, 2 * fo.lasti.get() as i64)
        }
        "f_globals" => fo.globals.clone(),
        "f_builtins" => fo.builtins.clone(),
        "f_locals" => {
            fo.refresh(py)?;
            let mut l = fo.locals.borrow_mut();
            l.get_or_insert_with(|| dict::new(py)).clone()
        }
        "f_trace" => fo.trace.borrow().clone().unwrap_or_else(|| py.none()),
        "f_trace_lines" => py.bool(fo.trace_lines.get()),
        "f_trace_opcodes" => py.bool(fo.trace_opcodes.get()),
        "clear" => py.new_builtin("clear", clear, Some(v.clone())),
        _ => return Ok(None),
    }))
}

/// `frame.name = x` (`None`: `del`): only the tracing attributes are writable.
pub fn setattr(py: Py<'_>, v: &Value, name: &str, x: Option<Value>) -> PyResult<()> {
    let Some(fo) = v.downcast::<FrameObject>() else {
        return Err(py.attribute_error(v, name));
    };
    match (name, x) {
        ("f_trace", x) => {
            let x = x.filter(|x| !x.is(&py.none));
            let old = std::mem::replace(&mut *fo.trace.borrow_mut(), x);
            drop(old);
            Ok(())
        }
        ("f_trace_lines" | "f_trace_opcodes", Some(x)) => {
            if x.downcast::<crate::object::bool::BoolValue>().is_none() {
                return Err(py.type_error("attribute value type must be bool".to_string()));
            }
            let cell = match name {
                "f_trace_lines" => &fo.trace_lines,
                _ => &fo.trace_opcodes,
            };
            cell.set(x.is(&py.true_));
            Ok(())
        }
        // What CPython 3.11 says outside a trace event, tracing or not.
        ("f_lineno", Some(_)) => {
            Err(py.value_error("can't jump from the 'call' trace event of a new frame".to_string()))
        }
        (
            "f_back" | "f_code" | "f_lineno" | "f_lasti" | "f_globals" | "f_builtins" | "f_locals"
            | "f_trace_lines" | "f_trace_opcodes",
            _,
        ) => Err(py.new_error(
            &py.types.attribute_error,
            format!("attribute '{name}' of 'frame' objects is not writable"),
        )),
        _ => Err(py.attribute_error(v, name)),
    }
}

/// `frame.clear()`: drops the locals of a frame that no longer runs.
fn clear(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = crate::modules::util::arity(py, "clear", args, kwnames, 1, 1)?;
    let Some(fo) = a[0].downcast::<FrameObject>() else {
        return Err(py.type_error("clear() needs a frame".to_string()));
    };
    if fo.gen.borrow().is_none() && fo.with_frame(py, |_, _| ()).is_some() {
        return Err(py.new_error(
            &py.types.runtime_error,
            "cannot clear an executing frame".to_string(),
        ));
    }
    let old = fo.locals.borrow_mut().replace(dict::new(py));
    drop(old);
    Ok(py.none())
}

/// `<frame at 0x..., file 'x.py', line 3, code f>`.
fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(fo) = v.downcast::<FrameObject>() else {
        return Ok("<frame>".to_string());
    };
    fo.refresh(py)?;
    let line = fo
        .code
        .code
        .line_of(fo.lasti.get())
        .map_or("None".to_string(), |n| n.to_string());
    let co = &fo.code.code;
    Ok(format!(
        "<frame at {:#x}, file '{}', line {line}, code {}>",
        v.addr(),
        co.filename,
        co.name
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::Interpreter;

    /// Runs `src` as a module with `getframe` bound to `sys._getframe`;
    /// returns its globals.
    fn exec(interp: &Interpreter, src: &str) -> Value {
        let py = interp.py();
        let module = crate::parser::parse(src, crate::parser::Mode::Exec, false)
            .module
            .expect("parses");
        let code = crate::compile::compile_module(&module, "<frame test>").expect("compiles");
        let globals = dict::new(py);
        let _ = dict::set_item(py, &globals, py.intern("__builtins__"), py.builtins.clone());
        let _ = dict::set_item(py, &globals, py.intern("__name__"), py.new_str("__main__"));
        let f = py.new_builtin(
            "getframe",
            |py, args, _| {
                let depth = args.first().and_then(|d| d.as_int()).unwrap_or(0);
                getframe(py, depth.max(0) as usize)
            },
            None,
        );
        let _ = dict::set_item(py, &globals, py.intern("getframe"), f);
        if let Err(e) = crate::vm::eval::run_code(py, code, globals.clone()) {
            panic!("{}", crate::vm::traceback::format_exception(py, &e.0, src));
        }
        globals
    }

    fn get(py: Py<'_>, globals: &Value, name: &str) -> Value {
        dict::get_str(py, globals, name).expect("get").expect(name)
    }

    #[test]
    fn the_live_chain_is_walked_and_unregistered() {
        let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
        let py = interp.py();
        let g = exec(
            &interp,
            "def f(a):\n    b = a + 1\n    fr = getframe()\n    return fr, fr.f_back.f_code.co_name, fr.f_lineno, fr.f_locals['b']\n\
             r = f(1)\nnames = sorted([3, 1], key=lambda v: getframe(1).f_code.co_name)\n",
        );
        let r = get(py, &g, "r");
        let items = crate::object::collect(py, &r).expect("tuple");
        assert_eq!(crate::object::str(py, &items[1]).expect("str"), "<module>");
        assert_eq!(items[2].as_int(), Some(4));
        assert_eq!(items[3].as_int(), Some(2));
        // Every run unregistered its frame stack.
        assert!(py.live.stacks.borrow().is_empty());
        // The frame ended: it keeps what was last read, and the f_back made
        // while it ran.
        let fo = items[0].downcast::<FrameObject>().expect("frame");
        assert_eq!(fo.lineno(py).as_int(), Some(4));
        let back = fo.back(py).expect("back");
        let bo = back.downcast::<FrameObject>().expect("a frame");
        assert_eq!(bo.code.code.name, "<module>");
        assert_eq!(
            crate::object::repr(py, &get(py, &g, "names")).expect("repr"),
            "[3, 1]"
        );
    }

    #[test]
    fn too_deep_is_a_value_error() {
        let interp = Interpreter::with_stdout(Box::new(std::io::sink()));
        let py = interp.py();
        let e = getframe(py, 0).err().expect("no frames outside a run");
        assert!(e.matches(py, &py.types.value_error));
        let g = exec(
            &interp,
            "try:\n    getframe(5)\n    ok = False\nexcept ValueError:\n    ok = True\n",
        );
        assert!(get(py, &g, "ok").is(&py.true_));
    }
}
