//! moult-macros: the proc-macro entry points. Each macro is a thin call into
//! `moult_codegen`; all the work (reading, checking, emitting) happens there.
//!
//! Usage: `moult_macros::tokens!();` or `moult_macros::parser!(dir = "examples/x/grammar");`.
//! A spec error becomes one `compile_error!` whose message starts with
//! `<spec file>:<line>:<col>:` and shows a code frame.

use proc_macro::TokenStream;

fn run(artifact: &str, input: TokenStream) -> TokenStream {
    let out = match parse_dir(input) {
        Ok(dir) => {
            let start =
                std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
            moult_codegen::specs::Specs::load(&start, dir.as_deref())
                .and_then(|specs| moult_codegen::generate(artifact, &specs))
        }
        Err(e) => Err(e),
    };
    match out {
        Ok(code) => code.into(),
        Err(msg) => {
            let lit = proc_macro2::Literal::string(&msg);
            quote_error(lit).into()
        }
    }
}

fn quote_error(msg: proc_macro2::Literal) -> proc_macro2::TokenStream {
    use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenTree};
    let tts: Vec<TokenTree> = vec![
        Ident::new("compile_error", Span::call_site()).into(),
        Punct::new('!', Spacing::Alone).into(),
        Group::new(Delimiter::Parenthesis, TokenTree::from(msg).into()).into(),
        Punct::new(';', Spacing::Alone).into(),
    ];
    tts.into_iter().collect()
}

/// Accepts nothing, or `dir = "path"`.
fn parse_dir(input: TokenStream) -> Result<Option<String>, String> {
    let toks: Vec<proc_macro2::TokenTree> =
        proc_macro2::TokenStream::from(input).into_iter().collect();
    match toks.as_slice() {
        [] => Ok(None),
        [proc_macro2::TokenTree::Ident(k), proc_macro2::TokenTree::Punct(eq), proc_macro2::TokenTree::Literal(lit)]
            if k == "dir" && eq.as_char() == '=' =>
        {
            let s = lit.to_string();
            match s.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
                Some(inner) => Ok(Some(inner.to_string())),
                None => Err(format!(
                    "expected a string literal after `dir =`, found {s}"
                )),
            }
        }
        _ => Err("expected no arguments or `dir = \"path/to/spec/folder\"`".into()),
    }
}

/// `TokenKind`, `Token`, `match_operator` from `Tokens`.
#[proc_macro]
pub fn tokens(input: TokenStream) -> TokenStream {
    run("tokens", input)
}

/// The packrat parser from `python.gram`.
#[proc_macro]
pub fn parser(input: TokenStream) -> TokenStream {
    run("parser", input)
}

/// AST types, constructors (`make::*`), visitor and `dump` from `Python.asdl`.
#[proc_macro]
pub fn ast(input: TokenStream) -> TokenStream {
    run("ast", input)
}

/// The `ast` module's classes and the tree <-> Python conversions (`py::*`) from `Python.asdl`.
#[proc_macro]
pub fn ast_py(input: TokenStream) -> TokenStream {
    run("ast_py", input)
}

/// `Opcode` and its tables from `opcodes`.
#[proc_macro]
pub fn opcodes(input: TokenStream) -> TokenStream {
    run("opcodes", input)
}

/// Operator spellings, dunders and tables from `operators`.
#[proc_macro]
pub fn operators(input: TokenStream) -> TokenStream {
    run("operators", input)
}
