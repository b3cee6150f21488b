//! Iterators over builtin sequences: one payload for index-based iteration
//! (list, tuple, str, dict snapshots) and one for ranges.

use std::cell::{Cell as StdCell, RefCell};

use num_bigint::BigInt;
use num_traits::Zero;

use crate::object::typeobj::Slots;
use crate::object::{int, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct SeqIter {
    seq: Value,
    index: StdCell<usize>,
}
impl Payload for SeqIter {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.seq);
    }
}

impl SeqIter {
    pub fn new_value(py: Py<'_>, ty: &Value, seq: Value) -> Value {
        py.alloc(
            ty,
            SeqIter {
                seq,
                index: StdCell::new(0),
            },
        )
    }
}

fn iter_self(_py: Py<'_>, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn seq_next(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<SeqIter>() else {
        return Ok(None);
    };
    let i = it.index.get();
    let item = if let Some(l) = it.seq.downcast::<super::list::List>() {
        l.0.borrow().get(i).cloned()
    } else if let Some(t) = it.seq.downcast::<super::tuple::Tuple>() {
        t.0.get(i).cloned()
    } else if let Some(s) = it.seq.downcast::<super::str::Str>() {
        if s.is_ascii() {
            // The interpreter's one-character strs: no allocation.
            s.s.as_bytes()
                .get(i)
                .map(|&b| match py.names.ascii_char(b) {
                    Some(c) => c.clone(),
                    None => py.new_str(s.s.get(i..i + 1).unwrap_or("")),
                })
        } else {
            // `index` counts bytes for non-ASCII text, so each step is O(1).
            s.s.get(i..).and_then(|rest| rest.chars().next()).map(|c| {
                it.index.set(i + c.len_utf8() - 1);
                // U+FFFD may stand for a lone surrogate.
                let unit = (c == super::surrogates::STAND_IN && s.has_surrogates())
                    .then(|| super::surrogates::unit_at_byte(s, i))
                    .flatten();
                match unit.and_then(|u| super::surrogates::from_code_point(py, u32::from(u))) {
                    Some(v) => v,
                    None => py.new_str(c.encode_utf8(&mut [0; 4])),
                }
            })
        }
    } else {
        None
    };
    if item.is_some() {
        it.index.set(it.index.get() + 1);
    }
    Ok(item)
}

/// FOR_ITER's step for a list iterator or a range iterator, without the
/// slot call; `None` for other iterators (and a list borrowed elsewhere).
#[inline]
pub fn next_fast(py: Py<'_>, v: &Value) -> Option<Option<Value>> {
    if v.has_type(&py.types.list_iterator) {
        let it = v.downcast::<SeqIter>()?;
        let items = it
            .seq
            .downcast::<super::list::List>()?
            .0
            .try_borrow()
            .ok()?;
        let i = it.index.get();
        let item = items.get(i).cloned();
        if item.is_some() {
            it.index.set(i + 1);
        }
        return Some(item);
    }
    if v.has_type(&py.types.range_iterator) {
        let it = v.downcast::<RangeIter>()?;
        if it.big.is_some() {
            return None;
        }
        let left = it.left.get();
        if left == 0 {
            return Some(None);
        }
        it.left.set(left - 1);
        let x = it.next.get();
        it.next.set(x.wrapping_add(it.step));
        return Some(Some(int::new_i64(py, x)));
    }
    None
}

pub fn seq_slots() -> Slots {
    Slots {
        iter: Some(iter_self),
        next: Some(seq_next),
        ..Slots::default()
    }
}

/// A range's iterator: i64 counters when the whole range fits, else big ints.
pub struct RangeIter {
    next: StdCell<i64>,
    left: StdCell<usize>,
    step: i64,
    /// `(next, step, left)` for ranges beyond i64.
    big: Option<RefCell<(BigInt, BigInt, BigInt)>>,
}
impl Payload for RangeIter {}

impl RangeIter {
    pub fn new_value(py: Py<'_>, r: &super::range::Range) -> Value {
        let it = match r.small() {
            Some((start, step, len)) => RangeIter {
                next: StdCell::new(start),
                left: StdCell::new(len),
                step,
                big: None,
            },
            None => RangeIter {
                next: StdCell::new(0),
                left: StdCell::new(0),
                step: 0,
                big: Some(RefCell::new((
                    r.start.clone(),
                    r.step.clone(),
                    r.length.clone(),
                ))),
            },
        };
        py.alloc(&py.types.range_iterator, it)
    }
}

/// `range_iterator.__length_hint__()`: how many values are left.
pub fn range_length_hint(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(it) = args.first().and_then(|v| v.downcast::<RangeIter>()) else {
        return Err(py.type_error("__length_hint__ needs a range_iterator".to_string()));
    };
    if let Some(big) = &it.big {
        return Ok(int::new_big(py, big.borrow().2.clone()));
    }
    Ok(int::new_i64(py, it.left.get() as i64))
}

fn range_next(py: Py<'_>, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast::<RangeIter>() else {
        return Ok(None);
    };
    if let Some(big) = &it.big {
        let mut b = big.borrow_mut();
        if b.2.is_zero() {
            return Ok(None);
        }
        b.2 -= 1u8;
        let x = b.0.clone();
        b.0 = &x + &b.1;
        return Ok(Some(int::new_big(py, x)));
    }
    if it.left.get() == 0 {
        return Ok(None);
    }
    it.left.set(it.left.get() - 1);
    let x = it.next.get();
    it.next.set(x.wrapping_add(it.step));
    Ok(Some(int::new_i64(py, x)))
}

pub fn range_slots() -> Slots {
    Slots {
        iter: Some(iter_self),
        next: Some(range_next),
        ..Slots::default()
    }
}

/// `it.__length_hint__()` of the sequence and range iterators: the items left.
pub fn length_hint(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(me) = args.first() else {
        return Err(py.type_error("__length_hint__ needs an argument".to_string()));
    };
    if let Some(it) = me.downcast::<RangeIter>() {
        return Ok(match &it.big {
            Some(b) => int::new_big(py, b.borrow().2.clone()),
            None => int::new_i64(py, it.left.get() as i64),
        });
    }
    let Some(it) = me.downcast::<SeqIter>() else {
        return Ok(int::new_i64(py, 0));
    };
    let i = it.index.get();
    let left = if let Some(l) = it.seq.downcast::<super::list::List>() {
        l.0.borrow().len().saturating_sub(i)
    } else if let Some(t) = it.seq.downcast::<super::tuple::Tuple>() {
        t.0.len().saturating_sub(i)
    } else if let Some(s) = it.seq.downcast::<super::str::Str>() {
        s.s.get(i..).map_or(0, |rest| rest.chars().count())
    } else {
        0
    };
    Ok(int::new_i64(py, left as i64))
}
