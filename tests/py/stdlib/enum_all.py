import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class C(Enum):
    RED = 1
    GREEN = 2
print(repr(C.RED), str(C.RED), format(C.RED), f'{C.RED}', f'{C.RED:>10}|', C(1), C['RED'], list(C), len(C), C.RED in C, repr(C), C.__members__)
print(C.RED.name, C.RED.value, C.RED is C(1), C.RED == C.RED, C.RED != C.GREEN, C.RED == 1, hash(C.RED) == hash(C.RED), list(reversed(C)))
print(type(C.RED), isinstance(C.RED, C), isinstance(C.RED, Enum), type(C).__name__, C._member_names_, C.RED._name_, C.RED._value_)
for bad in [lambda: C(5), lambda: C['X'], lambda: setattr(C, 'RED', 5), lambda: setattr(C.RED, 'name', 'x'), lambda: C.RED < C.GREEN]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
class B(Enum):
    X = 1
try:
    class D(B): Y = 2
except TypeError as e: print(e)
try: del B.X
except AttributeError as e: print(e)
try:
    class R(Enum):
        X = 1
        X = 2
except TypeError as e: print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)
class I(IntEnum):
    A = 1
    B = 2
print(repr(I.A), str(I.A), format(I.A), f'{I.A}', I.A + 1, I.A == 1, I(2), I.A < I.B, sorted([I.B, I.A]), int(I.B), isinstance(I.A, int))
class F(Flag):
    R = auto()
    W = auto()
    X = auto()
print(repr(F.R | F.W), str(F.R | F.W), F(0), repr(F(0)), F.R in (F.R | F.W), list(F.R | F.X), repr(~F.R), bool(F(0)), len(F.R | F.W | F.X), repr(F.R & F.W), repr((F.R | F.W) ^ F.W))
class F2(Flag):
    R = 1
    W = 2
    RW = 3
print(list(F2), F2.R | F2.W, F2(3), len(F2), F2.__members__)
try: F2(8)
except ValueError as e: print(e)
class IF(IntFlag):
    R = 1
    W = 2
print(IF(8), repr(IF(9)), repr(~IF.R), IF.R | 4, repr(IF.R | 4), str(IF.R | IF.W), IF.R & 3, repr(IF.R | IF.W))
class S(StrEnum):
    A = auto()
    B = "bee"
print(repr(S.A), str(S.A), S.A == 'a', S('bee'), f'{S.B}', S.A.upper())
class A(Enum):
    X = auto()
    Y = auto()
print(A.X.value, A.Y.value, A.X is A(1))
class E(Enum):
    A = 1
    B = 5
    C = auto()
print(E.C.value)
Animal = Enum('Animal', 'CAT DOG')
print(Animal, list(Animal), Animal.CAT.value, Enum('T', [('a', 10), ('b', 20)]).b, list(Enum('Q', {'x': 'y'})))
class Al(Enum):
    a = 1
    b = 1
print(Al.b, list(Al), Al.__members__, Al(1).name)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return round(6.67e-11 * self.mass / self.radius ** 2, 3)
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.MARS.gravity, Planet((6.42e23, 3.39e6)))
class Color(Enum):
    RED = 1
    BLUE = 2
    def describe(self): return self.name.lower()
    @classmethod
    def default(cls): return cls.RED
    def __str__(self): return 'Color:' + self.name
print(Color.RED.describe(), Color.default(), Color.BLUE, repr(Color.BLUE))
class N(int, Enum):
    A = 1
print(repr(N.A), str(N.A), format(N.A), N.A + 1, f'{N.A:>5}')
class WithMissing(Enum):
    ONE = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'one': return cls.ONE
        return None
print(WithMissing('one'))
try: WithMissing(2)
except ValueError as e: print(e)
class Ordered(Enum):
    LOW = 1
    HIGH = 3
    def __lt__(self, other): return self.value < other.value
print(sorted([Ordered.HIGH, Ordered.LOW]), max(Ordered))
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
    def area(self, n): return n * n
print(Shape.ALIAS is Shape.SQUARE, Shape.SQUARE.area(3), [m.name for m in Shape], dict((k, v.name) for k, v in Shape.__members__.items()))
d = {C.RED: 'r', C.GREEN: 'g'}; print(d[C.RED], d)
import copy; print(copy.copy(C.RED) is C.RED, copy.deepcopy([C.GREEN])[0] is C.GREEN)
match C.GREEN:
    case C.RED: print('red')
    case C.GREEN: print('green')
print(dir(Color.RED))
