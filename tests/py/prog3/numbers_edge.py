# int / float / complex edge cases, reprs and conversions.
import math

print(2 ** 100, -2 ** 63, (-2) ** 63, 2 ** -1, 10 ** 20 // 7, -(10 ** 20) % 7, 7 // -2, -7 % -2, 0 ** 0)
print(int("0x1F", 16), int("0b101", 0), int("  -42  "), int("1_000"), int(3.99), int(-3.99), int(True), int("z", 36))
for bad in ["", "1.5", "0x", "1__0", "abc"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
print(float("1e500"), float("-inf"), float("nan") != float("nan"), float(" 3.5 "), float("1_0.5"), 1e308 * 10, -1e308 * 10)
for bad in ["", "1e", "nan1", "x"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e-5, 1e-4, 123e18, 1.0e16, 9007199254740993, float(9007199254740993), 1.5e-323, 5e-324 / 2)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(15, -1), round(25, -1), round(-0.4))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), abs(-0.0), -0.0, 0.0 == -0.0, math.copysign(1, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10))
print(divmod(-7.5, 2), 7.5 % -2, -7.5 // 2, 5 % 0.3, math.fmod(-7, 2), math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.lcm(4, 6))
print(math.sqrt(2), math.pi, math.e, math.inf, math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.log(8, 2), math.log10(1000), math.hypot(3, 4))
print(float.hex(1.0), (0.5).as_integer_ratio(), (3.0).is_integer(), (255).to_bytes(2, "big"), int.from_bytes(b"\x00\xff", "little"), (1024).bit_length(), (255).bit_count())
print(hex(-255), oct(8), bin(-5), format(-5, "b"), int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(True + True, True * 3, -True, ~True, True & False, True | False, True ^ True, 5 & True, bool(-1), bool(0.0), bool(0j))
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 2 ** 0.5, (-8) ** (1 / 3), pow(-2, 3), pow(2, -2), pow(3, 4, 5), pow(-3, 4, 5), pow(3, -1, 7))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), abs(3 + 4j), (1 + 2j).conjugate(), (2j).real, (2j).imag, complex(1, 2), complex("3+4j"), complex(1.5))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(0, -0.0)), repr(1 + 0j), repr(complex(-1, 0)), repr(complex(float("inf"), float("nan"))), (1 + 2j) ** 2, 1j ** 2)
print(hash(1), hash(1.0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(0.5), hash(1e100) == hash(int(1e100)), hash(1j) == hash(complex(0, 1)))
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.0 // 2, 2 ** 63 // 3, 10 ** 30 / 10 ** 10, 3 * 1.1, 1.1 * 3, 0.1 * 3 == 0.3)
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "0 ** -1", "2.0 ** 10000", "math.sqrt(-1)", "math.log(0)", "int(float('inf'))", "int(float('nan'))", "10 ** 400 * 1.0", "math.factorial(-1)", "pow(2, -1, 4)", "chr(-1)", "complex(1, 1) < 1"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(f"{expr}: {type(e).__name__}: {e}")
big = 12345678901234567890123456789
print(big, big * big, big // 97, big % 97, -big >> 10, big << 3, big & 0xFFFF, big ^ -1, str(big)[:5], len(str(2 ** 10000)))
print(f"{big:,}", f"{big:_x}", f"{1234.5:,.2f}", f"{0.5:08.3%}", f"{-3:+05d}", f"{3:=+6}", f"{1e10:g}", f"{1e-10:.3g}", f"{12345.6789:.3e}", f"{float('inf'):f}")
print(int(1e15), int(1e16), 1e15, 1e16, 123456789.123456789, 0.1 ** 20, 100.0, 1e2, 1.0e-3, 12.0 ** 20)
print(sorted([3, 1.5, True, -2, 0.0]), max(1, 1.0), min(1.0, 1), max([], default="empty"), sum([1, 2.5, True]), sum([[1], [2]], []))
print(isinstance(True, int), issubclass(bool, int), type(1 + 1.0), type(True + 1), type(1 // 1.0), type(2 ** -1), type(round(2.5)), type(round(2.5, 0)))
