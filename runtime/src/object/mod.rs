//! Python objects: one file per type (its payload, slots and methods), and
//! here the abstract operations that dispatch through the slot tables
//! (CPython's `abstract.c` and `object.c`).

pub mod asyncgen;
pub mod attr;
pub mod bool;
pub mod bytearray;
pub mod bytes;
pub mod cell;
pub mod cmath;
pub mod code;
pub mod codec;
pub mod complex;
pub mod coroutine;
pub mod descr;
pub mod dict;
pub mod ellipsis;
pub mod exc_group;
pub mod exception;
pub mod float;
pub mod frameobj;
pub mod function;
pub mod generator;
pub mod heapslots;
pub mod heaptype;
pub mod instance;
pub mod int;
pub mod int_bytes;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod memoryview_fmt;
pub mod method_wrapper;
pub mod module;
pub mod native_iter;
pub mod none;
pub mod seqops;
pub mod str_format;
pub mod str_methods;
pub mod str_tables;
pub mod surrogates;
pub mod text_args;
// `object::object` holds the `object` type, as one file per type names it.
pub mod format;
#[allow(clippy::module_inception)]
pub mod object;
pub mod opdefault;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod str_text;
pub mod tuple;
pub mod typeobj;
pub mod union;

use crate::ast::{Cmpop, Operator, Unaryop};
use crate::value::Value;
use crate::vm::Py;

/// A raised Python exception: the exception instance.
#[derive(Clone, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// Whether the exception is an instance of `ty` (or a subclass).
    pub fn matches(&self, py: Py<'_>, ty: &Value) -> bool {
        typeobj::is_subtype(&py.type_of(&self.0), ty)
    }
}

pub fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    match py.type_obj(v).slots.repr {
        Some(f) => {
            let _level = crate::vm::recursion::enter(py, " while getting the repr of an object")?;
            f(py, v)
        }
        None => Ok(format!("<{} object at {:#x}>", py.type_name(v), v.addr())),
    }
}

pub fn str(py: Py<'_>, v: &Value) -> PyResult<String> {
    match py.type_obj(v).slots.str {
        Some(f) => {
            let _level = crate::vm::recursion::enter(py, " while getting the str of an object")?;
            f(py, v)
        }
        None => repr(py, v),
    }
}

/// Runs `f` unless `v`'s repr is already being computed (a cycle), in which
/// case it returns `cycle`.
pub fn repr_guarded(
    py: Py<'_>,
    v: &Value,
    cycle: &str,
    f: impl FnOnce() -> PyResult<String>,
) -> PyResult<String> {
    let id = v.addr();
    if !py.repr_guard.borrow_mut().insert(id) {
        return Ok(cycle.to_string());
    }
    let r = f();
    py.repr_guard.borrow_mut().remove(&id);
    r
}

pub fn hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    match py.type_obj(v).slots.hash {
        Some(f) => {
            crate::vm::recursion::check_stack(py, "")?;
            f(py, v)
        }
        None => Err(py.type_error(format!("unhashable type: '{}'", py.type_name(v)))),
    }
}

pub fn truthy(py: Py<'_>, v: &Value) -> PyResult<bool> {
    if v.is(&py.true_) {
        return Ok(true);
    }
    if v.is(&py.false_) || v.is(&py.none) {
        return Ok(false);
    }
    let t = py.type_obj(v);
    if let Some(f) = t.slots.bool {
        return f(py, v);
    }
    if let Some(f) = t.slots.len {
        return Ok(f(py, v)? != 0);
    }
    Ok(true)
}

pub fn len(py: Py<'_>, v: &Value) -> PyResult<usize> {
    match py.type_obj(v).slots.len {
        Some(f) => f(py, v),
        None => Err(py.type_error(format!("object of type '{}' has no len()", py.type_name(v)))),
    }
}

/// `a <op> b` for the ordering and equality operators, as CPython's
/// `do_richcompare`: the left operand's slot, then the right's with the
/// mirrored operator, then identity for `==`/`!=`.
/// Whether `v` is of an exact builtin type whose comparison never calls
/// back into Python code.
#[inline]
fn leaf_compare(py: Py<'_>, v: &Value) -> bool {
    let t = &py.types;
    v.is_int() || v.has_type(&t.int) || v.has_type(&t.float) || v.has_type(&t.str)
}

pub fn compare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Value> {
    // Ints, floats and strs compare without recursing: no guard for them.
    let _level = match leaf_compare(py, a) && leaf_compare(py, b) {
        true => None,
        false => Some(crate::vm::recursion::enter(py, " in comparison")?),
    };
    let ta = py.type_obj(a);
    let tb = py.type_obj(b);
    // A right operand of a subclass type (with its own comparison) goes first.
    let mut reflected_done = false;
    if !std::ptr::eq(ta, tb) && tb.heap && typeobj::is_subtype(&py.type_of(b), &py.type_of(a)) {
        if let (Some(f), Some(m)) = (tb.slots.richcompare, mirrored(op)) {
            reflected_done = true;
            if let Some(r) = f(py, b, a, m)? {
                return Ok(r);
            }
        }
    }
    if let Some(f) = ta.slots.richcompare {
        if let Some(r) = f(py, a, b, op)? {
            return Ok(r);
        }
    }
    if let (Some(f), Some(m), false) = (tb.slots.richcompare, mirrored(op), reflected_done) {
        if let Some(r) = f(py, b, a, m)? {
            return Ok(r);
        }
    }
    // `==`/`!=` fall back to identity below (their rows' default); other rows
    // of `operators` may give a default meaning of their own (a fork's `~=`).
    if !matches!(op, Cmpop::Eq | Cmpop::NotEq) {
        if let Some(r) = opdefault::compare(py, a, b, op)? {
            return Ok(r);
        }
    }
    match op {
        Cmpop::Eq => Ok(py.bool(a.is(b))),
        Cmpop::NotEq => Ok(py.bool(!a.is(b))),
        _ => Err(py.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.spelling(),
            ta.name,
            tb.name
        ))),
    }
}

/// The comparison tried on the right operand: the one whose method is `op`'s
/// reflected method (`<` tries `__gt__`), from the operators table.
fn mirrored(op: Cmpop) -> Option<Cmpop> {
    let want = op.reflected_dunder()?;
    Cmpop::ROWS
        .iter()
        .copied()
        .find(|c| c.dunder() == Some(want) && !c.is_negated())
}

/// `a == b` as a Rust bool (identity first, as containers compare items).
pub fn eq(py: Py<'_>, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    let r = compare(py, a, b, Cmpop::Eq)?;
    truthy(py, &r)
}

/// Ordering of two values for sorting and min/max: `a < b`.
pub fn less(py: Py<'_>, a: &Value, b: &Value) -> PyResult<bool> {
    let r = compare(py, a, b, Cmpop::Lt)?;
    truthy(py, &r)
}

/// `a <op> b` for a binary operator; `inplace` for augmented assignment.
pub fn binary_op(py: Py<'_>, a: &Value, b: &Value, op: Operator, inplace: bool) -> PyResult<Value> {
    let ta = py.type_obj(a);
    let tb = py.type_obj(b);
    if inplace {
        if let Some(f) = ta.slots.inplace {
            if let Some(r) = f(py, a, b, op)? {
                return Ok(r);
            }
        }
    }
    // CPython's binary_op1: the right operand's slot goes first when its
    // type is a subclass of the left's; one slot shared by both runs once.
    let slota = ta.slots.binop;
    let mut slotb = tb.slots.binop;
    if std::ptr::eq(ta, tb) || slotb.map(|f| f as usize) == slota.map(|f| f as usize) {
        slotb = None;
    }
    if let Some(fa) = slota {
        if let Some(fb) = slotb {
            if typeobj::is_subtype(&py.type_of(b), &py.type_of(a)) {
                if let Some(r) = fb(py, a, b, op)? {
                    return Ok(r);
                }
                slotb = None;
            }
        }
        if let Some(r) = fa(py, a, b, op)? {
            return Ok(r);
        }
    }
    if let Some(fb) = slotb {
        if let Some(r) = fb(py, a, b, op)? {
            return Ok(r);
        }
    }
    // The row's default meaning, if `operators` gives one (none in Python's).
    if let Some(r) = opdefault::binary(py, a, b, op)? {
        return Ok(r);
    }
    // A str, list or tuple plus something else: CPython's concat message.
    if op == Operator::Add {
        let kind = if a.downcast::<str::Str>().is_some() {
            Some("str")
        } else if a.downcast::<list::List>().is_some() {
            Some("list")
        } else if a.downcast::<tuple::Tuple>().is_some() {
            Some("tuple")
        } else {
            None
        };
        if let Some(kind) = kind {
            return Err(py.type_error(format!(
                "can only concatenate {kind} (not \"{}\") to {kind}",
                tb.name
            )));
        }
    }
    // A sequence times something that is no int: CPython's own message.
    if op == Operator::Mult {
        let is_seq = |v: &Value| {
            v.downcast::<list::List>().is_some()
                || v.downcast::<tuple::Tuple>().is_some()
                || v.downcast::<str::Str>().is_some()
        };
        let other = if is_seq(a) {
            Some(b)
        } else if is_seq(b) {
            Some(a)
        } else {
            None
        };
        if let Some(o) = other {
            return Err(py.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                py.type_name(o)
            )));
        }
    }
    let spelling = if inplace {
        format!("{}=", op.spelling())
    } else if op == Operator::Pow {
        // CPython names both ways of raising to a power.
        "** or pow()".to_string()
    } else {
        op.spelling().to_string()
    };
    Err(py.type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        spelling, ta.name, tb.name
    )))
}

pub fn unary_op(py: Py<'_>, v: &Value, op: Unaryop) -> PyResult<Value> {
    if op == Unaryop::Not {
        return Ok(py.bool(!truthy(py, v)?));
    }
    let t = py.type_obj(v);
    if let Some(f) = t.slots.unary {
        if let Some(r) = f(py, v, op)? {
            return Ok(r);
        }
    }
    Err(py.type_error(format!(
        "bad operand type for unary {}: '{}'",
        op.spelling(),
        t.name
    )))
}

pub fn getitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<Value> {
    let meta = py.type_obj(v);
    // A metaclass defined in Python without `__getitem__` leaves `C[...]` to
    // `__class_getitem__`, as a builtin metaclass does.
    let slot = match meta.slots.getitem {
        Some(_)
            if meta.heap
                && meta.lookup_heap("__getitem__").is_none()
                && meta.base_slots.getitem.is_none()
                && v.downcast::<typeobj::TypeObject>().is_some() =>
        {
            None
        }
        s => s,
    };
    match slot {
        Some(f) => f(py, v, key),
        // `type[int]` is special; other classes need `__class_getitem__`.
        None if v.is(&py.types.type_) => {
            descr::generic_class_getitem(py, &[v.clone(), key.clone()], &[])
        }
        None if v.downcast::<typeobj::TypeObject>().is_some() => {
            match v
                .downcast::<typeobj::TypeObject>()
                .and_then(|t| t.lookup("__class_getitem__"))
            {
                Some(d) => {
                    let f = attr::descr_get(py, d, None, v)?;
                    call(py, &f, std::slice::from_ref(key), &[])
                }
                None => Err(py.type_error(format!(
                    "type '{}' is not subscriptable",
                    v.downcast::<typeobj::TypeObject>()
                        .map_or("?", |t| t.name.as_str())
                ))),
            }
        }
        None => Err(py.type_error(format!("'{}' object is not subscriptable", py.type_name(v)))),
    }
}

pub fn setitem(py: Py<'_>, v: &Value, key: &Value, item: Value) -> PyResult<()> {
    match py.type_obj(v).slots.setitem {
        Some(f) => f(py, v, key, item),
        None => Err(py.type_error(format!(
            "'{}' object does not support item assignment",
            py.type_name(v)
        ))),
    }
}

pub fn delitem(py: Py<'_>, v: &Value, key: &Value) -> PyResult<()> {
    match py.type_obj(v).slots.delitem {
        Some(f) => f(py, v, key),
        None => Err(py.type_error(format!(
            "'{}' object doesn't support item deletion",
            py.type_name(v)
        ))),
    }
}

pub fn iter(py: Py<'_>, v: &Value) -> PyResult<Value> {
    match py.type_obj(v).slots.iter {
        Some(f) => f(py, v),
        None => native_iter::getitem_iter(py, v)
            .ok_or_else(|| py.type_error(format!("'{}' object is not iterable", py.type_name(v)))),
    }
}

/// The next item of an iterator; `None` when exhausted.
pub fn next(py: Py<'_>, it: &Value) -> PyResult<Option<Value>> {
    match py.type_obj(it).slots.next {
        Some(f) => f(py, it),
        None => Err(py.type_error(format!("'{}' object is not an iterator", py.type_name(it)))),
    }
}

/// All items of an iterable.
pub fn collect(py: Py<'_>, v: &Value) -> PyResult<Vec<Value>> {
    // Only exact lists and tuples: a subclass may define its own `__iter__`.
    if v.has_type(&py.types.tuple) {
        if let Some(t) = v.downcast::<tuple::Tuple>() {
            return Ok(t.0.to_vec());
        }
    }
    if v.has_type(&py.types.list) {
        if let Some(l) = v.downcast::<list::List>() {
            return Ok(l.0.borrow().clone());
        }
    }
    // A builtin container's length presizes the result, as CPython's
    // length hint does (only builtin types: a Python `__len__` is not run).
    let t = py.type_obj(v);
    let size = match t.slots.len {
        Some(len) if !t.heap => len(py, v).unwrap_or(0).min(1 << 20),
        _ => 0,
    };
    let it = iter(py, v)?;
    let mut out = Vec::with_capacity(size);
    while let Some(x) = next(py, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// `item in container`.
pub fn contains(py: Py<'_>, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(f) = py.type_obj(container).slots.contains {
        return f(py, container, item);
    }
    let it = iter(py, container).map_err(|_| {
        py.type_error(format!(
            "argument of type '{}' is not iterable",
            py.type_name(container)
        ))
    })?;
    while let Some(x) = next(py, &it)? {
        if eq(py, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `v.name`, the whole attribute protocol (see `attr.rs`).
pub fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Value> {
    attr::getattr(py, v, name)
}

/// `v.name = x`.
pub fn setattr(py: Py<'_>, v: &Value, name: &str, x: Value) -> PyResult<()> {
    attr::setattr(py, v, name, Some(x))
}

/// `del v.name`.
pub fn delattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<()> {
    attr::setattr(py, v, name, None)
}

/// For LOAD_METHOD: an unbound method found on the type (called with `v`
/// prepended), or else the attribute.
pub fn get_method(py: Py<'_>, v: &Value, name: &str) -> PyResult<(Option<Value>, Value)> {
    attr::get_method(py, v, name)
}

/// Calls `f` with positional arguments then keyword values named by `kwnames`.
pub fn call(py: Py<'_>, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if let Some(b) = f.downcast::<function::Builtin>() {
        return function::call_builtin(py, b, args, kwnames);
    }
    if let Some(m) = f.downcast::<instance::Method>() {
        if m.func.downcast::<function::Function>().is_some() {
            return crate::vm::eval::call_function(py, &m.func, Some(&m.me), args, kwnames);
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(m.me.clone());
        all.extend_from_slice(args);
        return call(py, &m.func, &all, kwnames);
    }
    if f.downcast::<function::Function>().is_some() {
        return crate::vm::eval::call_function(py, f, None, args, kwnames);
    }
    match py.type_obj(f).slots.call {
        Some(c) => c(py, f, args, kwnames),
        None => Err(py.type_error(format!("'{}' object is not callable", py.type_name(f)))),
    }
}

/// `isinstance(v, ty)` for one type.
pub fn isinstance(py: Py<'_>, v: &Value, ty: &Value) -> bool {
    typeobj::is_subtype(&py.type_of(v), ty)
}

/// A sequence index: an int (or bool), negative from the end; checks bounds.
pub fn seq_index(py: Py<'_>, key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let Some(i) = int::as_index(py, key)? else {
        return Ok(None);
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(py.index_error(&format!("{what} index out of range")));
    }
    Ok(Some(j as usize))
}
