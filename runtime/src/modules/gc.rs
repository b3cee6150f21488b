//! `gc` and `_weakref`: the module objects over the cycle collector
//! (`crate::gc`) and its weak references.

use crate::modules::util;
use crate::object::PyResult;
use crate::value::Value;
use crate::vm::Py;

pub fn make(py: Py<'_>) -> PyResult<Value> {
    let m = util::new_module(py, "gc", crate::gc::module::FUNCTIONS)?;
    for (name, v) in crate::gc::module::attributes(py) {
        util::set(py, &m, name, v)?;
    }
    Ok(m)
}

pub fn make_weakref(py: Py<'_>) -> PyResult<Value> {
    let m = util::new_module(py, "_weakref", &[])?;
    for (name, v) in crate::gc::weakref::module_attributes(py) {
        util::set(py, &m, name, v)?;
    }
    Ok(m)
}
