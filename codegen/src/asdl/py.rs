//! The Python side of the AST (`ast_py!()`): the class table of the `ast`
//! module and the conversions between the Rust tree and Python objects.
//!
//! The emitted code knows nothing of the runtime: it talks to a [`Builder`]
//! (Rust -> Python) or a [`Reader`] (Python -> Rust) that the runtime
//! implements, so the per-node code is generated and the value handling is not.
//!
//! Class table order: for each definition in spec order, a sum type's class
//! followed by its constructors' classes, or a product's class. A class's index
//! in `CLASSES` is what `Builder::node` and `Reader::is_instance` receive.

use super::{Definition, Field, Kind, Module, Quantity, BUILTINS};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::emit::field_ident;

/// One row of the class table, as the emitter sees it.
struct Class<'m> {
    name: &'m str,
    /// The sum type's name, or "AST".
    base: &'m str,
    fields: &'m [Field],
    attributes: &'m [Field],
    /// A sum type's own class (never built by the conversion).
    is_sum: bool,
    doc: String,
}

fn field_text(f: &Field) -> String {
    // `T?*` is moult's spelling of what CPython's ASDL writes `T*`.
    let q = match f.quantity {
        Quantity::One => "",
        Quantity::Optional => "?",
        Quantity::List | Quantity::OptionalList => "*",
    };
    format!("{}{} {}", f.ty, q, f.name)
}

/// `BinOp(expr left, operator op, expr right)`, or `Pass` for no fields.
fn ctor_doc(name: &str, fields: &[Field]) -> String {
    if fields.is_empty() {
        return name.to_string();
    }
    let parts: Vec<String> = fields.iter().map(field_text).collect();
    format!("{name}({})", parts.join(", "))
}

fn classes(module: &Module) -> Vec<Class<'_>> {
    let mut out = Vec::new();
    for d in &module.definitions {
        match &d.kind {
            Kind::Sum(ctors) => {
                let pad = " ".repeat(d.name.len() + 1);
                let docs: Vec<String> =
                    ctors.iter().map(|c| ctor_doc(&c.name, &c.fields)).collect();
                // One constructor a line, aligned under the `=`, unless none
                // has fields (`cmpop = Eq | NotEq | ...`), as CPython's docs.
                let sep = if d.is_simple_sum() {
                    " | ".to_string()
                } else {
                    format!("\n{pad}| ")
                };
                let doc = format!("{} = {}", d.name, docs.join(&sep));
                out.push(Class {
                    name: &d.name,
                    base: "AST",
                    fields: &[],
                    attributes: &d.attributes,
                    is_sum: true,
                    doc,
                });
                for (c, doc) in ctors.iter().zip(docs) {
                    out.push(Class {
                        name: &c.name,
                        base: &d.name,
                        fields: &c.fields,
                        attributes: &d.attributes,
                        is_sum: false,
                        doc,
                    });
                }
            }
            Kind::Product(fields) => out.push(Class {
                name: &d.name,
                base: "AST",
                fields,
                attributes: &d.attributes,
                is_sum: false,
                doc: ctor_doc(&d.name, fields),
            }),
        }
    }
    out
}

fn quantity_tokens(q: Quantity) -> TokenStream {
    match q {
        Quantity::One => quote! { Quantity::One },
        Quantity::Optional => quote! { Quantity::Optional },
        Quantity::List => quote! { Quantity::List },
        Quantity::OptionalList => quote! { Quantity::OptionalList },
    }
}

fn field_rows(fields: &[Field]) -> Vec<TokenStream> {
    fields
        .iter()
        .map(|f| {
            let (name, ty, q) = (&f.name, &f.ty, quantity_tokens(f.quantity));
            quote! { PyField { name: #name, ty: #ty, quantity: #q } }
        })
        .collect()
}

fn type_ident(d: &Definition) -> Ident {
    Ident::new(&super::camel_case(&d.name), Span::call_site())
}

fn is_builtin(ty: &str) -> bool {
    BUILTINS.iter().any(|(b, _)| *b == ty)
}

/// Emits module `py`: `CLASSES`, `Builder`/`ToPy`, `Reader`/`FromPy`.
pub fn emit(module: &Module) -> TokenStream {
    let table = classes(module);
    let index_of = |name: &str| table.iter().position(|c| c.name == name).unwrap_or(0);
    let rows = table.iter().map(|c| {
        let (name, base, doc, is_sum) = (c.name, c.base, &c.doc, c.is_sum);
        let fields = field_rows(c.fields);
        let attrs = field_rows(c.attributes);
        quote! {
            PyClass { name: #name, base: #base, fields: &[#(#fields),*],
                      attributes: &[#(#attrs),*], is_sum: #is_sum, doc: #doc }
        }
    });
    let to_py = module
        .definitions
        .iter()
        .map(|d| to_py(module, d, &index_of));
    let from_py = module
        .definitions
        .iter()
        .map(|d| from_py(module, d, &index_of));
    quote! {
        /// The Python classes of the AST and the conversions to and from them
        /// (@generated from grammar/Python.asdl by codegen/src/asdl/py.rs).
        #[allow(non_snake_case, clippy::all)]
        pub mod py {
            use super::*;

            /// How many values a field holds (ASDL `T`, `T?`, `T*`, `T?*`).
            #[derive(Clone, Copy, Debug, PartialEq, Eq)]
            pub enum Quantity { One, Optional, List, OptionalList }

            /// One field of a class: its name, ASDL type and quantity.
            #[derive(Debug)]
            pub struct PyField { pub name: &'static str, pub ty: &'static str, pub quantity: Quantity }

            /// One class of the `ast` module.
            #[derive(Debug)]
            pub struct PyClass {
                pub name: &'static str,
                /// The base class's name: the sum type, or "AST".
                pub base: &'static str,
                pub fields: &'static [PyField],
                pub attributes: &'static [PyField],
                /// The class of a sum type (`expr`), a base only.
                pub is_sum: bool,
                /// The class's `__doc__`: its ASDL definition.
                pub doc: &'static str,
            }

            /// Every class, bases before subclasses.
            pub const CLASSES: &[PyClass] = &[#(#rows),*];

            /// Makes Python values for the conversion of a tree (the runtime's side).
            pub trait Builder {
                type Obj;
                type Err;
                /// An instance of `CLASSES[class]` with `values` for its fields
                /// then its attributes, in table order.
                fn node(&mut self, class: usize, values: Vec<Self::Obj>) -> Result<Self::Obj, Self::Err>;
                /// The shared instance of a field-less class (`Load`, `Add`).
                fn singleton(&mut self, class: usize) -> Result<Self::Obj, Self::Err>;
                fn none(&mut self) -> Self::Obj;
                fn list(&mut self, items: Vec<Self::Obj>) -> Result<Self::Obj, Self::Err>;
                fn identifier(&mut self, v: &Identifier) -> Result<Self::Obj, Self::Err>;
                fn string(&mut self, v: &AstString) -> Result<Self::Obj, Self::Err>;
                fn constant(&mut self, v: &Constant) -> Result<Self::Obj, Self::Err>;
                fn int(&mut self, v: i32) -> Result<Self::Obj, Self::Err>;
                /// Called before converting a node (not a field-less one), so that
                /// a deep tree can be refused before the stack runs out.
                fn enter(&mut self) -> Result<(), Self::Err> { Ok(()) }
                /// Called after converting a node entered with `enter`.
                fn leave(&mut self) {}
            }

            /// A tree (or leaf) that converts to Python values.
            pub trait ToPy {
                fn to_py<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err>;
            }

            impl ToPy for Identifier {
                fn to_py<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> { b.identifier(self) }
            }
            impl ToPy for AstString {
                fn to_py<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> { b.string(self) }
            }
            impl ToPy for Constant {
                fn to_py<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> { b.constant(self) }
            }
            impl ToPy for i32 {
                fn to_py<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> { b.int(*self) }
            }
            impl<T: ToPy> ToPy for Box<T> {
                fn to_py<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> { (**self).to_py(b) }
            }
            impl<T: ToPy> ToPy for Option<T> {
                fn to_py<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
                    match self { Some(x) => x.to_py(b), None => Ok(b.none()) }
                }
            }
            impl<T: ToPy> ToPy for Vec<T> {
                fn to_py<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
                    let mut items = Vec::with_capacity(self.len());
                    for x in self { items.push(x.to_py(b)?); }
                    b.list(items)
                }
            }

            #(#to_py)*

            /// Reads Python values for the conversion to a tree (the runtime's side).
            /// `owner` names a class (`Expr`) or, for attributes, its sum (`stmt`).
            pub trait Reader {
                type Obj;
                type Err;
                fn is_instance(&mut self, obj: &Self::Obj, class: usize) -> Result<bool, Self::Err>;
                /// The attribute `name` of `obj`; `None` when it has none.
                fn field(&mut self, obj: &Self::Obj, name: &str) -> Result<Option<Self::Obj>, Self::Err>;
                fn is_none(&mut self, obj: &Self::Obj) -> bool;
                /// The items of a list field (an error when `obj` is no list).
                fn items(&mut self, obj: &Self::Obj, owner: &str, field: &str) -> Result<Vec<Self::Obj>, Self::Err>;
                /// `required field "x" missing from T`.
                fn missing(&mut self, owner: &str, field: &str) -> Self::Err;
                /// A required node field holds None: `field 'x' is required for T`.
                fn required(&mut self, owner: &str, field: &str) -> Self::Err;
                /// A None item in a list of `ty` nodes.
                fn none_in_list(&mut self, ty: &str) -> Self::Err;
                /// `expected some sort of expr, but got ...`.
                fn wrong_kind(&mut self, obj: &Self::Obj, ty: &str) -> Self::Err;
                fn identifier(&mut self, obj: &Self::Obj) -> Result<Identifier, Self::Err>;
                fn string(&mut self, obj: &Self::Obj) -> Result<AstString, Self::Err>;
                fn constant(&mut self, obj: &Self::Obj) -> Result<Constant, Self::Err>;
                fn int(&mut self, obj: &Self::Obj) -> Result<i32, Self::Err>;
                /// Called before reading a node of type `ty` (not a field-less one).
                fn enter(&mut self, _ty: &'static str) -> Result<(), Self::Err> { Ok(()) }
                /// Called after reading a node entered with `enter`.
                fn leave(&mut self) {}
            }

            /// A tree (or leaf) read from Python values.
            pub trait FromPy: Sized {
                fn from_py<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err>;
                /// Whether a None value is refused as "required" (nodes and names),
                /// rather than read (constants, ints).
                const NONE_IS_MISSING: bool = true;
            }

            impl FromPy for Identifier {
                fn from_py<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> { r.identifier(obj) }
            }
            impl FromPy for AstString {
                fn from_py<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> { r.string(obj) }
            }
            impl FromPy for Constant {
                fn from_py<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> { r.constant(obj) }
                const NONE_IS_MISSING: bool = false;
            }
            impl FromPy for i32 {
                fn from_py<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> { r.int(obj) }
                const NONE_IS_MISSING: bool = false;
            }
            impl<T: FromPy> FromPy for Box<T> {
                fn from_py<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> { T::from_py(r, obj).map(Box::new) }
                const NONE_IS_MISSING: bool = T::NONE_IS_MISSING;
            }

            /// A `T` field: missing is an error, None too for nodes and names.
            pub fn one<R: Reader, T: FromPy>(r: &mut R, obj: &R::Obj, owner: &str, name: &str) -> Result<T, R::Err> {
                match r.field(obj, name)? {
                    None => Err(r.missing(owner, name)),
                    Some(v) if T::NONE_IS_MISSING && r.is_none(&v) => Err(r.required(owner, name)),
                    Some(v) => T::from_py(r, &v),
                }
            }

            /// A `T?` field: missing or None is `None`.
            pub fn optional<R: Reader, T: FromPy>(r: &mut R, obj: &R::Obj, _owner: &str, name: &str) -> Result<Option<T>, R::Err> {
                match r.field(obj, name)? {
                    None => Ok(None),
                    Some(v) if r.is_none(&v) => Ok(None),
                    Some(v) => T::from_py(r, &v).map(Some),
                }
            }

            /// A `T*` field: a list without None items.
            pub fn list<R: Reader, T: FromPy>(r: &mut R, obj: &R::Obj, owner: &str, name: &str, ty: &str) -> Result<Vec<T>, R::Err> {
                let Some(v) = r.field(obj, name)? else { return Err(r.missing(owner, name)) };
                let items = r.items(&v, owner, name)?;
                let mut out = Vec::with_capacity(items.len());
                for x in &items {
                    if T::NONE_IS_MISSING && r.is_none(x) {
                        return Err(r.none_in_list(ty));
                    }
                    out.push(T::from_py(r, x)?);
                }
                Ok(out)
            }

            /// A `T?*` field: a list whose items may be None.
            pub fn optional_list<R: Reader, T: FromPy>(r: &mut R, obj: &R::Obj, owner: &str, name: &str) -> Result<Vec<Option<T>>, R::Err> {
                let Some(v) = r.field(obj, name)? else { return Err(r.missing(owner, name)) };
                let items = r.items(&v, owner, name)?;
                let mut out = Vec::with_capacity(items.len());
                for x in &items {
                    out.push(if r.is_none(x) { None } else { Some(T::from_py(r, x)?) });
                }
                Ok(out)
            }

            #(#from_py)*
        }
    }
}

/// The values of a record's fields then attributes, converted (`n` is the node).
fn values(fields: &[&Field]) -> Vec<TokenStream> {
    fields
        .iter()
        .map(|f| {
            let name = field_ident(&f.name);
            quote! { n.#name.to_py(b)? }
        })
        .collect()
}

fn to_py(module: &Module, d: &Definition, index_of: &dyn Fn(&str) -> usize) -> TokenStream {
    let _ = module;
    let ty = type_ident(d);
    let body = match &d.kind {
        Kind::Sum(ctors) if d.is_simple_sum() => {
            let arms = ctors.iter().map(|c| {
                let (v, i) = (Ident::new(&c.name, Span::call_site()), index_of(&c.name));
                quote! { #ty::#v => b.singleton(#i) }
            });
            quote! { match self { #(#arms),* } }
        }
        Kind::Sum(ctors) => {
            let arms = ctors.iter().map(|c| {
                let (v, i) = (Ident::new(&c.name, Span::call_site()), index_of(&c.name));
                let all: Vec<&Field> = c.fields.iter().chain(&d.attributes).collect();
                let vals = values(&all);
                quote! { #ty::#v(n) => { let values = vec![#(#vals),*]; b.node(#i, values) } }
            });
            quote! { match self { #(#arms),* } }
        }
        Kind::Product(fields) => {
            let i = index_of(&d.name);
            let all: Vec<&Field> = fields.iter().chain(&d.attributes).collect();
            let vals = values(&all);
            quote! { let n = self; let values = vec![#(#vals),*]; b.node(#i, values) }
        }
    };
    let body = if d.is_simple_sum() {
        body
    } else {
        quote! {
            b.enter()?;
            let out = (|| -> Result<B::Obj, B::Err> { #body })();
            b.leave();
            out
        }
    };
    quote! {
        impl ToPy for #ty {
            fn to_py<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> { #body }
        }
    }
}

/// `name: <read field>` for a struct literal (`owner` names the class in errors).
fn read_field(module: &Module, f: &Field, owner: &str) -> TokenStream {
    let name = field_ident(&f.name);
    let read = read_value(module, f, owner);
    quote! { #name: #read }
}

/// The expression reading field `f` of `obj`.
fn read_value(module: &Module, f: &Field, owner: &str) -> TokenStream {
    let key = &f.name;
    let boxed = !is_builtin(&f.ty)
        && !module
            .definition(&f.ty)
            .is_some_and(Definition::is_simple_sum);
    let read = match f.quantity {
        Quantity::One => quote! { one(r, obj, #owner, #key)? },
        Quantity::Optional if boxed => {
            quote! { optional(r, obj, #owner, #key)?.map(Box::new) }
        }
        Quantity::Optional => quote! { optional(r, obj, #owner, #key)? },
        Quantity::List => {
            let ty = &f.ty;
            quote! { list(r, obj, #owner, #key, #ty)? }
        }
        Quantity::OptionalList => quote! { optional_list(r, obj, #owner, #key)? },
    };
    read
}

fn from_py(module: &Module, d: &Definition, index_of: &dyn Fn(&str) -> usize) -> TokenStream {
    let ty = type_ident(d);
    let tyname = &d.name;
    let body = match &d.kind {
        Kind::Sum(ctors) if d.is_simple_sum() => {
            let tests = ctors.iter().map(|c| {
                let (v, i) = (Ident::new(&c.name, Span::call_site()), index_of(&c.name));
                quote! { if r.is_instance(obj, #i)? { return Ok(#ty::#v); } }
            });
            quote! { #(#tests)* Err(r.wrong_kind(obj, #tyname)) }
        }
        Kind::Sum(ctors) => {
            // Attributes are read first, as CPython does (their errors win).
            let attr_names: Vec<Ident> = d
                .attributes
                .iter()
                .map(|a| format_ident!("attr_{}", a.name))
                .collect();
            let attr_reads = d.attributes.iter().map(|a| read_value(module, a, tyname));
            let attr_fields: Vec<Ident> =
                d.attributes.iter().map(|a| field_ident(&a.name)).collect();
            let tests = ctors.iter().map(|c| {
                let (v, i) = (Ident::new(&c.name, Span::call_site()), index_of(&c.name));
                let s = format_ident!("{}{}", ty, c.name);
                let reads = c.fields.iter().map(|f| read_field(module, f, &c.name));
                let attr_fields = &attr_fields;
                let attr_names = &attr_names;
                quote! {
                    if r.is_instance(obj, #i)? {
                        return Ok(#ty::#v(#s { #(#reads,)* #(#attr_fields: #attr_names),* }));
                    }
                }
            });
            quote! {
                #(let #attr_names = #attr_reads;)*
                #(#tests)*
                Err(r.wrong_kind(obj, #tyname))
            }
        }
        Kind::Product(fields) => {
            let reads = fields
                .iter()
                .chain(&d.attributes)
                .map(|f| read_field(module, f, tyname));
            let i = index_of(&d.name);
            quote! {
                if !r.is_instance(obj, #i)? {
                    return Err(r.wrong_kind(obj, #tyname));
                }
                Ok(#ty { #(#reads),* })
            }
        }
    };
    let body = if d.is_simple_sum() {
        body
    } else {
        quote! {
            r.enter(#tyname)?;
            let out = (|| -> Result<Self, R::Err> { #body })();
            r.leave();
            out
        }
    };
    quote! {
        impl FromPy for #ty {
            fn from_py<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> { #body }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::{Diags, SpecFiles};

    fn emit_text(text: &str) -> String {
        let mut files = SpecFiles::default();
        let id = files.add("grammar/Python.asdl", text);
        let mut diags = Diags::default();
        let module = super::super::read(&files, id, &mut diags);
        assert!(!diags.has_errors(), "{}", diags.render(&files, true));
        let code = super::emit(&module.expect("a module"));
        let file = syn::parse2::<syn::File>(code).expect("the emitted code parses as Rust");
        prettyplease::unparse(&file)
    }

    const SPEC: &str = "module T {\n  e = Bin(e left, op o, e? type, e* xs, e?* ys, p q, identifier n, int? k)\n    | Leaf\n    attributes (int lineno)\n  op = Add | Sub\n  p = (e x, op? o)\n}";

    #[test]
    fn class_table_follows_the_spec() {
        let out = emit_text(SPEC);
        for want in [
            "name: \"e\",\n            base: \"AST\"",
            "name: \"Bin\",\n            base: \"e\"",
            "PyField {\n                    name: \"ys\",\n                    ty: \"e\",\n                    quantity: Quantity::OptionalList,\n                }",
            "name: \"Add\",\n            base: \"op\"",
            "name: \"p\",\n            base: \"AST\"",
            "doc: \"Bin(e left, op o, e? type, e* xs, e* ys, p q, identifier n, int? k)\"",
            "doc: \"e = Bin(e left, op o, e? type, e* xs, e* ys, p q, identifier n, int? k)\\n  | Leaf\"",
            "doc: \"op = Add | Sub\"",
            "E::Leaf(n) => {\n                        let values = vec![n.lineno.to_py(b) ?];\n                        b.node(2usize, values)",
            "r.enter(\"e\")?;",
            "Op::Sub => b.singleton(5usize)",
            "let attr_lineno = one(r, obj, \"e\", \"lineno\")?;",
            "type_: optional(r, obj, \"Bin\", \"type\")?.map(Box::new)",
            "ys: optional_list(r, obj, \"Bin\", \"ys\")?",
            "Err(r.wrong_kind(obj, \"op\"))",
        ] {
            assert!(out.contains(want), "missing:\n{want}\n\nin:\n{out}");
        }
    }

    #[test]
    fn a_forked_spec_changes_the_classes() {
        // A fork adding a constructor and a field gets matching classes.
        let fork = SPEC.replace("| Leaf", "| Leaf | Walrus(e target, e value)");
        let out = emit_text(&fork);
        assert!(
            out.contains("name: \"Walrus\",\n            base: \"e\""),
            "{out}"
        );
        assert!(out.contains("E::Walrus(n)"), "{out}");
        assert!(!emit_text(SPEC).contains("Walrus"));
    }
}
