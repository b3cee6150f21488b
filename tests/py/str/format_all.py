# format spec mini-language corners, str.format fields, %-format corners.
for v in [0, 7, -42, 1234567, 2**70, True]:
    print([format(v, s) for s in ["", "08,", "_x", "#_b", "+09_d", "^+9", "x<8", "#010x", ">6c" if v in (7, 0) else "d", "e", ".2%", "012,.1f"]])
for v in [0.0, -0.0, 1.5, -1234567.891, 1e16, 1e-7, float("inf"), float("nan"), 123456789.0]:
    print([format(v, s) for s in ["", "g", ".3g", "#g", ".0e", "#.0f", "015,.2f", "+.1%", "z.2f", ">+10.3", "n", "_"]])
print("{0!r:^9}|{0!s:<5}|{0!a}".format("é"), "{a[0]}{a[1]}".format(a="xy"), "{0.imag:.1f}".format(2j))
print("{:>{w}}|{:{f}^{w}}".format("a", "b", w=5, f="*"), "{:%}".format(0.25), "{:.2}".format(1234.5))
print("{!r}".format([1, "a"]), "{0}{1}{0}".format("a", "b"), "{}".format(None), "{:}".format(5))
for bad in ["{", "}", "{0", "{!}", "{0!x}", "{0:{1:{2}}}", "{0[}", "{a.}"]:
    try:
        print(bad.format(1, 2, 3))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
print("%5s|%-5s|%.1s|%5.1f|%-+6d|%x|%#o|%e|%G" % ("a", "b", "cd", 2.25, 3, -255, 8, 0.0, 1e-10))
print("%(a)s %(b)r %%" % {"a": 1, "b": "x"}, "%s" % ((1, 2),), "%-*d|" % (4, 7), "%.*f" % (2, 3.14159), "%*d" % (-4, 1))
print("%i %u %d" % (1.9, -2.9, True), "%c" % 0x1F600, "%5c|" % "x", "%o" % -8, "%X" % 3054)
for fmt, args in [("%s %s", (1,)), ("%d", "x"), ("%(a)s", 5), ("%c", "ab"), ("%c", 0x110000), ("%", ()), ("%y", 1), ("%s", ()), ("%x", 1.5), ("abc", 5), ("%*d", ("a", 1))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print("abc" % [], "abc" % {}, "%s" % [1])
x, y = 5, "q"
print(f"{x=}", f"{x = :>4}", f"{y=!r}", f"{x*2=}", f"{'a' 'b'}", f"{x:{'>'}{3}}")
