//! The interpreter: all mutable state of one Python world, the GIL token that
//! reaches it, and the entry point that runs a compiled module.
//!
//! **Invariant:** there is no process-global mutable state; everything hangs
//! off an [`Interpreter`], reached through a [`Py`] token passed to every
//! function that touches objects.

pub mod arith;
pub mod eval;
pub mod fast;
pub mod frame;
pub mod gen_inline;
pub mod matching;
pub mod namehash;
pub mod names;
pub mod recursion;
pub mod suggest;
pub mod traceback;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::alloc::{Allocator, Heap};
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
    module
    property classmethod staticmethod member_descriptor wrapper_descriptor mappingproxy
    not_implemented_type iterator generic_alias getset_descriptor
    bytes bytearray memoryview complex ellipsis bytes_iterator bytearray_iterator
    unicode_error unicode_encode_error unicode_decode_error memory_error str_wide_iterator
    callable_iterator dict_reversekeyiterator dict_valueiterator dict_itemiterator
    set_iterator list_reverseiterator union_type getitem_iterator
    coroutine
    async_generator async_generator_asend async_generator_wrapped_value
    method_wrapper
}

/// One Python world.
pub struct Interpreter {
    pub types: Types,
    /// Every builtin exception class by name (`exception::exc_type`).
    pub exc_types: obj::exception::ExcTypes,
    /// Dropped suspended generators waiting to be closed.
    pub gen_finalizers: obj::generator::Finalizers,
    /// The frame stacks of the running evaluation loops (`sys._getframe`).
    pub live: obj::frameobj::LiveStacks,
    /// Frames of finished calls, reused by the next (`vm::fast::FramePool`).
    pub frame_pool: fast::FramePool,
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    /// The `NotImplemented` singleton.
    pub not_implemented: Value,
    pub builtins: Value,
    /// The `...` singleton.
    pub ellipsis: Value,
    pub recursion_limit: Cell<usize>,
    /// Python frames currently executing (all nested eval loops together).
    pub depth: Cell<usize>,
    /// The exception being handled (`sys.exc_info()`), saved by PUSH_EXC_INFO.
    pub exc_info: RefCell<Option<Value>>,
    /// Objects whose repr is being computed, to print `[...]` on cycles.
    pub repr_guard: RefCell<std::collections::HashSet<usize>>,
    interned: RefCell<HashMap<String, Value, namehash::NameHash>>,
    intern_cache: namehash::InternCache,
    /// Where `print` writes.
    pub stdout: RefCell<Box<dyn Write>>,
    /// `sys.modules`, the `sys` module and the rest of the import system's state.
    pub import: crate::import::ImportState,
    /// Where objects' memory comes from, and the young generation's counter
    /// (each type holds it too).
    pub heap: Rc<Heap>,
    /// The cycle collector's older generations, counters and settings.
    pub gc: crate::gc::GcState,
    /// The compiled default meanings of operators (`object::opdefault`), by
    /// the expression's text in `operators`.
    pub operator_defaults: RefCell<HashMap<&'static str, Value>>,
    /// The type attribute cache and the dict version counter.
    pub caches: cache::Caches,
    /// Dunder names interned at start (`vm::names`).
    pub names: names::Names,
    /// Sentinel of the list of GC-tracked containers (generation 0); last, so
    /// that it is dropped after the fields above release their objects.
    pub gc_list: Box<GcHead>,
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        // Finalization as CPython's: modules released, cycles collected,
        // then the objects that live on (immortals) cut loose, since they
        // must not unlink from a freed sentinel.
        crate::gc::finalize::teardown(self);
    }
}

impl Interpreter {
    pub fn new() -> Box<Interpreter> {
        Self::with_stdout(Box::new(std::io::stdout()))
    }

    /// An interpreter whose `print` writes to `out` (tests capture it).
    pub fn with_stdout(out: Box<dyn Write>) -> Box<Interpreter> {
        Self::with_allocator(out, crate::alloc::from_env())
    }

    /// An interpreter whose objects come from `allocator` (an embedder's own,
    /// see `examples/count_allocs.rs`), printing to `out`.
    pub fn with_allocator(out: Box<dyn Write>, allocator: Rc<dyn Allocator>) -> Box<Interpreter> {
        let gc_list = GcHead::new_list();
        let heap = Heap::new(allocator);
        let types = make_types(&heap);
        let exc_types = obj::exception::make_types(&types, &gc_list);
        let none = alloc_object(&types.none_type, obj::none::NoneValue, &gc_list);
        let true_ = alloc_object(&types.bool, obj::bool::BoolValue(true), &gc_list);
        let false_ = alloc_object(&types.bool, obj::bool::BoolValue(false), &gc_list);
        let not_implemented = alloc_object(
            &types.not_implemented_type,
            obj::descr::NotImplementedValue,
            &gc_list,
        );
        for v in [&none, &true_, &false_, &not_implemented] {
            v.leak();
        }
        let ellipsis = alloc_object(&types.ellipsis, obj::ellipsis::EllipsisValue, &gc_list);
        ellipsis.leak();
        let builtins = alloc_object(&types.dict, obj::dict::Dict::default(), &gc_list);
        builtins.leak();
        let names = names::Names::new(&types.str, &gc_list);
        let interp = Box::new(Interpreter {
            types,
            exc_types,
            gen_finalizers: Default::default(),
            live: Default::default(),
            frame_pool: Default::default(),
            none,
            true_,
            false_,
            not_implemented,
            builtins,
            ellipsis,
            recursion_limit: Cell::new(1000),
            depth: Cell::new(0),
            exc_info: RefCell::new(None),
            repr_guard: RefCell::new(std::collections::HashSet::new()),
            interned: RefCell::new(HashMap::default()),
            intern_cache: namehash::InternCache::default(),
            stdout: RefCell::new(out),
            import: crate::import::ImportState::default(),
            heap,
            gc: crate::gc::GcState::default(),
            operator_defaults: RefCell::new(HashMap::new()),
            caches: cache::Caches::default(),
            names,
            gc_list,
        });
        names::enter(&interp);
        let me: *const Interpreter = &*interp;
        interp.heap.interp.set(me);
        interp.py().install_methods();
        obj::bytes::install_methods(interp.py());
        crate::builtins::install(interp.py());
        crate::import::install(interp.py());
        obj::exception::install(interp.py());
        obj::function::install(interp.py());
        crate::gc::finalize::remember_builtins(interp.py());
        crate::builtins::classes::install_method_descriptors(interp.py());
        // Start-up filled type dicts without telling their subclasses.
        interp.caches.clear();
        interp
    }

    pub fn py(&self) -> Py<'_> {
        Py { interp: self }
    }

    /// Empties the interned-str table (teardown).
    pub(crate) fn interned_clear(&self) {
        self.interned.borrow_mut().clear();
        self.intern_cache.clear();
        self.caches.clear();
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

/// Creates a type whose objects carry an attribute dict after their payload
/// (`value::WithDict`), as functions do (`f.attr = 1`).
fn new_type_with_dict<T: Payload>(
    type_type: &Value,
    name: &str,
    base: Option<&Value>,
    slots: Slots,
    gc: &GcHead,
) -> Value {
    let mut ty = TypeObject::new::<T>(name, base, slots);
    ty.dealloc = ty.dealloc_dict;
    ty.traverse = ty.traverse_dict;
    ty.clear = ty.clear_dict;
    ty.is_gc = true;
    ty.dict_offset = Some(ty.dict_offset_for_sub);
    let t = alloc_object(type_type, ty, gc);
    t.leak();
    t
}

fn make_types(heap: &Rc<Heap>) -> Types {
    use crate::object::*;
    // Builtin types are immortal: `leak` takes each out of this list again,
    // so it is empty when dropped.
    let gc = GcHead::new_list();
    let gc = &*gc;
    // `type` and `object` name the heap; every other type inherits it.
    let mut type_type = TypeObject::new::<TypeObject>("type", None, typeobj::slots());
    type_type.memory = Some(heap.clone());
    let type_ = alloc_type_type(type_type);
    type_.leak();
    let mut object_type = TypeObject::new::<object::ObjectValue>("object", None, object::slots());
    object_type.memory = Some(heap.clone());
    let object = alloc_object(&type_, object_type, gc);
    object.leak();
    // `type` is made before `object`, so its MRO lacks `object` for now.
    let t = &type_;
    let o = Some(&object);
    // A builtin type whose base is `object` (`t`, `o` and `gc` are bound above).
    macro_rules! ty {
        ($payload:ty, $name:expr, $slots:expr) => {
            new_type::<$payload>(t, $name, o, $slots, gc)
        };
    }
    let int = ty!(int::BigIntValue, "int", int::slots());
    let exc = |name: &str, base: &Value| {
        new_type::<exception::ExceptionData>(t, name, Some(base), Slots::default(), gc)
    };
    let base_exception = ty!(ExceptionData, "BaseException", exception::slots());
    let exception = exc("Exception", &base_exception);
    let arithmetic_error = exc("ArithmeticError", &exception);
    let lookup_error = exc("LookupError", &exception);
    let name_error = exc("NameError", &exception);
    let runtime_error = exc("RuntimeError", &exception);
    let value_error = exc("ValueError", &exception);
    let unicode_error = exc("UnicodeError", &value_error);
    Types {
        none_type: ty!(none::NoneValue, "NoneType", none::slots()),
        bool: new_type::<bool::BoolValue>(t, "bool", Some(&int), bool::slots(), gc),
        float: ty!(float::Float, "float", float::slots()),
        str: ty!(str::Str, "str", str::slots()),
        tuple: ty!(tuple::Tuple, "tuple", tuple::slots()),
        list: ty!(list::List, "list", list::slots()),
        dict: ty!(dict::Dict, "dict", dict::slots()),
        function: new_type_with_dict::<function::Function>(t, "function", o, function::slots(), gc),
        builtin_function: ty!(
            function::Builtin,
            "builtin_function_or_method",
            function::builtin_slots()
        ),
        code: ty!(code::Code, "code", code::slots()),
        cell: ty!(cell::Cell, "cell", cell::slots()),
        range: ty!(range::Range, "range", range::slots()),
        slice: ty!(slice::Slice, "slice", slice::slots()),
        list_iterator: ty!(iter::SeqIter, "list_iterator", iter::seq_slots()),
        tuple_iterator: ty!(iter::SeqIter, "tuple_iterator", iter::seq_slots()),
        str_iterator: ty!(iter::SeqIter, "str_ascii_iterator", iter::seq_slots()),
        range_iterator: ty!(iter::RangeIter, "range_iterator", iter::range_slots()),
        dict_keyiterator: ty!(dict::DictIter, "dict_keyiterator", dict::iter_slots()),
        dict_keys: ty!(dict::DictView, "dict_keys", dict::view_slots()),
        dict_values: ty!(dict::DictView, "dict_values", dict::view_slots()),
        dict_items: ty!(dict::DictView, "dict_items", dict::view_slots()),
        super_: ty!(instance::Super, "super", instance::super_slots()),
        generator: ty!(generator::Generator, "generator", generator::slots()),
        method: ty!(instance::Method, "method", instance::method_slots()),
        method_wrapper: ty!(instance::Method, "method-wrapper", method_wrapper::slots()),
        set: ty!(set::Set, "set", set::slots()),
        frozenset: ty!(set::Set, "frozenset", set::slots()),
        enumerate: ty!(
            native_iter::NativeIter,
            "enumerate",
            native_iter::slots(native_iter::enumerate_new)
        ),
        zip: ty!(
            native_iter::NativeIter,
            "zip",
            native_iter::slots(native_iter::zip_new)
        ),
        map: ty!(
            native_iter::NativeIter,
            "map",
            native_iter::slots(native_iter::map_new)
        ),
        filter: ty!(
            native_iter::NativeIter,
            "filter",
            native_iter::slots(native_iter::filter_new)
        ),
        reversed: ty!(
            native_iter::NativeIter,
            "reversed",
            native_iter::slots(native_iter::reversed_new)
        ),
        callable_iterator: ty!(
            native_iter::NativeIter,
            "callable_iterator",
            native_iter::iter_slots()
        ),
        dict_reversekeyiterator: ty!(iter::SeqIter, "dict_reversekeyiterator", iter::seq_slots()),
        dict_valueiterator: ty!(dict::DictIter, "dict_valueiterator", dict::iter_slots()),
        dict_itemiterator: ty!(dict::DictIter, "dict_itemiterator", dict::iter_slots()),
        set_iterator: ty!(set::SetIter, "set_iterator", set::iter_slots()),
        list_reverseiterator: ty!(
            native_iter::NativeIter,
            "list_reverseiterator",
            native_iter::iter_slots()
        ),
        union_type: ty!(union::Union, "UnionType", union::slots()),
        iterator: ty!(
            native_iter::NativeIter,
            "iterator",
            native_iter::iter_slots()
        ),
        type_error: exc("TypeError", &exception),
        unbound_local_error: exc("UnboundLocalError", &name_error),
        zero_division_error: exc("ZeroDivisionError", &arithmetic_error),
        overflow_error: exc("OverflowError", &arithmetic_error),
        unicode_encode_error: exc("UnicodeEncodeError", &unicode_error),
        unicode_decode_error: exc("UnicodeDecodeError", &unicode_error),
        unicode_error,
        value_error,
        memory_error: exc("MemoryError", &exception),
        // CPython names the iterator of a non-ASCII str `str_iterator`.
        str_wide_iterator: ty!(iter::SeqIter, "str_iterator", iter::seq_slots()),
        coroutine: ty!(generator::Generator, "coroutine", coroutine::slots()),
        async_generator: ty!(generator::Generator, "async_generator", asyncgen::slots()),
        async_generator_asend: ty!(
            asyncgen::ASend,
            "async_generator_asend",
            asyncgen::asend_slots()
        ),
        async_generator_wrapped_value: ty!(
            asyncgen::Wrapped,
            "async_generator_wrapped_value",
            asyncgen::wrapped_slots()
        ),
        bytes: ty!(bytes::Bytes, "bytes", bytes::slots()),
        bytearray: ty!(bytearray::ByteArray, "bytearray", bytearray::slots()),
        memoryview: ty!(memoryview::MemoryView, "memoryview", memoryview::slots()),
        complex: ty!(complex::Complex, "complex", complex::slots()),
        ellipsis: ty!(ellipsis::EllipsisValue, "ellipsis", ellipsis::slots()),
        bytes_iterator: ty!(bytes::BytesIter, "bytes_iterator", bytes::iter_slots()),
        bytearray_iterator: ty!(bytes::BytesIter, "bytearray_iterator", bytes::iter_slots()),
        os_error: exc("OSError", &exception),
        index_error: exc("IndexError", &lookup_error),
        key_error: exc("KeyError", &lookup_error),
        attribute_error: exc("AttributeError", &exception),
        recursion_error: exc("RecursionError", &runtime_error),
        not_implemented_error: exc("NotImplementedError", &runtime_error),
        stop_iteration: exc("StopIteration", &exception),
        system_error: exc("SystemError", &exception),
        assertion_error: exc("AssertionError", &exception),
        module: ty!(module::Module, "module", module::slots()),
        property: ty!(descr::Property, "property", descr::property_slots()),
        classmethod: ty!(
            descr::ClassMethod,
            "classmethod",
            descr::classmethod_slots()
        ),
        staticmethod: ty!(
            descr::StaticMethod,
            "staticmethod",
            descr::staticmethod_slots()
        ),
        member_descriptor: ty!(descr::Member, "member_descriptor", descr::member_slots()),
        wrapper_descriptor: ty!(
            descr::SlotWrapper,
            "wrapper_descriptor",
            descr::wrapper_slots()
        ),
        mappingproxy: ty!(
            descr::MappingProxy,
            "mappingproxy",
            descr::mappingproxy_slots()
        ),
        not_implemented_type: ty!(
            descr::NotImplementedValue,
            "NotImplementedType",
            descr::not_implemented_slots()
        ),
        getset_descriptor: ty!(descr::GetSet, "getset_descriptor", descr::getset_slots()),
        generic_alias: ty!(
            descr::GenericAlias,
            "GenericAlias",
            descr::generic_alias_slots()
        ),
        getitem_iterator: ty!(
            heapslots::GetitemIter,
            "iterator",
            heapslots::getitem_iter_slots()
        ),
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
    /// The interpreter, for the token's whole lifetime.
    pub fn interp(self) -> &'py Interpreter {
        self.interp
    }

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
            obj::function::Builtin {
                name,
                f,
                flags: obj::function::builtin_flags(name, bound.is_some()),
                bound,
            },
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
        let msg = match v.downcast::<TypeObject>() {
            Some(t) => format!("type object '{}' has no attribute '{}'", t.name, name),
            None => format!("'{}' object has no attribute '{}'", self.type_name(v), name),
        };
        obj::exception::attribute_error(self, v, name, msg)
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
    let globals = py.alloc(&py.types.dict, obj::dict::Dict::default());
    let name_key = py.intern("__name__");
    let main = py.new_str("__main__");
    let builtins_key = py.intern("__builtins__");
    let setup = obj::dict::set_item(py, &globals, name_key, main)
        .and_then(|_| obj::dict::set_item(py, &globals, builtins_key, py.builtins.clone()));
    if let Err(e) = setup {
        return Err(traceback::format_exception(py, &e.0, source));
    }
    let result = match eval::run_code(py, code, globals.clone()) {
        Ok(_) => Ok(()),
        Err(e) => Err(traceback::format_exception(py, &e.0, source)),
    };
    // As at CPython's shutdown: generators still suspended run their cleanup.
    obj::generator::finalize_globals(py, &globals);
    result
}

#[cfg(test)]
pub mod asm;
pub mod cache;
#[cfg(test)]
mod tests;
