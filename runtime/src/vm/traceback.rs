//! Printing an uncaught exception as CPython 3.11 does (without the `^^^`
//! position markers so far).

use crate::compile::code::Position;
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
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) =
            context.filter(|c| !e.suppress_context.get() && !seen.contains(&c.addr()))
        {
            format_chain(py, &c, source, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_one(py, exc, source, out);
}

fn format_one(py: Py<'_>, exc: &Value, source: &str, out: &mut String) {
    let entries = exc
        .downcast::<ExceptionData>()
        .map(|e| e.traceback.borrow().clone())
        .unwrap_or_default();
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
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        e.code.filename, n, e.code.name
                    ));
                    let full = (n as usize)
                        .checked_sub(1)
                        .and_then(|i| lines.get(i))
                        .copied()
                        .unwrap_or("");
                    let text = full.trim();
                    if !text.is_empty() {
                        out.push_str(&format!("    {text}\n"));
                        let pos = e.code.positions.get(e.instr).copied().unwrap_or_default();
                        if let Some(c) = carets(full, &pos) {
                            out.push_str(&format!("    {c}\n"));
                        }
                    }
                }
                None => out.push_str(&format!(
                    "  File \"{}\", line ?, in {}\n",
                    e.code.filename, e.code.name
                )),
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
        Ok(s) => match obj::attr::attribute_suggestion(py, exc) {
            Some(hint) => format!("{name}: {s}. Did you mean: '{hint}'?"),
            None => format!("{name}: {s}"),
        },
        Err(_) => format!("{name}: <exception str() failed>"),
    }
}

/// The `~`/`^` line under a traceback's source line, as CPython 3.11's
/// traceback printer: `^` under the instruction's span, or, when the span
/// parses as a binary operation or a subscript, `^` under the operator (the
/// `[...]`) and `~` under the rest. `None` when the span is unknown or covers
/// the whole line without such anchors.
pub(crate) fn carets(line: &str, pos: &Position) -> Option<String> {
    let (Some(lineno), Some(end_lineno), Some(col), Some(end_col)) =
        (pos.lineno, pos.end_lineno, pos.col, pos.end_col)
    else {
        return None;
    };
    let chars: Vec<char> = line.chars().collect();
    let to_char = |text: &str, b: usize| {
        text.get(..b.min(text.len()))
            .map_or(text.chars().count(), |p| p.chars().count())
    };
    let start = to_char(line, col as usize);
    let mut end = to_char(line, end_col as usize);
    let stripped = line.trim();
    let indent = chars.len() - line.trim_start().chars().count();
    let mut anchors = None;
    if lineno == end_lineno {
        let segment: String = chars.get(start..end.max(start))?.iter().collect();
        anchors = caret_anchors(&segment);
    } else {
        end = line.trim_end().chars().count();
    }
    let shown =
        end.saturating_sub(start) < stripped.chars().count() || anchors.is_some_and(|(l, r)| r > l);
    if !shown || end < start {
        return None;
    }
    let mut out = " ".repeat(start.saturating_sub(indent));
    match anchors {
        Some((l, r)) => {
            let width = end - start;
            let (l, r) = (l.min(width), r.min(width).max(l.min(width)));
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat(width - r));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    Some(out)
}

/// Character offsets, in `segment`, of the operator of a binary operation or
/// the `[...]` of a subscript (CPython 3.11's caret anchors).
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::ast::{Expr, Mod, Stmt};
    let parsed = crate::parser::parse(segment, crate::parser::Mode::Exec, false)
        .module
        .ok()?;
    let Mod::Module(m) = parsed else { return None };
    let [Stmt::Expr(s)] = m.body.as_slice() else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let to_char = |b: i32| {
        segment
            .get(..(b.max(0) as usize).min(segment.len()))
            .map_or(chars.len(), |p| p.chars().count())
    };
    match &*s.value {
        Expr::BinOp(b) => {
            let (op_start, op_end) = (to_char(span(&b.left).1?), to_char(span(&b.right).0));
            let op: &[char] = chars.get(op_start..op_end.max(op_start))?;
            let offset = op.iter().take_while(|c| c.is_whitespace()).count();
            let mut left = op_start + offset;
            let mut right = left + 1;
            if op.get(offset + 1).is_some_and(|c| !c.is_whitespace()) {
                right += 1;
            }
            while chars
                .get(left)
                .is_some_and(|&c| c.is_whitespace() || c == ')' || c == '#')
            {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        Expr::Subscript(x) => {
            let mut left = to_char(span(&x.value).1?);
            let mut right = to_char(span(&x.slice).1? + 1);
            while chars.get(left).is_some_and(|&c| c != '[') {
                left += 1;
            }
            while chars.get(right).is_some_and(|&c| c != ']') {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

/// An expression's `col_offset` and `end_col_offset`.
fn span(e: &crate::ast::Expr) -> (i32, Option<i32>) {
    use crate::ast::Expr;
    match e {
        Expr::BoolOp(x) => (x.col_offset, x.end_col_offset),
        Expr::NamedExpr(x) => (x.col_offset, x.end_col_offset),
        Expr::BinOp(x) => (x.col_offset, x.end_col_offset),
        Expr::UnaryOp(x) => (x.col_offset, x.end_col_offset),
        Expr::Lambda(x) => (x.col_offset, x.end_col_offset),
        Expr::IfExp(x) => (x.col_offset, x.end_col_offset),
        Expr::Dict(x) => (x.col_offset, x.end_col_offset),
        Expr::Set(x) => (x.col_offset, x.end_col_offset),
        Expr::ListComp(x) => (x.col_offset, x.end_col_offset),
        Expr::SetComp(x) => (x.col_offset, x.end_col_offset),
        Expr::DictComp(x) => (x.col_offset, x.end_col_offset),
        Expr::GeneratorExp(x) => (x.col_offset, x.end_col_offset),
        Expr::Await(x) => (x.col_offset, x.end_col_offset),
        Expr::Yield(x) => (x.col_offset, x.end_col_offset),
        Expr::YieldFrom(x) => (x.col_offset, x.end_col_offset),
        Expr::Compare(x) => (x.col_offset, x.end_col_offset),
        Expr::Call(x) => (x.col_offset, x.end_col_offset),
        Expr::FormattedValue(x) => (x.col_offset, x.end_col_offset),
        Expr::JoinedStr(x) => (x.col_offset, x.end_col_offset),
        Expr::Constant(x) => (x.col_offset, x.end_col_offset),
        Expr::Attribute(x) => (x.col_offset, x.end_col_offset),
        Expr::Subscript(x) => (x.col_offset, x.end_col_offset),
        Expr::Starred(x) => (x.col_offset, x.end_col_offset),
        Expr::Name(x) => (x.col_offset, x.end_col_offset),
        Expr::List(x) => (x.col_offset, x.end_col_offset),
        Expr::Tuple(x) => (x.col_offset, x.end_col_offset),
        Expr::Slice(x) => (x.col_offset, x.end_col_offset),
    }
}
