//! Which operator dunders CPython 3.11's builtin types define in their own
//! dict (`int.__and__` exists, `str.__and__` does not). moult's types
//! implement every operator through one slot, so `dir()` and `hasattr()`
//! consult this table (generated from python3) before listing a wrapper.

/// (type name, its operator dunders), sorted by type name.
pub const OPERATOR_DUNDERS: &[(&str, &[&str])] = &[
    ("NoneType", &[]),
    (
        "bool",
        &[
            "__and__", "__or__", "__rand__", "__ror__", "__rxor__", "__xor__",
        ],
    ),
    (
        "bytearray",
        &[
            "__add__", "__iadd__", "__imul__", "__mod__", "__mul__", "__rmod__", "__rmul__",
        ],
    ),
    (
        "bytes",
        &["__add__", "__mod__", "__mul__", "__rmod__", "__rmul__"],
    ),
    (
        "complex",
        &[
            "__abs__",
            "__add__",
            "__mul__",
            "__neg__",
            "__pos__",
            "__pow__",
            "__radd__",
            "__rmul__",
            "__rpow__",
            "__rsub__",
            "__rtruediv__",
            "__sub__",
            "__truediv__",
        ],
    ),
    ("dict", &["__ior__", "__or__", "__ror__"]),
    (
        "float",
        &[
            "__abs__",
            "__add__",
            "__divmod__",
            "__floordiv__",
            "__mod__",
            "__mul__",
            "__neg__",
            "__pos__",
            "__pow__",
            "__radd__",
            "__rdivmod__",
            "__rfloordiv__",
            "__rmod__",
            "__rmul__",
            "__rpow__",
            "__rsub__",
            "__rtruediv__",
            "__sub__",
            "__truediv__",
        ],
    ),
    (
        "frozenset",
        &[
            "__and__", "__or__", "__rand__", "__ror__", "__rsub__", "__rxor__", "__sub__",
            "__xor__",
        ],
    ),
    (
        "int",
        &[
            "__abs__",
            "__add__",
            "__and__",
            "__divmod__",
            "__floordiv__",
            "__index__",
            "__invert__",
            "__lshift__",
            "__mod__",
            "__mul__",
            "__neg__",
            "__or__",
            "__pos__",
            "__pow__",
            "__radd__",
            "__rand__",
            "__rdivmod__",
            "__rfloordiv__",
            "__rlshift__",
            "__rmod__",
            "__rmul__",
            "__ror__",
            "__rpow__",
            "__rrshift__",
            "__rshift__",
            "__rsub__",
            "__rtruediv__",
            "__rxor__",
            "__sub__",
            "__truediv__",
            "__xor__",
        ],
    ),
    (
        "list",
        &["__add__", "__iadd__", "__imul__", "__mul__", "__rmul__"],
    ),
    ("memoryview", &[]),
    ("object", &[]),
    ("range", &[]),
    (
        "set",
        &[
            "__and__", "__iand__", "__ior__", "__isub__", "__ixor__", "__or__", "__rand__",
            "__ror__", "__rsub__", "__rxor__", "__sub__", "__xor__",
        ],
    ),
    ("slice", &[]),
    (
        "str",
        &["__add__", "__mod__", "__mul__", "__rmod__", "__rmul__"],
    ),
    ("tuple", &["__add__", "__mul__", "__rmul__"]),
    ("type", &["__or__", "__ror__"]),
];

/// Whether `name` is an operator dunder that builtin type `ty` lacks in
/// CPython; types missing from the table keep all of theirs.
pub fn lacks(ty: &str, name: &str) -> bool {
    OPERATOR_DUNDERS
        .binary_search_by(|(t, _)| t.cmp(&ty))
        .is_ok_and(|i| is_operator(name) && !OPERATOR_DUNDERS[i].1.contains(&name))
}

fn is_operator(name: &str) -> bool {
    const OPS: &[&str] = &[
        "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
        "and", "xor", "or", "divmod", "neg", "pos", "abs", "invert", "index",
    ];
    let Some(core) = name.strip_prefix("__").and_then(|n| n.strip_suffix("__")) else {
        return false;
    };
    let core = core
        .strip_prefix('r')
        .filter(|c| OPS.contains(c))
        .or_else(|| core.strip_prefix('i').filter(|c| OPS.contains(c)))
        .unwrap_or(core);
    OPS.contains(&core)
}

/// Data attributes (getset and member descriptors) of CPython 3.11's builtin
/// types, which moult serves from its attribute hooks rather than type dicts;
/// `dir()` lists them. Sorted by type name.
pub const DATA_ATTRS: &[(&str, &[&str])] = &[
    ("AttributeError", &["name", "obj"]),
    (
        "BaseException",
        &[
            "__cause__",
            "__context__",
            "__dict__",
            "__suppress_context__",
            "__traceback__",
            "args",
        ],
    ),
    ("BaseExceptionGroup", &["exceptions", "message"]),
    ("ImportError", &["msg", "name", "path"]),
    ("KeyError", &[]),
    ("NameError", &["name"]),
    ("NoneType", &[]),
    (
        "OSError",
        &[
            "characters_written",
            "errno",
            "filename",
            "filename2",
            "strerror",
        ],
    ),
    ("StopIteration", &["value"]),
    (
        "SyntaxError",
        &[
            "end_lineno",
            "end_offset",
            "filename",
            "lineno",
            "msg",
            "offset",
            "print_file_and_line",
            "text",
        ],
    ),
    ("SystemExit", &["code"]),
    (
        "UnicodeDecodeError",
        &["encoding", "end", "object", "reason", "start"],
    ),
    (
        "UnicodeEncodeError",
        &["encoding", "end", "object", "reason", "start"],
    ),
    ("bool", &[]),
    (
        "builtin_function_or_method",
        &[
            "__doc__",
            "__module__",
            "__name__",
            "__qualname__",
            "__self__",
            "__text_signature__",
        ],
    ),
    (
        "classmethod",
        &[
            "__dict__",
            "__func__",
            "__isabstractmethod__",
            "__wrapped__",
        ],
    ),
    ("complex", &["imag", "real"]),
    ("float", &["imag", "real"]),
    (
        "function",
        &[
            "__annotations__",
            "__builtins__",
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__doc__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ],
    ),
    (
        "generator",
        &[
            "__name__",
            "__qualname__",
            "gi_code",
            "gi_frame",
            "gi_running",
            "gi_suspended",
            "gi_yieldfrom",
        ],
    ),
    ("int", &["denominator", "imag", "numerator", "real"]),
    ("method", &["__doc__", "__func__", "__self__"]),
    ("object", &["__class__"]),
    (
        "property",
        &["__doc__", "__isabstractmethod__", "fdel", "fget", "fset"],
    ),
    ("range", &["start", "step", "stop"]),
    ("slice", &["start", "step", "stop"]),
    (
        "staticmethod",
        &[
            "__dict__",
            "__func__",
            "__isabstractmethod__",
            "__wrapped__",
        ],
    ),
    (
        "type",
        &[
            "__abstractmethods__",
            "__annotations__",
            "__base__",
            "__bases__",
            "__basicsize__",
            "__dict__",
            "__dictoffset__",
            "__doc__",
            "__flags__",
            "__itemsize__",
            "__module__",
            "__mro__",
            "__name__",
            "__qualname__",
            "__text_signature__",
            "__weakrefoffset__",
        ],
    ),
];

/// The data attributes builtin type `ty` defines itself.
pub fn data_attrs(ty: &str) -> &'static [&'static str] {
    DATA_ATTRS
        .binary_search_by(|(t, _)| t.cmp(&ty))
        .map_or(&[], |i| DATA_ATTRS[i].1)
}
