# format() over numbers and specs, %-formatting over numbers and flags (differential against python3).
nums = [0, 1, -1, 7, 42, -255, 1000, 123456789, -2**40, 2**64 + 1, True, 0.0, -0.0, 0.5, 1.5, 2.5, -1.25, 3.14159, 1e-5, 1.23456789e-7, 1e15, 1e16, 1.5e300, -9.999999, 123456.789, float("inf"), float("-inf"), float("nan"), 1 + 2j, -0.5j, complex(1e10, -1e-10)]
specs = ["", "d", "5", "<6", ">6", "^7", "=+8", "+", " ", "-", "08", "_", ",", "x", "#X", "#o", "b", "c", "e", ".2e", "E", "f", ".0f", ".3f", "#.0f", "%", ".1%", "g", ".1g", ".10g", "#g", "G", "n", ".3", "010.2f", "+,.2f", "z.0f", "*^+12.3e", "0=10", "<08", "_.4f", ",g", "#.3g", "r", "s"]
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
for v in nums:
    print("==", repr(v))
    for sp in specs:
        show(sp, lambda: format(v, sp))
pct = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%#X", "%o", "%#o", "%e", "%.2E", "%f", "%.0f", "%#.0f", "%10.3f", "%-10.2f|", "%g", "%.3g", "%#g", "%G", "%s", "%r", "%a", "%5.1s|", "%c", "%i", "%u", "%+.1e", "%08.2f", "% 6.1f"]
for v in [0, 42, -7, 3.7, -0.0, 1e20, 255, 65, "A", 2**70]:
    print("%%", repr(v))
    for p in pct:
        show(p, lambda: p % v)
