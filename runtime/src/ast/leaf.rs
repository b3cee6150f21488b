//! The leaf types the generated AST is built from: ASDL's `identifier`,
//! `string` and `constant`, each with its Python `repr` for `ast.dump`.

use num_bigint::BigInt;

use crate::repr::{bytes_repr, complex_repr, float_repr, pystr_repr, str_repr};
use crate::unicode::PyStr;

/// ASDL `identifier`: a name as written in the source (after NFKC, done by the
/// tokenizer's caller).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Identifier(pub String);

impl Identifier {
    /// An identifier as written in source: non-ASCII names are NFKC-normalised
    /// (PEP 3131), so `ﬁle` and `file` are the same name, as in CPython.
    pub fn from_source(text: &str) -> Self {
        if text.is_ascii() {
            return Identifier(text.to_string());
        }
        use unicode_normalization::UnicodeNormalization;
        Identifier(text.nfkc().collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn py_repr(&self) -> String {
        str_repr(&self.0)
    }
}

impl From<&str> for Identifier {
    fn from(s: &str) -> Self {
        Identifier(s.to_string())
    }
}

impl From<String> for Identifier {
    fn from(s: String) -> Self {
        Identifier(s)
    }
}

/// ASDL `string`: used for `Constant.kind` (`'u'`) and type comments.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AstString(pub String);

impl AstString {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn py_repr(&self) -> String {
        str_repr(&self.0)
    }
}

impl From<&str> for AstString {
    fn from(s: &str) -> Self {
        AstString(s.to_string())
    }
}

/// ASDL `constant`: the values a `Constant` node (or the compiler's folding)
/// can hold. Tuples and frozensets appear only after constant folding.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    /// A Python str, which may hold lone surrogates (`'\ud800'`).
    Str(PyStr),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    FrozenSet(Vec<Constant>),
}

impl Constant {
    /// Python's `repr` of the value, as `ast.dump` prints it.
    pub fn py_repr(&self) -> String {
        match self {
            Constant::None => "None".to_string(),
            Constant::Bool(true) => "True".to_string(),
            Constant::Bool(false) => "False".to_string(),
            Constant::Ellipsis => "Ellipsis".to_string(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => float_repr(*f),
            Constant::Complex { real, imag } => complex_repr(*real, *imag),
            Constant::Str(s) => pystr_repr(s),
            Constant::Bytes(b) => bytes_repr(b),
            Constant::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(Constant::py_repr).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Constant::FrozenSet(items) => {
                if items.is_empty() {
                    "frozenset()".to_string()
                } else {
                    let parts: Vec<String> = items.iter().map(Constant::py_repr).collect();
                    format!("frozenset({{{}}})", parts.join(", "))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_repr_like_python() {
        let big: BigInt = "123456789012345678901234567890".parse().unwrap();
        let cases = vec![
            (Constant::None, "None"),
            (Constant::Bool(true), "True"),
            (Constant::Bool(false), "False"),
            (Constant::Ellipsis, "Ellipsis"),
            (Constant::Int(big), "123456789012345678901234567890"),
            (Constant::Int(BigInt::from(-5)), "-5"),
            (Constant::Float(1.0), "1.0"),
            (Constant::Float(1e16), "1e+16"),
            (Constant::Float(f64::INFINITY), "inf"),
            (
                Constant::Complex {
                    real: 0.0,
                    imag: 1.0,
                },
                "1j",
            ),
            (
                Constant::Complex {
                    real: 1.0,
                    imag: 2.0,
                },
                "(1+2j)",
            ),
            (Constant::Str("it's".into()), "\"it's\""),
            (
                Constant::Str(PyStr::from_code_points([0x61, 0xD800]).unwrap_or_default()),
                "'a\\ud800'",
            ),
            (Constant::Bytes(vec![0]), "b'\\x00'"),
            (
                Constant::Tuple(vec![Constant::Int(BigInt::from(1))]),
                "(1,)",
            ),
            (Constant::Tuple(vec![]), "()"),
            (
                Constant::Tuple(vec![
                    Constant::Int(BigInt::from(1)),
                    Constant::Str("a".into()),
                ]),
                "(1, 'a')",
            ),
            (Constant::FrozenSet(vec![]), "frozenset()"),
            (
                Constant::FrozenSet(vec![
                    Constant::Int(BigInt::from(1)),
                    Constant::Int(BigInt::from(2)),
                ]),
                "frozenset({1, 2})",
            ),
        ];
        for (c, want) in cases {
            assert_eq!(c.py_repr(), want);
        }
    }

    #[test]
    fn identifier_and_string() {
        let id = Identifier::from("x");
        assert_eq!(id.as_str(), "x");
        assert_eq!(id.py_repr(), "'x'");
        assert_eq!(AstString::from("u").py_repr(), "'u'");
    }
}
