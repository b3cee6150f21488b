//! Hand-written helpers called by the actions of `grammar/python.gram`.
//!
//! The generated parser (`super::generated::Parser`) builds AST nodes through
//! `crate::ast::make`; whatever takes more than one expression lives here as a
//! method on the parser: the small records that rules pass to each other
//! (`NameDefault`, `StarEtc`, `CallArgs`, ...), the assembly of `arguments`,
//! calls, comparisons, patterns and string literals, and the error reports of
//! the `invalid_*` rules with CPython's messages and positions.
//!
//! Helpers never panic on what the user wrote: a malformed literal or a
//! recognised mistake becomes `self.error`, after which every rule fails.

use super::error::{ErrorKind, ParseError};
use super::generated::Parser;
use super::token::{Token, TokenKind};
use crate::ast::*;

/// The location arguments `EXTRA` expands to in an action.
type Extra = (i32, i32, Option<i32>, Option<i32>);

// ---------------------------------------------------------------------------
// Records passed between rules
// ---------------------------------------------------------------------------

/// One parameter and its default value, if it has one.
#[derive(Clone, Debug)]
pub struct NameDefault {
    pub arg: Arg,
    pub default: Option<Expr>,
}

/// The positional-only parameters before `/` when some have defaults.
#[derive(Clone, Debug)]
pub struct SlashWithDefault {
    pub plain: Vec<Arg>,
    pub with_default: Vec<NameDefault>,
}

/// Everything from `*` on: `*args`, keyword-only parameters, `**kwargs`.
#[derive(Clone, Debug)]
pub struct StarEtc {
    pub vararg: Option<Arg>,
    pub kwonly: Vec<NameDefault>,
    pub kwarg: Option<Arg>,
}

/// One link of a comparison chain: `< b`.
#[derive(Clone, Debug)]
pub struct CmpopExpr(pub Cmpop, pub Expr);

/// One entry of a dict display; `**m` has no key.
#[derive(Clone, Debug)]
pub struct KeyValue {
    pub key: Option<Expr>,
    pub value: Expr,
}

/// `key: pattern` in a mapping pattern.
#[derive(Clone, Debug)]
pub struct KeyPattern {
    pub key: Expr,
    pub pattern: Pattern,
}

/// `name=pattern` in a class pattern.
#[derive(Clone, Debug)]
pub struct KeywordPattern {
    pub name: Identifier,
    pub pattern: Pattern,
}

/// A call argument after the first keyword: `x=1`, `**m` or `*it`.
#[derive(Clone, Debug)]
pub enum KeywordOrStarred {
    Keyword(Keyword),
    Starred(Expr),
}

/// The arguments between the parentheses of a call (or of a class header).
#[derive(Clone, Debug, Default)]
pub struct CallArgs {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

/// Which kind of target an `invalid_*` rule checks (the message differs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetKind {
    Star,
    Del,
    For,
}

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------

/// A span in CPython's AST coordinates: 1-based lines, columns in UTF-8 bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub lineno: i32,
    pub col: i32,
    pub end_lineno: i32,
    pub end_col: i32,
}

/// End positions are `Option<i32>` on nodes (`int?` in the ASDL); plain `i32` is accepted too.
pub trait EndPos {
    fn end_pos(self) -> i32;
}
impl EndPos for i32 {
    fn end_pos(self) -> i32 {
        self
    }
}
impl EndPos for Option<i32> {
    fn end_pos(self) -> i32 {
        self.unwrap_or(0)
    }
}

/// Anything an error can point at.
pub trait Located {
    fn loc(&self) -> Loc;
}

impl Located for Loc {
    fn loc(&self) -> Loc {
        *self
    }
}

impl Located for Token {
    /// CPython's parser sees NEWLINE as an empty token where the line ends
    /// (its `tokenize` module shows it one character wide); errors use the former.
    fn loc(&self) -> Loc {
        if self.kind == TokenKind::NEWLINE {
            let (l, c) = (self.lineno as i32, self.col_offset as i32);
            return Loc {
                lineno: l,
                col: c,
                end_lineno: l,
                end_col: c,
            };
        }
        Loc {
            lineno: self.lineno as i32,
            col: self.col_offset as i32,
            end_lineno: self.end_lineno as i32,
            end_col: self.end_col_offset as i32,
        }
    }
}

impl Located for Expr {
    fn loc(&self) -> Loc {
        Loc {
            lineno: self.lineno(),
            col: self.col_offset(),
            end_lineno: self.end_lineno().end_pos(),
            end_col: self.end_col_offset().end_pos(),
        }
    }
}

impl Located for Pattern {
    fn loc(&self) -> Loc {
        Loc {
            lineno: self.lineno(),
            col: self.col_offset(),
            end_lineno: self.end_lineno().end_pos(),
            end_col: self.end_col_offset().end_pos(),
        }
    }
}

impl Located for Arg {
    fn loc(&self) -> Loc {
        Loc {
            lineno: self.lineno,
            col: self.col_offset,
            end_lineno: self.end_lineno.end_pos(),
            end_col: self.end_col_offset.end_pos(),
        }
    }
}

fn token_extra(t: &Token) -> Extra {
    (
        t.lineno as i32,
        t.col_offset as i32,
        Some(t.end_lineno as i32),
        Some(t.end_col_offset as i32),
    )
}

// ---------------------------------------------------------------------------
// Values returned after an error
// ---------------------------------------------------------------------------

/// The value an action returns once it has reported an error. It is never
/// looked at: with `error` set, every rule fails and the parse returns the error.
pub trait ErrorValue {
    fn error_value() -> Self;
}

impl ErrorValue for () {
    fn error_value() -> Self {}
}
impl<T> ErrorValue for Vec<T> {
    fn error_value() -> Self {
        Vec::new()
    }
}
impl<T> ErrorValue for Option<T> {
    fn error_value() -> Self {
        None
    }
}
impl ErrorValue for Expr {
    fn error_value() -> Self {
        make::Constant(Constant::None, None, 0, 0, Some(0), Some(0))
    }
}
impl ErrorValue for Stmt {
    fn error_value() -> Self {
        make::Pass(0, 0, Some(0), Some(0))
    }
}
impl ErrorValue for Pattern {
    fn error_value() -> Self {
        make::MatchAs(None, None, 0, 0, Some(0), Some(0))
    }
}
impl ErrorValue for Arg {
    fn error_value() -> Self {
        make::arg(Identifier::from("_"), None, None, 0, 0, Some(0), Some(0))
    }
}
impl ErrorValue for Arguments {
    fn error_value() -> Self {
        make::arguments(vec![], vec![], None, vec![], vec![], None, vec![])
    }
}
impl ErrorValue for StarEtc {
    fn error_value() -> Self {
        StarEtc {
            vararg: None,
            kwonly: vec![],
            kwarg: None,
        }
    }
}
impl ErrorValue for Withitem {
    fn error_value() -> Self {
        make::withitem(Expr::error_value(), None)
    }
}
impl ErrorValue for Excepthandler {
    fn error_value() -> Self {
        make::ExceptHandler(None, None, vec![], 0, 0, Some(0), Some(0))
    }
}
impl ErrorValue for MatchCase {
    fn error_value() -> Self {
        make::match_case(Pattern::error_value(), None, vec![])
    }
}
impl ErrorValue for Comprehension {
    fn error_value() -> Self {
        make::comprehension(Expr::error_value(), Expr::error_value(), vec![], 0)
    }
}
impl ErrorValue for CallArgs {
    fn error_value() -> Self {
        CallArgs::default()
    }
}
impl ErrorValue for KeywordOrStarred {
    fn error_value() -> Self {
        KeywordOrStarred::Starred(Expr::error_value())
    }
}
impl ErrorValue for Alias {
    fn error_value() -> Self {
        make::alias(Identifier::from("_"), None, 0, 0, Some(0), Some(0))
    }
}

// ---------------------------------------------------------------------------
// The helpers
// ---------------------------------------------------------------------------

impl<'src> Parser<'src> {
    // Names ------------------------------------------------------------------

    /// A NAME token as an identifier, NFKC-normalised when it is not ASCII
    /// (PEP 3131: `ｗｉｄｔｈ` and `width` are the same name).
    pub fn ident(&self, t: &Token) -> Identifier {
        Identifier::from_source(self.text(t))
    }

    pub fn opt_ident(&self, t: &Option<Token>) -> Option<Identifier> {
        t.as_ref().map(|t| self.ident(t))
    }

    pub fn idents(&self, ts: &[Token]) -> Vec<Identifier> {
        ts.iter().map(|t| self.ident(t)).collect()
    }

    /// A `Name` node spanning the token.
    pub fn name_expr(&self, t: &Token, ctx: ExprContext) -> Expr {
        let (l, c, el, ec) = token_extra(t);
        make::Name(self.ident(t), ctx, l, c, el, ec)
    }

    /// `a.b` in `import a.b`: one identifier with the dots inside.
    pub fn join_dotted(&self, a: Identifier, b: &Token) -> Identifier {
        Identifier::from(
            format!(
                "{}.{}",
                a.as_str(),
                Identifier::from_source(self.text(b)).as_str()
            )
            .as_str(),
        )
    }

    /// The level of a relative import; `...` is a single token worth three dots.
    pub fn count_dots(&self, dots: &[Token]) -> i32 {
        dots.iter()
            .map(|t| if t.kind == TokenKind::ELLIPSIS { 3 } else { 1 })
            .sum()
    }

    // Sequences --------------------------------------------------------------

    pub fn prepend<T>(&self, first: T, rest: Vec<T>) -> Vec<T> {
        let mut v = Vec::with_capacity(rest.len() + 1);
        v.push(first);
        v.extend(rest);
        v
    }

    pub fn concat<T>(&self, mut a: Vec<T>, b: Vec<T>) -> Vec<T> {
        a.extend(b);
        a
    }

    // Targets ----------------------------------------------------------------

    /// Gives a target and its nested targets the context `ctx` (Store or Del),
    /// as CPython's `_PyPegen_set_expr_context`: names, attributes, subscripts,
    /// starred values and the elements of tuples and lists.
    pub fn set_ctx(&self, e: Expr, ctx: ExprContext) -> Expr {
        set_ctx(e, ctx)
    }

    // Statements -------------------------------------------------------------

    /// Attaches decorators; the statement keeps the position of its keyword.
    pub fn with_decorators(&self, decorators: Vec<Expr>, mut s: Stmt) -> Stmt {
        match &mut s {
            Stmt::FunctionDef(f) => f.decorator_list = decorators,
            Stmt::AsyncFunctionDef(f) => f.decorator_list = decorators,
            Stmt::ClassDef(c) => c.decorator_list = decorators,
            _ => {}
        }
        s
    }

    // The last four parameters are the ones `EXTRA` expands to.
    #[allow(clippy::too_many_arguments)]
    pub fn class_def(
        &self,
        name: &Token,
        bases: Option<CallArgs>,
        body: Vec<Stmt>,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Stmt {
        let bases = bases.unwrap_or_default();
        make::ClassDef(
            self.ident(name),
            bases.args,
            bases.keywords,
            body,
            vec![],
            l,
            c,
            el,
            ec,
        )
    }

    /// An empty statement list for the end of interactive input.
    pub fn interactive_exit(&self) -> Vec<Stmt> {
        Vec::new()
    }

    // Parameters -------------------------------------------------------------

    pub fn empty_arguments(&self) -> Arguments {
        make::arguments(vec![], vec![], None, vec![], vec![], None, vec![])
    }

    /// Sorts the pieces the parameter rules found into the fields of `arguments`.
    pub fn make_arguments(
        &self,
        slash_no_default: Option<Vec<Arg>>,
        slash_with_default: Option<SlashWithDefault>,
        plain: Vec<Arg>,
        with_default: Vec<NameDefault>,
        star_etc: Option<StarEtc>,
    ) -> Arguments {
        let mut posonly = slash_no_default.unwrap_or_default();
        let mut defaults = Vec::new();
        if let Some(s) = slash_with_default {
            posonly.extend(s.plain);
            for nd in s.with_default {
                posonly.push(nd.arg);
                defaults.extend(nd.default);
            }
        }
        let mut args = plain;
        for nd in with_default {
            args.push(nd.arg);
            defaults.extend(nd.default);
        }
        let star = star_etc.unwrap_or(StarEtc {
            vararg: None,
            kwonly: vec![],
            kwarg: None,
        });
        let mut kwonly = Vec::with_capacity(star.kwonly.len());
        let mut kw_defaults = Vec::with_capacity(star.kwonly.len());
        for nd in star.kwonly {
            kwonly.push(nd.arg);
            kw_defaults.push(nd.default);
        }
        make::arguments(
            posonly,
            args,
            star.vararg,
            kwonly,
            kw_defaults,
            star.kwarg,
            defaults,
        )
    }

    // Expressions ------------------------------------------------------------

    pub fn compare(
        &self,
        left: Expr,
        pairs: Vec<CmpopExpr>,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Expr {
        let (ops, comparators): (Vec<Cmpop>, Vec<Expr>) =
            pairs.into_iter().map(|CmpopExpr(o, e)| (o, e)).unzip();
        make::Compare(left, ops, comparators, l, c, el, ec)
    }

    /// Positional arguments, then the keyword section where `*it` still counts
    /// as positional (CPython keeps them in source order in `args`).
    pub fn call_args(&self, positional: Vec<Expr>, rest: Vec<KeywordOrStarred>) -> CallArgs {
        let mut args = positional;
        let mut keywords = Vec::new();
        for item in rest {
            match item {
                KeywordOrStarred::Keyword(k) => keywords.push(k),
                KeywordOrStarred::Starred(e) => args.push(e),
            }
        }
        CallArgs { args, keywords }
    }

    pub fn call(
        &self,
        func: Expr,
        a: Option<CallArgs>,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Expr {
        let a = a.unwrap_or_default();
        make::Call(func, a.args, a.keywords, l, c, el, ec)
    }

    pub fn dict(
        &self,
        items: Vec<KeyValue>,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Expr {
        let (keys, values): (Vec<Option<Expr>>, Vec<Expr>) =
            items.into_iter().map(|kv| (kv.key, kv.value)).unzip();
        make::Dict(keys, values, l, c, el, ec)
    }

    pub fn dictcomp(
        &self,
        kv: KeyValue,
        gens: Vec<Comprehension>,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Expr {
        let key = kv.key.unwrap_or_else(Expr::error_value);
        make::DictComp(key, kv.value, gens, l, c, el, ec)
    }

    // Numbers and strings ----------------------------------------------------

    /// A NUMBER token as a `Constant` node.
    pub fn number(&mut self, t: &Token) -> Expr {
        let (l, c, el, ec) = token_extra(t);
        match super::literals::parse_number(self.text(t)) {
            Ok(value) => make::Constant(value, None, l, c, el, ec),
            Err(msg) => {
                self.raise_at(t, msg);
                Expr::error_value()
            }
        }
    }

    /// The real part of a complex literal pattern (`1` in `1+2j`).
    pub fn real_number(&mut self, t: &Token) -> Expr {
        let e = self.number(t);
        match &e {
            Expr::Constant(k) if matches!(k.value, Constant::Complex { .. }) => {
                self.raise_at(t, "real number required in complex literal");
                Expr::error_value()
            }
            _ => e,
        }
    }

    /// The imaginary part of a complex literal pattern (`2j` in `1+2j`).
    pub fn imaginary_number(&mut self, t: &Token) -> Expr {
        let e = self.number(t);
        match &e {
            Expr::Constant(k) if matches!(k.value, Constant::Complex { .. }) => e,
            _ => {
                self.raise_at(t, "imaginary number required in complex literal");
                Expr::error_value()
            }
        }
    }

    /// The `strings` rule: adjacent STRING tokens as one node.
    pub fn strings_expr(&mut self, tokens: Vec<Token>) -> Expr {
        self.concatenate_strings(tokens)
            .unwrap_or_else(Expr::error_value)
    }

    /// Decodes and joins adjacent string tokens into a `Constant` or a
    /// `JoinedStr`; on a decoding error, records it and returns `None`.
    /// As CPython 3.11, every part of a `JoinedStr` carries the span of the
    /// whole literal.
    pub fn concatenate_strings(&mut self, tokens: Vec<Token>) -> Option<Expr> {
        use super::literals::{concatenate, kind_u, StrLiteral, StrPiece};
        let first = *tokens.first()?;
        let last = *tokens.last()?;
        let at: Extra = (
            first.lineno as i32,
            first.col_offset as i32,
            Some(last.end_lineno as i32),
            Some(last.end_col_offset as i32),
        );
        let src = self.src;
        let pieces: Vec<StrPiece> = tokens
            .iter()
            .map(|t| StrPiece {
                text: src.get(t.start as usize..t.end as usize).unwrap_or(""),
                lineno: t.lineno,
                col_offset: t.col_offset,
            })
            .collect();
        let u = kind_u(&pieces);
        match concatenate(&pieces) {
            Ok(StrLiteral::Constant { value, kind_u }) => {
                let kind = if kind_u {
                    Some(AstString::from("u"))
                } else {
                    None
                };
                Some(make::Constant(value, kind, at.0, at.1, at.2, at.3))
            }
            Ok(StrLiteral::Joined(parts)) => {
                let spans: Vec<Extra> = tokens.iter().map(token_extra).collect();
                let values = self.fstring_values(parts, at, &spans, u, None)?;
                Some(make::JoinedStr(values, at.0, at.1, at.2, at.3))
            }
            Err(e) => {
                // CPython compiles the expressions met before the bad part
                // first, so a syntax error in one of them wins.
                for part in &e.earlier_exprs {
                    if let super::fstring::FPart::Expr {
                        src,
                        lineno,
                        col_offset,
                        ..
                    } = part
                    {
                        self.parse_fstring_expr(src, *lineno, *col_offset)?;
                    }
                }
                let next = self.tokens.get(self.pos).or(self.tokens.last());
                let next = next.map(|t| (t.lineno, t.col_offset, t.end_lineno, t.end_col_offset));
                if self.error.is_none() {
                    self.error = Some(e.to_parse_error(self.src, next));
                }
                None
            }
        }
    }

    /// The values of a `JoinedStr`: the literal parts (already merged by the
    /// decoder; `x=` of a `{x=}` field is one of them) and `FormattedValue`s.
    /// Every node spans the whole atom (`whole`), except as CPython 3.11 does
    /// for a format spec: its `JoinedStr`, and its last part when that is a
    /// literal (then without `kind`), span the STRING token holding the field
    /// (`spec_token`, one of `spans`).
    fn fstring_values(
        &mut self,
        parts: Vec<super::fstring::FPart>,
        whole: Extra,
        spans: &[Extra],
        kind_u: bool,
        spec_token: Option<Extra>,
    ) -> Option<Vec<Expr>> {
        use super::fstring::FPart;
        let (l, c, el, ec) = whole;
        let n = parts.len();
        let mut values = Vec::with_capacity(n);
        for (i, part) in parts.into_iter().enumerate() {
            match part {
                FPart::Literal(s) => {
                    let (at, kind) = match spec_token {
                        Some(t) if i + 1 == n => (t, None),
                        _ => (
                            whole,
                            if kind_u {
                                Some(AstString::from("u"))
                            } else {
                                None
                            },
                        ),
                    };
                    values.push(make::Constant(
                        Constant::Str(s),
                        kind,
                        at.0,
                        at.1,
                        at.2,
                        at.3,
                    ));
                }
                FPart::Expr {
                    src,
                    lineno,
                    col_offset,
                    conversion,
                    format_spec,
                    piece,
                    ..
                } => {
                    let value = self.parse_fstring_expr(&src, lineno, col_offset)?;
                    let spec = match format_spec {
                        Some(spec) => {
                            let t = spans.get(piece).copied().unwrap_or(whole);
                            let spec_values =
                                self.fstring_values(spec, whole, spans, kind_u, Some(t))?;
                            Some(make::JoinedStr(spec_values, t.0, t.1, t.2, t.3))
                        }
                        None => None,
                    };
                    values.push(make::FormattedValue(value, conversion, spec, l, c, el, ec));
                }
            }
        }
        Some(values)
    }

    /// Parses the expression of an f-string replacement field. `lineno` and
    /// `col_offset` say where `src` starts in the file; the tokens are shifted
    /// there before parsing, so the nodes come out with file positions.
    /// The text is parsed inside parentheses, as CPython 3.11 does, so that
    /// line breaks and leading spaces are allowed.
    pub fn parse_fstring_expr(&mut self, src: &str, lineno: u32, col_offset: u32) -> Option<Expr> {
        use super::fstring::FPart;
        let wrapped = FPart::wrapped_src(src);
        let (mut tokens, tok_error) = super::tokenizer::tokenize(&wrapped);
        for t in tokens.iter_mut() {
            (t.lineno, t.col_offset) =
                FPart::map_position(lineno, col_offset, t.lineno, t.col_offset);
            (t.end_lineno, t.end_col_offset) =
                FPart::map_position(lineno, col_offset, t.end_lineno, t.end_col_offset);
        }
        let result = run_two_passes(&wrapped, tokens, tok_error.clone(), |p| p.fstring_rule());
        match result {
            Ok(e) => Some(e),
            // The tokenizer knows nothing of f-strings: its errors keep their
            // columns in the parenthesised text and get no prefix; CPython
            // starts its line count at the field's line.
            Err(mut err) if Some(&err) == tok_error.as_ref() => {
                if err.text.is_none() {
                    let line = wrapped
                        .split('\n')
                        .nth(err.lineno.saturating_sub(1) as usize)
                        .unwrap_or("");
                    err.text = Some(line.to_string());
                }
                err.lineno += lineno.saturating_sub(1);
                if err.end_lineno > 0 {
                    err.end_lineno += lineno.saturating_sub(1);
                }
                if self.error.is_none() {
                    self.error = Some(err);
                }
                None
            }
            // From a nested f-string: already placed by the inner call.
            Err(err) if err.text.is_some() => {
                if self.error.is_none() {
                    self.error = Some(err);
                }
                None
            }
            Err(mut err) => {
                if !err.msg.starts_with("f-string") {
                    err.msg = format!("f-string: {}", err.msg);
                }
                // CPython 3.11 keeps the line but reports columns within the
                // parenthesised expression text, not within the file.
                let shift = col_offset.saturating_sub(1);
                if err.lineno == lineno {
                    err.offset = err.offset.saturating_sub(shift).max(1);
                }
                if err.end_lineno == lineno && err.end_offset > 0 {
                    err.end_offset = err.end_offset.saturating_sub(shift).max(1);
                }
                // Its source line is the one of the parenthesised text.
                if err.text.is_none() {
                    let line = wrapped
                        .split('\n')
                        .nth(err.lineno.saturating_sub(lineno) as usize)
                        .unwrap_or("");
                    err.text = Some(format!("{line}\n"));
                }
                if self.error.is_none() {
                    self.error = Some(err);
                }
                None
            }
        }
    }

    // Patterns ---------------------------------------------------------------

    pub fn match_value(
        &self,
        value: Expr,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Pattern {
        make::MatchValue(value, l, c, el, ec)
    }

    pub fn match_singleton(
        &self,
        value: Constant,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Pattern {
        make::MatchSingleton(value, l, c, el, ec)
    }

    pub fn match_sequence(
        &self,
        patterns: Vec<Pattern>,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Pattern {
        make::MatchSequence(patterns, l, c, el, ec)
    }

    pub fn match_star(
        &self,
        name: Option<Identifier>,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Pattern {
        make::MatchStar(name, l, c, el, ec)
    }

    pub fn match_as(
        &self,
        pattern: Option<Pattern>,
        name: Option<Identifier>,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Pattern {
        make::MatchAs(pattern, name, l, c, el, ec)
    }

    /// `a | b`; a single alternative is the pattern itself.
    pub fn match_or(
        &self,
        mut patterns: Vec<Pattern>,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Pattern {
        if patterns.len() == 1 {
            if let Some(only) = patterns.pop() {
                return only;
            }
        }
        make::MatchOr(patterns, l, c, el, ec)
    }

    pub fn match_mapping(
        &self,
        items: Vec<KeyPattern>,
        rest: Option<Identifier>,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Pattern {
        let (keys, patterns): (Vec<Expr>, Vec<Pattern>) =
            items.into_iter().map(|kp| (kp.key, kp.pattern)).unzip();
        make::MatchMapping(keys, patterns, rest, l, c, el, ec)
    }

    // The last four parameters are the ones `EXTRA` expands to.
    #[allow(clippy::too_many_arguments)]
    pub fn match_class(
        &self,
        cls: Expr,
        patterns: Vec<Pattern>,
        keywords: Vec<KeywordPattern>,
        l: i32,
        c: i32,
        el: Option<i32>,
        ec: Option<i32>,
    ) -> Pattern {
        let (names, kwd_patterns): (Vec<Identifier>, Vec<Pattern>) =
            keywords.into_iter().map(|k| (k.name, k.pattern)).unzip();
        make::MatchClass(cls, patterns, names, kwd_patterns, l, c, el, ec)
    }

    // Errors -----------------------------------------------------------------

    /// The value of an alternative whose `invalid_*` rule has reported an error.
    pub fn after_error<T: ErrorValue>(&self) -> T {
        T::error_value()
    }

    /// Records an error (the first one wins) with explicit AST coordinates:
    /// `start`/`end` are (line, byte column) pairs; a column of -1 means
    /// "unset" (offset 0 in Python's `SyntaxError`).
    pub fn raise_error(
        &mut self,
        kind: ErrorKind,
        msg: impl Into<String>,
        start: (i32, i32),
        end: (i32, i32),
    ) {
        // A position on line 0 comes from a placeholder (`ErrorValue`) that an
        // earlier rule returned when its helper chose not to report. CPython's
        // rule would have failed instead; not reporting leaves the generic
        // "invalid syntax", which is what such inputs usually get.
        if start.0 < 1 || end.0 < 1 {
            return;
        }
        if self.error.is_none() {
            let offset = self.char_col(start.0, start.1);
            let end_offset = self.char_col(end.0, end.1);
            let err = ParseError::new(kind, msg, start.0.max(0) as u32, offset)
                .with_end(end.0.max(0) as u32, end_offset);
            self.error = Some(err);
        }
    }

    /// An error over the span of `at` (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
    pub fn raise_at(&mut self, at: &impl Located, msg: impl Into<String>) {
        let a = at.loc();
        self.raise_error(
            ErrorKind::SyntaxError,
            msg,
            (a.lineno, a.col),
            (a.end_lineno, a.end_col),
        )
    }

    /// An error from the start of `a` to the end of `b` (..._KNOWN_RANGE).
    pub fn raise_range(&mut self, a: &impl Located, b: &impl Located, msg: impl Into<String>) {
        let (a, b) = (a.loc(), b.loc());
        self.raise_error(
            ErrorKind::SyntaxError,
            msg,
            (a.lineno, a.col),
            (b.end_lineno, b.end_col),
        )
    }

    /// An error from the start of `a` to where the tokenizer stopped
    /// (..._STARTING_FROM). CPython reports that end as a 0-based column.
    pub fn raise_from(&mut self, a: &impl Located, msg: impl Into<String>) {
        let a = a.loc();
        let last = self.last_token_loc();
        self.raise_error(
            ErrorKind::SyntaxError,
            msg,
            (a.lineno, a.col),
            (last.end_lineno, last.end_col - 1),
        )
    }

    /// An error on the last token the parser looked at (RAISE_SYNTAX_ERROR).
    pub fn raise_here(&mut self, msg: impl Into<String>) {
        self.raise_on_last_token(ErrorKind::SyntaxError, msg.into())
    }

    /// An `IndentationError` on the last token the parser looked at.
    pub fn raise_indentation(&mut self, msg: impl Into<String>) {
        self.raise_on_last_token(ErrorKind::IndentationError, msg.into())
    }

    fn raise_on_last_token(&mut self, kind: ErrorKind, msg: String) {
        match self.last_token() {
            Some(t)
                if matches!(
                    t.kind,
                    TokenKind::INDENT | TokenKind::DEDENT | TokenKind::ENDMARKER
                ) =>
            {
                if self.error.is_none() {
                    self.error = Some(layout_error(self, kind, msg, &t));
                }
            }
            _ => {
                let t = self.last_token_loc();
                self.raise_error(kind, msg, (t.lineno, t.col), (t.end_lineno, t.end_col))
            }
        }
    }

    /// "':' expected after dictionary key": CPython points at the last
    /// character of the key and leaves the end column unset.
    pub fn raise_after_key(&mut self, key: &Expr, msg: impl Into<String>) {
        let k = key.loc();
        self.raise_error(
            ErrorKind::SyntaxError,
            msg,
            (k.lineno, k.end_col - 1),
            (k.end_lineno, -1),
        )
    }

    /// "cannot assign to X" / "cannot delete X" on the first part of `e` that
    /// cannot be a target; nothing if every part could be.
    pub fn raise_invalid_target(&mut self, kind: TargetKind, e: &Expr) {
        // With no culprit CPython 3.11 reports nothing: the generic error stands.
        if let Some((loc, name)) = invalid_target(e, kind).map(|t| (t.loc(), expr_name(t))) {
            let verb = if kind == TargetKind::Del {
                "delete"
            } else {
                "assign to"
            };
            self.raise_at(&loc, format!("cannot {verb} {name}"));
        }
    }

    /// `a b`: inside brackets, a missing comma. Elsewhere CPython's rule
    /// fails; the equivalent here is to match `a` alone (the parser is moved
    /// back to just after it), which is what `expression` would have parsed.
    pub fn missing_comma(&mut self, a: Expr, b: &Expr) -> Expr {
        if self.bracket_depth() > 0 && !self.starts_with_soft_keyword(&a) {
            self.raise_range(&a, b, "invalid syntax. Perhaps you forgot a comma?");
            return Expr::error_value();
        }
        let end = a.loc();
        let upto = self.pos.min(self.tokens.len());
        let after_a = (0..upto).rev().find(|&i| {
            let t = &self.tokens[i];
            t.end_lineno as i32 == end.end_lineno && t.end_col_offset as i32 == end.end_col
        });
        if let Some(i) = after_a {
            self.pos = i + 1;
        }
        a
    }

    /// `f(a, b for b in c)`: an unparenthesised generator after other arguments.
    pub fn nonparen_genexp_in_call(&mut self, a: &CallArgs, gens: &[Comprehension]) {
        match a.args.last() {
            Some(last) if a.args.len() > 1 => {
                let end = self.last_comprehension_item(gens);
                let start = last.loc();
                self.raise_range(&start, &end, "Generator expression must be parenthesized")
            }
            _ => {}
        }
    }

    /// A `*` that the keyword section of a call could not take (`f(**m, *x)`,
    /// `f(k=1, *)`); CPython 3.11 reports it whatever the keywords are, and
    /// nothing when there are none.
    pub fn star_after_double_star(&mut self, a: &CallArgs, star: &Token) {
        if !a.keywords.is_empty() {
            self.raise_at(
                star,
                "iterable argument unpacking follows keyword argument unpacking",
            );
        }
    }

    /// A positional argument after keyword arguments.
    pub fn arguments_parsing_error(&mut self, a: &CallArgs) {
        let unpacking = a.keywords.iter().any(|k| k.arg.is_none());
        let msg = if unpacking {
            "positional argument follows keyword argument unpacking"
        } else {
            "positional argument follows keyword argument"
        };
        self.raise_here(msg)
    }

    /// The span of the last `if` condition of the last `for`, or of its iterable.
    pub fn last_comprehension_item(&self, gens: &[Comprehension]) -> Loc {
        match gens.last() {
            Some(g) => match g.ifs.last() {
                Some(cond) => cond.loc(),
                None => g.iter.loc(),
            },
            None => Loc::default(),
        }
    }

    pub fn first_of<T: Located>(&self, items: &[T]) -> Loc {
        items.first().map(Located::loc).unwrap_or_default()
    }

    pub fn last_of<T: Located>(&self, items: &[T]) -> Loc {
        items.last().map(Located::loc).unwrap_or_default()
    }

    /// How CPython's messages name an expression ("function call", "literal", ...).
    pub fn expr_name(&self, e: &Expr) -> &'static str {
        expr_name(e)
    }

    // Position arithmetic ----------------------------------------------------

    /// The span of the furthest token the parser has looked at, which is the
    /// last token CPython's lazy tokenizer had produced.
    fn last_token_loc(&self) -> Loc {
        match self.last_token() {
            Some(t) => t.loc(),
            None => Loc {
                lineno: 1,
                col: 0,
                end_lineno: 1,
                end_col: 0,
            },
        }
    }

    fn last_token(&self) -> Option<Token> {
        let n = self.tokens.len();
        if n == 0 {
            return None;
        }
        self.tokens.get(self.furthest().min(n - 1)).copied()
    }

    /// Whether `e` starts with a NAME that CPython 3.11's `SOFT_KEYWORD` token
    /// test accepts: it compares only the name's length of each soft keyword,
    /// so any prefix (`m`, `mat`, `ca`, ...) of `match`, `case` or `_` counts.
    fn starts_with_soft_keyword(&self, e: &Expr) -> bool {
        let at = e.loc();
        let first = self
            .tokens
            .iter()
            .find(|t| t.lineno as i32 == at.lineno && t.col_offset as i32 == at.col);
        match first {
            Some(t) if t.kind == TokenKind::NAME => {
                let name = self.text(t);
                !name.is_empty() && ["_", "case", "match"].iter().any(|k| k.starts_with(name))
            }
            _ => false,
        }
    }

    /// The bracket nesting after the last token consumed: CPython's token level.
    fn bracket_depth(&self) -> i32 {
        let end = self.pos.min(self.tokens.len());
        self.tokens[..end]
            .iter()
            .map(|t| match t.kind {
                TokenKind::LPAR | TokenKind::LSQB | TokenKind::LBRACE => 1,
                TokenKind::RPAR | TokenKind::RSQB | TokenKind::RBRACE => -1,
                _ => 0,
            })
            .sum()
    }

    /// A 1-based character offset for a byte column on a source line, as
    /// `SyntaxError.offset`; -1 (unset) becomes 0.
    fn char_col(&self, lineno: i32, byte_col: i32) -> u32 {
        if byte_col < 0 {
            return 0;
        }
        let line = source_line(self.src, lineno);
        let mut cut = (byte_col as usize).min(line.len());
        while cut > 0 && !line.is_char_boundary(cut) {
            cut -= 1;
        }
        let chars = line[..cut].chars().count() as u32;
        // Columns past the end of the line (a NEWLINE at EOF) still count.
        chars + (byte_col as usize).saturating_sub(line.len()) as u32 + 1
    }
}

/// The text of line `lineno` (1-based) of `src`, without its newline; empty
/// when the line does not exist.
fn source_line(src: &str, lineno: i32) -> &str {
    if lineno < 1 {
        return "";
    }
    src.split('\n').nth((lineno - 1) as usize).unwrap_or("")
}

fn set_ctx(e: Expr, ctx: ExprContext) -> Expr {
    match e {
        Expr::Name(mut n) => {
            n.ctx = ctx;
            Expr::Name(n)
        }
        Expr::Attribute(mut a) => {
            a.ctx = ctx;
            Expr::Attribute(a)
        }
        Expr::Subscript(mut s) => {
            s.ctx = ctx;
            Expr::Subscript(s)
        }
        Expr::Starred(mut s) => {
            s.value = Box::new(set_ctx(*s.value, ctx));
            s.ctx = ctx;
            Expr::Starred(s)
        }
        Expr::Tuple(mut t) => {
            t.elts = t.elts.into_iter().map(|x| set_ctx(x, ctx)).collect();
            t.ctx = ctx;
            Expr::Tuple(t)
        }
        Expr::List(mut l) => {
            l.elts = l.elts.into_iter().map(|x| set_ctx(x, ctx)).collect();
            l.ctx = ctx;
            Expr::List(l)
        }
        other => other,
    }
}

/// The first sub-expression of a would-be target that cannot be assigned to
/// (or deleted), following CPython's `_PyPegen_get_invalid_target`.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match e {
        Expr::List(l) => l.elts.iter().find_map(|x| invalid_target(x, kind)),
        Expr::Tuple(t) => t.elts.iter().find_map(|x| invalid_target(x, kind)),
        Expr::Starred(s) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(&s.value, kind)
            }
        }
        // In `for x in y` the header parses as a comparison; look left of `in`.
        Expr::Compare(c) => {
            if kind == TargetKind::For {
                match c.ops.first() {
                    Some(Cmpop::In) => invalid_target(&c.left, kind),
                    _ => None,
                }
            } else {
                Some(e)
            }
        }
        Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => None,
        _ => Some(e),
    }
}

/// The names CPython's error messages use for kinds of expressions.
pub fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}

/// The value of an action that has just reported an error:
/// `{ reported(p.raise_at(&a, "...")) }` in a rule with a type.
pub fn reported<T: ErrorValue>(_: ()) -> T {
    T::error_value()
}

/// An error on an INDENT, DEDENT or ENDMARKER token. CPython's have no columns: it
/// reports where its tokenizer stood (after the indentation, a 0-based
/// column used as the offset) and leaves the end column unset.
fn layout_error(p: &Parser<'_>, kind: ErrorKind, msg: String, t: &Token) -> ParseError {
    let (line, col) = (t.end_lineno as i32, t.end_col_offset as i32);
    let offset = p.char_col(line, col).saturating_sub(1);
    ParseError::new(kind, msg, t.lineno, offset).with_end(t.end_lineno, 0)
}

mod passes;
pub use passes::{run_two_passes, run_two_passes_traced, single_input_tokens};

#[cfg(test)]
mod tests;
