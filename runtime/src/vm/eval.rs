//! The evaluation loop: one `match` over [`Opcode`] per instruction, with
//! CPython 3.11's stack conventions (the `dis` documentation of 3.11 is the
//! specification of each case).
//!
//! **Invariant:** a Python-to-Python call pushes a [`Frame`] on the frame
//! stack of the running `run_frame` and continues in the same Rust loop; only
//! calls from Rust (`object::call`) start a nested `run_frame`. Both count
//! against `Interpreter::depth`, checked against the recursion limit.
//!
//! Speed: instructions come pre-decoded from [`CodeData::instrs`]; CALL and
//! RETURN_VALUE switch frames inside `run` itself (frames are boxed and
//! pooled by `fast::FramePool`, a plain positional call moves its arguments
//! straight into the callee's locals); a LOAD_FAST runs a following
//! LOAD_FAST/LOAD_CONST without a second dispatch (`fast::load_next`).
//! A class call whose instance needs only `object.__new__` and a plain
//! Python `__init__` pushes `__init__`'s frame here too (`fast::init_frame`,
//! `Frame::init_self`); the frame pool is the interpreter's, so nested runs
//! (dunders, generators) reuse frames as well.

use std::ptr::NonNull;
use std::rc::Rc;

use crate::ast::{Cmpop, Operator, Unaryop};
use crate::compile::code::CodeObject;
use crate::compile::opcode::Opcode;
use crate::object::code::{Code, CodeData, Instr};
use crate::object::exception::{ExceptionData, TbEntry};
use crate::object::function::Function;
use crate::object::typeobj::{is_subtype, TypeObject};
use crate::object::{self as obj, cell, dict, int, list, str::as_str, tuple, PyErr, PyResult};
use crate::value::Value;
use crate::vm::fast::FramePool;
use crate::vm::frame::{Frame, FrameStack};
use crate::vm::Py;

/// Runs a module's code with `globals` as its namespace.
pub fn run_code(py: Py<'_>, code: Rc<CodeObject>, globals: Value) -> PyResult<Value> {
    let data = CodeData::new(py, code);
    run_frame(py, Frame::for_module(py, data, globals))
}

/// Why `execute` stopped running a frame's instructions.
enum Step {
    Return(Value),
    /// RETURN_GENERATOR: the frame becomes a generator object.
    ReturnGenerator,
    /// YIELD_VALUE: the (generator) frame suspends with this value.
    Yield(Value),
    /// An exception; `true` when it is new in this frame (a traceback entry is
    /// added), `false` for RERAISE.
    Raise(PyErr, bool),
}

fn recursion_error(py: Py<'_>) -> PyErr {
    py.new_error(
        &py.types.recursion_error,
        "maximum recursion depth exceeded".to_string(),
    )
}

/// Runs `frame` and the Python frames it calls until it returns or raises.
pub fn run_frame(py: Py<'_>, frame: Frame) -> PyResult<Value> {
    match run_frames(py, frame) {
        Outcome::Return(v) => Ok(v),
        // Only a generator's own frame yields, and generators resume through
        // `resume`; a plain frame reaching YIELD_VALUE is a compiler bug.
        Outcome::Yield(_, _) => Err(py.system_error("yield outside a generator frame")),
        Outcome::Error(e) => Err(e),
    }
}

/// Calls Python function `func` from Rust with `me` (a bound method's
/// receiver, passed first) and `args`, then the values of the keywords
/// named in `kwnames`; plain positional calls take a pooled frame.
pub fn call_function(
    py: Py<'_>,
    func: &Value,
    me: Option<&Value>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if kwnames.is_empty() {
        if let Some(frame) = crate::vm::fast::call_frame(&py.frame_pool, func, me, args) {
            return outcome_value(py, run_frames_with(py, frame, None));
        }
    }
    let frame = match me {
        None => Frame::for_call(py, func, args, kwnames)?,
        Some(me) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(me.clone());
            all.extend_from_slice(args);
            Frame::for_call(py, func, &all, kwnames)?
        }
    };
    run_frame(py, frame)
}

fn outcome_value(py: Py<'_>, outcome: Outcome) -> PyResult<Value> {
    match outcome {
        Outcome::Return(v) => Ok(v),
        Outcome::Yield(_, _) => Err(py.system_error("yield outside a generator frame")),
        Outcome::Error(e) => Err(e),
    }
}

/// How a run of frames ended.
pub enum Outcome {
    Return(Value),
    /// The base frame (a generator's) yielded; it is handed back to be resumed.
    Yield(Value, Box<Frame>),
    Error(PyErr),
}

/// The loop behind [`run_frame`] and generator resumption.
/// The Rust stack kept free below a nested evaluation: enough for the deepest
/// chain of Rust calls one Python-level call makes before reaching the next
/// `run_frames_with` (repr of nested containers, sorting, formatting).
const NATIVE_STACK_MARGIN: usize = 1 << 20;

pub fn run_frames(py: Py<'_>, frame: Frame) -> Outcome {
    run_frames_with(py, Box::new(frame), None)
}

/// [`run_frames`], raising `pending` (when given) at the frame's current
/// instruction first, as a generator's `throw` does at its `yield`.
pub fn run_frames_with(py: Py<'_>, frame: Box<Frame>, mut pending: Option<PyErr>) -> Outcome {
    let base = py.depth.get();
    // Each nested run (a dunder or key= function called from Rust) also uses
    // the Rust stack: when little is left, recursion stops here with the same
    // RecursionError, whatever the limit (CPython 3.11 would crash instead).
    let stack_low = stacker::remaining_stack().is_some_and(|left| left < NATIVE_STACK_MARGIN);
    if base >= py.recursion_limit.get() || stack_low {
        return Outcome::Error(recursion_error(py));
    }
    py.depth.set(base + 1);
    let frames = crate::vm::frame::FrameStack::new(frame);
    // Registered for sys._getframe; unregistered when the guard drops.
    let _live = crate::object::frameobj::enter_run(py, std::ptr::addr_of!(frames));
    let pool = &py.frame_pool;
    let result = 'run: loop {
        if frames.is_empty() {
            break Outcome::Error(py.system_error("frame stack underflow"));
        }
        let step = match pending.take() {
            Some(e) => {
                // Thrown into a generator: chained to what it was handling.
                crate::object::exception::set_context(py, &e.0);
                Step::Raise(e, true)
            }
            None => execute(py, &frames, pool),
        };
        let (mut err, mut new) = match step {
            Step::Return(v) => {
                if let Some(done) = frames.pop() {
                    pool.recycle(py, done);
                }
                py.depth.set(py.depth.get() - 1);
                match frames.last() {
                    Some(caller) => {
                        // SAFETY: a frame of the stack, not borrowed elsewhere
                        // while the loop is stopped.
                        unsafe { &mut *caller.as_ptr() }.push(v);
                        continue;
                    }
                    None => break Outcome::Return(v),
                }
            }
            Step::ReturnGenerator => {
                // The frame becomes the generator's; its caller gets the generator.
                let Some(gen_frame) = frames.pop() else {
                    continue;
                };
                py.depth.set(py.depth.get() - 1);
                let g = obj::generator::new(py, gen_frame);
                match frames.last() {
                    Some(caller) => {
                        // SAFETY: as for Step::Return.
                        unsafe { &mut *caller.as_ptr() }.push(g);
                        continue;
                    }
                    None => break Outcome::Return(g),
                }
            }
            Step::Yield(v) => {
                if frames.len() == 1 {
                    if let Some(f) = frames.pop() {
                        py.depth.set(py.depth.get() - 1);
                        break Outcome::Yield(v, f);
                    }
                }
                (
                    py.system_error("yield from a frame that is not a generator's"),
                    true,
                )
            }
            Step::Raise(e, new) => (e, new),
        };
        // Unwind: the innermost frame with a handler for the raising
        // instruction resumes there; frames without one are popped.
        loop {
            let Some(f) = frames.last() else {
                break 'run Outcome::Error(err);
            };
            // SAFETY: as for Step::Return; `f` ends before the frame is popped.
            let f = unsafe { &mut *f.as_ptr() };
            if new {
                if let Some(e) = err.0.downcast::<ExceptionData>() {
                    e.traceback.borrow_mut().push(TbEntry {
                        code: f.code.code.clone(),
                        instr: f.lasti,
                        globals: Some(f.globals.clone()),
                    });
                }
            }
            match handle(py, f, err) {
                Ok(()) => continue 'run,
                Err(e) => err = e,
            }
            let mut popped = frames.pop();
            if let Some(p) = popped.as_mut().filter(|p| p.frame_obj.is_some()) {
                crate::object::frameobj::frame_ended(py, p);
            }
            let levels = popped.as_ref().map_or(1, |p| p.levels());
            py.depth.set(py.depth.get() - levels);
            new = true;
            // A generator running inline: the exception goes on in its consumer.
            if let (Some(p), Some(c)) = (popped.as_deref(), frames.last()) {
                // SAFETY: no other reference to the consumer frame is live
                // here; `c` ends before the stack changes again.
                let c = unsafe { &*c.as_ptr() };
                if crate::vm::gen_inline::was_inline(p, c) {
                    err = crate::vm::gen_inline::unwound(py, c, err);
                }
            }
            // Generators the frame held run their `finally` blocks now, as
            // CPython clears a frame's stack while unwinding.
            drop(popped);
            if py.gen_finalizers.pending() {
                obj::generator::run_finalizers(py);
            }
        }
    };
    // Frames left on error were popped above; restore the count exactly.
    py.depth.set(base);
    if base == 0 {
        py.frame_pool.clear();
    }
    result
}

/// Jumps to the handler of the exception table covering `f.lasti`, or gives
/// the exception back.
fn handle(py: Py<'_>, f: &mut Frame, err: PyErr) -> Result<(), PyErr> {
    let at = f.lasti as u32;
    let entry = f
        .code
        .code
        .exception_table
        .iter()
        .find(|e| e.start <= at && at < e.end)
        .copied();
    let Some(e) = entry else { return Err(err) };
    f.stack.truncate(e.depth as usize);
    if e.lasti {
        f.push(int::new_i64(py, f.lasti as i64));
    }
    f.push(err.0);
    f.pc = e.target as usize;
    Ok(())
}

/// Runs instructions of the innermost frame, and of the Python frames it
/// calls, until the base frame returns, a frame yields or an exception.
fn execute(py: Py<'_>, frames: &FrameStack, pool: &FramePool) -> Step {
    match run(py, frames, pool) {
        Ok(step) => step,
        Err(e) => {
            crate::object::exception::set_context(py, &e.0);
            Step::Raise(e, true)
        }
    }
}

#[inline(always)]
fn pop(py: Py<'_>, f: &mut Frame) -> PyResult<Value> {
    match f.stack.pop() {
        Some(Some(v)) => Ok(v),
        _ => Err(py.system_error("bad value stack (NULL or empty)")),
    }
}

fn top<'a>(py: Py<'_>, f: &'a Frame) -> PyResult<&'a Value> {
    match f.stack.last() {
        Some(Some(v)) => Ok(v),
        _ => Err(py.system_error("bad value stack (NULL or empty)")),
    }
}

/// The top `n` values, in stack order.
fn pop_n(py: Py<'_>, f: &mut Frame, n: usize) -> PyResult<Vec<Value>> {
    let at = f
        .stack
        .len()
        .checked_sub(n)
        .ok_or_else(|| py.system_error("value stack underflow"))?;
    // Exactly `n` slots: a tuple made from the vector keeps it without a realloc.
    let mut out = Vec::with_capacity(n);
    for v in f.stack.drain(at..) {
        match v {
            Some(v) => out.push(v),
            None => return Err(py.system_error("NULL on the value stack")),
        }
    }
    Ok(out)
}

/// The values of a run of value-stack slots, none of which may be NULL.
#[inline]
fn stack_values<'a>(py: Py<'_>, slots: &'a [Option<Value>]) -> PyResult<&'a [Value]> {
    if slots.iter().any(Option::is_none) {
        return Err(py.system_error("NULL on the value stack"));
    }
    // SAFETY: `Value` is a `repr(transparent)` `NonZeroUsize`, so `Option<Value>`
    // has its layout with `None` as zero; every slot was just checked to be `Some`.
    Ok(unsafe { std::slice::from_raw_parts(slots.as_ptr().cast::<Value>(), slots.len()) })
}

fn name<'a>(py: Py<'_>, code: &'a CodeData, i: u32) -> PyResult<&'a str> {
    code.code
        .names
        .get(i as usize)
        .map(String::as_str)
        .ok_or_else(|| py.system_error("name index out of range"))
}

/// Name `i` of `co_names` as the interned str `CodeData::names` holds.
#[inline]
fn interned_name<'a>(py: Py<'_>, code: &'a CodeData, i: u32) -> PyResult<&'a Value> {
    code.names
        .get(i as usize)
        .ok_or_else(|| py.system_error("name index out of range"))
}

/// LOAD_GLOBAL without a cached value: globals, then builtins; the result
/// is cached for the next run of the instruction.
fn load_global(py: Py<'_>, code: &CodeData, f: &Frame, i: u32) -> PyResult<Value> {
    let key = interned_name(py, code, i)?;
    let v = match dict::get_item(py, &f.globals, key)? {
        Some(v) => v,
        None => match dict::get_item(py, &f.builtins, key)? {
            Some(v) => v,
            None => return Err(name_error(py, name(py, code, i)?)),
        },
    };
    crate::vm::cache::global_put(&code.globals, i as usize, &f.globals, &f.builtins, &v);
    Ok(v)
}

fn name_error(py: Py<'_>, n: &str) -> PyErr {
    crate::object::exception::name_error(py, n)
}

/// The frame's cell index for a `free`-kind argument (3.11 fast-locals numbering).
fn cell_index(py: Py<'_>, code: &CodeData, arg: u32) -> PyResult<usize> {
    code.deref
        .get(arg as usize)
        .copied()
        .flatten()
        .ok_or_else(|| py.system_error("cell index out of range"))
}

/// The name of the variable in frame cell `i`, and whether it is the frame's
/// own (a cellvar) rather than free.
fn deref_name(f: &Frame, i: usize) -> (String, bool) {
    let co = &f.code.code;
    match co.cellvars.get(i) {
        Some(n) => (n.clone(), true),
        None => (
            co.freevars
                .get(i - co.cellvars.len())
                .cloned()
                .unwrap_or_default(),
            false,
        ),
    }
}

/// Pushes the frame of a Python call, counting it against the recursion limit.
#[inline]
fn enter(py: Py<'_>, frames: &FrameStack, callee: Box<Frame>) -> PyResult<()> {
    let d = py.depth.get();
    if d >= py.recursion_limit.get() {
        return Err(recursion_error(py));
    }
    py.depth.set(d + 1);
    frames.push(callee);
    Ok(())
}

/// The evaluation loop proper. Python-to-Python calls and their returns
/// switch frames here, on `frames`, without leaving the function; it returns
/// when the base frame returns, a frame yields or becomes a generator, or an
/// exception leaves an instruction (`run_frames_with` unwinds).
fn run(py: Py<'_>, frames: &FrameStack, pool: &FramePool) -> PyResult<Step> {
    let finalizers = &*py.gen_finalizers;
    let (mut f, mut code) = innermost(py, frames)?;
    loop {
        let instrs: &[Instr] = &code.instrs;
        if finalizers.pending() {
            let line = code.code.line_of(f.lasti);
            obj::coroutine::set_location(code.code.filename.clone(), line);
            obj::generator::run_finalizers(py);
        }
        let pc = f.pc;
        let Some(&Instr { op, arg }) = instrs.get(pc) else {
            return Err(py.system_error("ran off the end of the code"));
        };
        f.lasti = pc;
        f.pc = pc + 1;
        let Some(op) = op else {
            let b = code.code.code.get(2 * pc).copied().unwrap_or(0);
            return Err(py.system_error(&format!("unknown opcode {b}")));
        };
        match op {
            Opcode::NOP | Opcode::PRECALL | Opcode::EXTENDED_ARG => {}
            // Safe points (CPython's eval breaker): a due collection runs here.
            Opcode::RESUME => {
                crate::vm::recursion::warm_up(&code);
                if py.heap.gc_pending.get() {
                    crate::gc::collect_if_due(py);
                }
            }
            Opcode::MAKE_CELL | Opcode::COPY_FREE_VARS => {
                // Cells are made when the frame is set up (see Frame::for_call).
            }
            Opcode::POP_TOP => {
                f.stack.pop();
            }
            Opcode::PUSH_NULL => crate::vm::fast::push(&mut f.stack, None),
            Opcode::COPY => {
                let n = f.stack.len();
                let v = f
                    .stack
                    .get(n.wrapping_sub(arg as usize))
                    .cloned()
                    .ok_or_else(|| py.system_error("COPY"))?;
                crate::vm::fast::push(&mut f.stack, v);
            }
            Opcode::SWAP => {
                let n = f.stack.len();
                if arg as usize > n || arg == 0 {
                    return Err(py.system_error("SWAP"));
                }
                f.stack.swap(n - 1, n - arg as usize);
            }
            Opcode::LOAD_CONST => {
                let v = code
                    .consts
                    .get(arg as usize)
                    .cloned()
                    .ok_or_else(|| py.system_error("const index"))?;
                crate::vm::fast::push(&mut f.stack, Some(v));
            }
            Opcode::LOAD_FAST => {
                let v = f.fast.get(arg as usize).cloned().flatten();
                match v {
                    Some(v) => {
                        crate::vm::fast::push(&mut f.stack, Some(v));
                        // A LOAD_FAST or LOAD_CONST right after (operands of
                        // the next operation) runs here, without a dispatch.
                        crate::vm::fast::load_next(f, instrs, &code.consts);
                    }
                    None => {
                        let n = code
                            .code
                            .varnames
                            .get(arg as usize)
                            .cloned()
                            .unwrap_or_default();
                        return Err(py.new_error(
                            &py.types.unbound_local_error,
                            format!("cannot access local variable '{n}' where it is not associated with a value"),
                        ));
                    }
                }
            }
            Opcode::STORE_FAST => {
                let v = pop(py, f)?;
                let slot = f
                    .fast
                    .get_mut(arg as usize)
                    .ok_or_else(|| py.system_error("local index"))?;
                let old = slot.replace(v);
                drop(old);
            }
            Opcode::DELETE_FAST => {
                let slot = f
                    .fast
                    .get_mut(arg as usize)
                    .ok_or_else(|| py.system_error("local index"))?;
                if slot.take().is_none() {
                    let n = code
                        .code
                        .varnames
                        .get(arg as usize)
                        .cloned()
                        .unwrap_or_default();
                    return Err(py.new_error(
                        &py.types.unbound_local_error,
                        format!("cannot access local variable '{n}' where it is not associated with a value"),
                    ));
                }
            }
            Opcode::LOAD_CLOSURE => {
                let c = f
                    .cells
                    .get(cell_index(py, &code, arg)?)
                    .cloned()
                    .ok_or_else(|| py.system_error("cell index"))?;
                f.push(c);
            }
            Opcode::LOAD_DEREF | Opcode::LOAD_CLASSDEREF => {
                let ci = cell_index(py, &code, arg)?;
                let c = f
                    .cells
                    .get(ci)
                    .ok_or_else(|| py.system_error("cell index"))?;
                let v = c
                    .downcast::<cell::Cell>()
                    .and_then(|c| c.0.borrow().clone());
                match v {
                    Some(v) => f.push(v),
                    None => {
                        let (n, local) = deref_name(f, ci);
                        let msg = if local {
                            format!("cannot access local variable '{n}' where it is not associated with a value")
                        } else {
                            format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope")
                        };
                        if local {
                            return Err(py.new_error(&py.types.unbound_local_error, msg));
                        }
                        let err = py.new_error(&py.types.name_error, msg);
                        crate::object::exception::set_attr(&err.0, "name", py.new_str(&n));
                        return Err(err);
                    }
                }
            }
            Opcode::STORE_DEREF | Opcode::DELETE_DEREF => {
                let v = if op == Opcode::STORE_DEREF {
                    Some(pop(py, f)?)
                } else {
                    None
                };
                let c = f
                    .cells
                    .get(cell_index(py, &code, arg)?)
                    .ok_or_else(|| py.system_error("cell index"))?;
                let old = c
                    .downcast::<cell::Cell>()
                    .map(|c| std::mem::replace(&mut *c.0.borrow_mut(), v));
                drop(old);
            }
            Opcode::LOAD_NAME => {
                let n = name(py, &code, arg)?;
                let key = interned_name(py, &code, arg)?.clone();
                // At module level (locals are the globals, a plain dict)
                // LOAD_NAME is LOAD_GLOBAL, and shares its cache.
                let module_level = f.locals.as_ref().is_some_and(|l| l.is(&f.globals))
                    && f.globals.has_type(&py.types.dict);
                let i = arg as usize;
                let mut found = None;
                if module_level {
                    found = crate::vm::cache::global_get(&code.globals, i, &f.globals, &f.builtins);
                }
                if found.is_none() {
                    if let Some(l) = &f.locals {
                        found = obj::attr::ns_get(py, l, &key)?;
                    }
                    if found.is_none() {
                        found = dict::get_item(py, &f.globals, &key)?;
                    }
                    if found.is_none() {
                        found = dict::get_item(py, &f.builtins, &key)?;
                    }
                    if let (true, Some(v)) = (module_level, &found) {
                        crate::vm::cache::global_put(&code.globals, i, &f.globals, &f.builtins, v);
                    }
                }
                match found {
                    Some(v) => f.push(v),
                    None => return Err(name_error(py, n)),
                }
            }
            Opcode::STORE_NAME => {
                let key = py.intern(name(py, &code, arg)?);
                let v = pop(py, f)?;
                let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                obj::attr::ns_set(py, &ns, key, v)?;
            }
            Opcode::DELETE_NAME => {
                let n = name(py, &code, arg)?;
                let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                if !obj::attr::ns_del(py, &ns, &py.intern(n))? {
                    return Err(name_error(py, n));
                }
            }
            Opcode::LOAD_GLOBAL => {
                let i = (arg >> 1) as usize;
                let cached =
                    crate::vm::cache::global_get(&code.globals, i, &f.globals, &f.builtins);
                let v = match cached {
                    Some(v) => v,
                    None => load_global(py, &code, f, arg >> 1)?,
                };
                if arg & 1 == 1 {
                    crate::vm::fast::push(&mut f.stack, None);
                }
                crate::vm::fast::push(&mut f.stack, Some(v));
            }
            Opcode::STORE_GLOBAL => {
                let key = interned_name(py, &code, arg)?.clone();
                let v = pop(py, f)?;
                dict::set_item(py, &f.globals, key, v)?;
            }
            Opcode::DELETE_GLOBAL => {
                let n = name(py, &code, arg)?;
                if dict::del_item(py, &f.globals, &py.intern(n))?.is_none() {
                    return Err(name_error(py, n));
                }
            }
            Opcode::UNARY_POSITIVE
            | Opcode::UNARY_NEGATIVE
            | Opcode::UNARY_NOT
            | Opcode::UNARY_INVERT => {
                let u = match op {
                    Opcode::UNARY_POSITIVE => Unaryop::UAdd,
                    Opcode::UNARY_NEGATIVE => Unaryop::USub,
                    Opcode::UNARY_NOT => Unaryop::Not,
                    _ => Unaryop::Invert,
                };
                let v = pop(py, f)?;
                let r = match crate::vm::arith::unary(py, &v, u) {
                    Some(r) => r,
                    None => obj::unary_op(py, &v, u)?,
                };
                drop(v);
                crate::vm::arith::put(f, instrs, &code.consts, r);
            }
            Opcode::BINARY_OP => {
                let rows = Operator::ROWS.len();
                let (index, inplace) = if (arg as usize) < rows {
                    (arg as usize, false)
                } else {
                    (arg as usize - rows, true)
                };
                let o = Operator::from_index(index)
                    .ok_or_else(|| py.system_error("BINARY_OP argument"))?;
                let b = pop(py, f)?;
                let a = pop(py, f)?;
                let r = match crate::vm::fast::binop(py, &a, &b, o) {
                    Some(r) => r,
                    None if o == Operator::Pow => match crate::vm::arith::float_pow(py, &a, &b) {
                        Some(r) => r,
                        None => obj::binary_op(py, &a, &b, o, inplace)?,
                    },
                    None => obj::binary_op(py, &a, &b, o, inplace)?,
                };
                drop((a, b));
                crate::vm::arith::put_num(py, f, instrs, &code.consts, r, inplace)?;
            }
            Opcode::COMPARE_OP => {
                let c = Cmpop::from_index(arg as usize)
                    .ok_or_else(|| py.system_error("COMPARE_OP argument"))?;
                let b = pop(py, f)?;
                let a = pop(py, f)?;
                let r = match crate::vm::fast::compare(py, &a, &b, c) {
                    Some(r) => {
                        // A conditional jump right after takes the result
                        // without a bool on the stack and its own dispatch.
                        if let Some((j, target)) = fused_jump(py, instrs, f.pc)? {
                            f.lasti = f.pc;
                            f.pc += 1;
                            if r == j {
                                f.pc = target;
                            }
                            continue;
                        }
                        py.bool(r)
                    }
                    None => obj::compare(py, &a, &b, c)?,
                };
                crate::vm::fast::push(&mut f.stack, Some(r));
            }
            Opcode::IS_OP => {
                let b = pop(py, f)?;
                let a = pop(py, f)?;
                f.push(py.bool(a.is(&b) != (arg == 1)));
            }
            Opcode::CONTAINS_OP => {
                let b = pop(py, f)?;
                let a = pop(py, f)?;
                let r = obj::contains(py, &b, &a)?;
                f.push(py.bool(r != (arg == 1)));
            }
            Opcode::JUMP_FORWARD => f.pc += arg as usize,
            Opcode::JUMP_BACKWARD => {
                crate::vm::recursion::warm_up(&code);
                f.pc = back(py, f.pc, arg)?;
                if py.heap.gc_pending.get() {
                    crate::gc::collect_if_due(py);
                }
            }
            Opcode::JUMP_BACKWARD_NO_INTERRUPT => f.pc = back(py, f.pc, arg)?,
            Opcode::JUMP_ABSOLUTE => f.pc = arg as usize,
            Opcode::POP_JUMP_FORWARD_IF_FALSE
            | Opcode::POP_JUMP_FORWARD_IF_TRUE
            | Opcode::POP_JUMP_BACKWARD_IF_FALSE
            | Opcode::POP_JUMP_BACKWARD_IF_TRUE
            | Opcode::POP_JUMP_IF_FALSE
            | Opcode::POP_JUMP_IF_TRUE => {
                let v = pop(py, f)?;
                let want = matches!(
                    op,
                    Opcode::POP_JUMP_FORWARD_IF_TRUE
                        | Opcode::POP_JUMP_BACKWARD_IF_TRUE
                        | Opcode::POP_JUMP_IF_TRUE
                );
                let t = match crate::vm::fast::truthy(py, &v) {
                    Some(t) => t,
                    None => obj::truthy(py, &v)?,
                };
                if t == want {
                    f.pc = jump_target(py, op, f.pc, arg)?;
                }
            }
            Opcode::POP_JUMP_FORWARD_IF_NONE
            | Opcode::POP_JUMP_FORWARD_IF_NOT_NONE
            | Opcode::POP_JUMP_BACKWARD_IF_NONE
            | Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE => {
                let v = pop(py, f)?;
                let want_none = matches!(
                    op,
                    Opcode::POP_JUMP_FORWARD_IF_NONE | Opcode::POP_JUMP_BACKWARD_IF_NONE
                );
                if v.is(&py.none) == want_none {
                    f.pc = jump_target(py, op, f.pc, arg)?;
                }
            }
            Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
                let t = obj::truthy(py, top(py, f)?)?;
                if t == (op == Opcode::JUMP_IF_TRUE_OR_POP) {
                    f.pc += arg as usize;
                } else {
                    f.stack.pop();
                }
            }
            Opcode::BUILD_TUPLE => {
                let items = pop_n(py, f, arg as usize)?;
                f.push(tuple::new(py, items));
            }
            Opcode::BUILD_LIST => {
                let items = pop_n(py, f, arg as usize)?;
                f.push(list::new(py, items));
            }
            Opcode::BUILD_MAP => {
                let items = pop_n(py, f, 2 * arg as usize)?;
                let d = dict::new(py);
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    dict::set_item(py, &d, k, v)?;
                }
                f.push(d);
            }
            Opcode::BUILD_CONST_KEY_MAP => {
                let keys = pop(py, f)?;
                let values = pop_n(py, f, arg as usize)?;
                let d = dict::new(py);
                for (k, v) in obj::collect(py, &keys)?.into_iter().zip(values) {
                    dict::set_item(py, &d, k, v)?;
                }
                f.push(d);
            }
            Opcode::BUILD_STRING => {
                let parts = pop_n(py, f, arg as usize)?;
                f.push(obj::str::build_string(py, &parts));
            }
            Opcode::BUILD_SLICE => {
                // A subscript right after on a list, tuple or str takes the
                // bounds without a slice object.
                if crate::vm::arith::slice_subscr(py, f, instrs, &code.consts, arg as usize)
                    || crate::vm::arith::slice_store(py, f, instrs, arg as usize)
                {
                    continue;
                }
                let mut items = pop_n(py, f, arg as usize)?.into_iter();
                let start = items.next().unwrap_or_else(|| py.none());
                let stop = items.next().unwrap_or_else(|| py.none());
                let step = items.next().unwrap_or_else(|| py.none());
                f.push(py.alloc(&py.types.slice, obj::slice::Slice { start, stop, step }));
            }
            Opcode::LIST_APPEND | Opcode::LIST_EXTEND => {
                let v = pop(py, f)?;
                let n = f.stack.len();
                let target = f.stack.get(n.wrapping_sub(arg as usize)).cloned().flatten();
                let Some(l) = target.as_ref().and_then(|t| t.downcast::<list::List>()) else {
                    return Err(py.system_error("LIST_APPEND target is not a list"));
                };
                if op == Opcode::LIST_APPEND {
                    l.0.borrow_mut().push(v);
                } else {
                    let items = obj::collect(py, &v).map_err(|e| star_error(py, &v, e))?;
                    l.0.borrow_mut().extend(items);
                }
            }
            Opcode::BUILD_SET => {
                let items = pop_n(py, f, arg as usize)?;
                f.push(obj::set::from_items(py, &py.types.set, items)?);
            }
            Opcode::SET_ADD | Opcode::SET_UPDATE => {
                let v = pop(py, f)?;
                let n = f.stack.len();
                let target = f.stack.get(n.wrapping_sub(arg as usize)).cloned().flatten();
                let Some(s) = target else {
                    return Err(py.system_error("SET_ADD target"));
                };
                if op == Opcode::SET_ADD {
                    obj::set::add(py, &s, v)?;
                } else {
                    obj::set::update_internal(py, &s, &v)?;
                }
            }
            Opcode::LIST_TO_TUPLE => {
                let v = pop(py, f)?;
                f.push(tuple::new(py, obj::collect(py, &v)?));
            }
            Opcode::MAP_ADD => {
                let v = pop(py, f)?;
                let k = pop(py, f)?;
                let n = f.stack.len();
                let target = f.stack.get(n.wrapping_sub(arg as usize)).cloned().flatten();
                let Some(d) = target else {
                    return Err(py.system_error("MAP_ADD target"));
                };
                dict::set_item(py, &d, k, v)?;
            }
            Opcode::DICT_MERGE => {
                // `f(**m)`: keys must be new; errors name the function.
                let v = pop(py, f)?;
                let n = f.stack.len();
                let target = f.stack.get(n.wrapping_sub(arg as usize)).cloned().flatten();
                let func = f
                    .stack
                    .get(n.wrapping_sub(arg as usize + 2))
                    .cloned()
                    .flatten();
                let Some(d) = target else {
                    return Err(py.system_error("DICT_MERGE target"));
                };
                let func_str = || {
                    func.as_ref()
                        .map_or(Ok("?()".to_string()), |x| function_str(py, x))
                };
                let pairs = match mapping_items(py, &v)? {
                    Some(p) => p,
                    None => {
                        return Err(py.type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            func_str()?,
                            py.type_name(&v)
                        )))
                    }
                };
                for (k, x) in pairs {
                    if dict::get_item(py, &d, &k)?.is_some() {
                        let shown = obj::str(py, &k)?;
                        return Err(py.type_error(format!(
                            "{} got multiple values for keyword argument '{shown}'",
                            func_str()?
                        )));
                    }
                    dict::set_item(py, &d, k, x)?;
                }
            }
            Opcode::DICT_UPDATE => {
                let v = pop(py, f)?;
                let n = f.stack.len();
                let target = f.stack.get(n.wrapping_sub(arg as usize)).cloned().flatten();
                let Some(d) = target else {
                    return Err(py.system_error("DICT_UPDATE target"));
                };
                if v.downcast::<dict::Dict>().is_none() {
                    return Err(
                        py.type_error(format!("'{}' object is not a mapping", py.type_name(&v)))
                    );
                }
                for (k, x) in dict::items(&v) {
                    dict::set_item(py, &d, k, x)?;
                }
            }
            Opcode::UNPACK_SEQUENCE => {
                let v = pop(py, f)?;
                if crate::vm::arith::unpack(py, f, instrs, &v, arg as usize) {
                    continue;
                }
                let items = obj::collect(py, &v).map_err(|_| {
                    py.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        py.type_name(&v)
                    ))
                })?;
                let n = arg as usize;
                if items.len() != n {
                    return Err(py.value_error(if items.len() > n {
                        format!("too many values to unpack (expected {n})")
                    } else {
                        format!(
                            "not enough values to unpack (expected {n}, got {})",
                            items.len()
                        )
                    }));
                }
                for x in items.into_iter().rev() {
                    f.push(x);
                }
            }
            Opcode::UNPACK_EX => {
                // `a, *b, c = v`: low byte counts names before the star, high byte after.
                let (before, after) = ((arg & 0xff) as usize, (arg >> 8) as usize);
                let v = pop(py, f)?;
                let mut items = obj::collect(py, &v).map_err(|_| {
                    py.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        py.type_name(&v)
                    ))
                })?;
                if items.len() < before + after {
                    return Err(py.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                for x in tail.into_iter().rev() {
                    f.push(x);
                }
                f.push(list::new(py, middle));
                for x in items.into_iter().rev() {
                    f.push(x);
                }
            }
            Opcode::BINARY_SUBSCR => {
                let k = pop(py, f)?;
                let c = pop(py, f)?;
                let r = match crate::vm::fast::getitem(py, &c, &k) {
                    Some(r) => r,
                    None => obj::getitem(py, &c, &k)?,
                };
                drop((c, k));
                crate::vm::arith::put_num(py, f, instrs, &code.consts, r, false)?;
            }
            Opcode::STORE_SUBSCR => {
                let k = pop(py, f)?;
                let c = pop(py, f)?;
                let v = pop(py, f)?;
                if let Err(v) = crate::vm::fast::setitem(py, &c, &k, v) {
                    obj::setitem(py, &c, &k, v)?;
                }
            }
            Opcode::DELETE_SUBSCR => {
                let k = pop(py, f)?;
                let c = pop(py, f)?;
                obj::delitem(py, &c, &k)?;
            }
            Opcode::GET_ITER => {
                let v = pop(py, f)?;
                if let Some(callee) = crate::vm::gen_inline::iter_frame(py, &v, pool) {
                    // `__iter__` is a generator function: called here, in this loop.
                    drop(v);
                    frames.push(callee);
                    (f, code) = innermost(py, frames)?;
                    continue;
                }
                f.push(obj::iter(py, &v)?);
            }
            Opcode::FOR_ITER => {
                // A generator runs here, on this frame stack (vm/gen_inline.rs).
                if let Some(Some(it)) = f.stack.last() {
                    if let Ok(gf) = crate::vm::gen_inline::resume(py, it, py.none()) {
                        frames.push(gf);
                        (f, code) = innermost(py, frames)?;
                        continue;
                    }
                }
                let fast = match f.stack.last() {
                    Some(Some(it)) => obj::iter::next_fast(py, it),
                    _ => None,
                };
                let next = match fast {
                    Some(next) => next,
                    None => {
                        let it = top(py, f)?.clone();
                        obj::next(py, &it)?
                    }
                };
                match next {
                    Some(x) => crate::vm::arith::put(f, instrs, &code.consts, x),
                    None => {
                        f.stack.pop();
                        f.pc += arg as usize;
                    }
                }
            }
            Opcode::LOAD_ATTR => {
                let key = interned_name(py, &code, arg)?;
                let v = pop(py, f)?;
                let x = obj::attr::load_attr_cached(py, &code.attrs, arg as usize, &v, key)?;
                f.push(x);
            }
            Opcode::LOAD_METHOD => {
                let key = interned_name(py, &code, arg)?;
                let v = pop(py, f)?;
                match obj::attr::load_method_cached(py, &code.attrs, arg as usize, &v, key)? {
                    (Some(m), me) => {
                        f.push(m);
                        f.push(me);
                    }
                    (None, attr) => {
                        crate::vm::fast::push(&mut f.stack, None);
                        f.push(attr);
                    }
                }
            }
            Opcode::STORE_ATTR => {
                let key = interned_name(py, &code, arg)?;
                let owner = pop(py, f)?;
                let value = pop(py, f)?;
                obj::attr::store_attr_cached(py, &code.attrs, arg as usize, &owner, key, value)?;
            }
            Opcode::SETUP_ANNOTATIONS => {
                // A module or class body with annotations gets `__annotations__`.
                let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                let key = py.intern("__annotations__");
                if obj::attr::ns_get(py, &ns, &key)?.is_none() {
                    obj::attr::ns_set(py, &ns, key, dict::new(py))?;
                }
            }
            Opcode::DELETE_ATTR => {
                let n = name(py, &code, arg)?;
                let owner = pop(py, f)?;
                obj::delattr(py, &owner, n)?;
            }
            Opcode::LOAD_BUILD_CLASS => {
                let b = dict::get_str(py, &f.builtins, "__build_class__")?;
                let b = b.ok_or_else(|| {
                    py.new_error(
                        &py.types.name_error,
                        "__build_class__ not found".to_string(),
                    )
                })?;
                f.push(b);
            }
            Opcode::KW_NAMES => {
                let names = code
                    .consts
                    .get(arg as usize)
                    .cloned()
                    .ok_or_else(|| py.system_error("const index"))?;
                f.kwnames = Some(names);
            }
            Opcode::CALL => {
                if f.kwnames.is_none() {
                    if let Some(callee) = crate::vm::fast::direct_frame(f, arg as usize, pool) {
                        enter(py, frames, callee)?;
                        (f, code) = innermost(py, frames)?;
                        continue;
                    }
                    if let Some(callee) = crate::vm::fast::init_frame(py, f, arg as usize, pool)? {
                        // type.__call__'s level, then the frame's own.
                        py.depth.set(py.depth.get() + 1);
                        if let Err(e) = enter(py, frames, callee) {
                            py.depth.set(py.depth.get() - 1);
                            return Err(e);
                        }
                        (f, code) = innermost(py, frames)?;
                        continue;
                    }
                }
                let kwnames = match f.kwnames.take() {
                    Some(t) => obj::collect(py, &t)?,
                    None => Vec::new(),
                };
                // The stack holds [method or NULL, self or callable, args...]:
                // the arguments are passed as a slice of it, with no vector made.
                let n = arg as usize;
                let Some(base) = f.stack.len().checked_sub(n + 2) else {
                    return Err(py.system_error("CALL: stack underflow"));
                };
                let (callable, first) = match f.stack.get(base) {
                    Some(Some(method)) => (method.clone(), base + 1),
                    _ => match f.stack.get(base + 1) {
                        Some(Some(c)) => (c.clone(), base + 2),
                        _ => return Err(py.system_error("NULL on the value stack")),
                    },
                };
                if callable.downcast::<Function>().is_some() {
                    let callee = Frame::for_call(
                        py,
                        &callable,
                        stack_values(py, &f.stack[first..])?,
                        &kwnames,
                    );
                    f.stack.truncate(base);
                    enter(py, frames, Box::new(callee?))?;
                    (f, code) = innermost(py, frames)?;
                    continue;
                }
                if first == f.stack.len() && kwnames.is_empty() && is_super(&callable) {
                    let args = zero_arg_super(py, f)?;
                    f.stack.truncate(base);
                    crate::builtins::exec::note_caller(py, &callable, f)?;
                    let _cold = crate::vm::recursion::cold_call(py, &code, &callable)?;
                    let r = obj::call(py, &callable, &args, &kwnames)?;
                    f.push(r);
                    continue;
                }
                if let Some(m) = callable.downcast::<obj::instance::Method>() {
                    if m.func.downcast::<Function>().is_some() {
                        let mut args = Vec::with_capacity(f.stack.len() - first + 1);
                        args.push(m.me.clone());
                        args.extend_from_slice(stack_values(py, &f.stack[first..])?);
                        f.stack.truncate(base);
                        let callee = Frame::for_call(py, &m.func, &args, &kwnames)?;
                        enter(py, frames, Box::new(callee))?;
                        (f, code) = innermost(py, frames)?;
                        continue;
                    }
                }
                crate::builtins::exec::note_caller(py, &callable, f)?;
                let _cold = crate::vm::recursion::cold_call(py, &code, &callable)?;
                let r = obj::call(
                    py,
                    &callable,
                    stack_values(py, &f.stack[first..])?,
                    &kwnames,
                );
                // The arguments are released when the call returns, also when it raised.
                f.stack.truncate(base);
                f.push(r?);
            }
            Opcode::CALL_FUNCTION_EX => {
                let kwargs = if arg & 1 == 1 {
                    Some(pop(py, f)?)
                } else {
                    None
                };
                let callargs = pop(py, f)?;
                let func = pop(py, f)?;
                let t = py.type_obj(&callargs);
                if t.slots.iter.is_none() && t.slots.getitem.is_none() {
                    return Err(py.type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        function_str(py, &func)?,
                        py.type_name(&callargs)
                    )));
                }
                if matches!(f.stack.last(), Some(None)) {
                    f.stack.pop();
                }
                let mut args = obj::collect(py, &callargs)?;
                let mut kwnames = Vec::new();
                if let Some(kw) = kwargs {
                    for (k, v) in dict::items(&kw) {
                        if as_str(&k).is_none() {
                            return Err(py.type_error("keywords must be strings".to_string()));
                        }
                        kwnames.push(k);
                        args.push(v);
                    }
                }
                if func.downcast::<Function>().is_some() {
                    let callee = Frame::for_call(py, &func, &args, &kwnames)?;
                    enter(py, frames, Box::new(callee))?;
                    (f, code) = innermost(py, frames)?;
                    continue;
                }
                let r = obj::call(py, &func, &args, &kwnames)?;
                f.push(r);
            }
            Opcode::MAKE_FUNCTION => {
                let code_v = pop(py, f)?;
                let closure = if arg & 0x08 != 0 {
                    obj::collect(py, &pop(py, f)?)?
                } else {
                    Vec::new()
                };
                let annotations = if arg & 0x04 != 0 {
                    Some(pop(py, f)?)
                } else {
                    None
                };
                let kwdefaults = if arg & 0x02 != 0 {
                    Some(pop(py, f)?)
                } else {
                    None
                };
                let defaults = if arg & 0x01 != 0 {
                    obj::collect(py, &pop(py, f)?)?
                } else {
                    Vec::new()
                };
                let Some(c) = code_v.downcast::<Code>() else {
                    return Err(py.system_error("MAKE_FUNCTION without code"));
                };
                let func = Function::new(
                    py,
                    code_v.clone(),
                    c.0.clone(),
                    f.globals.clone(),
                    defaults,
                    kwdefaults,
                    closure,
                    annotations,
                )?;
                f.push(py.alloc(&py.types.function, func));
            }
            Opcode::RETURN_VALUE => {
                let v = pop(py, f)?;
                let init_self = f.init_self.take();
                if !frames.has_caller() {
                    return Ok(Step::Return(v));
                }
                // Back to the calling frame, in this loop.
                let inline_gen = crate::vm::gen_inline::is_gen_code(&code);
                if let Some(done) = frames.pop() {
                    pool.recycle(py, done);
                }
                py.depth.set(py.depth.get() - 1);
                (f, code) = innermost(py, frames)?;
                if inline_gen {
                    // A generator running inline returns to its FOR_ITER or SEND.
                    crate::vm::gen_inline::returned(py, f, v)?;
                    continue;
                }
                let v = match init_self {
                    None => v,
                    // An `__init__` a class call pushed: the caller gets the instance.
                    Some(me) => {
                        py.depth.set(py.depth.get() - 1);
                        if !v.is(&py.none) {
                            return Err(py.type_error(format!(
                                "__init__() should return None, not '{}'",
                                py.type_name(&v)
                            )));
                        }
                        me
                    }
                };
                f.push(v);
                continue;
            }
            Opcode::BEFORE_WITH => {
                let cm = pop(py, f)?;
                let missing = |_| {
                    py.type_error(format!(
                        "'{}' object does not support the context manager protocol",
                        py.type_name(&cm)
                    ))
                };
                let enter = obj::getattr(py, &cm, "__enter__").map_err(missing)?;
                let exit = obj::getattr(py, &cm, "__exit__").map_err(|_| {
                    py.type_error(format!(
                        "'{}' object does not support the context manager protocol (missed __exit__ method)",
                        py.type_name(&cm)
                    ))
                })?;
                f.push(exit);
                let r = obj::call(py, &enter, &[], &[])?;
                f.push(r);
            }
            Opcode::WITH_EXCEPT_START => {
                // Stack: exit function, lasti, previous exception, exception.
                let n = f.stack.len();
                let exc = top(py, f)?.clone();
                let exit = f.stack.get(n.wrapping_sub(4)).cloned().flatten();
                let exit =
                    exit.ok_or_else(|| py.system_error("WITH_EXCEPT_START without __exit__"))?;
                let tb = obj::exception::traceback_object(py, &exc).unwrap_or_else(|| py.none());
                let r = obj::call(py, &exit, &[py.type_of(&exc), exc, tb], &[])?;
                f.push(r);
            }
            Opcode::RETURN_GENERATOR => {
                if !frames.has_caller() {
                    return Ok(Step::ReturnGenerator);
                }
                // The frame becomes the generator's; its caller, in this loop,
                // gets the generator.
                let Some(gen_frame) = frames.pop() else {
                    return Err(py.system_error("frame stack underflow"));
                };
                py.depth.set(py.depth.get() - 1);
                let g = obj::generator::new(py, gen_frame);
                (f, code) = innermost(py, frames)?;
                f.push(g);
                continue;
            }
            Opcode::ASYNC_GEN_WRAP => {
                let v = pop(py, f)?;
                f.push(obj::asyncgen::wrap(py, v));
            }
            Opcode::YIELD_VALUE => {
                let v = pop(py, f)?;
                if !frames.has_caller() {
                    return Ok(Step::Yield(v));
                }
                // A generator running inline hands `v` to its consumer.
                let Some(gf) = frames.pop() else {
                    return Err(py.system_error("frame stack underflow"));
                };
                py.depth.set(py.depth.get() - 1);
                (f, code) = innermost(py, frames)?;
                crate::vm::gen_inline::yielded(py, f, &code, gf, v)?;
                continue;
            }
            Opcode::GET_YIELD_FROM_ITER => {
                let v = pop(py, f)?;
                if v.downcast::<obj::generator::Generator>().is_some() {
                    f.push(v);
                } else if let Some(callee) = crate::vm::gen_inline::iter_frame(py, &v, pool) {
                    // `__iter__` is a generator function: called here, in this loop.
                    drop(v);
                    frames.push(callee);
                    (f, code) = innermost(py, frames)?;
                    continue;
                } else {
                    f.push(obj::iter(py, &v)?);
                }
            }
            Opcode::SEND => {
                let v = pop(py, f)?;
                // A generator or coroutine delegated to runs here (vm/gen_inline.rs).
                let v = match f.stack.last() {
                    Some(Some(r)) => match crate::vm::gen_inline::resume(py, r, v) {
                        Ok(gf) => {
                            frames.push(gf);
                            (f, code) = innermost(py, frames)?;
                            continue;
                        }
                        Err(v) => v,
                    },
                    _ => v,
                };
                let receiver = top(py, f)?.clone();
                let step = if receiver.downcast::<obj::generator::Generator>().is_some() {
                    obj::generator::send(py, &receiver, v)?
                } else if receiver.downcast::<obj::asyncgen::ASend>().is_some() {
                    obj::asyncgen::step(py, &receiver, v, None)?
                } else if v.is(&py.none) {
                    match obj::next(py, &receiver)? {
                        Some(x) => obj::generator::Sent::Yielded(x),
                        None => obj::generator::Sent::Returned(py.none()),
                    }
                } else {
                    let m = obj::getattr(py, &receiver, "send")?;
                    match obj::call(py, &m, &[v], &[]) {
                        Ok(x) => obj::generator::Sent::Yielded(x),
                        Err(e) if e.matches(py, &py.types.stop_iteration) => {
                            let r = obj::getattr(py, &e.0, "value").unwrap_or_else(|_| py.none());
                            obj::generator::Sent::Returned(r)
                        }
                        Err(e) => return Err(e),
                    }
                };
                match step {
                    obj::generator::Sent::Yielded(x) => f.push(x),
                    obj::generator::Sent::Returned(r) => {
                        f.stack.pop();
                        f.push(r);
                        f.pc += arg as usize;
                    }
                }
            }
            Opcode::FORMAT_VALUE => {
                let spec = if arg & 0x04 != 0 {
                    Some(pop(py, f)?)
                } else {
                    None
                };
                let v = pop(py, f)?;
                let converted = match arg & 0x03 {
                    // str() of an exact str is itself (lone surrogates kept).
                    1 if v.has_type(&py.types.str) => v,
                    1 => py.new_str(&obj::str(py, &v)?),
                    2 => py.new_str(&obj::repr(py, &v)?),
                    3 => py.new_str(&crate::builtins::ascii_of(&obj::repr(py, &v)?)),
                    _ => v,
                };
                let spec_text = spec.as_ref().and_then(as_str).unwrap_or("");
                if spec_text.is_empty() && as_str(&converted).is_some() {
                    f.push(converted);
                } else if crate::object::surrogates::is_marked(&converted)
                    && converted.has_type(&py.types.str)
                {
                    let s = crate::object::surrogates::format_str(py, &converted, spec_text)?;
                    f.push(s);
                } else {
                    f.push(obj::format::format_value(py, &converted, spec_text)?);
                }
            }
            Opcode::IMPORT_NAME => {
                let n = name(py, &code, arg)?;
                let fromlist = pop(py, f)?;
                let level = pop(py, f)?;
                let m = crate::import::import_name_op(py, n, f, &fromlist, &level)?;
                f.push(m);
            }
            Opcode::IMPORT_FROM => {
                let n = name(py, &code, arg)?;
                let m = top(py, f)?.clone();
                f.push(crate::import::import_from(py, &m, n)?);
            }
            Opcode::IMPORT_STAR => {
                let m = pop(py, f)?;
                let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                crate::import::import_star(py, &m, &ns)?;
            }
            Opcode::PRINT_EXPR => {
                let v = pop(py, f)?;
                crate::builtins::exec::print_expr(py, v)?;
            }
            Opcode::LOAD_ASSERTION_ERROR => f.push(py.types.assertion_error.clone()),
            Opcode::RAISE_VARARGS => {
                let err = match arg {
                    0 => match py.exc_info.borrow().clone() {
                        Some(e) => return Ok(Step::Raise(PyErr(e), false)),
                        None => py.new_error(
                            &py.types.runtime_error,
                            "No active exception to reraise".to_string(),
                        ),
                    },
                    1 => make_exception(py, pop(py, f)?)?,
                    _ => {
                        let cause = pop(py, f)?;
                        let err = make_exception(py, pop(py, f)?)?;
                        set_cause(py, &err, cause)?;
                        err
                    }
                };
                crate::object::exception::mark_raised(&err.0);
                return Err(err);
            }
            Opcode::PUSH_EXC_INFO => {
                let v = pop(py, f)?;
                let prev = py.exc_info.borrow_mut().replace(v.clone());
                f.push(prev.unwrap_or_else(|| py.none()));
                f.push(v);
            }
            Opcode::POP_EXCEPT => {
                let v = pop(py, f)?;
                let restored = if v.is(&py.none) { None } else { Some(v) };
                let old = std::mem::replace(&mut *py.exc_info.borrow_mut(), restored);
                drop(old);
            }
            Opcode::CHECK_EXC_MATCH => {
                let ty = pop(py, f)?;
                let exc = top(py, f)?.clone();
                f.push(py.bool(exception_matches(py, &exc, &ty)?));
            }
            Opcode::CHECK_EG_MATCH => {
                // `except* T`: [exc] becomes [rest, match], or [exc, None].
                let match_type = pop(py, f)?;
                let exc = top(py, f)?.clone();
                match obj::exc_group::except_star_match(py, &exc, &match_type)? {
                    None => f.push(py.none()),
                    Some((rest, matched)) => {
                        f.stack.pop();
                        f.push(rest);
                        f.push(matched.clone());
                        let old = py.exc_info.borrow_mut().replace(matched);
                        drop(old);
                    }
                }
            }
            Opcode::PREP_RERAISE_STAR => {
                let excs = pop(py, f)?;
                let orig = pop(py, f)?;
                f.push(obj::exc_group::prep_reraise_star(py, &orig, &excs)?);
            }
            Opcode::GET_LEN => {
                let n = obj::len(py, top(py, f)?)?;
                f.push(int::new_i64(py, n as i64));
            }
            Opcode::MATCH_SEQUENCE => {
                let yes = crate::vm::matching::is_sequence(py, top(py, f)?);
                f.push(py.bool(yes));
            }
            Opcode::MATCH_MAPPING => {
                let yes = crate::vm::matching::is_mapping(py, top(py, f)?);
                f.push(py.bool(yes));
            }
            Opcode::MATCH_KEYS => {
                let n = f.stack.len();
                let (Some(Some(subject)), Some(Some(keys))) = (
                    f.stack.get(n.wrapping_sub(2)),
                    f.stack.get(n.wrapping_sub(1)),
                ) else {
                    return Err(py.system_error("MATCH_KEYS"));
                };
                let r = crate::vm::matching::match_keys(py, subject, keys)?;
                f.push(r.unwrap_or_else(|| py.none()));
            }
            Opcode::MATCH_CLASS => {
                let names = pop(py, f)?;
                let cls = pop(py, f)?;
                let subject = pop(py, f)?;
                let r = crate::vm::matching::match_class(py, &subject, &cls, arg as usize, &names)?;
                f.push(r.unwrap_or_else(|| py.none()));
            }
            Opcode::RERAISE => {
                // With an argument, CPython also restores the frame's f_lasti
                // from the stack; that only changes the frame's line, which our
                // traceback already recorded when the exception was first raised.
                // The handler lookup uses this instruction, as CPython's.
                let exc = pop(py, f)?;
                return Ok(Step::Raise(PyErr(exc), false));
            }
            Opcode::BEFORE_ASYNC_WITH => {
                let cm = pop(py, f)?;
                let (exit, r) = obj::coroutine::before_async_with(py, &cm)?;
                f.push(exit);
                f.push(r);
            }
            Opcode::GET_AITER => {
                let x = pop(py, f)?;
                f.push(obj::coroutine::get_aiter(py, &x)?);
            }
            Opcode::GET_ANEXT => {
                let aiter = top(py, f)?.clone();
                f.push(obj::coroutine::get_anext(py, &aiter)?);
            }
            Opcode::END_ASYNC_FOR => {
                let exc = pop(py, f)?;
                if !obj::coroutine::ends_async_for(py, &exc) {
                    return Ok(Step::Raise(PyErr(exc), false));
                }
                pop(py, f)?;
            }
            Opcode::GET_AWAITABLE => {
                let v = pop(py, f)?;
                f.push(obj::coroutine::get_awaitable(py, &v)?);
            }
            _ => {
                return Err(
                    py.system_error(&format!("instruction {} is not supported yet", op.name()))
                );
            }
        }
    }
}

/// The innermost frame and its code, which `run` switches to on calls and
/// returns. The reference is the loop's only way to the frame until the
/// next switch; its own pointer goes back into the stack, so the frame
/// registry reaches the frame through it (see `FrameStack`).
#[inline]
fn innermost<'a>(py: Py<'_>, frames: &'a FrameStack) -> PyResult<(&'a mut Frame, Rc<CodeData>)> {
    let Some(p) = frames.last() else {
        return Err(py.system_error("frame stack underflow"));
    };
    // SAFETY: the frame is owned by `frames` and stays there until `run`
    // pops it, after which `run` takes a new reference from here. Nothing
    // else holds a reference to it: other readers go through the pointer
    // stored below, which is this reference's.
    let f = unsafe { &mut *p.as_ptr() };
    let own: *mut Frame = f;
    // SAFETY: `own` comes from a reference, so it is not null.
    frames.set_last(unsafe { NonNull::new_unchecked(own) });
    let code = f.code.clone();
    Ok((f, code))
}

/// How call errors name a callable: `module.qualname()` (CPython's
/// `_PyObject_FunctionStr`).
fn function_str(py: Py<'_>, func: &Value) -> PyResult<String> {
    let Ok(q) = obj::getattr(py, func, "__qualname__") else {
        return obj::str(py, func);
    };
    let q = obj::str(py, &q)?;
    match obj::getattr(py, func, "__module__") {
        Ok(m) if !m.is(&py.none) && as_str(&m) != Some("builtins") => {
            Ok(format!("{}.{q}()", obj::str(py, &m)?))
        }
        _ => Ok(format!("{q}()")),
    }
}

/// The items of a mapping for `**m`: a dict's, or `keys()` and `m[k]` of
/// another object; `None` when `m` is not a mapping.
fn mapping_items(py: Py<'_>, m: &Value) -> PyResult<Option<Vec<(Value, Value)>>> {
    if m.downcast::<dict::Dict>().is_some() {
        return Ok(Some(dict::items(m)));
    }
    let Ok(keys) = obj::getattr(py, m, "keys") else {
        return Ok(None);
    };
    let keys = obj::call(py, &keys, &[], &[])?;
    let mut out = Vec::new();
    for k in obj::collect(py, &keys)? {
        let v = obj::getitem(py, m, &k)?;
        out.push((k, v));
    }
    Ok(Some(out))
}

/// Whether `v` is the builtin `super`.
fn is_super(v: &Value) -> bool {
    v.downcast::<obj::function::Builtin>()
        .is_some_and(|b| b.name == "super" && b.bound.is_none())
        || v.downcast::<obj::typeobj::TypeObject>()
            .is_some_and(|t| !t.heap && t.name == "super")
}

/// `super()` in a method: the class from the `__class__` cell and the
/// method's first argument, as CPython's `super_init_without_args`.
fn zero_arg_super(py: Py<'_>, f: &Frame) -> PyResult<Vec<Value>> {
    let no_class = || {
        py.new_error(
            &py.types.runtime_error,
            "super(): __class__ cell not found".to_string(),
        )
    };
    let co = &f.code.code;
    // As CPython, a function without arguments is reported first.
    if co.argcount == 0 && !co.freevars.iter().any(|n| n == "__class__") {
        return Err(py.new_error(&py.types.runtime_error, "super(): no arguments".to_string()));
    }
    let i = co
        .freevars
        .iter()
        .position(|n| n == "__class__")
        .ok_or_else(no_class)?;
    let cell = f.cells.get(co.cellvars.len() + i).ok_or_else(no_class)?;
    let cls = cell
        .downcast::<cell::Cell>()
        .and_then(|c| c.0.borrow().clone());
    let cls = cls.ok_or_else(|| {
        py.new_error(
            &py.types.runtime_error,
            "super(): empty __class__ cell".to_string(),
        )
    })?;
    if co.argcount == 0 {
        return Err(py.new_error(&py.types.runtime_error, "super(): no arguments".to_string()));
    }
    // The first argument, or its cell when a closure captured it.
    let first = match f.fast.first().cloned().flatten() {
        Some(v) => v,
        None => co
            .cellvars
            .iter()
            .position(|c| Some(c) == co.varnames.first())
            .and_then(|k| f.cells.get(k))
            .and_then(|c| {
                c.downcast::<cell::Cell>()
                    .and_then(|c| c.0.borrow().clone())
            })
            .ok_or_else(|| {
                py.new_error(
                    &py.types.runtime_error,
                    "super(): arg[0] deleted".to_string(),
                )
            })?,
    };
    Ok(vec![cls, first])
}

/// When the instruction at `pc` is a conditional jump on a truth value (no
/// EXTENDED_ARG): the truth that makes it jump, and its target.
#[inline]
fn fused_jump(py: Py<'_>, instrs: &[Instr], pc: usize) -> PyResult<Option<(bool, usize)>> {
    let Some(&Instr { op: Some(op), arg }) = instrs.get(pc) else {
        return Ok(None);
    };
    let when = match op {
        Opcode::POP_JUMP_FORWARD_IF_FALSE
        | Opcode::POP_JUMP_BACKWARD_IF_FALSE
        | Opcode::POP_JUMP_IF_FALSE => false,
        Opcode::POP_JUMP_FORWARD_IF_TRUE
        | Opcode::POP_JUMP_BACKWARD_IF_TRUE
        | Opcode::POP_JUMP_IF_TRUE => true,
        _ => return Ok(None),
    };
    // The jump is relative to the instruction after it.
    Ok(Some((when, jump_target(py, op, pc + 1, arg)?)))
}

fn back(py: Py<'_>, pc: usize, arg: u32) -> PyResult<usize> {
    pc.checked_sub(arg as usize)
        .ok_or_else(|| py.system_error("jump before the start of the code"))
}

/// The target of a conditional jump: relative forward/backward, or absolute.
fn jump_target(py: Py<'_>, op: Opcode, pc: usize, arg: u32) -> PyResult<usize> {
    match op {
        Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => Ok(arg as usize),
        Opcode::POP_JUMP_BACKWARD_IF_FALSE
        | Opcode::POP_JUMP_BACKWARD_IF_TRUE
        | Opcode::POP_JUMP_BACKWARD_IF_NONE
        | Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE => back(py, pc, arg),
        _ => Ok(pc + arg as usize),
    }
}

/// What `raise x` raises: an exception instance, or an instance made by
/// calling an exception class.
fn make_exception(py: Py<'_>, v: Value) -> PyResult<PyErr> {
    if v.downcast::<ExceptionData>().is_some() {
        return Ok(PyErr(v));
    }
    if v.downcast::<TypeObject>().is_some() && is_subtype(&v, &py.types.base_exception) {
        let e = obj::call(py, &v, &[], &[])?;
        if e.downcast::<ExceptionData>().is_some() {
            return Ok(PyErr(e));
        }
    }
    Err(py.type_error("exceptions must derive from BaseException".to_string()))
}

/// `raise e from cause`: `cause` is an exception (or class), or None.
fn set_cause(py: Py<'_>, err: &PyErr, cause: Value) -> PyResult<()> {
    let cause = if cause.is(&py.none) {
        None
    } else {
        Some(
            make_exception(py, cause)
                .map_err(|_| {
                    py.type_error("exception causes must derive from BaseException".to_string())
                })?
                .0,
        )
    };
    if let Some(e) = err.0.downcast::<ExceptionData>() {
        *e.cause.borrow_mut() = cause;
        e.suppress_context.set(true);
    }
    Ok(())
}

/// `except T:` — `T` is an exception class or a tuple of them.
fn exception_matches(py: Py<'_>, exc: &Value, ty: &Value) -> PyResult<bool> {
    let types = if ty.downcast::<tuple::Tuple>().is_some() {
        obj::collect(py, ty)?
    } else {
        vec![ty.clone()]
    };
    for t in &types {
        if t.downcast::<TypeObject>().is_none() || !is_subtype(t, &py.types.base_exception) {
            return Err(py.type_error(
                "catching classes that do not inherit from BaseException is not allowed"
                    .to_string(),
            ));
        }
        if obj::isinstance(py, exc, t) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// LIST_EXTEND's error for `[*x]` when `x` is not iterable, as CPython's.
#[cold]
fn star_error(py: Py<'_>, v: &Value, e: obj::PyErr) -> obj::PyErr {
    let t = py.type_obj(v);
    if e.matches(py, &py.types.type_error) && t.slots.iter.is_none() && t.slots.getitem.is_none() {
        return py.type_error(format!(
            "Value after * must be an iterable, not {}",
            py.type_name(v)
        ));
    }
    e
}
