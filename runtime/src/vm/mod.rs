//! The interpreter: all mutable state of one Python world, the GIL token that
//! reaches it, and the entry point that runs a compiled module.
//!
//! **Invariant:** there is no process-global mutable state; everything hangs
//! off an [`Interpreter`], reached through a [`Py`] token passed to every
//! function that touches objects.

pub mod eval;
pub mod fast;
pub mod frame;
pub mod namehash;
pub mod traceback;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::compile::code::CodeObject;
use crate::object::exception::ExceptionData;
use crate::object::typeobj::{NativeFn, Slots, TypeObject};
use crate::object::{self as obj, PyErr};
use crate::value::{alloc_object, alloc_type_type, GcHead, Payload, Value};

/// The GIL token: holding one means holding the interpreter. `Copy`, one word.
#[derive(Clone, Copy)]
pub struct Py<'py> {
    interp: &'py Interpreter,
}

impl<'py> std::ops::Deref for Py<'py> {
    type Target = Interpreter;
    fn deref(&self) -> &Interpreter {
        self.interp
    }
}

macro_rules! builtin_types {
    ($($field:ident)*) => {
        /// The builtin type objects (immortal).
        pub struct Types { $(pub $field: Value,)* }
    };
}

builtin_types! {
    type_ object none_type bool int float str tuple list dict
    function builtin_function code cell range slice
    list_iterator tuple_iterator str_iterator range_iterator dict_keyiterator
    dict_keys dict_values dict_items
    enumerate zip map filter reversed set frozenset method generator super_
    base_exception exception arithmetic_error lookup_error
    type_error name_error unbound_local_error zero_division_error overflow_error
    value_error index_error key_error attribute_error runtime_error os_error
    recursion_error not_implemented_error stop_iteration system_error assertion_error
}

/// One Python world.
pub struct Interpreter {
    pub types: Types,
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub builtins: Value,
    pub recursion_limit: Cell<usize>,
    /// Python frames currently executing (all nested eval loops together).
    pub depth: Cell<usize>,
    /// The exception being handled (`sys.exc_info()`), saved by PUSH_EXC_INFO.
    pub exc_info: RefCell<Option<Value>>,
    /// Objects whose repr is being computed, to print `[...]` on cycles.
    pub repr_guard: RefCell<Vec<usize>>,
    interned: RefCell<HashMap<String, Value, namehash::NameHash>>,
    intern_cache: namehash::InternCache,
    /// Where `print` writes.
    pub stdout: RefCell<Box<dyn Write>>,
    /// Sentinel of the list of GC-tracked containers; last, so that it is
    /// dropped after the fields above release their objects.
    pub gc_list: Box<GcHead>,
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        // Release what we hold first, then cut loose the objects that live on
        // (immortals, cycles): they must not unlink from a freed sentinel.
        self.exc_info.borrow_mut().take();
        self.interned.borrow_mut().clear();
        self.intern_cache.clear();
        self.gc_list.detach_all();
    }
}

impl Interpreter {
    pub fn new() -> Box<Interpreter> {
        Self::with_stdout(Box::new(std::io::stdout()))
    }

    /// An interpreter whose `print` writes to `out` (tests capture it).
    pub fn with_stdout(out: Box<dyn Write>) -> Box<Interpreter> {
        let gc_list = GcHead::new_list();
        let types = make_types();
        let none = alloc_object(&types.none_type, obj::none::NoneValue, &gc_list);
        let true_ = alloc_object(&types.bool, obj::bool::BoolValue(true), &gc_list);
        let false_ = alloc_object(&types.bool, obj::bool::BoolValue(false), &gc_list);
        for v in [&none, &true_, &false_] {
            v.leak();
        }
        let builtins = alloc_object(&types.dict, obj::dict::Dict::default(), &gc_list);
        builtins.leak();
        let interp = Box::new(Interpreter {
            types,
            none,
            true_,
            false_,
            builtins,
            recursion_limit: Cell::new(1000),
            depth: Cell::new(0),
            exc_info: RefCell::new(None),
            repr_guard: RefCell::new(Vec::new()),
            interned: RefCell::new(HashMap::default()),
            intern_cache: namehash::InternCache::default(),
            stdout: RefCell::new(out),
            gc_list,
        });
        interp.py().install_methods();
        crate::builtins::install(interp.py());
        interp
    }

    pub fn py(&self) -> Py<'_> {
        Py { interp: self }
    }
}

/// Creates a type object.
fn new_type<T: Payload>(
    type_type: &Value,
    name: &str,
    base: Option<&Value>,
    slots: Slots,
    gc: &GcHead,
) -> Value {
    let t = alloc_object(type_type, TypeObject::new::<T>(name, base, slots), gc);
    t.leak();
    t
}

fn make_types() -> Types {
    use crate::object::*;
    // Type objects are not containers, so this list stays empty; it only
    // satisfies alloc_object's signature.
    let gc = GcHead::new_list();
    let gc = &*gc;
    let type_ = alloc_type_type(TypeObject::new::<TypeObject>(
        "type",
        None,
        typeobj::slots(),
    ));
    type_.leak();
    let object = new_type::<object::ObjectValue>(&type_, "object", None, object::slots(), gc);
    // `type` is made before `object`, so its MRO lacks `object` for now.
    let t = &type_;
    let o = Some(&object);
    let int = new_type::<int::BigIntValue>(t, "int", o, int::slots(), gc);
    let exc = |name: &str, base: &Value| {
        new_type::<exception::ExceptionData>(t, name, Some(base), Slots::default(), gc)
    };
    let base_exception = new_type::<ExceptionData>(t, "BaseException", o, exception::slots(), gc);
    let exception = exc("Exception", &base_exception);
    let arithmetic_error = exc("ArithmeticError", &exception);
    let lookup_error = exc("LookupError", &exception);
    let name_error = exc("NameError", &exception);
    let runtime_error = exc("RuntimeError", &exception);
    Types {
        none_type: new_type::<none::NoneValue>(t, "NoneType", o, none::slots(), gc),
        bool: new_type::<bool::BoolValue>(t, "bool", Some(&int), bool::slots(), gc),
        float: new_type::<float::Float>(t, "float", o, float::slots(), gc),
        str: new_type::<str::Str>(t, "str", o, str::slots(), gc),
        tuple: new_type::<tuple::Tuple>(t, "tuple", o, tuple::slots(), gc),
        list: new_type::<list::List>(t, "list", o, list::slots(), gc),
        dict: new_type::<dict::Dict>(t, "dict", o, dict::slots(), gc),
        function: new_type::<function::Function>(t, "function", o, function::slots(), gc),
        builtin_function: new_type::<function::Builtin>(
            t,
            "builtin_function_or_method",
            o,
            function::builtin_slots(),
            gc,
        ),
        code: new_type::<code::Code>(t, "code", o, code::slots(), gc),
        cell: new_type::<cell::Cell>(t, "cell", o, cell::slots(), gc),
        range: new_type::<range::Range>(t, "range", o, range::slots(), gc),
        slice: new_type::<slice::Slice>(t, "slice", o, slice::slots(), gc),
        list_iterator: new_type::<iter::SeqIter>(t, "list_iterator", o, iter::seq_slots(), gc),
        tuple_iterator: new_type::<iter::SeqIter>(t, "tuple_iterator", o, iter::seq_slots(), gc),
        str_iterator: new_type::<iter::SeqIter>(t, "str_ascii_iterator", o, iter::seq_slots(), gc),
        range_iterator: new_type::<iter::RangeIter>(
            t,
            "range_iterator",
            o,
            iter::range_slots(),
            gc,
        ),
        dict_keyiterator: new_type::<iter::SeqIter>(
            t,
            "dict_keyiterator",
            o,
            iter::seq_slots(),
            gc,
        ),
        dict_keys: new_type::<dict::DictView>(t, "dict_keys", o, dict::view_slots(), gc),
        dict_values: new_type::<dict::DictView>(t, "dict_values", o, dict::view_slots(), gc),
        dict_items: new_type::<dict::DictView>(t, "dict_items", o, dict::view_slots(), gc),
        super_: new_type::<instance::Super>(t, "super", o, instance::super_slots(), gc),
        generator: new_type::<generator::Generator>(t, "generator", o, generator::slots(), gc),
        method: new_type::<instance::Method>(t, "method", o, instance::method_slots(), gc),
        set: new_type::<set::Set>(t, "set", o, set::slots(), gc),
        frozenset: new_type::<set::Set>(t, "frozenset", o, set::slots(), gc),
        enumerate: new_type::<native_iter::NativeIter>(
            t,
            "enumerate",
            o,
            native_iter::slots(native_iter::enumerate_new),
            gc,
        ),
        zip: new_type::<native_iter::NativeIter>(
            t,
            "zip",
            o,
            native_iter::slots(native_iter::zip_new),
            gc,
        ),
        map: new_type::<native_iter::NativeIter>(
            t,
            "map",
            o,
            native_iter::slots(native_iter::map_new),
            gc,
        ),
        filter: new_type::<native_iter::NativeIter>(
            t,
            "filter",
            o,
            native_iter::slots(native_iter::filter_new),
            gc,
        ),
        reversed: new_type::<native_iter::NativeIter>(
            t,
            "reversed",
            o,
            native_iter::slots(native_iter::reversed_new),
            gc,
        ),
        type_error: exc("TypeError", &exception),
        unbound_local_error: exc("UnboundLocalError", &name_error),
        zero_division_error: exc("ZeroDivisionError", &arithmetic_error),
        overflow_error: exc("OverflowError", &arithmetic_error),
        value_error: exc("ValueError", &exception),
        os_error: exc("OSError", &exception),
        index_error: exc("IndexError", &lookup_error),
        key_error: exc("KeyError", &lookup_error),
        attribute_error: exc("AttributeError", &exception),
        recursion_error: exc("RecursionError", &runtime_error),
        not_implemented_error: exc("NotImplementedError", &runtime_error),
        stop_iteration: exc("StopIteration", &exception),
        system_error: exc("SystemError", &exception),
        assertion_error: exc("AssertionError", &exception),
        type_,
        object,
        int,
        base_exception,
        exception,
        arithmetic_error,
        lookup_error,
        name_error,
        runtime_error,
    }
}

impl<'py> Py<'py> {
    /// Puts each builtin type's methods in its dict (needs the function type).
    fn install_methods(self) {
        use crate::object::*;
        let t = &self.types;
        let tables: [(&Value, &[(&str, NativeFn)]); 11] = [
            (&t.set, set::METHODS),
            (&t.generator, generator::METHODS),
            (&t.base_exception, exception::METHODS),
            (&t.set, set::FROZEN_METHODS),
            (&t.frozenset, set::FROZEN_METHODS),
            (&t.str, str::METHODS),
            (&t.list, list::METHODS),
            (&t.dict, dict::METHODS),
            (&t.tuple, tuple::METHODS),
            (&t.int, int::METHODS),
            (&t.float, float::METHODS),
        ];
        for (ty, methods) in tables {
            let Some(to) = ty.downcast::<TypeObject>() else {
                continue;
            };
            for &(name, f) in methods {
                let m = self.new_builtin(name, f, None);
                to.dict.borrow_mut().insert(name.to_string(), m);
            }
        }
    }

    pub fn alloc<T: Payload>(self, ty: &Value, payload: T) -> Value {
        alloc_object(ty, payload, &self.interp.gc_list)
    }

    pub fn none(self) -> Value {
        self.none.clone()
    }

    pub fn bool(self, b: bool) -> Value {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }

    /// An interned str (names, attribute keys).
    pub fn intern(self, s: &str) -> Value {
        if let Some(v) = self.intern_cache.get(s) {
            return v;
        }
        if let Some(v) = self.interned.borrow().get(s) {
            self.intern_cache.put(s, v);
            return v.clone();
        }
        let v = self.new_str(s);
        self.interned.borrow_mut().insert(s.to_string(), v.clone());
        self.intern_cache.put(s, &v);
        v
    }

    pub fn new_builtin(self, name: &'static str, f: NativeFn, bound: Option<Value>) -> Value {
        self.alloc(
            &self.types.builtin_function,
            obj::function::Builtin { name, f, bound },
        )
    }

    /// The type of any value, as a new reference.
    pub fn type_of(self, v: &Value) -> Value {
        v.heap_type_value()
            .unwrap_or_else(|| self.types.int.clone())
    }

    /// The type object of any value, borrowed.
    pub fn type_obj<'a>(self, v: &'a Value) -> &'a TypeObject
    where
        'py: 'a,
    {
        match v.heap_type() {
            Some(t) => t,
            None => self
                .interp
                .types
                .int
                .downcast::<TypeObject>()
                .unwrap_or_else(|| unreachable_type()),
        }
    }

    pub fn type_name(self, v: &Value) -> String {
        self.type_obj(v).name.clone()
    }

    /// A new exception of type `ty` with `args == (msg,)`.
    pub fn new_error(self, ty: &Value, msg: String) -> PyErr {
        let arg = self.new_str(&msg);
        PyErr(obj::exception::new_exception(self, ty, vec![arg]))
    }

    pub fn type_error(self, msg: String) -> PyErr {
        self.new_error(&self.types.type_error, msg)
    }
    pub fn value_error(self, msg: String) -> PyErr {
        self.new_error(&self.types.value_error, msg)
    }
    pub fn index_error(self, msg: &str) -> PyErr {
        self.new_error(&self.types.index_error, msg.to_string())
    }
    pub fn zero_division(self, msg: &str) -> PyErr {
        self.new_error(&self.types.zero_division_error, msg.to_string())
    }
    pub fn overflow_error(self, msg: &str) -> PyErr {
        self.new_error(&self.types.overflow_error, msg.to_string())
    }
    pub fn system_error(self, msg: &str) -> PyErr {
        self.new_error(&self.types.system_error, msg.to_string())
    }
    pub fn attribute_error(self, v: &Value, name: &str) -> PyErr {
        self.new_error(
            &self.types.attribute_error,
            format!("'{}' object has no attribute '{}'", self.type_name(v), name),
        )
    }
    /// A KeyError whose argument is a message (`set.pop`).
    pub fn key_error_msg(self, msg: &str) -> PyErr {
        self.new_error(&self.types.key_error, msg.to_string())
    }

    pub fn key_error(self, key: Value) -> PyErr {
        PyErr(obj::exception::new_exception(
            self,
            &self.types.key_error,
            vec![key],
        ))
    }

    /// Writes to the interpreter's stdout; a closed pipe is not an error.
    pub fn write_out(self, s: &str) {
        let _ = self.stdout.borrow_mut().write_all(s.as_bytes());
    }
}

// The int type is created first and is always a type object.
fn unreachable_type() -> ! {
    unreachable!("the int type is a type object")
}

/// Runs a compiled module in a fresh interpreter writing to the process's
/// stdout. `Err` holds the traceback text, as CPython prints it on stderr
/// (the caller prints it and exits with status 1).
pub fn run_module(code: Rc<CodeObject>, source: &str) -> Result<(), String> {
    let interp = Interpreter::new();
    let py = interp.py();
    let result = run_module_in(py, code, source);
    let _ = py.stdout.borrow_mut().flush();
    result
}

/// Runs a module's code in `py`, with a new `__main__` globals dict.
pub fn run_module_in(py: Py<'_>, code: Rc<CodeObject>, source: &str) -> Result<(), String> {
    if let Some(ty) = obj::code::unsupported_constant(&code) {
        return Err(format!(
            "moult: {ty} objects are not supported yet (the program uses a {ty} literal)\n"
        ));
    }
    let globals = py.alloc(&py.types.dict, obj::dict::Dict::default());
    let name_key = py.intern("__name__");
    let main = py.new_str("__main__");
    let builtins_key = py.intern("__builtins__");
    let setup = obj::dict::set_item(py, &globals, name_key, main)
        .and_then(|_| obj::dict::set_item(py, &globals, builtins_key, py.builtins.clone()));
    if let Err(e) = setup {
        return Err(traceback::format_exception(py, &e.0, source));
    }
    match eval::run_code(py, code, globals) {
        Ok(_) => Ok(()),
        Err(e) => Err(traceback::format_exception(py, &e.0, source)),
    }
}

#[cfg(test)]
pub mod asm;
#[cfg(test)]
mod tests;
