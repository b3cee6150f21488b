//! Fuzz target: any bytes -> `decode_file` -> `parse` in every mode must end
//! in an AST or an error value. A panic inside the parser thread comes back
//! as an "internal error" message, which this target turns into a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use moult_runtime::parser::{parse, source, Mode};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = source::decode_file(data, "<fuzz>") else { return };
    // The first byte picks the mode, Exec most of the time, so one corpus
    // serves all four.
    let mode = match data.first().map_or(0, |b| b % 16) {
        0 => Mode::Eval,
        1 => Mode::Single,
        2 => Mode::FuncType,
        _ => Mode::Exec,
    };
    if let Err(e) = parse(&text, mode, false).module {
        assert!(!e.msg.starts_with("internal error"), "{} (mode {mode:?})", e.msg);
    }
});
