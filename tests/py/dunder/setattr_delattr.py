class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
    def __delattr__(self, k):
        print("delattr", k)
f = Frozen(1)
print(f.x)
try:
    f.x = 2
except AttributeError as e:
    print(e)
del f.x
print(f.x)
class Logged:
    def __setattr__(self, k, v):
        print("set", k, v)
        super().__setattr__(k, v)
l = Logged()
l.a = 5
setattr(l, 'b', 6)
print(l.a, l.b, vars(l))
