//! `Names`: the dunder names the runtime looks up on every operation of a
//! Python class, made and interned once when the interpreter starts, so a
//! cached lookup keys on a ready `Value` instead of interning a `&str`
//! (which was most of the cost of a cached dunder lookup).
//!
//! **Invariant:** every name here is the interned str of its text (the
//! interpreter enters them in its intern table at start) and immortal, so
//! its address identifies the name for as long as the interpreter lives.

use crate::ast::{Cmpop, Operator, Unaryop};
use crate::object::str::Text;
use crate::object::typeobj::TypeObject;
use crate::value::{alloc_object, GcHead, Value};

pub struct Names {
    pub init: Value,
    pub new: Value,
    pub repr: Value,
    pub str: Value,
    pub hash: Value,
    pub eq: Value,
    pub bool: Value,
    pub len: Value,
    pub getitem: Value,
    pub setitem: Value,
    pub delitem: Value,
    pub contains: Value,
    pub missing: Value,
    pub iter: Value,
    pub next: Value,
    pub call: Value,
    /// By `Operator::index()`: the dunder, the reflected and in-place ones.
    binop: Box<[Option<Value>]>,
    rbinop: Box<[Option<Value>]>,
    ibinop: Box<[Option<Value>]>,
    /// By `Cmpop::index()` and `Unaryop::index()`.
    cmp: Box<[Option<Value>]>,
    unary: Box<[Option<Value>]>,
    /// The one-character strs of ASCII, shared as CPython shares them
    /// (`"abc"[0] is "a"`); not interned.
    ascii: Box<[Value]>,
}

impl Names {
    /// Makes the names as immortal strs of type `str_type`.
    pub fn new(str_type: &Value, gc: &GcHead) -> Names {
        let make = |s: &str| {
            let v = alloc_object(
                str_type,
                crate::object::str::Str::new(Text::from_str(s)),
                gc,
            );
            v.leak();
            v
        };
        let table = |n: usize, f: &dyn Fn(usize) -> Option<&'static str>| {
            (0..n).map(|i| f(i).map(make)).collect::<Box<[_]>>()
        };
        let ops = Operator::ROWS.len();
        Names {
            init: make("__init__"),
            new: make("__new__"),
            repr: make("__repr__"),
            str: make("__str__"),
            hash: make("__hash__"),
            eq: make("__eq__"),
            bool: make("__bool__"),
            len: make("__len__"),
            getitem: make("__getitem__"),
            setitem: make("__setitem__"),
            delitem: make("__delitem__"),
            contains: make("__contains__"),
            missing: make("__missing__"),
            iter: make("__iter__"),
            next: make("__next__"),
            call: make("__call__"),
            binop: table(ops, &|i| Operator::ROWS.get(i).and_then(|o| o.dunder())),
            rbinop: table(ops, &|i| {
                Operator::ROWS.get(i).and_then(|o| o.reflected_dunder())
            }),
            ibinop: table(ops, &|i| {
                Operator::ROWS.get(i).and_then(|o| o.inplace_dunder())
            }),
            cmp: table(Cmpop::ROWS.len(), &|i| {
                Cmpop::ROWS.get(i).and_then(|o| o.dunder())
            }),
            unary: table(Unaryop::ROWS.len(), &|i| {
                Unaryop::ROWS.get(i).and_then(|o| o.dunder())
            }),
            ascii: (0u8..128)
                .map(|b| make(char::from(b).encode_utf8(&mut [0; 4])))
                .collect(),
        }
    }

    /// Every name, for the intern table.
    pub fn all(&self) -> impl Iterator<Item = &Value> {
        [
            &self.init,
            &self.new,
            &self.repr,
            &self.str,
            &self.hash,
            &self.eq,
            &self.bool,
            &self.len,
            &self.getitem,
            &self.setitem,
            &self.delitem,
            &self.contains,
            &self.missing,
            &self.iter,
            &self.next,
            &self.call,
        ]
        .into_iter()
        .chain(
            [
                &self.binop,
                &self.rbinop,
                &self.ibinop,
                &self.cmp,
                &self.unary,
            ]
            .into_iter()
            .flat_map(|t| t.iter().flatten()),
        )
    }

    /// The shared str of ASCII character `b` (`None` past ASCII).
    #[inline]
    pub fn ascii_char(&self, b: u8) -> Option<&Value> {
        self.ascii.get(b as usize)
    }

    pub fn binop(&self, op: Operator) -> Option<&Value> {
        self.binop.get(op.index())?.as_ref()
    }

    pub fn rbinop(&self, op: Operator) -> Option<&Value> {
        self.rbinop.get(op.index())?.as_ref()
    }

    pub fn ibinop(&self, op: Operator) -> Option<&Value> {
        self.ibinop.get(op.index())?.as_ref()
    }

    pub fn cmp(&self, op: Cmpop) -> Option<&Value> {
        self.cmp.get(op.index())?.as_ref()
    }

    pub fn unary(&self, op: Unaryop) -> Option<&Value> {
        self.unary.get(op.index())?.as_ref()
    }
}

/// Enters the names in the interpreter's intern table, before anything
/// else interns them.
pub(super) fn enter(interp: &super::Interpreter) {
    let mut table = interp.interned.borrow_mut();
    for v in interp.names.all() {
        if let Some(s) = crate::object::str::as_str(v) {
            table.insert(s.to_string(), v.clone());
        }
    }
}

/// `t.lookup_heap(name)` through the type attribute cache, for a name from
/// `Names` (or any interned str).
#[inline]
pub fn lookup_heap(py: super::Py<'_>, t: &TypeObject, name: &Value) -> Option<Value> {
    super::cache::type_lookup_heap_interned(py, t, name)
}
