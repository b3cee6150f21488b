//! `sys.getsizeof`: the sizes CPython 3.11 reports on 64-bit machines, from
//! its object layouts (headers, digit and item sizes, the growth of list,
//! dict and set tables), so that programs comparing them print the same.

use crate::object::bytearray::ByteArray;
use crate::object::bytes::Bytes;
use crate::object::instance::Instance;
use crate::object::list::List;
use crate::object::{self as obj, dict, int, str::as_str, tuple, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// The GC header CPython adds in front of container objects.
const GC_HEAD: i64 = 16;

/// `sys.getsizeof(v)`: a Python class's own `__sizeof__` (plus the GC
/// header) or CPython's size for the builtin layouts; `None` for others.
pub fn getsizeof(py: Py<'_>, v: &Value) -> PyResult<Option<i64>> {
    let t = py.type_obj(v);
    if t.heap {
        if let Some(f) = t.lookup("__sizeof__") {
            if f.downcast::<crate::object::function::Function>().is_some() {
                let r = obj::call(py, &f, std::slice::from_ref(v), &[])?;
                let Some(n) = int::index_big(py, &r)? else {
                    return Err(py.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        py.type_name(&r)
                    )));
                };
                if n.sign() == num_bigint::Sign::Minus {
                    return Err(py.value_error("__sizeof__() should return >= 0".to_string()));
                }
                let n = num_traits::ToPrimitive::to_i64(&n).ok_or_else(|| {
                    py.overflow_error("Python int too large to convert to C ssize_t")
                })?;
                // Instances with a dict have its pointers before the header.
                let pre = if t.has_dict { 16 } else { 0 };
                return Ok(Some(n + GC_HEAD + pre));
            }
        }
    }
    cpython_size(py, v)
}

/// The size of `v`, or `None` for a type with no known CPython layout.
pub fn cpython_size(py: Py<'_>, v: &Value) -> PyResult<Option<i64>> {
    let t = py.type_obj(v);
    let exact = |ty: &Value| py.type_of(v).is(ty);
    if exact(&py.types.int) || exact(&py.types.bool) {
        let bits = int::int_ref(py, v).map_or(0, |i| i.to_big().bits());
        let digits = bits.div_ceil(30).max(1) as i64;
        return Ok(Some(24 + 4 * digits));
    }
    if exact(&py.types.float) {
        return Ok(Some(24));
    }
    if exact(&py.types.complex) {
        return Ok(Some(32));
    }
    if exact(&py.types.none_type) {
        return Ok(Some(16));
    }
    if exact(&py.types.str) {
        let s = as_str(v).unwrap_or("");
        let n = s.chars().count() as i64;
        let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
        return Ok(Some(match widest {
            0..=0x7f => 49 + n,
            0x80..=0xff => 73 + n,
            0x100..=0xffff => 74 + 2 * n,
            _ => 76 + 4 * n,
        }));
    }
    if let (true, Some(b)) = (exact(&py.types.bytes), v.downcast::<Bytes>()) {
        return Ok(Some(33 + b.b.len() as i64));
    }
    if let (true, Some(b)) = (exact(&py.types.bytearray), v.downcast::<ByteArray>()) {
        let n = b.0.borrow().len() as i64;
        return Ok(Some(if n == 0 { 56 } else { 57 + n }));
    }
    if exact(&py.types.tuple) {
        let n = v.downcast::<tuple::Tuple>().map_or(0, |t| t.0.len()) as i64;
        return Ok(Some(24 + GC_HEAD + 8 * n));
    }
    if let (true, Some(l)) = (exact(&py.types.list), v.downcast::<List>()) {
        let items = l.0.borrow();
        let (len, cap) = (items.len(), items.capacity());
        // A list made whole has room for its items only; one grown by
        // appends has CPython's over-allocation.
        let allocated = if cap <= len { len } else { list_allocated(len) };
        return Ok(Some(40 + GC_HEAD + 8 * allocated as i64));
    }
    if exact(&py.types.dict) {
        let items = dict::items(v);
        if items.is_empty() {
            return Ok(Some(48 + GC_HEAD));
        }
        let all_str = items.iter().all(|(k, _)| py.type_of(k).is(&py.types.str));
        return Ok(Some(48 + GC_HEAD + dict_keys_size(items.len(), all_str)));
    }
    if exact(&py.types.set) || exact(&py.types.frozenset) {
        let n = obj::len(py, v)?;
        let table = set_table(n);
        let extra = if table == 8 { 0 } else { 16 * table as i64 };
        return Ok(Some(200 + GC_HEAD + extra));
    }
    if exact(&py.types.range) {
        return Ok(Some(48));
    }
    if exact(&py.types.object) {
        return Ok(Some(16));
    }
    if exact(&py.types.function) {
        return Ok(Some(136 + GC_HEAD));
    }
    if t.heap && v.downcast::<Instance>().is_some() {
        // A plain instance: object header, dict and weakref pointers, or
        // one pointer per slot.
        return Ok(Some(if t.has_dict {
            56
        } else {
            16 + GC_HEAD + 8 * t.slot_names.len() as i64
        }));
    }
    Ok(None)
}

/// How many item slots CPython's list has after `n` appends from empty.
fn list_allocated(n: usize) -> usize {
    let mut allocated = 0usize;
    for size in 1..=n {
        if size > allocated {
            allocated = (size + (size >> 3) + 6) & !3;
        }
    }
    allocated
}

/// The bytes of a dict's keys table holding `n` entries (CPython 3.11's
/// combined table: header, index array, entries of 16 bytes for str keys and
/// 24 otherwise; two thirds of the slots usable).
fn dict_keys_size(n: usize, str_keys: bool) -> i64 {
    let mut log2 = 3u32;
    while ((1usize << log2) << 1) / 3 < n {
        log2 += 1;
    }
    let size = 1i64 << log2;
    let index_width = match log2 {
        0..=7 => 1,
        8..=15 => 2,
        16..=31 => 4,
        _ => 8,
    };
    let usable = (size << 1) / 3;
    let entry = if str_keys { 16 } else { 24 };
    32 + size * index_width + usable * entry
}

/// The hash table size of a set holding `n` items added one by one.
fn set_table(n: usize) -> usize {
    let mut table = 8usize;
    for used in 1..=n {
        if used * 5 >= (table - 1) * 3 {
            let want = used * 4;
            table = 8;
            while table <= want {
                table <<= 1;
            }
        }
    }
    table
}
