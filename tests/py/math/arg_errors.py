import math, time, sys
for f, a in [(math.sqrt, ()), (math.sqrt, (1, 2)), (math.log, ()), (math.log, (1, 2, 3)), (math.pow, (1,)), (math.floor, ()), (math.isclose, (1,)), (math.gcd, ("a",)), (math.factorial, ("a",)), (math.sqrt, ("a",)), (math.atan2, (1,)), (math.ldexp, (1, 2.0)), (math.hypot, ("x",)), (math.fsum, (1,)), (math.prod, ()), (math.comb, (1,)), (math.isqrt, (1.5,)), (time.sleep, ()), (time.time, (1,)), (sys.exit, (1, 2)), (sys.getrecursionlimit, (1,)), (sys.setrecursionlimit, ()), (math.trunc, ("x",)), (math.perm, ()), (math.dist, (1, 2)), (math.copysign, ()), (math.frexp, ("x",))]:
    try:
        f(*a)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
