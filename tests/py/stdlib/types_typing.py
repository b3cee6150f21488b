import types, typing
from typing import (List, Dict, Optional, Union, Callable, Tuple, Any, TypeVar, Generic, NamedTuple,
                    TypedDict, Protocol, runtime_checkable, cast, get_origin, get_args, Literal, ClassVar,
                    Final, Iterable, Sequence, Mapping, Set, Type, Annotated, NewType, overload, get_type_hints)
print(types.SimpleNamespace(a=1, b=[2]), types.SimpleNamespace() == types.SimpleNamespace(), repr(types.SimpleNamespace(x=types.SimpleNamespace(y=1))))
ns = types.SimpleNamespace(a=1); ns.b = 2; del ns.a; print(ns, vars(ns))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
def f(): pass
print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0), isinstance(len, types.BuiltinFunctionType), types.ModuleType.__name__, types.NoneType, type(types) is types.ModuleType)
print(isinstance((x for x in []), types.GeneratorType), types.MethodType.__name__, types.MappingProxyType.__name__)
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=5)); print(C.__name__, C.x)
print(List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str], Callable[..., int], Tuple[int, ...], Tuple[()], Any, TypeVar('T'), List, Optional[List[int]])
print(get_origin(List[int]), get_args(Dict[str, int]), Union[int, int], Union[int, None], Literal[1, 'a'], ClassVar[int], Final[int], get_args(Callable[[int, str], bool]), get_origin(Union[int, str]) is Union)
print(Iterable[int], Sequence[str], Mapping[str, List[int]], Set[int], Type[int], Annotated[int, "meta"], Union[int, Union[str, float]], Optional[Union[int, str]])
class P(NamedTuple):
    x: int
    y: int = 0
    def s(self): return self.x + self.y
print(P(1), P(1, 2).s(), P._fields, P.__annotations__, P._field_defaults, isinstance(P(1), tuple))
T = TypeVar('T')
K = TypeVar('K', covariant=True)
class Box(Generic[T]):
    def __init__(self, v): self.v = v
    def get(self) -> T: return self.v
print(Box[int], Box(1).v, Box.__mro__, Box.__parameters__, K, Box[str]("s").get())
class Pair(Generic[T, K]): pass
print(Pair[int, str], List[T][int], Dict[str, T][float])
class M(TypedDict):
    a: int
    b: str
m = M(a=1, b="x"); print(m, type(m), M.__required_keys__ == {"a", "b"}, sorted(M.__annotations__))
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class File:
    def close(self): pass
print(isinstance(File(), Closable), isinstance(1, Closable), isinstance([], List), isinstance({}, Mapping), cast(int, 'x'))
try: isinstance([], List[int])
except TypeError as e: print(e)
UserId = NewType('UserId', int); print(UserId(5), UserId)
class Node:
    val: int
    next: "Optional[Node]"
print(get_type_hints(Node))
def g(a: int, b: "str" = "x") -> List[int]: return []
print(get_type_hints(g), typing.TYPE_CHECKING, typing.Text, typing.AnyStr)
@overload
def h(x: int) -> int: ...
def h(x): return x
print(h(3))
print(isinstance(3, typing.SupportsInt), isinstance("s", typing.SupportsInt), typing.Hashable, typing.Counter[str])
