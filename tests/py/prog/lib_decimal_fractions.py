from decimal import Decimal, getcontext, localcontext
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, localcontext, ROUND_HALF_EVEN, ROUND_CEILING
from fractions import Fraction
import decimal
a = Decimal("10.25"); b = Decimal("3")
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2)
print(repr(a), str(Decimal("1.10")), Decimal(0.1), Decimal(5), Decimal("1e3"), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"))
print(Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01")), Decimal("7.777").quantize(Decimal("1."), rounding=ROUND_DOWN))
print(Decimal("19.99") * 3, sum([Decimal("0.1")] * 10), Decimal("0.1") * 3 == Decimal("0.3"))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("123456789") * 1)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal("1") / Decimal("3"))
print(Decimal(1) / Decimal(3))
print(Decimal("3.14159").as_tuple(), Decimal("1.50").normalize(), Decimal("100").normalize(), Decimal("1.2345").to_integral_value() if hasattr(Decimal, "to_integral_value") else "")
print(Decimal("12.5").__round__(), round(Decimal("2.5")), round(Decimal("3.14159"), 2), int(Decimal("-7.9")), float(Decimal("0.5")))
print(Decimal("1.1") < Decimal("1.2"), Decimal("2") == 2, Decimal("0.5") == 0.5, max(Decimal("1"), Decimal("1.0")), sorted([Decimal("3"), Decimal("-1"), Decimal("2.5")]))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print("DivisionByZero", e)
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('0.000123'):e}", format(Decimal("1234567.1"), ","), f"{Decimal('5'):>6}")
print(Decimal("1.23E+5"), Decimal("0.00001"), Decimal("123E-10"), Decimal(10) ** -3, Decimal("1e-7") + 0)
print(Decimal("10").sqrt(), Decimal("2").ln() if hasattr(Decimal, "ln") else "", Decimal("100").log10() if hasattr(Decimal, "log10") else "", Decimal(2).exp() if hasattr(Decimal, "exp") else "")
print(Decimal("-3.5").copy_abs(), Decimal("5").compare(Decimal("3")), Decimal("3.000").adjusted(), Decimal("1.5").is_signed(), Decimal(7).max(Decimal(9)))
prices = [Decimal("4.99"), Decimal("12.50"), Decimal("0.99")]
subtotal = sum(prices); tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax)
print(Decimal("2.50").quantize(Decimal("0.1"), rounding=ROUND_HALF_EVEN), Decimal("2.55").quantize(Decimal("0.1"), rounding=ROUND_CEILING))
f = Fraction(3, 4); g = Fraction("2/3")
print(f + g, f - g, f * g, f / g, f ** 2, -f, abs(-f), f // g, f % g, Fraction(1, 3) + 1, 1 - Fraction(1, 3), f ** -1)
print(repr(f), str(Fraction(6, 3)), Fraction(0.75), Fraction("1.25"), Fraction(Decimal("0.1")), Fraction(1, 3).limit_denominator(2), Fraction(3.14159).limit_denominator(100))
print(f.numerator, f.denominator, float(f), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, hash(Fraction(1, 2)) == hash(0.5), Fraction(4, 6), Fraction(-1, -2), Fraction(2, -4))
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(1, 3) * 3 == 1, Fraction(7, 3).as_integer_ratio())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    Fraction("x/2")
except ValueError as e:
    print(e)
print(f"{Fraction(1, 3):}", format(float(Fraction(1, 3)), ".4f"), Fraction(1, 3) + 0.5, Fraction(1,2) ** Fraction(1,2))
print(Decimal(3).__class__.__name__, Decimal("0E-10"), Decimal("-0.0") + 0, Decimal("5e2").to_eng_string() if hasattr(Decimal, "to_eng_string") else "")
vals = ["2", "1", "0", "10", "100", "0.001", "1e-30", "-1", "-2.5", "123.456", "1e5", "0.5", "7", "1.0000001", "99999", "1e100", "2.718281828459045235360287471", "3E+2"]
for v in vals:
    d = Decimal(v)
    out = []
    for name in ("exp", "ln", "log10"):
        try:
            out.append(str(getattr(d, name)()))
        except Exception as e:
            out.append(type(e).__name__)
    print(v, out)
with localcontext() as c:
    c.prec = 50
    print(Decimal(2).ln(), Decimal(1).exp(), Decimal(3).log10())
with localcontext() as c:
    c.prec = 5
    print(Decimal(2).ln(), Decimal(1).exp(), Decimal(3).log10(), Decimal(-10).exp())
print(Decimal("Infinity").exp(), Decimal("-Infinity").exp(), Decimal("Infinity").ln(), Decimal("NaN").ln())
for v in ["5e2", "0E+3", "1.23E+7", "12345E-20", "0.0001", "1E+1", "-7E+4", "0E-7"]:
    print(Decimal(v).to_eng_string(), end=" ")
print()
