#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer (use-after-free, overflows, double
# frees in moult's unsafe code), on the stable toolchain: RUSTC_BOOTSTRAP lets it
# take -Zsanitizer, and --target is required so build scripts and proc macros
# stay uninstrumented. Leak reports are off: builtin types, interned strings and
# class objects are immortal by design and are never freed.
# Usage: tests/sanitize.sh [cargo test arguments, e.g. -p moult-runtime --lib]
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
export RUSTFLAGS="-Zsanitizer=address"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
exec cargo test --target x86_64-unknown-linux-gnu "$@"
