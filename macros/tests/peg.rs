//! The generated packrat parser, on the toy grammar in `tests/peg/python.gram`.
//! A tiny lexer splits the input on spaces (and lines); each test checks one
//! feature of the grammar dialect against the value the actions build.

mod toy {
    moult_macros::tokens!();

    /// The runtime's `ParseError` API, as far as the generated parser uses it.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct ParseError {
        pub msg: String,
        pub lineno: u32,
        pub offset: u32,
        pub end_lineno: u32,
        pub end_offset: u32,
    }

    impl ParseError {
        pub fn syntax(msg: impl Into<String>, lineno: u32, offset: u32) -> Self {
            ParseError {
                msg: msg.into(),
                lineno,
                offset,
                end_lineno: 0,
                end_offset: 0,
            }
        }
        pub fn with_end(mut self, end_lineno: u32, end_offset: u32) -> Self {
            self.end_lineno = end_lineno;
            self.end_offset = end_offset;
            self
        }
        pub fn too_deep(lineno: u32, offset: u32) -> Self {
            Self::syntax("too many nested parentheses", lineno, offset)
        }
    }

    moult_macros::parser!(dir = "macros/tests/peg");

    /// What the runtime's action helpers do: record the error, stop the parse.
    impl<'src> Parser<'src> {
        pub fn raise_at(&mut self, t: &Token, msg: &str) {
            let offset = self.char_offset(t);
            self.error = Some(ParseError::syntax(msg, t.lineno, offset));
        }
    }

    pub fn loc_string(l: i32, c: i32, el: Option<i32>, ec: Option<i32>) -> String {
        format!("{l}:{c}-{}:{}", el.unwrap_or(-1), ec.unwrap_or(-1))
    }

    /// Splits on spaces: digits are NUMBER, identifiers NAME, `$err` an
    /// ERRORTOKEN (where the tokenizer stops), anything else an operator.
    /// Each line ends with NEWLINE; the input ends with ENDMARKER.
    pub fn lex(src: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let lines: Vec<&str> = src.split('\n').collect();
        let mut line_start = 0;
        for (i, line) in lines.iter().enumerate() {
            let lineno = i as u32 + 1;
            let tok = |kind, start: usize, end: usize| Token {
                kind,
                start: start as u32,
                end: end as u32,
                lineno,
                col_offset: (start - line_start) as u32,
                end_lineno: lineno,
                end_col_offset: (end - line_start) as u32,
            };
            let mut offset = line_start;
            for word in line.split(' ') {
                let start = offset;
                offset += word.len() + 1;
                if word.is_empty() {
                    continue;
                }
                let kind = if word == "$err" {
                    TokenKind::ERRORTOKEN
                } else if word.chars().all(|c| c.is_ascii_digit()) {
                    TokenKind::NUMBER
                } else if word.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    TokenKind::NAME
                } else {
                    match match_operator(word) {
                        Some((k, n)) if n == word.len() => k,
                        _ => TokenKind::ERRORTOKEN,
                    }
                };
                out.push(tok(kind, start, start + word.len()));
                if kind == TokenKind::ERRORTOKEN {
                    return out;
                }
            }
            let end = line_start + line.len();
            if i + 1 < lines.len() {
                out.push(tok(TokenKind::NEWLINE, end, end + 1));
                line_start = end + 1;
            } else {
                out.push(tok(TokenKind::ENDMARKER, end, end));
            }
        }
        out
    }
}

use toy::{lex, ParseError, Parser};

/// Runs `rule` on `src`, first without and then with the invalid_* rules,
/// as the runtime does. Returns the value or the error.
fn parse<T>(src: &str, rule: impl Fn(&mut Parser) -> Option<T>) -> Result<T, Option<ParseError>> {
    let mut p = Parser::new(src, lex(src));
    if let Some(v) = rule(&mut p) {
        return Ok(v);
    }
    if p.error.is_none() {
        p.reset_for_second_pass();
        if let Some(v) = rule(&mut p) {
            return Ok(v);
        }
    }
    Err(p.error)
}

fn expr(src: &str) -> Result<String, Option<ParseError>> {
    parse(src, |p| p.expr_start_rule())
}

#[test]
fn direct_left_recursion_is_left_associative() {
    assert_eq!(expr("1 + 2 + 3").unwrap(), "((1 + 2) + 3)");
    assert_eq!(
        expr("1 - 2 * x * 4 + 5").unwrap(),
        "((1 - ((2 * x) * 4)) + 5)"
    );
    assert_eq!(expr("( 1 + 2 ) * 3").unwrap(), "((1 + 2) * 3)");
    assert_eq!(expr("7").unwrap(), "7");
    assert_eq!(expr("1 +"), Err(None));
}

#[test]
fn left_recursion_keeps_a_borrowed_seed() {
    assert_eq!(
        parse("a . b . c", |p| p.grow_start_rule()).unwrap(),
        "a.b.c"
    );
    // The last attempt matches `<a.b>` without growing: the result is `a.b`.
    assert_eq!(parse("a . b ;", |p| p.grow_start_rule()).unwrap(), "a.b");
    assert_eq!(parse("a ;", |p| p.grow_start_rule()).unwrap(), "a");
    assert_eq!(parse("a . ;", |p| p.grow_start_rule()), Err(None));
}

#[test]
fn indirect_left_recursion() {
    assert_eq!(
        parse("a . b . c", |p| p.chain_start_rule()).unwrap(),
        "[[a].b].c"
    );
    assert_eq!(parse("a", |p| p.chain_start_rule()).unwrap(), "a");
}

#[test]
fn cut_stops_later_alternatives() {
    assert_eq!(parse("( a )", |p| p.cut_start_rule()).unwrap(), "paren");
    assert_eq!(parse("x", |p| p.cut_start_rule()).unwrap(), "name");
    // Without the cut the second alternative matches.
    assert_eq!(parse("( a b )", |p| p.nocut_start_rule()).unwrap(), "two");
    assert_eq!(parse("( a b )", |p| p.cut_start_rule()), Err(None));
}

#[test]
fn lookaheads_consume_nothing() {
    assert_eq!(parse("( 1 )", |p| p.look_start_rule()).unwrap(), "paren 1");
    assert_eq!(parse("x", |p| p.look_start_rule()).unwrap(), "notnum x");
    assert_eq!(parse("5", |p| p.look_start_rule()).unwrap(), "num 5");
}

#[test]
fn gather_optional_repeat_group() {
    assert_eq!(
        parse("[ a , 1 , b ]", |p| p.list_start_rule()).unwrap(),
        "a|1|b"
    );
    assert_eq!(parse("[ a , ]", |p| p.list_start_rule()).unwrap(), "a");
    assert_eq!(parse("[ ]", |p| p.list_start_rule()).unwrap(), "empty");
    assert_eq!(parse("[ , ]", |p| p.list_start_rule()), Err(None));
    assert_eq!(parse("1 2 x 3", |p| p.rep_start_rule()).unwrap(), "2:x:1");
    assert_eq!(parse("x 3 4", |p| p.rep_start_rule()).unwrap(), "0:x:2");
    assert_eq!(parse("x", |p| p.rep_start_rule()), Err(None));
    assert_eq!(
        parse("a = 1 b", |p| p.opt_start_rule()).unwrap(),
        "a Some(\"1\") Some(\"b\")"
    );
    assert_eq!(parse("a", |p| p.opt_start_rule()).unwrap(), "a None None");
    assert_eq!(parse("7 , 1 , 2", |p| p.group_start_rule()).unwrap(), "7 2");
}

#[test]
fn memo_rule_is_parsed_once() {
    let src = "x -";
    let mut p = Parser::new(src, lex(src));
    p.trace = true;
    assert_eq!(p.memo_start_rule().unwrap(), "x-");
    assert_eq!(
        p.trace_out.matches("> thing[").count(),
        1,
        "{}",
        p.trace_out
    );
}

#[test]
fn keywords_are_reserved_soft_keywords_are_names() {
    assert_eq!(toy::KEYWORDS, &["class", "def", "if"]);
    assert_eq!(toy::SOFT_KEYWORDS, &["match"]);
    let kw = |s: &str| parse(s, |p| p.kw_start_rule());
    assert_eq!(kw("if x :").unwrap(), "if x");
    assert_eq!(kw("if"), Err(None));
    assert_eq!(kw("iffy").unwrap(), "name iffy");
    assert_eq!(kw("match x").unwrap(), "match x");
    assert_eq!(kw("match").unwrap(), "name match");
    assert_eq!(kw("if if :"), Err(None));
}

#[test]
fn invalid_rules_run_on_the_second_pass_only() {
    let src = "a 1";
    let mut p = Parser::new(src, lex(src));
    p.trace = true;
    assert_eq!(p.inv_start_rule(), None);
    assert_eq!(p.error, None);
    // The alternative calling an invalid_ rule is skipped, trace included.
    assert!(!p.trace_out.contains("invalid_pair"), "{}", p.trace_out);
    p.reset_for_second_pass();
    p.trace_out.clear();
    assert_eq!(p.inv_start_rule(), None);
    assert!(
        p.trace_out.contains(" > inv_start[0-0]: invalid_pair\n"),
        "{}",
        p.trace_out
    );
    assert!(
        p.trace_out
            .contains("  + invalid_pair[0-2]: NAME NUMBER succeeded!\n"),
        "{}",
        p.trace_out
    );
    assert!(
        p.trace_out
            .ends_with(" ERROR! inv_start[0-0]: invalid_pair failed!\n"),
        "{}",
        p.trace_out
    );
    assert!(
        !p.trace_out.contains("inv_start[0-0]: NUMBER $"),
        "later alternatives are not tried: {}",
        p.trace_out
    );
    assert_eq!(
        p.error,
        Some(ParseError::syntax("a number cannot follow a name", 1, 3))
    );
    assert_eq!(parse("5", |p| p.inv_start_rule()).unwrap(), "num");
    assert_eq!(parse("5 5", |p| p.inv_start_rule()), Err(None));
}

#[test]
fn forced_items_raise_expected() {
    assert_eq!(
        parse("def f :", |p| p.forced_start_rule()).unwrap(),
        "def f"
    );
    let err = parse("def f =", |p| p.forced_start_rule())
        .unwrap_err()
        .unwrap();
    assert_eq!(err, ParseError::syntax("expected ':'", 1, 7).with_end(1, 8));
    let err = parse("class", |p| p.forced_start_rule())
        .unwrap_err()
        .unwrap();
    assert_eq!(
        err,
        ParseError::syntax("expected ('[' | '(' NAME ')')", 1, 6).with_end(1, 6)
    );
    // A forced group reports at the furthest token looked at.
    let err = parse("class ( x", |p| p.forced_start_rule())
        .unwrap_err()
        .unwrap();
    assert_eq!(
        err,
        ParseError::syntax("expected ('[' | '(' NAME ')')", 1, 10).with_end(1, 10)
    );
    assert_eq!(
        parse("class ( x )", |p| p.forced_start_rule()).unwrap(),
        "class"
    );
}

#[test]
fn extra_spans_first_to_last_non_layout_token() {
    assert_eq!(
        parse("ab  cde\n", |p| p.loc_start_rule()).unwrap(),
        "1:0-1:7"
    );
    assert_eq!(parse("42", |p| p.loc_start_rule()).unwrap(), "1:0-1:2");
}

#[test]
fn unit_rules_return_unit() {
    assert_eq!(parse("a b c", |p| p.unit_start_rule()), Ok(()));
}

#[test]
fn trace_lines_match_cpython_format() {
    let src = "x";
    let mut p = Parser::new(src, lex(src));
    p.trace = true;
    assert!(p.kw_start_rule().is_some());
    assert_eq!(
        p.trace_out,
        " > kw_start[0-0]: 'if' NAME ':' $\n \
         - kw_start[0-0]: 'if' NAME ':' $ failed!\n \
         > kw_start[0-0]: \"match\" NAME $\n \
         - kw_start[0-0]: \"match\" NAME $ failed!\n \
         > kw_start[0-0]: NAME $\n \
         + kw_start[0-2]: NAME $ succeeded!\n"
    );
}

#[test]
fn errortoken_reports_the_tokenizer_error_when_reached() {
    let tok_err = ParseError::syntax("unterminated string literal", 1, 5);
    let src = "a + $err";
    let mut p = Parser::new(src, lex(src));
    p.tokenizer_error = Some(tok_err.clone());
    assert_eq!(p.expr_start_rule(), None);
    assert_eq!(p.error, Some(tok_err.clone()));
    // The parse fails before reaching the bad token: no tokenizer error.
    let src = "a a $err";
    let mut p = Parser::new(src, lex(src));
    p.tokenizer_error = Some(tok_err);
    assert_eq!(p.expr_start_rule(), None);
    assert_eq!(p.error, None);
    assert_eq!(p.furthest(), 1);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // Each parenthesis costs three nested rules (expr, term, atom).
    let run = || {
        let ok = format!("{} 1 {}", "( ".repeat(100), " )".repeat(100));
        assert_eq!(expr(&ok).unwrap(), "1");
        let deep = format!("{} 1 {}", "( ".repeat(3000), " )".repeat(3000));
        let err = expr(&deep).unwrap_err().unwrap();
        assert_eq!(err.msg, "too many nested parentheses");
    };
    std::thread::Builder::new()
        .stack_size(16 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn trace_of_left_recursion_indents_the_growing_loop() {
    let src = "1";
    let mut p = Parser::new(src, lex(src));
    p.trace = true;
    assert_eq!(p.expr_start_rule().unwrap(), "1");
    let first: Vec<&str> = p.trace_out.lines().take(4).collect();
    assert_eq!(
        first,
        [
            " > expr_start[0-0]: expr $",
            "   > expr[0-0]: expr '+' term",
            "   - expr[0-0]: expr '+' term failed!",
            "   > expr[0-0]: expr '-' term"
        ],
        "{}",
        p.trace_out
    );
    assert_eq!(p.level, 0);
}
