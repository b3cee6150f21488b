print(1 + 2.0, 3 * 0.5, 7 // 2.0, 2 ** 0.5, 10 / 4, 1 - True, 1.5 + (2 ** 60))
print(1 < 1.5 < 2, 2 ** 53 == 2.0 ** 53, 10 ** 16 + 1 > 1e16, 1 == 1.0000000000000001)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
import math
print(math.fsum([0.1] * 10), math.sqrt(16), math.pi, math.e, math.floor(2.5), math.ceil(2.1))
print(math.gcd(12, 18), math.factorial(20), math.isclose(0.1 + 0.2, 0.3), math.trunc(-1.9))
