//! Diagnostics shared by every spec reader.
//!
//! A reader never panics and never stops at the first problem: it pushes a
//! [`Diag`] for each one and carries on where it can, so a user sees every
//! mistake in a spec at once. The proc macros turn the collected diagnostics
//! into one `compile_error!` whose text starts with `file:line:col:` and shows
//! a code frame with a caret, as rustc does for Rust source.

use std::fmt;

/// A position in a spec file: 1-based line, 1-based column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// A region of one spec file. `len` is the number of characters to underline
/// on the first line (at least one caret is always drawn).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub struct Span {
    pub file: FileId,
    pub start: Pos,
    pub len: u32,
}

/// Index into [`SpecFiles`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug)]
pub struct Diag {
    pub severity: Severity,
    pub span: Span,
    pub message: String,
}

/// The text of every spec file read in one run, so diagnostics can quote lines.
#[derive(Default, Debug)]
pub struct SpecFiles {
    files: Vec<(String, String)>,
}

impl SpecFiles {
    /// `display` is the path as it is shown to users, e.g. `grammar/python.gram`.
    pub fn add(&mut self, display: impl Into<String>, text: impl Into<String>) -> FileId {
        self.files.push((display.into(), text.into()));
        FileId(self.files.len() as u32 - 1)
    }
    pub fn name(&self, id: FileId) -> &str {
        &self.files[id.0 as usize].0
    }
    pub fn text(&self, id: FileId) -> &str {
        &self.files[id.0 as usize].1
    }
    pub fn len(&self) -> usize {
        self.files.len()
    }
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Collects diagnostics; `finish` says whether any of them is an error.
#[derive(Default, Debug)]
pub struct Diags {
    pub list: Vec<Diag>,
}

impl Diags {
    pub fn error(&mut self, span: Span, message: impl Into<String>) {
        self.list.push(Diag {
            severity: Severity::Error,
            span,
            message: message.into(),
        });
    }
    pub fn warning(&mut self, span: Span, message: impl Into<String>) {
        self.list.push(Diag {
            severity: Severity::Warning,
            span,
            message: message.into(),
        });
    }
    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
    }
    /// Errors first (in file order), then warnings.
    pub fn sorted(&self) -> Vec<&Diag> {
        let mut v: Vec<&Diag> = self.list.iter().collect();
        v.sort_by_key(|d| (d.severity != Severity::Error, d.span.file, d.span.start));
        v
    }
    /// Renders every error (warnings only when `with_warnings`) as
    /// `file:line:col: message` followed by a code frame.
    pub fn render(&self, files: &SpecFiles, with_warnings: bool) -> String {
        let mut out = String::new();
        for d in self.sorted() {
            if d.severity == Severity::Warning && !with_warnings {
                continue;
            }
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&render_one(d, files));
        }
        out
    }
}

/// `grammar/python.gram:12:5: rule `atomm` is not defined` plus a code frame:
///
/// ```text
///    12 | primary: atomm '.' NAME
///       |          ^^^^^
/// ```
pub fn render_one(d: &Diag, files: &SpecFiles) -> String {
    let name = files.name(d.span.file);
    let text = files.text(d.span.file);
    let Pos { line, col } = d.span.start;
    let kind = match d.severity {
        Severity::Error => "",
        Severity::Warning => "warning: ",
    };
    let mut out = format!("{name}:{line}:{col}: {kind}{}", d.message);
    if let Some(src) = text.lines().nth(line.saturating_sub(1) as usize) {
        let num = line.to_string();
        let pad = " ".repeat(num.len());
        let lead: String = src
            .chars()
            .take(col.saturating_sub(1) as usize)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        let carets = "^".repeat(d.span.len.max(1) as usize);
        out.push_str(&format!("\n {num} | {src}\n {pad} | {lead}{carets}"));
    }
    out
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// Converts a byte offset in `text` to a 1-based line and character column.
pub fn pos_at(text: &str, offset: usize) -> Pos {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() as u32 + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() as u32 + 1;
    Pos { line, col }
}

/// Span helper for pest pairs: `len` is the pair's length in characters,
/// cut at the end of its first line.
pub fn span_of(file: FileId, text: &str, start: usize, end: usize) -> Span {
    let first_line = text[start..end.min(text.len())]
        .lines()
        .next()
        .unwrap_or("");
    Span {
        file,
        start: pos_at(text, start),
        len: first_line.chars().count().max(1) as u32,
    }
}

/// Converts a pest syntax error into a [`Diag`]. `describe` names a meta-grammar
/// rule the way a spec author thinks of it ("a rule name", "`:`"), so messages
/// never show pest's internal rule names.
pub fn from_pest<R: pest::RuleType>(
    file: FileId,
    text: &str,
    err: pest::error::Error<R>,
    describe: impl FnMut(&R) -> String,
) -> Diag {
    let start = match err.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    let err = err.renamed_rules(describe);
    let message = format!("syntax error: {}", err.variant.message());
    Diag {
        severity: Severity::Error,
        span: span_of(file, text, start, (start + 1).min(text.len())),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_file_line_col_and_frame() {
        let mut files = SpecFiles::default();
        let id = files.add("grammar/python.gram", "start: a\nprimary: atomm '.' NAME\n");
        let mut diags = Diags::default();
        diags.error(
            span_of(id, files.text(id), 18, 23),
            "rule `atomm` is not defined",
        );
        let text = diags.render(&files, false);
        assert_eq!(
            text,
            "grammar/python.gram:2:10: rule `atomm` is not defined\n 2 | primary: atomm '.' NAME\n   |          ^^^^^"
        );
    }

    #[test]
    fn pos_counts_characters_not_bytes() {
        assert_eq!(pos_at("é\nxé y", 6), Pos { line: 2, col: 3 });
    }
}
