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

/// The C library's `cbrt`. Rust's compiler builtins define a private `cbrt`
/// (musl's, correctly rounded) that the linker prefers to the C library's, so
/// on glibc the shared one is looked up by name: CPython calls glibc's, which
/// gives `cbrt(27.0) == 3.0000000000000004`.
pub fn cbrt(x: f64) -> f64 {
    match shared_cbrt() {
        Some(f) => f(x),
        // SAFETY: as `erf`.
        None => unsafe { ffi::cbrt(x) },
    }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn shared_cbrt() -> Option<extern "C" fn(f64) -> f64> {
    use std::sync::OnceLock;
    extern "C" {
        fn dlsym(
            handle: *mut std::ffi::c_void,
            name: *const std::ffi::c_char,
        ) -> *mut std::ffi::c_void;
    }
    static FOUND: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
    *FOUND.get_or_init(|| {
        // SAFETY: a null handle is glibc's RTLD_DEFAULT (search every loaded
        // object); the name is a NUL-terminated literal.
        let p = unsafe { dlsym(std::ptr::null_mut(), c"cbrt".as_ptr()) };
        if p.is_null() {
            None
        } else {
            // SAFETY: the exported `cbrt` of the C library has this signature.
            Some(unsafe {
                std::mem::transmute::<*mut std::ffi::c_void, extern "C" fn(f64) -> f64>(p)
            })
        }
    })
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn shared_cbrt() -> Option<extern "C" fn(f64) -> f64> {
    None
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
