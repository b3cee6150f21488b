//! The command line's input modes (`-c`, `-m`, standard input) against
//! python3 run the same way at test time: `sys.argv`, `sys.path[0]`,
//! `__name__`, exit statuses and the traceback of a `-c` program. Skipped
//! when no CPython 3.11 is on the PATH.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::{root, run_moult};

/// python3's stdout, stderr and status for `args` with `stdin`, if python3 is 3.11.
fn python(args: &[&str], stdin: Option<&[u8]>) -> Option<(Vec<u8>, Vec<u8>, Option<i32>)> {
    let version = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .ok()?;
    if version.stdout != b"True\n" {
        return None;
    }
    let mut child = Command::new("python3")
        .args(args)
        .current_dir(root())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    if let (Some(input), Some(mut pipe)) = (stdin, child.stdin.take()) {
        use std::io::Write;
        let _ = pipe.write_all(input);
    }
    let out = child.wait_with_output().ok()?;
    Some((out.stdout, out.stderr, out.status.code()))
}

#[test]
fn input_modes_match_python3() {
    let cases: &[(&[&str], Option<&[u8]>)] = &[
        (
            &[
                "-c",
                "import sys; print(sys.argv, repr(sys.path[0]), __name__, __package__)",
                "a",
                "-b",
            ],
            None,
        ),
        (&["-c", "import sys; sys.exit(7)"], None),
        (&["-c", "raise SystemExit('bye')"], None),
        (&["-c", "print('out'); 1/0"], None),
        (&["-m", "__hello__"], None),
        (&["-m", "__phello__.spam", "x"], None),
        (
            &["-"],
            Some(b"import sys\nprint(sys.argv, repr(sys.path[0]), __name__)\nexit(3)\n"),
        ),
        (&[], Some(b"print(input(), input())\n")),
    ];
    let mut failures = Vec::new();
    for (args, stdin) in cases {
        let Some((out, err, code)) = python(args, *stdin) else {
            eprintln!("cli: no CPython 3.11 on the PATH; skipped");
            return;
        };
        let run = run_moult(args, &[], *stdin, Duration::from_secs(30));
        let got = (run.stdout, run.stderr, run.status.and_then(|s| s.code()));
        if got != (out.clone(), err.clone(), code) {
            failures.push(format!(
                "moult {args:?}\n  python3: {:?} {:?} {code:?}\n  moult:   {:?} {:?} {:?}",
                String::from_utf8_lossy(&out),
                String::from_utf8_lossy(&err),
                String::from_utf8_lossy(&got.0),
                String::from_utf8_lossy(&got.1),
                got.2
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
