def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f
class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items()
                     if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", set()):
                value = getattr(cls, name, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        return cls
    def register(cls, subclass):
        cls._abc_registry.add(subclass)
        return subclass
    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))
    def __subclasscheck__(cls, subclass):
        if subclass in cls._abc_registry:
            return True
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return ok
        return type.__subclasscheck__(cls, subclass) or any(issubclass(subclass, r) for r in cls._abc_registry)
class ABC(metaclass=ABCMeta):
    __slots__ = ()
    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented
class Shape(ABC):
    @abstractmethod
    def area(self): pass
    @property
    @abstractmethod
    def name(self): pass
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "sq"
print(Sq(3).area(), Sq(2).name, isinstance(Sq(1), Shape), issubclass(int, Shape))
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
Shape.register(int)
print(isinstance(3, Shape), issubclass(int, Shape), sorted(Shape.__abstractmethods__))
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
def total_ordering(cls):
    roots = {op for op in ("__lt__", "__le__", "__gt__", "__ge__") if getattr(cls, op, None) is not getattr(object, op, None)}
    root = max(roots)
    if root == "__lt__":
        cls.__gt__ = lambda self, other: not (self < other) and self != other
        cls.__le__ = lambda self, other: self < other or self == other
        cls.__ge__ = lambda self, other: not self < other
    return cls
@total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"v{self.v}"
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2), sorted([Ver(2), Ver(1)]))
def dataclass(cls):
    anns = cls.__dict__.get("__annotations__", {})
    fields = list(anns)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kw):
        for f, a in zip(fields, args):
            setattr(self, f, a)
        for f in fields[len(args):]:
            setattr(self, f, kw.get(f, defaults.get(f)))
    def __repr__(self):
        return f"{type(self).__qualname__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __eq__(self, o):
        return type(o) is type(self) and all(getattr(self, f) == getattr(o, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls
@dataclass
class P:
    x: int
    y: int = 5
print(P(1), P(1, 2) == P(1, 2), P(x=3))
try:
    hash(P(1))
except TypeError as e:
    print(e)
