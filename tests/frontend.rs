//! Differential tests of the front end against python3's expectations.
//!
//! `tests/parse/<name>.py` must print `<name>.ast` under `moult -X dump-ast`, and
//! `tests/syntax_errors/<name>.py` must print `<name>.err` on stderr and exit with 1.
//! The expectations come from CPython 3.11 through `tests/regen.sh`; this file only runs
//! the binary and compares. A folder may hold a `KNOWN_FAILURES` file (one case name per
//! line, `# why` after it) so the suite tells the truth while work is in progress: a
//! listed case that starts passing fails the test too, so the list stays accurate.

mod common;

use common::{clip, first_names, root, run_moult};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

/// Two workers are enough: CI machines have two cores.
const WORKERS: usize = 2;

/// A case that runs longer than this is a hang, not a slow parse.
const TIMEOUT: Duration = Duration::from_secs(30);

/// How many failing cases are shown in full.
const SHOWN: usize = 5;

#[test]
fn parse_corpus() {
    run_suite(&Suite {
        dir: "tests/parse",
        expected_ext: "ast",
        kind: Kind::Ast,
        min_pass: 0.0,
    });
}

#[test]
fn syntax_errors() {
    run_suite(&Suite {
        dir: "tests/syntax_errors",
        expected_ext: "err",
        kind: Kind::Error,
        min_pass: 0.9,
    });
}

#[test]
fn compile_errors() {
    run_suite(&Suite {
        dir: "tests/compile_errors",
        expected_ext: "err",
        kind: Kind::CompileError,
        min_pass: 0.9,
    });
}

struct Suite {
    /// Folder of the cases, relative to the repository root.
    dir: &'static str,
    expected_ext: &'static str,
    kind: Kind,
    /// Share of the cases that must pass, known failures or not.
    min_pass: f64,
}

#[derive(Clone, Copy)]
enum Kind {
    /// Exit 0 and stdout equal to the expectation.
    Ast,
    /// Exit 1 and stderr equal to the expectation.
    Error,
    /// As `Error`, for errors of the compiler: the program is compiled, so
    /// it runs without `-X dump-ast`.
    CompileError,
}

/// A case that did not match, with the text to show for it.
struct Failure {
    name: String,
    report: String,
}

fn run_suite(suite: &Suite) {
    let names = case_names(&root().join(suite.dir));
    assert!(!names.is_empty(), "no cases found in {}", suite.dir);
    let known = known_failures(&root().join(suite.dir).join("KNOWN_FAILURES"));

    let failures = run_all(suite, &names);
    let failed: BTreeSet<&str> = failures.iter().map(|f| f.name.as_str()).collect();

    let unexpected: Vec<&Failure> = failures
        .iter()
        .filter(|f| !known.contains(&f.name))
        .collect();
    let now_passing: Vec<&String> = known
        .iter()
        .filter(|k| names.contains(*k) && !failed.contains(k.as_str()))
        .collect();
    let stale: Vec<&String> = known.iter().filter(|k| !names.contains(*k)).collect();
    let passed = names.len() - failures.len();
    let pass_rate = passed as f64 / names.len() as f64;

    let mut msg = String::new();
    for failure in unexpected.iter().take(SHOWN) {
        msg.push_str(&failure.report);
        msg.push('\n');
    }
    if !unexpected.is_empty() {
        let listed = failures.len() - unexpected.len();
        msg.push_str(&format!(
            "{} of {} differ in {} ({} of them not in KNOWN_FAILURES: {})\n",
            failures.len(),
            names.len(),
            suite.dir,
            unexpected.len(),
            first_names(unexpected.iter().map(|f| f.name.as_str())),
        ));
        if listed > 0 {
            msg.push_str(&format!(
                "({listed} further failures are listed as known)\n"
            ));
        }
    }
    if !now_passing.is_empty() {
        msg.push_str(&format!(
            "{} case(s) listed in {}/KNOWN_FAILURES now pass; remove them from the list: {}\n",
            now_passing.len(),
            suite.dir,
            first_names(now_passing.iter().map(|s| s.as_str())),
        ));
    }
    if !stale.is_empty() {
        msg.push_str(&format!(
            "{}/KNOWN_FAILURES names cases that do not exist: {}\n",
            suite.dir,
            first_names(stale.iter().map(|s| s.as_str())),
        ));
    }
    if pass_rate < suite.min_pass {
        msg.push_str(&format!(
            "only {passed} of {} cases pass in {} ({:.1}%); at least {:.0}% must\n",
            names.len(),
            suite.dir,
            pass_rate * 100.0,
            suite.min_pass * 100.0,
        ));
    }
    if !msg.is_empty() {
        msg.push_str("regenerate expectations with tests/regen.sh\n");
        panic!("\n{msg}");
    }
    eprintln!(
        "{}: {passed} of {} pass ({} known failures)",
        suite.dir,
        names.len(),
        failures.len()
    );
}

/// Names (file stems) of the `.py` files in `dir`, sorted.
fn case_names(dir: &Path) -> BTreeSet<String> {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    entries
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            if path.extension()? != "py" {
                return None;
            }
            Some(path.file_stem()?.to_str()?.to_owned())
        })
        .collect()
}

/// Case names listed in a KNOWN_FAILURES file; a missing file lists none.
fn known_failures(path: &Path) -> BTreeSet<String> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return BTreeSet::new();
    };
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Runs every case on `WORKERS` threads; failures come back sorted by name.
fn run_all(suite: &Suite, names: &BTreeSet<String>) -> Vec<Failure> {
    let names: Vec<&String> = names.iter().collect();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = names.get(i) else { break };
                if let Some(failure) = check(suite, name) {
                    failures
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push(failure);
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    failures.sort_by(|a, b| a.name.cmp(&b.name));
    failures
}

/// Runs one case; `None` when it matches its expectation.
fn check(suite: &Suite, name: &str) -> Option<Failure> {
    // The path is passed relative to the repository root, as the expectations were
    // made: error messages quote it as given.
    let rel = format!("{}/{name}.py", suite.dir);
    let expected_path = root()
        .join(suite.dir)
        .join(format!("{name}.{}", suite.expected_ext));
    let fail = |report: String| {
        Some(Failure {
            name: name.to_owned(),
            report,
        })
    };
    let Ok(expected) = std::fs::read(&expected_path) else {
        return fail(format!("--- {rel}: no {} file\n", suite.expected_ext));
    };
    let mut run = match suite.kind {
        Kind::CompileError => run_moult(&[&rel], &[], None, TIMEOUT),
        _ => run_moult(&["-X", "dump-ast", &rel], &[], None, TIMEOUT),
    };
    // Like python3, moult shows a script's path made absolute; the expectations
    // hold it relative to the repository root, wherever the checkout is.
    let prefix = format!("{}/", root().display());
    run.stderr = String::from_utf8_lossy(&run.stderr)
        .replace(&prefix, "")
        .into_bytes();
    let code = run.status.and_then(|s| s.code());
    let (want_code, actual, other) = match suite.kind {
        Kind::Ast => (0, &run.stdout, &run.stderr),
        Kind::Error | Kind::CompileError => (1, &run.stderr, &run.stdout),
    };
    if !run.timed_out && code == Some(want_code) && *actual == expected {
        return None;
    }

    let stream = match suite.kind {
        Kind::Ast => "stdout",
        Kind::Error | Kind::CompileError => "stderr",
    };
    let mut report = format!("--- {rel}: expected {}\n", expected_path.display());
    if run.timed_out {
        report.push_str(&format!("    killed after {} s\n", TIMEOUT.as_secs()));
    }
    if code != Some(want_code) {
        let status = run
            .status
            .map_or_else(|| "unknown".to_owned(), |s| s.to_string());
        report.push_str(&format!("    {status}, expected exit status {want_code}\n"));
    }
    if *actual != expected {
        report.push_str(&format!("    {stream} differs (- expected, + actual):\n"));
        report.push_str(&diff(
            &String::from_utf8_lossy(&expected),
            &String::from_utf8_lossy(actual),
        ));
    }
    if !other.is_empty() {
        let other_name = match suite.kind {
            Kind::Ast => "stderr",
            Kind::Error | Kind::CompileError => "stdout",
        };
        let text = String::from_utf8_lossy(other);
        report.push_str(&format!("    {other_name}:\n"));
        for line in text.lines().take(10) {
            report.push_str(&format!("    | {}\n", clip(line, 0)));
        }
    }
    fail(report)
}

/// A line diff in the style of `diff -u` without hunk headers for context. The AST
/// dump is one long line, so a changed pair of lines is shown around the first
/// character where they differ.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    // Longest common subsequence table; expectations are small enough for O(n*m).
    if a.len() * b.len() > 4_000_000 {
        return format!("    (too long to diff: {} vs {} lines)\n", a.len(), b.len());
    }
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = String::new();
    let mut shown = 0;
    let (mut i, mut j) = (0, 0);
    while (i < a.len() || j < b.len()) && shown < 40 {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if i < a.len() && j < b.len() && lcs[i + 1][j] == lcs[i][j + 1] {
            // A line replaced by another: show both around their first difference.
            let at = first_difference(a[i], b[j]);
            out.push_str(&format!("    @@ line {} @@\n", i + 1));
            out.push_str(&format!("    -{}\n", clip(a[i], at)));
            out.push_str(&format!("    +{}\n", clip(b[j], at)));
            i += 1;
            j += 1;
            shown += 2;
        } else if j >= b.len() || (i < a.len() && lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_str(&format!("    -{}\n", clip(a[i], 0)));
            i += 1;
            shown += 1;
        } else {
            out.push_str(&format!("    +{}\n", clip(b[j], 0)));
            j += 1;
            shown += 1;
        }
    }
    if shown >= 40 {
        out.push_str("    ...\n");
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        out.push_str("    (the outputs differ in their final newline)\n");
    }
    out
}

/// Byte offset of the first difference between two lines.
fn first_difference(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

// The harness's own helpers, checked without the binary.

#[test]
fn known_failures_reads_names_and_skips_comments() {
    let dir = std::env::temp_dir().join(format!("moult-known-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("KNOWN_FAILURES");
    std::fs::write(&path, "# header\n\nfoo   # why foo\n  bar\n#baz\n").expect("write");
    let names = known_failures(&path);
    let _ = std::fs::remove_dir_all(&dir);
    let expected: BTreeSet<String> = ["bar", "foo"].iter().map(|s| s.to_string()).collect();
    assert_eq!(names, expected);
    assert!(known_failures(&dir.join("missing")).is_empty());
}

#[test]
fn diff_marks_changed_added_and_removed_lines() {
    let out = diff("a\nb\nc\n", "a\nB\nc\nd\n");
    assert_eq!(out, "    @@ line 2 @@\n    -b\n    +B\n    +d\n");
    let out = diff("a\nb\n", "b\n");
    assert_eq!(out, "    -a\n");
    assert!(diff("x", "x\n").contains("final newline"));
}

#[test]
fn diff_of_long_line_starts_near_first_difference() {
    let expected = format!("{}X{}\n", "a".repeat(500), "b".repeat(500));
    let actual = format!("{}Y{}\n", "a".repeat(500), "b".repeat(500));
    let out = diff(&expected, &actual);
    assert!(out.contains("-…[440]"), "{out}");
    assert!(
        out.contains(&format!("{}X{}…", "a".repeat(60), "b".repeat(99))),
        "{out}"
    );
    // Cutting inside a multi-byte character must not panic.
    let out = diff(&"é".repeat(300), &"é".repeat(299));
    assert!(out.contains('…'));
}
