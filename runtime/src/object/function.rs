//! `function` (Python code with its globals, defaults and closure) and
//! `builtin_function_or_method` (a Rust function, maybe bound to `self`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::code::CodeData;
use crate::object::typeobj::{NativeFn, Slots};
use crate::object::{dict, PyResult};
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct Function {
    pub code: Rc<CodeData>,
    pub globals: Value,
    /// The builtins dict its frames use: the globals' `__builtins__` when the
    /// function is made (CPython 3.11's `func_builtins`), else the interpreter's.
    pub builtins: Value,
    pub defaults: Vec<Value>,
    /// Keyword-only defaults: a dict, or `None`.
    pub kwdefaults: Option<Value>,
    /// Cells for the code's free variables.
    pub closure: Vec<Value>,
    pub name: String,
    pub qualname: String,
    /// The `code` object MAKE_FUNCTION got (`__code__`).
    pub code_obj: Option<Value>,
    /// `__annotations__` (a dict, made on first use when not given).
    pub annotations: RefCell<Option<Value>>,
    /// `__module__`: the `__name__` of the globals at creation.
    pub module: RefCell<Value>,
    /// Assigned `__name__`, `__qualname__`, `__doc__`, `__defaults__`,
    /// `__kwdefaults__` (functools.wraps sets them).
    pub overrides: RefCell<Vec<(&'static str, Value)>>,
    /// Arbitrary attributes (`f.extra = 5`, `__wrapped__`), made on demand.
    pub dict: RefCell<Option<Value>>,
}
impl Payload for Function {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
        visit(&self.builtins);
        self.defaults.iter().for_each(&mut *visit);
        self.kwdefaults.iter().for_each(&mut *visit);
        self.closure.iter().for_each(&mut *visit);
        for part in [&self.annotations, &self.dict] {
            if let Ok(Some(v)) = part.try_borrow().as_deref() {
                visit(v);
            }
        }
        if let Ok(m) = self.module.try_borrow() {
            visit(&m);
        }
        if let Ok(o) = self.overrides.try_borrow() {
            o.iter().for_each(|(_, v)| visit(v));
        }
    }
    fn clear(&self) {
        for part in [&self.annotations, &self.dict] {
            if let Ok(mut v) = part.try_borrow_mut() {
                drop(v.take());
            }
        }
        if let Ok(mut o) = self.overrides.try_borrow_mut() {
            drop(std::mem::take(&mut *o));
        }
    }
}

impl Function {
    /// A function as MAKE_FUNCTION makes it; `annotations` is the tuple of
    /// (name, value) pairs the compiler emits, flattened.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        py: Py<'_>,
        code_obj: Value,
        code: Rc<CodeData>,
        globals: Value,
        defaults: Vec<Value>,
        kwdefaults: Option<Value>,
        closure: Vec<Value>,
        annotations: Option<Value>,
    ) -> PyResult<Function> {
        let module = dict::get_str(py, &globals, "__name__")?.unwrap_or_else(|| py.none());
        let builtins = match dict::get_str(py, &globals, "__builtins__")? {
            Some(b) if b.downcast::<dict::Dict>().is_some() => b,
            _ => py.builtins.clone(),
        };
        let annotations = match annotations {
            Some(a) if a.downcast::<dict::Dict>().is_some() => Some(a),
            Some(a) => {
                let d = dict::new(py);
                let items = super::collect(py, &a)?;
                for pair in items.chunks(2) {
                    if let [k, v] = pair {
                        dict::set_item(py, &d, k.clone(), v.clone())?;
                    }
                }
                Some(d)
            }
            None => None,
        };
        Ok(Function {
            name: code.code.name.clone(),
            qualname: code.code.qualname.clone(),
            code,
            globals,
            builtins,
            defaults,
            kwdefaults,
            closure,
            code_obj: Some(code_obj),
            annotations: RefCell::new(annotations),
            module: RefCell::new(module),
            overrides: RefCell::new(Vec::new()),
            dict: RefCell::new(None),
        })
    }

    /// The positional and keyword-only defaults calls use: the ones given
    /// at creation unless `__defaults__`/`__kwdefaults__` were assigned.
    pub fn current_defaults(
        &self,
        py: Py<'_>,
    ) -> PyResult<(std::borrow::Cow<'_, [Value]>, Option<Value>)> {
        if self.overrides.borrow().is_empty() {
            return Ok((
                std::borrow::Cow::Borrowed(&self.defaults),
                self.kwdefaults.clone(),
            ));
        }
        let defaults = match self.overridden("__defaults__") {
            Some(d) if d.is(&py.none) => std::borrow::Cow::Owned(Vec::new()),
            Some(d) => std::borrow::Cow::Owned(super::collect(py, &d)?),
            None => std::borrow::Cow::Borrowed(&self.defaults[..]),
        };
        let kwdefaults = match self.overridden("__kwdefaults__") {
            Some(d) if d.is(&py.none) => None,
            Some(d) => Some(d),
            None => self.kwdefaults.clone(),
        };
        Ok((defaults, kwdefaults))
    }

    fn overridden(&self, name: &str) -> Option<Value> {
        let o = self.overrides.borrow();
        o.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
    }
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(f) = v.downcast::<Function>() else {
        return Ok("<function>".to_string());
    };
    let name = match f.overridden("__qualname__") {
        Some(q) => super::str(py, &q)?,
        None => f.qualname.clone(),
    };
    Ok(format!("<function {name} at {:#x}>", v.addr()))
}

fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(f) = v.downcast::<Function>() else {
        return Ok(None);
    };
    if let Some(x) = f.overridden(name) {
        return Ok(Some(x));
    }
    Ok(match name {
        "__name__" => Some(py.new_str(&f.name)),
        "__qualname__" => Some(py.new_str(&f.qualname)),
        "__code__" => Some(match &f.code_obj {
            Some(c) => c.clone(),
            None => py.alloc(&py.types.code, super::code::Code(f.code.clone())),
        }),
        "__globals__" => Some(f.globals.clone()),
        "__builtins__" => Some(
            dict::get_str(py, &f.globals, "__builtins__")?.unwrap_or_else(|| py.builtins.clone()),
        ),
        "__defaults__" if f.defaults.is_empty() => Some(py.none()),
        "__defaults__" => Some(super::tuple::new(py, f.defaults.clone())),
        "__kwdefaults__" => Some(f.kwdefaults.clone().unwrap_or_else(|| py.none())),
        "__closure__" if f.closure.is_empty() => Some(py.none()),
        "__closure__" => Some(super::tuple::new(py, f.closure.clone())),
        "__doc__" => Some(match f.code.consts.first() {
            Some(d) if super::str::as_str(d).is_some() => d.clone(),
            _ => py.none(),
        }),
        "__module__" => Some(f.module.borrow().clone()),
        "__annotations__" => Some(
            f.annotations
                .borrow_mut()
                .get_or_insert_with(|| dict::new(py))
                .clone(),
        ),
        "__dict__" => Some(
            f.dict
                .borrow_mut()
                .get_or_insert_with(|| dict::new(py))
                .clone(),
        ),
        _ => {
            let d = f.dict.borrow().clone();
            match d {
                Some(d) => dict::get_str(py, &d, name)?,
                None => None,
            }
        }
    })
}

/// Whether `name` is one of a function's own attributes (a field, not an
/// entry of its `__dict__`).
pub fn is_field(name: &str) -> bool {
    matches!(
        name,
        "__name__"
            | "__qualname__"
            | "__doc__"
            | "__defaults__"
            | "__kwdefaults__"
            | "__module__"
            | "__annotations__"
            | "__code__"
            | "__globals__"
            | "__closure__"
            | "__builtins__"
    )
}

/// `f.name = x` on a Python function.
pub fn setattr(py: Py<'_>, v: &Value, name: &str, x: Value) -> PyResult<()> {
    let Some(f) = v.downcast::<Function>() else {
        return Err(py.attribute_error(v, name));
    };
    let special: Option<&'static str> = match name {
        "__name__" => Some("__name__"),
        "__qualname__" => Some("__qualname__"),
        "__doc__" => Some("__doc__"),
        "__defaults__" => Some("__defaults__"),
        "__kwdefaults__" => Some("__kwdefaults__"),
        _ => None,
    };
    match name {
        "__name__" | "__qualname__" if super::str::as_str(&x).is_none() => {
            return Err(py.type_error(format!("{name} must be set to a string object")));
        }
        "__defaults__" if !x.is(&py.none) && x.downcast::<super::tuple::Tuple>().is_none() => {
            return Err(py.type_error("__defaults__ must be set to a tuple object".to_string()));
        }
        "__kwdefaults__" if !x.is(&py.none) && x.downcast::<dict::Dict>().is_none() => {
            return Err(py.type_error("__kwdefaults__ must be set to a dict object".to_string()));
        }
        "__module__" => {
            let old = std::mem::replace(&mut *f.module.borrow_mut(), x);
            drop(old);
            return Ok(());
        }
        "__annotations__" => {
            let old = f.annotations.borrow_mut().replace(x);
            drop(old);
            return Ok(());
        }
        "__dict__" => {
            if x.downcast::<dict::Dict>().is_none() {
                return Err(py.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    py.type_name(&x)
                )));
            }
            let old = f.dict.borrow_mut().replace(x);
            drop(old);
            return Ok(());
        }
        "__code__" | "__globals__" | "__closure__" | "__builtins__" => {
            return Err(py.new_error(&py.types.attribute_error, "readonly attribute".to_string()));
        }
        _ => {}
    }
    if let Some(n) = special {
        let old = {
            let mut o = f.overrides.borrow_mut();
            match o.iter_mut().find(|(k, _)| *k == n) {
                Some(slot) => Some(std::mem::replace(&mut slot.1, x)),
                None => {
                    o.push((n, x));
                    None
                }
            }
        };
        drop(old);
        return Ok(());
    }
    let d = f
        .dict
        .borrow_mut()
        .get_or_insert_with(|| dict::new(py))
        .clone();
    dict::set_item(py, &d, py.intern(name), x)
}

/// Attributes of a bound method: its own, then the function's.
pub fn method_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(m) = v.downcast::<super::instance::Method>() else {
        return Ok(None);
    };
    // The method type's own attributes (`__call__`) come first.
    if py.type_obj(v).lookup(name).is_some() {
        return Ok(None);
    }
    match name {
        "__self__" => Ok(Some(m.me.clone())),
        "__func__" => Ok(Some(m.func.clone())),
        _ => match super::getattr(py, &m.func, name) {
            Ok(x) => Ok(Some(x)),
            Err(e) if e.matches(py, &py.types.attribute_error) => Ok(None),
            Err(e) => Err(e),
        },
    }
}

/// `m1 == m2`: the same function bound to the same object.
pub fn method_richcompare(
    py: Py<'_>,
    a: &Value,
    b: &Value,
    op: crate::ast::Cmpop,
) -> PyResult<Option<Value>> {
    use crate::ast::Cmpop;
    let (Some(x), Some(y)) = (
        a.downcast::<super::instance::Method>(),
        b.downcast::<super::instance::Method>(),
    ) else {
        return Ok(None);
    };
    let same = x.me.is(&y.me) && super::eq(py, &x.func, &y.func)?;
    Ok(match op {
        Cmpop::Eq => Some(py.bool(same)),
        Cmpop::NotEq => Some(py.bool(!same)),
        _ => None,
    })
}

pub fn method_hash(py: Py<'_>, v: &Value) -> PyResult<i64> {
    let Some(m) = v.downcast::<super::instance::Method>() else {
        return Ok(0);
    };
    Ok(((m.me.addr() >> 4) as i64) ^ super::hash(py, &m.func)?)
}

fn func_hash(_py: Py<'_>, v: &Value) -> PyResult<i64> {
    Ok((v.addr() >> 4) as i64)
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(func_hash),
        getattr: Some(getattr),
        ..Slots::default()
    }
}

pub struct Builtin {
    pub name: &'static str,
    pub f: NativeFn,
    /// The receiver of a bound method, passed as the first argument.
    pub bound: Option<Value>,
    /// [`NEEDS_CALLER`] and [`COUNTED`], decided once from the name when
    /// the builtin is made, so that calls need not compare names.
    pub flags: u8,
}

/// The builtin sees its caller's namespaces (`builtins::exec::note_caller`).
pub const NEEDS_CALLER: u8 = 1;
/// A call of the builtin counts one recursion level.
pub const COUNTED: u8 = 2;

/// The flags of an unbound builtin function called `name`; bound ones have none.
pub fn builtin_flags(name: &str, bound: bool) -> u8 {
    if bound {
        return 0;
    }
    let mut flags = 0;
    if crate::builtins::exec::NEEDS_CALLER.contains(&name) {
        flags |= NEEDS_CALLER;
    }
    if crate::vm::recursion::counted_builtin(name) {
        flags |= COUNTED;
    }
    flags
}
impl Payload for Builtin {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.bound.iter().for_each(visit);
    }
}

pub fn call_builtin(py: Py<'_>, b: &Builtin, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match &b.bound {
        None if b.flags & COUNTED != 0 => {
            let _level = crate::vm::recursion::enter(py, " while calling a Python object")?;
            (b.f)(py, args, kwnames)
        }
        None => (b.f)(py, args, kwnames),
        Some(me) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(me.clone());
            all.extend_from_slice(args);
            (b.f)(py, &all, kwnames)
        }
    }
}

fn builtin_repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let Some(b) = v.downcast::<Builtin>() else {
        return Ok("<built-in>".to_string());
    };
    Ok(match &b.bound {
        None => match crate::builtins::classes::method_owner(py, v, b.name) {
            // Operator dunders kept as builtins have the type `wrapper_descriptor`.
            Some(owner) if py.type_name(v) == "wrapper_descriptor" => {
                format!("<slot wrapper '{}' of '{owner}' objects>", b.name)
            }
            Some(owner) => format!("<method '{}' of '{owner}' objects>", b.name),
            None => format!("<built-in function {}>", b.name),
        },
        Some(me) => format!(
            "<built-in method {} of {} object at {:#x}>",
            b.name,
            py.type_name(me),
            me.addr()
        ),
    })
}

fn builtin_getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(b) = v.downcast::<Builtin>() else {
        return Ok(None);
    };
    Ok(match name {
        "__name__" => Some(py.new_str(b.name)),
        "__qualname__" => {
            Some(py.new_str(&crate::builtins::type_dunders::builtin_qualname(py, v, b)?))
        }
        "__self__" => Some(b.bound.clone().unwrap_or_else(|| py.none())),
        // Only the functions of the builtins module carry CPython's text.
        "__doc__" if b.bound.is_none() => Some(
            crate::builtins::docs::builtin_doc(py, v, b.name)
                .map_or_else(|| py.none(), |d| py.new_str(d)),
        ),
        "__doc__" | "__text_signature__" => Some(py.none()),
        "__module__" if b.bound.is_none() => Some(py.new_str("builtins")),
        "__module__" => Some(py.none()),
        _ => None,
    })
}

pub fn builtin_slots() -> Slots {
    Slots {
        repr: Some(builtin_repr),
        getattr: Some(builtin_getattr),
        ..Slots::default()
    }
}

/// `f.__call__(...)`: calls the function (or bound method) itself.
fn m_call(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some((f, rest)) = args.split_first() else {
        return Err(py.type_error("__call__() needs a callable".to_string()));
    };
    super::call(py, f, rest, kwnames)
}

/// Puts the methods of `function` and bound methods in their type dicts.
pub fn install(py: Py<'_>) {
    for ty in [&py.types.function, &py.types.method] {
        if let Some(t) = ty.downcast::<super::typeobj::TypeObject>() {
            let m = py.new_builtin("__call__", m_call, None);
            t.dict.borrow_mut().insert("__call__".to_string(), m);
        }
    }
}
