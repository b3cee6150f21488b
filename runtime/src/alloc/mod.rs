//! Memory for Python objects: the allocator trait and its three implementations.
//!
//! - [`Pymalloc`] (the default): obmalloc's design, as CPython Internals describes
//!   it for 3.9: 256 KiB arenas cut into 4 KiB pools, each pool serving one size
//!   class of blocks (16-byte steps up to 512 bytes); bigger requests go to the
//!   system allocator.
//! - [`System`]: every request to the system allocator (`PYTHONMALLOC=malloc`).
//! - [`Debug`]: wraps another allocator with guard bytes and fill patterns
//!   (`PYTHONMALLOC=debug`, `-X dev`) and stops the process with a report when a
//!   block's guards were overwritten.
//!
//! **Invariant:** an allocator belongs to one interpreter; a type object keeps a
//! counted reference to the allocator its instances come from, and
//! `value::dealloc` frees through that same reference. There is no process-global
//! allocator state.
//!
//! Only the object domain is routed here today: buffers inside payloads (a list's
//! items, a str's text) are Rust `Vec`s and `String`s from Rust's global allocator.

pub mod debug;
pub mod obmalloc;
pub mod stats;

use std::alloc::Layout;
use std::cell::Cell;
use std::rc::Rc;

pub use debug::Debug;
pub use obmalloc::Pymalloc;

/// The memory context of one interpreter, shared by its type objects so that
/// freeing an object (which only has the object) reaches it: the allocator and
/// the young generation's counter of the cycle collector.
pub struct Heap {
    pub allocator: Rc<dyn Allocator>,
    /// Container allocations minus deallocations since generation 0 was last
    /// collected (`gc.get_count()[0]`).
    pub gc_young: Cell<usize>,
    /// `gc.get_threshold()[0]`, 0 meaning never.
    pub gc_threshold: Cell<usize>,
    pub gc_enabled: Cell<bool>,
    /// Set when `gc_young` passes the threshold; the evaluation loop collects
    /// at its next safe point (never in the middle of Rust code).
    pub gc_pending: Cell<bool>,
    /// The interpreter owning this heap, so that freeing an object whose class
    /// defines `__del__` can run it; null before start-up and after shutdown.
    pub interp: Cell<*const crate::vm::Interpreter>,
    /// The trashcan (see `value::release`): how deep frees are nested, and
    /// the containers waiting to be freed when the outermost one returns.
    pub dealloc_depth: Cell<usize>,
    pub trash: std::cell::RefCell<Vec<usize>>,
    /// Objects allocated from this heap and not yet freed (builtin types and
    /// singletons included): one add per allocation, one subtraction per free.
    pub live: Cell<usize>,
    /// The addresses of the objects made immortal (`Value::leak`), which are
    /// never freed: what is left of the heap after teardown.
    pub immortal: std::cell::RefCell<Vec<usize>>,
    /// Classes whose last instance moved to another class (`__class__ =`),
    /// released at the next collection: Rust code may still borrow them.
    pub retired: std::cell::RefCell<Vec<crate::value::Value>>,
    /// Freed exact floats kept for reuse (see `value::alloc_float`): the
    /// first block, linked through each block's first word, and how many.
    pub float_free: Cell<*mut u8>,
    pub float_free_n: Cell<usize>,
}

impl Drop for Heap {
    fn drop(&mut self) {
        crate::value::release_float_free_list(self);
    }
}

impl Heap {
    pub fn new(allocator: Rc<dyn Allocator>) -> Rc<Heap> {
        Rc::new(Heap {
            allocator,
            gc_young: Cell::new(0),
            gc_threshold: Cell::new(700),
            gc_enabled: Cell::new(true),
            gc_pending: Cell::new(false),
            interp: Cell::new(std::ptr::null()),
            dealloc_depth: Cell::new(0),
            trash: std::cell::RefCell::new(Vec::new()),
            live: Cell::new(0),
            immortal: std::cell::RefCell::new(Vec::new()),
            retired: std::cell::RefCell::new(Vec::new()),
            float_free: Cell::new(std::ptr::null_mut()),
            float_free_n: Cell::new(0),
        })
    }

    /// The immortal objects' addresses, in the order they were made immortal.
    pub fn immortals(&self) -> Vec<usize> {
        self.immortal.borrow().clone()
    }

    pub fn immortal_count(&self) -> usize {
        self.immortal.borrow().len()
    }

    /// A container was allocated.
    pub fn count_alloc(&self) {
        let n = self.gc_young.get() + 1;
        self.gc_young.set(n);
        let t = self.gc_threshold.get();
        if t != 0 && n > t && self.gc_enabled.get() {
            self.gc_pending.set(true);
        }
    }

    /// A container was freed.
    pub fn count_free(&self) {
        let n = self.gc_young.get();
        if n > 0 {
            self.gc_young.set(n - 1);
        }
    }
}

/// CPython's allocator domains (`PYMEM_DOMAIN_RAW`, `_MEM`, `_OBJ`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Domain {
    /// Memory taken without the GIL.
    Raw,
    /// Buffers owned by objects.
    Mem,
    /// Python objects.
    Object,
}

impl Domain {
    /// The letter CPython's debug hooks record for the domain ('r', 'm', 'o').
    pub fn api_id(self) -> u8 {
        match self {
            Domain::Raw => b'r',
            Domain::Mem => b'm',
            Domain::Object => b'o',
        }
    }
}

/// A source of memory for one interpreter (CPython's `PyMemAllocatorEx`).
///
/// # Safety
/// `alloc` returns null or a block of at least `layout.size()` bytes aligned to
/// `layout.align()`, not overlapping any live block; `free` accepts exactly the
/// blocks `alloc` returned, with the same domain and layout, once each.
pub unsafe trait Allocator {
    /// A new block, or null when memory is exhausted.
    fn alloc(&self, domain: Domain, layout: Layout) -> *mut u8;

    /// Returns a block.
    ///
    /// # Safety
    /// `ptr` came from `self.alloc(domain, layout)` and was not freed since.
    unsafe fn free(&self, domain: Domain, ptr: *mut u8, layout: Layout);

    /// A block of `new_size` bytes holding the first bytes of `ptr`'s block.
    ///
    /// # Safety
    /// As for `free`; on success `ptr` is no longer valid.
    unsafe fn realloc(
        &self,
        domain: Domain,
        ptr: *mut u8,
        layout: Layout,
        new_size: usize,
    ) -> *mut u8 {
        let Ok(new) = Layout::from_size_align(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        let p = self.alloc(domain, new);
        if !p.is_null() {
            std::ptr::copy_nonoverlapping(ptr, p, layout.size().min(new_size));
            self.free(domain, ptr, layout);
        }
        p
    }

    /// Blocks handed out and not yet freed (`sys.getallocatedblocks()`).
    fn allocated_blocks(&self) -> usize;

    /// The statistics `sys._debugmallocstats()` prints, when the allocator keeps any.
    fn debug_malloc_stats(&self) -> Option<String> {
        None
    }
}

/// The system allocator for every request (`PYTHONMALLOC=malloc`).
#[derive(Default)]
pub struct System {
    blocks: std::cell::Cell<usize>,
}

// SAFETY: forwards to Rust's global allocator with the caller's layout.
unsafe impl Allocator for System {
    fn alloc(&self, _domain: Domain, layout: Layout) -> *mut u8 {
        if layout.size() == 0 {
            return layout.align() as *mut u8;
        }
        // SAFETY: the size is not zero.
        let p = unsafe { std::alloc::alloc(layout) };
        if !p.is_null() {
            self.blocks.set(self.blocks.get() + 1);
        }
        p
    }

    unsafe fn free(&self, _domain: Domain, ptr: *mut u8, layout: Layout) {
        if layout.size() == 0 {
            return;
        }
        self.blocks.set(self.blocks.get() - 1);
        std::alloc::dealloc(ptr, layout);
    }

    fn allocated_blocks(&self) -> usize {
        self.blocks.get()
    }
}

/// What `PYTHONMALLOC` asks for, as CPython reads it at start-up:
/// `malloc`, `pymalloc` (the default), or either with `_debug`, or `debug`
/// (the default allocator with debug hooks). Unknown values give `None`.
pub fn from_name(name: &str) -> Option<Rc<dyn Allocator>> {
    Some(match name {
        "" | "default" | "pymalloc" => Rc::new(Pymalloc::new()),
        "malloc" => Rc::new(System::default()),
        "debug" | "pymalloc_debug" => Rc::new(Debug::new(Rc::new(Pymalloc::new()))),
        "malloc_debug" => Rc::new(Debug::new(Rc::new(System::default()))),
        _ => return None,
    })
}

/// The allocator the environment selects: `PYTHONMALLOC`, else the pooled one.
/// (`-X dev` selects `debug` through the command line.)
pub fn from_env() -> Rc<dyn Allocator> {
    std::env::var("PYTHONMALLOC")
        .ok()
        .and_then(|n| from_name(&n))
        .unwrap_or_else(|| Rc::new(Pymalloc::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_select_allocators() {
        for n in [
            "",
            "pymalloc",
            "malloc",
            "debug",
            "malloc_debug",
            "pymalloc_debug",
        ] {
            let a = from_name(n).expect(n);
            let l = Layout::from_size_align(40, 16).expect("layout");
            let p = a.alloc(Domain::Object, l);
            assert!(!p.is_null());
            assert_eq!(a.allocated_blocks(), 1, "{n}");
            // SAFETY: `p` came from `a` with this layout.
            unsafe { a.free(Domain::Object, p, l) };
            assert_eq!(a.allocated_blocks(), 0, "{n}");
        }
        assert!(from_name("jemalloc").is_none());
    }
}
