//! Fast paths of the evaluation loop for the common cases of exact ints and
//! floats: the result CPython would compute, without slot dispatch. Each
//! returns `None` when the case is not a plain one (overflow into big ints,
//! division by zero, subclasses, other types), and the caller then takes the
//! general path, which also raises the right errors.

use std::cell::RefCell;
use std::rc::Rc;

use crate::ast::{Cmpop, Operator};
use crate::compile::code::flags;
use crate::compile::opcode::Opcode;
use crate::object::code::Instr;
use crate::object::float::{self, Float};
use crate::object::function::Function;
use crate::object::instance::{Instance, Method};
use crate::object::list::List;
use crate::object::tuple::Tuple;
use crate::object::typeobj::TypeObject;
use crate::object::PyResult;
use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::Py;

/// Pushes onto a frame's value stack. `Vec::push` stays out of line in the
/// large evaluation loop; this is the in-capacity case inline (frames
/// reserve the compiler's stacksize), with `Vec::push` for the rest.
#[inline(always)]
pub fn push(stack: &mut Vec<Option<Value>>, v: Option<Value>) {
    let len = stack.len();
    if len < stack.capacity() {
        // SAFETY: `len < capacity`, so slot `len` is allocated and holds no
        // value; it is written before the length grows over it.
        unsafe {
            stack.as_mut_ptr().add(len).write(v);
            stack.set_len(len + 1);
        }
    } else {
        push_slow(stack, v);
    }
}

#[cold]
#[inline(never)]
fn push_slow(stack: &mut Vec<Option<Value>>, v: Option<Value>) {
    stack.push(v);
}

/// Runs the instruction at `f.pc` when it is a LOAD_FAST of a bound local
/// or a LOAD_CONST (nothing to fail, nothing freed), as the evaluation loop
/// would; otherwise leaves it to the loop.
#[inline(always)]
pub fn load_next(f: &mut Frame, instrs: &[Instr], consts: &[Value]) {
    let pc = f.pc;
    let v = match instrs.get(pc) {
        Some(&Instr {
            op: Some(Opcode::LOAD_FAST),
            arg,
        }) => f.fast.get(arg as usize).cloned().flatten(),
        Some(&Instr {
            op: Some(Opcode::LOAD_CONST),
            arg,
        }) => consts.get(arg as usize).cloned(),
        _ => None,
    };
    if let Some(v) = v {
        f.lasti = pc;
        f.pc = pc + 1;
        push(&mut f.stack, Some(v));
    }
}

/// Floats whose magnitude is below this convert to and from ints exactly.
const EXACT_F64: i64 = 1 << 53;

/// `a <op> b` for two small ints, when the result is an int (or a float for
/// `/`) computed without big-int arithmetic.
#[inline]
pub fn int_binop(py: Py<'_>, a: i64, b: i64, op: Operator) -> Option<Value> {
    let r = match op {
        Operator::Add => a.checked_add(b)?,
        Operator::Sub => a.checked_sub(b)?,
        Operator::Mult => a.checked_mul(b)?,
        Operator::FloorDiv => floor_div(a, b)?,
        Operator::Mod => floor_mod(a, b)?,
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        // Small ints have 63 bits, so a shift by 63 or more leaves the sign.
        Operator::RShift if b >= 0 => a >> b.min(63),
        Operator::LShift if (0..63).contains(&b) => {
            let r = a << b;
            if r >> b != a {
                return None;
            }
            r
        }
        Operator::Div if b != 0 && a.abs() < EXACT_F64 && b.abs() < EXACT_F64 => {
            // Both convert exactly, so one IEEE division is correctly rounded.
            return Some(float::new(py, a as f64 / b as f64));
        }
        _ => return None,
    };
    Value::from_int(r)
}

/// Python's `//` (rounds towards minus infinity); `None` for a zero divisor.
#[inline]
fn floor_div(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// Python's `%` (the sign of the divisor); `None` for a zero divisor.
#[inline]
fn floor_mod(a: i64, b: i64) -> Option<i64> {
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// The value of an exact float, or of a small int that converts exactly.
#[inline]
fn exact_f64(py: Py<'_>, v: &Value) -> Option<f64> {
    if let Some(i) = v.as_int() {
        return (i.abs() < EXACT_F64).then_some(i as f64);
    }
    if v.has_type(&py.types.float) {
        return v.downcast::<Float>().map(|f| f.0);
    }
    None
}

/// `a <op> b` where one side is an exact float and the other a float or a
/// small int: `+ - *` and `/` by a non-zero number.
#[inline]
pub fn float_binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> Option<Value> {
    let x = exact_f64(py, a)?;
    let y = exact_f64(py, b)?;
    let r = match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => x * y,
        Operator::Div if y != 0.0 => x / y,
        _ => return None,
    };
    Some(float::new(py, r))
}

/// BINARY_OP on two small ints, or floats mixed with small ints.
#[inline]
pub fn binop(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> Option<Value> {
    match (a.as_int(), b.as_int()) {
        (Some(x), Some(y)) => int_binop(py, x, y, op),
        _ => float_binop(py, a, b, op),
    }
}

/// COMPARE_OP's ordering and equality on two small ints or two exact floats.
#[inline]
pub fn compare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
        return cmp(x, y, op);
    }
    if a.has_type(&py.types.float) && b.has_type(&py.types.float) {
        let (x, y) = (a.downcast::<Float>()?.0, b.downcast::<Float>()?.0);
        return cmp(x, y, op);
    }
    None
}

#[inline]
fn cmp<T: PartialOrd>(x: T, y: T, op: Cmpop) -> Option<bool> {
    Some(match op {
        Cmpop::Eq => x == y,
        Cmpop::NotEq => x != y,
        Cmpop::Lt => x < y,
        Cmpop::LtE => x <= y,
        Cmpop::Gt => x > y,
        Cmpop::GtE => x >= y,
        _ => return None,
    })
}

/// The truth of True, False, None, small ints and exact floats, without
/// the `__bool__`/`__len__` slots.
#[inline]
pub fn truthy(py: Py<'_>, v: &Value) -> Option<bool> {
    if let Some(i) = v.as_int() {
        return Some(i != 0);
    }
    if v.is(&py.true_) {
        return Some(true);
    }
    if v.is(&py.false_) || v.is(&py.none) {
        return Some(false);
    }
    None
}

/// `i` as an index into a sequence of `len` items (negative from the end).
#[inline]
fn seq_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i.checked_add(len as i64)? } else { i };
    usize::try_from(i).ok().filter(|&i| i < len)
}

/// BINARY_SUBSCR of an exact list or tuple by a small int in range; errors
/// and every other case take the general path.
#[inline]
pub fn getitem(py: Py<'_>, c: &Value, k: &Value) -> Option<Value> {
    let i = k.as_int()?;
    if c.has_type(&py.types.list) {
        let items = c.downcast::<List>()?.0.borrow();
        return items.get(seq_index(i, items.len())?).cloned();
    }
    if c.has_type(&py.types.tuple) {
        let items = &c.downcast::<Tuple>()?.0;
        return items.get(seq_index(i, items.len())?).cloned();
    }
    None
}

/// STORE_SUBSCR into an exact list at a small int in range: the value is
/// stored and `Ok`; otherwise the value is handed back for the general path.
#[inline]
pub fn setitem(py: Py<'_>, c: &Value, k: &Value, v: Value) -> Result<(), Value> {
    let (Some(i), true) = (k.as_int(), c.has_type(&py.types.list)) else {
        return Err(v);
    };
    let Some(l) = c.downcast::<List>() else {
        return Err(v);
    };
    // The old item is dropped after the borrow ends: its __del__ may touch the list.
    let old = {
        let Ok(mut items) = l.0.try_borrow_mut() else {
            return Err(v);
        };
        let Some(at) = seq_index(i, items.len()) else {
            return Err(v);
        };
        std::mem::replace(&mut items[at], v)
    };
    drop(old);
    Ok(())
}

/// The callee of a CALL with `nargs` positional arguments on the caller's
/// stack: the function (the method's function for a bound method), and the
/// bound receiver when there is one, and the stack index of the first argument.
fn callee(stack: &[Option<Value>], nargs: usize) -> Option<(&Value, Option<&Value>, usize)> {
    let base = stack.len().checked_sub(nargs + 2)?;
    match stack.get(base)? {
        // LOAD_METHOD found a method: [function, self, args...].
        Some(m) => Some((m, None, base + 1)),
        None => {
            let callable = stack.get(base + 1)?.as_ref()?;
            match callable.downcast::<Method>() {
                Some(m) => Some((&m.func, Some(&m.me), base + 2)),
                None => Some((callable, None, base + 2)),
            }
        }
    }
}

/// Whether `fdata` binds `given` positional arguments (and no keywords)
/// without the general binding: plain positional parameters, given or
/// defaulted, no cells of its own.
#[inline]
fn simple_params(fdata: &Function, given: usize) -> bool {
    let co = &fdata.code.code;
    let argcount = co.argcount as usize;
    co.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
        && co.kwonlyargcount == 0
        && co.cellvars.is_empty()
        && given <= argcount
        && given + fdata.defaults.len() >= argcount
        && co.varnames.len() >= argcount
        // Assigned `__defaults__` replace the ones `pooled_frame` reads.
        && (given == argcount || fdata.overrides.borrow().is_empty())
}

/// Frames of finished calls, kept with the room of their vectors, so that a
/// call allocates neither its frame nor its value stack and locals. One per
/// interpreter (`Interpreter::frame_pool`), shared by nested evaluation
/// loops: a dunder or generator run from Rust takes its frame here too.
#[derive(Default)]
pub struct FramePool {
    spare: RefCell<Vec<Box<Frame>>>,
}

/// Frames kept at most; deeper recursions allocate as usual.
const POOL_SIZE: usize = 64;
/// Frames whose vectors grew past this many values are freed, not kept.
const POOL_ROOM: usize = 256;

impl FramePool {
    /// Keeps a frame that has finished. Its values are released now, as if
    /// it were freed; the vectors' room, the code and the globals and
    /// builtins stay (the next call of the same function finds them in
    /// place; `clear` lets them go at the end). Releasing values can run
    /// `__del__` (Python code, which uses the pool), so no borrow is held
    /// meanwhile.
    #[inline]
    pub fn recycle(&self, py: Py<'_>, mut done: Box<Frame>) {
        if done.frame_obj.is_some() {
            crate::object::frameobj::frame_ended(py, &mut done);
        }
        let big = done.stack.capacity().max(done.fast.capacity()) > POOL_ROOM;
        if big
            || self
                .spare
                .try_borrow()
                .map_or(true, |s| s.len() >= POOL_SIZE)
        {
            return;
        }
        done.stack.clear();
        done.fast.clear();
        if !done.cells.is_empty() {
            done.cells.clear();
        }
        if done.locals.is_some() {
            done.locals = None;
        }
        if done.kwnames.is_some() {
            done.kwnames = None;
        }
        if done.init_self.is_some() {
            done.init_self = None;
        }
        if let Ok(mut spare) = self.spare.try_borrow_mut() {
            spare.push(done);
        }
    }

    #[inline]
    fn take(&self) -> Option<Box<Frame>> {
        self.spare.try_borrow_mut().ok()?.pop()
    }

    /// Frees the kept frames (and the code they still point to): the
    /// outermost loop does this when it ends, so nothing outlives the program.
    pub fn clear(&self) {
        let spare = self
            .spare
            .try_borrow_mut()
            .map(|mut s| std::mem::take(&mut *s));
        drop(spare);
    }
}

/// A frame for a call of `fdata` that [`simple_params`] accepted: from the
/// pool when one is spare, its locals the receiver `me` (when given), then
/// `args`, then defaults, then unbound.
#[inline]
fn pooled_frame(
    pool: &FramePool,
    fdata: &Function,
    me: Option<Value>,
    args: impl Iterator<Item = Option<Value>>,
) -> Option<Box<Frame>> {
    let co = &fdata.code.code;
    let argcount = co.argcount as usize;
    let nlocals = co.varnames.len();
    let mut frame = match pool.take() {
        Some(mut frame) => {
            // A recycled frame keeps its code and namespaces: a function
            // called again (the common case) takes its frame back as it was.
            if !Rc::ptr_eq(&frame.code, &fdata.code) {
                frame.code = fdata.code.clone();
            }
            frame.pc = 0;
            frame.lasti = 0;
            if !frame.globals.is(&fdata.globals) {
                frame.globals = fdata.globals.clone();
            }
            if !frame.builtins.is(&fdata.builtins) {
                frame.builtins = fdata.builtins.clone();
            }
            frame
        }
        // Every field is named (no `..`): a field added to Frame must be set here too.
        None => Box::new(Frame {
            code: fdata.code.clone(),
            pc: 0,
            lasti: 0,
            stack: Vec::new(),
            fast: Vec::new(),
            cells: Vec::new(),
            globals: fdata.globals.clone(),
            builtins: fdata.builtins.clone(),
            locals: None,
            kwnames: None,
            init_self: None,
            frame_obj: None,
        }),
    };
    let fast = &mut frame.fast;
    fast.reserve(nlocals);
    if let Some(me) = me {
        push(fast, Some(me));
    }
    for a in args {
        push(fast, a);
    }
    if fast.len() < argcount {
        let first_default = argcount.checked_sub(fdata.defaults.len())?;
        for i in fast.len()..argcount {
            push(
                fast,
                fdata.defaults.get(i.checked_sub(first_default)?).cloned(),
            );
        }
    }
    while fast.len() < nlocals {
        push(fast, None);
    }
    frame.stack.reserve(co.stacksize as usize);
    if !fdata.closure.is_empty() {
        frame.cells.extend(fdata.closure.iter().cloned());
    }
    Some(frame)
}

/// The frame for calling Python function `func` from Rust with `me` (a
/// bound method's receiver) and `args` and no keywords, when its parameters
/// take them plainly (see [`simple_params`]); `None` for the general binding.
#[inline]
pub fn call_frame(
    pool: &FramePool,
    func: &Value,
    me: Option<&Value>,
    args: &[Value],
) -> Option<Box<Frame>> {
    let fdata = func.downcast::<Function>()?;
    if !simple_params(fdata, args.len() + me.is_some() as usize) {
        return None;
    }
    pooled_frame(
        pool,
        fdata,
        me.cloned(),
        args.iter().map(|a| Some(a.clone())),
    )
}

/// The frame of a CALL with `nargs` positional arguments (and no keywords)
/// when the callee is a Python function (plain, or bound as a method) whose
/// parameters take them plainly (see [`simple_params`]): the arguments move
/// from the caller's stack (no argument vector, no keyword matching) and the
/// callable and NULL/method slots below them are popped too. `None`, with
/// nothing changed, for every other call.
#[inline]
pub fn direct_frame(caller: &mut Frame, nargs: usize, pool: &FramePool) -> Option<Box<Frame>> {
    let (func, me, first) = callee(&caller.stack, nargs)?;
    let fdata = func.downcast::<Function>()?;
    if !simple_params(fdata, caller.stack.len() - first + me.is_some() as usize) {
        return None;
    }
    let base = caller.stack.len().checked_sub(nargs + 2)?;
    let me = me.cloned();
    let func = func.clone();
    let fdata = func.downcast::<Function>()?;
    let args = caller.stack.get_mut(first..)?.iter_mut().map(Option::take);
    let frame = pooled_frame(pool, fdata, me, args);
    caller.stack.truncate(base);
    frame
}

/// The frame of `__init__` for CALL of a class with `nargs` positional
/// arguments, when the call needs nothing but the instance and that frame:
/// the class is defined in Python over `object`, its metaclass is `type`,
/// it has no `__new__` of its own and its `__init__` is a plain Python
/// function taking the arguments as [`direct_frame`] does. The instance is
/// made here (as `object.__new__` would); the caller's arguments move into
/// the frame, which is marked with the instance (see `Frame::init_self`).
/// `None` (nothing done) for every other case. The caller counts
/// type.__call__'s recursion level; this checks it first, as CPython does.
pub fn init_frame(
    py: Py<'_>,
    caller: &mut Frame,
    nargs: usize,
    pool: &FramePool,
) -> PyResult<Option<Box<Frame>>> {
    let Some(base) = caller.stack.len().checked_sub(nargs + 2) else {
        return Ok(None);
    };
    let (Some(None), Some(Some(cls))) = (caller.stack.get(base), caller.stack.get(base + 1)) else {
        return Ok(None);
    };
    if !cls.has_type(&py.types.type_) {
        return Ok(None);
    }
    let Some(t) = cls.downcast::<TypeObject>() else {
        return Ok(None);
    };
    if !t.heap || t.payload_id != std::any::TypeId::of::<Instance>() {
        return Ok(None);
    }
    if crate::vm::cache::type_lookup_heap(py, t, "__new__").is_some() {
        return Ok(None);
    }
    let Some(init) = crate::vm::cache::type_lookup_heap(py, t, "__init__") else {
        return Ok(None);
    };
    if !init.has_type(&py.types.function) {
        return Ok(None);
    }
    let Some(fdata) = init.downcast::<Function>() else {
        return Ok(None);
    };
    let not_plain = flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR;
    if fdata.code.code.flags & not_plain != 0 || !simple_params(fdata, nargs + 1) {
        return Ok(None);
    }
    if py.depth.get() >= py.recursion_limit.get() {
        return Err(crate::vm::recursion::error(
            py,
            " while calling a Python object",
        ));
    }
    let cls = cls.clone();
    let made = crate::object::heaptype::default_new(py, &cls, &[], &[])?;
    let Some(args) = caller.stack.get_mut(base + 2..) else {
        return Ok(None);
    };
    let args = args.iter_mut().map(Option::take);
    let Some(mut frame) = pooled_frame(pool, fdata, Some(made.clone()), args) else {
        return Err(py.system_error("CALL: __init__ frame refused"));
    };
    frame.init_self = Some(made);
    caller.stack.truncate(base);
    Ok(Some(frame))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo_round_like_python() {
        for (a, b, q, r) in [
            (7, 2, 3, 1),
            (-7, 2, -4, 1),
            (7, -2, -4, -1),
            (-7, -2, 3, -1),
            (6, 3, 2, 0),
            (-6, 3, -2, 0),
        ] {
            assert_eq!(floor_div(a, b), Some(q), "{a} // {b}");
            assert_eq!(floor_mod(a, b), Some(r), "{a} % {b}");
        }
        assert_eq!(floor_div(1, 0), None);
        assert_eq!(floor_mod(1, 0), None);
    }

    #[test]
    fn sequence_indexes_wrap_once_and_stay_in_range() {
        assert_eq!(seq_index(0, 3), Some(0));
        assert_eq!(seq_index(-1, 3), Some(2));
        assert_eq!(seq_index(-3, 3), Some(0));
        assert_eq!(seq_index(-4, 3), None);
        assert_eq!(seq_index(3, 3), None);
        assert_eq!(seq_index(i64::MIN, 3), None);
        assert_eq!(seq_index(0, 0), None);
    }

    #[test]
    fn int_results_that_leave_small_ints_fall_back() {
        let interp = crate::vm::Interpreter::new();
        let py = interp.py();
        let max = crate::value::SMALL_INT_MAX;
        assert!(int_binop(py, max, 1, Operator::Add).is_none());
        assert!(int_binop(py, max, 2, Operator::Mult).is_none());
        assert!(int_binop(py, 1, 62, Operator::LShift).is_none());
        assert_eq!(
            int_binop(py, 1, 61, Operator::LShift).and_then(|v| v.as_int()),
            Some(1 << 61)
        );
        assert_eq!(
            int_binop(py, -5, 100, Operator::RShift).and_then(|v| v.as_int()),
            Some(-1)
        );
        assert!(int_binop(py, 1, -1, Operator::LShift).is_none());
        assert!(int_binop(py, 2, 3, Operator::Pow).is_none());
    }
}
