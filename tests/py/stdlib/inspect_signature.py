import inspect, functools
def f(a, b: int = 2, /, c='x', *args, d, e: 'str' = None, **kw) -> int: pass
s = inspect.signature(f); print(s, list(s.parameters), s.parameters['b'], repr(s.parameters['b']), s.parameters['d'].kind, s.return_annotation, s.parameters['a'].default is inspect.Parameter.empty)
class C:
    "Doc of C."
    def __init__(self, x, y=1): pass
    def m(self, z): pass
    @staticmethod
    def st(q): pass
    @classmethod
    def cm(cls, r): pass
print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m), inspect.signature(functools.partial(f, 1, d=3)), inspect.signature(lambda *a, **k: 0), inspect.signature(C.st), inspect.signature(C.cm))
b = s.bind(1, 2, d=4); print(b, b.arguments, b.args, b.kwargs); b.apply_defaults(); print(b.arguments)
for args, kw in [((), {}), ((1, 2, 3, 4), {'d': 1, 'zz': 2})]:
    try: s.bind(*args, **kw)
    except TypeError as e: print(e)
def g(x, y): pass
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1, 2), {'q': 1})]:
    try: inspect.signature(g).bind(*args, **kw)
    except TypeError as e: print(e)
print(inspect.signature(g).bind_partial(1), inspect.signature(g).bind(y=2, x=1).args)
def gen(): yield 1
async def co(): pass
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C(1).m), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(co), inspect.isgenerator(gen()), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print(inspect.getdoc(C), repr(inspect.cleandoc('  a\n    b\n  c')), [n for n, _ in inspect.getmembers(C, inspect.isfunction)], inspect.getmro(C), inspect.isabstract(C))
print(repr(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3)), inspect.Parameter.POSITIONAL_OR_KEYWORD, str(inspect.Parameter.VAR_POSITIONAL), inspect.Parameter.KEYWORD_ONLY.description)
from dataclasses import dataclass
@dataclass
class D:
    a: int
    b: str = 'q'
print(inspect.signature(D), inspect.signature(D.__init__))
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k): return fn(*a, **k)
    return inner
@deco
def h(p, q=3): pass
print(inspect.signature(h), inspect.unwrap(h) is h.__wrapped__)
sig = inspect.signature(f)
print(sig.replace(return_annotation=inspect.Signature.empty), [p.name for p in sig.parameters.values() if p.kind == p.KEYWORD_ONLY], sig == inspect.signature(f))
fs = inspect.getfullargspec(f); print(fs.args, fs.varargs, fs.varkw, fs.defaults, fs.kwonlyargs, fs.kwonlydefaults)
from collections import namedtuple
P = namedtuple("P", "x y", defaults=[0]); print(inspect.signature(P))
@dataclass(kw_only=True)
class K:
    a: int
    b: list = None
print(inspect.signature(K))
class Callme:
    def __call__(self, v, *, w=1): pass
print(inspect.signature(Callme()), inspect.signature(type("E", (), {})))
try: inspect.signature(5)
except TypeError as e: print(e)
print(inspect.getsource(deco).splitlines()[0], len(inspect.getsourcelines(h)[0]))
