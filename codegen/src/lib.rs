//! moult-codegen: reads the spec files in `grammar/` and emits Rust.
//!
//! In: the text of `Tokens`, `python.gram`, `Python.asdl`, `opcodes`, `operators`.
//! Out: `proc_macro2::TokenStream`s (token kinds, parser, AST, opcode and operator
//! tables), or diagnostics with `file:line:col` and a code frame.
//! This crate knows nothing of the runtime: it never sees a Python value.
//!
//! Each artifact is one pipeline: read the specs it needs (pest → model, every
//! problem collected in [`diag::Diags`]), check, then emit.

pub mod asdl;
pub mod diag;
pub mod gram;
pub mod opcodes;
pub mod operators;
pub mod specs;
pub mod tokens;

use diag::Diags;
use proc_macro2::TokenStream;
use quote::quote;
use specs::Specs;

/// What a generator run produces: the code, or every error rendered as text
/// (`file:line:col: message` plus a code frame for each).
pub type Output = Result<TokenStream, String>;

/// The artifacts, by the name used by the macros and by `moult-codegen dump`.
pub const ARTIFACTS: [&str; 6] = ["tokens", "parser", "ast", "ast_py", "opcodes", "operators"];

/// Runs the pipeline of artifact `name` (one of [`ARTIFACTS`]).
pub fn generate(name: &str, specs: &Specs) -> Output {
    let code = match name {
        "tokens" => tokens(specs),
        "parser" => parser(specs),
        "ast" => ast(specs),
        "ast_py" => ast_py(specs),
        "opcodes" => opcodes(specs),
        "operators" => operators(specs),
        other => {
            return Err(format!(
                "unknown artifact `{other}` (expected one of {ARTIFACTS:?})"
            ))
        }
    }?;
    let track = tracking(specs);
    Ok(quote! { #track #code })
}

fn finish<T>(specs: &Specs, diags: &Diags, value: Option<T>) -> Result<T, String> {
    match value {
        Some(v) if !diags.has_errors() => Ok(v),
        _ if diags.has_errors() => Err(diags.render(&specs.files, false)),
        _ => Err("spec reader failed without a diagnostic (a bug in moult-codegen)".into()),
    }
}

/// `TokenKind`, `Token` and the operator recogniser, from `Tokens`.
pub fn tokens(specs: &Specs) -> Output {
    let mut diags = Diags::default();
    let set = tokens::read_layers(&specs.files, specs.require(specs::TOKENS)?, &mut diags);
    let set = finish(specs, &diags, set)?;
    Ok(tokens::emit(&set))
}

/// The packrat parser, from `python.gram` (operator spellings via `Tokens`).
pub fn parser(specs: &Specs) -> Output {
    let mut diags = Diags::default();
    let set = tokens::read_layers(&specs.files, specs.require(specs::TOKENS)?, &mut diags);
    let set = finish(specs, &diags, set)?;
    let grammar = gram::read_layers(&specs.files, specs.require(specs::GRAM)?, &set, &mut diags);
    let grammar = finish(specs, &diags, grammar)?;
    Ok(gram::emit(&grammar, &set))
}

/// AST types, constructors, visitor and `dump`, from `Python.asdl`.
pub fn ast(specs: &Specs) -> Output {
    let mut diags = Diags::default();
    let module = asdl::read_layers(&specs.files, specs.require(specs::ASDL)?, &mut diags);
    let module = finish(specs, &diags, module)?;
    Ok(asdl::emit(&module))
}

/// The `ast` module's class table and the tree <-> Python conversions, from `Python.asdl`.
pub fn ast_py(specs: &Specs) -> Output {
    let mut diags = Diags::default();
    let module = asdl::read_layers(&specs.files, specs.require(specs::ASDL)?, &mut diags);
    let module = finish(specs, &diags, module)?;
    Ok(asdl::emit_py(&module))
}

/// The `Opcode` enum and its tables, from `opcodes`.
pub fn opcodes(specs: &Specs) -> Output {
    let mut diags = Diags::default();
    let file = match specs.require(specs::OPCODES)? {
        [one] => *one,
        layers => {
            let name = layers.last().map_or("", |l| specs.files.name(*l));
            return Err(format!(
                "{name}:1:1: `opcodes` cannot be an overlay (`@extends`): a fork that changes the bytecode copies the whole file"
            ));
        }
    };
    let table = opcodes::read(&specs.files, file, &mut diags);
    let table = finish(specs, &diags, table)?;
    Ok(opcodes::emit(&table))
}

/// Operator spellings and dunders, from `operators` (checked against
/// `Python.asdl` and `Tokens`).
pub fn operators(specs: &Specs) -> Output {
    let mut diags = Diags::default();
    let set = tokens::read_layers(&specs.files, specs.require(specs::TOKENS)?, &mut diags);
    let module = asdl::read_layers(&specs.files, specs.require(specs::ASDL)?, &mut diags);
    let (set, module) = (finish(specs, &diags, set)?, finish(specs, &diags, module)?);
    let sums = module.operator_sums();
    let table = operators::read_layers(
        &specs.files,
        specs.require(specs::OPERATORS)?,
        &sums,
        &set,
        &mut diags,
    );
    let table = finish(specs, &diags, table)?;
    Ok(operators::emit(&table))
}

/// `include_str!` of every spec read and `option_env!("MOULT_GRAMMAR")`, so
/// cargo rebuilds the macro's caller when a spec or the variable changes.
pub fn tracking(specs: &Specs) -> TokenStream {
    let paths = specs.paths.iter().map(|p| p.display().to_string());
    quote! {
        const _: &[&str] = &[#(include_str!(#paths)),*];
        const _: Option<&str> = option_env!("MOULT_GRAMMAR");
    }
}

/// Formats generated code for reading (`moult-codegen dump`).
pub fn pretty(code: &TokenStream) -> String {
    match syn::parse2::<syn::File>(code.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(_) => code.to_string(),
    }
}
