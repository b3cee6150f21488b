//! The run-time half of `match` statements: the tests behind MATCH_SEQUENCE,
//! MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS (CPython 3.11's `ceval.c`
//! `match_keys`/`match_class` and the `Py_TPFLAGS_SEQUENCE`/`MAPPING` flags).

use crate::object::typeobj::{is_subtype, TypeObject};
use crate::object::{self as obj, dict, list, str::as_str, tuple, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// Whether a sequence pattern may match `v`: the builtin sequences (not
/// str, bytes or bytearray) and their subclasses.
pub fn is_sequence(py: Py<'_>, v: &Value) -> bool {
    let ty = py.type_of(v);
    let t = &py.types;
    [&t.list, &t.tuple, &t.range]
        .iter()
        .any(|s| is_subtype(&ty, s))
}

/// Whether a mapping pattern may match `v`: dicts and their subclasses.
pub fn is_mapping(py: Py<'_>, v: &Value) -> bool {
    is_subtype(&py.type_of(v), &py.types.dict)
}

/// MATCH_KEYS: the values of `keys` in `subject`, or `None` when one is
/// missing. Like CPython, it goes through `subject.get` unless the subject
/// is a plain dict, so `__missing__` is never called.
pub fn match_keys(py: Py<'_>, subject: &Value, keys: &Value) -> PyResult<Option<Value>> {
    let keys = obj::collect(py, keys)?;
    if keys.is_empty() {
        return Ok(Some(tuple::new(py, Vec::new())));
    }
    let exact_dict = py.type_of(subject).is(&py.types.dict);
    let getter = if exact_dict {
        None
    } else {
        Some(obj::getattr(py, subject, "get")?)
    };
    // A private object no mapping holds: tells "absent" from a stored None.
    let dummy = list::new(py, Vec::new());
    let seen = dict::new(py);
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        if dict::get_item(py, &seen, &k)?.is_some() {
            return Err(py.value_error(format!(
                "mapping pattern checks duplicate key ({})",
                obj::repr(py, &k)?
            )));
        }
        dict::set_item(py, &seen, k.clone(), py.none())?;
        let found = match &getter {
            None => dict::get_item(py, subject, &k)?,
            Some(get) => {
                let v = obj::call(py, get, &[k.clone(), dummy.clone()], &[])?;
                if v.is(&dummy) {
                    None
                } else {
                    Some(v)
                }
            }
        };
        match found {
            Some(v) => values.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(tuple::new(py, values)))
}

/// Whether instances of `cls` match themselves as the one positional
/// sub-pattern (`case int(x)`), as the builtin types flagged MATCH_SELF.
fn matches_self(py: Py<'_>, cls: &Value) -> bool {
    let t = &py.types;
    [
        &t.bool,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ]
    .iter()
    .any(|s| is_subtype(cls, s))
}

/// MATCH_CLASS: the tuple of `nargs` positional sub-pattern values then the
/// keyword ones (`names`), or `None` when `subject` does not match.
pub fn match_class(
    py: Py<'_>,
    subject: &Value,
    cls: &Value,
    nargs: usize,
    names: &Value,
) -> PyResult<Option<Value>> {
    let Some(t) = cls.downcast::<TypeObject>() else {
        return Err(py.type_error("called match pattern must be a type".to_string()));
    };
    if !obj::isinstance(py, subject, cls) {
        return Ok(None);
    }
    let names = obj::collect(py, names)?;
    let mut seen: Vec<String> = Vec::new();
    let mut attrs = Vec::with_capacity(nargs + names.len());
    if nargs > 0 {
        let match_args = match obj::getattr(py, cls, "__match_args__") {
            Ok(m) => Some(m),
            Err(e) if e.matches(py, &py.types.attribute_error) => None,
            Err(e) => return Err(e),
        };
        let (positional, match_self) = match match_args {
            Some(m) => {
                if m.downcast::<tuple::Tuple>().is_none() {
                    return Err(py.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        t.name,
                        py.type_name(&m)
                    )));
                }
                (obj::collect(py, &m)?, false)
            }
            None => (Vec::new(), matches_self(py, cls)),
        };
        let allowed = if match_self { 1 } else { positional.len() };
        if allowed < nargs {
            return Err(py.type_error(format!(
                "{}() accepts {} positional sub-pattern{} ({} given)",
                t.name,
                allowed,
                if allowed == 1 { "" } else { "s" },
                nargs
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in positional.iter().take(nargs) {
                let Some(n) = as_str(name) else {
                    return Err(py.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        py.type_name(name)
                    )));
                };
                match class_attr(py, subject, &t.name, n, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(None),
                }
            }
        }
    }
    for name in &names {
        let n = as_str(name).unwrap_or_default();
        match class_attr(py, subject, &t.name, n, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(tuple::new(py, attrs)))
}

/// One attribute a class pattern reads; `None` when it is missing (no match).
fn class_attr(
    py: Py<'_>,
    subject: &Value,
    cls_name: &str,
    name: &str,
    seen: &mut Vec<String>,
) -> PyResult<Option<Value>> {
    if seen.iter().any(|s| s == name) {
        return Err(py.type_error(format!(
            "{cls_name}() got multiple sub-patterns for attribute {}",
            crate::repr::str_repr(name)
        )));
    }
    seen.push(name.to_string());
    match obj::getattr(py, subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(py, &py.types.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}
