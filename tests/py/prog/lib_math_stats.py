import math, statistics, heapq, bisect
print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7), math.fabs(-3), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.gcd(12, 18), math.gcd(0, 0), math.lcm(4, 6), math.isqrt(99), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.exp(1), math.expm1(1e-10), math.pow(2, 0.5), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(float("inf")), math.isnan(float("nan")))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.copysign(3, -0.0))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), math.remainder(7, 3))
print(math.asin(1), math.acos(0.5), math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.erf(0.5), math.erfc(0.5), math.gamma(5.5), math.lgamma(10))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.cbrt(27) if hasattr(math, "cbrt") else "", math.floor(1e20))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try: bad()
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
data = [2.5, 3.1, 4.7, 1.2, 9.9, 3.1, 5.0]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.stdev(data), statistics.pstdev(data))
print(statistics.variance(data), statistics.pvariance(data), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.fmean([1, 2, 3]), statistics.geometric_mean([1, 2, 4]), statistics.harmonic_mean([1, 2, 4]), statistics.multimode("aabbc"))
print(statistics.quantiles(range(1, 101), n=4), statistics.median_grouped([1, 2, 2, 3, 4]))
print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2]), type(statistics.mean([1, 2])))
from fractions import Fraction
from decimal import Decimal
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.mean([Decimal("1.1"), Decimal("2.2")]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.covariance([1, 2, 3], [1, 2, 4]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
try: statistics.mean([])
except statistics.StatisticsError as e: print(e)
nd = statistics.NormalDist(100, 15); print(nd, nd.cdf(115), nd.inv_cdf(0.9), nd.pdf(100))
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h)
heapq.heappush(h, 0); print(heapq.heappop(h), heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3])))
tasks = []
for pri, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 4, 3))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left([(1, "a"), (3, "c")], (2,)), bisect.bisect([1, 2, 3], 2, key=None))
print(bisect.bisect_left(["x", "yy", "zzz"], 2, key=len))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7, -1))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, 2 ** -1, pow(3, 4, 5), pow(3, -1, 7))
print(float("1e-5"), 1e16, 1.1e16, 123456789012345678.0, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-7, 100.0, 1.5e300 * 1e10)
print(f"{math.pi:.3f} {1234567.891:,.2f} {0.25:.1%} {255:#x} {255:08b} {3.0:g} {1e-5:g} {123456789:e}")
