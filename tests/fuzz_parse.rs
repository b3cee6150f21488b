//! The front end never panics: bytes -> `decode_file` -> `parse` always ends in
//! an AST or an error value, never a panic, a stack overflow or a hang.
//!
//! Two tests. `mutants` feeds deterministic mutants of the corpus files
//! (`tests/parse`, `tests/syntax_errors`, `examples`) through the front end;
//! `MOULT_FUZZ_CASES=100000` runs more than the default, `MOULT_FUZZ_SEED=N`
//! another sequence. `deep_nesting` runs hand-written extreme inputs and checks
//! the error CPython 3.11 gives for each (its answers are written below);
//! `MOULT_FUZZ_BIG=N` sets the length of its "100k" cases.
//!
//! A panic inside the parser thread comes back as an "internal error" message;
//! that counts as a failure like a panic in `decode_file` or a case running
//! longer than `CASE_LIMIT`. Failures print the input, escaped and shortened.

use std::panic;
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use moult_runtime::parser::error::{ErrorKind, ParseError};
use moult_runtime::parser::{parse, source, Mode};

/// Mutants run by default: sized so the debug build stays well under a minute
/// on a loaded two-core machine.
const DEFAULT_CASES: usize = 20_000;

/// One input taking longer than this is a hang.
const CASE_LIMIT: Duration = Duration::from_secs(10);

/// How many failing inputs are shown in full.
const SHOWN: usize = 8;

/// xorshift64*: small, fast and the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The corpus files, in a fixed order so runs are reproducible.
fn seeds() -> Vec<Vec<u8>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in ["tests/parse", "tests/syntax_errors", "examples"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "py") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

/// Text that often sits on the edge of a tokenizer or parser decision.
const SNIPPETS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "\\",
    "\\\n",
    "f\"{",
    "f'{",
    "}",
    "f'{x!r:{y}}'",
    "rb'",
    "\n",
    "\n    ",
    "\n\t",
    "    ",
    "\t",
    ":",
    ";",
    ",",
    "#",
    "\r",
    "\r\n",
    "\x0c",
    "\0",
    "é",
    "\u{200b}",
    "€",
    "\u{1F600}",
    "0x",
    "1_",
    "1e",
    "1j",
    ".",
    "...",
    "=",
    ":=",
    "->",
    "**",
    "*",
    "@",
    "lambda",
    "yield",
    "await",
    "async ",
    "match ",
    "case ",
    "_",
    "if",
    "else",
    "not ",
    "in",
    "is",
    "pass",
    "def f(",
    "class C",
    "import",
    "from",
    "global x",
    "# coding: latin-1\n",
    "# -*- coding: ascii -*-\n",
    "\u{feff}",
    "\u{ff}",
    "ň",
];

/// One random edit of `buf`; `other` is a second file for splicing.
fn mutate_once(rng: &mut Rng, buf: &mut Vec<u8>, other: &[u8]) {
    let len = buf.len();
    let at = rng.below(len + 1);
    match rng.below(11) {
        // Flip one bit.
        0 if len > 0 => {
            let i = rng.below(len);
            buf[i] ^= 1 << rng.below(8);
        }
        // Replace a byte with any byte.
        1 if len > 0 => {
            let i = rng.below(len);
            buf[i] = rng.next() as u8;
        }
        // Insert a byte, printable ASCII most of the time.
        2 => {
            let b = if rng.below(4) == 0 {
                rng.next() as u8
            } else {
                0x20 + rng.below(0x5f) as u8
            };
            buf.insert(at, b);
        }
        // Delete a few bytes.
        3 if len > 0 => {
            let n = 1 + rng.below(4);
            buf.drain(at.min(len - 1)..(at + n).min(len));
        }
        // Delete a token-ish run of non-space bytes.
        4 => {
            let (s, e) = word_at(buf, at);
            buf.drain(s..e);
        }
        // Duplicate a token-ish run.
        5 => {
            let (s, e) = word_at(buf, at);
            let word = buf[s..e].to_vec();
            buf.splice(e..e, word);
        }
        // Truncate.
        6 => buf.truncate(at),
        // Splice: this file's head and the other's tail.
        7 => {
            let from = rng.below(other.len() + 1);
            buf.truncate(at);
            buf.extend_from_slice(&other[from..]);
        }
        // Duplicate or drop a whole line.
        8 => {
            let s = buf[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let e = buf[at..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(len, |i| at + i + 1);
            if rng.below(2) == 0 {
                let line = buf[s..e].to_vec();
                buf.splice(s..s, line);
            } else {
                buf.drain(s..e);
            }
        }
        // Indent or dedent a line.
        9 => {
            let s = buf[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            if rng.below(2) == 0 {
                let pad = *rng.pick(&[" ", "    ", "\t", "        ", " \t"]);
                buf.splice(s..s, pad.bytes());
            } else {
                let n = buf[s..]
                    .iter()
                    .take_while(|&&b| b == b' ' || b == b'\t')
                    .count();
                buf.drain(s..s + n.min(1 + rng.below(4)));
            }
        }
        // Insert a snippet.
        _ => {
            let snippet = rng.pick(SNIPPETS).as_bytes();
            buf.splice(at..at, snippet.iter().copied());
        }
    }
}

/// The run of non-space bytes around `at` (possibly empty).
fn word_at(buf: &[u8], at: usize) -> (usize, usize) {
    let space = |b: &u8| b.is_ascii_whitespace();
    let s = buf[..at].iter().rposition(space).map_or(0, |i| i + 1);
    let e = buf[at..]
        .iter()
        .position(space)
        .map_or(buf.len(), |i| at + i);
    (s, e)
}

/// Mutant number `case` of the sequence: one seed with one to four edits.
fn mutant(rng: &mut Rng, seeds: &[Vec<u8>]) -> (Vec<u8>, Mode) {
    let mut buf = rng.pick(seeds).clone();
    let other = rng.pick(seeds);
    for _ in 0..1 + rng.below(4) {
        mutate_once(rng, &mut buf, other);
    }
    let mode = match rng.below(20) {
        0 => Mode::Eval,
        1 => Mode::Single,
        2 => Mode::FuncType,
        _ => Mode::Exec,
    };
    (buf, mode)
}

/// What the front end made of one input.
#[derive(Debug)]
enum Outcome {
    Parsed,
    Rejected(ParseError),
}

/// Runs one input as `moult FILE` would, in `mode`. `Err` is a bug: a panic or
/// an internal error.
fn front_end(bytes: &[u8], mode: Mode) -> Result<Outcome, String> {
    let decoded = panic::catch_unwind(|| source::decode_file(bytes, "<fuzz>"));
    let text = match decoded {
        Err(p) => return Err(format!("decode_file panicked: {}", panic_text(&p))),
        Ok(Err(e)) => return Ok(Outcome::Rejected(e)),
        Ok(Ok(text)) => text,
    };
    match parse(&text, mode, false).module {
        Ok(_) => Ok(Outcome::Parsed),
        Err(e) if e.msg.starts_with("internal error") => Err(e.msg),
        Err(e) => Ok(Outcome::Rejected(e)),
    }
}

fn panic_text(p: &Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

/// The input as a Rust byte-string literal, its middle cut when long.
fn show(bytes: &[u8]) -> String {
    const KEEP: usize = 300;
    let esc = |b: &[u8]| b.escape_ascii().to_string();
    if bytes.len() <= 2 * KEEP {
        format!("b\"{}\"", esc(bytes))
    } else {
        let cut = bytes.len() - 2 * KEEP;
        format!(
            "b\"{}\" ... ({cut} bytes) ... b\"{}\"",
            esc(&bytes[..KEEP]),
            esc(&bytes[bytes.len() - KEEP..])
        )
    }
}

/// An input, its mode and when it started.
type Started = (Instant, Vec<u8>, Mode);

/// The input a worker is on, for the watchdog.
#[derive(Clone, Default)]
struct Current(Arc<Mutex<Option<Started>>>);

impl Current {
    fn set(&self, input: &[u8], mode: Mode) {
        if let Ok(mut c) = self.0.lock() {
            *c = Some((Instant::now(), input.to_vec(), mode));
        }
    }
}

/// Stack of the worker thread. The parser runs on its own large stack, but
/// the tree it returns is dropped here, and dropping a 100k-deep `a+a+...`
/// recurses once per level.
const WORKER_STACK: usize = 256 << 20;

/// Runs `job` on a worker thread under a watchdog that panics, naming the
/// input, when one input (announced with `Current::set`) runs longer than
/// `CASE_LIMIT`.
fn watched<T: Send + 'static>(name: &str, job: impl FnOnce(Current) -> T + Send + 'static) -> T {
    let current = Current::default();
    let (done_tx, done_rx) = mpsc::channel();
    let worker_current = current.clone();
    let spawned = thread::Builder::new()
        .name(format!("fuzz-{name}"))
        .stack_size(WORKER_STACK)
        .spawn(move || {
            let _ = done_tx.send(job(worker_current));
        });
    assert!(spawned.is_ok(), "cannot start the fuzz worker");
    loop {
        match done_rx.recv_timeout(Duration::from_millis(200)) {
            Ok(result) => return result,
            Err(mpsc::RecvTimeoutError::Disconnected) => panic!("the fuzz worker died"),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let guard = current.0.lock().unwrap_or_else(|e| e.into_inner());
                if let Some((start, input, mode)) = guard.as_ref() {
                    if start.elapsed() > CASE_LIMIT {
                        panic!(
                            "one input ran longer than {CASE_LIMIT:?} (mode {mode:?}): {}",
                            show(input)
                        );
                    }
                }
            }
        }
    }
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.trim().parse().ok()
}

#[test]
fn mutants() {
    let seeds = seeds();
    assert!(
        seeds.len() > 100,
        "corpus not found: {} seed files",
        seeds.len()
    );
    let total = env_number("MOULT_FUZZ_CASES").map_or(DEFAULT_CASES, |n| n as usize);
    let mut rng = Rng::new(env_number("MOULT_FUZZ_SEED").unwrap_or(0x006d_6f75_6c74));
    let start = Instant::now();
    let failures = watched("mutants", move |current| {
        let mut failures = Vec::new();
        for _ in 0..total {
            let (input, mode) = mutant(&mut rng, &seeds);
            current.set(&input, mode);
            if let Err(why) = front_end(&input, mode) {
                failures.push(format!("{why}\n  mode {mode:?}, input {}", show(&input)));
            }
        }
        failures
    });
    eprintln!("fuzz_parse: {total} mutants in {:.1?}", start.elapsed());
    report(total, &failures);
}

fn report(count: usize, failures: &[String]) {
    if failures.is_empty() {
        return;
    }
    let mut text = String::new();
    for f in failures.iter().take(SHOWN) {
        text.push_str(f);
        text.push_str("\n\n");
    }
    panic!("{text}{} of {count} inputs failed", failures.len());
}

/// What python3 (3.11) says about an input.
enum Want {
    /// The parser accepts it. (CPython may still fail later, building the
    /// `ast` objects or compiling, with a `RecursionError`.)
    Parses,
    /// `MemoryError` from the parser's depth limit; CPython gives no position.
    TooDeep,
    /// This error at this line and 1-based offset.
    Error(ErrorKind, &'static str, u32, u32),
}

/// Nested `if` blocks, one level deeper per line, `depth` of them.
fn nested_ifs(depth: usize) -> String {
    let mut s: String = (0..depth)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    s.push_str(&" ".repeat(depth));
    s.push_str("pass\n");
    s
}

fn joined(sep: &str, item: &str, n: usize) -> String {
    vec![item; n].join(sep)
}

/// Extreme inputs and python3's answers, found with
/// `compile(src, "<fuzz>", "exec", ast.PyCF_ONLY_AST)`. The "100k" cases
/// have `big` items.
fn deep_cases(big: usize) -> Vec<(&'static str, String, Want)> {
    use ErrorKind::*;
    use Want::*;
    let parens = "too many nested parentheses";
    vec![
        (
            "10k (",
            "(".repeat(10_000),
            Error(SyntaxError, parens, 1, 201),
        ),
        (
            "10k [",
            "[".repeat(10_000),
            Error(SyntaxError, parens, 1, 201),
        ),
        (
            "10k {",
            "{".repeat(10_000),
            Error(SyntaxError, parens, 1, 201),
        ),
        (
            "10k f(",
            "f(".repeat(10_000),
            Error(SyntaxError, parens, 1, 402),
        ),
        (
            "199 ( )",
            format!("{}1{}\n", "(".repeat(199), ")".repeat(199)),
            Parses,
        ),
        (
            "200 ( )",
            format!("{}1{}\n", "(".repeat(200), ")".repeat(200)),
            Parses,
        ),
        (
            "150 f( )",
            format!("{}{}\n", "f(".repeat(150), ")".repeat(150)),
            Parses,
        ),
        ("10k -", format!("{}1\n", "-".repeat(10_000)), TooDeep),
        ("1k -", format!("{}1\n", "-".repeat(1_000)), Parses),
        ("10k ~", format!("{}1\n", "~".repeat(10_000)), TooDeep),
        ("10k not", format!("{}x\n", "not ".repeat(10_000)), TooDeep),
        (
            "10k lambda",
            format!("{}x\n", "lambda:".repeat(10_000)),
            TooDeep,
        ),
        (
            "10k **",
            format!("{}\n", joined("**", "a", 10_000)),
            TooDeep,
        ),
        (
            "10k if-else",
            format!("x = {}c\n", "a if b else ".repeat(10_000)),
            TooDeep,
        ),
        (
            "10k elif",
            format!("if x:\n pass\n{}", "elif x:\n pass\n".repeat(10_000)),
            TooDeep,
        ),
        (
            "10k *",
            format!("{}a\n", "*".repeat(10_000)),
            Error(SyntaxError, "invalid syntax", 1, 1),
        ),
        (
            "10k await",
            format!("{}x\n", "await ".repeat(10_000)),
            Error(SyntaxError, "invalid syntax", 1, 7),
        ),
        ("99 ifs", nested_ifs(99), Parses),
        (
            "100 ifs",
            nested_ifs(100),
            Error(IndentationError, "too many levels of indentation", 101, 1),
        ),
        (
            "101 ifs",
            nested_ifs(101),
            Error(IndentationError, "too many levels of indentation", 101, 1),
        ),
        (
            "f'{{{",
            format!("f'{}", "{".repeat(10_000)),
            Error(
                SyntaxError,
                "unterminated string literal (detected at line 1)",
                1,
                1,
            ),
        ),
        (
            "10k @d",
            format!("{}def f(): pass\n", "@d\n".repeat(10_000)),
            Parses,
        ),
        // Left-recursive chains: CPython's parser loops, so these parse.
        ("10k a.", format!("{}a\n", "a.".repeat(10_000)), Parses),
        ("10k [0]", format!("a{}\n", "[0]".repeat(10_000)), Parses),
        ("10k ()", format!("f{}\n", "()".repeat(10_000)), Parses),
        ("100k +", format!("x = {}\n", joined("+", "a", big)), Parses),
        (
            "100k and",
            format!("{}\n", joined(" and ", "a", big)),
            Parses,
        ),
        ("100k <", format!("{}\n", joined(" < ", "a", big)), Parses),
        (
            "100k tuple",
            format!("x = ({})\n", joined(",", "1", big)),
            Parses,
        ),
        (
            "100k strings",
            format!("x = {}\n", joined(" ", "'a'", big)),
            Parses,
        ),
        (
            "1 MB string",
            format!("x = '{}'\n", "a".repeat(1 << 20)),
            Parses,
        ),
        ("100k lines", "x = 1\n".repeat(big), Parses),
    ]
}

#[test]
fn deep_nesting() {
    let start = Instant::now();
    let wrong = watched("deep", |current| {
        let mut wrong = Vec::new();
        for (name, src, want) in deep_cases(big()) {
            let bytes = src.into_bytes();
            current.set(&bytes, Mode::Exec);
            match front_end(&bytes, Mode::Exec) {
                Err(bug) => wrong.push(format!("{name}: {bug}")),
                Ok(got) => {
                    if let Some(diff) = compare(&want, &got) {
                        wrong.push(format!("{name}: {diff}"));
                    }
                }
            }
        }
        wrong
    });
    eprintln!("fuzz_parse: deep cases in {:.1?}", start.elapsed());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The length of the "100k" cases: 100,000 in a release build, 10,000 in a
/// debug build (whose parser is some 20 times slower: 100,000 `+` terms take
/// over 20 s), or `MOULT_FUZZ_BIG`.
fn big() -> usize {
    match env_number("MOULT_FUZZ_BIG") {
        Some(n) => n as usize,
        None if cfg!(debug_assertions) => 10_000,
        None => 100_000,
    }
}

/// `None` when moult agrees with python3, else the difference.
fn compare(want: &Want, got: &Outcome) -> Option<String> {
    let ok = match (want, got) {
        (Want::Parses, Outcome::Parsed) => true,
        (Want::TooDeep, Outcome::Rejected(e)) => e.kind == ErrorKind::MemoryError,
        (Want::Error(kind, msg, line, offset), Outcome::Rejected(e)) => {
            e.kind == *kind && e.msg == *msg && e.lineno == *line && e.offset == *offset
        }
        _ => false,
    };
    if ok {
        return None;
    }
    let want = match want {
        Want::Parses => "parses".to_string(),
        Want::TooDeep => "MemoryError".to_string(),
        Want::Error(kind, msg, line, offset) => {
            format!("{}: {msg} at {line}:{offset}", kind.name())
        }
    };
    let got = match got {
        Outcome::Parsed => "parses".to_string(),
        Outcome::Rejected(e) => {
            format!("{}: {} at {}:{}", e.kind.name(), e.msg, e.lineno, e.offset)
        }
    };
    Some(format!("python3 {want}, moult {got}"))
}
