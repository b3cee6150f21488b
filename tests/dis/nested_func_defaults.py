def f(a, b=[], *, c=None):
    def g(x=a):
        return x
    return g
