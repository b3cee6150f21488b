//! The symbol table against python3's `symtable` module: each case lists what
//! CPython 3.11 reports (scope type and name, then every symbol with its
//! predicates), generated once from python3 and pasted here.
//!
//! Letters: P is_parameter, A is_assigned, R is_referenced, G is_global,
//! D is_declared_global, N is_nonlocal, F is_free, L is_local, I is_imported.

use super::*;
use crate::parser::{parse, Mode};

fn letters(sym: &Symbol, module: bool) -> String {
    let sc = sym.scope;
    let f = sym.flags;
    let module_bound = module && f & def::BOUND != 0;
    let preds = [
        ('P', f & def::PARAM != 0),
        ('A', f & def::LOCAL != 0),
        ('R', f & def::USE != 0),
        (
            'G',
            matches!(
                sc,
                Some(NameScope::GlobalImplicit | NameScope::GlobalExplicit)
            ) || module_bound,
        ),
        ('D', sc == Some(NameScope::GlobalExplicit)),
        ('N', f & def::NONLOCAL != 0),
        ('F', sc == Some(NameScope::Free)),
        (
            'L',
            matches!(sc, Some(NameScope::Local | NameScope::Cell)) || module_bound,
        ),
        ('I', f & def::IMPORT != 0),
    ];
    preds
        .iter()
        .filter(|(_, on)| *on)
        .map(|(c, _)| *c)
        .collect()
}

fn describe(t: &SymbolTable, i: usize, depth: usize, out: &mut Vec<String>) {
    let s = &t.scopes[i];
    let pad = "  ".repeat(depth);
    let kind = match s.kind {
        ScopeKind::Module => "module",
        ScopeKind::Class => "class",
        ScopeKind::Function => "function",
    };
    out.push(format!("{pad}{kind} {}", s.name));
    let mut syms: Vec<&Symbol> = s.symbols.iter().collect();
    syms.sort_by(|a, b| a.name.cmp(&b.name));
    for sym in syms {
        out.push(format!(
            "{pad}  {} {}",
            sym.name,
            letters(sym, s.kind == ScopeKind::Module)
        ));
    }
    for &c in &s.children {
        describe(t, c, depth + 1, out);
    }
}

fn check(src: &str, expected: &[&str]) {
    let module = parse(src, Mode::Exec, false)
        .module
        .expect("the case parses");
    let table = build(&module).expect("the case has no symbol-table error");
    let mut out = Vec::new();
    describe(&table, 0, 0, &mut out);
    assert_eq!(out.join("\n"), expected.join("\n"));
}

fn error_of(src: &str) -> (String, i32, i32) {
    let module = parse(src, Mode::Exec, false)
        .module
        .expect("the case parses");
    let e = build(&module).expect_err("the case is rejected");
    (e.msg, e.lineno, e.col_offset)
}

#[test]
fn errors_as_python() {
    // Messages and positions from python3's compile().
    assert_eq!(
        error_of("nonlocal x\n"),
        (
            "nonlocal declaration not allowed at module level".into(),
            1,
            0
        )
    );
    assert_eq!(
        error_of("def f():\n    nonlocal x\n"),
        ("no binding for nonlocal 'x' found".into(), 2, 4)
    );
    assert_eq!(
        error_of("def f(a):\n    global a\n"),
        ("name 'a' is parameter and global".into(), 2, 4)
    );
    assert_eq!(
        error_of("def f():\n    x = 1\n    global x\n"),
        (
            "name 'x' is assigned to before global declaration".into(),
            3,
            4
        )
    );
    assert_eq!(
        error_of("def f():\n    print(x)\n    global x\n"),
        ("name 'x' is used prior to global declaration".into(), 3, 4)
    );
    assert_eq!(
        error_of("def f(a, a): pass\n"),
        ("duplicate argument 'a' in function definition".into(), 1, 9)
    );
    assert_eq!(
        error_of("[i := 0 for i in x]\n"),
        (
            "assignment expression cannot rebind comprehension iteration variable 'i'".into(),
            1,
            1
        )
    );
}

#[test]
fn mangling() {
    assert_eq!(mangle(Some("C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("C"), "__x__"), "__x__");
    assert_eq!(mangle(Some("___"), "__x"), "__x");
    assert_eq!(mangle(None, "__x"), "__x");
}

#[test]
fn module_names() {
    check(
        "import os\nx = 1\nprint(x, y)\ndel x\n",
        &["module top", "  os GLI", "  print RG", "  x ARGL", "  y RG"],
    );
}

#[test]
fn function_params() {
    check(
        "def f(a, b=1, *args, c, **kw):\n    d = a + b\n    return e\n",
        &[
            "module top",
            "  f AGL",
            "  function f",
            "    a PRL",
            "    args PL",
            "    b PRL",
            "    c PL",
            "    d AL",
            "    e RG",
            "    kw PL",
        ],
    );
}

#[test]
fn closure() {
    check(
        "def outer(a):\n    b = 1\n    def inner():\n        nonlocal b\n        b += a\n        return b\n    return inner\n",
        &[
            "module top",
            "  outer AGL",
            "  function outer",
            "    a PL",
            "    b AL",
            "    inner ARL",
            "    function inner",
            "      a RF",
            "      b ARNF",
        ],
    );
}

#[test]
fn global_decl() {
    check(
        "g = 0\ndef f():\n    global g\n    g = 1\n    h = g\n",
        &[
            "module top",
            "  f AGL",
            "  g AGDL",
            "  function f",
            "    g ARGD",
            "    h AL",
        ],
    );
}

#[test]
fn class_scope() {
    check(
        "class C(Base):\n    x = 1\n    def m(self):\n        return x + self.x\n",
        &[
            "module top",
            "  Base RG",
            "  C AGL",
            "  class C",
            "    m AL",
            "    x AL",
            "    function m",
            "      self PRL",
            "      x RG",
        ],
    );
}

#[test]
fn class_free() {
    check(
        "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
        &[
            "module top",
            "  f AGL",
            "  function f",
            "    C ARL",
            "    x AL",
            "    class C",
            "      m AL",
            "      x RF",
            "      y AL",
            "      function m",
            "        self PL",
            "        x RF",
        ],
    );
}

#[test]
fn super_cell() {
    check(
        "class C:\n    def m(self):\n        return super().m()\n",
        &[
            "module top",
            "  C AGL",
            "  class C",
            "    m AL",
            "    function m",
            "      __class__ RF",
            "      self PL",
            "      super RG",
        ],
    );
}

#[test]
fn comprehension() {
    check(
        "def f(xs):\n    return [x * n for x in xs for n in range(x)]\n",
        &[
            "module top",
            "  f AGL",
            "  function f",
            "    xs PRL",
            "    function listcomp",
            "      .0 PL",
            "      n ARL",
            "      range RG",
            "      x ARL",
        ],
    );
}

#[test]
fn genexpr_lambda() {
    check(
        "g = (y for y in z)\nf = lambda a, *b: a + c\n",
        &[
            "module top",
            "  f AGL",
            "  g AGL",
            "  z RG",
            "  function genexpr",
            "    .0 PL",
            "    y ARL",
            "  function lambda",
            "    a PRL",
            "    b PL",
            "    c RG",
        ],
    );
}

#[test]
fn walrus_comp() {
    check(
        "def f(xs):\n    return [(last := x) for x in xs], last\n",
        &[
            "module top",
            "  f AGL",
            "  function f",
            "    last ARL",
            "    xs PRL",
            "    function listcomp",
            "      .0 PL",
            "      last ANF",
            "      x ARL",
        ],
    );
}

#[test]
fn annotations() {
    check(
        "x: int = 1\ny: str\ndef f(a: T) -> R:\n    z: list = []\n",
        &[
            "module top",
            "  R RG",
            "  T RG",
            "  f AGL",
            "  int RG",
            "  str RG",
            "  x AGL",
            "  y AGL",
            "  function f",
            "    a PL",
            "    list RG",
            "    z AL",
        ],
    );
}

#[test]
fn nested_lambda() {
    check(
        "def f(a):\n    return lambda b: lambda: a + b\n",
        &[
            "module top",
            "  f AGL",
            "  function f",
            "    a PL",
            "    function lambda",
            "      a F",
            "      b PL",
            "      function lambda",
            "        a RF",
            "        b RF",
        ],
    );
}
