import math
vals = [(1.1, 2.2, 3.3), (0.1, 0.2, 0.3, 0.4), (1e300, 1e300, 1e300), (3.0, 4.0), (1.5, 2.5), (1e-310, 2e-310, 3e-310), (7.0, 24.0, 0.5), (1/3, 2/3, 1.0, 5/7)]
for v in vals:
    print(math.hypot(*v), math.dist(v, [0.0]*len(v)))
for x in [0.1, 0.7, 1.3, 2.9, 10.5, 100.25, -0.3, -2.5, 1e-5, 170.5, 0.5]:
    print(x, math.gamma(x), math.lgamma(x), math.erf(x), math.erfc(x), math.exp(x), math.sin(x), math.tan(x), math.log(abs(x)), math.atanh(x/200) if abs(x) < 200 else 0, math.expm1(x), math.cosh(x))
print(math.fsum([1.1]*7 + [-2.2]*3), math.fsum([1e308, 1e308, -1e308]) if False else 0, math.fsum([0.3, 0.1, -0.4]))
