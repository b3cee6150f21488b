//! Differential tests of whole programs against python3 (issue 4): for every case,
//! `moult FILE` must print what `python3 FILE` prints and exit with the same status.
//!
//! A case is a `.py` file directly in an area folder, `tests/py/<area>/<name>.py`, whose
//! name does not start with `_`; its name is `<area>/<name>`. Files starting with `_`
//! and everything in deeper folders are helpers (modules the cases import). Beside each
//! case, `tests/regen_py.sh` writes what CPython 3.11 did: `<name>.out` (stdout, always),
//! `<name>.err` (stderr, only when not empty) and `<name>.rc` (exit status, only when
//! not 0). This file only runs the binary and compares.
//!
//! `tests/py/KNOWN_FAILURES` lists the cases moult gets wrong today (`area/name  # why`).
//! The test fails when an unlisted case fails, when a listed case passes and when a
//! listed name is not a case, so the list stays true. Run with
//! `MOULT_BLESS_KNOWN_FAILURES=1` to rewrite the list to the current truth (reasons of
//! cases still failing are kept; new ones get the first line of what went wrong).

mod common;

use common::{
    case_names, clip, first_names, is_case_stem, read_case_list as known_failures, root, run_moult,
    run_parallel,
};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Folder of the corpus, relative to the repository root.
const DIR: &str = "tests/py";

/// Two workers: CI machines have two cores.
const WORKERS: usize = 2;

/// A program that runs longer than this is taken as hung (generous: the debug
/// binary runs the stdlib cases, and CI machines may be loaded).
const TIMEOUT: Duration = Duration::from_secs(60);

/// How many failing cases are shown in full.
const SHOWN: usize = 5;

/// Set to rewrite `tests/py/KNOWN_FAILURES` instead of checking it.
const BLESS_VAR: &str = "MOULT_BLESS_KNOWN_FAILURES";

#[test]
fn programs() {
    let dir = root().join(DIR);
    let names = case_names(&dir);
    assert!(
        names.len() >= 200,
        "expected at least 200 cases in {DIR}, found {}",
        names.len()
    );
    let known_path = dir.join("KNOWN_FAILURES");
    let known = known_failures(&known_path);

    let failures = run_all(&names);
    let failed: BTreeSet<&str> = failures.iter().map(|f| f.name.as_str()).collect();
    let passed = names.len() - failures.len();
    // Written past the test harness's capture so the count shows on every run.
    let _ = writeln!(
        std::io::stderr(),
        "{DIR}: {passed} of {} pass ({} of the failures are listed in KNOWN_FAILURES)",
        names.len(),
        failures
            .iter()
            .filter(|f| known.contains_key(&f.name))
            .count(),
    );

    if std::env::var_os(BLESS_VAR).is_some() {
        let text = blessed_list(&known, &failures);
        std::fs::write(&known_path, text)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", known_path.display()));
        eprintln!(
            "{DIR}/KNOWN_FAILURES rewritten with {} case(s)",
            failures.len()
        );
        return;
    }

    let unexpected: Vec<&Failure> = failures
        .iter()
        .filter(|f| !known.contains_key(&f.name))
        .collect();
    let now_passing: Vec<&String> = known
        .keys()
        .filter(|k| names.contains(*k) && !failed.contains(k.as_str()))
        .collect();
    let stale: Vec<&String> = known.keys().filter(|k| !names.contains(*k)).collect();

    let mut msg = String::new();
    for failure in unexpected.iter().take(SHOWN) {
        msg.push_str(&failure.report);
        msg.push('\n');
    }
    if !unexpected.is_empty() {
        msg.push_str(&format!(
            "{} of {} cases differ from python3 ({} not in KNOWN_FAILURES: {})\n",
            failures.len(),
            names.len(),
            unexpected.len(),
            first_names(unexpected.iter().map(|f| f.name.as_str())),
        ));
    }
    if !now_passing.is_empty() {
        msg.push_str(&format!(
            "{} case(s) listed in {DIR}/KNOWN_FAILURES now pass; remove them from the list: {}\n",
            now_passing.len(),
            first_names(now_passing.iter().map(|s| s.as_str())),
        ));
    }
    if !stale.is_empty() {
        msg.push_str(&format!(
            "{DIR}/KNOWN_FAILURES names cases that do not exist: {}\n",
            first_names(stale.iter().map(|s| s.as_str())),
        ));
    }
    if !msg.is_empty() {
        msg.push_str(&format!(
            "expectations come from tests/regen_py.sh; {BLESS_VAR}=1 rewrites the list\n"
        ));
        panic!("\n{msg}");
    }
}

/// A case that did not match: the full report and a one-line reason for the list.
struct Failure {
    name: String,
    report: String,
    reason: String,
}

/// What python3 did for one case.
struct Expected {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: i32,
}

const LIST_HEADER: &str = "\
# Cases of tests/py that moult does not run as python3 does yet, one `area/name` per
# line with a `# why`. tests/programs.rs fails when a listed case passes or an unlisted
# case fails; MOULT_BLESS_KNOWN_FAILURES=1 cargo test -p moult --test programs rewrites
# this list (kept reasons stay, new ones are filled in from the failure).
";

/// The list naming exactly `failures`, keeping the reasons already written.
fn blessed_list(known: &BTreeMap<String, String>, failures: &[Failure]) -> String {
    let mut text = LIST_HEADER.to_owned();
    let width = failures.iter().map(|f| f.name.len()).max().unwrap_or(0);
    for failure in failures {
        let reason = match known.get(&failure.name) {
            Some(r) if !r.is_empty() => r.as_str(),
            _ => failure.reason.as_str(),
        };
        text.push_str(&format!("{:width$}  # {reason}\n", failure.name));
    }
    text
}

/// Runs every case on `WORKERS` threads; failures come back sorted by name.
fn run_all(names: &BTreeSet<String>) -> Vec<Failure> {
    run_parallel(names, WORKERS, check)
        .into_iter()
        .filter_map(|(_, failure)| failure)
        .collect()
}

fn read_expected(base: &Path) -> Result<Expected, String> {
    // Appended, not `with_extension`: a case name may itself contain a dot.
    let with = |ext: &str| PathBuf::from(format!("{}.{ext}", base.display()));
    let stdout = std::fs::read(with("out")).map_err(|e| format!("no .out file ({e})"))?;
    let stderr = std::fs::read(with("err")).unwrap_or_default();
    let code = match std::fs::read_to_string(with("rc")) {
        Ok(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("bad .rc file: {text:?}"))?,
        Err(_) => 0,
    };
    Ok(Expected {
        stdout,
        stderr,
        code,
    })
}

/// Runs one case; `None` when it matches python3.
fn check(name: &str) -> Option<Failure> {
    // The path is passed relative to the repository root, as python3 was run.
    let rel = format!("{DIR}/{name}.py");
    let base = root().join(DIR).join(name);
    let fail = |report: String, reason: String| {
        Some(Failure {
            name: name.to_owned(),
            report,
            reason,
        })
    };
    let expected = match read_expected(&base) {
        Ok(e) => e,
        Err(e) => return fail(format!("--- {rel}: {e}\n"), e),
    };
    let run = run_moult(&[&rel], &[("PYTHONHASHSEED", "0")], None, TIMEOUT);
    let stdout = strip_root(&run.stdout);
    let stderr = strip_root(&run.stderr);
    let code = run.status.and_then(|s| s.code());
    if !run.timed_out
        && code == Some(expected.code)
        && stdout == expected.stdout
        && stderr == expected.stderr
    {
        return None;
    }

    let mut report = format!("--- {rel}\n");
    let mut reasons = Vec::new();
    if run.timed_out {
        report.push_str(&format!("    killed after {} s\n", TIMEOUT.as_secs()));
        reasons.push(format!("hangs (killed after {} s)", TIMEOUT.as_secs()));
    } else if code != Some(expected.code) {
        let status = run
            .status
            .map_or_else(|| "unknown".to_owned(), |s| s.to_string());
        report.push_str(&format!(
            "    {status}, expected exit status {}\n",
            expected.code
        ));
        let shown = code.map_or_else(|| "no exit status".to_owned(), |c| format!("exits {c}"));
        reasons.push(format!("{shown}, not {}", expected.code));
    }
    let mut differ = Vec::new();
    for (stream, want, got) in [
        ("stdout", &expected.stdout, &stdout),
        ("stderr", &expected.stderr, &stderr),
    ] {
        if want != got {
            report.push_str(&format!("    {stream} differs (- expected, + actual):\n"));
            report.push_str(&diff(
                &String::from_utf8_lossy(want),
                &String::from_utf8_lossy(got),
            ));
            differ.push(stream);
        }
    }
    if !differ.is_empty() {
        reasons.push(format!(
            "{} differ{}",
            differ.join(" and "),
            if differ.len() == 1 { "s" } else { "" }
        ));
    }
    // The first line moult wrote on stderr usually says why (a missing feature).
    if differ.contains(&"stderr") {
        let said = String::from_utf8_lossy(&stderr);
        if let Some(line) = said.lines().find(|l| !l.trim().is_empty()) {
            reasons.push(format!(
                "moult: {}",
                short(line.trim().trim_start_matches("moult: "), 70)
            ));
        }
    }
    fail(report, reasons.join("; "))
}

/// At most `max` characters of `text`, with `…` when cut.
fn short(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// moult, like python3, shows a script's path made absolute; the expectations hold it
/// relative to the repository root, wherever the checkout is.
fn strip_root(bytes: &[u8]) -> Vec<u8> {
    let prefix = format!("{}/", root().display());
    String::from_utf8_lossy(bytes)
        .replace(&prefix, "")
        .into_bytes()
}

/// A line diff in the style of `diff -u` without hunk headers, at most 40 lines.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    // Longest common subsequence table; outputs are small enough for O(n*m).
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
    let both = !expected.is_empty() && !actual.is_empty();
    if both && expected.ends_with('\n') != actual.ends_with('\n') {
        out.push_str("    (the outputs differ in their final newline)\n");
    }
    out
}

// The harness's own helpers, checked without the binary.

#[test]
fn case_rule_skips_helpers() {
    assert!(is_case_stem("int_bigint_ops"));
    assert!(!is_case_stem("_helper"));
    assert!(!is_case_stem("__init__"));
    assert!(!is_case_stem(""));
}

#[test]
fn known_failures_keep_reasons_and_skip_comments() {
    let dir = std::env::temp_dir().join(format!("moult-programs-known-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("KNOWN_FAILURES");
    std::fs::write(&path, "# header\n\na/foo   # why foo\n  b/bar\n#baz\n").expect("write");
    let known = known_failures(&path);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(known.len(), 2);
    assert_eq!(known["a/foo"], "why foo");
    assert_eq!(known["b/bar"], "");
    assert!(known_failures(&dir.join("missing")).is_empty());
}

#[test]
fn blessed_list_keeps_old_reasons_and_drops_passing_cases() {
    let known: BTreeMap<String, String> = [("a/x", "old reason"), ("a/gone", "fixed now")]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let failure = |name: &str, reason: &str| Failure {
        name: name.to_owned(),
        report: String::new(),
        reason: reason.to_owned(),
    };
    let text = blessed_list(
        &known,
        &[failure("a/x", "new"), failure("b/yy", "exits 2, not 0")],
    );
    assert!(text.starts_with(LIST_HEADER));
    let body = &text[LIST_HEADER.len()..];
    assert_eq!(body, "a/x   # old reason\nb/yy  # exits 2, not 0\n");
}

#[test]
fn diff_marks_added_and_removed_lines() {
    assert_eq!(diff("a\nb\nc\n", "a\nB\nc\n"), "    -b\n    +B\n");
    assert_eq!(diff("a\nb\n", "b\n"), "    -a\n");
    assert!(diff("x", "x\n").contains("final newline"));
}

#[test]
fn short_cuts_on_characters() {
    assert_eq!(short("abc", 5), "abc");
    assert_eq!(short("ééééé", 3), "ééé…");
}

#[test]
fn strip_root_removes_the_checkout_prefix() {
    let text = format!("  File \"{}/tests/py/a/b.py\", line 1\n", root().display());
    assert_eq!(
        strip_root(text.as_bytes()),
        b"  File \"tests/py/a/b.py\", line 1\n".to_vec()
    );
}
