a, b = 1 + 2j, 3 - 1j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, 2 ** a)
print(a + 1, 1.5 * a, a == 1 + 2j, (1 + 0j) == 1, complex(1, 0) == 1.0, 0j == 0)
print(abs(3 - 4j), abs(complex(float("inf"), 1)), (1j).conjugate(), (-1) ** 0.5)
try:
    a // b
except TypeError as e:
    print(e)
try:
    a % 2
except TypeError as e:
    print(e)
try:
    int(a)
except TypeError as e:
    print(e)
import cmath
print(cmath.sqrt(-4), cmath.phase(-1), round(cmath.exp(1j * cmath.pi).real, 10))
