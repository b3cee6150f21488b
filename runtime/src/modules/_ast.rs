//! `_ast`: the classes of the `ast` module, one per ASDL type and constructor
//! (the table `ast::py::CLASSES` is generated from grammar/Python.asdl), and
//! the conversions between the compiler's tree and those Python objects.
//!
//! The root class `AST` is a small Python class (its constructor binds the
//! positional and keyword fields, as CPython's does); the others are made
//! with `type(name, (base,), namespace)` from the table.

use crate::ast::py::{Builder, FromPy, Quantity, Reader, ToPy, CLASSES};
use crate::ast::validate::Invalid;
use crate::ast::{AstString, Constant, Identifier, Mod};
use crate::object::{self as obj, dict, int, str::as_str, tuple, PyErr, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// The root class and its constructor.
const AST_SOURCE: &str = r#"
class AST:
    __module__ = 'ast'
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{cls.__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        given = fields[:len(args)]
        for name, value in kwargs.items():
            if name in given:
                raise TypeError(f"{cls.__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__ or None

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192
"#;

/// `compile()`'s flag asking for a tree instead of code.
pub const PY_CF_ONLY_AST: i64 = 1024;

pub fn make(py: Py<'_>) -> PyResult<Value> {
    let m = crate::object::module::new(py, "_ast")?;
    let Some(d) = crate::object::module::dict_of(&m) else {
        return Err(py.system_error("_ast has no namespace"));
    };
    run_source(py, AST_SOURCE, &d)?;
    let ty = py.types.type_.clone();
    for c in CLASSES {
        let Some(base) = dict::get_str(py, &d, c.base)? else {
            return Err(py.system_error("_ast: a base class is missing"));
        };
        let ns = dict::new(py);
        let names = |fs: &[crate::ast::py::PyField]| -> Value {
            tuple::new(py, fs.iter().map(|f| py.new_str(f.name)).collect())
        };
        dict::set_item(py, &ns, py.intern("__module__"), py.new_str("ast"))?;
        dict::set_item(py, &ns, py.intern("__doc__"), py.new_str(c.doc))?;
        dict::set_item(py, &ns, py.intern("_fields"), names(c.fields))?;
        dict::set_item(py, &ns, py.intern("__match_args__"), names(c.fields))?;
        dict::set_item(py, &ns, py.intern("_attributes"), names(c.attributes))?;
        // Optional fields read as None until set, as in CPython 3.11.
        for f in c.fields.iter().chain(c.attributes) {
            if f.quantity == Quantity::Optional {
                dict::set_item(py, &ns, py.intern(f.name), py.none())?;
            }
        }
        let args = [py.new_str(c.name), tuple::new(py, vec![base]), ns];
        let cls = obj::call(py, &ty, &args, &[])?;
        dict::set_item(py, &d, py.intern(c.name), cls)?;
    }
    // How `ast.unparse` spells each comparison, from grammar/operators, so a
    // fork's new comparison unparses too.
    let spellings = dict::new(py);
    for op in crate::ast::Cmpop::ALL {
        dict::set_item(
            py,
            &spellings,
            py.new_str(op.name()),
            py.new_str(op.spelling()),
        )?;
    }
    dict::set_item(py, &d, py.intern("_cmpop_spellings"), spellings)?;
    Ok(m)
}

/// Runs Python `source` with `ns` as its globals.
fn run_source(py: Py<'_>, source: &str, ns: &Value) -> PyResult<()> {
    use crate::parser::{parse_input, Input, Mode};
    let parsed = parse_input(source, Mode::Exec, false, Input::Str);
    let tree = parsed
        .module
        .map_err(|_| py.system_error("_ast: the AST class does not parse"))?;
    let code = crate::compile::codegen::compile_module(&tree, "<_ast>")
        .map_err(|_| py.system_error("_ast: the AST class does not compile"))?;
    let code = crate::object::code::CodeData::new(py, code);
    dict::set_item(py, ns, py.intern("__builtins__"), py.builtins.clone())?;
    let frame = crate::vm::frame::Frame::for_module(py, code, ns.clone());
    crate::vm::eval::run_frame(py, frame)?;
    Ok(())
}

/// The `_ast` module's classes, in `CLASSES` order.
fn classes(py: Py<'_>) -> PyResult<Vec<Value>> {
    let m = crate::import::import_name(py, "_ast", None, &[], 0)?;
    let Some(d) = crate::object::module::dict_of(&m) else {
        return Err(py.system_error("_ast is not a module"));
    };
    let mut out = Vec::with_capacity(CLASSES.len());
    for c in CLASSES {
        match dict::get_str(py, &d, c.name)? {
            Some(cls) => out.push(cls),
            None => return Err(py.system_error("_ast: a class is missing")),
        }
    }
    Ok(out)
}

/// The `ast.AST` class.
pub fn ast_class(py: Py<'_>) -> PyResult<Value> {
    let m = crate::import::import_name(py, "_ast", None, &[], 0)?;
    let d = crate::object::module::dict_of(&m);
    match d
        .map(|d| dict::get_str(py, &d, "AST"))
        .transpose()?
        .flatten()
    {
        Some(c) => Ok(c),
        None => Err(py.system_error("_ast.AST is missing")),
    }
}

/// Whether `v` is an `ast.AST` instance (without importing `_ast` if no
/// program did: then no instance can exist).
pub fn is_ast(py: Py<'_>, v: &Value) -> PyResult<bool> {
    let loaded = dict::get_str(py, &crate::import::modules(py), "_ast")?.is_some();
    if !loaded {
        return Ok(false);
    }
    Ok(obj::isinstance(py, v, &ast_class(py)?))
}

struct PyBuilder<'py> {
    py: Py<'py>,
    classes: Vec<Value>,
    singletons: Vec<Option<Value>>,
    /// `object.__new__`: nodes are made without running `AST.__init__`.
    new: Value,
    depth: usize,
    limit: usize,
}

/// The stack the conversions run on: deep trees recurse deeply in Rust.
const CONVERT_STACK: usize = 256 << 20;

fn recursion_error(py: Py<'_>, msg: String) -> PyErr {
    py.new_error(&py.types.recursion_error, msg)
}

impl Builder for PyBuilder<'_> {
    type Obj = Value;
    type Err = PyErr;

    fn node(&mut self, class: usize, values: Vec<Value>) -> PyResult<Value> {
        let py = self.py;
        let (Some(cls), Some(c)) = (self.classes.get(class), CLASSES.get(class)) else {
            return Err(py.system_error("_ast: class index out of range"));
        };
        let node = obj::call(py, &self.new, std::slice::from_ref(cls), &[])?;
        let names = c.fields.iter().chain(c.attributes);
        for (f, v) in names.zip(values) {
            obj::setattr(py, &node, f.name, v)?;
        }
        Ok(node)
    }

    fn singleton(&mut self, class: usize) -> PyResult<Value> {
        if let Some(Some(v)) = self.singletons.get(class) {
            return Ok(v.clone());
        }
        let v = self.node(class, Vec::new())?;
        if let Some(slot) = self.singletons.get_mut(class) {
            *slot = Some(v.clone());
        }
        Ok(v)
    }

    fn none(&mut self) -> Value {
        self.py.none()
    }

    fn list(&mut self, items: Vec<Value>) -> PyResult<Value> {
        Ok(crate::object::list::new(self.py, items))
    }

    fn identifier(&mut self, v: &Identifier) -> PyResult<Value> {
        Ok(self.py.new_str(v.as_str()))
    }

    fn string(&mut self, v: &AstString) -> PyResult<Value> {
        Ok(self.py.new_str(v.as_str()))
    }

    fn constant(&mut self, v: &Constant) -> PyResult<Value> {
        Ok(crate::object::code::constant(self.py, v))
    }

    fn int(&mut self, v: i32) -> PyResult<Value> {
        Ok(int::new_i64(self.py, v as i64))
    }

    fn enter(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.limit {
            self.depth -= 1;
            return Err(recursion_error(
                self.py,
                "maximum recursion depth exceeded during ast construction".to_string(),
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }
}

/// The Python objects of a tree (`ast.parse`, `compile(..., PyCF_ONLY_AST)`).
pub fn to_python(py: Py<'_>, tree: &Mod) -> PyResult<Value> {
    let classes = classes(py)?;
    let singletons = vec![None; classes.len()];
    // CPython allows three levels of tree per level of Python recursion.
    let limit = py.recursion_limit.get().saturating_mul(3);
    let new = obj::getattr(py, &py.types.object, "__new__")?;
    let mut b = PyBuilder {
        py,
        classes,
        singletons,
        new,
        depth: 0,
        limit,
    };
    stacker::grow(CONVERT_STACK, || tree.to_py(&mut b))
}

struct PyReader<'py> {
    py: Py<'py>,
    classes: Vec<Value>,
    depth: usize,
    limit: usize,
}

impl Reader for PyReader<'_> {
    type Obj = Value;
    type Err = PyErr;

    fn is_instance(&mut self, v: &Value, class: usize) -> PyResult<bool> {
        Ok(match self.classes.get(class) {
            Some(cls) => obj::isinstance(self.py, v, cls),
            None => false,
        })
    }

    fn field(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        let py = self.py;
        match obj::getattr(py, v, name) {
            Ok(x) => Ok(Some(x)),
            Err(e) if e.matches(py, &py.types.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn is_none(&mut self, v: &Value) -> bool {
        v.is(&self.py.none)
    }

    fn items(&mut self, v: &Value, owner: &str, field: &str) -> PyResult<Vec<Value>> {
        let py = self.py;
        match v.downcast::<crate::object::list::List>() {
            Some(l) => Ok(l.0.borrow().clone()),
            None => Err(py.type_error(format!(
                "{owner} field \"{field}\" must be a list, not a {}",
                py.type_name(v)
            ))),
        }
    }

    fn missing(&mut self, owner: &str, field: &str) -> PyErr {
        self.py
            .type_error(format!("required field \"{field}\" missing from {owner}"))
    }

    fn required(&mut self, owner: &str, field: &str) -> PyErr {
        self.py
            .value_error(format!("field '{field}' is required for {owner}"))
    }

    fn none_in_list(&mut self, ty: &str) -> PyErr {
        let what = match ty {
            "expr" => "expression",
            "stmt" => "statement",
            other => other,
        };
        self.py
            .value_error(format!("None disallowed in {what} list"))
    }

    fn wrong_kind(&mut self, v: &Value, ty: &str) -> PyErr {
        let py = self.py;
        match obj::repr(py, v) {
            Ok(r) => py.type_error(format!("expected some sort of {ty}, but got {r}")),
            Err(e) => e,
        }
    }

    fn identifier(&mut self, v: &Value) -> PyResult<Identifier> {
        match exact_str(self.py, v) {
            Some(s) => Ok(Identifier::from(s)),
            None => Err(self
                .py
                .type_error("AST identifier must be of type str".to_string())),
        }
    }

    fn string(&mut self, v: &Value) -> PyResult<AstString> {
        match exact_str(self.py, v) {
            Some(s) => Ok(AstString::from(s)),
            None => Err(self
                .py
                .type_error("AST string must be of type str".to_string())),
        }
    }

    fn constant(&mut self, v: &Value) -> PyResult<Constant> {
        constant_of(self.py, v)
    }

    fn enter(&mut self, ty: &'static str) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.limit {
            self.depth -= 1;
            return Err(recursion_error(
                self.py,
                format!("maximum recursion depth exceeded while traversing '{ty}' node"),
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    fn int(&mut self, v: &Value) -> PyResult<i32> {
        let py = self.py;
        let bad = || match obj::repr(py, v) {
            Ok(r) => py.value_error(format!("invalid integer value: {r}")),
            Err(e) => e,
        };
        if int::int_ref(py, v).is_none() {
            return Err(bad());
        }
        match int::as_index(py, v)? {
            Some(i) => i32::try_from(i)
                .map_err(|_| py.overflow_error("Python int too large to convert to C int")),
            None => Err(bad()),
        }
    }
}

fn exact_str<'v>(py: Py<'_>, v: &'v Value) -> Option<&'v str> {
    if crate::object::typeobj::is_subtype(&py.type_of(v), &py.types.str) {
        as_str(v)
    } else {
        None
    }
}

/// A Python value as the literal a `Constant` node may hold.
fn constant_of(py: Py<'_>, v: &Value) -> PyResult<Constant> {
    let t = py.type_of(v);
    let sub = |ty: &Value| crate::object::typeobj::is_subtype(&t, ty);
    if v.is(&py.none) {
        return Ok(Constant::None);
    }
    if v.is(&py.ellipsis) {
        return Ok(Constant::Ellipsis);
    }
    if sub(&py.types.bool) {
        return Ok(Constant::Bool(obj::truthy(py, v)?));
    }
    if sub(&py.types.int) {
        if let Some(b) = int::index_big(py, v)? {
            return Ok(Constant::Int(b));
        }
    }
    if sub(&py.types.float) {
        if let Some(f) = crate::object::float::as_f64(py, v)? {
            return Ok(Constant::Float(f));
        }
    }
    if sub(&py.types.complex) {
        if let Some((real, imag)) = crate::object::complex::as_complex(py, v)? {
            return Ok(Constant::Complex { real, imag });
        }
    }
    if sub(&py.types.str) {
        if let Some(s) = as_str(v) {
            return Ok(Constant::Str(s.into()));
        }
    }
    if sub(&py.types.bytes) {
        if let Some(b) = crate::object::bytes::as_bytes(v) {
            return Ok(Constant::Bytes(b.to_vec()));
        }
    }
    if sub(&py.types.tuple) || sub(&py.types.frozenset) {
        let items = obj::collect(py, v)?;
        let mut out = Vec::with_capacity(items.len());
        for x in &items {
            out.push(constant_of(py, x)?);
        }
        return Ok(if sub(&py.types.tuple) {
            Constant::Tuple(out)
        } else {
            Constant::FrozenSet(out)
        });
    }
    Err(py.type_error(format!(
        "got an invalid type in Constant: {}",
        py.type_name(v)
    )))
}

/// The tree of Python objects `tree` for `compile` in `mode` ("exec", "eval",
/// "single"): `expected Module node, got Expression` when they do not match.
pub fn from_python(py: Py<'_>, tree: &Value, mode: &str) -> PyResult<Mod> {
    let classes = classes(py)?;
    let want = match mode {
        "eval" => "Expression",
        "single" => "Interactive",
        "func_type" => "FunctionType",
        _ => "Module",
    };
    let index = CLASSES.iter().position(|c| c.name == want);
    let ok = index
        .and_then(|i| classes.get(i))
        .is_some_and(|cls| obj::isinstance(py, tree, cls));
    if !ok {
        return Err(py.type_error(format!("expected {want} node, got {}", py.type_name(tree))));
    }
    let limit = py.recursion_limit.get();
    let mut r = PyReader {
        py,
        classes,
        depth: 0,
        limit,
    };
    let (tree, checked) = stacker::grow(CONVERT_STACK, || {
        let tree = Mod::from_py(&mut r, tree)?;
        let checked = crate::ast::validate::validate_mod(&tree);
        Ok::<_, PyErr>((tree, checked))
    })?;
    match checked {
        Ok(()) => Ok(tree),
        Err(Invalid::Value(msg)) => Err(py.value_error(msg)),
        Err(Invalid::Type(msg)) => Err(py.type_error(msg)),
        Err(Invalid::System(msg)) => Err(py.new_error(&py.types.system_error, msg)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::{parse_input, Input, Mode};
    use crate::vm::Interpreter;

    const SOURCES: &[&str] = &[
        "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    '''doc'''\n    return a\n",
        "async def g():\n    await x\n    async for i in y:\n        pass\n    async with a as b:\n        pass\n",
        "@dec\nclass C(B, metaclass=M):\n    x: int = 1\n",
        "del a, b[0]\na = b = 1\na += 2\n(a): int = 1\n",
        "for i, j in x:\n    break\nelse:\n    continue\nwhile x:\n    pass\n",
        "match p:\n    case 1 | 2:\n        pass\n    case [a, *r]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case P(x=0) if y:\n        pass\n    case str() as s:\n        pass\n    case None:\n        pass\n",
        "try:\n    pass\nexcept E as e:\n    raise X from e\nfinally:\n    pass\n",
        "import a.b as c\nfrom .. import e\nglobal g\nassert x, 'm'\n",
        "x = {1: 2, **d}, {1}, [i for i in y if i], {k: v for k, v in d}, (z for z in w)\n",
        "f(a, *b, c=1, **d)\ny = f'{a!r:>{w}}' 'x'\nz = -1 + 2j * 1.5 ** b'x'[1:2, ::3]\n",
        "x = (y := lambda q=1: q if q else None)\n",
    ];

    /// The Python tree's `ast.dump` equals the Rust dump (`-X dump-ast`), and
    /// reading the Python tree back gives the same Rust tree.
    #[test]
    fn python_tree_matches_the_rust_tree() {
        let interp = Interpreter::new();
        let py = interp.py();
        let ast_mod = crate::import::import_name(py, "ast", None, &[], 0).expect("import ast");
        let dump_fn = obj::getattr(py, &ast_mod, "dump").expect("ast.dump");
        for src in SOURCES {
            let tree = parse_input(src, Mode::Exec, false, Input::Str)
                .module
                .expect("parses");
            let value = to_python(py, &tree).expect("converts");
            let args = [value.clone(), py.bool(true)];
            let kw = [py.new_str("include_attributes")];
            let text = obj::call(py, &dump_fn, &args, &kw).expect("dumps");
            assert_eq!(
                as_str(&text),
                Some(crate::ast::dump(&tree, true).as_str()),
                "{src}"
            );
            let back = from_python(py, &value, "exec").expect("reads back");
            assert_eq!(back, tree, "{src}");
        }
    }
}
