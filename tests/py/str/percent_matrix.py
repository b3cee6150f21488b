# %-formatting corners for str and bytes (differential against python3).
cases = [("%s", ()), ("%s", ((),)), ("%s %s", [1, 2]), ("%(a)s %(a)r", {"a": "x"}), ("%(a)s %s", {"a": 1}),
         ("%(a", {"a": 1}), ("%(a)", {"a": 1}), ("%(b)s", {"a": 1}), ("%%%s%%", "x"), ("%5%", ()), ("%-5%|", ()),
         ("%.0s|", "abc"), ("%.*s", (2, "abcd")), ("%*.*f", (8, 2, 3.14159)), ("%-*s|", (-6, "ab")), ("%+05d", 3),
         ("% 05d", -3), ("%#5x", 255), ("%#-8o|", 8), ("%.3d", 7), ("%+.3d", -7), ("%5.3x", 10), ("%e", 0),
         ("%#.0e", 1), ("%g", 100000), ("%g", 1000000), ("%#g", 0.5), ("%.0g", 0.5), ("%c", 97), ("%c", "é"),
         ("%5c|%-5c|", ("a", "b")), ("%r", "é"), ("%a", "é\n"), ("%s", b"b"), ("%d", True), ("%f", True), ("%x", True),
         ("%ld %hd %Ld", (1, 2, 3)), ("%i", "1"), ("%d", 2.9e20), ("%d", float("nan")), ("%f", "x"), ("%.2f", 1e300),
         ("%s %s", (1,)), ("%s", (1, 2)), ("abc%", ()), ("%(x)s", [1]), ("%d", []), ("%s %(a)s", {"a": 1}),
         ("a%-", 1), ("%.5z", 1), ("%\n", 1), ("%é", 1)]
for fmt, args in cases:
    for conv in (str, lambda s: s.encode("utf-8") if s.isascii() else None):
        f = conv(fmt)
        if f is None:
            continue
        a = args
        if isinstance(f, bytes):
            if isinstance(args, str):
                a = args.encode() if args.isascii() else args
            elif isinstance(args, dict):
                a = {k.encode(): v for k, v in args.items()}
        try:
            r = f % a
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(f), repr(r))
