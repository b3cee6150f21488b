//! pest → model. Quoted strings are resolved here (keyword, soft keyword or
//! operator spelling); bare names are resolved by the checks, once every rule
//! is known.

use super::model::{Action, Alt, Grammar, Item, ItemKind, NamedItem, Rule};
use crate::diag::{from_pest, span_of, Diags, FileId, Span, SpecFiles};
use crate::tokens::TokenSet;
use pest::iterators::Pair;
use pest::Parser as _;

mod meta {
    #[derive(pest_derive::Parser)]
    #[grammar = "gram/gram.pest"]
    pub struct GramParser;
}
use meta::{GramParser, Rule as R};

struct Reader<'a> {
    file: FileId,
    text: &'a str,
    tokens: &'a TokenSet,
    diags: &'a mut Diags,
}

/// Reads the rules of `file`; `None` on a syntax error. Unknown operator
/// spellings and malformed keywords are reported and the rest still read.
pub fn read_rules(
    files: &SpecFiles,
    file: FileId,
    tokens: &TokenSet,
    diags: &mut Diags,
) -> Option<Grammar> {
    let text = files.text(file);
    let pairs = match GramParser::parse(R::file, text) {
        Ok(p) => p,
        Err(e) => {
            let at = match e.location {
                pest::error::InputLocation::Pos(p) => p,
                pest::error::InputLocation::Span((p, _)) => p,
            };
            let mut diag = from_pest(file, text, e, describe);
            // An error at the end of the file is shown after its last
            // character, so the code frame quotes a real line.
            let last = text.trim_end().len();
            if at >= last {
                diag.span = span_of(file, text, last, last);
            }
            diags.list.push(diag);
            return None;
        }
    };
    let mut r = Reader {
        file,
        text,
        tokens,
        diags,
    };
    let mut grammar = Grammar {
        file: files.name(file).to_string(),
        ..Grammar::default()
    };
    for pair in pairs.flatten().filter(|p| p.as_rule() == R::rule) {
        grammar.rules.push(r.rule(pair));
    }
    Some(grammar)
}

impl Reader<'_> {
    fn span(&self, pair: &Pair<R>) -> Span {
        span_of(
            self.file,
            self.text,
            pair.as_span().start(),
            pair.as_span().end(),
        )
    }

    fn rule(&mut self, pair: Pair<R>) -> Rule {
        let mut rule = Rule {
            name: String::new(),
            ty: None,
            memo: false,
            alts: Vec::new(),
            span: self.span(&pair),
            left_recursive: false,
            leader: false,
            inherits: None,
        };
        for p in pair.into_inner() {
            match p.as_rule() {
                R::rule_name => {
                    rule.span = self.span(&p);
                    rule.name = p.as_str().to_string();
                }
                R::rule_type => {
                    let ty = p
                        .into_inner()
                        .next()
                        .map(|t| (t.as_str().trim().to_string(), self.span(&t)));
                    if let Some((ty, span)) = ty {
                        if let Err(e) = syn::parse_str::<syn::Type>(&ty) {
                            self.diags
                                .error(span, format!("type is not a Rust type: {e}"));
                        }
                        rule.ty = Some(ty);
                    }
                }
                R::memo => rule.memo = true,
                R::alts => {
                    for a in p.into_inner().filter(|a| a.as_rule() == R::alt) {
                        if let Some(dots) = inherited(&a) {
                            let span = self.span(&dots);
                            if rule.inherits.is_some() {
                                self.diags.error(
                                    span,
                                    "`...` may stand only once among a rule's alternatives",
                                );
                            }
                            rule.inherits = Some((rule.alts.len(), span));
                        } else {
                            rule.alts.push(self.alt(a));
                        }
                    }
                }
                _ => {}
            }
        }
        rule
    }

    fn alts(&mut self, pair: Pair<R>) -> Vec<Alt> {
        pair.into_inner()
            .filter(|p| p.as_rule() == R::alt)
            .map(|p| self.alt(p))
            .collect()
    }

    fn alt(&mut self, pair: Pair<R>) -> Alt {
        if let Some(dots) = inherited(&pair) {
            let span = self.span(&dots);
            self.diags.error(
                span,
                "`...` may only be a whole alternative of a rule, not inside a group",
            );
        }
        let mut alt = Alt {
            items: Vec::new(),
            action: None,
            span: self.span(&pair),
        };
        for p in pair.into_inner() {
            match p.as_rule() {
                R::named_item => alt.items.push(self.named_item(p)),
                R::action => {
                    let span = self.span(&p);
                    let body = p.into_inner().find(|b| b.as_rule() == R::action_body);
                    let text = body.map_or("", |b| b.as_str()).to_string();
                    alt.action = Some(Action { text, span });
                }
                _ => {}
            }
        }
        alt
    }

    fn named_item(&mut self, pair: Pair<R>) -> NamedItem {
        let span = self.span(&pair);
        let mut name = None;
        let mut item = None;
        for p in pair.into_inner() {
            match p.as_rule() {
                R::binder => name = Some(p.as_str().to_string()),
                _ => item = Some(self.item(p)),
            }
        }
        // The meta-grammar always yields an item; the fallback keeps this total.
        let item = item.unwrap_or(Item {
            kind: ItemKind::Cut,
            span: Span::default(),
        });
        NamedItem { name, item, span }
    }

    /// Any of `item`, `atom` and their variants, `forced`, lookaheads, `cut`.
    fn item(&mut self, pair: Pair<R>) -> Item {
        let span = self.span(&pair);
        let kind = pair.as_rule();
        let mut inner: Vec<Pair<R>> = pair
            .clone()
            .into_inner()
            .filter(|p| !matches!(p.as_rule(), R::rpar | R::rsqb))
            .collect();
        let sub = |r: &mut Self, i: usize, v: &mut Vec<Pair<R>>| -> Box<Item> {
            match v.get(i) {
                Some(p) => Box::new(r.item(p.clone())),
                None => Box::new(Item {
                    kind: ItemKind::Cut,
                    span,
                }),
            }
        };
        let kind = match kind {
            R::item | R::atom => {
                return match inner.pop() {
                    Some(p) => self.item(p),
                    None => Item {
                        kind: ItemKind::Cut,
                        span,
                    },
                }
            }
            R::cut => ItemKind::Cut,
            R::forced => ItemKind::Forced(sub(self, 0, &mut inner)),
            R::pos_look => ItemKind::PosLook(sub(self, 0, &mut inner)),
            R::neg_look => ItemKind::NegLook(sub(self, 0, &mut inner)),
            R::opt_q => ItemKind::Opt(sub(self, 0, &mut inner)),
            R::star => ItemKind::Star(sub(self, 0, &mut inner)),
            R::plus => ItemKind::Plus(sub(self, 0, &mut inner)),
            R::gather => ItemKind::Gather(sub(self, 0, &mut inner), sub(self, 1, &mut inner)),
            R::optional => {
                let alts = inner.pop().map(|p| self.alts(p)).unwrap_or_default();
                ItemKind::Opt(Box::new(Item {
                    kind: ItemKind::Group(alts),
                    span,
                }))
            }
            R::group => ItemKind::Group(inner.pop().map(|p| self.alts(p)).unwrap_or_default()),
            R::name_ref => {
                let name = inner.pop().map_or_else(
                    || pair.as_str().trim().to_string(),
                    |p| p.as_str().to_string(),
                );
                ItemKind::Rule(name)
            }
            R::keyword => self.quoted(pair.as_str(), span),
            R::soft_keyword => {
                let word = strip_quotes(pair.as_str());
                if !is_identifier(word) {
                    self.diags
                        .error(span, format!("soft keyword \"{word}\" is not a name"));
                }
                ItemKind::SoftKeyword(word.to_string())
            }
            _ => ItemKind::Cut,
        };
        Item { kind, span }
    }

    /// `'if'` is a keyword; `'+='` an operator spelling from `Tokens`.
    fn quoted(&mut self, raw: &str, span: Span) -> ItemKind {
        let s = strip_quotes(raw);
        if is_identifier(s) {
            return ItemKind::Keyword(s.to_string());
        }
        match self.tokens.by_spelling(s) {
            Some(def) => ItemKind::Token {
                kind: def.name.clone(),
                spelling: Some(s.to_string()),
            },
            None => {
                let what =
                    if s.chars().any(char::is_whitespace) || s.chars().any(char::is_alphanumeric) {
                        format!("keyword '{s}' is not a name")
                    } else {
                        format!("unknown token or operator '{s}'")
                    };
                self.diags.error(span, what);
                ItemKind::Token {
                    kind: String::new(),
                    spelling: Some(s.to_string()),
                }
            }
        }
    }
}

/// The `...` that makes up alternative `alt`, if it is one.
fn inherited<'i>(alt: &Pair<'i, R>) -> Option<Pair<'i, R>> {
    alt.clone()
        .into_inner()
        .next()
        .filter(|p| p.as_rule() == R::inherited)
}

fn strip_quotes(raw: &str) -> &str {
    raw.get(1..raw.len().saturating_sub(1)).unwrap_or("")
}

pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn describe(r: &R) -> String {
    match r {
        R::rule | R::rule_name | R::rule_head => "a rule (`name[Type]: ...`)".into(),
        R::rule_type | R::type_text => "a result type in brackets (`[Expr]`)".into(),
        R::memo => "`(memo)`".into(),
        R::alts | R::alt | R::inherited => "an alternative".into(),
        R::named_item | R::item | R::atom => "an item".into(),
        R::binder | R::ident | R::name_ref => "a name".into(),
        R::forced => "`&&item`".into(),
        R::pos_look => "`&item`".into(),
        R::neg_look => "`!item`".into(),
        R::cut => "`~`".into(),
        R::optional => "`[...]`".into(),
        R::gather => "`sep.item+`".into(),
        R::opt_q => "`item?`".into(),
        R::star => "`item*`".into(),
        R::plus => "`item+`".into(),
        R::group => "a group `( ... )`".into(),
        R::keyword => "a quoted keyword or operator ('if', '+=')".into(),
        R::soft_keyword => "a quoted soft keyword (\"match\")".into(),
        R::action | R::action_body => "an action `{ ... }`".into(),
        R::colon => "`:`".into(),
        R::rpar => "`)`".into(),
        R::rsqb => "`]`".into(),
        R::rbrace => "`}` closing the action".into(),
        R::EOI => "end of file".into(),
        other => format!("{other:?}"),
    }
}
