//! Debug hooks around another allocator (`PYTHONMALLOC=debug`), with CPython's
//! block layout, fill bytes and report:
//!
//! ```text
//! p-16: requested size (8 bytes, big-endian, easy to read in a dump)
//! p-8:  API id ('o' for objects), then 7 FORBIDDENBYTEs (0xFD)
//! p:    the n bytes handed out, filled with CLEANBYTE (0xCD)
//! p+n:  8 FORBIDDENBYTEs
//! ```
//!
//! On free the pads are checked; a damaged block stops the process with
//! CPython's "Debug memory block at address ..." report and a fatal error,
//! before the damage can spread. Freed blocks are filled with DEADBYTE (0xDD),
//! so a use after free reads an unmistakable pattern, and a second free of the
//! same block is caught by its destroyed pads.

use std::alloc::Layout;
use std::fmt::Write;
use std::rc::Rc;

use super::{Allocator, Domain};

pub const CLEANBYTE: u8 = 0xCD;
pub const DEADBYTE: u8 = 0xDD;
pub const FORBIDDENBYTE: u8 = 0xFD;
const SST: usize = 8;
/// Bytes added to each request: the size and id words before, the pad after.
const EXTRA: usize = 3 * SST;

pub struct Debug {
    inner: Rc<dyn Allocator>,
}

impl Debug {
    pub fn new(inner: Rc<dyn Allocator>) -> Debug {
        Debug { inner }
    }

    fn inner_layout(layout: Layout) -> Option<Layout> {
        Layout::from_size_align(layout.size().checked_add(EXTRA)?, layout.align().max(16)).ok()
    }
}

/// The problem with the block at `p` (handed out by [`Debug`] for `domain`),
/// as CPython's `_PyMem_DebugCheckAddress` finds it, or `None` when intact.
///
/// # Safety
/// `p` must point 16 bytes into a readable block of at least `EXTRA` bytes plus
/// the size recorded in it (true for any block handed out by `Debug`, freed or not,
/// while its memory is still mapped).
pub unsafe fn check(p: *const u8, domain: Domain) -> Option<&'static str> {
    let id = *p.sub(SST);
    if id != domain.api_id() {
        return Some("bad ID");
    }
    if (1..SST).any(|i| *p.sub(SST - i) != FORBIDDENBYTE) {
        return Some("bad leading pad byte");
    }
    let n = requested(p);
    let tail = p.add(n);
    if (0..SST).any(|i| *tail.add(i) != FORBIDDENBYTE) {
        return Some("bad trailing pad byte");
    }
    None
}

/// The size recorded before the block.
///
/// # Safety
/// As for [`check`].
unsafe fn requested(p: *const u8) -> usize {
    let mut word = [0u8; SST];
    std::ptr::copy_nonoverlapping(p.sub(2 * SST), word.as_mut_ptr(), SST);
    usize::from_be_bytes(word)
}

/// CPython's `_PyObject_DebugDumpAddress` text for the block at `p`.
///
/// # Safety
/// As for [`check`]; the recorded size must be the real one (the leading pad
/// was found intact).
pub unsafe fn dump(p: *const u8) -> String {
    let mut out = String::new();
    let id = *p.sub(SST);
    let _ = writeln!(
        out,
        "Debug memory block at address p={:p}: API '{}'",
        p, id as char
    );
    let n = requested(p);
    let _ = writeln!(out, "    {n} bytes originally requested");
    let _ = write!(out, "    The {} pad bytes at p-{} are ", SST - 1, SST - 1);
    let bad_lead: Vec<usize> = (1..SST).filter(|&i| *p.sub(i) != FORBIDDENBYTE).collect();
    if bad_lead.is_empty() {
        out.push_str("FORBIDDENBYTE, as expected.\n");
    } else {
        let _ = writeln!(out, "not all FORBIDDENBYTE (0x{FORBIDDENBYTE:02x}):");
        for i in (1..SST).rev() {
            let b = *p.sub(i);
            let _ = write!(out, "        at p-{i}: 0x{b:02x}");
            out.push_str(if b == FORBIDDENBYTE {
                "\n"
            } else {
                " *** OUCH\n"
            });
        }
        out.push_str(
            "    Because memory is corrupted at the start, the count of bytes requested\n       may be bogus, and checking the trailing pad bytes may segfault.\n",
        );
    }
    let tail = p.add(n);
    let _ = write!(out, "    The {SST} pad bytes at tail={tail:p} are ");
    if (0..SST).all(|i| *tail.add(i) == FORBIDDENBYTE) {
        out.push_str("FORBIDDENBYTE, as expected.\n");
    } else {
        let _ = writeln!(out, "not all FORBIDDENBYTE (0x{FORBIDDENBYTE:02x}):");
        for i in 0..SST {
            let b = *tail.add(i);
            let _ = write!(out, "        at tail+{i}: 0x{b:02x}");
            out.push_str(if b == FORBIDDENBYTE {
                "\n"
            } else {
                " *** OUCH\n"
            });
        }
    }
    if n > 0 {
        out.push_str("    Data at p:");
        let show = |out: &mut String, range: std::ops::Range<usize>| {
            for i in range {
                let _ = write!(out, " {:02x}", *p.add(i));
            }
        };
        if n <= 2 * SST {
            show(&mut out, 0..n);
        } else {
            show(&mut out, 0..SST);
            out.push_str(" ...");
            show(&mut out, n - SST..n);
        }
        out.push('\n');
    }
    out
}

/// Reports a damaged block as CPython does and stops the process: the heap can
/// no longer be trusted, so unwinding (which would run more frees) is unsafe.
fn fatal(p: *const u8, func: &str, problem: &str) -> ! {
    // SAFETY: `check` found the block readable enough to name the problem; when
    // the id or leading pad is bad, only the fixed-size prefix is dumped reliably.
    let report = unsafe { dump(p) };
    eprint!("{report}\nFatal Python error: {func}: {problem}\nPython runtime state: initialized\n");
    std::process::abort();
}

// SAFETY: each request is forwarded to `inner` with `EXTRA` more bytes and the
// same or stricter alignment; the caller's block starts 16 bytes in, so it keeps
// the 16-byte alignment and has its full size before the trailing pad.
unsafe impl Allocator for Debug {
    fn alloc(&self, domain: Domain, layout: Layout) -> *mut u8 {
        let Some(inner) = Self::inner_layout(layout) else {
            return std::ptr::null_mut();
        };
        let base = self.inner.alloc(domain, inner);
        if base.is_null() {
            return base;
        }
        let n = layout.size();
        // SAFETY: `base` has `n + EXTRA` bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(n.to_be_bytes().as_ptr(), base, SST);
            *base.add(SST) = domain.api_id();
            std::ptr::write_bytes(base.add(SST + 1), FORBIDDENBYTE, SST - 1);
            let p = base.add(2 * SST);
            std::ptr::write_bytes(p, CLEANBYTE, n);
            std::ptr::write_bytes(p.add(n), FORBIDDENBYTE, SST);
            p
        }
    }

    unsafe fn free(&self, domain: Domain, ptr: *mut u8, layout: Layout) {
        if let Some(problem) = check(ptr, domain) {
            fatal(ptr, "_PyMem_DebugRawFree", problem);
        }
        let Some(inner) = Self::inner_layout(layout) else {
            return;
        };
        let base = ptr.sub(2 * SST);
        std::ptr::write_bytes(base, DEADBYTE, inner.size());
        self.inner.free(domain, base, inner);
    }

    fn allocated_blocks(&self) -> usize {
        self.inner.allocated_blocks()
    }

    fn debug_malloc_stats(&self) -> Option<String> {
        self.inner.debug_malloc_stats()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alloc::Pymalloc;

    fn debug() -> Debug {
        Debug::new(Rc::new(Pymalloc::new()))
    }

    #[test]
    fn fresh_blocks_are_clean_and_guarded() {
        let a = debug();
        let l = Layout::from_size_align(25, 16).expect("layout");
        let p = a.alloc(Domain::Object, l);
        assert_eq!(p as usize % 16, 0);
        // SAFETY: `p` has 25 bytes plus the guards.
        unsafe {
            assert!((0..25).all(|i| *p.add(i) == CLEANBYTE));
            assert_eq!(check(p, Domain::Object), None);
            assert_eq!(check(p, Domain::Mem), Some("bad ID"));
            a.free(Domain::Object, p, l);
        }
    }

    #[test]
    fn an_overrun_is_reported_like_cpython() {
        let a = debug();
        let l = Layout::from_size_align(25, 16).expect("layout");
        let p = a.alloc(Domain::Object, l);
        // SAFETY: the block has 25 bytes and 8 guard bytes after them; we
        // overwrite two guard bytes on purpose, then only inspect.
        let report = unsafe {
            std::ptr::write_bytes(p, 0, 25);
            std::ptr::write_bytes(p.add(25), 0x41, 2);
            assert_eq!(check(p, Domain::Object), Some("bad trailing pad byte"));
            dump(p)
        };
        let expected_tail = format!(
            "    25 bytes originally requested\n    The 7 pad bytes at p-7 are FORBIDDENBYTE, as expected.\n    The 8 pad bytes at tail={:p} are not all FORBIDDENBYTE (0xfd):\n        at tail+0: 0x41 *** OUCH\n        at tail+1: 0x41 *** OUCH\n        at tail+2: 0xfd\n",
            // SAFETY: inside the block's guard area.
            unsafe { p.add(25) }
        );
        assert!(report.starts_with(&format!("Debug memory block at address p={p:p}: API 'o'\n")));
        assert!(report.contains(&expected_tail), "{report}");
        assert!(report
            .ends_with("    Data at p: 00 00 00 00 00 00 00 00 ... 00 00 00 00 00 00 00 00\n"));
        // Repair the guard so the allocator can take the block back.
        // SAFETY: as above.
        unsafe {
            std::ptr::write_bytes(p.add(25), FORBIDDENBYTE, 2);
            a.free(Domain::Object, p, l);
        }
    }

    #[test]
    fn a_damaged_leading_pad_is_found() {
        let a = debug();
        let l = Layout::from_size_align(32, 16).expect("layout");
        let p = a.alloc(Domain::Object, l);
        // SAFETY: one byte before the block lies in its leading guard.
        unsafe {
            *p.sub(1) = 0;
            assert_eq!(check(p, Domain::Object), Some("bad leading pad byte"));
            assert!(dump(p).contains("        at p-1: 0x00 *** OUCH\n"));
            *p.sub(1) = FORBIDDENBYTE;
            a.free(Domain::Object, p, l);
        }
    }
}
