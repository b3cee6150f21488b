//! The leak check (issue 5): every program of `tests/py` is run with
//! `MOULT_SHOWREFCOUNT=1`, which makes the interpreter report on stderr, after its
//! teardown (modules released, cycles collected, builtin types' dicts emptied), how
//! many objects are still allocated and how many of them are immortal (builtin
//! types, singletons, the builtins dict). Anything else still allocated is a leak: a
//! reference count that never comes back to zero, or a cycle the collector cannot
//! see (a payload whose `traverse` misses a reference).
//!
//! `tests/py/KNOWN_LEAKS` lists the programs that may end with more objects than
//! they started with (`area/name  # why`); the test fails when an unlisted program
//! leaks, when a listed one no longer does and when a listed name is not a case.
//! `MOULT_BLESS_KNOWN_LEAKS=1` rewrites the list (kept reasons stay).
//!
//! Whether a program prints what python3 prints is `programs.rs`'s business; this
//! test looks only at the count, so failing cases are checked too.

mod common;

use common::{case_names, first_names, read_case_list as read_list, root, run_moult, run_parallel};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::time::Duration;

const DIR: &str = "tests/py";
const LIST: &str = "KNOWN_LEAKS";
const BLESS_VAR: &str = "MOULT_BLESS_KNOWN_LEAKS";
const WORKERS: usize = 2;
const TIMEOUT: Duration = Duration::from_secs(60);

/// One program's result: the objects it left behind, or why there is no count.
enum Outcome {
    Clean,
    Leaked(usize),
    NoCount(String),
}

#[test]
fn every_program_frees_what_it_allocated() {
    let dir = root().join(DIR);
    let names = case_names(&dir);
    assert!(
        names.len() >= 200,
        "expected the tests/py corpus, found {} cases",
        names.len()
    );
    let list_path = dir.join(LIST);
    let known = read_list(&list_path);

    let results = run_all(&names);
    let bad: BTreeMap<&str, String> = results
        .iter()
        .filter_map(|(name, o)| match o {
            Outcome::Clean => None,
            Outcome::Leaked(n) => Some((name.as_str(), format!("{n} objects left at exit"))),
            Outcome::NoCount(why) => Some((name.as_str(), why.clone())),
        })
        .collect();
    let _ = writeln!(
        std::io::stderr(),
        "{DIR}: {} of {} programs free every object they allocate",
        names.len() - bad.len(),
        names.len()
    );

    if std::env::var_os(BLESS_VAR).is_some() {
        let mut text = String::from(HEADER);
        let width = bad.keys().map(|n| n.len()).max().unwrap_or(0);
        for (name, found) in &bad {
            let reason = known.get(*name).filter(|r| !r.is_empty()).unwrap_or(found);
            text.push_str(&format!("{name:width$}  # {reason}\n"));
        }
        std::fs::write(&list_path, text)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", list_path.display()));
        return;
    }

    let mut msg = String::new();
    let unexpected: Vec<(&str, &String)> = bad
        .iter()
        .filter(|(n, _)| !known.contains_key(**n))
        .map(|(n, w)| (*n, w))
        .collect();
    for (name, what) in unexpected.iter().take(10) {
        msg.push_str(&format!("  {name}: {what}\n"));
    }
    if !unexpected.is_empty() {
        msg.push_str(&format!(
            "{} program(s) leak and are not in {DIR}/{LIST}: {}\n\
             (MOULT_SHOWREFCOUNT=2 moult FILE lists the containers left)\n",
            unexpected.len(),
            first_names(unexpected.iter().map(|(n, _)| *n)),
        ));
    }
    let fixed: Vec<&String> = known
        .keys()
        .filter(|k| names.contains(*k) && !bad.contains_key(k.as_str()))
        .collect();
    if !fixed.is_empty() {
        msg.push_str(&format!(
            "{} program(s) in {DIR}/{LIST} no longer leak; remove them: {}\n",
            fixed.len(),
            first_names(fixed.iter().map(|s| s.as_str())),
        ));
    }
    let stale: Vec<&String> = known.keys().filter(|k| !names.contains(*k)).collect();
    if !stale.is_empty() {
        msg.push_str(&format!(
            "{DIR}/{LIST} names cases that do not exist: {}\n",
            first_names(stale.iter().map(|s| s.as_str())),
        ));
    }
    if !msg.is_empty() {
        msg.push_str(&format!("{BLESS_VAR}=1 rewrites the list\n"));
        panic!("\n{msg}");
    }
}

const HEADER: &str = "\
# Programs of tests/py that end with objects still allocated besides the immortal
# ones, one `area/name` per line with a `# why`. tests/leaks.rs fails when an
# unlisted program leaks or a listed one does not; MOULT_BLESS_KNOWN_LEAKS=1
# cargo test -p moult --test leaks rewrites this list (kept reasons stay).
";

fn run_all(names: &BTreeSet<String>) -> Vec<(String, Outcome)> {
    run_parallel(names, WORKERS, check)
}

fn check(name: &str) -> Outcome {
    let rel = format!("{DIR}/{name}.py");
    let run = run_moult(
        &[&rel],
        &[("PYTHONHASHSEED", "0"), ("MOULT_SHOWREFCOUNT", "1")],
        None,
        TIMEOUT,
    );
    if run.timed_out {
        return Outcome::NoCount(format!("killed after {} s", TIMEOUT.as_secs()));
    }
    let stderr = String::from_utf8_lossy(&run.stderr);
    match stderr.lines().rev().find_map(parse_count) {
        Some((live, immortal)) if live == immortal => Outcome::Clean,
        Some((live, immortal)) => Outcome::Leaked(live.saturating_sub(immortal)),
        None => Outcome::NoCount("no count on stderr (the interpreter did not tear down)".into()),
    }
}

/// `[N objects live at exit, M immortal]` -> (N, M).
fn parse_count(line: &str) -> Option<(usize, usize)> {
    let rest = line.trim().strip_prefix('[')?.strip_suffix(" immortal]")?;
    let (live, immortal) = rest.split_once(" objects live at exit, ")?;
    Some((live.parse().ok()?, immortal.parse().ok()?))
}

#[test]
fn count_line_parses() {
    assert_eq!(
        parse_count("[155 objects live at exit, 155 immortal]"),
        Some((155, 155))
    );
    assert_eq!(
        parse_count("  [7 objects live at exit, 5 immortal]\n"),
        Some((7, 5))
    );
    assert_eq!(parse_count("[x objects live at exit, 5 immortal]"), None);
    assert_eq!(parse_count("Traceback (most recent call last):"), None);
}
