f(a, b, c) + g(d, e, f) = 1
