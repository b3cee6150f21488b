//! A frame: one activation of a code object, with its value stack, fast
//! locals and cells; and the binding of call arguments to parameters.

use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;
use std::rc::Rc;

use crate::compile::code::flags;
use crate::object::code::CodeData;
use crate::object::function::Function;
use crate::object::{cell, dict, str::as_str, tuple, PyResult};
use crate::value::Value;
use crate::vm::Py;

pub struct Frame {
    pub code: Rc<CodeData>,
    /// The pair index of the next instruction.
    pub pc: usize,
    /// The pair index of the instruction executing (its opcode, after any
    /// EXTENDED_ARG prefix): what the exception table and tracebacks use.
    pub lasti: usize,
    /// `None` entries are CPython's NULLs (PUSH_NULL, LOAD_GLOBAL's bit 0).
    pub stack: Vec<Option<Value>>,
    pub fast: Vec<Option<Value>>,
    /// Cell objects: the code's cellvars, then its freevars.
    pub cells: Vec<Value>,
    pub globals: Value,
    pub builtins: Value,
    /// The namespace of LOAD_NAME/STORE_NAME (module and class bodies).
    pub locals: Option<Value>,
    /// Set by KW_NAMES for the next CALL.
    pub kwnames: Option<Value>,
    /// The instance, for the frame of an `__init__` that a class call pushed
    /// in the evaluation loop: RETURN checks for None and gives the caller
    /// the instance. Such a frame counts two levels (type.__call__'s too).
    pub init_self: Option<Value>,
    /// The `frame` object made for this frame on first request
    /// (`sys._getframe`, `f_back`, `tb_frame`); it does not point back, it
    /// finds the frame through the registry (`object::frameobj`).
    pub frame_obj: Option<Value>,
}

impl Frame {
    /// The values a suspended frame (a generator's) holds, for the collector.
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.stack.iter().flatten().for_each(&mut *visit);
        self.fast.iter().flatten().for_each(&mut *visit);
        self.cells.iter().for_each(&mut *visit);
        visit(&self.globals);
        self.locals.iter().for_each(&mut *visit);
        self.init_self.iter().for_each(&mut *visit);
        self.frame_obj.iter().for_each(&mut *visit);
    }

    /// The recursion levels the frame counts while it runs.
    #[inline]
    pub fn levels(&self) -> usize {
        1 + self.init_self.is_some() as usize
    }

    /// The frame of a module body: its names live in `globals`.
    pub fn for_module(py: Py<'_>, code: Rc<CodeData>, globals: Value) -> Frame {
        let builtins = py.builtins.clone();
        let mut f = Frame::empty(code, globals.clone(), builtins);
        f.locals = Some(globals);
        f.cells = (0..f.code.code.cellvars.len())
            .map(|_| cell::new(py, None))
            .collect();
        f
    }

    fn empty(code: Rc<CodeData>, globals: Value, builtins: Value) -> Frame {
        let nlocals = code.code.varnames.len();
        let stacksize = code.code.stacksize as usize;
        Frame {
            code,
            pc: 0,
            lasti: 0,
            stack: Vec::with_capacity(stacksize),
            fast: vec![None; nlocals],
            cells: Vec::new(),
            globals,
            builtins,
            locals: None,
            kwnames: None,
            init_self: None,
            frame_obj: None,
        }
    }

    /// A frame for calling Python function `func` with `args` (positional,
    /// then the values of the keywords named in `kwnames`), as CPython's
    /// `initialize_locals`, with its error messages.
    pub fn for_call(
        py: Py<'_>,
        func: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Frame> {
        let Some(f) = func.downcast::<Function>() else {
            return Err(py.system_error("for_call on a non-function"));
        };
        let co = &f.code.code;
        // `f.__defaults__ = ...` replaces the defaults the compiler gave.
        let (defaults, kwdefaults) = f.current_defaults(py)?;
        let mut frame = Frame::empty(f.code.clone(), f.globals.clone(), f.builtins.clone());
        let name = &f.qualname;
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let posonly = co.posonlyargcount as usize;
        let star = (co.flags & flags::VARARGS != 0) as usize
            + (co.flags & flags::VARKEYWORDS != 0) as usize;
        if co.varnames.len() < argcount + kwonly + star || posonly > argcount {
            return Err(py.system_error("code object with fewer varnames than parameters"));
        }
        let npos = args.len().saturating_sub(kwnames.len());
        let (pos, kwvals) = args.split_at(npos);
        let mut next_slot = argcount + kwonly;
        for (i, a) in pos.iter().take(argcount).enumerate() {
            frame.fast[i] = Some(a.clone());
        }
        if co.flags & flags::VARARGS != 0 {
            let extra = pos
                .get(argcount..)
                .map(<[Value]>::to_vec)
                .unwrap_or_default();
            if let Some(slot) = frame.fast.get_mut(next_slot) {
                *slot = Some(tuple::new(py, extra));
            }
            next_slot += 1;
        }
        // Too many positional arguments are reported after the keyword
        // arguments are bound (their errors come first), as CPython does.
        let too_many = co.flags & flags::VARARGS == 0 && npos > argcount;
        let kwdict = if co.flags & flags::VARKEYWORDS != 0 {
            let d = dict::new(py);
            if let Some(slot) = frame.fast.get_mut(next_slot) {
                *slot = Some(d.clone());
            }
            Some(d)
        } else {
            None
        };
        for (k, v) in kwnames.iter().zip(kwvals) {
            let key = as_str(k).unwrap_or("");
            let found = co
                .varnames
                .iter()
                .take(argcount + kwonly)
                .position(|n| n == key)
                .filter(|&i| i >= posonly);
            match found {
                Some(i) if frame.fast[i].is_some() => {
                    return Err(
                        py.type_error(format!("{name}() got multiple values for argument '{key}'"))
                    );
                }
                Some(i) => frame.fast[i] = Some(v.clone()),
                None => match &kwdict {
                    Some(d) => dict::set_item(py, d, k.clone(), v.clone())?,
                    None => {
                        // Positional-only parameters named by keyword are
                        // reported together first, as CPython does.
                        let posonly_given: Vec<&str> = kwnames
                            .iter()
                            .filter_map(as_str)
                            .filter(|k| co.varnames.iter().take(posonly).any(|n| n == k))
                            .collect();
                        if !posonly_given.is_empty() {
                            return Err(py.type_error(format!(
                                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                                posonly_given.join(", ")
                            )));
                        }
                        return Err(py.type_error(format!(
                            "{name}() got an unexpected keyword argument '{key}'"
                        )));
                    }
                },
            }
        }
        if too_many {
            let kwonly_given = frame.fast[argcount..argcount + kwonly]
                .iter()
                .filter(|v| v.is_some())
                .count();
            return Err(too_many_error(
                py,
                name,
                argcount,
                defaults.len(),
                npos,
                kwonly_given,
            ));
        }
        // Positional defaults fill the last parameters.
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in 0..argcount {
            if frame.fast[i].is_none() {
                match defaults.get(i.wrapping_sub(first_default)) {
                    Some(d) if i >= first_default => frame.fast[i] = Some(d.clone()),
                    _ => missing.push(co.varnames[i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(py, name, "positional", &missing));
        }
        for i in argcount..argcount + kwonly {
            if frame.fast[i].is_none() {
                let vname = &co.varnames[i];
                let d = match &kwdefaults {
                    Some(kd) => dict::get_str(py, kd, vname)?,
                    None => None,
                };
                match d {
                    Some(d) => frame.fast[i] = Some(d),
                    None => missing.push(vname.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(py, name, "keyword-only", &missing));
        }
        // Cells for cellvars start with the argument of the same name, if any.
        for cv in &co.cellvars {
            let init = co
                .varnames
                .iter()
                .position(|n| n == cv)
                .and_then(|i| frame.fast[i].clone());
            frame.cells.push(cell::new(py, init));
        }
        frame.cells.extend(f.closure.iter().cloned());
        Ok(frame)
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        crate::vm::fast::push(&mut self.stack, Some(v));
    }
}

/// The frames of one run of the evaluation loop, innermost last, with the
/// first kept out of the vector: a run that calls no Python function (a
/// generator resumed for one value) allocates nothing.
///
/// **Aliasing:** the loop and the frame registry (`object::frameobj`, which
/// native code called by the loop reads) share this stack, so it is only
/// ever reached through `&FrameStack`: its slots sit in cells that no
/// reference outlives a method call, and frames are owned as raw pointers
/// (made by `Box::into_raw`, freed by `pop` or `Drop`), never as `Box`es
/// that would claim unique access. The loop works on the innermost frame
/// through one `&mut Frame` and stores that reference's own pointer back
/// into the slot (`set_last`), so the registry's reads and writes go through
/// the loop's reference rather than around it.
pub struct FrameStack {
    base: Cell<Option<NonNull<Frame>>>,
    rest: UnsafeCell<Vec<NonNull<Frame>>>,
}

impl FrameStack {
    pub fn new(base: Box<Frame>) -> FrameStack {
        FrameStack {
            base: Cell::new(Some(NonNull::from(Box::leak(base)))),
            rest: UnsafeCell::new(Vec::new()),
        }
    }

    /// Runs `f` on the vector of frames after the base.
    #[inline(always)]
    fn with_rest<R>(&self, f: impl FnOnce(&mut Vec<NonNull<Frame>>) -> R) -> R {
        // SAFETY: the vector is reached only here; `f` is one of this
        // type's methods, which call nothing that could come back to the
        // stack, so this is the only reference to it while it lives.
        f(unsafe { &mut *self.rest.get() })
    }

    /// The innermost frame.
    #[inline(always)]
    pub fn last(&self) -> Option<NonNull<Frame>> {
        match self.with_rest(|r| r.last().copied()) {
            Some(f) => Some(f),
            None => self.base.get(),
        }
    }

    /// Replaces the pointer to the innermost frame by another one to the
    /// same frame (the loop's own reference, see the type's comment).
    #[inline(always)]
    pub fn set_last(&self, f: NonNull<Frame>) {
        let in_rest = self.with_rest(|r| match r.last_mut() {
            Some(slot) => {
                debug_assert!(*slot == f);
                *slot = f;
                true
            }
            None => false,
        });
        if !in_rest {
            debug_assert!(self.base.get() == Some(f));
            self.base.set(Some(f));
        }
    }

    #[inline]
    pub fn pop(&self) -> Option<Box<Frame>> {
        let f = match self.with_rest(Vec::pop) {
            Some(f) => f,
            None => self.base.take()?,
        };
        // SAFETY: every frame in the stack came from `Box::leak` and is owned
        // by the stack; it leaves it here, once.
        Some(unsafe { Box::from_raw(f.as_ptr()) })
    }

    #[inline]
    pub fn push(&self, f: Box<Frame>) {
        let f = NonNull::from(Box::leak(f));
        if self.base.get().is_none() {
            self.base.set(Some(f));
        } else {
            self.with_rest(|r| r.push(f));
        }
    }

    pub fn len(&self) -> usize {
        self.base.get().is_some() as usize + self.with_rest(|r| r.len())
    }

    pub fn is_empty(&self) -> bool {
        self.base.get().is_none()
    }

    /// Whether the innermost frame has a caller in this stack.
    #[inline]
    pub fn has_caller(&self) -> bool {
        self.with_rest(|r| !r.is_empty())
    }

    /// The `i`th frame from the outermost (0). It stays valid until it is
    /// popped; the caller must not hold a reference made from it across
    /// code that may switch or pop frames.
    pub fn get(&self, i: usize) -> Option<NonNull<Frame>> {
        match i.checked_sub(1) {
            None => self.base.get(),
            Some(j) => self.with_rest(|r| r.get(j).copied()),
        }
    }
}

impl Drop for FrameStack {
    fn drop(&mut self) {
        while let Some(f) = self.pop() {
            drop(f);
        }
    }
}

/// "f() takes 2 positional arguments but 3 were given", as CPython's
/// `too_many_positional`.
fn too_many_error(
    py: Py<'_>,
    name: &str,
    argcount: usize,
    ndef: usize,
    given: usize,
    kwonly_given: usize,
) -> crate::object::PyErr {
    let sig = if ndef > 0 {
        format!("from {} to {argcount}", argcount - ndef.min(argcount))
    } else {
        argcount.to_string()
    };
    let plural = if ndef > 0 || argcount != 1 { "s" } else { "" };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {kwonly_given} keyword-only argument{})",
            if given != 1 { "s" } else { "" },
            if kwonly_given != 1 { "s" } else { "" }
        )
    } else {
        String::new()
    };
    let verb = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    py.type_error(format!(
        "{name}() takes {sig} positional argument{plural} but {given}{kwonly_sig} {verb} given"
    ))
}

/// "f() missing 2 required positional arguments: 'a' and 'b'".
fn missing_error(py: Py<'_>, name: &str, kind: &str, names: &[String]) -> crate::object::PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
        [] => String::new(),
    };
    let n = names.len();
    py.type_error(format!(
        "{name}() missing {n} required {kind} argument{}: {list}",
        if n == 1 { "" } else { "s" }
    ))
}
