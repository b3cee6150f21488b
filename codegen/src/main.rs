//! `moult-codegen dump <artifact> [spec-dir]`: prints the generated code of one
//! artifact (`tokens`, `parser`, `ast`, `opcodes`, `operators`), formatted.
//! `moult-codegen check [spec-dir]` reads every spec and prints all diagnostics.

use moult_codegen::{generate, pretty, specs::Specs, ARTIFACTS};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let start = std::env::current_dir().unwrap_or_default();
    let (what, dir) = match args.as_slice() {
        [cmd, art] if cmd == "dump" => (Some(art.as_str()), None),
        [cmd, art, dir] if cmd == "dump" => (Some(art.as_str()), Some(dir.as_str())),
        [cmd] if cmd == "check" => (None, None),
        [cmd, dir] if cmd == "check" => (None, Some(dir.as_str())),
        _ => {
            eprintln!(
                "usage: moult-codegen dump <{}> [spec-dir]\n       moult-codegen check [spec-dir]",
                ARTIFACTS.join("|")
            );
            return ExitCode::from(2);
        }
    };
    let specs = match Specs::load(&start, dir) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut failed = false;
    for art in ARTIFACTS.iter().filter(|a| what.is_none_or(|w| w == **a)) {
        match generate(art, &specs) {
            // A closed pipe (`| head`) ends the dump quietly.
            Ok(code) if what.is_some() => {
                let _ = std::io::stdout().write_all(pretty(&code).as_bytes());
            }
            Ok(_) => println!("{art}: ok"),
            Err(e) => {
                eprintln!("{e}");
                failed = true;
            }
        }
    }
    if what.is_some_and(|w| !ARTIFACTS.contains(&w)) {
        eprintln!("unknown artifact `{}`", what.unwrap_or_default());
        failed = true;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
