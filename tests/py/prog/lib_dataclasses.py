from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import List, Optional, ClassVar
import dataclasses

@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    def total(self) -> float:
        return self.price * self.qty

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)
    owner: str = "nobody"
    count: int = field(init=False, default=0)
    secret: str = field(default="x", repr=False, compare=False)
    registry: ClassVar[int] = 0
    def __post_init__(self):
        self.count = len(self.items)

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale

it = Item("bolt", 0.25, 100, ["hw"])
print(it, it.total())
print(asdict(it), astuple(it))
print(replace(it, qty=5))
inv = Inventory([it, Item("nut", 0.1)], "me")
print(inv)
print(asdict(inv))
print([f.name for f in fields(inv)], inv.count)
print(sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9)]))
print(Version(1) < Version(1, 1), Version(2) == Version(2, 0, 0), Version(1, 2) >= Version(1, 2))
c = Coord(1.5, 2.5)
try:
    c.lat = 3
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(c) == hash(Coord(1.5, 2.5)), {c: 1}[Coord(1.5, 2.5)])
print(WithInit(3), WithInit(3, 5))
try:
    Item()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
print(Item.__eq__(it, it), it == Item("bolt", 0.25, 100, ["hw"]), it != inv)
print(dataclasses.is_dataclass(it), dataclasses.is_dataclass(int))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
@dataclass(repr=False, eq=False)
class Plain:
    x: int
print(Plain(1) == Plain(1), "Plain object" in repr(Plain(1)))
@dataclass
class Sub(Version):
    label: str = "rel"
print(Sub(1, 2, 3, "beta"), fields(Sub)[-1].name)
print(Item.__dataclass_fields__["qty"].default, Item.__match_args__)
match Version(3, 1):
    case Version(3, minor):
        print("v3 minor", minor)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
print(S(1), S.__slots__)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 0
print(K(a=1, b=2))
try:
    K(1)
except TypeError as e:
    print(e)
print(dataclasses.make_dataclass("Dyn", ["x", ("y", int, 5)])(1))
