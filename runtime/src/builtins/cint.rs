//! Arguments CPython converts to a C `int` (`_PyLong_AsInt`): an int or an
//! object with `__index__`, with CPython's errors for anything else.

use num_traits::ToPrimitive;

use crate::object::{int, PyResult};
use crate::value::Value;
use crate::vm::Py;

/// `v` as a C int: TypeError for a non-integer, OverflowError past i32.
pub fn c_int(py: Py<'_>, v: &Value) -> PyResult<i32> {
    let Some(b) = int::index_big(py, v)? else {
        return Err(py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(v)
        )));
    };
    b.to_i32()
        .ok_or_else(|| py.overflow_error("Python int too large to convert to C int"))
}

/// The `reverse=` flag of `sorted` and `list.sort` (a C int, not any object).
pub fn reverse_flag(py: Py<'_>, v: &Value) -> PyResult<bool> {
    Ok(c_int(py, v)? != 0)
}
