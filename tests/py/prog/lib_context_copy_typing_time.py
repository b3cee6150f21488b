import time, sys
import contextlib, copy, operator, abc, io, sys, time
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, redirect_stderr, closing, nullcontext
from typing import NamedTuple, TypedDict, Optional, List, Dict, Union, Any, Callable, Tuple, get_type_hints, TypeVar, Generic, Protocol
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback ran")
    print(names)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
    help_text = "x"
print(repr(buf.getvalue()))
with redirect_stderr(io.StringIO()) as err:
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
class Res:
    def close(self): print("closed res")
with closing(Res()): pass
with nullcontext(5) as v: print(v)
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a): print("exit", a[0]); return True
with CM() as c:
    raise RuntimeError
print(type(c).__name__)
@contextlib.contextmanager
def acquire():
    yield
    print("released")
@acquire()
def decorated(): print("in decorated")
decorated()
class Temp(contextlib.ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit"); return False
@Temp()
def g(): print("g body")
g()
# copy
orig = {"a": [1, 2, {"b": 3}], "t": (1, [2])}
sh = copy.copy(orig); dp = copy.deepcopy(orig)
orig["a"][2]["b"] = 99; orig["t"][1].append(3)
print(sh, dp)
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc[0])
class Node:
    def __init__(self, v): self.v = v; self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
c1 = copy.deepcopy(n1); print(c1.next.next is c1, c1 is not n1, c1.next.v)
class Custom:
    def __init__(self, x): self.x = x
    def __copy__(self): print("custom copy"); return Custom(self.x)
    def __deepcopy__(self, memo): print("custom deepcopy"); return Custom(copy.deepcopy(self.x, memo))
copy.copy(Custom(1)); copy.deepcopy(Custom([1]))
print(copy.copy(5), copy.deepcopy("s"), copy.copy([1, [2]]), copy.deepcopy((1, 2)) is not None)
# operator
rows = [{"name": "b", "age": 30}, {"name": "a", "age": 25}, {"name": "c", "age": 30}]
print(sorted(rows, key=operator.itemgetter("age", "name")))
P = NamedTuple("P", [("x", int), ("y", int)])
pts = [P(3, 1), P(1, 2), P(2, 0)]
print(sorted(pts, key=operator.attrgetter("y")), list(map(operator.itemgetter(1), pts)))
print(operator.methodcaller("upper")("abc"), operator.methodcaller("split", ",")("a,b"), operator.attrgetter("x", "y")(pts[0]))
print(operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.eq(1, 1), operator.lt(1, 2), operator.not_(0), operator.truth([]), operator.contains([1], 1), operator.getitem("abc", 1), operator.concat([1], [2]))
print(operator.itemgetter(slice(1, 3))("abcd"), operator.index(5), operator.is_(None, None), operator.and_(6, 3), operator.or_(4, 1), operator.xor(5, 1), operator.inv(0))
import functools
print(functools.reduce(operator.mul, range(1, 6)), list(map(operator.sub, [5, 6], [1, 2])))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.length_hint([1, 2]))
x = [1]; x = operator.iadd(x, [2]); print(x)
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("f", 1, k=2)))
# typing
class Pt(NamedTuple):
    x: float
    y: float = 0.0
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
p = Pt(3.0, 4.0); print(p, p.norm(), Pt(1.0), Pt._fields, Pt._field_defaults, p._asdict())
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "X", "year": 1999}; print(m, type(m), Movie.__annotations__ if False else "")
def f(a: int, b: Optional[str] = None) -> List[int]: return [a]
print(f.__annotations__)
print(get_type_hints(f))
print(Optional[int], List[int], Dict[str, List[int]], Union[int, str], Callable[[int], str], Tuple[int, ...], Any)
print(Optional[int] == Union[int, None], List[int].__origin__, Dict[str, int].__args__)
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
print(Box(1).get(), Box[int], T)
class Greeter(Protocol):
    def greet(self) -> str: ...
print(int | str, isinstance(1, int | str), list[int], dict[str, int])
# abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name} with area {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
print(Sq(2).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__ if False else sorted(Shape.__abstractmethods__))
class Meta(abc.ABCMeta): pass
class Duck: 
    def area(self): return 0
Shape.register(Duck); print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
# time formatting not depending on now
t = time.struct_time((2024, 3, 5, 14, 7, 9, 1, 65, 0))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), t.tm_year, t.tm_yday, t[:3])
print(time.strftime("%A %B %d %I %p %%", (2020, 1, 1, 0, 0, 0, 2, 1, 0)))
print(time.gmtime(0), time.gmtime(86400 * 365.25 * 30)[:6], time.asctime(time.gmtime(1e9)))
print(time.mktime(time.localtime(1000000)) == 1000000.0, type(time.time()), type(time.perf_counter()), time.monotonic() > 0)
print(time.strptime("2021-06-01", "%Y-%m-%d")[:7], time.calendar if False else "")
t = time.localtime(0); print(len(t), t[-1], list(t), t.tm_zone, t.n_fields if hasattr(t,"n_fields") else "", tuple(t) == t)
print(len(sys.version_info), sys.version_info[-1], sys.float_info[0], len(sys.float_info))
print(time.struct_time((2024, 3, 5, 14, 7, 9, 1, 65, 0)), time.struct_time(range(11)).tm_zone if False else "")
for bad in [range(8), range(12), 5]:
    try: time.struct_time(bad)
    except TypeError as e: print(e)
print(type(time.gmtime()) is time.struct_time, time.localtime(0).tm_zone, time.struct_time.n_sequence_fields)
print(time.strptime('2021-06-01', '%Y-%m-%d'))
try: time.strptime(5)
except TypeError as e: print(e)
try: time.strptime('2021-02-30', '%Y-%m-%d')
except ValueError as e: print(e)
print(time.strptime('Mon Jun  1 10:00:00 2020'))
