//! The AST: node types, constructors (`make::*`), visitor and `dump` are
//! generated from `grammar/Python.asdl` (`cargo run -p moult-codegen -- dump ast`);
//! the leaf types (`Identifier`, `AstString`, `Constant`) are written by hand.

pub mod leaf;
pub use leaf::*;
pub mod validate;

mod nodes {
    use super::leaf::{AstString, Constant, Identifier};
    moult_macros::ast!();
    // The `ast` module's class table and the tree <-> Python conversions.
    moult_macros::ast_py!();
    // Spellings, dunders and default meanings of `Operator`, `Cmpop`, ... from
    // `grammar/operators`: the compiler and VM reach operators only through these.
    moult_macros::operators!();
}
pub use nodes::*;

impl DumpLeaf for Identifier {
    fn dump_leaf(&self, out: &mut String) {
        out.push_str(&self.py_repr());
    }
}

impl DumpLeaf for AstString {
    fn dump_leaf(&self, out: &mut String) {
        out.push_str(&self.py_repr());
    }
}

impl DumpLeaf for Constant {
    fn dump_leaf(&self, out: &mut String) {
        out.push_str(&self.py_repr());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operator_tables_come_from_the_spec() {
        assert_eq!(Operator::Add.dunder(), Some("__add__"));
        assert_eq!(Operator::Add.reflected_dunder(), Some("__radd__"));
        assert_eq!(Cmpop::Lt.spelling(), "<");
        assert_eq!(Cmpop::from_spelling("not in"), Some(Cmpop::NotIn));
    }

    #[test]
    fn dump_matches_python() {
        // python3: ast.dump(ast.parse("x = 'a'"), include_attributes=True)
        let value = make::Constant(Constant::Str("a".into()), None, 1, 4, Some(1), Some(7));
        let target = make::Name(
            Identifier::from("x"),
            ExprContext::Store,
            1,
            0,
            Some(1),
            Some(1),
        );
        let assign = make::Assign(vec![target], value, None, 1, 0, Some(1), Some(7));
        let module = make::Module(vec![assign], vec![]);
        assert_eq!(
            dump(&module, true),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, \
             end_col_offset=1)], value=Constant(value='a', lineno=1, col_offset=4, end_lineno=1, \
             end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"
        );
    }
}
