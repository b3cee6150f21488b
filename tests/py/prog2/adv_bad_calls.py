def f(a, b, /, c, *, d, e=1): pass
def g(*args, **kw): pass
def h(x, y=2, *rest, z, **kw): pass
class K:
    def m(self, a): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a, b): pass
calls = [
    "f()", "f(1)", "f(1, 2)", "f(1, 2, 3)", "f(1, 2, 3, 4)", "f(1, 2, c=3)", "f(a=1, b=2, c=3, d=4)",
    "f(1, 2, 3, d=4, x=5)", "f(1, 2, 3, d=4, c=5)", "h()", "h(1)", "h(1, z=1, y=3, x=2)",
    "K().m()", "K().m(1, 2)", "K.m(1)", "K.s()", "K.c(1)", "K().c(1, 2, 3)", "K(1)",
    "len()", "len(1, 2)", "len(1)", "abs()", "abs('x')", "int('x')", "int(1, 2)", "int('1', base=99)",
    "min()", "max(1)", "max([])", "sorted(1)", "sorted([1], 2)", "sorted([1, 'a'])", "divmod(1)",
    "pow(1, 2, 3, 4)", "round('x')", "getattr(1)", "getattr(1, 2)", "setattr(1, 'x', 2)", "isinstance(1, 2)",
    "issubclass(1, int)", "iter(1)", "next([])", "hash([])", "list(1)", "dict(1)", "dict([1])", "dict([(1, 2, 3)])",
    "str(1, 2)", "str(b'x', 'nope')", "range()", "range(1.5)", "range(1, 2, 0)", "zip(1)", "map(len)",
    "enumerate()", "chr(-1)", "ord('ab')", "ord(1)", "bytes('x')", "bytes(-1)", "tuple(1, 2)", "set(1)",
    "[].append()", "[].pop(5)", "[].index(1)", "{}.pop(1)", "{}.get()", "'x'.join([1])", "'x'.split(1)",
    "'a'.replace('a')", "'abc'[1:2:0]", "(1).to_bytes(1, 'middle')", "print(sep=1)", "print(end=2)",
    "sum([1], 'a')", "sum(['a'])", "callable()", "format(1, 2)", "vars(1)", "dir(1, 2)", "open()",
    "f(**{1: 2})", "g(**{'a': 1}, **{'a': 2})", "f(*1)", "f(**1)", "(lambda: 0)(1)", "(lambda *, k: 0)()",
    "type('X', (1,), {})", "type(1, 2)", "object(1)", "object.__init__(object(), 1)", "super(1, 2, 3)",
    "property(1, 2, 3, 4, 5)", "staticmethod()", "classmethod(1, 2)", "complex('x')", "float('1e')",
    "float([])", "int([])", "bool(1, 2)", "slice()", "memoryview(1)", "frozenset(1)", "reversed(1)",
    "exec(1)", "eval('1', 1)", "compile('1', 'f', 'bad')", "globals(1)", "id()", "input(1, 2)",
]
for c in calls:
    try:
        r = eval(c)
        print(c, "=", repr(r)[:40])
    except Exception as e:
        print(c, "->", type(e).__name__, e)
