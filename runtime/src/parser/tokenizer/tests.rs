//! Tests of the tokenizer against python3.11.

use super::*;
use crate::parser::token::TokenKind;

/// Tokens as `KIND l,c-l,c | ...`, the shape the python3-derived
/// expectations are written in.
fn dump(src: &str, trivia: bool) -> String {
    let (toks, _) = if trivia {
        tokenize_all(src)
    } else {
        tokenize(src)
    };
    let parts: Vec<String> = toks
        .iter()
        .map(|t| {
            format!(
                "{} {},{}-{},{}",
                t.kind.name(),
                t.lineno,
                t.col_offset,
                t.end_lineno,
                t.end_col_offset
            )
        })
        .collect();
    parts.join(" | ")
}

/// The first error as python3 shows it: `Kind: msg @l,c-l,c`, or `OK`.
fn error(src: &str) -> String {
    match tokenize(src).1 {
        None => "OK".to_string(),
        Some(e) => {
            format!(
                "{}: {} @{},{}-{},{}",
                e.kind.name(),
                e.msg,
                e.lineno,
                e.offset,
                e.end_lineno,
                e.end_offset
            )
        }
    }
}

/// Compares against a record file written by a python3 script (a
/// development aid: `MOULT_TOK_ORACLE=tok:/path` or `err:/path`).
#[test]
#[ignore]
fn oracle_file() {
    let Ok(spec) = std::env::var("MOULT_TOK_ORACLE") else {
        return;
    };
    let (mode, path) = spec.split_once(':').unwrap();
    let data = std::fs::read(path).unwrap();
    let mut rest = &data[..];
    let mut bad = 0;
    while !rest.is_empty() {
        let nl = rest.iter().position(|&b| b == b'\n').unwrap();
        let n: usize = std::str::from_utf8(&rest[..nl]).unwrap().parse().unwrap();
        let src = std::str::from_utf8(&rest[nl + 1..nl + 1 + n]).unwrap();
        rest = &rest[nl + 1 + n..];
        let nl = rest.iter().position(|&b| b == b'\n').unwrap();
        let want = std::str::from_utf8(&rest[..nl]).unwrap();
        rest = &rest[nl + 1..];
        let got = if mode == "tok" {
            dump(src, true)
        } else {
            error(src)
        };
        if got != want {
            bad += 1;
            let (w, g): (Vec<&str>, Vec<&str>) =
                (want.split(" | ").collect(), got.split(" | ").collect());
            let i = w.iter().zip(&g).take_while(|(a, b)| a == b).count();
            let lo = i.saturating_sub(3);
            let head: String = src.chars().take(60).collect();
            println!(
                "SRC  {head:?}\nWANT {:?}\nGOT  {:?}\n",
                &w[lo..(i + 3).min(w.len())],
                &g[lo..(i + 3).min(g.len())]
            );
        }
    }
    assert_eq!(bad, 0);
}

// Expected values were produced by python3.11: token positions by its
// `tokenize` module (columns turned into UTF-8 bytes), errors by
// `compile(src, 'f', 'exec')` (offsets in characters; an end_offset of
// -1 is written as 0). Cases where python3 fails in its parser, not its
// tokenizer, are left out.
const TOKENS: &[(&str, &str)] = &[
    ("x", "NAME 1,0-1,1 | NEWLINE 1,1-1,2 | ENDMARKER 2,0-2,0"),
    ("if x:\n    y\n  # c\n\nz\n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,4 | NAME 2,4-2,5 | NEWLINE 2,5-2,6 | COMMENT 3,2-3,5 | NL 3,5-3,6 | NL 4,0-4,1 | DEDENT 5,0-5,0 | NAME 5,0-5,1 | NEWLINE 5,1-5,2 | ENDMARKER 6,0-6,0"),
    ("if x:\n\tif y:\n\t\tz\n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,1 | NAME 2,1-2,3 | NAME 2,4-2,5 | COLON 2,5-2,6 | NEWLINE 2,6-2,7 | INDENT 3,0-3,2 | NAME 3,2-3,3 | NEWLINE 3,3-3,4 | DEDENT 4,0-4,0 | DEDENT 4,0-4,0 | ENDMARKER 4,0-4,0"),
    ("(1,\n 2)\\\n+3 # hi", "LPAR 1,0-1,1 | NUMBER 1,1-1,2 | COMMA 1,2-1,3 | NL 1,3-1,4 | NUMBER 2,1-2,2 | RPAR 2,2-2,3 | PLUS 3,0-3,1 | NUMBER 3,1-3,2 | COMMENT 3,3-3,7 | NEWLINE 3,7-3,8 | ENDMARKER 4,0-4,0"),
    ("a = b\"x\" + rb'''y\nz''' + f\"{a!r}\"\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | STRING 1,4-1,8 | PLUS 1,9-1,10 | STRING 1,11-2,4 | PLUS 2,5-2,6 | STRING 2,7-2,15 | NEWLINE 2,15-2,16 | ENDMARKER 3,0-3,0"),
    ("x = 0x_ff + 0o17 + 0b1_0 + 1_000.5e-3j + .5 + 1. + 1e10 + 0 + 00 + 0.0j\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | NUMBER 1,4-1,9 | PLUS 1,10-1,11 | NUMBER 1,12-1,16 | PLUS 1,17-1,18 | NUMBER 1,19-1,24 | PLUS 1,25-1,26 | NUMBER 1,27-1,38 | PLUS 1,39-1,40 | NUMBER 1,41-1,43 | PLUS 1,44-1,45 | NUMBER 1,46-1,48 | PLUS 1,49-1,50 | NUMBER 1,51-1,55 | PLUS 1,56-1,57 | NUMBER 1,58-1,59 | PLUS 1,60-1,61 | NUMBER 1,62-1,64 | PLUS 1,65-1,66 | NUMBER 1,67-1,71 | NEWLINE 1,71-1,72 | ENDMARKER 2,0-2,0"),
    ("def f(a, *b, **c) -> None: ...\n", "NAME 1,0-1,3 | NAME 1,4-1,5 | LPAR 1,5-1,6 | NAME 1,6-1,7 | COMMA 1,7-1,8 | STAR 1,9-1,10 | NAME 1,10-1,11 | COMMA 1,11-1,12 | DOUBLESTAR 1,13-1,15 | NAME 1,15-1,16 | RPAR 1,16-1,17 | RARROW 1,18-1,20 | NAME 1,21-1,25 | COLON 1,25-1,26 | ELLIPSIS 1,27-1,30 | NEWLINE 1,30-1,31 | ENDMARKER 2,0-2,0"),
    ("a //= b >>= c <<= d **= e @= f != g := h\n", "NAME 1,0-1,1 | DOUBLESLASHEQUAL 1,2-1,5 | NAME 1,6-1,7 | RIGHTSHIFTEQUAL 1,8-1,11 | NAME 1,12-1,13 | LEFTSHIFTEQUAL 1,14-1,17 | NAME 1,18-1,19 | DOUBLESTAREQUAL 1,20-1,23 | NAME 1,24-1,25 | ATEQUAL 1,26-1,28 | NAME 1,29-1,30 | NOTEQUAL 1,31-1,33 | NAME 1,34-1,35 | COLONEQUAL 1,36-1,38 | NAME 1,39-1,40 | NEWLINE 1,40-1,41 | ENDMARKER 2,0-2,0"),
    ("é = \"ü\" + ñ2\n", "NAME 1,0-1,2 | EQUAL 1,3-1,4 | STRING 1,5-1,9 | PLUS 1,10-1,11 | NAME 1,12-1,15 | NEWLINE 1,15-1,16 | ENDMARKER 2,0-2,0"),
    ("x = [\n  1,\n# c\n  2]\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | LSQB 1,4-1,5 | NL 1,5-1,6 | NUMBER 2,2-2,3 | COMMA 2,3-2,4 | NL 2,4-2,5 | COMMENT 3,0-3,3 | NL 3,3-3,4 | NUMBER 4,2-4,3 | RSQB 4,3-4,4 | NEWLINE 4,4-4,5 | ENDMARKER 5,0-5,0"),
    ("class A:\n    def f(self):\n        pass\n\n    x = 1\ny\n", "NAME 1,0-1,5 | NAME 1,6-1,7 | COLON 1,7-1,8 | NEWLINE 1,8-1,9 | INDENT 2,0-2,4 | NAME 2,4-2,7 | NAME 2,8-2,9 | LPAR 2,9-2,10 | NAME 2,10-2,14 | RPAR 2,14-2,15 | COLON 2,15-2,16 | NEWLINE 2,16-2,17 | INDENT 3,0-3,8 | NAME 3,8-3,12 | NEWLINE 3,12-3,13 | NL 4,0-4,1 | DEDENT 5,4-5,4 | NAME 5,4-5,5 | EQUAL 5,6-5,7 | NUMBER 5,8-5,9 | NEWLINE 5,9-5,10 | DEDENT 6,0-6,0 | NAME 6,0-6,1 | NEWLINE 6,1-6,2 | ENDMARKER 7,0-7,0"),
    ("", "ENDMARKER 1,0-1,0"),
    ("\n\n", "NL 1,0-1,1 | NL 2,0-2,1 | ENDMARKER 3,0-3,0"),
    ("# only\n", "COMMENT 1,0-1,6 | NL 1,6-1,7 | ENDMARKER 2,0-2,0"),
    ("x\n  # c\n", "NAME 1,0-1,1 | NEWLINE 1,1-1,2 | COMMENT 2,2-2,5 | NL 2,5-2,6 | ENDMARKER 3,0-3,0"),
    ("if x:\n  y\n  \n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,2 | NAME 2,2-2,3 | NEWLINE 2,3-2,4 | NL 3,2-3,3 | DEDENT 4,0-4,0 | ENDMARKER 4,0-4,0"),
    ("1if x else y\n", "NUMBER 1,0-1,1 | NAME 1,1-1,3 | NAME 1,4-1,5 | NAME 1,6-1,10 | NAME 1,11-1,12 | NEWLINE 1,12-1,13 | ENDMARKER 2,0-2,0"),
    ("\"\"\"a\n\\\nb\"\"\"\n", "STRING 1,0-3,4 | NEWLINE 3,4-3,5 | ENDMARKER 4,0-4,0"),
    ("u'x' Rb'y' bR'z' Fr'w' rF'v' ur'q'\n", "STRING 1,0-1,4 | STRING 1,5-1,10 | STRING 1,11-1,16 | STRING 1,17-1,22 | STRING 1,23-1,28 | NAME 1,29-1,31 | STRING 1,31-1,34 | NEWLINE 1,34-1,35 | ENDMARKER 2,0-2,0"),
    ("if x:\n    y", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,4 | NAME 2,4-2,5 | NEWLINE 2,5-2,6 | DEDENT 3,0-3,0 | ENDMARKER 3,0-3,0"),
    ("\u{c}x\n", "NAME 1,1-1,2 | NEWLINE 1,2-1,3 | ENDMARKER 2,0-2,0"),
    ("x; y\n", "NAME 1,0-1,1 | SEMI 1,1-1,2 | NAME 1,3-1,4 | NEWLINE 1,4-1,5 | ENDMARKER 2,0-2,0"),
    ("a\\\n  b\n", "NAME 1,0-1,1 | NAME 2,2-2,3 | NEWLINE 2,3-2,4 | ENDMARKER 3,0-3,0"),
    ("x = 1 if y else 2\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | NUMBER 1,4-1,5 | NAME 1,6-1,8 | NAME 1,9-1,10 | NAME 1,11-1,15 | NUMBER 1,16-1,17 | NEWLINE 1,17-1,18 | ENDMARKER 2,0-2,0"),
    ("if a:\n    if b:\n        c\n    d\ne\n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,4 | NAME 2,4-2,6 | NAME 2,7-2,8 | COLON 2,8-2,9 | NEWLINE 2,9-2,10 | INDENT 3,0-3,8 | NAME 3,8-3,9 | NEWLINE 3,9-3,10 | DEDENT 4,4-4,4 | NAME 4,4-4,5 | NEWLINE 4,5-4,6 | DEDENT 5,0-5,0 | NAME 5,0-5,1 | NEWLINE 5,1-5,2 | ENDMARKER 6,0-6,0"),
    ("s = '\\'' + \"\\\"\"\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | STRING 1,4-1,8 | PLUS 1,9-1,10 | STRING 1,11-1,15 | NEWLINE 1,15-1,16 | ENDMARKER 2,0-2,0"),
    ("x\n\n\n", "NAME 1,0-1,1 | NEWLINE 1,1-1,2 | NL 2,0-2,1 | NL 3,0-3,1 | ENDMARKER 4,0-4,0"),
    ("x # c", "NAME 1,0-1,1 | COMMENT 1,2-1,5 | NEWLINE 1,5-1,6 | ENDMARKER 2,0-2,0"),
    ("if x:\n    \\\n  y\n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,4 | NAME 3,2-3,3 | NEWLINE 3,3-3,4 | DEDENT 4,0-4,0 | ENDMARKER 4,0-4,0"),
    ("x = (\n  \\\n)\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | LPAR 1,4-1,5 | NL 1,5-1,6 | RPAR 3,0-3,1 | NEWLINE 3,1-3,2 | ENDMARKER 4,0-4,0"),
    ("x = \"a\\\nb\"\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | STRING 1,4-2,2 | NEWLINE 2,2-2,3 | ENDMARKER 3,0-3,0"),
    ("f\"{x!r:>{w}}\" F''\n", "STRING 1,0-1,13 | STRING 1,14-1,17 | NEWLINE 1,17-1,18 | ENDMARKER 2,0-2,0"),
    ("0_0_0 + 1_2.3_4e5_6j\n", "NUMBER 1,0-1,5 | PLUS 1,6-1,7 | NUMBER 1,8-1,20 | NEWLINE 1,20-1,21 | ENDMARKER 2,0-2,0"),
    ("x = 1 \\\n  + 2\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | NUMBER 1,4-1,5 | PLUS 2,2-2,3 | NUMBER 2,4-2,5 | NEWLINE 2,5-2,6 | ENDMARKER 3,0-3,0"),
    ("if x:\n  if y:\n    z", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,2 | NAME 2,2-2,4 | NAME 2,5-2,6 | COLON 2,6-2,7 | NEWLINE 2,7-2,8 | INDENT 3,0-3,4 | NAME 3,4-3,5 | NEWLINE 3,5-3,6 | DEDENT 4,0-4,0 | DEDENT 4,0-4,0 | ENDMARKER 4,0-4,0"),
    ("x = (1 # c\n)", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | LPAR 1,4-1,5 | NUMBER 1,5-1,6 | COMMENT 1,7-1,10 | NL 1,10-1,11 | RPAR 2,0-2,1 | NEWLINE 2,1-2,2 | ENDMARKER 3,0-3,0"),
    ("if x:\n\tif y:\n\t    z\n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,1 | NAME 2,1-2,3 | NAME 2,4-2,5 | COLON 2,5-2,6 | NEWLINE 2,6-2,7 | INDENT 3,0-3,5 | NAME 3,5-3,6 | NEWLINE 3,6-3,7 | DEDENT 4,0-4,0 | DEDENT 4,0-4,0 | ENDMARKER 4,0-4,0"),
    ("x = 1 #c\n\n  #d\ny\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | NUMBER 1,4-1,5 | COMMENT 1,6-1,8 | NEWLINE 1,8-1,9 | NL 2,0-2,1 | COMMENT 3,2-3,4 | NL 3,4-3,5 | NAME 4,0-4,1 | NEWLINE 4,1-4,2 | ENDMARKER 5,0-5,0"),
    ("x = \"\"\"\nabc\n  \"\"\" + y\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | STRING 1,4-3,5 | PLUS 3,6-3,7 | NAME 3,8-3,9 | NEWLINE 3,9-3,10 | ENDMARKER 4,0-4,0"),
    ("a.b...c\n", "NAME 1,0-1,1 | DOT 1,1-1,2 | NAME 1,2-1,3 | ELLIPSIS 1,3-1,6 | NAME 1,6-1,7 | NEWLINE 1,7-1,8 | ENDMARKER 2,0-2,0"),
    ("1..real\n", "NUMBER 1,0-1,2 | DOT 1,2-1,3 | NAME 1,3-1,7 | NEWLINE 1,7-1,8 | ENDMARKER 2,0-2,0"),
    ("x=1;\n", "NAME 1,0-1,1 | EQUAL 1,1-1,2 | NUMBER 1,2-1,3 | SEMI 1,3-1,4 | NEWLINE 1,4-1,5 | ENDMARKER 2,0-2,0"),
    ("@dec\ndef f(): pass\n", "AT 1,0-1,1 | NAME 1,1-1,4 | NEWLINE 1,4-1,5 | NAME 2,0-2,3 | NAME 2,4-2,5 | LPAR 2,5-2,6 | RPAR 2,6-2,7 | COLON 2,7-2,8 | NAME 2,9-2,13 | NEWLINE 2,13-2,14 | ENDMARKER 3,0-3,0"),
    ("x = {**a, \"b\": [1, (2,)]}\n", "NAME 1,0-1,1 | EQUAL 1,2-1,3 | LBRACE 1,4-1,5 | DOUBLESTAR 1,5-1,7 | NAME 1,7-1,8 | COMMA 1,8-1,9 | STRING 1,10-1,13 | COLON 1,13-1,14 | LSQB 1,15-1,16 | NUMBER 1,16-1,17 | COMMA 1,17-1,18 | LPAR 1,19-1,20 | NUMBER 1,20-1,21 | COMMA 1,21-1,22 | RPAR 1,22-1,23 | RSQB 1,23-1,24 | RBRACE 1,24-1,25 | NEWLINE 1,25-1,26 | ENDMARKER 2,0-2,0"),
    ("if x:\n  pass\n# c\n\n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,2 | NAME 2,2-2,6 | NEWLINE 2,6-2,7 | COMMENT 3,0-3,3 | NL 3,3-3,4 | NL 4,0-4,1 | DEDENT 5,0-5,0 | ENDMARKER 5,0-5,0"),
    ("if x:\n  pass\n\n\n  \n", "NAME 1,0-1,2 | NAME 1,3-1,4 | COLON 1,4-1,5 | NEWLINE 1,5-1,6 | INDENT 2,0-2,2 | NAME 2,2-2,6 | NEWLINE 2,6-2,7 | NL 3,0-3,1 | NL 4,0-4,1 | NL 5,2-5,3 | DEDENT 6,0-6,0 | ENDMARKER 6,0-6,0"),
];

const ERRORS: &[(&str, &str)] = &[
    ("x = €", "SyntaxError: invalid character '€' (U+20AC) @1,5-1,5"),
    ("x = 1€", "SyntaxError: invalid character '€' (U+20AC) @1,6-1,6"),
    ("x = a€b", "SyntaxError: invalid character '€' (U+20AC) @1,6-1,6"),
    ("x = é€", "SyntaxError: invalid character '€' (U+20AC) @1,6-1,6"),
    ("é = \"€\n", "SyntaxError: unterminated string literal (detected at line 1) @1,5-1,5"),
    ("x = \u{1}", "SyntaxError: invalid non-printable character U+0001 @1,5-1,5"),
    ("if x:\n\ty\n        z\n", "TabError: inconsistent use of tabs and spaces in indentation @3,1-3,0"),
    ("if x:\n        y\n\tz\n", "TabError: inconsistent use of tabs and spaces in indentation @3,1-3,0"),
    ("if x:\n    \ty\n", "OK"),
    ("if x:\n\ty\n    \tz\n", "TabError: inconsistent use of tabs and spaces in indentation @3,1-3,0"),
    (")", "SyntaxError: unmatched ')' @1,1-1,1"),
    ("x = ]", "SyntaxError: unmatched ']' @1,5-1,5"),
    ("(]", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1,2-1,2"),
    ("(\n]", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2,1-2,1"),
    ("[1,\n2)", "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' on line 1 @2,2-2,2"),
    ("x = (é,\n2", "SyntaxError: '(' was never closed @1,5-1,0"),
    ("é = (\n", "SyntaxError: '(' was never closed @1,5-1,0"),
    ("é = 0o8", "SyntaxError: invalid digit '8' in octal literal @1,7-1,7"),
    ("é = '''\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @1,5-1,5"),
    ("s = rb\"a\\\"", "SyntaxError: unterminated string literal (detected at line 1) @1,5-1,5"),
    ("\"\"\"a\n\nb", "SyntaxError: unterminated triple-quoted string literal (detected at line 3) @1,1-1,1"),
    ("a = 1 \\ \n", "SyntaxError: unexpected character after line continuation character @1,8-1,0"),
    ("é \\ b", "SyntaxError: unexpected character after line continuation character @1,4-1,0"),
    ("0b", "SyntaxError: invalid binary literal @1,2-1,2"),
    ("0o", "SyntaxError: invalid octal literal @1,2-1,2"),
    ("0o_", "SyntaxError: invalid octal literal @1,3-1,3"),
    ("0x_1", "OK"),
    ("1_000j", "OK"),
    ("1.2e-3_0", "OK"),
    ("0.5_", "SyntaxError: invalid decimal literal @1,4-1,4"),
    ("1e+", "SyntaxError: invalid decimal literal @1,3-1,3"),
    ("1E5J", "OK"),
    ("0_0", "OK"),
    ("00_1", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,1-1,4"),
    ("0e", "SyntaxError: invalid decimal literal @1,1-1,1"),
    ("0j", "OK"),
    ("0.", "OK"),
    (".5", "OK"),
    ("1.__class__", "SyntaxError: invalid decimal literal @1,2-1,2"),
    ("1.e", "SyntaxError: invalid decimal literal @1,2-1,2"),
    ("x = 5 if 1else 2", "OK"),
    ("if 1:\n  x\n\n    \n", "OK"),
    ("\u{feff}x", "SyntaxError: invalid non-printable character U+FEFF @1,1-1,1"),
    ("\u{c}x", "OK"),
    ("if x:\n  y\n\u{c} z\n", "IndentationError: unindent does not match any outer indentation level @3,4-3,0"),
    ("x = \"abc\n", "SyntaxError: unterminated string literal (detected at line 1) @1,5-1,5"),
    ("x = \"\"\"abc\n\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 2) @1,5-1,5"),
    ("(", "SyntaxError: '(' was never closed @1,1-1,0"),
    ("x = (1,\n2", "SyntaxError: '(' was never closed @1,5-1,0"),
    ("\\\n", "SyntaxError: unexpected EOF while parsing @1,2-1,0"),
    ("a \\ b", "SyntaxError: unexpected character after line continuation character @1,4-1,0"),
    ("a = 1 \\", "SyntaxError: unexpected EOF while parsing @1,8-1,0"),
    ("x = 1\u{a0}", "SyntaxError: invalid non-printable character U+00A0 @1,6-1,6"),
    ("012", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,1-1,2"),
    ("0o8", "SyntaxError: invalid digit '8' in octal literal @1,3-1,3"),
    ("0x", "SyntaxError: invalid hexadecimal literal @1,2-1,2"),
    ("0xg", "SyntaxError: invalid hexadecimal literal @1,2-1,2"),
    ("1_", "SyntaxError: invalid decimal literal @1,2-1,2"),
    ("1__0", "SyntaxError: invalid decimal literal @1,2-1,2"),
    ("1e", "SyntaxError: invalid decimal literal @1,1-1,1"),
    ("1.e+", "SyntaxError: invalid decimal literal @1,4-1,4"),
    ("0b2", "SyntaxError: invalid digit '2' in binary literal @1,3-1,3"),
    ("0b12", "SyntaxError: invalid digit '2' in binary literal @1,4-1,4"),
    ("0_7", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,1-1,3"),
    ("09", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,1-1,2"),
    ("00", "OK"),
    ("1.5j", "OK"),
    ("1a", "SyntaxError: invalid decimal literal @1,1-1,1"),
    ("if x:\n    a\n  b\n", "IndentationError: unindent does not match any outer indentation level @3,4-3,0"),
    ("x = 0x1€", "SyntaxError: invalid character '€' (U+20AC) @1,8-1,8"),
    ("x = 1e€", "SyntaxError: invalid decimal literal @1,5-1,5"),
    ("é = 012", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,6-1,7"),
    ("x = 1and 2", "OK"),
    ("1andy", "SyntaxError: invalid decimal literal @1,1-1,1"),
    ("0o7_", "SyntaxError: invalid octal literal @1,4-1,4"),
    ("0b1_2", "SyntaxError: invalid digit '2' in binary literal @1,5-1,5"),
    ("1_e5", "SyntaxError: invalid decimal literal @1,2-1,2"),
    ("1e5_", "SyntaxError: invalid decimal literal @1,4-1,4"),
    ("0xf_", "SyntaxError: invalid hexadecimal literal @1,4-1,4"),
    ("x = \"a\\\nb", "SyntaxError: unterminated string literal (detected at line 2) @1,5-1,5"),
    ("x = \"\"", "OK"),
    ("x = ''''''", "OK"),
    ("\"a\" \"b", "SyntaxError: unterminated string literal (detected at line 1) @1,5-1,5"),
    ("x = é\u{200b}", "SyntaxError: invalid non-printable character U+200B @1,6-1,6"),
    ("x = \u{ad}", "SyntaxError: invalid non-printable character U+00AD @1,5-1,5"),
    ("x = \u{3000}", "SyntaxError: invalid non-printable character U+3000 @1,5-1,5"),
    ("ℌ = 1", "OK"),
    ("x = \\é", "SyntaxError: unexpected character after line continuation character @1,6-1,0"),
    ("(\\\n", "SyntaxError: '(' was never closed @1,1-1,0"),
    ("if x:\n\tpass\n\tpass\n", "OK"),
    ("0jx", "SyntaxError: invalid imaginary literal @1,2-1,2"),
    ("1.5jj", "SyntaxError: invalid imaginary literal @1,4-1,4"),
    ("08.5", "OK"),
    ("0_8", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,1-1,3"),
    ("09j", "OK"),
    ("0e5", "OK"),
    ("00.5", "OK"),
    ("x = ...", "OK"),
    ("\u{7f}", "SyntaxError: invalid non-printable character U+007F @1,1-1,1"),
    ("b\"\\", "SyntaxError: unterminated string literal (detected at line 1) @1,1-1,1"),
    ("if x:\n    \\\n  y\n", "OK"),
    ("if x:\n  pass\n else:\n", "IndentationError: unindent does not match any outer indentation level @3,7-3,0"),
    ("x = (1 # c", "SyntaxError: '(' was never closed @1,5-1,0"),
    ("\\", "SyntaxError: unexpected EOF while parsing @1,2-1,0"),
    ("x = 1\\\n", "SyntaxError: unexpected EOF while parsing @1,7-1,0"),
    ("'''\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @1,1-1,1"),
    ("\"aaaaa\\", "SyntaxError: unterminated string literal (detected at line 1) @1,1-1,1"),
    ("x = (\n\n# c\n", "SyntaxError: '(' was never closed @1,5-1,0"),
    ("if x:\n  y\n\t\n", "OK"),
    ("x = \"abc\\\n\\\n", "SyntaxError: unterminated string literal (detected at line 2) @1,5-1,5"),
    ("x = 1 \\\n\\\n", "SyntaxError: unexpected EOF while parsing @2,2-2,0"),
    ("x \\\n\\", "SyntaxError: unexpected EOF while parsing @2,2-2,0"),
    ("é = (\n  \"\n", "SyntaxError: unterminated string literal (detected at line 2) @2,3-2,3"),
    ("\"\\\n", "SyntaxError: unterminated string literal (detected at line 1) @1,1-1,1"),
    ("x = 1_000_", "SyntaxError: invalid decimal literal @1,10-1,10"),
    ("x = 0b", "SyntaxError: invalid binary literal @1,6-1,6"),
    ("x = 0b_", "SyntaxError: invalid binary literal @1,7-1,7"),
    ("0O18", "SyntaxError: invalid digit '8' in octal literal @1,4-1,4"),
    ("0b1x", "SyntaxError: invalid binary literal @1,3-1,3"),
    ("0xabg", "SyntaxError: invalid hexadecimal literal @1,4-1,4"),
    ("1_0e1_", "SyntaxError: invalid decimal literal @1,6-1,6"),
    ("1.0_1e+_1", "SyntaxError: invalid decimal literal @1,7-1,7"),
    ("ẞ = 1", "OK"),
    ("x = ·", "SyntaxError: invalid character '·' (U+00B7) @1,5-1,5"),
    ("x = ab·", "OK"),
    ("_x = ⅰ", "OK"),
    ("٣ = 1", "SyntaxError: invalid character '٣' (U+0663) @1,1-1,1"),
    ("x = ٣", "SyntaxError: invalid character '٣' (U+0663) @1,5-1,5"),
    ("x = a٣", "OK"),
    ("x = 🐍", "SyntaxError: invalid character '🐍' (U+1F40D) @1,5-1,5"),
    ("x = 1 🐍", "SyntaxError: invalid character '🐍' (U+1F40D) @1,7-1,7"),
    ("x = \"🐍", "SyntaxError: unterminated string literal (detected at line 1) @1,5-1,5"),
    ("🐍 = \"\n", "SyntaxError: invalid character '🐍' (U+1F40D) @1,1-1,1"),
    ("if x:\n  y\n\\\n z\n", "IndentationError: unindent does not match any outer indentation level @4,3-4,0"),
    ("if x:\n  y\n\\ \n z\n", "SyntaxError: unexpected character after line continuation character @3,2-3,0"),
    ("if x:\n  y\n  \\", "SyntaxError: unexpected EOF while parsing @3,4-3,0"),
    ("(\n\\\n  x)\n", "OK"),
    ("if x:\n  y\n\\\n  \\\n\t\n", "OK"),
    ("if x:\n        y\n\tz\n", "TabError: inconsistent use of tabs and spaces in indentation @3,1-3,0"),
    ("x = \"\\\n", "SyntaxError: unterminated string literal (detected at line 1) @1,5-1,5"),
    ("\"\"\"\\\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 1) @1,1-1,1"),
    ("1_a", "SyntaxError: invalid decimal literal @1,2-1,2"),
    ("0777", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1,1-1,2"),
    ("0e0_", "SyntaxError: invalid decimal literal @1,4-1,4"),
    ("0o1_8", "SyntaxError: invalid digit '8' in octal literal @1,5-1,5"),
];

#[test]
fn tokens_match_python3() {
    let mut bad = Vec::new();
    for &(src, want) in TOKENS {
        let got = dump(src, true);
        if got != want {
            bad.push(format!("{src:?}\n want {want}\n  got {got}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn errors_match_python3() {
    let mut bad = Vec::new();
    for &(src, want) in ERRORS {
        let got = error(src);
        if got != want {
            bad.push(format!("{src:?}\n want {want}\n  got {got}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn parser_tokens_leave_out_comments_and_nl() {
    assert_eq!(
        dump("x = (1, # c\n 2)\n\n# d\n", false),
        "NAME 1,0-1,1 | EQUAL 1,2-1,3 | LPAR 1,4-1,5 | NUMBER 1,5-1,6 | COMMA 1,6-1,7 | NUMBER 2,1-2,2 \
         | RPAR 2,2-2,3 | NEWLINE 2,3-2,3 | ENDMARKER 4,4-4,4"
    );
}

#[test]
fn parser_positions_are_where_python3_points() {
    // python3's error at each token: offset = col + 1 and end = end col + 1
    // for a NEWLINE ("invalid syntax"), offset = col for an ENDMARKER
    // ("expected an indented block") and for INDENT's end ("unexpected
    // indent").
    type Span = (u32, u32, u32, u32);
    let cases: &[(&str, TokenKind, Span)] = &[
        ("x = \n", TokenKind::NEWLINE, (1, 4, 1, 4)),
        ("x = ", TokenKind::NEWLINE, (1, 4, 1, 4)),
        ("x = # c\n", TokenKind::NEWLINE, (1, 4, 1, 7)),
        ("if x # c\n", TokenKind::NEWLINE, (1, 5, 1, 8)),
        ("if x:\n", TokenKind::ENDMARKER, (1, 6, 1, 6)),
        ("if x:", TokenKind::ENDMARKER, (1, 6, 1, 6)),
        ("if x:\n# c\n", TokenKind::ENDMARKER, (2, 4, 2, 4)),
        (
            "class A:\n  def f():\n",
            TokenKind::ENDMARKER,
            (2, 11, 2, 11),
        ),
        ("a = 1\n  b = 2\n", TokenKind::INDENT, (2, 0, 2, 2)),
        ("  \\\nx\n", TokenKind::INDENT, (2, 0, 2, 0)),
        ("", TokenKind::ENDMARKER, (1, 0, 1, 0)),
    ];
    for &(src, kind, want) in cases {
        let (toks, _) = tokenize(src);
        let t = toks.iter().find(|t| t.kind == kind).expect("the token");
        let got = (t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
        assert_eq!(got, want, "{src:?}");
    }
}

#[test]
fn tokens_carry_byte_offsets_of_their_text() {
    let src = "é = 'ü'\nif é:\n    f(b\"\"\"x\ny\"\"\", 1.5e3)\n";
    let (toks, err) = tokenize(src);
    assert!(err.is_none());
    let texts: Vec<&str> = toks
        .iter()
        .map(|t| &src[t.start as usize..t.end as usize])
        .collect();
    assert_eq!(
        texts,
        [
            "é",
            "=",
            "'ü'",
            "",
            "if",
            "é",
            ":",
            "",
            "    ",
            "f",
            "(",
            "b\"\"\"x\ny\"\"\"",
            ",",
            "1.5e3",
            ")",
            "",
            "",
            ""
        ]
    );
    let string = toks[11];
    assert_eq!(
        (
            string.lineno,
            string.col_offset,
            string.end_lineno,
            string.end_col_offset
        ),
        (3, 6, 4, 4)
    );
    // Columns count bytes: `=` follows the two-byte `é`.
    assert_eq!(
        (
            toks[1].col_offset,
            toks[2].col_offset,
            toks[2].end_col_offset
        ),
        (3, 5, 9)
    );
}

#[test]
fn an_error_ends_the_list_with_an_errortoken() {
    let (toks, err) = tokenize("x = 1\ny = 0o8 + 2\n");
    let err = err.expect("an error");
    assert_eq!(err.msg, "invalid digit '8' in octal literal");
    let kinds: Vec<&str> = toks.iter().map(|t| t.kind.name()).collect();
    assert_eq!(
        kinds,
        [
            "NAME",
            "EQUAL",
            "NUMBER",
            "NEWLINE",
            "NAME",
            "EQUAL",
            "ERRORTOKEN"
        ]
    );
    let last = toks[toks.len() - 1];
    assert_eq!((last.lineno, last.col_offset, last.start), (2, 4, 10));
}

#[test]
fn unknown_characters_and_barry_are_generic_ops() {
    // python3 rejects `1 <> 2` at columns 3-5 and `a $ b` at 3-4: the spans
    // of these tokens, which no grammar rule accepts.
    assert_eq!(
        dump("1 <> 2 $\n", false),
        "NUMBER 1,0-1,1 | OP 1,2-1,4 | NUMBER 1,5-1,6 | OP 1,7-1,8 | NEWLINE 1,8-1,8 | ENDMARKER 1,9-1,9"
    );
}

#[test]
fn keywords_glued_to_numbers_only_warn() {
    // python3: "f:1: SyntaxWarning: invalid decimal literal", then the
    // source compiles; `1_if` is an error instead.
    let (toks, err, warnings) = tokenize_with_warnings("x = 1if y else 0x1for\n");
    assert!(err.is_none());
    let kinds: Vec<&str> = toks.iter().map(|t| t.kind.name()).collect();
    assert_eq!(
        kinds[..6],
        ["NAME", "EQUAL", "NUMBER", "NAME", "NAME", "NAME"]
    );
    let msgs: Vec<(&str, u32)> = warnings
        .iter()
        .map(|w| (w.msg.as_str(), w.lineno))
        .collect();
    assert_eq!(
        msgs,
        [
            ("invalid decimal literal", 1),
            ("invalid hexadecimal literal", 1)
        ]
    );
    assert!(tokenize_with_warnings("1_if x else y").2.is_empty());
}

#[test]
fn later_tokenizer_errors_that_replace_invalid_syntax() {
    // python3 reports the first three instead of "invalid syntax" on line 1
    // (or 2), and keeps "invalid syntax" for the others.
    let cases: &[(&str, u32, bool)] = &[
        ("a b\nx = \"abc", 1, true),
        ("a b\n]", 1, true),
        ("x = (\na b\n", 2, true),
        ("a b\n(\n", 1, false),
        ("a b\nx = 1 \\ 2", 1, false),
        ("if x:\n  a b\n z\n", 2, false),
    ];
    for &(src, line, wins) in cases {
        let err = tokenize(src).1.expect("a tokenizer error");
        assert_eq!(
            overrides_parser_error(&err, line),
            wins,
            "{src:?}: {}",
            err.msg
        );
    }
}

#[test]
fn null_bytes_are_refused_first() {
    let (toks, err) = tokenize("x = (\0");
    assert_eq!(
        err.map(|e| e.msg),
        Some("source code string cannot contain null bytes".to_string())
    );
    assert_eq!(toks.len(), 1);
    assert_eq!(toks[0].kind, TokenKind::ERRORTOKEN);
}

#[test]
fn nesting_limits() {
    let ok = format!("x = {}{}\n", "(".repeat(200), ")".repeat(200));
    assert!(tokenize(&ok).1.is_none());
    let deep = format!("x = {}", "[".repeat(201));
    let err = tokenize(&deep).1.expect("too deep");
    assert_eq!(
        (err.msg.as_str(), err.offset),
        ("too many nested parentheses", 205)
    );
}

/// Where each line starts, with one more line for the appended newline.
fn line_starts(src: &str) -> Vec<usize> {
    let mut v = vec![0];
    v.extend(src.match_indices('\n').map(|(i, _)| i + 1));
    v.push(src.len() + 1);
    v
}

/// What must hold for any input: a well-formed ending, offsets inside
/// the text and agreeing with the line/column pairs, tokens in order.
fn check_invariants(src: &str) {
    check_layout(src, tokenize_all(src));
    check_layout(src, tokenize(src));
}

fn check_layout(src: &str, (toks, err): (Vec<Token>, Option<ParseError>)) {
    let last = toks.last().expect("at least one token");
    match err {
        None => assert_eq!(last.kind, TokenKind::ENDMARKER, "{src:?}"),
        Some(ref e) => {
            assert_eq!(last.kind, TokenKind::ERRORTOKEN, "{src:?}");
            assert!(!e.msg.is_empty());
        }
    }
    let starts = line_starts(src);
    let mut prev = 0;
    for t in &toks {
        assert!(
            t.start <= t.end && t.end as usize <= src.len(),
            "{src:?} {t:?}"
        );
        assert!(t.start >= prev, "{src:?} {t:?}");
        prev = t.start;
        let at = |line: u32, col: u32| {
            let ls = starts
                .get(line as usize - 1)
                .copied()
                .unwrap_or(src.len() + 1);
            (ls + col as usize).min(src.len())
        };
        assert_eq!(
            at(t.lineno, t.col_offset),
            t.start as usize,
            "{src:?} {t:?}"
        );
        if t.kind != TokenKind::ERRORTOKEN {
            assert_eq!(
                at(t.end_lineno, t.end_col_offset),
                t.end as usize,
                "{src:?} {t:?}"
            );
        }
    }
}

#[test]
fn never_panics_on_random_input() {
    // A fixed-seed xorshift keeps failures reproducible.
    let mut rand = crate::testing::XorShift::new(0x9E37_79B9_7F4A_7C15).into_fn();
    const PIECES: &[&str] = &[
        " ", "  ", "\t", "\n", "\n", "\x0c", "\\", "\\\n", "'", "\"", "'''", "\"\"\"", "#", "(",
        ")", "[", "]", "{", "}", "0", "1", "7", "9", "0x", "0o", "0b", "_", ".", "e", "j", "x",
        "if", "b", "r", "f", "u", "rb", ":", "=", "+", "*", "**=", "->", "...", "!", "$", "é", "€",
        "\u{a0}", "\u{1}", "\r", "🐍", "٣",
    ];
    for _ in 0..20_000 {
        let n = (rand() % 24) as usize;
        let mut src = String::new();
        for _ in 0..n {
            src.push_str(PIECES[(rand() % PIECES.len() as u64) as usize]);
        }
        check_invariants(&src);
    }
}

#[test]
fn never_panics_on_truncated_programs() {
    let program = "import os\n\nclass A(B, metaclass=M):\n    '''Doc\n    string'''\n    x: int = 0x_1f\n\n    \
                   def f(self, *a, **k) -> 'A':\n\tpass\n        return [i ** 2 for i in range(10) if i % 2]\n\
                   s = f\"{a!r:>{w}}\" rb'\\x00' \\\n    + 1.5e-3j\n# end é €\n";
    for end in 0..=program.len() {
        if program.is_char_boundary(end) {
            check_invariants(&program[..end]);
            check_invariants(&program[end..]);
        }
    }
}

/// Throughput on the files named in `MOULT_TOK_BENCH` (one path a line);
/// a development aid, best run with the runtime crate optimised.
#[test]
#[ignore]
fn bench_files() {
    let Ok(list) = std::env::var("MOULT_TOK_BENCH") else {
        return;
    };
    let Ok(names) = std::fs::read_to_string(list) else {
        return;
    };
    let texts: Vec<String> = names
        .lines()
        .filter_map(|n| std::fs::read_to_string(n).ok())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let t0 = std::time::Instant::now();
    let mut count = 0;
    for text in &texts {
        count += tokenize(text).0.len();
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "{bytes} bytes, {count} tokens, {secs:.3}s, {:.1} MB/s",
        bytes as f64 / secs / 1e6
    );
}
