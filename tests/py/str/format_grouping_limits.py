for v in [0x1e5f, 255, -7, 123456789, 1.5e10, -2.5, 0.0]:
    for sp in ["_x", "08_x", "012_b", "010,", "011_", "03,", "020,.2f", "09,.3e", "_", "015_x", "#012_x"]:
        try:
            print(sp, repr(format(v, sp)))
        except ValueError as e:
            print(sp, e)
for c in [lambda: "ab" * 2**62, lambda: b"ab" * 2**62, lambda: "x".center(2**62), lambda: bytes(2**62),
          lambda: "a".expandtabs(2**62), lambda: format(1, "99999999999999999999"), lambda: bytearray(b"a") * 2**62,
          lambda: "x".ljust(2**62), lambda: b"x".zfill(2**62)]:
    try:
        c()
    except (MemoryError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
