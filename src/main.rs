//! `moult`: the command line, following python3's flags.
//!
//! Input modes (as CPython's `Modules/main.c`): `-c CODE`, `-m MODULE`, a script
//! path, `-` or nothing for standard input. `-d` prints the parser trace.
//! `-X dump-ast` prints the AST as `ast.dump(tree, include_attributes=True)`;
//! `-X dis` prints the compiled bytecode as `python3 -m dis` does;
//! `-X bench-parse FILE...` times tokenize+parse inside the process.
//! Otherwise the program is compiled and run by the evaluation loop.

use moult_runtime::parser::{self, report, Input, Mode};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: moult [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
Options:\n\
-c cmd : program passed in as string (terminates option list)\n\
-d     : turn on parser debugging output\n\
-h     : print this help message and exit (also -? or --help)\n\
-m mod : run library module as a script (terminates option list)\n\
-V     : print the Python version number and exit (also --version)\n\
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n\
-X opt : set implementation-specific option:\n\
         -X dump-ast: print the AST of the program instead of running it\n\
         -X dis: print the bytecode of the program as `python3 -m dis`\n\
         -X bench-parse: time reading+tokenizing+parsing of every file argument\n\
file   : program read from script file\n\
-      : program read from stdin (default; interactive mode if a tty)\n";

#[derive(Default)]
struct Options {
    command: Option<String>,
    module: Option<String>,
    script: Option<String>,
    args: Vec<String>,
    trace_parser: bool,
    xoptions: Vec<String>,
    /// `-x`: the first source line is not Python (a non-Unix `#!` line).
    skip_first_line: bool,
}

enum Parsed {
    Run(Options),
    Exit(ExitCode),
}

fn parse_args(argv: &[String]) -> Parsed {
    let mut o = Options::default();
    let mut i = 0;
    while i < argv.len() {
        let arg = &argv[i];
        i += 1;
        if arg == "--help" || arg == "-h" || arg == "-?" {
            let _ = std::io::stdout().write_all(USAGE.as_bytes());
            return Parsed::Exit(ExitCode::SUCCESS);
        }
        if arg == "--version" || arg == "-V" {
            let _ = writeln!(
                std::io::stdout(),
                "Python 3.11.7 (moult {})",
                env!("CARGO_PKG_VERSION")
            );
            return Parsed::Exit(ExitCode::SUCCESS);
        }
        if arg == "-" || !arg.starts_with('-') {
            o.script = Some(arg.clone());
            o.args = argv[i..].to_vec();
            return Parsed::Run(o);
        }
        // A cluster of one-letter flags, as in `-dX dump-ast` or `-c'print(1)'`.
        let flags: Vec<char> = arg[1..].chars().collect();
        let mut j = 0;
        while j < flags.len() {
            let f = flags[j];
            j += 1;
            let rest: String = flags[j..].iter().collect();
            match f {
                'd' => o.trace_parser = true,
                'x' => o.skip_first_line = true,
                // -O drops `assert` statements and makes `__debug__` false.
                'O' => moult_runtime::compile::set_optimize(),
                'B' | 'E' | 's' | 'S' | 'u' | 'I' | 'q' | 'b' | 'v' | 'i' => {}
                'c' | 'm' | 'X' | 'W' => {
                    let value = if !rest.is_empty() {
                        rest
                    } else if i < argv.len() {
                        i += 1;
                        argv[i - 1].clone()
                    } else {
                        eprintln!("Argument expected for the -{f} option\n{}", usage_hint());
                        return Parsed::Exit(ExitCode::from(2));
                    };
                    match f {
                        'c' => {
                            o.command = Some(value);
                            o.args = argv[i..].to_vec();
                            return Parsed::Run(o);
                        }
                        'm' => {
                            o.module = Some(value);
                            o.args = argv[i..].to_vec();
                            return Parsed::Run(o);
                        }
                        'X' => o.xoptions.push(value),
                        _ => {}
                    }
                    break;
                }
                other => {
                    eprintln!("Unknown option: -{other}\n{}", usage_hint());
                    return Parsed::Exit(ExitCode::from(2));
                }
            }
        }
    }
    Parsed::Run(o)
}

fn usage_hint() -> &'static str {
    "usage: moult [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `moult -h' for more information."
}

/// The script path as CPython shows it: made absolute by prefixing the current
/// directory, without normalising `.` or `..`.
fn display_path(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{}", cwd.display(), path),
        Err(_) => path.to_string(),
    }
}

/// Stack for the thread that runs the command: a very deep AST (a 100,000-term
/// `+` chain parses fine) is freed and dumped recursively, and the default
/// 8 MB main stack is not enough for that. Untouched stack costs nothing.
const MAIN_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    // `-X dev` turns on the allocator's debug hooks, as `PYTHONMALLOC=debug`
    // does (unless PYTHONMALLOC says otherwise). Set before any thread starts.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dev =
        args.windows(2).any(|w| w[0] == "-X" && w[1] == "dev") || args.iter().any(|a| a == "-Xdev");
    if dev && std::env::var_os("PYTHONMALLOC").is_none() {
        std::env::set_var("PYTHONMALLOC", "debug");
    }
    let worker = std::thread::Builder::new()
        .name("main".into())
        .stack_size(MAIN_STACK)
        .spawn(run);
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => {
            eprintln!("moult: internal error (a panic); please report it");
            ExitCode::from(70)
        }
        // No thread could be started: run on this one.
        Err(_) => run(),
    }
}

fn run() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&argv) {
        Parsed::Run(o) => o,
        Parsed::Exit(code) => return code,
    };
    if opts.xoptions.iter().any(|x| x == "bench-parse") {
        return bench_parse(opts.script.iter().chain(opts.args.iter()));
    }
    if let Some(module) = &opts.module {
        return ExitCode::from(moult_runtime::import::runner::run_module_main(
            module, &opts.args,
        ));
    }
    let (filename, bytes) = match (&opts.command, opts.script.as_deref()) {
        (Some(code), _) => ("<string>".to_string(), code.clone().into_bytes()),
        (None, None | Some("-")) => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                eprintln!("moult: cannot read standard input: {e}");
                return ExitCode::FAILURE;
            }
            ("<stdin>".to_string(), buf)
        }
        (None, Some(path)) => match std::fs::read(path) {
            Ok(b) => (display_path(path), b),
            Err(e) => {
                let exe = std::env::args().next().unwrap_or_else(|| "moult".into());
                eprintln!(
                    "{exe}: can't open file {}: [Errno {}] {}",
                    moult_runtime::repr::str_repr(&display_path(path)),
                    e.raw_os_error().unwrap_or(0),
                    errno_text(&e)
                );
                return ExitCode::from(2);
            }
        },
    };
    // `-x` blanks the first line but keeps its newline, so line numbers in
    // tracebacks still count it, as in CPython.
    let bytes = if opts.skip_first_line && opts.command.is_none() {
        match bytes.iter().position(|&b| b == b'\n') {
            Some(nl) => bytes[nl..].to_vec(),
            None => Vec::new(),
        }
    } else {
        bytes
    };
    let decoded = if opts.command.is_some() {
        parser::source::decode_source(&bytes)
    } else {
        parser::source::decode_file(&bytes, &filename)
    };
    let source = match decoded {
        Ok(s) => s,
        Err(mut e) => {
            // CPython quotes the line read so far, up to a NUL byte.
            if e.lineno > 0 && e.text.is_none() {
                let line = bytes
                    .split(|&b| b == b'\n')
                    .nth(e.lineno as usize - 1)
                    .unwrap_or_default();
                let upto = line.split(|&b| b == 0).next().unwrap_or_default();
                e.text = Some(String::from_utf8_lossy(upto).into_owned());
            }
            return report_error(&e, &filename, None);
        }
    };
    let input = if opts.command.is_some() {
        Input::Str
    } else {
        Input::File
    };
    let result = parser::parse_input(&source, Mode::Exec, opts.trace_parser, input);
    if opts.trace_parser {
        let _ = std::io::stderr().write_all(result.trace.as_bytes());
    }
    let module = match result.module {
        Ok(m) => m,
        Err(e) => return report_error(&e, &filename, Some(&source)),
    };
    if opts.xoptions.iter().any(|x| x == "dump-ast") {
        let mut out = moult_runtime::ast::dump(&module, true);
        out.push('\n');
        let _ = std::io::stdout().write_all(out.as_bytes());
        return ExitCode::SUCCESS;
    }
    let code = match moult_runtime::compile::compile_module(&module, &filename) {
        Ok(c) => c,
        Err(e) => return report_error(&e.to_parse_error(&source), &filename, Some(&source)),
    };
    if opts.xoptions.iter().any(|x| x == "dis") {
        let out = moult_runtime::compile::dis::disassemble(&code);
        let _ = std::io::stdout().write_all(out.as_bytes());
        return ExitCode::SUCCESS;
    }
    // Module-level statements run here; the compiled code no longer needs the AST.
    drop(module);
    ExitCode::from(moult_runtime::import::runner::run_main(
        code,
        &source,
        &main_args(&opts, &filename),
    ))
}

/// `sys.argv` and `sys.path[0]` as python3 sets them: `-c` gives
/// `['-c', args...]` and `''`; a script gives its path as typed and its
/// folder made absolute; standard input gives `''` (or `'-'`) and `''`.
fn main_args(opts: &Options, filename: &str) -> moult_runtime::import::runner::MainArgs {
    use moult_runtime::import::runner::MainArgs;
    let mut argv = Vec::new();
    let (path0, file) = match (&opts.command, opts.script.as_deref()) {
        (Some(_), _) => {
            argv.push("-c".to_string());
            (String::new(), None)
        }
        (None, None) => {
            argv.push(String::new());
            (String::new(), None)
        }
        (None, Some("-")) => {
            argv.push("-".to_string());
            (String::new(), None)
        }
        (None, Some(path)) => {
            argv.push(path.to_string());
            let dir = match filename.rfind('/') {
                Some(0) => "/".to_string(),
                Some(i) => filename[..i].to_string(),
                None => String::new(),
            };
            (dir, Some(filename.to_string()))
        }
    };
    argv.extend(opts.args.iter().cloned());
    MainArgs { argv, path0, file }
}

fn report_error(e: &parser::error::ParseError, filename: &str, source: Option<&str>) -> ExitCode {
    let text = e
        .text
        .clone()
        .or_else(|| source.and_then(|s| report::source_line(s, e.lineno)));
    let _ = std::io::stdout().flush();
    eprint!(
        "{}",
        report::format_syntax_error(e, filename, text.as_deref())
    );
    ExitCode::FAILURE
}

/// CPython prints `strerror(errno)`; Rust's io::Error adds " (os error N)".
fn errno_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn bench_parse<'a>(files: impl Iterator<Item = &'a String>) -> ExitCode {
    let paths: Vec<&String> = files.collect();
    let start = std::time::Instant::now();
    let (mut ok, mut failed) = (0usize, 0usize);
    for path in &paths {
        let Ok(bytes) = std::fs::read(path) else {
            failed += 1;
            continue;
        };
        let parsed = parser::source::decode_source(&bytes)
            .ok()
            .map(|src| parser::parse(&src, Mode::Exec, false));
        match parsed {
            Some(r) if r.module.is_ok() => ok += 1,
            _ => failed += 1,
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mut out = format!("parsed {ok} files in {secs:.6} s\n");
    if failed > 0 {
        out.push_str(&format!("{failed} files failed to parse\n"));
    }
    let _ = std::io::stdout().write_all(out.as_bytes());
    ExitCode::SUCCESS
}
