//! The "Did you mean" hints of CPython 3.11's uncaught-exception printer
//! (`Python/suggestions.c`): the closest name by a Levenshtein distance in
//! which a case change costs 1 and any other edit 2.

use crate::object::exception::{get_attr, ExceptionData};
use crate::object::typeobj::TypeObject;
use crate::object::{self as obj, dict, str::as_str};
use crate::value::Value;
use crate::vm::Py;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of `a` and `b` (bytes of UTF-8), or `max_cost + 1`
/// once it is known to exceed `max_cost`.
pub fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let mut a = a;
    let mut b = b;
    // Common prefixes and suffixes cost nothing.
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix, updated in place: row[i] is the cost of
    // turning a[..=i] into the prefix of b seen so far.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name` within a third of the characters, the
/// first one on ties; none when there are too many candidates.
pub fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max =
            ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.cloned()
}

/// The suggested name for an uncaught NameError or AttributeError.
pub fn suggestion(py: Py<'_>, exc: &Value) -> Option<String> {
    let name = get_attr(exc, "name")?;
    let name = as_str(&name)?.to_string();
    if obj::isinstance(py, exc, &py.types.attribute_error) {
        let o = get_attr(exc, "obj").filter(|o| !o.is(&py.none))?;
        return closest(&dir_of(py, &o), &name);
    }
    if !obj::isinstance(py, exc, &py.types.name_error) {
        return None;
    }
    let e = exc.downcast::<ExceptionData>()?;
    let innermost = e.traceback.borrow().first().cloned()?;
    if let Some(s) = closest(&innermost.code.varnames, &name) {
        return Some(s);
    }
    let globals = innermost.globals?;
    if let Some(s) = closest(&str_keys(&globals), &name) {
        return Some(s);
    }
    let builtins = match dict::get_str(py, &globals, "__builtins__") {
        Ok(Some(b)) if b.downcast::<dict::Dict>().is_some() => b,
        _ => py.builtins.clone(),
    };
    closest(&str_keys(&builtins), &name)
}

fn str_keys(d: &Value) -> Vec<String> {
    dict::items(d)
        .into_iter()
        .filter_map(|(k, _)| as_str(&k).map(str::to_string))
        .collect()
}

/// The attributes of `object` instances that `dir()` lists.
const OBJECT_ATTRS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// `dir(o)`: the builtin `dir` when there is one, else the instance dict
/// and the class dicts along the MRO, sorted.
fn dir_of(py: Py<'_>, o: &Value) -> Vec<String> {
    if let Ok(Some(d)) = dict::get_str(py, &py.builtins, "dir") {
        if let Ok(l) = obj::call(py, &d, std::slice::from_ref(o), &[]) {
            if let Ok(items) = obj::collect(py, &l) {
                return items
                    .iter()
                    .filter_map(|x| as_str(x).map(str::to_string))
                    .collect();
            }
        }
    }
    let mut names: Vec<String> = OBJECT_ATTRS.iter().map(|s| s.to_string()).collect();
    // Instances keep a dict; other objects (modules) may expose one.
    let own = obj::instance::instance_dict(py, o).or_else(|| {
        obj::getattr(py, o, "__dict__")
            .ok()
            .filter(|d| d.downcast::<dict::Dict>().is_some())
    });
    if let Some(d) = own {
        names.extend(str_keys(&d));
    }
    let ty = if o.downcast::<TypeObject>().is_some() {
        o.clone()
    } else {
        py.type_of(o)
    };
    if let Some(t) = ty.downcast::<TypeObject>() {
        names.extend(t.dict.borrow().keys().cloned());
        for b in &t.mro {
            if let Some(bt) = b.downcast::<TypeObject>() {
                names.extend(bt.dict.borrow().keys().cloned());
            }
        }
    }
    if o.downcast::<obj::instance::Instance>().is_some() {
        names.extend(["__dict__".to_string(), "__weakref__".to_string()]);
    }
    // The class body's `__qualname__` is not kept in a class's dict.
    names.retain(|n| n != "__qualname__");
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_follow_cpython_costs() {
        assert_eq!(levenshtein(b"countr", b"counter", 100), 2);
        assert_eq!(levenshtein(b"Color", b"color", 100), 1);
        assert_eq!(levenshtein(b"abc", b"abc", 100), 0);
        assert_eq!(levenshtein(b"kitten", b"sitting", 100), 6);
    }

    #[test]
    fn closest_prefers_the_first_on_ties() {
        let c = vec![
            "colour".to_string(),
            "color".to_string(),
            "size".to_string(),
        ];
        assert_eq!(closest(&c, "colr").as_deref(), Some("color"));
        assert_eq!(closest(&c, "zzzzzz"), None);
    }
}
