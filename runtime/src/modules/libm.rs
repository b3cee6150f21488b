//! The C library's math functions that Rust's `f64` lacks (or rounds
//! differently), called as CPython calls them, so results match to the bit.

mod ffi {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn cbrt(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
    }
}

pub fn erf(x: f64) -> f64 {
    // SAFETY: a pure C function of one double, from the libm std already links.
    unsafe { ffi::erf(x) }
}

pub fn erfc(x: f64) -> f64 {
    // SAFETY: as `erf`.
    unsafe { ffi::erfc(x) }
}

pub fn cbrt(x: f64) -> f64 {
    // SAFETY: as `erf`.
    unsafe { ffi::cbrt(x) }
}

pub fn asinh(x: f64) -> f64 {
    // SAFETY: as `erf`.
    unsafe { ffi::asinh(x) }
}

pub fn acosh(x: f64) -> f64 {
    // SAFETY: as `erf`.
    unsafe { ffi::acosh(x) }
}

pub fn atanh(x: f64) -> f64 {
    // SAFETY: as `erf`.
    unsafe { ffi::atanh(x) }
}
