//! Differential tests of the compiler: `tests/dis/<name>.py` under
//! `moult -X dis` must list, once normalised, what `<name>.dis` holds.
//!
//! The `.dis` files are python3's `dis` listings normalised by
//! `tests/dis/regen.py` (run it with CPython 3.11 to regenerate them); this file
//! applies the same normalisation to moult's listing, which differs from
//! CPython's in offsets (no CACHE entries) and in the numbering of
//! `BINARY_OP`/`COMPARE_OP` arguments. `tests/dis/KNOWN_FAILURES` lists cases
//! that differ for now (a listed case that passes fails the test, so the list
//! stays true).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::Command;

const MOULT: &str = env!("CARGO_BIN_EXE_moult");

/// Share of the cases that must match, known failures or not.
const MIN_PASS: f64 = 0.7;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn is_jump(op: &str) -> bool {
    op.contains("JUMP") || op == "FOR_ITER" || op == "SEND"
}

/// `<code object f at 0x..., file "x.py", line 1>` -> `<code object f, line 1>`.
fn strip_code_repr(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("<code object ") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + "<code object ".len()..];
        let name = tail.split(' ').next().unwrap_or("");
        // The repr ends at the first "line N>" after the name.
        let Some(at) = tail.find(", line ") else {
            break;
        };
        let after = &tail[at + ", line ".len()..];
        let digits: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
        out.push_str(&format!("<code object {name}, line {digits}>"));
        rest = after.get(digits.len() + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

struct Row {
    lineno: String,
    offset: usize,
    op: String,
    arg: String,
    argrepr: String,
}

/// The normal form of a `dis` listing (see tests/dis/regen.py).
fn normalise(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut sections: Vec<Vec<&str>> = vec![Vec::new()];
    for line in text.lines() {
        if line.starts_with("Disassembly of ") {
            sections.push(Vec::new());
        }
        if let Some(last) = sections.last_mut() {
            last.push(line);
        }
    }
    for section in sections {
        let mut lines = section.as_slice();
        if let Some(first) = lines.first() {
            if first.starts_with("Disassembly of ") {
                out.push(strip_code_repr(first));
                lines = &lines[1..];
            }
        }
        let mut rows: Vec<Row> = Vec::new();
        let mut table: Vec<(usize, usize, usize, String, bool)> = Vec::new();
        let mut in_table = false;
        let mut carried = String::new();
        for line in lines {
            if line.trim().is_empty() {
                continue;
            }
            if *line == "ExceptionTable:" {
                in_table = true;
                continue;
            }
            if in_table {
                // "  A to B -> C [D] lasti"
                let words: Vec<&str> = line.split_whitespace().collect();
                if words.len() >= 6 {
                    let num = |w: &str| w.parse::<usize>().unwrap_or(0);
                    table.push((
                        num(words[0]),
                        num(words[2]),
                        num(words[4]),
                        words[5].to_string(),
                        words.len() > 6,
                    ));
                }
                continue;
            }
            // [line] [>>] offset OPNAME [arg] [(argrepr)]; the columns widen
            // past line 999, so the fields are told apart by their form.
            let words: Vec<&str> = line.split_whitespace().collect();
            let is_num = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
            let Some(k) = words.iter().position(|w| !is_num(w) && *w != ">>") else {
                continue;
            };
            let numbers: Vec<&str> = words[..k].iter().copied().filter(|w| is_num(w)).collect();
            let mut lineno = if numbers.len() == 2 {
                numbers[0].to_string()
            } else {
                String::new()
            };
            let offset = numbers.last().and_then(|n| n.parse().ok()).unwrap_or(0);
            let op = words[k].to_string();
            // Needed or not depending on the offsets, which differ; its line
            // goes to the instruction it prefixes.
            if op == "EXTENDED_ARG" {
                carried = lineno;
                continue;
            }
            if lineno.is_empty() {
                lineno = std::mem::take(&mut carried);
            }
            carried.clear();
            let Some(at) = line.find(&format!(" {op}")) else {
                continue;
            };
            let body = &line[at + 1..];
            let mut rest = body[op.len()..].trim();
            let mut arg = String::new();
            if let Some(first) = rest.split_whitespace().next() {
                if first
                    .trim_start_matches('-')
                    .chars()
                    .all(|c| c.is_ascii_digit())
                    && !first.is_empty()
                {
                    arg = first.to_string();
                    rest = rest[first.len()..].trim();
                }
            }
            let argrepr = if rest.starts_with('(') && rest.ends_with(')') {
                rest[1..rest.len() - 1].to_string()
            } else {
                String::new()
            };
            rows.push(Row {
                lineno,
                offset,
                op,
                arg,
                argrepr: strip_code_repr(&argrepr),
            });
        }
        // The last instruction at or before an offset (for range ends), and
        // the one at it or, for a dropped EXTENDED_ARG, the one it prefixes.
        let ordinal = |off: usize| rows.iter().rposition(|r| r.offset <= off).unwrap_or(0);
        let target = |off: usize| {
            rows.iter()
                .position(|r| r.offset >= off)
                .unwrap_or(rows.len().saturating_sub(1))
        };
        let mut targets = BTreeSet::new();
        for r in &rows {
            if is_jump(&r.op) {
                if let Some(t) = r
                    .argrepr
                    .strip_prefix("to ")
                    .and_then(|t| t.parse::<usize>().ok())
                {
                    targets.insert(target(t));
                }
            }
        }
        for t in &table {
            targets.insert(target(t.2));
        }
        let labels: BTreeMap<usize, String> = targets
            .iter()
            .enumerate()
            .map(|(k, &t)| (t, format!("L{}", k + 1)))
            .collect();
        for (k, r) in rows.iter().enumerate() {
            let (mut arg, mut argrepr) = (r.arg.clone(), r.argrepr.clone());
            if is_jump(&r.op) {
                if let Some(t) = r
                    .argrepr
                    .strip_prefix("to ")
                    .and_then(|t| t.parse::<usize>().ok())
                {
                    argrepr = format!("to {}", labels.get(&target(t)).cloned().unwrap_or_default());
                    arg.clear();
                }
            }
            if r.op == "BINARY_OP" || r.op == "COMPARE_OP" {
                arg.clear();
            }
            let label = labels.get(&k).map(|l| format!("{l}:")).unwrap_or_default();
            let mut text = format!("{:>4} {:<4} {}", r.lineno, label, r.op);
            if !arg.is_empty() {
                text.push(' ');
                text.push_str(&arg);
            }
            if !argrepr.is_empty() {
                text.push_str(&format!(" ({argrepr})"));
            }
            out.push(text.trim_end().to_string());
        }
        if !table.is_empty() {
            out.push("ExceptionTable:".to_string());
            for (start, end, handler, depth, lasti) in &table {
                let label = labels.get(&target(*handler)).cloned().unwrap_or_default();
                out.push(format!(
                    "  #{} to #{} -> {label} {depth}{}",
                    target(*start),
                    ordinal(*end),
                    if *lasti { " lasti" } else { "" }
                ));
            }
        }
    }
    out.join("\n") + "\n"
}

fn known_failures() -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join("tests/dis/KNOWN_FAILURES")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let i = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    let from = i.saturating_sub(3);
    let mut s = String::new();
    for k in from..(i + 4) {
        if let Some(l) = w.get(k) {
            s.push_str(&format!("  - {l}\n"));
        }
        if let Some(l) = g.get(k) {
            s.push_str(&format!("  + {l}\n"));
        }
    }
    s
}

#[test]
fn dis_matches_python() {
    let dir = root().join("tests/dis");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/dis exists")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "py" && p.file_stem()? != "regen")
                .then(|| p.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let known = known_failures();
    let mut failed = Vec::new();
    let mut report = String::new();
    for name in &names {
        let want = std::fs::read_to_string(dir.join(format!("{name}.dis"))).unwrap_or_default();
        let out = Command::new(MOULT)
            .args(["-X", "dis", &format!("tests/dis/{name}.py")])
            .current_dir(root())
            .output();
        let got = match out {
            Ok(o) if o.status.success() => normalise(&String::from_utf8_lossy(&o.stdout)),
            Ok(o) => format!("moult failed: {}\n", String::from_utf8_lossy(&o.stderr)),
            Err(e) => format!("cannot run moult: {e}\n"),
        };
        if got != want {
            if !known.contains(name) {
                report.push_str(&format!(
                    "--- tests/dis/{name}.py differs (- python3, + moult):\n{}",
                    first_difference(&want, &got)
                ));
            }
            failed.push(name.clone());
        }
    }
    let now_passing: Vec<&String> = known
        .iter()
        .filter(|k| names.contains(k) && !failed.contains(k))
        .collect();
    if !now_passing.is_empty() {
        report.push_str(&format!(
            "listed in tests/dis/KNOWN_FAILURES but passing now: {now_passing:?}\n"
        ));
    }
    let passed = names.len() - failed.len();
    if (passed as f64) < MIN_PASS * names.len() as f64 {
        report.push_str(&format!(
            "only {passed} of {} listings match\n",
            names.len()
        ));
    }
    assert!(
        report.is_empty(),
        "\n{report}(expectations: python3 tests/dis/regen.py)"
    );
    eprintln!(
        "tests/dis: {passed} of {} listings match python3",
        names.len()
    );
}

#[test]
fn normalise_labels_jumps_and_drops_offsets() {
    let text = "  1           0 RESUME                   0\n\n  2     >>    2 LOAD_NAME                0 (x)\n              4 POP_JUMP_BACKWARD_IF_TRUE     2 (to 2)\n";
    assert_eq!(normalise(text), "   1      RESUME 0\n   2 L1:  LOAD_NAME 0 (x)\n          POP_JUMP_BACKWARD_IF_TRUE (to L1)\n");
}
