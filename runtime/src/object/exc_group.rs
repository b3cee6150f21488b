//! `BaseExceptionGroup` / `ExceptionGroup`: construction rules, `split`,
//! `subgroup`, `derive`, and the two helpers of `except*` (CHECK_EG_MATCH's
//! match and PREP_RERAISE_STAR's merge), as CPython 3.11's exceptions.c.

use crate::object::exception::{exc_type, get_attr, new_exception, set_attr, ExceptionData};
use crate::object::typeobj::{is_subtype, NativeFn, TypeObject};
use crate::object::{self as obj, list, str::as_str, tuple, PyResult};
use crate::value::Value;
use crate::vm::Py;

fn is_group(py: Py<'_>, v: &Value) -> bool {
    obj::isinstance(py, v, &exc_type(py, "BaseExceptionGroup"))
}

/// The `exceptions` tuple of a group (empty for anything else).
pub fn members(v: &Value) -> Vec<Value> {
    get_attr(v, "exceptions")
        .and_then(|t| t.downcast::<tuple::Tuple>().map(|t| t.0.to_vec()))
        .unwrap_or_default()
}

/// `BaseExceptionGroup(message, exceptions)` and its subclasses.
pub fn new_group(py: Py<'_>, ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let name = ty
        .downcast::<TypeObject>()
        .map_or("?".to_string(), |t| t.name.clone());
    if !kwnames.is_empty() {
        return Err(py.type_error(format!("{name}() takes no keyword arguments")));
    }
    let [msg, excs] = args else {
        return Err(py.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    if as_str(msg).is_none() {
        return Err(py.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            py.type_name(msg)
        )));
    }
    let is_seq = excs.downcast::<tuple::Tuple>().is_some()
        || excs.downcast::<list::List>().is_some()
        || py.type_obj(excs).slots.getitem.is_some() && py.type_obj(excs).slots.len.is_some();
    if !is_seq {
        return Err(py.type_error("second argument (exceptions) must be a sequence".to_string()));
    }
    let items = obj::collect(py, excs)?;
    if items.is_empty() {
        return Err(
            py.value_error("second argument (exceptions) must be a non-empty sequence".to_string())
        );
    }
    let mut all_exceptions = true;
    for (i, e) in items.iter().enumerate() {
        if e.downcast::<ExceptionData>().is_none() {
            return Err(py.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !obj::isinstance(py, e, &py.types.exception) {
            all_exceptions = false;
        }
    }
    let base_group = exc_type(py, "BaseExceptionGroup");
    let mut ty = ty.clone();
    if ty.is(&base_group) {
        if all_exceptions {
            ty = exc_type(py, "ExceptionGroup");
        }
    } else if ty.is(&exc_type(py, "ExceptionGroup")) {
        if !all_exceptions {
            return Err(
                py.type_error("Cannot nest BaseExceptions in an ExceptionGroup".to_string())
            );
        }
    } else if !all_exceptions && is_subtype(&ty, &py.types.exception) {
        return Err(py.type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    }
    let e = new_exception(py, &ty, vec![msg.clone(), excs.clone()]);
    set_attr(&e, "message", msg.clone());
    set_attr(&e, "exceptions", tuple::new(py, items));
    Ok(e)
}

/// What `split`/`subgroup` select leaves by.
enum Cond {
    Types(Vec<Value>),
    Predicate(Value),
    /// Leaves by identity (PREP_RERAISE_STAR's projection).
    Leaves(Vec<usize>),
}

fn cond_of(py: Py<'_>, v: &Value) -> PyResult<Cond> {
    let is_exc_type =
        |t: &Value| t.downcast::<TypeObject>().is_some() && is_subtype(t, &py.types.base_exception);
    if is_exc_type(v) {
        return Ok(Cond::Types(vec![v.clone()]));
    }
    if let Some(t) = v.downcast::<tuple::Tuple>() {
        if t.0.iter().all(is_exc_type) {
            return Ok(Cond::Types(t.0.to_vec()));
        }
    } else if py.type_obj(v).slots.call.is_some()
        || v.downcast::<super::function::Function>().is_some()
        || v.downcast::<super::function::Builtin>().is_some()
        || v.downcast::<super::instance::Method>().is_some()
    {
        return Ok(Cond::Predicate(v.clone()));
    }
    Err(py
        .type_error("expected a function, exception type or tuple of exception types".to_string()))
}

fn matches(py: Py<'_>, cond: &Cond, e: &Value) -> PyResult<bool> {
    match cond {
        Cond::Types(ts) => Ok(ts.iter().any(|t| obj::isinstance(py, e, t))),
        Cond::Predicate(f) => {
            let r = obj::call(py, f, std::slice::from_ref(e), &[])?;
            obj::truthy(py, &r)
        }
        Cond::Leaves(ids) => Ok(ids.contains(&e.addr())),
    }
}

/// `eg.derive(excs)` through the Python method when a subclass defines one.
fn derive(py: Py<'_>, eg: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let l = list::new(py, excs);
    let m = obj::getattr(py, eg, "derive")?;
    obj::call(py, &m, &[l], &[])
}

/// Copies what a derived group inherits: traceback, cause, context, notes.
fn copy_metadata(py: Py<'_>, from: &Value, to: &Value) -> PyResult<()> {
    let (Some(f), Some(t)) = (
        from.downcast::<ExceptionData>(),
        to.downcast::<ExceptionData>(),
    ) else {
        return Ok(());
    };
    *t.traceback.borrow_mut() = f.traceback.borrow().clone();
    *t.tb_obj.borrow_mut() = f.tb_obj.borrow().clone();
    *t.cause.borrow_mut() = f.cause.borrow().clone();
    *t.context.borrow_mut() = f.context.borrow().clone();
    if let Ok(notes) = obj::getattr(py, from, "__notes__") {
        // A copy of the sequence, as CPython's `PySequence_List`.
        let copied = list::new(py, obj::collect(py, &notes)?);
        super::exception::setattr(py, to, "__notes__", copied)?;
    }
    Ok(())
}

/// `(match, rest)` of splitting `e` by `cond` (either may be None).
fn split(py: Py<'_>, e: &Value, cond: &Cond, want_rest: bool) -> PyResult<(Value, Value)> {
    let none = py.none();
    if matches(py, cond, e)? {
        return Ok((e.clone(), none));
    }
    if !is_group(py, e) {
        return Ok((none.clone(), e.clone()));
    }
    let (mut m, mut r) = (Vec::new(), Vec::new());
    for x in members(e) {
        let (a, b) = split(py, &x, cond, want_rest)?;
        if !a.is(&py.none) {
            m.push(a);
        }
        if want_rest && !b.is(&py.none) {
            r.push(b);
        }
    }
    let build = |parts: Vec<Value>| -> PyResult<Value> {
        if parts.is_empty() {
            return Ok(py.none());
        }
        let g = derive(py, e, parts)?;
        copy_metadata(py, e, &g)?;
        Ok(g)
    };
    Ok((build(m)?, build(r)?))
}

fn m_split(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, c] = args else {
        return Err(py.type_error("split() takes exactly one argument".to_string()));
    };
    let cond = cond_of(py, c)?;
    let (m, r) = split(py, me, &cond, true)?;
    Ok(tuple::new(py, vec![m, r]))
}

fn m_subgroup(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, c] = args else {
        return Err(py.type_error("subgroup() takes exactly one argument".to_string()));
    };
    let cond = cond_of(py, c)?;
    Ok(split(py, me, &cond, false)?.0)
}

fn m_derive(py: Py<'_>, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [me, excs] = args else {
        return Err(py.type_error("derive() takes exactly one argument".to_string()));
    };
    let msg = get_attr(me, "message").unwrap_or_else(|| py.new_str(""));
    new_group(
        py,
        &exc_type(py, "BaseExceptionGroup"),
        &[msg, excs.clone()],
        &[],
    )
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("split", m_split),
    ("subgroup", m_subgroup),
    ("derive", m_derive),
];

/// CHECK_EG_MATCH: `(rest, match)` of `exc` against `except* T`; a naked
/// exception that matches is wrapped in `ExceptionGroup("", [exc])`.
/// `None` when nothing matches.
pub fn except_star_match(
    py: Py<'_>,
    exc: &Value,
    match_type: &Value,
) -> PyResult<Option<(Value, Value)>> {
    let cond = cond_of(py, match_type).map_err(|_| {
        py.type_error(
            "catching classes that do not inherit from BaseException is not allowed".to_string(),
        )
    })?;
    if let Cond::Types(ts) = &cond {
        if ts
            .iter()
            .any(|t| is_subtype(t, &exc_type(py, "BaseExceptionGroup")))
        {
            return Err(py.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead."
                    .to_string(),
            ));
        }
    } else {
        return Err(py.type_error(
            "catching classes that do not inherit from BaseException is not allowed".to_string(),
        ));
    }
    if exc.is(&py.none) {
        return Ok(None);
    }
    if !is_group(py, exc) {
        if !matches(py, &cond, exc)? {
            return Ok(None);
        }
        let g = new_group(
            py,
            &exc_type(py, "BaseExceptionGroup"),
            &[py.new_str(""), tuple::new(py, vec![exc.clone()])],
            &[],
        )?;
        if let (Some(from), Some(to)) = (
            exc.downcast::<ExceptionData>(),
            g.downcast::<ExceptionData>(),
        ) {
            *to.traceback.borrow_mut() = from.traceback.borrow().clone();
        }
        return Ok(Some((py.none(), g)));
    }
    let (m, r) = split(py, exc, &cond, true)?;
    if m.is(&py.none) {
        return Ok(None);
    }
    Ok(Some((r, m)))
}

/// The ids of the leaf exceptions of `e`.
fn leaf_ids(py: Py<'_>, e: &Value, out: &mut Vec<usize>) {
    if is_group(py, e) {
        for x in members(e) {
            leaf_ids(py, &x, out);
        }
    } else {
        out.push(e.addr());
    }
}

/// Whether `e` carries `orig`'s metadata: it was split off `orig` (re-raised)
/// rather than raised anew in an `except*` clause.
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (
        e.downcast::<ExceptionData>(),
        orig.downcast::<ExceptionData>(),
    ) else {
        return false;
    };
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    let tb_a: Vec<usize> = a.traceback.borrow().iter().map(|t| t.instr).collect();
    let tb_b: Vec<usize> = b.traceback.borrow().iter().map(|t| t.instr).collect();
    tb_a == tb_b
        && same(&a.cause.borrow(), &b.cause.borrow())
        && same(&a.context.borrow(), &b.context.borrow())
}

/// PREP_RERAISE_STAR: what leaves a `try/except*` after its clauses ran:
/// `orig` is what was raised into it, `excs` what the clauses raised or
/// re-raised (None entries are skipped). None when nothing propagates.
pub fn prep_reraise_star(py: Py<'_>, orig: &Value, excs: &Value) -> PyResult<Value> {
    let excs: Vec<Value> = obj::collect(py, excs)?
        .into_iter()
        .filter(|e| !e.is(&py.none))
        .collect();
    if excs.is_empty() {
        return Ok(py.none());
    }
    if !is_group(py, orig) {
        // A naked exception was wrapped: only one clause could run.
        return Ok(excs[0].clone());
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs {
        if is_group(py, &e) && same_metadata(&e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = Vec::new();
    for e in &reraised {
        leaf_ids(py, e, &mut ids);
    }
    let reraised_eg = if ids.is_empty() {
        py.none()
    } else {
        split(py, orig, &Cond::Leaves(ids), false)?.0
    };
    if !reraised_eg.is(&py.none) {
        raised.push(reraised_eg);
    }
    match raised.len() {
        0 => Ok(py.none()),
        1 => Ok(raised.remove(0)),
        _ => new_group(
            py,
            &exc_type(py, "BaseExceptionGroup"),
            &[py.new_str(""), list::new(py, raised)],
            &[],
        ),
    }
}
