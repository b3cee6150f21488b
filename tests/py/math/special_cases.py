import math
inf, nan = math.inf, math.nan
cases = [(math.pow, (0.0, -math.inf)), (math.pow, (-inf, 0.5)), (math.pow, (-inf, 3)), (math.pow, (inf, -1)), (math.pow, (-1, inf)), (math.pow, (0.5, -inf)), (math.pow, (-0.0, -1)), (math.pow, (nan, 1)), (math.pow, (2, nan)), (math.pow, (1e308, 2)), (math.pow, (-2, 0.5)),
 (math.fmod, (inf, 2)), (math.fmod, (2, nan)), (math.fmod, (-0.0, 1)), (math.fmod, (3, -2)), (math.atan2, (inf, inf)), (math.atan2, (nan, 1)), (math.ldexp, (inf, 5)), (math.ldexp, (1.0, -2000)), (math.ldexp, (1.5, 10**30)), (math.ldexp, (1.5, -10**30)),
 (math.log, (0.0,)), (math.log, (-inf,)), (math.log, (inf,)), (math.log, (nan,)), (math.log, (2, 0.5)), (math.log, (1, 1)), (math.log, (0,)), (math.log10, (-1,)), (math.log2, (0,)), (math.sqrt, (inf,)), (math.sqrt, (-inf,)), (math.sqrt, (nan,)), (math.exp, (nan,)), (math.exp, (-inf,)), (math.exp, (inf,)),
 (math.sin, (-inf,)), (math.cos, (nan,)), (math.acos, (nan,)), (math.asin, (-1.5,)), (math.acosh, (0.5,)), (math.atanh, (-1,)), (math.atanh, (inf,)), (math.log1p, (-1,)), (math.log1p, (-2,)), (math.expm1, (1000,)), (math.sinh, (-1000,)), (math.tanh, (inf,)),
 (math.gamma, (-1.5,)), (math.gamma, (172,)), (math.gamma, (-inf,)), (math.gamma, (1e-320,)), (math.gamma, (-200.5,)), (math.lgamma, (-1.5,)), (math.lgamma, (-inf,)), (math.lgamma, (1e308,)), (math.lgamma, (-2,)),
 (math.erf, (inf,)), (math.erfc, (-inf,)), (math.erf, (nan,)), (math.copysign, (1, nan)), (math.copysign, (nan, -1)), (math.remainder, (inf, 1)), (math.remainder, (1, inf)), (math.remainder, (3, 2)), (math.remainder, (-3, 2)), (math.remainder, (1.5, 0.5)),
 (math.modf, (inf,)), (math.modf, (-inf,)), (math.modf, (nan,)), (math.frexp, (inf,)), (math.frexp, (nan,)), (math.frexp, (5e-324,)), (math.trunc, (nan,)), (math.trunc, (-inf,)), (math.floor, (-0.5,)), (math.ceil, (-0.5,)), (math.floor, (1e16 + 1,)),
 (math.isqrt, (True,)), (math.isqrt, (2.0,)), (math.gcd, (True, 4)), (math.factorial, (True,)), (math.comb, (2**70, 2)), (math.perm, (5, None)), (math.comb, (5, 2.0)), (math.dist, ((1,), [4])), (math.hypot, (inf, nan)), (math.hypot, (nan, 1)), (math.hypot, (-3,)),
 (math.ulp, (inf,)), (math.ulp, (-1e308,)), (math.ulp, (5e-324,)), (math.nextafter, (0.0, -1)), (math.nextafter, (inf, 0)), (math.nextafter, (-0.0, 1)), (math.degrees, (1e308,)), (math.prod, ([],)), (math.prod, (["a", 2],)), (math.fsum, ([1e308, 1e308],)), (math.fsum, ([nan, 1],)), (math.fsum, ([inf, inf],)),
 (math.isclose, (1e-300, 0.0)), (math.isclose, (-inf, inf)), (math.exp2, (1024,)), (math.cbrt, (-inf,)), (math.sqrt, (True,)), (math.log, (2**1100, 2)), (math.log, (10**400, 10**200)), (math.log10, (True,)), (math.floor, (-1e300,))]
for f, args in cases:
    try:
        r = f(*args)
        print(f.__name__, args, repr(r))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)
