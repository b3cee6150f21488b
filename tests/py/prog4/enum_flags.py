import enum
from enum import IntFlag, Flag
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(list(Perm), list(Perm(7)), Perm(7), Perm(3), repr(Perm(6)))
class Q(Flag):
    A = 1; C = 4; B = 2
print(list(Q), list(Q(7)), Q(7), Q(5))
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], list(Color), Color.RED.name, Color.RED.value)
print(len(Color), Color.RED in Color, Color.__members__.keys(), f"{Color.RED}", str(Color.GREEN))
class N(IntEnum):
    A = auto()
    B = auto()
print(N.A, repr(N.B), N.A + 1, N.B == 2, f"{N.A}", str(N.A), format(N.A, "d"), sorted([N.B, N.A]))
class P(Flag):
    R = auto(); W = auto(); X = auto()
rw = P.R | P.W
print(rw, repr(rw), P.R in rw, list(rw) if hasattr(rw, '__iter__') else None, ~P.R, P(0), bool(P(0)))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), int(Perm.R | 1), Perm(0))
class S(str, Enum):
    A = "a"
print(S.A, repr(S.A), S.A == "a", f"{S.A}", S("a"))
try: Color(7)
except ValueError as e: print(e)
try: Color["X"]
except KeyError as e: print(e)
try:
    @unique
    class D(Enum):
        A = 1; B = 1
except ValueError as e: print(e)
class Al(Enum):
    A = 1; B = 1
print(Al.B, Al.B is Al.A, list(Al), Al.__members__)
class M(Enum):
    X = (1, 2)
    def describe(self): return f"{self.name}:{self.value}"
print(M.X.describe(), M.X, type(M.X), Color.RED.__class__.__name__)
F = Enum("F", "a b c"); print(list(F), F.a.value)
G = Enum("G", [("x", 10), ("y", 20)]); print(G.x, G(20))
print(Color.RED < Color.BLUE if False else "skip", hash(Color.RED) == hash(Color.RED))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius): self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class SE(enum.StrEnum):
    A = auto()
print(SE.A, repr(SE.A))
print(P.R.value, P.W.value, P.X.value, (P.R|P.X).name, Perm.R.name)
