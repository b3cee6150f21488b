//! Token kinds, `Token` and the operator recogniser, generated from
//! `grammar/Tokens` (see `cargo run -p moult-codegen -- dump tokens`).

moult_macros::tokens!();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_operator_wins() {
        assert_eq!(
            match_operator("**=x"),
            Some((TokenKind::DOUBLESTAREQUAL, 3))
        );
        assert_eq!(match_operator("*x"), Some((TokenKind::STAR, 1)));
        assert_eq!(match_operator("...."), Some((TokenKind::ELLIPSIS, 3)));
        assert_eq!(match_operator("$"), None);
        assert_eq!(TokenKind::PLUSEQUAL.spelling(), Some("+="));
        assert_eq!(TokenKind::NAME.name(), "NAME");
    }
}
