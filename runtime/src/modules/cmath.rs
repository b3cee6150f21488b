//! `cmath`: the module object over the complex functions of
//! `crate::object::cmath`.

use crate::modules::util;
use crate::object::PyResult;
use crate::value::Value;
use crate::vm::Py;

pub fn make(py: Py<'_>) -> PyResult<Value> {
    let m = util::new_module(py, "cmath", crate::object::cmath::FUNCTIONS)?;
    for (name, v) in crate::object::cmath::constants(py) {
        util::set(py, &m, name, v)?;
    }
    Ok(m)
}
