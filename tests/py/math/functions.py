import math

# Constants and basic functions.
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(0.0), math.exp(1), math.exp(-745.2), math.expm1(1e-10), math.log1p(1e-10))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.atan2(1, -1), math.atan2(-0.0, -1), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot())
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.fabs(-2))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, math.inf), math.remainder(7, 4), math.remainder(5, 2), math.remainder(-5, 2))
print(math.modf(3.25), math.modf(-2.5), math.frexp(8.0), math.frexp(0.0), math.frexp(-3), math.ldexp(0.5, 4), math.ldexp(1, -1075))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.cbrt(8), math.exp2(10), math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0))

# Rounding to int.
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-1.9), math.trunc(7))
print(math.floor(1e300) == 10 ** 300 // 1, type(math.floor(1.5)).__name__, math.ceil(2 ** 70), math.floor(True))

# Integers.
print(math.gcd(12, 18), math.gcd(), math.gcd(0, -4), math.gcd(2 ** 80, 6 ** 40), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(2, 3, 4), math.lcm(-4, 6))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(4, 0))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1))

# Logarithms.
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000), math.log10(0.001))
print(math.log(10 ** 400), math.log2(2 ** 2000), math.log10(10 ** 500), math.log(1))

# Sums and products.
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([math.inf, 1]), math.fsum(range(10)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([2, 3], start=10))

# Comparisons and classification.
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isfinite(1e308), math.isinf(-math.inf))

# Special functions.
print(math.erf(0), math.erf(1), math.erfc(0), round(math.erfc(2), 12), math.erf(-0.5))
print(math.gamma(5), math.gamma(0.5), math.lgamma(1), round(math.lgamma(10), 10), math.gamma(1))

# Errors.
def show(f, *args):
    try:
        print(f.__name__, f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__, e)

show(math.sqrt, -1)
show(math.log, 0)
show(math.log, -1)
show(math.log, 8, 1)
show(math.exp, 1000)
show(math.acos, 2)
show(math.factorial, -1)
show(math.factorial, 2.5)
show(math.floor, math.inf)
show(math.ceil, math.nan)
show(math.sqrt, "x")
show(math.comb, -1, 2)
show(math.perm, 3, -2)
show(math.isqrt, -4)
show(math.fmod, 1, 0)
show(math.fmod, math.inf, 1)
show(math.pow, 0, -1)
show(math.pow, -8, 0.5)
show(math.pow, 10, 400)
show(math.gamma, 0)
show(math.gamma, -2)
show(math.lgamma, 0)
show(math.atanh, 1)
show(math.cosh, 1000)
show(math.ldexp, 1.0, 2000)
show(math.gcd, 2.0, 4)
show(math.sin, math.inf)
show(math.fsum, [math.inf, -math.inf])
show(math.dist, (1, 2), (1,))
show(math.remainder, 1, 0)
