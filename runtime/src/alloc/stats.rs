//! The text of `sys._debugmallocstats()`, in the layout CPython 3.9 prints for
//! the same arena and pool sizes (3.11 adds an "arena map" section that belongs
//! to its radix tree, which this allocator does not need).

use std::fmt::Write;

use super::obmalloc::{
    Pymalloc, ARENA_SIZE, NB_SMALL_SIZE_CLASSES, POOL_OVERHEAD, POOL_SIZE, SMALL_REQUEST_THRESHOLD,
};

/// `n` with a comma every three digits, as CPython's `printone`.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// One `label = value` line: the label padded to 35 columns, the number
/// right-aligned in 21.
fn line(out: &mut String, label: &str, n: usize) -> usize {
    let _ = writeln!(out, "{label:<35}={:>21}", grouped(n));
    n
}

pub fn render(a: &Pymalloc) -> String {
    let (classes, free_pools, arenas) = a.census();
    let counters = a.counters();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Small block threshold = {SMALL_REQUEST_THRESHOLD}, in {NB_SMALL_SIZE_CLASSES} size classes.\n"
    );
    out.push_str("class   size   num pools   blocks in use  avail blocks\n");
    out.push_str("-----   ----   ---------   -------------  ------------\n");
    let (mut allocated, mut available, mut pool_headers, mut quantization) = (0, 0, 0, 0);
    for (i, &(pools, used, free)) in classes.iter().enumerate() {
        if pools == 0 {
            continue;
        }
        let size = (i + 1) * 16;
        let _ = writeln!(out, "{i:5} {size:6} {pools:11} {used:15} {free:13}");
        allocated += used * size;
        available += free * size;
        pool_headers += pools * POOL_OVERHEAD;
        quantization += pools * ((POOL_SIZE - POOL_OVERHEAD) % size);
    }
    out.push('\n');
    line(
        &mut out,
        "# arenas allocated total",
        counters.arenas_allocated_total,
    );
    line(&mut out, "# arenas reclaimed", counters.arenas_reclaimed);
    line(
        &mut out,
        "# arenas highwater mark",
        counters.arenas_highwater,
    );
    line(&mut out, "# arenas allocated current", arenas);
    let total = line(
        &mut out,
        &format!("{arenas} arenas * {ARENA_SIZE} bytes/arena"),
        arenas * ARENA_SIZE,
    );
    out.push('\n');
    let mut sum = line(&mut out, "# bytes in allocated blocks", allocated);
    sum += line(&mut out, "# bytes in available blocks", available);
    sum += line(
        &mut out,
        &format!("{free_pools} unused pools * {POOL_SIZE} bytes"),
        free_pools * POOL_SIZE,
    );
    sum += line(&mut out, "# bytes lost to pool headers", pool_headers);
    sum += line(&mut out, "# bytes lost to quantization", quantization);
    // Arenas are allocated pool-aligned, so none of their bytes are lost.
    sum += line(&mut out, "# bytes lost to arena alignment", 0);
    line(&mut out, "Total", sum);
    debug_assert_eq!(sum, total);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alloc::{Allocator, Domain};
    use std::alloc::Layout;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(1572864), "1,572,864");
    }

    #[test]
    fn the_table_accounts_for_every_arena_byte() {
        let a = Pymalloc::new();
        let l = Layout::from_size_align(48, 16).expect("layout");
        let blocks: Vec<_> = (0..100).map(|_| a.alloc(Domain::Object, l)).collect();
        let text = render(&a);
        let want_row = format!("{:5} {:6} {:11} {:15} {:13}", 2, 48, 2, 100, 2 * 84 - 100);
        assert!(text.contains(&want_row), "{text}");
        assert!(text.contains("1 arenas * 262144 bytes/arena      =              262,144"));
        assert!(text.contains("62 unused pools * 4096 bytes       =              253,952"));
        assert!(text.contains("# bytes lost to pool headers       =                   96"));
        assert!(text.contains("Total                              =              262,144"));
        for p in blocks {
            // SAFETY: each block is freed once with its layout.
            unsafe { a.free(Domain::Object, p, l) };
        }
    }
}
