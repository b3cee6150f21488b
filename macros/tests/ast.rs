//! `ast!()` over grammar/Python.asdl: trees built with `make::` must print
//! exactly as CPython 3.11's `ast.dump` prints the same source (the expected
//! strings below come from python3), and the visitor must reach every node.

/// Test stand-ins for the runtime's leaf types.
#[derive(Clone, Debug, PartialEq)]
pub struct Identifier(pub String);

#[derive(Clone, Debug, PartialEq)]
pub struct AstString(pub String);

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Int(i64),
    Str(String),
}

fn quoted(s: &str, out: &mut String) {
    out.push('\'');
    out.push_str(s);
    out.push('\'');
}

impl DumpLeaf for Identifier {
    fn dump_leaf(&self, out: &mut String) {
        quoted(&self.0, out)
    }
}

impl DumpLeaf for AstString {
    fn dump_leaf(&self, out: &mut String) {
        quoted(&self.0, out)
    }
}

impl DumpLeaf for Constant {
    fn dump_leaf(&self, out: &mut String) {
        match self {
            Constant::None => out.push_str("None"),
            Constant::Int(i) => out.push_str(&i.to_string()),
            Constant::Str(s) => quoted(s, out),
        }
    }
}

moult_macros::ast!();

fn id(s: &str) -> Identifier {
    Identifier(s.to_string())
}

/// `Name(id=s, ctx=...)` without positions (ast.dump without attributes ignores them).
fn name(s: &str, ctx: ExprContext) -> Expr {
    make::Name(id(s), ctx, 0, 0, None, None)
}

fn int(i: i64) -> Expr {
    make::Constant(Constant::Int(i), None, 0, 0, None, None)
}

/// `x = 1 + 2\nif a: pass`, with CPython's positions.
fn assign_and_if() -> Mod {
    let sum = make::BinOp(
        make::Constant(Constant::Int(1), None, 1, 4, Some(1), Some(5)),
        Operator::Add,
        make::Constant(Constant::Int(2), None, 1, 8, Some(1), Some(9)),
        1,
        4,
        Some(1),
        Some(9),
    );
    let target = make::Name(id("x"), ExprContext::Store, 1, 0, Some(1), Some(1));
    let assign = make::Assign(vec![target], sum, None, 1, 0, Some(1), Some(9));
    let test = make::Name(id("a"), ExprContext::Load, 2, 3, Some(2), Some(4));
    let pass = make::Pass(2, 6, Some(2), Some(10));
    let if_ = make::If(test, vec![pass], vec![], 2, 0, Some(2), Some(10));
    make::Module(vec![assign, if_], vec![])
}

#[test]
fn dump_matches_cpython_with_attributes() {
    assert_eq!(
        dump(&assign_and_if(), true),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Add(), right=Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), If(test=Name(id='a', ctx=Load(), lineno=2, col_offset=3, end_lineno=2, end_col_offset=4), body=[Pass(lineno=2, col_offset=6, end_lineno=2, end_col_offset=10)], orelse=[], lineno=2, col_offset=0, end_lineno=2, end_col_offset=10)], type_ignores=[])"
    );
}

#[test]
fn dump_matches_cpython_without_attributes() {
    assert_eq!(
        dump(&assign_and_if(), false),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2))), If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"
    );
}

#[test]
fn none_fields_are_omitted_but_none_values_are_printed() {
    // from . import a as b, c
    // return None
    // f(x, *y, k=1, **z)
    let import = make::ImportFrom(
        None,
        vec![
            make::alias(id("a"), Some(id("b")), 0, 0, None, None),
            make::alias(id("c"), None, 0, 0, None, None),
        ],
        Some(1),
        0,
        0,
        None,
        None,
    );
    let ret = make::Return(
        Some(make::Constant(Constant::None, None, 0, 0, None, None)),
        0,
        0,
        None,
        None,
    );
    let star = make::Starred(
        name("y", ExprContext::Load),
        ExprContext::Load,
        0,
        0,
        None,
        None,
    );
    let call = make::Call(
        name("f", ExprContext::Load),
        vec![name("x", ExprContext::Load), star],
        vec![
            make::keyword(Some(id("k")), int(1), 0, 0, None, None),
            make::keyword(None, name("z", ExprContext::Load), 0, 0, None, None),
        ],
        0,
        0,
        None,
        None,
    );
    let tree = make::Module(
        vec![import, ret, make::Expr(call, 0, 0, None, None)],
        vec![],
    );
    assert_eq!(
        dump(&tree, false),
        "Module(body=[ImportFrom(names=[alias(name='a', asname='b'), alias(name='c')], level=1), Return(value=Constant(value=None)), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load()), Starred(value=Name(id='y', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1)), keyword(value=Name(id='z', ctx=Load()))]))], type_ignores=[])"
    );
}

fn arg(s: &str) -> Arg {
    make::arg(id(s), None, None, 0, 0, None, None)
}

#[test]
fn arguments_and_lists_with_none_items() {
    // def f(a, /, b=1, *c, d, e=2, **g) -> int: pass
    let args = make::arguments(
        vec![arg("a")],
        vec![arg("b")],
        Some(arg("c")),
        vec![arg("d"), arg("e")],
        vec![None, Some(int(2))],
        Some(arg("g")),
        vec![int(1)],
    );
    let def = make::FunctionDef(
        id("f"),
        args,
        vec![make::Pass(0, 0, None, None)],
        vec![],
        Some(name("int", ExprContext::Load)),
        None,
        0,
        0,
        None,
        None,
    );
    assert_eq!(
        dump(&make::Module(vec![def], vec![]), false),
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"
    );
    // {**d, 'k': v}
    let dict = make::Dict(
        vec![
            None,
            Some(make::Constant(
                Constant::Str("k".into()),
                None,
                0,
                0,
                None,
                None,
            )),
        ],
        vec![name("d", ExprContext::Load), name("v", ExprContext::Load)],
        0,
        0,
        None,
        None,
    );
    assert_eq!(
        dump(&make::Module(vec![make::Expr(dict, 0, 0, None, None)], vec![]), false),
        "Module(body=[Expr(value=Dict(keys=[None, Constant(value='k')], values=[Name(id='d', ctx=Load()), Name(id='v', ctx=Load())]))], type_ignores=[])"
    );
}

#[test]
fn keyword_field_names_and_field_less_constructors_with_attributes() {
    // try:\n  pass\nexcept E as e:\n  raise\nexcept:\n  pass
    let handler = make::ExceptHandler(
        Some(make::Name(
            id("E"),
            ExprContext::Load,
            3,
            7,
            Some(3),
            Some(8),
        )),
        Some(id("e")),
        vec![make::Raise(None, None, 4, 2, Some(4), Some(7))],
        3,
        0,
        Some(4),
        Some(7),
    );
    let bare = make::ExceptHandler(
        None,
        None,
        vec![make::Pass(6, 2, Some(6), Some(6))],
        5,
        0,
        Some(6),
        Some(6),
    );
    // `type` is a Rust keyword: the field is `type_`.
    let Excepthandler::ExceptHandler(h) = &handler;
    assert_eq!(h.type_.as_ref().map(|t| t.lineno()), Some(3));
    let try_ = make::Try(
        vec![make::Pass(2, 2, Some(2), Some(6))],
        vec![handler, bare],
        vec![],
        vec![],
        1,
        0,
        Some(6),
        Some(6),
    );
    assert_eq!(
        dump(&make::Module(vec![try_], vec![]), true),
        "Module(body=[Try(body=[Pass(lineno=2, col_offset=2, end_lineno=2, end_col_offset=6)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), name='e', body=[Raise(lineno=4, col_offset=2, end_lineno=4, end_col_offset=7)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=7), ExceptHandler(body=[Pass(lineno=6, col_offset=2, end_lineno=6, end_col_offset=6)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=6)], orelse=[], finalbody=[], lineno=1, col_offset=0, end_lineno=6, end_col_offset=6)], type_ignores=[])"
    );
}

#[test]
fn patterns() {
    // match x:
    //  case [1, *r] | {'k': _, **rest} if y: pass
    //  case C(a, k=None): pass
    let seq = make::MatchSequence(
        vec![
            make::MatchValue(int(1), 0, 0, None, None),
            make::MatchStar(Some(id("r")), 0, 0, None, None),
        ],
        0,
        0,
        None,
        None,
    );
    let map = make::MatchMapping(
        vec![make::Constant(
            Constant::Str("k".into()),
            None,
            0,
            0,
            None,
            None,
        )],
        vec![make::MatchAs(None, None, 0, 0, None, None)],
        Some(id("rest")),
        0,
        0,
        None,
        None,
    );
    let first = make::match_case(
        make::MatchOr(vec![seq, map], 0, 0, None, None),
        Some(name("y", ExprContext::Load)),
        vec![make::Pass(0, 0, None, None)],
    );
    let class = make::MatchClass(
        name("C", ExprContext::Load),
        vec![make::MatchAs(None, Some(id("a")), 0, 0, None, None)],
        vec![id("k")],
        vec![make::MatchSingleton(Constant::None, 0, 0, None, None)],
        0,
        0,
        None,
        None,
    );
    let second = make::match_case(class, None, vec![make::Pass(0, 0, None, None)]);
    let m = make::Match(
        name("x", ExprContext::Load),
        vec![first, second],
        0,
        0,
        None,
        None,
    );
    assert_eq!(
        dump(&make::Module(vec![m], vec![]), false),
        "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='r')]), MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs()], rest='rest')]), guard=Name(id='y', ctx=Load()), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='C', ctx=Load()), patterns=[MatchAs(name='a')], kwd_attrs=['k'], kwd_patterns=[MatchSingleton(value=None)]), body=[Pass()])])], type_ignores=[])"
    );
}

#[test]
fn expression_mode_and_empty_arguments() {
    let neg = make::UnaryOp(
        Unaryop::USub,
        make::Name(id("x"), ExprContext::Load, 1, 1, Some(1), Some(2)),
        1,
        0,
        Some(1),
        Some(2),
    );
    assert_eq!(
        dump(&make::Expression(neg), true),
        "Expression(body=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2))"
    );
    let empty = make::arguments(vec![], vec![], None, vec![], vec![], None, vec![]);
    let lambda = make::Lambda(empty, int(0), 0, 0, None, None);
    assert_eq!(
        dump(&make::Expression(lambda.clone()), false),
        "Expression(body=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))"
    );
    assert_eq!(dump_expr(&lambda, false), "Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))");
}

#[test]
fn location_accessors_and_names() {
    let tree = assign_and_if();
    let Mod::Module(m) = &tree else {
        panic!("a Module")
    };
    let if_ = &m.body[1];
    assert_eq!(
        (
            if_.lineno(),
            if_.col_offset(),
            if_.end_lineno(),
            if_.end_col_offset()
        ),
        (2, 0, Some(2), Some(10))
    );
    assert_eq!(if_.kind_name(), "If");
    assert_eq!(Operator::FloorDiv.name(), "FloorDiv");
    assert_eq!(Cmpop::ALL.len(), 10);
    let Stmt::Assign(a) = &m.body[0] else {
        panic!("an Assign")
    };
    let Expr::BinOp(b) = &*a.value else {
        panic!("a BinOp")
    };
    assert_eq!(b.op, Operator::Add);
    assert_eq!(b.right.col_offset(), 8);
}

/// Counts names and constants, and records the operators it meets.
#[derive(Default)]
struct Counter {
    names: Vec<String>,
    constants: usize,
    ops: Vec<Operator>,
}

impl Visitor for Counter {
    fn visit_expr(&mut self, node: &Expr) {
        match node {
            Expr::Name(n) => self.names.push(n.id.0.clone()),
            Expr::Constant(_) => self.constants += 1,
            _ => {}
        }
        walk_expr(self, node)
    }
    fn visit_operator(&mut self, node: &Operator) {
        self.ops.push(*node);
    }
}

#[test]
fn visitor_reaches_every_node() {
    let mut c = Counter::default();
    c.visit_mod(&assign_and_if());
    assert_eq!(c.names, ["x", "a"]);
    assert_eq!(c.constants, 2);
    assert_eq!(c.ops, [Operator::Add]);

    // Through products, optional fields and lists with None items.
    let args = make::arguments(
        vec![],
        vec![make::arg(
            id("p"),
            Some(name("T", ExprContext::Load)),
            None,
            0,
            0,
            None,
            None,
        )],
        None,
        vec![arg("k")],
        vec![None],
        None,
        vec![],
    );
    let dict = make::Dict(
        vec![None, Some(int(1))],
        vec![name("d", ExprContext::Load), int(2)],
        0,
        0,
        None,
        None,
    );
    let lambda = make::Lambda(args, dict, 0, 0, None, None);
    let mut c = Counter::default();
    c.visit_mod(&make::Expression(lambda));
    assert_eq!(c.names, ["T", "d"]);
    assert_eq!(c.constants, 2);
}
