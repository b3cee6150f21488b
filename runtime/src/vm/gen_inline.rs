//! Generators resumed inside the evaluation loop. FOR_ITER over a generator
//! and SEND to a generator or coroutine (`yield from`, `await`) push the
//! generator's suspended frame on the running frame stack, as a call does,
//! instead of resuming it through a nested run. The consumer frame stays
//! at its FOR_ITER or SEND (its `lasti`) with the generator on top of its
//! stack; whichever way the generator's frame stops, the consumer's
//! instruction is finished from there:
//! - YIELD_VALUE: the frame goes back into the generator and the consumer
//!   gets the value (FOR_ITER stores it like its own result, SEND pushes it);
//! - RETURN_VALUE: the generator is finished; FOR_ITER pops it and jumps
//!   past the loop (no StopIteration is made), SEND replaces it with the
//!   returned value and jumps;
//! - an exception: the unwinder pops the frame, a StopIteration turns into
//!   RuntimeError (PEP 479) and the exception continues in the consumer,
//!   whose traceback entry is added as for any call.
//!
//! A generator frame above another frame of the same stack is always an
//! inline one: RETURN_GENERATOR takes a generator function's frame off the
//! stack before it runs its body, and native resumptions run the frame as
//! the base of a run of its own.

use crate::compile::code::flags;
use crate::compile::opcode::Opcode;
use crate::object::code::{CodeData, Instr};
use crate::object::function::Function;
use crate::object::generator;
use crate::object::{PyErr, PyResult};
use crate::value::Value;
use crate::vm::fast::FramePool;
use crate::vm::frame::Frame;
use crate::vm::Py;

/// The code flags of frames that may run inline.
const INLINE_CODE: u32 = flags::GENERATOR | flags::COROUTINE;

/// The suspended frame of `it` ready to run inline with `sent`, or `sent`
/// back when `it` must be resumed the general way.
#[inline]
pub fn resume(py: Py<'_>, it: &Value, sent: Value) -> Result<Box<Frame>, Value> {
    generator::enter_inline(py, it, sent)
}

/// Whether `code` is a generator's or coroutine's (a frame that runs
/// inline when it has a caller in its stack).
#[inline(always)]
pub fn is_gen_code(code: &CodeData) -> bool {
    code.code.flags & INLINE_CODE != 0
}

/// The consumer's instruction (FOR_ITER or SEND) and its argument.
fn consumer_instr(py: Py<'_>, consumer: &Frame) -> PyResult<(Opcode, u32)> {
    match consumer.code.instrs.get(consumer.lasti) {
        Some(&Instr {
            op: Some(op @ (Opcode::FOR_ITER | Opcode::SEND)),
            arg,
        }) => Ok((op, arg)),
        _ => Err(py.system_error("generator frame resumed by neither FOR_ITER nor SEND")),
    }
}

/// The generator on top of the consumer's stack.
fn consumer_gen(py: Py<'_>, consumer: &Frame) -> PyResult<Value> {
    match consumer.stack.last() {
        Some(Some(g)) => Ok(g.clone()),
        _ => Err(py.system_error("inline generator missing from its consumer's stack")),
    }
}

/// YIELD_VALUE in an inline frame `gf`, already popped (and its level
/// released): the frame goes back to its generator and the consumer's
/// FOR_ITER or SEND finishes with `v`.
pub fn yielded(
    py: Py<'_>,
    consumer: &mut Frame,
    code: &CodeData,
    gf: Box<Frame>,
    v: Value,
) -> PyResult<()> {
    let gen = consumer_gen(py, consumer)?;
    generator::leave_inline(py, &gen, Some(gf));
    drop(gen);
    match consumer_instr(py, consumer)?.0 {
        Opcode::FOR_ITER => crate::vm::arith::put(consumer, &code.instrs, &code.consts, v),
        _ => consumer.push(v),
    }
    Ok(())
}

/// RETURN_VALUE of `v` in an inline frame, already popped (and its level
/// released): the generator is finished; the consumer leaves its loop
/// (FOR_ITER) or gets `v` as the `yield from`'s value (SEND).
pub fn returned(py: Py<'_>, consumer: &mut Frame, v: Value) -> PyResult<()> {
    let (op, arg) = consumer_instr(py, consumer)?;
    let gen = consumer_gen(py, consumer)?;
    generator::leave_inline(py, &gen, None);
    // The generator is released after the consumer's state is right: its
    // release can run Python code.
    let popped = consumer.stack.pop();
    if op == Opcode::SEND {
        consumer.push(v);
    } else {
        drop(v);
    }
    consumer.pc += arg as usize;
    drop(popped);
    drop(gen);
    Ok(())
}

/// Whether `popped`, just unwound off a stack whose innermost frame is now
/// `consumer`, was a generator frame running inline.
pub fn was_inline(popped: &Frame, consumer: &Frame) -> bool {
    is_gen_code(&popped.code)
        && matches!(
            consumer.code.instrs.get(consumer.lasti),
            Some(Instr {
                op: Some(Opcode::FOR_ITER | Opcode::SEND),
                ..
            })
        )
        && matches!(consumer.stack.last(), Some(Some(g)) if generator::is_running_inline(g))
}

/// An exception left an inline generator frame (popped by the unwinder):
/// the generator is finished and the exception continues in the consumer,
/// chained to what the consumer handles, as a native resumption's error
/// would be.
pub fn unwound(py: Py<'_>, consumer: &Frame, err: PyErr) -> PyErr {
    let Some(Some(gen)) = consumer.stack.last() else {
        return err;
    };
    let gen = gen.clone();
    generator::leave_inline(py, &gen, None);
    let err = generator::escaped(py, &gen, err);
    crate::object::exception::set_context(py, &err.0);
    err
}

/// GET_ITER or GET_YIELD_FROM_ITER of an instance whose class defines `__iter__` as a
/// plain generator function (a tree walked by `yield from child`): the
/// frame of that call, which the caller pushes as a CALL would, so that
/// its RETURN_GENERATOR hands the generator over in the same loop instead
/// of a nested run. `None` (nothing done) for every other case, which
/// `obj::iter` handles.
pub fn iter_frame(py: Py<'_>, v: &Value, pool: &FramePool) -> Option<Box<Frame>> {
    let t = py.type_obj(v);
    if !t.heap {
        return None;
    }
    let d = crate::vm::cache::type_lookup_heap_interned(py, t, &py.names.iter)?;
    let fdata = d.downcast::<Function>()?;
    let kind =
        fdata.code.code.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR);
    if kind != flags::GENERATOR {
        return None;
    }
    let depth = py.depth.get();
    if depth >= py.recursion_limit.get() {
        return None;
    }
    let frame = crate::vm::fast::call_frame(pool, &d, Some(v), &[])?;
    py.depth.set(depth + 1);
    Some(frame)
}
