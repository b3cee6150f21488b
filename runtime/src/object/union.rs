//! `types.UnionType`: what `int | str` makes (PEP 604), accepted by
//! `isinstance` and `issubclass` like a tuple of its types.

use crate::ast::{Cmpop, Operator};
use crate::object::typeobj::{Slots, TypeObject};
use crate::object::{self as obj, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

/// The member types, without duplicates, in order of first appearance.
pub struct Union(pub Vec<Value>);
impl Payload for Union {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.0.iter().for_each(visit);
    }
}

/// The types `v` stands for in a union: a type, `None` (as `NoneType`), or
/// a union's members; `None` for anything else.
fn members(py: Py<'_>, v: &Value) -> Option<Vec<Value>> {
    if let Some(u) = v.downcast::<Union>() {
        return Some(u.0.clone());
    }
    if v.is(&py.none) {
        return Some(vec![py.types.none_type.clone()]);
    }
    if v.downcast::<super::descr::GenericAlias>().is_some() {
        return Some(vec![v.clone()]);
    }
    v.downcast::<TypeObject>().map(|_| vec![v.clone()])
}

/// `a | b` where either side is a type or a union: the slot of `type` and
/// of `UnionType`.
pub fn type_or(py: Py<'_>, a: &Value, b: &Value, op: Operator) -> PyResult<Option<Value>> {
    if op != Operator::BitOr {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (members(py, a), members(py, b)) else {
        return Ok(None);
    };
    let mut all: Vec<Value> = Vec::new();
    for t in x.into_iter().chain(y) {
        let mut seen = false;
        for u in &all {
            if same_member(py, u, &t)? {
                seen = true;
                break;
            }
        }
        if !seen {
            all.push(t);
        }
    }
    // `int | int` is just `int`.
    if all.len() == 1 {
        return Ok(all.pop());
    }
    Ok(Some(py.alloc(&py.types.union_type, Union(all))))
}

/// Whether two members are the same: types by identity, parameterized
/// generics (`list[int]`) by value, as CPython does.
fn same_member(py: Py<'_>, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    let alias = |v: &Value| v.downcast::<super::descr::GenericAlias>().is_some();
    Ok(alias(a) && alias(b) && obj::eq(py, a, b)?)
}

/// The types to test against when `v` is a union.
pub fn as_union(v: &Value) -> Option<&[Value]> {
    v.downcast::<Union>().map(|u| u.0.as_slice())
}

fn member_repr(py: Py<'_>, t: &Value) -> PyResult<String> {
    if t.is(&py.types.none_type) {
        return Ok("None".to_string());
    }
    let Some(to) = t.downcast::<TypeObject>() else {
        return obj::repr(py, t);
    };
    let module = to
        .dict
        .borrow()
        .get("__module__")
        .and_then(|m| super::str::as_str(m).map(str::to_string));
    Ok(match module {
        Some(m) if m != "builtins" => format!("{m}.{}", to.name),
        _ => to.name.clone(),
    })
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(u) = v.downcast::<Union>() else {
        return Ok("?".to_string());
    };
    let parts =
        u.0.iter()
            .map(|t| member_repr(py, t))
            .collect::<PyResult<Vec<_>>>()?;
    Ok(parts.join(" | "))
}

/// Unions are equal when they hold the same types, in any order.
fn richcompare(py: Py<'_>, a: &Value, b: &Value, op: Cmpop) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (a.downcast::<Union>(), b.downcast::<Union>()) else {
        return Ok(None);
    };
    let mut same = x.0.len() == y.0.len();
    for t in &x.0 {
        if !same {
            break;
        }
        let mut found = false;
        for u in &y.0 {
            if same_member(py, t, u)? {
                found = true;
                break;
            }
        }
        same = found;
    }
    Ok(match op {
        Cmpop::Eq => Some(py.bool(same)),
        Cmpop::NotEq => Some(py.bool(!same)),
        _ => None,
    })
}

/// An order-independent mix of the members' identities, so equal unions
/// hash alike (types hash by identity).
fn hash(_py: Py<'_>, v: &Value) -> PyResult<i64> {
    let Some(u) = v.downcast::<Union>() else {
        return Ok(0);
    };
    let mut h: u64 = 0;
    for t in &u.0 {
        let x = (t.addr() >> 4) as u64;
        h ^= (x ^ 89869747 ^ (x << 16)).wrapping_mul(3644798167);
    }
    let h = h as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(u) = v.downcast::<Union>() else {
        return Ok(None);
    };
    Ok(match name {
        "__args__" => Some(super::tuple::new(py, u.0.clone())),
        _ => None,
    })
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(hash),
        richcompare: Some(richcompare),
        binop: Some(type_or),
        getattr: Some(getattr),
        ..Slots::default()
    }
}
