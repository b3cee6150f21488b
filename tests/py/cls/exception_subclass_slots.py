class E(Exception):
    def __init__(self, a, b):
        self.a = a
print(str(E(1, 2)), E(1, 2).args, repr(E(1, 2)), E(1, 2).a)
class F(Exception):
    def __new__(cls, *a):
        inst = super().__new__(cls, *a)
        inst.extra = "x"
        return inst
f = F("m")
print(f.extra, f.args, str(f))
class G(KeyError):
    def __str__(self): return "G!"
try:
    raise G("k")
except LookupError as e:
    print(e, type(e).__mro__[1].__name__, e.args)
class H(Exception):
    pass
h = H("a")
h.note = 1
print(h.note, vars(h), h.__dict__)
print(H.__module__, H.__qualname__, H.__bases__, H.__dict__.get("__weakref__"))
class WithSlots(Exception):
    __slots__ = ()
print(WithSlots("z").args)
class P:
    __slots__ = ("x",)
class Q(P):
    pass
q = Q(); q.x = 1; q.y = 2
print(q.x, q.y, Q.__dict__.get("__dict__") is not None)
class R(Q):
    __slots__ = ("z",)
r = R(); r.z = 3; r.w = 4
print(r.z, r.w)
