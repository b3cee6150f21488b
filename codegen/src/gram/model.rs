//! The grammar model: rules, alternatives and items, with the span of each
//! part so checks can point at it. Display prints items as pegen does, which is
//! the text the parser's trace shows for each alternative.

use crate::diag::Span;
use std::fmt;

/// A whole `python.gram`, read and checked.
#[derive(Clone, Debug, Default)]
pub struct Grammar {
    /// Display name of the spec, for the generated code's header comment.
    pub file: String,
    pub rules: Vec<Rule>,
    /// Reserved words (`'if'`), sorted and without duplicates.
    pub keywords: Vec<String>,
    /// Soft keywords (`"match"`), sorted and without duplicates.
    pub soft_keywords: Vec<String>,
}

impl Grammar {
    pub fn rule(&self, name: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.name == name)
    }
}

/// `name[Type] (memo): alts`.
#[derive(Clone, Debug)]
pub struct Rule {
    pub name: String,
    /// The Rust type as written between the brackets; `None` means `()`.
    pub ty: Option<String>,
    pub memo: bool,
    pub alts: Vec<Alt>,
    /// The span of the rule's name.
    pub span: Span,
    /// Set by the left-recursion check: the rule is part of a left-recursive cycle.
    pub left_recursive: bool,
    /// Set by the left-recursion check: this rule grows the seed for its cycle.
    pub leader: bool,
    /// In an overlay, where `...` stood among the alternatives (the index in
    /// `alts` the replaced rule's alternatives go to) and its span.
    pub inherits: Option<(usize, Span)>,
}

impl Rule {
    /// Rules named `invalid_*` run only on the second, error-reporting pass.
    pub fn is_invalid(&self) -> bool {
        self.name.starts_with("invalid_")
    }
}

/// One alternative: a sequence of items and an optional action.
#[derive(Clone, Debug)]
pub struct Alt {
    pub items: Vec<NamedItem>,
    pub action: Option<Action>,
    pub span: Span,
}

/// `{ rust expression }`; `text` is the inside of the braces.
#[derive(Clone, Debug)]
pub struct Action {
    pub text: String,
    pub span: Span,
}

/// An item with an optional binding, `name=item`.
#[derive(Clone, Debug)]
pub struct NamedItem {
    pub name: Option<String>,
    pub item: Item,
    /// From the binding's name (if any) to the end of the item.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Item {
    pub kind: ItemKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ItemKind {
    /// A token kind from `Tokens`: written by name (`NAME`) or by spelling (`'+='`).
    Token {
        kind: String,
        spelling: Option<String>,
    },
    /// `'if'`: a NAME token with this text, reserved.
    Keyword(String),
    /// `"match"`: a NAME token with this text, not reserved.
    SoftKeyword(String),
    /// A call of another rule. The reader leaves every bare name here; the
    /// checks turn names of token kinds into `Token`.
    Rule(String),
    Group(Vec<Alt>),
    Opt(Box<Item>),
    Star(Box<Item>),
    Plus(Box<Item>),
    /// `sep.elem+`: separator first, element second.
    Gather(Box<Item>, Box<Item>),
    PosLook(Box<Item>),
    NegLook(Box<Item>),
    /// `&&item`: fails the parse with "expected ..." when the item does not match.
    Forced(Box<Item>),
    Cut,
}

impl ItemKind {
    /// Items that bind no value: lookaheads and the cut.
    pub fn is_lookahead(&self) -> bool {
        matches!(
            self,
            ItemKind::PosLook(_) | ItemKind::NegLook(_) | ItemKind::Cut
        )
    }

    /// The items directly inside this one (for walks over the model).
    pub fn children(&self) -> Vec<&Item> {
        match self {
            ItemKind::Opt(i)
            | ItemKind::Star(i)
            | ItemKind::Plus(i)
            | ItemKind::PosLook(i)
            | ItemKind::NegLook(i)
            | ItemKind::Forced(i) => vec![i],
            ItemKind::Gather(s, e) => vec![s, e],
            ItemKind::Group(alts) => alts
                .iter()
                .flat_map(|a| a.items.iter().map(|n| &n.item))
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// Calls `f` on every item of `alts`, outermost first, groups included.
pub fn walk_items<'a>(alts: &'a [Alt], f: &mut dyn FnMut(&'a Item)) {
    fn go<'a>(item: &'a Item, f: &mut dyn FnMut(&'a Item)) {
        f(item);
        for c in item.kind.children() {
            go(c, f);
        }
    }
    for alt in alts {
        for n in &alt.items {
            go(&n.item, f);
        }
    }
}

/// Like [`walk_items`], over the actions.
pub fn walk_actions<'a>(alts: &'a [Alt], f: &mut dyn FnMut(&'a Action)) {
    for alt in alts {
        if let Some(a) = &alt.action {
            f(a);
        }
        for n in &alt.items {
            let mut groups = Vec::new();
            collect_groups(&n.item, &mut groups);
            for g in groups {
                walk_actions(g, f);
            }
        }
    }
}

fn collect_groups<'a>(item: &'a Item, out: &mut Vec<&'a [Alt]>) {
    match &item.kind {
        ItemKind::Group(alts) => out.push(alts),
        other => {
            for c in other.children() {
                collect_groups(c, out);
            }
        }
    }
}

// Display follows pegen's `str()` of its grammar nodes (names of bindings and
// actions are left out), so trace lines match CPython's debug parser.

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ItemKind::Token {
                spelling: Some(s), ..
            } => write!(f, "'{s}'"),
            ItemKind::Token { kind, .. } if kind == "ENDMARKER" => write!(f, "$"),
            ItemKind::Token { kind, .. } => write!(f, "{kind}"),
            ItemKind::Keyword(k) => write!(f, "'{k}'"),
            ItemKind::SoftKeyword(k) => write!(f, "\"{k}\""),
            ItemKind::Rule(r) if r == "ENDMARKER" => write!(f, "$"),
            ItemKind::Rule(r) => write!(f, "{r}"),
            ItemKind::Group(alts) => write!(f, "({})", Alts(alts)),
            ItemKind::Opt(i) => {
                // pegen writes `x?` for one-word items and `[...]` otherwise.
                let s = match &i.kind {
                    ItemKind::Group(alts) => Alts(alts).to_string(),
                    _ => i.to_string(),
                };
                if s.contains(' ') {
                    write!(f, "[{s}]")
                } else {
                    write!(f, "{s}?")
                }
            }
            ItemKind::Star(i) => write!(f, "{i}*"),
            ItemKind::Plus(i) => write!(f, "{i}+"),
            ItemKind::Gather(s, e) => write!(f, "{s}.{e}+"),
            ItemKind::PosLook(i) => write!(f, "&{i}"),
            ItemKind::NegLook(i) => write!(f, "!{i}"),
            ItemKind::Forced(i) => write!(f, "&&{i}"),
            ItemKind::Cut => write!(f, "~"),
        }
    }
}

impl fmt::Display for Alt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.items.iter().map(|n| n.item.to_string()).collect();
        write!(f, "{}", parts.join(" "))
    }
}

/// Alternatives joined by ` | `.
pub struct Alts<'a>(pub &'a [Alt]);

impl fmt::Display for Alts<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|a| a.to_string()).collect();
        write!(f, "{}", parts.join(" | "))
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)?;
        if let Some(t) = &self.ty {
            write!(f, "[{t}]")?;
        }
        if self.memo {
            write!(f, " (memo)")?;
        }
        write!(f, ": {}", Alts(&self.alts))
    }
}
