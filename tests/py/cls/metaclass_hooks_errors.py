class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def hello(cls):
        return "hello from " + cls.__name__
class Base(metaclass=Meta, flag=1):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
    def __init__(self, x=0):
        self.x = x
class Child(Base, tag="t"):
    pass
c = Child(5)
print(c.x, type(Child).__name__, Child.hello(), isinstance(Child, Meta))
print(Base.__mro__, Child.__bases__, Child.__base__)
class M2(type): pass
try:
    class Bad(Child, metaclass=M2): pass
except TypeError as e:
    print(e)
T = type("T", (Child,), {"y": 2})
print(T.__name__, T.y, T.__mro__[1].__name__, type(T).__name__)
print(type(T(1)).__name__)
class A: pass
class B: pass
class C(A, B): pass
print(C.__mro__)
print(A.__subclasses__(), object.__subclasses__ is not None)
try:
    class X(int, str): pass
except TypeError as e:
    print(e)
try:
    class Y(A, A): pass
except TypeError as e:
    print(e)
try:
    class Z(bool): pass
except TypeError as e:
    print(e)
print(C.mro() == list(C.__mro__), type.__name__, type(type), type(object))
print(int.__add__, int.__add__(1, 2), (5).__add__(3), int.__add__(1, 2.0))
print(object.__hash__ is not None, type.__hash__ is not None, str.upper("a"))
class Q:
    def __eq__(self, o): return True
print(Q.__hash__ is None, Q() == 1)
try:
    hash(Q())
except TypeError as e:
    print(e)
class R:
    __hash__ = None
try:
    {R()}
except TypeError as e:
    print(e)
