# float methods, hex round trips, exact int/float comparisons and rounding
# (no math module needed).
print((1.0).is_integer(), (1.5).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print((0.1).as_integer_ratio(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[0])
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex('0x1.8p1'), (0.0).hex(), (-0.0).hex())
print((5e-324).hex(), (1.7976931348623157e308).hex(), float('inf').hex(), float('nan').hex())
print(float.fromhex('-0x1p-1074'), float.fromhex('  0X1.8P+1  '), float.fromhex('1'), float.fromhex('0x.8'))
print(float.fromhex('0x1p-1075'), float.fromhex('0x3p-1075'), float.fromhex('-inf'), float.fromhex('0x1.fffffffffffff8p1022'))
for bad in ['zz', '0x', '0x1p', '1.2.3']:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(bad, e)
try:
    float.fromhex('0x1p99999')
except OverflowError as e:
    print(e)
for v in [0.5, 1.1, -7.25, 1e-310, 123456.789, 2.0 ** 60]:
    assert float.fromhex(v.hex()) == v
print((3.7).__trunc__(), (-3.7).__floor__(), (-3.2).__ceil__(), (2.5).__round__(), (2.675).__round__(2))
print((2.0).real, (2.0).imag, (2.5).conjugate(), (7).real, (7).imag, True.real, (7).numerator, (7).denominator)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(e)
print(1 < 1.5 < 2, 2 ** 53 == 2.0 ** 53, 10 ** 16 + 1 > 1e16, 1 == 1.0000000000000001)
print(10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2.0 ** 53, 2 ** 1000 < float('inf'))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 3 < 3.5, 4 > 3.5, 3 == 3.0, 3 != 3.5, 2 ** 64 <= 2.0 ** 64)
nan = float('nan')
print(nan == 1, nan != 1, 1 < nan, nan >= 2 ** 100, nan == nan, [nan] == [nan])
print(float(2 ** 53 + 1), float(2 ** 54 + 3), float(2 ** 80 + 2 ** 27), float(2 ** 80 + 2 ** 27 + 1))
print(10 ** 50 / 10 ** 49, 2 ** 200 / 3, (2 ** 64 + 1) / 2 ** 64, 1 / 3, -7 / 2, 7 / -2)
n = 10 ** 30
print(n / 7, -n / 7, (10 ** 400) / (10 ** 399), 1 / 10 ** 400)
try:
    10 ** 400 / 3
except OverflowError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(float(" 1e3 "), float("1_0.5"), float("-iNF"), float("+nan"), float(".5"), float("5."), float("١٫٥" if False else "١"))
for bad in ["abc", "1_", "_1", "1__0", "1_.5", "", " ", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1.5, 0))
print(round(123.456, -1), round(1e300, 2), round(5.0, -1), round(15.0, -1), round(-0.4, 0), round(0.5, 1))
print(round(1.23456789e-5, 8), round(987654.321, -3), round(2.5, None), type(round(2.5, 0)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(2 ** 70, -20))
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
print(round(float('inf'), 2), round(float('nan'), 1))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, divmod(7.5, -2), divmod(-7, 2), divmod(7, -2.5))
print(hash(1.5), hash(-0.0), hash(2.0 ** 70) == hash(2 ** 70), hash(1e100) == hash(int(1e100)), hash(0.1))
print(int(1e20), int(-1.5e19), int(2.0 ** 100), int(1e308) == 10 ** 308, int(-0.9))
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class B:
    def __float__(self): return 1
print(float(F()), float(I()))
try: float(B())
except TypeError as e: print(e)
try: float([])
except TypeError as e: print(e)
