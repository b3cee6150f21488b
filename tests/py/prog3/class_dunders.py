# Class hierarchies with operator dunders, containers, attribute hooks,
# abstract bases, dataclasses and enums.
import abc
import dataclasses
import enum
import functools
import operator


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, o):
        if isinstance(o, Vector):
            return Vector(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

    def __round__(self, n=None):
        return Vector(round(self.x, n), round(self.y, n))

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self


v, w = Vector(3, 4), Vector(1.5, -2)
print(v + w, v - w, v * 2, 2 * v, v * w, v @ w, v / 2, -v, +v, abs(v), bool(Vector()), v == Vector(3, 4), v != w)
print(list(v), v[1], v[-1], len(v), tuple(v), dict(zip("xy", v)), round(w), round(Vector(1.26, 2.5), 1), f"{w:+.2f}", format(v, "03d"))
x, y = v
print(x, y, {v: 1}[Vector(3, 4)], sorted([Vector(2, 1), Vector(1, 2)], key=abs), sum([v, w], Vector()), max([v, w], key=lambda t: t.y))
u = v
u += w
print(u is v, v, [1, 2] * 2, 3 * (1,))
for bad in [lambda: v + 1, lambda: 1 + v, lambda: v * "s", lambda: v < w, lambda: v.z, lambda: setattr(v, "z", 1), lambda: v @ 1]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.rows[r][c]
        return self.rows[key]

    def __setitem__(self, key, val):
        r, c = key
        self.rows[r][c] = val

    def __contains__(self, x):
        return any(x in r for r in self.rows)

    def __mul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])

    def __eq__(self, o):
        return self.rows == o.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(w) for x in r) for r in self.rows)


m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m, m.shape, m[1], m[1, 0], 4 in m, 2 in m, m * m, m == Matrix([[1, 20], [3, 4]]), m != m)
print(str(m * Matrix([[1, 0], [0, 1]])))


class Record:
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self._data[name] = value

    def __delattr__(self, name):
        del self._data[name]

    def __dir__(self):
        return sorted(self._data)


r = Record(a=1, b=2)
r.c = 3
del r.a
print(r.b, r.c, dir(r), getattr(r, "a", "gone"), hasattr(r, "zz"))
try:
    r._x = 1
except AttributeError as e:
    print(e)
try:
    r.nope
except AttributeError as e:
    print(e, e.__suppress_context__)


class Shape(abc.ABC):
    registry = []

    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.registry.append(cls.__name__)

    @abc.abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides and area {self.area():.2f}"


class Square(Shape, sides=4):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Tri(Shape, sides=3):
    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2


print(Square(3).describe(), Tri(3, 5).describe(), Shape.registry, Square.sides)
try:
    Shape()
except TypeError as e:
    print(e)


class Base:
    def __init__(self):
        self.log = ["Base"]

    def hello(self):
        return "Base.hello"


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Diamond")

    def hello(self):
        return "Diamond>" + super().hello()


dd = Diamond()
print(dd.log, dd.hello(), [c.__name__ for c in Diamond.__mro__], super(Left, dd).hello(), Diamond.mro() == list(Diamond.__mro__))
try:
    class Bad(Left, Base, Right):
        pass
except TypeError as e:
    print(e)


@dataclasses.dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0


items = [Item("b", 2.0), Item("a", 2.0, ["x"]), Item("c", 1.0)]
print(items[1], sorted(items)[0].name, Item("a") == Item("a"), Pt(1) == Pt(1, 0), hash(Pt(1)) == hash(Pt(1, 0)), dataclasses.asdict(items[1]), dataclasses.astuple(Pt(2, 3)))
try:
    Pt(1).x = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print([f.name for f in dataclasses.fields(Item)], dataclasses.replace(Pt(1, 2), y=9), Item.__dataclass_fields__["price"].default)


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()}={self.value}"


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 10


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.describe(), list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
print(Perm.R | Perm.W, Perm(6), Perm.R in Perm(5), int(Perm.R | Perm.X), Level.HIGH > Level.LOW, Level.LOW + 1, sorted([Level.HIGH, Level.LOW]), f"{Level.HIGH}", str(Level.LOW))
try:
    Color(7)
except ValueError as e:
    print(e)


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("10.0"))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")], key=operator.itemgetter(0)))
people = [("amy", 31), ("bob", 25), ("cat", 31), ("dan", 25)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])), sorted(people, key=operator.itemgetter(1, 0), reverse=True))
print(sorted("hello world", reverse=True), sorted({3: "a", 1: "b"}), sorted([3, 1, 2], key=None), list(map(operator.attrgetter("x"), [Vector(1, 2)])))
