use super::TokenSet;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

/// Emits `TokenKind`, `Token` and `match_operator`.
pub fn emit(set: &TokenSet) -> TokenStream {
    let idents: Vec<Ident> = set
        .defs
        .iter()
        .map(|d| Ident::new(&d.name, Span::call_site()))
        .collect();
    let names = set.defs.iter().map(|d| d.name.as_str());
    let spellings = set.defs.iter().map(|d| match &d.spelling {
        Some(s) => quote! { Some(#s) },
        None => quote! { None },
    });
    // Longest spellings first, so the first matching arm is the longest match.
    let mut ops: Vec<_> = set.operators().collect();
    ops.sort_by_key(|d| std::cmp::Reverse(d.spelling.as_ref().map_or(0, |s| s.len())));
    let arms = ops.iter().map(|d| {
        let s = d.spelling.as_deref().unwrap_or_default();
        let bytes = s.bytes().map(Literal::byte_character);
        let len = s.len();
        let kind = Ident::new(&d.name, Span::call_site());
        quote! { [#(#bytes,)* ..] => Some((TokenKind::#kind, #len)), }
    });
    quote! {
        /// A token kind, one per line of `Tokens`.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum TokenKind { #(#idents),* }

        impl TokenKind {
            /// Every kind, in the order of `Tokens`.
            pub const ALL: &'static [TokenKind] = &[#(TokenKind::#idents),*];
            /// The kind's name as written in `Tokens` (`"PLUSEQUAL"`).
            pub fn name(self) -> &'static str {
                const NAMES: &[&str] = &[#(#names),*];
                NAMES[self as usize]
            }
            /// The operator text (`Some("+=")`), or `None` for kinds without one.
            pub fn spelling(self) -> Option<&'static str> {
                const SPELLINGS: &[Option<&str>] = &[#(#spellings),*];
                SPELLINGS[self as usize]
            }
        }

        /// The longest operator spelling at the start of `s`: its kind and length in bytes.
        pub fn match_operator(s: &str) -> Option<(TokenKind, usize)> {
            match s.as_bytes() {
                #(#arms)*
                _ => None,
            }
        }

        /// One token: byte offsets into the source, 1-based lines, and columns in
        /// UTF-8 bytes from the start of the line (as CPython's AST counts them).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct Token {
            pub kind: TokenKind,
            pub start: u32,
            pub end: u32,
            pub lineno: u32,
            pub col_offset: u32,
            pub end_lineno: u32,
            pub end_col_offset: u32,
        }
    }
}
