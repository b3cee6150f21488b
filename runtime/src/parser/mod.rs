//! The front end: source bytes -> tokens (hand-written tokenizer driven by the
//! tables generated from `grammar/Tokens`) -> AST (parser generated from
//! `grammar/python.gram`).
//!
//! [`parse`] is the entry point: [`source`] decodes bytes, [`tokenizer`] makes
//! the token array, [`generated`] is the packrat parser, [`action_helpers`] the
//! Rust its actions call, and [`report`] prints errors as CPython does.

pub mod action_helpers;
pub mod error;
pub mod fstring;
pub mod generated;
pub mod literals;
pub mod report;
pub mod source;
pub mod token;
pub mod tokenizer;

use crate::ast::Mod;
use error::ParseError;
use generated::Parser;

/// What to parse, as the `mode` argument of `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (`exec`): the `file` rule.
    Exec,
    /// One expression (`eval`): the `eval` rule.
    Eval,
    /// One interactive statement (`single`): the `interactive` rule.
    Single,
    /// A function type comment (`func_type`): the `func_type` rule.
    FuncType,
}

/// How the source reached the parser. CPython's error columns depend on it:
/// errors raised by the parser count characters for a `str` source but bytes
/// for a `bytes` source or a file, and at the end of a file its reader stands
/// at column 0 (observed with python3 and a `sys.excepthook`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// `compile(str, ...)`, `-c`.
    Str,
    /// `compile(bytes, ...)`.
    Bytes,
    /// A script file or standard input.
    File,
}

/// The AST or the error, and the `-d` trace when it was asked for.
pub struct ParseResult {
    pub module: Result<Mod, ParseError>,
    pub trace: String,
}

/// Stack for the parser: the generated parser recurses once per rule call
/// and stops at `MAX_DEPTH` nested calls, which needs far more than a
/// default thread's stack in debug builds.
const PARSER_STACK: usize = 256 << 20;

/// Tokenizes and parses `src` (already decoded text) in `mode`. With `trace`,
/// the result also holds the parser trace (`moult -d`).
///
/// The parse runs on a large stack, so that deeply nested input
/// ends in the parser's own depth limit (CPython's `MemoryError`), never in a
/// stack overflow.
pub fn parse(src: &str, mode: Mode, trace: bool) -> ParseResult {
    parse_input(src, mode, trace, Input::Str)
}

/// [`parse`] for a source given as `input`, with CPython's error columns for it.
pub fn parse_input(src: &str, mode: Mode, trace: bool, input: Input) -> ParseResult {
    let mut result = parse_on_big_stack(src, mode, trace);
    if let Err(e) = &mut result.module {
        adjust_columns(e, src, input);
    }
    result
}

fn parse_on_big_stack(src: &str, mode: Mode, trace: bool) -> ParseResult {
    // `stacker::grow` maps a fresh stack and switches to it on this thread:
    // no thread to start and join per parse (which cost more than parsing a
    // small file), and only the pages the parse reaches are touched.
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        stacker::grow(PARSER_STACK, || parse_here(src, mode, trace))
    }));
    match run {
        Ok(result) => result,
        // A panic in the parser is a bug; report it as an error, not a crash.
        Err(_) => ParseResult {
            module: Err(internal_error("the parser panicked")),
            trace: String::new(),
        },
    }
}

fn internal_error(what: &str) -> ParseError {
    ParseError::syntax(
        format!("internal error in moult: {what} (please report this)"),
        1,
        0,
    )
}

/// [`parse`] on the current thread's stack.
pub fn parse_here(src: &str, mode: Mode, trace: bool) -> ParseResult {
    let (mut tokens, tok_err) = tokenizer::tokenize(src);
    if mode == Mode::Single {
        action_helpers::single_input_tokens(&mut tokens);
    }
    let (mut module, trace_out) = action_helpers::run_two_passes_traced(
        src,
        tokens,
        tok_err.clone(),
        start_rule(mode),
        trace,
    );
    if let Err(e) = &mut module {
        e.parser_raised = tok_err.as_ref() != Some(e);
    }
    ParseResult {
        module,
        trace: trace_out,
    }
}

/// Rewrites the columns of a parser-raised error as CPython reports them for
/// `input` (they are computed for a `str` source).
fn adjust_columns(e: &mut ParseError, src: &str, input: Input) {
    if input == Input::Str || !e.parser_raised {
        return;
    }
    let line = |n: u32| report::source_line(src, n).unwrap_or_default();
    let at_eof = e.kind != error::ErrorKind::SyntaxError
        && e.end_offset == 0
        && src.split_inclusive('\n').skip(e.lineno as usize).all(|l| {
            let l = l.trim_start();
            l.is_empty() || l.starts_with('#')
        });
    if input == Input::File && at_eof {
        e.offset = 0;
        return;
    }
    e.offset = byte_col(&line(e.lineno), e.offset);
    if e.end_lineno != 0 && e.end_offset != 0 {
        e.end_offset = byte_col(&line(e.end_lineno), e.end_offset);
    }
}

/// The 1-based byte column of 1-based character column `col` of `line`
/// (columns past the end count one byte per character).
fn byte_col(line: &str, col: u32) -> u32 {
    if col <= 1 {
        return col;
    }
    let want = (col - 1) as usize;
    let (bytes, seen) = line
        .chars()
        .take(want)
        .fold((0, 0), |(b, n), c| (b + c.len_utf8(), n + 1));
    (bytes + (want - seen)) as u32 + 1
}

fn start_rule(mode: Mode) -> fn(&mut Parser<'_>) -> Option<Mod> {
    match mode {
        Mode::Exec => |p| p.file_rule(),
        Mode::Eval => |p| p.eval_rule(),
        Mode::Single => |p| p.interactive_rule(),
        Mode::FuncType => |p| p.func_type_rule(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_mode() {
        assert!(parse("x = 1\n", Mode::Exec, false).module.is_ok());
        assert!(parse("1 + 2", Mode::Eval, false).module.is_ok());
        assert!(parse("x = 1", Mode::Single, false).module.is_ok());
        assert!(parse("(int) -> str", Mode::FuncType, false).module.is_ok());
    }

    #[test]
    fn trace_names_rules() {
        let r = parse("x\n", Mode::Exec, true);
        assert!(
            r.trace.contains("> file[0-0]"),
            "{}",
            &r.trace[..r.trace.len().min(300)]
        );
        assert!(r.trace.contains("succeeded!"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let src = format!("x = {}1\n", "-".repeat(100_000));
        let e = parse(&src, Mode::Exec, false).module.err().map(|e| e.kind);
        assert_eq!(e, Some(error::ErrorKind::MemoryError));
    }
}
