//! The pooled small-object allocator, after CPython's `obmalloc.c` as
//! CPython Internals describes it (3.9's sizes).
//!
//! ```text
//! arena (256 KiB, from the system, pool-aligned)
//! +--------+--------+--------+-----+--------+
//! | pool 0 | pool 1 | pool 2 | ... | pool 63|      pools of 4 KiB
//! +--------+--------+--------+-----+--------+
//! pool: | header (48 B) | block | block | block | ... | tail |
//!        one size class per pool; free blocks form a list through their first word
//! ```
//!
//! - `used[c]`: the pools of size class `c` with both used and free blocks;
//!   an allocation takes the first block of the first such pool.
//! - A pool whose last block is freed goes back to its arena's free pools; an
//!   arena whose pools are all free goes back to the system.
//! - Allocations prefer the arena with the fewest free pools, so the others
//!   can empty and be returned (obmalloc's `usable_arenas` order).
//!
//! **Invariant:** a block's pool is found from the block's address alone
//! (`addr & !(POOL_SIZE - 1)`), because arenas are allocated pool-aligned.
//! **Invariant:** the caller passes the same layout to `free` as to `alloc`, so a
//! size above the threshold always means a system block.

use std::alloc::Layout;
use std::cell::{Cell, RefCell};
use std::ptr::null_mut;

use super::{Allocator, Domain};

/// Blocks are multiples of this and aligned to it.
pub const ALIGNMENT: usize = 16;
/// Requests up to this size come from pools.
pub const SMALL_REQUEST_THRESHOLD: usize = 512;
pub const NB_SMALL_SIZE_CLASSES: usize = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
pub const POOL_SIZE: usize = 4 * 1024;
pub const ARENA_SIZE: usize = 256 * 1024;
pub const POOLS_PER_ARENA: usize = ARENA_SIZE / POOL_SIZE;
/// Empty arenas kept for reuse instead of going back to the system.
pub const KEEP_EMPTY_ARENAS: usize = 8;
/// The pool header, rounded up to the alignment.
pub const POOL_OVERHEAD: usize = std::mem::size_of::<Pool>().div_ceil(ALIGNMENT) * ALIGNMENT;

/// The header at the start of every pool in use.
#[repr(C)]
struct Pool {
    /// Blocks handed out from this pool.
    ref_count: u32,
    size_class: u32,
    /// First free block (each free block holds the address of the next).
    freeblock: *mut u8,
    next: *mut Pool,
    prev: *mut Pool,
    /// Index into `State::arenas`.
    arena: u32,
    /// Offset of the first block never handed out, and the last valid one.
    next_offset: u32,
    max_next_offset: u32,
}

/// One arena's bookkeeping (CPython's `arena_object`).
struct Arena {
    /// The 256 KiB, or null once returned to the system.
    base: *mut u8,
    /// Pools never used so far start at `base + fresh * POOL_SIZE`.
    fresh: usize,
    /// Pools handed back, linked through their headers' `next`.
    free_pools: *mut Pool,
    nfree: usize,
}

struct State {
    arenas: Vec<Arena>,
    /// Slots of `arenas` whose memory was returned, for reuse.
    unused_slots: Vec<usize>,
    /// Arenas with at least one free pool, fewest free pools first.
    usable: Vec<usize>,
}

/// Counters behind `sys._debugmallocstats()` and `sys.getallocatedblocks()`.
#[derive(Default, Clone, Copy)]
pub struct Counters {
    pub arenas_allocated_total: usize,
    pub arenas_reclaimed: usize,
    pub arenas_highwater: usize,
    pub large_blocks: usize,
}

/// The pooled allocator (the default).
pub struct Pymalloc {
    /// Per size class: a circular list of partly used pools (null if none).
    used: [Cell<*mut Pool>; NB_SMALL_SIZE_CLASSES],
    state: RefCell<State>,
    counters: Cell<Counters>,
}

impl Default for Pymalloc {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Pymalloc {
    fn drop(&mut self) {
        for a in &self.state.get_mut().arenas {
            if !a.base.is_null() {
                // SAFETY: the arena came from `arena_alloc` and nothing
                // outlives the allocator (type objects hold it counted).
                unsafe { arena_free(a.base) };
            }
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn arena_layout() -> Layout {
    // Both constants are powers of two and the size is a multiple of the alignment.
    Layout::from_size_align(ARENA_SIZE, POOL_SIZE).unwrap_or(Layout::new::<u8>())
}

// Arenas are mapped from the system directly, as CPython's: an arena taken
// from malloc's heap (a 4 KiB-aligned 256 KiB block) raised glibc's dynamic
// mmap threshold when freed, after which arenas and large buffers shared the
// heap, fragmented it, and peak memory varied from run to run.
#[cfg(target_os = "linux")]
mod sys {
    use std::ffi::{c_int, c_long, c_void};

    extern "C" {
        pub fn mmap(
            addr: *mut c_void,
            len: usize,
            prot: c_int,
            flags: c_int,
            fd: c_int,
            off: c_long,
        ) -> *mut c_void;
        pub fn munmap(addr: *mut c_void, len: usize) -> c_int;
    }
    pub const PROT_READ_WRITE: c_int = 0x1 | 0x2;
    pub const MAP_PRIVATE_ANONYMOUS: c_int = 0x02 | 0x20;
}

/// A fresh arena (pool-aligned), or null.
#[cfg(target_os = "linux")]
fn arena_alloc() -> *mut u8 {
    // SAFETY: an anonymous private mapping of our own; pages are at least
    // 4 KiB, so the mapping is pool-aligned.
    let p = unsafe {
        sys::mmap(
            null_mut(),
            ARENA_SIZE,
            sys::PROT_READ_WRITE,
            sys::MAP_PRIVATE_ANONYMOUS,
            -1,
            0,
        )
    };
    if p as isize == -1 {
        null_mut()
    } else {
        p as *mut u8
    }
}

/// # Safety
/// `base` came from `arena_alloc` and no block in it is used any more.
#[cfg(target_os = "linux")]
unsafe fn arena_free(base: *mut u8) {
    sys::munmap(base as *mut std::ffi::c_void, ARENA_SIZE);
}

#[cfg(not(target_os = "linux"))]
fn arena_alloc() -> *mut u8 {
    // SAFETY: the layout has a non-zero size.
    unsafe { std::alloc::alloc(arena_layout()) }
}

/// # Safety
/// `base` came from `arena_alloc` and no block in it is used any more.
#[cfg(not(target_os = "linux"))]
unsafe fn arena_free(base: *mut u8) {
    std::alloc::dealloc(base, arena_layout())
}

/// The size class of a request of `size` bytes (1..=512).
fn size_class(size: usize) -> usize {
    (size.max(1) - 1) / ALIGNMENT
}

fn class_size(class: usize) -> usize {
    (class + 1) * ALIGNMENT
}

/// The pool holding a block.
fn pool_of(p: *mut u8) -> *mut Pool {
    ((p as usize) & !(POOL_SIZE - 1)) as *mut Pool
}

impl Pymalloc {
    pub fn new() -> Pymalloc {
        Pymalloc {
            used: std::array::from_fn(|_| Cell::new(null_mut())),
            state: RefCell::new(State {
                arenas: Vec::new(),
                unused_slots: Vec::new(),
                usable: Vec::new(),
            }),
            counters: Cell::new(Counters::default()),
        }
    }

    pub fn counters(&self) -> Counters {
        self.counters.get()
    }

    fn bump(&self, f: impl FnOnce(&mut Counters)) {
        let mut c = self.counters.get();
        f(&mut c);
        self.counters.set(c);
    }

    /// A free pool from the fullest usable arena, or a new arena's.
    fn take_pool(&self) -> Option<*mut Pool> {
        let mut st = self.state.borrow_mut();
        if st.usable.is_empty() {
            let base = arena_alloc();
            if base.is_null() {
                return None;
            }
            let arena = Arena {
                base,
                fresh: 0,
                free_pools: null_mut(),
                nfree: POOLS_PER_ARENA,
            };
            let idx = match st.unused_slots.pop() {
                Some(i) => {
                    st.arenas[i] = arena;
                    i
                }
                None => {
                    st.arenas.push(arena);
                    st.arenas.len() - 1
                }
            };
            st.usable.insert(0, idx);
            let current = st.arenas.len() - st.unused_slots.len();
            self.bump(|c| {
                c.arenas_allocated_total += 1;
                c.arenas_highwater = c.arenas_highwater.max(current);
            });
        }
        let idx = st.usable[0];
        let a = &mut st.arenas[idx];
        let pool = if !a.free_pools.is_null() {
            let p = a.free_pools;
            // SAFETY: free pools are linked through their live headers.
            a.free_pools = unsafe { (*p).next };
            p
        } else {
            // SAFETY: `fresh < POOLS_PER_ARENA` while the arena has free pools,
            // so the pool lies inside the arena.
            let p = unsafe { a.base.add(a.fresh * POOL_SIZE) } as *mut Pool;
            a.fresh += 1;
            p
        };
        a.nfree -= 1;
        // SAFETY: the pool's memory is ours and unused; we write its header.
        unsafe {
            (*pool).arena = idx as u32;
        }
        if a.nfree == 0 {
            st.usable.remove(0);
        }
        Some(pool)
    }

    /// Gives an empty pool back to its arena; an arena left empty goes back to
    /// the system.
    fn release_pool(&self, pool: *mut Pool) {
        let mut st = self.state.borrow_mut();
        // SAFETY: `pool` is a live pool header of ours.
        let idx = unsafe { (*pool).arena } as usize;
        let a = &mut st.arenas[idx];
        // SAFETY: as above; the pool joins the arena's free list.
        unsafe { (*pool).next = a.free_pools };
        a.free_pools = pool;
        a.nfree += 1;
        let nfree = a.nfree;
        // An empty arena goes back to the system unless a few empty ones are
        // all that is kept (CPython keeps one): a program whose objects come
        // and go in bursts would otherwise map fresh arenas over and over,
        // and every first touch of their pages is a page fault.
        let arenas = &st.arenas;
        let empty = |&&i: &&usize| i != idx && arenas[i].nfree == POOLS_PER_ARENA;
        if nfree == POOLS_PER_ARENA && st.usable.iter().filter(empty).count() >= KEEP_EMPTY_ARENAS {
            let a = &mut st.arenas[idx];
            let base = std::mem::replace(&mut a.base, null_mut());
            a.free_pools = null_mut();
            a.fresh = 0;
            st.usable.retain(|&i| i != idx);
            st.unused_slots.push(idx);
            // SAFETY: every pool of the arena is free, so no block points into it.
            unsafe { arena_free(base) };
            self.bump(|c| c.arenas_reclaimed += 1);
            return;
        }
        // Keep `usable` ordered by free pools: move this arena after those with
        // fewer free pools (obmalloc keeps the list sorted the same way).
        st.usable.retain(|&i| i != idx);
        let arenas = &st.arenas;
        let at = st
            .usable
            .iter()
            .position(|&i| arenas[i].nfree >= nfree)
            .unwrap_or(st.usable.len());
        st.usable.insert(at, idx);
    }

    fn alloc_small(&self, class: usize) -> *mut u8 {
        let mut pool = self.used[class].get();
        if pool.is_null() {
            let Some(p) = self.take_pool() else {
                return null_mut();
            };
            let size = class_size(class);
            // SAFETY: `p` is a fresh pool; we initialise its header and make it
            // the only pool of the class's used list.
            unsafe {
                (*p).ref_count = 0;
                (*p).size_class = class as u32;
                (*p).freeblock = null_mut();
                (*p).next_offset = POOL_OVERHEAD as u32;
                (*p).max_next_offset = (POOL_SIZE - size) as u32;
                (*p).next = p;
                (*p).prev = p;
            }
            self.used[class].set(p);
            pool = p;
        }
        // SAFETY: `pool` heads the used list, so it has a free or fresh block;
        // blocks lie inside the pool, after its header.
        unsafe {
            let pl = &mut *pool;
            pl.ref_count += 1;
            let block = if !pl.freeblock.is_null() {
                let b = pl.freeblock;
                pl.freeblock = *(b as *mut *mut u8);
                b
            } else {
                let b = (pool as *mut u8).add(pl.next_offset as usize);
                pl.next_offset += class_size(class) as u32;
                b
            };
            if pl.freeblock.is_null() && pl.next_offset > pl.max_next_offset {
                // The pool is full: it leaves the used list.
                self.unlink_used(class, pool);
            }
            block
        }
    }

    /// Removes `pool` from the used list of its class.
    ///
    /// # Safety
    /// `pool` is in that list.
    unsafe fn unlink_used(&self, class: usize, pool: *mut Pool) {
        let (next, prev) = ((*pool).next, (*pool).prev);
        if next == pool {
            self.used[class].set(null_mut());
        } else {
            (*prev).next = next;
            (*next).prev = prev;
            if self.used[class].get() == pool {
                self.used[class].set(next);
            }
        }
    }

    /// # Safety
    /// `p` is a live block of class `class` from this allocator.
    unsafe fn free_small(&self, p: *mut u8, class: usize) {
        let pool = pool_of(p);
        let pl = &mut *pool;
        let was_full = pl.freeblock.is_null() && pl.next_offset > pl.max_next_offset;
        *(p as *mut *mut u8) = pl.freeblock;
        pl.freeblock = p;
        pl.ref_count -= 1;
        if was_full {
            // A full pool becomes usable again: it joins the front of the list.
            let head = self.used[class].get();
            if head.is_null() {
                pl.next = pool;
                pl.prev = pool;
            } else {
                pl.next = head;
                pl.prev = (*head).prev;
                (*(*head).prev).next = pool;
                (*head).prev = pool;
            }
            self.used[class].set(pool);
        }
        if pl.ref_count == 0 {
            self.unlink_used(class, pool);
            self.release_pool(pool);
        }
    }

    /// Per size class: (pools, blocks in use, free blocks), and the free pools
    /// (never used or handed back) of all arenas.
    pub fn census(&self) -> ([(usize, usize, usize); NB_SMALL_SIZE_CLASSES], usize, usize) {
        let mut classes = [(0, 0, 0); NB_SMALL_SIZE_CLASSES];
        let st = self.state.borrow();
        let mut free_pools = 0;
        let mut arenas = 0;
        for a in &st.arenas {
            if a.base.is_null() {
                continue;
            }
            arenas += 1;
            free_pools += a.nfree;
            // Pools handed back still sit among the first `fresh` ones: skip them.
            let mut freed = Vec::new();
            let mut f = a.free_pools;
            while !f.is_null() {
                freed.push(f);
                // SAFETY: free pools are linked through their headers.
                f = unsafe { (*f).next };
            }
            for i in 0..a.fresh {
                // SAFETY: pools below `fresh` were initialised.
                let pool = unsafe { a.base.add(i * POOL_SIZE) } as *mut Pool;
                if freed.contains(&pool) {
                    continue;
                }
                // SAFETY: a pool in use has a valid header.
                let pl = unsafe { &*pool };
                let class = pl.size_class as usize;
                let capacity = (POOL_SIZE - POOL_OVERHEAD) / class_size(class);
                let used = pl.ref_count as usize;
                let c = &mut classes[class];
                c.0 += 1;
                c.1 += used;
                c.2 += capacity - used;
            }
        }
        (classes, free_pools, arenas)
    }
}

// SAFETY: small blocks come from pools inside arenas we own, sized and aligned
// by their class (a multiple of 16 from a 16-aligned offset); the rest from the
// system allocator with the caller's layout.
unsafe impl Allocator for Pymalloc {
    fn alloc(&self, _domain: Domain, layout: Layout) -> *mut u8 {
        if layout.size() <= SMALL_REQUEST_THRESHOLD && layout.align() <= ALIGNMENT {
            return self.alloc_small(size_class(layout.size()));
        }
        // SAFETY: the size is above the threshold, so not zero.
        let p = unsafe { std::alloc::alloc(layout) };
        if !p.is_null() {
            self.bump(|c| c.large_blocks += 1);
        }
        p
    }

    unsafe fn free(&self, _domain: Domain, ptr: *mut u8, layout: Layout) {
        if layout.size() <= SMALL_REQUEST_THRESHOLD && layout.align() <= ALIGNMENT {
            self.free_small(ptr, size_class(layout.size()));
        } else {
            self.bump(|c| c.large_blocks -= 1);
            std::alloc::dealloc(ptr, layout);
        }
    }

    fn allocated_blocks(&self) -> usize {
        let (classes, _, _) = self.census();
        classes.iter().map(|c| c.1).sum::<usize>() + self.counters.get().large_blocks
    }

    fn debug_malloc_stats(&self) -> Option<String> {
        Some(super::stats::render(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(n: usize) -> Layout {
        Layout::from_size_align(n, 16).expect("layout")
    }

    #[test]
    fn blocks_are_aligned_distinct_and_reused() {
        let a = Pymalloc::new();
        let mut seen = std::collections::HashSet::new();
        let mut blocks = Vec::new();
        for i in 0..5000 {
            let n = 1 + (i * 37) % 512;
            let p = a.alloc(Domain::Object, layout(n));
            assert!(!p.is_null());
            assert_eq!(p as usize % ALIGNMENT, 0);
            assert!(seen.insert(p as usize), "block handed out twice");
            // SAFETY: the block has at least n bytes.
            unsafe { std::ptr::write_bytes(p, 0xAB, n) };
            blocks.push((p, n));
        }
        assert_eq!(a.allocated_blocks(), 5000);
        for &(p, n) in blocks.iter().step_by(2) {
            // SAFETY: each block is freed once with its layout.
            unsafe { a.free(Domain::Object, p, layout(n)) };
        }
        assert_eq!(a.allocated_blocks(), 2500);
        // Freed blocks are handed out again before fresh ones.
        let p = a.alloc(Domain::Object, layout(blocks[2].1));
        assert!(blocks.iter().step_by(2).any(|&(q, _)| q == p));
        // SAFETY: as above.
        unsafe { a.free(Domain::Object, p, layout(blocks[2].1)) };
        for &(p, n) in blocks.iter().skip(1).step_by(2) {
            // SAFETY: as above.
            unsafe { a.free(Domain::Object, p, layout(n)) };
        }
        assert_eq!(a.allocated_blocks(), 0);
    }

    #[test]
    fn empty_arenas_go_back_to_the_system() {
        let a = Pymalloc::new();
        // 3 more arenas' worth of 64-byte blocks than are kept empty.
        let per_pool = (POOL_SIZE - POOL_OVERHEAD) / 64;
        let total = KEEP_EMPTY_ARENAS + 3;
        let n = per_pool * POOLS_PER_ARENA * total;
        let blocks: Vec<_> = (0..n)
            .map(|_| a.alloc(Domain::Object, layout(64)))
            .collect();
        assert_eq!(a.census().2, total);
        for p in blocks {
            // SAFETY: each block is freed once with its layout.
            unsafe { a.free(Domain::Object, p, layout(64)) };
        }
        // A few empty arenas are kept, for the next allocations.
        let c = a.counters();
        assert_eq!(a.census().2, KEEP_EMPTY_ARENAS);
        assert_eq!(c.arenas_allocated_total, total);
        assert_eq!(c.arenas_reclaimed, 3);
        assert_eq!(c.arenas_highwater, total);
        let p = a.alloc(Domain::Object, layout(64));
        assert_eq!(a.counters().arenas_allocated_total, total);
        // SAFETY: freed once with its layout.
        unsafe { a.free(Domain::Object, p, layout(64)) };
    }

    #[test]
    fn large_requests_bypass_the_pools() {
        let a = Pymalloc::new();
        let p = a.alloc(Domain::Object, layout(513));
        assert!(!p.is_null());
        assert_eq!(a.census().2, 0);
        assert_eq!(a.allocated_blocks(), 1);
        // SAFETY: freed once with its layout.
        unsafe { a.free(Domain::Object, p, layout(513)) };
        assert_eq!(a.allocated_blocks(), 0);
    }

    #[test]
    fn the_pool_header_fits_its_overhead() {
        assert_eq!(POOL_OVERHEAD, 48);
        assert_eq!(POOLS_PER_ARENA, 64);
        assert_eq!(size_class(1), 0);
        assert_eq!(size_class(16), 0);
        assert_eq!(size_class(17), 1);
        assert_eq!(size_class(512), 31);
    }
}
