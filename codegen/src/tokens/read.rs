use super::{TokenDef, TokenSet, REQUIRED};
use crate::diag::{from_pest, span_of, Diags, FileId, SpecFiles};
use pest::Parser as _;
use pest_derive::Parser;

#[derive(Parser)]
#[grammar = "tokens/tokens.pest"]
struct TokensParser;

/// Reads `Tokens`; `None` when the file has syntax errors. Duplicate names or
/// spellings and missing required kinds are reported in `diags`.
pub fn read(files: &SpecFiles, file: FileId, diags: &mut Diags) -> Option<TokenSet> {
    read_layers(files, &[file], diags)
}

/// Reads a base `Tokens` and its overlays: an overlay's definitions are
/// appended (after the base's, so existing kinds keep their numbers); a name
/// or spelling defined again is an error in the overlay.
pub fn read_layers(files: &SpecFiles, layers: &[FileId], diags: &mut Diags) -> Option<TokenSet> {
    let mut set = TokenSet::default();
    let mut ok = true;
    for &file in layers {
        ok &= read_into(&mut set, files, file, diags);
    }
    if !ok {
        return None;
    }
    let Some(&last) = layers.last() else {
        return Some(set);
    };
    let text = files.text(last);
    for required in REQUIRED {
        if set.by_name(required).is_none() {
            let end = span_of(last, text, text.len(), text.len());
            diags.error(
                end,
                format!("token `{required}` is missing: the tokenizer produces it"),
            );
        }
    }
    Some(set)
}

fn read_into(set: &mut TokenSet, files: &SpecFiles, file: FileId, diags: &mut Diags) -> bool {
    let text = files.text(file);
    let pairs = match TokensParser::parse(Rule::file, text) {
        Ok(p) => p,
        Err(e) => {
            diags.list.push(from_pest(file, text, e, describe));
            return false;
        }
    };
    for def in pairs.flatten().filter(|p| p.as_rule() == Rule::definition) {
        let mut inner = def.into_inner();
        let Some(name) = inner.next() else { continue };
        let span = span_of(file, text, name.as_span().start(), name.as_span().end());
        let spelling = inner.next().map(|s| {
            let raw = s.as_str();
            (
                raw[1..raw.len() - 1].to_string(),
                span_of(file, text, s.as_span().start(), s.as_span().end()),
            )
        });
        let name = name.as_str().to_string();
        if set.by_name(&name).is_some() {
            diags.error(span, format!("token `{name}` is defined twice"));
            continue;
        }
        if let Some((sp, sp_span)) = &spelling {
            if let Some(other) = set.by_spelling(sp) {
                diags.error(
                    *sp_span,
                    format!(
                        "spelling '{sp}' is already the spelling of `{}`",
                        other.name
                    ),
                );
                continue;
            }
        }
        set.defs.push(TokenDef {
            name,
            spelling: spelling.map(|s| s.0),
            span,
        });
    }
    true
}

fn describe(rule: &Rule) -> String {
    match rule {
        Rule::name => "a token name in capitals (e.g. PLUSEQUAL)".into(),
        Rule::spelling => "a quoted spelling (e.g. '+=')".into(),
        Rule::EOI => "end of line".into(),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Option<TokenSet>, String) {
        let mut files = SpecFiles::default();
        let id = files.add("grammar/Tokens", text);
        let mut diags = Diags::default();
        let set = read(&files, id, &mut diags);
        (set, diags.render(&files, true))
    }

    const BASE: &str = "ENDMARKER\nNAME\nNUMBER\nSTRING\nNEWLINE\nINDENT\nDEDENT\nOP\nERRORTOKEN\n";

    #[test]
    fn reads_names_and_spellings() {
        let (set, errs) = run(&format!("{BASE}PLUS '+'  # plus\n\nPLUSEQUAL '+='"));
        assert_eq!(errs, "");
        let set = set.unwrap();
        assert_eq!(set.by_spelling("+=").unwrap().name, "PLUSEQUAL");
        assert_eq!(set.operators().count(), 2);
        assert_eq!(set.defs[0].name, "ENDMARKER");
    }

    #[test]
    fn duplicate_name_and_spelling() {
        let (_, errs) = run(&format!("{BASE}PLUS '+'\nPLUS '++'\nADD '+'\n"));
        assert!(
            errs.contains("grammar/Tokens:11:1: token `PLUS` is defined twice"),
            "{errs}"
        );
        assert!(
            errs.contains("grammar/Tokens:12:5: spelling '+' is already the spelling of `PLUS`"),
            "{errs}"
        );
    }

    #[test]
    fn syntax_error_has_position() {
        let (set, errs) = run(&format!("{BASE}plus '+'\n"));
        assert!(set.is_none());
        assert!(
            errs.starts_with("grammar/Tokens:10:1: syntax error"),
            "{errs}"
        );
    }

    #[test]
    fn missing_required_kind() {
        let (_, errs) = run("NAME\n");
        assert!(errs.contains("token `ENDMARKER` is missing"), "{errs}");
    }

    #[test]
    fn an_overlay_appends_and_reports_in_its_own_file() {
        let mut files = SpecFiles::default();
        let base = files.add("grammar/Tokens", format!("{BASE}TILDE '~'\n"));
        let fork = files.add("fork/Tokens", "\nALMOSTEQUAL '~='\nSQUIGGLE '~'\n");
        let mut diags = Diags::default();
        let set = read_layers(&files, &[base, fork], &mut diags).unwrap();
        assert_eq!(
            set.defs.last().map(|d| d.name.as_str()),
            Some("ALMOSTEQUAL")
        );
        let errs = diags.render(&files, false);
        assert!(
            errs.starts_with("fork/Tokens:3:10: spelling '~' is already the spelling of `TILDE`"),
            "{errs}"
        );
    }
}
