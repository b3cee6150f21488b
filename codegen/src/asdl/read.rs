use super::{camel_case, Constructor, Definition, Field, Kind, Module, Quantity, BUILTINS};
use crate::diag::{from_pest, span_of, Diags, FileId, Span, SpecFiles};
use pest::iterators::Pair;
use pest::Parser as _;
use pest_derive::Parser;
use std::collections::{HashMap, HashSet};

#[derive(Parser)]
#[grammar = "asdl/asdl.pest"]
struct AsdlParser;

/// Reads and checks `Python.asdl`; `None` when the file has syntax errors.
/// Undefined types and names defined twice are reported in `diags`.
pub fn read(files: &SpecFiles, file: FileId, diags: &mut Diags) -> Option<Module> {
    read_layers(files, &[file], diags)
}

/// Reads a base `Python.asdl` and its overlays (each a whole `module X { ... }`),
/// then checks the result. An overlay's definition of a type the base has
/// merges into it: a sum gains the overlay's constructors (one of the same name
/// is replaced in place, a new one is added last, so existing constructors keep
/// their numbers) and takes the overlay's attributes if it gives some; a product
/// is replaced. A new type is added.
pub fn read_layers(files: &SpecFiles, layers: &[FileId], diags: &mut Diags) -> Option<Module> {
    let mut module: Option<Module> = None;
    for &file in layers {
        let layer = parse(files, file, diags)?;
        module = Some(match module {
            None => layer,
            Some(base) => overlay(base, layer),
        });
    }
    let module = module?;
    let before = diags.list.len();
    check(&module, diags);
    if diags.list.len() == before {
        check_rust_names(&module, diags);
    }
    Some(module)
}

fn overlay(mut base: Module, layer: Module) -> Module {
    for def in layer.definitions {
        let Some(old) = base.definitions.iter_mut().find(|d| d.name == def.name) else {
            base.definitions.push(def);
            continue;
        };
        match (&mut old.kind, def.kind) {
            (Kind::Sum(ctors), Kind::Sum(new)) => {
                for c in new {
                    match ctors.iter_mut().find(|o| o.name == c.name) {
                        Some(o) => *o = c,
                        None => ctors.push(c),
                    }
                }
                if !def.attributes.is_empty() {
                    old.attributes = def.attributes;
                }
            }
            (_, kind) => {
                *old = Definition {
                    name: def.name,
                    kind,
                    attributes: def.attributes,
                    span: def.span,
                }
            }
        }
    }
    base
}

fn parse(files: &SpecFiles, file: FileId, diags: &mut Diags) -> Option<Module> {
    let text = files.text(file);
    let pairs = match AsdlParser::parse(Rule::file, text) {
        Ok(p) => p,
        Err(e) => {
            diags.list.push(from_pest(file, text, e, describe));
            return None;
        }
    };
    let span = |p: &Pair<Rule>| span_of(file, text, p.as_span().start(), p.as_span().end());
    let mut module = Module::default();
    for pair in pairs.flatten() {
        match pair.as_rule() {
            Rule::module_name => module.name = pair.as_str().to_string(),
            Rule::definition => {
                if let Some(def) = definition(pair, &span) {
                    module.definitions.push(def);
                }
            }
            _ => {}
        }
    }
    Some(module)
}

fn definition(pair: Pair<Rule>, span: &dyn Fn(&Pair<Rule>) -> Span) -> Option<Definition> {
    let mut inner = pair.into_inner();
    let name = inner.next()?;
    let body = inner.next()?;
    let mut attributes = Vec::new();
    let kind = match body.as_rule() {
        Rule::product => {
            let mut fields = Vec::new();
            for part in body.into_inner() {
                match part.as_rule() {
                    Rule::fields => fields = field_list(part, span),
                    Rule::attributes => attributes = attribute_list(part, span),
                    _ => {}
                }
            }
            Kind::Product(fields)
        }
        _ => {
            let mut ctors = Vec::new();
            for part in body.into_inner() {
                match part.as_rule() {
                    Rule::constructor => {
                        let mut c = part.into_inner();
                        let Some(cname) = c.next() else { continue };
                        let fields = c.next().map(|f| field_list(f, span)).unwrap_or_default();
                        ctors.push(Constructor {
                            name: cname.as_str().to_string(),
                            fields,
                            span: span(&cname),
                        });
                    }
                    Rule::attributes => attributes = attribute_list(part, span),
                    _ => {}
                }
            }
            Kind::Sum(ctors)
        }
    };
    Some(Definition {
        name: name.as_str().to_string(),
        kind,
        attributes,
        span: span(&name),
    })
}

fn attribute_list(pair: Pair<Rule>, span: &dyn Fn(&Pair<Rule>) -> Span) -> Vec<Field> {
    pair.into_inner()
        .next()
        .map(|f| field_list(f, span))
        .unwrap_or_default()
}

fn field_list(pair: Pair<Rule>, span: &dyn Fn(&Pair<Rule>) -> Span) -> Vec<Field> {
    let mut out = Vec::new();
    for field in pair.into_inner() {
        let mut ty = None;
        let mut quantity = Quantity::One;
        let mut name = None;
        for part in field.into_inner() {
            match part.as_rule() {
                Rule::type_name => ty = Some(part),
                Rule::quantifier => {
                    quantity = match part.as_str() {
                        "?" => Quantity::Optional,
                        "*" => Quantity::List,
                        _ => Quantity::OptionalList,
                    }
                }
                _ => name = Some(part),
            }
        }
        if let (Some(ty), Some(name)) = (ty, name) {
            out.push(Field {
                ty: ty.as_str().to_string(),
                quantity,
                name: name.as_str().to_string(),
                ty_span: span(&ty),
                name_span: span(&name),
            });
        }
    }
    out
}

/// Every name resolves, and no type, constructor or field is defined twice.
fn check(module: &Module, diags: &mut Diags) {
    let mut types: HashMap<&str, Span> = HashMap::new();
    let mut ctors: HashSet<&str> = HashSet::new();
    for def in &module.definitions {
        if BUILTINS.iter().any(|(b, _)| *b == def.name) {
            diags.error(
                def.span,
                format!("type `{}` is builtin and cannot be redefined", def.name),
            );
        } else if types.insert(&def.name, def.span).is_some() {
            diags.error(def.span, format!("type `{}` is defined twice", def.name));
        }
        if let Kind::Sum(cs) = &def.kind {
            for c in cs {
                if !ctors.insert(&c.name) {
                    diags.error(c.span, format!("constructor `{}` is defined twice", c.name));
                }
            }
        }
    }
    let known = |ty: &str| types.contains_key(ty) || BUILTINS.iter().any(|(b, _)| *b == ty);
    let mut reported: HashSet<(u32, u32)> = HashSet::new();
    for def in &module.definitions {
        // Each record that becomes one Rust struct: its own fields, then the attributes.
        let records: Vec<(&str, &[Field])> = match &def.kind {
            Kind::Sum(cs) => cs
                .iter()
                .map(|c| (c.name.as_str(), c.fields.as_slice()))
                .collect(),
            Kind::Product(fs) => vec![(def.name.as_str(), fs.as_slice())],
        };
        for (owner, fields) in records {
            let mut seen = HashSet::new();
            for f in fields.iter().chain(&def.attributes) {
                let at = (f.name_span.start.line, f.name_span.start.col);
                if !seen.insert(f.name.as_str()) && reported.insert(at) {
                    diags.error(
                        f.name_span,
                        format!("field `{}` is defined twice in `{owner}`", f.name),
                    );
                }
            }
        }
        let ctor_fields = match &def.kind {
            Kind::Sum(cs) => cs.iter().flat_map(|c| &c.fields).collect(),
            Kind::Product(fs) => fs.iter().collect::<Vec<_>>(),
        };
        for f in ctor_fields.into_iter().chain(&def.attributes) {
            if !known(&f.ty) {
                diags.error(f.ty_span, format!("type `{}` is not defined", f.ty));
            }
        }
    }
}

/// Items the emitter always writes, the leaf types it expects in scope, and
/// the std names the emitted code uses unqualified.
const FIXED_ITEMS: [&str; 14] = [
    "Visitor",
    "DumpLeaf",
    "DumpNode",
    "make",
    "dump",
    "dump_label",
    "Identifier",
    "AstString",
    "Constant",
    "Box",
    "Option",
    "Vec",
    "String",
    "From",
];

/// Distinct ASDL names must give distinct Rust items: `a = BC` and `a_b = C`
/// would both give `ABC`, and a type `visitor` would give a second `Visitor`.
fn check_rust_names(module: &Module, diags: &mut Diags) {
    let mut seen: HashMap<String, String> = FIXED_ITEMS
        .iter()
        .map(|n| (n.to_string(), "moult".into()))
        .collect();
    let mut claim = |rust: String, what: String, span: Span, diags: &mut Diags| {
        if let Some(first) = seen.get(&rust) {
            let first = if first == "moult" {
                "the generated code".to_string()
            } else {
                first.clone()
            };
            diags.error(
                span,
                format!("{what} would be emitted as `{rust}`, which already names {first}"),
            );
        } else {
            seen.insert(rust, what);
        }
    };
    for def in &module.definitions {
        let ty = camel_case(&def.name);
        claim(ty.clone(), format!("type `{}`", def.name), def.span, diags);
        for item in ["walk", "dump"] {
            claim(
                format!("{item}_{}", def.name),
                format!("type `{}`", def.name),
                def.span,
                diags,
            );
        }
        if matches!(def.kind, Kind::Product(_))
            && super::emit::RUST_KEYWORDS.contains(&def.name.as_str())
        {
            diags.error(
                def.span,
                format!(
                    "product `{}` would give `make::{}`, a Rust keyword",
                    def.name, def.name
                ),
            );
        }
        if let Kind::Sum(cs) = &def.kind {
            if !def.is_simple_sum() {
                for c in cs {
                    claim(
                        format!("{ty}{}", c.name),
                        format!("constructor `{}`", c.name),
                        c.span,
                        diags,
                    );
                }
            }
            for c in cs.iter().filter(|c| c.name == "Self") {
                diags.error(c.span, "constructor `Self` is reserved in Rust");
            }
        }
    }
}

fn describe(rule: &Rule) -> String {
    match rule {
        Rule::type_name => "a type name in lower case (e.g. expr)".into(),
        Rule::field_name => "a field name".into(),
        Rule::con_name => "a constructor name starting with a capital (e.g. BinOp)".into(),
        Rule::module_name => "the module name".into(),
        Rule::module_kw => "`module`".into(),
        Rule::open => "`{`".into(),
        Rule::close => "`}`".into(),
        Rule::quantifier => "`?`, `*` or `?*`".into(),
        Rule::fields => "a field list `(type name, ...)`".into(),
        Rule::attributes => "`attributes (...)`".into(),
        Rule::definition => "a definition `name = ...`".into(),
        Rule::constructor => "a constructor".into(),
        Rule::product | Rule::sum => "constructors or a field list".into(),
        Rule::EOI => "end of file".into(),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Option<Module>, String) {
        let mut files = SpecFiles::default();
        let id = files.add("grammar/Python.asdl", text);
        let mut diags = Diags::default();
        let module = read(&files, id, &mut diags);
        (module, diags.render(&files, true))
    }

    #[test]
    fn reads_sums_products_and_attributes() {
        let (m, errs) = run(
            "-- a comment\nmodule T {\n  expr = BinOp(expr left, op o, expr? right) -- trailing\n       | Name(identifier id)\n       attributes (int lineno, int? end)\n  op = Add | Sub\n  args = (expr* xs, expr?* ys)\n}\n",
        );
        assert_eq!(errs, "");
        let m = m.unwrap();
        assert_eq!(m.name, "T");
        let expr = m.definition("expr").unwrap();
        let Kind::Sum(cs) = &expr.kind else {
            panic!("expr is a sum")
        };
        assert_eq!(
            cs.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
            ["BinOp", "Name"]
        );
        assert_eq!(cs[0].fields[2].quantity, Quantity::Optional);
        assert_eq!(cs[0].fields[2].name, "right");
        assert_eq!(expr.attributes.len(), 2);
        assert_eq!(expr.attributes[1].quantity, Quantity::Optional);
        let Kind::Product(fs) = &m.definition("args").unwrap().kind else {
            panic!("args is a product")
        };
        assert_eq!(fs[0].quantity, Quantity::List);
        assert_eq!(fs[1].quantity, Quantity::OptionalList);
        assert_eq!(
            m.operator_sums(),
            vec![("op".to_string(), vec!["Add".to_string(), "Sub".to_string()])]
        );
    }

    #[test]
    fn undefined_type() {
        let (_, errs) = run("module T {\n  stmt = Expr(exprr value)\n}");
        assert!(
            errs.starts_with("grammar/Python.asdl:2:15: type `exprr` is not defined"),
            "{errs}"
        );
        assert!(errs.contains("^^^^^"), "{errs}");
    }

    #[test]
    fn undefined_attribute_type() {
        let (_, errs) = run("module T {\n  stmt = Pass attributes (pos p)\n}");
        assert!(
            errs.starts_with("grammar/Python.asdl:2:27: type `pos` is not defined"),
            "{errs}"
        );
    }

    #[test]
    fn constructor_defined_twice_across_sums() {
        let (_, errs) = run("module T {\n  a = X | Y\n  b = Z\n    | X(int n)\n}");
        assert!(
            errs.starts_with("grammar/Python.asdl:4:7: constructor `X` is defined twice"),
            "{errs}"
        );
    }

    #[test]
    fn field_defined_twice() {
        let (_, errs) = run("module T {\n  a = X(int n, int m, int n)\n}");
        assert!(
            errs.starts_with("grammar/Python.asdl:2:27: field `n` is defined twice in `X`"),
            "{errs}"
        );
        let (_, errs) = run("module T {\n  p = (int n)\n   attributes (int n)\n}");
        assert!(
            errs.starts_with("grammar/Python.asdl:3:20: field `n` is defined twice in `p`"),
            "{errs}"
        );
    }

    #[test]
    fn field_clashing_with_attribute_is_reported_once() {
        let (_, errs) = run("module T {\n  a = X(int n) | Y(int n)\n   attributes (int n)\n}");
        assert_eq!(errs.matches("is defined twice").count(), 1, "{errs}");
    }

    #[test]
    fn type_defined_twice() {
        let (_, errs) = run("module T {\n  a = X\n  a = (int n)\n}");
        assert!(
            errs.starts_with("grammar/Python.asdl:3:3: type `a` is defined twice"),
            "{errs}"
        );
        let (_, errs) = run("module T {\n  int = X\n}");
        assert!(errs.contains("type `int` is builtin"), "{errs}");
    }

    #[test]
    fn rust_name_collisions() {
        let (_, errs) = run("module T {\n  a = BC(int n)\n  a_b = C(int n)\n}");
        assert!(
            errs.starts_with("grammar/Python.asdl:3:9: constructor `C` would be emitted as `ABC`, which already names constructor `BC`"),
            "{errs}"
        );
        let (_, errs) = run("module T {\n  visitor = (int n)\n}");
        assert!(errs.contains("2:3: type `visitor` would be emitted as `Visitor`, which already names the generated code"), "{errs}");
        let (_, errs) = run("module T {\n  option = X\n}");
        assert!(
            errs.contains("type `option` would be emitted as `Option`"),
            "{errs}"
        );
        let (_, errs) = run("module T {\n  match = (int n)\n}");
        assert!(
            errs.contains("product `match` would give `make::match`, a Rust keyword"),
            "{errs}"
        );
        let (_, errs) = run("module T {\n  a = Self\n}");
        assert!(errs.contains("constructor `Self` is reserved"), "{errs}");
    }

    #[test]
    fn syntax_errors_have_positions() {
        let (m, errs) = run("module T {\n  a = X(int)\n}");
        assert!(m.is_none());
        assert!(
            errs.starts_with("grammar/Python.asdl:2:12: syntax error"),
            "{errs}"
        );
        let (_, errs) = run("module T {\n  a = x\n}");
        assert!(
            errs.starts_with("grammar/Python.asdl:2:7: syntax error"),
            "{errs}"
        );
        assert!(errs.contains("constructor"), "{errs}");
        let (_, errs) = run("module T {\n  a = X\n");
        assert!(
            errs.starts_with("grammar/Python.asdl:3:1: syntax error: expected `}`"),
            "{errs}"
        );
        let (_, errs) = run("modul T {}");
        assert!(
            errs.starts_with("grammar/Python.asdl:1:1: syntax error: expected `module`"),
            "{errs}"
        );
    }

    #[test]
    fn the_real_spec_reads_cleanly() {
        let text = include_str!("../../../grammar/Python.asdl");
        let (m, errs) = run(text);
        assert_eq!(errs, "");
        let m = m.unwrap();
        assert_eq!(m.definitions.len(), 18);
        let sums: Vec<String> = m.operator_sums().into_iter().map(|s| s.0).collect();
        assert_eq!(
            sums,
            ["expr_context", "boolop", "operator", "unaryop", "cmpop"]
        );
    }

    #[test]
    fn an_overlay_adds_constructors_and_replaces_products() {
        let mut files = SpecFiles::default();
        let base = files.add(
            "grammar/Python.asdl",
            "module T {\n  op = Add | Sub\n  e = Num(int n)\n  args = (e a)\n}\n",
        );
        let fork = files.add(
            "fork/Python.asdl",
            "module T {\n  op = AlE\n  e = Num(int n, int base)\n  args = (e a, e b)\n  new = (op o)\n}\n",
        );
        let mut diags = Diags::default();
        let m = read_layers(&files, &[base, fork], &mut diags).unwrap();
        assert_eq!(diags.render(&files, true), "");
        assert_eq!(
            m.operator_sums(),
            [(
                "op".to_string(),
                vec!["Add".into(), "Sub".into(), "AlE".into()]
            )]
        );
        let Kind::Sum(es) = &m.definition("e").unwrap().kind else {
            panic!("e is a sum")
        };
        assert_eq!(es.len(), 1);
        assert_eq!(es[0].fields.len(), 2);
        let Kind::Product(fs) = &m.definition("args").unwrap().kind else {
            panic!("args is a product")
        };
        assert_eq!(fs.len(), 2);
        assert!(m.definition("new").is_some());
        // A mistake in the overlay is reported in the overlay's file.
        let bad = files.add("fork/bad.asdl", "module T {\n  op = Mul(exprr x)\n}\n");
        let mut diags = Diags::default();
        read_layers(&files, &[base, bad], &mut diags);
        let errs = diags.render(&files, false);
        assert!(
            errs.starts_with("fork/bad.asdl:2:12: type `exprr` is not defined"),
            "{errs}"
        );
    }
}
