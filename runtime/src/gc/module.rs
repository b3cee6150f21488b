//! The `gc` module's functions, with CPython's signatures and errors, over the
//! collector in `gc/mod.rs`. The module object itself is made by the module
//! table (`FUNCTIONS` and `attributes`).

use crate::object::typeobj::NativeFn;
use crate::object::{self as obj, int, str::as_str, tuple, PyResult};
use crate::value::Value;
use crate::vm::Py;

use super::*;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("collect", collect_),
    ("enable", enable_),
    ("disable", disable_),
    ("isenabled", isenabled),
    ("get_threshold", get_threshold),
    ("set_threshold", set_threshold),
    ("get_count", get_count),
    ("get_stats", get_stats),
    ("get_objects", get_objects),
    ("get_referrers", get_referrers),
    ("get_referents", get_referents),
    ("is_tracked", is_tracked),
    ("is_finalized", is_finalized_),
    ("freeze", freeze_),
    ("unfreeze", unfreeze_),
    ("get_freeze_count", get_freeze_count),
    ("set_debug", set_debug),
    ("get_debug", get_debug),
];

/// The module's data attributes: the debug flags, `garbage` and `callbacks`.
pub fn attributes(py: Py<'_>) -> Vec<(&'static str, Value)> {
    let flags = [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ];
    let mut out: Vec<(&'static str, Value)> = flags
        .iter()
        .map(|&(n, f)| (n, int::new_i64(py, f as i64)))
        .collect();
    out.push(("garbage", garbage(py)));
    out.push(("callbacks", callbacks(py)));
    out
}

/// Positional arguments, then the value of each keyword argument that is one
/// of `names` (in order); other keywords are an error, as CPython's Argument Clinic.
fn parse<'a>(
    py: Py<'_>,
    func: &str,
    args: &'a [Value],
    kwnames: &[Value],
    names: &[&str],
) -> PyResult<Vec<Option<&'a Value>>> {
    let npos = args.len() - kwnames.len().min(args.len());
    if npos > names.len() {
        return Err(py.type_error(match names.len() {
            0 => format!("{func}() takes no arguments ({npos} given)"),
            n => format!(
                "{func}() takes at most {n} argument{} ({npos} given)",
                if n == 1 { "" } else { "s" }
            ),
        }));
    }
    let mut out: Vec<Option<&Value>> = vec![None; names.len()];
    for (i, a) in args[..npos].iter().enumerate() {
        out[i] = Some(a);
    }
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let k = as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(_) => {
                return Err(py.type_error(format!(
                    "argument for {func}() given by name ('{k}') and position (1)"
                )))
            }
            None => {
                return Err(
                    py.type_error(format!("{func}() got an unexpected keyword argument '{k}'"))
                )
            }
        }
    }
    Ok(out)
}

fn index(py: Py<'_>, v: &Value) -> PyResult<i64> {
    int::as_index(py, v)?.ok_or_else(|| {
        py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(v)
        ))
    })
}

fn count_tuple(py: Py<'_>, xs: [usize; 3]) -> Value {
    tuple::new(py, xs.iter().map(|&x| int::new_i64(py, x as i64)).collect())
}

fn collect_(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = parse(py, "collect", args, kwnames, &["generation"])?;
    let g = match a[0] {
        Some(v) => index(py, v)?,
        None => 2,
    };
    if !(0..NUM_GENERATIONS as i64).contains(&g) {
        return Err(py.value_error("invalid generation".to_string()));
    }
    Ok(int::new_i64(py, collect(py, g as usize) as i64))
}

fn enable_(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    parse(py, "enable", args, kwnames, &[])?;
    enable(py, true);
    Ok(py.none())
}

fn disable_(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    parse(py, "disable", args, kwnames, &[])?;
    enable(py, false);
    Ok(py.none())
}

fn isenabled(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    parse(py, "isenabled", args, kwnames, &[])?;
    Ok(py.bool(is_enabled(py)))
}

fn get_threshold(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    parse(py, "get_threshold", args, kwnames, &[])?;
    Ok(count_tuple(py, thresholds(py)))
}

fn set_threshold(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("set_threshold() takes no keyword arguments".to_string()));
    }
    if args.is_empty() || args.len() > 3 {
        return Err(py.type_error(format!(
            "set_threshold() takes from 1 to 3 positional arguments but {} were given",
            args.len()
        )));
    }
    let mut t = Vec::new();
    for a in args {
        // CPython stores C ints; a negative threshold behaves as 0 (never).
        t.push(index(py, a)?.max(0) as usize);
    }
    set_thresholds(py, &t);
    Ok(py.none())
}

fn get_count(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    parse(py, "get_count", args, kwnames, &[])?;
    Ok(count_tuple(py, counts(py)))
}

fn get_stats(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    parse(py, "get_stats", args, kwnames, &[])?;
    let mut out = Vec::new();
    for s in &py.gc.stats {
        let s = s.get();
        let d = obj::dict::new(py);
        for (k, n) in [
            ("collections", s.collections),
            ("collected", s.collected),
            ("uncollectable", s.uncollectable),
        ] {
            obj::dict::set_item(py, &d, py.new_str(k), int::new_i64(py, n as i64))?;
        }
        out.push(d);
    }
    Ok(obj::list::new(py, out))
}

fn get_objects(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = parse(py, "get_objects", args, kwnames, &["generation"])?;
    let g = match a[0] {
        Some(v) if !v.is(&py.none) => {
            let g = index(py, v)?;
            if g >= NUM_GENERATIONS as i64 {
                return Err(py.value_error(format!(
                    "generation parameter must be less than the number of available generations ({NUM_GENERATIONS})"
                )));
            }
            if g < 0 {
                return Err(py.value_error("generation parameter cannot be negative".to_string()));
            }
            Some(g as usize)
        }
        _ => None,
    };
    Ok(obj::list::new(py, objects(py, g)))
}

fn get_referrers(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("get_referrers() takes no keyword arguments".to_string()));
    }
    Ok(obj::list::new(py, referrers(py, args)))
}

fn get_referents(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(py.type_error("get_referents() takes no keyword arguments".to_string()));
    }
    // Only containers report their referents (CPython: objects with tp_traverse).
    let out = args
        .iter()
        .filter(|a| a.gc_head().is_some())
        .flat_map(referents)
        .collect();
    Ok(obj::list::new(py, out))
}

fn one_arg<'a>(
    py: Py<'_>,
    func: &str,
    args: &'a [Value],
    kwnames: &[Value],
) -> PyResult<&'a Value> {
    match (args, kwnames) {
        ([x], []) => Ok(x),
        (_, [_, ..]) => Err(py.type_error(format!("{func}() takes no keyword arguments"))),
        _ => Err(py.type_error(format!(
            "{func}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn is_tracked(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one_arg(py, "is_tracked", args, kwnames)?;
    Ok(py.bool(x.is_gc_tracked()))
}

fn is_finalized_(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let x = one_arg(py, "is_finalized", args, kwnames)?;
    Ok(py.bool(is_finalized(x)))
}

fn freeze_(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    parse(py, "freeze", args, kwnames, &[])?;
    freeze(py);
    Ok(py.none())
}

fn unfreeze_(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    parse(py, "unfreeze", args, kwnames, &[])?;
    unfreeze(py);
    Ok(py.none())
}

fn get_freeze_count(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    parse(py, "get_freeze_count", args, kwnames, &[])?;
    Ok(int::new_i64(py, freeze_count(py) as i64))
}

fn set_debug(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = parse(py, "set_debug", args, kwnames, &["flags"])?;
    let Some(f) = a[0] else {
        return Err(
            py.type_error("set_debug() missing required argument 'flags' (pos 1)".to_string())
        );
    };
    py.gc.debug.set(index(py, f)? as u32);
    Ok(py.none())
}

fn get_debug(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    parse(py, "get_debug", args, kwnames, &[])?;
    Ok(int::new_i64(py, py.gc.debug.get() as i64))
}
