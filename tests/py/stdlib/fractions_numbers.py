from fractions import Fraction as F
import numbers, math
print(F(3, 4), repr(F(6, -8)), F(5), F(), F(0.25), F(1.1), F("3/4"), F(" -7/21 "), F("1.5"), F("-2e3"), F("1_000.5"), F(".5"), F("3.25E-2"), F(F(1, 3), F(2, 5)))
for bad in ["x", "1/", "/2", "1.2/3", "", "1 2", "e5", "1__0", "1 /2", "1/ 2"]:
    try: F(bad)
    except ValueError as e: print(e)
for f in [lambda: F(1, 0), lambda: F(1.5, 2), lambda: F([1]), lambda: F(1) / 0, lambda: F(0) ** -1]:
    try: f()
    except (TypeError, ZeroDivisionError) as e: print(type(e).__name__, e)
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, a ** -2, F(-2, 3) ** -3, a ** F(1, 2), 2 ** F(3), 4 ** F(1, 2), F(9, 4) ** 0.5)
print(a + 1, 1 + a, a - 1, 2 - a, a * 3, 3 * a, a / 2, 2 / a, a + 0.5, 0.5 + a, a * 1j, 7 // b, 7 % b, -a, +a, abs(F(-5, 2)))
print(a < b, a > 0.3, a == F(2, 6), F(1, 2) == 0.5, F(2) == 2, a != b, F(1, 2) <= 0.5, F(1) == 1 + 0j, F(1, 3) == 1 / 3, sorted([b, a, F(1, 2), 0.4]), max(a, b))
print(int(F(-7, 2)), float(F(1, 3)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 1000), 2), round(F(1234), -2), bool(F(0)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), {F(1, 2): 'half'}[0.5])
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(2), F("0.333").limit_denominator(10), F(10, 7).limit_denominator(1))
print(F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), F.from_float(0.1), isinstance(F(1), numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1.5, numbers.Rational), issubclass(int, numbers.Number))
print(sum([F(1, n) for n in range(1, 11)]), str(F(4, 2)), F(1, 3).real, F(1, 3).imag, F(1, 3).conjugate())
