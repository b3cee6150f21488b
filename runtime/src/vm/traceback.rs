//! Printing an uncaught exception as CPython 3.11 does (without the `^^^`
//! position markers so far).

use crate::object::exception::ExceptionData;
use crate::object::{self as obj};
use crate::value::Value;
use crate::vm::Py;

/// How many identical consecutive lines CPython prints before summarising
/// the rest as "[Previous line repeated N more times]".
const RECURSIVE_CUTOFF: usize = 3;

/// The text CPython writes to stderr for an uncaught exception `exc`;
/// `source` is the text of the module (for the quoted lines).
pub fn format_exception(py: Py<'_>, exc: &Value, source: &str) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(py, exc, source, &mut out, &mut seen);
    out
}

/// The cause or context first, then a separator line, then `exc` itself, as
/// CPython's `print_exception` with chaining.
fn format_chain(py: Py<'_>, exc: &Value, source: &str, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.addr());
    if let Some(e) = exc.downcast::<ExceptionData>() {
        let cause = e.cause.borrow().clone();
        let context = e.context.borrow().clone();
        if let Some(c) = cause.filter(|c| !seen.contains(&c.addr())) {
            format_chain(py, &c, source, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if let Some(c) = context.filter(|c| !e.suppress_context.get() && !seen.contains(&c.addr())) {
            format_chain(py, &c, source, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    format_one(py, exc, source, out);
}

fn format_one(py: Py<'_>, exc: &Value, source: &str, out: &mut String) {
    let entries = exc.downcast::<ExceptionData>().map(|e| e.traceback.borrow().clone()).unwrap_or_default();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let lines: Vec<&str> = source.lines().collect();
        let mut last: Option<(String, Option<u32>, String)> = None;
        let mut repeats = 0;
        // Entries were recorded innermost first; print outermost first.
        for e in entries.iter().rev() {
            let line = e.code.line_of(e.instr);
            let key = (e.code.filename.to_string(), line, e.code.name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
            } else {
                flush_repeats(out, repeats);
                repeats = 0;
                last = Some(key);
            }
            if repeats >= RECURSIVE_CUTOFF {
                continue;
            }
            match line {
                Some(n) => {
                    out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.code.filename, n, e.code.name));
                    let text = (n as usize).checked_sub(1).and_then(|i| lines.get(i)).map(|l| l.trim()).unwrap_or("");
                    if !text.is_empty() {
                        out.push_str(&format!("    {text}\n"));
                    }
                }
                None => out.push_str(&format!("  File \"{}\", line ?, in {}\n", e.code.filename, e.code.name)),
            }
        }
        flush_repeats(out, repeats);
    }
    out.push_str(&exception_line(py, exc));
    out.push('\n');
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= RECURSIVE_CUTOFF {
        let n = repeats - (RECURSIVE_CUTOFF - 1);
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// `TypeError: message`, or the bare type name when the message is empty.
pub fn exception_line(py: Py<'_>, exc: &Value) -> String {
    let name = py.type_name(exc);
    match obj::str(py, exc) {
        Ok(s) if s.is_empty() => name,
        Ok(s) => format!("{name}: {s}"),
        Err(_) => format!("{name}: <exception str() failed>"),
    }
}
