//! More fast paths of the evaluation loop for numbers and sequences, and the
//! fusion of an operation with the instruction after it: a result stored
//! straight into a local, an augmented subscript assignment finished in
//! place, an unpacked sequence stored into locals. A fused instruction runs
//! exactly as the loop would run it (same `lasti`, same effects), only
//! without its own dispatch.

use crate::ast::{Operator, Unaryop};
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

/// Puts the result `v` of BINARY_OP (an in-place operator when `inplace`)
/// or BINARY_SUBSCR: an augmented subscript assignment right after is
/// finished (see [`put_subscr`]), and while the next instruction is a
/// BINARY_OP on two small ints or floats (`a * b + c * d`), it runs here
/// without its own dispatch; then [`put`].
#[inline(always)]
pub fn put_num(
    py: Py<'_>,
    f: &mut Frame,
    instrs: &[Instr],
    consts: &[Value],
    mut v: Value,
    mut inplace: bool,
) -> PyResult<()> {
    let rows = Operator::ROWS.len();
    loop {
        if inplace {
            match put_subscr(py, f, instrs, v)? {
                Some(r) => v = r,
                None => return Ok(()),
            }
        }
        let pc = f.pc;
        match instrs.get(pc) {
            // `v` is the right operand, the left one is on the stack.
            Some(&Instr {
                op: Some(Opcode::BINARY_OP),
                arg,
            }) => {
                let Some((o, ip)) = binop_arg(arg, rows) else {
                    break;
                };
                let Some(Some(a)) = f.stack.last() else {
                    break;
                };
                let Some(r) = num_binop(py, a, &v, o) else {
                    break;
                };
                f.lasti = pc;
                f.pc = pc + 1;
                let a = f.stack.pop();
                drop(a);
                drop(v);
                v = r;
                inplace = ip;
            }
            // `v <op> x` where x is a local or a constant: `v` is the left
            // operand and x is never pushed.
            Some(&Instr {
                op: Some(Opcode::LOAD_FAST | Opcode::LOAD_CONST),
                arg: load,
            }) => {
                let Some(&Instr {
                    op: Some(Opcode::BINARY_OP),
                    arg,
                }) = instrs.get(pc + 1)
                else {
                    break;
                };
                let b = if let Some(Instr {
                    op: Some(Opcode::LOAD_FAST),
                    ..
                }) = instrs.get(pc)
                {
                    f.fast.get(load as usize).and_then(Option::as_ref)
                } else {
                    consts.get(load as usize)
                };
                let (Some(b), Some((o, ip))) = (b, binop_arg(arg, rows)) else {
                    break;
                };
                let Some(r) = num_binop(py, &v, b, o) else {
                    break;
                };
                f.lasti = pc + 1;
                f.pc = pc + 2;
                drop(v);
                v = r;
                inplace = ip;
            }
            _ => break,
        }
    }
    put(f, instrs, consts, v);
    Ok(())
}

/// `a ** b` for an exact positive finite float `a` and a float or small
/// int `b` (nbody's `d ** 0.5`): one libm `pow`, as CPython's `float_pow`;
/// `None` for every other case, and for results that overflow or
/// underflow (the general path raises or decides).
#[inline]
pub fn float_pow(py: Py<'_>, a: &Value, b: &Value) -> Option<Value> {
    let float_ty = &py.types.float;
    if !a.has_type(float_ty) {
        return None;
    }
    let x = a.downcast::<Float>()?.0;
    let y = match b.as_int() {
        Some(i) if i.abs() < (1 << 53) => i as f64,
        Some(_) => return None,
        None if b.has_type(float_ty) => b.downcast::<Float>()?.0,
        None => return None,
    };
    if !(x > 0.0 && x.is_finite() && y.is_finite()) {
        return None;
    }
    let r = x.powf(y);
    if !r.is_finite() || r == 0.0 {
        return None;
    }
    Some(float::new(py, r))
}

/// The plain cases of BINARY_OP on numbers: small ints and floats.
#[inline(always)]
fn num_binop(py: Py<'_>, a: &Value, b: &Value, o: Operator) -> Option<Value> {
    match crate::vm::fast::binop(py, a, b, o) {
        Some(r) => Some(r),
        None if o == Operator::Pow => float_pow(py, a, b),
        None => None,
    }
}

/// BINARY_OP's argument: the operator, and whether it is the in-place form.
#[inline(always)]
fn binop_arg(arg: u32, rows: usize) -> Option<(Operator, bool)> {
    let (index, inplace) = if (arg as usize) < rows {
        (arg as usize, false)
    } else {
        (arg as usize - rows, true)
    };
    Some((Operator::from_index(index)?, inplace))
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
        // whose finalizer changes the list. Short lists are copied to the
        // Rust stack.
        const SHORT: usize = 8;
        let Ok(items) = l.0.try_borrow() else {
            return false;
        };
        if items.len() != n {
            return false;
        }
        if n <= SHORT {
            let mut buf: [Option<Value>; SHORT] = Default::default();
            for (slot, x) in buf.iter_mut().zip(items.iter()) {
                *slot = Some(x.clone());
            }
            drop(items);
            unpack_short(f, instrs, &mut buf[..n]);
        } else {
            let items = items.clone();
            unpack_items(f, instrs, &items);
        }
        true
    } else {
        false
    }
}

/// `unpack_items` for items moved out of a buffer.
#[inline(always)]
fn unpack_short(f: &mut Frame, instrs: &[Instr], items: &mut [Option<Value>]) {
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
        let Some(x) = items[i].take() else {
            break;
        };
        f.lasti = pc;
        f.pc = pc + 1;
        let _ = store_fast(f, arg, x);
        i += 1;
    }
    for x in items[i..].iter_mut().rev() {
        push(&mut f.stack, x.take());
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

/// A slice bound on the stack: a small int, None, or something else (the
/// general path decides).
#[inline(always)]
fn bound(py: Py<'_>, v: &Option<Value>) -> Option<Option<i64>> {
    let v = v.as_ref()?;
    if let Some(i) = v.as_int() {
        return Some(Some(i));
    }
    v.is(&py.none).then_some(None)
}

/// `(start, stop, step)` of a slice with these bounds over `len` items, as
/// `Slice::adjusted` computes them; `None` for a zero step (an error the
/// general path raises).
#[inline]
pub fn slice_bounds(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: usize,
) -> Option<(i64, i64, i64)> {
    let n = len as i64;
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => {
                let j = i.saturating_add(n);
                if j >= 0 {
                    j
                } else if step < 0 {
                    -1
                } else {
                    0
                }
            }
            Some(i) if i >= n => {
                if step < 0 {
                    n - 1
                } else {
                    n
                }
            }
            Some(i) => i,
        }
    };
    Some(if step > 0 {
        (clamp(start, 0), clamp(stop, n), step)
    } else {
        (clamp(start, n - 1), clamp(stop, -1), step)
    })
}

/// The bounds of BUILD_SLICE `nargs` on top of the stack when they are all
/// small ints or None.
#[inline(always)]
fn stack_bounds(
    py: Py<'_>,
    stack: &[Option<Value>],
    nargs: usize,
) -> Option<(Option<i64>, Option<i64>, Option<i64>)> {
    let n = stack.len();
    let top = stack.get(n.checked_sub(nargs)?..)?;
    match top {
        [a, b] => Some((bound(py, a)?, bound(py, b)?, None)),
        [a, b, c] => Some((bound(py, a)?, bound(py, b)?, bound(py, c)?)),
        _ => None,
    }
}

/// `c[a:b:k]` of an exact list, tuple or ASCII str, without a slice object.
#[inline]
fn slice_of(py: Py<'_>, c: &Value, b: (Option<i64>, Option<i64>, Option<i64>)) -> Option<Value> {
    if c.has_type(&py.types.list) {
        let items = c.downcast::<List>()?.0.try_borrow().ok()?;
        let bounds = slice_bounds(b.0, b.1, b.2, items.len())?;
        let out = crate::object::slice::Slice::take(&items, bounds);
        drop(items);
        return Some(crate::object::list::new(py, out));
    }
    if c.has_type(&py.types.tuple) {
        let xs = &c.downcast::<Tuple>()?.0;
        let bounds = slice_bounds(b.0, b.1, b.2, xs.len())?;
        let (start, stop, step) = bounds;
        // A full forward slice of an exact tuple is the tuple itself.
        if start == 0 && step == 1 && stop >= xs.len() as i64 {
            return Some(c.clone());
        }
        return Some(crate::object::tuple::new(
            py,
            crate::object::slice::Slice::take(xs, bounds),
        ));
    }
    if c.has_type(&py.types.str) {
        let s = c.downcast::<crate::object::str::Str>()?;
        if !s.is_ascii() {
            return None;
        }
        let text: &str = &s.s;
        let (start, stop, step) = slice_bounds(b.0, b.1, b.2, text.len())?;
        if step != 1 {
            return None;
        }
        let hi = (stop.max(start).max(0) as usize).min(text.len());
        let lo = (start.max(0) as usize).min(hi);
        // As CPython: the whole of an exact str is the str itself, one
        // character a shared one.
        if lo == 0 && hi == text.len() {
            return Some(c.clone());
        }
        if hi == lo + 1 {
            if let Some(ch) = text
                .as_bytes()
                .get(lo)
                .and_then(|&b| py.names.ascii_char(b))
            {
                return Some(ch.clone());
            }
        }
        return Some(py.new_str(text.get(lo..hi)?));
    }
    None
}

/// BUILD_SLICE `nargs` followed by BINARY_SUBSCR on an exact list, tuple
/// or ASCII str with small int or None bounds: the slice is taken without
/// making a slice object, and the result put as BINARY_SUBSCR's. `false`
/// (nothing done) for every other case.
#[inline]
pub fn slice_subscr(
    py: Py<'_>,
    f: &mut Frame,
    instrs: &[Instr],
    consts: &[Value],
    nargs: usize,
) -> bool {
    let pc = f.pc;
    if !matches!(
        instrs.get(pc),
        Some(Instr {
            op: Some(Opcode::BINARY_SUBSCR),
            ..
        })
    ) {
        return false;
    }
    let Some(b) = stack_bounds(py, &f.stack, nargs) else {
        return false;
    };
    let n = f.stack.len();
    let Some(Some(c)) = f.stack.get(n.wrapping_sub(nargs + 1)) else {
        return false;
    };
    let Some(r) = slice_of(py, c, b) else {
        return false;
    };
    f.lasti = pc;
    f.pc = pc + 1;
    // The bounds are ints or None: nothing runs when they are released.
    f.stack.truncate(n - nargs);
    let c = f.stack.pop();
    drop(c);
    put(f, instrs, consts, r);
    true
}

/// BUILD_SLICE `nargs` followed by STORE_SUBSCR: `l[a:b] = x` for an exact
/// list `l`, a step of 1 and an exact list or tuple `x`, done in place
/// without a slice object. `false` (nothing done) for every other case.
#[inline]
pub fn slice_store(py: Py<'_>, f: &mut Frame, instrs: &[Instr], nargs: usize) -> bool {
    let pc = f.pc;
    if !matches!(
        instrs.get(pc),
        Some(Instr {
            op: Some(Opcode::STORE_SUBSCR),
            ..
        })
    ) {
        return false;
    }
    let Some((start, stop, step)) = stack_bounds(py, &f.stack, nargs) else {
        return false;
    };
    if !matches!(step, None | Some(1)) {
        return false;
    }
    let n = f.stack.len();
    let (Some(Some(x)), Some(Some(c))) = (
        f.stack.get(n.wrapping_sub(nargs + 2)),
        f.stack.get(n.wrapping_sub(nargs + 1)),
    ) else {
        return false;
    };
    if !c.has_type(&py.types.list) {
        return false;
    }
    let Some(l) = c.downcast::<List>() else {
        return false;
    };
    let old: Vec<Value> = {
        let Ok(mut v) = l.0.try_borrow_mut() else {
            return false;
        };
        // The new items: copied from `l` itself, taken from a list that
        // only the stack holds (a temporary such as `a[k::-1]`), otherwise
        // copied.
        let mut items: Vec<Value> = if x.is(c) {
            v.clone()
        } else if x.has_type(&py.types.list) {
            let Some(Ok(mut xs)) = x.downcast::<List>().map(|xl| xl.0.try_borrow_mut()) else {
                return false;
            };
            if x.refcount() == 1 {
                std::mem::take(&mut *xs)
            } else {
                xs.clone()
            }
        } else if let (true, Some(t)) = (x.has_type(&py.types.tuple), x.downcast::<Tuple>()) {
            t.0.to_vec()
        } else {
            return false;
        };
        let len = v.len();
        let (start, stop, _) = slice_bounds(start, stop, None, len).unwrap_or((0, 0, 1));
        let start = start.clamp(0, len as i64) as usize;
        let end = (stop.max(start as i64) as usize).min(len);
        match v.get_mut(start..end) {
            // As many new items as old: swapped in place, and `items`
            // keeps the old ones.
            Some(slots) if slots.len() == items.len() => {
                slots.swap_with_slice(&mut items);
                items
            }
            _ => v.splice(start..end, items).collect(),
        }
    };
    f.lasti = pc;
    f.pc = pc + 1;
    // Released after the list's borrow ended: finalizers may run.
    f.stack.truncate(n - nargs);
    let c = f.stack.pop();
    let x = f.stack.pop();
    // Last to first, as CPython releases replaced items.
    let mut old = old;
    while let Some(o) = old.pop() {
        drop(o);
    }
    drop((c, x));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_bounds_clamp_like_slice_indices() {
        // Checked against python3's slice(a, b, k).indices(10).
        let cases = [
            ((None, None, None), (0, 10, 1)),
            ((Some(-20), Some(5), None), (0, 5, 1)),
            ((Some(20), None, Some(-1)), (9, -1, -1)),
            ((Some(-3), Some(-20), Some(-2)), (7, -1, -2)),
            ((Some(2), Some(100), Some(3)), (2, 10, 3)),
            ((None, Some(-3), Some(-1)), (9, 7, -1)),
        ];
        for ((a, b, k), want) in cases {
            assert_eq!(slice_bounds(a, b, k, 10), Some(want), "{a:?} {b:?} {k:?}");
        }
        assert_eq!(slice_bounds(None, None, Some(0), 10), None);
        assert_eq!(slice_bounds(Some(i64::MIN), None, None, 3), Some((0, 3, 1)));
    }

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
