a = 2 ** 100
b = 3 ** 64
print(a, b, a + b, a - b, a * b)
print(a // b, a % b, -a // b, -a % b, divmod(a, -b))
print(10 ** 30 // 7, 10 ** 30 % 7, (10 ** 30) ** 2)
print(-(2 ** 64), abs(-(2 ** 64)), 2 ** 64 == 18446744073709551616)
print(int("123456789" * 5) * 3)
x = 1
for i in range(1, 40):
    x *= i
print(x, len(str(x)))
