use super::{ArgKind, BinOp, Formula, OpcodeDef, OpcodeTable, FLAGS};
use crate::diag::{from_pest, span_of, Diags, FileId, Span, SpecFiles};
use pest::iterators::Pair;
use pest::pratt_parser::{Assoc, Op, PrattParser};
use pest::Parser as _;
use pest_derive::Parser;

#[derive(Parser)]
#[grammar = "opcodes/opcodes.pest"]
struct OpcodesParser;

/// Reads `opcodes`; `None` when the file has syntax errors. Duplicate names,
/// unknown argument kinds or flags and bad effect formulas are reported in
/// `diags` (the table then lacks the offending rows).
pub fn read(files: &SpecFiles, file: FileId, diags: &mut Diags) -> Option<OpcodeTable> {
    let text = files.text(file);
    let pairs = match OpcodesParser::parse(Rule::file, text) {
        Ok(p) => p,
        Err(e) => {
            diags.list.push(from_pest(file, text, e, describe));
            return None;
        }
    };
    let cx = Cx {
        file,
        text,
        pratt: pratt(),
    };
    let mut table = OpcodeTable::default();
    for row in pairs.flatten().filter(|p| p.as_rule() == Rule::row) {
        if let Some(def) = cx.row(row, &table, diags) {
            if table.defs.len() == usize::from(u8::MAX) {
                diags.error(
                    def.span,
                    "too many opcodes: an opcode is one byte, and 0 is reserved",
                );
                break;
            }
            table.defs.push(OpcodeDef {
                number: table.defs.len() as u8 + 1,
                ..def
            });
        }
    }
    if table.defs.is_empty() && !diags.has_errors() {
        diags.error(
            span_of(file, text, text.len(), text.len()),
            "`opcodes` defines no instruction",
        );
    }
    Some(table)
}

struct Cx<'t> {
    file: FileId,
    text: &'t str,
    pratt: PrattParser<Rule>,
}

/// Python's precedence, loosest first.
fn pratt() -> PrattParser<Rule> {
    PrattParser::new()
        .op(Op::infix(Rule::eq, Assoc::Left) | Op::infix(Rule::ne, Assoc::Left))
        .op(Op::infix(Rule::or, Assoc::Left))
        .op(Op::infix(Rule::xor, Assoc::Left))
        .op(Op::infix(Rule::and, Assoc::Left))
        .op(Op::infix(Rule::shl, Assoc::Left) | Op::infix(Rule::shr, Assoc::Left))
        .op(Op::infix(Rule::add, Assoc::Left) | Op::infix(Rule::sub, Assoc::Left))
        .op(Op::infix(Rule::mul, Assoc::Left))
        .op(Op::prefix(Rule::neg))
}

type Parsed = Result<Formula, (Span, String)>;

impl Cx<'_> {
    fn span(&self, pair: &Pair<Rule>) -> Span {
        span_of(
            self.file,
            self.text,
            pair.as_span().start(),
            pair.as_span().end(),
        )
    }

    fn row(&self, row: Pair<Rule>, table: &OpcodeTable, diags: &mut Diags) -> Option<OpcodeDef> {
        let mut name = None;
        let mut arg = None;
        let mut effect = None;
        let mut jump_effect = None;
        let mut flags = Vec::new();
        let mut ok = true;
        for part in row.into_inner() {
            let span = self.span(&part);
            match part.as_rule() {
                Rule::opname => {
                    let text = part.as_str();
                    if table.by_name(text).is_some() {
                        diags.error(span, format!("opcode `{text}` is defined twice"));
                        ok = false;
                    }
                    name = Some((text.to_string(), span));
                }
                Rule::kind => match ArgKind::from_spec(part.as_str()) {
                    Some(k) => arg = Some((k, span)),
                    None => {
                        let known: Vec<&str> = ArgKind::ALL.iter().map(|(w, _)| *w).collect();
                        let msg = format!(
                            "unknown argument kind `{}` (expected one of: {})",
                            part.as_str(),
                            known.join(", ")
                        );
                        diags.error(span, msg);
                        ok = false;
                    }
                },
                Rule::formula => effect = self.formula_checked(part, diags),
                Rule::jump_effect => {
                    let inner = part.into_inner().next();
                    jump_effect = inner
                        .and_then(|f| self.formula_checked(f, diags))
                        .map(|f| (f, span));
                }
                Rule::flags => {
                    for flag in part.into_inner() {
                        let word = flag.as_str();
                        match FLAGS.iter().find(|(f, _)| *f == word) {
                            Some((f, _)) if flags.contains(f) => {
                                diags.error(
                                    self.span(&flag),
                                    format!("flag `{word}` is given twice"),
                                );
                            }
                            Some((f, _)) => flags.push(*f),
                            None => {
                                let known: Vec<&str> = FLAGS.iter().map(|(f, _)| *f).collect();
                                let msg = format!(
                                    "unknown flag `{word}` (expected one of: {})",
                                    known.join(", ")
                                );
                                diags.error(self.span(&flag), msg);
                                ok = false;
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let ((name, span), (arg, arg_span), effect) = (name?, arg?, effect?);
        if let Some((_, jspan)) = &jump_effect {
            if !arg.is_jump() {
                diags.error(
                    *jspan,
                    format!("`{name}` has a jump effect but its argument is not a jump target"),
                );
                ok = false;
            }
        }
        if flags.contains(&"unconditional") && !arg.is_jump() {
            diags.error(
                arg_span,
                format!("`{name}` is `unconditional` but its argument is not a jump target"),
            );
            ok = false;
        }
        let uses = effect.uses_oparg() || jump_effect.as_ref().is_some_and(|(f, _)| f.uses_oparg());
        if uses && arg == ArgKind::None {
            diags.error(
                arg_span,
                format!("the stack effect of `{name}` uses `oparg` but `{name}` takes no argument"),
            );
            ok = false;
        }
        ok.then(|| OpcodeDef {
            name,
            number: 0,
            arg,
            effect,
            jump_effect: jump_effect.map(|(f, _)| f),
            flags,
            span,
        })
    }

    fn formula_checked(&self, pair: Pair<Rule>, diags: &mut Diags) -> Option<Formula> {
        match self.formula(pair) {
            Ok(f) => Some(f),
            Err((span, msg)) => {
                diags.error(span, format!("bad effect formula: {msg}"));
                None
            }
        }
    }

    fn formula(&self, pair: Pair<Rule>) -> Parsed {
        self.pratt
            .map_primary(|p| self.operand(p))
            .map_prefix(|_, a| Ok(Formula::Neg(Box::new(a?))))
            .map_infix(|a, op, b| {
                let op = match op.as_rule() {
                    Rule::eq => BinOp::Eq,
                    Rule::ne => BinOp::Ne,
                    Rule::or => BinOp::Or,
                    Rule::xor => BinOp::Xor,
                    Rule::and => BinOp::And,
                    Rule::shl => BinOp::Shl,
                    Rule::shr => BinOp::Shr,
                    Rule::add => BinOp::Add,
                    Rule::sub => BinOp::Sub,
                    _ => BinOp::Mul,
                };
                Ok(Formula::Bin(op, Box::new(a?), Box::new(b?)))
            })
            .parse(pair.into_inner())
    }

    fn operand(&self, p: Pair<Rule>) -> Parsed {
        let span = self.span(&p);
        match p.as_rule() {
            Rule::int => p
                .as_str()
                .parse()
                .map(Formula::Int)
                .map_err(|_| (span, format!("`{}` is too large", p.as_str()))),
            Rule::var if p.as_str() == "oparg" => Ok(Formula::Oparg),
            Rule::var => Err((
                span,
                format!(
                    "unknown name `{}` (the only variable is `oparg`)",
                    p.as_str()
                ),
            )),
            _ => self.formula(p),
        }
    }
}

fn describe(rule: &Rule) -> String {
    match rule {
        Rule::opname => "an opcode name in capitals (e.g. LOAD_CONST)".into(),
        Rule::kind => "an argument kind (e.g. none, const, jump_forward)".into(),
        Rule::formula | Rule::neg | Rule::int | Rule::var => {
            "a stack effect (e.g. -1, 1 - oparg)".into()
        }
        Rule::jump_effect => "`, jump <effect>`".into(),
        Rule::flags => "flags in brackets (e.g. [terminator])".into(),
        Rule::flag => "a flag".into(),
        Rule::add | Rule::sub | Rule::mul | Rule::shl | Rule::shr => "an operator".into(),
        Rule::and | Rule::xor | Rule::or | Rule::eq | Rule::ne => "an operator".into(),
        Rule::EOI => "end of line".into(),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Option<OpcodeTable>, String) {
        let mut files = SpecFiles::default();
        let id = files.add("grammar/opcodes", text);
        let mut diags = Diags::default();
        let table = read(&files, id, &mut diags);
        (table, diags.render(&files, true))
    }

    #[test]
    fn reads_rows_numbers_and_effects() {
        let (t, errs) = run("# x\nPOP_TOP none -1\n\nBUILD_MAP count 1 - 2 * oparg  # pairs\nFOR_ITER jump_forward 1, jump -1 [ ]\nJUMP jump_absolute 0 [unconditional terminator]\n");
        assert_eq!(errs, "");
        let t = t.unwrap();
        let names: Vec<(&str, u8)> = t.defs.iter().map(|d| (d.name.as_str(), d.number)).collect();
        assert_eq!(
            names,
            [
                ("POP_TOP", 1),
                ("BUILD_MAP", 2),
                ("FOR_ITER", 3),
                ("JUMP", 4)
            ]
        );
        assert_eq!(t.defs[1].stack_effect(3, false), -5);
        assert_eq!(t.defs[2].stack_effect(0, true), -1);
        assert_eq!(t.defs[2].stack_effect(0, false), 1);
        assert_eq!(t.defs[3].flags, ["unconditional", "terminator"]);
    }

    #[test]
    fn formulas_follow_python_precedence() {
        let cases = [
            ("1 + 2 * 3", 0, 7),
            ("-(oparg & 1) - (oparg >> 1 & 1)", 3, -2),
            ("-1 - (oparg == 3)", 3, -2),
            ("-1 - (oparg == 3)", 2, -1),
            ("(oparg & 255) + (oparg >> 8)", 0x102, 3),
            ("1 << 2 | 1", 0, 5),
            ("oparg - 1 - 1", 5, 3),
            ("oparg >> 70", 5, 0),
            ("- -oparg", 4, 4),
        ];
        for (f, oparg, want) in cases {
            let (t, errs) = run(&format!("X other {f}\n"));
            assert_eq!(errs, "", "{f}");
            assert_eq!(t.unwrap().defs[0].effect.eval(oparg), want, "{f}");
        }
    }

    #[test]
    fn duplicate_unknown_kind_and_flag() {
        let (_, errs) = run("NOP none 0\nNOP none 0\nLOAD_X thing 1\nRET none -1 [terminal]\n");
        assert!(
            errs.contains("grammar/opcodes:2:1: opcode `NOP` is defined twice"),
            "{errs}"
        );
        assert!(
            errs.contains(
                "grammar/opcodes:3:8: unknown argument kind `thing` (expected one of: none, const"
            ),
            "{errs}"
        );
        assert!(
            errs.contains("grammar/opcodes:4:14: unknown flag `terminal`"),
            "{errs}"
        );
    }

    #[test]
    fn bad_formulas() {
        let (_, errs) =
            run("A count 1 - opar\nB none oparg\nC none 0, jump 1\nD count 99999999999999999999\n");
        assert!(
            errs.contains("grammar/opcodes:1:13: bad effect formula: unknown name `opar`"),
            "{errs}"
        );
        assert!(
            errs.contains("grammar/opcodes:2:3: the stack effect of `B` uses `oparg` but `B` takes no argument"),
            "{errs}"
        );
        assert!(
            errs.contains(
                "grammar/opcodes:3:9: `C` has a jump effect but its argument is not a jump target"
            ),
            "{errs}"
        );
        assert!(
            errs.contains(
                "grammar/opcodes:4:9: bad effect formula: `99999999999999999999` is too large"
            ),
            "{errs}"
        );
    }

    #[test]
    fn syntax_errors_have_positions() {
        let (t, errs) = run("NOP none 0\nPOP_TOP none 1 +\n");
        assert!(t.is_none());
        assert!(
            errs.starts_with("grammar/opcodes:2:17: syntax error"),
            "{errs}"
        );
        let (_, errs) = run("pop_top none 0\n");
        assert!(
            errs.starts_with(
                "grammar/opcodes:1:1: syntax error: expected end of line or an opcode name"
            ),
            "{errs}"
        );
        let (_, errs) = run("NOP none\n");
        assert!(
            errs.starts_with("grammar/opcodes:1:9: syntax error: expected a stack effect"),
            "{errs}"
        );
    }
}
