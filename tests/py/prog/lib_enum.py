from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self):
        return f"{self.name.lower()} #{self.value}"
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__.keys())
print(Color.RED.name, Color.RED.value, Color.RED in Color, isinstance(Color.RED, Color))
print(Status.OK == 200, Status.OK + 1, Status(404), int(Status.NOT_FOUND), sorted([Status.NOT_FOUND, Status.OK]))
print(repr(Status.OK), str(Status.OK), f"{Status.OK}", format(Status.OK, "d"))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, Perm.R in Perm.RW, Perm(7), Perm(0), bool(Perm(0)))
print(list(Perm), ~Perm.R, Perm.RW & Perm.W)
print(Shape.CIRCLE.describe(), Shape.default(), Shape.SQUARE.value)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3))
class StrE(str, Enum):
    A = "alpha"
    B = "beta"
print(StrE.A == "alpha", StrE.A.upper(), repr(StrE.B), f"{StrE.A}", str(StrE.A))
print({Color.RED: 1}[Color.CRIMSON], Color.RED.__class__.__name__)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class Mood(Enum):
    HAPPY = "h"
    SAD = "s"
    def __str__(self):
        return self.name.title()
print(Mood.HAPPY, [str(m) for m in Mood], f"{Mood.SAD}")
class IF(IntFlag):
    A = 1
    B = 2
print(IF.A | IF.B, IF.A | 4, repr(IF(3)), IF.A + 1)
print(Color.RED < Color.GREEN if False else "no order")
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
class AutoName(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(AutoName.X.value, list(AutoName))
print(Perm.R.name, (Perm.R | Perm.W).name, Perm.RW.value)
print(enum.Enum.__name__, type(Color), Color.__name__)
for m in Status: print(m.name, m.value, end="; ")
print()
print(Status.OK.__class__.__mro__)
print(max(Status), Status.OK.real)
x = Color.GREEN
match x:
    case Color.RED: print("red")
    case Color.GREEN: print("green!")
