# regen_py: depends on PYTHONHASHSEED=0 (str, bytes and complex hashes are CPython's)
for v in ["", "a", "abc" * 10, "é", "ÿ" * 3, "Ā", "€uro", "😀", "a😀", "\x00", b"", b"a", b"\xff" * 9, 1j, 1.5 - 2j, complex(0, -1), complex(1e300, 1e-300), ...]:
    print(repr(v), hash(v) if v is not ... else 0)
