use super::{OperatorRow, OperatorTable, Section, FLAGS};
use crate::diag::{from_pest, span_of, Diags, FileId, Span, SpecFiles};
use crate::tokens::TokenSet;
use pest::iterators::Pair;
use pest::Parser as _;
use pest_derive::Parser;

#[derive(Parser)]
#[grammar = "operators/operators.pest"]
struct OperatorsParser;

/// Reads `operators`; `None` when the file has syntax errors. `ast_sums` are
/// the field-less sum types of `Python.asdl` with their constructors: a section
/// must name one of them, and then give every constructor exactly one row.
/// Operator spellings must be spellings of `Tokens`; keyword spellings
/// (`and`, `not in`) are words and are not checked there.
pub fn read(
    files: &SpecFiles,
    file: FileId,
    ast_sums: &[(String, Vec<String>)],
    tokens: &TokenSet,
    diags: &mut Diags,
) -> Option<OperatorTable> {
    read_layers(files, &[file], ast_sums, tokens, diags)
}

/// Reads a base `operators` and its overlays. In an overlay, a `[section]`
/// the base has is reopened: a row for a constructor of an earlier layer
/// replaces that row in place, a new row is added at the end of the section.
/// The check that every constructor has a row runs on the merged table.
pub fn read_layers(
    files: &SpecFiles,
    layers: &[FileId],
    ast_sums: &[(String, Vec<String>)],
    tokens: &TokenSet,
    diags: &mut Diags,
) -> Option<OperatorTable> {
    let mut table = OperatorTable::default();
    for &file in layers {
        // Rows of earlier layers, which this layer may replace.
        let earlier: Vec<(String, String)> = table
            .sections
            .iter()
            .flat_map(|s| s.rows.iter().map(|r| (s.sum.clone(), r.ctor.clone())))
            .collect();
        let sections_before = table.sections.len();
        if !read_layer(
            &mut table,
            files,
            file,
            ast_sums,
            tokens,
            diags,
            &earlier,
            sections_before,
        ) {
            return None;
        }
    }
    for section in &table.sections {
        let ctors = ast_sums
            .iter()
            .find(|(s, _)| *s == section.sum)
            .map(|(_, c)| c.as_slice())
            .unwrap_or_default();
        for ctor in ctors.iter().filter(|c| section.row(c).is_none()) {
            diags.error(
                section.span,
                format!(
                    "`{ctor}` has no row in operators (section `[{}]`)",
                    section.sum
                ),
            );
        }
    }
    Some(table)
}

#[allow(clippy::too_many_arguments)]
fn read_layer(
    table: &mut OperatorTable,
    files: &SpecFiles,
    file: FileId,
    ast_sums: &[(String, Vec<String>)],
    tokens: &TokenSet,
    diags: &mut Diags,
    earlier: &[(String, String)],
    sections_before: usize,
) -> bool {
    let text = files.text(file);
    let pairs = match OperatorsParser::parse(Rule::file, text) {
        Ok(p) => p,
        Err(e) => {
            diags.list.push(from_pest(file, text, e, describe));
            return false;
        }
    };
    let span = |p: &Pair<Rule>| span_of(file, text, p.as_span().start(), p.as_span().end());
    // The section rows go to, by index: a header of this layer opens one.
    let mut open: Option<usize> = None;
    let mut seen_header = false;
    // The constructors of the current section, or `None` after a bad header
    // (its rows are then skipped: the header error says it all).
    let mut current: Option<&[String]> = None;
    for item in pairs
        .flatten()
        .filter(|p| matches!(p.as_rule(), Rule::header | Rule::row))
    {
        if item.as_rule() == Rule::header {
            let Some(sum) = item.into_inner().next() else {
                continue;
            };
            let (name, sspan) = (sum.as_str(), span(&sum));
            current = None;
            open = None;
            seen_header = true;
            if let Some(i) = table.sections.iter().position(|s| s.sum == name) {
                if i >= sections_before {
                    diags.error(sspan, format!("section `[{name}]` appears twice"));
                    continue;
                }
                // An overlay reopens a section of the base.
                open = Some(i);
                current = ast_sums
                    .iter()
                    .find(|(s, _)| s == name)
                    .map(|(_, c)| c.as_slice());
                continue;
            }
            match ast_sums.iter().find(|(s, _)| s == name) {
                Some((_, ctors)) => {
                    current = Some(ctors);
                    open = Some(table.sections.len());
                    table.sections.push(Section {
                        sum: name.to_string(),
                        rows: Vec::new(),
                        span: sspan,
                    });
                }
                None => {
                    let known: Vec<&str> = ast_sums.iter().map(|(s, _)| s.as_str()).collect();
                    let msg = format!(
                        "section `[{name}]` names no sum type of field-less constructors in Python.asdl (expected one of: {})",
                        known.join(", ")
                    );
                    diags.error(sspan, msg);
                }
            }
            continue;
        }
        let rspan = span(&item);
        let Some(section) = open.and_then(|i| table.sections.get_mut(i)) else {
            if !seen_header {
                diags.error(
                    rspan,
                    "an operator row must follow a `[section]` header naming its ASDL sum type",
                );
            }
            continue;
        };
        let Some(ctors) = current else { continue };
        // A row replacing one of an earlier layer is read as if that row
        // were absent, so it is not reported as defined twice.
        let ctor = item
            .clone()
            .into_inner()
            .find(|p| p.as_rule() == Rule::ctor)
            .map(|p| p.as_str().to_string())
            .unwrap_or_default();
        let replaces = earlier
            .iter()
            .any(|(s, c)| *s == section.sum && *c == ctor)
            .then(|| section.rows.iter().position(|r| r.ctor == ctor))
            .flatten();
        let old = replaces.map(|i| section.rows.remove(i));
        match (
            read_row(item, &span, section, ctors, tokens, diags),
            replaces,
        ) {
            (Some(row), Some(i)) => section.rows.insert(i, row),
            (Some(row), None) => section.rows.push(row),
            (None, Some(i)) => {
                if let Some(old) = old {
                    section.rows.insert(i, old);
                }
            }
            (None, None) => {}
        }
    }
    true
}

/// The builtin types a `for` clause may name (the runtime looks them up in
/// the builtins by name).
pub const BUILTIN_TYPES: [&str; 13] = [
    "object",
    "int",
    "bool",
    "float",
    "complex",
    "str",
    "bytes",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
];

fn read_row(
    row: Pair<Rule>,
    span: &dyn Fn(&Pair<Rule>) -> Span,
    section: &Section,
    ctors: &[String],
    tokens: &TokenSet,
    diags: &mut Diags,
) -> Option<OperatorRow> {
    let mut out = OperatorRow {
        ctor: String::new(),
        spelling: String::new(),
        dunder: None,
        reflected: None,
        inplace: None,
        flags: Vec::new(),
        default: None,
        default_types: Vec::new(),
        span: span(&row),
    };
    // Only a bad constructor drops the row: a row with another mistake still
    // counts as present, so it is not also reported as missing.
    let mut ok = true;
    for part in row.into_inner() {
        let pspan = span(&part);
        let text = part.as_str();
        match part.as_rule() {
            Rule::ctor => {
                out.ctor = text.to_string();
                out.span = pspan;
                if !ctors.iter().any(|c| c == text) {
                    let sum = &section.sum;
                    diags.error(
                        pspan,
                        format!("operator row `{text}` names no constructor of sum type `{sum}` in Python.asdl"),
                    );
                    ok = false;
                } else if section.row(text).is_some() {
                    diags.error(pspan, format!("operator row `{text}` is defined twice"));
                    ok = false;
                }
            }
            Rule::spelling => {
                let spelling = &text[1..text.len() - 1];
                out.spelling = spelling.to_string();
                let is_word = spelling
                    .split(' ')
                    .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()));
                if !is_word && tokens.by_spelling(spelling).is_none() {
                    diags.error(
                        pspan,
                        format!("spelling '{spelling}' is not the spelling of any token in Tokens"),
                    );
                } else if let Some(other) = section.rows.iter().find(|r| r.spelling == spelling) {
                    let msg = format!(
                        "spelling '{spelling}' is already the spelling of `{}` in `[{}]`",
                        other.ctor, section.sum
                    );
                    diags.error(pspan, msg);
                }
            }
            Rule::slots => {
                let mut slots = part
                    .into_inner()
                    .map(|s| (s.as_rule() == Rule::dunder).then(|| s.as_str().to_string()));
                out.dunder = slots.next().flatten();
                out.reflected = slots.next().flatten();
                out.inplace = slots.next().flatten();
            }
            Rule::flags => {
                for flag in part.into_inner() {
                    let word = flag.as_str();
                    match FLAGS.iter().find(|(f, _)| *f == word) {
                        Some((f, _)) if out.flags.contains(f) => {
                            diags.error(span(&flag), format!("flag `{word}` is given twice"));
                        }
                        Some((f, _)) => out.flags.push(*f),
                        None => {
                            let known: Vec<&str> = FLAGS.iter().map(|(f, _)| *f).collect();
                            diags.error(
                                span(&flag),
                                format!(
                                    "unknown flag `{word}` (expected one of: {})",
                                    known.join(", ")
                                ),
                            );
                        }
                    }
                }
            }
            Rule::default => {
                let mut inner = part.into_inner();
                let Some(expr) = inner.next() else {
                    continue;
                };
                if let Some(types) = inner.next() {
                    for t in types.into_inner() {
                        let name = t.as_str();
                        if !BUILTIN_TYPES.contains(&name) {
                            diags.error(
                                span(&t),
                                format!(
                                    "`{name}` is not a builtin type (expected one of: {})",
                                    BUILTIN_TYPES.join(", ")
                                ),
                            );
                        }
                        out.default_types.push(name.to_string());
                    }
                }
                let raw = expr.as_str();
                let body = raw[1..raw.len() - 1].trim();
                if body.is_empty() {
                    diags.error(
                        span(&expr),
                        "a default meaning must be a Python expression over `a` and `b`",
                    );
                }
                out.default = Some(body.to_string());
            }
            _ => {}
        }
    }
    ok.then_some(out)
}

fn describe(rule: &Rule) -> String {
    match rule {
        Rule::header => "a `[section]` header".into(),
        Rule::sum => "an ASDL sum type name (e.g. operator)".into(),
        Rule::row | Rule::ctor => "an ASDL constructor name (e.g. Add)".into(),
        Rule::spelling => "a quoted spelling (e.g. '+')".into(),
        Rule::slots | Rule::dunder => "a dunder name (e.g. __add__)".into(),
        Rule::absent => "`-`".into(),
        Rule::flags => "flags in brackets (e.g. [negated])".into(),
        Rule::flag => "a flag".into(),
        Rule::operand_types | Rule::type_name => {
            "`for` and builtin type names (e.g. for int float)".into()
        }
        Rule::default => "`default \"<python expression>\"`".into(),
        Rule::expr => "a double-quoted Python expression".into(),
        Rule::EOI => "end of line".into(),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operators::tests::sums_311;

    fn tokens() -> TokenSet {
        let mut files = SpecFiles::default();
        let id = files.add("grammar/Tokens", include_str!("../../../grammar/Tokens"));
        crate::tokens::read(&files, id, &mut Diags::default()).unwrap_or_default()
    }

    fn run(text: &str) -> (Option<OperatorTable>, String) {
        let mut files = SpecFiles::default();
        let id = files.add("grammar/operators", text);
        let mut diags = Diags::default();
        let table = read(&files, id, &sums_311(), &tokens(), &mut diags);
        (table, diags.render(&files, true))
    }

    #[test]
    fn reads_sections_rows_and_defaults() {
        let text = "# legend\n[boolop]\nAnd 'and'\nOr  'or'   # c\n\n[cmpop]\nEq '==' __eq__ __eq__\nNotEq '!=' __ne__ __ne__\nLt '<' __lt__ __gt__ default \"a - b < 0\"\nLtE '<=' __le__\nGt '>' __gt__\nGtE '>=' __ge__\nIs 'is'\nIsNot 'is not' - [negated]\nIn 'in' __contains__ [swapped]\nNotIn 'not in' __contains__ [swapped negated]\n";
        let (t, errs) = run(text);
        assert_eq!(errs, "");
        let t = t.unwrap();
        assert_eq!(t.sections.len(), 2);
        let cmp = t.section("cmpop").unwrap();
        assert_eq!(cmp.type_name(), "Cmpop");
        let lt = cmp.row("Lt").unwrap();
        assert_eq!(lt.reflected.as_deref(), Some("__gt__"));
        assert_eq!(lt.default.as_deref(), Some("a - b < 0"));
        let not_in = cmp.row("NotIn").unwrap();
        assert_eq!(
            (not_in.spelling.as_str(), not_in.flags.as_slice()),
            ("not in", &["swapped", "negated"][..])
        );
        assert_eq!(cmp.row("IsNot").unwrap().dunder, None);
        assert_eq!(t.section("boolop").unwrap().rows[1].ctor, "Or");
    }

    /// A fork's new operator: its spelling comes from the fork's Tokens and its
    /// default meaning is kept verbatim, quotes and all.
    #[test]
    fn fork_operator_with_default_meaning() {
        let mut set = tokens();
        set.defs.push(crate::tokens::TokenDef {
            name: "TILDEEQUAL".into(),
            spelling: Some("~=".into()),
            span: Span::default(),
        });
        let mut sums = sums_311();
        sums.push(("almost".into(), vec!["AlE".into()]));
        let text = "[almost]\nAlE '~=' __ale__ - - default \"abs(a - b) <= 1e-9 * max(abs(a), abs(b)) or abs(a-b) <= 0.1 or str(a) == 'x'\"\n";
        let mut files = SpecFiles::default();
        let id = files.add("examples/almost_equal/grammar/operators", text);
        let mut diags = Diags::default();
        let table = read(&files, id, &sums, &set, &mut diags);
        assert_eq!(diags.render(&files, true), "");
        let table = table.unwrap_or_default();
        let row = &table.sections[0].rows[0];
        assert_eq!(table.sections[0].type_name(), "Almost");
        assert_eq!(
            (row.dunder.as_deref(), row.reflected.as_deref()),
            (Some("__ale__"), None)
        );
        assert_eq!(
            row.default.as_deref(),
            Some("abs(a - b) <= 1e-9 * max(abs(a), abs(b)) or abs(a-b) <= 0.1 or str(a) == 'x'")
        );
    }

    #[test]
    fn unknown_constructor_missing_and_duplicate_rows() {
        let (_, errs) = run("[boolop]\nAnd 'and'\nXor 'xor'\nAnd 'both'\n");
        assert!(
            errs.contains(
                "grammar/operators:3:1: operator row `Xor` names no constructor of sum type `boolop` in Python.asdl"
            ),
            "{errs}"
        );
        assert!(
            errs.contains("grammar/operators:4:1: operator row `And` is defined twice"),
            "{errs}"
        );
        assert!(
            errs.contains(
                "grammar/operators:1:2: `Or` has no row in operators (section `[boolop]`)"
            ),
            "{errs}"
        );
    }

    #[test]
    fn spellings_are_checked_against_tokens() {
        let (_, errs) = run(
            "[unaryop]\nInvert '~' __invert__\nNot 'not'\nUAdd '~=' __pos__\nUSub '~' __neg__\n",
        );
        assert!(
            errs.contains(
                "grammar/operators:4:6: spelling '~=' is not the spelling of any token in Tokens"
            ),
            "{errs}"
        );
        assert!(
            errs.contains("grammar/operators:5:6: spelling '~' is already the spelling of `Invert` in `[unaryop]`"),
            "{errs}"
        );
        assert_eq!(errs.matches("grammar/operators").count(), 2, "{errs}");
    }

    #[test]
    fn bad_sections_flags_and_defaults() {
        let (_, errs) =
            run("And 'and'\n[binop]\nAdd '+'\n[boolop]\nAnd 'and' [lazy]\nOr 'or' default \"  \"\n[boolop]\n");
        assert!(
            errs.contains(
                "grammar/operators:1:1: an operator row must follow a `[section]` header"
            ),
            "{errs}"
        );
        assert!(errs.contains("grammar/operators:2:2: section `[binop]` names no sum type of field-less constructors in Python.asdl (expected one of: expr_context, boolop"), "{errs}");
        assert!(
            errs.contains(
                "grammar/operators:5:12: unknown flag `lazy` (expected one of: swapped, negated)"
            ),
            "{errs}"
        );
        assert!(
            errs.contains("grammar/operators:6:17: a default meaning must be a Python expression"),
            "{errs}"
        );
        assert!(
            errs.contains("grammar/operators:7:2: section `[boolop]` appears twice"),
            "{errs}"
        );
    }

    #[test]
    fn syntax_errors_have_positions() {
        let (t, errs) = run("[operator]\nAdd + __add__\n");
        assert!(t.is_none());
        assert!(
            errs.starts_with("grammar/operators:2:5: syntax error: expected a quoted spelling"),
            "{errs}"
        );
        let (_, errs) = run("[operator]\nAdd '+' __add\n");
        assert!(
            errs.starts_with("grammar/operators:2:9: syntax error"),
            "{errs}"
        );
    }

    #[test]
    fn an_overlay_reopens_sections_and_replaces_rows() {
        let mut files = SpecFiles::default();
        let mut sums = sums_311();
        if let Some((_, ctors)) = sums.iter_mut().find(|(s, _)| s == "cmpop") {
            ctors.push("AlE".into());
        }
        let mut tokens = tokens();
        tokens.defs.push(crate::tokens::TokenDef {
            name: "ALMOSTEQUAL".into(),
            spelling: Some("~=".into()),
            span: Span::default(),
        });
        let base = files.add(
            "grammar/operators",
            include_str!("../../../grammar/operators"),
        );
        let fork = files.add(
            "fork/operators",
            "[cmpop]\nAlE '~=' __ale__ __ale__ default \"abs(a - b) <= 0.1\" for int float\nLt '<' __lt__ __gt__ default \"b > a\"\n",
        );
        let mut diags = Diags::default();
        let t = read_layers(&files, &[base, fork], &sums, &tokens, &mut diags).unwrap();
        assert_eq!(diags.render(&files, true), "");
        let cmp = t.section("cmpop").unwrap();
        let ctors: Vec<&str> = cmp.rows.iter().map(|r| r.ctor.as_str()).collect();
        assert_eq!(
            ctors,
            ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn", "AlE"]
        );
        let ale = cmp.row("AlE").unwrap();
        assert_eq!(ale.default_types, ["int", "float"]);
        assert_eq!(cmp.row("Lt").unwrap().default.as_deref(), Some("b > a"));
        // Without the overlay's row, AlE is missing; the error is at the section.
        let empty = files.add("fork/empty", "[cmpop]\n");
        let mut diags = Diags::default();
        read_layers(&files, &[base, empty], &sums, &tokens, &mut diags);
        let errs = diags.render(&files, false);
        assert!(
            errs.contains("`AlE` has no row in operators (section `[cmpop]`)"),
            "{errs}"
        );
        // The `for` clause names builtin types only.
        let typo = files.add(
            "fork/typo",
            "[cmpop]\nAlE '~=' default \"a\" for int flaot\n",
        );
        let mut diags = Diags::default();
        read_layers(&files, &[base, typo], &sums, &tokens, &mut diags);
        let errs = diags.render(&files, false);
        assert!(
            errs.contains("fork/typo:2:30: `flaot` is not a builtin type"),
            "{errs}"
        );
        // A row given twice within the overlay is still an error there.
        let twice = files.add("fork/twice", "[cmpop]\nAlE '~='\nAlE '~='\n");
        let mut diags = Diags::default();
        read_layers(&files, &[base, twice], &sums, &tokens, &mut diags);
        let errs = diags.render(&files, false);
        assert!(
            errs.contains("fork/twice:3:1: operator row `AlE` is defined twice"),
            "{errs}"
        );
    }
}
