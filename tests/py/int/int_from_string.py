print(int("42"), int("-0017"), int(" 7 "), int("1_000"), int("ff", 16), int("0xff", 16))
print(int("0b101", 0), int("0o17", 0), int("z", 36), int("11", 2), int(3.99), int(-3.99))
print(int(True), int("١٢٣"))
for bad in ("", "1.5", "0x", "12a", "1__0"):
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("1", 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
