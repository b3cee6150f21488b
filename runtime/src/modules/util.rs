//! Pieces shared by the Rust modules: making a module from a function table,
//! argument checks with CPython's messages, struct sequences
//! (`sys.version_info`) and simple namespaces (`sys.implementation`).

use crate::object::module::{self, Module};
use crate::object::typeobj::{NativeFn, Slots, TypeObject};
use crate::object::{self as obj, dict, str::as_str, tuple, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// A module named `name` holding builtin functions `functions`.
pub fn new_module(
    py: Py<'_>,
    name: &str,
    functions: &[(&'static str, NativeFn)],
) -> PyResult<Value> {
    let m = module::new(py, name)?;
    for &(n, f) in functions {
        set(py, &m, n, py.new_builtin(n, f, None))?;
    }
    Ok(m)
}

/// Sets attribute `name` of module `m`.
pub fn set(py: Py<'_>, m: &Value, name: &str, v: Value) -> PyResult<()> {
    match module::dict_of(m) {
        Some(d) => dict::set_item(py, &d, py.intern(name), v),
        None => Err(py.system_error("set on a non-module")),
    }
}

/// Checks that `name` got no keywords and between `min` and `max` positional
/// arguments, with CPython's messages.
pub fn arity<'a>(
    py: Py<'_>,
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !kwnames.is_empty() {
        return Err(py.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.len();
    if n >= min && n <= max {
        return Ok(args);
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    Err(py.type_error(if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if min == max && min == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    }))
}

/// A type made at run time, once per interpreter, kept under `key`.
pub fn runtime_type(py: Py<'_>, key: &'static str, make: impl FnOnce() -> TypeObject) -> Value {
    if let Some(t) = py.import.types.borrow().get(key) {
        return t.clone();
    }
    let t = py.alloc(&py.types.type_, make());
    t.leak();
    py.import.types.borrow_mut().insert(key, t.clone());
    t
}

/// The field names of a struct sequence type, stored in its dict.
const FIELDS: &str = "_moult_fields";

/// A struct sequence (a tuple whose items are also attributes), such as
/// `sys.version_info`: type `type_name` (as its repr shows it), fields and values.
pub fn struct_seq(
    py: Py<'_>,
    key: &'static str,
    type_name: &str,
    fields: &[&str],
    values: Vec<Value>,
) -> Value {
    let ty = struct_seq_type(py, key, type_name, fields, &[]);
    py.alloc(&ty, tuple::Tuple(values.into_boxed_slice()))
}

/// The type of a struct sequence whose last fields are `hidden`: attributes
/// only, not items (`time.struct_time`'s tm_zone, tm_gmtoff), with the same
/// values for every instance. Calling the type builds one from a sequence.
pub fn struct_seq_type(
    py: Py<'_>,
    key: &'static str,
    type_name: &str,
    fields: &[&str],
    hidden: &[(&str, Value)],
) -> Value {
    runtime_type(py, key, || {
        let t = TypeObject::new::<tuple::Tuple>(
            type_name,
            Some(&py.types.tuple),
            Slots {
                repr: Some(struct_seq_repr),
                getattr: Some(struct_seq_getattr),
                new: Some(struct_seq_new),
                ..Slots::default()
            },
        );
        let names = fields
            .iter()
            .chain(hidden.iter().map(|(n, _)| n))
            .map(|f| py.new_str(f))
            .collect();
        let extra = hidden.iter().map(|(_, v)| v.clone()).collect();
        let total = (fields.len() + hidden.len()) as i64;
        let mut d = t.dict.borrow_mut();
        d.insert(FIELDS.to_string(), tuple::new(py, names));
        d.insert(HIDDEN.to_string(), tuple::new(py, extra));
        d.insert("n_fields".to_string(), obj::int::new_i64(py, total));
        d.insert(
            "n_sequence_fields".to_string(),
            obj::int::new_i64(py, fields.len() as i64),
        );
        d.insert("n_unnamed_fields".to_string(), obj::int::new_i64(py, 0));
        drop(d);
        if hidden.is_empty() {
            return t;
        }
        // Instances keep their own hidden values in a dict after the tuple
        // (as `vm::new_type_with_dict` gives functions theirs).
        let mut t = t;
        t.dealloc = t.dealloc_dict;
        t.traverse = t.traverse_dict;
        t.clear = t.clear_dict;
        t.is_gc = true;
        t.dict_offset = Some(t.dict_offset_for_sub);
        t
    })
}

/// A struct sequence of type `ty` (from `struct_seq_type`) whose hidden
/// fields have their own values, kept in the instance's dict: `gmtime()`'s
/// tm_zone is 'GMT' where `localtime()`'s is the local zone.
pub fn struct_seq_with(
    py: Py<'_>,
    ty: &Value,
    values: Vec<Value>,
    hidden: Vec<(&str, Value)>,
) -> PyResult<Value> {
    let v = py.alloc(ty, tuple::Tuple(values.into_boxed_slice()));
    set_hidden(py, &v, hidden)?;
    Ok(v)
}

fn set_hidden(py: Py<'_>, v: &Value, hidden: Vec<(&str, Value)>) -> PyResult<()> {
    let Some(cell) = v.dict_cell() else {
        return Ok(());
    };
    let d = cell
        .borrow_mut()
        .get_or_insert_with(|| dict::new(py))
        .clone();
    for (k, x) in hidden {
        dict::set_item(py, &d, py.intern(k), x)?;
    }
    Ok(())
}

/// The error for setting or deleting attribute `name` of an instance of a
/// struct sequence type `t`: fields are read-only and there are no others.
/// `None` when `t` is not a struct sequence type.
pub fn struct_seq_setattr_error(py: Py<'_>, t: &TypeObject, name: &str) -> Option<obj::PyErr> {
    if t.heap {
        return None;
    }
    let fields = t.dict.borrow().get(FIELDS).cloned()?;
    let is_field = fields
        .downcast::<tuple::Tuple>()
        .is_some_and(|f| f.0.iter().any(|n| as_str(n) == Some(name)));
    Some(py.new_error(
        &py.types.attribute_error,
        if is_field {
            "readonly attribute".to_string()
        } else {
            format!("'{}' object has no attribute '{name}'", t.name)
        },
    ))
}

/// The values of a struct sequence type's hidden fields, stored in its dict.
const HIDDEN: &str = "_moult_hidden";

fn hidden_of(py: Py<'_>, ty: &TypeObject) -> Vec<Value> {
    let _ = py;
    let h = ty.dict.borrow().get(HIDDEN).cloned();
    h.and_then(|h| h.downcast::<tuple::Tuple>().map(|t| t.0.to_vec()))
        .unwrap_or_default()
}

/// `time.struct_time(seq)`: the visible fields from a sequence of at least
/// their number and at most all fields.
fn struct_seq_new(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some(t) = ty.downcast::<TypeObject>() else {
        return Err(py.type_error("struct sequence type expected".to_string()));
    };
    let npos = args.len().saturating_sub(kwnames.len());
    let Some(seq) = args.first().filter(|_| npos >= 1) else {
        return Err(py.type_error(format!(
            "{}() missing required argument 'sequence' (pos 1)",
            t.name
        )));
    };
    let it = obj::iter(py, seq)
        .map_err(|_| py.type_error("constructor requires a sequence".to_string()))?;
    let mut items = Vec::new();
    while let Some(x) = obj::next(py, &it)? {
        items.push(x);
    }
    let total = t
        .dict
        .borrow()
        .get(FIELDS)
        .and_then(|f| f.downcast::<tuple::Tuple>().map(|t| t.0.len()))
        .unwrap_or(0);
    let visible = total - hidden_of(py, t).len().min(total);
    let n = items.len();
    if n < visible || n > total {
        let need = if visible == total {
            format!("a {visible}-sequence")
        } else if n < visible {
            format!("an at least {visible}-sequence")
        } else {
            format!("an at most {total}-sequence")
        };
        return Err(py.type_error(format!("{}() takes {need} ({n}-sequence given)", t.name)));
    }
    let extra = items.split_off(visible);
    let names = t
        .dict
        .borrow()
        .get(FIELDS)
        .and_then(|f| f.downcast::<tuple::Tuple>().map(|t| t.0.to_vec()))
        .unwrap_or_default();
    let hidden = names[visible.min(names.len())..]
        .iter()
        .zip(extra)
        .filter_map(|(n, x)| as_str(n).map(|n| (n.to_string(), x)))
        .collect::<Vec<_>>();
    let v = py.alloc(ty, tuple::Tuple(items.into_boxed_slice()));
    set_hidden(
        py,
        &v,
        hidden
            .iter()
            .map(|(n, x)| (n.as_str(), x.clone()))
            .collect(),
    )?;
    Ok(v)
}

fn fields_of(py: Py<'_>, v: &Value) -> Vec<String> {
    let t = py.type_obj(v);
    let f = t.dict.borrow().get(FIELDS).cloned();
    f.and_then(|f| f.downcast::<tuple::Tuple>().map(|t| t.0.to_vec()))
        .unwrap_or_default()
        .iter()
        .filter_map(|n| as_str(n).map(str::to_string))
        .collect()
}

fn struct_seq_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let items = v
        .downcast::<tuple::Tuple>()
        .map(|t| t.0.to_vec())
        .unwrap_or_default();
    let mut parts = Vec::new();
    for (name, x) in fields_of(py, v).iter().zip(&items) {
        parts.push(format!("{name}={}", obj::repr(py, x)?));
    }
    Ok(format!("{}({})", py.type_name(v), parts.join(", ")))
}

fn struct_seq_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(i) = fields_of(py, v).iter().position(|f| f == name) else {
        return Ok(None);
    };
    let items = v.downcast::<tuple::Tuple>().map_or(0, |t| t.0.len());
    if i >= items {
        let own = v.dict_cell().and_then(|c| c.borrow().clone());
        if let Some(d) = own {
            if let Some(x) = dict::get_str(py, &d, name)? {
                return Ok(Some(x));
            }
        }
        return Ok(hidden_of(py, &py.type_obj(v)).get(i - items).cloned());
    }
    Ok(v.downcast::<tuple::Tuple>()
        .and_then(|t| t.0.get(i).cloned()))
}

/// A `types.SimpleNamespace` with the given attributes (`sys.implementation`).
pub fn namespace(py: Py<'_>, attrs: Vec<(&str, Value)>) -> PyResult<Value> {
    let ty = runtime_type(py, "SimpleNamespace", || {
        TypeObject::new::<Module>(
            "types.SimpleNamespace",
            Some(&py.types.object),
            Slots {
                repr: Some(namespace_repr),
                getattr: Some(namespace_getattr),
                ..Slots::default()
            },
        )
    });
    let d = dict::new(py);
    for (k, v) in attrs {
        dict::set_item(py, &d, py.intern(k), v)?;
    }
    Ok(py.alloc(
        &ty,
        Module {
            dict: d,
            initializing: std::cell::Cell::new(false),
        },
    ))
}

fn namespace_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(d) = module::dict_of(v) else {
        return Ok("namespace()".to_string());
    };
    let mut parts = Vec::new();
    for (k, x) in dict::items(&d) {
        parts.push(format!(
            "{}={}",
            as_str(&k).unwrap_or("?"),
            obj::repr(py, &x)?
        ));
    }
    Ok(format!("namespace({})", parts.join(", ")))
}

fn namespace_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(d) = module::dict_of(v) else {
        return Ok(None);
    };
    if name == "__dict__" {
        return Ok(Some(d));
    }
    dict::get_str(py, &d, name)
}
