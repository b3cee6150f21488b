//! Embedding moult with an allocator of your own: this one counts the objects
//! a program allocates and frees, and forwards the memory to moult's pooled
//! allocator.
//!
//! ```sh
//! cargo run --example count_allocs                 # runs the built-in program
//! cargo run --example count_allocs -- prog.py      # or a file
//! ```

use std::alloc::Layout;
use std::cell::Cell;
use std::rc::Rc;

use moult_runtime::alloc::{Allocator, Domain, Pymalloc};
use moult_runtime::compile::compile_module;
use moult_runtime::parser::{self, Mode};
use moult_runtime::vm::{self, Interpreter};

/// Counts requests, then lets the pooled allocator do the work.
struct Counting {
    inner: Pymalloc,
    allocs: Cell<usize>,
    frees: Cell<usize>,
    bytes: Cell<usize>,
}

// SAFETY: every request is forwarded unchanged to a sound allocator.
unsafe impl Allocator for Counting {
    fn alloc(&self, domain: Domain, layout: Layout) -> *mut u8 {
        self.allocs.set(self.allocs.get() + 1);
        self.bytes.set(self.bytes.get() + layout.size());
        self.inner.alloc(domain, layout)
    }

    unsafe fn free(&self, domain: Domain, ptr: *mut u8, layout: Layout) {
        self.frees.set(self.frees.get() + 1);
        self.inner.free(domain, ptr, layout)
    }

    fn allocated_blocks(&self) -> usize {
        self.inner.allocated_blocks()
    }

    fn debug_malloc_stats(&self) -> Option<String> {
        self.inner.debug_malloc_stats()
    }
}

const PROGRAM: &str = "\
squares = [i * i for i in range(1000)]
words = {str(n): n for n in squares}
print(len(words), sum(squares))
";

fn main() {
    let source = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("count_allocs: {path}: {e}");
            std::process::exit(2)
        }),
        None => PROGRAM.to_string(),
    };
    let module = match parser::parse(&source, Mode::Exec, false).module {
        Ok(m) => m,
        Err(e) => {
            eprintln!("count_allocs: syntax error at line {}", e.lineno);
            std::process::exit(1)
        }
    };
    let Ok(code) = compile_module(&module, "<count_allocs>") else {
        eprintln!("count_allocs: the program does not compile");
        std::process::exit(1)
    };
    let counting = Rc::new(Counting {
        inner: Pymalloc::new(),
        allocs: Cell::new(0),
        frees: Cell::new(0),
        bytes: Cell::new(0),
    });
    let interp = Interpreter::with_allocator(Box::new(std::io::stdout()), counting.clone());
    let (before, bytes_before) = (counting.allocs.get(), counting.bytes.get());
    if let Err(traceback) = vm::run_module_in(interp.py(), code, &source) {
        eprint!("{traceback}");
    }
    println!(
        "objects allocated by the program: {} ({} bytes), freed: {}, still live: {}",
        counting.allocs.get() - before,
        counting.bytes.get() - bytes_before,
        counting.frees.get(),
        counting.allocated_blocks()
    );
}
