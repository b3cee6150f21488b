//! Language forks (docs/forking.md): each folder `examples/<fork>/` holds a spec
//! folder `grammar/` (overlays of `grammar/`) and programs `programs/<name>.py`
//! with their expected stdout `<name>.out` (and stderr `<name>.err`, whose
//! files are named relative to the repository root; a case with `.err` exits 1),
//! and `<name>.args`, options given before the program (`-X dis`).
//!
//! For each fork this builds the `moult` binary with `MOULT_GRAMMAR` pointing at
//! the fork, in its own target folder (`<target>/forks/<fork>`, so the normal
//! build is left alone and a second run is incremental), then runs every
//! program and compares. A cold build compiles the dependencies once per fork;
//! docs/forking.md gives the measured times. Set `MOULT_SKIP_FORKS=1` to skip.

mod common;

use common::root;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// One fork build at a time: each is a whole `cargo build` of the runtime.
static BUILDS: Mutex<()> = Mutex::new(());

#[test]
fn almost_equal() {
    check_fork("almost_equal");
}

#[test]
fn teaching() {
    check_fork("teaching");
}

fn check_fork(fork: &str) {
    if std::env::var_os("MOULT_SKIP_FORKS").is_some_and(|v| v != "0") {
        eprintln!("MOULT_SKIP_FORKS is set: fork `{fork}` not built");
        return;
    }
    let exe = {
        let _one = BUILDS.lock().unwrap_or_else(|e| e.into_inner());
        build(fork)
    };
    let dir = root().join("examples").join(fork).join("programs");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    assert!(!programs.is_empty(), "no programs in {}", dir.display());
    let mut failures = Vec::new();
    for program in &programs {
        if let Err(why) = run_program(&exe, program) {
            failures.push(format!("{}: {why}", program.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "fork `{fork}`: {} of {} programs differ:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}

/// The folder cargo builds into: this test runs from `<target>/<profile>/deps/`.
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    exe.ancestors()
        .nth(3)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| root().join("target"))
}

/// `MOULT_GRAMMAR=examples/<fork>/grammar cargo build --bin moult`; the binary.
fn build(fork: &str) -> PathBuf {
    let target = target_dir().join("forks").join(fork);
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "build",
            "--quiet",
            "-p",
            "moult",
            "--bin",
            "moult",
            "--target-dir",
        ])
        .arg(&target)
        .current_dir(root())
        .env("MOULT_GRAMMAR", format!("examples/{fork}/grammar"))
        .output()
        .expect("run cargo");
    assert!(
        out.status.success(),
        "building fork `{fork}` failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    target.join("debug").join("moult")
}

fn run_program(exe: &Path, program: &Path) -> Result<(), String> {
    let rel = program.strip_prefix(root()).unwrap_or(program);
    let args = std::fs::read_to_string(program.with_extension("args")).unwrap_or_default();
    let out = Command::new(exe)
        .args(args.split_whitespace())
        .arg(rel)
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    let expected = |ext: &str| std::fs::read_to_string(program.with_extension(ext)).ok();
    let want_out = expected("out").ok_or("no .out file")?;
    let want_err = expected("err").unwrap_or_default();
    let prefix = format!("{}/", root().display());
    let got_out = String::from_utf8_lossy(&out.stdout);
    let got_err = String::from_utf8_lossy(&out.stderr).replace(&prefix, "");
    let want_rc = if want_err.is_empty() { 0 } else { 1 };
    if got_out != want_out {
        return Err(format!("stdout:\n{got_out}\nexpected:\n{want_out}"));
    }
    if got_err != want_err {
        return Err(format!("stderr:\n{got_err}\nexpected:\n{want_err}"));
    }
    if out.status.code() != Some(want_rc) {
        return Err(format!(
            "exit status {:?}, expected {want_rc}",
            out.status.code()
        ));
    }
    Ok(())
}
