from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Any, Callable, get_type_hints, TypeVar, Generic, Protocol, Literal
import typing
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("x"); print(e, e._fields, Emp._field_defaults, e._asdict(), Emp.__annotations__)
class TD(TypedDict):
    a: int
    b: str
t = TD(a=1, b="x"); print(t, type(t), TD.__required_keys__ if hasattr(TD, '__required_keys__') else None)
print(Optional[int], Union[int, str], List[int], Dict[str, int], Callable[[int], str], Any)
print(Optional[int] == Union[int, None], typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(1).v, T, Literal["a", 1])
def f(x: int, y: "str" = "a") -> Optional[int]: pass
print(get_type_hints(f))
print(int | None, list[int], dict[str, list[int]], tuple[int, ...])
class P(Protocol):
    def m(self) -> int: ...
print(P, typing.cast(int, "x"), typing.TYPE_CHECKING)
