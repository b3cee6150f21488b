//! The `math` module.

use crate::modules::util;
use crate::object::typeobj::NativeFn;
use crate::object::PyResult;
use crate::value::Value;
use crate::vm::Py;

const FUNCTIONS: &[(&str, NativeFn)] = &[];

pub fn make(py: Py<'_>) -> PyResult<Value> {
    util::new_module(py, "math", FUNCTIONS)
}
