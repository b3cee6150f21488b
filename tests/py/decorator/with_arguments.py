def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x):
    return x * 2
print(hi(4))
def register(registry):
    def deco(fn):
        registry.append(fn.__name__)
        return fn
    return deco
reg = []
@register(reg)
def a(): pass
@register(reg)
def b(): pass
print(reg)
