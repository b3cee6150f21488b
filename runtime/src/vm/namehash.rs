//! A fast, non-cryptographic hasher for the interpreter's own tables keyed
//! by short names (the interned-str table). SipHash's flood resistance buys
//! nothing there and costs a large share of every name lookup.

use std::cell::RefCell;
use std::hash::{BuildHasherDefault, Hasher};

use crate::object::str::as_str;
use crate::value::Value;

/// Multiply-rotate hashing a word at a time (the scheme of rustc's FxHasher).
#[derive(Default, Clone, Copy)]
pub struct NameHasher {
    hash: u64,
}

/// An odd constant with well-mixed bits (from the golden ratio).
const SEED: u64 = 0x9e37_79b9_7f4a_7c15;

impl NameHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 56));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// `HashMap<K, V, NameHash>` uses [`NameHasher`].
pub type NameHash = BuildHasherDefault<NameHasher>;

/// Entries of [`InternCache`]; a power of two.
const CACHE_SIZE: usize = 1024;

/// A direct-mapped cache in front of the intern table, keyed by the address
/// of the text asked for. Most names come from code objects' `co_names`,
/// whose text stays put, so a hit costs one comparison of the (short) text
/// instead of hashing it and probing the table. The text is compared in
/// full, so an address reused for other text is a miss, never a wrong hit.
pub struct InternCache {
    slots: RefCell<Box<[Option<(usize, Value)>]>>,
}

impl Default for InternCache {
    fn default() -> Self {
        InternCache {
            slots: RefCell::new(vec![None; CACHE_SIZE].into_boxed_slice()),
        }
    }
}

impl InternCache {
    #[inline]
    fn index(s: &str) -> usize {
        let p = s.as_ptr() as usize;
        ((p >> 3) ^ (p >> 13)) & (CACHE_SIZE - 1)
    }

    /// The interned str for `s`, if `s`'s address was cached with that text.
    #[inline]
    pub fn get(&self, s: &str) -> Option<Value> {
        let slots = self.slots.borrow();
        match slots.get(Self::index(s)) {
            Some(Some((p, v))) if *p == s.as_ptr() as usize && as_str(v) == Some(s) => {
                Some(v.clone())
            }
            _ => None,
        }
    }

    pub fn put(&self, s: &str, v: &Value) {
        if let Some(slot) = self.slots.borrow_mut().get_mut(Self::index(s)) {
            *slot = Some((s.as_ptr() as usize, v.clone()));
        }
    }

    /// Drops the cached values (when the interpreter goes away).
    pub fn clear(&self) {
        for slot in self.slots.borrow_mut().iter_mut() {
            *slot = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn maps_keyed_by_names_find_their_entries() {
        let mut m: HashMap<String, usize, NameHash> = HashMap::default();
        let names: Vec<String> = (0..500)
            .map(|i| format!("name_{i}_{}", "x".repeat(i % 13)))
            .collect();
        for (i, n) in names.iter().enumerate() {
            m.insert(n.clone(), i);
        }
        for (i, n) in names.iter().enumerate() {
            assert_eq!(m.get(n.as_str()), Some(&i));
        }
        assert_eq!(m.get("missing"), None);
    }

    #[test]
    fn the_intern_cache_compares_text_not_only_addresses() {
        let interp = crate::vm::Interpreter::new();
        let py = interp.py();
        let mut buf = String::from("alpha");
        let a = py.intern(&buf);
        assert!(a.is(&py.intern(&buf)));
        // Same address, other text: must give the other name.
        buf.replace_range(.., "gamma");
        let g = py.intern(&buf);
        assert_eq!(as_str(&g), Some("gamma"));
        assert!(g.is(&py.intern("gamma")));
    }
}
