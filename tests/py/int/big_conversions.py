n = 2 ** 200
print(float(n), n / 3, n // 3, int(float(n)) == n, (n + 1) / n)
print(10 ** 50 / 10 ** 49, (10 ** 400) // (10 ** 399), 7 ** 77 % 1000)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print(e)
print(int("9" * 60) + 1, -(10 ** 30) // 7, -(10 ** 30) % 7, abs(-(3 ** 100)) == 3 ** 100)
print(str(2 ** 64)[-5:], repr(-(2 ** 63)), hex(2 ** 100), bin(2 ** 70).count("0"))
