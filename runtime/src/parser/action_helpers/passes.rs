//! The two passes of a parse, as CPython 3.11's `_PyPegen_run_parser`: the
//! grammar alone, then with the `invalid_*` rules for a specific message, then
//! the choice between that message and a tokenizer error further on.

use super::{layout_error, Located};
use crate::parser::error::{ErrorKind, ParseError};
use crate::parser::generated::Parser;
use crate::parser::token::{Token, TokenKind};

/// Prepares tokens for the `interactive` start rule (compile mode "single"):
/// as CPython's parser does, the end of input first reads as a NEWLINE, which
/// closes a compound statement, and only then as ENDMARKER.
pub fn single_input_tokens(tokens: &mut Vec<Token>) {
    if let Some(i) = tokens.iter().position(|t| t.kind == TokenKind::ENDMARKER) {
        let end = tokens[i];
        tokens.insert(
            i,
            Token {
                kind: TokenKind::NEWLINE,
                ..end
            },
        );
    }
}

/// After the parser has reported an error, CPython tokenizes the rest of the
/// source, and an error found there replaces the parser's: an unclosed
/// bracket only when the parser's last token is on a later line than the
/// bracket; "unexpected EOF", line continuation and indentation problems
/// never (its tokenizer reports those without raising).
fn tokenizer_error_wins(e: &ParseError, parser_line: u32) -> bool {
    if e.kind != ErrorKind::SyntaxError
        || e.msg == "unexpected EOF while parsing"
        || e.msg
            .starts_with("unexpected character after line continuation")
    {
        return false;
    }
    if e.msg.ends_with("was never closed") {
        return parser_line > e.lineno;
    }
    true
}

/// Runs `rule` over `tokens`; if it fails without an error, runs it again with
/// the `invalid_*` rules on to find a specific message, else reports "invalid
/// syntax" at the furthest token of the first pass, then lets a tokenizer
/// error further on take precedence, all as CPython 3.11 does.
pub fn run_two_passes<'src, T>(
    src: &'src str,
    tokens: Vec<Token>,
    tokenizer_error: Option<ParseError>,
    rule: impl Fn(&mut Parser<'src>) -> Option<T>,
) -> Result<T, ParseError> {
    run_two_passes_traced(src, tokens, tokenizer_error, rule, false).0
}

/// [`run_two_passes`], also returning the `-d` trace of both passes when
/// `trace` is set (empty otherwise).
pub fn run_two_passes_traced<'src, T>(
    src: &'src str,
    tokens: Vec<Token>,
    tokenizer_error: Option<ParseError>,
    rule: impl Fn(&mut Parser<'src>) -> Option<T>,
    trace: bool,
) -> (Result<T, ParseError>, String) {
    let mut p = Parser::new(src, tokens);
    p.tokenizer_error = tokenizer_error.clone();
    p.trace = trace;
    let result = passes(&mut p, tokenizer_error, rule);
    (result, std::mem::take(&mut p.trace_out))
}

fn passes<'src, T>(
    p: &mut Parser<'src>,
    tokenizer_error: Option<ParseError>,
    rule: impl Fn(&mut Parser<'src>) -> Option<T>,
) -> Result<T, ParseError> {
    if let Some(v) = rule(p) {
        if p.error.is_none() {
            return Ok(v);
        }
    }
    let err = match p.error.take() {
        Some(e) => e,
        None => {
            let generic = generic_error(p);
            p.reset_for_second_pass();
            let _ = rule(p);
            p.error.take().unwrap_or(generic)
        }
    };
    // Errors on layout tokens return early in CPython, before that check.
    let layout = matches!(err.kind, ErrorKind::IndentationError | ErrorKind::TabError)
        && (err.msg == "unexpected indent" || err.msg == "unexpected unindent");
    match tokenizer_error {
        Some(te) if te != err && !layout => {
            let line = p.last_token().map_or(0, |t| t.lineno);
            Err(if tokenizer_error_wins(&te, line) {
                te
            } else {
                err
            })
        }
        _ => Err(err),
    }
}

/// CPython's error when no rule reported one: at the furthest token of the
/// first pass, "invalid syntax", or an indentation error on INDENT/DEDENT.
fn generic_error(p: &Parser<'_>) -> ParseError {
    match p.last_token() {
        Some(t) if t.kind == TokenKind::INDENT || t.kind == TokenKind::DEDENT => {
            let msg = if t.kind == TokenKind::INDENT {
                "unexpected indent"
            } else {
                "unexpected unindent"
            };
            layout_error(p, ErrorKind::IndentationError, msg.to_string(), &t)
        }
        // No columns either, but here CPython adds 1 to the unset -1.
        Some(t) if t.kind == TokenKind::ENDMARKER => {
            ParseError::syntax("invalid syntax", t.lineno, 0).with_end(t.end_lineno, 0)
        }
        Some(t) => {
            let loc = t.loc();
            let offset = p.char_col(loc.lineno, loc.col);
            let end_offset = p.char_col(loc.end_lineno, loc.end_col);
            ParseError::syntax("invalid syntax", t.lineno, offset)
                .with_end(t.end_lineno, end_offset)
        }
        None => ParseError::syntax("invalid syntax", 1, 1),
    }
}
