//! Reader and check tests: every diagnostic with its message and position.

use super::model::ItemKind;
use super::*;
use crate::diag::{Severity, SpecFiles};

const TOKENS: &str = include_str!("../../../grammar/Tokens");

fn run(text: &str) -> (Option<Grammar>, Diags, SpecFiles) {
    let mut files = SpecFiles::default();
    let tid = files.add("grammar/Tokens", TOKENS);
    let mut diags = Diags::default();
    let tokens = crate::tokens::read(&files, tid, &mut diags).expect("grammar/Tokens reads");
    let id = files.add("grammar/python.gram", text);
    let g = read(&files, id, &tokens, &mut diags);
    (g, diags, files)
}

/// Errors and warnings rendered with positions, one per line (no frames).
fn messages(text: &str) -> Vec<String> {
    let (_, diags, files) = run(text);
    diags
        .sorted()
        .iter()
        .map(|d| {
            let kind = if d.severity == Severity::Warning {
                "warning: "
            } else {
                ""
            };
            format!(
                "{}:{}: {kind}{}",
                files.name(d.span.file),
                d.span.start,
                d.message
            )
        })
        .collect()
}

fn ok(text: &str) -> Grammar {
    let (g, diags, files) = run(text);
    assert!(!diags.has_errors(), "{}", diags.render(&files, true));
    g.expect("grammar")
}

#[test]
fn reads_rules_types_memo_and_continuation_lines() {
    let g = ok("# a comment\n\
         start[Vec<(i32, String)>] (memo): a=NAME b=NUMBER { vec![(1, p.text(&a).into())] }\n\
         \x20   | '(' x=start ')'  # trailing comment\n\
         \x20     { x }\n\
         other: NAME\n");
    assert_eq!(g.rules.len(), 2);
    let r = &g.rules[0];
    assert_eq!(r.name, "start");
    assert_eq!(r.ty.as_deref(), Some("Vec<(i32, String)>"));
    assert!(r.memo);
    assert_eq!(r.alts.len(), 2);
    assert_eq!(r.alts[0].items[0].name.as_deref(), Some("a"));
    assert_eq!(r.alts[1].action.as_ref().map(|a| a.text.trim()), Some("x"));
    assert!(
        matches!(&r.alts[1].items[0].item.kind, ItemKind::Token { kind, .. } if kind == "LPAR")
    );
    assert!(
        matches!(&r.alts[0].items[1].item.kind, ItemKind::Token { kind, spelling: None } if kind == "NUMBER")
    );
    assert_eq!(g.rules[1].ty, None);
    assert_eq!(r.span.start.line, 2);
}

#[test]
fn actions_keep_nested_braces_strings_and_chars() {
    let g = ok("start[String]: NAME { { let s = \"}{\"; format!(\"{}{}\", s, '}') } }\n");
    let text = &g.rules[0].alts[0].action.as_ref().unwrap().text;
    assert_eq!(text.trim(), "{ let s = \"}{\"; format!(\"{}{}\", s, '}') }");
    let g = ok("start[&'static str]: NAME { { let x: &'static str = \"a\"; x } }\n");
    assert_eq!(g.rules[0].ty.as_deref(), Some("&'static str"));
}

#[test]
fn display_matches_pegen() {
    let g = ok(
        "start: [x] [',' x] ','.x+ (x | NAME)* !'(' &&':' ~ \"match\" 'if' x? ENDMARKER\nx: NAME\n",
    );
    assert_eq!(
        g.rules[0].alts[0].to_string(),
        "x? [',' x] ','.x+ (x | NAME)* !'(' &&':' ~ \"match\" 'if' x? $"
    );
    assert_eq!(g.keywords, ["if"]);
    assert_eq!(g.soft_keywords, ["match"]);
}

#[test]
fn keywords_are_sorted_and_unique() {
    let g = ok("start: 'while' 'if' 'else' 'if' \"case\" \"_\" NAME\n");
    assert_eq!(g.keywords, ["else", "if", "while"]);
    assert_eq!(g.soft_keywords, ["_", "case"]);
}

#[test]
fn syntax_error_has_position_and_friendly_words() {
    let m = messages("start: NAME\nbad: ( NAME\n");
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].starts_with("grammar/python.gram:2:12: syntax error: expected"),
        "{m:?}"
    );
    assert!(!m[0].contains("named_item"), "pest rule names leak: {m:?}");
    let m = messages("start: NAME { f( }\n");
    assert!(m[0].starts_with("grammar/python.gram:1:"), "{m:?}");
}

#[test]
fn undefined_rule_at_the_reference() {
    assert_eq!(
        messages("start: a\nprimary: atomm '.' NAME\na: primary\n"),
        ["grammar/python.gram:2:10: rule `atomm` is not defined"]
    );
    let (_, diags, files) = run("start: a\nprimary: atomm '.' NAME\na: primary\n");
    assert_eq!(
        diags.render(&files, false),
        "grammar/python.gram:2:10: rule `atomm` is not defined\n 2 | primary: atomm '.' NAME\n   |          ^^^^^"
    );
}

#[test]
fn duplicate_rule() {
    assert_eq!(
        messages("x: NAME\ny: x\nx: NUMBER\n"),
        ["grammar/python.gram:3:1: rule `x` is defined twice"]
    );
    assert_eq!(
        messages("NAME: NUMBER\ny: NAME\n"),
        ["grammar/python.gram:1:1: rule `NAME` has the name of a token kind"]
    );
}

#[test]
fn unknown_tokens_and_operators() {
    assert_eq!(
        messages("x: FOO '~~' NAME 'a b' \"not soft\" '+='\n"),
        [
            "grammar/python.gram:1:4: unknown token kind `FOO`",
            "grammar/python.gram:1:8: unknown token or operator '~~'",
            "grammar/python.gram:1:18: keyword 'a b' is not a name",
            "grammar/python.gram:1:24: soft keyword \"not soft\" is not a name",
        ]
    );
}

#[test]
fn invalid_action_and_type() {
    let m = messages("x[Vec<]: NAME { 1 }\ny[i32]: NAME { 1 + }\nz[i32]: NAME {  }\n");
    assert!(
        m[0].starts_with(
            "grammar/python.gram:1:3: type is not a Rust type: unexpected end of input"
        ),
        "{m:?}"
    );
    assert_eq!(
        m[1..],
        [
            "grammar/python.gram:2:14: action is not a Rust expression: unexpected end of input, expected an expression",
            "grammar/python.gram:3:14: action is empty: write a Rust expression",
        ]
    );
}

#[test]
fn bad_bindings() {
    assert_eq!(
        messages("x: type=NAME p=NAME\ny: a=NAME a=NAME\nz: _mark=NAME\n"),
        [
            "grammar/python.gram:1:4: binding `type` is a Rust keyword or reserved name",
            "grammar/python.gram:1:14: binding `p` is a Rust keyword or reserved name",
            "grammar/python.gram:2:11: binding `a` is used twice in one alternative",
            "grammar/python.gram:3:4: binding `_mark` starts with `_`, which the generated parser reserves",
        ]
    );
}

fn leaders(g: &Grammar) -> Vec<(&str, bool, bool)> {
    g.rules
        .iter()
        .map(|r| (r.name.as_str(), r.left_recursive, r.leader))
        .collect()
}

#[test]
fn direct_left_recursion() {
    let g = ok("expr: expr '+' term | term\nterm: NUMBER\n");
    assert_eq!(leaders(&g), [("expr", true, true), ("term", false, false)]);
}

#[test]
fn indirect_left_recursion_picks_the_first_name_on_every_cycle() {
    let g = ok("start: b\nb: c '.' NAME | NAME\nc: b\n");
    assert_eq!(
        leaders(&g),
        [
            ("start", false, false),
            ("b", true, true),
            ("c", true, false)
        ]
    );
    // Two cycles b->c->b and b->d->b share only b.
    let g = ok("b: c '.' | d ',' | NAME\nc: b\nd: b | a\na: NUMBER\n");
    assert_eq!(
        leaders(&g)[..3],
        [("b", true, true), ("c", true, false), ("d", true, false)]
    );
}

#[test]
fn left_recursion_through_nullable_prefixes() {
    let g = ok("a: ['-'] a '+' | &NAME b* a '*' | NUMBER\nb: NAME\n");
    assert_eq!(leaders(&g)[0], ("a", true, true));
    // `c` is nullable, so `d: c d ...` is left-recursive too.
    let g = ok("c: NAME?\nd: c d '+' | NUMBER\n");
    assert_eq!(leaders(&g), [("c", false, false), ("d", true, true)]);
}

#[test]
fn left_recursion_without_escape() {
    assert_eq!(
        messages("x: y\ny: y '+' NUMBER\n"),
        ["grammar/python.gram:2:1: left-recursive rule `y` has no alternative that does not start with itself"]
    );
    assert_eq!(
        messages("a: b '+'\nb: a '-'\n"),
        ["grammar/python.gram:1:1: left-recursive rules `a`, `b` have no alternative that does not start with one of them"]
    );
}

#[test]
fn left_recursion_without_leader() {
    // Cycles a->b->a and c->d->c joined by a->c and c->a: a 4-rule component
    // where no rule is on every cycle.
    let m = messages("a: b '+' | c '-' | NAME\nb: a '*'\nc: d '/' | a '%'\nd: c '@'\n");
    assert_eq!(
        m,
        ["grammar/python.gram:1:1: left-recursive rules `a`, `b`, `c`, `d` have no leader: no rule is on every cycle between them"]
    );
}

#[test]
fn unused_rules_warn_only_with_a_start_rule() {
    assert_eq!(messages("x: NAME\ny: NUMBER\n"), Vec::<String>::new());
    assert_eq!(
        messages("file: x ENDMARKER\nx: NAME\ny: NUMBER\nz_start: NAME\n"),
        ["grammar/python.gram:3:1: warning: rule `y` is never used (no start rule reaches it)"]
    );
}

#[test]
fn all_errors_are_collected() {
    let m = messages("x: undefined1 FOO\ny: undefined2 { 1 + }\nx: NAME\n");
    assert_eq!(m.len(), 5, "{m:?}");
}

#[test]
fn emitted_parser_is_valid_rust() {
    let g = ok("file[String]: e=expr ENDMARKER { e }\nexpr[String] (memo): a=expr '+' NUMBER { a } | n=NAME { p.text(&n).into() }\n\
                invalid_x: NAME ~ NUMBER { p.fail(EXTRA) }\n");
    let tokens = crate::tokens::TokenSet::default();
    let code = emit(&g, &tokens);
    let text = crate::pretty(&code);
    assert!(syn::parse_file(&text).is_ok(), "{text}");
    assert!(
        text.contains("pub fn expr_rule(&mut self) -> Option<String>"),
        "{text}"
    );
    assert!(text.contains("memo_expr"), "{text}");
    assert!(text.contains("_start.lineno as i32"), "{text}");
    assert!(text.contains("if !self.call_invalid_rules"), "{text}");
    assert!(
        text.contains("@generated by moult-codegen from grammar/python.gram"),
        "{text}"
    );
}

#[test]
fn word_both_keyword_and_soft_keyword() {
    assert_eq!(
        messages("x: 'match' NAME | \"match\" NUMBER\n"),
        ["grammar/python.gram:1:19: soft keyword \"match\" is also used as the keyword 'match'"]
    );
}

/// Constructs as python.gram writes them: comments between alternatives,
/// forced tokens, soft keywords, gathers, nested options and groups.
#[test]
fn reads_python_style_rules() {
    let g = ok(r#"
# statements
file[Vec<Stmt>]: a=[statements] ENDMARKER { a.unwrap_or_default() }
statements[Vec<Stmt>]: a=statement+ { a.into_iter().flatten().collect() }
statement[Vec<Stmt>]:
    # a compound statement
    | a=compound_stmt { vec![a] }
    | simple_stmts
compound_stmt[Stmt]:
    | &('def' | '@') function_def
    | &"match" match_stmt
simple_stmts[Vec<Stmt>]:
    | a=simple_stmt !';' NEWLINE { vec![a] } # not needed, there is only one
    | a=';'.simple_stmt+ [';'] NEWLINE { a }
simple_stmt[Stmt] (memo): e=NAME { p.expr_stmt(e, EXTRA) }
function_def[Stmt]:
    | d=('@' f=NAME NEWLINE { f })* 'def' n=NAME &&'(' params=[NAME (',' NAME)*] ')' &&':' b=block {
        p.function_def(d, n, params, b, EXTRA)
      }
    | invalid_def_raw
block[Vec<Stmt>] (memo): NEWLINE INDENT a=statements DEDENT { a } | simple_stmts
match_stmt[Stmt]:
    | "match" subject=NAME ':' NEWLINE INDENT cases=case_block+ DEDENT { p.match_stmt(subject, cases, EXTRA) }
case_block[Stmt]: "case" ~ NAME ':' b=block { p.case(b) }
invalid_def_raw[Stmt]: 'def' NAME '(' a=NAME { p.raise_syntax_error_known_location(&a, "invalid def") }
"#);
    assert_eq!(g.rules.len(), 11);
    assert_eq!(g.keywords, ["def"]);
    assert_eq!(g.soft_keywords, ["case", "match"]);
    let fd = g.rule("function_def").unwrap();
    assert_eq!(
        fd.alts[0].to_string(),
        "('@' NAME NEWLINE)* 'def' NAME &&'(' [NAME (',' NAME)*] ')' &&':' block"
    );
    assert_eq!(
        g.rule("simple_stmts").unwrap().alts[1].to_string(),
        "';'.simple_stmt+ ';'? NEWLINE"
    );
    assert!(g.rules.iter().all(|r| !r.left_recursive));
}

#[test]
fn syntax_errors_name_what_is_missing() {
    assert_eq!(
        messages("start NAME\n"),
        ["grammar/python.gram:1:7: syntax error: expected a result type in brackets (`[Expr]`), `(memo)`, or `:`"]
    );
    assert_eq!(
        messages("start: NAME { f(\n\n"),
        ["grammar/python.gram:1:17: syntax error: expected `}` closing the action"]
    );
    assert_eq!(
        messages("start: ( NAME\nother: NAME\n"),
        ["grammar/python.gram:2:1: syntax error: expected an item, `)`, or an action `{ ... }`"]
    );
    let (_, d, f) = run("start: NAME |\n");
    assert_eq!(
        d.render(&f, false),
        "grammar/python.gram:1:14: syntax error: expected an alternative\n 1 | start: NAME |\n   |              ^"
    );
}

#[test]
fn typed_alternative_without_action_needs_one_value() {
    assert_eq!(
        messages("x[String]: NAME NAME | &NAME | y | invalid_v\ny[String]: NAME { String::new() }\nz[(Token, Token)]: NAME NAME\nu: NAME NAME\ninvalid_v: NUMBER\n"),
        [
            "grammar/python.gram:1:12: alternative of `x[String]` has 2 values and no action: write an action that builds the result",
            "grammar/python.gram:1:24: alternative of `x[String]` has 0 values and no action: write an action that builds the result",
        ]
    );
}

#[test]
fn left_recursion_follows_pegen_nullability() {
    // `y*` may match nothing, `y+` may not.
    let g = ok("x: y* x '+' | NAME\ny: NUMBER\n");
    assert_eq!(leaders(&g)[0], ("x", true, true));
    let g = ok("x: y+ x '+' | NAME\ny: NUMBER\n");
    assert_eq!(leaders(&g)[0], ("x", false, false));
    // Names inside a lookahead are initial names too.
    let g = ok("x: !x NAME | y\ny: &x NUMBER | NAME\n");
    assert_eq!(leaders(&g), [("x", true, true), ("y", true, false)]);
}

#[test]
fn moving_rules_are_memoized_or_called_only_at_the_end_of_moving_alternatives() {
    let g = ok("start: a=top ENDMARKER { a }\n\
         top[i32] (memo): x=tail { x } | y=mid ',' z=mid { y }\n\
         tail[i32]: n=leaf ';' { n }\n\
         mid[i32]: n=leaf '+' other { n }\n\
         other: &leaf NAME\n\
         leaf[i32] (memo): NAME { 1 }\n");
    let moving = super::emit::moving_rules(&g);
    // Memoized rules always move.
    assert!(moving.contains("top") && moving.contains("leaf"));
    // `tail` is the last item of an alternative of `top`.
    assert!(moving.contains("tail"));
    // A rule call follows `mid`, whose result may then be dropped; `other`
    // ends an alternative of `mid`, which does not move, so it does not either.
    assert!(!moving.contains("mid"));
    assert!(!moving.contains("other"));
}

/// Reads `base` then `overlay` (as a fork's `python.gram`) and checks the result.
fn run_layers(base: &str, overlay: &str) -> (Option<Grammar>, Diags, SpecFiles) {
    let mut files = SpecFiles::default();
    let tid = files.add("grammar/Tokens", TOKENS);
    let mut diags = Diags::default();
    let tokens = crate::tokens::read(&files, tid, &mut diags).expect("grammar/Tokens reads");
    let b = files.add("grammar/python.gram", base);
    let o = files.add("fork/python.gram", overlay);
    let g = read_layers(&files, &[b, o], &tokens, &mut diags);
    (g, diags, files)
}

const BASE: &str = "start: a ENDMARKER\na: NAME | NUMBER\nb: STRING\n";

#[test]
fn an_overlay_replaces_rules_in_place_and_adds_new_ones() {
    let (g, diags, files) = run_layers(BASE, "a: STRING | c\nc: NUMBER\n");
    assert!(!diags.has_errors(), "{}", diags.render(&files, true));
    let g = g.expect("grammar");
    let names: Vec<&str> = g.rules.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["start", "a", "b", "c"]);
    assert_eq!(model::Alts(&g.rules[1].alts).to_string(), "STRING | c");
}

#[test]
fn dots_stand_for_the_replaced_rules_alternatives() {
    let (g, diags, files) = run_layers(BASE, "a: STRING | ... | '(' a ')'\n");
    assert!(!diags.has_errors(), "{}", diags.render(&files, true));
    let g = g.expect("grammar");
    assert_eq!(
        model::Alts(&g.rules[1].alts).to_string(),
        "STRING | NAME | NUMBER | '(' a ')'"
    );
}

#[test]
fn overlay_errors_point_at_the_overlay() {
    let (_, diags, files) = run_layers(BASE, "# fork\nc: ...\nb: STRING | atomm\n");
    let text = diags.render(&files, false);
    assert!(
        text.contains("fork/python.gram:2:4: `...` stands for the alternatives of `c`"),
        "{text}"
    );
    assert!(
        text.contains("fork/python.gram:3:13: rule `atomm` is not defined"),
        "{text}"
    );
    // `...` means nothing in the base grammar either.
    assert!(messages("start: ... | NAME ENDMARKER\n")
        .iter()
        .any(|m| m.contains("grammar/python.gram:1:8: `...` stands for")));
}
