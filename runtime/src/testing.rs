//! Helpers shared by the unit tests of the runtime.

/// A fixed-seed xorshift64 generator, so fuzz-style tests are reproducible.
pub struct XorShift(u64);

impl XorShift {
    /// `seed` must not be zero.
    pub fn new(seed: u64) -> Self {
        XorShift(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A closure yielding the sequence, for tests written with `next()`.
    pub fn into_fn(mut self) -> impl FnMut() -> u64 {
        move || self.next()
    }
}
