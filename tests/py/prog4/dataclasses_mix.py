from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import List, Optional, ClassVar
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: int = field(default=1, repr=False)
    K: ClassVar[int] = 5
i = Item("a", 1.5); print(i, asdict(i), astuple(i), Item("b") > i, replace(i, name="z"))
print([f.name for f in fields(Item)], Item.__dataclass_fields__["price"].default)
@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1); print(p, hash(p) == hash(Pt(1)), p == Pt(1, 0))
try: p.x = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
@dataclass
class W:
    a: int
    b: InitVar[int] = 2
    c: int = field(init=False)
    def __post_init__(self, b): self.c = self.a * b
print(W(3), W(3, 4))
@dataclass
class N:
    inner: Pt
    lst: list
print(asdict(N(Pt(1, 2), [Pt(3, 4)])))
try: Item()
except TypeError as e: print(e)
@dataclass(eq=False)
class E: a: int
print(E(1) == E(1), E(1))
@dataclass
class K:
    x: int = 0
    def __repr__(self): return "K!"
print(K(), K.__eq__(K(1), K(1)))
@dataclass(slots=True, kw_only=True)
class S:
    a: int
    b: str = "x"
print(S(a=1), S.__slots__)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e: print(e)
