//! Pieces shared by the integration tests that run the `moult` binary
//! (`frontend.rs`, `programs.rs`, `leaks.rs`, ...): running it with a deadline,
//! quoting long output lines, and walking the tests/py corpus.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

pub const MOULT: &str = env!("CARGO_BIN_EXE_moult");

/// The repository root: cases are run from here with relative paths.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What one run of the binary gave.
pub struct Run {
    pub status: Option<ExitStatus>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub timed_out: bool,
}

/// Runs the binary from the repository root, killing it after `TIMEOUT`.
/// Runs `moult args` from the repository root with `env` set, feeding
/// `stdin` (or none), killing it after `timeout`.
pub fn run_moult(
    args: &[&str],
    env: &[(&str, &str)],
    stdin: Option<&[u8]>,
    timeout: Duration,
) -> Run {
    let spawned = Command::new(MOULT)
        .args(args)
        .current_dir(root())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .envs(env.iter().copied())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            return Run {
                status: None,
                stdout: Vec::new(),
                stderr: format!("cannot start {MOULT}: {e}").into_bytes(),
                timed_out: false,
            }
        }
    };
    if let (Some(input), Some(mut pipe)) = (stdin, child.stdin.take()) {
        use std::io::Write;
        // A binary that exits without reading its input closes the pipe; that is
        // its answer, not an error of the harness.
        let _ = pipe.write_all(input);
    }
    // Both pipes are drained on their own threads so a large dump cannot block the
    // child while we wait for it.
    let out = child.stdout.take().map(drain);
    let err = child.stderr.take().map(drain);
    let deadline = Instant::now() + timeout;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(5)),
            Ok(None) => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().ok();
            }
            Err(_) => break None,
        }
    };
    let join =
        |h: Option<thread::JoinHandle<Vec<u8>>>| h.and_then(|h| h.join().ok()).unwrap_or_default();
    Run {
        status,
        stdout: join(out),
        stderr: join(err),
        timed_out,
    }
}

pub fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

/// At most about 160 characters of `line`, starting a little before byte `at`.
pub fn clip(line: &str, at: usize) -> String {
    const BEFORE: usize = 60;
    const WIDTH: usize = 160;
    let mut start = at.saturating_sub(BEFORE).min(line.len());
    while !line.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + WIDTH).min(line.len());
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    let mut text = String::new();
    if start > 0 {
        text.push_str(&format!("…[{start}]"));
    }
    text.push_str(&line[start..end]);
    if end < line.len() {
        text.push('…');
    }
    text
}

pub fn first_names<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.collect();
    let mut text = names
        .iter()
        .take(20)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > 20 {
        text.push_str(&format!(", ... ({} more)", names.len() - 20));
    }
    text
}

/// Case names `<area>/<stem>`, sorted: `.py` files directly inside each area folder
/// of `dir` whose names do not start with `_`.
pub fn case_names(dir: &Path) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let areas =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for area in areas
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
    {
        let Some(area_name) = area.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        let Ok(files) = std::fs::read_dir(&area) else {
            continue;
        };
        for path in files.filter_map(|e| e.ok()).map(|e| e.path()) {
            if !path.is_file() || path.extension().and_then(|e| e.to_str()) != Some("py") {
                continue;
            }
            let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            if is_case_stem(stem) {
                names.insert(format!("{area_name}/{stem}"));
            }
        }
    }
    names
}

/// Helper modules start with `_` (as `_helper.py` or `__init__.py`).
pub fn is_case_stem(stem: &str) -> bool {
    !stem.is_empty() && !stem.starts_with('_')
}

/// A list of case names with reasons (`area/name  # why` per line, `#` lines are
/// comments); a missing file lists none.
pub fn read_case_list(path: &Path) -> BTreeMap<String, String> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return BTreeMap::new();
    };
    text.lines()
        .filter_map(|line| {
            let (name, reason) = line.split_once('#').unwrap_or((line, ""));
            let name = name.trim();
            (!name.is_empty()).then(|| (name.to_owned(), reason.trim().to_owned()))
        })
        .collect()
}

/// `check` of every name on `workers` threads; results sorted by name.
pub fn run_parallel<T: Send>(
    names: &BTreeSet<String>,
    workers: usize,
    check: impl Fn(&str) -> T + Sync,
) -> Vec<(String, T)> {
    let names: Vec<&String> = names.iter().collect();
    let next = AtomicUsize::new(0);
    let out = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = names.get(i) else { break };
                let r = check(name);
                out.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(((*name).clone(), r));
            });
        }
    });
    let mut out = out.into_inner().unwrap_or_else(|e| e.into_inner());
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}
