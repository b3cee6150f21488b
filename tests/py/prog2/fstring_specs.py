x = 3.14159; name = "Ada"; items = [1, 2]; d = {"k": "v"}
print(f"{x!r:^12}|{name!r:>8}|{x:{'>' if x > 3 else '<'}10.2f}|{x:=10}|{(y:=10)}|{y}")
print(f"{x = !r:>10}|{name = }|{items = }|{d['k'] = }|{len(items) = :03d}")
print(f"{'quoted'}", f'{"dq"}', f"""{'''tri'''}""", f"{d!s}", f"{items!a}", f"{{{x}}}", f"{x:.{2}f}", f"{x:{1 + 1}.{3}}")
print(f"{1_000_000:,}", f"{0.5:.0%}", f"{-42:+05}", f"{42:#010b}", f"{'€':^5}", f"{3+4j}", f"{3+4j:.2f}", f"{True:>6}", f"{None!s:>6}")
w = 5
print(f"{'a':{w}}|{'b':>{w}}|{12:{w}d}|{1.5:{w}.{w-3}f}|{'x':-^{w+2}}")
import datetime
print(f"{datetime.date(2024, 1, 5):%Y/%m/%d}", format(datetime.date(2024, 1, 5), "%A"))
class F:
    def __format__(self, spec): return f"F<{spec}>"
print(f"{F()}", f"{F():abc}", f"{F()!s}"[:3], format(F(), "x{}y"), "{:q}".format(F()), "{0:{1}}".format(F(), "nested"))
print(f"{x:e}", f"{x:E}", f"{x:G}", f"{1e-7:g}", f"{123456789:e}", f"{0.1:.17f}", f"{1/3:.30f}", f"{2**0.5:.50f}")
print(f"{1e21:f}", f"{1e21}", f"{123456789012345678901234567890:e}", f"{-0.0:g}", f"{float('inf'):e}", f"{float('nan'):F}")
print("{:.2f}".format(2.675), "{:.1f}".format(0.05), "{:.1f}".format(0.15), "{:.1f}".format(0.25), "{:.0f}".format(-0.5), "{:.3g}".format(0.0001234), "{:.2e}".format(9.995), "{:g}".format(0.00001))
print("%.2f" % 2.675, "%.15g" % 0.1, "%.17g" % 0.1, "%10.4s|" % "abcdefg", "%-+8.2f|" % 3.14159, "%#.3g" % 1, "%#x" % 0, "%o" % -8, "%+.1e" % -0.0)
