//! Embeds the Python standard library of `runtime/lib` (frozen modules): writes
//! `$OUT_DIR/frozen.rs`, a table of `(module name, is package, source)` whose
//! sources are `include_str!`s, sorted by name.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, bool, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let Some(file) = path.file_name().and_then(|f| f.to_str()) else {
            continue;
        };
        if path.is_dir() {
            if file == "__pycache__" || file.contains('.') {
                continue;
            }
            let init = path.join("__init__.py");
            if init.is_file() {
                let name = format!("{prefix}{file}");
                out.push((name.clone(), true, init));
                collect(&path, &format!("{name}."), out);
            }
        } else if let Some(stem) = file.strip_suffix(".py") {
            if stem != "__init__" && !stem.contains('.') {
                out.push((format!("{prefix}{stem}"), false, path.clone()));
            }
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=lib");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("lib");
    let mut modules = Vec::new();
    collect(&root, "", &mut modules);
    modules.sort();
    let mut text = String::from("pub static FROZEN: &[(&str, bool, &str)] = &[\n");
    for (name, package, path) in &modules {
        text.push_str(&format!(
            "    ({name:?}, {package}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    text.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("frozen.rs");
    if let Err(e) = std::fs::write(&out, text) {
        panic!("cannot write {}: {e}", out.display());
    }
}
