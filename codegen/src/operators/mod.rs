//! `grammar/operators`: spellings, dunders and meanings of the AST operators.
//!
//! Read with `operators.pest` into an [`OperatorTable`]: one [`Section`] per
//! ASDL sum type of operators (`[operator]`, `[cmpop]`, ...), one [`OperatorRow`]
//! per constructor, checked against `Python.asdl` (every constructor has exactly
//! one row) and `Tokens` (every operator spelling is a token). Emitted as
//! methods on the AST's operator enums, which the compiler and VM use instead
//! of hand-written tables, so a new operator needs no hand-written Rust.

mod emit;
mod read;

pub use emit::emit;
pub use read::{read, read_layers};

use crate::diag::Span;

/// The flags a row may carry; each becomes a `bool` method of its enum.
pub const FLAGS: [(&str, &str); 2] = [
    (
        "swapped",
        "the dunder is looked up on the right operand (`b.__contains__(a)`)",
    ),
    (
        "negated",
        "the result is the negation of the dunder's (or of identity / truth)",
    ),
];

/// One row: an AST constructor and what it means in Python.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperatorRow {
    /// The ASDL constructor (`Add`), also the emitted variant name.
    pub ctor: String,
    /// Source text (`+`, `not in`).
    pub spelling: String,
    /// The method tried first (`__add__`), if the operator has one.
    pub dunder: Option<String>,
    /// The method tried on the right operand (`__radd__`; `__gt__` for `<`).
    pub reflected: Option<String>,
    /// The augmented-assignment method (`__iadd__`).
    pub inplace: Option<String>,
    pub flags: Vec<&'static str>,
    /// A Python expression over `a` (and `b` for binary operators) giving the
    /// meaning when no operand defines the dunder.
    pub default: Option<String>,
    /// `for int float`: the builtin types both operands must be instances of
    /// for `default` to apply (empty: any operands).
    pub default_types: Vec<String>,
    pub span: Span,
}

impl OperatorRow {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.contains(&flag)
    }
}

/// The rows of one ASDL sum type, in file order (the order of `index()`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// The ASDL type name (`operator`, `cmpop`).
    pub sum: String,
    pub rows: Vec<OperatorRow>,
    pub span: Span,
}

impl Section {
    pub fn row(&self, ctor: &str) -> Option<&OperatorRow> {
        self.rows.iter().find(|r| r.ctor == ctor)
    }
    /// The Rust enum the `ast!` macro emits for this sum: `expr_context` → `ExprContext`.
    pub fn type_name(&self) -> String {
        camel_case(&self.sum)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OperatorTable {
    pub sections: Vec<Section>,
}

impl OperatorTable {
    pub fn section(&self, sum: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.sum == sum)
    }
}

/// ASDL names to Rust type names, as the AST emitter spells them.
pub fn camel_case(name: &str) -> String {
    name.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    /// CPython 3.11's field-less sum types, as `Module::operator_sums` gives them.
    pub fn sums_311() -> Vec<(String, Vec<String>)> {
        let sums: [(&str, &str); 5] = [
            ("expr_context", "Load Store Del"),
            ("boolop", "And Or"),
            (
                "operator",
                "Add Sub Mult MatMult Div Mod Pow LShift RShift BitOr BitXor BitAnd FloorDiv",
            ),
            ("unaryop", "Invert Not UAdd USub"),
            ("cmpop", "Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn"),
        ];
        sums.iter()
            .map(|(s, cs)| (s.to_string(), cs.split(' ').map(String::from).collect()))
            .collect()
    }

    /// The hand-written list is the one `grammar/Python.asdl` gives.
    #[test]
    fn sums_311_match_grammar_asdl() {
        use crate::diag::{Diags, SpecFiles};
        let mut files = SpecFiles::default();
        let id = files.add(
            "grammar/Python.asdl",
            include_str!("../../../grammar/Python.asdl"),
        );
        let mut diags = Diags::default();
        let module = crate::asdl::read(&files, id, &mut diags);
        assert_eq!(diags.render(&files, false), "");
        let mut from_asdl = module.map(|m| m.operator_sums()).unwrap_or_default();
        let mut ours = sums_311();
        from_asdl.sort();
        ours.sort();
        assert_eq!(from_asdl, ours);
    }

    #[test]
    fn camel_case_matches_the_ast_names() {
        assert_eq!(super::camel_case("operator"), "Operator");
        assert_eq!(super::camel_case("expr_context"), "ExprContext");
        assert_eq!(super::camel_case("cmpop"), "Cmpop");
    }
}
