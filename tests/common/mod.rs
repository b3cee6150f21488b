//! Pieces shared by the integration tests that run the `moult` binary
//! (`frontend.rs`, `programs.rs`): running it with a deadline and quoting
//! long output lines.

#![allow(dead_code)]

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, ExitStatus, Stdio};
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
