//! Argument binding for the methods of str, bytes, bytearray and complex:
//! positional arguments then keywords, matched to parameter names, with
//! CPython's messages for the common mistakes.

use crate::object::{int, str::as_str, PyResult};
use crate::value::Value;
use crate::vm::Py;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Binds `args` (positional values, then the values of the keywords named by
/// `kwnames`) to `names`; the first `required` names must be given. `kw_ok`
/// says whether keywords are accepted at all. `qualname` is `type.method`
/// (or a bare name for constructors); error messages follow the CPython
/// calling convention that such a method has: no arguments, exactly one,
/// positional-only (`center expected at least 1 argument, got 0`), the
/// search methods (`find() takes at least 1 argument (0 given)`) or
/// keywords (`split() takes at most 2 arguments (3 given)`).
pub fn bind<'a>(
    py: Py<'_>,
    qualname: &str,
    args: &'a [Value],
    kwnames: &[Value],
    names: &[&str],
    required: usize,
    kw_ok: bool,
) -> PyResult<Vec<Option<&'a Value>>> {
    if let Some(out) = bind_plain(args, kwnames, names, required) {
        return Ok(out);
    }
    let fname = qualname.rsplit('.').next().unwrap_or(qualname);
    let npos = args.len().saturating_sub(kwnames.len());
    let (pos, kwvals) = args.split_at(npos);
    let n = pos.len();
    let finds = matches!(
        fname,
        "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith"
    );
    if !kw_ok && !kwnames.is_empty() {
        return Err(py.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let (max, min) = (names.len(), required);
    if names.is_empty() && n > 0 {
        return Err(py.type_error(format!("{qualname}() takes no arguments ({n} given)")));
    }
    let one = !kw_ok && max == 1 && min == 1;
    if one && n != 1 {
        return Err(py.type_error(format!(
            "{qualname}() takes exactly one argument ({n} given)"
        )));
    }
    if n > max || (!kw_ok && n < min) {
        let (bound, word) = if n > max {
            (max, "most")
        } else {
            (min, "least")
        };
        return Err(py.type_error(if kw_ok || finds {
            format!(
                "{fname}() takes at {word} {bound} argument{} ({n} given)",
                plural(bound)
            )
        } else {
            format!(
                "{fname} expected at {word} {bound} argument{}, got {n}",
                plural(bound)
            )
        }));
    }
    let total = n + kwnames.len();
    if kw_ok && total > max {
        return Err(py.type_error(format!(
            "{fname}() takes at most {max} {}argument{} ({total} given)",
            if n == 0 { "keyword " } else { "" },
            plural(max)
        )));
    }
    let mut out: Vec<Option<&Value>> = vec![None; names.len()];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (k, v) in kwnames.iter().zip(kwvals) {
        let k = as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(py.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(py.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    if let Some(i) = out.iter().take(required).position(Option::is_none) {
        return Err(py.type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

/// The common call: no keywords and an acceptable number of positional
/// arguments, which binds without looking at names (`None`: use `bind`).
#[inline]
fn bind_plain<'a>(
    args: &'a [Value],
    kwnames: &[Value],
    names: &[&str],
    required: usize,
) -> Option<Vec<Option<&'a Value>>> {
    if !kwnames.is_empty() || args.len() < required || args.len() > names.len() {
        return None;
    }
    let mut out: Vec<Option<&Value>> = Vec::with_capacity(names.len());
    out.extend(args.iter().map(Some));
    out.resize(names.len(), None);
    Some(out)
}

/// `bind` for method `name` of type `ty`: the qualified name is only
/// spelled out when an error needs it.
#[inline]
#[allow(clippy::too_many_arguments)]
pub fn bind_method<'a>(
    py: Py<'_>,
    ty: &str,
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
    names: &[&str],
    required: usize,
    kw_ok: bool,
) -> PyResult<Vec<Option<&'a Value>>> {
    if let Some(out) = bind_plain(args, kwnames, names, required) {
        return Ok(out);
    }
    bind(
        py,
        &format!("{ty}.{name}"),
        args,
        kwnames,
        names,
        required,
        kw_ok,
    )
}

/// An int argument that must be an integer (`'float' object cannot be
/// interpreted as an integer`).
pub fn index_arg(py: Py<'_>, v: &Value) -> PyResult<i64> {
    int::as_index(py, v)?.ok_or_else(|| {
        py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(v)
        ))
    })
}

/// An optional int argument where None means absent (slice bounds of
/// `find`, `count`, ...).
pub fn opt_index(py: Py<'_>, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is(&py.none) => Ok(None),
        Some(v) => int::as_index(py, v)?.map(Some).ok_or_else(|| {
            py.type_error(
                "slice indices must be integers or None or have an __index__ method".to_string(),
            )
        }),
    }
}

/// `[start:end]` of a sequence of length `len`, clamped as slices are.
pub fn span(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let n = len as i64;
    let fix = |i: i64| -> i64 {
        if i < 0 {
            (i + n).max(0)
        } else {
            i.min(n)
        }
    };
    let s = fix(start.unwrap_or(0));
    let e = fix(end.unwrap_or(n));
    // `e < s` stays so: nothing is found in such a window, not even "".
    (s as usize, e as usize)
}

/// Whether `[start:end]` was out of range (start past the end): `find`
/// then fails even for an empty needle.
pub fn span_past_end(len: usize, start: Option<i64>) -> bool {
    let n = len as i64;
    match start {
        Some(s) if s >= 0 => s > n,
        _ => false,
    }
}

/// The largest str or bytes moult builds (bytes); beyond it a program gets
/// MemoryError instead of the process dying on a failed allocation.
pub const MAX_TEXT: usize = 1 << 32;

/// MemoryError unless a result of `len` bytes can be made.
pub fn check_size(py: Py<'_>, len: u128) -> PyResult<()> {
    if len > MAX_TEXT as u128 {
        return Err(crate::object::PyErr(
            crate::object::exception::new_exception(py, &py.types.memory_error, Vec::new()),
        ));
    }
    Ok(())
}

/// The size of `n` copies of `len` bytes, or OverflowError when it cannot
/// be represented (`what`: "repeated string is too long").
pub fn repeat_size(py: Py<'_>, len: usize, n: i64, what: &str) -> PyResult<usize> {
    if n <= 0 || len == 0 {
        return Ok(0);
    }
    let total = len as u128 * n as u128;
    if total > isize::MAX as u128 {
        return Err(py.overflow_error(what));
    }
    check_size(py, total)?;
    Ok(total as usize)
}

/// `seq * other` where `other` is not an int: NotImplemented when `other`
/// may still answer (its class defines `__rmul__` and the sequence is on
/// the left), else CPython's sequence-repeat TypeError.
pub fn non_int_repeat(py: Py<'_>, other: &Value, seq_on_left: bool) -> PyResult<Option<Value>> {
    let answers = py
        .type_obj(other)
        .lookup("__rmul__")
        .is_some_and(|m| m.downcast::<crate::object::function::Function>().is_some());
    if seq_on_left && answers {
        return Ok(None);
    }
    Err(py.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        py.type_name(other)
    )))
}

/// A repeat count: an int (or `__index__`) that fits in i64
/// (`OverflowError` otherwise), or `None` when `v` is neither.
pub fn repeat_count(py: Py<'_>, v: &Value) -> PyResult<Option<i64>> {
    let big = match int::int_ref(py, v) {
        Some(i) => Some(i.to_big()),
        // A class with its own `__rmul__` answers first; else `__index__`.
        None if py.type_obj(v).lookup("__rmul__").is_some() => None,
        None => int::index_big(py, v)?,
    };
    match big {
        None => Ok(None),
        Some(i) => num_traits::ToPrimitive::to_i64(&i)
            .map(Some)
            .ok_or_else(|| py.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// Calls the special method `name` defined in Python on `v`'s class
/// (`__index__`, `__float__`...); `None` when the class has none.
pub fn call_hook(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(m) = py.type_obj(v).lookup(name) else {
        return Ok(None);
    };
    if m.downcast::<crate::object::function::Function>().is_none() {
        return Ok(None);
    }
    crate::object::call(py, &m, std::slice::from_ref(v), &[]).map(Some)
}
