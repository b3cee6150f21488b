//! Finds the spec folder and loads the spec files.
//!
//! The folder is, in order: the `dir = "..."` argument of a macro, the
//! `MOULT_GRAMMAR` environment variable, or `grammar/`. Paths are relative to
//! the workspace root, the nearest ancestor of the starting directory that
//! holds `grammar/Tokens`. A folder may hold only some of the files: a missing
//! one is taken from `grammar/`, so a language fork keeps only what it changes.
//!
//! A fork's file that starts with `@extends "<its own name>"` (e.g.
//! `@extends "python.gram"`) is an overlay: it is read after `grammar/<name>`
//! and merged into it, so it holds only what it adds or replaces (each reader
//! documents how its layers merge). The directive's line is blanked before
//! reading, so every position in the overlay is its own file's line and column.

use crate::diag::{FileId, SpecFiles};
use std::path::{Path, PathBuf};

/// The five spec files, by their name inside a spec folder.
pub const TOKENS: &str = "Tokens";
pub const GRAM: &str = "python.gram";
pub const ASDL: &str = "Python.asdl";
pub const OPCODES: &str = "opcodes";
pub const OPERATORS: &str = "operators";
pub const ALL: [&str; 5] = [TOKENS, GRAM, ASDL, OPCODES, OPERATORS];

/// Every spec file of one run, read once.
#[derive(Debug, Default)]
pub struct Specs {
    pub files: SpecFiles,
    /// `(file name, layers)` for each spec that was found: the file itself,
    /// or `grammar/<name>` then the fork's overlay.
    ids: Vec<(&'static str, Vec<FileId>)>,
    /// Absolute paths of every file read, for `include_str!` (rebuild tracking).
    pub paths: Vec<PathBuf>,
    /// The spec folder as given by the user (`dir` or `MOULT_GRAMMAR`), if any.
    pub dir: Option<String>,
}

impl Specs {
    /// Loads the specs for a build. `start` is where to look for the workspace
    /// root (a crate's `CARGO_MANIFEST_DIR`), `dir` the macro's argument.
    pub fn load(start: &Path, dir: Option<&str>) -> Result<Specs, String> {
        let root = workspace_root(start).ok_or_else(|| {
            format!(
                "cannot find the workspace root (a folder holding grammar/Tokens) above {}",
                start.display()
            )
        })?;
        let env_dir = std::env::var("MOULT_GRAMMAR")
            .ok()
            .filter(|d| !d.is_empty());
        let chosen = dir.map(str::to_owned).or(env_dir);
        if let Some(d) = &chosen {
            if !root.join(d).is_dir() {
                return Err(format!(
                    "MOULT_GRAMMAR / dir: spec folder `{d}` does not exist"
                ));
            }
        }
        let mut specs = Specs {
            dir: chosen.clone(),
            ..Specs::default()
        };
        for name in ALL {
            let mut candidates = Vec::new();
            if let Some(d) = &chosen {
                candidates.push(format!("{}/{}", d.trim_end_matches('/'), name));
            }
            candidates.push(format!("grammar/{name}"));
            for display in candidates {
                let path = root.join(&display);
                if path.is_file() {
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| format!("{display}: cannot read: {e}"))?;
                    let (text, extends) = split_extends(&text);
                    if let Some((line, base)) = extends {
                        if base != name {
                            return Err(format!(
                                "{display}:{line}:1: `@extends \"{base}\"`: an overlay extends the spec of its own name (`@extends \"{name}\"`)"
                            ));
                        }
                        let base_display = format!("grammar/{name}");
                        let base_path = root.join(&base_display);
                        if base_display != display {
                            let base_text = std::fs::read_to_string(&base_path)
                                .map_err(|e| format!("{base_display}: cannot read: {e}"))?;
                            specs.add(name, base_display, base_text);
                            specs.paths.push(base_path);
                        }
                    }
                    specs.add(name, display, text);
                    specs.paths.push(path);
                    break;
                }
            }
        }
        Ok(specs)
    }

    /// Builds a spec set from texts, for tests: `(file name, text)` pairs.
    pub fn from_texts(texts: &[(&'static str, &str)]) -> Specs {
        let mut specs = Specs::default();
        for (name, text) in texts {
            specs.add(name, format!("grammar/{name}"), text.to_string());
        }
        specs
    }

    /// Adds a layer of spec `name` (the base first, then overlays).
    pub fn add(&mut self, name: &'static str, display: String, text: String) {
        let id = self.files.add(display, text);
        match self.ids.iter_mut().find(|(n, _)| *n == name) {
            Some((_, layers)) => layers.push(id),
            None => self.ids.push((name, vec![id])),
        }
    }

    /// The layers of spec `name` (one of [`ALL`]), base first, if it was found.
    pub fn layers(&self, name: &str) -> Option<&[FileId]> {
        self.ids
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, ids)| ids.as_slice())
    }

    /// The id of spec `name`'s last layer (the file a fork gave), if found.
    pub fn id(&self, name: &str) -> Option<FileId> {
        self.layers(name).and_then(|l| l.last().copied())
    }

    /// Like [`Specs::layers`], but a missing file is an error message.
    pub fn require(&self, name: &str) -> Result<&[FileId], String> {
        self.layers(name).ok_or_else(|| match &self.dir {
            Some(d) => format!("spec file `{name}` found neither in `{d}` nor in `grammar/`"),
            None => format!("spec file `grammar/{name}` not found"),
        })
    }
}

/// Finds an `@extends "name"` line (the first line that is not blank and not
/// a comment, `#` or `--`) and blanks it: `(text, Some((line, name)))`.
pub fn split_extends(text: &str) -> (String, Option<(usize, String)>) {
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') || t.starts_with("--") {
            continue;
        }
        let Some(rest) = t.strip_prefix("@extends") else {
            break;
        };
        let name = rest.trim().trim_matches('"').to_string();
        let blanked: Vec<String> = text
            .split('\n')
            .enumerate()
            .map(|(j, l)| {
                if j == i {
                    " ".repeat(l.len())
                } else {
                    l.to_string()
                }
            })
            .collect();
        return (blanked.join("\n"), Some((i + 1, name)));
    }
    (text.to_string(), None)
}

/// The nearest ancestor of `start` (inclusive) that holds `grammar/Tokens`.
pub fn workspace_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|d| d.join("grammar").join(TOKENS).is_file())
        .map(Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    #[test]
    fn extends_line_is_found_and_blanked() {
        let (text, ext) = super::split_extends("# a fork\n@extends \"Tokens\"\nX 'x'\n");
        assert_eq!(ext, Some((2, "Tokens".to_string())));
        assert_eq!(text, format!("# a fork\n{}\nX 'x'\n", " ".repeat(17)));
        let (text, ext) = super::split_extends("X 'x'\n@extends \"Tokens\"\n");
        assert_eq!(ext, None);
        assert!(text.contains("@extends"));
    }
}
