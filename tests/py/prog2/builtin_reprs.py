# repr of builtin functions, methods and types (no addresses).
import math
print(str.upper, list.append, dict.get, int.bit_length, len, print, str.join, object.__format__, set.add, math.sqrt)
print(int, type, object, type(None), type(...), type(NotImplemented), range(3), slice(1, 2), ..., NotImplemented)
print(repr(1), repr(1.0), repr(1j), repr("s"), repr(b"b"), repr(bytearray(b"x")), repr([1]), repr((1,)), repr({1: 2}), repr({1}), repr(frozenset({1})), repr(set()), repr(frozenset()))
print(repr(None), repr(True), repr(range(0)), repr(range(1, 10, 2)), repr(memoryview(b"")).startswith("<memory at 0x"), repr(property()).startswith("<property object at"))
print(list[int], dict[str, int] | None, type[str], int | str | None)
from typing import Optional
def f(x: dict[str, int] | None = None, y: list[int] | tuple[int, ...] = ()) -> list[str] | None:
    return None
print(f.__annotations__)
u = list[int] | None
print(u, u.__args__, list[int] | list[int], None | list[int], int | list[str] | None, type(u).__name__)
print(list[int] | None == None | list[int], (list[int] | None) == (list[int] | None))
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(e)
print(isinstance(None, int | None), isinstance(3, int | str))
