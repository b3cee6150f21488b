//! `grammar/Python.asdl`: the AST definition.
//!
//! Read with `asdl.pest` into a [`Module`] and checked (undefined types, names
//! defined twice); emitted as the AST types, the `make` constructors, a
//! `Visitor`, and `dump`, which prints a tree as CPython 3.11's `ast.dump` does.

mod emit;
mod py;
mod read;

pub use emit::emit;
pub use py::emit as emit_py;
pub use read::{read, read_layers};

use crate::diag::Span;

/// The builtin field types, and the Rust type each becomes.
pub const BUILTINS: [(&str, &str); 4] = [
    ("identifier", "Identifier"),
    ("string", "AstString"),
    ("constant", "Constant"),
    ("int", "i32"),
];

/// How many values a field holds: `T`, `T?`, `T*`, or `T?*` (a list with None items).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    One,
    Optional,
    List,
    OptionalList,
}

/// `expr? returns`.
#[derive(Clone, Debug)]
pub struct Field {
    pub ty: String,
    pub quantity: Quantity,
    pub name: String,
    pub ty_span: Span,
    pub name_span: Span,
}

/// `BinOp(expr left, operator op, expr right)`; `fields` is empty for `Add`.
#[derive(Clone, Debug)]
pub struct Constructor {
    pub name: String,
    pub fields: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Kind {
    /// `expr = BinOp(...) | Name(...)`.
    Sum(Vec<Constructor>),
    /// `arguments = (...)`.
    Product(Vec<Field>),
}

/// One `name = ...` definition.
#[derive(Clone, Debug)]
pub struct Definition {
    pub name: String,
    pub kind: Kind,
    /// `attributes (...)`: fields shared by every constructor (positions).
    pub attributes: Vec<Field>,
    pub span: Span,
}

impl Definition {
    /// A sum of constructors without fields or attributes (`operator`,
    /// `expr_context`): emitted as a plain `Copy` enum.
    pub fn is_simple_sum(&self) -> bool {
        match &self.kind {
            Kind::Sum(ctors) => {
                self.attributes.is_empty() && ctors.iter().all(|c| c.fields.is_empty())
            }
            Kind::Product(_) => false,
        }
    }
}

/// The checked ASDL model: `module Python { definitions }`.
#[derive(Debug, Default)]
pub struct Module {
    pub name: String,
    pub definitions: Vec<Definition>,
}

impl Module {
    pub fn definition(&self, name: &str) -> Option<&Definition> {
        self.definitions.iter().find(|d| d.name == name)
    }

    /// Sum types whose constructors all have no fields (`operator`, `cmpop`,
    /// ...): `(type name, constructor names)`, as written in the ASDL.
    pub fn operator_sums(&self) -> Vec<(String, Vec<String>)> {
        self.definitions
            .iter()
            .filter(|d| d.is_simple_sum())
            .map(|d| {
                let names = match &d.kind {
                    Kind::Sum(ctors) => ctors.iter().map(|c| c.name.clone()).collect(),
                    Kind::Product(_) => Vec::new(),
                };
                (d.name.clone(), names)
            })
            .collect()
    }
}

/// `expr_context` -> `ExprContext`, `boolop` -> `Boolop`.
pub fn camel_case(name: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
