rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 0), ("kiwi", -2.125, -5)]
print(f"{'name':<10}|{'price':>8}|{'qty':^5}|")
print("-" * 27)
for n, p, q in rows:
    print(f"{n:<10}|{p:>8.2f}|{q:^5d}|")
for n, p, q in rows:
    print("%-10s|%8.3f|%+5d|%05.1f|%x|%o|%e" % (n, p, q, p, abs(q), abs(q), p))
for n, p, q in rows:
    print("{0:*>10}|{1:=+9.2f}|{2:#x}|{1:g}|{1:%}".format(n, p, q))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:,.2f}".format(1234567.891))
print(f"{1234567:_x}", f"{-42:08d}", f"{42:+08d}", f"{3.14159:10.3e}", f"{0.000123:g}")
print(f"{'x':{'^'}{7}}", f"{3.5:{'>'}{8}.{2}f}", f"{12:{'#'}b}")
print(format(1e20, "f"), format(1e-7, "g"), format(float("inf"), "10.2f"), format(float("nan"), "^7"))
print(format(-0.0, "+.1f"), format(255, "c") if False else "", format(65, "c"), format(True, "d"), format(True))
print("%s %r %a" % ("é", "é", "é"), "%c%c" % (72, "i"), "%%", "%5.1s|" % "abc")
print("%(a)s-%(b)05d" % {"a": "x", "b": 42}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
for spec in ["", "10", "<10", "^10.3", "s"]:
    print(repr(format("hello", spec)))
for v in [0, 1, -1, 255, 2**40]:
    print(f"{v:>15,d} {v:#015x} {v:b}"[:60])
for v in [0.1, 1/3, 2.5, 1e16, 123456789.125, -1e-5]:
    print(f"{v!r:>25} {v:.3g} {v:e} {v:.0f} {v:n}")
import datetime
d = datetime.date(2024, 3, 9)
print(f"{d}", f"{d:%Y/%m/%d %a %b}", "{:%j}".format(d))
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(f"{Fmt():abc}", format(Fmt(), ""), "{0:xyz}".format(Fmt()), f"{Fmt()!s:>30}"[:10])
errs = ["'{:d}'.format('a')", "'{:s}'.format(1)", "format(1.5, 'd')", "'%d' % 'x'", "'%s %s' % (1,)",
        "'%s' % (1, 2)", "'{0} {1}'.format(1)", "'{a}'.format(b=1)", "'{:,s}'.format('x')",
        "format(1, '=^+#010.3f,')", "'%z' % 1", "f'{1:>{-1}}'", "'{:.{}}'.format(1.0, 'x')",
        "'{}{0}'.format(1, 2)", "format('x', '=10')", "'%(a)s' % 1", "'{0[1]}'.format([1])", "'{!x}'.format(1)"]
for e in errs:
    try:
        print(e, "=", eval(e))
    except Exception as ex:
        print(e, "->", type(ex).__name__, ex)
print("|".join(s.center(9, "·") for s in ["a", "bb", "ccc"]))
print("tab\tsep".expandtabs(4), "x".zfill(5), "-3".zfill(5), "abc".ljust(2), "%-5s|" % "ab")
