# int parsing, printing limits, shifts, bit ops on negatives, hashing and
# division of big ints, checked against CPython 3.11.
for text, base in [("0x_ff", 16), ("0X1F", 0), ("0b_1", 0), ("0o_7", 8), ("  +12  ", 10),
                   ("\t-0\n", 0), ("000", 0), ("0_0", 0), ("١٢٣", 10), ("٣_٤", 10),
                   ("z", 36), ("Z", 36), ("10", 2), ("7fffffffffffffffffff", 16)]:
    print(repr(text), base, int(text, base))
for text, base in [("08", 0), ("0x", 16), ("_1", 10), ("1_", 10), ("1__2", 10), ("0b2", 0),
                   ("0x_", 16), ("12 3", 10), ("", 10), ("-", 10), ("0o8", 8), ("1.0", 10)]:
    try:
        int(text, base)
    except ValueError as e:
        print(e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
print(int("10", base=16), int(base=10, x="7") if False else int("-0b11", 0), int(), int(-0.0), int(1e19))
print(int(True), int(3.99), int(-3.99), int(" 42 "))
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    int(float("-inf"))
except OverflowError as e:
    print(e)
big = 10 ** 4299
print(len(str(big)), len(repr(-big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
print(int("1" * 4300) % 97, hex(10 ** 5000)[-4:], len(bin(1 << 20000)))
print(1 << 100, -1 << 100, (1 << 100) >> 99, -(1 << 100) >> 200, 5 >> 1000, -5 >> 1000)
print(-12 & 10, -12 | 10, -12 ^ 10, ~(2 ** 70), -(2 ** 70) & 0xFFFF, (-(2 ** 70)) | 1)
print((2 ** 100 - 1) & -(2 ** 64), ~-(2 ** 65), 12 & -1, 2 ** 65 ^ -1)
try:
    1 >> -1
except ValueError as e:
    print(e)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100), hash(-(2 ** 100)), hash(-1), hash(-2))
print(hash(10 ** 30) == hash(float(10 ** 30)), hash(2 ** 64) == hash(2.0 ** 64), hash(-5) == hash(-5.0))
print(2 ** 100 / 2 ** 50, (2 ** 100 + 1) / 2, 10 ** 30 / 3, -(10 ** 30) / 7, (3 ** 200) / (2 ** 300))
print(1 / (10 ** 320), (10 ** 320) / (10 ** 319), 7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-(10 ** 20), 7))
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    (2 ** 70) % 0
except ZeroDivisionError as e:
    print(e)
try:
    5 / 0
except ZeroDivisionError as e:
    print(e)
print((255).bit_length(), (-(2 ** 70)).bit_length(), (2 ** 70 - 1).bit_count(), (-7).bit_count())
print((6).as_integer_ratio(), True.as_integer_ratio(), (-3).conjugate(), True.conjugate(), type(True.real).__name__)
print((7).__index__(), (7).__round__(-1), (15).__round__(-1), (25).__round__(-1), round(-25, -1), round(2 ** 70 + 5, -1))
print(round(5, -1), round(15, -1), round(123456789, -4), round(-123456789, -20), round(7, None))
print(3 == 3.0, 2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63, 10 ** 400 > float("inf"))
print(max(2 ** 100, 2.0 ** 100 + 1), min(-(2 ** 64), -1.8446744073709552e19), 1 < 2 ** 65 < 2.0 ** 66)
print(True + True, True - False, True * False, True / True, -True, +True, ~False, True ** 2, True << 3)
print(True & True, True | False, False ^ True, type(True ^ 1).__name__, type(True | False).__name__)
print(abs(-(2 ** 70)), abs(True), -(-(2 ** 62)), -(2 ** 62) - 1, (2 ** 62) * 2 // 2 == 2 ** 62)
