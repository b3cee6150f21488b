//! More fast paths of the evaluation loop for numbers and sequences, and the
//! fusion of an operation with the instruction after it: a result stored
//! straight into a local, an augmented subscript assignment finished in
//! place, an unpacked sequence stored into locals. A fused instruction runs
//! exactly as the loop would run it (same `lasti`, same effects), only
//! without its own dispatch.

use crate::ast::Unaryop;
use crate::compile::opcode::Opcode;
use crate::object::code::Instr;
use crate::object::float::{self, Float};
use crate::object::list::List;
use crate::object::tuple::Tuple;
use crate::object::{self as obj, PyResult};
use crate::value::Value;
use crate::vm::fast::{load_next, push};
use crate::vm::frame::Frame;
use crate::vm::Py;

/// Stores `v` into local `arg` (STORE_FAST); the old value is released
/// after the slot holds the new one, as the loop does.
#[inline(always)]
fn store_fast(f: &mut Frame, arg: u32, v: Value) -> Result<(), Value> {
    match f.fast.get_mut(arg as usize) {
        Some(slot) => {
            let old = slot.replace(v);
            drop(old);
            Ok(())
        }
        None => Err(v),
    }
}

/// Puts the result of an operation where the next instruction wants it: a
/// STORE_FAST right after stores it into its local; otherwise it is pushed,
/// and a LOAD_FAST or LOAD_CONST right after runs too.
#[inline(always)]
pub fn put(f: &mut Frame, instrs: &[Instr], consts: &[Value], v: Value) {
    let pc = f.pc;
    if let Some(&Instr {
        op: Some(Opcode::STORE_FAST),
        arg,
    }) = instrs.get(pc)
    {
        f.lasti = pc;
        f.pc = pc + 1;
        match store_fast(f, arg, v) {
            Ok(()) => return,
            Err(v) => {
                // A bad index: the loop reports it when it runs the store.
                f.lasti = pc.saturating_sub(1);
                f.pc = pc;
                push(&mut f.stack, Some(v));
                return;
            }
        }
    }
    push(&mut f.stack, Some(v));
    load_next(f, instrs, consts);
}

/// The result of an augmented assignment to a subscript (`c[k] += x`
/// compiles to `COPY 2; COPY 2; BINARY_SUBSCR; ...; BINARY_OP; SWAP 3;
/// SWAP 2; STORE_SUBSCR`): when the three instructions follow, stores `v`
/// into `c[k]` taken from the stack and returns `Ok(None)`; otherwise hands
/// `v` back.
#[inline(always)]
pub fn put_subscr(
    py: Py<'_>,
    f: &mut Frame,
    instrs: &[Instr],
    v: Value,
) -> PyResult<Option<Value>> {
    let pc = f.pc;
    let fused = matches!(
        instrs.get(pc..pc + 3),
        Some([
            Instr {
                op: Some(Opcode::SWAP),
                arg: 3,
            },
            Instr {
                op: Some(Opcode::SWAP),
                arg: 2,
            },
            Instr {
                op: Some(Opcode::STORE_SUBSCR),
                ..
            }
        ])
    );
    let n = f.stack.len();
    if !fused || n < 2 {
        return Ok(Some(v));
    }
    let (Some(Some(k)), Some(Some(c))) = (f.stack.pop(), f.stack.pop()) else {
        return Err(py.system_error("bad value stack (NULL or empty)"));
    };
    f.lasti = pc + 2;
    f.pc = pc + 3;
    if let Err(v) = crate::vm::fast::setitem(py, &c, &k, v) {
        obj::setitem(py, &c, &k, v)?;
    }
    Ok(None)
}

/// UNARY_NEGATIVE and UNARY_POSITIVE of a small int or an exact float.
#[inline]
pub fn unary(py: Py<'_>, v: &Value, op: Unaryop) -> Option<Value> {
    match op {
        Unaryop::USub => {
            if let Some(i) = v.as_int() {
                // The negation of the smallest small int is a big int.
                return Value::from_int(i.checked_neg()?);
            }
            if v.has_type(&py.types.float) {
                return Some(float::new(py, -v.downcast::<Float>()?.0));
            }
            None
        }
        Unaryop::UAdd if v.is_int() || v.has_type(&py.types.float) => Some(v.clone()),
        _ => None,
    }
}

/// UNPACK_SEQUENCE of an exact tuple or list of exactly `n` items, with the
/// STORE_FASTs right after it fused: the first items go straight into their
/// locals, the rest is pushed last first. `false` (nothing done) for the
/// general path.
#[inline]
pub fn unpack(py: Py<'_>, f: &mut Frame, instrs: &[Instr], v: &Value, n: usize) -> bool {
    if v.has_type(&py.types.tuple) {
        match v.downcast::<Tuple>() {
            Some(t) if t.0.len() == n => {
                unpack_items(f, instrs, &t.0);
                true
            }
            _ => false,
        }
    } else if v.has_type(&py.types.list) {
        let Some(l) = v.downcast::<List>() else {
            return false;
        };
        // A copy of the items: storing into a local may free an object
        // whose finalizer changes the list.
        let items: Vec<Value> = match l.0.try_borrow() {
            Ok(items) if items.len() == n => items.clone(),
            _ => return false,
        };
        unpack_items(f, instrs, &items);
        true
    } else {
        false
    }
}

#[inline(always)]
fn unpack_items(f: &mut Frame, instrs: &[Instr], items: &[Value]) {
    let mut i = 0;
    while i < items.len() {
        let pc = f.pc;
        let Some(&Instr {
            op: Some(Opcode::STORE_FAST),
            arg,
        }) = instrs.get(pc)
        else {
            break;
        };
        if arg as usize >= f.fast.len() {
            break;
        }
        f.lasti = pc;
        f.pc = pc + 1;
        let _ = store_fast(f, arg, items[i].clone());
        i += 1;
    }
    for x in items[i..].iter().rev() {
        push(&mut f.stack, Some(x.clone()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negation_leaves_small_ints_only_when_it_must() {
        let interp = crate::vm::Interpreter::new();
        let py = interp.py();
        let min = crate::value::SMALL_INT_MIN;
        let v = Value::from_int(min).expect("small");
        assert!(unary(py, &v, Unaryop::USub).is_none());
        let v = Value::from_int(5).expect("small");
        assert_eq!(
            unary(py, &v, Unaryop::USub).and_then(|r| r.as_int()),
            Some(-5)
        );
        let z = float::new(py, 0.0);
        let r = unary(py, &z, Unaryop::USub).expect("float");
        let r = r.downcast::<Float>().expect("float").0;
        assert!(r == 0.0 && r.is_sign_negative());
    }
}
