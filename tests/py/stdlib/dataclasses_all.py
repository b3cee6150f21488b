from dataclasses import (dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY,
                         FrozenInstanceError, is_dataclass, make_dataclass, MISSING)
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1); print(p, Point(1, 2) == Point(1, 2), Point(1) == Point(2), p == (1, 0), Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__match_args__, Point.__hash__)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1, 2), {'z': 3})]:
    try: Point(*args, **kw)
    except TypeError as e: print(e)
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
print(sorted([Ver(1, 2), Ver(0, 9), Ver(1, 0, ["x"])]), Ver(1) < Ver(1, 1), Ver(2) >= Ver(1, 5), Ver(1, tags=[1]) == Ver(1))
try: Ver(1) < 5
except TypeError as e: print(e)
@dataclass(frozen=True)
class F:
    a: int
    b: str = "s"
f = F(1); print(f, hash(f) == hash(F(1)), {f: 1}[F(1)])
try: f.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del f.b
except FrozenInstanceError as e: print(e)
@dataclass
class Inv:
    name: str
    price: float
    qty: int = 0
    total: float = field(init=False)
    scale: InitVar[int] = 1
    registry: ClassVar[int] = 0
    def __post_init__(self, scale):
        self.total = self.price * self.qty * scale
        Inv.registry += 1
i = Inv("w", 2.5, 4, scale=2); print(i, i.total, Inv.registry, [f.name for f in fields(i)], Inv.__doc__)
print(asdict(i), astuple(i))
print(replace(i, qty=1, scale=3))
try: replace(i, total=1)
except ValueError as e: print(e)
@dataclass
class Line:
    start: Point
    end: Point
    pts: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
ln = Line(Point(0, 0), Point(1, 1), [Point(2, 2)], {"k": (Point(3, 3),)})
print(ln); print(asdict(ln)); print(astuple(ln))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__doc__)
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2), K2.__match_args__, K2.__doc__)
try: K2(1, 2)
except TypeError as e: print(e)
try: K2(1)
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e: print(e)
try:
    @dataclass(order=True)
    class Bad3:
        x: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass(unsafe_hash=True)
class UH:
    v: int
    w: list = field(default_factory=list, hash=False)
print(hash(UH(5)) == hash(UH(5)))
@dataclass
class Rec:
    child: "Rec" = None
r = Rec(); r.child = r; print(r)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1))
try: fields(1)
except TypeError as e: print(e)
try: asdict(Point)
except TypeError as e: print(e)
M = make_dataclass("M", [("a", int), ("b", int, field(default=4))])
print(M(1), M.__doc__)
@dataclass
class WithDefault:
    a: int = field(default=3, metadata={"unit": "m"})
print(WithDefault.a, fields(WithDefault)[0].metadata, WithDefault(), repr(fields(WithDefault)[0].default))
@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int = 0
    inner: "Outer.Inner" = None
print(Outer(Outer.Inner()))
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1); print(s, S.__slots__, hasattr(s, "__dict__"))
match Point(3, 4):
    case Point(x, y=4): print("matched", x)
