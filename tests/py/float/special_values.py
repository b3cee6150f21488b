import math
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, 1 / inf, nan == nan, nan != nan, inf == inf)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), nan is nan)
print(max(1.0, inf), min(-inf, 0), inf > 10**400, float(10**308) * 10)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(hash(inf), hash(-inf), hash(0.0), hash(1.5), hash(-0.0))
