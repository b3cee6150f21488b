//! `cell`: a variable shared between a function and the closures it makes.

use std::cell::RefCell;

use crate::object::typeobj::Slots;
use crate::object::PyResult;
use crate::value::{Payload, Value};
use crate::vm::Py;

pub struct Cell(pub RefCell<Option<Value>>);
impl Payload for Cell {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(Some(v)) = self.0.try_borrow().as_deref() {
            visit(v);
        }
    }
    fn clear(&self) {
        if let Ok(mut v) = self.0.try_borrow_mut() {
            drop(v.take());
        }
    }
}

pub fn new(py: Py<'_>, v: Option<Value>) -> Value {
    py.alloc(&py.types.cell, Cell(RefCell::new(v)))
}

fn repr(py: Py<'_>, v: &Value) -> PyResult<String> {
    let inner = v.downcast::<Cell>().and_then(|c| c.0.borrow().clone());
    Ok(match inner {
        Some(x) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            v.addr(),
            py.type_name(&x),
            x.addr()
        ),
        None => format!("<cell at {:#x}: empty>", v.addr()),
    })
}

/// `cell.cell_contents` (ValueError when the cell is empty).
fn getattr(py: Py<'_>, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(c) = v.downcast::<Cell>() else {
        return Ok(None);
    };
    if name != "cell_contents" {
        return Ok(None);
    }
    match c.0.borrow().clone() {
        Some(x) => Ok(Some(x)),
        None => Err(py.value_error("Cell is empty".to_string())),
    }
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        getattr: Some(getattr),
        ..Slots::default()
    }
}
