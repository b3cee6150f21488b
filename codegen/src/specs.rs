//! Finds the spec folder and loads the spec files.
//!
//! The folder is, in order: the `dir = "..."` argument of a macro, the
//! `MOULT_GRAMMAR` environment variable, or `grammar/`. Paths are relative to
//! the workspace root, the nearest ancestor of the starting directory that
//! holds `grammar/Tokens`. A folder may hold only some of the files: a missing
//! one is taken from `grammar/`, so a language fork keeps only what it changes.

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
    /// `(file name, id)` for each spec that was found.
    ids: Vec<(&'static str, FileId)>,
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

    fn add(&mut self, name: &'static str, display: String, text: String) {
        let id = self.files.add(display, text);
        self.ids.push((name, id));
    }

    /// The id of spec `name` (one of [`ALL`]), if it was found.
    pub fn id(&self, name: &str) -> Option<FileId> {
        self.ids.iter().find(|(n, _)| *n == name).map(|(_, id)| *id)
    }

    /// Like [`Specs::id`], but a missing file is an error message.
    pub fn require(&self, name: &str) -> Result<FileId, String> {
        self.id(name).ok_or_else(|| match &self.dir {
            Some(d) => format!("spec file `{name}` found neither in `{d}` nor in `grammar/`"),
            None => format!("spec file `grammar/{name}` not found"),
        })
    }
}

/// The nearest ancestor of `start` (inclusive) that holds `grammar/Tokens`.
pub fn workspace_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|d| d.join("grammar").join(TOKENS).is_file())
        .map(Path::to_path_buf)
}
