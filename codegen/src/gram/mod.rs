//! `grammar/python.gram`: the PEG grammar with actions (dialect: docs/grammar.md).
//!
//! Pipeline: `read` (pest, `gram.pest` → [`model`]), `check` (names, keywords,
//! actions, left recursion, unused rules), then `emit` (the packrat parser).

pub mod check;
pub mod emit;
pub mod model;
mod read;

use crate::diag::{Diags, FileId, SpecFiles};
use crate::tokens::TokenSet;
use proc_macro2::TokenStream;

pub use emit::MAX_DEPTH;
pub use model::Grammar;

/// Reads and checks `python.gram`; operator spellings resolve through `tokens`.
/// `None` only on a syntax error; other problems are in `diags`.
pub fn read(
    files: &SpecFiles,
    file: FileId,
    tokens: &TokenSet,
    diags: &mut Diags,
) -> Option<Grammar> {
    read_layers(files, &[file], tokens, diags)
}

/// Reads a base grammar and its overlays, then checks the result. A rule of an
/// overlay replaces the rule of the same name of an earlier layer, in its place
/// (so the start rules and the order of the generated code stay); a new rule
/// is added at the end. Within one file, a rule defined twice is still an error.
pub fn read_layers(
    files: &SpecFiles,
    layers: &[FileId],
    tokens: &TokenSet,
    diags: &mut Diags,
) -> Option<Grammar> {
    let mut grammar = Grammar::default();
    for &file in layers {
        let layer = read::read_rules(files, file, tokens, diags)?;
        overlay(&mut grammar, layer, diags);
    }
    check::check(&mut grammar, tokens, diags);
    Some(grammar)
}

/// Merges `layer` into the rules of the earlier layers (none for the base).
/// A rule whose alternatives include `...` gets the replaced rule's there.
fn overlay(base: &mut Grammar, layer: Grammar, diags: &mut Diags) {
    let earlier = base.rules.len();
    let mut replaced = std::collections::HashSet::new();
    for mut rule in layer.rules {
        let slot = base.rules[..earlier]
            .iter()
            .position(|r| r.name == rule.name)
            .filter(|_| replaced.insert(rule.name.clone()));
        if let Some((at, span)) = rule.inherits.take() {
            match slot {
                Some(i) => {
                    let old = std::mem::take(&mut base.rules[i].alts);
                    let tail = rule.alts.split_off(at.min(rule.alts.len()));
                    rule.alts.extend(old);
                    rule.alts.extend(tail);
                }
                None => diags.error(
                    span,
                    format!(
                        "`...` stands for the alternatives of `{}` in the spec this file extends, which has no such rule",
                        rule.name
                    ),
                ),
            }
        }
        match slot {
            Some(i) => base.rules[i] = rule,
            None => base.rules.push(rule),
        }
    }
    base.file = layer.file;
}

/// Emits the packrat parser.
pub fn emit(grammar: &Grammar, tokens: &TokenSet) -> TokenStream {
    emit::emit(grammar, tokens)
}

#[cfg(test)]
mod tests;
