//! `generator`: a suspended frame. RETURN_GENERATOR moves a function's frame
//! into a generator; each resumption pushes the sent value and runs the frame
//! until YIELD_VALUE hands it back (or it returns or raises). `throw` raises
//! into the frame at its `yield`; `close` throws GeneratorExit. A suspended
//! generator that is dropped hands its frame to the interpreter, which
//! closes it at the next instruction (running its `finally` blocks).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::compile::opcode::Opcode;
use crate::object::code::{Code, CodeData};
use crate::object::exception::{self, exc_type, ExceptionData};
use crate::object::typeobj::{is_subtype, NativeFn, Slots, TypeObject};
use crate::object::{self as obj, tuple, PyErr, PyResult};
use crate::value::{Payload, Value};
use crate::vm::eval::{run_frames_with, Outcome};
use crate::vm::frame::Frame;
use crate::vm::Py;

/// Frames of suspended generators that were dropped, waiting to be closed;
/// shared by the interpreter and every generator (`Drop` has no `Py`).
pub type Finalizers = Rc<FinalizerQueue>;

/// The queue behind [`Finalizers`], with a flag the evaluation loop reads
/// before each instruction instead of borrowing the queue.
#[derive(Default)]
pub struct FinalizerQueue {
    frames: RefCell<Vec<(Box<Frame>, String)>>,
    /// Set when a frame is queued; cleared when `run_finalizers` empties the queue.
    pending: Cell<bool>,
}

impl FinalizerQueue {
    /// Whether frames may be waiting (a cheap test for the hot loop).
    #[inline(always)]
    pub fn pending(&self) -> bool {
        self.pending.get()
    }

    pub fn borrow(&self) -> std::cell::Ref<'_, Vec<(Box<Frame>, String)>> {
        self.frames.borrow()
    }

    /// The queue itself; whoever pushes through it should also call `push`'s
    /// flag update, so pushes go through [`FinalizerQueue::push`].
    pub fn borrow_mut(&self) -> std::cell::RefMut<'_, Vec<(Box<Frame>, String)>> {
        self.frames.borrow_mut()
    }

    pub fn push(&self, frame: Box<Frame>, label: String) {
        self.frames.borrow_mut().push((frame, label));
        self.pending.set(true);
    }

    fn pop(&self) -> Option<(Box<Frame>, String)> {
        let next = self.frames.borrow_mut().pop();
        if next.is_none() {
            self.pending.set(false);
        }
        next
    }
}

pub struct Generator {
    /// `None` once finished, or while running.
    frame: RefCell<Option<Box<Frame>>>,
    running: Cell<bool>,
    /// Whether the frame has run (a just-started generator accepts only None).
    started: Cell<bool>,
    /// The exception being handled inside the generator while it is suspended.
    exc_state: RefCell<Option<Value>>,
    /// Also the source of `__name__` and `__qualname__` (not copied per generator).
    code: Rc<CodeData>,
    finalizers: Finalizers,
}
impl Payload for Generator {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(Some(f)) = self.frame.try_borrow().as_deref() {
            f.traverse(visit);
        }
        if let Ok(Some(e)) = self.exc_state.try_borrow().as_deref() {
            visit(e);
        }
    }
    fn clear(&self) {
        if let Ok(mut f) = self.frame.try_borrow_mut() {
            drop(f.take());
        }
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        // Only a generator suspended at a `yield` has code left to run.
        if let Some(frame) = self.frame.get_mut().take() {
            if self.started.get() {
                let label = format!("<generator object {}>", self.qualname());
                self.finalizers.push(frame, label);
            } else if self.code.code.flags & crate::compile::code::flags::COROUTINE != 0 {
                // A coroutine that never ran: warned about, not run.
                let label = format!(
                    "{}{}",
                    crate::object::coroutine::NEVER_AWAITED,
                    self.qualname()
                );
                self.finalizers.push(frame, label);
            }
        }
    }
}

impl Generator {
    /// The `co_flags` of the generator's code (COROUTINE, ITERABLE_COROUTINE).
    pub fn code_flags(&self) -> u32 {
        self.code.code.flags
    }

    pub fn qualname(&self) -> &str {
        &self.code.code.qualname
    }

    /// Whether the generator's frame is running now.
    pub fn is_running(&self) -> bool {
        self.running.get()
    }

    /// Runs `f` on the suspended frame (`None` when finished or running).
    pub fn with_suspended_frame<R>(&self, f: impl FnOnce(&Frame) -> R) -> Option<R> {
        self.frame.borrow().as_deref().map(f)
    }
}

pub fn new(py: Py<'_>, frame: Box<Frame>) -> Value {
    let code = frame.code.clone();
    // An `async def` function's frame becomes a coroutine.
    let ty = if code.code.flags & crate::compile::code::flags::COROUTINE != 0 {
        &py.types.coroutine
    } else if code.code.flags & crate::compile::code::flags::ASYNC_GENERATOR != 0 {
        &py.types.async_generator
    } else {
        &py.types.generator
    };
    py.alloc(
        ty,
        Generator {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
            exc_state: RefCell::new(None),
            code,
            finalizers: py.gen_finalizers.clone(),
        },
    )
}

/// What resuming a generator gave.
pub enum Sent {
    Yielded(Value),
    /// The generator returned this value (StopIteration's `value`).
    Returned(Value),
}

/// How a suspended frame is resumed.
enum Resume {
    Send(Value),
    Throw(PyErr),
}

/// Runs the generator's frame with `how`, swapping its exception state in.
fn resume(py: Py<'_>, gen: &Value, how: Resume) -> PyResult<Sent> {
    let Some(g) = gen.downcast::<Generator>() else {
        return Err(py.type_error("send() on a non-generator".to_string()));
    };
    if g.running.get() {
        return Err(py.value_error("generator already executing".to_string()));
    }
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        return match how {
            Resume::Send(_) => Ok(Sent::Returned(py.none())),
            Resume::Throw(e) => Err(e),
        };
    };
    let pending = match how {
        Resume::Send(v) => {
            frame.push(v);
            None
        }
        Resume::Throw(e) => Some(e),
    };
    g.started.set(true);
    g.running.set(true);
    let own = g.exc_state.borrow_mut().take();
    let caller = std::mem::replace(&mut *py.exc_info.borrow_mut(), own);
    let outcome = run_frames_with(py, frame, pending);
    let inner = std::mem::replace(&mut *py.exc_info.borrow_mut(), caller);
    g.running.set(false);
    match outcome {
        Outcome::Yield(v, frame) => {
            *g.frame.borrow_mut() = Some(frame);
            *g.exc_state.borrow_mut() = inner;
            Ok(Sent::Yielded(v))
        }
        Outcome::Return(v) => Ok(Sent::Returned(v)),
        Outcome::Error(e) => Err(escaped(py, gen, e)),
    }
}

/// The exception leaving a generator's frame: a StopIteration becomes
/// RuntimeError (PEP 479), anything else passes.
pub(crate) fn escaped(py: Py<'_>, gen: &Value, e: PyErr) -> PyErr {
    if !e.matches(py, &py.types.stop_iteration) {
        return e;
    }
    let err = py.new_error(
        &py.types.runtime_error,
        format!("{} raised StopIteration", py.type_name(gen)),
    );
    if let Some(d) = err.0.downcast::<ExceptionData>() {
        *d.cause.borrow_mut() = Some(e.0.clone());
        *d.context.borrow_mut() = Some(e.0);
        d.suppress_context.set(true);
    }
    err
}

/// Takes the suspended frame of `gen` to run it inside the evaluation loop
/// (`vm::gen_inline`), with `sent` pushed as its `yield`'s result, when
/// that resumption is the plain case: an exact generator or coroutine that
/// is suspended, not running, and either started or sent None. The frame
/// counts one recursion level; while it runs, the generator's exception
/// slot holds the consumer's handled exception (swapped back by
/// [`leave_inline`]). Gives `sent` back otherwise, and the caller resumes
/// through [`send`], which raises what has to be raised.
pub(crate) fn enter_inline(py: Py<'_>, gen: &Value, sent: Value) -> Result<Box<Frame>, Value> {
    if !(gen.has_type(&py.types.generator) || gen.has_type(&py.types.coroutine)) {
        return Err(sent);
    }
    let Some(g) = gen.downcast::<Generator>() else {
        return Err(sent);
    };
    let depth = py.depth.get();
    if g.running.get() || depth >= py.recursion_limit.get() {
        return Err(sent);
    }
    if !g.started.get() && !sent.is(&py.none) {
        return Err(sent);
    }
    let Ok(mut slot) = g.frame.try_borrow_mut() else {
        return Err(sent);
    };
    let Some(mut frame) = slot.take() else {
        return Err(sent);
    };
    drop(slot);
    frame.push(sent);
    g.started.set(true);
    g.running.set(true);
    py.depth.set(depth + 1);
    let own = g.exc_state.borrow_mut().take();
    let caller = std::mem::replace(&mut *py.exc_info.borrow_mut(), own);
    *g.exc_state.borrow_mut() = caller;
    Ok(frame)
}

/// The end of an inline resumption of `gen`: its frame when it yielded
/// (kept for the next resumption), `None` when it returned or raised. The
/// consumer's handled exception comes back. The caller has already
/// released the frame's recursion level.
pub(crate) fn leave_inline(py: Py<'_>, gen: &Value, frame: Option<Box<Frame>>) {
    let Some(g) = gen.downcast::<Generator>() else {
        return;
    };
    g.running.set(false);
    let caller = g.exc_state.borrow_mut().take();
    let inner = std::mem::replace(&mut *py.exc_info.borrow_mut(), caller);
    match frame {
        Some(frame) => {
            *g.frame.borrow_mut() = Some(frame);
            *g.exc_state.borrow_mut() = inner;
        }
        None => drop(inner),
    }
}

/// Whether `gen` is a generator running inline, as [`enter_inline`] left it.
pub(crate) fn is_running_inline(gen: &Value) -> bool {
    gen.downcast::<Generator>()
        .is_some_and(|g| g.running.get() && g.frame.try_borrow().is_ok_and(|f| f.is_none()))
}

/// Resumes `gen` with `value` as the result of its pending `yield`.
pub fn send(py: Py<'_>, gen: &Value, value: Value) -> PyResult<Sent> {
    if let Some(g) = gen.downcast::<Generator>() {
        if !g.started.get() && !value.is(&py.none) && g.frame.borrow().is_some() {
            return Err(
                py.type_error("can't send non-None value to a just-started generator".to_string())
            );
        }
    }
    resume(py, gen, Resume::Send(value))
}

/// The iterator a generator suspended in `yield from` delegates to: the top
/// of its stack when the next instruction is `RESUME 2` (as CPython's `_PyGen_yf`).
fn delegate_of(frame: &Frame) -> Option<Value> {
    let bytes = &frame.code.code.code;
    let op = *bytes.get(2 * frame.pc)?;
    let arg = *bytes.get(2 * frame.pc + 1)?;
    if op != Opcode::RESUME as u8 || arg < 2 {
        return None;
    }
    frame.stack.last().cloned().flatten()
}

/// `gi_yieldfrom`.
fn yieldfrom(g: &Generator) -> Option<Value> {
    g.frame.borrow().as_deref().and_then(delegate_of)
}

/// After the delegate of a `yield from` finished during `throw`: drops it
/// from the stack and moves the frame to where SEND jumps when the delegate
/// returns (CPython's `_gen_throw`).
fn leave_yield_from(py: Py<'_>, g: &Generator) -> PyResult<()> {
    let mut slot = g.frame.borrow_mut();
    let Some(frame) = slot.as_mut() else {
        return Ok(());
    };
    frame.stack.pop();
    let send_at = frame
        .lasti
        .checked_sub(1)
        .ok_or_else(|| py.system_error("yield from without SEND"))?;
    let jump = frame
        .code
        .code
        .code
        .get(2 * send_at + 1)
        .copied()
        .unwrap_or(0) as usize;
    frame.pc = frame.lasti + jump;
    frame.lasti = frame.pc.saturating_sub(1);
    Ok(())
}

/// `gen.throw(exc)`: raises `exc` at the generator's `yield` (through the
/// iterator it delegates to, if any).
pub fn throw(py: Py<'_>, gen: &Value, err: PyErr) -> PyResult<Sent> {
    let Some(g) = gen.downcast::<Generator>() else {
        return Err(err);
    };
    if g.running.get() {
        return Err(py.value_error("generator already executing".to_string()));
    }
    if let Some(d) = yieldfrom(g) {
        let is_exit = err.matches(py, &exc_type(py, "GeneratorExit"));
        let result = if is_exit {
            // The delegate is closed, then GeneratorExit goes to this frame.
            g.running.set(true);
            let r = close_iter(py, &d);
            g.running.set(false);
            match r {
                Ok(()) => Err(err),
                Err(e) => Err(e),
            }
        } else if d.downcast::<Generator>().is_some() {
            g.running.set(true);
            let r = throw(py, &d, err);
            g.running.set(false);
            match r {
                Ok(Sent::Yielded(v)) => return Ok(Sent::Yielded(v)),
                Ok(Sent::Returned(v)) => Ok(v),
                Err(e) => Err(e),
            }
        } else {
            match obj::getattr(py, &d, "throw") {
                Ok(m) => {
                    g.running.set(true);
                    let r = obj::call(py, &m, std::slice::from_ref(&err.0), &[]);
                    g.running.set(false);
                    match r {
                        Ok(v) => return Ok(Sent::Yielded(v)),
                        Err(e) if e.matches(py, &py.types.stop_iteration) => {
                            Ok(obj::getattr(py, &e.0, "value").unwrap_or_else(|_| py.none()))
                        }
                        Err(e) => Err(e),
                    }
                }
                // No `throw` on the delegate: raise at the `yield from` itself.
                Err(_) => return resume(py, gen, Resume::Throw(err)),
            }
        };
        if !is_exit {
            leave_yield_from(py, g)?;
        }
        return match result {
            Ok(v) => resume(py, gen, Resume::Send(v)),
            Err(e) => resume(py, gen, Resume::Throw(e)),
        };
    }
    resume(py, gen, Resume::Throw(err))
}

/// Closes an iterator a `yield from` delegates to: `close()` if it has one.
fn close_iter(py: Py<'_>, it: &Value) -> PyResult<()> {
    if it.downcast::<Generator>().is_some() {
        return close(py, it);
    }
    match obj::getattr(py, it, "close") {
        Ok(m) => obj::call(py, &m, &[], &[]).map(|_| ()),
        Err(_) => Ok(()),
    }
}

/// `gen.close()`: throws GeneratorExit into a suspended generator; it must
/// not yield again.
pub fn close(py: Py<'_>, gen: &Value) -> PyResult<()> {
    let Some(g) = gen.downcast::<Generator>() else {
        return Ok(());
    };
    if g.running.get() {
        return Err(py.value_error("generator already executing".to_string()));
    }
    if !g.started.get() {
        let old = g.frame.borrow_mut().take();
        drop(old);
        return Ok(());
    }
    if g.frame.borrow().is_none() {
        return Ok(());
    }
    let exit = exception::new_exception(py, &exc_type(py, "GeneratorExit"), Vec::new());
    match throw(py, gen, PyErr(exit)) {
        Ok(Sent::Yielded(_)) => Err(py.new_error(
            &py.types.runtime_error,
            "generator ignored GeneratorExit".to_string(),
        )),
        Ok(Sent::Returned(_)) => Ok(()),
        Err(e)
            if e.matches(py, &exc_type(py, "GeneratorExit"))
                || e.matches(py, &py.types.stop_iteration) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Closes the frames of dropped suspended generators (see [`Finalizers`]);
/// an exception is reported as CPython's "Exception ignored in".
pub fn run_finalizers(py: Py<'_>) {
    loop {
        let next = py.gen_finalizers.pop();
        let Some((frame, label)) = next else {
            break;
        };
        if let Some(name) = label.strip_prefix(crate::object::coroutine::NEVER_AWAITED) {
            drop(frame);
            crate::object::coroutine::warn_never_awaited(py, name);
            continue;
        }
        let exit = exception::new_exception(py, &exc_type(py, "GeneratorExit"), Vec::new());
        let caller = py.exc_info.borrow_mut().take();
        let outcome = run_frames_with(py, frame, Some(PyErr(exit)));
        let old = std::mem::replace(&mut *py.exc_info.borrow_mut(), caller);
        drop(old);
        let err = match outcome {
            Outcome::Yield(_, f) => {
                drop(f);
                Some(py.new_error(
                    &py.types.runtime_error,
                    "generator ignored GeneratorExit".to_string(),
                ))
            }
            Outcome::Return(_) => None,
            Outcome::Error(e)
                if e.matches(py, &exc_type(py, "GeneratorExit"))
                    || e.matches(py, &py.types.stop_iteration) =>
            {
                None
            }
            Outcome::Error(e) => Some(e),
        };
        if let Some(e) = err {
            crate::gc::write_unraisable(py, &e.0, &label);
        }
    }
}

/// The end of the main module, as CPython's shutdown clears a module's
/// dict (names with one leading underscore first, then all but
/// `__builtins__`): generators left suspended there are closed, so their
/// `finally` blocks run.
pub fn finalize_globals(py: Py<'_>, globals: &Value) {
    let keys: Vec<Value> = super::dict::items(globals)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    let single_underscore = |k: &str| k.starts_with('_') && !k.starts_with("__");
    for first_pass in [true, false] {
        for k in &keys {
            let Some(name) = super::str::as_str(k) else {
                continue;
            };
            if (first_pass && !single_underscore(name)) || name == "__builtins__" {
                continue;
            }
            let live = super::dict::get_item(py, globals, k)
                .ok()
                .flatten()
                .is_some_and(|v| !v.is(&py.none));
            if live {
                let _ = super::dict::set_item(py, globals, k.clone(), py.none());
                if py.gen_finalizers.pending() {
                    run_finalizers(py);
                }
            }
        }
    }
}

fn iter_self(_py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn next(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    match send(py, v, py.none())? {
        Sent::Yielded(x) => Ok(Some(x)),
        Sent::Returned(_) => Ok(None),
    }
}

fn repr(_py: Py<'_>, v: &Value) -> PyResult<String> {
    let q = v.downcast::<Generator>().map_or("?", |g| g.qualname());
    Ok(format!("<generator object {q} at {:#x}>", v.addr()))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(g) = v.downcast::<Generator>() else {
        return Ok(None);
    };
    let suspended = g.frame.borrow().is_some();
    Ok(match name {
        "__name__" => Some(py.new_str(&g.code.code.name)),
        "__qualname__" => Some(py.new_str(g.qualname())),
        "gi_running" => Some(py.bool(g.running.get())),
        "gi_suspended" => Some(py.bool(suspended && g.started.get() && !g.running.get())),
        "gi_code" => Some(py.alloc(&py.types.code, Code(g.code.clone()))),
        "gi_yieldfrom" => Some(yieldfrom(g).unwrap_or_else(|| py.none())),
        "gi_frame" | "cr_frame" => Some(gen_frame(py, v, g)?),
        "cr_running" => Some(py.bool(g.running.get())),
        "cr_suspended" => Some(py.bool(suspended && g.started.get() && !g.running.get())),
        "cr_code" => Some(py.alloc(&py.types.code, Code(g.code.clone()))),
        "cr_await" => Some(yieldfrom(g).unwrap_or_else(|| py.none())),
        _ => None,
    })
}

/// `gi_frame`: the frame's object while it is suspended or running, None
/// once the generator finished.
fn gen_frame(py: Py<'_>, v: &Value, g: &Generator) -> PyResult<Value> {
    if g.running.get() {
        return Ok(crate::object::frameobj::for_running_generator(
            py, v, &g.code,
        ));
    }
    match g.frame.borrow().as_deref() {
        Some(f) => crate::object::frameobj::for_generator(py, v, f),
        None => Ok(py.none()),
    }
}

fn stop_iteration(py: Py<'_>, r: Value) -> PyErr {
    let args = if r.is(&py.none) { Vec::new() } else { vec![r] };
    match exception::new_with_attrs(py, &py.types.stop_iteration, args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// `gen.send(value)`.
fn m_send(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [gen, value] = args else {
        return Err(py.type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    match send(py, gen, value.clone())? {
        Sent::Yielded(x) => Ok(x),
        Sent::Returned(r) => Err(stop_iteration(py, r)),
    }
}

/// The exception `throw(typ[, val[, tb]])` raises, as CPython's `_gen_throw`.
pub fn make_thrown(
    py: Py<'_>,
    typ: &Value,
    val: Option<&Value>,
    tb: Option<&Value>,
) -> PyResult<PyErr> {
    let none = py.none();
    let val = val.filter(|v| !v.is(&none));
    let tb = tb.filter(|v| !v.is(&none));
    if tb.is_some_and(|t| t.downcast::<exception::Traceback>().is_none()) {
        return Err(py.type_error("throw() third argument must be a traceback object".to_string()));
    }
    let is_class =
        typ.downcast::<TypeObject>().is_some() && is_subtype(typ, &py.types.base_exception);
    let e = if is_class {
        match val {
            Some(v) if obj::isinstance(py, v, typ) => v.clone(),
            Some(v) => {
                let args = match v.downcast::<tuple::Tuple>() {
                    Some(t) => t.0.to_vec(),
                    None => vec![v.clone()],
                };
                obj::call(py, typ, &args, &[])?
            }
            None => obj::call(py, typ, &[], &[])?,
        }
    } else if typ.downcast::<ExceptionData>().is_some() {
        if val.is_some() {
            return Err(
                py.type_error("instance exception may not have a separate value".to_string())
            );
        }
        typ.clone()
    } else {
        return Err(py.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            py.type_name(typ)
        )));
    };
    if let Some(t) = tb {
        exception::setattr(py, &e, "__traceback__", t.clone())?;
    }
    Ok(PyErr(e))
}

/// `gen.throw(exc)` / `gen.throw(type, value, tb)`.
fn m_throw(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (gen, rest) = match args {
        [gen, rest @ ..] if (1..=3).contains(&rest.len()) => (gen, rest),
        _ => {
            return Err(py.type_error(format!(
                "throw expected at least 1 argument, got {}",
                args.len().saturating_sub(1)
            )))
        }
    };
    let err = make_thrown(py, &rest[0], rest.get(1), rest.get(2))?;
    match throw(py, gen, err)? {
        Sent::Yielded(x) => Ok(x),
        Sent::Returned(r) => Err(stop_iteration(py, r)),
    }
}

/// `gen.close()`.
fn m_close(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(g) = args.first() {
        close(py, g)?;
    }
    Ok(py.none())
}

/// `gen.__next__()`: StopIteration (with the return value) when finished.
fn m_next(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(gen) = args.first() else {
        return Err(py.type_error("__next__() needs a generator".to_string()));
    };
    match send(py, gen, py.none())? {
        Sent::Yielded(x) => Ok(x),
        Sent::Returned(r) => Err(stop_iteration(py, r)),
    }
}

fn m_iter(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args.first()
        .cloned()
        .ok_or_else(|| py.type_error("__iter__() needs a generator".to_string()))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("send", m_send),
    ("throw", m_throw),
    ("close", m_close),
    ("__next__", m_next),
    ("__iter__", m_iter),
];

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        iter: Some(iter_self),
        next: Some(next),
        getattr: Some(getattr),
        ..Slots::default()
    }
}
