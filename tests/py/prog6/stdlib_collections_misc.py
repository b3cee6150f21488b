import collections, itertools, functools, operator, dataclasses, enum, typing, contextlib, pathlib, tempfile, shutil, glob, os, unittest, io, sys
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], +c, c - Counter('aab'), sorted(c.elements())[:4])
dd = defaultdict(list); [dd[k % 3].append(k) for k in range(7)]; print(dd, dict(dd))
od = OrderedDict.fromkeys('bca'); od.move_to_end('b'); print(od, od.popitem(last=False))
dq = deque(range(5), maxlen=4); dq.rotate(1); dq.appendleft(9); print(dq, dq.count(3), list(reversed(dq)))
P = namedtuple('P', 'x y', defaults=[0]); p = P(1); print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], cm.new_child({'c': 4}), list(cm))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), [(k, list(g)) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.permutations('abc', 2))[:4], list(itertools.combinations_with_replacement('ab', 2)), list(itertools.product([0, 1], repeat=2)))
print(list(itertools.islice(itertools.cycle('xy'), 5)), list(itertools.zip_longest('ab', 'c', fillvalue='-')), list(itertools.starmap(pow, [(2, 3)])), list(itertools.pairwise('abcd')))
print(list(itertools.chain.from_iterable(['ab', 'c'])), list(itertools.compress('abcd', [1, 0, 1])), list(itertools.takewhile(lambda x: x < 3, range(10))), list(itertools.tee('ab', 2)[1]))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
print(functools.reduce(operator.add, range(5)), functools.partial(int, base=2)('101'), sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2))
@functools.singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
print(show(1), show('s'), operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
@dataclasses.dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = dataclasses.field(default_factory=list)
    def total(self): return self.price * 2
i = Item('a', 2.5); print(i, i < Item('b'), dataclasses.asdict(i), dataclasses.astuple(i), [f.name for f in dataclasses.fields(i)], dataclasses.replace(i, price=1))
@dataclasses.dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
try:
    Pt(1).x = 2
except dataclasses.FrozenInstanceError as e:
    print('frozen', e)
print(hash(Pt(1)) == hash(Pt(1)), Pt(1, 2) == Pt(1, 2))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
class Num(enum.IntEnum):
    ONE = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color['RED'], list(Color), Color.RED.name, Color.RED.value, Perm.R | Perm.W, Num.ONE + 1, Perm(6))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(list(Auto), len(Auto), Auto.B.value)
T = typing.TypeVar('T')
def first(xs: typing.List[T]) -> typing.Optional[T]: return xs[0] if xs else None
print(typing.get_type_hints(first), typing.Optional[int], typing.Union[int, str], typing.Dict[str, typing.List[int]], typing.Callable[[int], str])
class Movie(typing.TypedDict):
    title: str
    year: int
print(Movie(title='x', year=1), typing.get_args(typing.Union[int, str]), typing.get_origin(typing.List[int]))
class Proto(typing.NamedTuple):
    a: int
    b: str = 'x'
print(Proto(1), Proto._fields)
@contextlib.contextmanager
def tag(name):
    print('<%s>' % name); yield name; print('</%s>' % name)
with tag('p') as t: print('inside', t)
with contextlib.suppress(KeyError): {}['x']
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print('captured')
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    for n in 'ab': st.enter_context(tag(n))
d = pathlib.Path(tempfile.mkdtemp())
(d / 'sub').mkdir()
(d / 'sub' / 'f1.txt').write_text('one')
(d / 'f2.py').write_text('two')
print(sorted(p.name for p in d.iterdir()), sorted(p.relative_to(d).as_posix() for p in d.rglob('*.txt')), (d / 'f2.py').read_text(), (d / 'f2.py').suffix, (d / 'f2.py').stem)
print(sorted(os.path.basename(p) for p in glob.glob(str(d / '*'))), sorted(glob.glob('**/*.txt', root_dir=d, recursive=True)))
shutil.copy(d / 'f2.py', d / 'f3.py'); shutil.copytree(d / 'sub', d / 'sub2'); shutil.move(str(d / 'f3.py'), str(d / 'sub2' / 'f3.py'))
print(sorted(os.listdir(d / 'sub2')), pathlib.PurePosixPath('/a/b/c.tar.gz').suffixes, pathlib.PurePosixPath('a/b').parent, pathlib.PurePosixPath('a') / 'b' / 'c')
shutil.rmtree(d); print(d.exists())
class T(unittest.TestCase):
    def test_ok(self): self.assertEqual(1 + 1, 2)
    def test_fail(self): self.assertEqual([1, 2], [1, 3])
    def test_err(self): raise RuntimeError('bad')
    @unittest.skip('because')
    def test_skip(self): pass
    def test_raises(self):
        with self.assertRaises(ValueError): int('x')
s = io.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
out = s.getvalue()
print('\n'.join(l for l in out.splitlines() if not l.startswith(('Ran ', '  File'))))
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), r.wasSuccessful())
