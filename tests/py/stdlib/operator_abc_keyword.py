import operator as op
import keyword
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, get_cache_token
print(op.add(2, 3), op.sub(5, 7), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.inv(0), op.lshift(1, 4), op.rshift(32, 2), op.matmul.__name__)
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem({"k": 3}, "k"), op.index(7), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(object(), 9))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iadd(1, 2), op.imul("a", 3), op.isub(5, 1), op.ior({1}, {2}), op.iconcat([1], (2,)), op.call(max, 1, 5))
print(op.itemgetter(1)([4, 5, 6]), op.itemgetter(0, 2)("xyz"), op.itemgetter("a")({"a": 1}), repr(op.itemgetter(1, "k")))
class P:
    def __init__(self): self.a = self; self.b = 2
    def greet(self, name, punct="!"): return "hi " + name + punct
p = P()
print(op.attrgetter("b")(p), op.attrgetter("a.a.b", "b")(p), repr(op.attrgetter("a.b")), op.methodcaller("greet", "bob")(p), op.methodcaller("greet", "x", punct="?")(p), repr(op.methodcaller("greet", "x", punct="?")))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=op.itemgetter(1)), op.__add__ is op.add, op.__lt__(1, 2))
for f in [lambda: op.concat(1, 2), lambda: op.index(1.5), lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.methodcaller(), lambda: op.indexOf([1], 5), lambda: op.itemgetter(5)([1])]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist)
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self): return self.name() + " " + str(self.area())
class Half(Shape):
    def area(self): return 1
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"
print(Sq(3).describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Sq.__abstractmethods__)
for cls in (Shape, Half):
    try: cls()
    except TypeError as e: print(e)
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    value = 3
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return "h"
print(Impl.make().value, Impl.helper(), isinstance(Impl(), Base))
class Plugin(ABC): pass
class Foreign: pass
t0 = get_cache_token()
Plugin.register(Foreign)
print(issubclass(Foreign, Plugin), isinstance(Foreign(), Plugin), get_cache_token() != t0, issubclass(int, Plugin))
class Sub(Foreign): pass
print(issubclass(Sub, Plugin), Plugin.register(Sub) is Sub)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, "quack")
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook), issubclass(Duck, Hook))
try: Plugin.register(1)
except TypeError as e: print(e)
try: issubclass(1, Plugin)
except TypeError as e: print(e)
