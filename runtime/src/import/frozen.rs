//! The frozen standard library: every `runtime/lib/<name>.py` and
//! `runtime/lib/<pkg>/__init__.py` (with its submodules), embedded in the
//! binary by `runtime/build.rs`.

include!(concat!(env!("OUT_DIR"), "/frozen.rs"));

/// The source of frozen module `name` and whether it is a package.
pub fn find(name: &str) -> Option<(&'static str, bool)> {
    FROZEN
        .binary_search_by(|(n, _, _)| (*n).cmp(name))
        .ok()
        .and_then(|i| FROZEN.get(i))
        .map(|&(_, package, source)| (source, package))
}

#[cfg(test)]
mod tests {
    #[test]
    fn hello_is_frozen() {
        assert!(super::find("__hello__").is_some_and(|(src, pkg)| !pkg && src.contains("Hello")));
        assert!(super::find("no_such_frozen_module").is_none());
    }
}
