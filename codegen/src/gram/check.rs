//! Checks over the read grammar: names, keywords, actions, left recursion and
//! unused rules. Every problem becomes a `Diag` at the exact span; the checks
//! carry on after an error so a grammar author sees all of them at once.

use super::model::{walk_actions, walk_items, Alt, Grammar, Item, ItemKind};
use crate::diag::Diags;
use crate::tokens::TokenSet;
use std::collections::{BTreeSet, HashMap, HashSet};

/// Rule names a parse starts from; rules ending in `_start` are roots too.
pub const ROOTS: [&str; 5] = ["file", "eval", "interactive", "func_type", "fstring"];

/// Upper bound on the cycles enumerated to choose a left-recursion leader, so
/// a pathological grammar cannot make the build hang.
const MAX_CYCLES: usize = 100_000;

pub fn check(g: &mut Grammar, tokens: &TokenSet, diags: &mut Diags) {
    duplicates(g, tokens, diags);
    resolve(g, tokens, diags);
    keywords(g, diags);
    actions_and_bindings(g, diags);
    default_values(g, diags);
    left_recursion(g, diags);
    unused(g, diags);
}

fn duplicates(g: &Grammar, tokens: &TokenSet, diags: &mut Diags) {
    let mut seen = HashSet::new();
    for r in &g.rules {
        if !seen.insert(r.name.as_str()) {
            diags.error(r.span, format!("rule `{}` is defined twice", r.name));
        } else if tokens.by_name(&r.name).is_some() {
            diags.error(
                r.span,
                format!("rule `{}` has the name of a token kind", r.name),
            );
        }
    }
}

/// Turns bare names into rule calls or token kinds.
fn resolve(g: &mut Grammar, tokens: &TokenSet, diags: &mut Diags) {
    let names: HashSet<String> = g.rules.iter().map(|r| r.name.clone()).collect();
    for rule in &mut g.rules {
        for alt in &mut rule.alts {
            resolve_alt(alt, &names, tokens, diags);
        }
    }
}

fn resolve_alt(alt: &mut Alt, names: &HashSet<String>, tokens: &TokenSet, diags: &mut Diags) {
    for n in &mut alt.items {
        resolve_item(&mut n.item, names, tokens, diags);
    }
}

fn resolve_item(item: &mut Item, names: &HashSet<String>, tokens: &TokenSet, diags: &mut Diags) {
    match &mut item.kind {
        ItemKind::Rule(name) => {
            if names.contains(name.as_str()) {
                return;
            }
            if tokens.by_name(name).is_some() {
                item.kind = ItemKind::Token {
                    kind: name.clone(),
                    spelling: None,
                };
            } else if is_token_like(name) {
                diags.error(item.span, format!("unknown token kind `{name}`"));
            } else {
                diags.error(item.span, format!("rule `{name}` is not defined"));
            }
        }
        ItemKind::Group(alts) => {
            for a in alts {
                resolve_alt(a, names, tokens, diags);
            }
        }
        ItemKind::Opt(i)
        | ItemKind::Star(i)
        | ItemKind::Plus(i)
        | ItemKind::PosLook(i)
        | ItemKind::NegLook(i)
        | ItemKind::Forced(i) => resolve_item(i, names, tokens, diags),
        ItemKind::Gather(s, e) => {
            resolve_item(s, names, tokens, diags);
            resolve_item(e, names, tokens, diags);
        }
        ItemKind::Token { .. }
        | ItemKind::Keyword(_)
        | ItemKind::SoftKeyword(_)
        | ItemKind::Cut => {}
    }
}

/// Token kinds are written in capitals (`NAME`, `PLUSEQUAL`), rules are not.
fn is_token_like(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

fn keywords(g: &mut Grammar, diags: &mut Diags) {
    let mut hard = BTreeSet::new();
    let mut soft = BTreeSet::new();
    for r in &g.rules {
        walk_items(&r.alts, &mut |i| match &i.kind {
            ItemKind::Keyword(k) => {
                hard.insert(k.clone());
            }
            ItemKind::SoftKeyword(k) => {
                soft.insert(k.clone());
            }
            _ => {}
        });
    }
    // A word cannot be reserved and an ordinary name at once.
    for r in &g.rules {
        walk_items(&r.alts, &mut |i| {
            if let ItemKind::SoftKeyword(k) = &i.kind {
                if hard.contains(k) {
                    diags.error(
                        i.span,
                        format!("soft keyword \"{k}\" is also used as the keyword '{k}'"),
                    );
                }
            }
        });
    }
    g.keywords = hard.into_iter().collect();
    g.soft_keywords = soft.into_iter().collect();
}

/// Actions must be Rust expressions; bindings must be usable as Rust names.
fn actions_and_bindings(g: &Grammar, diags: &mut Diags) {
    for r in &g.rules {
        walk_actions(&r.alts, &mut |a| {
            if a.text.trim().is_empty() {
                diags.error(a.span, "action is empty: write a Rust expression");
            } else if let Err(e) = syn::parse_str::<syn::Expr>(&a.text) {
                diags.error(a.span, format!("action is not a Rust expression: {e}"));
            }
        });
        check_bindings(&r.alts, diags);
    }
}

fn check_bindings(alts: &[Alt], diags: &mut Diags) {
    for alt in alts {
        let mut seen = HashSet::new();
        for n in &alt.items {
            if let Some(name) = &n.name {
                if syn::parse_str::<syn::Ident>(name).is_err() || name == "p" || name == "self" {
                    diags.error(
                        n.span,
                        format!("binding `{name}` is a Rust keyword or reserved name"),
                    );
                } else if name.starts_with('_') {
                    diags.error(
                        n.span,
                        format!(
                            "binding `{name}` starts with `_`, which the generated parser reserves"
                        ),
                    );
                } else if !seen.insert(name.as_str()) {
                    diags.error(
                        n.span,
                        format!("binding `{name}` is used twice in one alternative"),
                    );
                }
            }
            if let ItemKind::Group(inner) = &n.item.kind {
                check_bindings(inner, diags);
            }
            for c in n.item.kind.children() {
                if let ItemKind::Group(inner) = &c.kind {
                    check_bindings(inner, diags);
                }
            }
        }
    }
}

/// An alternative of a typed rule without an action returns its single
/// value; with none or several, the author must write the action (unless
/// the rule's type is a tuple, which a multi-value alternative builds).
fn default_values(g: &Grammar, diags: &mut Diags) {
    for r in &g.rules {
        let Some(ty) = &r.ty else { continue };
        if ty.trim_start().starts_with('(') {
            continue;
        }
        for alt in r.alts.iter().filter(|a| a.action.is_none()) {
            let values: Vec<_> = alt
                .items
                .iter()
                .filter(|n| !n.item.kind.is_lookahead())
                .collect();
            let n = values.len();
            if n == 1 && super::emit::is_untyped_invalid(g, &values[0].item) {
                continue;
            }
            if n != 1 {
                diags.error(
                    alt.span,
                    format!("alternative of `{}[{ty}]` has {n} values and no action: write an action that builds the result", r.name),
                );
            }
        }
    }
}

// ---- left recursion -------------------------------------------------------

/// Whether each rule can succeed without consuming a token, by fixpoint.
pub fn nullable_rules(g: &Grammar) -> HashMap<String, bool> {
    let mut nullable: HashMap<String, bool> =
        g.rules.iter().map(|r| (r.name.clone(), false)).collect();
    loop {
        let mut changed = false;
        for r in &g.rules {
            if !nullable[&r.name] && r.alts.iter().any(|a| alt_nullable(a, &nullable)) {
                nullable.insert(r.name.clone(), true);
                changed = true;
            }
        }
        if !changed {
            return nullable;
        }
    }
}

fn alt_nullable(alt: &Alt, nullable: &HashMap<String, bool>) -> bool {
    alt.items.iter().all(|n| item_nullable(&n.item, nullable))
}

fn item_nullable(item: &Item, nullable: &HashMap<String, bool>) -> bool {
    match &item.kind {
        ItemKind::Token { .. } | ItemKind::Keyword(_) | ItemKind::SoftKeyword(_) => false,
        ItemKind::Rule(r) => nullable.get(r).copied().unwrap_or(false),
        ItemKind::Group(alts) => alts.iter().any(|a| alt_nullable(a, nullable)),
        // pegen's choices, kept so the same rules are found left-recursive:
        // forced items count as nullable, `+`, gathers and the cut do not.
        ItemKind::Opt(_)
        | ItemKind::Star(_)
        | ItemKind::PosLook(_)
        | ItemKind::NegLook(_)
        | ItemKind::Forced(_) => true,
        ItemKind::Plus(_) | ItemKind::Gather(..) | ItemKind::Cut => false,
    }
}

/// The rules an alternative may call before consuming any token: its first
/// item's, and the next item's as long as the ones before are nullable.
pub fn alt_initial(alt: &Alt, nullable: &HashMap<String, bool>, out: &mut BTreeSet<String>) {
    for n in &alt.items {
        item_initial(&n.item, nullable, out);
        if !item_nullable(&n.item, nullable) {
            break;
        }
    }
}

fn item_initial(item: &Item, nullable: &HashMap<String, bool>, out: &mut BTreeSet<String>) {
    match &item.kind {
        ItemKind::Rule(r) => {
            out.insert(r.clone());
        }
        ItemKind::Group(alts) => {
            for a in alts {
                alt_initial(a, nullable, out);
            }
        }
        // As pegen, names inside lookaheads count; forced items do not.
        ItemKind::Opt(i)
        | ItemKind::Star(i)
        | ItemKind::Plus(i)
        | ItemKind::PosLook(i)
        | ItemKind::NegLook(i) => item_initial(i, nullable, out),
        ItemKind::Gather(_, e) => item_initial(e, nullable, out),
        ItemKind::Token { .. }
        | ItemKind::Keyword(_)
        | ItemKind::SoftKeyword(_)
        | ItemKind::Cut
        | ItemKind::Forced(_) => {}
    }
}

/// Finds left-recursive cycles (pegen's method: strongly connected components
/// of the "may call first" graph), marks their rules, picks one leader per
/// cycle (a rule on every cycle of the component, the first by name), and
/// reports cycles that can never stop.
fn left_recursion(g: &mut Grammar, diags: &mut Diags) {
    let nullable = nullable_rules(g);
    let index: HashMap<String, usize> = g
        .rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.name.clone(), i))
        .collect();
    let graph: Vec<Vec<usize>> = g
        .rules
        .iter()
        .map(|r| {
            let mut names = BTreeSet::new();
            for a in &r.alts {
                alt_initial(a, &nullable, &mut names);
            }
            names.iter().filter_map(|n| index.get(n).copied()).collect()
        })
        .collect();
    for scc in strongly_connected(&graph) {
        let members: BTreeSet<usize> = scc.iter().copied().collect();
        let first = scc[0];
        if scc.len() == 1 && !graph[first].contains(&first) {
            continue;
        }
        for &m in &scc {
            g.rules[m].left_recursive = true;
        }
        let names = |set: &mut dyn Iterator<Item = usize>| -> String {
            let mut v: Vec<String> = set.map(|i| format!("`{}`", g.rules[i].name)).collect();
            v.sort();
            v.join(", ")
        };
        // A member in file order, so the error points at the cycle's first rule.
        let anchor = members.iter().copied().min().unwrap_or(first);
        let escapes = scc.iter().any(|&m| {
            g.rules[m].alts.iter().any(|a| {
                let mut init = BTreeSet::new();
                alt_initial(a, &nullable, &mut init);
                !init
                    .iter()
                    .any(|n| index.get(n).is_some_and(|i| members.contains(i)))
            })
        });
        if !escapes {
            let msg = if scc.len() == 1 {
                format!(
                    "left-recursive rule `{}` has no alternative that does not start with itself",
                    g.rules[first].name
                )
            } else {
                format!(
                    "left-recursive rules {} have no alternative that does not start with one of them",
                    names(&mut members.iter().copied())
                )
            };
            diags.error(g.rules[anchor].span, msg);
            continue;
        }
        let leaders = leader_candidates(&graph, &members);
        match leaders.iter().copied().min_by(|a, b| g.rules[*a].name.cmp(&g.rules[*b].name)) {
            Some(l) => g.rules[l].leader = true,
            None => diags.error(
                g.rules[anchor].span,
                format!(
                    "left-recursive rules {} have no leader: no rule is on every cycle between them",
                    names(&mut members.iter().copied())
                ),
            ),
        }
    }
}

/// The members of a component that lie on every one of its cycles.
fn leader_candidates(graph: &[Vec<usize>], members: &BTreeSet<usize>) -> BTreeSet<usize> {
    let mut leaders = members.clone();
    let mut count = 0;
    for &start in members {
        // Depth-first search for simple cycles through `start` that only use
        // members numbered at least `start`, so each cycle is found once.
        let mut path = vec![start];
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        let mut on_path: HashSet<usize> = HashSet::from([start]);
        while let Some((node, next)) = stack.last_mut() {
            let node = *node;
            let Some(&succ) = graph[node].get(*next) else {
                stack.pop();
                path.pop();
                on_path.remove(&node);
                continue;
            };
            *next += 1;
            if !members.contains(&succ) || succ < start {
                continue;
            }
            if succ == start {
                let cycle: HashSet<usize> = path.iter().copied().collect();
                leaders.retain(|l| cycle.contains(l));
                count += 1;
                if count > MAX_CYCLES || leaders.is_empty() {
                    return leaders;
                }
            } else if !on_path.contains(&succ) {
                on_path.insert(succ);
                path.push(succ);
                stack.push((succ, 0));
            }
        }
    }
    leaders
}

/// Tarjan's algorithm; components come out in reverse topological order.
fn strongly_connected(graph: &[Vec<usize>]) -> Vec<Vec<usize>> {
    struct State<'a> {
        graph: &'a [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(s: &mut State, v: usize) {
        s.index[v] = Some(s.next);
        s.low[v] = s.next;
        s.next += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        for &w in s.graph[v].iter() {
            match s.index[w] {
                None => {
                    visit(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(iw) if s.on_stack[w] => s.low[v] = s.low[v].min(iw),
                Some(_) => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                comp.push(w);
                if w == v {
                    break;
                }
            }
            comp.sort();
            s.out.push(comp);
        }
    }
    let n = graph.len();
    let mut s = State {
        graph,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(&mut s, v);
        }
    }
    s.out
}

// ---- unused rules ---------------------------------------------------------

pub fn is_root(name: &str) -> bool {
    ROOTS.contains(&name) || name.ends_with("_start")
}

/// Warns about rules no start rule reaches (only when the grammar has one).
fn unused(g: &Grammar, diags: &mut Diags) {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut todo: Vec<&str> = g
        .rules
        .iter()
        .map(|r| r.name.as_str())
        .filter(|n| is_root(n))
        .collect();
    if todo.is_empty() {
        return;
    }
    while let Some(name) = todo.pop() {
        if !seen.insert(name) {
            continue;
        }
        if let Some(r) = g.rule(name) {
            walk_items(&r.alts, &mut |i| {
                if let ItemKind::Rule(callee) = &i.kind {
                    todo.push(callee);
                }
            });
        }
    }
    for r in &g.rules {
        if !seen.contains(r.name.as_str()) {
            diags.warning(
                r.span,
                format!("rule `{}` is never used (no start rule reaches it)", r.name),
            );
        }
    }
}
