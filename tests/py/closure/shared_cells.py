def make_pair():
    value = 0
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set
get, set_ = make_pair()
set_(5)
print(get())
set_("x")
print(get(), get.__closure__[0] is set_.__closure__[0])
def outer():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    x = 0
    def g():
        return x
    x = 99
    return [f() for f in fns], g()
print(outer())
