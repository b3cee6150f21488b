import functools, dataclasses, enum, typing
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag', name.lower())
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        print('creating', cls.__name__); return super().__call__(*a, **k)
    def __repr__(cls): return f"<Meta {cls.__name__}>"
class Base(metaclass=Meta, tag='B'):
    registry = []
    def __init_subclass__(cls, /, kind=None, **kw):
        super().__init_subclass__(**kw); Base.registry.append((cls.__name__, kind))
class K1(Base, kind='one'): pass
class K2(K1): pass
print(Base.tag, K1.tag, Base.registry, type(K2()).__name__, type(K2), repr(K1))
class Desc:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, v):
        if not isinstance(v, int): raise TypeError(f'{self.name[1:]} must be int, got {type(v).__name__}')
        setattr(obj, self.name, v)
class P:
    x = Desc()
p = P(); print(p.x); p.x = 5; print(p.x, P.x.name, vars(p))
try: p.x = 'a'
except TypeError as e: print(e)
class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, n):
        if n.startswith('get_'): return lambda: n[4:]
        raise AttributeError(f'{type(self).__name__!r} has no {n!r}')
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2 if isinstance(v, int) else v)
    def __delattr__(self, n): print('del', n); object.__delattr__(self, n)
d = Dyn(); print(d.real, d.get_foo()); d.z = 4; print(d.z); del d.z
try: d.nope
except AttributeError as e: print(e)
print(hasattr(d, 'q'), getattr(d, 'q', 'dflt'))
class Spy:
    def __getattribute__(self, n):
        if n == 'secret': return 42
        return super().__getattribute__(n)
s = Spy(); s.a = 1; print(s.secret, s.a)
class DD(dict):
    def __missing__(self, k): return k * 2
print(DD(a=1)['a'], DD()['zz'], DD().get('zz'))
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], bin(Idx()), range(10)[Idx()], 'abc'[Idx():], hex(Idx()), (5).__round__(-1))
class Money:
    def __init__(self, c): self.c = c
    def __format__(self, spec): return f"${self.c / 100:{spec or '.2f'}}"
    def __round__(self, n=None): return Money(round(self.c, -2))
    def __repr__(self): return f"Money({self.c})"
print(f"{Money(1234)}", f"{Money(5):>10.1f}", format(Money(1)), round(Money(1250)))
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq()])
@functools.total_ordering
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split('.')))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return 'V' + '.'.join(map(str, self.t))
vs = [Ver('1.10'), Ver('1.2'), Ver('1.2.1')]
print(sorted(vs), max(vs), Ver('1.0') >= Ver('0.9'), Ver('1.0') <= Ver('0.9'))
class NoHash:
    def __eq__(self, o): return True
try: hash(NoHash())
except TypeError as e: print(e)
print(NoHash.__hash__)
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B>' + super().who()
class C(A):
    def who(self): return 'C>' + super().who()
class D(B, C):
    def who(self): return 'D>' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e: print(e)
@dataclasses.dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list, compare=False)
p1 = Pt(1, 2); print(p1, p1 == Pt(1, 2), p1 < Pt(1, 3), dataclasses.asdict(p1), dataclasses.replace(p1, y=9), hash(p1) == hash(Pt(1, 2)))
try: p1.x = 5
except dataclasses.FrozenInstanceError as e: print(type(e).__name__, e)
@dataclasses.dataclass
class Inv:
    name: str
    qty: int = 0
    def total(self): return self.qty
print(Inv('a'), Inv('b', 3) == Inv('b', 3), [f.name for f in dataclasses.fields(Inv)], Inv.__match_args__)
class Color(enum.Enum):
    RED = 1; GREEN = 2; BLUE = 3
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], list(Color), Color.RED.name, Color.RED.value, len(Color), Color.RED in Color)
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), int(Perm.W), Perm.R & 4)
try: Color(9)
except ValueError as e: print(e)
class St(str, enum.Enum):
    A = 'a'
print(St.A, St.A == 'a', f"{St.A}", St('a'))
class Auto(enum.Enum):
    X = enum.auto(); Y = enum.auto()
print(Auto.X.value, Auto.Y)
match Color.GREEN:
    case Color.RED: print('red')
    case Color.GREEN | Color.BLUE as c: print('gb', c)
def describe(x):
    match x:
        case {'type': 'circle', 'r': r}: return f'circle {r}'
        case [a, b, *rest] if len(rest) > 1: return f'long {a} {b} {rest}'
        case [a, b, *_]: return f'seq {a} {b}'
        case Pt(x=0, y=y): return f'on y axis at {y}'
        case Pt(x, y): return f'pt {x},{y}'
        case str() | bytes() as s: return f'text {s!r}'
        case int(n) if n < 0: return 'negative'
        case float(): return 'float'
        case None: return 'none'
        case _: return 'other'
for v in [{'type': 'circle', 'r': 2}, [1, 2, 3, 4], [1, 2], Pt(0, 5), Pt(3, 4), 'hi', b'b', -3, 2.5, None, {1}]:
    print(describe(v))
T = typing.TypeVar('T')
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(3).v, list[int], dict[str, list[int]], typing.Optional[int], typing.List[int], int | None)
def ann(a: int, b: 'str' = 'x') -> bool: ...
print(ann.__annotations__, ann.__defaults__, ann.__kwdefaults__, ann.__name__, ann.__qualname__, ann.__module__)
