//! Printing an uncaught exception as CPython 3.11 does (without the `^^^`
//! position markers so far).

use std::collections::HashMap;

use crate::compile::code::Position;
use crate::object::exception::ExceptionData;
use crate::object::{self as obj};
use crate::value::Value;
use crate::vm::Py;

/// How many identical consecutive lines CPython prints before summarising
/// the rest as "[Previous line repeated N more times]".
const RECURSIVE_CUTOFF: usize = 3;

/// How many members of an exception group are printed, and how deep.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The text CPython writes to stderr for an uncaught exception `exc`;
/// `source` is the text of the main module (for the quoted lines of frames
/// whose file cannot be read, such as `<string>`).
pub fn format_exception(py: Py<'_>, exc: &Value, source: &str) -> String {
    let mut ctx = Ctx::new(py, source);
    ctx.format(exc);
    ctx.out
}

/// As [`format_exception`] but for `exc` alone, without its cause or
/// context: what CPython's default `sys.unraisablehook` writes.
pub fn format_exception_alone(py: Py<'_>, exc: &Value, source: &str) -> String {
    let mut ctx = Ctx::new(py, source);
    ctx.format_one(exc);
    ctx.out
}

/// The state of CPython's `_ExceptionPrintContext`: group depth and margins.
struct Ctx<'a, 'py> {
    py: Py<'py>,
    source: &'a str,
    files: HashMap<String, Option<String>>,
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
    out: String,
}

impl<'a, 'py> Ctx<'a, 'py> {
    fn new(py: Py<'py>, source: &'a str) -> Self {
        Ctx {
            py,
            source,
            files: HashMap::new(),
            seen: Vec::new(),
            depth: 0,
            need_close: false,
            out: String::new(),
        }
    }
}

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

impl Ctx<'_, '_> {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text`, every line prefixed by the group margin.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }

    /// An exception with its chain (causes and contexts first).
    fn format(&mut self, exc: &Value) {
        let mut chain: Vec<(Option<&str>, Value)> = Vec::new();
        let mut cur = Some(exc.clone());
        while let Some(e) = cur.take() {
            self.seen.push(e.addr());
            let mut next = None;
            let mut next_msg = None;
            if let Some(d) = e.downcast::<ExceptionData>() {
                let cause = d.cause.borrow().clone();
                let context = d.context.borrow().clone();
                if let Some(c) = cause {
                    if !self.seen.contains(&c.addr()) {
                        next = Some(c);
                        next_msg = Some(CAUSE_MESSAGE);
                    }
                } else if let Some(c) = context {
                    if !d.suppress_context.get() && !self.seen.contains(&c.addr()) {
                        next = Some(c);
                        next_msg = Some(CONTEXT_MESSAGE);
                    }
                }
            }
            chain.push((next_msg, e));
            cur = next;
        }
        for (msg, e) in chain.into_iter().rev() {
            if let Some(m) = msg {
                self.emit(m, '|');
            }
            self.format_one(&e);
        }
    }

    fn format_one(&mut self, exc: &Value) {
        let is_group = obj::isinstance(
            self.py,
            exc,
            &obj::exception::exc_type(self.py, "BaseExceptionGroup"),
        );
        let stack = self.stack(exc);
        if !is_group {
            if !stack.is_empty() {
                self.emit("Traceback (most recent call last):\n", '|');
                self.emit(&stack, '|');
            }
            let only = exception_only(self.py, exc, true);
            self.emit(&only, '|');
            return;
        }
        if self.depth > MAX_GROUP_DEPTH {
            let text = format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n");
            self.emit(&text, '|');
            return;
        }
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth += 1;
        }
        if !stack.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            self.emit(
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            self.emit(&stack, '|');
        }
        let only = exception_only(self.py, exc, true);
        self.emit(&only, '|');
        let members = obj::exc_group::members(exc);
        let n = if members.len() <= MAX_GROUP_WIDTH {
            members.len()
        } else {
            MAX_GROUP_WIDTH + 1
        };
        self.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let line = format!(
                "{}{}+---------------- {title} ----------------\n",
                self.indent(),
                if i == 0 { "+-" } else { "  " }
            );
            self.out.push_str(&line);
            self.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                self.emit(&format!("and {remaining} more exception{s}\n"), '|');
            } else if let Some(m) = members.get(i) {
                self.format(m);
            }
            if last && self.need_close {
                let line = format!("{}+------------------------------------\n", self.indent());
                self.out.push_str(&line);
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth = 0;
        }
    }

    /// The source text of `filename`: read from disk (as CPython's
    /// linecache), else the main module's text (unit tests run unsaved code).
    fn file_text(&mut self, filename: &str) -> Option<String> {
        // Modules compiled by the import system (frozen ones included) keep
        // their text.
        if let Some(text) = crate::import::source_of(self.py, filename) {
            return Some(text.to_string());
        }
        // `-c` and stdin programs have no file: CPython shows no line.
        if filename.starts_with('<') {
            return None;
        }
        let text = self
            .files
            .entry(filename.to_string())
            .or_insert_with(|| std::fs::read_to_string(filename).ok())
            .clone();
        text.or_else(|| Some(self.source.to_string()))
    }

    /// The `File ..., line N, in f` lines of a traceback, outermost first.
    fn stack(&mut self, exc: &Value) -> String {
        let mut entries = exc
            .downcast::<ExceptionData>()
            .map(|e| e.traceback.borrow().clone())
            .unwrap_or_default();
        entries.retain(|e| !native_in_cpython(&e.code.filename));
        // `sys.tracebacklimit` keeps only the innermost frames.
        if let Some(limit) = traceback_limit(self.py) {
            entries.truncate(limit);
        }
        let mut out = String::new();
        let mut last: Option<(String, Option<u32>, String)> = None;
        let mut repeats = 0;
        // Entries were recorded innermost first; print outermost first.
        for e in entries.iter().rev() {
            let line = e.code.line_of(e.instr);
            let key = (e.code.filename.to_string(), line, e.code.name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
            } else {
                flush_repeats(&mut out, repeats);
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
                    let text = self.file_text(&e.code.filename).unwrap_or_default();
                    let full = (n as usize)
                        .checked_sub(1)
                        .and_then(|i| text.lines().nth(i))
                        .unwrap_or("");
                    let stripped = full.trim();
                    if !stripped.is_empty() {
                        out.push_str(&format!("    {stripped}\n"));
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
        flush_repeats(&mut out, repeats);
        out
    }
}

/// Frozen modules of ours that CPython implements in C (`itertools`,
/// `heapq`, `deque`...): their frames have no Python counterpart, so
/// tracebacks leave them out as CPython's show no frame for C code.
const NATIVE_IN_CPYTHON: &[&str] = &[
    "<frozen itertools>",
    "<frozen functools>",
    "<frozen heapq>",
    "<frozen bisect>",
    "<frozen collections>",
    "<frozen operator>",
    "<frozen struct>",
    "<frozen array>",
];

fn native_in_cpython(filename: &str) -> bool {
    filename.starts_with("<frozen ") && NATIVE_IN_CPYTHON.contains(&filename)
}

/// `sys.tracebacklimit` when it is set to an int (negative counts as 0).
fn traceback_limit(py: Py<'_>) -> Option<usize> {
    let sys = py.import.sys.borrow().clone()?;
    let d = crate::object::module::dict_of(&sys)?;
    let v = crate::object::dict::get_str(py, &d, "tracebacklimit").ok()??;
    let big = crate::object::int::int_ref(py, &v)?.to_big();
    let n =
        num_traits::ToPrimitive::to_i64(&big).unwrap_or(if big.sign() == num_bigint::Sign::Minus {
            0
        } else {
            i64::MAX
        });
    Some(n.max(0) as usize)
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

/// The class name as tracebacks show it: `mod.Name` unless the class is
/// from `builtins` or `__main__`.
fn qualified_name(py: Py<'_>, exc: &Value) -> String {
    let dict = py.type_obj(exc).dict.borrow();
    let text = |k: &str| {
        dict.get(k)
            .and_then(|m| obj::str::as_str(m).map(str::to_string))
    };
    let name = text("__qualname__").unwrap_or_else(|| py.type_name(exc));
    let module = text("__module__");
    match module {
        Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{name}"),
        _ => name,
    }
}

/// `TypeError: message`, or the bare type name when the message is empty.
pub fn exception_line(py: Py<'_>, exc: &Value) -> String {
    let name = qualified_name(py, exc);
    match obj::str(py, exc) {
        Ok(s) if s.is_empty() => name,
        Ok(s) => format!("{name}: {s}"),
        Err(_) => format!("{name}: <exception str() failed>"),
    }
}

/// CPython's `format_exception_only` for an uncaught exception: the
/// SyntaxError location, the message line (with the "Did you mean"
/// suggestion when `suggest`), then the notes.
pub fn exception_only(py: Py<'_>, exc: &Value, suggest: bool) -> String {
    let mut out = String::new();
    let is_syntax = obj::isinstance(py, exc, &obj::exception::exc_type(py, "SyntaxError"));
    let mut line = if is_syntax {
        syntax_error_lines(py, exc, &mut out)
    } else {
        exception_line(py, exc)
    };
    if suggest {
        if let Some(s) = super::suggest::suggestion(py, exc) {
            line.push_str(&format!(". Did you mean: '{s}'?"));
        }
    }
    out.push_str(&line);
    out.push('\n');
    let notes = match obj::getattr(py, exc, "__notes__") {
        Ok(n) => n,
        Err(_) => return out,
    };
    // Any sequence will do, a str included (CPython's PySequence_Check).
    let is_seq = notes.downcast::<obj::dict::Dict>().is_none()
        && py.type_obj(&notes).slots.getitem.is_some();
    if !is_seq {
        let r = obj::repr(py, &notes).unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
        out.push_str(&r);
        out.push('\n');
        return out;
    }
    for note in obj::collect(py, &notes).unwrap_or_default() {
        let s = obj::str(py, &note).unwrap_or_else(|_| "<note str() failed>".to_string());
        out.push_str(&s);
        if !s.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// The `File "f", line N` / source / caret lines of a SyntaxError with a
/// location (written to `out`), and its message line `SyntaxError: msg`.
fn syntax_error_lines(py: Py<'_>, exc: &Value, out: &mut String) -> String {
    let attr = |n: &str| obj::exception::get_attr(exc, n).filter(|v| !v.is(&py.none));
    let name = qualified_name(py, exc);
    let Some(lineno) = attr("lineno").and_then(|l| l.as_int()) else {
        return exception_line(py, exc);
    };
    let filename = attr("filename")
        .and_then(|f| obj::str(py, &f).ok())
        .unwrap_or_else(|| "<string>".to_string());
    out.push_str(&format!("  File \"{filename}\", line {lineno}\n"));
    if let Some(text) = attr("text").and_then(|t| obj::str::as_str(&t).map(str::to_string)) {
        // As CPython's print_error_text: leading blanks go, offsets follow.
        let ltext = text.trim_start_matches([' ', '\t', '\x0c']);
        let removed = (text.chars().count() - ltext.chars().count()) as i64;
        let ltext = ltext.strip_suffix('\n').unwrap_or(ltext);
        let len = ltext.chars().count() as i64;
        out.push_str(&format!("    {ltext}\n"));
        if let Some(offset) = attr("offset").and_then(|o| o.as_int()) {
            let col = (offset - 1 - removed).min(len);
            let end_col = match attr("end_offset").and_then(|o| o.as_int()) {
                None | Some(0) | Some(-1) => col + 1,
                Some(e) => (e - 1 - removed).min(len),
            };
            if col >= 0 {
                let width = if end_col > col { end_col - col } else { 1 };
                out.push_str(&format!(
                    "    {}{}\n",
                    " ".repeat(col as usize),
                    "^".repeat(width as usize)
                ));
            }
        }
    }
    let msg = attr("msg")
        .and_then(|m| obj::str(py, &m).ok())
        .unwrap_or_default();
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
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
