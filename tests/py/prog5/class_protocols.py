import abc, functools, operator, copy, collections, dataclasses, enum
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __abs__(self): return (self.x**2 + self.y**2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
v = Vec(1, 2)
print(v + Vec(3, 4), 2 * v, v * 2.5, sum([v, v, v]), abs(Vec(3, 4)), bool(Vec(0, 0)), -v, list(v), v[1], len(v), {v: 1}[Vec(1, 2)])
try: v.z = 3
except AttributeError as e: print(e)
try: v + 1
except TypeError as e: print(e)
try: v * 'a'
except TypeError as e: print(e)
try: 'a' * v
except TypeError as e: print(e)
try: Vec.__dict__['x'].__get__(Vec.__new__(Vec))
except AttributeError as e: print(e)
print(Vec.x, type(Vec.x).__name__, hasattr(v, '__dict__'))
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __matmul__(self, o): return Matrix([[sum(a*b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self): return f"Matrix({self.rows})"
    def __eq__(self, o): return self.rows == o.rows
    def __getitem__(self, ij): i, j = ij; return self.rows[i][j]
    def __setitem__(self, ij, v): i, j = ij; self.rows[i][j] = v
    def __contains__(self, x): return any(x in r for r in self.rows)
    def __pow__(self, n):
        r = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        for _ in range(n): r = r @ self
        return r
m = Matrix([[1, 1], [1, 0]])
print(m @ m, m ** 10, m[0, 1], 5 in m, 1 in m, m == Matrix([[1, 1], [1, 0]]), m != m)
m[1, 1] = 7; print(m)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r): self._r = r
    def area(self): return 3.14159 * self._r ** 2
    @property
    def name(self): return "circle"
    @property
    def r(self): return self._r
    @r.setter
    def r(self, v):
        if v < 0: raise ValueError("negative radius")
        self._r = v
    @r.deleter
    def r(self): print("deleting r")
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
c = Circle(2); print(c.describe()); c.r = 3; print(c.r)
try: c.r = -1
except ValueError as e: print(e)
del c.r
try: c.name = 'x'
except AttributeError as e: print(e)
try: del c.name
except AttributeError as e: print(e)
print(isinstance(c, Shape), issubclass(Circle, Shape), Shape.__abstractmethods__ == frozenset({'area', 'name'}))
class Counter:
    count = 0
    def __init__(self): Counter.count += 1
    @classmethod
    def make(cls, n): return [cls() for _ in range(n)]
    @staticmethod
    def helper(x): return x * 2
Counter.make(3); print(Counter.count, Counter.helper(4), Counter().helper(5), Counter.make.__self__ is Counter)
print(type(Counter.__dict__['make']), type(Counter.__dict__['helper']), Counter.__dict__['helper'].__func__(6))
class Range:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i
print(list(Range(4)), sum(Range(10)), 3 in Range(5), list(zip(Range(3), 'abc')))
class Res:
    def __init__(self, name, swallow=False): self.name = name; self.swallow = swallow
    def __enter__(self): print('enter', self.name); return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.swallow
with Res('a') as a, Res('b', True) as b:
    print('body', a.name, b.name); raise ValueError('boom')
print('after')
try:
    with Res('c'): 1/0
except ZeroDivisionError as e: print('caught', e)
import contextlib
@contextlib.contextmanager
def ctx(x):
    print('in', x)
    try: yield x * 2
    except KeyError as e: print('handled', repr(e))
    finally: print('out', x)
with ctx(3) as y: print('y', y)
with ctx(4): raise KeyError('q')
with contextlib.suppress(ZeroDivisionError): 1/0
def gen():
    x = yield 1
    print('got', x)
    try:
        y = yield 2
    except GeneratorExit:
        print('closing'); raise
    return 'done'
g = gen(); print(next(g), g.send('hi')); g.close()
def g2():
    r = yield from gen()
    print('r', r)
g = g2(); next(g); g.send(1)
try: g.send(2)
except StopIteration as e: print('stop', e.value)
def counter():
    n = 0
    def inc(by=1):
        nonlocal n; n += by; return n
    return inc
i = counter(); i(); i(5); print(i(), i.__closure__[0].cell_contents, i.__code__.co_freevars)
G = 0
def setg():
    global G; G += 10
setg(); setg(); print(G)
def repeat(n):
    def deco(f):
        @functools.wraps(f)
        def w(*a, **k):
            return [f(*a, **k) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hello(name): "says hi"; return f"hi {name}"
print(hello('bob'), hello.__name__, hello.__doc__, hello.__wrapped__('x'))
def trace(f):
    calls = []
    def w(*a):
        calls.append(a); return f(*a)
    w.calls = calls
    return w
@trace
def add(a, b): return a + b
add(1, 2); add(3, 4); print(add.calls)
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
print(sorted(['b', 'a', 'C'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(operator.itemgetter(1, 0)([5, 6]), operator.attrgetter('x')(v), operator.methodcaller('upper')('q'))
p = functools.partial(int, base=2); print(p('101'), p.func, p.keywords, repr(p)[:30])
